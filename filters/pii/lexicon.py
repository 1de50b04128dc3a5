"""Read-only word lists shipped in ``filters/pii/data`` (see ``data/SOURCE.md``).

* ``surnames.txt``: surname<TAB>tier (A: may be reported without a cue; B: needs a cue).
  A tier-B character that starts no word of ``common_words.txt`` (笪, 郗, 亓: rare surnames
  that are not ordinary characters) is treated as tier A.
* ``given_chars.tsv``: given-name character<TAB>count of person-name entries using it.
* ``common_words.txt``: ordinary words used to reject look-alikes (王国, 高兴, 周末).
* ``nr_common_words.txt``: frequent words jieba tags as names (陈述, 顾问, 李白).
* ``frequent_words.txt``: 2-character words with frequency >= 4000 (公司, 计算): never a
  given name unless a naming cue says so.
* ``gazetteer.txt``: level<TAB>name (P province, C city, D district, S sub-district).

Loaded once per process into frozen containers (``load_lexicon`` is cached; the
result is immutable and safe to share between threads).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Lexicon", "load_lexicon"]

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class Lexicon:
    surnames_a: frozenset[str]
    surnames_b: frozenset[str]
    compound_surnames: frozenset[str]
    given_chars: dict[str, int]
    common_words: frozenset[str]
    nr_common_words: frozenset[str]
    frequent_words: frozenset[str]
    provinces: frozenset[str]
    cities: frozenset[str]
    districts: frozenset[str]
    streets: frozenset[str]


def _rows(name: str) -> list[list[str]]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    surn = _rows("surnames.txt")
    gaz = _rows("gazetteer.txt")
    common = frozenset(r[0] for r in _rows("common_words.txt"))
    starts = frozenset(w[0] for w in common)
    # a tier-B character that starts no ordinary word is a rare surname, not a word part
    tier_a = {r[0] for r in surn if len(r[0]) == 1 and (r[1] == "A" or r[0] not in starts)}
    return Lexicon(
        surnames_a=frozenset(tier_a),
        surnames_b=frozenset(r[0] for r in surn if len(r[0]) == 1 and r[0] not in tier_a),
        compound_surnames=frozenset(r[0] for r in surn if len(r[0]) == 2),
        given_chars={r[0]: int(r[1]) for r in _rows("given_chars.tsv")},
        common_words=common,
        nr_common_words=frozenset(r[0] for r in _rows("nr_common_words.txt")),
        frequent_words=frozenset(r[0] for r in _rows("frequent_words.txt")),
        provinces=frozenset(r[1] for r in gaz if r[0] == "P"),
        cities=frozenset(r[1] for r in gaz if r[0] == "C"),
        districts=frozenset(r[1] for r in gaz if r[0] == "D"),
        streets=frozenset(r[1] for r in gaz if r[0] == "S"),
    )
