"""Restoring placeholders in the model's answer, whole or streamed.

``restore(text, vault)`` replaces every placeholder the vault resolves; anything else
that looks like a placeholder (forged, expired, another conversation's) stays as is.

``Restorer`` is the streaming form: it releases text as it arrives and holds back only
a trailing fragment that is a proper prefix of one of the vault's live placeholders
(``<CN_ID_`` …). Placeholders contain no ``<`` after the first character, so only the
last ``<`` can open a split placeholder, and releasing everything before it and
restoring it independently gives exactly ``restore(whole answer)``.
"""

from __future__ import annotations

from filters.pii.vault import PLACEHOLDER_RE, Vault

__all__ = ["Restorer", "restore"]

#: Longest possible placeholder: ``<`` + 40-char type + ``_`` + 6 digits + ``>``.
MAX_PLACEHOLDER = 48


def restore(text: str, vault: Vault) -> tuple[str, int]:
    """(restored text, number of placeholders restored)."""
    count = 0

    def sub(m: object) -> str:
        nonlocal count
        token = m.group(0)  # type: ignore[attr-defined]
        value = vault.resolve(token)
        if value is None:
            return token
        count += 1
        return value

    if "<" not in text or len(vault) == 0:
        return text, 0
    return PLACEHOLDER_RE.sub(sub, text), count


class Restorer:
    """Per-stream state: ``feed(delta) -> released text``, ``flush() -> the rest``."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._held = ""
        self.restored = 0

    def feed(self, delta: str) -> str:
        buf = self._held + delta
        cut = len(buf)
        lt = buf.rfind("<", max(0, len(buf) - MAX_PLACEHOLDER))
        if lt >= 0 and ">" not in buf[lt:] and self._vault.could_start(buf[lt:]):
            cut = lt
        self._held = buf[cut:]
        out, n = restore(buf[:cut], self._vault)
        self.restored += n
        return out

    def flush(self) -> str:
        out, n = restore(self._held, self._vault)
        self._held = ""
        self.restored += n
        return out
