"""System-prompt leakage: per-robot canary and verbatim-overlap detection. Pure.

The proxy plants ``make_canary(robot_id, secret)`` in each robot's system prompt.
An answer leaks when it contains the canary, or when it repeats a large part of the
system prompt verbatim: the number of the prompt's character shingles (``SHINGLE``
characters of the *folded* text) that reappear in the answer reaches
``max(min_chars, min(min_coverage * prompt shingles, max_chars))``, i.e. 30% of the
prompt, but never fewer than 40 nor more than 200 shingles by default.

Folding (``fold``) is per character (NFKC, case fold, whitespace and zero-width
dropped), so it can be applied to a stream chunk by chunk with the same result as on
the whole text; ``LeakTracker`` does exactly that with bounded memory.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import unicodedata
from dataclasses import dataclass, field

__all__ = ["make_canary", "fold", "LeakTracker", "SystemPromptIndex", "SHINGLE", "CANARY_PREFIX"]

SHINGLE = 12
CANARY_PREFIX = "JH-"
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


def make_canary(robot_id: str, secret: bytes) -> str:
    """Deterministic per-robot canary: ``JH-`` + 16 base32 chars of HMAC-SHA256(secret, robot_id)."""
    if not secret:
        raise ValueError("canary secret must not be empty")
    mac = hmac.new(secret, robot_id.encode("utf-8"), hashlib.sha256).digest()
    return CANARY_PREFIX + base64.b32encode(mac).decode("ascii")[:16]


def fold_char(ch: str) -> str:
    if ch in _DROP or ch.isspace():
        return ""
    return unicodedata.normalize("NFKC", ch).casefold()


def fold(text: str) -> str:
    """Per-character folding used for canary and overlap matching."""
    return "".join(fold_char(ch) for ch in text)


@dataclass(frozen=True, slots=True)
class SystemPromptIndex:
    """Shingle set of a folded system prompt."""

    shingles: frozenset[str]
    folded_len: int

    @classmethod
    def build(cls, system_prompt: str) -> SystemPromptIndex:
        f = fold(system_prompt)
        return cls(frozenset(f[i : i + SHINGLE] for i in range(len(f) - SHINGLE + 1)), len(f))


@dataclass(slots=True)
class LeakTracker:
    """Incremental leak check over folded text; ``feed`` chunks, read ``leaked``.

    Memory is bounded: the last ``SHINGLE - 1`` folded characters, the canary tail
    and the set of matched prompt shingles (at most the prompt's own shingles).
    """

    canary: str | None
    index: SystemPromptIndex | None
    min_coverage: float = 0.3
    min_chars: int = 40
    max_chars: int = 200
    _canary_f: str = ""
    _tail: str = ""
    _matched: set[str] = field(default_factory=set)
    reason: str | None = None

    def __post_init__(self) -> None:
        self._canary_f = fold(self.canary) if self.canary else ""

    def feed(self, text: str) -> str | None:
        """Add answer text; returns the leak reason once found (sticky), else None."""
        if self.reason is not None:
            return self.reason
        f = fold(text)
        if not f:
            return None
        buf = self._tail + f
        keep = max(SHINGLE - 1, len(self._canary_f) - 1, 0)
        if self._canary_f and self._canary_f in buf:
            self.reason = "prompt_leak.canary"
            return self.reason
        if self.index is not None and self.index.shingles:
            for i in range(len(buf) - SHINGLE + 1):
                s = buf[i : i + SHINGLE]
                if s in self.index.shingles:
                    self._matched.add(s)
            if self._covered():
                self.reason = "prompt_leak.system_prompt"
                return self.reason
        self._tail = buf[-keep:] if keep else ""
        return None

    @property
    def hold_chars(self) -> int:
        """Folded characters a stream must hold back so a canary is never released in part."""
        return max(len(self._canary_f) - 1, 0)

    def _covered(self) -> bool:
        if self.index is None:
            return False
        need = max(self.min_chars, min(math.ceil(self.min_coverage * len(self.index.shingles)), self.max_chars))
        # each matched shingle stands for at least one repeated prompt character
        return len(self._matched) >= need
