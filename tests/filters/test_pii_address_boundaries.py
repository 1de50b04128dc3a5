"""Address boundaries (issue 3, round 3): a written address is one span from the largest
administrative unit to the smallest unit, junction phrases and unit suffixes included,
trailing position words and particles excluded; English-written Chinese addresses.

Every string here was written for these tests; none comes from a benchmark set or the
hand-written address development set (which is scored as a regression guard at the end).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filters.pii import PiiDetector
from filters.pii.detect import Detection, _join_addresses
from filters.pii.recognizers._en_address import english_addresses
from filters.pii.recognizers.cn_address import CnAddressRecognizer
from filters.pii.tagger_merge import TaggerMerge

DET = PiiDetector()
ADDRESS_SET = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "pii" / "handwritten_address.jsonl"


def _addresses(text: str) -> list[str]:
    return [text[d.start:d.end] for d in DET.detect(text) if d.type == "CN_ADDRESS"]


@pytest.mark.parametrize(("text", "expected"), [
    # a junction between the administrative names and the estate stays inside one span
    ("我家在罗湖区笋岗街道宝安北路与笋岗路交汇处西北侧的宝能大厦5栋1203",
     ["罗湖区笋岗街道宝安北路与笋岗路交汇处西北侧的宝能大厦5栋1203"]),
    ("住址是龙岗区布吉街道吉华路和布龙路交叉口的万科广场2座", ["龙岗区布吉街道吉华路和布龙路交叉口的万科广场2座"]),
    # unit suffixes after the number
    ("我住在济南市历下区泉城路28号甲，谢谢", ["济南市历下区泉城路28号甲"]),
    ("地址：成都市青羊区蜀都大道一段12号附3号", ["成都市青羊区蜀都大道一段12号附3号"]),
    ("上海市静安区新闸路1100弄3支弄7号要拆了", ["上海市静安区新闸路1100弄3支弄7号"]),
    ("请寄到宝安区石岩街道宝石东路66号厂房B栋", ["宝安区石岩街道宝石东路66号厂房B栋"]),
    ("店在福田区华强北路3008号华强广场2楼A2-15号铺位", ["福田区华强北路3008号华强广场2楼A2-15号铺位"]),
    ("车停在南山区海德三道199号天利中央广场负二层", ["南山区海德三道199号天利中央广场负二层"]),
    ("南山区沙河街道白石洲东二坊5号401，房东不退押金", ["南山区沙河街道白石洲东二坊5号401"]),
    ("寄到福田区福强路1001号世纪广场B区603", ["福田区福强路1001号世纪广场B区603"]),
    ("我在罗湖区深南东路5016号京基大厦裙楼二层", ["罗湖区深南东路5016号京基大厦裙楼二层"]),
    ("地址是龙华区观湖街道环观南路48号观澜公寓7-2", ["龙华区观湖街道环观南路48号观澜公寓7-2"]),
    # administrative names: autonomous prefecture, the city after it, a numbered zone
    ("户籍：云南省西双版纳傣族自治州景洪市勐泐大道9号", ["云南省西双版纳傣族自治州景洪市勐泐大道9号"]),
    ("住在宝安区新安街道上川社区N23区前进路210号", ["宝安区新安街道上川社区N23区前进路210号"]),
    # trailing position words and particles are not part of the address
    ("福田区园岭街道八卦路48号附近有没有打印店？", ["福田区园岭街道八卦路48号"]),
    ("南山区登良路23号的门口有人乱扔垃圾", ["南山区登良路23号"]),
    ("约在福田区福华路88号中心书城那边见", ["福田区福华路88号中心书城"]),
    ("住龙岗区龙城街道中心城68区清林路12号", ["龙岗区龙城街道中心城68区清林路12号"]),
    ("在罗湖区文锦中路1027号深业大楼", ["罗湖区文锦中路1027号深业大楼"]),
    ("寄到南山区学府路63号高新区联合总部大厦楼下", ["南山区学府路63号高新区联合总部大厦"]),
    ("收件：福田区红荔西路8号博物馆楼305室", ["福田区红荔西路8号博物馆楼305室"]),
    # 市 inside a name is no administrative suffix
    ("包裹放在市民中心3期8座12A了", ["市民中心3期8座12A"]),
])
def test_address_span_runs_over_the_whole_unit_chain(text: str, expected: list[str]) -> None:
    assert _addresses(text) == expected


@pytest.mark.parametrize("text", [
    "杭州市西湖区的居住证怎么办理？",
    "我在深南大道和新洲路那里等你。",
    "我们约在岗厦北地铁站B出口见面。",
    "会议改到第3期培训班的205室。",
    "她住在18楼，我住在6楼。",
    "福田区华强北街道办事处几点上班？",
    "在科技园站下车，往北走就到。",
    "华南理工大学5号文件规定了补贴标准。",
    "合同第12号附件已经发给你了。",
    "请到地下2层取车。",
])
def test_places_directions_and_bare_units_are_not_addresses(text: str) -> None:
    assert _addresses(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Please mail it to Room 1203, Block 7, Xinzhou Road, Futian District, Shenzhen.",
     ["Room 1203, Block 7, Xinzhou Road, Futian District, Shenzhen"]),
    ("Our shop is at No. 56 Renmin South Road, Luohu District, Shenzhen, Guangdong, China.",
     ["No. 56 Renmin South Road, Luohu District, Shenzhen, Guangdong"]),
    ("我的英文地址是Flat 8C, Tower 1, 66 Haide Road, Nanshan District，对吗？",
     ["Flat 8C, Tower 1, 66 Haide Road, Nanshan District"]),
])
def test_english_written_addresses_stop_before_country_and_postcode(text: str, expected: list[str]) -> None:
    assert _addresses(text) == expected


@pytest.mark.parametrize("text", [
    "Please come to Room 301 of the service hall tomorrow.",
    "The meeting is in Room 5, Building A.",
    "Turn left at Shennan Avenue and go straight.",
])
def test_english_rooms_and_roads_alone_are_not_addresses(text: str) -> None:
    assert english_addresses(text) == []


def test_extend_span_trims_position_words_and_adds_units() -> None:
    rec = CnAddressRecognizer()
    text = "快递放在福田区彩田路2009号瀚森大厦12楼1205附近"
    start = text.index("彩田路")
    end = text.index("大厦") + 2
    s, e = rec.extend_span(text, start, end)
    assert text[s:e] == "福田区彩田路2009号瀚森大厦12楼1205"
    s, e = rec.extend_span(text, start, len(text))
    assert text[s:e] == "福田区彩田路2009号瀚森大厦12楼1205"


def test_address_development_set_stays_exact() -> None:
    rows = [json.loads(line) for line in ADDRESS_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = fp = fn = 0
    for row in rows:
        gold = {(s["start"], s["end"]) for s in row["spans"] if s["type"] == "CN_ADDRESS"}
        pred = {(d.start, d.end) for d in DET.detect(row["text"]) if d.type == "CN_ADDRESS"}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    assert tp / (tp + fp) >= 0.97 and tp / (tp + fn) >= 0.97, (tp, fp, fn)


def test_touching_address_detections_are_joined() -> None:
    found = (Detection("CN_ADDRESS", 2, 8, 0.75), Detection("CN_ADDRESS", 8, 14, 0.9),
             Detection("CN_ADDRESS", 15, 20, 0.8), Detection("PERSON", 20, 22, 0.9))
    assert _join_addresses(found) == (Detection("CN_ADDRESS", 2, 14, 0.9), Detection("CN_ADDRESS", 15, 20, 0.8),
                                      Detection("PERSON", 20, 22, 0.9))


@pytest.mark.parametrize(("value", "plausible"), [
    ("广州市天河区", False),
    ("湖北省武汉市洪山区", False),
    ("广东省汕头市潮阳区谷饶镇仙斗村", True),
    ("梅林路与梅华路交汇处", True),
])
def test_tagger_address_needs_more_than_administrative_names(value: str, plausible: bool) -> None:
    assert TaggerMerge._plausible("CN_ADDRESS", value) is plausible


@pytest.mark.parametrize("text", ["第13号问题第13号问题第13号问题", "请回答第21号问题和第22号问题第23号问题"])
def test_ordinal_numbers_are_no_address(text: str) -> None:
    assert [d for d in PiiDetector().detect(text) if d.type == "CN_ADDRESS"] == []
