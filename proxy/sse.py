"""Server-sent events: an incremental decoder (httpx ``LineDecoder`` style) and encoders."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Mapping
from typing import Any

import orjson
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

__all__ = ["DONE", "DisconnectWatch", "EventStreamResponse", "SseDecoder", "encode_event"]

DONE = b"data: [DONE]\n\n"


def encode_event(payload: dict[str, Any]) -> bytes:
    return b"data: " + orjson.dumps(payload) + b"\n\n"


class SseDecoder:
    """Feeds raw bytes, returns complete ``data:`` payloads; keeps partial lines until ``flush``."""

    def __init__(self) -> None:
        self._buffer = b""
        self._data: list[bytes] = []

    def decode(self, chunk: bytes) -> list[bytes]:
        self._buffer += chunk
        events: list[bytes] = []
        while True:
            nl = self._buffer.find(b"\n")
            if nl < 0:
                break
            line = self._buffer[:nl].rstrip(b"\r")
            self._buffer = self._buffer[nl + 1 :]
            self._line(line, events)
        return events

    def _line(self, line: bytes, events: list[bytes]) -> None:
        if not line:
            if self._data:
                events.append(b"\n".join(self._data))
                self._data = []
            return
        if line.startswith(b":"):
            return  # comment / keep-alive
        field, _, value = line.partition(b":")
        if field == b"data":
            self._data.append(value[1:] if value.startswith(b" ") else value)

    def flush(self) -> list[bytes]:
        events: list[bytes] = []
        if self._buffer:
            self._line(self._buffer.rstrip(b"\r"), events)
            self._buffer = b""
        self._line(b"", events)
        return events


class DisconnectWatch:
    """Cancels the current task when the client disconnects, and absorbs that cancellation.

    ``with DisconnectWatch(receive) as watch:`` runs a watcher task that waits for
    ``http.disconnect`` and cancels the task that entered the block, unless ``finish()``
    was called first; leaving the block that way swallows the ``CancelledError`` and sets
    ``gone``. Any other cancellation propagates. With ``after`` the watcher starts only
    after that many seconds (a timer is cheaper than a task for calls that end sooner).
    """

    def __init__(self, receive: Receive, after: float = 0.0) -> None:
        self._receive = receive
        self._after = after
        self._task = asyncio.current_task()
        self._watcher: asyncio.Future[None] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self.gone = False
        self.finished = False

    def finish(self) -> None:
        """From now on a disconnect no longer cancels the task."""
        self.finished = True

    def __enter__(self) -> DisconnectWatch:
        assert self._task is not None  # noqa: S101 - always inside a request task
        if self._after > 0:
            self._timer = asyncio.get_running_loop().call_later(self._after, self._start)
        else:
            self._start()
        return self

    def _start(self) -> None:
        self._watcher = asyncio.ensure_future(self._watch())

    async def _watch(self) -> None:
        while (await self._receive())["type"] != "http.disconnect":
            pass
        if not self.finished and self._task is not None:
            self.gone = True
            self._task.cancel()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> bool:
        if self._timer is not None:
            self._timer.cancel()
        if self._watcher is not None:
            self._watcher.cancel()
        if kind is None:
            self.finished = True
            return False
        if issubclass(kind, asyncio.CancelledError) and self.gone and self._task is not None:
            self._task.uncancel()
            return True
        return False


class EventStreamResponse(Response):
    """A ``text/event-stream`` response without Starlette's per-request task group.

    A ``DisconnectWatch`` cancels the streaming task when the client goes away, which
    ends the body generator (its cleanup records the exchange) and so the upstream call.
    """

    media_type = "text/event-stream"

    def __init__(self, body: AsyncIterator[bytes], headers: Mapping[str, str] | None = None) -> None:
        self.body_iterator = body
        self.status_code = 200
        self.background = None
        self.init_headers(headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        watch = DisconnectWatch(receive)
        try:
            with watch:
                await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
                async for chunk in self.body_iterator:
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
                watch.finish()
                await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            aclose = getattr(self.body_iterator, "aclose", None)
            if aclose is not None and not watch.finished:
                with contextlib.suppress(Exception):
                    await aclose()
