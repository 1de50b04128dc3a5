"""Train the character CRF tagger for Chinese names and addresses (``models/pii_tagger.py``).

    python -m models.train_pii_tagger [--out models/weights/pii_tagger] [--c1 0.05] [--c2 0.01]

Reproducible: the synthetic rows come from the seeded generator
(``benchmarks/data/pii/generate.py``, seeds 1..``--seeds``, every style, Chinese rows
only; never the benchmark seed 20261129), CRFsuite's L-BFGS is deterministic. Training data
(see ``models/data/pii/SOURCE.md``):

* synthetic generator rows (project-written templates and values);
* ``models/data/pii/written_train.jsonl``: hand-written sentences (this project);
* ``benchmarks/data/pii/handwritten_dev.jsonl``: the round-1 hand-written development set;
* ``benchmarks/data/pii/names_dev.jsonl``: development half of the round-4 names set
  (``names_heldout.jsonl`` is never read here).

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
#: round-4 names set, development half only (``names_src/names1.txt``); the held-out half is never read here
NAMES_DEV = ROOT / "benchmarks" / "data" / "pii" / "names_dev.jsonl"
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


#: pieces of Uyghur, Kazakh, Tibetan and Mongolian given names as written in Chinese
#: (general knowledge, written for this project): joined without a surname character
_MINORITY = (
    "买买提", "艾力", "阿不都", "热合曼", "吐尔洪", "吐逊", "艾则孜", "依明", "托合提", "麦麦提", "努尔", "阿迪力",
    "热依汗", "帕提古丽", "阿依", "古丽", "米日班", "祖丽", "排尔", "哈力克", "库尔班", "艾山", "肉孜", "沙吾提",
    "次仁", "扎西", "卓玛", "达瓦", "格桑", "平措", "尼玛", "旺堆", "德吉", "曲珍", "洛桑", "索朗", "央宗", "边巴",
    "巴特尔", "其木格", "乌云", "图雅", "斯琴", "格日勒", "苏和", "额尔敦", "那日苏", "朝鲁", "宝音", "敖登",
)


#: share of re-filled names that are ordinary words (海燕, 高峰); 0.1 raised clean-text flags
#: (BELLE 72 -> 85 of 1000) with no gain on the development sets, so it is off
WORD_SHARE = 0.0


class NameMaker:
    """Varied Chinese names for re-filling hand-written rows: the generator's names,
    rare and compound surnames drawn uniformly from the surname list, given names without
    a surname (冬梅, 建华), two-character names that are ordinary words, minority names
    without a surname, and, rarely, a name written with a space (张 伟)."""

    def __init__(self, rng: random.Random, values: Values, word_share: float = WORD_SHARE) -> None:
        rows = [ln.split("\t") for ln in (LEXICON / "surnames.txt").read_text(encoding="utf-8").splitlines()
                if ln.strip() and not ln.startswith("#")]
        self.r, self.values, self.word_share = rng, values, word_share
        self.single = sorted(r[0] for r in rows if len(r[0]) == 1)
        self.compound = sorted(r[0] for r in rows if len(r[0]) == 2)
        given = [ln.split("\t") for ln in (LEXICON / "given_chars.tsv").read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.startswith("#")]
        self.given = [g[0] for g in sorted(given, key=lambda g: -int(g[1]))[:400]]
        words = (LEXICON / "common_words.txt").read_text(encoding="utf-8").splitlines()
        top = set(self.given[:150])
        frequent = set((LEXICON / "frequent_words.txt").read_text(encoding="utf-8").split())
        # ordinary words that read as names (海燕, 建华, 高峰): both characters frequent in
        # given names (or a surname first), and not among the most frequent words (公司)
        self.words = sorted(w for w in words if len(w) == 2 and w not in frequent
                            and (w[0] in top or w[0] in self.single) and w[1] in top
                            and w[0] not in "一二三四五六七八九十大小老阿第" and w[1] not in "县市镇区省州国家们子里")

    def _given(self) -> str:
        return "".join(self.r.choice(self.given) for _ in range(1 if self.r.random() < 0.3 else 2))

    def name(self) -> str:
        k = self.r.random()
        if k < 0.35:
            out = self.values.cn_name()
        elif k < 0.55:
            out = self.r.choice(self.single) + self._given()
        elif k < 0.65:
            out = self.r.choice(self.compound) + self._given()
        elif k < 0.75:
            out = "".join(self.r.choice(self.given) for _ in range(2))
        elif k < 0.75 + self.word_share and self.words:
            out = self.r.choice(self.words)
        elif k < 0.85:
            out = self.values.cn_name()
        else:
            out = "".join(self.r.sample(_MINORITY, self.r.choice((1, 2, 2))))
        if self.r.random() < 0.03 and len(out) in (2, 3):
            out = out[0] + " " + out[1:]
        return out


def augment(rows: list[dict], k: int, seed: int = 11, word_share: float = WORD_SHARE) -> list[dict]:
    """``k`` copies of each hand-written row with its Chinese names (and half of its
    addresses) replaced by generated ones (``NameMaker``), so the tagger learns the
    contexts rather than the few names written by hand."""
    rng = random.Random(seed)
    values = Values(rng)
    names = NameMaker(rng, values, word_share)
    out: list[dict] = []
    for row in rows:
        if not row["spans"]:
            continue
        for _ in range(k):
            text, spans, pos = [], [], 0
            for sp in sorted(row["spans"], key=lambda x: x["start"]):
                val = row["text"][sp["start"]:sp["end"]]
                if sp["type"] == "PERSON" and _cjk_only(val.replace(" ", "")) and 2 <= len(val) <= 5:
                    val = names.name()
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


def training_rows(
    seeds: int, per_style: int, repeat: int, clean: int, variants: int = 4, word_share: float = WORD_SHARE
) -> list[dict]:
    rows: list[dict] = clean_rows(clean)
    for seed in range(1, seeds + 1):
        for style in STYLES:
            rows += [r for r in generate(seed, per_style, style) if r["lang"] == "zh"]
    written = (_jsonl(WRITTEN / "written_train.jsonl") + _jsonl(WRITTEN / "written_train2.jsonl") + _jsonl(DEV_R1)
               + _jsonl(NAMES_DEV))
    # English-only rows teach nothing to a Chinese character tagger
    written = [r for r in written if _has_cjk(r["text"])]
    rows += written * repeat + augment(written, variants, word_share=word_share)
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
    ap.add_argument("--word-share", type=float, default=WORD_SHARE, help="share of re-filled names that are ordinary words")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=200)
    args = ap.parse_args()

    tables = TaggerTables.from_word_lists(
        (LEXICON / "surnames.txt").read_text(encoding="utf-8"),
        (LEXICON / "given_chars.tsv").read_text(encoding="utf-8"),
    )
    rows = training_rows(args.seeds, args.per_style, args.repeat, args.clean, args.variants, args.word_share)
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
        "variants": args.variants, "word_share": args.word_share,
        "data": ["benchmarks/data/pii/generate.py (seeds 1..%d, zh rows)" % args.seeds,
                 "models/data/pii/written_train.jsonl", "models/data/pii/written_train2.jsonl",
                 "benchmarks/data/pii/handwritten_dev.jsonl", "benchmarks/data/pii/names_dev.jsonl"] + [f"negatives: {rel}" for rel, _ in CLEAN_SOURCES],
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
