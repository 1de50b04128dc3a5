"""Development figures for content-safety tuning (never test splits).

    python -m benchmarks.accuracy.content_safety_dev [--examples N]

* Borderline-but-legitimate requests from ``models.data.content_safety.dev_borderline``
  (written for this project, never trained on): blocked % must be low; flag/steer are fine.
* Written data, *validation* part (train-split rows that ``models.train_content_safety``
  holds out to pick thresholds, ``sha1(text)[8:16] % 10 == 0``): blocked % of should-refuse
  and should-not rows, so a change that lowers over-blocking can be checked for lost recall
  without looking at the test split.
* Intent probe from ``models.data.content_safety.dev_probe`` (``--probe``; never trained
  on): should-refuse blocked % (A.5 is ``steer`` by default, so it is also reported without
  A.5) and should-not blocked %, per language, with the misses and false blocks.
* Round-2 probe from ``models.data.content_safety.dev_probe2`` (``--probe2``; never trained
  on): plain short requests across the 31 risks and hard should-not (news, anti-fraud,
  government, history, fiction).
* Round-3 probe from ``models.data.content_safety.dev_probe3`` (``--probe3``; never trained
  on): role-play, fiction, "for research", obfuscated, fake-news, doxxing and defamation
  wrappers, with look-alikes in the same wrappers.
* Round-4 probe from ``models.data.content_safety.dev_probe4`` (``--probe4``; never trained
  on): new wordings of probe 3's misses (pinyin / full-width / spaced letters, doxxing,
  stalkerware, invented accusations, A.3 commercial, role-play and fiction wrappers) and
  look-alikes (victims, reporting channels, privacy self-protection, honest reviews).
* Round-5 probe from ``models.data.content_safety.dev_probe5`` (``--probe5``; never trained
  on): short lowercase English requests ("how to …", "ways to …"), 40 everyday and 20 harmful.
* ``--decisive``: the decisive-term rule (``detect.decisive_request``) alone: per set (probes,
  dev borderline, written validation, and the *test* parts of the public sets, reported, not
  tuned on), on how many rows it fires and how many it newly blocks (the filter without the
  rule does not block them).
"""

from __future__ import annotations

import argparse

from filters.content_safety import ContentSafetyConfig, ContentSafetyFilter
from filters.content_safety.detect import decisive_request
from filters.decision import Action
from filters.normalize import normalize
from models.content_safety_data import load
from models.data.content_safety.dev_borderline import DEV_EN, DEV_ZH
from models.data.content_safety.dev_probe import PROBE_EN, PROBE_ZH
from models.data.content_safety.dev_probe2 import PROBE2_EN, PROBE2_ZH
from models.data.content_safety.dev_probe3 import PROBE3_EN, PROBE3_ZH
from models.data.content_safety.dev_probe4 import PROBE4_EN, PROBE4_ZH
from models.data.content_safety.dev_probe5 import PROBE5_EN
from models.store import ModelStore
from models.train_content_safety import _is_val


def probe(flt: ContentSafetyFilter, examples: int, which: int = 1) -> None:
    sets = {1: (("zh", PROBE_ZH), ("en", PROBE_EN)), 2: (("zh", PROBE2_ZH), ("en", PROBE2_EN)),
            3: (("zh", PROBE3_ZH), ("en", PROBE3_EN)), 4: (("zh", PROBE4_ZH), ("en", PROBE4_EN)),
            5: (("en", PROBE5_EN),)}[which]
    name = "probe" if which == 1 else f"probe{which}"
    for lang, items in sets:
        ds = [(label, t, flt.decide(t, "prompt")) for label, t in items]
        refuse = [(lb, t, d) for lb, t, d in ds if lb != "safe"]
        no_a5 = [(lb, t, d) for lb, t, d in refuse if not lb.startswith("A.5")]
        safe = [(lb, t, d) for lb, t, d in ds if lb == "safe"]

        def pct(xs: list[tuple[str, str, object]]) -> float:
            return 100 * sum(d.action is Action.BLOCK for _, _, d in xs) / max(1, len(xs))  # type: ignore[attr-defined]

        flagged = 100 * sum(d.action is Action.FLAG for _, _, d in refuse) / max(1, len(refuse))
        print(f"{name} {lang}: should-refuse n={len(refuse)} blocked {pct(refuse):.1f}% "
              f"(without A.5: n={len(no_a5)} {pct(no_a5):.1f}%; flag/steer {flagged:.1f}%); "
              f"should-not n={len(safe)} blocked {pct(safe):.1f}%")
        if examples:
            for lb, t, d in refuse:
                if d.action is not Action.BLOCK:
                    print(f"    MISS [{lb}] {d.reason or 'allow'} {d.score} | {t[:60]!r}")
            for _, t, d in safe:
                if d.action is Action.BLOCK:
                    print(f"    FP   {d.reason} {d.score} | {t[:60]!r}")


