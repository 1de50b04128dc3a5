"""Character n-gram logistic-regression classifier, pure-Python inference.

The model is trained by ``models/train_injection.py`` (scikit-learn) and exported as
``models/weights/injection/model.json.gz``::

    {"format": "jianhu-charngram-lr/1", "ngram": [1, 4], "bias": float,
     "threshold": float, "words": bool (optional), "vocab": {ngram: [idf, coef], ...}}

With ``"words": true`` the features also include word unigrams and bigrams
(``word_features``: jieba segmentation without HMM for texts with CJK characters,
Latin/digit runs otherwise), prefixed with ``\x01`` so they never collide with
character n-grams.

Scoring reproduces sklearn's ``TfidfVectorizer(analyzer=char_ngrams,
sublinear_tf=True, norm="l2")`` followed by ``LogisticRegression``: features are
``(1 + ln tf) * idf`` over in-vocabulary n-grams, L2-normalized, dotted with the
coefficients. Long texts are scored in overlapping windows and the maximum is kept,
so an instruction hidden in a long document is not diluted.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["CharNgramModel", "char_ngrams", "word_features", "load_model", "MODEL_NAME", "WINDOW", "STRIDE"]

MODEL_NAME = "injection"
MODEL_FILE = "model.json.gz"
FORMAT = "jianhu-charngram-lr/1"
WINDOW = 800
STRIDE = 600
MAX_WINDOWS = 24


def char_ngrams(text: str, lo: int = 1, hi: int = 4) -> list[str]:
    """Character n-grams of ``text`` after collapsing whitespace (the training analyzer)."""
    t = " ".join(text.split())
    n_chars = len(t)
    out: list[str] = []
    for n in range(lo, hi + 1):
        out += [t[i : i + n] for i in range(n_chars - n + 1)]
    return out


_CJK = re.compile(r"[\u3400-\u9fff]")
_TOKEN = re.compile(r"[\u3400-\u9fff]+|[a-z0-9]+(?:'[a-z]+)?")
_jieba_lock = threading.Lock()
_jieba: Any = None


def _segmenter() -> Any:  # jieba loads its dictionary once (about a second), on first use
    global _jieba
    if _jieba is None:
        with _jieba_lock:
            if _jieba is None:
                import logging

                import jieba

                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                tok.initialize()
                _jieba = tok
    return _jieba


def word_features(text: str) -> list[str]:
    """Word unigrams and bigrams of a normalized text, each prefixed with ``\x01``."""
    if _CJK.search(text):
        words = [w for w in _segmenter().lcut(text, HMM=False) if _TOKEN.fullmatch(w)]
    else:
        words = _TOKEN.findall(text)
    out = ["\x01" + w for w in words]
    out += ["\x01" + a + " " + b for a, b in zip(words, words[1:])]
    return out


@dataclass(frozen=True, slots=True)
class CharNgramModel:
    vocab: dict[str, tuple[float, float]]
    bias: float
    lo: int
    hi: int
    threshold: float
    words: bool = False

    def features(self, text: str) -> list[str]:
        feats = char_ngrams(text, self.lo, self.hi)
        return feats + word_features(text) if self.words else feats

    def _score_one(self, text: str) -> float:
        counts = Counter(self.features(text))
        vocab = self.vocab
        dot = 0.0
        norm = 0.0
        log = math.log
        for g, tf in counts.items():
            entry = vocab.get(g)
            if entry is None:
                continue
            idf, coef = entry
            w = idf if tf == 1 else (1.0 + log(tf)) * idf
            norm += w * w
            dot += w * coef
        z = self.bias + (dot / math.sqrt(norm) if norm > 0 else 0.0)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        ez = math.exp(z)
        return ez / (1.0 + ez)

    def windows(self, text: str) -> list[tuple[int, int]]:
        """Spans scored for ``text``: the whole text, or overlapping windows when long."""
        if len(text) <= WINDOW:
            return [(0, len(text))]
        spans = [(s, min(s + WINDOW, len(text))) for s in range(0, len(text) - STRIDE, STRIDE)]
        return spans[:MAX_WINDOWS]

    def score(self, text: str) -> tuple[float, int, int]:
        """Attack probability (max over windows) and the span of the best window."""
        best = (0.0, 0, 0)
        for s, e in self.windows(text):
            p = self._score_one(text[s:e])
            if p > best[0]:
                best = (p, s, e)
        return best


def load_model(directory: Path) -> CharNgramModel:
    """Load ``model.json.gz`` from a model directory (see module docstring for the format)."""
    with gzip.open(directory / MODEL_FILE, "rt", encoding="utf-8") as fh:
        raw = json.load(fh)
    if raw.get("format") != FORMAT:
        raise ValueError("injection model: unsupported format")
    vocab = {g: (float(v[0]), float(v[1])) for g, v in raw["vocab"].items()}
    lo, hi = raw["ngram"]
    model = CharNgramModel(vocab, float(raw["bias"]), int(lo), int(hi), float(raw["threshold"]), bool(raw.get("words", False)))
    if model.words:
        _segmenter()  # load the dictionary now, not on the first request
    return model
