"""Personal-data (PII) filter: detection, pseudonymization, restoring in answers.

``PiiFilter`` (config ``PiiConfig``, ``type: pii``) detects with ``PiiDetector`` (our
Presidio recognizers in ``recognizers/``), replaces values with per-conversation
placeholders kept in a ``Vault``, and restores them in whole or streamed answers.
"""

from filters.pii import _presidio

_presidio.load()  # before any module below imports Presidio: keeps PyTorch out of the process

from filters.pii.detect import Detection, PiiDetector  # noqa: E402
from filters.pii.filter import VAULT_KEY, PiiAction, PiiConfig, PiiFilter  # noqa: E402
from filters.pii.restore import Restorer, restore  # noqa: E402
from filters.pii.vault import PLACEHOLDER_RE, Vault, VaultRecord  # noqa: E402

__all__ = [
    "Detection",
    "PLACEHOLDER_RE",
    "PiiAction",
    "PiiConfig",
    "PiiDetector",
    "PiiFilter",
    "Restorer",
    "VAULT_KEY",
    "Vault",
    "VaultRecord",
    "restore",
]
