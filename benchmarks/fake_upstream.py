"""A fast fake OpenAI-compatible upstream for benchmarks (aiohttp, fixed answers).

    python -m benchmarks.fake_upstream --port 9101 [--chunks 20]

Non-streaming requests get one fixed completion; streaming requests get ``--chunks``
content events of 8 characters each, then ``[DONE]``. No sleeping: this measures the
proxy, not a model.
"""

from __future__ import annotations

import argparse
import json
import time

from aiohttp import web

ANSWER = "您好，福田区政务服务中心位于福田区福华三路市民中心，工作日上午九点至下午五点办理业务。"


def make_app(chunks: int) -> web.Application:
    completion = json.dumps({
        "id": "chatcmpl-bench", "object": "chat.completion", "created": int(time.time()), "model": "bench-model",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": ANSWER}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 20, "completion_tokens": 40, "total_tokens": 60},
    }, ensure_ascii=False).encode()
    base = {"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": int(time.time()),
            "model": "bench-model"}
    events = [f"data: {json.dumps({**base, 'choices': [{'index': 0, 'delta': {'role': 'assistant', 'content': ''}, 'finish_reason': None}]})}\n\n"]
    text = (ANSWER * 10)[: chunks * 8]
    for i in range(chunks):
        delta = {"content": text[i * 8 : (i + 1) * 8]}
        events.append(f"data: {json.dumps({**base, 'choices': [{'index': 0, 'delta': delta, 'finish_reason': None}]}, ensure_ascii=False)}\n\n")
    events.append(f"data: {json.dumps({**base, 'choices': [{'index': 0, 'delta': {}, 'finish_reason': 'stop'}]})}\n\n")
    events.append("data: [DONE]\n\n")
    encoded = [e.encode() for e in events]

    async def chat(request: web.Request) -> web.StreamResponse:
        body = await request.json()
        if not body.get("stream"):
            return web.Response(body=completion, content_type="application/json")
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await resp.prepare(request)
        for e in encoded:
            await resp.write(e)
        await resp.write_eof()
        return resp

    app = web.Application()
    app.router.add_post("/v1/chat/completions", chat)
    return app


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--chunks", type=int, default=20)
    args = ap.parse_args()
    web.run_app(make_app(args.chunks), host="127.0.0.1", port=args.port, print=None, access_log=None)


if __name__ == "__main__":
    main()
