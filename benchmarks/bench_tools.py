"""Cost of tool-call control per call.

Usage::

    python benchmarks/bench_tools.py [--n 2000]

Times, on one thread: ``check_call`` (allow-list, JSON parse, constraint validation with
a pattern) on a typical call; the stream assembler on the same call cut into
4-character fragments; the request-side definition filter on five definitions; and
``ToolGuard.review`` of one call through the shipped default policy's response filters
(the text filters run on the argument strings), which is what an answer with one call
costs on top of its text; and the set-up every chat request pays when no tools are sent
(100 requests per sample). Prints p50/p95/p99 in ms.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from filters.base import FilterContext  # noqa: E402
from filters.pipeline import Pipeline, inline_runner  # noqa: E402
from filters.policy import load_policy  # noqa: E402
from filters.tools import ToolCallAssembler, ToolPolicy, check_call, filter_definitions  # noqa: E402
from models.store import ModelStore  # noqa: E402
from proxy.tools import StreamTools, ToolGuard, defined_names, prepare_request  # noqa: E402

POLICY = """
name: bench-tools
tier: t2_citizen_service
tools:
  enforce: true
  allowed:
    - name: book_window_appointment
      arguments:
        type: object
        additionalProperties: false
        required: [date, period, business, note]
        properties:
          date: {type: string, pattern: "^20[0-9]{2}-[01][0-9]-[0-3][0-9]$"}
          period: {enum: [morning, afternoon]}
          business: {enum: [设立, 变更, 注销, 执照补领]}
          note: {type: string, maxLength: 300}
    - name: lookup
"""
ARGS = ('{"date": "2026-12-03", "period": "morning", "business": "变更", '
        '"note": "公司地址从福田区迁到南山区，需要带营业执照正副本和新的租赁合同，法定代表人本人到场。"}')
DEFS = [{"type": "function", "function": {"name": n, "parameters": {"type": "object"}}}
        for n in ("book_window_appointment", "lookup", "delete_record", "send_sms", "web_search")]


def _time(fn: Any, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _report(name: str, samples: list[float]) -> None:
    q = statistics.quantiles(samples, n=100)
    print(f"{name:44s} {q[49]:8.3f} {q[94]:8.3f} {q[98]:8.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    n = ap.parse_args().n
    configs = ROOT / "configs"
    policy = load_policy(POLICY, configs / "tiers")
    tools = policy.tools
    assert check_call(tools, "book_window_appointment", ARGS).problem is None  # noqa: S101 - a valid call

    def assemble() -> None:
        asm = ToolCallAssembler()
        asm.feed([{"index": 0, "id": "call_1", "type": "function",
                   "function": {"name": "book_window_appointment", "arguments": ""}}])
        for i in range(0, len(ARGS), 4):
            asm.feed([{"index": 0, "function": {"arguments": ARGS[i : i + 4]}}])
        asm.calls()

    pipeline = Pipeline.from_policy(policy, ModelStore())
    pipeline.warm_up()
    guard = ToolGuard(tools, pipeline, FilterContext("bench", "bench"), inline_runner, frozenset())
    loop = asyncio.new_event_loop()

    def review() -> None:
        call = ToolCallAssembler()
        call.feed([{"index": 0, "function": {"name": "book_window_appointment", "arguments": ARGS}}])
        result = loop.run_until_complete(guard.review(call.calls()))
        if not result.kept:
            raise SystemExit("the benchmark call was not kept")

    title = f"step (one call, {len(ARGS)} argument chars)"
    print(f"{title:44s} {'p50 ms':>8s} {'p95 ms':>8s} {'p99 ms':>8s}")
    _report("check_call (allow-list + JSON + constraints)",
            _time(lambda: check_call(tools, "book_window_appointment", ARGS), n))
    _report("assembler (4-char fragments)", _time(assemble, n))
    _report("filter_definitions (5 definitions)",
            _time(lambda: filter_definitions(tools, {"tools": copy.deepcopy(DEFS)}), n))
    _report("review incl. response filters (default)", _time(review, n))
    plain = {"model": "m", "messages": [{"role": "user", "content": "你好"}]}
    default = ToolPolicy()

    def setup() -> None:  # what every chat request pays when the vendor sends no tools
        for _ in range(100):
            StreamTools(ToolGuard(default, pipeline, FilterContext("b", "b"), inline_runner, defined_names(plain)))
            prepare_request(default, plain)

    _report("per-request setup x100 (no tools sent)", _time(setup, max(n // 10, 20)))


if __name__ == "__main__":
    main()
