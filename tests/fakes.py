"""Test doubles for the model provider only: a scripted OpenAI-compatible upstream.

The fake is a real aiohttp server on loopback. What it does depends on the last user
message (``/hook`` records guardian webhook posts): ``ERR <status>`` answers that HTTP status, ``SLOW <seconds>`` waits first,
``TOOL`` answers with a tool call, ``TOOLCALL name|{args} ;; name2|args2 ;; say:text``
answers with exactly those calls (and text), streamed in 4-character argument fragments,
``TOOLSYSTEM name`` calls ``name`` with the system prompt (the proxy's canary) as argument,
``LONG <n>`` answers n characters, ``BADJSON``
answers invalid JSON; ``DRIP`` streams one 5-character piece a second; anything else is echoed back as ``echo: <text>``. It records
every request body it received and how many requests were cancelled by the client.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from typing import Any, Self

from aiohttp import web

__all__ = ["FakeUpstream", "LoopbackServer", "free_port"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _last_user(body: dict[str, Any]) -> str:
    for m in reversed(body.get("messages", [])):
        if m.get("role") == "user":
            c = m.get("content")
            return c if isinstance(c, str) else " ".join(p.get("text", "") for p in c or [])
    return ""


def _scripted_calls(body: dict[str, Any], text: str) -> tuple[str, list[dict[str, Any]]]:
    """``TOOLCALL``/``TOOLSYSTEM`` answers: the calls (and text) the user's message spells out."""
    if text.startswith("TOOLSYSTEM "):
        system = " ".join(str(m.get("content")) for m in body.get("messages", []) if m.get("role") == "system")
        return "", [{"id": "call_0", "type": "function",
                     "function": {"name": text.split()[1], "arguments": json.dumps({"note": system},
                                                                                   ensure_ascii=False)}}]
    say, calls = "", []
    for i, item in enumerate(text[len("TOOLCALL "):].split(" ;; ")):
        if item.startswith("say:"):
            say = item[4:]
            continue
        name, _, arguments = item.partition("|")
        calls.append({"id": f"call_{i}", "type": "function", "function": {"name": name, "arguments": arguments}})
    return say, calls


class LoopbackServer:
    """An aiohttp app on its own thread and event loop on a free loopback port; subclasses add
    their routes in ``routes``. ``start`` returns when it listens; ``stop`` may be called twice."""

    #: cancel a handler when its client goes away (the fake upstream counts cancellations)
    handler_cancellation = False

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._started = threading.Event()

    def routes(self, app: web.Application) -> None:
        raise NotImplementedError

    def start(self) -> Self:
        self._thread.start()
        self._started.wait(10)
        return self

    def stop(self) -> None:
        if self._loop is not None and self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._runner = None
        self._thread.join(10)

    def _run(self) -> None:
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        self.routes(app)
        self._runner = web.AppRunner(app, handle_signals=False, handler_cancellation=self.handler_cancellation)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        self._loop.run_until_complete(site.start())
        self._started.set()
        self._loop.run_forever()
        self._loop.close()


class FakeUpstream(LoopbackServer):
    handler_cancellation = True

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[dict[str, Any]] = []
        self.cancelled = 0
        self.completed = 0
        self.hooks: list[dict[str, Any]] = []  # guardian webhook deliveries received

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/v1/chat/completions", self._chat)
        app.router.add_post("/hook", self._hook)

    def answer_for(self, body: dict[str, Any]) -> tuple[str, list[dict[str, Any]] | None]:
        text = _last_user(body)
        if text.startswith("TOOLCALL ") or text.startswith("TOOLSYSTEM "):
            return _scripted_calls(body, text)
        if text.startswith("TOOL"):
            call = {"id": "call_1", "type": "function",
                    "function": {"name": body["tools"][0]["function"]["name"], "arguments": '{"city": "深圳"}'}}
            return "", [call]
        if text.startswith("LONG"):
            n = int(text.split()[1])
            return ("福田区政务服务中心欢迎您。" * (n // 12 + 1))[:n], None
        return f"echo: {text}", None

    async def _hook(self, request: web.Request) -> web.Response:
        self.hooks.append(await request.json())
        return web.json_response({"ok": True})

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append(body)
        text = _last_user(body)
        try:
            if text.startswith("SLOW"):
                await asyncio.sleep(float(text.split()[1]))
            if text.startswith("ERR"):
                status = int(text.split()[1])
                return web.json_response({"error": {"message": "scripted failure", "type": "x", "code": "x"}},
                                         status=status)
            if text.startswith("BADJSON"):
                return web.Response(text="{not json", content_type="application/json")
            if text.startswith("BADSHAPE") and not body.get("stream"):
                return web.json_response({"id": "x", "object": "chat.completion", "created": 1, "model": "m",
                                          "choices": [{"index": 0, "message": "oops", "finish_reason": "stop"}],
                                          "usage": [1]})
            answer, tool_calls = self.answer_for(body)
            if body.get("stream"):
                return await self._stream(request, body, answer, tool_calls)
            message: dict[str, Any] = {"role": "assistant", "content": answer or None}
            if text.startswith("REASON"):
                message["reasoning_content"] = "SECRET_REASONING"
            if tool_calls:
                message["tool_calls"] = tool_calls
            self.completed += 1
            return web.json_response({
                "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
                "model": body["model"],
                "choices": [{"index": 0, "message": message,
                             "finish_reason": "tool_calls" if tool_calls else "stop"}],
                "usage": {"prompt_tokens": 7, "completion_tokens": 11, "total_tokens": 18},
            })
        except asyncio.CancelledError:
            self.cancelled += 1
            raise

    async def _stream(
        self, request: web.Request, body: dict[str, Any], answer: str, tool_calls: list[dict[str, Any]] | None
    ) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await resp.prepare(request)
        base = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()),
                "model": body["model"]}

        async def send(delta: dict[str, Any], finish: str | None = None) -> None:
            event = {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
            await resp.write(f"data: {json.dumps(event, ensure_ascii=False)}\n\n".encode())

        await send({"role": "assistant", "content": ""})
        if answer.startswith("echo: REASON"):
            await send({"reasoning_content": "SECRET_REASONING"})
        if tool_calls and _last_user(body).startswith(("TOOLCALL ", "TOOLSYSTEM ")):
            for i, call in enumerate(tool_calls):  # the way OpenAI streams calls: head, then argument pieces
                fn = call["function"]
                await send({"tool_calls": [{"index": i, "id": call["id"], "type": "function",
                                            "function": {"name": fn["name"], "arguments": ""}}]})
                for j in range(0, len(fn["arguments"]), 4):
                    await send({"tool_calls": [{"index": i, "function": {"arguments": fn["arguments"][j : j + 4]}}]})
        elif tool_calls:
            await send({"tool_calls": [{"index": 0, **tool_calls[0]}]})
        for i in range(0, len(answer), 5):
            await send({"content": answer[i : i + 5]})
            if answer.startswith("echo: DRIP"):
                await asyncio.sleep(1.0)
        if not answer.startswith("echo: NOFINISH"):
            await send({}, "tool_calls" if tool_calls else "stop")
        if (body.get("stream_options") or {}).get("include_usage"):
            usage = {**base, "choices": [], "usage": {"prompt_tokens": 7, "completion_tokens": 11, "total_tokens": 18}}
            await resp.write(f"data: {json.dumps(usage)}\n\n".encode())
        await resp.write(b"data: [DONE]\n\n")
        self.completed += 1
        return resp
