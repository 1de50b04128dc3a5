"""Pure injection / jailbreak detector: normalize -> decode -> rules -> classifier -> fuse.

``InjectionDetector.scan_text`` looks at one text; ``scan_window`` looks at a
conversation window (list of ``(message_index, role, content)``) and also catches
payloads split across several user turns. Results are ``Hit`` records with a
category (``injection``, ``jailbreak``, ``prompt_leak``, ``robot_command``), a stable
reason code, a score in [0, 1] and offsets into the original message content.
No I/O, no logging of text.

Fusion: a rule or cue of weight >= ``STRONG`` decides alone (the classifier is then
skipped); a weaker one needs classifier probability >= ``low_threshold``; the
classifier alone decides at ``threshold``. When nothing decided and the classifier is
uncertain, the optional semantic stage (``semantic.py``: e5 encoder + logistic head)
has the last word (``jailbreak.semantic``), except on texts that talk about attacks (a
discussion marker or an exam / quiz framing, round 5). A hit next to a discussion marker or
inside quotes that the text talks *about* (security-class questions, "phrases like
'…'") is capped at ``DISCUSSION_CAP`` and then needs ``MENTION_PROB``, so the
classifier has the last word on look-alikes that quote attacks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from filters.injection._norm import normalize
from filters.injection.classifier import CharNgramModel
from filters.injection.cues import cue_hits
from filters.injection.decode import decoded_variants
from filters.injection.patterns import ROBOT_RULES, RULES, STRONG, Rule
from filters.injection.semantic import SemanticStage

__all__ = ["Hit", "InjectionDetector", "prepare", "MAX_SCAN_CHARS", "REGEX_TIMEOUT_S"]

MAX_SCAN_CHARS = 20_000
REGEX_TIMEOUT_S = 0.05
DISCUSSION_CAP = 0.45
#: Classifier probability a capped (discussed / quoted) rule hit needs to count.
MENTION_PROB = 0.85
#: A discussion marker caps only rule hits within this many characters of it.
TALK_WINDOW = 40
#: Classifier threshold when a text is a plain role-play set-up and no rule fired.
ROLEPLAY_THRESHOLD = 0.97
#: Classifier threshold when a text is mostly structured data (JSON, tool-call lines,
#: identifiers) and no rule fired: the character n-gram model has seen quotes, colons
#: and "delete"/"system" tokens mostly inside attack templates, so JSON-looking
#: strings score high without saying anything. Instructions hidden inside JSON string
#: values are still seen by the rules, which this threshold does not affect.
STRUCTURED_THRESHOLD = 0.99
#: A text with fewer distinct letters, digits and CJK characters than this is too terse
#: for the classifier alone: with a handful of n-grams, one of them (``第6``) decides the
#: score ("第6号问题第6号问题第6号问题" scored 0.85). Such a text then needs
#: ``ROLEPLAY_THRESHOLD`` and never reaches the semantic stage; rules still apply.
TERSE_DISTINCT = 10
#: At most this many natural-language words (a CJK character counts as half a word)
#: may remain once structure is removed for a text to count as structured data.
STRUCTURED_MAX_WORDS = 8

_ROLEPLAY = regex.compile(
    r"i\W+want\W+you\W+to\W+act\W+(?:as|like)|act\W+as\W+(?:a|an|my)\W|pretend\W+(?:you\W+are|to\W+be)\W+(?:a|an|my)\W|"
    r"(?:assume|take\W+on|adopt|play|embrace|step\W+into|immerse\W+yourself\W+(?:fully\W+)?in)\W+(?:\w+\W+){0,2}(?:role|persona|part)|"
    r"(?:function|serve|serving|work)\W+as\W+(?:a|an|my)\W|your\W+role\W+(?:as|is)|(?:assistance|cooperation|help|expertise)\W+as\W+(?:a|an|my)\W|"
    r"(?:a|the)\W+role\W+(?:as|of)\W|persona\W+of\W|portray(?:al|ing)?\W+(?:as|of)?|inner\W+\w+|"
    r"(?:请|请你)?(?:扮演|充当|担任|假装你是|模拟)(?:一位|一名|一个|我的)?|我希望你(?:充当|扮演)|你现在(?:的身份)?是(?:一位|一名)|以[^，。]{1,12}的(?:身份|口吻|角色)",
    regex.IGNORECASE,
)

_DISCUSSION = regex.compile(
    r"什么是|是什么意思|怎么回事|什么原理|的原理|如何防|怎么防|如何(?:检测|识别|防御|应对)|防范|防御|防护|安全培训|安全课|课程|论文|研究一下|举例说明.{0,6}(?:攻击|风险)|"
    r"有哪些(?:风险|危害)|带来(?:哪些|什么)(?:风险|危害)|"
    r"what\W+(?:is|are|was|were)\W+(?:a\W+|an\W+|the\W+)?(?:prompt\W+injection|jailbreak|dan)|how\W+(?:do|can|to|should)\W+(?:i\W+|we\W+|you\W+)?(?:defend|prevent|detect|protect|mitigate)|"
    r"security\W+(?:class|course|training)|explain\W+(?:what|why)\W+(?:a\W+|an\W+)?(?:prompt|jailbreak|injection|dan)|why\W+did\W+.{0,40}work|"
    r"如何防止|怎么防止|防止|所谓|会不会被|被这样骗|新闻|论文|作业|培训|提醒|不要在|之类|这类|这种攻击|攻击者|攻击语句|例如|比如|为什么.{0,20}(?:越狱|注入|攻击|有效|会让)|"
    r"thesis|homework|report|attackers?|so-called|such\W+as|phrases?\W+like|things\W+like|reminder|how\W+do\W+we\W+stop|how\W+to\W+stop|why\W+(?:did|do|does)\W+the|"
    r"why\W+(?:does|do|did|would)\W+(?:telling|asking|getting)|tricked\W+into|test\W+whether|为什么有人让|从原理上|原理上讲|"
    r"博主|视频里|网上有人|有人晒|网友|i\W+saw\W+a\W+(?:video|post|clip)|a\W+news\W+(?:piece|story|article|report)",
    regex.IGNORECASE,
)

#: An exam, quiz or test-question framing near the start of a text: the whole text is *about* attacks
#: (its options describe them), so every rule hit in it counts as discussed (round 5).
_EXAM = regex.compile(
    r"(?:单选|多选|判断|选择|简答|填空|论述|考试|复习|考核|测验|思考|练习)题|下列哪|以下哪|哪一项|哪几项|"
    r"\b(?:quiz|exam(?:ination)?|test|revision|multiple[\s-]choice|true\W+or\W+false|short\W+answer|training\W+check)(?:\s+(?:question|q\d*))?\s*[:：]|"
    r"which\W+of\W+(?:these|the\W+following)\W+(?:is|are|would|best)",
    regex.IGNORECASE,
)


# Structure: JSON keys, brackets, identifiers with "_" / "." / "-" inside, numbers,
# punctuation runs. Prose inside JSON string values is *not* removed, so a JSON
# document carrying sentences does not count as structured.
_STRUCT = regex.compile(
    r"\"[\w.-]{1,40}\"\s*:|[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)+|\d+(?:\.\d+)?|[{}\[\]()|;:,=<>/\\\"'`#*&%$@!?+~^-]+"
)
_WORD = regex.compile(r"[A-Za-z]{2,}|[\u3400-\u9fff]")


def _structured(text: str) -> bool:
    """True when ``text`` (original, not normalized) is mostly structured data, e.g. tool calls."""
    if len(text) > 2000 or not regex.search(r"[{\[|]", text):
        return False
    rest = _STRUCT.sub(" ", text, timeout=REGEX_TIMEOUT_S)
    words = 0.0
    for m in _WORD.finditer(rest, timeout=REGEX_TIMEOUT_S):
        words += 0.5 if len(m.group()) == 1 and m.group() > "\u3000" else 1.0
        if words > STRUCTURED_MAX_WORDS:
            return False
    return True


@dataclass(frozen=True, slots=True)
class Hit:
    category: str
    reason: str
    score: float
    message_index: int
    start: int
    end: int
    via: str  # "rule", "classifier", "decoded:<kind>", "window"


_CJK = regex.compile(r"[\u3400-\u9fff]")
_LATIN = regex.compile(r"[a-z]{2}")
_QUOTES = {"“": "”", "\"": "\"", "「": "」", "『": "』", "‘": "’", "'": "'"}


_FOLLOW = regex.compile(r"照做|执行|照着做|按(?:它|这|上面)?(?:说的)?做|遵照|do\W+(?:it|as\W+it\W+says|what\W+it\W+says)|follow\W+it|obey|execute", regex.IGNORECASE)


def _quoted_mention(text: str, start: int, end: int) -> bool:
    """True when [start, end) lies inside quotes that the rest of the text talks *about*.

    The rest must ask a question or carry a discussion / mention frame (例如, 攻击者,
    "phrases like"…) and must not tell the assistant to follow the quoted text.
    """
    left = text[max(0, start - 60) : start]
    for op, cl in _QUOTES.items():
        i = left.rfind(op)
        if i >= 0 and cl not in left[i + 1 :] and cl in text[end : end + 60]:
            rest = text[: start - len(left) + i] + text[end:]
            if _FOLLOW.search(rest, timeout=REGEX_TIMEOUT_S):
                return False
            return "?" in rest or "？" in rest or bool(_DISCUSSION.search(rest, timeout=REGEX_TIMEOUT_S))
    return False


def _near_talk(talk: list[tuple[int, int]], start: int, end: int) -> bool:
    """A discussion marker (什么是, 如何防范, "phrases like"…) within ``TALK_WINDOW`` chars of the hit."""
    return any(ts - TALK_WINDOW <= end and start <= te + TALK_WINDOW for ts, te in talk)


def prepare(text: str) -> str:
    """The classifier's input: normalized text, capped at ``MAX_SCAN_CHARS``."""
    return normalize(text[:MAX_SCAN_CHARS]).text