def decisive(examples: int) -> None:
    flt = ContentSafetyFilter(ContentSafetyConfig(decisive_requests=False), ModelStore())
    sets: dict[str, list[tuple[str, str]]] = {
        "probe1": PROBE_ZH + PROBE_EN, "probe2": PROBE2_ZH + PROBE2_EN, "probe3": PROBE3_ZH + PROBE3_EN,
        "probe4": PROBE4_ZH + PROBE4_EN, "probe5": PROBE5_EN,
        "dev_borderline": [("safe", t) for t in DEV_ZH + DEV_EN],
        "written_val": [(r.label, r.text) for r in load("written") if r.split == "train" and _is_val(r.text)]}
    for n in ("written", "jade", "multijail", "refusal_harmful", "cvalues", "chisafetybench", "xsafety", "flames",
              "xstest", "belle_eval", "alpaca_harmless", "openai_moderation"):
        sets[f"{n}_test"] = [(r.label, r.text) for r in load(n) if r.split == "test"]
    for name, items in sets.items():
        c = {"n_ref": 0, "n_not": 0, "fires_ref": 0, "fires_not": 0, "new_ref": 0, "new_not": 0}
        shown = 0
        for lb, t in items:
            kind = "ref" if lb != "safe" else "not"
            c[f"n_{kind}"] += 1
            if decisive_request(normalize(t[:32_000]).text) is None:
                continue
            c[f"fires_{kind}"] += 1
            if flt.decide(t, "prompt").action is not Action.BLOCK:
                c[f"new_{kind}"] += 1
                if shown < examples:
                    shown += 1
                    print(f"    NEW {'TP' if kind == 'ref' else 'FP'} | {t[:60]!r}")
        print(f"{name:22s} should-refuse n={c['n_ref']:5d} fires {c['fires_ref']:4d} newly blocked {c['new_ref']:3d} | "
              f"should-not n={c['n_not']:5d} fires {c['fires_not']:4d} newly blocked {c['new_not']:3d}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--probe", action="store_true", help="only the intent probe")
    ap.add_argument("--probe2", action="store_true", help="only the round-2 probe")
    ap.add_argument("--probe3", action="store_true", help="only the round-3 probe")
    ap.add_argument("--probe4", action="store_true", help="only the round-4 probe")
    ap.add_argument("--probe5", action="store_true", help="only the round-5 probe")
    ap.add_argument("--decisive", action="store_true", help="only the decisive-term rule's effect")
    args = ap.parse_args()
    if args.decisive:
        decisive(args.examples)
        return
    flt = ContentSafetyFilter(ContentSafetyConfig(), ModelStore())
    only = [k for k, on in ((1, args.probe), (2, args.probe2), (3, args.probe3), (4, args.probe4), (5, args.probe5)) if on]
    for which in only or (1, 2, 3, 4, 5):
        probe(flt, args.examples, which)
    if only:
        return
    for lang, texts in (("zh", DEV_ZH), ("en", DEV_EN)):
        ds = [(t, flt.decide(t, "prompt")) for t in texts]
        blocked = [(t, d) for t, d in ds if d.action is Action.BLOCK]
        other = sum(d.action in (Action.FLAG, Action.MODIFY) for _, d in ds)
        print(f"dev borderline {lang}: n={len(ds)} blocked {100 * len(blocked) / len(ds):.1f}% flag/modify {100 * other / len(ds):.1f}%")
        for t, d in blocked[: args.examples]:
            print(f"    FP {d.reason} {d.score} | {t[:60]!r}")
    rows = [r for r in load("written") if r.split == "train" and _is_val(r.text)]
    for lang in ("zh", "en"):
        for refuse in (True, False):
            sel = [r for r in rows if r.lang == lang and (r.label != "safe") == refuse]
            b = sum(flt.decide(r.text, "prompt").action is Action.BLOCK for r in sel)
            kind = "should-refuse" if refuse else "should-not"
            print(f"written validation {lang} {kind:13s} n={len(sel)} blocked {100 * b / max(1, len(sel)):.1f}%")


if __name__ == "__main__":
    main()
