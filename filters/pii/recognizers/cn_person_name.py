"""Chinese and English person names, entity ``PERSON``.

Chinese: surname (single or compound, ``data/surnames.txt``) + one or two given-name
characters (``data/given_chars.tsv``). Scored by cues, not by a model:

* 0.85 — a *naming* cue before (我叫, 姓名：, 联系人, 户名, 我爸…), a role noun before
  (患者, 业主, 朋友… — then the candidate must not start an ordinary word), a title
  after (先生, 女士, 老师…), a strong right cue (，男 / 的身份证 / 您好 / 收，), a list
  separator after a cued name (张伟、李娜), or a name framed by punctuation before a
  number (，汤艳，176…);
* 0.65 — a weak cue (麻烦, 转告, 刚才…; 的, 反映, 来电, 负责…) with a tier-A surname,
  or with a tier-B surname when both sides agree;
* 0.55 / 0.5 — bare two- / one-character given names of frequent name characters with
  a tier-A surname between clear boundaries.

Rejected: ordinary words (``data/common_words.txt``: 王国, 高兴), frequent words as
given names (``frequent_words.txt``: 韦公司), jieba ``nr`` words that are mostly
ordinary (``nr_common_words.txt``: 陈述, 顾问) unless a naming cue says otherwise,
surname + title (王老师), kinship forms (张姨), measure words (这张卡), address
suffixes (侯区, 华中路), a bare guess before a place-only word (王府井附近). Also:
transliterated names joined by a middle dot (阿不都·热合曼, 0.75; a glued cue or
ordinary word is trimmed off); a whole 3-5 character run after a form label (我叫扎西顿珠，)
or opening a clause before gender/ethnicity or a contact field (乌云其木格，女，蒙古族);
gender/ethnicity right after a name (仇海洋，男) overrides the frequent-word filter; a form
label before a whole field keeps even an ordinary word (姓名罗兰，); a surname just
declared (我姓易，易中华); a reduplicated given name (盖丽丽的, also 甘露露说 although 甘露 is
a word). Not names: gazetteer cities/districts (石家庄的) without a naming cue, a locative
given character (梁上有, 史上最), a one-character cue completing a word (武侠小说), a bare
given character starting a word (戴起来); a dotted name ends before a verb (…·艾力问).
The given-name length is cut before an ordinary word (张伟已经, 佟诗打电话) and kept before a title (张淑淑女士). An
ordinary word as a name at a clause edge needs a person predicate and a he/she pronoun or
kinship noun (方圆说她…, 文静是我女儿; 夏天到了 stays a word); a bare guess after a verb of
going is a destination (去王府井); dot-less transliterated names (阿依古丽的…) come from
``cn_translit_name.py``. Round 5: 栋 after a given character ends a name (尹国栋; 三栋 stays
a building); a two-character ordinary word after a job title is a name when a predicate follows
(主任黎明今天…); a Latin-script name right after a Chinese cue (外籍专家Hiroshi Tanaka的). English: a capitalised
name (optional middle initial) after a cue (my name is, Mr., Dear, Regards, cc:,
the tenant, ask…), a listed English given name, or a pinyin surname + given name
(``en_person_name.py``).
"""

from __future__ import annotations

import re
from typing import Any

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult

from filters.pii.lexicon import Lexicon, load_lexicon
from filters.pii.recognizers.cn_translit_name import translit_names
from filters.pii.recognizers.en_person_name import english_names

__all__ = ["CnPersonNameRecognizer"]

