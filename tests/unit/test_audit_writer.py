"""The audit writer: batched, back-pressure instead of loss, retries, flush on close."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from proxy.audit import AuditWriter


async def test_batches_and_flushes_everything_on_close() -> None:
    batches: list[int] = []

    async def write(rows: Sequence[dict[str, Any]]) -> None:
        await asyncio.sleep(0.01)
        batches.append(len(rows))

    w = AuditWriter(write, maxsize=1000, batch_size=50)
    w.start()
    for i in range(500):
        await w.submit({"i": i})
    await w.close()
    assert sum(batches) == 500 and max(batches) <= 50 and len(batches) < 500


async def test_full_queue_applies_back_pressure_and_loses_nothing() -> None:
    release = asyncio.Event()
    written: list[int] = []

    async def write(rows: Sequence[dict[str, Any]]) -> None:
        await release.wait()
        written.extend(r["i"] for r in rows)

    w = AuditWriter(write, maxsize=3, batch_size=2)
    w.start()
    for i in range(5):  # 2 taken by the writer, 3 queued
        await w.submit({"i": i})
    await asyncio.sleep(0.01)
    blocked = asyncio.create_task(w.submit({"i": 5}))
    await asyncio.sleep(0.05)
    assert not blocked.done()  # the caller waits: back-pressure
    release.set()
    await blocked
    await w.close()
    assert sorted(written) == list(range(6))


async def test_failed_writes_are_retried_not_dropped() -> None:
    attempts = 0
    written: list[int] = []

    async def flaky(rows: Sequence[dict[str, Any]]) -> None:
        nonlocal attempts
        attempts += 1
        if attempts < 3:
            raise ConnectionError("database away")
        written.extend(r["i"] for r in rows)

    w = AuditWriter(flaky, maxsize=10, batch_size=10)
    w.start()
    await w.submit({"i": 1})
    await w.close()
    assert written == [1] and attempts == 3


async def test_submit_nowait_never_drops_when_full() -> None:
    release = asyncio.Event()
    written: list[int] = []

    async def write(rows: Sequence[dict[str, Any]]) -> None:
        await release.wait()
        written.extend(r["i"] for r in rows)

    w = AuditWriter(write, maxsize=1, batch_size=1)
    w.start()
    for i in range(4):
        w.submit_nowait({"i": i})
    release.set()
    await w.close()
    assert sorted(written) == [0, 1, 2, 3]
