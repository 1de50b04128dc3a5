"""Tool-call control on the chat path: definitions in requests, calls in answers.

``prepare_request`` applies the policy's allow-list to the vendor's tool definitions
before the model sees them (``filters.tools.definitions``); removed names are recorded
as a ``tools`` decision, a refused request is a 400 in OpenAI's error shape.

``ToolGuard.review`` decides the calls of one answer, complete calls only:

1. the call itself (``filters.tools.calls.check_call``): an unlisted tool, arguments
   that are not a JSON object, arguments outside the tool's constraints are stripped
   or block the answer per ``on_violation`` (with ``enforce: false`` malformed
   arguments are only flagged);
2. the text inside the arguments: the string values of a call's arguments go through
   the response filters like answer text, joined by newlines into one text (one filter
   pass per call). A BLOCK (content safety, the prompt-leak canary, answer length)
   blocks the whole answer; a rewrite (placeholders restored) is written back into the
   parsed value and the arguments are serialized again with ``json.dumps``, so they stay
   valid JSON. Calls no filter changed are released byte for byte as the model sent them.

Non-streaming answers are reviewed in ``review_message``. Streams use ``StreamTools``:
tool-call deltas are taken out of the events and assembled, text deltas keep flowing,
and at the choice's finish the complete calls are reviewed and sent, before the finish
chunk. ``finish_reason`` follows what is left: ``tool_calls`` while a call remains;
``stop`` when all calls were stripped but text was sent; the robot's refusal with
``content_filter`` when nothing is left to say.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from filters.base import FilterContext
from filters.decision import ACTION_RANK, Action, Decision, strongest
from filters.pipeline import Pipeline, Runner
from filters.tools import (
    ARGUMENTS,
    MALFORMED,
    NOT_ALLOWED,
    AssembledCall,
    DefinitionError,
    ToolCallAssembler,
    ToolPolicy,
    check_arguments,
    check_call,
    dump_arguments,
    filter_definitions,
    replace_leaves,
    string_leaves,
)
from filters.tools.decision import ToolDecision
from proxy.errors import RequestError

__all__ = [
    "FILTER",
    "StreamTools",
    "ToolGuard",
    "ToolReview",
    "answer_finish",
    "check_tool_calls",
    "defined_names",
    "prepare_request",
]

FILTER = "tools"
_BROKEN_CATEGORY = {"tools.too_many_calls": NOT_ALLOWED, "tools.arguments.too_long": ARGUMENTS}
#: Above this many string values, a call whose rewrite must be applied value by value
#: is blocked instead (bounded work per answer).
MAX_LEAVES_ONE_BY_ONE = 256


def defined_names(payload: dict[str, Any]) -> frozenset[str]:
    """Function names the vendor defined in the request (after ``prepare_request``)."""
    names: set[str] = set()
    tools, functions = payload.get("tools"), payload.get("functions")
    for entry in tools if isinstance(tools, list) else ():
        fn = entry.get("function") if isinstance(entry, dict) else None
        if isinstance(fn, dict) and isinstance(fn.get("name"), str):
            names.add(fn["name"])
    for entry in functions if isinstance(functions, list) else ():
        if isinstance(entry, dict) and isinstance(entry.get("name"), str):
            names.add(entry["name"])
    return frozenset(names)


def prepare_request(policy: ToolPolicy, payload: dict[str, Any]) -> list[Decision]:
    """Removes (or refuses) tool definitions the policy does not allow, in place."""
    try:
        result = filter_definitions(policy, payload)
    except DefinitionError as exc:
        raise RequestError(str(exc), code=exc.code, param=exc.param) from exc
    if not result.removed:
        return []
    return [ToolDecision(Action.MODIFY, FILTER, "tools.definitions_removed", (NOT_ALLOWED,), tools=result.removed)]


@dataclass(slots=True)
class ToolReview:
    kept: list[AssembledCall] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    blocked: Decision | None = None
    had_calls: bool = False
    audit_text: str = ""  # the calls as the model sent them, for the audit transcript

    @property
    def action(self) -> Action:
        return Action.BLOCK if self.blocked is not None else strongest(self.decisions)


def answer_finish(upstream: Any, review: ToolReview, has_text: bool) -> str | None:
    """The finish_reason to send after a review; None: answer with the refusal instead."""
    if not review.had_calls or review.kept:
        return upstream if isinstance(upstream, str) else ("tool_calls" if review.kept else "stop")
    if not has_text:
        return None
    return "stop" if upstream in (None, "tool_calls", "function_call") else str(upstream)


class ToolGuard:
    """Reviews the calls of one answer against the robot's policy and response filters."""

    def __init__(
        self, policy: ToolPolicy, pipeline: Pipeline, ctx: FilterContext, run: Runner, defined: frozenset[str]
    ) -> None:
        self.policy = policy
        self.pipeline = pipeline
        self.ctx = ctx
        self.run = run
        self.defined = defined

    def label(self, name: str) -> str:
        """The tool's name for the audit trail (a hash for a name only the model produced)."""
        if name in self.defined or self.policy.tool(name) is not None:
            return name
        return "unlisted:" + hashlib.sha256(name.encode("utf-8", "replace")).hexdigest()[:12]

    def _violation(self, review: ToolReview, category: str, reason: str, call: AssembledCall | None) -> None:
        tools = (self.label(call.name),) if call is not None else ()
        if self.policy.on_violation == "block":
            review.blocked = ToolDecision(Action.BLOCK, FILTER, reason, (category,), tools=tools)
            review.decisions.append(review.blocked)
        else:
            review.decisions.append(ToolDecision(Action.MODIFY, FILTER, reason, (category,), tools=tools))

    async def review(self, calls: list[AssembledCall], broken: str | None = None) -> ToolReview:
        review = ToolReview(had_calls=bool(calls) or broken is not None)
        review.audit_text = "".join(
            f'\n<tool_call name="{c.name[:64]}">{c.arguments[: self.policy.max_argument_chars]}</tool_call>'
            for c in calls[: self.policy.max_calls])
        if broken is not None or len(calls) > self.policy.max_calls:
            # the stream's calls cannot be trusted (or there are too many): none is released
            reason = broken or "tools.too_many_calls"
            category = _BROKEN_CATEGORY.get(reason, MALFORMED)
            if self.policy.enforce:
                self._violation(review, category, reason, None)
            else:
                review.decisions.append(ToolDecision(Action.MODIFY, FILTER, reason, (category,)))
            return review
        for call in calls:
            if call.shape_error is not None:  # never released, enforced or not: its text cannot be filtered
                if self.policy.enforce:
                    self._violation(review, MALFORMED, call.shape_error, call)
                    if review.blocked is not None:
                        return review
                else:
                    review.decisions.append(ToolDecision(Action.MODIFY, FILTER, call.shape_error, (MALFORMED,)))
                continue
            check = check_call(self.policy, call.name, call.arguments, constraints=False)
            if check.problem is not None and self.policy.enforce:
                self._violation(review, check.problem, check.reason, call)
                if review.blocked is not None:
                    return review
                continue
            if check.problem is not None:  # not enforcing: malformed arguments are flagged
                review.decisions.append(
                    ToolDecision(Action.FLAG, FILTER, check.reason, (check.problem,), tools=(self.label(call.name),)))
            blocked, value = await self._filter_arguments(review, call, check.arguments)
            if blocked:
                return review
            # constraints hold for what the tool receives (placeholders restored); not JSON: flagged above
            late = check_arguments(self.policy, call.name, value) if value is not None else None
            if late is not None and late.problem is not None:
                self._violation(review, late.problem, late.reason, call)
                if review.blocked is not None:
                    return review
                continue
            review.kept.append(call)
        return review

    async def _check_text(self, review: ToolReview, call: AssembledCall, text: str) -> str | None:
        """Runs the response filters on one text; the rewritten text, or None when blocked."""
        res = await self.pipeline.acheck_response(text, self.ctx, self.run)
        tools = (self.label(call.name),)
        for d in res.decisions:
            if d.action is not Action.ALLOW:  # each call's allow decisions would only repeat the answer's
                review.decisions.append(ToolDecision(d.action, d.filter, d.reason, d.categories, d.score, d.findings,
                                                     (), d.elapsed_ms, tools=tools))
        if res.action is Action.BLOCK:
            review.blocked = review.decisions[-1]
            return None
        return text if res.text is None else res.text

    async def _filter_arguments(self, review: ToolReview, call: AssembledCall, value: Any) -> tuple[bool, Any]:
        """Filters the text in a call's arguments and rewrites them in place.

        Returns (blocked, the final parsed arguments, or None when they are not JSON).
        """
        if value is None:  # not JSON (flagged above): the raw text is what a client would read
            new = await self._check_text(review, call, call.arguments)
            if new is None:
                return True, None
            call.arguments = new
            return False, None
        leaves = string_leaves(value)
        if not any(leaves):
            return False, value
        if len(leaves) > 1 and not any("\n" in leaf for leaf in leaves):
            text = "\n".join(leaves)
            joined = await self._check_text(review, call, text)
            if joined is None:
                return True, None
            if joined == text:
                return False, value
            parts = joined.split("\n")
            if len(parts) == len(leaves):
                value = replace_leaves(value, parts)
                call.arguments = dump_arguments(value)
                return False, value
        if len(leaves) > MAX_LEAVES_ONE_BY_ONE:
            review.blocked = ToolDecision(Action.BLOCK, FILTER, "tools.arguments.too_complex", (MALFORMED,),
                                          tools=(self.label(call.name),))
            review.decisions.append(review.blocked)
            return True, None
        new_leaves: list[str] = []
        for leaf in leaves:
            new_leaf = await self._check_text(review, call, leaf) if leaf else leaf
            if new_leaf is None:
                return True, None
            new_leaves.append(new_leaf)
        if new_leaves != leaves:
            value = replace_leaves(value, new_leaves)
            call.arguments = dump_arguments(value)
        return False, value

    async def review_message(self, choice: dict[str, Any], message: dict[str, Any]) -> ToolReview | None:
        """Reviews a non-streamed answer's ``tool_calls``/``function_call`` in place.

        Returns None when the answer has no calls. On a block the caller answers with
        the refusal; otherwise the message keeps the released calls and ``finish_reason``
        is set (None in it asks the caller for the refusal).
        """
        raw = message.get("tool_calls")
        legacy = message.get("function_call")
        if raw is None and legacy is None:
            return None
        entries: list[Any] = raw if isinstance(raw, list) else []
        calls = [_from_dict(i, e) for i, e in enumerate(entries)]
        if legacy is not None:
            calls.append(_from_legacy(len(calls), legacy))
        broken = None if raw is None or isinstance(raw, list) else "tools.malformed.shape"
        review = await self.review(calls, broken)
        if review.blocked is not None:
            return review
        kept_ids = {c.index: c for c in review.kept}
        new_calls = []
        for i, e in enumerate(entries):
            if i in kept_ids:
                e["function"]["arguments"] = kept_ids[i].arguments
                new_calls.append(e)
        if new_calls:
            message["tool_calls"] = new_calls
        else:
            message.pop("tool_calls", None)
        if legacy is not None:
            if len(entries) in kept_ids:
                legacy["arguments"] = kept_ids[len(entries)].arguments
            else:
                message.pop("function_call", None)
        content = message.get("content")
        choice["finish_reason"] = answer_finish(choice.get("finish_reason"), review,
                                                isinstance(content, str) and bool(content))
        return review


