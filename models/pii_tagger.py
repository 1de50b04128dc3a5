"""Character CRF tagger for Chinese person names and addresses (``PERSON``, ``CN_ADDRESS``).

A linear-chain CRF (CRFsuite through ``python-crfsuite``) over characters with BIO tags
``B-P``/``I-P`` (person) and ``B-A``/``I-A`` (address). Features of character ``i``: the
character and its neighbours (window ±2) and bigrams, character classes, surname-list
membership (tier A/B/compound), given-name character frequency bucket, address-suffix
and administrative-unit characters, cue words ending right before or starting right
after (我叫, 先生, 说, 来电…) and digits. Model card: ``models/pii_tagger.md``; training:
``models/train_pii_tagger.py``.

The feature tables (surnames, given-name characters, cue words) ship with the weights in
``models/weights/pii_tagger/tables.json``, so the model is self-contained: training
reads the word lists from ``filters/pii/data/`` as files and freezes what it used.

``PiiTagger.spans(text)`` returns ``(type, start, end, confidence)`` where confidence is
the mean marginal probability of the span's labels. CRFsuite's ``Tagger`` is not
thread-safe, so each filter thread opens its own (the model file is small); loading is
cached per process (``load_pii_tagger``).
"""

from __future__ import annotations

import functools
import json
import math
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pycrfsuite

__all__ = ["WEIGHTS_DIR", "PiiTagger", "TaggerTables", "char_features", "compact", "load_pii_tagger", "to_bio"]

WEIGHTS_DIR = Path(__file__).resolve().parent / "weights" / "pii_tagger"
LABELS = {"PERSON": "P", "CN_ADDRESS": "A"}
ENTITY = {"P": "PERSON", "A": "CN_ADDRESS"}

#: characters that end address units (路, 号, 室…) and administrative units (省, 市, 区…)
ADDRESS_SUFFIX = "路街道号栋幢座室楼层巷弄村组里坊院园苑厦场城庄屯寨湾岭坪围寓舍单元期区铺门口"
ADMIN_UNIT = "省市区县镇乡村旗州盟"
#: cue words before a name or an address (the tagger learns how much each one counts)
LEFT_CUES = (
    "我叫", "叫", "我是", "是", "姓名", "名字", "联系人", "申请人", "收件人", "户主", "经办人", "业主",
    "居民", "市民", "患者", "家属", "孩子", "女儿", "儿子", "我爸", "我妈", "老公", "老婆", "爱人", "朋友", "同事",
    "找", "问", "请", "让", "给", "和", "与", "及", "转告", "告诉", "通知", "联系", "麻烦", "那个", "这个", "这位",
    "您好", "你好", "尊敬的", "致", "投诉人", "报案人", "当事人", "被告", "原告", "主任", "经理", "老师", "同志",
    "住", "住在", "家住", "现住", "地址", "住址", "寄到", "送到", "位于", "在", "到", "从", "：", ":",
)
RIGHT_CUES = (
    "先生", "女士", "小姐", "同志", "老师", "师傅", "阿姨", "说", "讲", "的", "和", "、", "是", "在", "已经",
    "反映", "来电", "打电话", "投诉", "申请", "办理", "今年", "昨天", "明天", "今天", "家", "本人", "两", "三",
    "，男", "，女", "（", "(", "，", "。", "吗", "呢", "让", "想", "要", "也", "都", "不", "没",
    "附近", "门口", "对面", "旁边", "楼下", "一带", "的房子", "的工地", "有人", "停水", "停电",
)
_MAX_CUE = 4
_CACHE_MAX = 20000


