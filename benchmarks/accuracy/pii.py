"""PII detector accuracy and latency harness.

    python -m benchmarks.accuracy.pii [--seed 20261129] [--n 1500] [--style all] [--errors 20] [--clean 1000]

Prints, on the seeded synthetic set (``benchmarks/data/pii/generate.py``):
* per-entity precision / recall / F1 with exact span match (type, start, end), plus
  recall with any same-type overlap for names and addresses;
* the share of distractor-only texts with any detection;
* detections per 1,000 clean Chinese texts (BELLE eval questions, evaluation-only
  licence; names there include literary and historical people, so this is an upper
  bound on false positives);
* detector latency p50 / p99 on 300-character messages (wall clock, and the calling
  thread's CPU time, which does not count waiting for a core on a shared host) and the
  filter's ``check_request`` latency (single thread).
"""

from __future__ import annotations

import argparse
import collections
import json
import statistics
import time
from pathlib import Path

from benchmarks.data.pii.generate import generate
from filters.base import FilterContext, Message
from filters.pii import PiiConfig, PiiDetector, PiiFilter, Vault

CHECKSUMMED = ("CN_ID_CARD", "CN_BANK_CARD", "CN_USCC", "HK_ID_CARD", "CREDIT_CARD", "IBAN_CODE")
BELLE = Path("/work/shared/datasets/belle_eval/eval/eval_set.json")


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def accuracy(det: PiiDetector, rows: list[dict], errors: int) -> None:
    tp: collections.Counter[str] = collections.Counter()
    fp: collections.Counter[str] = collections.Counter()
    fn: collections.Counter[str] = collections.Counter()
    overlap_hit: collections.Counter[str] = collections.Counter()
    distractor_flagged = distractors = 0
    shown = 0
    for row in rows:
        text = row["text"]
        gold = {(s["type"], s["start"], s["end"]) for s in row["spans"]}
        pred = {(d.type, d.start, d.end) for d in det.detect(text)}
        for g in gold:
            if g in pred:
                tp[g[0]] += 1
            else:
                fn[g[0]] += 1
            if any(p[0] == g[0] and p[1] < g[2] and g[1] < p[2] for p in pred):
                overlap_hit[g[0]] += 1
        for p in pred - gold:
            fp[p[0]] += 1
        if row["kind"] == "distractor":
            distractors += 1
            distractor_flagged += bool(pred)
        if errors and shown < errors and pred != gold:
            shown += 1
            print("ERR", row["id"], text)
            print("    missed:", [(t, text[s:e]) for t, s, e in sorted(gold - pred, key=lambda x: x[1])])
            print("    extra: ", [(t, text[s:e]) for t, s, e in sorted(pred - gold, key=lambda x: x[1])])
    types = sorted(set(tp) | set(fp) | set(fn))
    print(f"{'entity':20s} {'gold':>5s} {'pred':>5s} {'prec':>6s} {'recall':>6s} {'f1':>6s} {'ovl_rec':>7s}")
    for t in types:
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else float("nan")
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else float("nan")
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        o = overlap_hit[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else float("nan")
        print(f"{t:20s} {tp[t] + fn[t]:5d} {tp[t] + fp[t]:5d} {p:6.3f} {r:6.3f} {f1:6.3f} {o:7.3f}")
    for name, group in (("checksummed", CHECKSUMMED),):
        a, b, c = (sum(x[t] for t in group) for x in (tp, fp, fn))
        print(f"{name:20s} prec {a / max(1, a + b):.4f} recall {a / max(1, a + c):.4f}")
    print(f"distractor-only texts flagged: {distractor_flagged}/{distractors}")


def clean_rate(det: PiiDetector, limit: int) -> None:
    if not BELLE.exists() or limit <= 0:
        return
    counts: collections.Counter[str] = collections.Counter()
    n = flagged = 0
    with BELLE.open(encoding="utf-8") as f:
        for line in f:
            if n >= limit:
                break
            q = json.loads(line).get("question", "")
            n += 1
            found = det.detect(q)
            flagged += bool(found)
            counts.update(d.type for d in found)
    print(f"clean BELLE eval questions: {flagged}/{n} flagged; by type {dict(counts)}")


def latency(det: PiiDetector, rows: list[dict], rounds: int, presidio: bool) -> None:
    """300-character messages cut from the synthetic rows (mixed PII, distractors)."""
    texts: list[str] = []
    buf = ""
    for row in rows:
        buf += row["text"]
        if len(buf) >= 300:
            texts.append(buf[:300])
            buf = ""
    filt = PiiFilter(PiiConfig(), detector=det)
    for t in texts[:50]:
        det.detect(t)
    d_ms: list[float] = []
    c_ms: list[float] = []
    f_ms: list[float] = []
    for _ in range(rounds):
        for t in texts:
            a, c = time.perf_counter(), time.thread_time()
            det.detect(t)
            d_ms.append((time.perf_counter() - a) * 1000)
            c_ms.append((time.thread_time() - c) * 1000)
            ctx = FilterContext("bench", "bench", metadata={"pii_vault": Vault()})
            a = time.perf_counter()
            filt.check_request((Message(0, "user", t),), ctx)
            f_ms.append((time.perf_counter() - a) * 1000)
    print(f"latency, {len(d_ms)} runs on {len(texts)} messages of 300 chars (ms): detector p50 {_pct(d_ms, .5):.3f} "
          f"p99 {_pct(d_ms, .99):.3f} mean {statistics.mean(d_ms):.3f}; "
          f"filter.check_request p50 {_pct(f_ms, .5):.3f} p99 {_pct(f_ms, .99):.3f}")
    print(f"detector CPU time of the calling thread (ms; excludes waiting for a core on a loaded host): "
          f"p50 {_pct(c_ms, .5):.3f} p99 {_pct(c_ms, .99):.3f}")
    if presidio:
        from filters.pii.engine import build_analyzer_engine

        engine = build_analyzer_engine()
        p_ms: list[float] = []
        for t in texts:
            a = time.perf_counter()
            engine.analyze(t, language="zh", score_threshold=0.5)
            p_ms.append((time.perf_counter() - a) * 1000)
        print(f"for comparison, Presidio AnalyzerEngine (same registry, blank zh pipeline): "
              f"p50 {_pct(p_ms, .5):.3f} p99 {_pct(p_ms, .99):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--clean", type=int, default=1000)
    ap.add_argument("--no-latency", action="store_true")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--presidio", action="store_true", help="also time Presidio's AnalyzerEngine")
    ap.add_argument("--style", choices=("dev", "holdout", "fresh", "blind", "final", "all"), default="all")
    args = ap.parse_args()
    det = PiiDetector()
    rows: list[dict] = []
    for style in ("dev", "holdout", "fresh", "blind", "final") if args.style == "all" else (args.style,):
        part = list(generate(args.seed, args.n, style))
        rows += part
        print(f"== synthetic {style} set: seed {args.seed}, {len(part)} texts, {sum(len(r['spans']) for r in part)} spans")
        accuracy(det, part, args.errors)
    clean_rate(det, args.clean)
    if not args.no_latency:
        latency(det, rows, args.rounds, args.presidio)


if __name__ == "__main__":
    main()
