"""Per-conversation pseudonym vault: placeholder <-> original value.

One ``Vault`` per conversation, created by the caller (the proxy keeps it with the
conversation and persists it encrypted); never global, never logged (``repr`` shows
counts only). Placeholders are ``<TYPE_N>`` (``<CN_ID_CARD_1>``): the same (type,
value) always gets the same placeholder in one vault, numbers count per type.

TTL: an entry expires ``ttl_s`` seconds after it was last used (issued or resolved);
an expired placeholder no longer resolves, and the value gets a new number if seen
again. Placeholders a user typed themselves that this vault never issued are recorded
as *forged*: they never resolve and their numbers are never issued, so a user cannot
make the answer reveal another conversation's (or a later) value.

Thread-safe (one lock); values are plain ``str`` in memory only.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import regex

__all__ = ["PLACEHOLDER_RE", "Vault", "VaultRecord"]

#: A placeholder: ``<`` TYPE ``_`` number ``>``; TYPE is upper snake case.
PLACEHOLDER_RE = regex.compile(r"<([A-Z][A-Z0-9_]{0,39})_([1-9][0-9]{0,5})>")


@dataclass(frozen=True, slots=True)
class VaultRecord:
    """Export form for encrypted persistence (the lead's storage layer)."""

    placeholder: str
    entity_type: str
    value: str
    expires_at: float


class Vault:
    def __init__(self, ttl_s: float | None = 3600.0, clock: Callable[[], float] = time.time, max_entries: int = 10_000) -> None:
        self._ttl = ttl_s
        self._clock = clock
        self._max = max_entries
        self._lock = threading.Lock()
        self._by_value: dict[tuple[str, str], str] = {}
        self._by_placeholder: dict[str, tuple[str, str, float]] = {}  # -> (type, value, expires_at)
        self._next: dict[str, int] = {}
        self._forged: set[str] = set()

    def __repr__(self) -> str:
        return f"Vault(entries={len(self._by_placeholder)}, forged={len(self._forged)})"

    def _expiry(self) -> float:
        return float("inf") if self._ttl is None else self._clock() + self._ttl

    def _purge(self, now: float) -> None:
        dead = [p for p, (_, _, exp) in self._by_placeholder.items() if exp <= now]
        for p in dead:
            t, v, _ = self._by_placeholder.pop(p)
            self._by_value.pop((t, v), None)

    def placeholder_for(self, entity_type: str, value: str) -> str:
        """The stable placeholder for ``value``; issues a new one if needed."""
        key = (entity_type, value)
        with self._lock:
            now = self._clock()
            p = self._by_value.get(key)
            if p is not None and self._by_placeholder[p][2] > now:
                self._by_placeholder[p] = (entity_type, value, self._expiry())
                return p
            if len(self._by_placeholder) >= self._max:
                self._purge(now)
                if len(self._by_placeholder) >= self._max:
                    raise OverflowError("pii.vault_full")
            n = self._next.get(entity_type, 0)
            while True:
                n += 1
                p = f"<{entity_type}_{n}>"
                if p not in self._forged and p not in self._by_placeholder:
                    break
            self._next[entity_type] = n
            self._by_value[key] = p
            self._by_placeholder[p] = (entity_type, value, self._expiry())
            return p

    def resolve(self, placeholder: str) -> str | None:
        """The original value, or None when unknown, forged or expired."""
        with self._lock:
            entry = self._by_placeholder.get(placeholder)
            if entry is None:
                return None
            t, v, exp = entry
            now = self._clock()
            if exp <= now:
                self._by_placeholder.pop(placeholder, None)
                self._by_value.pop((t, v), None)
                return None
            self._by_placeholder[placeholder] = (t, v, self._expiry())
            return v

    def mark_forged(self, placeholders: Iterable[str]) -> None:
        """Record user-typed placeholder look-alikes this vault did not issue."""
        with self._lock:
            for p in placeholders:
                if p not in self._by_placeholder:
                    self._forged.add(p)

    def could_start(self, fragment: str) -> bool:
        """True when ``fragment`` is a proper prefix of a live placeholder (stream hold-back)."""
        with self._lock:
            return any(p.startswith(fragment) and p != fragment for p in self._by_placeholder)

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def export(self) -> list[VaultRecord]:
        """Live entries, for encrypted persistence by the caller."""
        with self._lock:
            now = self._clock()
            return [VaultRecord(p, t, v, exp) for p, (t, v, exp) in self._by_placeholder.items() if exp > now]

    @classmethod
    def from_records(cls, records: Iterable[VaultRecord], **kwargs: object) -> Vault:
        vault = cls(**kwargs)  # type: ignore[arg-type]
        for r in records:
            vault._by_placeholder[r.placeholder] = (r.entity_type, r.value, r.expires_at)
            vault._by_value[(r.entity_type, r.value)] = r.placeholder
            m = PLACEHOLDER_RE.fullmatch(r.placeholder)
            if m is not None:
                vault._next[r.entity_type] = max(vault._next.get(r.entity_type, 0), int(m.group(2)))
        return vault