async def check_tool_calls(
    rt: Any, entries: list[Any], ctx: FilterContext, run: Runner, body: dict[str, Any]
) -> tuple[list[Decision], Action]:
    """``/v1/guard/check``: decides an answer's tool calls as the chat path would.

    Adds to the check's ``body``: the combined ``action``, ``categories``, ``reasons`` and
    ``tool_calls`` (the calls the proxy would release, arguments as it would send them).
    """
    guard = ToolGuard(rt.policy.tools, rt.pipeline, ctx, run, frozenset())
    review = await guard.review([_from_dict(i, e) for i, e in enumerate(entries)])
    kept = {c.index: c.arguments for c in review.kept} if review.blocked is None else {}
    released = []
    for i, e in enumerate(entries):
        if i in kept:
            released.append({**e, "function": {**e["function"], "arguments": kept[i]}})
    body["tool_calls"] = released
    action = review.action
    if ACTION_RANK[action] > ACTION_RANK[Action(body["action"])]:
        body["action"] = action.value
    for d in review.decisions:
        if d.action is not Action.ALLOW:
            body["categories"] = list(dict.fromkeys([*body["categories"], *d.categories]))
            body["reasons"].append(d.reason)
            body["findings"].extend(f.as_dict() for f in d.findings)
    return review.decisions, action


