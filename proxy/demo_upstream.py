"""The built-in demo upstream: a small deterministic responder, not a model.

``jianhu serve`` uses it when no upstream is configured, so the whole path (auth,
filters, streaming, audit) can be tried on a fresh machine. Every answer says that
it comes from the demo, and the server logs a warning at start-up.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

from proxy.upstream import UpstreamCall

__all__ = ["DEMO_LABEL", "DEMO_MODEL", "DemoUpstream"]

DEMO_MODEL = "jianhu-demo"
DEMO_LABEL = "【演示上游 DEMO，非真实模型】"
_GREETINGS = ("你好", "您好", "hello", "hi", "嗨", "早上好", "下午好", "晚上好")


def _last_user_text(messages: list[dict[str, Any]]) -> str:
    for m in reversed(messages):
        if m.get("role") == "user":
            content = m.get("content")
            if isinstance(content, str):
                return content
            if isinstance(content, list):
                return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


def demo_answer(messages: list[dict[str, Any]]) -> str:
    text = _last_user_text(messages).strip()
    if text.lower().rstrip("!！。.") in _GREETINGS:
        return f"{DEMO_LABEL}您好！我是演示用的应答程序。请配置真实的上游模型（--upstream-url）。"
    quoted = text[:200]
    return f"{DEMO_LABEL}我收到了您的消息（{len(text)}字）：「{quoted}」。这是内置演示上游的固定格式回答。"


class DemoUpstream:
    demo = True
    model = DEMO_MODEL

    def _base(self, payload: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": f"chatcmpl-demo-{uuid.uuid4().hex[:24]}",
            "created": int(time.time()),
            "model": payload.get("model", DEMO_MODEL),
            "system_fingerprint": "jianhu-demo",
        }

    @staticmethod
    def _tool_call(payload: dict[str, Any]) -> list[dict[str, Any]] | None:
        tools = payload.get("tools") or []
        messages = payload.get("messages") or []
        if not tools or not messages or messages[-1].get("role") != "user":
            return None
        name = tools[0].get("function", {}).get("name", "tool")
        return [{"id": f"call_demo_{uuid.uuid4().hex[:12]}", "type": "function",
                 "function": {"name": name, "arguments": "{}"}}]

    @staticmethod
    def _usage(payload: dict[str, Any], answer: str) -> dict[str, int]:
        prompt = sum(len(str(m.get("content") or "")) for m in payload.get("messages") or [])
        p, c = max(1, prompt // 2), max(1, len(answer) // 2)
        return {"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c}

    async def complete(self, payload: dict[str, Any], call: UpstreamCall) -> dict[str, Any]:
        call.done(200)
        tool_calls = self._tool_call(payload)
        answer = "" if tool_calls else demo_answer(payload.get("messages") or [])
        message: dict[str, Any] = {"role": "assistant", "content": answer or None}
        if tool_calls:
            message["tool_calls"] = tool_calls
        return {
            **self._base(payload),
            "object": "chat.completion",
            "choices": [{"index": 0, "message": message, "logprobs": None,
                         "finish_reason": "tool_calls" if tool_calls else "stop"}],
            "usage": self._usage(payload, answer),
        }

    async def stream(self, payload: dict[str, Any], call: UpstreamCall) -> AsyncIterator[list[dict[str, Any]]]:
        call.done(200)
        base = {**self._base(payload), "object": "chat.completion.chunk"}
        yield [{**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""},
                                      "finish_reason": None}]}]
        tool_calls = self._tool_call(payload)
        answer = "" if tool_calls else demo_answer(payload.get("messages") or [])
        if tool_calls:
            delta = {"tool_calls": [{"index": 0, **tool_calls[0]}]}
            yield [{**base, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}]
        for i in range(0, len(answer), 8):
            await asyncio.sleep(0)
            yield [{**base, "choices": [{"index": 0, "delta": {"content": answer[i : i + 8]}, "finish_reason": None}]}]
        finish = "tool_calls" if tool_calls else "stop"
        yield [{**base, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]}]
        if (payload.get("stream_options") or {}).get("include_usage"):
            yield [{**base, "choices": [], "usage": self._usage(payload, answer)}]

    async def close(self) -> None:
        return None