@dataclass(frozen=True)
class TaggerTables:
    """Lookup tables behind the features (frozen with the weights)."""

    surnames_a: frozenset[str]
    surnames_b: frozenset[str]
    compound: frozenset[str]
    given: dict[str, int]  # character -> frequency bucket 1..4
    left_cues: frozenset[str]
    right_cues: frozenset[str]
    _cache: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def static(self, c: str) -> tuple[str, ...]:
        """Features of one character that do not depend on its neighbours: class, surname
        tier, given-name bucket, address-unit and administrative-unit flags (cached per
        character, up to ``_CACHE_MAX`` distinct characters)."""
        got = self._cache.get(c)
        if got is None:
            sur = "A" if c in self.surnames_a else ("B" if c in self.surnames_b else "-")
            got = (_cls(c), sur, str(self.given.get(c, 0)), "1" if c in ADDRESS_SUFFIX else "0",
                   "1" if c in ADMIN_UNIT else "0")
            if len(self._cache) < _CACHE_MAX:
                self._cache[c] = got  # a benign race: every thread writes the same value
        return got

    @classmethod
    def from_json(cls, data: dict) -> TaggerTables:
        return cls(
            surnames_a=frozenset(data["surnames_a"]), surnames_b=frozenset(data["surnames_b"]),
            compound=frozenset(data["compound"]), given={k: int(v) for k, v in data["given"].items()},
            left_cues=frozenset(data["left_cues"]), right_cues=frozenset(data["right_cues"]),
        )

    def to_json(self) -> dict:
        return {
            "surnames_a": sorted(self.surnames_a), "surnames_b": sorted(self.surnames_b),
            "compound": sorted(self.compound), "given": dict(sorted(self.given.items())),
            "left_cues": sorted(self.left_cues), "right_cues": sorted(self.right_cues),
        }

    @classmethod
    def from_word_lists(cls, surnames_tsv: str, given_tsv: str) -> TaggerTables:
        """Build from ``surnames.txt`` (surname<TAB>tier) and ``given_chars.tsv`` (char<TAB>count)."""
        rows = [ln.split("\t") for ln in surnames_tsv.splitlines() if ln and not ln.startswith("#")]
        given: dict[str, int] = {}
        for ln in given_tsv.splitlines():
            if ln and not ln.startswith("#"):
                ch, n = ln.split("\t")[:2]
                given[ch] = min(4, 1 + int(math.log10(max(1, int(n)))))
        return cls(
            surnames_a=frozenset(r[0] for r in rows if len(r[0]) == 1 and r[1].strip() == "A"),
            surnames_b=frozenset(r[0] for r in rows if len(r[0]) == 1 and r[1].strip() != "A"),
            compound=frozenset(r[0] for r in rows if len(r[0]) == 2),
            given=given, left_cues=frozenset(LEFT_CUES), right_cues=frozenset(RIGHT_CUES),
        )


def _cls(c: str) -> str:
    if "\u4e00" <= c <= "\u9fff":
        return "H"
    if c.isdigit():
        return "D"
    if c.isascii() and c.isalpha():
        return "L"
    if c.isspace():
        return "S"
    return "P"


@functools.lru_cache(maxsize=16)
def _first_chars(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w[0] for w in words)


def char_features(text: str, tables: TaggerTables) -> list[list[str]]:
    """CRFsuite item sequence (one list of string features per character)."""
    n = len(text)
    pad = "^^" + text + "$$"
    static = tables.static
    st = [static(c) for c in pad]
    left, right = tables.left_cues, tables.right_cues
    # cue words ending at each position / starting at each position
    ends_cue = [""] * (n + 1)   # ends_cue[i]: a left cue ending right before i
    starts_cue = [""] * (n + 1)  # starts_cue[i]: a right cue starting at i
    lfirst, rfirst = _first_chars(left), _first_chars(right)
    for i in range(n):
        c = text[i]
        if c in lfirst:
            for k in range(min(_MAX_CUE, n - i), 0, -1):
                if text[i:i + k] in left:
                    ends_cue[i + k] = ends_cue[i + k] or text[i:i + k]
                    break
        if c in rfirst:
            for k in range(min(_MAX_CUE, n - i), 0, -1):
                if text[i:i + k] in right:
                    starts_cue[i] = text[i:i + k]
                    break
    comp = tables.compound
    out: list[list[str]] = []
    for i in range(n):
        j = i + 2
        c0 = pad[j]
        s_m2, s_m1, s0, s_p1 = st[j - 2], st[j - 1], st[j], st[j + 1]
        f = [
            "c=" + c0, "c-1=" + pad[j - 1], "c+1=" + pad[j + 1], "c-2=" + pad[j - 2], "c+2=" + pad[j + 2],
            "b-1=" + pad[j - 1:j + 1], "b+1=" + pad[j:j + 2],
            "k=" + s_m1[0] + s0[0] + s_p1[0], "s0=" + s0[1], "s-1=" + s_m1[1], "g0=" + s0[2], "g+1=" + s_p1[2],
            "sg=" + s_m1[1] + s0[2] + s_p1[2], "sg2=" + s_m2[1] + s_m1[2] + s0[2],
            "x=" + s0[3] + s0[4] + s_p1[3] + s_p1[4],
        ]
        if pad[j:j + 2] in comp:
            f.append("cmp0")
        for o in (0, 1, 2):
            lc = ends_cue[i - o] if i - o >= 0 else ""
            if lc:
                f.append(f"lc{o}={lc}")
        for o in (1, 2, 3):
            rc = starts_cue[i + o] if i + o <= n else ""
            if rc:
                f.append(f"rc{o}={rc}")
        out.append(f)
    return out


