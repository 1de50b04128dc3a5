"""Consent on the hot path: a per-replica cache of consent states, kept honest across replicas.

``apply_consent`` is the one hook in the chat path. It runs before the request is
validated and filtered: it takes the personalization field out of the body (always),
asks the cache for the subject's consent states in the robot's scope, and, through
:func:`filters.personalization.gate`, adds the permitted context as a system message.
The ``consent`` decision goes into the exchange's audit record either way. A request
without the field costs one dictionary lookup; a citizen who gives no consent is served
without personalization (PIPL art. 16).

Cache and staleness. States are cached per (robot, subject slot) for ``ttl_s`` seconds
(``JIANHU_CONSENT_CACHE_TTL_S``, default 5). Every change (grant, renewal, withdrawal,
erasure) is written to the database first, then

* dropped from this replica's cache at once, and
* announced on the shared state as ``{"type": "consent", "subject": <slot>}``; with
  Redis every replica's listener drops its entries for that subject when the message
  arrives (milliseconds).

If Redis is down or a message is lost while a subscriber reconnects, the TTL bounds the
staleness: no replica honours a withdrawn consent for longer than ``ttl_s`` after the
change was committed. Expiry needs no event: cached rows carry ``expires_at``, checked
on every request. A lookup that raced an announcement is used once but not cached.
If the registry cannot be read, personalization is dropped (fail closed) and the
request is still served.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from filters.personalization import ConsentStatus, Extracted, GateResult, extract_personalization, gate, refuse
from proxy.storage.consents import ConsentRow, ConsentStore

if TYPE_CHECKING:
    from proxy.exchange import Exchange
    from proxy.executor import IoRunner
    from proxy.gateway import Gateway, RobotRuntime
    from proxy.state import SharedState
    from proxy.storage.store import RobotRecord

__all__ = ["EVENT_TYPE", "ConsentService", "apply_consent", "states_of"]

log = logging.getLogger("jianhu.consent")

EVENT_TYPE = "consent"
MAX_ENTRIES = 100_000


@dataclass(frozen=True, slots=True)
class _Entry:
    rows: tuple[ConsentRow, ...]
    until: float  # monotonic


def states_of(rows: tuple[ConsentRow, ...] | list[ConsentRow], now: datetime | None = None
              ) -> dict[str, ConsentStatus]:
    """Purpose -> status of the latest consent per purpose; a valid one wins over an
    older withdrawn or expired one (robot and department grants are both considered)."""
    now = now or datetime.now(UTC)
    out: dict[str, ConsentStatus] = {}
    for row in rows:
        if row.withdrawn:
            status = ConsentStatus.WITHDRAWN
        elif row.expires_at > now:
            status = ConsentStatus.VALID
        else:
            status = ConsentStatus.EXPIRED
        if out.get(row.purpose) is not ConsentStatus.VALID:
            out[row.purpose] = status
    return out


class ConsentService:
    """The registry (``ConsentStore``) plus the cache and the change announcements."""

    def __init__(self, registry: ConsentStore | None, state: SharedState, io: IoRunner, ttl_s: float = 5.0) -> None:
        self.registry = registry
        self._state = state
        self._io = io
        self._ttl = ttl_s
        self._cache: dict[tuple[str, str], _Entry] = {}
        self._slots: dict[str, str] = {}  # subject id -> slot, so a hit needs no HMAC
        self._generation = 0
        state.add_listener(self._on_event)

    def _on_event(self, event: dict[str, Any]) -> None:
        if event.get("type") != EVENT_TYPE:
            return
        self.invalidate(str(event.get("subject") or ""))

    def invalidate(self, slot: str) -> None:
        self._generation += 1
        if slot:
            self._cache = {k: v for k, v in self._cache.items() if k[1] != slot}
        else:
            self._cache = {}

    async def announce(self, slot: str) -> None:
        """A change is committed: drop it here, tell the other replicas. A failed publish
        is logged, not raised: the change stands and the TTL bounds the staleness."""
        self.invalidate(slot)
        try:
            await self._state.publish({"type": EVENT_TYPE, "subject": slot})
        except Exception:  # noqa: BLE001 - Redis away: other replicas catch up within ttl_s
            log.warning("consent.publish_failed", extra={"ttl_s": self._ttl})

    async def _slot(self, subject: str) -> str:
        slot = self._slots.get(subject)
        if slot is None:
            assert self.registry is not None  # noqa: S101 - checked by the caller
            slot = await self._io(self.registry.slot, subject)
            if len(self._slots) > MAX_ENTRIES:
                self._slots = {}
            self._slots[subject] = slot
        return slot

    async def states(self, robot: RobotRecord, subject: str) -> dict[str, ConsentStatus]:
        """The subject's consent status per purpose for ``robot`` (cached)."""
        if self.registry is None:
            raise RuntimeError("no consent registry")
        slot = await self._slot(subject)
        key = (robot.robot_id, slot)
        now = time.monotonic()
        entry = self._cache.get(key)
        if entry is None or entry.until <= now:
            generation = self._generation
            rows: tuple[ConsentRow, ...] = tuple(
                await self._io(self.registry.states, slot, robot.robot_id, robot.department))
            entry = _Entry(rows, now + self._ttl)
            if generation == self._generation and self._ttl > 0:
                if len(self._cache) > MAX_ENTRIES:
                    self._cache = {}
                self._cache[key] = entry
        return states_of(entry.rows)


async def _decide(gw: Gateway, rt: RobotRuntime, subject: Any, extracted: Extracted) -> GateResult:
    if extracted.error is not None or extracted.value is None:
        return refuse(extracted, "personalization_invalid")
    if not isinstance(subject, str) or not subject or len(subject) > 256:
        return refuse(extracted, "subject_missing")
    try:
        states: Mapping[str, ConsentStatus] = await gw.consents.states(rt.robot, subject)
    except Exception as exc:  # noqa: BLE001 - fail closed: no personal context, still served
        log.error("consent.lookup_failed", extra={"error": type(exc).__name__, "robot_id": rt.robot.robot_id})
        return refuse(extracted, "consent_unavailable")
    return gate(extracted.value, rt.policy.consent, states)


def _insert_note(payload: dict[str, Any], note: str) -> None:
    """The context as its own system message, after the vendor's leading system prompt."""
    messages = payload.get("messages")
    if not isinstance(messages, list):
        return
    at = 0
    while at < len(messages) and isinstance(messages[at], dict) and messages[at].get("role") in ("system",
                                                                                                "developer"):
        at += 1
    messages.insert(at, {"role": "system", "content": note})


async def apply_consent(gw: Gateway, rt: RobotRuntime, payload: Any, ex: Exchange) -> None:
    """Remove the personalization field from ``payload``; add what consent permits.

    Called with the raw JSON body before it is validated; anything that is not a chat
    body is left for validation to refuse.
    """
    if not isinstance(payload, dict):
        return
    extracted = extract_personalization(payload)
    if not extracted.present:
        return
    result = await _decide(gw, rt, payload.get("user"), extracted)
    ex.add([result.decision], result.decision.action)
    if result.note is not None:
        _insert_note(payload, result.note)
