"""Model selection for the PII tagger: rules alone vs rules + tagger.

    python -m benchmarks.accuracy.pii_tagger_select [--weights models/weights/pii_tagger]
        [--person 0.85] [--address 0.85] [--veto-max 0.5] [--veto-below 0.2]

Prints exact-span precision / recall for PERSON and CN_ADDRESS on the tagger's selection
set (``models/data/pii/written_select.jsonl``, never trained on) and how many of 1,500
clean COLD *dev* texts (Apache-2.0; the tagger trains on COLD's train split only) get a
PERSON or CN_ADDRESS detection. Figures only; no text is printed.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
from pathlib import Path

import filters.pii.tagger_merge as merge_mod
from filters.pii import PiiDetector
from filters.pii.tagger_merge import TaggerMerge
from models.pii_tagger import WEIGHTS_DIR, PiiTagger

ROOT = Path(__file__).resolve().parents[2]
SELECT = ROOT / "models" / "data" / "pii" / "written_select.jsonl"
COLD_DEV = Path("/work/shared/datasets/cold/COLDataset/dev.csv")
TYPES = ("PERSON", "CN_ADDRESS")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", type=Path, default=WEIGHTS_DIR)
    ap.add_argument("--person", type=float, default=0.85)
    ap.add_argument("--address", type=float, default=0.85)
    ap.add_argument("--veto-max", type=float, default=merge_mod.VETO_MAX_SCORE)
    ap.add_argument("--veto-below", type=float, default=merge_mod.VETO_BELOW)
    args = ap.parse_args()
    merge_mod.VETO_MAX_SCORE, merge_mod.VETO_BELOW = args.veto_max, args.veto_below
    merge = TaggerMerge(PiiTagger.load(args.weights), frozenset(TYPES), {"PERSON": args.person, "CN_ADDRESS": args.address})
    rows = [json.loads(ln) for ln in SELECT.read_text(encoding="utf-8").splitlines() if ln.strip()]
    clean: list[str] = []
    if COLD_DEV.exists():
        with COLD_DEV.open(encoding="utf-8-sig") as f:
            clean = [r["TEXT"] for r in csv.DictReader(f)][:1500]
    for name, det in (("rules", PiiDetector(tagger=False)), ("rules+tagger", PiiDetector(tagger=merge))):
        parts = []
        for typ in TYPES:
            tp = fp = fn = 0
            for r in rows:
                gold = {(s["start"], s["end"]) for s in r["spans"] if s["type"] == typ}
                pred = {(d.start, d.end) for d in det.detect(r["text"]) if d.type == typ}
                tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
            parts.append(f"{typ} P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f} (gold {tp + fn})")
        counts: collections.Counter[str] = collections.Counter()
        flagged = 0
        for t in clean:
            found = [d.type for d in det.detect(t) if d.type in TYPES]
            flagged += bool(found)
            counts.update(found)
        print(f"{name:13s} selection set: {' | '.join(parts)} | clean COLD dev flagged {flagged}/{len(clean)} {dict(counts)}")


if __name__ == "__main__":
    main()
