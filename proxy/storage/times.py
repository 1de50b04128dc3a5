"""Time stamps as storage keeps them: always UTC.

SQLite drops the zone of a ``DateTime(timezone=True)`` column, so a value read back may
be naive; every stored time is UTC, so ``aware`` puts the zone back. PostgreSQL returns
aware values, which pass through unchanged.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import overload

__all__ = ["aware", "iso", "utcnow"]


def utcnow() -> datetime:
    return datetime.now(UTC)


@overload
def aware(ts: datetime) -> datetime: ...
@overload
def aware(ts: None) -> None: ...
def aware(ts: datetime | None) -> datetime | None:
    if ts is None:
        return None
    return ts if ts.tzinfo is not None else ts.replace(tzinfo=UTC)


def iso(ts: datetime | None) -> str | None:
    """ISO 8601 with the UTC offset, or None."""
    value = aware(ts)
    return None if value is None else value.isoformat()
