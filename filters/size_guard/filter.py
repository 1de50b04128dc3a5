"""Size guard filter: rejects oversized or malformed conversations and answers.

Reason codes: ``size.too_many_messages``, ``size.message_too_long``,
``size.total_too_long``, ``size.control_chars``, ``size.response_too_long``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import Field

from filters.base import FilterConfig, FilterContext, Message
from filters.decision import Action, Decision, Finding, StreamStep
from filters.size_guard.detect import find_control_chars, strip_control_chars

NAME = "size_guard"


class SizeGuardConfig(FilterConfig):
    type: Literal["size_guard"] = "size_guard"
    max_messages: int = Field(default=200, ge=1)
    max_message_chars: int = Field(default=32_000, ge=1)
    max_total_chars: int = Field(default=128_000, ge=1)
    max_response_chars: int = Field(default=32_000, ge=1)
    #: ``strip`` removes control characters (MODIFY), ``block`` refuses, ``allow`` ignores.
    control_chars: Literal["strip", "block", "allow"] = "strip"
    timeout_ms: int = Field(default=50, ge=1, le=60_000)


class SizeGuard:
    name = NAME
    inline = True  # length counts and one linear regex: microseconds

    def __init__(self, config: SizeGuardConfig) -> None:
        self.config = config

    def check_request(self, messages: Sequence[Message], ctx: FilterContext) -> Decision:
        cfg = self.config
        if len(messages) > cfg.max_messages:
            return Decision(Action.BLOCK, NAME, "size.too_many_messages", ("size",))
        total = 0
        for m in messages:
            n = len(m.content)
            if n > cfg.max_message_chars:
                return Decision(
                    Action.BLOCK, NAME, "size.message_too_long", ("size",),
                    findings=(Finding(NAME, "MESSAGE_TOO_LONG", 0, n, 1.0, m.index),),
                )
            total += n
        if total > cfg.max_total_chars:
            return Decision(Action.BLOCK, NAME, "size.total_too_long", ("size",))
        if cfg.control_chars == "allow":
            return Decision.allow(NAME)
        findings = tuple(
            Finding(NAME, "CONTROL_CHARS", s, e, 1.0, m.index)
            for m in messages
            for s, e in find_control_chars(m.content)
        )
        if not findings:
            return Decision.allow(NAME)
        if cfg.control_chars == "block":
            return Decision(Action.BLOCK, NAME, "size.control_chars", ("format",), findings=findings)
        touched = sorted({f.message_index for f in findings})
        rewrites = tuple((i, strip_control_chars(messages_by_index(messages, i).content)) for i in touched)
        return Decision(Action.MODIFY, NAME, "size.control_chars", ("format",), findings=findings, rewrites=rewrites)

    def check_response(self, text: str, ctx: FilterContext) -> Decision:
        if len(text) > self.config.max_response_chars:
            return Decision(Action.BLOCK, NAME, "size.response_too_long", ("size",))
        return Decision.allow(NAME)

    def open_stream(self, ctx: FilterContext) -> _LengthInspector:
        return _LengthInspector(self.config.max_response_chars)


class _LengthInspector:
    """Counts released characters; blocks once the answer exceeds the limit."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._seen = 0

    def feed(self, delta: str) -> StreamStep:
        self._seen += len(delta)
        if self._seen > self._limit:
            return StreamStep(decision=Decision(Action.BLOCK, NAME, "size.response_too_long", ("size",)))
        return StreamStep(release=delta)

    def flush(self) -> StreamStep:
        return StreamStep()


def messages_by_index(messages: Sequence[Message], index: int) -> Message:
    for m in messages:
        if m.index == index:
            return m
    raise KeyError(index)
