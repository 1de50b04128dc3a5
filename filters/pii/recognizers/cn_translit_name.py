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

from filters.pii.lexicon import Lexicon

__all__ = ["translit_names"]

_TRANSLIT = (
    "阿艾爱巴拜白宝贝别波布才查朝其次措达丹德迪顿多朵额恩尔法甫嘎噶格根贡古哈海罕汗合赫呼吉加嘉杰卡坎克肯"
    "库拉来兰朗勒雷力丽莉利列琳鲁伦洛玛买麦曼梅蒙米敏莫默姆木穆那纳娜乃尼妮努诺帕佩普奇琪琼钦曲热仁日"
    "如萨赛桑色森沙尚舍什斯松苏素索塔太泰坦特提图吐托娃瓦旺维乌吾西希辛逊雅亚央扬耶伊依英尤玉扎增珍孜卓"
    "宗泽珠拉姆平旦罗"
)
_RUN = re.compile(f"[{_TRANSLIT}]{{3,6}}")
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


def translit_names(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """(start, end) of dot-less transliterated names in ``text``."""
    out: list[tuple[int, int]] = []
    common = lex.common_words
    for m in _RUN.finditer(text):
        s, e = m.span()
        run = m.group()
        prev = text[s - 1:s]
        role = text[s - 2:s] in common and prev in "员人"
        if prev and _is_cjk(prev) and prev not in _EDGE_BEFORE and not role:
            continue
        nxt = text[e:e + 1]
        if nxt and _is_cjk(nxt) and nxt not in _AFTER:
            continue
        if run in common or run in lex.nr_common_words or run.endswith(_PLACE_END):
            continue
        if run[:2] in common or run[-2:] in common or run[:3] in common or run[-3:] in common:
            continue
        if any(run[k:k + 2] in lex.frequent_words for k in range(len(run) - 1)):
            continue
        tail = text[e:e + 20]
        cut = min((k for k in (tail.find(c) for c in _SENTENCE_END) if k >= 0), default=len(tail))
        if nxt in _PERSON_VERB or any(w in tail[:cut] for w in _PERSON_MATTER):
            out.append((s, e))
    return out
