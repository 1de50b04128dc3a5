"""Shared state: robot status, rate-limit counters and change events, across replicas.

``InProcessState`` serves a single process (the embedded default). ``RedisState`` is
used when ``JIANHU_REDIS_URL`` is set: statuses live in a Redis hash, counters are
fixed-window ``INCR``/``EXPIRE`` keys, and every change is published on one channel so
that all replicas apply it at once. Each replica keeps a mirror of the statuses that
the subscriber updates; the mirror is also reloaded every ``refresh_s`` seconds, which
bounds staleness if a message is lost while the connection drops.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any, Protocol

import orjson

__all__ = ["InProcessState", "Listener", "RedisState", "SharedState"]

log = logging.getLogger("jianhu.state")
Listener = Callable[[dict[str, Any]], None]


class SharedState(Protocol):
    async def start(self) -> None: ...
    async def close(self) -> None: ...
    def get_status(self, robot_id: str) -> str | None: ...
    async def set_status(self, robot_id: str, status: str) -> None: ...
    async def load_statuses(self, statuses: dict[str, str]) -> None: ...
    async def hit(self, key: str, window_s: int) -> int: ...
    async def set_flag(self, key: str, ttl_s: int) -> None: ...
    async def has_flag(self, key: str) -> bool: ...
    async def publish(self, event: dict[str, Any]) -> None: ...
    def add_listener(self, listener: Listener) -> None: ...


class InProcessState:
    """One process. The database is the source of robot status here: ``get_status``
    returns None, and a status change only tells the local listeners (which drop their
    caches), so the next request reads the new status from the database."""

    def __init__(self) -> None:
        self._counters: dict[str, tuple[int, int]] = {}  # key -> (window index, count)
        self._flags: dict[str, float] = {}  # key -> monotonic expiry
        self._listeners: list[Listener] = []

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    def get_status(self, robot_id: str) -> str | None:
        return None

    async def set_status(self, robot_id: str, status: str) -> None:
        await self.publish({"type": "status", "robot_id": robot_id, "status": status})

    async def load_statuses(self, statuses: dict[str, str]) -> None:
        return None

    async def hit(self, key: str, window_s: int) -> int:
        window = int(time.time() // window_s)
        prev = self._counters.get(key)
        count = prev[1] + 1 if prev is not None and prev[0] == window else 1
        self._counters[key] = (window, count)
        if len(self._counters) > 100_000:  # drop stale windows
            self._counters = {k: v for k, v in self._counters.items() if v[0] == window}
        return count

    async def set_flag(self, key: str, ttl_s: int) -> None:
        self._flags[key] = time.monotonic() + ttl_s
        if len(self._flags) > 100_000:
            now = time.monotonic()
            self._flags = {k: v for k, v in self._flags.items() if v > now}

    async def has_flag(self, key: str) -> bool:
        until = self._flags.get(key)
        return until is not None and until > time.monotonic()

    async def publish(self, event: dict[str, Any]) -> None:
        for listener in self._listeners:
            listener(event)

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)


class RedisState:
    def __init__(self, url: str, prefix: str = "jianhu:", refresh_s: float = 5.0) -> None:
        from redis import asyncio as aioredis  # imported here: Redis is optional

        self._redis = aioredis.from_url(url, decode_responses=False)
        self._prefix = prefix
        self._status_key = f"{prefix}robot_status"
        self._channel = f"{prefix}events"
        self._refresh_s = refresh_s
        self._mirror: dict[str, str] = {}
        self._listeners: list[Listener] = []
        self._tasks: list[asyncio.Task[None]] = []
        self._subscribed = asyncio.Event()
        self._closing = False
        self._pubsub: Any = None

    async def start(self) -> None:
        await self._reload()
        self._tasks.append(asyncio.create_task(self._subscribe(), name="jianhu-state-sub"))
        self._tasks.append(asyncio.create_task(self._refresh_loop(), name="jianhu-state-refresh"))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._subscribed.wait(), timeout=5)

    async def close(self) -> None:
        self._closing = True
        for task in self._tasks:
            task.cancel()
        if self._tasks:
            # redis-py may swallow a cancellation inside ``listen``; the flag ends the loop.
            await asyncio.wait(self._tasks, timeout=2)
        if self._pubsub is not None:
            with contextlib.suppress(Exception):
                await self._pubsub.aclose()
        await self._redis.aclose()

    async def _reload(self) -> None:
        raw = await self._redis.hgetall(self._status_key)
        self._mirror = {k.decode(): v.decode() for k, v in raw.items()}

    async def _refresh_loop(self) -> None:
        while not self._closing:
            await asyncio.sleep(self._refresh_s)
            try:
                await self._reload()
            except Exception:  # noqa: BLE001 - keep the last mirror while Redis is away
                log.warning("state.refresh_failed")

    async def _subscribe(self) -> None:
        while not self._closing:
            try:
                pubsub = self._pubsub = self._redis.pubsub()
                await pubsub.subscribe(self._channel)
                self._subscribed.set()
                await self._reload()  # anything published while we were away
                async for message in pubsub.listen():
                    if self._closing:
                        return
                    if message.get("type") != "message":
                        continue
                    self._apply(orjson.loads(message["data"]))
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - reconnect after a connection loss
                log.warning("state.subscriber_reconnect")
                await asyncio.sleep(0.5)

    def _apply(self, event: dict[str, Any]) -> None:
        if event.get("type") == "status":
            self._mirror[str(event["robot_id"])] = str(event["status"])
        for listener in self._listeners:
            listener(event)

    def get_status(self, robot_id: str) -> str | None:
        return self._mirror.get(robot_id)

    async def set_status(self, robot_id: str, status: str) -> None:
        await self._redis.hset(self._status_key, robot_id, status)
        self._mirror[robot_id] = status
        await self.publish({"type": "status", "robot_id": robot_id, "status": status})

    async def load_statuses(self, statuses: dict[str, str]) -> None:
        """Seed Redis from the database for robots it does not know yet (first start)."""
        if not statuses:
            return
        async with self._redis.pipeline(transaction=False) as pipe:
            for robot_id, status in statuses.items():
                pipe.hsetnx(self._status_key, robot_id, status)
            await pipe.execute()
        await self._reload()

    async def hit(self, key: str, window_s: int) -> int:
        window = int(time.time() // window_s)
        rkey = f"{self._prefix}rl:{key}:{window}"
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.incr(rkey)
            pipe.expire(rkey, window_s * 2)
            count, _ = await pipe.execute()
        return int(count)

    async def set_flag(self, key: str, ttl_s: int) -> None:
        await self._redis.set(f"{self._prefix}flag:{key}", b"1", ex=ttl_s)

    async def has_flag(self, key: str) -> bool:
        return bool(await self._redis.exists(f"{self._prefix}flag:{key}"))

    async def publish(self, event: dict[str, Any]) -> None:
        await self._redis.publish(self._channel, orjson.dumps(event))

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)
