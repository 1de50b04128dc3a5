"""Score the PII detector on the hand-written held-out set.

    python -m benchmarks.accuracy.pii_handwritten [--half all|odd|even] [--threshold 0.5] [--quiet] [--dev|--select|--address|--names dev|heldout]

``benchmarks/data/pii/handwritten_eval.jsonl`` (see ``HANDWRITTEN.md``) was written
independently of the synthetic generators and is for evaluation only: never tune on it.
``--half odd``/``even`` selects texts by the parity of the number in their id (the odd
half was the one allowed for error analysis; report the even half).

Prints per-entity precision / recall with exact-span match (type, start, end) and with
same-type overlap match, then the misses and false positives as text id, type and
offsets only (no values).
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

from filters.pii import PiiDetector

DATA = Path(__file__).resolve().parents[1] / "data" / "pii" / "handwritten_eval.jsonl"
#: hand-written development set (``dev_src/``): free for error analysis and tuning
DEV_DATA = DATA.with_name("handwritten_dev.jsonl")
#: hand-written model-selection set of the PII tagger (``models/data/pii``; never trained on)
#: hand-written address development set (``address_src/``, round 3): tuning allowed
ADDRESS_DATA = DATA.with_name("handwritten_address.jsonl")
SELECT_DATA = Path(__file__).resolve().parents[2] / "models" / "data" / "pii" / "written_select.jsonl"
#: hand-written names set (``names_src/``, round 4): the dev half is for tuning and training,
#: the held-out half is measured only before and after a round (figures only)
NAMES_DEV_DATA = DATA.with_name("names_dev.jsonl")
NAMES_HELDOUT_DATA = DATA.with_name("names_heldout.jsonl")
#: round-5 probe (``probe5_src/``): the known remaining name and address misses, written
#: fresh; measured before and after round 5 and used for error analysis (never trained on)
PROBE5_DATA = DATA.with_name("probe5.jsonl")


def load(half: str, path: Path = DATA) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if half == "all":
        return rows
    want = 1 if half == "odd" else 0
    return [r for r in rows if int("".join(c for c in r["id"] if c.isdigit())) % 2 == want]


def _pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r


def score(rows: list[dict], threshold: float = 0.5) -> dict:
    det = PiiDetector()
    ex = {k: collections.Counter() for k in ("tp", "fp", "fn")}
    ov = {k: collections.Counter() for k in ("tp", "fp", "fn")}
    misses, fps = [], []
    for row in rows:
        gold = [(s["type"], s["start"], s["end"]) for s in row["spans"]]
        pred = [(d.type, d.start, d.end) for d in det.detect(row["text"], threshold=threshold)]
        gs, ps = set(gold), set(pred)
        for g in gold:
            ex["tp" if g in ps else "fn"][g[0]] += 1
            hit = any(p[0] == g[0] and p[1] < g[2] and g[1] < p[2] for p in pred)
            ov["tp" if hit else "fn"][g[0]] += 1
            if g not in ps:
                misses.append((row["id"], g, [p for p in pred if p[1] < g[2] and g[1] < p[2]]))
        for p in pred:
            if p not in gs:
                ex["fp"][p[0]] += 1
                fps.append((row["id"], p, [g for g in gold if g[1] < p[2] and p[1] < g[2]]))
            if not any(g[0] == p[0] and g[1] < p[2] and p[1] < g[2] for g in gold):
                ov["fp"][p[0]] += 1
    return {"exact": ex, "overlap": ov, "misses": misses, "fps": fps, "texts": len(rows)}


def report(res: dict, quiet: bool = False) -> None:
    ex, ov = res["exact"], res["overlap"]
    types = sorted(set(ex["tp"]) | set(ex["fn"]) | set(ex["fp"]))
    print(f"texts: {res['texts']}")
    print(f"{'entity':20s} {'gold':>5s} {'P_exact':>8s} {'R_exact':>8s} {'P_ovl':>8s} {'R_ovl':>8s}")
    tot = {k: [0, 0, 0] for k in ("ex", "ov")}
    for t in types:
        pe, re_ = _pr(ex["tp"][t], ex["fp"][t], ex["fn"][t])
        po, ro = _pr(ov["tp"][t], ov["fp"][t], ov["fn"][t])
        gold = ex["tp"][t] + ex["fn"][t]
        print(f"{t:20s} {gold:5d} {pe:8.3f} {re_:8.3f} {po:8.3f} {ro:8.3f}")
        for key, d in (("ex", ex), ("ov", ov)):
            tot[key][0] += d["tp"][t]; tot[key][1] += d["fp"][t]; tot[key][2] += d["fn"][t]
    pe, re_ = _pr(*tot["ex"])
    po, ro = _pr(*tot["ov"])
    print(f"{'ALL':20s} {tot['ex'][0] + tot['ex'][2]:5d} {pe:8.3f} {re_:8.3f} {po:8.3f} {ro:8.3f}")
    if quiet:
        return
    print("\nmisses (id, gold type/start/end, overlapping predictions):")
    for rid, g, near in res["misses"]:
        print(f"  {rid} {g[0]} {g[1]}-{g[2]}  pred={[f'{p[0]} {p[1]}-{p[2]}' for p in near]}")
    print("\nfalse positives (id, predicted type/start/end, overlapping gold):")
    for rid, p, near in res["fps"]:
        print(f"  {rid} {p[0]} {p[1]}-{p[2]}  gold={[f'{g[0]} {g[1]}-{g[2]}' for g in near]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=("all", "odd", "even"), default="all")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--dev", action="store_true", help="score the development set (dev_src/) instead")
    ap.add_argument("--select", action="store_true", help="score the PII tagger's model-selection set instead")
    ap.add_argument("--address", action="store_true", help="score the address development set (address_src/) instead")
    ap.add_argument("--names", choices=("dev", "heldout"), help="score the round-4 names set (names_src/) instead")
    ap.add_argument("--probe5", action="store_true", help="score the round-5 probe (probe5_src/) instead")
    args = ap.parse_args()
    path = PROBE5_DATA if args.probe5 else SELECT_DATA if args.select else DEV_DATA if args.dev else ADDRESS_DATA if args.address else DATA
    if args.names:
        path = NAMES_DEV_DATA if args.names == "dev" else NAMES_HELDOUT_DATA
    report(score(load(args.half, path), args.threshold), args.quiet)


if __name__ == "__main__":
    main()
