"""Pure content-safety detection: normalization -> lexicon -> linear classifier heads.

``ContentSafetyDetector.detect(text, head)`` returns a ``Detection``: a combined score in
[0, 1], risk codes best first, lexicon hits with offsets into the *original* text, and
whether a decisive (``high``) lexicon term was found. Long texts are scored in windows
of ``WINDOW`` normalized characters (at most ``MAX_WINDOWS``, evenly spread) and the
maximum is kept, so cost is bounded by the caller's ``max_chars``.

Score combination: classifier probability p; each ``medium`` lexicon hit risk raises it
to ``1 - (1 - p) * (1 - MEDIUM_BOOST)`` and ``low`` hits by ``LOW_BOOST`` (once each).

Pinyin-spelled risk words: ``lexicon.pinyin.read`` gives a candidate Chinese reading of
pinyin runs when one of them spells a ``medium``/``high`` term or a commonly obfuscated
word (``pinyin.py``); its new
lexicon hits count like others, the prompt/response heads score it too (maximum kept), and
the decisive-term rule reads it.

``offensive`` (Chinese text only, when the weights carry ``meta["offensive"]``): a small
logistic regression stacked over signals already computed — logits of the toxicity, prompt
and response heads, lexicon hits of A.2 risks / other risks / ``high`` terms, and
log(1 + length) — fitted on COLD *dev* by ``models.train_content_safety`` (the heads never
saw COLD dev). See ``offense_features``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from filters.content_safety.lexicon import LexiconHit, LexiconStore
from filters.content_safety.model import LinearTextModel
from filters.normalize import NormalizedText, normalize

__all__ = ["DECISIVE_OBJECTS", "LOW_BOOST", "MEDIUM_BOOST", "OFFENSE_FEATURES", "ContentSafetyDetector", "Detection", "Hit",
           "offense_features"]

MEDIUM_BOOST = 0.25
LOW_BOOST = 0.08
WINDOW = 600
MAX_WINDOWS = 16
_CAT_MIN = 0.2


#: Decisive-term rule (issue 4, round 3): a thing whose *making or obtaining* is never a
#: legitimate request here (explosives, synthesized drugs, chemical weapons, child sexual
#: content), asked for in a plain "how to make / teach me / where to buy" request, without
#: a prevention, law, news or help cue. Patterns run on the normalized text (lower case,
#: simplified, separators removed: "怎 么 做 土 枪" -> "怎么做土枪"). Risk code per object.
DECISIVE_OBJECTS: tuple[tuple[str, str], ...] = (
    ("A.1.8", r"炸药|炸弹|雷管|土枪|火药枪|手枪|枪支|冰毒|海洛因|芬太尼|可卡因|摇头丸|k粉|麻黄碱|甲基苯丙胺|"
              r"毒气|沙林|神经毒剂|蓖麻毒素|氰化物|燃烧瓶|燃烧弹|迷药|迷魂药|麻醉枪|生化武器|"
              r"\b(?:pipe bombs?|bombs?|explosives?|tnt|meth|methamphetamine|heroin|fentanyl|cocaine|"
              r"nerve (?:gas|agents?)|sarin|ricin|napalm|molotov(?: cocktails?)?|ghost guns?|untraceable guns?)\b"),
    ("A.1.6", r"(?:儿童|幼女|幼童|未成年|萝莉|小学生|初中生|(?<!\d)(?:[1-9]|1[0-7])岁)[^。？！?!]{0,8}"
              r"(?:色情|裸照|裸体|性交|黄片|私密照)|"
              r"(?:色情|裸照|裸体|黄片|私密照)[^。？！?!]{0,8}(?:儿童|幼女|幼童|未成年|萝莉|小学生|初中生|"
              r"(?<!\d)(?:[1-9]|1[0-7])岁)|"
              r"\b(?:child porn|csam|child sexual abuse material)\b|"
              r"\b(?:nudes?|naked|porn\w*|sexual|explicit|sexy)\b[^.?!]{0,40}\b(?:child(?:ren)?|kids?|minors?|"
              r"underage|preteens?|(?:[1-9]|1[0-7])[- ]?(?:yo|years?[- ]old))\b|"
              r"\b(?:child(?:ren)?|kids?|minors?|underage|preteens?|(?:[1-9]|1[0-7])[- ]?(?:yo|years?[- ]old))\b"
              r"[^.?!]{0,40}\b(?:nudes?|naked|porn\w*|sexual|explicit|sexy)\b"),
)
_DECISIVE_RE = tuple((code, re.compile(p)) for code, p in DECISIVE_OBJECTS)
_REQUEST_RE = re.compile(
    r"怎么|怎样|如何|教我|教教我|告诉我|给我讲|详细步骤|具体步骤|步骤|配方|原料|流程|哪里(?:能|可以)?(?:买|弄|搞|下载|找)|"
    r"在哪(?:里)?(?:买|弄)|有没有.{0,6}(?:渠道|链接|资源)|"
    r"\bhow (?:do|can|to|would|should|could) (?:i |you |we |one |someone )?(?:make|build|cook|synthesi[sz]e|produce|"
    r"manufacture|brew|assemble|get|buy|extract|create)\b|\bhow to\b|\bstep[- ]by[- ]step\b|\brecipe\b|"
    r"\binstructions\b|\bwalk me through\b|\bteach me\b|\btell me how\b|"
    r"\bwhere (?:can|do) i (?:buy|get|find|download)\b")
_MAKE_RE = re.compile(
    r"做|制|造|合成|提炼|提纯|提取|配|组装|买|弄|搞|链接|资源|拿到|获取|下载|拍|"
    r"\b(?:make|making|build|cook|synthesi[sz]e|produce|manufacture|brew|assemble|get|buy|extract|create|recipe|"
    r"find|download|obtain|take|trade)\b")
_LEGIT_RE = re.compile(
    r"举报|防范|预防|识别|危害|法律|犯罪|罪|判刑|处罚|历史|新闻|报道|禁毒|宣传|戒毒|急救|误服|误食|销毁|上交|拆除|排爆|"
    r"检测|鉴别|报警|受害|保护|"
    r"\b(?:report|detect|dispos(?:e|al)|defuse|history|historical|law|laws|legal|penalty|prevent|recogni[sz]e|spot|"
    r"news|identify|overdose|addiction|treatment|recover|police|victims?|protect|bath bombs?|seed bombs?|photobomb|"
    r"sniff|dogs?)\b")


def decisive_request(norm: str) -> str | None:
    """Risk code when ``norm`` asks to make or obtain a decisive object (see
    ``DECISIVE_OBJECTS``) in a plain request without a legitimate cue, else None."""
    for code, rx in _DECISIVE_RE:
        if rx.search(norm) and _REQUEST_RE.search(norm) and _MAKE_RE.search(norm) and not _LEGIT_RE.search(norm):
            return code
    return None


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon hit in original-text offsets."""

    risk: str
    severity: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Detection:
    score: float  # combined score of the requested head
    model_score: float  # classifier alone
    toxicity: float  # Chinese offensive-comment head (0 for non-Chinese text)
    categories: tuple[str, ...]  # risk codes, best first
    hits: tuple[Hit, ...]
    decisive: bool  # a ``high`` lexicon term was found
    offensive: float = 0.0  # stacked offensive-comment probability (Chinese text, 0 otherwise)
    chinese: bool = False  # CJK share >= 0.3 (toxicity head and stack were run)
    request_code: str | None = None  # decisive-term rule (``decisive_request``, prompt head only): its risk code


