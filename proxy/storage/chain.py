"""Tamper-evident audit trail: a hash chain per robot.

Each exchange record carries ``chain`` (the robot id, or ``"-"`` for requests whose robot
is unknown), ``seq`` (1, 2, 3… within the chain), ``prev_hash`` and ``record_hash``:

    record_hash = SHA-256( prev_hash ‖ canonical JSON of the record's stored fields )

The first record of a chain has ``prev_hash`` = 64 zeros. The hash covers the fields as
stored (encrypted text included), so verification needs no keys and crypto-shredding a
data subject does not break the chain.

Several replicas: every write batch runs in one transaction that first locks the
chain's head row in ``audit_chain_heads`` (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite
serializes writers anyway), takes ``seq`` and ``hash`` from it, inserts the records and
moves the head. Writers of the same robot therefore append one after the other, in
commit order, whichever replica they run on; writers of different robots do not wait
for each other. ``verify`` recomputes each chain in ``seq`` order and reports the first
record whose stored hash, predecessor link or sequence number does not match; deleting
a record shows as a gap, editing one as a hash mismatch, and dropping the tail shows as
a head that points past the last record.

Retention: purging a chain's oldest records (``proxy.retention``) stores the purge point
in ``audit_chain_anchors`` (seq and record_hash of the last purged record) in the same
transaction; verification then starts from that anchor, so the remaining records still
verify and removing any further record still shows as a gap.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

__all__ = ["GENESIS", "HASHED_FIELDS", "ChainBreak", "chain_of", "record_hash"]

GENESIS = "0" * 64
UNKNOWN_ROBOT_CHAIN = "-"

#: The stored fields the hash covers, in this order (ids and the hash columns excluded).
HASHED_FIELDS = (
    "chain", "seq", "request_id", "robot_id", "created_at", "endpoint", "stream", "model", "subject_id",
    "policy_version", "action", "categories", "decisions", "status_code", "error_code", "upstream_status",
    "upstream_latency_ms", "latency_ms", "prompt_tokens", "completion_tokens", "request_text", "response_text",
)


def chain_of(robot_id: str | None) -> str:
    return robot_id or UNKNOWN_ROBOT_CHAIN


def _normal(value: Any) -> Any:
    if isinstance(value, datetime):
        ts = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, float):
        return repr(round(value, 3))
    return value


def record_hash(prev_hash: str, record: Mapping[str, Any]) -> str:
    canonical = orjson.dumps({k: _normal(record.get(k)) for k in HASHED_FIELDS}, option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(prev_hash.encode("ascii") + canonical).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainBreak:
    chain: str
    seq: int
    record_id: int | None
    problem: str  # "hash_mismatch", "broken_link", "sequence_gap", "missing_tail"


def verify_chain(chain: str, records: Iterable[Mapping[str, Any]], head_seq: int | None,
                 head_hash: str | None, anchor: tuple[int, str] | None = None) -> ChainBreak | None:
    """The first break in one chain (records in ``seq`` order), or None if it is intact.

    ``anchor`` is ``(seq, record_hash)`` of the last record removed by the retention purge
    (``proxy.retention``): verification starts after it instead of at the genesis."""
    prev, expected_seq, last_id = GENESIS, 1, None
    if anchor is not None:
        expected_seq, prev = anchor[0] + 1, anchor[1]
    for r in records:
        if r["seq"] != expected_seq:
            return ChainBreak(chain, expected_seq, r.get("id"), "sequence_gap")
        if r["prev_hash"] != prev:
            return ChainBreak(chain, r["seq"], r.get("id"), "broken_link")
        if record_hash(prev, r) != r["record_hash"]:
            return ChainBreak(chain, r["seq"], r.get("id"), "hash_mismatch")
        prev, expected_seq, last_id = r["record_hash"], expected_seq + 1, r.get("id")
    if head_seq is not None and (head_seq != expected_seq - 1 or head_hash != prev):
        return ChainBreak(chain, expected_seq, last_id, "missing_tail")
    return None
