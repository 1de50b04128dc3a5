"""Lexical stage of the topic classifier: decides the clear cases without the encoder.

The sentence encoder costs 20–80 ms per turn on one loaded core (it streams all of e5's
weights for every call, however short the text), far above the 10 ms budget per turn. Most
turns do not need it: "租房提取公积金一年能取几次" against the housing-fund robot shares its
distinctive words with the robot's own examples and with nothing else; "帮我写首诗" matches
the background bank's writing requests and nothing of the robot's. This module scores a
turn with TF-IDF over words against the same allowed texts and negatives
(denied tasks + kept background bank) as the encoder stage, and the topic model lets it
decide only when the lexical margin is beyond thresholds calibrated on the profile itself
(``TopicModel``); everything in between goes to the encoder.

Features (on ``filters.normalize`` output, so full-width, traditional and case are folded):
Chinese words from jieba in search mode (a compound also yields its parts: "公司员工" ->
"公司", "员工"; character n-grams were tried first and matched across word boundaries,
"公积金怎么" ~ "失业金怎么"), and lower-case words and word bigrams inside ASCII runs (a
light plural/verb-suffix fold). The function words of questions ("怎么", "需要", "how",
"do") are dropped; IDF comes from the whole index plus the full background bank in both
languages. Vectors are L2-normalized; a score is the cosine with the nearest indexed text.

Cost: jieba and a few dictionary look-ups per word, ~0.1–0.3 ms per turn in CPython
(``benchmarks/bench_scope.py``: p50 0.5 ms per turn for the whole filter). Built once per pipeline; immutable afterwards (safe to share across
threads).
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import jieba
import numpy as np
import numpy.typing as npt

from filters.normalize import normalize

jieba.setLogLevel(logging.WARNING)  # its dictionary-building chatter is not ours to log

__all__ = ["LexicalIndex", "LexicalScore", "LexicalStage", "features"]

_RUN = re.compile(r"[\u3400-\u9fff]+|[a-z0-9]+(?:['-][a-z0-9]+)*")
_CJK0 = "\u3400"
_EN_STOP = frozenset(
    "a an the i me my we our you your it its is are am be was were do does did to of for in on at by with "
    "and or can could would will should how what when where which who whether please pls just this that "
    "there here have has had get got need want".split()
)


def _fold_en(w: str) -> str:
    for suf in ("ing", "ed", "es", "s"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


#: Function words of questions to a service desk: they say how something is asked, not
#: what about, and only blur the nearest neighbour (IDF over a few hundred texts does not
#: push them down far enough).
_ZH_STOP = frozenset(
    "怎么 怎么样 怎样 如何 什么 啥 哪个 哪些 哪里 哪儿 哪 可以 可不可以 能 能不能 能否 需要 需不需要 要 要不要 吗 呢 吧 啊 呀 嘛 "
    "的 了 着 过 是 是不是 我 我们 你 你们 您 他 她 它 咱 咱们 在 有 有没有 没有 和 跟 与 及 或 还 还是 就 都 也 又 再 "
    "一下 一个 个 多少 多久 多长 请问 请 为什么 这个 那个 这 那 这样 那样 去 到 给 把 被 让 会 想 该 应该 得 "
    "办 弄 搞 做 一 下 呢 吗 谁 找 问 说 现在 今天 一般".split()
)


def _words_zh(run: str) -> list[str]:
    """jieba's search-mode words: a compound ("公司员工") also yields its parts ("公司", "员工")."""
    if len(run) == 1:
        return [] if run in _ZH_STOP else [run]
    return [w for w in jieba.cut_for_search(run, HMM=True) if w.strip() and w not in _ZH_STOP]


def features(text: str, *, normalized: bool = False) -> Counter[str]:
    """Term counts of ``text``: Chinese words (jieba, search mode), English words and word bigrams."""
    norm = text if normalized else normalize(text).text
    out: Counter[str] = Counter()
    words: list[str] = []
    for m in _RUN.finditer(norm):
        run = m.group(0)
        if run[0] >= _CJK0:
            if words:
                _add_words(out, words)
                words = []
            out.update(_words_zh(run))
        else:
            words.append(run)
    if words:
        _add_words(out, words)
    return out


def _add_words(out: Counter[str], words: list[str]) -> None:
    content = [_fold_en(w) for w in words if w not in _EN_STOP and len(w) > 1]
    for w in content:
        out[w] += 1
    for a, b in zip(content, content[1:], strict=False):
        out[f"{a} {b}"] += 1


@dataclass(frozen=True, slots=True)
class LexicalScore:
    best_allowed: float
    best_negative: float
    #: Share of the turn's (squared, normalized) TF-IDF weight on words that occur in the
    #: robot's allowed texts: how much of the turn the profile's vocabulary explains. An
    #: unknown distinctive word ("台风什么时候来") keeps it low whatever the margin.
    coverage: float

    @property
    def margin(self) -> float:
        return self.best_allowed - self.best_negative


