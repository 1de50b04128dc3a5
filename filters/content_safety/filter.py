"""Content-safety filter (value alignment, public order): TC260-003 risks A.1-A.5.

Decisions. The detector gives a score in [0, 1] and risk codes (``categories``, e.g.
``A.1.7``). With ``t`` the block threshold of the phase (prompt head for requests,
response head for answers):

* a decisive (``high``) lexicon term, or score >= t -> the action configured for the
  top risk code in ``actions`` (``block``, ``flag``, ``steer``, ``allow``);
* requests only, with ``decisive_requests``: a request to make or obtain a decisive object
  (explosives, synthesized drugs, chemical weapons, child sexual content; see
  ``detect.DECISIVE_OBJECTS``) without a prevention/law/news cue -> as above, with that
  object's risk code;
* t - ``uncertain_margin`` <= score < t -> the action in ``uncertain_actions`` (default
  ``flag``); except, with ``a2_uncertain_needs_offense``, a Chinese text whose top code is
  A.2 (discrimination) with no ``medium``/``high`` lexicon hit, which is flagged only when
  the stacked offensive score agrees (``offensive >= offensive_threshold``): the prompt
  head's uncertain A.2 band is mostly ordinary comments that mention a region, gender or
  race, and the offensive-comment stack is the specialist there (COLD dev 5-fold);
* Chinese offensive text (toxicity head >= ``toxicity_threshold``) -> like a hit of the
  best A.2 code;
* a lexicon hit of a risk in ``steer_on_hit`` (distress phrases, A.4.1) -> ``steer``;
* Chinese offensive comment by the stacked score (``Detection.offensive`` >=
  ``offensive_threshold``, default: the one chosen on COLD dev, in meta.json) ->
  ``offensive_action`` (default ``flag``) with the best A.2 code;
* otherwise allow.

``steer`` is returned as ``Action.FLAG`` with reason ``content_safety.steer.<code>``:
the pipeline adds a safety instruction to the system prompt. Other reasons:
``content_safety.block.<code>``, ``content_safety.flag.<code>``, ``content_safety.oversize``.
With a ``heavy`` tier configured, texts the cheap tier is unsure of are decided by it
(``filters.content_safety.heavy``): reasons ``content_safety.heavy.<action>.<code>``,
``content_safety.heavy.safe``, ``content_safety.heavy.error`` / ``.timeout``.
Findings: ``filter="content_safety"``, ``type`` = risk code, lexicon hits with offsets into
the original message, or the whole message for classifier-only detections.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from filters.base import FilterConfig, FilterContext, Message
from filters.content_safety.detect import ContentSafetyDetector, Detection
from filters.content_safety.heavy import HeavyConfig, HeavyTier
from filters.content_safety.lexicon import LexiconStore
from filters.content_safety.model import load_model
from filters.content_safety.stream import SlidingWindowInspector
from filters.decision import Action, Decision, Finding
from models.store import ModelStore

__all__ = ["NAME", "ContentSafetyConfig", "ContentSafetyFilter", "resolve_action"]

NAME = "content_safety"
REPO = Path(__file__).resolve().parents[2]
RiskAction = Literal["allow", "flag", "steer", "block"]

DEFAULT_ACTIONS: dict[str, RiskAction] = {"A.1": "block", "A.2": "block", "A.3": "block", "A.4": "block", "A.5": "steer"}
DEFAULT_UNCERTAIN: dict[str, RiskAction] = {"A.4.1": "steer", "A.5": "steer"}


class ContentSafetyConfig(FilterConfig):
    type: Literal["content_safety"] = "content_safety"
    #: Directory of lexicon files; relative paths are relative to the repository root.
    lexicon_dir: str = "configs/lexicons"
    #: ModelStore name of the classifier weights.
    model: str = "content_safety"
    #: Block thresholds; ``None`` uses the threshold chosen on validation data (meta.json).
    #: The prompt default 0.6 is above the validation threshold (about 0.47, 1 % false
    #: positives on in-distribution data), because out-of-distribution benign requests
    #: score higher; see models/content_safety.md for the trade-off table.
    prompt_threshold: float | None = Field(default=0.6, ge=0.0, le=1.0)
    response_threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    uncertain_margin: float = Field(default=0.15, ge=0.0, le=1.0)
    toxicity_threshold: float = Field(default=0.93, ge=0.0, le=1.0)
    #: Stacked offensive-comment score (Chinese only): at or above this -> ``offensive_action``;
    #: ``None`` uses the threshold chosen on COLD dev (meta.json ``offensive``); no stack -> off.
    offensive_threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    offensive_action: RiskAction = "flag"
    #: Uncertain-band A.2 calls on Chinese text without lexicon evidence need the offensive
    #: stack's agreement to be flagged (see the module docstring).
    a2_uncertain_needs_offense: bool = True
    #: Decisive-term rule on requests (``detect.decisive_request``; see the module docstring).
    decisive_requests: bool = True
    #: Action per risk code or class prefix (``"A.1"``); the longest matching key wins.
    actions: dict[str, RiskAction] = Field(default_factory=lambda: dict(DEFAULT_ACTIONS))
    uncertain_actions: dict[str, RiskAction] = Field(default_factory=lambda: dict(DEFAULT_UNCERTAIN))
    #: Lexicon risks that turn an otherwise allowed text into ``steer`` (distress signals:
    #: the citizen gets a supportive answer, not a refusal).
    steer_on_hit: tuple[str, ...] = ("A.4.1",)
    default_action: RiskAction = "block"
    default_uncertain_action: RiskAction = "flag"
    #: Request phase: roles checked and how many of the latest such messages.
    roles: tuple[str, ...] = ("user",)
    max_messages: int = Field(default=2, ge=1, le=50)
    #: Characters read per text; longer texts get ``oversize_action`` if nothing worse is found.
    max_chars: int = Field(default=32_000, ge=100)
    oversize_action: RiskAction = "flag"
    #: Streaming: classifier window, step between classifications, lexicon tail hold-back.
    stream_window: int = Field(default=300, ge=32, le=4000)
    stream_step: int = Field(default=64, ge=8, le=2000)
    stream_tail: int = Field(default=16, ge=0, le=200)
    timeout_ms: int = Field(default=100, ge=1, le=60_000)
    #: Optional heavy tier (a local HF classifier or an LLM judge) for uncertain texts; off when absent.
    heavy: HeavyConfig | None = None

    @model_validator(mode="after")
    def _heavy_fits_timeout(self) -> ContentSafetyConfig:
        if self.heavy is not None and self.timeout_ms <= self.heavy.timeout_ms:
            raise ValueError("timeout_ms must be greater than heavy.timeout_ms (the heavy tier runs inside it)")
        return self


def resolve_action(table: dict[str, RiskAction], code: str, default: RiskAction) -> RiskAction:
    best = None
    for key in table:
        if (code == key or code.startswith(key + ".")) and (best is None or len(key) > len(best)):
            best = key
    return table[best] if best is not None else default


_RANK = {"allow": 0, "flag": 1, "steer": 2, "block": 3}


class ContentSafetyFilter:
    name = NAME

    def __init__(self, config: ContentSafetyConfig, models: ModelStore) -> None:
        self.config = config
        lex_dir = Path(config.lexicon_dir)
        if not lex_dir.is_absolute():
            lex_dir = REPO / lex_dir
        self._lexicon: LexiconStore = models.get(f"{NAME}_lexicon:{lex_dir}", lambda _p: LexiconStore(lex_dir))
        model = models.get(config.model, load_model)
        self.detector = ContentSafetyDetector(self._lexicon, model)
        meta_thr = model.meta.get("thresholds", {})
        self.prompt_threshold = config.prompt_threshold if config.prompt_threshold is not None else float(meta_thr["prompt"])
        self.response_threshold = (config.response_threshold if config.response_threshold is not None
                                   else float(meta_thr["response"]))
        self.heavy = HeavyTier(config.heavy, models) if config.heavy is not None else None
        stack = model.meta.get("offensive")
        self.offensive_threshold = (config.offensive_threshold if config.offensive_threshold is not None
                                    else float(stack["threshold"]) if isinstance(stack, dict) else 1.01)

    def reload(self) -> bool:
        """Rebuild the lexicon if its files changed (hot reload); True when swapped."""
        return self._lexicon.reload()

    # -- decisions -------------------------------------------------------------------
    def _verdict(self, det: Detection, threshold: float, phase: str = "prompt",
                 lone_token: bool = False) -> tuple[RiskAction, str, float]:
        cfg = self.config
        code = det.categories[0] if det.categories else "A.1.8"
        if (cfg.decisive_requests and phase == "prompt" and det.request_code is not None and not det.decisive
                and det.score < threshold):
            return resolve_action(cfg.actions, det.request_code, cfg.default_action), det.request_code, 0.99
        if not det.decisive and det.score >= threshold and not det.hits and lone_token:
            # one Latin word or identifier with no lexicon evidence ("BADJSON"): too little
            # text for the n-gram heads to block on; it is flagged for review instead
            return resolve_action(cfg.uncertain_actions, code, cfg.default_uncertain_action), code, det.score
        if det.decisive or det.score >= threshold:
            hi = next((h.risk for h in det.hits if h.severity == "high"), None) if det.decisive else None
            code = hi or code
            return resolve_action(cfg.actions, code, cfg.default_action), code, max(det.score, 0.99 if det.decisive else 0)
        if det.toxicity >= cfg.toxicity_threshold:
            code = next((c for c in det.categories if c.startswith("A.2")), "A.2.9")
            return resolve_action(cfg.actions, code, cfg.default_action), code, det.toxicity
        if det.score >= threshold - cfg.uncertain_margin:
            action = resolve_action(cfg.uncertain_actions, code, cfg.default_uncertain_action)
            if not (action == "flag" and cfg.a2_uncertain_needs_offense and det.chinese and code.startswith("A.2")
                    and det.offensive < self.offensive_threshold and all(h.severity == "low" for h in det.hits)):
                return action, code, det.score
        steer = next((h.risk for h in det.hits if h.risk in cfg.steer_on_hit), None)
        if steer is not None:
            return "steer", steer, det.score
        if det.offensive >= self.offensive_threshold:
            code = next((c for c in det.categories if c.startswith("A.2")), "A.2.9")
            return cfg.offensive_action, code, det.score
        return "allow", code, det.score

    def decide(self, text: str, phase: str, message_index: int = -1, offset: int = 0,
               deadline: float | None = None, use_heavy: bool = True) -> Decision:
        """Decision for one text (``phase``: ``"prompt"`` or ``"response"``); ``deadline``
        (``time.monotonic()``) bounds the heavy tier's calls."""
        det = self.detector.detect(text, phase, self.config.max_chars)
        threshold = self.prompt_threshold if phase == "prompt" else self.response_threshold
        action, code, score = self._verdict(det, threshold, phase, _lone_token(text))
        heavy_failed = ""
        if use_heavy and self.heavy is not None and self.heavy.wants(phase, det.score, det.decisive, action == "block"):
            try:
                verdict = self.heavy.classify(text, phase, deadline)
            except Exception as exc:  # noqa: BLE001 - a heavy-tier failure is a decision, per heavy.on_error
                heavy_failed = f"{NAME}.heavy.{'timeout' if isinstance(exc, TimeoutError) else 'error'}"
                on_error = self.heavy.config.on_error
                if on_error != "allow":
                    return Decision(_ACTION[on_error], NAME, heavy_failed, ("filter_error",), score=round(det.score, 4))
            else:
                return self._heavy_decision(verdict.unsafe, verdict.score, verdict.risk, det, message_index, offset,
                                            len(text))
        if action == "allow" and len(text) > self.config.max_chars and self.config.oversize_action != "allow":
            return Decision(_ACTION[self.config.oversize_action], NAME, "content_safety.oversize", ("oversize",),
                            score=score)
        if action == "allow":
            return Decision(Action.ALLOW, NAME, heavy_failed, score=round(det.score, 4))
        return self._decision(action, code, score, det, message_index, offset, len(text),
                              only_code=score < threshold - self.config.uncertain_margin)

    def _heavy_decision(self, unsafe: bool, score: float, risk: str | None, det: Detection, message_index: int,
                        offset: int, length: int) -> Decision:
        cfg = self.config
        if not unsafe:
            steer = next((h.risk for h in det.hits if h.risk in cfg.steer_on_hit), None)
            if steer is not None:
                return self._decision("steer", steer, det.score, det, message_index, offset, length, only_code=True)
            return Decision(Action.ALLOW, NAME, f"{NAME}.heavy.safe", score=round(score, 4))
        heavy = cfg.heavy
        code = risk or next((c for c in det.categories if c.startswith("A.")), None) or (
            heavy.default_risk if heavy is not None else "A.1.8")
        action = resolve_action(cfg.actions, code, cfg.default_action)
        if action == "allow":
            return Decision(Action.ALLOW, NAME, f"{NAME}.heavy.allow.{code}", (code,), score=round(score, 4))
        finding = Finding(NAME, code, offset, offset + length, round(score, 4), message_index)
        return Decision(_ACTION[action], NAME, f"{NAME}.heavy.{action}.{code}", (code,), score=round(score, 4),
                        findings=(finding,))

    def _decision(self, action: RiskAction, code: str, score: float, det: Detection, message_index: int,
                  offset: int, length: int, only_code: bool = False) -> Decision:
        findings = tuple(Finding(NAME, h.risk, h.start + offset, h.end + offset, 1.0, message_index)
                         for h in det.hits if h.severity != "low" or h.risk == code)
        if not findings:
            findings = (Finding(NAME, code, offset, offset + length, round(score, 4), message_index),)
        cats = (code,) if only_code else tuple(dict.fromkeys([code, *det.categories]))
        return Decision(_ACTION[action], NAME, f"{NAME}.{action}.{code}", cats, score=round(score, 4), findings=findings)

    # -- Filter protocol -------------------------------------------------------------
    def check_request(self, messages: Sequence[Message], ctx: FilterContext) -> Decision:
        picked = [m for m in messages if m.role in self.config.roles][-self.config.max_messages :]
        best = Decision.allow(NAME)
        deadline = self.heavy.deadline() if self.heavy is not None else None
        for m in picked:
            d = self.decide(m.content, "prompt", m.index, deadline=deadline)
            if _rank(d) > _rank(best):
                best = d
            if d.action is Action.BLOCK:
                break  # nothing ranks higher: spare the remaining messages (and heavy-tier calls)
        return best

    def check_response(self, text: str, ctx: FilterContext) -> Decision:
        return self.decide(text, "response")

    def check_text(self, text: str) -> Decision:
        """Screen a stand-alone text such as a robot's name at registration (prompt head;
        the cheap tiers only, so registration does not depend on a judge endpoint)."""
        return self.decide(text, "prompt", use_heavy=False)

    def open_stream(self, ctx: FilterContext) -> SlidingWindowInspector:
        cfg = self.config
        return SlidingWindowInspector(self, cfg.stream_window, cfg.stream_step, cfg.stream_tail)


_ACTION = {"block": Action.BLOCK, "flag": Action.FLAG, "steer": Action.FLAG, "allow": Action.ALLOW}


def _rank(d: Decision) -> int:
    if d.action is Action.BLOCK:
        return 3
    if d.reason.startswith((f"{NAME}.steer.", f"{NAME}.heavy.steer.")):
        return 2
    return 1 if d.action is Action.FLAG else 0


def _lone_token(text: str) -> bool:
    """One Latin word or identifier (no whitespace, no CJK), at most 40 characters."""
    t = text.strip()
    return 0 < len(t) <= 40 and not any(c.isspace() or "\u3400" <= c <= "\u9fff" for c in t)
