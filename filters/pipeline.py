"""The filter chain.

``Pipeline.from_policy`` builds the filters once; the proxy swaps whole pipelines on
reload and never mutates one. Request filters run in policy order and each sees the
messages as the previous one rewrote them; response filters run in reverse (Envoy's
encoder order). The first BLOCK stops the chain.

Filters are synchronous. The caller passes a ``Runner`` that executes one filter call
off the event loop with a timeout; an exception or a timeout becomes a decision with
reason ``<filter>.error`` / ``<filter>.timeout`` whose action is the filter's
``on_error`` (block unless the policy says allow).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from filters.base import Filter, FilterContext, Message, Phase, StreamInspector
from filters.decision import ACTION_RANK, Action, Decision, Finding, StreamStep, strongest
from filters.policy import Policy
from filters.registry import build_filter
from filters.stream import WindowInspector
from models.store import ModelStore

__all__ = ["Pipeline", "PipelineResult", "Runner", "StreamSession", "inline_runner"]

T = TypeVar("T")
#: run(fn, args, timeout_s) -> result, off the event loop; raises TimeoutError on timeout.
Runner = Callable[[Callable[..., Any], tuple[Any, ...], float], Awaitable[Any]]


async def inline_runner(fn: Callable[..., Any], args: tuple[Any, ...], timeout_s: float) -> Any:
    """Runs on the calling thread; for tools and tests that have no executor."""
    return fn(*args)


@dataclass(frozen=True, slots=True)
class PipelineResult:
    action: Action
    decisions: tuple[Decision, ...]
    messages: tuple[Message, ...] = ()
    text: str | None = None  # the response text after rewrites (response phase)

    @property
    def categories(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for d in self.decisions:
            if d.action is not Action.ALLOW:
                for c in d.categories:
                    seen[c] = None
        return tuple(seen)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for d in self.decisions for f in d.findings)

    @property
    def blocking(self) -> Decision | None:
        for d in self.decisions:
            if d.action is Action.BLOCK:
                return d
        return None


def _error_decision(f: Filter, kind: str) -> Decision:
    action = Action.BLOCK if f.config.on_error == "block" else Action.ALLOW
    return Decision(action, f.name, f"{f.name}.{kind}", ("filter_error",))


class Pipeline:
    def __init__(self, policy: Policy, filters: Sequence[Filter]) -> None:
        self.policy = policy
        self.version = policy.version()
        self.filters = tuple(filters)
        self.request_filters = tuple(f for f in self.filters if Phase.REQUEST in f.config.phases)
        self.response_filters = tuple(reversed([f for f in self.filters if Phase.RESPONSE in f.config.phases]))
        #: True when a filter watches answers for the system prompt's canary (prompt leakage).
        self.uses_canary = any(getattr(f, "uses_canary", False) for f in self.filters)
        #: True when every response inspector is inline: the stream is fed on the event loop.
        self.inline_stream = all(
            getattr(f, "inline_stream", getattr(f, "inline", False)) for f in self.response_filters
        )

    @classmethod
    def from_policy(cls, policy: Policy, models: ModelStore) -> Pipeline:
        return cls(policy, [build_filter(cfg, models) for cfg in policy.filters if cfg.enabled])

    async def _call(self, f: Filter, fn: Callable[..., Decision], args: tuple[Any, ...], run: Runner) -> Decision:
        started = time.perf_counter()
        try:
            if getattr(f, "inline", False):
                decision = fn(*args)
            else:
                decision = await run(fn, args, f.config.timeout_ms / 1000.0)
        except TimeoutError:
            decision = _error_decision(f, "timeout")
        except Exception:  # noqa: BLE001 - any filter failure is a decision, per on_error
            decision = _error_decision(f, "error")
        return replace(decision, elapsed_ms=(time.perf_counter() - started) * 1000.0)

    async def acheck_request(self, messages: Sequence[Message], ctx: FilterContext, run: Runner) -> PipelineResult:
        current = tuple(messages)
        decisions: list[Decision] = []
        for f in self.request_filters:
            d = await self._call(f, f.check_request, (current, ctx), run)
            decisions.append(d)
            if d.action is Action.BLOCK:
                break
            if d.action is Action.MODIFY and d.rewrites:
                current = _apply_rewrites(current, d.rewrites)
        return PipelineResult(strongest(decisions), tuple(decisions), current)

    async def acheck_response(self, text: str, ctx: FilterContext, run: Runner) -> PipelineResult:
        current = text
        decisions: list[Decision] = []
        for f in self.response_filters:
            d = await self._call(f, f.check_response, (current, ctx), run)
            decisions.append(d)
            if d.action is Action.BLOCK:
                break
            if d.action is Action.MODIFY:
                current = dict(d.rewrites).get(-1, current)
        return PipelineResult(strongest(decisions), tuple(decisions), text=current)

    def warm_up(self) -> None:
        """Run every filter once on sample text, so lazy initialisation (compiled
        patterns, first model call) happens now and not on a citizen's request."""
        ctx = FilterContext("warm-up", "warm-up")
        sample = (Message(0, "system", "你是福田区政务服务中心的智能导办员。"),
                  Message(1, "user", "你好，请问营业执照怎么办理？我的电话是13800000000。Hello."))
        for f in self.filters:
            try:
                f.check_request(sample, ctx)
                f.check_response("您好，营业执照可以在福田区政务服务中心办理。", ctx)
                inspector = f.open_stream(ctx)
                if inspector is not None:
                    inspector.feed("您好，营业执照可以在福田区政务服务中心办理。")
                    inspector.flush()
            except Exception:  # noqa: BLE001 - a failing filter fails closed on real requests
                continue

    def open_stream(self, ctx: FilterContext) -> StreamSession:
        inspectors: list[tuple[Filter, StreamInspector]] = []
        for f in self.response_filters:
            inspector = f.open_stream(ctx)
            if inspector is None:
                inspector = WindowInspector(f, ctx, self.policy.stream.chunk_size, self.policy.stream.context_size)
            inspectors.append((f, inspector))
        return StreamSession(inspectors)