class LexicalIndex:
    """TF-IDF nearest-neighbour scores against allowed texts and negatives."""

    def __init__(self, allowed: Sequence[str], negatives: Sequence[str], idf_extra: Iterable[str] = ()) -> None:
        docs = [features(t) for t in (*allowed, *negatives)]
        df: Counter[str] = Counter()
        n_docs = len(docs)
        for d in docs:
            df.update(d.keys())
        for t in idf_extra:
            df.update(features(t).keys())
            n_docs += 1
        self._n_docs = n_docs
        self._idf = {f: math.log((1 + n_docs) / (1 + c)) + 1.0 for f, c in df.items()}
        self._unseen_idf = math.log(1 + n_docs) + 1.0
        self.n_allowed = len(allowed)
        self.n_docs = len(docs)
        postings: dict[str, tuple[list[int], list[float]]] = {}
        for i, d in enumerate(docs):
            vec = self._weigh(d)
            for f, w in vec.items():
                ids, ws = postings.setdefault(f, ([], []))
                ids.append(i)
                ws.append(w)
        self._allowed_vocab = frozenset(f for d in docs[: len(allowed)] for f in d)
        self._postings: dict[str, tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]] = {
            f: (np.asarray(ids, dtype=np.intp), np.asarray(ws, dtype=np.float64)) for f, (ids, ws) in postings.items()
        }

    def _weigh(self, counts: Counter[str]) -> dict[str, float]:
        vec = {f: (1.0 + math.log(c)) * self._idf.get(f, self._unseen_idf) for f, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        return {f: w / norm for f, w in vec.items()}

    def similarities(self, text: str, *, normalized: bool = False) -> tuple[npt.NDArray[np.float64], float]:
        """Cosine of ``text`` with every indexed text (allowed first), and its allowed coverage."""
        counts = features(text, normalized=normalized)
        sims = np.zeros(self.n_docs, dtype=np.float64)
        coverage = 0.0
        for f, w in self._weigh(counts).items():
            post = self._postings.get(f)
            if post is None:
                continue
            if f in self._allowed_vocab:
                coverage += w * w
            sims[post[0]] += w * post[1]  # a text's ids are unique per feature
        return sims, coverage

    def score(self, text: str, *, normalized: bool = False, exclude: int | None = None) -> LexicalScore:
        sims, coverage = self.similarities(text, normalized=normalized)
        if exclude is not None:
            sims[exclude] = -1.0
        a = float(sims[: self.n_allowed].max()) if self.n_allowed else 0.0
        n = float(sims[self.n_allowed:].max()) if self.n_docs > self.n_allowed else 0.0
        return LexicalScore(max(a, 0.0), max(n, 0.0), coverage)


#: Priors of the lexical stage's thresholds; calibration only makes them stricter.
#: A turn is decided "in" lexically when its margin is at least ``IN_ABOVE`` (and above
#: every background item's leave-domain-out margin), "out" when at most ``OUT_BELOW`` (and
#: below every allowed example's leave-one-out margin).
IN_ABOVE = 0.15
OUT_BELOW = -0.30
#: Distance kept from the calibration extremes.
SLACK = 0.03
#: A lexical "in" needs at least this cosine with an allowed text, a lexical "out" at least
#: this cosine with a negative: a decision rests on a real match, not on an empty side.
MIN_ALLOWED = 0.20
MIN_NEGATIVE = 0.30
#: A lexical "in" needs at least this share of the turn's weight on the profile's words.
MIN_COVERAGE = 0.30


class LexicalStage:
    """The cheap first stage: "in", "out" or ``None`` (undecided: ask the encoder).

    Calibrated per profile when built, from the profile's own texts, to decide only where
    the lexical evidence is beyond what the profile's texts and the background bank show:

    * ``in_above`` is above the margin of every negative (denied examples, kept background
      items) scored with its whole task/domain left out of the index, so none of them would
      have been let through lexically;
    * ``out_below`` is below the margin of every allowed text scored with itself left out,
      so none of the robot's own examples would have been refused lexically.

    Only turns in one of the profile's languages are decided (an English turn against a
    Chinese profile shares no n-grams with it: that is the encoder's cross-lingual job).
    """

    def __init__(self, allowed: Sequence[str], negatives: Sequence[tuple[str, str]], bank_texts: Iterable[str],
                 langs: frozenset[str]) -> None:
        self.index = LexicalIndex(allowed, [x for _, x in negatives], bank_texts)
        self.langs = langs
        sources = [s for s, _ in negatives]
        na = self.index.n_allowed
        neg_margins = []
        for j, (src, text) in enumerate(negatives):
            sims, coverage = self.index.similarities(text)
            others = sims[na:].copy()
            others[[k for k, s in enumerate(sources) if s == src]] = -1.0
            best_allowed = float(sims[:na].max(initial=0.0))
            if best_allowed >= MIN_ALLOWED and coverage >= MIN_COVERAGE:  # could pass as "in" at all
                neg_margins.append(best_allowed - max(float(others.max(initial=0.0)), 0.0))
        pos_margins = [self.index.score(t, exclude=i).margin for i, t in enumerate(allowed)]
        self.in_above = max(IN_ABOVE, max(neg_margins, default=0.0) + SLACK)
        self.out_below = min(OUT_BELOW, min(pos_margins, default=0.0) - SLACK)

    def decide(self, text: str, lang: str) -> tuple[str | None, LexicalScore | None]:
        if lang not in self.langs:
            return None, None
        s = self.index.score(text)
        if s.margin >= self.in_above and s.best_allowed >= MIN_ALLOWED and s.coverage >= MIN_COVERAGE:
            return "in", s
        if s.margin <= self.out_below and s.best_negative >= MIN_NEGATIVE:
            return "out", s
        return None, s
