"""A test double for an LLM judge: a real OpenAI-compatible HTTP server on loopback.

It reads the text between ``<text>`` and ``</text>`` in the last user message and answers
by the first marker of ``rules`` found in it (marker -> answer): an answer string is the
assistant message; ``("status", N)`` answers HTTP N; ``("sleep", S)`` waits S seconds and
then answers safe. Without a marker it answers ``{"verdict": "safe"}``. Every request body
and its Authorization header are recorded.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

from aiohttp import web

from tests.fakes import LoopbackServer

__all__ = ["DEFAULT_RULES", "FakeJudge"]

SAFE = '{"verdict": "safe"}'
DEFAULT_RULES: dict[str, Any] = {
    "SLOWJUDGE": ("sleep", 3.0),
    "HTTP500": ("status", 500),
    "GARBAGE": "I am not sure what you mean.",
    "LLAMAGUARD": "unsafe\nS1",
    "THINKJSON": '<think>the user wants a fake report</think>\n```json\n{"verdict": "unsafe", "risk": "A.1.7"}\n```',
    "封城": '{"verdict": "unsafe", "risk": "A.1.7"}',
    "谣言": '{"verdict":"unsafe","risk":"A.1.7"}',
    "PLAINUNSAFE": "unsafe A.2.4",
    "PLAINSAFE": "safe",
}
_TEXT = re.compile(r"<text>\n(.*)\n</text>", re.S)


class FakeJudge(LoopbackServer):
    def __init__(self, rules: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.rules = dict(DEFAULT_RULES if rules is None else rules)
        self.requests: list[dict[str, Any]] = []
        self.authorization: list[str | None] = []
        self.client_ports: list[int] = []  # the client's source port of each request (keep-alive)

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/v1/chat/completions", self._chat)

    @property
    def texts(self) -> list[str]:
        """The texts the judge was asked about, in order."""
        return [self._text(b) for b in self.requests]

    @staticmethod
    def _text(body: dict[str, Any]) -> str:
        content = str(body["messages"][-1]["content"])
        m = _TEXT.search(content)
        return m.group(1) if m else content

    async def _chat(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.requests.append(body)
        self.authorization.append(request.headers.get("Authorization"))
        peer = request.transport.get_extra_info("peername") if request.transport is not None else None
        self.client_ports.append(int(peer[1]) if peer else -1)
        text = self._text(body)
        answer: Any = SAFE
        for marker, rule in self.rules.items():
            if marker in text:
                answer = rule
                break
        if isinstance(answer, tuple) and answer[0] == "status":
            return web.json_response({"error": {"message": "scripted", "type": "x"}}, status=answer[1])
        if isinstance(answer, tuple) and answer[0] == "sleep":
            await asyncio.sleep(answer[1])
            answer = SAFE
        return web.json_response({
            "id": "judge-1", "object": "chat.completion", "created": 1, "model": body.get("model"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        })
