"""Review work shared by the admin API (``proxy.routes.review``) and the console pages.

Every function takes the caller's ``Principal`` and enforces it: reading needs
``can_read_robot`` on the item's robot, labelling, escalating and resolving need
``can_manage_robot`` (auditors are read-only). A principal that does not see every
robot gets the same 403 ``forbidden_robot`` for an item outside its scope as for one
that does not exist (the rule of ``proxy.auth.robot_scope``). Every decrypted
transcript view is written to the access log (who, role, which exchange) before the
text is returned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from proxy.auth import Principal
from proxy.errors import ForbiddenError, RequestError
from proxy.storage.accounts import AccountStore
from proxy.storage.review import ReviewStore, Scope
from proxy.transcript import build_transcript

if TYPE_CHECKING:
    from proxy.gateway import Gateway

__all__ = [
    "escalate_item",
    "label_exchange",
    "label_item",
    "load_item",
    "resolve_item",
    "reviews",
    "scope_of",
    "view_transcript",
]


def reviews(gw: Gateway) -> ReviewStore:
    return ReviewStore(gw.store.engine, gw.store.cipher)


def scope_of(who: Principal) -> Scope:
    if who.sees_all_robots:
        return Scope(everything=True)
    if who.role == "department_admin":
        return Scope(department=who.department or "")
    return Scope(robot_ids=who.robot_ids)


def _hidden(who: Principal, what: str) -> RequestError:
    if who.sees_all_robots:
        return RequestError(f"no such {what}", code="not_found", status=404)
    return ForbiddenError("you may not access this robot", code="forbidden_robot")


def _check(who: Principal, robot_id: str, department: str, manage: bool) -> None:
    if not who.can_read_robot(robot_id, department):
        raise ForbiddenError("you may not access this robot", code="forbidden_robot")
    if manage and not who.can_manage_robot(robot_id, department):
        raise ForbiddenError("your role may not change review items", code="forbidden_role")


async def load_item(gw: Gateway, who: Principal, item_id: int, manage: bool = False) -> dict[str, Any]:
    item = await gw.io(reviews(gw).get_item, item_id)
    if item is None:
        raise _hidden(who, "review item")
    _check(who, item["robot_id"], item["department"], manage)
    return item


async def label_item(gw: Gateway, who: Principal, item_id: int, verdict: str, severity: int | None,
                     note: str | None) -> dict[str, Any]:
    await load_item(gw, who, item_id, manage=True)
    await gw.io(reviews(gw).label, item_id, verdict, severity, note, who.actor)
    return await load_item(gw, who, item_id)


async def escalate_item(gw: Gateway, who: Principal, item_id: int, level: str, note: str | None) -> dict[str, Any]:
    await load_item(gw, who, item_id, manage=True)
    await gw.io(reviews(gw).escalate, item_id, level, note, who.actor)
    return await load_item(gw, who, item_id)


async def resolve_item(gw: Gateway, who: Principal, item_id: int, note: str | None) -> dict[str, Any]:
    await load_item(gw, who, item_id, manage=True)
    await gw.io(reviews(gw).resolve, item_id, note, who.actor)
    return await load_item(gw, who, item_id)


async def _exchange(gw: Gateway, who: Principal, exchange_id: int, manage: bool) -> dict[str, Any]:
    await gw.audit.flush()  # this replica's queued records are visible at once
    exchange = await gw.io(gw.store.get_exchange, exchange_id)
    if exchange is None or not exchange.get("robot_id"):
        raise _hidden(who, "exchange")
    robot = await gw.io(gw.store.get_robot, exchange["robot_id"])
    if robot is None:
        raise _hidden(who, "exchange")
    _check(who, robot.robot_id, robot.department, manage)
    exchange["robot_name"] = robot.name
    exchange["department"] = robot.department
    return exchange


async def view_transcript(gw: Gateway, who: Principal, exchange_id: int, via: str) -> dict[str, Any]:
    """The exchange in context, decrypted; the view is recorded first (measures 8.2)."""
    exchange = await _exchange(gw, who, exchange_id, manage=False)
    store = reviews(gw)
    earlier_ids = await gw.io(store.earlier_exchange_ids, exchange)
    viewed = [exchange_id, *earlier_ids]
    await gw.io(AccountStore(gw.store.engine).record_access, who.actor, who.role, "transcript_viewed",
                exchange["robot_id"], {"exchange_ids": viewed, "via": via})
    view = build_transcript(exchange)
    view["robot_name"] = exchange["robot_name"]
    view["department"] = exchange["department"]
    earlier = []
    for eid in earlier_ids:
        row = await gw.io(gw.store.get_exchange, eid)
        if row is not None:
            t = build_transcript(row)
            earlier.append({"exchange_id": eid, "created_at": t["created_at"], "action": t["action"],
                            "messages": [m for m in t["messages"] if m["role"] in ("user", "assistant")][-2:],
                            "answer": t["answer"]})
    view["earlier"] = earlier
    view["review_items"] = await gw.io(store.items_for_exchange, exchange_id)
    view["can_manage"] = who.can_manage_robot(exchange["robot_id"], exchange["department"])
    return view


async def label_exchange(gw: Gateway, who: Principal, exchange_id: int, verdict: str, severity: int | None,
                         note: str | None) -> dict[str, Any]:
    """Label an exchange from its transcript; opens a ``manual`` item when it has none (missed harm)."""
    exchange = await _exchange(gw, who, exchange_id, manage=True)
    store = reviews(gw)
    item_id = await gw.io(store.item_for_exchange, exchange, who.actor)
    await gw.io(store.label, item_id, verdict, severity, note, who.actor)
    return await load_item(gw, who, item_id)
