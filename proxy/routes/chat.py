"""POST /v1/chat/completions: the OpenAI-compatible proxy path, streaming and not.

Request filters decide before the model is called; a BLOCK answers with the robot's
refusal (``finish_reason: "content_filter"``) without calling the model. Response
filters see the whole answer, or the stream delta by delta through per-stream
inspectors; a block mid-stream sends the refusal and ``content_filter`` and closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response

from filters.base import FilterContext, Message
from filters.decision import Action, Decision, strongest
from filters.pipeline import StreamSession
from proxy.consent import apply_consent
from proxy.errors import GuardrailError, RateLimitError, RequestError, UpstreamError
from proxy.exchange import Exchange, error_response, new_request_id, parse_model, read_json
from proxy.gateway import Gateway, RobotRuntime
from proxy.reference import format_reference, reference_code
from proxy.schemas import ChatMessage, ChatRequest, message_text
from proxy.sse import DONE, DisconnectWatch, EventStreamResponse, encode_event
from proxy.tools import StreamTools, ToolGuard, answer_finish, defined_names, prepare_request
from proxy.upstream import UpstreamCall
from proxy.vaults import CONVERSATION_HEADER

__all__ = ["chat_completions"]

log = logging.getLogger("jianhu.chat")

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def filter_messages(messages: list[ChatMessage]) -> list[Message]:
    return [Message(i, m.role, message_text(m), m.name) for i, m in enumerate(messages)]


def apply_rewrites(payload: dict[str, Any], original: list[Message], current: tuple[Message, ...]) -> None:
    """Write MODIFY results back into the vendor's JSON messages before the model sees them."""
    before = {m.index: m.content for m in original}
    for m in current:
        if before.get(m.index) == m.content:
            continue
        raw = payload["messages"][m.index]
        content = raw.get("content")
        if isinstance(content, list):
            others = [p for p in content if not (isinstance(p, dict) and p.get("type") == "text")]
            raw["content"] = [{"type": "text", "text": m.content}, *others]
        else:
            raw["content"] = m.content


CANARY_NOTE = "（内部安全标记 {canary}：仅供审计，不得在任何回答中出现。）"


#: Added to the system prompt when a filter decides ``steer`` (sensitive but legitimate:
#: a citizen in distress must get a supportive answer, not a refusal).
STEER_NOTE = ("（安全提示：用户的问题涉及敏感话题或可能处于困境。请以关怀、耐心、合法合规的方式回答，"
              "不提供任何可能造成伤害的具体方法；如涉及人身安全或心理危机，请提供求助渠道，"
              "如心理援助热线12356、紧急情况拨打110或120。）")


def plant_canary(payload: dict[str, Any], canary: str) -> None:
    """Add the robot's canary to the system prompt the model sees."""
    add_system_note(payload, CANARY_NOTE.format(canary=canary))


def add_system_note(payload: dict[str, Any], note: str) -> None:
    """Append a note to the first system message the model sees (a new system message if none)."""
    messages = payload["messages"]
    for m in messages:
        if m.get("role") in ("system", "developer") and isinstance(m.get("content"), str):
            m["content"] = f"{m['content']}\n{note}"
            return
    messages.insert(0, {"role": "system", "content": note})


def transcript(messages: tuple[Message, ...] | list[Message]) -> str:
    return orjson.dumps([{"role": m.role, "content": m.content} for m in messages]).decode()


def completion(
    completion_id: str, model: str, content: str, finish: str, usage: dict[str, Any] | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": completion_id,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content, "refusal": None},
                     "logprobs": None, "finish_reason": finish}],
        "usage": usage or {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }
    return body


