"""Retention (measures 4.6): purge audit records past the retention period, then shred keys.

``purge(store, retention_days)`` runs per audit chain (one per robot):

1. unless the robot is under a **legal hold** (``robots.legal_hold``), the records older
   than ``retention_days`` (at least 180, ``Settings.retention_days``) are deleted — only
   the oldest contiguous part of the chain, so what remains is a verifiable suffix;
2. in the same transaction the purge point (seq and record_hash of the last deleted
   record) is stored in ``audit_chain_anchors``; ``Store.verify_chains`` starts there;
3. the step is recorded as the robot event ``retention.purged`` (count, up to which seq);
4. for a **terminated** robot whose records are all gone, its data keys are destroyed
   (crypto-shredding, ``subject_keys`` rows first created by the robot whose subject has
   no record left anywhere; the shared ``!system``/``!index`` keys are kept), recorded
   as ``retention.keys_destroyed``; ``robots.data_destroyed_at`` marks it done. In the
   app (:func:`run`) the shredded keys are announced to every replica's key cache
   (``proxy.shredding``); ``jianhu retention run`` publishes on Redis when configured.

The app runs it every ``retention_interval_s`` seconds (``RetentionJob``, started in the
lifespan); ``jianhu retention run`` runs it once. Replicas may run it concurrently: each
chain's purge locks the chain head row, so the second runner finds nothing to delete.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from proxy.crypto.subject_keys import INDEX_SLOT, SYSTEM_SLOT
from proxy.storage import tables as t
from proxy.storage.chain import UNKNOWN_ROBOT_CHAIN

if TYPE_CHECKING:
    from proxy.gateway import Gateway
    from proxy.storage import Store

__all__ = ["MIN_RETENTION_DAYS", "RetentionJob", "purge", "run", "set_legal_hold"]

log = logging.getLogger("jianhu.retention")
MIN_RETENTION_DAYS = 180


def _now() -> datetime:
    return datetime.now(UTC)


def purge(store: Store, retention_days: int, now: datetime | None = None, actor: str = "retention",
          on_keys_destroyed: Callable[[list[int]], None] | None = None) -> dict[str, Any]:
    """One retention pass over every chain; returns what it did. ``on_keys_destroyed`` gets
    the ids of the data keys shredded (to announce them: ``proxy.shredding``); this
    process's own key cache forgets them here."""
    if retention_days < MIN_RETENTION_DAYS:
        raise ValueError(f"retention must be at least {MIN_RETENTION_DAYS} days")
    cutoff = (now or _now()) - timedelta(days=retention_days)
    with store.engine.connect() as conn:
        robots = {r.robot_id: r for r in conn.execute(select(
            t.robots.c.robot_id, t.robots.c.status, t.robots.c.legal_hold, t.robots.c.data_destroyed_at))}
        chains = [c for (c,) in conn.execute(select(t.exchanges.c.chain).distinct())]
    report: dict[str, Any] = {"purged": {}, "held": [], "keys_destroyed": {}}
    for chain in sorted(chains):
        robot = robots.get(chain)
        if robot is not None and robot.legal_hold:
            report["held"].append(chain)
            continue
        n = _purge_chain(store, chain, cutoff, actor if robot is not None else None)
        if n:
            report["purged"][chain] = n
    for robot in robots.values():
        if robot.status == "terminated" and not robot.legal_hold and robot.data_destroyed_at is None:
            destroyed = _destroy_robot_keys(store, robot.robot_id, actor)
            if destroyed is not None:
                report["keys_destroyed"][robot.robot_id] = len(destroyed)
                if store.cipher is not None:
                    store.cipher.keys.evict(destroyed)
                if destroyed and on_keys_destroyed is not None:
                    on_keys_destroyed(destroyed)
    if report["purged"] or report["keys_destroyed"]:
        log.info("retention.done", extra={"chains": len(report["purged"]),
                                          "records": sum(report["purged"].values())})
    return report


