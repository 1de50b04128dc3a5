"""Merge the trained name/address tagger (``models/pii_tagger.py``) into the rule detections.

The rules (``recognizers/cn_person_name.py``, ``cn_address.py``) stay first: the tagger
only *adds* a ``PERSON`` or ``CN_ADDRESS`` span where no rule detection of any type
overlaps it, and only when its guards pass:

* the tagger's confidence (mean marginal probability of the span's labels) is at least
  ``min_conf`` for that type;
* a person span is 2-5 Chinese characters (a middle dot allowed), not a known province,
  city or district, and an ordinary word (高兴, 文明) only at confidence >= ``WORD_MIN_CONF``;
* an address span is at least 6 characters, holds an address-unit character other than 号 and is not
  a chain of administrative names only (广州市天河区 is a place).

An added address span is grown like a rule span (``CnAddressRecognizer.extend_span``):
trailing position words (附近, 旁边, 门口, 的) off, further units (铺位, 301, 之一) and the
administrative names or junction phrase written before it on.

It also *vetoes* a rule name with no cue at all (score <= ``VETO_MAX_SCORE``: a bare
surname + given-name guess) when the tagger gives it a name probability below
``VETO_BELOW`` in its sentence (钱少了一百块). Thresholds were chosen on the tagger's
selection set, the odd half of the hand-written set and clean COLD dev texts (model card).

Latency: the tagger runs sentence by sentence (split at 。！？；, newlines, and at
commas beyond ``MAX_SEGMENT`` characters), and inside a sentence only on windows around
*trigger* characters: a surname character (either tier, or the first character of a
compound surname), or an address-unit character (路, 号, 市, 区…), and on the first
``WINDOW_AFTER`` characters of each sentence (round 4: names without a surname character
open sentences: 次仁说…, 冬梅，你…). Text far from any trigger is never tagged.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from filters.pii.lexicon import load_lexicon
from filters.pii.recognizers.cn_address import CnAddressRecognizer
from filters.pii.recognizers.cn_translit_name import NOT_NAMES
from models.pii_tagger import ADDRESS_SUFFIX, PiiTagger, load_pii_tagger

__all__ = ["TaggerMerge"]

MAX_SEGMENT = 160
#: a trigger at ``p`` opens the window ``[p - WINDOW_BEFORE, p + WINDOW_AFTER)``; windows
#: closer than ``WINDOW_GAP`` characters are merged
WINDOW_BEFORE = 5
WINDOW_AFTER = 8
WINDOW_GAP = 3
#: also tag the first ``WINDOW_AFTER`` characters of every sentence (names without a surname)
SENTENCE_START = True
#: rule names at or below this score are bare guesses the tagger may veto
VETO_MAX_SCORE = 0.5
VETO_BELOW = 0.2
VETO_CONTEXT = 12
#: a tagged name that is an ordinary word needs at least this confidence
WORD_MIN_CONF = 0.95
_ADDRESS_TRIGGERS = frozenset("路街道号栋幢座室楼层巷弄村组省市区县镇乡")
_SENTENCE_END = frozenset("。！？；!?;\n")
_PERSON_CHARS_EXTRA = frozenset("·•・")
#: a chain of administrative names only (广州市天河区): a place, not an address
_ADMIN_ONLY = re.compile(r"(?:[\u4e00-\u9fff]{1,7}?(?:省|自治区|特别行政区|市|区|县|旗|州|盟|镇|乡|街道))+")


def _has_cjk(s: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in s)


def _is_word(value: str) -> bool:
    lex = load_lexicon()
    return value in lex.common_words or value in lex.nr_common_words or value in lex.frequent_words


def _segments(text: str) -> list[tuple[int, int]]:
    """Sentence spans, long sentences cut again at commas."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for i, c in enumerate(text):
        if c in _SENTENCE_END or i == n - 1:
            end = i + 1
            while end - start > MAX_SEGMENT:
                cut = max(text.rfind("，", start, start + MAX_SEGMENT), text.rfind(",", start, start + MAX_SEGMENT))
                cut = cut + 1 if cut > start else start + MAX_SEGMENT
                out.append((start, cut))
                start = cut
            if end > start:
                out.append((start, end))
            start = end
    return out


