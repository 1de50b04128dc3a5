"""Selection of the toxicity head by k-fold cross-validation on COLD *train* (issue 4, round 3).

    OMP_NUM_THREADS=1 python -m benchmarks.accuracy.content_safety_cold_cv [--variants a,b] [--cs 8,16]

COLD dev is saturated (about 0.92 for every linear variant) and cannot tell variants apart,
so variants are compared by 5-fold cross-validation on COLD train (folds by
``sha1(text)[:8] % 5``): NB log-count ratios and the classifier are fitted inside each fold;
the unsupervised TF-IDF vocabulary is fitted once on all training texts. The written and
CValues Chinese safe requests (the head's extra negatives, as in ``models.train_content_safety``)
are added to every fold's training part and never scored. Prints the out-of-fold accuracy at
the best single threshold, per variant and C. COLD dev and test are not read.

Variants: ``char13`` (the shipped head: char 1-3-grams), ``char14``, ``word12`` (jieba
word 1-2-grams), ``charword`` (char 1-3 and word 1-2 in one vector), ``ens`` (mean of
the char13 and word12 probabilities).
"""

from __future__ import annotations

import argparse
import hashlib
import time

import numpy as np

from filters.content_safety.model import char_ngrams, word_ngrams
from filters.normalize import normalize
from models.content_safety_data import cold_files, load
from models.train_content_safety import _is_val


def _folds(texts: list[str], k: int = 5) -> np.ndarray:
    return np.array([int(hashlib.sha1(t.encode("utf-8")).hexdigest()[:8], 16) % k for t in texts])


def _nb_lr_oof(X, y, w, folds: np.ndarray, n_cold: int, C: float) -> np.ndarray:
    from scipy.sparse import diags
    from sklearn.linear_model import LogisticRegression

    oof = np.zeros(n_cold)
    for k in range(int(folds.max()) + 1):
        tr = np.concatenate([folds != k, np.ones(len(y) - n_cold, bool)]) if n_cold < len(y) else folds != k
        te = np.flatnonzero(folds == k)
        Xt, yt = X[tr], y[tr]
        pos = np.asarray(Xt[yt == 1].sum(0)).ravel() + 1.0
        neg = np.asarray(Xt[yt == 0].sum(0)).ravel() + 1.0
        D = diags(np.log((pos / pos.sum()) / (neg / neg.sum())))
        clf = LogisticRegression(C=C, max_iter=2000, solver="liblinear", class_weight="balanced", random_state=0)
        clf.fit(Xt @ D, yt, sample_weight=w[tr])
        oof[te] = clf.predict_proba(X[te] @ D)[:, 1]
    return oof


def _best(oof: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    grid = np.round(np.arange(0.20, 0.81, 0.01), 2)
    accs = [float(((oof >= t) == y).mean()) for t in grid]
    k = int(np.argmax(accs))
    return accs[k], float(grid[k])


def main() -> None:
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer

    ap = argparse.ArgumentParser()
    ap.add_argument("--variants", default="char13,char14,word12,charword,ens")
    ap.add_argument("--cs", default="16")
    args = ap.parse_args()
    t0 = time.time()
    cold = cold_files()["train"]
    negs = [r for n in ("written", "cvalues") for r in load(n)
            if r.split == "train" and r.lang == "zh" and r.label == "safe" and not _is_val(r.text)]
    rows = list(cold) + negs
    texts = [normalize(r.text).text for r in rows]
    y = np.array([0 if r.label == "safe" else 1 for r in rows])
    w = np.ones(len(rows))
    n_cold = len(cold)
    folds = _folds([r.text for r in cold])
    yc = y[:n_cold]
    print(f"COLD train n={n_cold} (+{len(negs)} request negatives); 5 folds; {time.time() - t0:.0f}s")

    mats: dict[str, object] = {}

    def mat(name: str):  # noqa: ANN202 - sparse matrix
        if name not in mats:
            if name in ("char13", "char14"):
                n = 3 if name == "char13" else 4
                vec = TfidfVectorizer(analyzer=lambda t, n=n: char_ngrams(t, n, False), sublinear_tf=True, min_df=2,
                                      max_features=250_000, dtype=np.float32)
            else:
                vec = TfidfVectorizer(analyzer=word_ngrams, sublinear_tf=True, min_df=2, max_features=250_000,
                                      dtype=np.float32)
            mats[name] = vec.fit_transform(texts)
            print(f"  {name}: {mats[name].shape[1]} features ({time.time() - t0:.0f}s)")  # type: ignore[attr-defined]
        return mats[name]

    cs = [float(c) for c in args.cs.split(",")]
    oofs: dict[tuple[str, float], np.ndarray] = {}
    for v in args.variants.split(","):
        for C in cs:
            if v == "charword":
                X = hstack([mat("char13"), mat("word12")]).tocsr() / np.sqrt(2)
                oof = _nb_lr_oof(X, y, w, folds, n_cold, C)
            elif v == "ens":
                a = oofs.get(("char13", C))
                b = oofs.get(("word12", C))
                if a is None:
                    a = _nb_lr_oof(mat("char13"), y, w, folds, n_cold, C)
                if b is None:
                    b = _nb_lr_oof(mat("word12"), y, w, folds, n_cold, C)
                oof = (a + b) / 2
            else:
                oof = _nb_lr_oof(mat(v), y, w, folds, n_cold, C)
            oofs[(v, C)] = oof
            acc, thr = _best(oof, yc)
            print(f"{v:9s} C={C:<5g} 5-fold COLD-train accuracy {acc:.4f} at {thr:.2f} ({time.time() - t0:.0f}s)")


if __name__ == "__main__":
    main()
