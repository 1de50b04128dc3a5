"""Text normalization shared by every text detector, with offsets back to the input.

``normalize(text)`` applies, per character and in this order:

1. drop invisible characters (zero-width, bidi controls, variation selectors, fillers);
2. Unicode NFKC (full-width -> half-width, circled and mathematical letters, CJK
   compatibility ideographs), then case folding;
3. Cyrillic/Greek homoglyphs -> Latin, traditional -> simplified Chinese (OpenCC table);
4. combining marks are dropped (zalgo text);

and then, on the character sequence:

5. separator runs (spaces, ``*``, ``.``, ``-``, ``_``, ``|``, emoji, other symbols) are
   removed when either neighbour is a CJK character, when they start or end the text,
   or when both neighbours are single Latin letters (``f a l u n`` -> ``falun``) — unless
   that run is wider than a neighbouring one between single letters, which marks a word
   boundary (``h o w  t o`` -> ``how to``); otherwise a run becomes one space;
6. digits between two Latin letters are read as letters (``b0mb`` -> ``bomb``).

Pinyin and abbreviation variants are handled by the lexicon, which carries them as
entries (``zhayao``, ``zha yao``); normalization only makes their spelling uniform.

Cost is linear in the length of the text; each character is looked up in a cached table.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from filters.normalize.tables import HOMOGLYPHS, INVISIBLE, KEEP_PUNCT, LEET, T2S

__all__ = ["NormalizedText", "normalize"]

# Character kinds after folding.
_CJK = "h"  # Han, kana, Hangul: scripts written without spaces
_WORD = "w"  # other letters and digits
_PUNCT = "p"  # kept sentence punctuation
_SEP = "s"  # separator: removed or collapsed


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalized text and, for each of its characters, the span it came from.

    ``starts[i]``/``ends[i]`` are the offsets in the original text of the character(s)
    that produced ``text[i]``; ``source_len`` is the length of the original text.
    """

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    source_len: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalized span ``[start, end)`` to a span of the original text."""
        n = len(self.text)
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        if start == end:
            pos = self.starts[start] if start < n else self.source_len
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x3040 <= cp <= 0x30FF  # kana
        or 0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xAC00 <= cp <= 0xD7AF  # Hangul syllables
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x3134F
    )


@lru_cache(maxsize=65536)
def _fold(ch: str) -> tuple[tuple[str, str], ...]:
    """The folded characters of one input character with their kinds; () if dropped."""
    if ch in INVISIBLE:
        return ()
    out: list[tuple[str, str]] = []
    for c in unicodedata.normalize("NFKC", ch).casefold():
        c = HOMOGLYPHS.get(c, c)
        c = T2S.get(c, c)
        for d in c:
            if d in INVISIBLE:
                continue
            cat = unicodedata.category(d)
            if cat in ("Mn", "Me", "Cf"):
                continue
            if _is_cjk(d):
                out.append((d, _CJK))
            elif cat[0] in "LN":
                out.append((d, _WORD))
            elif d in KEEP_PUNCT:
                out.append((d, _PUNCT))
            else:
                out.append((d, _SEP))
    return tuple(out)


def _sep_len(kinds: list[str], k: int, step: int) -> int:
    """Length of the separator run starting at ``k`` going in direction ``step`` (0 if none)."""
    m = 0
    while 0 <= k < len(kinds) and kinds[k] == _SEP:
        m += 1
        k += step
    return m


def _wider_gap(kinds: list[str], i: int, j: int) -> bool:
    """The separator run ``[i, j)`` between two single letters is wider than a neighbouring
    gap between single letters (``h o w  t o``): it marks a word boundary, kept as a space."""
    if j - i < 2:
        return False
    before = _sep_len(kinds, i - 2, -1) if i >= 2 else 0
    after = _sep_len(kinds, j + 1, 1) if j + 1 < len(kinds) else 0
    return 0 < before < j - i or 0 < after < j - i


def normalize(text: str) -> NormalizedText:
    """Normalize ``text`` for matching; see the module docstring for the steps."""
    chars: list[str] = []
    kinds: list[str] = []
    starts: list[int] = []
    for i, ch in enumerate(text):
        for c, k in _fold(ch):
            chars.append(c)
            kinds.append(k)
            starts.append(i)
    n = len(chars)
    out_c: list[str] = []
    out_s: list[int] = []
    out_e: list[int] = []
    tok_len = 0  # length of the current run of word characters in the output
    i = 0
    while i < n:
        k = kinds[i]
        if k != _SEP:
            c = chars[i]
            if k == _WORD:
                if c in LEET and tok_len and i + 1 < n and kinds[i + 1] == _WORD and chars[i + 1].isalpha():
                    prev = out_c[-1]
                    if prev.isalpha():
                        c = LEET[c]
                tok_len += 1
            else:
                tok_len = 0
            out_c.append(c)
            out_s.append(starts[i])
            out_e.append(starts[i] + 1)
            i += 1
            continue
        j = i
        while j < n and kinds[j] == _SEP:
            j += 1
        left = kinds[i - 1] if i > 0 else None
        right = kinds[j] if j < n else None
        drop = left is None or right is None or left == _CJK or right == _CJK
        if not drop and left == _WORD and right == _WORD and (i < 2 or kinds[i - 2] != _WORD):
            drop = (j + 1 >= n or kinds[j + 1] != _WORD) and not _wider_gap(kinds, i, j)
        if not drop:
            out_c.append(" ")
            out_s.append(starts[i])
            out_e.append(starts[j - 1] + 1)
            tok_len = 0
        i = j
    return NormalizedText("".join(out_c), tuple(out_s), tuple(out_e), len(text))
