"""Added latency and throughput of the proxy, against the upstream directly and a bare passthrough.

    python -m benchmarks.bench_proxy [--requests 400] [--duration 10] [--policy FILE]

In one invocation it starts, on loopback: a fast fake upstream, a bare aiohttp
passthrough, and ``jianhu serve`` (one worker, SQLite audit on, the policy under
test, by default the shipped citizen-service policy). It then drives each target
with the same load (concurrency 1 and 32, non-streaming and streaming) from a
separate process and prints p50/p99 latency, requests/s, time to first token, and
the added latency (target minus direct). Results also go to
``benchmarks/results/proxy-<time>.json``. Everything runs on this machine's two
cores, load generator included, so compare rows from the same run only.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

REPO = Path(__file__).resolve().parent.parent
BODY = {"model": "bench-model", "messages": [
    {"role": "system", "content": "你是福田区政务服务中心的智能导办员。"},
    {"role": "user", "content": "请问在福田区办理个体工商户营业执照需要准备哪些材料？大概需要几个工作日？"},
]}


CONTENT = re.compile(rb'"content":\s*"[^"]')


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(url: str, timeout: float = 60.0) -> None:
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(q / 100 * (len(values) - 1))))
    return values[k]


async def one(session: aiohttp.ClientSession, url: str, headers: dict[str, str], stream: bool) -> tuple[float, float]:
    body = {**BODY, "stream": stream}
    started = time.perf_counter()
    ttft = float("nan")
    async with session.post(url, json=body, headers=headers) as resp:
        if resp.status != 200:
            raise RuntimeError(f"HTTP {resp.status}: {(await resp.text())[:200]}")
        if stream:
            async for line in resp.content:
                if line.startswith(b"data: ") and CONTENT.search(line):
                    ttft = time.perf_counter() - started
                    break
            async for _ in resp.content.iter_any():
                pass
        else:
            await resp.read()
    return time.perf_counter() - started, ttft


async def drive(url: str, headers: dict[str, str], stream: bool, concurrency: int, requests: int,
                duration: float) -> dict[str, Any]:
    connector = aiohttp.TCPConnector(limit=concurrency)
    latencies: list[float] = []
    ttfts: list[float] = []
    errors = 0
    async with aiohttp.ClientSession(connector=connector) as session:
        for _ in range(min(20, requests)):  # warm-up
            await one(session, url, headers, stream)
        deadline = time.perf_counter() + duration
        remaining = requests

        async def worker() -> None:
            nonlocal remaining, errors
            while remaining > 0 and time.perf_counter() < deadline:
                remaining -= 1
                try:
                    lat, ttft = await one(session, url, headers, stream)
                except Exception:  # noqa: BLE001 - counted, reported
                    errors += 1
                    continue
                latencies.append(lat)
                if stream:
                    ttfts.append(ttft)

        started = time.perf_counter()
        await asyncio.gather(*[worker() for _ in range(concurrency)])
        elapsed = time.perf_counter() - started
    return {
        "n": len(latencies),
        "errors": errors,
        "p50_ms": pct(latencies, 50) * 1000,
        "p99_ms": pct(latencies, 99) * 1000,
        "rps": len(latencies) / elapsed if elapsed else 0.0,
        "ttft_p50_ms": pct(ttfts, 50) * 1000 if stream else None,
    }


WRK_SCRIPT = """
wrk.method = "POST"
wrk.body = [[{body}]]
wrk.headers["Content-Type"] = "application/json"
{auth}
"""


def _wrk_ms(value: str) -> float:
    units = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    for unit in ("us", "ms", "s"):
        if value.endswith(unit):
            return float(value[: -len(unit)]) * units[unit]
    raise ValueError(value)


def drive_wrk(url: str, headers: dict[str, str], concurrency: int, duration: float, tmp: Path) -> dict[str, Any]:
    """Non-streaming load with wrk (a C load generator: less CPU taken from the servers)."""
    auth = "".join(f'wrk.headers["{k}"] = "{v}"\n' for k, v in headers.items())
    script = tmp / f"wrk-{abs(hash(url))}.lua"
    script.write_text(WRK_SCRIPT.format(body=json.dumps(BODY, ensure_ascii=False), auth=auth), encoding="utf-8")
    subprocess.run(["wrk", "-t1", f"-c{concurrency}", "-d2s", "-s", str(script), url], capture_output=True,
                   check=True)  # warm-up
    out = subprocess.run(["wrk", "-t1", f"-c{concurrency}", f"-d{int(duration)}s", "--latency", "-s", str(script),
                          url], capture_output=True, text=True, check=True).stdout
    pct_ = dict(re.findall(r"^\s+(50|99)%\s+(\S+)$", out, re.M))
    n = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"n": n, "errors": int(errors.group(1)) if errors else 0, "p50_ms": _wrk_ms(pct_["50"]),
            "p99_ms": _wrk_ms(pct_["99"]), "rps": float(re.search(r"Requests/sec:\s+(\S+)", out).group(1)),  # type: ignore[union-attr]
            "ttft_p50_ms": None}


def start(cmd: list[str], env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=400, help="requests per cell (upper bound)")
    ap.add_argument("--duration", type=float, default=10.0, help="seconds per cell (upper bound)")
    ap.add_argument("--policy", help="policy YAML for the proxy's robot (default: shipped default; "
                    "benchmarks/policies/core.yaml measures the gateway core alone)")
    ap.add_argument("--chunks", type=int, default=20, help="content events per streamed answer")
    ap.add_argument("--wrk", action="store_true", help="drive the non-streaming cells with wrk (apt install wrk)")
    args = ap.parse_args()

    py = sys.executable
    tmp = Path(tempfile.mkdtemp(prefix="jianhu-bench-"))
    up_port, pt_port, px_port = free_port(), free_port(), free_port()
    upstream = f"http://127.0.0.1:{up_port}/v1"
    # The shipped configs plus the benchmark-only tiers (benchmarks/policies/tiers).
    import shutil

    config_dir = tmp / "configs"
    shutil.copytree(REPO / "configs", config_dir)
    for tier in (REPO / "benchmarks" / "policies" / "tiers").glob("*.yaml"):
        shutil.copy(tier, config_dir / "tiers" / tier.name)
    env = {**os.environ, "JIANHU_DATA_DIR": str(tmp), "JIANHU_LOG_LEVEL": "WARNING",
           "JIANHU_CONFIG_DIR": str(config_dir), "JIANHU_MASTER_KEY": base64.b64encode(os.urandom(32)).decode()}
    env.pop("JIANHU_REDIS_URL", None)
    env.pop("JIANHU_DATABASE_URL", None)
    # The policy under test, with its rate limit lifted so the load itself is not refused.
    import yaml

    policy_src = Path(args.policy) if args.policy else REPO / "configs" / "policies" / "citizen_service.yaml"
    doc = yaml.safe_load(policy_src.read_text(encoding="utf-8"))
    doc["rate_limit"] = {"requests_per_minute": 1_000_000}
    policy = tmp / "policy.yaml"
    policy.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    reg = [py, "-m", "proxy.cli", "robot", "register", "--name", "基准测试", "--department", "测试",
           "--model", "bench-model", "--json", "--policy", str(policy)]
    key = json.loads(subprocess.run(reg, cwd=REPO, env=env, capture_output=True, check=True, text=True).stdout)[
        "api_key"]
    procs = [
        start([py, "-m", "benchmarks.fake_upstream", "--port", str(up_port), "--chunks", str(args.chunks)]),
        start([py, "-m", "benchmarks.passthrough", "--port", str(pt_port), "--upstream", upstream]),
        start([py, "-m", "proxy.cli", "serve", "--port", str(px_port), "--upstream-url", upstream,
               "--upstream-model", "bench-model"], env=env),
    ]
    try:
        wait_ready(f"http://127.0.0.1:{px_port}/readyz")
        time.sleep(0.5)
        targets = {
            "direct": (f"{upstream}/chat/completions", {}),
            "passthrough": (f"http://127.0.0.1:{pt_port}/v1/chat/completions", {}),
            "proxy": (f"http://127.0.0.1:{px_port}/v1/chat/completions", {"Authorization": f"Bearer {key}"}),
        }
        results: list[dict[str, Any]] = []
        for stream in (False, True):
            for conc in (1, 32):
                for name, (url, headers) in targets.items():
                    if args.wrk and not stream:
                        r = drive_wrk(url, headers, conc, args.duration, tmp)
                    else:
                        r = asyncio.run(drive(url, headers, stream, conc, args.requests, args.duration))
                    results.append({"target": name, "stream": stream, "concurrency": conc, **r})
        report(results)
        out = REPO / "benchmarks" / "results"
        out.mkdir(exist_ok=True)
        path = out / f"proxy-{time.strftime('%Y%m%d-%H%M%S')}.json"
        path.write_text(json.dumps(results, indent=2))
        print(f"\nresults: {path.relative_to(REPO)}")
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(10)


def report(results: list[dict[str, Any]]) -> None:
    direct = {(r["stream"], r["concurrency"]): r for r in results if r["target"] == "direct"}
    passthrough = {(r["stream"], r["concurrency"]): r for r in results if r["target"] == "passthrough"}
    print(f"{'target':<12} {'mode':<7} {'conc':>4} {'n':>6} {'err':>4} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'req/s':>8} {'ttft ms':>8} {'added p50':>10} {'vs bare':>8}")
    for r in results:
        key = (r["stream"], r["concurrency"])
        added = r["p50_ms"] - direct[key]["p50_ms"]
        ratio = r["rps"] / passthrough[key]["rps"] if passthrough[key]["rps"] else float("nan")
        ttft = f"{r['ttft_p50_ms']:.2f}" if r["ttft_p50_ms"] is not None else "-"
        print(f"{r['target']:<12} {'stream' if r['stream'] else 'json':<7} {r['concurrency']:>4} {r['n']:>6} "
              f"{r['errors']:>4} {r['p50_ms']:>8.2f} {r['p99_ms']:>8.2f} {r['rps']:>8.0f} {ttft:>8} "
              f"{added:>+10.2f} {ratio:>8.2f}")
    print("\nadded p50 = target p50 - direct p50 (same mode and concurrency); vs bare = req/s / passthrough req/s")


if __name__ == "__main__":
    main()