def _purge_chain(store: Store, chain: str, cutoff: datetime, actor: str | None) -> int:
    ex = t.exchanges
    with store.engine.begin() as conn:
        # the head lock serialises this purge with writers and other purgers of the chain
        conn.execute(select(t.audit_chain_heads.c.seq).where(t.audit_chain_heads.c.chain == chain)
                     .with_for_update()).first()
        first_kept = conn.execute(select(func.min(ex.c.seq)).where(ex.c.chain == chain,
                                                                   ex.c.created_at >= cutoff)).scalar()
        q = select(ex.c.seq, ex.c.record_hash).where(ex.c.chain == chain, ex.c.created_at < cutoff)
        if first_kept is not None:
            q = q.where(ex.c.seq < first_kept)
        last = conn.execute(q.order_by(ex.c.seq.desc()).limit(1)).first()
        if last is None:
            return 0
        n = conn.execute(delete(ex).where(ex.c.chain == chain, ex.c.seq <= last.seq)).rowcount
        values = {"seq": last.seq, "hash": last.record_hash, "purged_at": _now()}
        found = conn.execute(update(t.audit_chain_anchors).where(t.audit_chain_anchors.c.chain == chain)
                             .values(**values)).rowcount
        if not found:
            conn.execute(insert(t.audit_chain_anchors).values(chain=chain, **values))
        if actor is not None and chain != UNKNOWN_ROBOT_CHAIN:
            conn.execute(insert(t.robot_events).values(
                robot_id=chain, created_at=_now(), event="retention.purged", actor=actor,
                detail={"records": int(n), "through_seq": int(last.seq), "before": cutoff.isoformat()}))
    return int(n)


def _destroy_robot_keys(store: Store, robot_id: str, actor: str) -> list[int] | None:
    """Shred a terminated robot's data keys once none of its records remain: their ids; None if not yet."""
    sk = t.subject_keys
    with store.engine.begin() as conn:
        left = conn.execute(select(func.count()).select_from(t.exchanges)
                            .where(t.exchanges.c.robot_id == robot_id)).scalar_one()
        if left:
            return None
        in_use = select(t.exchanges.c.subject_id).where(t.exchanges.c.subject_id.is_not(None))
        ids = [int(i) for (i,) in conn.execute(
            select(sk.c.id).where(sk.c.robot_id == robot_id, sk.c.wrapped_dek.is_not(None),
                                  sk.c.subject.not_in([SYSTEM_SLOT, INDEX_SLOT]), sk.c.subject.not_in(in_use))
            .with_for_update())]
        if ids:
            conn.execute(update(sk).where(sk.c.id.in_(ids))
                         .values(subject=None, kek_id=None, wrapped_dek=None, destroyed_at=_now()))
        conn.execute(update(t.robots).where(t.robots.c.robot_id == robot_id).values(data_destroyed_at=_now()))
        conn.execute(insert(t.robot_events).values(robot_id=robot_id, created_at=_now(),
                                                   event="retention.keys_destroyed", actor=actor,
                                                   detail={"data_keys": len(ids)}))
    return ids


def set_legal_hold(store: Store, robot_id: str, hold: bool, actor: str, reason: str) -> bool:
    with store.engine.begin() as conn:
        found = conn.execute(update(t.robots).where(t.robots.c.robot_id == robot_id)
                             .values(legal_hold=hold)).rowcount
        if found:
            conn.execute(insert(t.robot_events).values(
                robot_id=robot_id, created_at=_now(), event="legal_hold.set" if hold else "legal_hold.released",
                actor=actor, detail={"reason": reason}))
    return bool(found)


async def run(gw: Gateway, actor: str) -> dict[str, Any]:
    """One pass in the app (the job, ``POST /admin/v1/retention/run``): shredded keys are
    announced, so no replica keeps them in its cache (``proxy.shredding``)."""
    from proxy import shredding

    destroyed: list[int] = []
    report = await gw.io(purge, gw.store, gw.settings.retention_days, None, actor, destroyed.extend)
    await shredding.announce(gw, ids=destroyed)
    return report


class RetentionJob:
    """Runs ``purge`` every ``interval_s`` seconds in the app (first run one interval after start)."""

    def __init__(self, gw: Gateway) -> None:
        self._gw = gw
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._gw.settings.retention_interval_s > 0:
            self._task = asyncio.ensure_future(self._loop())

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self._gw.settings.retention_interval_s)
            try:
                await run(self._gw, "retention")
            except IntegrityError:
                log.warning("retention.conflict")  # another replica purged the same chain; next run
            except Exception as exc:  # noqa: BLE001 - the job must keep running; the error is logged
                log.error("retention.failed", extra={"error": type(exc).__name__})

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
