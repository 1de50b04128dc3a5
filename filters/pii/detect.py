"""PII detection: a thin engine over Presidio's recognizer registry.

Presidio's ``AnalyzerEngine`` runs an NLP pipeline and token-based context enhancement
on every call (about 5 ms for a 300-character message); Chinese has no spaces, so its
token windows do not fit anyway. ``PiiDetector`` instead:

1. skips recognizers whose cheap trigger (a digit, ``@``, a province letter…) is absent;
2. calls each registered recognizer's ``analyze`` directly (no NLP artifacts needed:
   all our recognizers are pattern or lexicon based);
3. applies context by *character* windows: a ``CONTEXT`` word within 20 characters
   before (or 8 after), within the same sentence, adds 0.35 (0.7 for recognizers that
   only report with context); a ``NEGATIVE_CONTEXT`` cue (订单号, 货号, 金额, ¥…)
   closer to the span than any positive cue subtracts 0.6; an amount/count unit right
   after a number (元, 万, 件, %) subtracts 0.6;
4. resolves overlaps: names only where no other entity is; then higher score, then the nearer positive cue (公积金账户1351… is a
   housing-fund account, not a mobile), then entity priority (``ALL_ENTITIES`` order),
   then longer span.
5. (before step 4) merges the trained name/address tagger (``tagger_merge.py``, ``models/pii_tagger.py``):
   it vetoes uncued name guesses it reads as ordinary words and adds ``PERSON`` /
   ``CN_ADDRESS`` spans where no rule detection is (``tagger=False``: rules alone).
6. (after step 4) joins address detections that touch: one written address is one span.

Pure: text in, ``Detection`` tuples out (type and offsets; values never leave here).
"""

from __future__ import annotations

import bisect
from collections.abc import Collection
from dataclasses import dataclass

from presidio_analyzer import EntityRecognizer, RecognizerRegistry, RecognizerResult

from filters.pii.recognizers import ALL_ENTITIES, PRESIDIO_TRIGGERS, build_registry
from filters.pii.tagger_merge import TaggerMerge

__all__ = ["Detection", "PiiDetector"]

CONTEXT_BEFORE = 20
CONTEXT_AFTER = 8
CONTEXT_BOOST = 0.35
#: recognizers that report only with context get it all from the cue (社保, 公积金)
REQUIRED_BOOST = 0.7
_SENTENCE_END = ("。", "！", "？", "!", "?", "\n", "；", ";")
NEGATIVE_PENALTY = 0.6
PHONE_WINDOW = 40
_UNIT_AFTER = ("元", "块", "万", "亿", "%", "％", "件", "次", "个", "年", "月", "日", "美元", "kg", "米")
_NUMERIC_TYPES = frozenset(ALL_ENTITIES) - {"PERSON", "CN_ADDRESS", "EMAIL_ADDRESS", "CN_LICENSE_PLATE"}
_PRIORITY = {t: i for i, t in enumerate(ALL_ENTITIES)}
_FULLWIDTH = {
    **{c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)},  # ０-９
    **{c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)},  # Ａ-Ｚ
    **{c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)},  # ａ-ｚ
    0xFF0B: ord("+"), 0xFF20: ord("@"), 0xFF0D: ord("-"), 0xFF0E: ord("."),
}


@dataclass(frozen=True, slots=True)
class Detection:
    """One detected span: entity type (Presidio-style upper case), offsets, score."""

    type: str
    start: int
    end: int
    score: float


