"""Builds ``configs/lexicons/public.tsv`` and ``curated_pinyin.tsv``. Offline, build time only.

    python -m filters.content_safety.build_lexicon [--datasets DIR]

Sources (only lists whose licence allows redistribution; see each SOURCE.md under
``shared/datasets/lexicons``), with the risk code each file is filed under:

* houbb/sensitive-word (Apache-2.0): ``sensitive_word_tags.txt`` tags 0 politics -> A.1.1,
  1 drugs -> A.1.8, 2 porn -> A.1.6, 3 gambling -> A.1.8, 4 illegal -> A.1.8; 2020 files
  暴力 -> A.1.8 (weapons/explosives), 邪教 -> A.1.4, 辱骂 -> A.2.9, 毒品 -> A.1.8,
  色情类 -> A.1.6, 政治类 -> A.1.1.
* fwwdn/sensitive-stop-words (Apache-2.0): 涉枪涉爆 -> A.1.8, 色情类 -> A.1.6, 政治类 -> A.1.1.
* konsheng/Sensitive-lexicon (MIT; the AGPL Tencent list and the mixed lists are not
  taken): 暴恐词库 -> A.1.4, 反动词库 -> A.1.1, 涉枪涉爆 -> A.1.8, 色情词库 -> A.1.6.
* LDNOOBW zh V1 (CC BY 4.0) and V2 (CC0): -> A.2.9.
* SWSR SexHateLex (MIT): -> A.2.5.

Public entries get severity ``low`` (evidence for the classifier, never decisive alone).
Filtering: terms are normalized; dropped when shorter than 2 characters, when Latin-only
and shorter than 4 characters, when they are digits/punctuation only, when they contain
``+`` (co-occurrence rules), or when they hit benign text: the permissively licensed
benign training rows (written safe, CValues, COLD safe, SWSR non-sexist, JADE safe
answers, GPTFuzz safe responses; train splits only) -- a term is pruned if it hits 2 or
more benign texts, or 1 when it is at most 3 characters long.

``curated_pinyin.tsv``: toneless pinyin (joined and space-separated) of the curated
Chinese terms of ``curated.tsv`` (pypinyin), severity capped at ``medium``.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

import ahocorasick  # type: ignore[import-not-found]  # no stubs published

from filters.content_safety.lexicon import _is_latin_term
from filters.normalize import normalize

__all__ = ["LEXICON_DIR", "build"]

REPO = Path(__file__).resolve().parents[2]
LEXICON_DIR = REPO / "configs" / "lexicons"

_HOUBB_TAGS = {"0": "A.1.1", "1": "A.1.8", "2": "A.1.6", "3": "A.1.8", "4": "A.1.8"}
_FILES: list[tuple[str, str, str]] = [  # (path under lexicons/, risk, encoding)
    ("houbb_sensitive_word/commit_a851520/src/main/resources/暴力.txt", "A.1.8", "utf-16"),
    ("houbb_sensitive_word/commit_a851520/src/main/resources/邪教.txt", "A.1.4", "utf-8"),
    ("houbb_sensitive_word/commit_a851520/src/main/resources/辱骂.txt", "A.2.9", "utf-8"),
    ("houbb_sensitive_word/commit_a851520/src/main/resources/毒品.txt", "A.1.8", "utf-8"),
    ("houbb_sensitive_word/commit_a851520/src/main/resources/色情类.txt", "A.1.6", "utf-8"),
    ("houbb_sensitive_word/commit_a851520/src/main/resources/政治类.txt", "A.1.1", "utf-8"),
    ("fwwdn_sensitive_stop_words/涉枪涉爆违法信息关键词.txt", "A.1.8", "utf-8"),
    ("fwwdn_sensitive_stop_words/色情类.txt", "A.1.6", "utf-8"),
    ("fwwdn_sensitive_stop_words/政治类.txt", "A.1.1", "utf-8"),
    ("konsheng_sensitive_lexicon/Vocabulary/暴恐词库.txt", "A.1.4", "utf-8"),
    ("konsheng_sensitive_lexicon/Vocabulary/反动词库.txt", "A.1.1", "utf-8"),
    ("konsheng_sensitive_lexicon/Vocabulary/涉枪涉爆.txt", "A.1.8", "utf-8"),
    ("konsheng_sensitive_lexicon/Vocabulary/色情词库.txt", "A.1.6", "utf-8"),
    ("ldnoobw_zh/LDNOOBW/zh", "A.2.9", "utf-8"),
    ("ldnoobw_zh/LDNOOBW_V2/data/zh.txt", "A.2.9", "utf-8"),
]


def _public_terms(lex_root: Path, datasets: Path) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}

    def add(raw: str, risk: str, source: str) -> None:
        raw = raw.strip().rstrip(",").strip()
        if not raw or "+" in raw:
            return
        term = normalize(raw).text
        if len(term) < 2 or not any(c.isalpha() for c in term):
            return
        if _is_latin_term(term) and len(term.replace(" ", "")) < 4:
            return
        out.setdefault(term, (risk, source))

    tags = lex_root / "houbb_sensitive_word/commit_bac9a30/src/main/resources/sensitive_word_tags.txt"
    for line in tags.read_text(encoding="utf-8").splitlines():
        term, _, tag = line.rpartition(" ")
        codes = [t for t in tag.split(",") if t in _HOUBB_TAGS]
        if term and codes:
            best = next((c for c in codes if c != "4"), codes[0])
            add(term, _HOUBB_TAGS[best], "houbb")
    for rel, risk, enc in _FILES:
        text = (lex_root / rel).read_bytes().decode(enc, errors="ignore").lstrip("\ufeff")
        for line in text.splitlines():
            add(line.split("=")[0], risk, rel.split("/")[0])
    for line in (datasets / "swsr/SexHateLex/SexHateLex.txt").read_text(encoding="utf-8").splitlines():
        add(line, "A.2.5", "swsr")
    return out


def _benign_texts() -> list[str]:
    from models.content_safety_data import load

    texts: list[str] = []
    for name in ("written", "cvalues", "cold", "swsr", "jade_answers", "gptfuzz_responses"):
        texts.extend(r.text for r in load(name) if r.label == "safe" and r.split == "train")
    return texts


def _prune(terms: dict[str, tuple[str, str]], benign: list[str]) -> tuple[dict[str, tuple[str, str]], int]:
    auto = ahocorasick.Automaton()
    for t in terms:
        auto.add_word(t, t)
    auto.make_automaton()
    hits: collections.Counter[str] = collections.Counter()
    for text in benign:
        norm = normalize(text).text
        seen = {t for _, t in auto.iter(norm)}
        hits.update(seen)
    kept = {t: v for t, v in terms.items() if not (hits[t] >= 2 or (hits[t] >= 1 and len(t) <= 3))}
    return kept, len(terms) - len(kept)


def _pinyin_rows(curated: Path) -> list[str]:
    from pypinyin import lazy_pinyin

    rows = []
    for line in curated.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        term, risk, sev = line.split("\t")[:3]
        if not all("\u4e00" <= c <= "\u9fff" for c in term) or len(term) < 2:
            continue
        syll = lazy_pinyin(term)
        sev = "medium" if sev == "high" else sev
        joined = "".join(syll)
        if len(joined) >= 5:
            rows.append(f"{joined}\t{risk}\t{sev}\tcurated_pinyin")
            rows.append(f"{' '.join(syll)}\t{risk}\t{sev}\tcurated_pinyin")
    return rows


def build(datasets: Path) -> None:
    lex_root = datasets / "lexicons"
    terms = _public_terms(lex_root, datasets)
    kept, pruned = _prune(terms, _benign_texts())
    by_risk = collections.Counter(r for r, _ in kept.values())
    header = [
        "# Built by filters/content_safety/build_lexicon.py from redistributable public lists",
        "# (houbb Apache-2.0, fwwdn Apache-2.0, konsheng MIT, LDNOOBW CC-BY-4.0/CC0, SWSR MIT).",
        f"# candidates {len(terms)}, pruned on benign text {pruned}, kept {len(kept)}.",
        "# term<TAB>risk<TAB>severity<TAB>source",
    ]
    rows = [f"{t}\t{r}\tlow\t{s}" for t, (r, s) in sorted(kept.items())]
    (LEXICON_DIR / "public.tsv").write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    pin = _pinyin_rows(LEXICON_DIR / "curated.tsv")
    (LEXICON_DIR / "curated_pinyin.tsv").write_text(
        "# Generated pinyin spellings of curated.tsv terms. term<TAB>risk<TAB>severity<TAB>source\n" + "\n".join(pin) + "\n",
        encoding="utf-8")
    print(f"candidates={len(terms)} pruned={pruned} kept={len(kept)} pinyin={len(pin)}")
    print("per risk:", dict(sorted(by_risk.items())))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--datasets", type=Path, default=REPO.parent / "shared" / "datasets")
    build(ap.parse_args().datasets)
