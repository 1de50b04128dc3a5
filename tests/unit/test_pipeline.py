"""The filter chain: order, rewrites, first block, failures per on_error, streaming."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filters.base import FilterConfig, FilterContext, Message
from filters.decision import Action, Decision, Finding, StreamStep
from filters.pipeline import Pipeline, inline_runner
from filters.policy import load_policy
from proxy.executor import CpuRunner

TIERS = Path(__file__).resolve().parents[2] / "configs" / "tiers"
CTX = FilterContext("req_1", "R1")


class Cfg(FilterConfig):
    type: Literal["test"] = "test"


class Scripted:
    """A test filter: blocks on a pattern, rewrites a word, or fails, as configured."""

    def __init__(self, name: str, block: str | None = None, replace: tuple[str, str] | None = None,
                 fail: bool = False, sleep: float = 0.0, on_error: Literal["block", "allow"] = "block",
                 log: list[str] | None = None, timeout_ms: int = 100) -> None:
        self.name = name
        self.config = Cfg(on_error=on_error, timeout_ms=timeout_ms)
        self._block = re.compile(block) if block else None
        self._replace = replace
        self._fail = fail
        self._sleep = sleep
        self._log = log if log is not None else []

    def _decide(self, text: str, index: int) -> Decision | None:
        self._log.append(self.name)
        if self._sleep:
            time.sleep(self._sleep)
        if self._fail:
            raise RuntimeError("boom")
        if self._block is not None and (m := self._block.search(text)):
            return Decision(Action.BLOCK, self.name, f"{self.name}.hit", ("test",),
                            findings=(Finding(self.name, "HIT", m.start(), m.end(), 1.0, index),))
        if self._replace is not None and self._replace[0] in text:
            return Decision(Action.MODIFY, self.name, f"{self.name}.rewrite",
                            rewrites=((index, text.replace(*self._replace)),))
        return None

    def check_request(self, messages: Sequence[Message], ctx: FilterContext) -> Decision:
        for m in messages:
            d = self._decide(m.content, m.index)
            if d is not None:
                return d
        return Decision.allow(self.name)

    def check_response(self, text: str, ctx: FilterContext) -> Decision:
        return self._decide(text, -1) or Decision.allow(self.name)

    def open_stream(self, ctx: FilterContext) -> None:
        return None


def policy() -> Any:
    return load_policy("name: t\ntier: t2_citizen_service\nstream: {chunk_size: 16, context_size: 8}\n", TIERS)


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_request_filters_run_in_order_and_see_rewrites() -> None:
    log: list[str] = []
    p = Pipeline(policy(), [Scripted("a", replace=("张三", "<NAME>"), log=log), Scripted("b", block="张三", log=log)])
    res = run(p.acheck_request([Message(0, "user", "我是张三")], CTX, inline_runner))
    assert res.action is Action.MODIFY
    assert res.messages[0].content == "我是<NAME>"
    assert log == ["a", "b"]


def test_first_block_stops_the_chain() -> None:
    log: list[str] = []
    p = Pipeline(policy(), [Scripted("a", block="x", log=log), Scripted("b", log=log)])
    res = run(p.acheck_request([Message(0, "user", "x")], CTX, inline_runner))
    assert res.action is Action.BLOCK and log == ["a"]
    assert res.blocking is not None and res.blocking.reason == "a.hit"
    assert res.categories == ("test",)


def test_response_filters_run_in_reverse_order() -> None:
    log: list[str] = []
    p = Pipeline(policy(), [Scripted("a", log=log), Scripted("b", log=log)])
    run(p.acheck_response("hello", CTX, inline_runner))
    assert log == ["b", "a"]


@pytest.mark.parametrize(("on_error", "expected"), [("block", Action.BLOCK), ("allow", Action.ALLOW)])
def test_filter_failure_follows_on_error(on_error: Literal["block", "allow"], expected: Action) -> None:
    p = Pipeline(policy(), [Scripted("bad", fail=True, on_error=on_error)])
    res = run(p.acheck_request([Message(0, "user", "hi")], CTX, inline_runner))
    assert res.action is expected
    assert res.decisions[0].reason == "bad.error"


def test_filter_timeout_fails_closed_on_the_executor() -> None:
    async def go() -> Any:
        runner = CpuRunner(2, 4)
        p = Pipeline(policy(), [Scripted("slow", sleep=0.5)])
        try:
            return await p.acheck_request([Message(0, "user", "hi")], CTX, runner.run)
        finally:
            runner.shutdown()

    res = run(go())
    assert res.action is Action.BLOCK and res.decisions[0].reason == "slow.timeout"


def test_stream_failure_blocks_the_stream() -> None:
    p = Pipeline(policy(), [Scripted("bad", fail=True)])
    s = p.open_stream(CTX)
    out = s.feed("x" * 40)
    assert out == "" and s.blocked is not None and s.blocked.reason == "bad.error"
    assert s.feed("more") == "" and s.flush() == ""


TEXT = st.text(alphabet="ab禁词xyz ", min_size=0, max_size=120)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.lists(st.integers(min_value=0, max_value=120), max_size=10))
def test_stream_decision_and_text_do_not_depend_on_the_split(text: str, cuts: list[int]) -> None:
    """Split every answer at arbitrary points: the released text and the decision are the
    same as for one delta, and (for matches shorter than the context) as the
    non-streaming decision on the whole text."""
    p = Pipeline(policy(), [Scripted("kw", block="禁词")])
    points = sorted({c for c in cuts if c <= len(text)})
    pieces = [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]

    def streamed(parts: list[str]) -> tuple[str, bool]:
        s = p.open_stream(CTX)
        out = "".join(s.feed(x) for x in parts) + s.flush()
        return out, s.blocked is not None

    whole = streamed([text])
    assert streamed(pieces) == whole
    blocked_whole = run(p.acheck_response(text, CTX, inline_runner)).action is Action.BLOCK
    assert whole[1] == blocked_whole
    if not blocked_whole:
        assert whole[0] == text
    else:
        assert "禁词" not in whole[0]


def test_window_hold_back_is_bounded() -> None:
    p = Pipeline(policy(), [Scripted("kw", block="禁词")])
    s = p.open_stream(CTX)
    released = "".join(s.feed(c) for c in "x" * 100)
    assert len(released) >= 100 - (16 + 8)  # chunk_size + context_size held back at most


class Holding:
    """An inspector that holds everything back until flush, then releases upper-cased."""

    def __init__(self) -> None:
        self.buf = ""

    def feed(self, delta: str) -> StreamStep:
        self.buf += delta
        return StreamStep()

    def flush(self) -> StreamStep:
        return StreamStep(release=self.buf.upper())


class HoldingFilter(Scripted):
    def open_stream(self, ctx: FilterContext) -> Holding:  # type: ignore[override]
        return Holding()


def test_flush_feeds_the_next_inspector() -> None:
    p = Pipeline(policy(), [Scripted("kw", block="SECRET"), HoldingFilter("hold")])
    s = p.open_stream(CTX)
    assert s.feed("my secret") == ""
    assert s.flush() == ""
    assert s.blocked is not None and s.blocked.reason == "kw.hit"


def test_filter_timeout_counts_from_the_start_of_its_work_not_its_wait_in_the_queue() -> None:
    """One worker busy with a 0.3 s call: a quick filter queued behind it with a 0.1 s
    timeout still gets its decision; a queue wait past ``queue_timeout_s`` fails closed."""

    async def go(queue_timeout_s: float) -> tuple[Any, Any]:
        runner = CpuRunner(1, 4, queue_timeout_s=queue_timeout_s)
        slow = Pipeline(policy(), [Scripted("slow", sleep=0.3, timeout_ms=1000)])
        quick = Pipeline(policy(), [Scripted("quick", timeout_ms=100)])
        try:
            msgs = [Message(0, "user", "hi")]
            first = asyncio.ensure_future(slow.acheck_request(msgs, CTX, runner.run))
            await asyncio.sleep(0.02)  # the slow call holds the only worker
            second = await quick.acheck_request(msgs, CTX, runner.run)
            return await first, second
        finally:
            runner.shutdown()

    slow, quick = run(go(2.0))
    assert slow.action is Action.ALLOW and quick.action is Action.ALLOW
    _, starved = run(go(0.05))
    assert starved.action is Action.BLOCK and starved.decisions[0].reason == "quick.timeout"
