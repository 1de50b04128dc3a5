"""Size and format guard: message count, lengths, control characters."""

from filters.size_guard.filter import SizeGuard, SizeGuardConfig

__all__ = ["SizeGuard", "SizeGuardConfig"]
