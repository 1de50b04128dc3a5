"""Attack-defence filter (issue 5): prompt injection, jailbreaks, system-prompt leakage,
robots commanding robots.

Layout: ``decode`` (encoded payloads), ``patterns`` (phrase rules) with ``prefilter``
(their literal pre-checks), ``cues`` (co-occurrence cues), ``classifier`` (shipped char
n-gram model), ``semantic`` (gated e5 encoder + logistic head, consulted only when the
classifier is uncertain), ``detect`` (pure detector), ``leak`` (canary and verbatim overlap),
``spotlight`` (neutralizing tool output), ``filter`` (policy), ``_norm`` (adapter to
``filters.normalize``).
"""

from filters.injection.classifier import MODEL_NAME, CharNgramModel, load_model
from filters.injection.detect import Hit, InjectionDetector
from filters.injection.filter import InjectionConfig, InjectionFilter
from filters.injection.leak import make_canary

__all__ = [
    "CharNgramModel",
    "Hit",
    "InjectionConfig",
    "InjectionDetector",
    "InjectionFilter",
    "MODEL_NAME",
    "load_model",
    "make_canary",
]
