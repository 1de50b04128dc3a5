"""Model loading, training scripts and the project's own small trained weights."""

from models.store import ModelStore

__all__ = ["ModelStore"]
