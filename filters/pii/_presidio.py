"""Loads Presidio and spaCy without PyTorch.

Presidio's Hugging Face recognizers and spaCy's ``thinc`` import ``transformers`` and
``torch`` at import time whenever they are installed, and the optional heavy tier of the
content-safety filter (``pip install -e ".[heavy]"``) installs them. This filter uses
pattern recognizers only, so every process would pay about 3 s and 300 MiB for nothing.
While Presidio loads, those two modules are made unimportable (``sys.modules[name] =
None``, which both libraries treat as "not installed"); afterwards they import normally,
for ``models.heavy`` when a policy asks for a heavy tier.
"""

from __future__ import annotations

import importlib
import sys

__all__ = ["load"]

_WITHOUT = ("torch", "transformers")


def load() -> None:
    """Imports ``presidio_analyzer`` (and so spaCy) once, keeping torch out of it."""
    if "presidio_analyzer" in sys.modules:
        return
    hidden = [name for name in _WITHOUT if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        importlib.import_module("presidio_analyzer")
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
