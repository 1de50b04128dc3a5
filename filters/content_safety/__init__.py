"""Content-safety filter (TC260-003 risks, Chinese first): normalization, lexicon, classifiers."""

from filters.content_safety.filter import ContentSafetyConfig, ContentSafetyFilter
from filters.content_safety.lexicon import Lexicon, LexiconStore
from filters.content_safety.stream import SlidingWindowInspector
from filters.content_safety.taxonomy import RISKS

__all__ = ["RISKS", "ContentSafetyConfig", "ContentSafetyFilter", "Lexicon", "LexiconStore", "SlidingWindowInspector"]