LEFT_CUES = (
    "我叫", "叫做", "名叫", "我是", "本人", "姓名", "名字", "联系人", "申请人", "收件人", "收货人", "寄件人",
    "患者", "病人", "经办人", "办理人", "当事人", "户主", "法人", "代表人", "代理人", "委托人",
    "监护人", "家属", "客户", "业主", "租客", "房东", "学生", "孩子", "儿子", "女儿", "丈夫", "妻子",
    "老公", "老婆", "爱人", "父亲", "母亲", "爸爸", "妈妈", "同事", "朋友", "员工", "职工", "居民",
    "市民", "老人", "被保险人", "投保人", "受益人", "借款人", "担保人", "举报人", "投诉人", "报案人",
    "负责人", "责任人", "网格员", "社工", "医生", "护士", "老师", "联系", "找", "通知", "转告",
    "帮", "给", "和", "与", "及", "由", "请", "让", "问", "叫", "姓", "签收人", "驾驶人", "车主", "持卡人",
    "乘客", "纳税人", "参保人", "缴存人", "户名", "开户名", "户主姓名", "经理", "主任", "队长",
    "您好", "你好", "尊敬的", "亲爱的", "致", "收件", "联系人是", "法定代表人", "车主", "孩子叫", "叫",
    "我爸", "我妈", "我哥", "我姐", "我弟", "我妹", "爷爷", "奶奶", "外公", "外婆", "我老公", "我老婆",
    "我爱人", "我丈夫", "我妻子", "我朋友", "我同事", "邻居", "室友", "房客", "持证人", "持有人", "办事员",
    "工作人员", "快递员", "网格员", "司机", "保安", "客服", "专员", "民警", "警官", "署名",
    "男方", "女方", "办事人", "报警人", "来电人", "来访人", "陪同人", "科员", "干事", "维修工", "志愿者", "副处长", "副科长",
    "用户", "用户名", "账户名", "开户人", "收款人", "付款人", "领取人", "取件人", "发件人", "受理人", "被申请人", "户主是", "业主是", "落款", "姓名是", "名字是", "叫作", "本人是", "嫌疑人", "被告", "原告", "证人",
)
#: Left cues that name the following words as a name (vs. role nouns such as 医生, 朋友,
#: after which ordinary words are common: 朋友经常…, 医生平均…).
NAMING_CUES = (
    "我叫", "叫做", "名叫", "我是", "本人", "姓名", "名字", "联系人", "申请人", "收件人", "收货人", "寄件人",
    "经办人", "办理人", "当事人", "户主", "法人", "代表人", "代理人", "委托人", "监护人", "被保险人", "投保人",
    "受益人", "借款人", "担保人", "举报人", "投诉人", "报案人", "负责人", "责任人", "签收人", "驾驶人", "持卡人",
    "纳税人", "参保人", "缴存人", "户名", "开户名", "您好", "你好", "尊敬的", "亲爱的", "致", "收件", "叫作",
    "署名", "落款", "用户名", "账户名", "开户人", "收款人", "付款人", "领取人", "取件人", "发件人", "受理人",
    "被申请人", "持证人", "持有人", "嫌疑人", "被告", "原告", "证人", "姓",
    "我爸", "我妈", "我哥", "我姐", "我弟", "我妹", "我老公", "我老婆", "我爱人", "我丈夫", "我妻子",
    "我儿子", "我女儿", "我父亲", "我母亲", "我朋友", "我同事", "老人叫", "孩子叫", "她叫", "他叫", "名字叫",
    "主持人", "记录人", "前夫", "前妻",
    "办事人", "报警人", "来电人", "来访人",
    "学员", "签字", "签名", "抄送", "主送", "交给", "转交", "经手人", "家长", "被告人", "原告人", "报名人", "参会人",
)
#: A first given-name character that makes "surname + X" a kinship address (张姨, 王叔).
KINSHIP = frozenset("姨叔伯嫂婶爷奶妈爸舅姑")
TITLES = (
    "先生", "女士", "小姐", "同志", "老师", "医生", "经理", "主任", "局长", "处长", "科长", "书记",
    "阿姨", "叔叔", "师傅", "同学", "律师", "教授", "护士", "大夫", "警官", "院长", "校长", "部长",
    "主席", "工程师", "会计", "博士", "大爷", "大妈", "奶奶", "爷爷", "总经理", "董事长", "组长",
    "队长", "站长", "所长", "社长", "老板", "女儿", "儿子", "本人", "同学",
)
#: Right cues that make a candidate a name whatever its surname tier.
STRONG_RIGHT = (
    "，男", "，女", ",男", ",女", "（男", "（女", "(男", "(女", "男，", "女，", "的身份证", "的手机", "的电话",
    "您好", "你好", "两位", "的银行卡", "的护照", "的社保", "的公积金", "的家属", "收，", "收。", "收）", "收)", "，身份证", "，电话", "，手机", "，联系电话", "身份证号", "，现住", "，住",
)
#: Right cues that support a tier-A surname.
RIGHT_CUES = STRONG_RIGHT + (
    "的", "身份证", "手机", "电话", "反映", "来电", "投诉", "申请", "办理", "住在", "家住", "现住",
    "说", "表示", "称", "签名", "签字", "（", "(", "，年龄", "，现年", "、", "已经", "同志", "在吗", "在不在",
    "打电话", "来电话", "回电", "拖欠", "今年", "去年", "本人", "负责", "签收",
)
#: Characters before a bare one-character-given-name candidate that make it a measure
#: word phrase instead (这张卡, 一张纸, 每周).
MEASURE_BEFORE = frozenset("这那每哪一二两三四五六七八九十几多某本此该各整半")
#: Characters that end a given name: particles, verbs and pronouns that follow names.
STOP_CHARS = frozenset("未的是在和了说要去来已也都就还把被给让向对从与及或等们个位讲吗呢吧啊呀嘛哦你我他她它您这那哪谁什么怎很太更最非只将会能可请又再才曾便却竟并仍")
_NUMERALS = frozenset("一二三四五六七八九十两几")
#: address suffixes never end a given name (侯区, 华中路)
_PLACE_CHARS = frozenset("区路街市省县镇村号楼室栋巷道苑")
_PLACE_AFTER = ("附近", "一带", "周边", "周围", "地区", "景区", "站", "路口", "商圈", "片区", "地铁", "口岸", "街道", "社区")
_LOCATIVES = frozenset("上下里内外")
_COUNTED = frozenset("人个位名次天年月岁号点")
#: weak left cues: verbs/adverbs that often precede a name. The multi-character ones
#: (``_WEAK_LEFT_WORDS``) also support a tier-B surname when the name ends a clause.
_WEAK_LEFT_WORDS = frozenset((
    "经理", "主任", "队长", "刚才", "昨天", "今天", "转告", "通知", "联系", "告诉", "麻烦", "查询",
    "查一下", "看看", "帮我查", "找一下", "问一下", "联系一下", "通知一下", "叫一下",
    "昨晚", "今早", "上午", "下午", "晚上", "刚刚", "后来", "之前",
))
_WEAK_LEFT = _WEAK_LEFT_WORDS | frozenset(("和", "与", "及", "帮", "给", "由", "请", "让", "叫", "找", "问", "查"))
_STRONG_LEFT = tuple(dict.fromkeys(c for c in LEFT_CUES + NAMING_CUES if c not in _WEAK_LEFT))


