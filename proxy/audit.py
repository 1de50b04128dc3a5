"""The audit trail writer: records leave the request path through a bounded queue.

``submit`` awaits a free slot, so a full queue slows requests down (back-pressure)
instead of dropping records. One background task drains the queue in batches and
writes them through the storage executor, at most one write per ``interval_s`` so that
the per-record cost of a transaction (and its time holding the GIL) stays small; a failed batch is retried until it is
written or the writer is closed. ``close`` flushes everything still queued.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

__all__ = ["AuditWriter"]

log = logging.getLogger("jianhu.audit")
WriteBatch = Callable[[Sequence[dict[str, Any]]], Awaitable[None]]


class AuditWriter:
    def __init__(self, write: WriteBatch, maxsize: int, batch_size: int, interval_s: float = 0.0) -> None:
        self._write = write
        self._interval_s = interval_s
        self._queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(maxsize=maxsize)
        self._batch_size = batch_size
        self._task: asyncio.Task[None] | None = None
        self.written = 0
        #: True while writes fail: the proxy reports not ready (requests queue, then wait).
        self.failing = False
        self._pending: set[asyncio.Future[None]] = set()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="jianhu-audit")

    @property
    def depth(self) -> int:
        return self._queue.qsize()

    async def submit(self, record: dict[str, Any]) -> None:
        await self._queue.put(record)

    def submit_nowait(self, record: dict[str, Any]) -> None:
        """Queue without suspending; if the queue is full, a task waits for the slot."""
        try:
            self._queue.put_nowait(record)
        except asyncio.QueueFull:
            task = asyncio.ensure_future(self._queue.put(record))
            self._pending.add(task)
            task.add_done_callback(self._pending.discard)

    async def _run(self) -> None:
        while True:
            first = await self._queue.get()
            if self._interval_s and self._queue.qsize() < self._batch_size:
                await asyncio.sleep(self._interval_s)  # let a batch gather: one write per interval
            batch = [first]
            while len(batch) < self._batch_size and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            await self._write_with_retry(batch)
            for _ in batch:
                self._queue.task_done()

    async def _write_with_retry(self, batch: list[dict[str, Any]]) -> None:
        delay = 0.05
        while True:
            try:
                await self._write(batch)
                self.failing = False
                self.written += len(batch)
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - keep the records, retry
                self.failing = True
                log.error("audit.write_failed", extra={"error": type(exc).__name__, "records": len(batch)})
                await asyncio.sleep(delay)
                delay = min(delay * 2, 2.0)

    async def flush(self) -> None:
        await self._queue.join()

    async def close(self, timeout_s: float = 30.0) -> None:
        if self._pending:
            await asyncio.wait(self._pending, timeout=timeout_s)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._queue.join(), timeout_s)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if not self._queue.empty():
            log.error("audit.unflushed", extra={"records": self._queue.qsize()})
