"""Latency and memory of the content-safety filter.

    python -m benchmarks.bench_content_safety [--n 2000]

Prints p50/p95/p99 of ``check_request`` on 300-character user messages (Chinese and
English, benign and harmful, built from the written data set), of one streamed-answer
window (``feed`` of 64 characters, which classifies a 300-character window), the
stream hold-back in characters, and the resident memory added by loading the lexicon
and classifier weights (VmRSS before/after, Linux).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from filters.base import FilterContext, Message
from filters.content_safety import ContentSafetyConfig, ContentSafetyFilter
from models.store import ModelStore

WRITTEN = Path(__file__).resolve().parents[1] / "models" / "data" / "content_safety" / "written.jsonl"


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def messages_300() -> list[str]:
    rows = [json.loads(x) for x in WRITTEN.read_text(encoding="utf-8").splitlines()]
    out: list[str] = []
    for lang in ("zh", "en"):
        texts = [r["text"] for r in rows if r["lang"] == lang]
        buf = ""
        for t in texts:
            buf += t + " "
            if len(buf) >= 300:
                out.append(buf[:300])
                buf = ""
    return out


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--models-dir", type=Path, default=None,
                    help="operator models directory (e.g. older weights to compare); default: shipped weights")
    args = ap.parse_args()
    before = rss_mib()
    flt = ContentSafetyFilter(ContentSafetyConfig(), ModelStore(args.models_dir))
    after = rss_mib()
    ctx = FilterContext(request_id="bench", robot_id="bench")
    msgs = messages_300()
    for m in msgs[:50]:
        flt.check_request([Message(0, "user", m)], ctx)
    times: list[float] = []
    for i in range(args.n):
        m = msgs[i % len(msgs)]
        t = time.perf_counter()
        flt.check_request([Message(0, "user", m)], ctx)
        times.append((time.perf_counter() - t) * 1000)
    print(f"check_request, 300-char message, n={args.n}: p50 {statistics.median(times):.2f} ms  "
          f"p95 {pct(times, 0.95):.2f} ms  p99 {pct(times, 0.99):.2f} ms  max {max(times):.2f} ms")
    answer = "您好！补办社保卡可以携带本人身份证到就近社保服务网点办理，也可以在线上申请邮寄到家。" * 20
    win: list[float] = []
    for _ in range(max(1, args.n // 20)):
        insp = flt.open_stream(ctx)
        for i in range(0, len(answer), 64):
            t = time.perf_counter()
            insp.feed(answer[i : i + 64])
            win.append((time.perf_counter() - t) * 1000)
        insp.flush()
    print(f"stream feed of 64 chars (one 300-char window), n={len(win)}: p50 {statistics.median(win):.2f} ms  "
          f"p99 {pct(win, 0.99):.2f} ms; hold-back <= {flt.open_stream(ctx).max_hold_back} chars")
    print(f"RSS: {before:.0f} MiB before loading, {after:.0f} MiB after (+{after - before:.0f} MiB for lexicon "
          f"{flt.detector.lexicon.current.size} terms + classifier)")


if __name__ == "__main__":
    main()
