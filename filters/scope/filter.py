"""The scope filter: adapts the detectors to the filter protocol and applies the policy.

Request phase only, on the executor (the encoder is a model call). For the last user
message of a request, in this order:

1. empty or conversational turn (greeting, thanks, meta, clarification): allowed;
2. a profile ``deny_keywords`` entry: out of scope (``scope.deny_keyword``);
3. an act beyond the robot's authority (``acts.py``): ``beyond_authority``
   (``scope.act.<act>``), even when the topic is the robot's own;
4. the topic (``topic.py``): first the lexical stage (``lexical.py``) decides the clear
   cases without the encoder; otherwise the encoder's margin below the robot's calibrated
   ``out_below`` is ``out_of_scope`` (``scope.topic``), below ``unclear_below`` is unclear
   (``scope.unclear``). A short follow-up is read together with the previous user turn;
   a generic one ("那需要什么材料？") without an earlier turn is a clarification: allowed.

Out of scope (2–4) blocks with the robot's hand-off as the answer (``Decision.reply``)
or flags, per ``out_of_scope``; unclear is allowed, flagged or blocked per ``unclear``.
Categories: ``out_of_scope``, ``beyond_authority``, ``scope_unclear``. Findings carry the
rule's reason code and the span in the original message; never the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from filters.base import FilterContext, Message
from filters.decision import Action, Decision, Finding
from filters.normalize import normalize
from filters.scope.acts import detect_acts
from filters.scope.config import ScopeConfig
from filters.scope.conversation import is_conversational, is_follow_up, is_generic_follow_up
from filters.scope.topic import TopicModel
from models.encoder import CachedEncoder, load_encoder

__all__ = ["NAME", "ScopeFilter", "ScopeVerdict"]

NAME = "scope"
_OUT = {"block": Action.BLOCK, "flag": Action.FLAG}
_UNCLEAR = {"allow": Action.ALLOW, "flag": Action.FLAG, "block": Action.BLOCK}


class ScopeVerdict:
    """The classification of one turn, before the policy's actions are applied."""

    __slots__ = ("label", "reason", "category", "span", "margin", "stage")

    def __init__(self, label: str, reason: str, category: str = "", span: tuple[int, int] | None = None,
                 margin: float | None = None, stage: str = "rules") -> None:
        self.label = label  # "in" | "out" | "unclear" | "conversational"
        self.reason = reason
        self.category = category
        self.span = span
        self.margin = margin  # the encoder's margin; None when the encoder was not asked
        self.stage = stage  # what decided: "rules" | "lexical" | "encoder"


class ScopeFilter:
    name = NAME
    inline = False

    def __init__(self, config: ScopeConfig, encoder: CachedEncoder) -> None:
        self.config = config
        self.topic = TopicModel(config, encoder)
        self._acts = config.authority.refused_acts()
        self._deny = tuple(normalize(k).text for k in config.deny_keywords)

    @classmethod
    def from_store(cls, config: ScopeConfig, models: object) -> ScopeFilter:
        enc = config.encoder
        return cls(config, load_encoder(enc.kind, enc.path, models))

    # -- classification ---------------------------------------------------------
    def classify(self, text: str, previous: str | None = None) -> ScopeVerdict:
        nt = normalize(text)
        norm = nt.text
        if is_conversational(norm):
            return ScopeVerdict("conversational", "scope.conversational")
        for k in self._deny:
            at = norm.find(k)
            if k and at >= 0:
                return ScopeVerdict("out", "scope.deny_keyword", "out_of_scope", nt.to_original(at, at + len(k)))
        hits = detect_acts(norm, self._acts)
        if hits:
            h = hits[0]
            return ScopeVerdict("out", f"scope.act.{h.act}", "beyond_authority", nt.to_original(h.start, h.end))
        topic_text = text
        if previous and is_follow_up(norm):
            topic_text = f"{previous}；{text}"
        elif not previous and is_generic_follow_up(norm):
            # "那需要什么材料？" with nothing before it: a clarification the robot answers by
            # asking what it is about, never a refusal.
            return ScopeVerdict("conversational", "scope.follow_up_without_context")
        quick, _ = self.topic.decide_lexically(topic_text)
        if quick == "in":
            return ScopeVerdict("in", "scope.in_scope", stage="lexical")
        if quick == "out":
            return ScopeVerdict("out", "scope.topic", "out_of_scope", (0, len(text)), stage="lexical")
        s = self.topic.score(topic_text)
        if s.margin < self.topic.out_below:
            return ScopeVerdict("out", "scope.topic", "out_of_scope", (0, len(text)), s.margin, "encoder")
        if s.margin < self.topic.unclear_below:
            return ScopeVerdict("unclear", "scope.unclear", "scope_unclear", (0, len(text)), s.margin, "encoder")
        return ScopeVerdict("in", "scope.in_scope", margin=s.margin, stage="encoder")

    # -- filter protocol ---------------------------------------------------------
    def check_request(self, messages: Sequence[Message], ctx: FilterContext) -> Decision:
        users = [m for m in messages if m.role == "user"]
        if not messages or messages[-1].role != "user" or not users:
            return Decision.allow(NAME)  # tool results, assistant prefill: nothing new from the citizen
        last = users[-1]
        earlier = [m.content for m in users[:-1] if m.content.strip()][-self.config.context_turns:] \
            if self.config.context_turns else []
        v = self.classify(last.content, "；".join(earlier) if earlier else None)
        if v.label in ("in", "conversational"):
            return Decision.allow(NAME)
        action = _OUT[self.config.out_of_scope] if v.label == "out" else _UNCLEAR[self.config.unclear]
        if action is Action.ALLOW:
            return Decision.allow(NAME)
        start, end = v.span or (0, len(last.content))
        score = 1.0 if v.margin is None else max(0.0, min(1.0, 0.5 - 10.0 * (v.margin - self.topic.out_below)))
        finding = Finding(NAME, v.reason, start, end, score, last.index)
        reply = self.config.handoff if action is Action.BLOCK else None
        return Decision(action, NAME, v.reason, (v.category,), score, (finding,), reply=reply)

    def check_response(self, text: str, ctx: FilterContext) -> Decision:
        return Decision.allow(NAME)

    def open_stream(self, ctx: FilterContext) -> None:
        return None
