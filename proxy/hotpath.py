"""A pure ASGI middleware that serves the vendor hot path without the router stack.

``/v1/chat/completions`` and ``/v1/guard/check`` are plain request handlers that build
their OpenAI-shaped responses and errors themselves; sending them through Starlette's
exception middleware and router costs measurable time on every request (see
benchmarks/bench_proxy.py). Everything else goes through the framework as usual.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from proxy.errors import error_body

__all__ = ["HotPathMiddleware"]

log = logging.getLogger("jianhu.app")
Handler = Callable[[Request], Awaitable[Response]]


class HotPathMiddleware:
    def __init__(self, app: ASGIApp, routes: dict[tuple[str, str], Handler]) -> None:
        self.app = app
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            handler = self.routes.get((scope["method"], scope["path"]))
            if handler is not None:
                try:
                    response = await handler(Request(scope, receive, send))
                except Exception as exc:  # noqa: BLE001 - never a bare 500 page, never user text
                    log.error("request.unhandled", extra={"error": type(exc).__name__, "path": scope["path"]})
                    response = Response(error_body("internal error", "server_error", "internal_error"),
                                        status_code=500, media_type="application/json")
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
