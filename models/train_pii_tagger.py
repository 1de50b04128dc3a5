"""Train the character CRF tagger for Chinese names and addresses (``models/pii_tagger.py``).

    python -m models.train_pii_tagger [--out models/weights/pii_tagger] [--c1 0.05] [--c2 0.01]

Reproducible: the synthetic rows come from the seeded generator
(``benchmarks/data/pii/generate.py``, seeds 1..``--seeds``, every style, Chinese rows
only; never the benchmark seed 20261129), CRFsuite's L-BFGS is deterministic. Training data
(see ``models/data/pii/SOURCE.md``):

* synthetic generator rows (project-written templates and values);
* ``models/data/pii/written_train.jsonl``: hand-written sentences (this project);
* ``benchmarks/data/pii/handwritten_dev.jsonl``: the round-1 hand-written development set.

The hand-written rows are repeated ``--repeat`` times so the templates do not dominate.
Model selection uses ``models/data/pii/written_select.jsonl`` only (never trained on);
the held-out ``handwritten_eval.jsonl`` is not read here. Takes about a minute.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import pycrfsuite

from benchmarks.data.pii.generate import generate
from benchmarks.data.pii.values import Values
from models.pii_tagger import WEIGHTS_DIR, PiiTagger, TaggerTables, char_features, compact, to_bio

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "filters" / "pii" / "data"
WRITTEN = ROOT / "models" / "data" / "pii"
DEV_R1 = ROOT / "benchmarks" / "data" / "pii" / "handwritten_dev.jsonl"
DATASETS = Path("/work/shared/datasets")
#: permissively licensed Chinese text used as all-negative rows (no personal data labelled):
#: COLD train split (Apache-2.0), CValues responsibility prompts (Apache-2.0), Flames (Apache-2.0)
CLEAN_SOURCES = (
    ("cold/COLDataset/train.csv", "csv"),
    ("cvalues/dataset/cvalues_responsibility_prompts.jsonl", "prompt"),
    ("flames/Flames_1k_Chinese.jsonl", "prompt"),
)
#: clean rows that mention a naming cue may hold a real person's name: left out
_NAMING = ("先生", "女士", "我叫", "名叫", "姓名", "小姐", "同学", "老师")
STYLES = ("dev", "holdout", "fresh", "blind", "final")


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def clean_rows(limit: int) -> list[dict]:
    """Up to ``limit`` sentences (<= 120 characters) from each permissive clean source."""
    import csv

    out: list[dict] = []
    for rel, kind in CLEAN_SOURCES:
        path = DATASETS / rel
        if not path.exists():
            continue
        with path.open(encoding="utf-8-sig") as f:
            texts = [r["TEXT"] for r in csv.DictReader(f)] if kind == "csv" else [
                json.loads(ln).get("prompt", "") for ln in f if ln.strip()]
        n = 0
        for t in texts:
            t = t.strip()
            if not t or len(t) > 120 or not _has_cjk(t) or any(w in t for w in _NAMING):
                continue
            out.append({"text": t, "spans": []})
            n += 1
            if n >= limit:
                break
    return out


def _cjk_only(s: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in s)


def augment(rows: list[dict], k: int, seed: int = 11) -> list[dict]:
    """``k`` copies of each hand-written row with its Chinese names (and half of its
    addresses) replaced by generated ones, so the tagger learns the contexts rather
    than the few names written by hand."""
    rng = random.Random(seed)
    values = Values(rng)
    out: list[dict] = []
    for row in rows:
        if not row["spans"]:
            continue
        for _ in range(k):
            text, spans, pos = [], [], 0
            for sp in sorted(row["spans"], key=lambda x: x["start"]):
                val = row["text"][sp["start"]:sp["end"]]
                if sp["type"] == "PERSON" and _cjk_only(val) and 2 <= len(val) <= 4:
                    val = values.cn_name()
                elif sp["type"] == "CN_ADDRESS" and rng.random() < 0.5:
                    val = values.address()
                text.append(row["text"][pos:sp["start"]])
                start = sum(map(len, text))
                text.append(val)
                spans.append({"type": sp["type"], "start": start, "end": start + len(val)})
                pos = sp["end"]
            text.append(row["text"][pos:])
            out.append({"text": "".join(text), "spans": spans})
    return out


def training_rows(seeds: int, per_style: int, repeat: int, clean: int, variants: int = 4) -> list[dict]:
    rows: list[dict] = clean_rows(clean)
    for seed in range(1, seeds + 1):
        for style in STYLES:
            rows += [r for r in generate(seed, per_style, style) if r["lang"] == "zh"]
    written = _jsonl(WRITTEN / "written_train.jsonl") + _jsonl(WRITTEN / "written_train2.jsonl") + _jsonl(DEV_R1)
    # English-only rows teach nothing to a Chinese character tagger
    written = [r for r in written if _has_cjk(r["text"])]
    rows += written * repeat + augment(written, variants)
    random.Random(7).shuffle(rows)
    return rows


def evaluate(tagger: PiiTagger, rows: list[dict], min_conf: float = 0.0) -> dict[str, tuple[float, float, int]]:
    """Exact-span precision / recall per type (tagger alone)."""
    res: dict[str, tuple[float, float, int]] = {}
    for typ in ("PERSON", "CN_ADDRESS"):
        tp = fp = fn = 0
        for r in rows:
            gold = {(s["start"], s["end"]) for s in r["spans"] if s["type"] == typ}
            pred = {(s, e) for t, s, e, c in tagger.spans(r["text"]) if t == typ and c >= min_conf}
            tp += len(gold & pred)
            fp += len(pred - gold)
            fn += len(gold - pred)
        res[typ] = (tp / max(1, tp + fp), tp / max(1, tp + fn), tp + fn)
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=WEIGHTS_DIR)
    ap.add_argument("--seeds", type=int, default=2)
    ap.add_argument("--per-style", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=4)
    ap.add_argument("--clean", type=int, default=1000, help="clean negative sentences per source")
    ap.add_argument("--variants", type=int, default=4, help="re-filled copies of each hand-written row")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=200)
    args = ap.parse_args()

    tables = TaggerTables.from_word_lists(
        (LEXICON / "surnames.txt").read_text(encoding="utf-8"),
        (LEXICON / "given_chars.tsv").read_text(encoding="utf-8"),
    )
    rows = training_rows(args.seeds, args.per_style, args.repeat, args.clean, args.variants)
    t0 = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    for r in rows:
        short, pos = compact(r["text"])
        labels = to_bio(r["text"], r["spans"])
        trainer.append(char_features(short, tables), [labels[p] for p in pos[:-1]])
    trainer.set_params({
        "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
        "feature.possible_transitions": True, "feature.minfreq": 1,
    })
    args.out.mkdir(parents=True, exist_ok=True)
    trainer.train(str(args.out / "model.crfsuite"))
    (args.out / "tables.json").write_text(json.dumps(tables.to_json(), ensure_ascii=False) + "\n", encoding="utf-8")
    meta = {
        "seeds": args.seeds, "per_style": args.per_style, "repeat": args.repeat, "c1": args.c1, "c2": args.c2,
        "iterations": args.iterations, "rows": len(rows), "clean_per_source": args.clean,
        "variants": args.variants,
        "data": ["benchmarks/data/pii/generate.py (seeds 1..%d, zh rows)" % args.seeds,
                 "models/data/pii/written_train.jsonl", "models/data/pii/written_train2.jsonl",
                 "benchmarks/data/pii/handwritten_dev.jsonl"] + [f"negatives: {rel}" for rel, _ in CLEAN_SOURCES],
        "selection": "models/data/pii/written_select.jsonl",
    }
    (args.out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    tagger = PiiTagger.load(args.out)
    sel = _jsonl(WRITTEN / "written_select.jsonl")
    print(f"trained on {len(rows)} rows in {time.time() - t0:.0f} s; model {(args.out / 'model.crfsuite').stat().st_size} bytes")
    for typ, (p, r, n) in evaluate(tagger, sel).items():
        print(f"selection set (tagger alone) {typ:10s} gold {n:3d} P {p:.3f} R {r:.3f}")


if __name__ == "__main__":
    main()
