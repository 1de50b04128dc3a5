"""Adapter to the shared normalizer (``filters.normalize``).

Uses ``filters.normalize.normalize`` when that package is present; otherwise a small
local fallback (NFKC, case fold, zero-width and separator removal) with the same
shape: ``Normalized.text`` and ``Normalized.to_original(start, end) -> (start, end)``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

__all__ = ["Normalized", "normalize", "SHARED"]


class Normalized(Protocol):
    text: str

    def to_original(self, start: int, end: int) -> tuple[int, int]: ...


_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")


@dataclass(frozen=True, slots=True)
class _Local:
    text: str
    index: tuple[int, ...]  # normalized char i comes from original char index[i]
    length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if not self.index:
            return (0, 0)
        s = self.index[min(max(start, 0), len(self.index) - 1)]
        e = self.index[min(max(end - 1, 0), len(self.index) - 1)] + 1
        return (s, min(e, self.length))


def _local_normalize(text: str) -> _Local:
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch in _ZERO_WIDTH:
            continue
        for c in unicodedata.normalize("NFKC", ch).casefold():
            chars.append(c)
            index.append(i)
    return _Local("".join(chars), tuple(index), len(text))


def _load() -> tuple[Callable[[str], Normalized], bool]:
    try:
        from filters.normalize import normalize as shared  # type: ignore[import-not-found]
    except ImportError:
        return _local_normalize, False
    return shared, True


_impl, SHARED = _load()


def normalize(text: str) -> Normalized:
    """Normalized view of ``text`` with a map back to original offsets."""
    return _impl(text)
