"""Trains the content-safety char-n-gram heads and exports them as numpy arrays.

    OMP_NUM_THREADS=1 python -m models.train_content_safety [--only-toxicity]

Reproducible: fixed splits (``models.content_safety_data``: written data held out by
intent core, public sets by text hash or their official split), and a validation part
carved from the training rows (sha1(text) % 10 == 0) that picks the thresholds and is
never trained on. Only sets in ``TRAINABLE`` (permissive licences) are used.

Heads (one shared TF-IDF vocabulary, see ``filters.content_safety.model``):
* ``prompt``: must-refuse request vs not (written data, JADE, MultiJail, JailBench,
  AdvBench/HarmBench, CValues as benign, COLD/SWSR with low weight);
* ``response``: harmful answer vs not (JADE v3 answers, GPTFuzz labelled responses,
  COLD with low weight, written benign requests);
* ``toxicity``: offensive Chinese comment, on its own vocabulary (char 1-3-grams fitted on
  COLD train): NB-weighted logistic regression (log-count ratios folded into the exported
  coefficients), C and threshold picked on COLD *dev*, COLD test never used;
* ``category``: TC260-003 risk code of a harmful text (rows carrying a code);
* ``offensive`` stack (meta.json): logistic regression over the heads' logits, lexicon hits
  and length, fitted on COLD dev, which no head trains on (``_offensive_stack``).
Writes ``models/weights/content_safety/`` and prints validation figures.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

from filters.content_safety.model import char_ngrams, word_ngrams
from filters.normalize import normalize
from models.content_safety_data import TRAINABLE, WRITTEN, Row, cold_files, load

OUT = Path(__file__).resolve().parent / "weights" / "content_safety"
NGRAM_MAX = 4
MAX_FEATURES = 150_000
#: Keep all-ASCII char 1-/2-grams? (False: they encode the language, not the intent.)
LATIN_SHORT = False
TOX_NGRAM_MAX = 3
TOX_MAX_FEATURES = 250_000
#: Toxicity head, chosen by 5-fold CV on COLD train (round 3): "ens" = mean probability of
#: the char 1-3-gram and the jieba word 1-2-gram NB-LR heads (CV 0.9150; char alone 0.9134,
#: char+word in one vector 0.9143, char 1-4 0.9132); C 16; threshold at the best CV accuracy.
TOX_MODE = "ens"
TOX_C = 16.0
TOX_THRESHOLD = 0.46
#: Extra toxicity training sets besides COLD train (chosen on COLD dev).
TOX_EXTRA: tuple[str, ...] = ()
#: Ordinary Chinese requests (written safe rows and CValues prompts, train split, not the
#: validation part) as toxicity negatives with this weight: COLD alone teaches the head that
#: crime, law and disease words are offensive, and the filter blocks on this head.
TOX_REQUEST_NEGATIVES = 1.0


def _is_val(text: str) -> bool:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[8:16], 16) % 10 == 0


def _analyzer(text: str) -> list[str]:
    return char_ngrams(text, NGRAM_MAX, LATIN_SHORT)


PROMPT_WEIGHTS = {"written": 3.0, "jade": 1.0, "multijail": 1.0, "jailbench": 0.5, "cvalues": 2.0,
                  "refusal_harmful": 1.0, "cold": 0.15, "swsr": 0.15, "davidson": 0.3}
#: Safe answers (refusals, helpful answers on sensitive topics) as extra prompt negatives.
ANSWER_NEGATIVES = {"jade_answers": 0.3, "gptfuzz_responses": 0.3}
RESPONSE_WEIGHTS = {"jade_answers": 1.0, "gptfuzz_responses": 1.0, "cold": 0.1, "written": 1.0}


def _cold_dev_texts() -> frozenset[str]:
    return frozenset(r.text for r in cold_files()["dev"])


def _rows(weights: dict[str, float], only_safe: frozenset[str] = frozenset()) -> list[tuple[Row, float]]:
    out = []
    cold_dev = _cold_dev_texts()
    for name, w in weights.items():
        assert name in TRAINABLE, name
        for r in load(name):
            if r.split != "train" or (name in only_safe and r.label != "safe"):
                continue
            if name == "cold" and r.text in cold_dev:
                continue  # COLD dev fits the offensive stack (``_offensive_stack``): no head sees it
            out.append((r, w))
    return out


def _fit_binary(X, y, sw, C: float):
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=C, max_iter=2000, solver="liblinear", class_weight="balanced", random_state=0)
    clf.fit(X, y, sample_weight=sw)
    return clf


def _pick_threshold(p: np.ndarray, y: np.ndarray, max_fpr: float) -> float:
    """Lowest threshold whose false-positive rate on validation negatives is <= max_fpr."""
    neg = np.sort(p[y == 0])
    if len(neg) == 0:
        return 0.5
    k = int(np.floor(len(neg) * (1 - max_fpr)))
    return float(min(0.99, max(0.05, neg[min(k, len(neg) - 1)] + 1e-6)))


def _tox_vectorizer(kind: str):  # noqa: ANN202 - a TfidfVectorizer
    from sklearn.feature_extraction.text import TfidfVectorizer

    analyzer = (lambda t: char_ngrams(t, TOX_NGRAM_MAX, LATIN_SHORT)) if kind == "char" else word_ngrams
    return TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, min_df=2, max_features=TOX_MAX_FEATURES,
                           dtype=np.float32)


def _nb_fit(X, y, w, C: float):  # noqa: ANN202
    """NB-weighted LR: returns (classifier, log-count ratio vector)."""
    from scipy.sparse import diags

    pos = np.asarray(X[y == 1].sum(0)).ravel() + 1.0
    neg = np.asarray(X[y == 0].sum(0)).ravel() + 1.0
    ratio = np.log((pos / pos.sum()) / (neg / neg.sum())).astype(np.float32)
    return _fit_binary(X @ diags(ratio), y, w, C), ratio


def _toxicity_head(norm, arrays: dict[str, np.ndarray], meta: dict[str, object]) -> tuple[list[str], list[str]]:
    """Dedicated COLD vocabulary + NB-weighted logistic regression (``TOX_MODE``: ``"char"``
    alone, or ``"ens"``: the mean of the char head's and a jieba word 1-2-gram head's
    probabilities). C and threshold were picked by 5-fold cross-validation on COLD *train*
    (``benchmarks.accuracy.content_safety_cold_cv``; COLD dev is saturated); COLD dev is
    only reported here, test never read. Returns the char and word vocabularies."""
    cold = cold_files()
    train = list(cold["train"]) + [r for n in TOX_EXTRA for r in load(n) if r.split == "train"]
    sw = [1.0] * len(train)
    if TOX_REQUEST_NEGATIVES > 0:
        negs = [r for n in ("written", "cvalues") for r in load(n)
                if r.split == "train" and r.lang == "zh" and r.label == "safe" and not _is_val(r.text)]
        train += negs
        sw += [TOX_REQUEST_NEGATIVES] * len(negs)
    dev = cold["dev"]
    y = np.array([0 if r.label == "safe" else 1 for r in train])
    w = np.array(sw)
    yd = np.array([0 if r.label == "safe" else 1 for r in dev])
    texts = [norm(r.text) for r in train]
    dtexts = [norm(r.text) for r in dev]
    kinds = ("char", "word") if TOX_MODE == "ens" else ("char",)
    vocabs: dict[str, list[str]] = {"char": [], "word": []}
    pdev = np.zeros(len(dev))
    for kind in kinds:
        vec = _tox_vectorizer(kind)
        X = vec.fit_transform(texts)
        clf, ratio = _nb_fit(X, y, w, TOX_C)
        from scipy.sparse import diags

        pdev += clf.predict_proba(vec.transform(dtexts) @ diags(ratio))[:, 1] / len(kinds)
        vocab = [""] * len(vec.vocabulary_)
        for g, i in vec.vocabulary_.items():
            vocab[i] = g
        vocabs[kind] = vocab
        pre = "tox" if kind == "char" else "tox_word"
        arrays[f"{pre}_idf"] = vec.idf_.astype(np.float16)
        arrays["toxicity_coef" if kind == "char" else "tox_word_coef"] = (clf.coef_[0] * ratio).astype(np.float16)
        arrays["toxicity_b" if kind == "char" else "tox_word_b"] = np.array([clf.intercept_[0]], dtype=np.float32)
    thr = TOX_THRESHOLD
    acc = float(((pdev >= thr) == yd).mean())
    meta["thresholds"]["toxicity"] = thr  # type: ignore[index]
    meta["toxicity_mode"] = TOX_MODE
    meta["validation"]["toxicity"] = {  # type: ignore[index]
        "selected_by": "5-fold CV on COLD train (benchmarks.accuracy.content_safety_cold_cv)", "mode": TOX_MODE,
        "C": TOX_C, "threshold": thr, "cold_dev_accuracy": acc, "n_dev": len(dev), "extra_train": list(TOX_EXTRA),
        "request_negatives": {"n": len(train) - len(cold["train"]), "weight": TOX_REQUEST_NEGATIVES}}
    print(f"toxicity ({TOX_MODE}): vocab {len(vocabs['char'])}+{len(vocabs['word'])}, C={TOX_C}, "
          f"threshold {thr:.2f}, COLD dev accuracy {acc:.4f} (report only)")
    return vocabs["char"], vocabs["word"]


def _offensive_stack(meta: dict[str, object]) -> None:
    """Stacked offensive-comment score over signals the runtime already computes
    (``filters.content_safety.detect.offense_features``), fitted on COLD *dev* through the
    exported weights. C and the threshold by 5-fold cross-validation on dev; the threshold
    maximizes the accuracy of the filter's "block or flag" decision (the existing rules OR
    the stacked score), which is how COLD is reported."""
    from sklearn.linear_model import LogisticRegression

    from filters.content_safety import ContentSafetyConfig, ContentSafetyFilter
    from filters.content_safety.detect import OFFENSE_FEATURES, offense_features
    from filters.decision import Action
    from models.store import ModelStore

    flt = ContentSafetyFilter(ContentSafetyConfig(), ModelStore())  # weights just written, no stack yet
    det = flt.detector
    dev = cold_files()["dev"]
    X, base = [], []
    for r in dev:
        n = normalize(r.text)
        s = det.model.score(n.text[:2000])
        X.append(offense_features(s.toxicity, s.prompt, s.response, det.lexicon.current.scan(n), len(n.text)))
        base.append(flt.decide(r.text, "prompt").action is not Action.ALLOW)
    Xa, ba = np.array(X), np.array(base)
    y = np.array([r.label != "safe" for r in dev])
    mu, sd = Xa.mean(0), Xa.std(0) + 1e-6
    Z = (Xa - mu) / sd
    folds = np.array([int(hashlib.sha1(r.text.encode("utf-8")).hexdigest()[:8], 16) % 5 for r in dev])
    grid = np.round(np.arange(0.20, 0.81, 0.02), 2)
    best = None
    for C in (0.01, 0.1, 1.0, 10.0):
        oof = np.zeros(len(dev))
        for k in range(5):
            clf = LogisticRegression(C=C, max_iter=1000).fit(Z[folds != k], y[folds != k])
            oof[folds == k] = clf.predict_proba(Z[folds == k])[:, 1]
        accs = [float(((ba | (oof >= t)) == y).mean()) for t in grid]
        k = int(np.argmax(accs))
        alone = float(((oof >= grid[k]) == y).mean())
        print(f"offensive stack: C={C} dev 5-fold filter accuracy {accs[k]:.4f} at {grid[k]:.2f} (stack alone {alone:.4f})")
        if best is None or accs[k] > best[0]:
            best = (accs[k], float(grid[k]), C, alone)
    assert best is not None
    acc, thr, C, alone = best
    clf = LogisticRegression(C=C, max_iter=1000).fit(Z, y)
    coef = clf.coef_[0] / sd
    b = float(clf.intercept_[0] - np.dot(clf.coef_[0], mu / sd))
    base_acc = float((ba == y).mean())
    meta["offensive"] = {"features": list(OFFENSE_FEATURES), "coef": [round(float(c), 6) for c in coef],
                         "b": round(b, 6), "threshold": thr, "fit": "COLD dev", "C": C,
                         "dev_cv_filter_accuracy": acc, "dev_cv_stack_accuracy": alone,
                         "dev_filter_accuracy_without_stack": base_acc}
    print(f"offensive stack: C={C} threshold {thr:.2f}; dev filter accuracy {base_acc:.4f} -> {acc:.4f} (5-fold)")


def retrain_toxicity() -> None:
    """``--only-toxicity``: refit the toxicity head and the offensive stack, keep every
    other array and vocabulary of the current weights byte for byte."""
    t0 = time.time()
    vocab_doc = json.loads((OUT / "vocab.json").read_text(encoding="utf-8"))
    with np.load(OUT / "arrays.npz") as z:
        arrays = {k: z[k] for k in z.files if not k.startswith(("tox", "toxicity"))}
    meta = json.loads((OUT / "meta.json").read_text(encoding="utf-8"))
    meta.pop("offensive", None)
    cache: dict[str, str] = {}

    def norm(t: str) -> str:
        if t not in cache:
            cache[t] = normalize(t).text
        return cache[t]

    vocab_doc["tox_vocab"], vocab_doc["tox_word_vocab"] = _toxicity_head(norm, arrays, meta)
    (OUT / "vocab.json").write_text(json.dumps(vocab_doc, ensure_ascii=False), encoding="utf-8")
    np.savez_compressed(OUT / "arrays.npz", **arrays)
    (OUT / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    _offensive_stack(meta)
    (OUT / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"done in {time.time() - t0:.0f}s -> {OUT}")


def main() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if "--only-toxicity" in sys.argv[1:]:
        retrain_toxicity()
        return
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    t0 = time.time()
    cache: dict[str, str] = {}

    def norm(t: str) -> str:
        if t not in cache:
            cache[t] = normalize(t).text
        return cache[t]

    prompt_rows = _rows(PROMPT_WEIGHTS) + [(r, 0.3) for r, _ in _rows(ANSWER_NEGATIVES, only_safe=frozenset(ANSWER_NEGATIVES))]
    response_rows = _rows(RESPONSE_WEIGHTS, only_safe=frozenset({"written"}))
    cold = cold_files()
    tox_rows = [(r, 1.0) for r in cold["train"]] + [(r, 1.0) for n in TOX_EXTRA for r in load(n) if r.split == "train"]
    cat_rows = [(r, w) for r, w in prompt_rows if r.label not in ("safe", "unsafe")]

    vec = TfidfVectorizer(analyzer=_analyzer, sublinear_tf=True, min_df=2, max_features=MAX_FEATURES, dtype=np.float32)
    fit_texts = sorted({norm(r.text) for r, _ in prompt_rows + response_rows})
    vec.fit(fit_texts)
    vocab = [None] * len(vec.vocabulary_)
    for g, i in vec.vocabulary_.items():
        vocab[i] = g
    print(f"vocab {len(vocab)} in {time.time() - t0:.0f}s")

    arrays: dict[str, np.ndarray] = {"idf": vec.idf_.astype(np.float32)}
    meta: dict[str, object] = {"ngram_max": NGRAM_MAX, "thresholds": {}, "validation": {}}

    def binary(head: str, rows: list[tuple[Row, float]], C: float, max_fpr: float,
               val_skip: frozenset[str] = frozenset()) -> None:
        tr = [(r, w) for r, w in rows if not _is_val(r.text)]
        va = [(r, w) for r, w in rows if _is_val(r.text) and r.source not in val_skip]
        X = vec.transform([norm(r.text) for r, _ in tr])
        y = np.array([0 if r.label == "safe" else 1 for r, _ in tr])
        clf = _fit_binary(X, y, np.array([w for _, w in tr]), C)
        arrays[f"{head}_coef"] = clf.coef_[0].astype(np.float16)
        arrays[f"{head}_b"] = np.array([clf.intercept_[0]], dtype=np.float32)
        Xv = vec.transform([norm(r.text) for r, _ in va])
        yv = np.array([0 if r.label == "safe" else 1 for r, _ in va])
        pv = clf.predict_proba(Xv)[:, 1]
        thr = _pick_threshold(pv, yv, max_fpr)
        meta["thresholds"][head] = thr  # type: ignore[index]
        tpr = float((pv[yv == 1] >= thr).mean()) if (yv == 1).any() else float("nan")
        fpr = float((pv[yv == 0] >= thr).mean()) if (yv == 0).any() else float("nan")
        meta["validation"][head] = {"n": len(va), "threshold": thr, "tpr": tpr, "fpr": fpr}  # type: ignore[index]
        print(f"{head}: train {len(tr)} val {len(va)} thr {thr:.3f} tpr {tpr:.3f} fpr {fpr:.3f} ({time.time() - t0:.0f}s)")

    binary("prompt", prompt_rows, C=8.0, max_fpr=0.01, val_skip=frozenset({"cold", "swsr"}))
    binary("response", response_rows, C=8.0, max_fpr=0.02)
    tox_vocab, tox_word_vocab = _toxicity_head(norm, arrays, meta)

    tr = [(r, w) for r, w in cat_rows if not _is_val(r.text)]
    X = vec.transform([norm(r.text) for r, _ in tr])
    labels = sorted({r.label for r, _ in tr})
    y = np.array([labels.index(r.label) for r, _ in tr])
    cat = LogisticRegression(C=8.0, max_iter=300, solver="lbfgs")
    cat.fit(X, y, sample_weight=np.array([w for _, w in tr]))
    arrays["category_coef"] = cat.coef_.astype(np.float16)
    arrays["category_b"] = cat.intercept_.astype(np.float32)
    va = [(r, w) for r, w in cat_rows if _is_val(r.text) and r.label in labels]
    if va:
        pred = cat.predict(vec.transform([norm(r.text) for r, _ in va]))
        acc = float(np.mean([labels[p] == r.label for p, (r, _) in zip(pred, va)]))
        meta["validation"]["category"] = {"n": len(va), "accuracy": acc}  # type: ignore[index]
        print(f"category: {len(labels)} classes, train {len(tr)}, val acc {acc:.3f}")
    meta["classes"] = labels
    counts: dict[str, int] = {}
    for r, _ in prompt_rows + response_rows + tox_rows:
        key = f"{r.source}:{r.split}:{'val' if _is_val(r.text) else 'fit'}"
        counts[key] = counts.get(key, 0) + 1
    meta["split"] = {
        "rule": "written: int(sha1(core)[:10],16)%5==0 -> test; public sets: int(sha1(text)[:8],16)%5==0 -> test "
                "unless official split; validation: int(sha1(text)[8:16],16)%10==0 among train rows",
        "written_sha256": hashlib.sha256(WRITTEN.read_bytes()).hexdigest(),
        "rows": dict(sorted(counts.items())),
    }

    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "vocab.json").write_text(json.dumps({"ngram_max": NGRAM_MAX, "latin_short": LATIN_SHORT, "vocab": vocab, "tox_vocab": tox_vocab,
                                                "tox_word_vocab": tox_word_vocab},
                                               ensure_ascii=False), encoding="utf-8")
    np.savez_compressed(OUT / "arrays.npz", **arrays)
    (OUT / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    _offensive_stack(meta)
    (OUT / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"done in {time.time() - t0:.0f}s -> {OUT}")


if __name__ == "__main__":
    main()
