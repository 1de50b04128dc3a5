"""Character tables for text normalization.

* ``T2S``: traditional -> simplified Chinese, one character to one character, built
  from OpenCC's ``t2s`` tables by ``build_tables.py`` (file ``data/t2s.tsv``).
* ``HOMOGLYPHS``: Cyrillic and Greek letters that look like Latin ones (after case
  folding), after the Unicode confusables list (UTS #39), lower-case only.
* ``INVISIBLE``: zero-width, joiner, bidi-control, soft-hyphen, variation-selector
  and filler characters that render as nothing and are dropped outright.
* ``KEEP_PUNCT``: sentence punctuation that is kept (it separates clauses); every
  other non-letter, non-digit character counts as a separator that may be removed
  when it sits between characters (``炸*药``, ``f a 轮``).
* ``LEET``: digits used as letters inside Latin words (``b0mb`` -> ``bomb``).
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["HOMOGLYPHS", "INVISIBLE", "KEEP_PUNCT", "LEET", "T2S", "load_t2s"]

_T2S_PATH = Path(__file__).resolve().parent / "data" / "t2s.tsv"


def load_t2s(path: Path = _T2S_PATH) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            src, dst = line.split("\t", 1)
            table[src] = dst
    return table


T2S: dict[str, str] = load_t2s()

HOMOGLYPHS: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ʀ": "r",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "μ": "u",
    # Latin look-alikes
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss",
}

INVISIBLE: frozenset[str] = frozenset(
    [chr(c) for c in range(0x200B, 0x2010)]  # zero-width space/joiners, LRM, RLM
    + [chr(c) for c in range(0x202A, 0x202F)]  # bidi embeddings/overrides
    + [chr(c) for c in range(0x2060, 0x2070)]  # word joiner, invisible operators, bidi isolates
    + [chr(c) for c in range(0xFE00, 0xFE10)]  # variation selectors
    + ["\u00ad", "\u034f", "\u061c", "\u115f", "\u1160", "\u17b4", "\u17b5", "\u180e",
       "\u3164", "\ufeff", "\uffa0"]
)

KEEP_PUNCT: frozenset[str] = frozenset(",;:!?。、\"'()[]<>《》「」『』【】〈〉“”‘’…")

LEET: dict[str, str] = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"}
