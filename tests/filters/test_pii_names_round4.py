"""Round-4 person names (issue 3): spaced names, new naming cues, sentence-initial names
without a surname, lone surrogates reaching the tagger, and the names development set
(``benchmarks/data/pii/names_dev.jsonl``, in-sample: trained and tuned on) as a guard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filters.pii import PiiDetector
from models.pii_tagger import load_pii_tagger

NAMES_DEV = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "pii" / "names_dev.jsonl"


@pytest.fixture(scope="module")
def det() -> PiiDetector:
    return PiiDetector()


def _names(det: PiiDetector, text: str) -> list[str]:
    return [text[d.start:d.end] for d in det.detect(text) if d.type == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("姓名：张 伟，联系电话见附件。", "张 伟"),
    ("申请人李 娜已提交全部材料。", "李 娜"),
    ("我和黎 明是同学。", "黎 明"),
    ("联系人：欧阳 娜娜", "欧阳 娜娜"),
])
def test_name_written_with_a_space_is_one_span(det: PiiDetector, text: str, name: str) -> None:
    assert _names(det, text) == [name]


@pytest.mark.parametrize("text", [
    "今天 天气 很好，我们 去 公园",
    "高 中 生",
    "马 上 到",
    "中国 人民 银行",
])
def test_text_spaced_between_words_is_not_a_name(det: PiiDetector, text: str) -> None:
    assert _names(det, text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("她叫金山，是新来的实习生。", "金山"),
    ("会议纪要：主持人尹国栋；记录人訾晓雯。", "訾晓雯"),
    ("次仁说他下午过来取营业执照。", "次仁"),
    ("致缑红梅女士：您的申请已受理。", "缑红梅"),
])
def test_round4_names_found(det: PiiDetector, text: str, name: str) -> None:
    assert name in _names(det, text)


@pytest.mark.parametrize("text", [
    "金山软件今年招聘人数增加了。",
    "高峰期地铁很挤，建议错峰出行。",
    "她文静的性格很适合做档案工作。",
    "白云机场的航班延误了。",
])
def test_words_that_look_like_names_stay_words(det: PiiDetector, text: str) -> None:
    assert _names(det, text) == []


def test_lone_surrogate_at_sentence_start_reaches_the_tagger_safely() -> None:
    text = "\ud800次仁说他下午过来"
    spans = load_pii_tagger().spans(text)
    assert all(0 <= s < e <= len(text) for _, s, e, _ in spans)


def test_names_dev_set_stays_found(det: PiiDetector) -> None:
    rows = [json.loads(ln) for ln in NAMES_DEV.read_text(encoding="utf-8").splitlines() if ln.strip()]
    tp = fp = fn = 0
    for r in rows:
        gold = {(s["start"], s["end"]) for s in r["spans"] if s["type"] == "PERSON"}
        pred = {(d.start, d.end) for d in det.detect(r["text"]) if d.type == "PERSON"}
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    assert tp / (tp + fn) >= 0.93 and tp / (tp + fp) >= 0.93
