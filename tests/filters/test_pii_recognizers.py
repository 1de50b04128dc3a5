"""Table tests for the PII recognizers, through the detector (context windows included)."""

from __future__ import annotations

import pytest

from filters.pii import PiiDetector
from filters.pii.recognizers.cn_bank_card import luhn_valid
from filters.pii.recognizers.cn_id_card import id_check_char, is_valid_id18
from filters.pii.recognizers.cn_uscc import uscc_check_char
from filters.pii.recognizers.hk_id_card import hkid_check_char


def _id18(body17: str) -> str:
    return body17 + id_check_char(body17)


VALID_ID = _id18("11010519491231002")  # check character X
VALID_ID2 = _id18("44030419900307123")
BAD_ID = VALID_ID2[:-1] + ("0" if VALID_ID2[-1] != "0" else "1")
USCC = "91440300" + "MA5D12345"
USCC = USCC + uscc_check_char(USCC)
BAD_USCC = USCC[:-1] + ("0" if USCC[-1] != "0" else "1")
HKID = "A123456(" + hkid_check_char("A123456") + ")"
CARD = next(f"622202020000123456{d}" for d in "0123456789" if luhn_valid(f"622202020000123456{d}"))
BAD_CARD = CARD[:-1] + str((int(CARD[-1]) + 1) % 10)


@pytest.fixture(scope="module")
def det() -> PiiDetector:
    return PiiDetector()


def _found(det: PiiDetector, text: str) -> list[tuple[str, str]]:
    return [(d.type, text[d.start:d.end]) for d in det.detect(text)]


CASES = [
    # (text, expected (type, value) pairs) — valid, CJK-adjacent, grouped, context
    (f"身份证号{VALID_ID}，请核对", [("CN_ID_CARD", VALID_ID)]),
    (f"my id {VALID_ID2.lower()}", [("CN_ID_CARD", VALID_ID2.lower())]),
    ("老身份证号是110105490101002，已换新证", [("CN_ID_CARD", "110105490101002")]),
    ("手机13812345678联系我", [("CN_MOBILE_PHONE", "13812345678")]),
    ("电话：+86 138 1234 5678", [("CN_MOBILE_PHONE", "+86 138 1234 5678")]),
    ("请拨打138-1234-5678", [("CN_MOBILE_PHONE", "138-1234-5678")]),
    ("办公室座机0755-83211234转人工", [("CN_LANDLINE_PHONE", "0755-83211234")]),
    ("电话(010)62345678", [("CN_LANDLINE_PHONE", "(010)62345678")]),
    (f"银行卡号{CARD}", [("CN_BANK_CARD", CARD)]),
    (f"卡号 {CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:16]} {CARD[16:]}",
     [("CN_BANK_CARD", f"{CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:16]} {CARD[16:]}")]),
    (f"统一社会信用代码{USCC}", [("CN_USCC", USCC)]),
    ("护照号码E12345678，下月出国", [("CN_PASSPORT", "E12345678")]),
    ("港澳通行证C12345678需要续签", [("CN_TRAVEL_PERMIT", "C12345678")]),
    (f"香港身份证{HKID}", [("HK_ID_CARD", HKID)]),
    ("车牌粤B12345被拍了", [("CN_LICENSE_PLATE", "粤B12345")]),
    ("新能源车粤BD12345", [("CN_LICENSE_PLATE", "粤BD12345")]),
    ("社保个人编号1234567890，医保没到账", [("CN_SOCIAL_SECURITY", "1234567890")]),
    ("公积金账户13510387550要提取", [("CN_HOUSING_FUND", "13510387550")]),
    ("邮箱zhang.wei@sz.gov.cn收不到", [("EMAIL_ADDRESS", "zhang.wei@sz.gov.cn")]),
    ("服务器192.168.1.20登录失败", [("IP_ADDRESS", "192.168.1.20")]),
    ("地址2001:db8::1不通", [("IP_ADDRESS", "2001:db8::1")]),
    ("My card is 4111 1111 1111 1111.", [("CREDIT_CARD", "4111 1111 1111 1111")]),
    ("IBAN GB82WEST12345698765432 please", [("IBAN_CODE", "GB82WEST12345698765432")]),
    ("Call me at +1 212-731-6596 today", [("PHONE_NUMBER", "+1 212-731-6596")]),
    ("我叫张伟，住在深圳市福田区福华三路88号卓越大厦A座1201室",
     [("PERSON", "张伟"), ("CN_ADDRESS", "深圳市福田区福华三路88号卓越大厦A座1201室")]),
    ("联系人：李娜、王国强", [("PERSON", "李娜"), ("PERSON", "王国强")]),
    ("麻烦欧阳娜娜女士回电", [("PERSON", "欧阳娜娜")]),
    ("住在梅林一村12栋302室", [("CN_ADDRESS", "梅林一村12栋302室")]),
    ("My name is John Smith.", [("PERSON", "John Smith")]),
    ("Regards,\nAnna E. Novak", [("PERSON", "Anna E. Novak")]),
    # full-width digits typed with an IME; spaced ID groups
    ("手机１３８１２３４５６７８", [("CN_MOBILE_PHONE", "１３８１２３４５６７８")]),
    (f"身份证 {VALID_ID2[:6]} {VALID_ID2[6:14]} {VALID_ID2[14:]}", [("CN_ID_CARD", f"{VALID_ID2[:6]} {VALID_ID2[6:14]} {VALID_ID2[14:]}")]),
    # partial and rural addresses; spatial words are not part of the address
    ("楼下金田路2461号的商铺很吵", [("CN_ADDRESS", "金田路2461号")]),
    ("住在博罗县石湾镇新围村3组12号", [("CN_ADDRESS", "博罗县石湾镇新围村3组12号")]),
    ("寄到上海市浦东新区张江镇祖冲之路887弄71号", [("CN_ADDRESS", "上海市浦东新区张江镇祖冲之路887弄71号")]),
    ("放在华润城2期20座26A了", [("CN_ADDRESS", "华润城2期20座26A")]),
    ("北京市朝阳区建国路88号院3号楼1单元1201", [("CN_ADDRESS", "北京市朝阳区建国路88号院3号楼1单元1201")]),
    # names: rare surname with a cue, a greeting, a list, a name before an address
    ("我是逄杰思的家属", [("PERSON", "逄杰思")]),
    ("张淑淑女士请到窗口", [("PERSON", "张淑淑")]),
    ("业主冼琦玥反映星河世纪大厦1期2座24B漏水",
     [("PERSON", "冼琦玥"), ("CN_ADDRESS", "星河世纪大厦1期2座24B")]),
    ("刚才佟诗打电话来", [("PERSON", "佟诗")]),
]

