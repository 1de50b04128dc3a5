"""Gated semantic stage: multilingual-e5-small vectors + a logistic head (issue 5, round 4).

The character n-gram classifier is cheap but reads surface forms; unseen wordings of a
known tactic often land in its uncertain band. For those texts only, the detector asks
this stage: the shared sentence encoder (``models/encoder.py``, the same loaded model
and LRU cache the scope filter uses) embeds the normalized text (first
``SEM_MAX_CHARS`` characters) and a logistic head trained by
``models/train_injection_semantic.py`` scores it. The gate (``gate_low`` <= character p
< the character threshold, no rule decided) keeps the encoder off the common path: the
figures (share of texts reaching it, p50/p99) are in ``models/injection.md``.

Weights: ``models/weights/injection/semantic.json`` (format ``jianhu-e5-lr/1``: the
encoder name, ``max_chars``, 384 coefficients, bias, ``threshold``, ``gate_low``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from filters.injection._norm import normalize

__all__ = ["FORMAT", "SEM_FILE", "SEM_MAX_CHARS", "SemanticHead", "SemanticStage", "load_head", "semantic_input"]

FORMAT = "jianhu-e5-lr/1"
SEM_FILE = "semantic.json"
#: Characters of normalized text the encoder sees (its cost grows fast with length).
SEM_MAX_CHARS = 256


def semantic_input(text: str) -> str:
    """What the encoder embeds: normalized text (as the classifier sees it), first ``SEM_MAX_CHARS`` characters."""
    return normalize(text[: SEM_MAX_CHARS * 2]).text[:SEM_MAX_CHARS]


@dataclass(frozen=True, slots=True)
class SemanticHead:
    coef: np.ndarray
    bias: float
    threshold: float
    gate_low: float
    encoder: str

    def prob(self, vec: np.ndarray) -> float:
        z = float(vec @ self.coef) + self.bias
        return float(1.0 / (1.0 + np.exp(-z)))


def load_head(directory: Path) -> SemanticHead:
    raw = json.loads((directory / SEM_FILE).read_text(encoding="utf-8"))
    if raw.get("format") != FORMAT or int(raw.get("max_chars", -1)) != SEM_MAX_CHARS:
        raise ValueError("injection semantic head: unsupported format")
    coef = np.asarray(raw["coef"], dtype=np.float32)
    return SemanticHead(coef, float(raw["bias"]), float(raw["threshold"]), float(raw["gate_low"]), str(raw["encoder"]))


class SemanticStage:
    """Encoder + head; immutable, shared by concurrent requests (the encoder cache is thread-safe)."""

    def __init__(self, encoder: Any, head: SemanticHead) -> None:
        if getattr(encoder, "name", head.encoder) != head.encoder:
            raise ValueError("injection semantic head was trained on another encoder")
        self.encoder = encoder
        self.head = head

    def score(self, text: str) -> float:
        """Attack probability of ``text`` according to the head."""
        vec = self.encoder.encode([semantic_input(text)])[0]
        return self.head.prob(vec)
