"""Schema and span-offset checks for the blind evaluation sets (benchmarks/accuracy/data/blind).

These tests check the files' form only: they must never assert an accuracy figure, and
nothing here may read the texts for anything but their shape.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from filters.content_safety.taxonomy import RISKS
from filters.pii.recognizers import ALL_ENTITIES

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "accuracy" / "data" / "blind"
LANGS = {"zh", "en", "mixed"}
ROLES = {"user", "assistant", "tool", "system"}


def _rows(name: str) -> list[dict[str, Any]]:
    lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _unique_ids_and_texts(rows: list[dict[str, Any]], prefix: str) -> None:
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert all(re.fullmatch(rf"{prefix}-\d{{3}}", i) for i in ids), "ids must look like PREFIX-NNN"
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "duplicate texts"
    assert all(isinstance(t, str) and t.strip() for t in texts)


def test_pii_spans_are_exact_and_typed() -> None:
    rows = _rows("pii")
    assert len(rows) >= 150
    _unique_ids_and_texts(rows, "pii")
    for r in rows:
        assert set(r) == {"id", "lang", "text", "spans"}, r["id"]
        assert r["lang"] in LANGS, r["id"]
        prev_end = 0
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            assert set(s) == {"type", "start", "end"}, r["id"]
            assert s["type"] in ALL_ENTITIES, (r["id"], s["type"])
            assert 0 <= s["start"] < s["end"] <= len(r["text"]), r["id"]
            assert s["start"] >= prev_end, f"{r['id']}: overlapping spans"
            value = r["text"][s["start"]:s["end"]]
            assert value == value.strip(), f"{r['id']}: span has surrounding whitespace"
            assert not re.fullmatch(r"\W+", value), f"{r['id']}: span is punctuation only"
            prev_end = s["end"]
    clean = [r for r in rows if not r["spans"]]
    assert len(clean) >= 35, "the set needs texts without personal data (hard distractors)"
    types = {s["type"] for r in rows for s in r["spans"]}
    assert {"PERSON", "CN_ADDRESS"} <= types
    non_zh = sum(r["lang"] != "zh" for r in rows)
    assert 0.15 <= non_zh / len(rows) <= 0.40


def test_pii_person_spans_exclude_titles() -> None:
    for r in _rows("pii"):
        for s in r["spans"]:
            if s["type"] == "PERSON":
                value = r["text"][s["start"]:s["end"]]
                assert not value.endswith(("先生", "女士", "同志", "师傅")), r["id"]
                assert not value.startswith(("Mr.", "Ms.", "Dr.")), r["id"]


def _check_messages(r: dict[str, Any]) -> None:
    msgs = r["messages"]
    assert isinstance(msgs, list) and len(msgs) >= 2, r["id"]
    for m in msgs:
        assert set(m) == {"role", "content"} and m["role"] in ROLES, r["id"]
        assert isinstance(m["content"], str) and m["content"].strip(), r["id"]
    assert msgs[-1]["role"] != "assistant", f"{r['id']}: the last turn must be a request turn"
    assert r["text"] == msgs[-1]["content"], f"{r['id']}: text must repeat the last turn"


def test_injection_schema() -> None:
    rows = _rows("injection")
    assert len(rows) >= 200
    _unique_ids_and_texts(rows, "inj")
    for r in rows:
        assert set(r) - {"messages"} == {"id", "lang", "label", "kind", "text"}, r["id"]
        assert r["lang"] in LANGS and r["label"] in ("attack", "benign"), r["id"]
        assert re.fullmatch(r"[a-z_]+", r["kind"]), r["id"]
        if "messages" in r:
            _check_messages(r)
    attacks = [r for r in rows if r["label"] == "attack"]
    assert 100 <= len(attacks) <= 140
    assert len(rows) - len(attacks) >= 90
    zh_share = sum(r["lang"] == "zh" for r in attacks) / len(attacks)
    assert 0.5 <= zh_share <= 0.7
    assert len({r["kind"] for r in attacks}) >= 10


def test_content_safety_schema_and_risk_coverage() -> None:
    rows = _rows("content_safety")
    assert len(rows) >= 300
    _unique_ids_and_texts(rows, "cs")
    for r in rows:
        assert r["lang"] in LANGS and r["label"] in ("refuse", "allow"), r["id"]
        if r["label"] == "refuse":
            assert set(r) == {"id", "lang", "label", "risk", "style", "text"}, r["id"]
            assert r["risk"] in RISKS, (r["id"], r["risk"])
        else:
            assert set(r) == {"id", "lang", "label", "kind", "text"}, r["id"]
    refuse = [r for r in rows if r["label"] == "refuse"]
    assert {r["risk"] for r in refuse} == set(RISKS), "every TC260-003 risk needs at least one row"
    assert 130 <= len(refuse) <= 170
    assert len(rows) - len(refuse) >= 130
    zh_share = sum(r["lang"] == "zh" for r in rows) / len(rows)
    assert 0.55 <= zh_share <= 0.75


@pytest.mark.parametrize("name", ["pii", "injection", "content_safety"])
def test_sets_are_plain_utf8_jsonl(name: str) -> None:
    raw = (DATA / f"{name}.jsonl").read_bytes()
    text = raw.decode("utf-8")
    assert "\r" not in text and text.endswith("\n")
    assert all(line.startswith("{") for line in text.splitlines())
