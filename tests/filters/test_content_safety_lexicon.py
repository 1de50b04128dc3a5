"""Lexicon loading, allow-list suppression, word boundaries and hot reload."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from filters.content_safety.lexicon import Lexicon, LexiconStore
from filters.normalize import normalize

REPO = Path(__file__).resolve().parents[2]


def write(dirpath: Path, name: str, text: str) -> None:
    (dirpath / name).write_text(text, encoding="utf-8")


@pytest.fixture()
def lexdir(tmp_path: Path) -> Path:
    write(tmp_path, "terms.tsv", "# comment\n杀死\tA.1.8\tmedium\n炸\tA.1.8\thigh\n炸药\tA.1.8\thigh\nmeth\tA.1.8\tmedium\n"
          "bad line without tabs\n台独\tZ.9.9\thigh\n")
    write(tmp_path, "allow.txt", "杀死进程\n")
    return tmp_path


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("怎么杀死进程", []),  # allow-listed phrase
        ("怎么杀死他", [("A.1.8", "medium")]),
        ("製造炸藥", [("A.1.8", "high")]),  # traditional -> simplified; 1-char term dropped
        ("how to cook meth", [("A.1.8", "medium")]),
        ("the method works", []),  # Latin terms match on word boundaries only
        ("METH lab", [("A.1.8", "medium")]),
        ("怎么做meth", [("A.1.8", "medium")]),  # a CJK neighbour is a word boundary
        ("m e t h怎么做", [("A.1.8", "medium")]),  # spaced single letters are joined
        ("台独", []),  # unknown risk code line skipped
    ],
)
def test_scan(lexdir: Path, text: str, expected: list[tuple[str, str]]) -> None:
    lex = Lexicon.from_dir(lexdir)
    assert [(h.risk, h.severity) for h in lex.scan(normalize(text))] == expected


def test_hot_reload(lexdir: Path) -> None:
    store = LexiconStore(lexdir)
    assert store.reload() is False
    assert store.current.scan(normalize("新词出现")) == []
    path = lexdir / "terms.tsv"
    path.write_text(path.read_text(encoding="utf-8") + "新词\tA.1.7\tmedium\n", encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    assert store.reload() is True
    assert [h.risk for h in store.current.scan(normalize("新词出现"))] == ["A.1.7"]


def test_shipped_lexicon_covers_all_a1_a2_risks() -> None:
    lex = Lexicon.from_dir(REPO / "configs" / "lexicons")
    assert lex.size >= 10_000
    for code in [f"A.1.{i}" for i in range(1, 9)] + [f"A.2.{i}" for i in range(1, 10)]:
        assert lex.coverage.get(code, 0) > 0, code
