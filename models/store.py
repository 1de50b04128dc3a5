"""Loads shipped or operator-supplied models once and shares them between filters.

Nothing is downloaded: a model is either shipped inside this package
(``models/weights/<name>``) or read from a local directory the operator names
(``JIANHU_MODELS_DIR``). Loaders are registered by name; ``get`` loads on first use
during start-up (the proxy calls ``warm`` in its lifespan, never on a request).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["SHIPPED_DIR", "ModelStore"]

SHIPPED_DIR = Path(__file__).resolve().parent / "weights"


class ModelStore:
    def __init__(self, extra_dir: Path | None = None) -> None:
        self._extra_dir = extra_dir
        self._loaded: dict[str, Any] = {}
        self._lock = threading.Lock()

    def path_for(self, name: str) -> Path:
        """The directory of a model: the operator's directory first, then the shipped one."""
        if self._extra_dir is not None and (self._extra_dir / name).exists():
            return self._extra_dir / name
        return SHIPPED_DIR / name

    def get(self, name: str, loader: Callable[[Path], Any]) -> Any:
        with self._lock:
            if name not in self._loaded:
                self._loaded[name] = loader(self.path_for(name))
            return self._loaded[name]

    @property
    def loaded(self) -> list[str]:
        return sorted(self._loaded)
