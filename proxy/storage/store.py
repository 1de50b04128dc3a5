"""The one storage layer: registry, keys, policies, admin tokens, audit records.

Synchronous SQLAlchemy Core; the async proxy calls it through its I/O executor.
Secrets (robot API keys, admin tokens) are random 256-bit values and are stored only
as SHA-256 digests: a slow KDF buys nothing for values with that much entropy, and
the key lookup is on every request.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from proxy.crypto.envelope import field_aad
from proxy.crypto.errors import KeyDestroyedError
from proxy.lifecycle import check_transition
from proxy.reference import reference_code
from proxy.robot_id import ROBOT_TYPES, format_robot_id
from proxy.storage import tables as t
from proxy.storage.chain import GENESIS, ChainBreak, chain_of, record_hash, verify_chain
from proxy.storage.review import enqueue_anomaly, enqueue_exchanges
from proxy.storage.times import aware, utcnow

__all__ = ["ROBOT_STATUSES", "RobotRecord", "Store", "hash_secret"]

if TYPE_CHECKING:
    from proxy.crypto.cipher import FieldCipher

TEXT_FIELDS = ("request_text", "response_text")
ROBOT_STATUSES = ("registered", "active", "suspended", "safe_mode", "terminated")
KEY_PREFIX = "jh-"
ADMIN_PREFIX = "jha-"


def hash_secret(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class RobotRecord:
    robot_id: str
    name: str
    department: str
    robot_type: str
    model: str
    status: str
    policy_id: int
    overrides: dict[str, Any]
    created_at: datetime
    # Registry fields (issue 7, migration 0005); None for robots registered before it.
    scenario: str | None = None
    tier: str | None = None
    filing_number: str | None = None
    legal_hold: bool = False
    onboarded_at: datetime | None = None

    def public(self) -> dict[str, Any]:
        return {
            "scenario": self.scenario,
            "tier": self.tier,
            "filing_number": self.filing_number,
            "legal_hold": self.legal_hold,
            "onboarded_at": aware(self.onboarded_at).isoformat() if self.onboarded_at else None,
            "robot_id": self.robot_id,
            "name": self.name,
            "department": self.department,
            "type": self.robot_type,
            "model": self.model,
            "status": self.status,
            "policy_id": self.policy_id,
            "created_at": aware(self.created_at).isoformat(),
        }


def _robot(row: Any) -> RobotRecord:
    return RobotRecord(
        robot_id=row.robot_id,
        name=row.name,
        department=row.department,
        robot_type=row.robot_type,
        model=row.model,
        status=row.status,
        policy_id=row.policy_id,
        overrides=dict(row.overrides or {}),
        created_at=row.created_at,
        scenario=row.scenario,
        tier=row.tier,
        filing_number=row.filing_number,
        legal_hold=bool(row.legal_hold),
        onboarded_at=row.onboarded_at,
    )


class Store:
    """``cipher`` encrypts the transcript fields of audit records (``proxy.crypto``);
    without one (tools that never read or write transcripts) they cannot be written."""

    def __init__(self, engine: Engine, cipher: FieldCipher | None = None) -> None:
        self.engine = engine
        self.cipher = cipher

    # -- policies ---------------------------------------------------------------------
    def save_policy(self, name: str, version: str, document: str) -> int:
        with self.engine.begin() as conn:
            found = conn.execute(select(t.policies.c.id).where(t.policies.c.version == version)).scalar()
            if found is not None:
                return int(found)
            try:
                res = conn.execute(
                    insert(t.policies).values(name=name, version=version, document=document, created_at=utcnow())
                )
                return int(res.inserted_primary_key[0])
            except IntegrityError:
                pass
        with self.engine.connect() as conn:
            return int(conn.execute(select(t.policies.c.id).where(t.policies.c.version == version)).scalar_one())

    def get_policy_document(self, policy_id: int) -> str:
        with self.engine.connect() as conn:
            return str(conn.execute(select(t.policies.c.document).where(t.policies.c.id == policy_id)).scalar_one())

    # -- robots -----------------------------------------------------------------------
    def register_robot(
        self,
        name: str,
        department: str,
        model: str,
        policy_id: int,
        robot_type: str = "digital_human",
        overrides: dict[str, Any] | None = None,
        status: str = "active",
        actor: str = "cli",
        registry: dict[str, Any] | None = None,
        on_insert: Callable[[Any, str], None] | None = None,
    ) -> tuple[RobotRecord, str]:
        """``registry``: scenario, tier, filing_number; ``on_insert(conn, robot_id)`` runs in
        the same transaction (guardian assignments), so a failure leaves no robot behind."""
        if robot_type not in ROBOT_TYPES:
            raise ValueError("unknown robot type")
        year = utcnow().year
        for _attempt in range(20):
            try:
                with self.engine.begin() as conn:
                    last = conn.execute(
                        select(func.max(t.robots.c.serial)).where(t.robots.c.serial_year == year)
                    ).scalar()
                    serial = int(last or 0) + 1
                    robot_id = format_robot_id(robot_type, year, serial)
                    now = utcnow()
                    conn.execute(
                        insert(t.robots).values(
                            robot_id=robot_id,
                            name=name,
                            department=department,
                            robot_type=robot_type,
                            model=model,
                            status=status,
                            policy_id=policy_id,
                            overrides=overrides or {},
                            serial_year=year,
                            serial=serial,
                            created_at=now,
                            updated_at=now,
                            **(registry or {}),
                        )
                    )
                    if on_insert is not None:
                        on_insert(conn, robot_id)
                    key = self._insert_key(conn, robot_id)
                    conn.execute(
                        insert(t.robot_events).values(
                            robot_id=robot_id, created_at=now, event="registered", actor=actor, detail={}
                        )
                    )
            except IntegrityError:
                continue  # another process took the serial: take the next one
            robot = self.get_robot(robot_id)
            assert robot is not None
            return robot, key
        raise RuntimeError("could not allocate a robot serial")

    def get_robot(self, robot_id: str) -> RobotRecord | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.robots).where(t.robots.c.robot_id == robot_id)).first()
        return _robot(row) if row is not None else None

    def list_robots(self) -> list[RobotRecord]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.robots).order_by(t.robots.c.created_at)).all()
        return [_robot(r) for r in rows]

    def set_robot_status(self, robot_id: str, status: str, actor: str, reason: str = "") -> RobotRecord | None:
        """Change the status under the lifecycle rules (``proxy.lifecycle``; raises its
        ``TransitionError``), recording who and why; None if there is no such robot."""
        if status not in ROBOT_STATUSES:
            raise ValueError("unknown status")
        now = utcnow()
        with self.engine.begin() as conn:
            current = conn.execute(
                select(t.robots.c.status, t.robots.c.onboarded_at).where(t.robots.c.robot_id == robot_id)
                .with_for_update()
            ).first()
            if current is None:
                return None
            check_transition(current.status, status, onboarded=current.onboarded_at is not None)
            conn.execute(
                update(t.robots).where(t.robots.c.robot_id == robot_id).values(status=status, updated_at=now)
            )
            if status == "terminated":
                conn.execute(
                    update(t.api_keys)
                    .where(t.api_keys.c.robot_id == robot_id, t.api_keys.c.revoked_at.is_(None))
                    .values(revoked_at=now)
                )
            conn.execute(
                insert(t.robot_events).values(
                    robot_id=robot_id, created_at=now, event=f"status.{status}", actor=actor, detail={"reason": reason}
                )
            )
        return self.get_robot(robot_id)

    def add_robot_event(self, robot_id: str, event: str, actor: str, detail: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            res = conn.execute(
                insert(t.robot_events).values(
                    robot_id=robot_id, created_at=utcnow(), event=event, actor=actor, detail=detail
                )
            )
            if event == "anomaly.alert":  # the guardian's review queue (measures 6.4(a), 6.7(b))
                enqueue_anomaly(conn, robot_id, int(res.inserted_primary_key[0]), detail)

    def robot_events(self, robot_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(t.robot_events).where(t.robot_events.c.robot_id == robot_id).order_by(t.robot_events.c.id)
            ).all()
        return [
            {"event": r.event, "actor": r.actor, "detail": r.detail, "created_at": aware(r.created_at).isoformat()}
            for r in rows
        ]

    # -- robot API keys ---------------------------------------------------------------
    @staticmethod
    def _insert_key(conn: Any, robot_id: str) -> str:
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        conn.execute(
            insert(t.api_keys).values(
                robot_id=robot_id, key_hash=hash_secret(key), prefix=key[:10], created_at=utcnow()
            )
        )
        return key

    def create_key(self, robot_id: str) -> str:
        with self.engine.begin() as conn:
            return self._insert_key(conn, robot_id)

    def revoke_keys(self, robot_id: str) -> int:
        with self.engine.begin() as conn:
            res = conn.execute(
                update(t.api_keys)
                .where(t.api_keys.c.robot_id == robot_id, t.api_keys.c.revoked_at.is_(None))
                .values(revoked_at=utcnow())
            )
            return int(res.rowcount)

    def robot_for_key(self, key: str) -> tuple[RobotRecord, bool] | None:
        """The robot a key belongs to and whether the key is revoked, or None if unknown."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(t.robots, t.api_keys.c.revoked_at)
                .join(t.api_keys, t.api_keys.c.robot_id == t.robots.c.robot_id)
                .where(t.api_keys.c.key_hash == hash_secret(key))
            ).first()
        if row is None:
            return None
        return _robot(row), row.revoked_at is not None

    # -- admin tokens -----------------------------------------------------------------
    def create_admin_token(self, name: str) -> str:
        token = ADMIN_PREFIX + secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            conn.execute(
                insert(t.admin_tokens).values(
                    name=name, token_hash=hash_secret(token), prefix=token[:10], created_at=utcnow()
                )
            )
        return token

    def admin_token_name(self, token: str) -> str | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(t.admin_tokens.c.name).where(
                    t.admin_tokens.c.token_hash == hash_secret(token), t.admin_tokens.c.revoked_at.is_(None)
                )
            ).first()
        return None if row is None else str(row.name)

    # -- audit ------------------------------------------------------------------------
    def _seal(self, row: dict[str, Any]) -> dict[str, Any]:
        """Encrypt the transcript fields under the subject's key; store the subject's HMAC."""
        out = dict(row)
        out["reference"] = reference_code(row["request_id"])
        subject = row.get("subject_id")
        texts = [c for c in TEXT_FIELDS if out.get(c) is not None]
        if texts and self.cipher is None:
            raise RuntimeError("transcripts cannot be stored without a cipher")
        for col in texts:
            out[col] = self.cipher.encrypt(  # type: ignore[union-attr]
                out[col], subject, field_aad("exchanges", col, row["request_id"]), robot_id=row.get("robot_id")
            )
        if subject and self.cipher is not None:
            out["subject_id"] = self.cipher.keys.slot_for(subject)
        elif subject:
            out["subject_id"] = None
        return out

    def insert_exchanges(self, rows: Sequence[dict[str, Any]]) -> None:
        """Append records to their robots' hash chains (see ``proxy.storage.chain``)."""
        if not rows:
            return
        sealed = [self._seal(r) for r in rows]
        by_chain: dict[str, list[dict[str, Any]]] = {}
        for r in sealed:
            by_chain.setdefault(chain_of(r.get("robot_id")), []).append(r)
        with self.engine.begin() as conn:
            for chain in sorted(by_chain):  # one lock order for every writer: no deadlocks
                seq, prev = self._lock_head(conn, chain)
                for r in by_chain[chain]:
                    seq += 1
                    r.update(chain=chain, seq=seq, prev_hash=prev)
                    r["record_hash"] = prev = record_hash(prev, r)
                conn.execute(
                    update(t.audit_chain_heads).where(t.audit_chain_heads.c.chain == chain).values(seq=seq, hash=prev)
                )
            conn.execute(insert(t.exchanges), sealed)
            enqueue_exchanges(conn, sealed)  # flagged and blocked ones enter the review queue

    @staticmethod
    def _lock_head(conn: Any, chain: str) -> tuple[int, str]:
        q = select(t.audit_chain_heads.c.seq, t.audit_chain_heads.c.hash).where(
            t.audit_chain_heads.c.chain == chain
        ).with_for_update()
        head = conn.execute(q).first()
        if head is None:
            try:
                with conn.begin_nested():
                    conn.execute(insert(t.audit_chain_heads).values(chain=chain, seq=0, hash=GENESIS))
            except IntegrityError:
                pass  # another writer created it first
            head = conn.execute(q).first()
        return int(head.seq), str(head.hash)

    def _open(self, row: Any, with_text: bool) -> dict[str, Any]:
        out = _exchange(row)
        for col in TEXT_FIELDS:
            token = out.get(col)
            if token is None or not with_text:
                out[col] = None
                continue
            if self.cipher is None:
                out[col] = None
                continue
            try:
                out[col] = self.cipher.decrypt(token, field_aad("exchanges", col, out["request_id"]))
            except KeyDestroyedError:
                out[col] = None
                out["erased"] = True
        return out

    def list_exchanges(
        self,
        robot_id: str | None = None,
        action: str | None = None,
        before_id: int | None = None,
        limit: int = 50,
        with_text: bool = True,
        robot_ids: Sequence[str] | None = None,
    ) -> list[dict[str, Any]]:
        """``robot_ids``: only these robots' records (a principal's scope); None: no restriction."""
        q = select(t.exchanges).order_by(t.exchanges.c.id.desc()).limit(limit)
        if robot_id is not None:
            q = q.where(t.exchanges.c.robot_id == robot_id)
        if robot_ids is not None:
            q = q.where(t.exchanges.c.robot_id.in_(list(robot_ids)))
        if action is not None:
            q = q.where(t.exchanges.c.action == action)
        if before_id is not None:
            q = q.where(t.exchanges.c.id < before_id)
        with self.engine.connect() as conn:
            return [self._open(r, with_text) for r in conn.execute(q).all()]

    def get_exchange(self, exchange_id: int) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.exchanges).where(t.exchanges.c.id == exchange_id)).first()
        return None if row is None else self._open(row, True)

    def count_exchanges(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(t.exchanges)).scalar_one())

    def verify_chains(self, chain: str | None = None) -> tuple[int, list[ChainBreak]]:
        """Check every chain (or one); returns (records checked, first break of each broken chain)."""
        with self.engine.connect() as conn:
            heads_q = select(t.audit_chain_heads)
            if chain is not None:
                heads_q = heads_q.where(t.audit_chain_heads.c.chain == chain)
            heads = {h.chain: (h.seq, h.hash) for h in conn.execute(heads_q)}
            anchors = {a.chain: (a.seq, a.hash) for a in conn.execute(select(t.audit_chain_anchors))}
            chains_q = select(t.exchanges.c.chain).distinct()
            if chain is not None:
                chains_q = chains_q.where(t.exchanges.c.chain == chain)
            names = sorted(set(heads) | {c for (c,) in conn.execute(chains_q)})
            checked, breaks = 0, []
            for name in names:
                rows = conn.execute(
                    select(t.exchanges).where(t.exchanges.c.chain == name).order_by(t.exchanges.c.seq)
                ).mappings().all()
                checked += len(rows)
                head = heads.get(name)
                found = verify_chain(name, rows, head[0] if head else None, head[1] if head else None,
                                     anchors.get(name))
                if found is not None:
                    breaks.append(found)
        return checked, breaks


def _exchange(row: Any) -> dict[str, Any]:
    out = {str(k): v for k, v in row._mapping.items()}
    out["created_at"] = aware(row.created_at).isoformat()
    return out

