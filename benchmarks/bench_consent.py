"""Hot-path cost of consent-gated personalization (``proxy.consent.apply_consent``).

Measures, on a real SQLite registry with a valid consent: the extraction and gate alone
(pure), a cached consent lookup (the steady state), and an uncached lookup (one query;
what the first request of a subject per ``JIANHU_CONSENT_CACHE_TTL_S`` pays).

    python -m benchmarks.bench_consent [--n 20000]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from filters.personalization import ConsentPolicy, ConsentStatus, extract_personalization, gate
from proxy.consent import ConsentService
from proxy.crypto import FieldCipher, Keyring, new_master_key
from proxy.executor import IoRunner
from proxy.state import InProcessState
from proxy.storage import RobotRecord, Store, make_engine, upgrade
from proxy.storage.consents import ConsentStore

CONTEXT = {"profile": {"preferred_name": "李女士", "district": "福田区莲花街道"}, "history": ["上次咨询了居住证续签"]}


def _pct(samples: list[float]) -> str:
    q = statistics.quantiles(samples, n=100)
    return f"p50 {statistics.median(samples):.1f} µs  p99 {q[98]:.1f} µs"


async def main(n: int) -> None:
    tmp = Path(tempfile.mkdtemp())
    engine = make_engine(f"sqlite:///{tmp / 'b.db'}")
    upgrade(engine)
    reg = ConsentStore(Store(engine, FieldCipher.from_engine(engine, Keyring([new_master_key()]))))
    reg.grant("citizen-1", "personalization", "robot", "R1", "D", datetime.now(UTC) + timedelta(days=9), "app", None,
              "bench", "R1")
    robot = RobotRecord("R1", "r", "D", "digital_human", "m", "active", 1, {}, datetime.now(UTC))
    io = IoRunner()
    service = ConsentService(reg, InProcessState(), io, ttl_s=3600)
    policy = ConsentPolicy()

    pure: list[float] = []
    for _ in range(n):
        body = {"personalization": CONTEXT}
        t0 = time.perf_counter()
        got = extract_personalization(body)
        assert got.value is not None
        assert gate(got.value, policy, {"personalization": ConsentStatus.VALID}).note is not None
        pure.append((time.perf_counter() - t0) * 1e6)
    await service.states(robot, "citizen-1")
    cached: list[float] = []
    for _ in range(n):
        t0 = time.perf_counter()
        await service.states(robot, "citizen-1")
        cached.append((time.perf_counter() - t0) * 1e6)
    cold: list[float] = []
    for _ in range(min(n, 2000)):
        service.invalidate("")
        t0 = time.perf_counter()
        await service.states(robot, "citizen-1")
        cold.append((time.perf_counter() - t0) * 1e6)
    io.shutdown()
    engine.dispose()
    print(f"extract + gate (pure), n={n}: {_pct(pure)}")
    print(f"consent lookup, cached, n={n}: {_pct(cached)}")
    print(f"consent lookup, uncached (SQLite query on the I/O pool), n={len(cold)}: {_pct(cold)}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20000)
    asyncio.run(main(parser.parse_args().n))
