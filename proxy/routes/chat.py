"""POST /v1/chat/completions: the OpenAI-compatible proxy path, streaming and not.

Request filters decide before the model is called; a BLOCK answers with the robot's
refusal (``finish_reason: "content_filter"``) without calling the model. Response
filters see the whole answer, or the stream delta by delta through per-stream
inspectors; a block mid-stream sends the refusal and ``content_filter`` and closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from filters.base import FilterContext, Message
from filters.decision import Action, Decision
from filters.pipeline import StreamSession
from proxy.errors import GuardrailError, RateLimitError, RequestError, UpstreamError
from proxy.exchange import Exchange, error_response, new_request_id, parse_model, read_json
from proxy.gateway import Gateway, RobotRuntime
from proxy.schemas import ChatMessage, ChatRequest, message_text
from proxy.sse import DONE, encode_event
from proxy.upstream import UpstreamCall

__all__ = ["chat_completions"]

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

    return StreamingResponse(events(), media_type="text/event-stream", headers={**SSE_HEADERS, **headers})


async def chat_completions(request: Request) -> Response:
    gw: Gateway = request.app.state.gateway
    ex = Exchange(new_request_id(), "chat")
    headers = {"x-request-id": ex.request_id}
    try:
        rt = await gw.authenticate(request.headers.get("authorization"))
        ex.bind(rt)
        payload = await read_json(request, gw.settings.max_body_bytes)
        req = parse_model(ChatRequest, payload)
        ex.stream = req.stream
        ex.subject_id = req.user
        if req.model != rt.robot.model:
            raise RequestError(
                f"model '{req.model[:100]}' is not available to this robot; use '{rt.robot.model}'",
                code="model_not_found", status=404, param="model",
            )
        limit = rt.policy.rate_limit.requests_per_minute
        if await gw.state.hit(f"robot:{rt.robot.robot_id}", 60) > limit:
            raise RateLimitError(f"this robot is limited to {limit} requests per minute")
        return await _serve(gw, rt, req, payload, ex, headers, request)
    except GuardrailError as exc:
        ex.fail(exc)
        await ex.finish(gw)
        return error_response(exc, ex.request_id)


async def _serve(
    gw: Gateway, rt: RobotRuntime, req: ChatRequest, payload: dict[str, Any], ex: Exchange,
    headers: dict[str, str], request: Request,
) -> Response:
    fctx = FilterContext(ex.request_id, rt.robot.robot_id, subject_id=req.user)
    original = filter_messages(req.messages)
    result = await rt.pipeline.acheck_request(original, fctx, gw.cpu.run)
    ex.add(result.decisions, result.action)
    ex.request_text = transcript(result.messages)
    headers["x-jianhu-action"] = result.action.value
    if result.action is Action.BLOCK:
        response = local_answer(req, ex, rt.policy.persona.refusal, "content_filter", headers)
        await ex.finish(gw)
        return response
    if rt.status == "safe_mode":
        response = local_answer(req, ex, rt.policy.persona.unavailable, "stop", headers)
        await ex.finish(gw)
        return response
    apply_rewrites(payload, original, result.messages)
    payload["model"] = rt.robot.model
    if req.stream:
        return await _stream(gw, rt, payload, ex, fctx, headers)
    call = ex.upstream = UpstreamCall()
    data = await _until_disconnect(request, gw.upstream.complete(payload, call))
    await _filter_completion(gw, rt, data, ex, fctx)
    headers["x-jianhu-action"] = ex.action.value
    await ex.finish(gw)
    return Response(orjson.dumps(data), media_type="application/json", headers=headers)


async def _until_disconnect(request: Request, work: Any) -> Any:
    """Awaits ``work``; cancels it if the client goes away first (499, audited)."""
    task = asyncio.ensure_future(work)
    watcher = asyncio.ensure_future(_disconnected(request))
    try:
        done, _ = await asyncio.wait({task, watcher}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        watcher.cancel()
    if task not in done:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
        raise RequestError("client disconnected", code="client_disconnected", status=499)
    return task.result()


async def _disconnected(request: Request) -> None:
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            return


async def _filter_completion(
    gw: Gateway, rt: RobotRuntime, data: dict[str, Any], ex: Exchange, fctx: FilterContext
) -> None:
    usage = data.get("usage") or {}
    ex.prompt_tokens = usage.get("prompt_tokens")
    ex.completion_tokens = usage.get("completion_tokens")
    choices = data.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise UpstreamError("the upstream model returned no choices", code="upstream_invalid")
    message = choices[0].get("message") or {}
    content = message.get("content")
    if not isinstance(content, str) or not content:
        return
    result = await rt.pipeline.acheck_response(content, fctx, gw.cpu.run)
    ex.add(result.decisions, result.action)
    if result.action is Action.BLOCK:
        message["content"] = rt.policy.persona.refusal
        message.pop("tool_calls", None)
        choices[0]["finish_reason"] = "content_filter"
    elif result.text is not None:
        message["content"] = result.text
    ex.response_text = message["content"]


async def _stream(
    gw: Gateway, rt: RobotRuntime, payload: dict[str, Any], ex: Exchange, fctx: FilterContext,
    headers: dict[str, str],
) -> Response:
    call = ex.upstream = UpstreamCall()
    events = gw.upstream.stream(payload, call)
    try:
        first = await anext(events)  # upstream errors surface here, before any byte is sent
    except StopAsyncIteration:
        first = None
    except GuardrailError:
        await events.aclose()
        raise
    session = rt.pipeline.open_stream(fctx)
    body = _relay(gw, rt, events, first, session, ex)
    return StreamingResponse(body, media_type="text/event-stream", headers={**SSE_HEADERS, **headers})


async def _relay(
    gw: Gateway, rt: RobotRuntime, events: AsyncIterator[dict[str, Any]], first: dict[str, Any] | None,
    session: StreamSession, ex: Exchange,
) -> AsyncIterator[bytes]:
    timeout = sum(f.config.timeout_ms for f in rt.pipeline.response_filters) / 1000.0 or 1.0
    released: list[str] = []
    meta: dict[str, Any] = {}

    async def run(fn: Any, *args: Any) -> str:
        try:
            return str(await gw.cpu.run(fn, args, timeout))
        except TimeoutError:
            session.blocked = Decision(Action.BLOCK, "stream", "stream.timeout", ("filter_error",))
            return ""

    def refusal() -> list[bytes]:
        text = ("\n" if any(released) else "") + rt.policy.persona.refusal
        released.append(text)
        return [encode_event(chunk(meta, {"content": text}, None)), encode_event(chunk(meta, {}, "content_filter"))]

    try:
        if first is not None:
            pending: AsyncIterator[dict[str, Any]] = _prepend(first, events)
            async for event in pending:
                if not meta:
                    meta = {k: event[k] for k in ("id", "object", "created", "model") if k in event}
                choices = event.get("choices") or []
                if not choices:
                    usage = event.get("usage") or {}
                    ex.prompt_tokens = usage.get("prompt_tokens", ex.prompt_tokens)
                    ex.completion_tokens = usage.get("completion_tokens", ex.completion_tokens)
                    yield encode_event(event)
                    continue
                choice = choices[0]
                delta = choice.get("delta") or {}
                finish = choice.get("finish_reason")
                content = delta.get("content")
                out = ""
                if isinstance(content, str) and content:
                    out = await run(session.feed, content)
                if finish is not None and session.blocked is None:
                    out += await run(session.flush)
                if session.blocked is not None:
                    for b in refusal():
                        yield b
                    break
                released.append(out)
                if isinstance(content, str) or out:
                    delta = {**delta, "content": out}
                    if not out and len(delta) == 1 and finish is None:
                        continue  # held back: nothing to send yet
                new_choice = {**choice, "delta": delta}
                yield encode_event({**event, "choices": [new_choice, *choices[1:]]})
        yield DONE
    except UpstreamError as exc:
        ex.fail(exc)
        yield b"data: " + exc.body() + b"\n\n"
    except (asyncio.CancelledError, GeneratorExit):
        ex.status_code, ex.error_code = 499, "client_disconnected"
        raise
    finally:
        ex.add(session.decisions, session.action)
        if session.blocked is not None and session.blocked not in session.decisions:
            ex.add([session.blocked], Action.BLOCK)
        ex.response_text = "".join(released)
        ex.finish_nowait(gw)
        with contextlib.suppress(Exception):
            await events.aclose()  # type: ignore[attr-defined]


async def _prepend(first: dict[str, Any], rest: AsyncIterator[dict[str, Any]]) -> AsyncIterator[dict[str, Any]]:
    yield first
    async for event in rest:
        yield event
