"""Data sources for the injection classifier: loading, licences and held-out splits.

Every row is ``Row(text, label, source, split, lang)`` with label 1 = attack
(injection / jailbreak / prompt extraction), 0 = benign. ``split`` is ``train`` or
``test`` (held out) for sources we may train on, and ``eval`` for sources whose
licence allows evaluation only. Splits are deterministic: an explicit upstream
split where one exists, else a hash of a grouping key (sub-category, template id,
template family) so that near-duplicates never straddle train and test.

Sources and licences (see each ``/work/shared/datasets/<name>/SOURCE.md``):

=========================  ===========  ======  ==========================================
source                     licence      use     grouping for the split
=========================  ===========  ======  ==========================================
jailbench                  MIT          train   二级领域 (sub-category), 20% held out
gptfuzz (templates)        MIT          train   template id, 20% held out
self_reminder              MIT          train   prompt hash, 20% held out
deepset                    MIT/Apache   train   upstream train/test
cyberseceval (en, zh)      MIT          train   prompt_id hash, 20% held out
bipia email contexts       MIT          train   upstream train/test (benign documents)
xstest safe                CC-BY-4.0    train   id hash, 20% held out (benign)
cvalues                    Apache-2.0   train   id hash, 20% held out (benign)
cold (safe comments)       Apache-2.0   train   upstream train/test, 2,000 sampled
own (models/data/...)      project      train   template family hash, 20% held out
                                                (generators: c3_ round 3, c4_ round 4, c5_ round 5)
                                                (incl. probe sets 1-3, 12 after measuring)
malignant                  none stated  eval    -
xsafety zh/en              research     eval    -
bipia injected emails      MIT          eval    test attacks inserted into test e-mails
belle_eval                 research     eval    - (benign)
alpaca_zh                  CC BY-NC     eval    - (benign)
refusal_direction harmless CC BY-NC     eval    - (benign)
probe sets 4-11, 13-15     project      eval    - (never trained on)
=========================  ===========  ======  ==========================================
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

__all__ = ["DATASETS", "EVAL_PROBES", "OWN_DATA", "Row", "data_module", "load_all", "load_probes", "probe_items"]

DATASETS = Path(__file__).resolve().parents[1].parent / "shared" / "datasets"
if not DATASETS.exists():  # repo checked out next to shared/
    DATASETS = Path("/work/shared/datasets")
OWN_DATA = Path(__file__).resolve().parent / "data" / "injection" / "own_data.jsonl"
HELD_OUT_PERCENT = 20
DEV_PERCENT = 15


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    label: int
    source: str
    split: str  # train | dev | test | eval
    lang: str


def _held_out(key: str) -> bool:
    h = int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16)
    return h % 100 < HELD_OUT_PERCENT


def _split(key: str) -> str:
    """``test`` (held out, 20%), ``dev`` (15%, error analysis and tuning) or ``train``.

    ``dev`` rows are part of the shipped model's training data
    (``models/train_injection.py`` trains on train + dev); for error analysis
    ``train_injection.py --holdout-dev`` fits a model without them, and
    ``benchmarks/accuracy/injection.py --split dev`` measures it. Test rows are never
    looked at while tuning.
    """
    h = int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % 100
    if h < HELD_OUT_PERCENT:
        return "test"
    return "dev" if h < HELD_OUT_PERCENT + DEV_PERCENT else "train"


def _upstream_train(key: str) -> str:
    """Dev carve-out for sources whose upstream ``train`` split we keep (``train`` or ``dev``)."""
    return "dev" if _split(key) == "dev" else "train"


def _csv(path: Path, **kw: object) -> Iterator[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        yield from csv.reader(fh, **kw)  # type: ignore[arg-type]


def _jailbench() -> Iterator[Row]:
    rows = list(_csv(DATASETS / "jailbench" / "JailBench.csv"))
    for r in rows[1:]:
        yield Row(r[1], 1, "jailbench", _split("jb:" + r[3]), "zh")


def _gptfuzz() -> Iterator[Row]:
    base = DATASETS / "gptfuzz" / "datasets"
    questions = [r[1] for r in list(_csv(base / "questions" / "question_list.csv"))[1:]]
    rng = random.Random(5)
    templates = [(f"t{r[0]}", r[1]) for r in list(_csv(base / "prompts" / "GPTFuzzer.csv"))[1:]]
    templates += [(f"s{i}", r[0]) for i, r in enumerate(list(_csv(base / "prompts" / "seed_short_25.csv"))[1:])]
    for tid, tpl in templates:
        for q in rng.sample(questions, 2):
            yield Row(tpl.replace("[INSERT PROMPT HERE]", q), 1, "gptfuzz", _split("gf:" + tid), "en")


def _self_reminder() -> Iterator[Row]:
    seen: set[str] = set()
    for name in ("jailbreak_prompts.csv", "jailbreak_prompts_itw.csv", "jailbreak_prompts_train.csv"):
        for r in list(_csv(DATASETS / "self_reminder" / "data" / name))[1:]:
            text = r[2].replace("[INSERT PROMPT HERE]", "")
            key = " ".join(text.split())[:200]
            if key in seen:
                continue
            seen.add(key)
            yield Row(text, 1, "self_reminder", _split("sr:" + key), "en")


_ACT_AS = re.compile(r"\b(?:i want you to act as|act as an?|you will act as)\b", re.IGNORECASE)
_ACT_AS_BAD = re.compile(r"ignore|forget|no (?:rules|restrictions|limits)|unrestricted|without (?:any )?(?:rules|restrictions)", re.IGNORECASE)


def _deepset() -> Iterator[Row]:
    import pyarrow.parquet as pq  # training-time dependency only

    raw = DATASETS / "deepset_prompt_injections" / "data" / "raw"
    for f in sorted(raw.glob("*.parquet")):
        upstream_test = f.name.startswith("test")
        t = pq.read_table(f).to_pydict()
        for text, label in zip(t["text"], t["label"]):
            if int(label) == 1 and _ACT_AS.search(text) and not _ACT_AS_BAD.search(text):
                continue  # harmless role-play labelled as injection upstream; issue 5 calls it benign
            split = "test" if upstream_test else _upstream_train("ds:" + text)
            yield Row(text, int(label), "deepset", split, "en")


def _cyberseceval() -> Iterator[Row]:
    base = DATASETS / "cyberseceval_prompt_injection" / "CybersecurityBenchmarks" / "datasets" / "prompt_injection"
    for r in json.loads((base / "prompt_injection.json").read_text(encoding="utf-8")):
        yield Row(r["user_input"], 1, "cyberseceval_en", _split(f"cse:{r['prompt_id']}"), "en")
    for r in json.loads((base / "prompt_injection_multilingual_machine_translated.json").read_text(encoding="utf-8")):
        if r["speaking_language"] == "Chinese":
            yield Row(r["user_input"], 1, "cyberseceval_zh", _split(f"csz:{r['prompt_id']}"), "zh")


def _bipia_email() -> Iterator[Row]:
    base = DATASETS / "bipia" / "benchmark"
    for split in ("train", "test"):
        for line in (base / "email" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            ctx = json.loads(line)["context"]
            row_split = split if split == "test" else _upstream_train("bm:" + ctx)
            yield Row("Summarize this e-mail:\n" + ctx, 0, "bipia_email", row_split, "en")
    # eval only: test attack instructions inserted into test e-mails
    attacks = json.loads((base / "text_attack_test.json").read_text(encoding="utf-8"))
    mails = [json.loads(x)["context"] for x in (base / "email" / "test.jsonl").read_text(encoding="utf-8").splitlines()]
    rng = random.Random(5)
    for cat, items in sorted(attacks.items()):
        for a in items:
            m = rng.choice(mails)
            cut = rng.randrange(len(m) // 2, len(m))
            yield Row(m[:cut] + "\n" + a + "\n" + m[cut:], 1, "bipia_injected", "eval", "en")


def _xstest() -> Iterator[Row]:
    for r in list(_csv(DATASETS / "xstest" / "xstest_prompts.csv"))[1:]:
        if r[3] == "safe":
            yield Row(r[1], 0, "xstest_safe", _split("xs:" + r[0]), "en")


def _cvalues() -> Iterator[Row]:
    for line in (DATASETS / "cvalues" / "dataset" / "cvalues_responsibility_prompts.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        yield Row(r["prompt"], 0, "cvalues", _split(f"cv:{r['id_']}"), "zh")


def _cold() -> Iterator[Row]:
    for split in ("train", "test"):
        rows = [r for r in list(_csv(DATASETS / "cold" / "COLDataset" / f"{split}.csv"))[1:] if r[3] == "0"]
        random.Random(5).shuffle(rows)
        for r in rows[: 1600 if split == "train" else 400]:
            yield Row(r[4], 0, "cold_safe", split if split == "test" else _upstream_train("cold:" + r[4]), "zh")


def _own() -> Iterator[Row]:
    for line in OWN_DATA.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        gen = r["family"][:3] if r["family"].startswith(("c3_", "c4_", "c5_")) else ""  # round-3/4/5 generators
        yield Row(r["text"], int(r["label"]), f"own_{gen}{r['lang']}_{'attack' if r['label'] else 'benign'}", _split("own:" + r["family"]), r["lang"])


def _malignant() -> Iterator[Row]:
    for r in list(_csv(DATASETS / "malignant" / "data" / "processed" / "malignant_paraphrase.csv"))[1:]:
        label = 1 if r[0] == "jailbreak" else 0
        yield Row(r[2], label, f"malignant_{r[0]}", "eval", "en")


_XSAFETY_ATTACK = ("Goal_Hijacking", "Prompt_Leaking", "Role_Play_Instruction")


def _xsafety() -> Iterator[Row]:
    for lang in ("zh", "en"):
        for f in sorted((DATASETS / "xsafety" / lang).glob("*.csv")):
            cat = next((c for c in _XSAFETY_ATTACK if f.name.startswith(c)), None)
            if cat is None:
                continue
            for r in _csv(f):
                if r and r[0].strip():
                    yield Row(r[0], 1, f"xsafety_{lang}_{cat}", "eval", lang)


def _benign_eval() -> Iterator[Row]:
    for line in (DATASETS / "belle_eval" / "eval" / "eval_set.json").read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield Row(json.loads(line)["question"], 0, "belle_eval", "eval", "zh")
    alp = DATASETS / "alpaca_zh_hikariming" / "history" / "翻译后的中文数据" / "alpaca_data-0-3252-中文-已完成.json"
    items = json.loads(alp.read_text(encoding="utf-8"))
    for r in items[:1500]:
        text = r["instruction"] + (("\n" + r["input"]) if r.get("input") else "")
        yield Row(text, 0, "alpaca_zh", "eval", "zh")
    harmless = json.loads((DATASETS / "refusal_direction" / "dataset" / "splits" / "harmless_test.json").read_text(encoding="utf-8"))
    for r in harmless[:1500]:
        yield Row(r["instruction"], 0, "refusal_direction_harmless", "eval", "en")


def data_module(name: str) -> ModuleType:
    """A script of ``models/data/injection`` (a folder, not a package) executed afresh as module ``name``.

    The folder goes on ``sys.path`` because the generators import each other (``own_compose4``
    imports ``own_compose``)."""
    folder = OWN_DATA.parent
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
    if spec is None or spec.loader is None:
        raise ImportError(name)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def probe_items(n: int) -> Iterator[tuple[str, str, str | list[str]]]:
    """``(kind, lang, item)`` of probe ``n``: kind ``ATTACKS``/``BENIGN``, lang ``ZH``/``EN``; an item
    that is a list is one conversation (one user turn each)."""
    mod = data_module(f"probe{n}_texts")
    for kind in ("ATTACKS", "BENIGN"):
        for lang in ("ZH", "EN"):
            for item in getattr(mod, f"PROBE{n}_{kind}_{lang}", []):
                yield kind, lang, item


#: Probes 1-3 and 12 are part of own_data.jsonl (trained on); these are evaluation only.
EVAL_PROBES = (4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15)


def _probe() -> Iterator[Row]:
    # a conversation is joined here, turn by turn in benchmarks/accuracy/injection_probes.py
    for n in EVAL_PROBES:
        for kind, lang, item in probe_items(n):
            text = item if isinstance(item, str) else "\n".join(item)
            label = 1 if kind == "ATTACKS" else 0
            yield Row(text, label, f"probe{n}_{lang.lower()}_{'attack' if label else 'benign'}", "eval", lang.lower())


def load_probes() -> list[Row]:
    """The hand-written probe rows that are evaluation only (no public data set needed)."""
    return list(_probe())


def load_all() -> list[Row]:
    """All rows from every source, in a fixed order."""
    rows: list[Row] = []
    for fn in (_jailbench, _gptfuzz, _self_reminder, _deepset, _cyberseceval, _bipia_email, _xstest,
               _cvalues, _cold, _own, _malignant, _xsafety, _benign_eval, _probe):
        rows.extend(fn())
    return rows
