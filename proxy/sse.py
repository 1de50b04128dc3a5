"""Server-sent events: an incremental decoder (httpx ``LineDecoder`` style) and encoders."""

from __future__ import annotations

from typing import Any

import orjson

__all__ = ["DONE", "SseDecoder", "encode_event"]

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
