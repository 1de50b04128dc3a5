"""Name and address rules added for issue 3 (generalisation beyond the hand-written set).

Every string here was written for these tests; none comes from a benchmark set. Each
rule has positives (exact span) and look-alikes that must not be tagged.
"""

from __future__ import annotations

import pytest

from filters.pii import PiiDetector

DET = PiiDetector()


def _spans(text: str, entity: str) -> list[str]:
    return [text[d.start:d.end] for d in DET.detect(text) if d.type == entity]


@pytest.mark.parametrize(("text", "expected"), [
    # a known district/sub-district reached across a long zone or compound name
    ("快递放到南山区粤海街道软件园二区科苑北路9号", "南山区粤海街道软件园二区科苑北路9号"),
    ("公司在福田区车公庙泰然科技园创新大厦北座1502", "福田区车公庙泰然科技园创新大厦北座1502"),
    # village lanes: 坊 as a road unit, "街3巷8号" numbered lanes
    ("我家在下沙村西二坊17号", "下沙村西二坊17号"),
    ("房东住水围村新村街5巷12号", "水围村新村街5巷12号"),
    # lettered unit (A单元) continues the address
    ("住在龙华区民治街道锦绣江南三期8栋B单元1703室", "龙华区民治街道锦绣江南三期8栋B单元1703室"),
    # a bare room number right after a named building
    ("单位在罗湖区人民南路3002号国贸大厦2106，下午在", "罗湖区人民南路3002号国贸大厦2106"),
    # a Latin brand word between the road number and the complex
    ("寄到上海市徐汇区漕溪北路88号ART公寓3号楼902", "上海市徐汇区漕溪北路88号ART公寓3号楼902"),
])
def test_address_detected(text: str, expected: str) -> None:
    assert _spans(text, "CN_ADDRESS") == [expected]


@pytest.mark.parametrize("text", [
    "大厦2023年竣工，共有32层",  # digits after a building name followed by a year unit
    "国贸大厦1998年建成",
    "会议中心300人的报告厅已满",
    "园区里有12栋楼，都是NEW风格",
    "我们坊间都说这条街3号最老",  # 坊间 is not a lane and 街3号 has no name before it
    "投诉福田区的同时也投诉了罗湖区",
])
def test_address_look_alikes(text: str) -> None:
    assert _spans(text, "CN_ADDRESS") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("柯莹莹说她明天来拿证", "柯莹莹"),  # reduplicated given name after a surname + word start (柯莹?)
    ("甘甜甜的公积金还没到账", "甘甜甜"),  # 甘甜 is a word, 甘甜甜 a name before 的
    ("我同事阿力木·吐逊问居住证怎么办", "阿力木·吐逊"),  # dotted name ends before the verb 问
    ("我老乡古丽·买买提想咨询社保", "古丽·买买提"),
])
def test_person_detected(text: str, expected: str) -> None:
    assert _spans(text, "PERSON") == [expected]


@pytest.mark.parametrize("text", [
    "石家庄的社保能不能转过来？",  # city names are places, not 石 + given name
    "常州的公积金政策怎么样",
    "史上最严的停车新规",  # locative 上 after a surname character
    "墙上有裂缝，屋里漏水",
    "房顶上有个洞",
    "他喜欢看武侠小说",  # 小说 is a word, not given name 侠小 + 说
    "这顶帽子戴起来很舒服",  # 起来 is a verb complement
    "明天天气很好",  # 明天 + 天气, not a reduplicated name
    "高高兴兴地去上班",
])
def test_person_look_alikes(text: str) -> None:
    assert _spans(text, "PERSON") == []
