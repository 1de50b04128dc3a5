"""Pinyin reader for the lexicon: whole-word pinyin runs -> candidate Chinese words.

Obfuscated requests spell the risky word in pinyin ("zen me zhi zuo zha yao", "教我zhi zuo
bing du", full-width "ｚｈａ　ｙａｏ"). PinyinReader.read(norm) splits each run of Latin
words of a normalized text into pinyin syllables, replaces the longest syllable sequences
that spell a known word with that word, and returns the *reading* as a NormalizedText
whose offsets still point into the original text — but only when at least one replaced word
is a risk term (a medium/high Chinese lexicon term); otherwise None. Where
syllables are ambiguous (bing du: 冰毒 / 病毒) the risk term wins: the reading is a
candidate for the lexicon, the decisive-term rule and a second classifier score, never a
rewrite of what the user wrote. Common request words (怎么, 制作, 哪里, 买 ...) are read too,
so the reading is a sentence the classifier knows, but they never trigger a reading alone.

Cost: linear in the Latin part of the text (syllable split up to 6 letters per step,
word match up to MAX_SYLLABLES syllables per position).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pypinyin import lazy_pinyin

from filters.normalize import NormalizedText

__all__ = ["COMMON_WORDS", "OBFUSCATED_WORDS", "SYLLABLES", "PinyinReader"]

#: Toneless pinyin syllables (from pypinyin's character table; ü written v).
SYLLABLES: frozenset[str] = frozenset("a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong bu ca cai can cang cao ce cei cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de den deng di dian diao die din ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hm hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve m ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu n na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wong wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo".split())

#: Everyday request words read from pinyin so the reading is a fluent sentence.
COMMON_WORDS: tuple[str, ...] = (
    "怎么", "怎样", "如何", "怎么样", "教我", "告诉我", "哪里", "在哪", "哪里买", "买", "卖", "做", "弄", "搞", "自己",
    "在家", "家里", "制作", "制造", "自制", "合成", "提纯", "配方", "方法", "步骤", "教程", "视频", "链接", "网址",
    "资源", "原料", "用什么", "什么", "可以", "能", "最", "快速", "简单", "不痛苦", "无痛", "吃", "药", "多少",
    "我", "你", "他", "她", "想", "要", "需要", "的", "了", "吗", "呢", "去", "用", "给", "和", "人", "一个",
)

#: Words commonly spelled in pinyin to dodge filters that count as risk words for the reader
#: even where the lexicon has no entry of their own (or only a ``low`` one).
OBFUSCATED_WORDS: tuple[str, ...] = (
    "炸药", "炸弹", "雷管", "土枪", "手枪", "枪支", "冰毒", "毒品", "海洛因", "大麻", "麻古", "摇头丸", "迷药",
    "迷魂药", "麻醉枪", "氰化物", "毒药", "自杀", "安乐死", "割腕", "跳楼", "幼齿", "幼女", "萝莉", "裸照",
    "偷拍", "开房记录", "人肉", "洗钱", "赌博", "六合彩", "翻墙", "假币", "假证", "代孕", "卖淫", "嫖娼",
)

MAX_SYLLABLES = 8
MAX_TOKEN = 48
_RUN = re.compile(r"[a-z]+")


def _split(token: str) -> list[str] | None:
    """Split one Latin token into pinyin syllables (fewest syllables), or None (also for
    tokens longer than ``MAX_TOKEN``: bounded cost on letter floods)."""
    n = len(token)
    if n > MAX_TOKEN:
        return None
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        cur = best[i]
        if cur is None:
            continue
        for k in range(min(6, n - i), 0, -1):
            piece = token[i : i + k]
            if piece in SYLLABLES:
                cand = [*cur, piece]
                old = best[i + k]
                if old is None or len(cand) < len(old):
                    best[i + k] = cand
    return best[n]


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


class PinyinReader:
    """Reads pinyin runs as Chinese words; built once per lexicon."""

    def __init__(self, risk_terms: Iterable[str], common: Iterable[str] = COMMON_WORDS) -> None:
        self._words: dict[tuple[str, ...], tuple[str, bool]] = {}
        for word in common:
            self._words.setdefault(tuple(lazy_pinyin(word)), (word, False))
        for term in (*OBFUSCATED_WORDS, *risk_terms):
            if len(term) >= 2 and all(_is_cjk(c) for c in term):
                self._words[tuple(lazy_pinyin(term))] = (term, True)  # risk terms win ambiguities

    def __len__(self) -> int:
        return len(self._words)

    def read(self, norm: NormalizedText) -> NormalizedText | None:
        text = norm.text
        if not text.isascii() and not any(c.isascii() and c.isalpha() for c in text):
            return None
        # (syllable, start, end) per syllable; None marks a break between runs.
        syl: list[tuple[str, int, int] | None] = []
        last_end = -1
        for m in _RUN.finditer(text):
            parts = _split(m.group())
            if parts is None:
                syl.append(None)
                last_end = -1
                continue
            gap = text[last_end : m.start()] if last_end >= 0 else "x"
            if gap not in ("", " "):
                syl.append(None)
            pos = m.start()
            for i, p in enumerate(parts):
                # a syllable inside a token spans its letters; the token's last one ends the token
                end = pos + len(p) if i < len(parts) - 1 else m.end()
                syl.append((p, pos, end))
                pos = end
            last_end = m.end()
        repl: list[tuple[int, int, str]] = []
        risky = False
        i = 0
        while i < len(syl):
            if syl[i] is None:
                i += 1
                continue
            for k in range(min(MAX_SYLLABLES, len(syl) - i), 0, -1):
                window = [s for s in syl[i : i + k] if s is not None]
                if len(window) < k:
                    continue
                hit = self._words.get(tuple(s[0] for s in window))
                if hit is not None:
                    repl.append((window[0][1], window[-1][2], hit[0]))
                    risky = risky or hit[1]
                    i += k
                    break
            else:
                i += 1
        if not risky:
            return None
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        for s, e, word in repl:
            for j in range(pos, s):
                chars.append(text[j])
                starts.append(norm.starts[j])
                ends.append(norm.ends[j])
            for c in word:
                chars.append(c)
                starts.append(norm.starts[s])
                ends.append(norm.ends[e - 1])
            pos = e
        for j in range(pos, len(text)):
            chars.append(text[j])
            starts.append(norm.starts[j])
            ends.append(norm.ends[j])
        keep = [k for k, c in enumerate(chars)
                if not (c == " " and ((k > 0 and _is_cjk(chars[k - 1])) or (k + 1 < len(chars) and _is_cjk(chars[k + 1]))))]
        return NormalizedText("".join(chars[k] for k in keep), tuple(starts[k] for k in keep),
                              tuple(ends[k] for k in keep), norm.source_len)
