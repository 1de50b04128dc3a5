"""Lexicon matching with an Aho-Corasick automaton over normalized text.

Lexicon files (UTF-8, ``#`` comments) in ``configs/lexicons/``:

* ``*.tsv``: ``term<TAB>risk_code<TAB>severity[<TAB>source]``; severity is ``high``
  (decisive alone), ``medium`` (decisive with classifier support) or ``low`` (evidence
  only). Terms are normalized with ``filters.normalize`` before insertion, so one entry
  also matches its traditional, full-width, spaced and homoglyph spellings. Terms made
  only of Latin letters/digits/spaces match on word boundaries only.
* ``allow*.txt``: one phrase per line. A hit lying inside an allow phrase found in the
  same text is dropped (``杀死进程`` suppresses ``杀死``; ``炸鸡`` suppresses ``炸``...).

Each compiled lexicon also carries a ``PinyinReader`` (``pinyin.py``) built from its
``medium``/``high`` Chinese terms: ``lexicon.pinyin.read(norm)`` gives the candidate Chinese
reading of pinyin-spelled risk words, which the detector scans and scores as well.

``LexiconStore`` holds the current ``Lexicon`` and rebuilds it when the files change
(``reload()``); readers take one reference per call, so a swap never tears a scan.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import ahocorasick  # type: ignore[import-not-found]  # no stubs published

from filters.content_safety.pinyin import PinyinReader
from filters.content_safety.taxonomy import is_known_code
from filters.normalize import NormalizedText, normalize

__all__ = ["SEVERITIES", "Lexicon", "LexiconHit", "LexiconStore", "load_entries"]

SEVERITIES = ("low", "medium", "high")
_SEV_RANK = {s: i for i, s in enumerate(SEVERITIES)}


@dataclass(frozen=True, slots=True)
class LexiconHit:
    """A match in normalized coordinates."""

    start: int
    end: int
    risk: str
    severity: str


def _is_latin_term(term: str) -> bool:
    return all(c.isascii() and (c.isalnum() or c == " ") for c in term)


def _is_word_char(c: str) -> bool:
    """ASCII letter or digit: Latin terms need a non-word neighbour (CJK counts as a boundary)."""
    return c.isascii() and c.isalnum()


def load_entries(paths: Iterable[Path]) -> tuple[dict[str, tuple[str, str]], set[str]]:
    """Read lexicon and allow files: (normalized term -> (risk, severity), allow phrases)."""
    terms: dict[str, tuple[str, str]] = {}
    allow: set[str] = set()
    for path in sorted(paths):
        lines = path.read_text(encoding="utf-8").splitlines()
        if path.name.startswith("allow"):
            for line in lines:
                line = line.strip()
                if line and not line.startswith("#"):
                    phrase = normalize(line).text
                    if phrase:
                        allow.add(phrase)
            continue
        for line in lines:
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 3 or not is_known_code(parts[1]) or parts[2] not in _SEV_RANK:
                continue
            term = normalize(parts[0]).text
            if len(term) < 2:
                continue
            old = terms.get(term)
            if old is None or _SEV_RANK[parts[2]] > _SEV_RANK[old[1]]:
                terms[term] = (parts[1], parts[2])
    return terms, allow


class Lexicon:
    """An immutable compiled lexicon."""

    def __init__(self, terms: dict[str, tuple[str, str]], allow: set[str]) -> None:
        self.size = len(terms)
        self._auto = ahocorasick.Automaton()
        for term, (risk, sev) in terms.items():
            self._auto.add_word(term, (len(term), risk, sev, _is_latin_term(term)))
        self._has_terms = bool(terms)
        if self._has_terms:
            self._auto.make_automaton()
        self._allow = ahocorasick.Automaton()
        for phrase in allow:
            self._allow.add_word(phrase, len(phrase))
        self._has_allow = bool(allow)
        if self._has_allow:
            self._allow.make_automaton()
        self.coverage: dict[str, int] = {}
        for risk, _ in terms.values():
            self.coverage[risk] = self.coverage.get(risk, 0) + 1
        self.pinyin = PinyinReader(t for t, (_, sev) in terms.items() if sev != "low")

    @classmethod
    def from_dir(cls, directory: Path) -> Lexicon:
        terms, allow = load_entries(_lexicon_files(directory))
        return cls(terms, allow)

    def scan(self, norm: NormalizedText) -> list[LexiconHit]:
        """All hits in ``norm.text`` (normalized offsets), allow-listed spans removed."""
        text = norm.text
        if not self._has_terms or not text:
            return []
        hits: list[LexiconHit] = []
        n = len(text)
        for end_idx, (length, risk, sev, latin) in self._auto.iter(text):
            start = end_idx - length + 1
            if latin and ((start > 0 and _is_word_char(text[start - 1]))
                          or (end_idx + 1 < n and _is_word_char(text[end_idx + 1]))):
                continue
            hits.append(LexiconHit(start, end_idx + 1, risk, sev))
        if hits and self._has_allow:
            spans = [(e - ln + 1, e + 1) for e, ln in self._allow.iter(text)]
            if spans:
                hits = [h for h in hits if not any(s <= h.start and h.end <= e for s, e in spans)]
        return hits


def _lexicon_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.suffix in (".tsv", ".txt") and p.is_file())


class LexiconStore:
    """Holds the current lexicon of a directory and rebuilds it on ``reload()``."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._lock = threading.Lock()
        self._stamp = self._stamp_now()
        self._current = Lexicon.from_dir(directory)

    def _stamp_now(self) -> tuple[tuple[str, int, int], ...]:
        return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in _lexicon_files(self.directory))

    @property
    def current(self) -> Lexicon:
        return self._current

    def reload(self, force: bool = False) -> bool:
        """Rebuild when a file was added, removed or changed; True if a new lexicon is in use.

        A failed rebuild keeps the previous lexicon and re-raises.
        """
        with self._lock:
            stamp = self._stamp_now()
            if stamp == self._stamp and not force:
                return False
            lex = Lexicon.from_dir(self.directory)
            self._current = lex
            self._stamp = stamp
            return True
