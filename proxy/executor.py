"""Bounded executors for CPU work and blocking I/O, so the event loop only awaits.

``CpuRunner.run(fn, args, timeout_s)`` runs a filter call on our own thread pool (not
Starlette's shared 40-token limiter) and gives up waiting after the timeout; the
semaphore bounds how much work can queue. Native libraries are pinned to one thread
per worker (see ``pin_native_threads``) so that concurrent requests do not fight
over two cores.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

__all__ = ["CpuRunner", "IoRunner", "pin_native_threads"]

T = TypeVar("T")

_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")


def pin_native_threads(n: int = 1) -> None:
    """Pin OpenMP/BLAS (and torch, if it is loaded) to ``n`` threads in this process."""
    for var in _THREAD_VARS:
        os.environ.setdefault(var, str(n))
    import sys

    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(n)


class CpuRunner:
    """``run(fn, args, timeout_s)``: a filter's ``timeout_s`` counts from when its work
    starts on a worker, not from when it was queued, so a 1 ms filter is not timed out
    because it waited behind a slower one (an encoder call) under load; the wait in the
    queue is bounded on its own by ``queue_timeout_s``. Both raise ``TimeoutError``."""

    def __init__(self, workers: int, queue: int, queue_timeout_s: float = 2.0) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="jianhu-cpu")
        self._slots = asyncio.Semaphore(workers + queue)
        self._queue_timeout_s = queue_timeout_s

    async def run(self, fn: Callable[..., T], args: tuple[Any, ...], timeout_s: float) -> T:
        await self._slots.acquire()
        loop = asyncio.get_running_loop()
        started = loop.create_future()

        def work() -> T:
            loop.call_soon_threadsafe(_settle, started)
            return fn(*args)

        fut = loop.run_in_executor(self._pool, work)
        # The slot frees when the work really ends, not when we stop waiting for it, so
        # timed-out work still counts against the bound.
        fut.add_done_callback(lambda _f: self._slots.release())
        if not started.done():  # ``started`` always settles before ``fut`` does
            done, _ = await asyncio.wait({started}, timeout=self._queue_timeout_s)
            if not done:
                fut.cancel()  # still queued: it will not run (a running call cannot be stopped)
                raise TimeoutError
        return await asyncio.wait_for(asyncio.shield(fut), timeout_s)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _settle(started: asyncio.Future[None]) -> None:
    if not started.done():
        started.set_result(None)


class IoRunner:
    """Runs blocking storage calls (SQLAlchemy) on a small dedicated pool."""

    def __init__(self, workers: int = 4) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="jianhu-io")

    async def __call__(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._pool, fn, *args)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
