"""Shared text normalization with offset mapping; see ``filters.normalize.text``."""

from filters.normalize.text import NormalizedText, normalize

__all__ = ["NormalizedText", "normalize"]
