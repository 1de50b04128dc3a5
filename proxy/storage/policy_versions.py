"""Policy versions (measures 8.1, 6.2(c)): drafts, publication, history with author and diff.

A *policy* is identified by its ``name`` (the YAML's ``name:``). Robots run the
``policies`` row their ``policy_id`` points at. A version here is a YAML document that
a bureau admin saved from the console, validated before it is stored, with its
author, note and parent (the version it was edited from). Its ``base_policy_id`` is
the ``policies`` row that was in effect for that name when the draft was started, so
the diff shows what publishing would change.

Publishing version V of name N, in one transaction:

1. store V's document as a ``policies`` row (deduplicated by version hash);
2. point every robot whose current policy is named N (terminated ones excepted) at it,
   with a ``policy.published`` robot event naming the version and the actor;
3. mark V ``published`` and the previously published versions of N ``superseded``.

The caller then reloads every replica (``Gateway.reload``), which rebuilds pipelines
from the stored policies and announces the reload on the shared state.
"""

from __future__ import annotations

import difflib
from typing import Any

from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from proxy.storage import tables as t
from proxy.storage.times import iso, utcnow

__all__ = ["PolicyVersionStore", "unified_diff"]


def unified_diff(old: str, new: str, old_label: str, new_label: str) -> str:
    return "".join(difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                        fromfile=old_label, tofile=new_label))


def _version(row: Any) -> dict[str, Any]:
    return {"id": row.id, "name": row.name, "version": row.version, "status": row.status, "author": row.author,
            "note": row.note, "parent_id": row.parent_id, "base_policy_id": row.base_policy_id,
            "policy_id": row.policy_id, "created_at": iso(row.created_at), "published_at": iso(row.published_at),
            "published_by": row.published_by}


class PolicyVersionStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def policies(self) -> list[dict[str, Any]]:
        """Every policy name in use or drafted: the row in effect, robot count, latest version."""
        p, r, v = t.policies, t.robots, t.policy_versions
        with self.engine.connect() as conn:
            in_use = conn.execute(
                select(p.c.name, p.c.id, p.c.version, func.count(r.c.robot_id).label("robots"))
                .join(r, r.c.policy_id == p.c.id).where(r.c.status != "terminated")
                .group_by(p.c.name, p.c.id, p.c.version).order_by(p.c.name, p.c.id)
            ).all()
            drafted = conn.execute(select(v.c.name, func.max(v.c.id).label("latest")).group_by(v.c.name)).all()
        out: dict[str, dict[str, Any]] = {}
        for row in in_use:
            entry = out.setdefault(row.name, {"name": row.name, "robots": 0, "active": [], "latest_version_id": None})
            entry["robots"] += int(row.robots)
            entry["active"].append({"policy_id": row.id, "version": row.version, "robots": int(row.robots)})
        for row in drafted:
            entry = out.setdefault(row.name, {"name": row.name, "robots": 0, "active": [], "latest_version_id": None})
            entry["latest_version_id"] = row.latest
        return [out[k] for k in sorted(out)]

    def current(self, name: str) -> dict[str, Any] | None:
        """The ``policies`` row in effect for ``name``: the one most robots run, newest on a tie."""
        p, r = t.policies, t.robots
        with self.engine.connect() as conn:
            row = conn.execute(
                select(p.c.id, p.c.version, p.c.document, func.count(r.c.robot_id).label("n"))
                .join(r, r.c.policy_id == p.c.id, isouter=True)
                .where(p.c.name == name)
                .group_by(p.c.id, p.c.version, p.c.document)
                .order_by(func.count(r.c.robot_id).desc(), p.c.id.desc()).limit(1)
            ).first()
        return None if row is None else {"policy_id": row.id, "version": row.version, "document": row.document}

    def latest_published(self, name: str) -> dict[str, Any] | None:
        v = t.policy_versions
        with self.engine.connect() as conn:
            row = conn.execute(select(v).where(v.c.name == name, v.c.status == "published")
                               .order_by(v.c.id.desc()).limit(1)).first()
        return None if row is None else _version(row) | {"document": row.document}

    def add_draft(self, name: str, version: str, document: str, author: str, note: str,
                  parent_id: int | None) -> int:
        base = self.current(name)
        with self.engine.begin() as conn:
            res = conn.execute(insert(t.policy_versions).values(
                name=name, version=version, document=document, parent_id=parent_id,
                base_policy_id=base["policy_id"] if base else None, policy_id=None, status="draft",
                author=author, note=note, created_at=utcnow()))
            return int(res.inserted_primary_key[0])

    def get(self, version_id: int) -> dict[str, Any] | None:
        v = t.policy_versions
        with self.engine.connect() as conn:
            row = conn.execute(select(v).where(v.c.id == version_id)).first()
            if row is None:
                return None
            out = _version(row) | {"document": row.document}
            base_doc, label = None, ""
            if row.parent_id is not None:
                base_doc = conn.execute(select(v.c.document).where(v.c.id == row.parent_id)).scalar()
                label = f"version {row.parent_id}"
            if base_doc is None and row.base_policy_id is not None:
                base_doc = conn.execute(select(t.policies.c.document)
                                        .where(t.policies.c.id == row.base_policy_id)).scalar()
                label = f"policy {row.base_policy_id}"
        out["diff"] = unified_diff(base_doc, row.document, label, f"version {row.id}") if base_doc is not None else ""
        return out

    def history(self, name: str) -> list[dict[str, Any]]:
        v = t.policy_versions
        with self.engine.connect() as conn:
            rows = conn.execute(select(v).where(v.c.name == name).order_by(v.c.id.desc())).all()
        return [_version(r) for r in rows]

    def robots_using(self, name: str) -> list[str]:
        p, r = t.policies, t.robots
        with self.engine.connect() as conn:
            return [str(x) for (x,) in conn.execute(
                select(r.c.robot_id).join(p, p.c.id == r.c.policy_id)
                .where(p.c.name == name, r.c.status != "terminated").order_by(r.c.robot_id))]

    def publish(self, version_id: int, actor: str) -> dict[str, Any] | None:
        v, p, r = t.policy_versions, t.policies, t.robots
        now = utcnow()
        with self.engine.begin() as conn:
            row = conn.execute(select(v).where(v.c.id == version_id).with_for_update()).first()
            if row is None:
                return None
            policy_id = conn.execute(select(p.c.id).where(p.c.version == row.version)).scalar()
            if policy_id is None:
                try:
                    with conn.begin_nested():
                        policy_id = conn.execute(insert(p).values(
                            name=row.name, version=row.version, document=row.document, created_at=now,
                        )).inserted_primary_key[0]
                except IntegrityError:
                    policy_id = conn.execute(select(p.c.id).where(p.c.version == row.version)).scalar_one()
            robots = [str(x) for (x,) in conn.execute(
                select(r.c.robot_id).join(p, p.c.id == r.c.policy_id)
                .where(p.c.name == row.name, r.c.status != "terminated"))]
            if robots:
                conn.execute(update(r).where(r.c.robot_id.in_(robots)).values(policy_id=policy_id, updated_at=now))
                conn.execute(insert(t.robot_events), [
                    {"robot_id": rid, "created_at": now, "event": "policy.published", "actor": actor,
                     "detail": {"policy": row.name, "version": row.version, "version_id": row.id}}
                    for rid in robots])
            conn.execute(update(v).where(v.c.name == row.name, v.c.status == "published", v.c.id != row.id)
                         .values(status="superseded"))
            conn.execute(update(v).where(v.c.id == row.id).values(
                status="published", policy_id=policy_id, published_at=now, published_by=actor))
        return {"version_id": version_id, "policy_id": int(policy_id), "version": row.version, "robots": robots}
