"""The trained character tagger for Chinese names and addresses (``models/pii_tagger.py``)
and its merge into the rule detections (``filters/pii/tagger_merge.py``).

Strings here were written for these tests (not taken from the training, selection or
benchmark sets). The shipped weights are in the repository, so these always run.
"""

from __future__ import annotations

import pytest

from filters.pii import PiiDetector
from filters.pii.tagger_merge import TaggerMerge, _segments
from models.pii_tagger import WEIGHTS_DIR, PiiTagger, compact, load_pii_tagger

MERGED = PiiDetector()
RULES = PiiDetector(tagger=False)


def _tagged(text: str, entity: str) -> list[str]:
    return [text[s:e] for t, s, e, _ in load_pii_tagger().spans(text) if t == entity]


def _found(det: PiiDetector, text: str, entity: str) -> list[str]:
    return [text[d.start:d.end] for d in det.detect(text) if d.type == entity]


def test_shipped_weights_load_with_their_feature_tables() -> None:
    assert (WEIGHTS_DIR / "model.crfsuite").is_file()
    tagger = PiiTagger.load()
    assert "王" in tagger.tables.surnames_a
    assert "欧阳" in tagger.tables.compound
    assert tagger.spans("") == []


@pytest.mark.parametrize(("text", "entity", "expected"), [
    ("联系人：王建华，联系电话见附件。", "PERSON", ["王建华"]),
    ("请把通知书寄到深圳市南山区学府路63号，谢谢。", "CN_ADDRESS", ["深圳市南山区学府路63号"]),
])
def test_tags_clear_examples(text: str, entity: str, expected: list[str]) -> None:
    assert _tagged(text, entity) == expected


@pytest.mark.parametrize("text", [
    "今天天气不错，我们下午去公园散步。",
    "请问营业执照变更需要准备哪些材料？",
    "明天上午九点在三楼会议室开会，请准时参加。",
    "这家店的牛肉面很好吃，价格也不贵。",
])
def test_ordinary_sentences_stay_clean(text: str) -> None:
    assert load_pii_tagger().spans(text) == []
    assert [d for d in MERGED.detect(text) if d.type in ("PERSON", "CN_ADDRESS")] == []


def test_tagging_is_deterministic() -> None:
    text = "业主何秀云反映，家住佛山市顺德区大良街道新桂路21号的邻居噪音扰民。"
    first = load_pii_tagger().spans(text)
    assert first
    for _ in range(3):
        assert load_pii_tagger().spans(text) == first
        assert PiiTagger.load().spans(text) == first


@pytest.mark.parametrize(("text", "expected"), [
    ("这次活动由舒心负责报名。", ["舒心"]),
    ("成刚的材料还缺一份。", ["成刚"]),
])
def test_merge_adds_a_name_the_rules_miss(text: str, expected: list[str]) -> None:
    assert _found(RULES, text, "PERSON") == []
    assert _found(MERGED, text, "PERSON") == expected


def test_merge_adds_a_junction_address_the_rules_miss() -> None:
    text = "红岭路与泥岗路交汇处东南角有人占道经营。"
    assert _found(RULES, text, "CN_ADDRESS") == []
    assert _found(MERGED, text, "CN_ADDRESS") == ["红岭路与泥岗路交汇处东南角"]


def test_veto_only_touches_uncued_name_guesses() -> None:
    merge = TaggerMerge.default({"PERSON", "CN_ADDRESS"})
    text = "钱少了一百块，谁负责？"
    # a bare surname + one character guess that the tagger reads as ordinary words
    assert [d for d in RULES.detect(text) if d.type == "PERSON"]
    assert not merge.keep(text, "PERSON", 0, 2, 0.5)
    assert _found(MERGED, text, "PERSON") == []
    # cued names and other entity types are never vetoed
    assert merge.keep(text, "PERSON", 0, 2, 0.85)
    assert merge.keep(text, "CN_ADDRESS", 0, 2, 0.5)


def test_merge_never_overlaps_a_rule_detection() -> None:
    text = "收件人：严文斌，电话13912345678，地址：广州市越秀区中山五路219号。"
    rules = RULES.detect(text)
    merged = MERGED.detect(text)
    assert set(rules) <= set(merged)
    spans = sorted((d.start, d.end) for d in merged)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_merge_respects_the_entities_asked_for() -> None:
    only_phone = PiiDetector(entities=["CN_MOBILE_PHONE"])
    assert only_phone._tagger is None
    merge = TaggerMerge(load_pii_tagger(), frozenset({"CN_ADDRESS"}))
    assert all(t == "CN_ADDRESS" for t, *_ in merge.extra("上周来的是晓光和春生，住在广州市越秀区中山五路219号。", [], 0.5))


def test_compact_shrinks_identifier_runs_and_maps_offsets_back() -> None:
    text = "电话13812345678，邮箱ab.c@qq.com，住88号"
    short, pos = compact(text)
    assert short == "电话0，邮箱0，住88号"
    assert len(pos) == len(short) + 1 and pos[-1] == len(text)
    assert text[pos[2]:pos[3]] == "13812345678"


def test_spans_map_back_through_compaction() -> None:
    text = "手机13800001111，收件人周丽萍，地址深圳市龙岗区龙城街道愉园路8号。"
    for typ, s, e, conf in load_pii_tagger().spans(text):
        assert 0 <= s < e <= len(text) and 0.0 < conf <= 1.0
        assert "1380000" not in text[s:e]


def test_segments_cover_the_text() -> None:
    text = "第一句。第二句！" + "很长的一句，" * 40 + "结尾"
    segs = _segments(text)
    assert segs[0][0] == 0 and segs[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(segs, segs[1:]))


def test_threads_tag_concurrently_with_the_same_results() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from models.pii_tagger import load_pii_tagger

    tagger = load_pii_tagger()
    texts = ["联系人欧阳明月，住在福田区华强北路1002号3栋501室。", "我叫李建国，明天去办社保卡。"] * 20
    alone = [tagger.spans(t) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(tagger.spans, texts))
    assert together == alone and any(alone)
