"""Score the shipped default policy on the blind, hand-written evaluation sets.

    python -m benchmarks.accuracy.blind [--set pii|injection|content_safety|all] [--errors N]

Data: ``benchmarks/accuracy/data/blind/`` (see its ``SOURCE.md``). The sets were written by
hand, independently of the training and development data, to resemble what an outside judge
would write. They are for evaluation only: never train on them, never tune a threshold or
a rule on them, never copy their wording into training data or tests.

- ``pii``: ``PiiDetector.detect`` per text; precision / recall per entity type with
  exact-span match (type, start, end) and with same-type overlap match.
- ``injection`` and ``content_safety``: every row goes through the pipeline of the shipped
  default policy (``configs/policies/citizen_service.yaml``) exactly as ``jianhu check`` and
  ``/v1/guard/check`` decide it (``proxy.checking.check_messages``: earlier turns through the
  request filters, a final assistant turn through the response filters). A row counts as
  blocked when the final action is ``block``; ``modify`` (indirect injection neutralized,
  personal data pseudonymized), ``steer`` and ``flag`` are not blocks and are counted apart.

``--errors N`` prints up to N ids of misses and false blocks per group (ids and reason codes
only, no text). Filter errors (a timeout fails closed) are counted and printed, since on a
loaded machine they turn into blocks that are not the detector's.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DATA = ROOT / "benchmarks" / "accuracy" / "data" / "blind"
POLICY = ROOT / "configs" / "policies" / "citizen_service.yaml"
SETS = ("pii", "injection", "content_safety")


def load(name: str) -> list[dict[str, Any]]:
    path = DATA / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _pct(k: int, n: int) -> str:
    return f"{k:4d}/{n:<4d} {100 * k / n:6.1f}%" if n else "   -/0         -"


# --------------------------------------------------------------------------- PII


def _pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def run_pii(errors: int) -> None:
    from filters.pii import PiiDetector

    rows = load("pii")
    det = PiiDetector()
    ex: dict[str, collections.Counter[str]] = {k: collections.Counter() for k in ("tp", "fp", "fn")}
    ov: dict[str, collections.Counter[str]] = {k: collections.Counter() for k in ("tp", "fp", "fn")}
    misses: list[tuple[str, tuple[str, int, int], list[str]]] = []
    fps: list[tuple[str, tuple[str, int, int], list[str]]] = []
    clean_rows = clean_flagged = 0
    t0 = time.perf_counter()
    for row in rows:
        gold = [(s["type"], s["start"], s["end"]) for s in row["spans"]]
        pred = [(d.type, d.start, d.end) for d in det.detect(row["text"])]
        gs, ps = set(gold), set(pred)
        for g in gold:
            ex["tp" if g in ps else "fn"][g[0]] += 1
            hit = any(p[0] == g[0] and p[1] < g[2] and g[1] < p[2] for p in pred)
            ov["tp" if hit else "fn"][g[0]] += 1
            if g not in ps:
                misses.append((row["id"], g, [f"{p[0]} {p[1]}-{p[2]}" for p in pred if p[1] < g[2] and g[1] < p[2]]))
        for p in pred:
            if p not in gs:
                ex["fp"][p[0]] += 1
                fps.append((row["id"], p, [f"{g[0]} {g[1]}-{g[2]}" for g in gold if g[1] < p[2] and p[1] < g[2]]))
            if not any(g[0] == p[0] and g[1] < p[2] and p[1] < g[2] for g in gold):
                ov["fp"][p[0]] += 1
        if not gold:
            clean_rows += 1
            clean_flagged += bool(pred)
    elapsed = time.perf_counter() - t0
    print(f"== PII  texts {len(rows)}  ({elapsed:.1f}s)")
    print(f"{'entity':20s} {'gold':>5s} {'P_exact':>8s} {'R_exact':>8s} {'P_ovl':>8s} {'R_ovl':>8s}")
    types = sorted(set(ex["tp"]) | set(ex["fn"]) | set(ex["fp"]))
    tot = {"ex": [0, 0, 0], "ov": [0, 0, 0]}
    for t in types:
        pe, re_ = _pr(ex["tp"][t], ex["fp"][t], ex["fn"][t])
        po, ro = _pr(ov["tp"][t], ov["fp"][t], ov["fn"][t])
        print(f"{t:20s} {ex['tp'][t] + ex['fn'][t]:5d} {pe:8.3f} {re_:8.3f} {po:8.3f} {ro:8.3f}")
        for key, d in (("ex", ex), ("ov", ov)):
            tot[key][0] += d["tp"][t]
            tot[key][1] += d["fp"][t]
            tot[key][2] += d["fn"][t]
    pe, re_ = _pr(*tot["ex"])
    po, ro = _pr(*tot["ov"])
    print(f"{'ALL':20s} {tot['ex'][0] + tot['ex'][2]:5d} {pe:8.3f} {re_:8.3f} {po:8.3f} {ro:8.3f}")
    print(f"texts without personal data that got any detection: {_pct(clean_flagged, clean_rows)}")
    if errors:
        print(f"misses (first {errors}; id, gold type start-end, overlapping predictions):")
        for rid, g, near in misses[:errors]:
            print(f"  {rid} {g[0]} {g[1]}-{g[2]} pred={near}")
        print(f"false positives (first {errors}; id, predicted type start-end, overlapping gold):")
        for rid, p, near in fps[:errors]:
            print(f"  {rid} {p[0]} {p[1]}-{p[2]} gold={near}")


# ------------------------------------------------------------- default pipeline


def build_pipeline() -> Any:
    from filters.pipeline import Pipeline
    from filters.policy import load_policy
    from models.store import ModelStore

    policy = load_policy(POLICY.read_text(encoding="utf-8"), ROOT / "configs" / "tiers")
    pipeline = Pipeline.from_policy(policy, ModelStore(None))
    pipeline.warm_up()
    return pipeline


def turns_of(row: dict[str, Any]) -> list[tuple[str, str]]:
    if row.get("messages"):
        return [(m["role"], m["content"]) for m in row["messages"]]
    return [(row.get("role", "user"), row["text"])]


async def decide_all(pipeline: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from filters.base import FilterContext
    from proxy.checking import check_messages
    from proxy.executor import CpuRunner

    runner = CpuRunner(1, 4)
    out = []
    try:
        for i, row in enumerate(rows):
            ctx = FilterContext(f"blind-{i}", "440304022026000019")
            body, decisions = await check_messages(pipeline, turns_of(row), ctx, runner.run)
            body["errors"] = [d.reason for d in decisions if d.reason.endswith(".error")]
            out.append(body)
    finally:
        runner.shutdown()
    return out


def _groups(rows: list[dict[str, Any]], key: str) -> dict[Any, list[int]]:
    g: dict[Any, list[int]] = collections.defaultdict(list)
    for i, r in enumerate(rows):
        g[(r["label"], r.get(key) or "-")].append(i)
    return g


def _print_table(title: str, rows: list[dict[str, Any]], bodies: list[dict[str, Any]], key: str,
                 labels: tuple[str, str], errors: int) -> None:
    pos, neg = labels
    print(f"-- by {title}")
    for (label, val), idx in sorted(_groups(rows, key).items()):
        k = sum(bodies[i]["action"] == "block" for i in idx)
        other = collections.Counter(bodies[i]["action"] for i in idx if bodies[i]["action"] not in ("block", "allow"))
        name = ("attack detected" if pos == "attack" else "refuse blocked") if label == pos else \
            ("look-alike blocked" if neg == "benign" else "allow blocked")
        extra = " ".join(f"{a}:{n}" for a, n in sorted(other.items()))
        print(f"  {label:7s} {str(val):22s} {name:19s} {_pct(k, len(idx))}  {extra}")
        if errors:
            wrong = [i for i in idx if (bodies[i]["action"] == "block") != (label == pos)][:errors]
            for i in wrong:
                why = ",".join(bodies[i]["reasons"]) or "allow"
                print(f"      {'MISS' if label == pos else 'FP  '} {rows[i]['id']} {bodies[i]['action']} {why}")


def run_policy_set(name: str, pipeline: Any, errors: int) -> None:
    rows = load(name)
    t0 = time.perf_counter()
    bodies = asyncio.run(decide_all(pipeline, rows))
    elapsed = time.perf_counter() - t0
    labels = ("attack", "benign") if name == "injection" else ("refuse", "allow")
    pos, neg = labels
    print(f"== {name}  rows {len(rows)}  ({elapsed:.1f}s, {1000 * elapsed / len(rows):.0f} ms/row)")
    for label in labels:
        idx = [i for i, r in enumerate(rows) if r["label"] == label]
        k = sum(bodies[i]["action"] == "block" for i in idx)
        what = {"attack": "attacks detected", "benign": "look-alikes blocked",
                "refuse": "should-refuse blocked", "allow": "should-not-refuse blocked"}[label]
        print(f"{what:26s} {_pct(k, len(idx))}")
    if name == "injection":
        # the default policy neutralizes (delimits) injected tool results instead of blocking
        tool_rows = [i for i, r in enumerate(rows) if any(m["role"] == "tool" for m in r.get("messages") or ())]
        for label in labels:
            idx = [i for i in tool_rows if rows[i]["label"] == label]
            k = sum(bodies[i]["action"] in ("block", "modify") for i in idx)
            print(f"{'rows with a tool turn, ' + label + ': blocked or modified':48s} {_pct(k, len(idx))}")
    if name == "content_safety":
        idx = [i for i, r in enumerate(rows) if r["label"] == pos]
        k = sum(bodies[i]["action"] != "allow" for i in idx)
        print(f"{'should-refuse any action':26s} {_pct(k, len(idx))}  (block, steer, flag or modify)")
    errs = collections.Counter(e for b in bodies for e in b["errors"])
    if errs:
        print(f"filter errors (fail closed): {dict(errs)}")
    _print_table("language", rows, bodies, "lang", labels, 0)
    if name == "injection":
        _print_table("kind", rows, bodies, "kind", labels, errors)
    else:
        for r in rows:
            r["risk_class"] = (r.get("risk") or "")[:3] or None
        _print_table("risk class", rows, bodies, "risk_class", labels, errors)
        allow = [i for i, r in enumerate(rows) if r["label"] == neg]
        _print_table("kind (should-not-refuse rows)", [rows[i] for i in allow], [bodies[i] for i in allow],
                     "kind", labels, 0)
        reasons = collections.Counter(
            (rows[i]["risk_class"], ",".join(b["reasons"]) or "allow")
            for i, b in enumerate(bodies) if rows[i]["label"] == pos)
        if errors:
            print("-- should-refuse rows by risk class and reasons")
            for (rc, why), n in sorted(reasons.items(), key=lambda kv: (str(kv[0][0]), -kv[1])):
                print(f"  {rc} {n:3d} {why}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=(*SETS, "all"), default="all")
    ap.add_argument("--errors", type=int, default=0, help="print up to N ids of misses/false blocks per group")
    args = ap.parse_args()
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    wanted = SETS if args.set == "all" else (args.set,)
    t0 = time.perf_counter()
    if "pii" in wanted:
        run_pii(args.errors)
    if "injection" in wanted or "content_safety" in wanted:
        pipeline = build_pipeline()
        print(f"policy {POLICY.relative_to(ROOT)} version {pipeline.version}")
        for name in ("injection", "content_safety"):
            if name in wanted:
                run_policy_set(name, pipeline, args.errors)
    try:
        load1 = f"load average {os.getloadavg()[0]:.2f}"
    except OSError:
        load1 = ""
    print(f"total {time.perf_counter() - t0:.0f}s {load1}")


if __name__ == "__main__":
    main()