class InjectionDetector:
    """Stateless after construction; safe to share between threads."""

    def __init__(self, model: CharNgramModel | None, threshold: float | None = None,
                 low_threshold: float = 0.3, semantic: SemanticStage | None = None) -> None:
        self.model = model
        self.threshold = threshold if threshold is not None else (model.threshold if model else 1.1)
        self.low_threshold = low_threshold
        #: Gated semantic stage (round 4): asked only when nothing decided and the classifier is uncertain.
        self.semantic = semantic

    # -- single text -----------------------------------------------------------
    def _rule_hits(self, text: str, rules: Sequence[Rule], cap: float) -> list[tuple[Rule, float, int, int]]:
        out = []
        has_cjk = _CJK.search(text) is not None
        has_latin = _LATIN.search(text) is not None
        for rule in rules:
            if not rule.applies(text):
                continue
            if (rule.name.endswith("_zh") and not has_cjk) or (rule.name.endswith("_en") and not has_latin):
                continue
            try:
                m = rule.pattern.search(text, timeout=REGEX_TIMEOUT_S)
            except TimeoutError:
                # a pathological input: count it as a weak signal, never as "safe"
                out.append((rule, 0.5, 0, min(len(text), 1)))
                continue
            if m is not None:
                w = rule.weight if rule.category == "robot_command" else min(rule.weight, cap)
                out.append((rule, w, m.start(), m.end()))
        return out

    def scan_text(self, text: str, message_index: int = -1, *, untrusted: bool = False,
                  robot_rules: bool = True) -> list[Hit]:
        """Hits for one message (empty list: nothing found). ``untrusted``: tool/document content."""
        norm = normalize(text[:MAX_SCAN_CHARS])
        t = norm.text
        talk = [] if untrusted else [m.span() for m in _DISCUSSION.finditer(t, timeout=REGEX_TIMEOUT_S)][:32]
        if not untrusted and _EXAM.search(t[:160], timeout=REGEX_TIMEOUT_S):
            talk.append((0, len(t)))
        rules = RULES + ROBOT_RULES if (robot_rules and not untrusted) else RULES
        roleplay = bool(_ROLEPLAY.search(t[:400], timeout=REGEX_TIMEOUT_S))
        try:
            structured = _structured(text)
        except TimeoutError:
            structured = False
        raw: list[Hit] = []
        found = [(r.category, r.reason, w, s, e) for r, w, s, e in self._rule_hits(t, rules, 1.0)]
        try:
            found += cue_hits(t)
        except TimeoutError:
            found.append(("injection", "injection.override", 0.5, 0, min(len(t), 1)))
        for cat, reason, w, s, e in found:
            if cat != "robot_command" and (_near_talk(talk, s, e) or _quoted_mention(t, s, e)):
                w = min(w, DISCUSSION_CAP)
            os_, oe = norm.to_original(s, e)
            if untrusted and cat != "robot_command":
                cat, reason = "injection", "injection.indirect"
            raw.append(Hit(cat, reason, w, message_index, os_, oe, "rule"))
        variants = [(v, normalize(v.text[:MAX_SCAN_CHARS]).text) for v in decoded_variants(text)]
        for var, vt in variants:
            for rule, w, _s, _e in self._rule_hits(vt, RULES, 1.0):
                reason = "injection.encoded" if not untrusted else "injection.indirect"
                cat = "injection" if untrusted else rule.category
                raw.append(Hit(cat, reason, max(w, 0.9), message_index, var.start, var.end, f"decoded:{var.kind}"))
        prob, ws, we = (0.0, 0, 0)
        if self.model is not None and not any(h.score >= STRONG for h in raw):
            # the classifier runs only when no rule has decided already
            prob, ws, we = self.model.score(t)
            ws, we = norm.to_original(ws, we) if we > ws else (0, len(text))
            for var, vt in variants:
                p, _, _ = self.model.score(vt)
                if p > prob:
                    prob, ws, we = p, var.start, var.end
        terse = len({c for c in t if c.isalnum()}) < TERSE_DISTINCT
        hits = self._fuse(raw, prob, ws, we, message_index, untrusted, roleplay, structured, terse)
        sem = self.semantic
        if (not hits and sem is not None and not talk and not terse
                and self._gate(sem.head.gate_low, raw, prob, roleplay, structured)):
            p_sem = sem.score(text)
            if p_sem >= sem.head.threshold:
                cat, reason = ("injection", "injection.indirect") if untrusted else ("jailbreak", "jailbreak.semantic")
                hits.append(Hit(cat, reason, p_sem, message_index, 0, len(text), "semantic"))
        return hits

    def gate_open(self, text: str, untrusted: bool = False) -> bool:
        """Whether ``text`` would reach the semantic stage (for measurements; scans the text once)."""
        if self.semantic is None:
            return False
        gate = _GateProbe(self.semantic)
        probe = InjectionDetector(self.model, self.threshold, self.low_threshold, gate)  # type: ignore[arg-type]
        probe.scan_text(text, untrusted=untrusted)
        return gate.asked

    def _gate(self, gate_low: float, raw: list[Hit], prob: float, roleplay: bool, structured: bool) -> bool:
        """The semantic stage runs when no rule decided, no hit is a discussed / quoted mention, the text
        is not a role-play set-up (e5 reads "act as a Linux terminal" like a persona attack: 20 of 70
        malignant act-as look-alikes were blocked without this exception, round 4), and the classifier's
        probability lies in [``gate_low``, effective threshold): since round 5 ``gate_low`` is 0.65, so a
        semantic-only block needs the classifier's agreement too. ``scan_text`` also keeps the gate shut
        for texts with a discussion marker or an exam framing (round 5)."""
        if roleplay or any(h.score <= DISCUSSION_CAP for h in raw):
            return False
        threshold = self.threshold
        if not raw and structured:
            threshold = max(threshold, STRUCTURED_THRESHOLD)
        return gate_low <= prob < threshold

    def _fuse(self, raw: list[Hit], prob: float, ws: int, we: int, message_index: int,
              untrusted: bool, roleplay: bool = False, structured: bool = False, terse: bool = False) -> list[Hit]:
        out = [h for h in raw if h.score >= STRONG]
        weak = [h for h in raw if h.score < STRONG]
        out.extend(Hit(h.category, h.reason, max(h.score, prob), h.message_index, h.start, h.end, h.via)
                   for h in weak
                   if prob >= (MENTION_PROB if h.score <= DISCUSSION_CAP else self.low_threshold))
        threshold = self.threshold
        if not raw and (roleplay or terse):
            threshold = max(threshold, ROLEPLAY_THRESHOLD)
        if not raw and structured:
            threshold = max(threshold, STRUCTURED_THRESHOLD)
        if not out and prob >= threshold:
            if untrusted:
                cat, reason = "injection", "injection.indirect"
            elif weak:
                cat, reason = weak[0].category, weak[0].reason
            else:
                cat, reason = "jailbreak", "jailbreak.classifier"
            out.append(Hit(cat, reason, prob, message_index, ws, we, "classifier"))
        return out

    # -- conversation window ---------------------------------------------------
    def scan_window(self, messages: Sequence[tuple[int, str, str]]) -> list[Hit]:
        """Hits for user and tool messages of a window, plus split payloads across user turns."""
        hits: list[Hit] = []
        user_parts: list[tuple[int, str]] = []
        for index, role, content in messages:
            if role in ("tool", "function"):
                hits.extend(self.scan_text(content, index, untrusted=True))
            elif role == "user":
                hits.extend(self.scan_text(content, index))
                user_parts.append((index, content))
        if len(user_parts) >= 2 and not any(h.message_index in {i for i, _ in user_parts} for h in hits):
            hits.extend(self._split_payload(user_parts[-6:]))
        return hits

    def _split_payload(self, parts: list[tuple[int, str]]) -> list[Hit]:
        """Rules that match only across a turn boundary (or the classifier on the joined turns)."""
        texts = [normalize(c[:2000]).text for _, c in parts]
        joined = " ".join(texts)
        bounds = []
        pos = 0
        for t in texts:
            bounds.append((pos, pos + len(t)))
            pos += len(t) + 1
        last_index = parts[-1][0]
        last_len = len(parts[-1][1])
        cap = DISCUSSION_CAP if _DISCUSSION.search(joined, timeout=REGEX_TIMEOUT_S) else 1.0
        for rule, w, s, e in self._rule_hits(joined, RULES, cap):
            crosses = not any(bs <= s and e <= be for bs, be in bounds)
            if crosses and w >= STRONG:
                return [Hit("injection", "injection.payload_split", w, last_index, 0, last_len, "window")]
        if self.model is not None:
            prob, _, _ = self.model.score(joined)
            if prob >= max(self.threshold, 0.9):
                return [Hit("injection", "injection.payload_split", prob, last_index, 0, last_len, "window")]
        return []


class _GateProbe:
    """Stands in for a ``SemanticStage`` to record whether the gate opened (never blocks)."""

    def __init__(self, inner: SemanticStage) -> None:
        self.head = inner.head
        self.asked = False

    def score(self, text: str) -> float:
        self.asked = True
        return 0.0