NEGATIVES = [
    f"银行卡号{BAD_CARD}",  # fails Luhn
    f"身份证号{BAD_ID}系统提示错误",  # wrong check character
    "身份证号11010519491331002X",  # month 13
    "号码1101051949123100",  # wrong length
    f"信用代码{BAD_USCC}",
    "订单号13812345678已发货",  # order-number cue
    "共计13812345678元",  # amount
    "办理日期2023-10-01，20231001",
    "货号E12345678已售罄",  # article number
    "系统版本v1.2.3需要升级",
    "今天很高兴，周末马上出发，王国很大",  # surname look-alikes
    "深圳市福田区的人才政策有哪些？",  # a place, not an address
    "12345678",  # a bare number with no context
    "医保报销。会议定于20230123召开",  # cue in another sentence; a date
    "香港身份证A123456(4)",  # wrong HKID check digit
    "车牌粤BABCDE",  # letters only
    "请问居住证怎么办理？",  # 问 + surname-initial word
    "我和朋友经常晨跑",  # role noun + ordinary word
    "这张卡可以用吗",  # measure word, not 张
    "张姨用了15元",  # kinship address, not a full name
    "医生平均快270秒",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detects_valid_values(det: PiiDetector, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(det, text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_look_alikes(det: PiiDetector, text: str) -> None:
    assert _found(det, text) == []


def test_check_character_algorithms() -> None:
    assert VALID_ID.endswith("X") and is_valid_id18(VALID_ID)
    assert not is_valid_id18(BAD_ID)
    assert hkid_check_char("A123456") == "3"


def test_context_raises_passport_score(det: PiiDetector) -> None:
    bare = det.detect("E12345678", threshold=0.0)
    with_cue = det.detect("护照E12345678", threshold=0.0)
    assert bare and with_cue and with_cue[0].score > bare[0].score


def test_entities_limit_what_runs() -> None:
    only_mobile = PiiDetector(entities=["CN_MOBILE_PHONE"])
    text = f"手机13812345678，身份证{VALID_ID}"
    assert [d.type for d in only_mobile.detect(text)] == ["CN_MOBILE_PHONE"]


def test_presidio_analyzer_engine_uses_our_recognizers_offline() -> None:
    from filters.pii.engine import build_analyzer_engine

    engine = build_analyzer_engine()
    text = f"身份证号{VALID_ID}"
    results = engine.analyze(text, language="zh", score_threshold=0.5)
    assert [(r.entity_type, text[r.start:r.end]) for r in results] == [("CN_ID_CARD", VALID_ID)]
