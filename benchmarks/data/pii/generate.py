"""Seeded synthetic labelled PII set, Chinese and English, with exact spans.

Written for this project (no external data). Usage::

    python -m benchmarks.data.pii.generate --seed 20261129 --n 1500 [--style holdout] --out /tmp/pii.jsonl

Each row: ``{"id", "lang", "kind", "text", "spans": [{"type", "start", "end"}]}`` where
``kind`` is ``pii`` (templates with personal data, possibly with distractors too) or
``distractor`` (only hard negatives: invalid checksums, order/tracking/article
numbers, dates, amounts, versions, surname look-alike words, place names that are
not addresses). Span types are the filter's entity names.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable, Iterator

from benchmarks.data.pii.blind import BLIND_EN, BLIND_ZH, FINAL_EN, FINAL_ZH, blind_slots, final_slots
from benchmarks.data.pii.values import Values

__all__ = ["generate"]

ZH_TEMPLATES = (
    "您好，我叫{name}，身份证号码是{id}，想咨询一下社保转移的事情。",
    "{name}，男，{age}岁，住{addr}，联系电话{mobile}。",
    "{name}，女，身份证{id}，现住{addr}，手机{mobile}。",
    "请把材料寄到{addr}，收件人{name}，电话{mobile}。",
    "我的车牌号是{plate}，昨天在{road}被贴了罚单，能帮我查一下吗？",
    "我是{name}，之前办理过居住证，手机号{mobile}，请问进度怎么查？",
    "联系人：{name}；联系电话：{landline}；邮箱：{email}",
    "申请人{name}（身份证号{id}）申请住房补贴，银行卡号{card}。",
    "我的银行卡{card}被冻结了，开户人是{name}，怎么处理？",
    "公司统一社会信用代码{uscc}，法定代表人{name}，注册地址{addr}。",
    "我的护照号{passport}快过期了，在哪里续办？",
    "港澳通行证号码{permit}，想办理签注。",
    "我的{permit_kind}号码是{permit}，需要补办。",
    "我是香港居民，香港身份证{hkid}，想在深圳办理社保卡。",
    "社保个人编号{ss}，最近医保报销没到账。",
    "我的住房公积金账号是{hf}，想提取公积金。",
    "麻烦{name}先生回个电话，号码{mobile}。",
    "请{name}女士于明天上午到窗口领取证件。",
    "{name}的手机{mobile}打不通，备用电话{landline}。",
    "昨天{name}来办事大厅咨询过，今天{name2}又来了。",
    "老人叫{name}，住在{addr}附近，走失了，家属电话{mobile}。",
    "收货地址：{addr}，{name}，{mobile}",
    "我住{addr}，楼上漏水很严重，谁来管？",
    "家住{addr}的居民反映噪音扰民。",
    "我的电子邮箱是{email}，请把回执发给我。",
    "登录后台的IP是{ip}，账号被锁了。",
    "服务器地址{ipv6}无法访问。",
    "新能源车{plate}能不能在{road}充电桩停车？",
    "我老身份证号是{id15}，新证号是{id}，系统对不上。",
    "帮我查询{name}的养老金发放记录，身份证号{id}。",
    "车主{name}，车牌{plate}，驾驶证地址{addr}。",
    "{name}、{name2}和{name3}三人一起申请了创业补贴。",
    "请联系{name}，电话 {mobile}，或者发邮件到 {email}。",
    "孩子{name}今年上小学，户籍地址是{addr}。",
    "我在{addr}开了一家店，营业执照代码{uscc}。",
    "转账到卡号{card}，户名{name}。",
    "患者{name}，住院号{order}，联系电话{mobile}。",
    "{name}已经提交了低保申请，请审核。",
    "座机{landline}，手机{mobile}，都可以联系到我。",
    "我的信用卡{card4}被盗刷了。",
    "投诉人{name}反映{road}路灯不亮。",
    "您好{name}，您预约的业务已办结。",
)
#: Held-out phrasing, written separately and not used while tuning the recognizers.
ZH_HOLDOUT = (
    "我姓名{name}，证件号码{id}，麻烦帮忙看看我的医保。",
    "喂，是我，{name}，电话还是{mobile}，地址改成{addr}了。",
    "{name}在吗？他让我把文件送到{addr}。",
    "刚才{name}打电话来（{mobile}），说要改预约时间。",
    "本人{name}，身份证号：{id}，家庭住址：{addr}。",
    "你们那个{name}主任的电话是不是{landline}？",
    "我爸{name}今年退休，他的社保卡号{ss}，退休金打到{card}这张卡。",
    "麻烦转告{name}，快递放在{addr}的门卫室了。",
    "我朋友{name}的车{plate}被拖走了，去哪里取？",
    "请核实：姓名{name}，电话{mobile}，身份证{id}。",
    "上次来的那位{name}同志留的手机是{mobile}。",
    "新地址是{addr}，以后信件都寄这里，谢谢。",
    "我叫{name}，现在住{addr}，想申请公租房。",
    "租客{name}拖欠房租，他的电话{mobile}，身份证{id}。",
    "{name}和{name2}是夫妻，共同住在{addr}。",
    "公积金账户{hf}，户名{name}，要办理提取。",
    "通行证{permit}，持证人{name}。",
    "我的邮箱 {email} 收不到验证码，手机 {mobile} 也收不到短信。",
    "办事员{name}说需要我提供护照{passport}的复印件。",
    "举报：{addr}有人违规搭建，举报人{name}，联系方式{mobile}。",
)
EN_HOLDOUT = (
    "Hello, this is {en_name}. You can reach me at {email} or {us_phone}.",
    "Applicant: {en_name}; passport {passport}; mobile {mobile}.",
    "Please refund to card {cc}. Thanks, {en_name}",
    "Our office IP {ip} was blocked after the update.",
)
#: Third phrasing set, written after tuning had finished and never tuned on (reported as-is).
ZH_FRESH = (
    "工作人员你好，我是来给我母亲{name}办理高龄津贴的，她的身份证是{id}。",
    "快递一直显示派送失败，收件地址{addr}，收件电话{mobile}，收件人姓名{name}。",
    "{name}（身份证：{id}）于上月搬至{addr}居住。",
    "您好，请问{name}的社保卡补办好了吗？我是她女儿，手机{mobile}。",
    "楼下{addr}的商铺每天晚上放音乐，能不能管一管，我的电话是{landline}。",
    "姓名：{name}\n性别：男\n证件号：{id}\n住址：{addr}\n电话：{mobile}",
    "请问车牌号{plate}的车主是谁？挡住我家车库了。",
    "我老婆{name}的港澳通行证{permit}丢了怎么办？",
    "网格员{name}上门核查，登记了我的手机号{mobile}和身份证号{id}。",
    "退款请打到我的工商银行卡{card}，谢谢。",
    "我们公司（信用代码{uscc}）需要开具证明，联系人{name}。",
    "邮件已发送至{email}，请{name}注意查收。",
    "被申请人{name}，住{addr}，公民身份号码{id}。",
    "我的医保账号{ss}，本人{name}，想查一下个人账户余额。",
    "{name}老师，您好！我是家长，电话{mobile}。",
    "服务器{ip}上的日志里有用户{name}的登录记录。",
    "我在{addr}摔倒了，请帮我联系我儿子{name}，电话{mobile}。",
)
EN_FRESH = (
    "Dear {en_name}, your appointment is confirmed. We will text {mobile}.",
    "Name: {en_name}\nEmail: {email}\nPhone: {us_phone}",
    "Card ending in {cc} was declined; the SSN on file is {ssn}.",
    "Wire it to {iban} under the name {en_name}.",
)
EN_TEMPLATES = (
    "Hi, my name is {en_name} and my email is {email}.",
    "Please call me at {us_phone} about my application.",
    "My credit card {cc} was charged twice.",
    "Transfer the deposit to IBAN {iban}, account holder {en_name}.",
    "My SSN is {ssn}, please update my record.",
    "The server at {ip} keeps rejecting my login.",
    "Contact: {en_name}, phone {us_phone}, email {email}",
    "Dr. {en_name} will review the case; reach her at {email}.",
    "I live in Shenzhen, my Chinese mobile is {mobile}.",
    "Mr. {en_name} lost his passport {passport} in Futian.",
)
DISTRACTOR_TEMPLATES = (
    "订单号{order}已发货，预计三天到达。",
    "快递单号{express}，请查收。",
    "本次缴费金额{amount}元，请核对。",
    "办理日期{date}，请按时到场。",
    "货号{article}的商品已售罄。",
    "型号{article}的打印机坏了。",
    "我输入身份证号{bad_id}，系统提示错误。",
    "卡号{bad_card}绑定失败，提示卡号无效。",
    "统一社会信用代码{bad_uscc}校验不通过。",
    "系统版本{version}有问题，需要升级。",
    "发票号码{invoice}，金额{amount}元。",
    "商品条码{ean}扫不出来。",
    "今天很高兴，周末想去黄金海岸玩，马上出发。",
    "王国维的文章写得很好，方便的话推荐一下。",
    "深圳市福田区的人才政策有哪些？",
    "请问广东省深圳市南山区怎么办理居住证？",
    "合同编号{order}，请在{date}前签署。",
    "工单号{order}处理中，预计{date}完成。",
    "会议定于{date}在三楼会议室召开。",
    "本月用电{amount}度，电费{amount2}元。",
    "我想了解一下高新技术企业认定的条件。",
    "社区医院几点开门？周末上班吗？",
    "请问福田区行政服务大厅在哪一楼？",
    "编号{order}的申请单已受理。",
    "文号深福府〔2023〕{small}号文件怎么下载？",
)


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict[str, object]] = []
        self.pos = 0

    def add(self, text: str, entity: str | None = None) -> None:
        if entity is not None:
            self.spans.append({"type": entity, "start": self.pos, "end": self.pos + len(text)})
        self.parts.append(text)
        self.pos += len(text)


def _slots(v: Values, rng: random.Random) -> dict[str, tuple[str | None, Callable[[], str]]]:
    permit_kind, permit = v.travel_permit()
    return {
        "name": ("PERSON", v.cn_name), "name2": ("PERSON", v.cn_name), "name3": ("PERSON", v.cn_name),
        "en_name": ("PERSON", v.en_name), "id": ("CN_ID_CARD", v.id18), "id15": ("CN_ID_CARD", v.id15),
        "mobile": ("CN_MOBILE_PHONE", v.mobile), "landline": ("CN_LANDLINE_PHONE", v.landline),
        "card": ("CN_BANK_CARD", v.bank_card), "card4": ("CN_BANK_CARD", lambda: v.bank_card(prefix=rng.choice(("4", "5", "62")))),
        "uscc": ("CN_USCC", v.uscc), "passport": ("CN_PASSPORT", v.passport),
        "permit_kind": (None, lambda: permit_kind), "permit": ("CN_TRAVEL_PERMIT", lambda: permit),
        "hkid": ("HK_ID_CARD", v.hkid), "plate": ("CN_LICENSE_PLATE", v.plate),
        "ss": ("CN_SOCIAL_SECURITY", lambda: v.digits(rng.choice((9, 10, 12)))),
        "hf": ("CN_HOUSING_FUND", lambda: v.digits(rng.choice((11, 12, 14)))),
        "email": ("EMAIL_ADDRESS", v.email), "ip": ("IP_ADDRESS", v.ipv4), "ipv6": ("IP_ADDRESS", v.ipv6),
        "cc": ("CREDIT_CARD", v.credit_card), "iban": ("IBAN_CODE", v.iban), "ssn": ("US_SSN", v.ssn),
        "us_phone": ("PHONE_NUMBER", v.us_phone), "addr": ("CN_ADDRESS", v.address),
        "road": (None, v.road), "age": (None, lambda: str(rng.randint(18, 90))),
        # distractors (never labelled)
        "bad_id": (None, lambda: v.id18(valid=False)), "bad_card": (None, lambda: v.bank_card(valid=False)),
        "bad_uscc": (None, lambda: v.uscc(valid=False)),
        "order": (None, lambda: rng.choice(("", "DD", "SO")) + v.digits(rng.choice((11, 12, 16, 18, 19)))),
        "express": (None, lambda: rng.choice(("SF", "YT", "JD", "")) + v.digits(rng.choice((12, 13, 15)))),
        "amount": (None, lambda: rng.choice((str(rng.randint(10, 99999)), f"{rng.randint(1, 99999)}.{rng.randint(0, 99):02d}", f"{rng.randint(1, 99)},{rng.randint(100, 999)}.00"))),
        "amount2": (None, lambda: str(rng.randint(10, 9999))),
        "date": (None, lambda: v.birth(2020, 2026).strftime(rng.choice(("%Y-%m-%d", "%Y%m%d", "%Y年%m月%d日", "%Y/%m/%d")))),
        "article": (None, lambda: rng.choice(("E", "G", "C", "H", "A", "KB")) + v.digits(8)),
        "version": (None, lambda: f"v{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}"),
        "invoice": (None, lambda: v.digits(20)), "ean": (None, lambda: "69" + v.digits(11)),
        "small": (None, lambda: str(rng.randint(1, 300))),
    }


_SLOT = re.compile(r"\{(\w+)\}")


def _fill(template: str, v: Values, rng: random.Random, style: str = "dev") -> tuple[str, list[dict[str, object]]]:
    slots = _slots(v, rng)
    if style == "blind":
        slots.update(blind_slots(v, rng))
    elif style == "final":
        slots.update(final_slots(v, rng))
    b = _Builder()
    pos = 0
    for m in _SLOT.finditer(template):
        b.add(template[pos:m.start()])
        entity, make = slots[m.group(1)]
        b.add(make(), entity)
        pos = m.end()
    b.add(template[pos:])
    return "".join(b.parts), b.spans


def generate(seed: int = 20261129, n: int = 1500, style: str = "dev") -> Iterator[dict[str, object]]:
    """``n`` rows: 70 % Chinese PII templates, 12 % English, 18 % distractor-only.

    ``style="dev"``: the templates the recognizers were tuned on; ``"holdout"``: phrasing
    written separately, whose errors were later inspected (so it is no longer blind);
    ``"fresh"``: written after the main tuning; its errors led to three generic fixes
    (spatial words before addresses, names never overlapping addresses, more cues);
    ``"blind"``: its own address/name forms; first run far below target, then fixed;
    ``"final"``: written after all fixes and reported as run once (never tuned on).
    """
    rng = random.Random(seed)
    v = Values(rng)
    zh, en = {
        "dev": (ZH_TEMPLATES, EN_TEMPLATES), "holdout": (ZH_HOLDOUT, EN_HOLDOUT),
        "fresh": (ZH_FRESH, EN_FRESH), "blind": (BLIND_ZH, BLIND_EN), "final": (FINAL_ZH, FINAL_EN),
    }[style]
    for i in range(n):
        k = rng.random()
        if k < 0.70:
            lang, kind, template = "zh", "pii", rng.choice(zh)
        elif k < 0.82:
            lang, kind, template = "en", "pii", rng.choice(en)
        else:
            lang, kind, template = "zh", "distractor", rng.choice(DISTRACTOR_TEMPLATES)
        text, spans = _fill(template, v, rng, style)
        if kind == "pii" and rng.random() < 0.25:  # add a hard distractor to a positive text
            extra, _ = _fill(rng.choice(DISTRACTOR_TEMPLATES), v, rng)
            text = text + extra
        yield {"id": f"pii-{style}-{seed}-{i}", "lang": lang, "kind": kind, "text": text, "spans": spans}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--style", choices=("dev", "holdout", "fresh", "blind", "final"), default="dev")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    with open(args.out, "w", encoding="utf-8") as f:
        for row in generate(args.seed, args.n, args.style):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
