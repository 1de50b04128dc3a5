"""Shared state: in-process, and Redis against the real server on 127.0.0.1:6379."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from proxy.state import InProcessState, RedisState
from tests.conftest import REDIS_URL


@pytest.fixture
async def replicas(redis_prefix: str) -> AsyncIterator[tuple[RedisState, RedisState]]:
    a, b = RedisState(REDIS_URL, redis_prefix, refresh_s=60), RedisState(REDIS_URL, redis_prefix, refresh_s=60)
    await a.start()
    await b.start()
    yield a, b
    await a.close()
    await b.close()


async def _eventually(predicate: Any, timeout: float = 2.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        if predicate():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("not reached")


@pytest.mark.redis
async def test_status_change_reaches_the_other_replica(replicas: tuple[RedisState, RedisState]) -> None:
    a, b = replicas
    seen: list[dict[str, Any]] = []
    b.add_listener(seen.append)
    await a.set_status("R1", "suspended")
    await _eventually(lambda: b.get_status("R1") == "suspended")
    assert {"type": "status", "robot_id": "R1", "status": "suspended"} in seen


@pytest.mark.redis
async def test_new_replica_reads_current_statuses(redis_prefix: str) -> None:
    a = RedisState(REDIS_URL, redis_prefix)
    await a.start()
    await a.load_statuses({"R1": "active", "R2": "active"})
    await a.set_status("R2", "safe_mode")
    await a.load_statuses({"R2": "active"})  # seeding never overwrites a live status
    c = RedisState(REDIS_URL, redis_prefix)
    await c.start()
    assert c.get_status("R1") == "active" and c.get_status("R2") == "safe_mode"
    await a.close()
    await c.close()


@pytest.mark.redis
async def test_rate_counters_are_shared(replicas: tuple[RedisState, RedisState]) -> None:
    a, b = replicas
    counts = [await a.hit("robot:R1", 60), await b.hit("robot:R1", 60), await a.hit("robot:R1", 60)]
    assert counts == [1, 2, 3]
    assert await b.hit("robot:R2", 60) == 1


@pytest.mark.redis
async def test_published_events_reach_every_listener(replicas: tuple[RedisState, RedisState]) -> None:
    a, b = replicas
    got_a: list[dict[str, Any]] = []
    got_b: list[dict[str, Any]] = []
    a.add_listener(got_a.append)
    b.add_listener(got_b.append)
    await b.publish({"type": "reload"})
    await _eventually(lambda: {"type": "reload"} in got_a and {"type": "reload"} in got_b)


async def test_in_process_state_counts_and_notifies() -> None:
    s = InProcessState()
    seen: list[dict[str, Any]] = []
    s.add_listener(seen.append)
    assert [await s.hit("k", 60) for _ in range(3)] == [1, 2, 3]
    await s.set_status("R1", "suspended")
    assert seen == [{"type": "status", "robot_id": "R1", "status": "suspended"}]
    assert s.get_status("R1") is None  # the database is the source of status in-process
