"""Fourth template set ("blind"): written after all tuning, with its own address and
name forms, and never used to change the recognizers. Written for this project.

Address forms here differ from ``values.Values.address``: short city names without
市/区 suffixes, towers (B塔, 东座), rural addresses (县…镇…村…组…号), numbered
lanes (弄), and "building + floor" forms. Names include rare surnames absent from the
filter's list and English names with middle initials.
"""

from __future__ import annotations

import random
from collections.abc import Callable

__all__ = ["BLIND_EN", "BLIND_ZH", "FINAL_EN", "FINAL_ZH", "blind_slots", "final_slots"]

BLIND_ZH = (
    "各位好，本人{name}，现居{addr2}，联系手机：{mobile}",
    "请把发票寄到{addr2}，{name}收，电话{mobile}",
    "我家老人{name}一直住在{addr2}，想申请居家养老服务。",
    "张贴在{addr2}门口的通知是谁发的？",
    "我是{name}的家属，他的身份证号码是{id}，请帮忙查询。",
    "经办人：{name}    身份证号：{id}",
    "请{name}同志携带身份证原件到三楼窗口。",
    "登记信息如下：{name}，{mobile}，{addr2}",
    "工作日晚上在{addr2}有人施工，严重扰民。",
    "麻烦找一下{name}，我是他同学。",
    "推荐一家{addr2}附近的餐厅。",
    "今年的人才补贴什么时候发放？我的账号是{card}。",
    "我女儿{name}在{addr2}上班，她的手机{mobile}。",
)
BLIND_EN = (
    "Regards,\n{en_name2}\n{email}",
    "The tenant, {en_name2}, lives at flat 12B; phone {us_phone}.",
    "Please ask {en_name2} to send the ID copy to {email}.",
)

_SHORT_CITIES = ("广州", "深圳", "杭州", "成都", "武汉", "长沙", "南京", "苏州", "厦门", "青岛")
_DISTRICTS = ("天河", "福田", "西湖", "锦江", "江汉", "雨花", "鼓楼", "姑苏", "思明", "市南")
_ROADS = ("体育西路", "深南中路", "文三路", "春熙路", "解放大道", "五一大道", "中山北路", "干将西路", "湖滨南路", "香港中路",
          "北环大道", "滨海大道", "新湖路", "宝安大道", "民治大道", "梅坂大道")
_TOWERS = ("B塔", "东座", "A座", "西塔", "北楼")
_BUILDINGS = ("中石化大厦", "国际金融中心", "创新大厦", "世贸中心", "汇丰大厦", "科技大楼")
_COUNTIES = ("博罗县", "惠东县", "新丰县", "宁乡县", "桐庐县")
_TOWNS = ("石湾镇", "平海镇", "马头镇", "城关镇", "分水镇")
_VILLAGES = ("新围村", "东坑村", "上屋村", "河背村", "塘尾村")
_RARE_SURNAMES = ("邰", "笪", "逄", "眭", "郦", "隗", "糜", "宓", "蔚", "郏")
_GIVEN = "晓明丽华伟芳建国志强秀英静怡子涵雨轩俊杰婉清思远"
_EN_FIRST = ("Anna", "Peter", "Laura", "George", "Helen", "Frank", "Grace", "Oscar")
_EN_LAST = ("Fischer", "Novak", "Garcia", "Murphy", "Keller", "Rossi", "Silva", "Nguyen")


def blind_slots(v: object, rng: random.Random) -> dict[str, tuple[str | None, Callable[[], str]]]:
    """Extra slot makers for the blind templates (``addr2``, ``en_name2``, ``name``)."""

    def addr2() -> str:
        k = rng.random()
        if k < 0.3:
            return (rng.choice(_SHORT_CITIES) + rng.choice(_DISTRICTS) + rng.choice(_ROADS) + f"{rng.randint(1, 999)}号"
                    + rng.choice(_BUILDINGS) + rng.choice(_TOWERS) + f"{rng.randint(3, 48)}{rng.randint(1, 20):02d}")
        if k < 0.5:
            return (rng.choice(_COUNTIES) + rng.choice(_TOWNS) + rng.choice(_VILLAGES)
                    + f"{rng.randint(1, 12)}组{rng.randint(1, 99)}号")
        if k < 0.7:
            return rng.choice(_ROADS) + f"{rng.randint(1, 800)}弄{rng.randint(1, 60)}号{rng.randint(101, 1802)}室"
        if k < 0.85:
            return rng.choice(_DISTRICTS) + "区" + rng.choice(_ROADS) + f"{rng.randint(1, 3000)}号"
        return rng.choice(_BUILDINGS) + f"{rng.randint(2, 40)}楼{rng.randint(1, 30):02d}室"

    def name() -> str:
        if rng.random() < 0.25:
            return rng.choice(_RARE_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2))))
        return v.cn_name()  # type: ignore[attr-defined]

    def en_name2() -> str:
        mid = f" {rng.choice('ABCDEFGHJK')}." if rng.random() < 0.4 else ""
        return f"{rng.choice(_EN_FIRST)}{mid} {rng.choice(_EN_LAST)}"

    return {"addr2": ("CN_ADDRESS", addr2), "name": ("PERSON", name), "en_name2": ("PERSON", en_name2)}


