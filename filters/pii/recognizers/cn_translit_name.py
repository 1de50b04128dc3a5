"""Transliterated minority and foreign names written without a middle dot, for
``CnPersonNameRecognizer`` (阿依古丽的…, 买买提艾力在…, 格桑梅朵想…, 巴特尔是…).

Uyghur, Kazakh, Tibetan and Mongolian names written in Chinese characters use a small
set of phonetic characters (阿 依 古 丽 买 提 艾 力 格 桑 扎 西 顿 珠 巴 特 尔 其…; written
for this project from general knowledge, no list copied). A run of 3-6 such characters
is reported (score 0.7) when it

* stands at a clause edge (text start, after punctuation or a particle, or after a role
  noun ending in 员/人: 退休人员其其格),
* is followed by a particle, a verb that follows a subject (的, 是, 说, 想, 在…), punctuation
  or the text end,
* is not an ordinary word and holds no ordinary 2-character word at its start or end
  (马拉松, 巴西的 are not names), and does not end like a place (…亚, …斯坦, …国, …州),
* and something in the same sentence says it is a person: a verb only people do right
  after it (想, 说, 问…), or within a few characters a he/she pronoun or a personal
  matter (身份证, 护照, 驾照, 医保, 社保, 孩子, 工资…). 布拉格的建筑, 特斯拉又降价了 and
  拉布拉多、贵宾 are not names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from filters.pii.lexicon import Lexicon

__all__ = ["NOT_NAMES", "translit_names"]

_TRANSLIT = (
    "阿艾爱巴拜白宝贝别波布才查朝其次措达丹德迪顿多朵额恩尔法甫嘎噶格根贡古哈海罕汗合赫呼吉加嘉杰卡坎克肯"
    "库拉来兰朗勒雷力丽莉利列琳鲁伦洛玛买麦曼梅蒙米敏莫默姆木穆那纳娜乃尼妮努诺帕佩普奇琪琼钦曲热仁日"
    "如萨赛桑色森沙尚舍什斯松苏素索塔太泰坦特提图吐托娃瓦旺维乌吾西希辛逊雅亚央扬耶伊依英尤玉扎增珍孜卓"
    "宗泽珠拉姆平旦罗江卜杜堆里"
)
_RUN = re.compile(f"(?:阿不都|[{_TRANSLIT}]){{2,6}}")
#: greetings and words written with the same characters (扎西德勒 "good luck")
NOT_NAMES = frozenset(("扎西德勒", "亚克西", "巴扎", "卡拉", "阿拉"))
#: time words after which a clause starts (昨天下午扎西多吉来…, 周二艾山江)
_TIME_BEFORE = ("上午", "下午", "晚上", "昨天", "今天", "明天", "刚才", "周一", "周二", "周三", "周四", "周五", "周六", "周日")
#: titles right after a name (努尔兰别克警官)
_TITLE_AFTER = ("警官", "先生", "女士", "同志", "老师", "医生", "师傅", "大叔", "大姐", "阿姨")
#: what may follow a name: particles, subject verbs, punctuation
_AFTER = frozenset("的是在和说想要去来已也都就还把被给让向对跟与及等讲问打办找拿带交申报今明昨刚")
_PLACE_END = ("亚", "斯坦", "国", "州", "岛", "山", "湖", "河", "城", "港", "尔斯", "拉克", "西亚")
_EDGE_BEFORE = frozenset("的是和与及跟找叫让给帮请问把被由对向")
_PERSON_VERB = frozenset("想说问找办带交")
_PERSON_MATTER = (
    "他", "她", "身份证", "护照", "驾照", "驾驶证", "居住证", "签证", "户口", "医保", "社保", "公积金", "养老金",
    "低保", "孩子", "儿子", "女儿", "丈夫", "妻子", "老公", "老婆", "父亲", "母亲", "工资", "电话", "手机", "先生",
    "女士", "同志", "报名", "入职", "退休", "学籍", "出生", "新生儿", "结婚", "离婚", "住院", "病历",
)
_SENTENCE_END = "。！？!?\n"


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def translit_names(
    text: str, lex: Lexicon, cued: Callable[[int], bool] | None = None
) -> list[tuple[int, int]]:
    """(start, end) of dot-less transliterated names in ``text``.

    ``cued(s)`` says that a naming cue or role noun ends right before ``s`` (房东是, 丈夫,
    志愿者, 通知): such a run needs no other person evidence, may follow a character that is
    not a particle, may be two characters long when punctuation or a particle follows
    (陪同人员：格日勒、旦增), and may precede 不/没 (妈妈卓玛不会…)."""
    out: list[tuple[int, int]] = []
    for m in _RUN.finditer(text):
        s, e = m.span()
        prev = text[s - 1:s]
        listed = prev == "、" and bool(out) and out[-1][1] == s - 1
        is_cued = listed or (cued is not None and cued(s))
        # a run may have swallowed a following particle or verb (扎西多吉来…): try it without
        ends = (e, e - 1) if text[e - 1] in _AFTER and e - 1 - s >= 2 else (e,)
        for end in ends:
            if _accept(text, s, end, lex, is_cued):
                out.append((s, end))
                break
    return out


def _accept(text: str, s: int, e: int, lex: Lexicon, is_cued: bool) -> bool:
    common = lex.common_words
    run = text[s:e]
    prev = text[s - 1:s]
    role = text[s - 2:s] in common and prev in "员人"
    if prev and _is_cjk(prev) and prev not in _EDGE_BEFORE and not role and not is_cued and not text.endswith(
        _TIME_BEFORE, 0, s
    ):
        return False
    nxt = text[e:e + 1]
    titled = text.startswith(_TITLE_AFTER, e)
    if nxt and _is_cjk(nxt) and nxt not in _AFTER and not titled and not (is_cued and nxt in "不没"):
        return False
    if len(run) == 2 and not (is_cued and (not nxt or not _is_cjk(nxt) or nxt in "的是说")):
        return False
    if run in common or run in lex.nr_common_words or run.endswith(_PLACE_END) or run in NOT_NAMES:
        return False
    if any(run[k:k + 2] in lex.frequent_words for k in range(len(run) - 1)):
        return False
    if is_cued or titled:
        return not (len(run) > 2 and run[:2] in common)
    if run[:2] in common or run[-2:] in common or run[:3] in common or run[-3:] in common:
        return False
    tail = text[e:e + 20]
    cut = min((k for k in (tail.find(c) for c in _SENTENCE_END) if k >= 0), default=len(tail))
    return nxt in _PERSON_VERB or any(w in tail[:cut] for w in _PERSON_MATTER)