class PiiDetector:
    """Immutable after construction; ``detect`` is thread-safe."""

    def __init__(
        self, entities: Collection[str] | None = None, registry: RecognizerRegistry | None = None,
        tagger: TaggerMerge | None | bool = True,
    ) -> None:
        self.registry = registry or build_registry()
        wanted = set(entities) if entities is not None else set(ALL_ENTITIES)
        self.entities = tuple(e for e in ALL_ENTITIES if e in wanted)
        self._recognizers: tuple[EntityRecognizer, ...] = tuple(
            r for r in self.registry.recognizers if any(e in wanted for e in r.supported_entities)
        )
        # the trained name/address tagger adds spans where no rule found anything
        # (``tagger_merge.py``); ``tagger=False`` gives the rules alone
        if tagger is True:
            tagger = TaggerMerge.default(wanted) if wanted & {"PERSON", "CN_ADDRESS"} else None
        self._tagger: TaggerMerge | None = tagger or None

    def detect(self, text: str, threshold: float = 0.5) -> tuple[Detection, ...]:
        if not text:
            return ()
        # full-width digits/letters (１３８…, ＥＡ…) as typed with a Chinese IME: one
        # character for one, so offsets stay valid for the original text
        text = text.translate(_FULLWIDTH)
        candidates: list[tuple[Detection, int]] = []
        for rec in self._recognizers:
            entity = rec.supported_entities[0]
            for r in self._run(rec, entity, text):
                score, cue = self._score(rec, entity, text, r)
                if score >= threshold:
                    candidates.append((Detection(entity, r.start, r.end, round(min(score, 1.0), 4)), cue))
        if self._tagger is not None:
            tg = self._tagger
            candidates = [(d, c) for d, c in candidates if tg.keep(text, d.type, d.start, d.end, d.score)]
            taken = [(d.start, d.end) for d, _ in candidates]
            candidates += [(Detection(t, s, e, c), 99) for t, s, e, c in self._tagger.extra(text, taken, threshold)]
        return _join_addresses(_resolve(candidates))

    @staticmethod
    def _run(rec: EntityRecognizer, entity: str, text: str) -> list[RecognizerResult]:
        trigger = getattr(rec, "trigger", PRESIDIO_TRIGGERS.get(entity))
        if trigger is not None and trigger.search(text) is None:
            return []
        if getattr(rec, "context_required", False):
            low = text.lower()
            if not any(w in low for w in rec.context):
                return []
        if entity != "PHONE_NUMBER":
            return list(rec.analyze(text, [entity], None))
        # phonenumbers scans the whole text per region: run it on windows only
        out: list[RecognizerResult] = []
        last = -1
        for m in PRESIDIO_TRIGGERS["PHONE_NUMBER"].finditer(text):
            if m.start() < last:
                continue
            lo, hi = max(0, m.start() - 4), min(len(text), m.end() + PHONE_WINDOW)
            last = hi
            for r in rec.analyze(text[lo:hi], [entity], None):
                r.start += lo
                r.end += lo
                out.append(r)
        return out

    @staticmethod
    def _score(rec: EntityRecognizer, entity: str, text: str, r: RecognizerResult) -> tuple[float, int]:
        """(adjusted score, distance from the nearest positive cue to the span; 99 = none)."""
        score = r.score
        before = text[max(0, r.start - CONTEXT_BEFORE):r.start].lower()
        after = text[r.end:r.end + CONTEXT_AFTER].lower()
        # context does not cross a sentence end
        before = before[max(before.rfind(c) for c in _SENTENCE_END) + 1:]
        cut = min((k for k in (after.find(c) for c in _SENTENCE_END) if k >= 0), default=len(after))
        after = after[:cut]
        pos = max((before.rfind(w) + len(w) for w in rec.context if w in before), default=-1)
        pos_after = any(w in after for w in rec.context)
        negative = getattr(rec, "negative_context", ())
        neg = max((before.rfind(w) + len(w) for w in negative if w in before), default=-1)
        required = getattr(rec, "context_required", False)
        if required and pos < 0:
            return 0.0, 99
        if pos >= 0 or pos_after:
            score += REQUIRED_BOOST if required else CONTEXT_BOOST
        if neg >= 0 and neg > pos:
            score -= NEGATIVE_PENALTY
        if entity in _NUMERIC_TYPES and after.startswith(_UNIT_AFTER):
            score -= NEGATIVE_PENALTY
        return score, (len(before) - pos if pos >= 0 else (CONTEXT_BEFORE if pos_after else 99))


def _join_addresses(found: tuple[Detection, ...]) -> tuple[Detection, ...]:
    """One written address is one span: two address detections that touch (a rule span
    and a tagger span, 福田区新洲路|新洲花园3栋) are joined."""
    out: list[Detection] = []
    for d in found:
        last = out[-1] if out else None
        if last is not None and d.type == last.type == "CN_ADDRESS" and d.start == last.end:
            out[-1] = Detection("CN_ADDRESS", last.start, d.end, max(last.score, d.score))
        else:
            out.append(d)
    return tuple(out)


def _resolve(scored: list[tuple[Detection, int]]) -> tuple[Detection, ...]:
    """Keep non-overlapping detections: best score, nearest cue, priority, length."""
    # names are placed last: a structured span (address, number) wins any overlap with one
    scored.sort(key=lambda dc: (
        dc[0].type == "PERSON", -dc[0].score, dc[1], _PRIORITY.get(dc[0].type, 99), dc[0].start - dc[0].end,
    ))
    cands = [d for d, _ in scored]
    starts: list[int] = []  # accepted spans, kept sorted and disjoint
    ends: list[int] = []
    taken: list[Detection] = []
    for d in cands:
        k = bisect.bisect_right(starts, d.start)
        if k > 0 and ends[k - 1] > d.start:
            continue
        if k < len(starts) and starts[k] < d.end:
            continue
        starts.insert(k, d.start)
        ends.insert(k, d.end)
        taken.append(d)
    taken.sort(key=lambda d: d.start)
    return tuple(taken)