_RUN = re.compile(r"[0-9A-Za-z@._+\\-]{6,}")


def compact(text: str) -> tuple[str, list[int]]:
    """``text`` with each run of 6+ ASCII letters/digits/``@._+-`` (identifiers, phones,
    e-mails: the rules' business) shrunk to one ``0``, and for each character of the
    result its offset in ``text`` (plus a final end offset)."""
    if _RUN.search(text) is None:
        return text, list(range(len(text) + 1))
    parts: list[str] = []
    pos: list[int] = []
    last = 0
    for m in _RUN.finditer(text):
        parts.append(text[last:m.start()])
        pos.extend(range(last, m.start()))
        parts.append("0")
        pos.append(m.start())
        last = m.end()
    parts.append(text[last:])
    pos.extend(range(last, len(text) + 1))
    return "".join(parts), pos


def to_bio(text: str, spans: Iterable[dict]) -> list[str]:
    """BIO labels for the ``PERSON`` and ``CN_ADDRESS`` spans of a row."""
    labels = ["O"] * len(text)
    for s in spans:
        lab = LABELS.get(s["type"])
        if lab is None:
            continue
        labels[s["start"]] = "B-" + lab
        for k in range(s["start"] + 1, s["end"]):
            labels[k] = "I-" + lab
    return labels


def _decode(labels: Sequence[str]) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    start, cur = -1, ""
    for i, lab in enumerate([*labels, "O"]):
        kind = lab[2:] if lab != "O" else ""
        if start >= 0 and (lab == "O" or lab.startswith("B-") or kind != cur):
            out.append((ENTITY[cur], start, i))
            start, cur = -1, ""
        if lab.startswith("B-") or (lab.startswith("I-") and start < 0):
            start, cur = i, kind
    return out


class PiiTagger:
    """A loaded CRF model plus its feature tables."""

    def __init__(self, model_path: Path, tables: TaggerTables) -> None:
        self.tables = tables
        self._path = str(model_path)
        self._local = threading.local()
        self._get()  # fail at load time, not on the first request

    def _get(self) -> pycrfsuite.Tagger:
        """This thread's ``Tagger`` (one per filter thread: a Tagger is not thread-safe)."""
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            tagger = pycrfsuite.Tagger()
            tagger.open(self._path)
            self._local.tagger = tagger
        return tagger

    @classmethod
    def load(cls, directory: Path = WEIGHTS_DIR) -> PiiTagger:
        tables = TaggerTables.from_json(json.loads((directory / "tables.json").read_text(encoding="utf-8")))
        return cls(directory / "model.crfsuite", tables)

    def spans(self, text: str) -> list[tuple[str, int, int, float]]:
        """Tagged spans in ``text`` with the mean marginal probability of their labels."""
        if not text:
            return []
        short, pos = compact(_no_surrogates(text))
        items = char_features(short, self.tables)
        tagger = self._get()
        labels = tagger.tag(items)
        found = _decode(labels)
        marg = tagger.marginal
        conf = [sum(marg(labels[k], k) for k in range(s, e)) / (e - s) for _, s, e in found]
        return [(t, pos[s], pos[e], c) for (t, s, e), c in zip(found, conf)]

    def probability(self, text: str, start: int, end: int, entity: str = "PERSON") -> float:
        """Mean marginal probability that the characters ``text[start:end]`` belong to an
        ``entity`` span (any B/I label of that type)."""
        short, pos = compact(_no_surrogates(text))
        idx = [k for k, p in enumerate(pos[:-1]) if start <= p < end]
        if not idx:
            return 0.0
        lab = LABELS[entity]
        items = char_features(short, self.tables)
        tagger = self._get()
        tagger.set(items)
        marg = tagger.marginal
        return sum(marg("B-" + lab, k) + marg("I-" + lab, k) for k in idx) / len(idx)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(text: str) -> str:
    """Lone surrogates (not encodable as UTF-8, which CRFsuite needs) become U+FFFD; same length."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


@functools.lru_cache(maxsize=1)
def load_pii_tagger() -> PiiTagger:
    """The shipped tagger (``models/weights/pii_tagger``), loaded once per process."""
    return PiiTagger.load()
