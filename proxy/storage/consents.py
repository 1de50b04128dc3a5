"""The consent registry and data-subject rights (PIPL art. 15-16, 44-47) in storage.

Subjects are stored as their HMAC slot (:meth:`SubjectKeyStore.slot_for`), never as the
id the vendor sent. A consent has a scope: one robot, or every robot of a department.
Per (subject, scope, purpose) at most one grant is *current* (``active_key`` is unique):

* a grant while a current one exists **renews** it in place (new expiry, channel and
  evidence; event ``consent.renewed``), so a second grant never creates a twin;
* a grant whose current predecessor has expired closes that one (``lapsed``) and
  inserts a new row;
* a withdrawal sets ``withdrawn_at``/``withdrawn_by`` and clears ``active_key``; the
  row stays as the record that consent existed and ended.

Every change, refusal and rights request is written to ``consent_events`` in the same
transaction as the change. Evidence (a free-text reference to the consent record:
kiosk log id, signed form number...) is encrypted under the subject's data key, so
erasure (:meth:`ConsentStore.erase`: withdraw everything, then destroy the data key)
makes it unreadable together with the subject's transcripts.

Synchronous SQLAlchemy Core, like :class:`proxy.storage.Store`; the proxy calls it
through its I/O executor.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Connection, and_, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from proxy.crypto.cipher import FieldCipher
from proxy.crypto.envelope import field_aad
from proxy.crypto.errors import CryptoError, KeyDestroyedError
from proxy.storage import tables as t
from proxy.storage.store import Store
from proxy.storage.times import aware, iso, utcnow

__all__ = ["ConsentRecord", "ConsentRow", "ConsentStore", "Scope", "Visibility"]

Scope = Literal["robot", "department"]
TEXT_FIELDS = ("request_text", "response_text")


@dataclass(frozen=True, slots=True)
class Visibility:
    """Which consents and records a caller may see: a robot sees its own scope and its
    department's; a department admin the department's robots; None fields: everything."""

    robot_id: str | None = None
    department: str | None = None
    robot_ids: frozenset[str] | None = None  # exchanges of these robots only

    @classmethod
    def everything(cls) -> Visibility:
        return cls()


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    consent_id: str
    scope: str
    robot_id: str | None
    department: str | None
    purpose: str
    granted_at: datetime
    expires_at: datetime
    channel: str
    granted_by: str
    withdrawn_at: datetime | None
    withdrawn_by: str | None
    withdraw_reason: str | None

    def status(self, now: datetime | None = None) -> str:
        if self.withdrawn_at is not None:
            return "withdrawn"
        return "valid" if self.expires_at > (now or utcnow()) else "expired"

    def public(self) -> dict[str, Any]:
        return {
            "id": self.consent_id,
            "object": "consent",
            "purpose": self.purpose,
            "scope": self.scope,
            "robot_id": self.robot_id,
            "department": self.department,
            "status": self.status(),
            "granted_at": iso(self.granted_at),
            "expires_at": iso(self.expires_at),
            "channel": self.channel,
            "granted_by": self.granted_by,
            "withdrawn_at": iso(self.withdrawn_at),
            "withdrawn_by": self.withdrawn_by,
            "withdraw_reason": self.withdraw_reason,
        }


@dataclass(frozen=True, slots=True)
class ConsentRow:
    """The hot-path view of a consent: purpose, expiry, whether withdrawn."""

    purpose: str
    expires_at: datetime
    withdrawn: bool


def _record(row: Any) -> ConsentRecord:
    return ConsentRecord(
        consent_id=row.consent_id,
        scope=row.scope,
        robot_id=row.robot_id,
        department=row.department,
        purpose=row.purpose,
        granted_at=aware(row.granted_at),
        expires_at=aware(row.expires_at),
        channel=row.channel,
        granted_by=row.granted_by,
        withdrawn_at=aware(row.withdrawn_at),
        withdrawn_by=row.withdrawn_by,
        withdraw_reason=row.withdraw_reason,
    )


def _active_key(slot: str, scope: str, target: str, purpose: str) -> str:
    return hashlib.sha256("\x00".join((slot, scope, target, purpose)).encode("utf-8")).hexdigest()


_c = t.consents


class ConsentStore:
    def __init__(self, store: Store) -> None:
        if store.cipher is None:
            raise ValueError("the consent registry needs the field cipher (subject slots, evidence)")
        self.engine = store.engine
        self.cipher: FieldCipher = store.cipher

    # -- subjects ----------------------------------------------------------------------
    def slot(self, subject: str) -> str:
        """The stored form of a subject id (HMAC); the first call may read the index key."""
        if not subject:
            raise ValueError("a subject id is required")
        return self.cipher.keys.slot_for(subject)

    @staticmethod
    def _scope_clause(vis: Visibility) -> Any:
        """A robot sees its own grants and its department's; a department (admin) sees
        every grant of the department and its robots; no restriction: None."""
        if vis.robot_id is not None:
            return or_(and_(_c.c.scope == "robot", _c.c.robot_id == vis.robot_id),
                       and_(_c.c.scope == "department", _c.c.department == vis.department))
        if vis.department is not None:
            return _c.c.department == vis.department
        return None

    # -- events ------------------------------------------------------------------------
    @staticmethod
    def _event(
        conn: Connection, slot: str | None, event: str, actor: str, robot_id: str | None,
        consent_id: str | None = None, **detail: Any,
    ) -> None:
        conn.execute(insert(t.consent_events).values(
            created_at=utcnow(), subject=slot, consent_id=consent_id, robot_id=robot_id, event=event, actor=actor,
            detail=detail,
        ))

    def record_event(self, subject: str | None, event: str, actor: str, robot_id: str | None, **detail: Any) -> None:
        """An audit event outside a change (a refused grant, an export)."""
        slot = self.slot(subject) if subject else None
        with self.engine.begin() as conn:
            self._event(conn, slot, event, actor, robot_id, **detail)

    def events(self, subject: str) -> list[dict[str, Any]]:
        q = select(t.consent_events).where(t.consent_events.c.subject == self.slot(subject))
        with self.engine.connect() as conn:
            rows = conn.execute(q.order_by(t.consent_events.c.id)).all()
        return [{"event": r.event, "actor": r.actor, "consent_id": r.consent_id, "robot_id": r.robot_id,
                 "detail": r.detail, "created_at": iso(r.created_at)} for r in rows]

    # -- grants ------------------------------------------------------------------------
    def grant(
        self,
        subject: str,
        purpose: str,
        scope: Scope,
        robot_id: str | None,
        department: str,
        expires_at: datetime,
        channel: str,
        evidence: str | None,
        actor: str,
        acting_robot: str | None = None,
    ) -> tuple[ConsentRecord, bool]:
        """Grant (or renew) a consent; returns the record and whether it was a renewal.
        ``robot_id`` is required for robot scope; ``department`` is the robot's (or the
        granted) department either way."""
        if scope == "robot" and not robot_id:
            raise ValueError("robot scope needs a robot id")
        slot = self.slot(subject)
        target = robot_id if scope == "robot" else department
        key = _active_key(slot, scope, str(target), purpose)
        for _attempt in range(5):
            try:
                return self._grant_once(slot, key, purpose, scope, robot_id if scope == "robot" else None,
                                        department, expires_at, channel, evidence, actor, acting_robot, subject)
            except IntegrityError:
                continue  # a concurrent grant won the active key: renew it instead
        raise RuntimeError("could not record the consent grant")

    def _seal_evidence(self, evidence: str | None, subject: str, consent_id: str, robot_id: str | None) -> str | None:
        if evidence is None:
            return None
        return self.cipher.encrypt(evidence, subject, field_aad("consents", "evidence", consent_id), robot_id=robot_id)

    def _grant_once(
        self, slot: str, key: str, purpose: str, scope: str, robot_id: str | None, department: str,
        expires_at: datetime, channel: str, evidence: str | None, actor: str, acting_robot: str | None,
        subject: str,
    ) -> tuple[ConsentRecord, bool]:
        now = utcnow()
        with self.engine.begin() as conn:
            current = conn.execute(select(_c).where(_c.c.active_key == key).with_for_update()).first()
            if current is not None and aware(current.expires_at) > now:
                values: dict[str, Any] = {"expires_at": expires_at, "channel": channel}
                if evidence is not None:  # a renewal without evidence keeps the earlier one
                    values["evidence"] = self._seal_evidence(evidence, subject, current.consent_id, acting_robot)
                conn.execute(update(_c).where(_c.c.id == current.id).values(**values))
                self._event(conn, slot, "consent.renewed", actor, acting_robot, current.consent_id,
                            purpose=purpose, scope=scope, channel=channel,
                            previous_expires_at=iso(current.expires_at), expires_at=iso(expires_at))
                row = conn.execute(select(_c).where(_c.c.id == current.id)).one()
                return _record(row), True
            if current is not None:  # expired: close it, so the new grant is the current one
                conn.execute(update(_c).where(_c.c.id == current.id).values(active_key=None))
                self._event(conn, slot, "consent.lapsed", actor, acting_robot, current.consent_id,
                            purpose=purpose, scope=scope)
            consent_id = "cns_" + secrets.token_hex(12)
            conn.execute(insert(_c).values(
                consent_id=consent_id, subject=slot, scope=scope, robot_id=robot_id, department=department,
                purpose=purpose, granted_at=now, expires_at=expires_at, channel=channel,
                evidence=self._seal_evidence(evidence, subject, consent_id, acting_robot), granted_by=actor,
                active_key=key,
            ))
            self._event(conn, slot, "consent.granted", actor, acting_robot, consent_id, purpose=purpose, scope=scope,
                        channel=channel, expires_at=iso(expires_at))
            row = conn.execute(select(_c).where(_c.c.consent_id == consent_id)).one()
            return _record(row), False

    # -- reads -------------------------------------------------------------------------
    def list_consents(self, subject: str, vis: Visibility, purpose: str | None = None,
             include_inactive: bool = True) -> list[ConsentRecord]:
        q = select(_c).where(_c.c.subject == self.slot(subject))
        clause = self._scope_clause(vis)
        if clause is not None:
            q = q.where(clause)
        if purpose is not None:
            q = q.where(_c.c.purpose == purpose)
        with self.engine.connect() as conn:
            records = [_record(r) for r in conn.execute(q.order_by(_c.c.id)).all()]
        if not include_inactive:
            records = [r for r in records if r.status() == "valid"]
        return records

    def get(self, consent_id: str) -> tuple[ConsentRecord, str] | None:
        """The record and its subject slot."""
        with self.engine.connect() as conn:
            row = conn.execute(select(_c).where(_c.c.consent_id == consent_id)).first()
        return None if row is None else (_record(row), str(row.subject))

    def states(self, slot: str, robot_id: str, department: str) -> list[ConsentRow]:
        """The latest consent per purpose that applies to ``robot_id`` (its own or its
        department's); the hot path's one query."""
        q = select(_c.c.purpose, _c.c.expires_at, _c.c.withdrawn_at, _c.c.id).where(
            _c.c.subject == slot,
            or_(and_(_c.c.scope == "robot", _c.c.robot_id == robot_id),
                and_(_c.c.scope == "department", _c.c.department == department)),
        ).order_by(_c.c.id)
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
        return [ConsentRow(r.purpose, aware(r.expires_at), r.withdrawn_at is not None)
                for r in rows]

    # -- withdrawal --------------------------------------------------------------------
    def withdraw(self, consent_id: str, actor: str, reason: str, acting_robot: str | None = None
                 ) -> tuple[ConsentRecord, str, bool] | None:
        """Withdraw one consent: (record, subject slot, changed); None if unknown.
        Withdrawing a withdrawn consent changes nothing (``changed`` False)."""
        with self.engine.begin() as conn:
            row = conn.execute(select(_c).where(_c.c.consent_id == consent_id).with_for_update()).first()
            if row is None:
                return None
            if row.withdrawn_at is not None:
                return _record(row), str(row.subject), False
            conn.execute(update(_c).where(_c.c.id == row.id).values(
                withdrawn_at=utcnow(), withdrawn_by=actor, withdraw_reason=reason, active_key=None))
            self._event(conn, row.subject, "consent.withdrawn", actor, acting_robot, consent_id,
                        purpose=row.purpose, scope=row.scope, reason=reason)
            fresh = conn.execute(select(_c).where(_c.c.id == row.id)).one()
        return _record(fresh), str(row.subject), True

    def withdraw_matching(self, subject: str, vis: Visibility, purpose: str | None, actor: str, reason: str,
                          acting_robot: str | None = None) -> tuple[list[ConsentRecord], str]:
        """Withdraw every not-yet-withdrawn consent of ``subject`` the caller sees
        (optionally one purpose); audited even when there is none."""
        slot = self.slot(subject)
        q = select(_c.c.consent_id).where(_c.c.subject == slot, _c.c.withdrawn_at.is_(None))
        clause = self._scope_clause(vis)
        if clause is not None:
            q = q.where(clause)
        if purpose is not None:
            q = q.where(_c.c.purpose == purpose)
        with self.engine.connect() as conn:
            ids = [r[0] for r in conn.execute(q.order_by(_c.c.id)).all()]
        done = []
        for consent_id in ids:
            found = self.withdraw(consent_id, actor, reason, acting_robot)
            if found is not None and found[2]:
                done.append(found[0])
        if not done:
            with self.engine.begin() as conn:
                self._event(conn, slot, "consent.withdraw_none", actor, acting_robot, purpose=purpose, reason=reason)
        return done, slot

    # -- rights: export and erasure ----------------------------------------------------
    def holders(self, subject: str) -> set[str]:
        """Robots that hold records of ``subject`` (transcripts or robot-scoped consents)."""
        slot = self.slot(subject)
        with self.engine.connect() as conn:
            robots = {r[0] for r in conn.execute(
                select(t.exchanges.c.robot_id).where(t.exchanges.c.subject_id == slot).distinct()) if r[0]}
            robots |= {r[0] for r in conn.execute(
                select(_c.c.robot_id).where(_c.c.subject == slot, _c.c.robot_id.is_not(None)).distinct())}
        return robots

    def consent_departments(self, subject: str) -> set[str]:
        with self.engine.connect() as conn:
            return {r[0] for r in conn.execute(
                select(_c.c.department).where(_c.c.subject == self.slot(subject)).distinct()) if r[0]}

    def export(self, subject: str, vis: Visibility, before: int | None = None, limit: int = 1000
               ) -> dict[str, Any]:
        """Everything stored about ``subject`` that ``vis`` may see: consents (with the
        evidence decrypted), consent events, and transcripts (decrypted, with decisions)."""
        slot = self.slot(subject)
        consents = []
        with self.engine.connect() as conn:
            q = select(_c).where(_c.c.subject == slot)
            clause = self._scope_clause(vis)
            if clause is not None:
                q = q.where(clause)
            for row in conn.execute(q.order_by(_c.c.id)).all():
                item = _record(row).public()
                item["evidence"], item["evidence_erased"] = self._open_evidence(row.evidence, row.consent_id)
                consents.append(item)
            xq = select(t.exchanges).where(t.exchanges.c.subject_id == slot).order_by(t.exchanges.c.id.desc())
            if vis.robot_ids is not None:
                xq = xq.where(t.exchanges.c.robot_id.in_(sorted(vis.robot_ids)))
            if before is not None:
                xq = xq.where(t.exchanges.c.id < before)
            rows = conn.execute(xq.limit(limit)).all()
        exchanges = [self._open_exchange(r) for r in rows]
        events = self.events(subject)
        if vis.robot_id is not None or vis.department is not None:
            seen = {c["id"] for c in consents}
            mine = vis.robot_ids or frozenset()
            events = [e for e in events if e["consent_id"] in seen or e["robot_id"] in mine]
        return {
            "object": "subject_export",
            "held": bool(consents or exchanges),
            "consents": consents,
            "consent_events": events,
            "exchanges": exchanges,
            "next_before": exchanges[-1]["id"] if len(exchanges) == limit else None,
        }

    def _open_evidence(self, token: str | None, consent_id: str) -> tuple[str | None, bool]:
        if token is None:
            return None, False
        try:
            return self.cipher.decrypt(token, field_aad("consents", "evidence", consent_id)), False
        except KeyDestroyedError:
            return None, True

    def _open_exchange(self, row: Any) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": row.id, "request_id": row.request_id, "robot_id": row.robot_id,
            "created_at": iso(row.created_at), "endpoint": row.endpoint, "model": row.model,
            "action": row.action, "categories": row.categories, "decisions": row.decisions,
            "status_code": row.status_code, "erased": False,
        }
        for col in TEXT_FIELDS:
            token = getattr(row, col)
            out[col] = None
            if token is None:
                continue
            try:
                out[col] = self.cipher.decrypt(token, field_aad("exchanges", col, row.request_id))
            except KeyDestroyedError:
                out["erased"] = True
            except CryptoError:
                out[f"{col}_unreadable"] = True
        return out

    def erase(self, subject: str, actor: str, acting_robot: str | None = None, **detail: Any) -> dict[str, Any]:
        """PIPL deletion: withdraw every consent of ``subject`` (reason ``erasure``), then
        destroy the subject's data key, so every transcript and evidence token of the
        subject becomes unreadable (crypto-shredding); the consent rows stay, withdrawn,
        as the record that the processing had a legal basis and ended.
        Returns counts; audited as ``subject.erased``."""
        withdrawn, slot = self._withdraw_all_for_erasure(subject, actor, acting_robot)
        destroyed = self.cipher.keys.destroy(subject)
        with self.engine.begin() as conn:
            self._event(conn, slot, "subject.erased", actor, acting_robot, key_destroyed=destroyed,
                        consents_withdrawn=len(withdrawn), **detail)
        return {"object": "subject_erasure", "key_destroyed": destroyed, "consents_withdrawn": len(withdrawn)}

    def _withdraw_all_for_erasure(self, subject: str, actor: str, acting_robot: str | None
                                  ) -> tuple[Sequence[ConsentRecord], str]:
        slot = self.slot(subject)
        now = utcnow()
        with self.engine.begin() as conn:
            rows = conn.execute(select(_c).where(_c.c.subject == slot).with_for_update()).all()
            open_rows = [r for r in rows if r.withdrawn_at is None]
            for r in open_rows:
                self._event(conn, slot, "consent.withdrawn", actor, acting_robot, r.consent_id, purpose=r.purpose,
                            scope=r.scope, reason="erasure")
            if open_rows:
                conn.execute(update(_c).where(_c.c.id.in_([r.id for r in open_rows])).values(
                    withdrawn_at=now, withdrawn_by=actor, withdraw_reason="erasure", active_key=None))
        return [_record(r) for r in open_rows], slot