def _from_dict(index: int, entry: Any) -> AssembledCall:
    """A non-streamed call; one of the wrong shape carries its reason and is never released."""
    fn = entry.get("function") if isinstance(entry, dict) else None
    if not isinstance(fn, dict) or not isinstance(fn.get("name"), str):
        return AssembledCall(index, shape_error="tools.malformed.shape")
    args = fn.get("arguments", "")
    call = AssembledCall(index, str(entry.get("id", "")), "function", fn["name"])
    if isinstance(args, str):
        call.arguments = args
    else:
        call.shape_error = "tools.malformed.arguments"
    return call


def _from_legacy(index: int, legacy: Any) -> AssembledCall:
    if not isinstance(legacy, dict) or not isinstance(legacy.get("name"), str):
        return AssembledCall(index, legacy=True, shape_error="tools.malformed.shape")
    call = AssembledCall(index, name=legacy["name"], legacy=True)
    args = legacy.get("arguments", "")
    if isinstance(args, str):
        call.arguments = args
    else:
        call.shape_error = "tools.malformed.arguments"
    return call


class StreamTools:
    """One stream's tool calls: taken out of the deltas, reviewed at the choice's finish."""

    def __init__(self, guard: ToolGuard) -> None:
        self.guard = guard
        self.assembler = ToolCallAssembler(guard.policy.max_calls + 1, guard.policy.max_argument_chars)
        self.review: ToolReview | None = None

    @property
    def pending(self) -> bool:
        return bool(self.assembler) and self.review is None

    def take(self, delta: dict[str, Any]) -> dict[str, Any]:
        """The delta without its tool-call pieces, which are kept for later."""
        if "tool_calls" in delta:
            if delta["tool_calls"] is not None:
                self.assembler.feed(delta["tool_calls"])
        if "function_call" in delta:
            if delta["function_call"] is not None:
                self.assembler.feed_legacy(delta["function_call"])
        return {k: v for k, v in delta.items() if k not in ("tool_calls", "function_call")}

    async def finish(self) -> ToolReview:
        self.review = await self.guard.review(self.assembler.calls(), self.assembler.broken)
        return self.review

    @staticmethod
    def deltas(review: ToolReview) -> list[dict[str, Any]]:
        """The deltas that send the released calls, renumbered from 0."""
        out: list[dict[str, Any]] = []
        position = 0
        for call in review.kept:
            if call.legacy:
                out.append({"function_call": {"name": call.name, "arguments": call.arguments}})
                continue
            out.append({"tool_calls": [{"index": position, **call.as_tool_call()}]})
            position += 1
        return out
