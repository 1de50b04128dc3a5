"""Char-n-gram linear classifiers exported to plain numpy arrays (no scikit-learn at run time).

Weights directory (``models/weights/content_safety/``, written by
``models/train_content_safety.py``):

* ``vocab.json``: ``{"ngram_max": N, "latin_short": bool, "vocab": [ngram, ...]}``; feature i
  is ``vocab[i]`` (``latin_short`` false: no all-ASCII 1-/2-grams, see ``char_ngrams``).
* ``arrays.npz``: ``idf`` (float32, n_features); for each binary head ``<h>_coef``
  (float16, n_features) and ``<h>_b`` (float32, 1); for the category head
  ``category_coef`` (float16, n_classes x n_features), ``category_b`` (n_classes).
* ``meta.json``: head names, category class labels, thresholds chosen on validation data.
* Optional dedicated toxicity vocabulary (``vocab.json["tox_vocab"]``, ``arrays.npz``
  ``tox_idf``): the ``toxicity`` head then reads its own TF-IDF vector of the same n-grams
  (fitted on COLD/SWSR only), computed from the same n-gram counts, so the extra cost is
  one dictionary lookup per n-gram.
* Optional word part of the toxicity head (``vocab.json["tox_word_vocab"]``, ``arrays.npz``
  ``tox_word_idf`` / ``tox_word_coef`` / ``tox_word_b``): jieba word 1-2-grams
  (``word_ngrams``) through their own NB-LR; the toxicity probability is then the mean of
  the char and the word probabilities (``meta["toxicity_mode"] == "ens"``).

Features: char n-grams (1..N) of the normalized text padded with one space each side,
plus Latin word unigrams and bigrams (``\x01kill``, ``\x01kill_someone``);
counts -> sublinear tf (1 + log tf) x idf -> L2 normalization, as scikit-learn's
``TfidfVectorizer(sublinear_tf=True)`` computes them. One vectorization per text feeds
every head.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import numpy as np

__all__ = ["LinearTextModel", "TextScores", "char_ngrams", "load_model", "word_ngrams"]


_WORD = re.compile(r"[a-z0-9']+")


def char_ngrams(text: str, ngram_max: int = 4, latin_short: bool = True) -> list[str]:
    """Features of normalized ``text``: char n-grams 1..ngram_max of `` text `` and Latin
    word uni/bigrams. The training analyzer uses this function too. ``latin_short=False``
    drops the all-ASCII 1- and 2-grams ("u", "e "): they say which language a text is in,
    not what it asks, and the English training rows are mostly harmful requests."""
    s = f" {text} "
    n = len(s)
    out: list[str] = []
    for k in range(1, ngram_max + 1):
        out.extend(s[i : i + k] for i in range(n - k + 1))
    if latin_short:
        feats = [g for g in out if g.strip()]
    else:
        feats = [g for g in out if g.strip() and (len(g) > 2 or not g.isascii())]
    words = _WORD.findall(text)
    feats.extend("\x01" + w for w in words)
    feats.extend(f"\x01{a}_{b}" for a, b in pairwise(words))
    return feats


def word_ngrams(text: str) -> list[str]:
    """jieba word uni/bigrams of normalized ``text`` (``\x02`` prefix, bigrams joined by
    ``\x03``); whitespace tokens are dropped. Used by the optional word part of the
    toxicity head (``vocab.json["tox_word_vocab"]``), and by its training analyzer."""
    import jieba  # noqa: PLC0415 - only texts scored by a word-enabled toxicity head need it

    toks = [t for t in jieba.lcut(text, HMM=False) if t.strip()]
    out = ["\x02" + t for t in toks]
    out.extend(f"\x02{a}\x03{b}" for a, b in pairwise(toks))
    return out


@dataclass(frozen=True, slots=True)
class TextScores:
    """Head probabilities for one text; ``categories`` are (label, probability), best first."""

    prompt: float
    response: float
    toxicity: float
    categories: tuple[tuple[str, float], ...]


class LinearTextModel:
    def __init__(self, directory: Path) -> None:
        vocab_doc = json.loads((directory / "vocab.json").read_text(encoding="utf-8"))
        self.ngram_max: int = int(vocab_doc["ngram_max"])
        self.latin_short: bool = bool(vocab_doc.get("latin_short", True))
        self._index: dict[str, int] = {g: i for i, g in enumerate(vocab_doc["vocab"])}
        self.meta: dict[str, object] = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        tox_vocab = vocab_doc.get("tox_vocab")
        self._tox_index: dict[str, int] | None = ({g: i for i, g in enumerate(tox_vocab)} if tox_vocab else None)
        word_vocab = vocab_doc.get("tox_word_vocab")
        self._word_index: dict[str, int] | None = ({g: i for i, g in enumerate(word_vocab)} if word_vocab else None)
        with np.load(directory / "arrays.npz") as z:
            self._idf = z["idf"].astype(np.float32)
            self._tox_idf = z["tox_idf"].astype(np.float32) if self._tox_index is not None else None
            self._word: tuple[np.ndarray, np.ndarray, float] | None = None
            if self._word_index is not None:
                self._word = (z["tox_word_idf"].astype(np.float32), z["tox_word_coef"].astype(np.float32),
                              float(z["tox_word_b"][0]))
            self._heads = {h: (z[f"{h}_coef"].astype(np.float32), float(z[f"{h}_b"][0])) for h in ("prompt", "response", "toxicity")}
            self._cat_coef = z["category_coef"].astype(np.float32)
            self._cat_b = z["category_b"].astype(np.float32)
        self.classes: tuple[str, ...] = tuple(self.meta["classes"])

    @staticmethod
    def _vector(counts: Counter[str], index: dict[str, int], idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        idx_list: list[int] = []
        tf_list: list[float] = []
        for g, c in counts.items():
            i = index.get(g)
            if i is not None:
                idx_list.append(i)
                tf_list.append(1.0 + math.log(c))
        idx = np.fromiter(idx_list, dtype=np.int64, count=len(idx_list))
        w = np.fromiter(tf_list, dtype=np.float32, count=len(tf_list)) * idf[idx]
        norm = float(np.sqrt(np.dot(w, w)))
        if norm > 0:
            w /= norm
        return idx, w

    def _features(self, text: str, max_chars: int) -> tuple[np.ndarray, np.ndarray]:
        return self._vector(Counter(char_ngrams(text[:max_chars], self.ngram_max, self.latin_short)), self._index, self._idf)

    def score(self, text: str, max_chars: int = 2000, toxicity: bool = True) -> TextScores:
        """Scores of normalized ``text`` (only its first ``max_chars`` characters are read);
        ``toxicity=False`` skips the dedicated toxicity vector (reported as 0)."""
        counts = Counter(char_ngrams(text[:max_chars], self.ngram_max, self.latin_short))
        idx, w = self._vector(counts, self._index, self._idf)
        probs = {}
        for h, (coef, b) in self._heads.items():
            hidx, hw = idx, w
            if h == "toxicity" and self._tox_index is not None:
                if not toxicity:
                    probs[h] = 0.0
                    continue
                hidx, hw = self._vector(counts, self._tox_index, self._tox_idf)  # type: ignore[arg-type]
            z = float(np.dot(coef[hidx], hw)) + b if len(hidx) else b
            probs[h] = _sigmoid(z)
            if h == "toxicity" and self._word is not None and self._word_index is not None:
                widf, wcoef, wb = self._word
                widx, ww = self._vector(Counter(word_ngrams(text[:max_chars])), self._word_index, widf)
                probs[h] = (probs[h] + _sigmoid(float(np.dot(wcoef[widx], ww)) + wb if len(widx) else wb)) / 2
        logits = (self._cat_coef[:, idx] @ w if len(idx) else np.zeros(len(self.classes), np.float32)) + self._cat_b
        e = np.exp(logits - logits.max())
        p = e / e.sum()
        order = np.argsort(-p)[:3]
        cats = tuple((self.classes[int(i)], float(p[int(i)])) for i in order)
        return TextScores(probs["prompt"], probs["response"], probs["toxicity"], cats)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def load_model(directory: Path) -> LinearTextModel:
    """Loader for ``ModelStore.get("content_safety", load_model)``."""
    return LinearTextModel(directory)
