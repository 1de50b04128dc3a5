"""Topic: is the request about the robot's own tasks, or about someone else's?

Plain similarity to the profile's examples with an absolute threshold does not work
(measured before this filter: 57–62% of out-of-scope requests refused at 11–15% of
in-scope ones): e5 similarities of any two government requests are close together. The
topic model therefore compares, for each request, the best match among the robot's
allowed tasks with the best match among the things it must not do:

* its denied tasks, and
* a shipped background bank of other departments' business and off-topic requests
  (``data/background.yaml``), from which every item close to one of the robot's allowed
  tasks is dropped when the profile is built (so a profile may cover any of those
  domains itself, and "another department's business" needs no denied examples).

The decision uses the margin ``best allowed − best negative``; the thresholds are
calibrated per robot at build time by leave-one-out over the profile's own examples
(``calibrate``): each allowed example is scored against the rest of the profile, and the
out-of-scope threshold is lowered until the profile's own examples would pass.

Two stages (``lexical.py``): a TF-IDF stage over the same allowed texts and negatives
decides the turns whose lexical margin is beyond thresholds calibrated on the profile's
own texts; only the rest pay for the encoder (20–80 ms on one loaded core).

Cross-language: the bank is kept only in the profile's own languages, so an English
request against a Chinese profile is compared cross-lingually on both sides of the
margin (e5 is multilingual; a same-language bank would win every English request: the
bank's English requests are 0.06 closer to each other across domains than to Chinese
requests, more than the gap between two domains). Instead an English request to a
Chinese profile is read with the Chinese terms of its key words (``glossary.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import yaml

from filters.scope.config import ScopeConfig, TaskSpec
from filters.scope.glossary import expand
from filters.scope.lexical import LexicalScore, LexicalStage
from models.encoder import CachedEncoder

__all__ = ["BankItem", "TopicModel", "TopicScore", "load_background"]

_DATA = Path(__file__).resolve().parent / "data" / "background.yaml"
_CJK = re.compile(r"[\u3400-\u9fff]")

#: A bank item at least this similar to an allowed item is a near-duplicate of it: dropped.
DROP_SIM = 0.95
#: A bank domain is the robot's own when its items are, on average, about as close to the
#: allowed texts as those are to each other (leave-one-out mean minus this slack), or
#: closer than ``DROP_DOMAIN_CAP``.
DROP_DOMAIN_SLACK = 0.01
DROP_DOMAIN_CAP = 0.94


@dataclass(frozen=True, slots=True)
class BankItem:
    domain: str
    kind: str
    lang: str
    text: str


@cache
def load_background(path: Path = _DATA) -> tuple[BankItem, ...]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = []
    for d in doc["domains"]:
        for lang in ("zh", "en"):
            for t in d.get(lang, ()):
                items.append(BankItem(d["name"], d["kind"], lang, str(t)))
    return tuple(items)


def lang_of(text: str) -> str:
    return "zh" if _CJK.search(text) else "en"


def _task_texts(task: TaskSpec) -> list[str]:
    out = list(task.examples)
    if task.description.strip():
        out.append(f"{task.name}：{task.description}")
    return out


@dataclass(frozen=True, slots=True)
class TopicScore:
    margin: float
    best_allowed: float
    best_negative: float
    negative_source: str  # "denied:<task>" / "background:<domain>" / ""


class TopicModel:
    """Built once per pipeline from a profile; immutable; shared by concurrent requests."""

    def __init__(self, config: ScopeConfig, encoder: CachedEncoder,
                 background: tuple[BankItem, ...] | None = None) -> None:
        self.encoder = encoder
        allowed: list[str] = [config.duty] if config.duty.strip() else []
        for t in config.allowed_tasks:
            allowed.extend(_task_texts(t))
        self.allowed_texts = tuple(allowed)
        self._allowed = encoder.encode(self.allowed_texts)
        negatives: list[tuple[str, str]] = []
        for t in config.denied_tasks:
            negatives.extend((f"denied:{t.name}", x) for x in _task_texts(t))
        bank = load_background() if background is None else background
        langs = {lang_of(x) for x in self.allowed_texts}
        self.dropped_domains: tuple[str, ...] = ()
        if config.authority.other_department and bank:
            items = [b for b in bank if b.lang in langs]
            vecs = encoder.encode([b.text for b in items])
            best = (vecs @ self._allowed.T).max(axis=1)
            near = best >= DROP_SIM
            by_domain: dict[str, list[float]] = {}
            for b, m in zip(items, best, strict=True):
                by_domain.setdefault(b.domain, []).append(float(m))
            own = self._cohesion() - DROP_DOMAIN_SLACK
            dropped = {d for d, ms in by_domain.items() if float(np.mean(ms)) >= min(own, DROP_DOMAIN_CAP)}
            self.dropped_domains = tuple(sorted(dropped))
            negatives.extend((f"background:{b.domain}", b.text)
                             for b, n in zip(items, near, strict=True) if not n and b.domain not in dropped)
        self.negative_sources = tuple(s for s, _ in negatives)
        self.negative_texts = tuple(x for _, x in negatives)
        self._negative = encoder.encode([x for _, x in negatives])
        self.out_below, self.unclear_below = self._calibrate(config)
        self.langs = frozenset(langs)
        self.lexical = LexicalStage(self.allowed_texts, negatives, (b.text for b in bank), self.langs) \
            if config.lexical_stage else None

    def decide_lexically(self, text: str) -> tuple[str | None, LexicalScore | None]:
        """The lexical stage's decision ("in" / "out") or ``None``: the encoder must decide."""
        if self.lexical is None:
            return None, None
        return self.lexical.decide(text, lang_of(text))

    def _cohesion(self) -> float:
        """Mean leave-one-out similarity of the allowed texts to each other."""
        if len(self._allowed) < 2:
            return DROP_DOMAIN_CAP
        sims = self._allowed @ self._allowed.T
        np.fill_diagonal(sims, -1.0)
        return float(sims.max(axis=1).mean())

    def score_vector(self, q: np.ndarray) -> TopicScore:
        sa = float((self._allowed @ q).max())
        if len(self._negative):
            sims = self._negative @ q
            j = int(sims.argmax())
            sn, src = float(sims[j]), self.negative_sources[j]
        else:
            sn, src = 0.0, ""
        return TopicScore(sa - sn, sa, sn, src)

    def score(self, text: str) -> TopicScore:
        if "en" not in self.langs and lang_of(text) == "en":
            text = expand(text)  # an English request to a Chinese profile: add its key terms in Chinese
        return self.score_vector(self.encoder.encode_one(text))

    def loo_margins(self) -> np.ndarray:
        """Leave-one-out margins of the profile's own allowed texts."""
        sims = self._allowed @ self._allowed.T
        np.fill_diagonal(sims, -1.0)
        sa = sims.max(axis=1)
        sn = (self._negative @ self._allowed.T).max(axis=0) if len(self._negative) else np.zeros(len(sa))
        return np.asarray(sa - sn, dtype=np.float64)

    def _calibrate(self, config: ScopeConfig) -> tuple[float, float]:
        th = config.thresholds
        out_below, unclear_below = th.out_below, th.unclear_below
        if not th.calibrate or len(self.allowed_texts) < 4:
            return out_below, unclear_below
        m = self.loo_margins()
        # The 10th percentile of the profile's own examples, each scored without itself,
        # is where this robot's in-scope requests start to look like someone else's:
        # lower the threshold to it when the prior would refuse them (never raise it,
        # and never below a floor that would let everything through).
        q = float(np.quantile(m, 0.10))
        shift = max(min(q - out_below, 0.0), -0.03)
        return out_below + shift, unclear_below + shift