OFFENSE_FEATURES = ("tox_logit", "prompt_logit", "response_logit", "lex_a2", "lex_other", "lex_high", "log_len")


def _logit(p: float) -> float:
    p = min(1 - 1e-6, max(1e-6, p))
    return math.log(p / (1 - p))


def offense_features(tox: float, prompt: float, response: float, hits: list[LexiconHit], length: int) -> list[float]:
    """Features of the stacked offensive-comment score, in ``OFFENSE_FEATURES`` order."""
    a2 = len({h.risk for h in hits if h.risk.startswith("A.2")})
    other = len({h.risk for h in hits if not h.risk.startswith("A.2")})
    high = any(h.severity == "high" for h in hits)
    return [_logit(tox), _logit(prompt), _logit(response), float(min(a2, 3)), float(min(other, 3)), float(high),
            math.log1p(length)]


def _cjk_share(text: str) -> float:
    if not text:
        return 0.0
    n = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    return n / len(text)


class ContentSafetyDetector:
    def __init__(self, lexicon: LexiconStore, model: LinearTextModel) -> None:
        self.lexicon = lexicon
        self.model = model
        stack = model.meta.get("offensive") if isinstance(model.meta, dict) else None
        self._stack: tuple[list[float], float] | None = None
        if isinstance(stack, dict) and tuple(stack.get("features", ())) == OFFENSE_FEATURES:
            self._stack = ([float(c) for c in stack["coef"]], float(stack["b"]))

    def _windows(self, norm: str) -> list[str]:
        if len(norm) <= WINDOW:
            return [norm]
        step = max(WINDOW // 2, (len(norm) - WINDOW) // (MAX_WINDOWS - 1) + 1)
        return [norm[i : i + WINDOW] for i in range(0, len(norm) - WINDOW // 2, step)][:MAX_WINDOWS]

    def detect(self, text: str, head: str = "prompt", max_chars: int = 32_000) -> Detection:
        """Detect on ``text[:max_chars]``; ``head`` is ``"prompt"`` or ``"response"``."""
        norm: NormalizedText = normalize(text[:max_chars])
        lexicon = self.lexicon.current
        lex_hits: list[LexiconHit] = lexicon.scan(norm)
        # Pinyin-spelled risk words ("zhi zuo zha yao"): the candidate Chinese reading is
        # scanned, scored and checked by the decisive-term rule too; hits keep original offsets.
        reading = lexicon.pinyin.read(norm)
        read_hits: list[LexiconHit] = []
        if reading is not None:
            seen = {(h.risk, *norm.to_original(h.start, h.end)) for h in lex_hits}
            read_hits = [h for h in lexicon.scan(reading) if (h.risk, *reading.to_original(h.start, h.end)) not in seen]
        p = 0.0
        tox = 0.0
        other_head = 0.0
        cat_scores: dict[str, float] = {}
        zh = _cjk_share(norm.text) >= 0.3
        for window in self._windows(norm.text):
            s = self.model.score(window, toxicity=zh)
            hp = s.prompt if head == "prompt" else s.response
            p = max(p, hp)
            other_head = max(other_head, s.response if head == "prompt" else s.prompt)
            if zh and s.toxicity > tox:
                tox = s.toxicity
            for code, prob in s.categories:
                if prob > cat_scores.get(code, 0.0):
                    cat_scores[code] = prob
        if reading is not None:  # a risk word was spelled in pinyin: score the reading too
            s = self.model.score(reading.text[:WINDOW], toxicity=False)
            p = max(p, s.prompt if head == "prompt" else s.response)
            for code, prob in s.categories:
                if prob > cat_scores.get(code, 0.0):
                    cat_scores[code] = prob
        score = p
        boosted: set[tuple[str, str]] = set()
        for h in (*lex_hits, *read_hits):
            key = (h.risk, h.severity)
            if key in boosted:
                continue
            boosted.add(key)
            if h.severity == "medium":
                score = 1 - (1 - score) * (1 - MEDIUM_BOOST)
            elif h.severity == "low":
                score = 1 - (1 - score) * (1 - LOW_BOOST)
        sev_rank = {"high": 0, "medium": 1, "low": 2}
        cats: list[str] = []
        for h in sorted((*lex_hits, *read_hits), key=lambda x: sev_rank[x.severity]):
            if h.severity != "low" and h.risk not in cats:
                cats.append(h.risk)
        for code, prob in sorted(cat_scores.items(), key=lambda kv: -kv[1]):
            if (prob >= _CAT_MIN or not cats) and code not in cats:
                cats.append(code)
        for h in (*lex_hits, *read_hits):
            if h.risk not in cats:
                cats.append(h.risk)
        hits = tuple(Hit(h.risk, h.severity, *norm.to_original(h.start, h.end)) for h in lex_hits)
        if reading is not None:
            hits += tuple(Hit(h.risk, h.severity, *reading.to_original(h.start, h.end)) for h in read_hits)
            lex_hits = [*lex_hits, *read_hits]
        decisive = any(h.severity == "high" for h in lex_hits)
        offensive = 0.0
        if zh and self._stack is not None:
            pr, rs = (p, other_head) if head == "prompt" else (other_head, p)
            coef, b = self._stack
            z = b + sum(c * f for c, f in zip(coef, offense_features(tox, pr, rs, lex_hits, len(norm.text)), strict=True))
            offensive = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        request_code = None
        if head == "prompt":  # the rule judges requests only; answers and streamed windows skip it
            request_code = decisive_request(norm.text)
            if request_code is None and reading is not None:
                request_code = decisive_request(reading.text)
        return Detection(score, p, tox, tuple(cats[:4]), hits, decisive, offensive, zh, request_code)
