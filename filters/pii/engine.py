"""Presidio ``AnalyzerEngine`` over our registry, with an offline NLP engine.

The filter's hot path is ``PiiDetector`` (no NLP pass, ~1 ms). This module is for tools
that want Presidio's own API (``analyze`` with explanations, ``presidio-anonymizer``
interoperability): a ``SpacyNlpEngine`` whose pipelines are ``spacy.blank(lang)``
(tokenizer only; the Chinese one segments by character), so nothing is downloaded —
Presidio's stock ``load`` would try ``spacy download`` for a missing model.
Context windows, ``CONTEXT_REQUIRED`` and negative context are applied by ``PiiDetector``
only; here Presidio's token-based context enhancement applies, so pass
``score_threshold=0.5`` to ``analyze`` to drop context-only candidates (社保/公积金).
"""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import SpacyNlpEngine

from filters.pii.recognizers import build_registry

__all__ = ["BlankSpacyNlpEngine", "build_analyzer_engine"]


class BlankSpacyNlpEngine(SpacyNlpEngine):
    """Tokenizer-only spaCy pipelines for the given languages; never downloads."""

    def __init__(self, languages: Sequence[str] = ("zh", "en")) -> None:
        super().__init__(models=[{"lang_code": lang, "model_name": f"blank:{lang}"} for lang in languages])

    def load(self) -> None:
        self.nlp = {m["lang_code"]: spacy.blank(m["lang_code"]) for m in self.models}


def build_analyzer_engine(languages: Sequence[str] = ("zh", "en")) -> AnalyzerEngine:
    """An ``AnalyzerEngine`` with every PII recognizer and the blank NLP engine."""
    nlp = BlankSpacyNlpEngine(languages)
    nlp.load()
    registry = build_registry()
    return AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=list(languages))
