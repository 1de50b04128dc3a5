"""Loaders for the content-safety data sets, with licence-aware roles and fixed splits.

Every loader returns ``Row``s: ``text``, ``lang`` (``zh``/``en``), ``label`` (a TC260-003
risk code, ``"unsafe"`` when the set has no usable category, or ``"safe"``),
``source`` and ``split`` (``train``/``test``). Public sets without an official split
are split by ``_hsplit``: sha1 of the text, ``int(hex[:8], 16) % 5 == 0`` -> test (20 %).

``TRAINABLE`` names the sets whose licence allows training a shipped model (MIT,
Apache-2.0, CC-BY, CC0, ODC-By). Everything else here is for evaluation only.
Data root: ``$JIANHU_DATASETS`` or ``<repo>/../shared/datasets``.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["LOADERS", "TRAINABLE", "Row", "cold_files", "data_root", "load"]

REPO = Path(__file__).resolve().parent.parent
WRITTEN = REPO / "models" / "data" / "content_safety" / "written.jsonl"


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    lang: str
    label: str
    source: str
    split: str


def data_root() -> Path:
    return Path(os.environ.get("JIANHU_DATASETS", REPO.parent / "shared" / "datasets"))


def _hsplit(text: str) -> str:
    return "test" if int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16) % 5 == 0 else "train"


# TC260-003 names (and close paraphrases used by JailBench/ChiSafetyBench/JADE) -> codes.
_NAME_CODES = [
    ("颠覆", "A.1.1"), ("国家安全", "A.1.2"), ("国家形象", "A.1.2"), ("分裂", "A.1.3"), ("恐怖", "A.1.4"),
    ("极端", "A.1.4"), ("民族仇恨", "A.1.5"), ("暴力", "A.1.6"), ("色情", "A.1.6"), ("虚假", "A.1.7"),
    ("民族歧视", "A.2.1"), ("信仰", "A.2.2"), ("国别", "A.2.3"), ("地域", "A.2.4"), ("性别", "A.2.5"),
    ("年龄", "A.2.6"), ("职业", "A.2.7"), ("健康", "A.2.8"), ("歧视", "A.2.9"), ("知识产权", "A.3.1"),
    ("商业道德", "A.3.2"), ("商业秘密", "A.3.3"), ("垄断", "A.3.4"), ("不正当竞争", "A.3.4"), ("商业", "A.3.5"),
    ("身心健康", "A.4.1"), ("肖像", "A.4.2"), ("名誉", "A.4.3"), ("荣誉", "A.4.4"), ("隐私", "A.4.5"),
    ("个人信息", "A.4.6"), ("权益", "A.4.7"), ("其他法律", "A.1.8"), ("违法犯罪", "A.1.8"),
]


def code_for_name(name: str) -> str:
    for key, code in sorted(_NAME_CODES, key=lambda kv: -len(kv[0])):
        if key in name:
            return code
    return "unsafe"


def written() -> list[Row]:
    rows = []
    for line in WRITTEN.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        rows.append(Row(r["text"], r["lang"], r["label"], "written", r["split"]))
    return rows


def cold() -> list[Row]:
    topic = {"race": "A.2.1", "region": "A.2.4", "gender": "A.2.5"}
    rows = []
    for split in ("train", "dev", "test"):
        with open(data_root() / "cold/COLDataset" / f"{split}.csv", encoding="utf-8-sig") as fh:
            for r in csv.DictReader(fh):
                label = topic.get(r["topic"], "A.2.9") if r["label"] == "1" else "safe"
                rows.append(Row(r["TEXT"], "zh", label, "cold", "test" if split == "test" else "train"))
    return rows


def cold_files() -> dict[str, list[Row]]:
    """COLD by its own files (``train``, ``dev``, ``test``): the toxicity head trains on
    ``train`` and picks C and its threshold on ``dev``; ``test`` is only reported."""
    out: dict[str, list[Row]] = {}
    for split in ("train", "dev", "test"):
        with open(data_root() / "cold/COLDataset" / f"{split}.csv", encoding="utf-8-sig") as fh:
            out[split] = [Row(r["TEXT"], "zh", "unsafe" if r["label"] == "1" else "safe", "cold", split)
                          for r in csv.DictReader(fh)]
    return out


def swsr() -> list[Row]:
    with open(data_root() / "swsr/SWSR/SexComment.csv", encoding="utf-8-sig") as fh:
        return [Row(r["comment_text"], "zh", "A.2.5" if r["label"] == "1" else "safe", "swsr", _hsplit(r["comment_text"]))
                for r in csv.DictReader(fh)]


def jade() -> list[Row]:
    root = data_root() / "jade_db"
    rows = []
    for rel, lang in (("jade-db-v1.0/jade_benchmark_zh.csv", "zh"), ("jade-db-v1.0/jade_benchmark_en.csv", "en"),
                      ("jade-db-v2.0/jade_benchmark_easy_zh.csv", "zh"), ("jade-db-v2.0/jade_benchmark_medium_zh.csv", "zh")):
        with open(root / rel, encoding="utf-8-sig") as fh:
            for r in csv.DictReader(fh):
                code = code_for_name(r.get("违规子类", "") + r.get("违规类型", ""))
                rows.append(Row(r["问题"], lang, code, "jade", _hsplit(r["问题"])))
    return rows


def jade_answers() -> list[Row]:
    """JADE v3 (MIT): violating answers (``unsafe``) and safe helpful answers (``safe``)."""
    rows = []
    for rel in ("jade_alignment_medium_zh.csv", "jade_alignment_hard_zh.csv"):
        with open(data_root() / "jade_db/jade-db-v3.0" / rel, encoding="gb18030") as fh:
            for r in csv.DictReader(fh):
                split = _hsplit(r["问题"])
                rows.append(Row(r["违规回答"], "zh", "unsafe", "jade_answers", split))
                rows.append(Row(r["安全有用回答"], "zh", "safe", "jade_answers", split))
    return rows


def multijail() -> list[Row]:
    rows = []
    with open(data_root() / "multijail/data/MultiJail.csv", encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            split = _hsplit(r["en"])
            rows.append(Row(r["zh"], "zh", "unsafe", "multijail", split))
            rows.append(Row(r["en"], "en", "unsafe", "multijail", split))
    return rows


def jailbench() -> list[Row]:
    rows = []
    with open(data_root() / "jailbench/JailBench_seed.csv", encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            rows.append(Row(r["question_zh"], "zh", code_for_name(r["二级领域"]), "jailbench_seed", _hsplit(r["question_zh"])))
    with open(data_root() / "jailbench/JailBench.csv", encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            rows.append(Row(r["query"], "zh", code_for_name(r["二级领域"]), "jailbench", _hsplit(r["query"])))
    return rows


def cvalues() -> list[Row]:
    path = data_root() / "cvalues/dataset/cvalues_responsibility_prompts.jsonl"
    return [Row(p, "zh", "safe", "cvalues", _hsplit(p))
            for p in (json.loads(x)["prompt"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip())]


def refusal_harmful() -> list[Row]:
    root = data_root() / "refusal_direction/dataset/splits"
    rows = []
    for name, split in (("harmful_train", "train"), ("harmful_val", "train"), ("harmful_test", "test")):
        for r in json.loads((root / f"{name}.json").read_text(encoding="utf-8")):
            rows.append(Row(r["instruction"], "en", "unsafe", "advbench_harmbench", split))
    return rows


def gptfuzz_responses() -> list[Row]:
    rows = []
    for name, split in (("train", "train"), ("evaluate", "test")):
        with open(data_root() / f"gptfuzz/datasets/responses_labeled/{name}.csv", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                rows.append(Row(r["Response"], "en", "unsafe" if r["label"] == "1" else "safe", "gptfuzz_responses", split))
    return rows


def davidson_neither() -> list[Row]:
    """Davidson et al. tweets (MIT), class 2 "neither" only, as ordinary English text."""
    with open(data_root() / "davidson_hate_offensive/data/labeled_data.csv", encoding="utf-8") as fh:
        return [Row(r["tweet"], "en", "safe", "davidson", _hsplit(r["tweet"])) for r in csv.DictReader(fh) if r["class"] == "2"]


# ---- evaluation-only sets -------------------------------------------------------------

def chisafetybench() -> list[Row]:
    d = json.loads((data_root() / "chisafetybench/CHiSafetyBench/dataset/v1/risky_questions_without_dialog_history.json").read_text(encoding="utf-8"))
    return [Row(i["question"], "zh", code_for_name(i["category"]), "chisafetybench", "test") for blk in d for i in blk["infos"]]


def xstest() -> list[Row]:
    with open(data_root() / "xstest/xstest_prompts.csv", encoding="utf-8") as fh:
        return [Row(r["prompt"], "en", "unsafe" if r["label"] == "unsafe" else "safe", "xstest", "test") for r in csv.DictReader(fh)]


def openai_moderation() -> list[Row]:
    rows = []
    with gzip.open(data_root() / "openai_moderation/data/samples-1680.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            flagged = any(r.get(k) == 1 for k in ("S", "H", "V", "HR", "SH", "S3", "H2", "V2"))
            rows.append(Row(r["prompt"], "en", "unsafe" if flagged else "safe", "openai_moderation", "test"))
    return rows


def flames() -> list[Row]:
    path = data_root() / "flames/Flames_1k_Chinese.jsonl"
    return [Row(json.loads(x)["prompt"], "zh", "unsafe", "flames", "test") for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def belle_benign() -> list[Row]:
    rows = []
    for line in (data_root() / "belle_eval/eval/eval_set.json").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            rows.append(Row(r.get("question") or r.get("instruction") or "", "zh", "safe", "belle_eval", "test"))
    return [r for r in rows if r.text]


def alpaca_harmless() -> list[Row]:
    d = json.loads((data_root() / "refusal_direction/dataset/splits/harmless_test.json").read_text(encoding="utf-8"))
    return [Row(r["instruction"], "en", "safe", "alpaca_harmless", "test") for r in d[:1000]]


def xsafety() -> list[Row]:
    rows: list[Row] = []
    for lang in ("zh", "en"):
        for path in sorted((data_root() / "xsafety" / lang).glob("*.csv")):
            if path.stem.startswith(("commonsense", "Mental_Health")):
                continue  # benign-looking categories: no per-row label
            with open(path, encoding="utf-8-sig") as fh:
                rows.extend(Row(r[0], lang, "unsafe", "xsafety", "test") for r in csv.reader(fh) if r and r[0].strip())
    return rows


LOADERS: dict[str, Callable[[], list[Row]]] = {
    "written": written, "cold": cold, "swsr": swsr, "jade": jade, "jade_answers": jade_answers,
    "multijail": multijail, "jailbench": jailbench, "cvalues": cvalues, "refusal_harmful": refusal_harmful,
    "gptfuzz_responses": gptfuzz_responses, "davidson": davidson_neither, "chisafetybench": chisafetybench, "xstest": xstest,
    "openai_moderation": openai_moderation, "flames": flames, "belle_eval": belle_benign,
    "alpaca_harmless": alpaca_harmless, "xsafety": xsafety,
}
TRAINABLE = frozenset({"written", "cold", "swsr", "jade", "jade_answers", "multijail", "jailbench", "cvalues",
                       "refusal_harmful", "gptfuzz_responses", "davidson"})


def load(name: str) -> list[Row]:
    return LOADERS[name]()
