"""Vendor endpoints besides chat: models list and the check-only API; health and metrics."""

from __future__ import annotations

import orjson
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.requests import Request
from starlette.responses import Response

from filters.base import FilterContext
from filters.decision import Action
from proxy.checking import check_messages
from proxy.errors import GuardrailError
from proxy.exchange import Exchange, error_response, new_request_id, parse_model, read_json
from proxy.gateway import Gateway
from proxy.schemas import CheckRequest
from proxy.tools import check_tool_calls

__all__ = ["guard_check", "healthz", "list_models", "metrics", "readyz"]


def _json(body: object, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(body), status_code=status, media_type="application/json", headers=headers)


async def list_models(request: Request) -> Response:
    gw: Gateway = request.app.state.gateway
    rid = new_request_id()
    try:
        rt = await gw.authenticate(request.headers.get("authorization"))
    except GuardrailError as exc:
        return error_response(exc, rid)
    created = int(rt.robot.created_at.timestamp())
    model = {"id": rt.robot.model, "object": "model", "created": created, "owned_by": "jianhu"}
    return _json({"object": "list", "data": [model]}, headers={"x-request-id": rid})


async def guard_check(request: Request) -> Response:
    gw: Gateway = request.app.state.gateway
    ex = Exchange(new_request_id(), "check")
    try:
        rt = await gw.authenticate(request.headers.get("authorization"))
        ex.bind(rt)
        req = parse_model(CheckRequest, await read_json(request, gw.settings.max_body_bytes))
        turns = [(m.role, m.content) for m in req.messages]
        ctx = FilterContext(ex.request_id, rt.robot.robot_id, vault=gw.vaults.for_request(rt.robot.robot_id, None))
        body, decisions = await check_messages(rt.pipeline, turns, ctx, gw.cpu.run)
        ex.add(decisions, Action(body["action"]))
        if req.messages[-1].tool_calls is not None:  # the answer's tool calls, as the chat path decides them
            ex.add(*await check_tool_calls(rt, req.messages[-1].tool_calls, ctx, gw.cpu.run, body))
        ex.request_text = orjson.dumps([{"role": r, "content": c} for r, c in turns]).decode()
        body["request_id"] = ex.request_id
        await ex.finish(gw)
        return _json(body, headers={"x-request-id": ex.request_id})
    except GuardrailError as exc:
        ex.fail(exc)
        await ex.finish(gw)
        return error_response(exc, ex.request_id)


async def healthz(request: Request) -> Response:
    return _json({"status": "ok"})


async def readyz(request: Request) -> Response:
    gw: Gateway = request.app.state.gateway
    if not gw.ready:
        return _json({"status": "starting"}, status=503)
    if gw.audit.failing:
        return _json({"status": "audit_failing", "audit_queue": gw.audit.depth}, status=503)
    return _json({"status": "ready", "demo_upstream": gw.upstream.demo, "models": gw.models.loaded})


async def metrics(request: Request) -> Response:
    gw: Gateway = request.app.state.gateway
    gw.metrics.audit_queue.set(gw.audit.depth)
    return Response(generate_latest(gw.metrics.registry), media_type=CONTENT_TYPE_LATEST)