#: Fifth set ("final"): written after every fix above and run once; never tuned on.
FINAL_ZH = (
    "学员{fname}（手机{fmobile}）已报名，请{fname2}老师安排座位。",
    "抄送：{fname}；主送：{fname2}",
    "{fname}您好，您申请的事项已转至{faddr}办理。",
    "由{fname}负责对接，住址{faddr}，身份证 {fid}",
    "业主{fname}反映{faddr}漏水，联系方式：{fmobile}",
    "请于周五前把资料交到{faddr}，交给{fname}就行。",
    "房东{fname}说押金退到我卡里，卡号 {card}",
    "昨晚{fname}和{fname2}两位在{faddr}附近发生争执。",
    "快递员打我电话{fmobile}，说包裹放在{faddr}了。",
    "家长{fname}，孩子在福田区上学，电话 {fmobile}，邮箱 {email}",
    "我们的新办公地点：{faddr}。",
    "被告人{fname}，男，{fid}，户籍所在地{faddr}。",
)
FINAL_EN = (
    "Hi {en_name2}, I moved to {faddr}; my new number is {fmobile}.",
    "cc: {en_name2}; approved by {en_name2b}",
)

_F_GIVEN = "骁珺昀玥翀晗煜瑾璇淼烨琦皓婕钰珂喆"
_F_ROADS = ("福中三路", "科苑路", "秀新路", "流塘路", "东门北路", "祖冲之路", "建国路", "彩田路", "红荔西路", "龙岗大道")
_F_PLACES = ("星河世纪大厦", "科兴科学园", "龙联花园", "市民中心", "万象城", "壹方中心", "天安数码城", "华润城")


def final_slots(v: object, rng: random.Random) -> dict[str, tuple[str | None, Callable[[], str]]]:
    """Slot makers for the final set: rarer given-name characters, new address forms,
    full-width digits and spaced IDs now and then."""

    def fname() -> str:
        sur = v.cn_name()[0] if rng.random() < 0.7 else rng.choice(("欧阳", "司马", "邰", "逄", "揭", "冼", "麦"))  # type: ignore[attr-defined]
        return sur + "".join(rng.choice(_F_GIVEN) for _ in range(rng.choice((1, 2, 2))))

    def faddr() -> str:
        k = rng.random()
        road = rng.choice(_F_ROADS)
        if k < 0.25:
            return f"福田区莲花街道{road}{rng.randint(1, 4000)}号{rng.choice(_F_PLACES)}{rng.choice('ABCD')}栋{rng.randint(2, 30)}楼"
        if k < 0.45:
            return f"广东省深圳市南山区粤海街道科技园社区{road}{rng.randint(1, 200)}号{rng.choice(_F_PLACES)}{rng.choice('AB')}栋{rng.randint(1, 6)}单元"
        if k < 0.6:
            return f"{rng.choice(_F_PLACES)}{rng.randint(1, 3)}期{rng.randint(1, 20)}座{rng.randint(2, 40)}{rng.choice('ABCD')}"
        if k < 0.75:
            return f"北京市朝阳区{road}{rng.randint(1, 200)}号院{rng.randint(1, 12)}号楼{rng.randint(1, 6)}单元{rng.randint(101, 2802)}"
        if k < 0.9:
            return f"上海市浦东新区张江镇{road}{rng.randint(1, 999)}弄{rng.randint(1, 99)}号"
        return f"坪山区坑梓街道秀新社区{road}{rng.randint(1, 99)}号"

    def fmobile() -> str:
        m = v.mobile()  # type: ignore[attr-defined]
        if rng.random() < 0.15:
            return m.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        return m

    def fid() -> str:
        i = v.id18()  # type: ignore[attr-defined]
        return f"{i[:6]} {i[6:14]} {i[14:]}" if rng.random() < 0.25 else i

    def en2() -> str:
        return f"{rng.choice(_EN_FIRST)} {rng.choice(_EN_LAST)}"

    return {
        "fname": ("PERSON", fname), "fname2": ("PERSON", fname), "faddr": ("CN_ADDRESS", faddr),
        "fmobile": ("CN_MOBILE_PHONE", fmobile), "fid": ("CN_ID_CARD", fid),
        "en_name2": ("PERSON", en2), "en_name2b": ("PERSON", en2),
    }
