"""The upstream model client: one pooled aiohttp session per upstream.

aiohttp was chosen by measurement (README, "Upstream client"): on this machine an
aiohttp passthrough served about five times the requests per second of an httpx one
at concurrency 32. Timeouts are explicit; upstream failures become ``UpstreamError``
(502, or 504 on timeout) or, for a 4xx the client caused, a ``RequestError``. Streams
are passed through event by event, never buffered whole.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import aiohttp
import orjson

from proxy.errors import RateLimitError, RequestError, UpstreamError
from proxy.sse import SseDecoder

__all__ = ["HttpUpstream", "Upstream", "UpstreamCall"]


@dataclass(slots=True)
class UpstreamCall:
    """What the audit trail keeps about one upstream call."""

    status: int | None = None
    started: float = field(default_factory=time.perf_counter)
    latency_ms: float | None = None

    def done(self, status: int) -> None:
        self.status = status
        self.latency_ms = (time.perf_counter() - self.started) * 1000.0


class Upstream(Protocol):
    demo: bool
    model: str

    async def complete(self, payload: dict[str, Any], call: UpstreamCall) -> dict[str, Any]: ...

    def stream(self, payload: dict[str, Any], call: UpstreamCall) -> AsyncIterator[list[dict[str, Any]]]:
        """Chunk events in batches: the events that one network read completed."""
        ...

    async def close(self) -> None: ...


def _upstream_error(status: int, body: bytes) -> Exception:
    message = "the upstream model rejected the request"
    try:
        err = orjson.loads(body).get("error") or {}
        if isinstance(err, dict) and isinstance(err.get("message"), str):
            message = f"upstream: {err['message'][:500]}"
    except (orjson.JSONDecodeError, AttributeError):
        pass
    if status == 429:
        return RateLimitError("the upstream model is rate limited; retry later", code="upstream_rate_limited")
    if status in (400, 404, 413, 422):
        return RequestError(message, code="upstream_rejected")
    return UpstreamError(f"the upstream model returned HTTP {status}", code="upstream_error")


class HttpUpstream:
    demo = False

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None,
        connect_timeout_s: float,
        read_timeout_s: float,
        max_connections: int,
    ) -> None:
        self.model = model
        self._url = f"{base_url}/chat/completions"
        headers = {"Content-Type": "application/json"}
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        self._headers = headers
        self._timeout = aiohttp.ClientTimeout(total=None, connect=connect_timeout_s, sock_read=read_timeout_s)
        self._max_connections = max_connections
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None:
            connector = aiohttp.TCPConnector(limit=self._max_connections, keepalive_timeout=30, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(
                connector=connector, timeout=self._timeout, headers=self._headers, auto_decompress=True
            )
        return self._session

    async def complete(self, payload: dict[str, Any], call: UpstreamCall) -> dict[str, Any]:
        with _transport_errors(call):
            async with self._client().post(self._url, data=orjson.dumps(payload)) as resp:
                body = await resp.read()
                call.done(resp.status)
                if resp.status != 200:
                    raise _upstream_error(resp.status, body)
        try:
            data = orjson.loads(body)
        except orjson.JSONDecodeError as exc:
            raise UpstreamError("the upstream model returned invalid JSON", code="upstream_invalid") from exc
        if not isinstance(data, dict):
            raise UpstreamError("the upstream model returned invalid JSON", code="upstream_invalid")
        return data

    async def stream(self, payload: dict[str, Any], call: UpstreamCall) -> AsyncIterator[list[dict[str, Any]]]:
        decoder = SseDecoder()
        with _transport_errors(call):
            async with self._client().post(self._url, data=orjson.dumps(payload)) as resp:
                if resp.status != 200:
                    body = await resp.read()
                    call.done(resp.status)
                    raise _upstream_error(resp.status, body)
                call.done(200)  # time to response headers
                async for chunk in resp.content.iter_any():
                    batch, done = _parse_events(decoder.decode(chunk))
                    if batch:
                        yield batch
                    if done:
                        return
                batch, _ = _parse_events(decoder.flush())
                if batch:
                    yield batch

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()


@contextlib.contextmanager
def _transport_errors(call: UpstreamCall) -> Iterator[None]:
    """Maps transport failures to ``UpstreamError``: 504 on a timeout, else 502."""
    try:
        yield
    except TimeoutError as exc:
        call.done(504)
        raise UpstreamError("the upstream model timed out", code="upstream_timeout", status=504) from exc
    except aiohttp.ClientError as exc:
        call.done(502)
        raise UpstreamError("the upstream model is unreachable") from exc


def _parse_events(datas: list[bytes]) -> tuple[list[dict[str, Any]], bool]:
    """Parsed events, and whether ``[DONE]`` was among them."""
    out: list[dict[str, Any]] = []
    for data in datas:
        event = _parse_event(data)
        if event is None:
            return out, True
        out.append(event)
    return out, False


def _parse_event(data: bytes) -> dict[str, Any] | None:
    """A chunk dict, or None for ``[DONE]``."""
    if data.strip() == b"[DONE]":
        return None
    try:
        event = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise UpstreamError("the upstream model sent an invalid stream event", code="upstream_invalid") from exc
    if not isinstance(event, dict):
        raise UpstreamError("the upstream model sent an invalid stream event", code="upstream_invalid")
    return event
