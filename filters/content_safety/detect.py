"""Pure content-safety detection: normalization -> lexicon -> linear classifier heads.

``ContentSafetyDetector.detect(text, head)`` returns a ``Detection``: a combined score in
[0, 1], risk codes best first, lexicon hits with offsets into the *original* text, and
whether a decisive (``high``) lexicon term was found. Long texts are scored in windows
of ``WINDOW`` normalized characters (at most ``MAX_WINDOWS``, evenly spread) and the
maximum is kept, so cost is bounded by the caller's ``max_chars``.

Score combination: classifier probability p; each ``medium`` lexicon hit risk raises it
to ``1 - (1 - p) * (1 - MEDIUM_BOOST)`` and ``low`` hits by ``LOW_BOOST`` (once each).

``offensive`` (Chinese text only, when the weights carry ``meta["offensive"]``): a small
logistic regression stacked over signals already computed — logits of the toxicity, prompt
and response heads, lexicon hits of A.2 risks / other risks / ``high`` terms, and
log(1 + length) — fitted on COLD *dev* by ``models.train_content_safety`` (the heads never
saw COLD dev). See ``offense_features``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from filters.content_safety.lexicon import LexiconHit, LexiconStore
from filters.content_safety.model import LinearTextModel
from filters.normalize import NormalizedText, normalize

__all__ = ["LOW_BOOST", "MEDIUM_BOOST", "OFFENSE_FEATURES", "ContentSafetyDetector", "Detection", "Hit",
           "offense_features"]

MEDIUM_BOOST = 0.25
LOW_BOOST = 0.08
WINDOW = 600
MAX_WINDOWS = 16
_CAT_MIN = 0.2


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
        lex_hits: list[LexiconHit] = self.lexicon.current.scan(norm)
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
        score = p
        boosted: set[tuple[str, str]] = set()
        for h in lex_hits:
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
        for h in sorted(lex_hits, key=lambda x: sev_rank[x.severity]):
            if h.severity != "low" and h.risk not in cats:
                cats.append(h.risk)
        for code, prob in sorted(cat_scores.items(), key=lambda kv: -kv[1]):
            if (prob >= _CAT_MIN or not cats) and code not in cats:
                cats.append(code)
        for h in lex_hits:
            if h.risk not in cats:
                cats.append(h.risk)
        hits = tuple(Hit(h.risk, h.severity, *norm.to_original(h.start, h.end)) for h in lex_hits)
        decisive = any(h.severity == "high" for h in lex_hits)
        offensive = 0.0
        if zh and self._stack is not None:
            pr, rs = (p, other_head) if head == "prompt" else (other_head, p)
            coef, b = self._stack
            z = b + sum(c * f for c, f in zip(coef, offense_features(tox, pr, rs, lex_hits, len(norm.text)), strict=True))
            offensive = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        return Detection(score, p, tox, tuple(cats[:4]), hits, decisive, offensive)