def _apply_rewrites(messages: tuple[Message, ...], rewrites: tuple[tuple[int, str], ...]) -> tuple[Message, ...]:
    new = dict(rewrites)
    return tuple(replace(m, content=new[m.index]) if m.index in new else m for m in messages)


class StreamSession:
    """Per-stream state: one inspector per response filter, chained in response order.

    ``feed`` passes a delta through every inspector; what the last one releases may be
    sent to the client. Once a filter blocks, the session stays blocked.
    """

    def __init__(self, inspectors: Sequence[tuple[Filter, StreamInspector]]) -> None:
        self._inspectors = tuple(inspectors)
        self.decisions: list[Decision] = []
        self.blocked: Decision | None = None
        self.released_chars = 0

    def _guard(self, f: Filter, step: Callable[[], StreamStep]) -> StreamStep:
        started = time.perf_counter()
        try:
            out = step()
        except Exception:  # noqa: BLE001 - an inspector failure is a decision, per on_error
            d = _error_decision(f, "error")
            out = StreamStep(decision=d) if d.action is Action.BLOCK else StreamStep(extra=[d])
        if out.decision is not None:
            elapsed = (time.perf_counter() - started) * 1000.0
            self.decisions.append(replace(out.decision, elapsed_ms=elapsed))
        self.decisions.extend(out.extra)
        return out

    def feed(self, delta: str) -> str:
        if self.blocked is not None:
            return ""
        text = delta
        for f, inspector in self._inspectors:
            if not text:
                break
            step = self._guard(f, lambda: inspector.feed(text))  # noqa: B023 - called at once
            if step.blocked:
                self.blocked = step.decision
                return ""
            text = step.release
        self.released_chars += len(text)
        return text

    def flush(self) -> str:
        if self.blocked is not None:
            return ""
        carry = ""
        for f, inspector in self._inspectors:
            parts = []
            if carry:
                step = self._guard(f, lambda: inspector.feed(carry))  # noqa: B023
                if step.blocked:
                    self.blocked = step.decision
                    return ""
                parts.append(step.release)
            step = self._guard(f, inspector.flush)
            if step.blocked:
                self.blocked = step.decision
                return ""
            parts.append(step.release)
            carry = "".join(parts)
        self.released_chars += len(carry)
        return carry

    @property
    def action(self) -> Action:
        if self.blocked is not None:
            return Action.BLOCK
        best = Action.ALLOW
        for d in self.decisions:
            if ACTION_RANK[d.action] > ACTION_RANK[best]:
                best = d.action
        return best
