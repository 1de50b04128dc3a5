"""Destroyed data keys leave every replica's key cache at once (crypto-shredding, PIPL art. 47).

Erasing a data subject (``DELETE /admin/v1/subjects/{s}``, the vendor's
``DELETE /v1/subjects/{s}``, ``jianhu subject erase``) and the retention job's shredding of a
terminated robot's keys destroy rows of ``subject_keys``. Each replica caches unwrapped
data keys (``proxy.crypto.subject_keys``, ``data_key_cache_ttl_s``); without a word, another
replica could still decrypt an erased transcript until its cached entry expires. So the
process that destroyed keys publishes one event on the shared state::

    {"type": "data_keys_destroyed", "ids": [<subject_keys.id>, ...], "slots": [<slot>, ...]}

and every replica (``Gateway._on_event`` calls :func:`apply`) evicts those keys before its
next request; the publishing replica has already evicted them. Ids and slots are what the
database already holds (a slot is the HMAC of the subject id, also used by the consent
announcements), never a subject id.

Bounded staleness: with Redis the event reaches every replica within the pub/sub delay.
When it cannot be delivered (Redis down; the CLI run without ``JIANHU_REDIS_URL``;
``InProcessState``, which serves one process only) a replica still holding a destroyed key
keeps using it for at most ``data_key_cache_ttl_s`` seconds (default 60), after which it
rereads the database and finds the key destroyed. A failed publication is logged as
``shredding.publish_failed`` with that bound.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from proxy.crypto.cipher import FieldCipher
    from proxy.gateway import Gateway
    from proxy.settings import Settings

__all__ = ["EVENT_TYPE", "announce", "apply", "event", "publish_from_cli"]

log = logging.getLogger("jianhu.shredding")

EVENT_TYPE = "data_keys_destroyed"


def event(ids: Iterable[int] = (), slots: Iterable[str] = ()) -> dict[str, Any]:
    return {"type": EVENT_TYPE, "ids": sorted({int(i) for i in ids}), "slots": sorted({str(s) for s in slots})}


def apply(cipher: FieldCipher | None, message: Mapping[str, Any]) -> int:
    """Evict the keys a ``data_keys_destroyed`` event names; the number evicted (0 for other events)."""
    if cipher is None or message.get("type") != EVENT_TYPE:
        return 0
    ids = [int(i) for i in message.get("ids") or () if isinstance(i, int)]
    slots = [s for s in message.get("slots") or () if isinstance(s, str) and s]
    return cipher.keys.evict(ids, slots)


async def announce(gw: Gateway, ids: Iterable[int] = (), slots: Iterable[str] = ()) -> None:
    """Keys were destroyed and committed: evict them here, tell every other replica. A failed
    publication is logged, not raised: the erasure stands and the cache TTL bounds the rest."""
    message = event(ids, slots)
    if not message["ids"] and not message["slots"]:
        return
    apply(gw.store.cipher, message)
    try:
        await gw.state.publish(message)
    except Exception:  # noqa: BLE001 - Redis away: the other replicas' cache TTL bounds the staleness
        log.warning("shredding.publish_failed", extra={"ttl_s": gw.settings.data_key_cache_ttl_s})


def publish_from_cli(settings: Settings, messages: list[dict[str, Any]]) -> bool:
    """Publish events from a command-line process (no gateway): on Redis when configured.
    True if published; False without Redis (the running replicas' TTLs bound the staleness)."""
    if not settings.redis_url:
        return False
    from proxy.state import RedisState

    async def send() -> None:
        state = RedisState(settings.redis_url or "", settings.redis_prefix)
        try:
            for message in messages:
                await state.publish(message)
        finally:
            await state.close()

    try:
        asyncio.run(send())
    except Exception:  # noqa: BLE001 - the erasure is committed; say what the bound is instead
        log.warning("shredding.publish_failed", extra={"ttl_s": settings.data_key_cache_ttl_s})
        return False
    return True