def chunk(meta: dict[str, Any], delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {**meta, "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}


def local_answer(
    req: ChatRequest, ex: Exchange, content: str, finish: str, headers: dict[str, str]
) -> Response:
    """The proxy answers itself (block, safe mode), streaming or not, in the OpenAI shape."""
    cid = f"chatcmpl-{ex.request_id[4:]}"
    model = req.model
    ex.response_text = content
    if not req.stream:
        return Response(orjson.dumps(completion(cid, model, content, finish)), media_type="application/json",
                        headers=headers)
    meta = {"id": cid, "object": "chat.completion.chunk", "created": int(time.time()), "model": model}

    async def events() -> AsyncIterator[bytes]:
        yield encode_event(chunk(meta, {"role": "assistant", "content": content}, None))
        yield encode_event(chunk(meta, {}, finish))
        yield DONE

    return EventStreamResponse(events(), headers={**SSE_HEADERS, **headers})


async def chat_completions(request: Request) -> Response:
    gw: Gateway = request.app.state.gateway
    ex = Exchange(new_request_id(), "chat")
    headers = {"x-request-id": ex.request_id, "x-jianhu-reference": format_reference(reference_code(ex.request_id))}
    try:
        rt = await gw.authenticate(request.headers.get("authorization"))
        ex.bind(rt)
        payload = await read_json(request, gw.settings.max_body_bytes)
        await apply_consent(gw, rt, payload, ex)  # personalization: removed always, re-added under consent
        req = parse_model(ChatRequest, payload)
        ex.stream = req.stream
        ex.subject_id = req.user
        if req.model != rt.robot.model:
            raise RequestError(
                f"model '{req.model[:100]}' is not available to this robot; use '{rt.robot.model}'",
                code="model_not_found", status=404, param="model",
            )
        if await gw.anomaly.throttled(rt.robot.robot_id, req.user):
            raise RateLimitError("too many blocked requests from this user; try again later",
                                 code="user_throttled")
        limit = rt.policy.rate_limit.requests_per_minute
        if await gw.state.hit(f"robot:{rt.robot.robot_id}", 60) > limit:
            raise RateLimitError(f"this robot is limited to {limit} requests per minute")
        return await _serve(gw, rt, req, payload, ex, headers, request)
    except GuardrailError as exc:
        ex.fail(exc)
        await ex.finish(gw)
        return error_response(exc, ex.request_id)
    except Exception as exc:  # noqa: BLE001 - audited 500 in the OpenAI shape, never user text
        log.error("request.unhandled", extra={"error": type(exc).__name__, "request_id": ex.request_id})
        failure = GuardrailError("internal error")
        ex.fail(failure)
        await ex.finish(gw)
        return error_response(failure, ex.request_id)


async def _serve(
    gw: Gateway, rt: RobotRuntime, req: ChatRequest, payload: dict[str, Any], ex: Exchange,
    headers: dict[str, str], request: Request,
) -> Response:
    conversation = request.headers.get(CONVERSATION_HEADER)
    metadata: dict[str, object] = {}
    if rt.pipeline.uses_canary:
        metadata = {"canary": gw.canary(rt.robot.robot_id),
                    "system_prompt": "\n".join(message_text(m) for m in req.messages
                                                if m.role in ("system", "developer"))}
    fctx = FilterContext(ex.request_id, rt.robot.robot_id, subject_id=req.user, conversation_id=conversation,
                         metadata=metadata, vault=gw.vaults.for_request(rt.robot.robot_id, conversation))
    original = filter_messages(req.messages)
    result = await rt.pipeline.acheck_request(original, fctx, gw.cpu.run)
    ex.add(result.decisions, result.action)
    ex.request_text = transcript(result.messages)
    headers["x-jianhu-action"] = result.action.value
    if result.action is Action.BLOCK:
        blocking = result.blocking  # a filter may answer in the robot's voice (scope: the hand-off)
        reply = blocking.reply if blocking is not None and blocking.reply else rt.policy.persona.refusal
        response = local_answer(req, ex, reply, "content_filter", headers)
        await ex.finish(gw)
        return response
    if rt.status == "safe_mode":  # the policy's FAQ or hand-off answers; the model is not called
        asked = next((m.content for m in reversed(result.messages) if m.role == "user"), "")
        answer, faq_id = rt.policy.safe_mode.answer(asked)
        headers["x-jianhu-safe-mode"] = faq_id or "handoff"
        response = local_answer(req, ex, answer, "stop", headers)
        await ex.finish(gw)
        return response
    apply_rewrites(payload, original, result.messages)
    if any(".steer." in d.reason for d in result.decisions):
        add_system_note(payload, STEER_NOTE)
    if rt.pipeline.uses_canary:
        plant_canary(payload, str(fctx.metadata["canary"]))
    defined = defined_names(payload)
    tool_decisions = prepare_request(rt.policy.tools, payload)  # tool definitions the policy does not allow
    ex.add(tool_decisions, strongest(tool_decisions))
    tools = ToolGuard(rt.policy.tools, rt.pipeline, fctx, gw.cpu.run, defined)
    payload["model"] = rt.robot.model
    if req.stream:
        return await _stream(gw, rt, payload, ex, fctx, headers, request, tools)
    call = ex.upstream = UpstreamCall()
    data = await _until_disconnect(request, gw.upstream.complete(payload, call))
    await _filter_completion(gw, rt, data, ex, fctx, tools)
    headers["x-jianhu-action"] = ex.action.value
    await ex.finish(gw)
    return Response(orjson.dumps(data), media_type="application/json", headers=headers)


#: The disconnect watcher starts only for upstream calls slower than this: most answers
#: arrive sooner, and a timer is cheaper than a task on every request.
WATCH_AFTER_S = 0.05


async def _until_disconnect(request: Request, work: Any) -> Any:
    """Awaits ``work``; if the client goes away first, cancels it (499, audited).

    The watcher starts after ``WATCH_AFTER_S``; the upstream call itself runs in this task.
    """
    with DisconnectWatch(request.receive, after=WATCH_AFTER_S):
        return await work
    raise RequestError("client disconnected", code="client_disconnected", status=499)


#: Answer fields that carry model text besides ``content`` (reasoning models); they are
#: dropped, since no filter reads them.
UNFILTERED_TEXT = ("reasoning_content", "reasoning")


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


async def _filter_completion(
    gw: Gateway, rt: RobotRuntime, data: dict[str, Any], ex: Exchange, fctx: FilterContext, tools: ToolGuard
) -> None:
    usage = data.get("usage")
    if isinstance(usage, dict):
        ex.prompt_tokens = _int(usage.get("prompt_tokens"))
        ex.completion_tokens = _int(usage.get("completion_tokens"))
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise UpstreamError("the upstream model returned no choices", code="upstream_invalid")
    message = choices[0].get("message")
    if not isinstance(message, dict):
        raise UpstreamError("the upstream model returned no message", code="upstream_invalid")
    for key in UNFILTERED_TEXT:  # text the filters do not read never reaches the citizen
        message.pop(key, None)
    review = await tools.review_message(choices[0], message)  # tool calls: allow-list, constraints, filters
    content = message.get("content")
    if review is not None:
        ex.add(review.decisions, review.action)
        ex.response_text = ((content if isinstance(content, str) else "") + review.audit_text).lstrip("\n")
        if review.blocked is not None or choices[0]["finish_reason"] is None:
            choices[0]["message"] = {"role": "assistant", "content": rt.policy.persona.refusal, "refusal": None}
            choices[0]["finish_reason"] = "content_filter"
            return
    if not isinstance(content, str) or not content:
        return
    # The audit keeps the model's own answer: it only ever saw placeholders, so no
    # personal data that the PII filter replaced is restored into the stored text.
    if review is None:
        ex.response_text = content
    result = await rt.pipeline.acheck_response(content, fctx, gw.cpu.run)
    ex.add(result.decisions, result.action)
    if result.action is Action.BLOCK:
        choices[0]["message"] = {"role": "assistant", "content": rt.policy.persona.refusal, "refusal": None}
        choices[0]["finish_reason"] = "content_filter"
    elif result.text is not None:
        message["content"] = result.text


async def _stream(
    gw: Gateway, rt: RobotRuntime, payload: dict[str, Any], ex: Exchange, fctx: FilterContext,
    headers: dict[str, str], request: Request, tools: ToolGuard,
) -> Response:
    call = ex.upstream = UpstreamCall()
    batches = gw.upstream.stream(payload, call)
    try:
        # upstream errors surface here, before any byte is sent; a client that leaves
        # before the first token cancels the upstream call (499, audited)
        first = await _until_disconnect(request, anext(batches))
    except StopAsyncIteration:
        first = []
    except GuardrailError:
        await batches.aclose()  # type: ignore[attr-defined]
        raise
    session = rt.pipeline.open_stream(fctx)
    body = _relay(gw, rt, batches, first, session, ex, StreamTools(tools))
    return EventStreamResponse(body, headers={**SSE_HEADERS, **headers})


def _content_only(event: dict[str, Any]) -> str | None:
    """The content of a plain content delta (one choice, only ``content``), else None."""
    choices = event.get("choices")
    if not isinstance(choices, list) or len(choices) != 1 or not isinstance(choices[0], dict):
        return None
    choice = choices[0]
    delta = choice.get("delta") or {}
    if not isinstance(delta, dict):
        return None
    content = delta.get("content")
    if choice.get("finish_reason") is None and isinstance(content, str) and set(delta) <= {"content", "role"}:
        return content
    return None


class _Relay:
    """Feeds one stream's deltas through the session and renders the events to send.

    Upstream events arrive in batches (one network read). Consecutive plain content
    deltas of a batch are fed as one piece and sent as one event, so a batch costs one
    filter call and one write, however finely the upstream split it.
    """

    def __init__(self, gw: Gateway, rt: RobotRuntime, session: StreamSession, tools: StreamTools) -> None:
        self.gw = gw
        self.rt = rt
        self.session = session
        self.tools = tools  # tool-call deltas are held back here until the choice finishes
        self.inline = rt.pipeline.inline_stream
        self.timeout = sum(f.config.timeout_ms for f in rt.pipeline.response_filters) / 1000.0 or 1.0
        self.released: list[str] = []
        self.upstream_text: list[str] = []  # what the model sent, for the audit trail
        self.finished = False  # a finish_reason was seen (and the session flushed)
        self.meta: dict[str, Any] = {}
        self.prompt_tokens: int | None = None
        self.completion_tokens: int | None = None

    async def _run(self, fn: Any, *args: Any) -> str:
        if self.inline:
            return str(fn(*args))  # StreamSession turns inspector failures into decisions
        try:
            return str(await self.gw.cpu.run(fn, args, self.timeout))
        except TimeoutError:
            self.session.blocked = Decision(Action.BLOCK, "stream", "stream.timeout", ("filter_error",))
            return ""

    def refusal(self) -> bytes:
        text = ("\n" if any(self.released) else "") + self.rt.policy.persona.refusal
        self.released.append(text)
        return encode_event(chunk(self.meta, {"content": text}, None)) + encode_event(
            chunk(self.meta, {}, "content_filter"))

    async def _content(self, template: dict[str, Any], text: str, out: list[bytes]) -> bool:
        self.upstream_text.append(text)
        released = await self._run(self.session.feed, text)
        if self.session.blocked is not None:
            out.append(self.refusal())
            return False
        choice = template["choices"][0]
        if released or "role" in choice["delta"]:  # the opening role event is always sent
            self.released.append(released)
            delta = {**choice["delta"], "content": released}
            out.append(encode_event({**template, "choices": [{**choice, "delta": delta}]}))
        return True

    async def render(self, batch: list[dict[str, Any]]) -> tuple[bytes, bool]:
        """The bytes to send for a batch, and whether the stream goes on."""
        out: list[bytes] = []
        pending: list[str] = []
        template: dict[str, Any] | None = None
        for event in batch:
            if not self.meta:
                self.meta = {k: event[k] for k in ("id", "object", "created", "model") if k in event}
            text = _content_only(event)
            if text is not None:
                if text or template is None:
                    template = template or event
                    pending.append(text)
                continue
            if pending and template is not None:
                if not await self._content(template, "".join(pending), out):
                    return b"".join(out), False
                pending, template = [], None
            if not await self._other(event, out):
                return b"".join(out), False
        if pending and template is not None and not await self._content(template, "".join(pending), out):
            return b"".join(out), False
        return b"".join(out), True

    async def finish(self) -> bytes:
        """Release what the inspectors held back and close with a finish chunk."""
        released = await self._run(self.session.flush)
        if self.session.blocked is not None:
            return self.refusal()
        self.released.append(released)
        out = encode_event(chunk(self.meta, {"content": released}, None)) if released else b""
        if self.tools.pending:
            parts = [out]
            await self._release_tools(None, parts)
            return b"".join(parts)
        return out + encode_event(chunk(self.meta, {}, "stop"))

    async def _release_tools(self, upstream_finish: Any, out: list[bytes]) -> bool:
        """Reviews the held-back tool calls; sends those kept and the finish chunk (or the refusal)."""
        review = await self.tools.finish()
        self.upstream_text.append(review.audit_text if self.upstream_text else review.audit_text.lstrip("\n"))
        if review.blocked is not None:
            out.append(self.refusal())
            return False
        out.extend(encode_event(chunk(self.meta, delta, None)) for delta in self.tools.deltas(review))
        finish = answer_finish(upstream_finish, review, any(self.released))
        if finish is None:  # every call stripped and nothing said: the robot's refusal
            out.append(self.refusal())
            return False
        out.append(encode_event(chunk(self.meta, {}, finish)))
        return True

    async def _other(self, event: dict[str, Any], out: list[bytes]) -> bool:
        choices = event.get("choices") or []
        if not isinstance(choices, list) or (choices and not isinstance(choices[0], dict)):
            raise UpstreamError("the upstream model sent an invalid stream event", code="upstream_invalid")
        if not choices:
            usage = event.get("usage")
            if isinstance(usage, dict):
                self.prompt_tokens = _int(usage.get("prompt_tokens")) or self.prompt_tokens
                self.completion_tokens = _int(usage.get("completion_tokens")) or self.completion_tokens
            out.append(encode_event(event))
            return True
        choice = choices[0]
        delta = choice.get("delta") or {}
        if not isinstance(delta, dict):
            raise UpstreamError("the upstream model sent an invalid stream event", code="upstream_invalid")
        if any(k in delta for k in UNFILTERED_TEXT):
            delta = {k: v for k, v in delta.items() if k not in UNFILTERED_TEXT}
        if "tool_calls" in delta or "function_call" in delta:  # held back until the choice finishes
            delta = self.tools.take(delta)
            if not delta and choice.get("finish_reason") is None:
                return True
        content = delta.get("content")
        released = ""
        if isinstance(content, str) and content:
            self.upstream_text.append(content)
            released = await self._run(self.session.feed, content)
        if choice.get("finish_reason") is not None and self.session.blocked is None:
            self.finished = True
            released += await self._run(self.session.flush)
        if self.session.blocked is not None:
            out.append(self.refusal())
            return False
        self.released.append(released)
        if isinstance(content, str) or released:
            delta = {**delta, "content": released}
        if self.tools.pending and choice.get("finish_reason") is not None:
            if released or set(delta) - {"content"}:
                out.append(encode_event({**event, "choices": [{**choice, "delta": delta, "finish_reason": None}]}))
            return await self._release_tools(choice.get("finish_reason"), out)
        out.append(encode_event({**event, "choices": [{**choice, "delta": delta}, *choices[1:]]}))
        return True


async def _relay(
    gw: Gateway, rt: RobotRuntime, batches: AsyncIterator[list[dict[str, Any]]], first: list[dict[str, Any]],
    session: StreamSession, ex: Exchange, tools: StreamTools,
) -> AsyncIterator[bytes]:
    relay = _Relay(gw, rt, session, tools)
    try:
        data, go_on = await relay.render(first)
        if data:
            yield data
        if go_on:
            async for batch in batches:
                data, go_on = await relay.render(batch)
                if data:
                    yield data
                if not go_on:
                    break
        if go_on and not relay.finished and session.blocked is None:
            yield await relay.finish()  # the upstream ended without a finish_reason
        yield DONE
    except UpstreamError as exc:
        ex.fail(exc)
        yield b"data: " + exc.body() + b"\n\n"
    except (asyncio.CancelledError, GeneratorExit):
        ex.status_code, ex.error_code = 499, "client_disconnected"
        raise
    finally:
        ex.prompt_tokens, ex.completion_tokens = relay.prompt_tokens, relay.completion_tokens
        ex.add(session.decisions, session.action)
        if session.blocked is not None and session.blocked not in session.decisions:
            ex.add([session.blocked], Action.BLOCK)
        if tools.review is not None:
            ex.add(tools.review.decisions, tools.review.action)
        ex.response_text = "".join(relay.upstream_text)
        ex.finish_nowait(gw)
        with contextlib.suppress(Exception):
            await batches.aclose()  # type: ignore[attr-defined]


