"""One exchange as the audit trail records it, and request-reading helpers."""

from __future__ import annotations

import itertools
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from pydantic import BaseModel, ValidationError
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from filters.decision import ACTION_RANK, Action, Decision
from proxy.errors import GuardrailError, RequestError
from proxy.upstream import UpstreamCall

if TYPE_CHECKING:
    from proxy.gateway import Gateway, RobotRuntime

M = TypeVar("M", bound=BaseModel)

__all__ = ["Exchange", "error_response", "new_request_id", "parse_model", "read_json"]


_ID_PREFIX = uuid.uuid4().hex[:16]  # random per process: ids stay unique across replicas
_ids = itertools.count(1)


def new_request_id() -> str:
    """``req_`` + 16 random hex characters per process + a counter (no syscall per request)."""
    return f"req_{_ID_PREFIX}{next(_ids):016x}"


@dataclass(slots=True)
class Exchange:
    request_id: str
    endpoint: str
    stream: bool = False
    robot_id: str | None = None
    model: str | None = None
    subject_id: str | None = None
    policy_version: str | None = None
    store_text: bool = True
    action: Action = Action.ALLOW
    decisions: list[Decision] = field(default_factory=list)
    status_code: int = 200
    error_code: str | None = None
    upstream: UpstreamCall | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    request_text: str | None = None
    response_text: str | None = None
    started: float = field(default_factory=time.perf_counter)
    runtime: RobotRuntime | None = None

    def bind(self, rt: RobotRuntime) -> None:
        self.runtime = rt
        self.robot_id = rt.robot.robot_id
        self.model = rt.robot.model
        self.policy_version = rt.pipeline.version
        self.store_text = rt.policy.audit.store_text == "full"

    def fail(self, exc: GuardrailError) -> None:
        if self.robot_id is None:
            self.robot_id = exc.robot_id
        self.status_code = exc.status
        self.error_code = exc.code

    def add(self, decisions: Any, action: Action) -> None:
        self.decisions.extend(decisions)
        if ACTION_RANK[action] > ACTION_RANK[self.action]:
            self.action = action

    @property
    def categories(self) -> list[str]:
        seen: dict[str, None] = {}
        for d in self.decisions:
            if d.action is not Action.ALLOW:
                for c in d.categories:
                    seen[c] = None
        return list(seen)

    def row(self) -> dict[str, Any]:
        up = self.upstream
        return {
            "request_id": self.request_id,
            "robot_id": self.robot_id,
            "created_at": datetime.now(UTC),
            "endpoint": self.endpoint,
            "stream": self.stream,
            "model": self.model,
            "subject_id": self.subject_id,
            "policy_version": self.policy_version,
            "action": self.action.value,
            "categories": self.categories,
            "decisions": [d.audit_dict() for d in self.decisions],
            "status_code": self.status_code,
            "error_code": self.error_code,
            "upstream_status": up.status if up is not None else None,
            "upstream_latency_ms": round(up.latency_ms, 3) if up is not None and up.latency_ms is not None else None,
            "latency_ms": round((time.perf_counter() - self.started) * 1000.0, 3),
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "request_text": self.request_text if self.store_text else None,
            "response_text": self.response_text if self.store_text else None,
        }

    async def finish(self, gw: Gateway) -> None:
        """Record metrics and queue the audit record (waits only if the queue is full)."""
        self._observe(gw)
        await gw.audit.submit(self.row())

    def finish_nowait(self, gw: Gateway) -> None:
        """The same from a cleanup path that must not suspend (a cancelled stream)."""
        self._observe(gw)
        gw.audit.submit_nowait(self.row())

    def _observe(self, gw: Gateway) -> None:
        if self.endpoint == "chat" and self.runtime is not None and self.robot_id is not None:
            gw.anomaly.observe(self.runtime.policy.anomaly, self.robot_id, self.subject_id, self.decisions)
        m = gw.metrics
        m.child(m.requests, self.endpoint, str(self.status_code)).inc()
        m.child(m.outcomes, self.endpoint, self.action.value).inc()
        for d in self.decisions:
            m.child(m.decisions, d.filter, d.action.value).inc()
            m.child(m.filter_latency, d.filter).observe(d.elapsed_ms / 1000.0)
        if self.upstream is not None and self.upstream.latency_ms is not None:
            m.upstream_latency.observe(self.upstream.latency_ms / 1000.0)
        m.child(m.latency, self.endpoint).observe(time.perf_counter() - self.started)
        m.audit_queue.set(gw.audit.depth)


def error_response(exc: GuardrailError, request_id: str) -> Response:
    return Response(
        exc.body(), status_code=exc.status, media_type="application/json", headers={"x-request-id": request_id}
    )


async def read_json(request: Request, limit: int) -> Any:
    """Reads at most ``limit`` bytes of JSON; 413 beyond it, 400 for bad UTF-8 or JSON."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise RequestError("invalid Content-Length header", code="invalid_request")
        if int(declared) > limit:
            raise RequestError(f"request body exceeds {limit} bytes", code="request_too_large", status=413)
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise RequestError(f"request body exceeds {limit} bytes", code="request_too_large", status=413)
            chunks.append(chunk)
    except ClientDisconnect as exc:
        raise RequestError("client disconnected", code="client_disconnected", status=499) from exc
    body = b"".join(chunks)
    if not body:
        raise RequestError("the request body is empty; send a JSON object", code="invalid_json")
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise RequestError("the request body is not valid UTF-8 JSON", code="invalid_json") from exc


def parse_model(model: type[M], data: Any) -> M:
    if not isinstance(data, dict):
        raise RequestError("the request body must be a JSON object", code="invalid_json")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        # pydantic messages quote the offending input for some errors; keep only the message.
        raise RequestError(f"invalid request: {loc}: {err['msg']}", code="invalid_request", param=loc or None) from exc
