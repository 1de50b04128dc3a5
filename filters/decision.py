"""Decision types shared by every filter.

A detector reports findings; the filter applies its policy and returns one frozen
``Decision``. ``MODIFY`` and ``BLOCK`` are different actions, so a redaction never
reads as "invalid". Findings carry types and offsets, never the matched values, and
``reason`` is a stable code (``"size.too_many_messages"``), never user text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

__all__ = ["ACTION_RANK", "Action", "Decision", "Finding", "StreamStep", "raised_categories", "strongest"]


class Action(StrEnum):
    ALLOW = "allow"
    FLAG = "flag"  # allow, and put the exchange in the review queue
    MODIFY = "modify"  # allow a rewritten text
    BLOCK = "block"


#: Severity order used to combine decisions: the strongest action wins.
ACTION_RANK: dict[Action, int] = {Action.ALLOW: 0, Action.FLAG: 1, Action.MODIFY: 2, Action.BLOCK: 3}


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected span. ``start``/``end`` are character offsets into the message content."""

    filter: str
    type: str
    start: int
    end: int
    score: float = 1.0
    message_index: int = -1  # index in the request's messages; -1 for the response text

    def as_dict(self) -> dict[str, object]:
        return {
            "filter": self.filter,
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
            "message_index": self.message_index,
        }


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    filter: str
    reason: str = ""
    categories: tuple[str, ...] = ()
    score: float | None = None
    findings: tuple[Finding, ...] = ()
    # Replacement contents when MODIFY: message index -> new content (request phase),
    # or {-1: new text} for a response.
    rewrites: tuple[tuple[int, str], ...] = ()
    elapsed_ms: float = 0.0
    # BLOCK only: the answer the proxy gives instead of the persona's generic refusal (e.g.
    # the scope filter's hand-off in the robot's voice). Policy text, never user text; not audited.
    reply: str | None = None

    @classmethod
    def allow(cls, filter_name: str) -> Decision:
        return cls(Action.ALLOW, filter_name)

    def audit_dict(self) -> dict[str, object]:
        """What the audit trail keeps: codes, scores, offsets and timings, no text."""
        return {
            "filter": self.filter,
            "action": self.action.value,
            "reason": self.reason,
            "categories": list(self.categories),
            "score": None if self.score is None else round(self.score, 4),
            "findings": [f.as_dict() for f in self.findings],
            "elapsed_ms": round(self.elapsed_ms, 3),
        }


@dataclass(slots=True)
class StreamStep:
    """What a stream inspector returns for one delta: text safe to release now, or a block."""

    release: str = ""
    decision: Decision | None = None
    extra: list[Decision] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        return self.decision is not None and self.decision.action is Action.BLOCK


def strongest(decisions: list[Decision] | tuple[Decision, ...]) -> Action:
    best = Action.ALLOW
    for d in decisions:
        if ACTION_RANK[d.action] > ACTION_RANK[best]:
            best = d.action
    return best


def raised_categories(decisions: list[Decision] | tuple[Decision, ...]) -> tuple[str, ...]:
    """The categories of every decision that did more than allow, first seen first, once each."""
    seen: dict[str, None] = {}
    for d in decisions:
        if d.action is not Action.ALLOW:
            seen.update(dict.fromkeys(d.categories))
    return tuple(seen)
