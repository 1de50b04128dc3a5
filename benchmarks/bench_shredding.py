"""Cost of applying an erasure announcement (``proxy.shredding``) on a replica.

``SubjectKeyStore.evict(slots=[...])`` scans the cached entries under the store's lock,
so a decryption on that replica may wait for it. Measured with the cache full
(``--cached`` entries, default 10,000, the store's ``max_cached``) on a real SQLite store;
entries are placed directly (creating 10,000 wrapped keys would only measure inserts).

    python -m benchmarks.bench_shredding [--cached 10000] [--n 500]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from proxy.crypto import Keyring, MasterKey, SubjectKeyStore
from proxy.crypto.subject_keys import _Entry
from proxy.storage import make_engine, upgrade


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cached", type=int, default=10_000)
    parser.add_argument("--n", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'bench.db'}")
        upgrade(engine)
        keys = SubjectKeyStore(engine, Keyring([MasterKey("bench", os.urandom(32))]), cache_ttl_s=3600,
                               max_cached=max(args.cached, 1))
        aead = AESGCM(os.urandom(32))
        for i in range(args.cached):
            keys._remember(_Entry(i + 1, f"slot-{i}", aead, time.monotonic()))
        times = []
        for i in range(args.n):
            start = time.perf_counter()
            keys.evict(slots=[f"slot-{i % max(args.cached, 1)}"])
            times.append((time.perf_counter() - start) * 1e6)
        engine.dispose()
    times.sort()
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"evict(slots=[one]) with {args.cached} cached keys: p50 {statistics.median(times):.0f} us, "
          f"p99 {p99:.0f} us (n={args.n})")


if __name__ == "__main__":
    main()