@dataclass(frozen=True)
class TaggerMerge:
    """Immutable merge policy around a loaded tagger."""

    tagger: PiiTagger
    entities: frozenset[str]
    min_conf: dict[str, float] = field(default_factory=lambda: {"PERSON": 0.85, "CN_ADDRESS": 0.85})
    triggers: frozenset[str] = frozenset()
    #: grows an added address span to the full unit chain (``CnAddressRecognizer.extend_span``)
    address: CnAddressRecognizer | None = None

    def __post_init__(self) -> None:
        if not self.triggers:
            lex = load_lexicon()
            chars = lex.surnames_a | lex.surnames_b | {s[0] for s in lex.compound_surnames} | _ADDRESS_TRIGGERS
            object.__setattr__(self, "triggers", frozenset(chars))
        if self.address is None and "CN_ADDRESS" in self.entities:
            object.__setattr__(self, "address", CnAddressRecognizer())

    def _windows(self, text: str, lo: int, hi: int, covered: bytearray) -> list[tuple[int, int, bool, bool]]:
        """Merged trigger windows in ``text[lo:hi]``: (start, end, start is a cut, end is a cut).

        A trigger inside a rule detection opens no window (a tagger span there would be
        dropped anyway)."""
        out: list[tuple[int, int]] = []
        trig = self.triggers
        # a name opening the sentence may have no surname character (次仁说…, 冬梅，你…)
        if SENTENCE_START and not covered[lo] and _has_cjk(text[lo:lo + 2]):
            out.append((lo, min(hi, lo + WINDOW_AFTER)))
        for p in range(lo, hi):
            if text[p] in trig and not covered[p]:
                a, b = max(lo, p - WINDOW_BEFORE), min(hi, p + WINDOW_AFTER)
                if out and a <= out[-1][1] + WINDOW_GAP:
                    out[-1] = (out[-1][0], b)
                else:
                    out.append((a, b))
        return [(a, b, a > lo, b < hi) for a, b in out]

    @classmethod
    def default(cls, entities: Collection[str]) -> TaggerMerge:
        return cls(load_pii_tagger(), frozenset(entities) & {"PERSON", "CN_ADDRESS"})

    def extra(
        self, text: str, taken: Sequence[tuple[int, int]], threshold: float
    ) -> list[tuple[str, int, int, float]]:
        """Tagger spans ``(type, start, end, score)`` that no span in ``taken`` overlaps."""
        if not _has_cjk(text):
            return []
        out: list[tuple[str, int, int, float]] = []
        covered = bytearray(len(text))
        for ts, te in taken:
            covered[ts:te] = b"\x01" * (te - ts)
        windows = [
            w for lo, hi in _segments(text) if _has_cjk(text[lo:hi]) for w in self._windows(text, lo, hi, covered)
        ]
        for lo, hi, cut_lo, cut_hi in windows:
            for typ, s, e, conf in self.tagger.spans(text[lo:hi]):
                # a span running into a window's cut may be truncated: not reported
                if (s == 0 and cut_lo) or (e == hi - lo and cut_hi):
                    continue
                s += lo
                e += lo
                if typ not in self.entities or conf < max(self.min_conf[typ], threshold):
                    continue
                if any(ts < e and s < te for ts, te in taken):
                    continue
                if typ == "CN_ADDRESS" and self.address is not None:
                    s2, e2 = self.address.extend_span(text, s, e)
                    if not any(ts < e2 and s2 < te for ts, te in taken):
                        s, e = s2, e2
                if not self._plausible(typ, text[s:e]):
                    continue
                if typ == "PERSON" and conf < WORD_MIN_CONF and _is_word(text[s:e]):
                    continue  # an ordinary word (高兴, 文明) needs a near-certain tagger
                out.append((typ, s, e, round(min(conf, 1.0), 4)))
        return out

    def keep(self, text: str, entity: str, start: int, end: int, score: float) -> bool:
        """Whether a rule detection stands: a bare-guess name (score <= ``VETO_MAX_SCORE``)
        is dropped when the tagger, reading its sentence, gives it a name probability
        below ``VETO_BELOW``."""
        if entity != "PERSON" or score > VETO_MAX_SCORE or "PERSON" not in self.entities:
            return True
        lo = max(0, start - VETO_CONTEXT)
        hi = min(len(text), end + VETO_CONTEXT)
        for a, b in _segments(text[lo:hi]):
            if a <= start - lo < b:
                lo, hi = lo + a, lo + b
                break
        return self.tagger.probability(text[lo:hi], start - lo, end - lo) >= VETO_BELOW

    @staticmethod
    def _plausible(typ: str, value: str) -> bool:
        if typ == "PERSON":
            if not 2 <= len(value) <= 5 or not all("\u4e00" <= c <= "\u9fff" or c in _PERSON_CHARS_EXTRA for c in value):
                return False
            lex = load_lexicon()
            return value not in lex.cities and value not in lex.districts and value not in lex.provinces \
                and value not in NOT_NAMES  # 扎西德勒 is a greeting
        # a unit besides 号: "第13号问题第13号" (ordinals, article and case numbers) is no address
        return len(value) >= 6 and any(c in ADDRESS_SUFFIX and c != "号" for c in value) \
            and not _ADMIN_ONLY.fullmatch(value)
