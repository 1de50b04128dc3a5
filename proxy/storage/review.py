"""Review queue, labels, escalations and complaints (measures 6.4(a), 8.3).

Items enter the queue from three places, never from the request path:

* flagged and blocked exchanges, in the same transaction that appends them to the
  audit trail (``Store.insert_exchanges`` calls ``enqueue_exchanges``);
* anomaly alerts, in the transaction that records the ``anomaly.alert`` robot event
  (``Store.add_robot_event`` calls ``enqueue_anomaly``);
* complaints, when a citizen files one (``ReviewStore.add_complaint``).

Severity (1 low, 2 medium, 3 high, 4 critical), the queue's first sort key:

    flagged exchange              2
    blocked exchange              3
    + any TC260 class-A risk      +1 (codes ``A.*``: national security, values; capped at 4)
    complaint                     3
    anomaly alert                 4

A reviewer's label may set another severity; the item keeps the highest. The queue is
ordered by severity (highest first), then age (oldest first). Who sees what is the
caller's ``Scope`` (from ``proxy.auth.Principal``): everything, one department, or a
set of robots. Complaint texts and contacts are encrypted under the system data key,
bound to the complaint's public id; they are decrypted only for display.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, and_, func, insert, select, update

from proxy.crypto.envelope import field_aad
from proxy.crypto.errors import KeyDestroyedError
from proxy.storage import tables as t
from proxy.storage.times import iso, utcnow

if TYPE_CHECKING:
    from proxy.crypto.cipher import FieldCipher

__all__ = [
    "ITEM_STATUSES",
    "LEVELS",
    "VERDICTS",
    "QueueFilter",
    "ReviewStore",
    "Scope",
    "enqueue_anomaly",
    "enqueue_exchanges",
    "severity_for",
]

VERDICTS = ("correct", "false_positive", "missed")
LEVELS = ("department", "bureau")
ITEM_STATUSES = ("open", "escalated", "resolved")
QUEUED_ACTIONS = ("flag", "block")


def severity_for(action: str, categories: Iterable[str]) -> int:
    base = 3 if action == "block" else 2
    if any(str(c).startswith("A.") for c in categories):
        base += 1
    return min(base, 4)


def _primary(categories: Sequence[str], fallback: str) -> str:
    return str(categories[0])[:60] if categories else fallback


def enqueue_exchanges(conn: Connection, rows: Sequence[dict[str, Any]]) -> int:
    """Queue the flagged and blocked rows just inserted (same transaction)."""
    queued = [r for r in rows if r.get("action") in QUEUED_ACTIONS and r.get("robot_id")]
    if not queued:
        return 0
    ids = dict(
        conn.execute(
            select(t.exchanges.c.request_id, t.exchanges.c.id).where(
                t.exchanges.c.request_id.in_([r["request_id"] for r in queued])
            )
        ).all()
    )
    now = utcnow()
    items = []
    for r in queued:
        cats = [str(c) for c in (r.get("categories") or [])]
        items.append({
            "robot_id": r["robot_id"], "source": "exchange", "exchange_id": ids.get(r["request_id"]),
            "complaint_id": None, "event_id": None, "action": r["action"],
            "category": _primary(cats, "uncategorized"), "categories": cats,
            "severity": severity_for(r["action"], cats), "status": "open", "escalation": None,
            "created_at": r.get("created_at") or now, "updated_at": now,
        })
    conn.execute(insert(t.review_items), items)
    return len(items)


def enqueue_anomaly(conn: Connection, robot_id: str, event_id: int | None, detail: dict[str, Any]) -> None:
    cats = [str(c) for c in detail.get("categories", [])]
    now = utcnow()
    conn.execute(insert(t.review_items).values(
        robot_id=robot_id, source="anomaly", exchange_id=None, complaint_id=None, event_id=event_id,
        action=None, category="anomaly", categories=cats, severity=4, status="open", escalation=None,
        created_at=now, updated_at=now,
    ))


@dataclass(frozen=True, slots=True)
class Scope:
    """Which robots a caller may see: all (``everything``), one department, or listed robots."""

    everything: bool = False
    department: str | None = None
    robot_ids: frozenset[str] = frozenset()

    def clause(self) -> Any:
        if self.everything:
            return None
        if self.department is not None:
            return t.robots.c.department == self.department
        return t.robots.c.robot_id.in_(sorted(self.robot_ids) or [""])


@dataclass(frozen=True, slots=True)
class QueueFilter:
    robot_id: str | None = None
    category: str | None = None
    status: str | None = None  # None: open and escalated
    escalation: str | None = None
    source: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 50
    offset: int = 0


def _item(row: Any) -> dict[str, Any]:
    return {
        "id": row.id, "robot_id": row.robot_id, "robot_name": row.robot_name, "department": row.department,
        "source": row.source, "exchange_id": row.exchange_id, "complaint_id": row.complaint_id,
        "event_id": row.event_id, "action": row.action, "category": row.category,
        "categories": list(row.categories or []), "severity": row.severity, "status": row.status,
        "escalation": row.escalation, "created_at": iso(row.created_at), "updated_at": iso(row.updated_at),
        "resolved_at": iso(row.resolved_at), "resolved_by": row.resolved_by,
    }


_ITEM_COLUMNS = (t.review_items, t.robots.c.name.label("robot_name"), t.robots.c.department)


class ReviewStore:
    def __init__(self, engine: Engine, cipher: FieldCipher | None) -> None:
        self.engine = engine
        self.cipher = cipher

    # -- the queue --------------------------------------------------------------------
    def queue(self, scope: Scope, f: QueueFilter) -> tuple[list[dict[str, Any]], int]:
        ri = t.review_items
        q = select(*_ITEM_COLUMNS).join(t.robots, t.robots.c.robot_id == ri.c.robot_id)
        conds = []
        clause = scope.clause()
        if clause is not None:
            conds.append(clause)
        if f.status is None:
            conds.append(ri.c.status.in_(("open", "escalated")))
        elif f.status != "all":
            conds.append(ri.c.status == f.status)
        if f.robot_id:
            conds.append(ri.c.robot_id == f.robot_id)
        if f.category:
            conds.append(ri.c.category == f.category)
        if f.escalation:
            conds.append(ri.c.escalation == f.escalation)
        if f.source:
            conds.append(ri.c.source == f.source)
        if f.since is not None:
            conds.append(ri.c.created_at >= f.since)
        if f.until is not None:
            conds.append(ri.c.created_at < f.until)
        where = and_(*conds) if conds else None
        if where is not None:
            q = q.where(where)
        count_q = select(func.count()).select_from(ri.join(t.robots, t.robots.c.robot_id == ri.c.robot_id))
        if where is not None:
            count_q = count_q.where(where)
        q = q.order_by(ri.c.severity.desc(), ri.c.created_at, ri.c.id).limit(f.limit).offset(f.offset)
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
            total = int(conn.execute(count_q).scalar_one())
        return [_item(r) for r in rows], total

    def categories(self, scope: Scope) -> list[str]:
        ri = t.review_items
        q = select(ri.c.category).distinct().join(t.robots, t.robots.c.robot_id == ri.c.robot_id)
        clause = scope.clause()
        if clause is not None:
            q = q.where(clause)
        with self.engine.connect() as conn:
            return sorted(str(c) for (c,) in conn.execute(q))

    def get_item(self, item_id: int) -> dict[str, Any] | None:
        ri = t.review_items
        q = select(*_ITEM_COLUMNS).join(t.robots, t.robots.c.robot_id == ri.c.robot_id).where(ri.c.id == item_id)
        with self.engine.connect() as conn:
            row = conn.execute(q).first()
            if row is None:
                return None
            out = _item(row)
            out["history"] = self._history(conn, item_id)
        return out

    def items_for_exchange(self, exchange_id: int) -> list[dict[str, Any]]:
        ri = t.review_items
        q = (select(*_ITEM_COLUMNS).join(t.robots, t.robots.c.robot_id == ri.c.robot_id)
             .where(ri.c.exchange_id == exchange_id).order_by(ri.c.id))
        with self.engine.connect() as conn:
            out = []
            for row in conn.execute(q).all():
                item = _item(row)
                item["history"] = self._history(conn, row.id)
                out.append(item)
        return out

    @staticmethod
    def _history(conn: Connection, item_id: int) -> list[dict[str, Any]]:
        re_ = t.review_events
        rows = conn.execute(select(re_).where(re_.c.item_id == item_id).order_by(re_.c.id)).all()
        return [{"kind": r.kind, "verdict": r.verdict, "severity": r.severity, "level": r.level, "note": r.note,
                 "actor": r.actor, "created_at": iso(r.created_at)} for r in rows]

    # -- reviewer actions -------------------------------------------------------------
    def _event(self, conn: Connection, item: Any, kind: str, actor: str, **values: Any) -> None:
        conn.execute(insert(t.review_events).values(
            item_id=item.id, robot_id=item.robot_id, kind=kind, actor=actor, created_at=utcnow(), **values))

    def _locked(self, conn: Connection, item_id: int) -> Any:
        return conn.execute(select(t.review_items).where(t.review_items.c.id == item_id).with_for_update()).first()

    def label(self, item_id: int, verdict: str, severity: int | None, note: str | None, actor: str) -> bool:
        if verdict not in VERDICTS:
            raise ValueError("unknown verdict")
        with self.engine.begin() as conn:
            item = self._locked(conn, item_id)
            if item is None:
                return False
            self._event(conn, item, "label", actor, verdict=verdict, severity=severity, note=note or None)
            values: dict[str, Any] = {"updated_at": utcnow()}
            if severity is not None and severity > item.severity:
                values["severity"] = severity
            conn.execute(update(t.review_items).where(t.review_items.c.id == item_id).values(**values))
        return True

    def item_for_exchange(self, exchange: dict[str, Any], actor: str) -> int:
        """The exchange's review item; a ``manual`` one is opened when it has none (a missed harm)."""
        with self.engine.begin() as conn:
            found = conn.execute(
                select(t.review_items.c.id).where(t.review_items.c.exchange_id == exchange["id"])
                .order_by(t.review_items.c.id).limit(1)
            ).scalar()
            if found is not None:
                return int(found)
            now = utcnow()
            cats = [str(c) for c in exchange.get("categories") or []]
            res = conn.execute(insert(t.review_items).values(
                robot_id=exchange["robot_id"], source="manual", exchange_id=exchange["id"], complaint_id=None,
                event_id=None, action=exchange.get("action"), category=_primary(cats, "manual"), categories=cats,
                severity=2, status="open", escalation=None, created_at=now, updated_at=now,
            ))
            return int(res.inserted_primary_key[0])

    def escalate(self, item_id: int, level: str, note: str | None, actor: str) -> bool:
        if level not in LEVELS:
            raise ValueError("unknown escalation level")
        with self.engine.begin() as conn:
            item = self._locked(conn, item_id)
            if item is None:
                return False
            self._event(conn, item, "escalate", actor, level=level, note=note or None)
            conn.execute(update(t.review_items).where(t.review_items.c.id == item_id).values(
                status="escalated", escalation=level, updated_at=utcnow(), resolved_at=None, resolved_by=None))
        return True

    def resolve(self, item_id: int, note: str | None, actor: str) -> bool:
        with self.engine.begin() as conn:
            item = self._locked(conn, item_id)
            if item is None:
                return False
            now = utcnow()
            self._event(conn, item, "resolve", actor, note=note or None)
            conn.execute(update(t.review_items).where(t.review_items.c.id == item_id).values(
                status="resolved", updated_at=now, resolved_at=now, resolved_by=actor))
            if item.complaint_id is not None:
                conn.execute(update(t.complaints).where(t.complaints.c.id == item.complaint_id)
                             .values(status="resolved"))
        return True

    # -- labels for assessment and export ---------------------------------------------
    def labels(self, scope: Scope, robot_id: str | None = None, since: datetime | None = None,
               until: datetime | None = None) -> list[dict[str, Any]]:
        """The latest label of each labelled item (a relabel replaces the verdict), oldest first."""
        re_, ri = t.review_events, t.review_items
        latest = (select(func.max(re_.c.id)).where(re_.c.kind == "label").group_by(re_.c.item_id)).scalar_subquery()
        q = (select(re_.c.id, re_.c.item_id, re_.c.verdict, re_.c.severity, re_.c.note, re_.c.actor,
                    re_.c.created_at, ri.c.robot_id, ri.c.source, ri.c.exchange_id, ri.c.action, ri.c.categories)
             .join(ri, ri.c.id == re_.c.item_id).join(t.robots, t.robots.c.robot_id == ri.c.robot_id)
             .where(re_.c.id.in_(latest)).order_by(re_.c.id))
        clause = scope.clause()
        if clause is not None:
            q = q.where(clause)
        if robot_id:
            q = q.where(ri.c.robot_id == robot_id)
        if since is not None:
            q = q.where(re_.c.created_at >= since)
        if until is not None:
            q = q.where(re_.c.created_at < until)
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
        return [{"label_id": r.id, "item_id": r.item_id, "verdict": r.verdict, "severity": r.severity,
                 "note": r.note, "actor": r.actor, "labelled_at": iso(r.created_at), "robot_id": r.robot_id,
                 "source": r.source, "exchange_id": r.exchange_id, "action": r.action,
                 "categories": list(r.categories or [])} for r in rows]

    # -- complaints -------------------------------------------------------------------
    def exchange_for_reference(self, reference: str | None, request_id: str | None) -> tuple[int, str, str] | None:
        """(exchange id, robot id, request id) of the newest exchange with that code or request id."""
        ex = t.exchanges
        q = select(ex.c.id, ex.c.robot_id, ex.c.request_id).where(ex.c.robot_id.is_not(None))
        if request_id is not None:
            q = q.where(ex.c.request_id == request_id)
        elif reference is not None:
            q = q.where(ex.c.reference == reference)
        else:
            return None
        with self.engine.connect() as conn:
            row = conn.execute(q.order_by(ex.c.id.desc()).limit(1)).first()
        return None if row is None else (int(row.id), str(row.robot_id), str(row.request_id))

    def _seal(self, value: str, public_id: str, column: str) -> str:
        if self.cipher is None:
            raise RuntimeError("complaints cannot be stored without a cipher")
        return self.cipher.encrypt(value, None, field_aad("complaints", column, public_id))

    def _unseal(self, token: str | None, public_id: str, column: str) -> str | None:
        if token is None or self.cipher is None:
            return None
        try:
            return self.cipher.decrypt(token, field_aad("complaints", column, public_id))
        except KeyDestroyedError:
            return None

    def add_complaint(self, reference: str, exchange_id: int, robot_id: str, text: str,
                      contact: str | None) -> dict[str, Any]:
        public_id = "CP" + secrets.token_hex(8).upper()
        now = utcnow()
        with self.engine.begin() as conn:
            res = conn.execute(insert(t.complaints).values(
                public_id=public_id, reference=reference, robot_id=robot_id, exchange_id=exchange_id,
                text=self._seal(text, public_id, "text"),
                contact=self._seal(contact, public_id, "contact") if contact else None,
                status="open", created_at=now,
            ))
            complaint_id = int(res.inserted_primary_key[0])
            row = conn.execute(select(t.exchanges.c.categories, t.exchanges.c.action)
                               .where(t.exchanges.c.id == exchange_id)).first()
            cats = [str(c) for c in (row.categories if row is not None else []) or []]
            item = conn.execute(insert(t.review_items).values(
                robot_id=robot_id, source="complaint", exchange_id=exchange_id, complaint_id=complaint_id,
                event_id=None, action=row.action if row is not None else None, category="complaint",
                categories=cats, severity=3, status="open", escalation=None, created_at=now, updated_at=now,
            ))
        return {"id": public_id, "complaint_id": complaint_id, "item_id": int(item.inserted_primary_key[0]),
                "status": "open", "created_at": now.isoformat()}

    def complaints(self, scope: Scope, robot_id: str | None = None, status: str | None = None,
                   limit: int = 100, with_text: bool = True) -> list[dict[str, Any]]:
        c = t.complaints
        q = (select(c, t.robots.c.name.label("robot_name"), t.robots.c.department)
             .join(t.robots, t.robots.c.robot_id == c.c.robot_id).order_by(c.c.id.desc()).limit(limit))
        clause = scope.clause()
        if clause is not None:
            q = q.where(clause)
        if robot_id:
            q = q.where(c.c.robot_id == robot_id)
        if status:
            q = q.where(c.c.status == status)
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
            items = dict(conn.execute(select(t.review_items.c.complaint_id, t.review_items.c.id).where(
                t.review_items.c.complaint_id.in_([r.id for r in rows] or [-1]))).all())
        return [{"id": r.public_id, "complaint_id": r.id, "reference": r.reference, "robot_id": r.robot_id,
                 "robot_name": r.robot_name, "department": r.department, "exchange_id": r.exchange_id,
                 "item_id": items.get(r.id), "status": r.status, "created_at": iso(r.created_at),
                 "text": self._unseal(r.text, r.public_id, "text") if with_text else None,
                 "contact": self._unseal(r.contact, r.public_id, "contact") if with_text else None}
                for r in rows]

    def count_complaints(self, robot_id: str, since: datetime, until: datetime) -> int:
        c = t.complaints
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(c).where(
                c.c.robot_id == robot_id, c.c.created_at >= since, c.c.created_at < until)).scalar_one())

    # -- context of a transcript ------------------------------------------------------
    def earlier_exchange_ids(self, exchange: dict[str, Any], limit: int = 5) -> list[int]:
        """Ids of the same citizen's earlier exchanges with the same robot (newest last)."""
        ex = t.exchanges
        conds = [ex.c.robot_id == exchange["robot_id"], ex.c.id < exchange["id"]]
        if exchange.get("subject_id"):
            conds.append(ex.c.subject_id == exchange["subject_id"])
        else:
            return []
        with self.engine.connect() as conn:
            ids = [int(i) for (i,) in conn.execute(
                select(ex.c.id).where(*conds).order_by(ex.c.id.desc()).limit(limit))]
        return sorted(ids)

    # -- assessments ------------------------------------------------------------------
    def save_assessment(self, robot_id: str, since: datetime, until: datetime, grade: str,
                        report: dict[str, Any], actor: str) -> int:
        with self.engine.begin() as conn:
            res = conn.execute(insert(t.assessments).values(
                robot_id=robot_id, period_from=since, period_to=until, grade=grade, report=report,
                created_by=actor, created_at=utcnow()))
            return int(res.inserted_primary_key[0])

    def assessments(self, scope: Scope, robot_id: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        a = t.assessments
        q = (select(a.c.id, a.c.robot_id, a.c.period_from, a.c.period_to, a.c.grade, a.c.created_by,
                    a.c.created_at, t.robots.c.name.label("robot_name"))
             .join(t.robots, t.robots.c.robot_id == a.c.robot_id).order_by(a.c.id.desc()).limit(limit))
        clause = scope.clause()
        if clause is not None:
            q = q.where(clause)
        if robot_id:
            q = q.where(a.c.robot_id == robot_id)
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
        return [{"id": r.id, "robot_id": r.robot_id, "robot_name": r.robot_name, "from": iso(r.period_from),
                 "to": iso(r.period_to), "grade": r.grade, "created_by": r.created_by,
                 "created_at": iso(r.created_at)} for r in rows]

