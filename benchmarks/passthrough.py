"""A bare Python passthrough (aiohttp server + one pooled aiohttp client), the baseline.

    python -m benchmarks.passthrough --port 9102 --upstream http://127.0.0.1:9101/v1

Forwards the body as is and relays the answer, streaming included; no parsing, no
filters, no audit. The proxy's throughput is compared with this in the same run.
"""

from __future__ import annotations

import argparse

import aiohttp
from aiohttp import web


def make_app(upstream: str) -> web.Application:
    app = web.Application()
    url = f"{upstream}/chat/completions"

    async def startup(app: web.Application) -> None:
        app["client"] = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=256))

    async def cleanup(app: web.Application) -> None:
        await app["client"].close()

    async def chat(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        async with app["client"].post(url, data=body, headers={"Content-Type": "application/json"}) as up:
            resp = web.StreamResponse(status=up.status, headers={"Content-Type": up.headers["Content-Type"]})
            await resp.prepare(request)
            async for chunk in up.content.iter_any():
                await resp.write(chunk)
            await resp.write_eof()
            return resp

    app.on_startup.append(startup)
    app.on_cleanup.append(cleanup)
    app.router.add_post("/v1/chat/completions", chat)
    return app


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--upstream", required=True)
    args = ap.parse_args()
    web.run_app(make_app(args.upstream), host="127.0.0.1", port=args.port, print=None, access_log=None)


if __name__ == "__main__":
    main()