def _by_last_char(cues: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for c in cues:
        index.setdefault(c[-1], []).append(c)
    return {k: tuple(v) for k, v in index.items()}


def _ends_with(s: str, index: dict[str, tuple[str, ...]]) -> bool:
    """``s.endswith(any cue)``, looking only at cues that end with ``s``'s last character."""
    return bool(s) and s.endswith(index.get(s[-1], ()))
_WEAK_LEFT_T = tuple(_WEAK_LEFT)
_LONG_RIGHT_CUES = tuple(c for c in RIGHT_CUES if len(c) >= 2)
_LABEL_IDX = _by_last_char(("姓名", "户名", "签字", "签名", "本人", "联系人", "申请人", "收件人", "收货人", "户主", "持证人", "开户人", "法定代表人", "经办人", "参保人", "我叫", "名叫",
    "举报人", "投诉人", "报案人", "报警人", "受理人", "监护人", "当事人", "被申请人", "办事人", "来电人", "男方", "女方"))
_WEAK_WORDS_T = tuple(_WEAK_LEFT_WORDS)
_STRONG_IDX = _by_last_char(_STRONG_LEFT)
_NAMING_IDX = _by_last_char(NAMING_CUES)
_WEAK_IDX = _by_last_char(_WEAK_LEFT_T)
_WORDS_IDX = _by_last_char(_WEAK_WORDS_T)
_SEPARATORS = frozenset("、和与及,，/ ")
#: "，汤艳，176…": a name framed by punctuation and followed by a number
_FRAME = frozenset("，,：:；; 　")
_FRAMED_RIGHT = regex.compile(r"[，,；; ]\s?(?:[+0-9]|[A-Za-z0-9._%+-]{1,40}@[A-Za-z0-9-]+\.)")
#: "仇海洋，男，汉族": gender or ethnicity right after the name in a personal-details list
_DEMOGRAPHIC_RIGHT = re.compile(r"\s?[，,（(]\s?(?:[男女](?:[，,）)、。；;\s]|$|性)|[\u4e00-\u9fff]{1,3}族[，,）)、。；;\s])")
#: transliterated minority / foreign names: 阿不都·热合曼, 古丽娜尔·艾力 (Han parts joined by a middle dot)
_DOTTED = regex.compile(r"(?<![·•・．])[\u4e00-\u9fff]{2,7}(?:[·•・．][\u4e00-\u9fff]{1,7}){1,3}(?![·•・．])")

#: one-character verbs that end a dotted name once its last part has two characters (买买提·艾力问…)
_DOTTED_END_VERBS = frozenset("问想找打办带交拿送叫称讲看")
#: names without a known surname (扎西顿珠, 乌云其木格, 次仁卓玛): a whole 3-5 character run
#: after a form label (我叫, 姓名, 申请人…) or starting a clause before gender/ethnicity or a
#: contact field (乌云其木格，女，蒙古族 / 次仁卓玛，联系电话…)
_FREE_LABELS = (
    "我叫", "名叫", "叫做", "姓名", "名字叫", "申请人", "联系人", "收件人", "收货人", "户主", "持证人", "户名",
    "开户人", "法定代表人", "经办人", "举报人", "投诉人", "委托人", "代理人", "老人叫", "孩子叫", "参保人",
)
_FREE_CUED = re.compile(
    "(?:" + "|".join(_FREE_LABELS) + r")(?:是|为)?[：: ]?([\u4e00-\u9fff]{3,5})(?=[，,。；;、\s（(]|$)"
)
_FREE_CLAUSE = re.compile(
    r"(?:^|(?<=[\n。！？；;：:]))\s?([\u4e00-\u9fff]{3,5})(?=\s?[，,]\s?(?:[男女](?:[，,）)、。；;\s]|$)"
    r"|[\u4e00-\u9fff]{1,3}族[，,]|联系电话|电话|手机|身份证))"
)


#: a name written with a space between surname and given name (张 伟, 欧阳 娜娜): reported
#: after a naming cue or a list word (姓名：张 伟, 申请人李 娜, 我和黎 明是) when it ends
#: at punctuation or a particle; the surname must be listed and the given characters frequent
_SPACED = re.compile(r"([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff]{1,2})(?=[，,。；;、：:\n（()）]|[ \u3000](?![\u4e00-\u9fff])|[是已的说在和也]|$)")
_SPACED_LEFT = _by_last_char(NAMING_CUES + ("我和", "跟", "和", "与", "及", "、", "：", ":", "请", "找", "问", "给"))


#: job titles and roles right before a name (区人大代表严海明, 副处长于洋, 值班民警武强): an
#: ordinary word after them is a name when a predicate follows (主任黎明今天…; 主任高度重视 stays)
_TITLE_LEFT_IDX = _by_last_char((
    "主任", "处长", "科长", "局长", "书记", "委员", "代表", "律师", "民警", "警官", "法官", "检察官", "医生",
    "老师", "经理", "组长", "队长", "科员", "干事", "院长", "校长", "所长", "站长", "区长", "镇长", "村长",
    "社工", "网格员", "辅警", "记者", "护士", "男方", "女方",
))
_TITLE_PRED = (
    "今天", "昨天", "明天", "上午", "下午", "已经", "已", "也", "都", "在", "说", "表示", "提交", "接到", "带队",
    "指出", "主持", "签", "同意", "负责", "来", "到", "去", "和", "与", "，", "。", ",", "、", "；", "称", "提出",
    "参加", "出席", "要求", "认为", "请", "打电话",
)
#: ordinary words that follow titles as adverbs or nouns, never names (主任平时说, 局长高度重视)
_NOT_AFTER_TITLE = frozenset((
    "平时", "经常", "常常", "一直", "亲自", "马上", "立即", "已经", "认真", "明确", "全面", "同时", "单独", "连续",
    "严格", "随时", "尤其", "曾经", "向来", "方才", "始终", "高度", "多次", "首先", "最后", "现在", "今天", "昨天",
    "明天", "本人", "本身", "自己", "一行", "们", "办公", "会议", "大会", "工作", "同志", "也是", "安全", "文明",
    "高兴", "特别", "非常", "还是", "万一", "周末", "晚上", "早上", "白天", "连夜", "全体", "宁可", "任何",
))


#: single characters after which a clause-initial noun phrase starts (跟向东说, 找马丽)
_EDGE_LEFT = frozenset("跟找和与及给让问叫个")
#: verbs of going before a bare guess: the guess is a destination (去王府井, 到周庄)
_PLACE_VERBS = frozenset("去到往至逛游")
#: time words that end a one-character given name at a clause start (谌丽明天上午过来)
_TIME_AFTER = ("明天", "今天", "昨天", "刚才", "已经", "上午", "下午", "晚上", "马上", "现在", "一直", "没有", "不是")
#: predicates of a person right after an ordinary-word name; a he/she pronoun or a kinship
#: noun must confirm it (方圆说她…, 文静是我女儿): 夏天到了 / 安全第一 stay words
_PERSON_VERBS = ("说", "讲", "让", "叫", "想", "告诉", "问", "打电话", "来电", "是我", "也说", "刚说")
_KIN_AFTER = re.compile(r"是(?:我|他|她)(?:的)?(?:女儿|儿子|爱人|老公|老婆|丈夫|妻子|父亲|母亲|爸爸|妈妈|哥哥|姐姐|弟弟|妹妹|同事|朋友|邻居|孩子)")


#: a Latin-script name right after a Chinese cue (外籍专家Hiroshi Tanaka的…, 联系人：Maria Garcia)
_LATIN_AFTER_CUE = re.compile(r"(?<=[\u4e00-\u9fff：:])\s?([A-Z][a-z]{1,15}(?:[ -][A-Z][a-z]{1,15}){0,2})(?![A-Za-z])")
_LATIN_CUES = ("专家", "外籍", "外教", "外宾", "员工", "客户", "跟", "给", "请转告", "告诉", "交给", "联系")
#: verbs of telling that a name follows (通知次仁央宗…, 转告卓玛…)
_TELL_CUES = ("通知", "转告", "告诉", "联系", "找一下", "问一下", "叫一下", "通知一下", "联系一下")
#: capitalised words after a cue that are not names (申请人Room 5, 员工Building)
_EN_NOT_NAMES = frozenset((
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Room", "Building", "Block", "Tower", "Floor", "Unit", "Road", "Street", "The", "This", "Please", "Office",
    "China", "Shenzhen", "Futian", "District", "App", "Apple", "Google", "Microsoft", "Excel", "Word", "Email",
))


def _person_predicate(text: str, end: int) -> bool:
    if _KIN_AFTER.match(text, end) or text.startswith(("在不在", "在吗"), end):
        return True
    if not text.startswith(_PERSON_VERBS, end):
        return False
    tail = text[end:end + 16]
    cut = min((k for k in (tail.find(c) for c in "。！？!?\n") if k >= 0), default=len(tail))
    return "他" in tail[:cut] or "她" in tail[:cut]


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


class CnPersonNameRecognizer(LocalRecognizer):
    """Cue-scored Chinese names and cue-anchored English names (``PERSON``)."""

    ENTITY = "PERSON"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lex = lexicon or load_lexicon()
        self._places = self.lex.provinces | self.lex.cities | self.lex.districts
        chars = sorted(self.lex.surnames_a | self.lex.surnames_b | {s[0] for s in self.lex.compound_surnames})
        stops = "".join(sorted(STOP_CHARS))
        # a surname character followed by a Han character that is not a particle/pronoun;
        # stdlib ``re`` (linear here) scans a large character class ~10x faster than ``regex``
        self._surname_re = re.compile("[" + "".join(chars) + "](?=[\u4e00-\u9fff])(?![" + stops + "])")
        super().__init__(supported_entities=[self.ENTITY], name=type(self).__name__, supported_language="zh")
        self.negative_context: tuple[str, ...] = ()
        self.context_required = False
        self.trigger = None

    def load(self) -> None:  # noqa: D102
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        out = self._chinese(text)
        if "·" in text or "•" in text or "・" in text or "．" in text:
            dotted = [(self._dotted_start(text, m.start()), self._dotted_end(text, m.end())) for m in _DOTTED.finditer(text)]
            if dotted:
                out = [r for r in out if not any(s < r.end and r.start < e for s, e in dotted)]
                out.extend(self._result(s, e, 0.75) for s, e in dotted)
        for fs, fe in translit_names(text, self.lex, lambda s: self._cued_before(text, s)):
            inside = [r for r in out if r.start < fe and fs < r.end]
            if all(fs <= r.start and r.end <= fe and (r.start > fs or r.end < fe) for r in inside):
                # a rule name starting inside the run is a fragment of it (阿卜杜拉, not 卜杜拉)
                out = [r for r in out if r not in inside]
                out.append(self._result(fs, fe, 0.7))
        for pat in (_FREE_CUED, _FREE_CLAUSE):
            for m in pat.finditer(text):
                fs, fe = m.start(1), m.end(1)
                if any(r.start <= fs and fe <= r.end for r in out) or not self._free_ok(text[fs:fe]):
                    continue
                out = [r for r in out if not (fs <= r.start and r.end <= fe)]
                out.append(self._result(fs, fe, 0.75))
        if " " in text or "\u3000" in text:
            for fs, fe in self._spaced(text):
                if not any(r.start < fe and fs < r.end for r in out):
                    out.append(self._result(fs, fe, 0.7))
        for s, e, score in english_names(text):
            out.append(self._result(s, e, score))
        for m in _LATIN_AFTER_CUE.finditer(text):
            fs, fe = m.span(1)
            if not (self._cued_before(text, m.start()) or text.endswith(_LATIN_CUES, 0, m.start())):
                continue
            if any(w in _EN_NOT_NAMES for w in re.split(r"[ -]", m.group(1))):
                continue
            inside = [r for r in out if r.start < fe and fs < r.end]
            if all(fs <= r.start and r.end <= fe for r in inside):
                out = [r for r in out if r not in inside]
                out.append(self._result(fs, fe, 0.8))
        return out

    def _cued_before(self, text: str, s: int) -> bool:
        """A naming cue, role noun or title ends right before ``s`` (房东是, 丈夫, 陪同人员：)."""
        raw = text[max(0, s - 6):s]
        before = raw.rstrip("：: 为是")
        return (
            _ends_with(raw, _STRONG_IDX) or _ends_with(before, _STRONG_IDX) or before.endswith(_TELL_CUES)
            or _ends_with(before, _TITLE_LEFT_IDX)
            or (before[-2:] in self.lex.common_words and before.endswith(("员", "人")))
        )

    def _spaced(self, text: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for m in _SPACED.finditer(text):
            start, given = m.start(), m.group(2)
            if text[max(0, start - 1):start + 1] in self.lex.compound_surnames:
                start -= 1
            elif m.group(1) not in self.lex.surnames_a and m.group(1) not in self.lex.surnames_b:
                continue
            if not all(self.lex.given_chars.get(c, 0) > 0 for c in given):
                continue
            if start >= 2 and text[start - 1] in " \u3000" and _is_cjk(text[start - 2]):
                continue  # text written with spaces between all characters or words
            before = text[max(0, start - 8):start].rstrip(" ")
            if not before or before[-1] in "，,。；;、：:\n" or _ends_with(before, _SPACED_LEFT):
                out.append((start, m.end()))
        return out

    def _free_ok(self, run: str) -> bool:
        lex = self.lex
        if run.startswith(_STRONG_LEFT) or run.startswith(_WEAK_LEFT_T) or run.startswith(TITLES):
            return False  # 姓名郝华英: a label glued to a surname name (handled by the main path)
        if any(c in STOP_CHARS or c in _PLACE_CHARS or c in "族人员们不没" for c in run):
            return False
        if run in lex.common_words or run in lex.nr_common_words or run in lex.frequent_words:
            return False
        if len(run) == 3 and (run[:2] in lex.common_words or run[1:] in lex.common_words):
            return False
        if len(run) == 4 and (run[:2] in lex.common_words or run[2:] in lex.common_words):
            return False
        return not (len(run) == 5 and run[:2] in lex.common_words and run[3:] in lex.common_words)

    def _dotted_start(self, text: str, s: int) -> int:
        """Drop a cue glued before a dotted name (申请人古丽娜尔·艾力, 我是买买提·吐尔逊)."""
        dot = s
        while dot < len(text) and _is_cjk(text[dot]):
            dot += 1
        first = text[s:dot]
        for k in range(len(first) - 2, 0, -1):
            head = first[:k]
            if (head[-1] in STOP_CHARS or _ends_with(head, _STRONG_IDX) or _ends_with(head, _WEAK_IDX)
                    or head[-2:] in self.lex.common_words or head[-3:] in self.lex.common_words):
                s += k
                break
        return max(s, dot - 5)

    def _dotted_end(self, text: str, e: int) -> int:
        """Drop words glued after a dotted name (托尔斯泰的书, 吐尔逊反映)."""
        k = e
        while text[k - 1] not in "·•・．":
            k -= 1
        e_first = k
        k += 1  # first character of the last part is always kept
        common = self.lex.common_words
        while (
            k < e and text[k] not in STOP_CHARS and not text.startswith(RIGHT_CUES, k)
            and not text.startswith(TITLES, k) and not (k - e_first >= 2 and text[k] in _DOTTED_END_VERBS)
        ):
            # an ordinary word (认为, 领导) ends the name, but not inside its first two characters (哈力克)
            if k - e_first >= 2 and (text[k:k + 2] in common or text[k:k + 3] in common):
                break
            k += 1
        return k

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(self.ENTITY, start, end, score, recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})

    def _chinese(self, text: str) -> list[RecognizerResult]:
        lex = self.lex
        results: list[RecognizerResult] = []
        last_end = -10
        last_strong = last_cued = False
        for m in self._surname_re.finditer(text):
            i = m.start()
            if i < last_end:
                continue
            c = text[i]
            if text[i:i + 2] in lex.compound_surnames:
                slen, tier_a = 2, True
            elif c in lex.surnames_a:
                slen, tier_a = 1, True
            elif c in lex.surnames_b:
                slen, tier_a = 1, False
            else:
                continue  # first character of a compound surname only (宇 of 宇文)
            found = self._candidate(text, i, slen, tier_a, last_end, last_strong, last_cued)
            if found is None:
                continue
            end, score = found
            results.append(self._result(i, end, score))
            last_end = end
            last_strong = score >= 0.65
            last_cued = score >= 0.85
        return results

    def _given_len(self, text: str, g: int, strong: bool) -> int:
        """How many given-name characters follow at ``g`` (0, 1 or 2)."""
        gc = self.lex.given_chars
        c1 = text[g:g + 1]
        if not c1 or not _is_cjk(c1) or c1 in STOP_CHARS or c1 in _PLACE_CHARS or c1 in KINSHIP or (
            c1 not in gc and not strong
        ):
            return 0
        if text.startswith(TITLES, g):
            return 0  # 王老师, 向医生: surname + title, not a full name
        if c1 in _LOCATIVES and not strong:
            return 0  # 梁上有裂缝, 史上最严: a locative after a noun, not a given name
        if text.startswith(TITLES, g + 1) or text.startswith(STRONG_RIGHT, g + 1):
            return 1
        c2 = text[g + 1:g + 2]
        if not c2 or not _is_cjk(c2) or c2 in STOP_CHARS or c2 in "称讲" or (
            c2 in _PLACE_CHARS and not (c2 == "栋" and c1 not in _NUMERALS and c1 not in MEASURE_BEFORE)
        ):
            return 1  # 栋 after a given character is a name (尹国栋), after a numeral a building (三栋)
        if c2 == "栋":
            return 2
        nxt = text[g + 2:g + 3]
        common = self.lex.common_words
        boundary_after = (
            not nxt or not _is_cjk(nxt) or nxt in STOP_CHARS
            or text[g + 2:g + 4] in common or text[g + 2:g + 5] in common
        )
        if c2 in _NUMERALS and nxt in _COUNTED:
            return 1  # 华丹三人: a count follows the name
        if text.startswith(TITLES, g + 2):
            return 2 if (c2 in gc or strong) else 1  # 张淑淑女士 (not 淑女)
        own_word = text[g:g + 2] in common
        # "佟诗打电话": the next three characters form an ordinary word
        if text[g + 1:g + 4] in common and not own_word:
            return 1
        if text.startswith(RIGHT_CUES, g + 2):
            one_char_cue = not text.startswith(_LONG_RIGHT_CUES, g + 2)
            if text[g + 1:g + 3] in common and not (own_word or strong) and one_char_cue:
                return 1  # 武侠小说: a one-character cue (说, 的) completing an ordinary word
            return 2 if (c2 in gc or strong) else 1  # 岳翠平反映 (not 平反)
        # "张伟已经", "江轩拖欠": the next two characters form an ordinary word
        if text[g + 1:g + 3] in common and not own_word:
            return 1
        if c2 not in gc and not (strong and boundary_after):
            return 1
        return 2

    def _candidate(
        self, text: str, i: int, slen: int, tier_a: bool, last_end: int, last_strong: bool = False,
        last_cued: bool = False,
    ) -> tuple[int, float] | None:
        lex = self.lex
        g = i + slen
        raw = text[max(0, i - 6):i]
        before = raw.rstrip("：: 为是")
        left_strong = (
            _ends_with(raw, _STRONG_IDX) or _ends_with(before, _STRONG_IDX)
            or (before[-2:] in lex.common_words and before.endswith("员"))
        )
        left_weak = not left_strong and (_ends_with(before, _WEAK_IDX) or _ends_with(raw, _WEAK_IDX))
        left_word = left_weak and (_ends_with(before, _WORDS_IDX) or _ends_with(raw, _WORDS_IDX))
        prev = text[i - 1:i]
        # a list continues a *strongly* cued name only (联系人：张三、李四), not a guess
        listed = last_strong and last_end == i - 1 and prev in _SEPARATORS
        naming = _ends_with(raw, _NAMING_IDX) or _ends_with(before, _NAMING_IDX)
        framed = (prev in _FRAME or not prev or prev in "\n。！？；") and bool(_FRAMED_RIGHT.match(text, g + 1) or _FRAMED_RIGHT.match(text, g + 2))
        # "我姓易，易中华": a surname the writer has just declared
        declared = text.find("姓" + text[i], max(0, i - 10), i) >= 0
        strong_left = left_strong or listed or framed or declared
        strong_right_at = text.startswith(STRONG_RIGHT, g + 1) or text.startswith(STRONG_RIGHT, g + 2) or text.startswith(TITLES, g + 1) or text.startswith(TITLES, g + 2)
        glen = self._given_len(text, g, strong_left or left_weak or strong_right_at)
        if glen == 0:
            return None
        end = g + glen
        word = text[i:end]
        titled = text.startswith(TITLES, end)
        strong_right = text.startswith(STRONG_RIGHT, end)
        right_cue = text.startswith(RIGHT_CUES, end)
        after = text[end:end + 1]
        # a following CJK character that is neither a cue nor a stop char glues the
        # candidate into a longer word (王府井 → no name)
        glued_right = (
            bool(after) and _is_cjk(after) and after not in STOP_CHARS and not (titled or right_cue)
            and text[end:end + 2] not in lex.common_words and text[end:end + 3] not in lex.common_words
        )
        glued_left = bool(prev) and _is_cjk(prev) and text[i - 1:i + 1] in lex.common_words
        common = (
            word in lex.common_words
            or word in lex.nr_common_words
            or (slen == 1 and glen == 2 and text[i:i + 2] in lex.common_words)
        )
        given_frequent = text[g:end] in lex.frequent_words
        if word in self._places and not naming and not titled:
            return None  # 石家庄的…, 常州, 连云港: a city or district name, not a person
        if (
            common and slen == 1 and glen == 1 and word not in _NOT_AFTER_TITLE
            and word not in lex.frequent_words and text[i:i + 3] not in lex.common_words
            and (_ends_with(raw, _TITLE_LEFT_IDX) or _ends_with(before, _TITLE_LEFT_IDX))
            and text.startswith(_TITLE_PRED, end)
        ):
            return end, 0.85  # 主任黎明今天…, 代理律师钟声提交…: a title before an ordinary-word name
        if strong_left or titled:
            labelled = (_ends_with(raw, _LABEL_IDX) or _ends_with(before, _LABEL_IDX)) and (
                end >= len(text) or text[end] in "，,。；;、 （(\n"
            ) and word not in lex.frequent_words and text[g:end] not in lex.frequent_words
            if (word in lex.common_words and not labelled) or (glued_left and not left_strong and not listed):
                return None  # 姓名罗兰，: a form label before a whole field keeps even an ordinary word
            whole_name = word not in lex.common_words and text.startswith(_LONG_RIGHT_CUES, end)
            if (left_strong and not naming and not titled and common and not whole_name) or (
                listed and not last_cued and not left_strong and common
            ):
                return None  # role noun + ordinary word: 朋友经常…, 医生平均… (not 家属万家宝来电)
            return end, 0.85
        if _DEMOGRAPHIC_RIGHT.match(text, end) and word not in lex.common_words and not glued_left:
            return end, 0.85
        if given_frequent:
            return None  # 韦公司: the "given name" is a frequent word
        sentence_start = not prev or not _is_cjk(prev)
        stop_after = not after or not _is_cjk(after) or after in STOP_CHARS
        if (
            (right_cue or left_weak or sentence_start) and (right_cue or stop_after) and not glued_left
            and glen == 2 and text[g] == text[g + 1] != text[i] and text[g] in lex.given_chars
        ):
            # 盖丽丽的…, 甘露露说 (even when surname + first character is a word: 甘露)
            return end, 0.65
        if common and not glued_left and (sentence_start or prev in _EDGE_LEFT) and _person_predicate(text, end):
            return end, 0.65  # 文静是我女儿，她…, 方圆说她…, 跟向东说过了，他说…
        if common or glued_left:
            return None
        if strong_right:
            return end, 0.85
        if right_cue or left_weak:
            listing = text.startswith("、", end) and tier_a
            clause_start = sentence_start and right_cue and not text.startswith("的", end)
            if tier_a or (left_word and (right_cue or stop_after)) or clause_start or listing:
                return end, 0.65
            return None
        if not tier_a or slen != 1 or glued_right:
            return None
        if text.startswith(_PLACE_AFTER, end) or prev in _PLACE_VERBS:
            return None  # 王府井附近, 去王府井: a bare guess next to a place-only word
        gc = lex.given_chars
        if glen == 2 and min(gc[text[g]], gc[text[g + 1]]) >= 10 and prev not in MEASURE_BEFORE:
            return end, 0.55
        # bare one-character given name: only between clear boundaries (张伟已经到了)
        free_left = not prev or not _is_cjk(prev) or prev in STOP_CHARS
        free_right = not after or not _is_cjk(after) or after in STOP_CHARS or (
            sentence_start and text.startswith(_TIME_AFTER, end)
        )
        if (
            glen == 1 and free_left and free_right and gc[text[g]] >= 60 and prev not in MEASURE_BEFORE
            and text[g:g + 2] not in lex.common_words  # 戴起来: the given character starts a word
        ):
            return end, 0.5
        return None
