"""Detectors and decisions. Pure and synchronous: no HTTP, no storage, no FastAPI."""

from filters.base import Filter, FilterConfig, FilterContext, Message, Phase, StreamInspector
from filters.decision import Action, Decision, Finding, StreamStep

__all__ = [
    "Action",
    "Decision",
    "Filter",
    "FilterConfig",
    "FilterContext",
    "Finding",
    "Message",
    "Phase",
    "StreamInspector",
    "StreamStep",
]
