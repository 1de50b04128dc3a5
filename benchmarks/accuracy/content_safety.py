"""Accuracy harness for the content-safety filter, per data set (test splits only).

    python -m benchmarks.accuracy.content_safety [--examples N] [--sets a,b,...]

Prints, per set and language: should-refuse blocked % (target >= 95 %) and
should-not-refuse blocked % (target <= 5 %); flag and steer do not count as blocks.
COLD test: accuracy and macro F1 of "offensive" = filter blocks or flags, of the
toxicity head alone at its validation threshold, and of the stacked offensive score alone
(``Detection.offensive``, fitted on COLD dev) at its threshold. OpenAI moderation and XSTest: blocked %
of flagged/unsafe and unflagged/safe rows. Answers: JADE v3 and GPTFuzz responses
through the response phase. Per-risk blocked % on the written test part and on
ChiSafetyBench. ``--examples`` prints that many misses and false blocks per set (error
analysis; text truncated).
"""

from __future__ import annotations

import argparse
import collections
import time

from filters.content_safety import ContentSafetyConfig, ContentSafetyFilter
from filters.decision import Action
from models.content_safety_data import load
from models.store import ModelStore

PROMPT_SETS = ["written", "jade", "multijail", "jailbench", "refusal_harmful", "cvalues", "chisafetybench",
               "xsafety", "flames", "xstest", "belle_eval", "alpaca_harmless", "openai_moderation"]
RESPONSE_SETS = ["jade_answers", "gptfuzz_responses"]


def _f1(tp: int, fp: int, fn: int) -> float:
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--sets", default="")
    args = ap.parse_args()
    wanted = set(args.sets.split(",")) if args.sets else None
    flt = ContentSafetyFilter(ContentSafetyConfig(), ModelStore())
    print(f"thresholds: prompt {flt.prompt_threshold:.3f} response {flt.response_threshold:.3f} "
          f"toxicity {flt.config.toxicity_threshold:.2f}; lexicon terms {flt.detector.lexicon.current.size}")
    print(f"{'set':18s} {'lang':4s} {'kind':15s} {'n':>5s} {'blocked%':>8s} {'flag/steer%':>11s}")
    t0 = time.time()
    for name in PROMPT_SETS + RESPONSE_SETS:
        if wanted and name not in wanted:
            continue
        phase = "response" if name in RESPONSE_SETS else "prompt"
        rows = [r for r in load(name) if r.split == "test"]
        groups: dict[tuple[str, bool], list[tuple[object, object]]] = collections.defaultdict(list)
        per_risk: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
        for r in rows:
            d = flt.decide(r.text, phase)
            refuse = r.label != "safe"
            groups[(r.lang, refuse)].append((r, d))
            if refuse and r.label.startswith("A.") and name in ("written", "chisafetybench"):
                per_risk[r.label][0] += 1
                per_risk[r.label][1] += d.action is Action.BLOCK
        for (lang, refuse), items in sorted(groups.items()):
            n = len(items)
            blocked = sum(d.action is Action.BLOCK for _, d in items)  # type: ignore[attr-defined]
            flagged = sum(d.action is Action.FLAG for _, d in items)  # type: ignore[attr-defined]
            kind = "should-refuse" if refuse else "should-not"
            print(f"{name:18s} {lang:4s} {kind:15s} {n:5d} {100 * blocked / n:8.1f} {100 * flagged / n:11.1f}")
            if args.examples:
                bad = [(r, d) for r, d in items if (d.action is Action.BLOCK) != refuse]  # type: ignore[attr-defined]
                for r, d in bad[: args.examples]:
                    print(f"    {'MISS' if refuse else 'FP  '} [{r.label}] {d.reason or 'allow'} {d.score} | {r.text[:70]!r}")  # type: ignore[attr-defined]
        if per_risk:
            print("    per risk blocked: " + ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in sorted(per_risk.items())))
    if not wanted or "cold" in wanted:
        rows = [r for r in load("cold") if r.split == "test"]
        tp = fp = fn = tn = 0
        htp = hfp = hfn = htn = 0
        stp = sfp = sfn = stn = 0
        tox_thr = float(flt.detector.model.meta["thresholds"]["toxicity"])  # type: ignore[index]
        for r in rows:
            det = flt.detector.detect(r.text, "prompt")
            pred = flt.decide(r.text, "prompt").action is not Action.ALLOW
            hpred = det.toxicity >= tox_thr
            gold = r.label != "safe"
            tp += pred and gold; fp += pred and not gold; fn += (not pred) and gold; tn += (not pred) and not gold
            htp += hpred and gold; hfp += hpred and not gold; hfn += (not hpred) and gold; htn += (not hpred) and not gold
            spred = det.offensive >= flt.offensive_threshold
            stp += spred and gold; sfp += spred and not gold; sfn += (not spred) and gold; stn += (not spred) and not gold
        for label, (a, b, c, d) in (("filter (block|flag)", (tp, fp, fn, tn)), (f"toxicity head @{tox_thr:.2f}", (htp, hfp, hfn, htn)),
                                    (f"offensive stack @{flt.offensive_threshold:.2f}", (stp, sfp, sfn, stn))):
            acc = (a + d) / len(rows)
            macro = (_f1(a, b, c) + _f1(d, c, b)) / 2
            print(f"COLD test {label:24s} n={len(rows)} accuracy {acc:.3f} macro-F1 {macro:.3f}")
    print(f"elapsed {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
