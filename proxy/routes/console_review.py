"""Console pages of the review side: queue, transcript, complaints, assessments, policies.

Server-rendered (``proxy.console.render``, templates extending ``base.html``); every
page resolves the principal from the session like the admin API
(``proxy.routes.console.console_principal``: a missing login redirects to the login
page) and calls the same functions as the API (``proxy.review``,
``proxy.routes.policies``, ``proxy.routes.assessments``), so RBAC and the access log
are the same on both. Forms post back with the session's CSRF token
(``proxy.auth``); a successful change redirects (303) to the page it came from.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from proxy.charts import line_chart
from proxy.console import render
from proxy.errors import PolicyConfigError, RequestError
from proxy.gateway import Gateway
from proxy.review import (
    escalate_item,
    label_exchange,
    label_item,
    load_item,
    resolve_item,
    reviews,
    scope_of,
    view_transcript,
)
from proxy.routes.assessments import generate
from proxy.routes.console import console_principal
from proxy.routes.policies import publish_version, replay_version, save_draft, versions
from proxy.storage.accounts import AccountStore
from proxy.storage.review import LEVELS, VERDICTS, QueueFilter

__all__ = ["router"]

router = APIRouter(prefix="/console", include_in_schema=False)

VERDICT_LABELS = {"correct": "判定正确 Correct", "false_positive": "误报 False positive", "missed": "漏报 Missed"}
LEVEL_LABELS = {"department": "上报部门 Department", "bureau": "上报数据局 Bureau"}
SEVERITY_LABELS = {1: "低 Low", 2: "中 Medium", 3: "高 High", 4: "严重 Critical"}
SOURCE_LABELS = {"exchange": "拦截/标记 Filtered", "complaint": "投诉 Complaint", "anomaly": "异常告警 Anomaly",
                 "manual": "人工 Manual"}
STATUS_LABELS = {"open": "待处理 Open", "escalated": "已上报 Escalated", "resolved": "已解决 Resolved"}
GRADE_CLASS = {"excellent": "status-active", "qualified": "status-registered", "unqualified": "status-suspended"}
LABELS = {"verdicts": VERDICT_LABELS, "levels": LEVEL_LABELS, "severities": SEVERITY_LABELS,
          "sources": SOURCE_LABELS, "statuses": STATUS_LABELS, "grade_class": GRADE_CLASS}


def _gw(request: Request) -> Gateway:
    gw: Gateway = request.app.state.gateway
    return gw


def _day(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.combine(date.fromisoformat(value[:10]), datetime.min.time(), UTC)
    except ValueError as exc:
        raise RequestError("dates are YYYY-MM-DD", code="invalid_request") from exc


def _int(value: Any, default: int | None = None) -> int | None:
    try:
        return int(str(value)) if value not in (None, "") else default
    except ValueError:
        return default


def _see_other(path: str) -> Response:
    return RedirectResponse(path, status_code=303)


# -- review queue -----------------------------------------------------------------------
@router.get("/review")
async def review_page(request: Request, robot_id: str = "", category: str = "", status: str = "",
                      source: str = "", since: str = "", until: str = "", page: int = 1) -> Response:
    who = await console_principal(request)
    gw = _gw(request)
    await gw.audit.flush()
    page = max(1, min(page, 1000))
    until_day = _day(until)
    f = QueueFilter(robot_id=robot_id[:32] or None, category=category[:60] or None,
                    status=status if status in ("open", "escalated", "resolved", "all") else None,
                    source=source if source in SOURCE_LABELS else None, since=_day(since),
                    until=until_day + timedelta(days=1) if until_day else None, limit=50, offset=(page - 1) * 50)
    store = reviews(gw)
    items, total = await gw.io(store.queue, scope_of(who), f)
    categories = await gw.io(store.categories, scope_of(who))
    robots = [r for r in await gw.io(gw.store.list_robots) if who.can_read_robot(r.robot_id, r.department)]
    query = {"robot_id": robot_id, "category": category, "status": status, "source": source, "since": since,
             "until": until}
    return render(request, "review_queue.html", {
        "items": items, "total": total, "page": page, "pages": max(1, (total + 49) // 50), "q": query,
        "qs": urlencode({k: v for k, v in query.items() if v}), "categories": categories, "robots": robots,
        **LABELS})


@router.get("/review/items/{item_id}")
async def review_item_page(item_id: int, request: Request) -> Response:
    who = await console_principal(request)
    item = await load_item(_gw(request), who, item_id)
    if item["exchange_id"] is not None:
        return _see_other(f"/console/exchanges/{item['exchange_id']}#item-{item_id}")
    return render(request, "review_item.html", {"item": item, **LABELS})


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: str(v)[:2000] for k, v in form.items() if isinstance(v, str)}


def _back(item: dict[str, Any]) -> str:
    if item.get("exchange_id") is not None:
        return f"/console/exchanges/{item['exchange_id']}?done=1#item-{item['id']}"
    return f"/console/review/items/{item['id']}"


@router.post("/review/items/{item_id}/label")
async def label_form(item_id: int, request: Request) -> Response:
    who = await console_principal(request)
    form = await _form(request)
    verdict = form.get("verdict", "")
    if verdict not in VERDICTS:
        raise RequestError("choose a verdict 请选择判定", code="invalid_request")
    severity = _int(form.get("severity"))
    if severity is not None and not 1 <= severity <= 4:
        raise RequestError("severity is 1-4", code="invalid_request")
    item = await label_item(_gw(request), who, item_id, verdict, severity, form.get("note") or None)
    return _see_other(_back(item))


@router.post("/review/items/{item_id}/escalate")
async def escalate_form(item_id: int, request: Request) -> Response:
    who = await console_principal(request)
    form = await _form(request)
    if form.get("level") not in LEVELS:
        raise RequestError("choose a level 请选择上报对象", code="invalid_request")
    item = await escalate_item(_gw(request), who, item_id, form["level"], form.get("note") or None)
    return _see_other(_back(item))


@router.post("/review/items/{item_id}/resolve")
async def resolve_form(item_id: int, request: Request) -> Response:
    who = await console_principal(request)
    form = await _form(request)
    item = await resolve_item(_gw(request), who, item_id, form.get("note") or None)
    return _see_other(_back(item))


# -- transcript -------------------------------------------------------------------------
@router.get("/exchanges/{exchange_id}")
async def transcript_page(exchange_id: int, request: Request, done: int = 0) -> Response:
    who = await console_principal(request)
    gw = _gw(request)
    view = await view_transcript(gw, who, exchange_id, via="console")
    robot = await gw.io(gw.store.get_robot, view["robot_id"])
    status = gw.status_of(robot) if robot is not None else None
    return render(request, "transcript.html", {"t": view, "robot_status": status,
                                                "flash": "已保存 Saved" if done else None, "flash_kind": "ok",
                                                **LABELS})


@router.post("/exchanges/{exchange_id}/label")
async def label_exchange_form(exchange_id: int, request: Request) -> Response:
    who = await console_principal(request)
    form = await _form(request)
    if form.get("verdict") not in VERDICTS:
        raise RequestError("choose a verdict 请选择判定", code="invalid_request")
    await label_exchange(_gw(request), who, exchange_id, form["verdict"], _int(form.get("severity")),
                         form.get("note") or None)
    return _see_other(f"/console/exchanges/{exchange_id}?done=1")


# -- complaints -------------------------------------------------------------------------
@router.get("/complaints")
async def complaints_page(request: Request, status: str = "") -> Response:
    who = await console_principal(request)
    gw = _gw(request)
    rows = await gw.io(reviews(gw).complaints, scope_of(who), None, status if status in ("open", "resolved")
                       else None, 200)
    if rows:
        await gw.io(AccountStore(gw.store.engine).record_access, who.actor, who.role, "complaints_viewed", None,
                    {"complaints": [r["id"] for r in rows], "via": "console"})
    return render(request, "complaints.html", {"complaints": rows, "status": status, **LABELS})


# -- assessments ------------------------------------------------------------------------
@router.get("/assessments")
async def assessments_page(request: Request) -> Response:
    who = await console_principal(request)
    gw = _gw(request)
    rows = await gw.io(reviews(gw).assessments, scope_of(who), None, 100)
    robots = [r for r in await gw.io(gw.store.list_robots) if who.can_read_robot(r.robot_id, r.department)]
    today = datetime.now(UTC).date()
    return render(request, "assessments.html", {"reports": rows, "robots": robots,
                                                "default_from": (today - timedelta(days=30)).isoformat(),
                                                "default_to": today.isoformat(), **LABELS})


@router.get("/assessments/new")
async def assessment_new(request: Request, robot_id: str = "") -> Response:
    await console_principal(request)
    query = urlencode({k: request.query_params.get(k, "")[:10] for k in ("from", "to")})
    return _see_other(f"/console/robots/{quote(robot_id[:32], safe='')}/assessment?{query}")


@router.get("/robots/{robot_id}/assessment")
async def assessment_page(robot_id: str, request: Request, since: str = "", until: str = "") -> Response:
    who = await console_principal(request)
    start = _day(request.query_params.get("from") or since)
    end_day = _day(request.query_params.get("to") or until)
    report = await generate(request, _gw(request), who, robot_id, start,
                            end_day + timedelta(days=1) if end_day else None)
    daily = report["metrics"]["daily"]
    chart = line_chart([d["day"] for d in daily],
                       [("拦截率 Block rate", [d["block_rate"] for d in daily]),
                        ("标记率 Flag rate", [d["flag_rate"] for d in daily])],
                       "每日拦截/标记率 Daily block and flag rates")
    volume = line_chart([d["day"] for d in daily], [("交互量 Exchanges", [float(d["total"]) for d in daily])],
                        "每日交互量 Daily exchanges", percent=False)
    return render(request, "assessment.html", {"r": report, "chart": chart, "volume_chart": volume, **LABELS})


# -- policies ---------------------------------------------------------------------------
@router.get("/policies")
async def policies_page(request: Request) -> Response:
    await console_principal(request)
    gw = _gw(request)
    return render(request, "policies.html", {"policies": await gw.io(versions(gw).policies)})


async def _editor(request: Request, name: str, document: str | None, note: str = "", parent_id: int | None = None,
                  error: str | None = None, status: int = 200) -> Response:
    who = await console_principal(request)
    gw = _gw(request)
    store = versions(gw)
    current = await gw.io(store.current, name)
    history = await gw.io(store.history, name)
    if current is None and not history and document is None:
        raise RequestError("no such policy", code="not_found", status=404)
    if document is None:
        latest = history[0] if history else None
        base = await gw.io(store.get, latest["id"]) if latest else None
        document = base["document"] if base else (current or {}).get("document", "")
        parent_id = latest["id"] if latest else None
    return render(request, "policy_edit.html", {
        "name": name, "document": document, "note": note, "parent_id": parent_id, "current": current,
        "history": history, "robots": await gw.io(store.robots_using, name), "policy_error": error,
        "can_edit": who.role == "bureau_admin"}, status=status)


@router.get("/policies/{name}")
async def policy_page(name: str, request: Request) -> Response:
    return await _editor(request, name[:100], None)


@router.post("/policies/{name}")
async def policy_save(name: str, request: Request) -> Response:
    who = await console_principal(request)
    form = await request.form()
    document = str(form.get("document") or "")[:200_000]
    note = str(form.get("note") or "")[:500]
    parent_id = _int(form.get("parent_id"))
    if who.role != "bureau_admin":
        raise RequestError("only the bureau edits policies", code="forbidden_role", status=403)
    try:
        saved = await save_draft(_gw(request), who, name[:100], document, note, parent_id)
    except PolicyConfigError as exc:  # shown inline, with the document as typed
        return await _editor(request, name[:100], document, note, parent_id, exc.message, 400)
    return _see_other(f"/console/policy-versions/{saved['id']}")


@router.get("/policy-versions/{version_id}")
async def version_page(version_id: int, request: Request) -> Response:
    who = await console_principal(request)
    gw = _gw(request)
    found = await gw.io(versions(gw).get, version_id)
    if found is None:
        raise RequestError("no such policy version", code="not_found", status=404)
    return render(request, "policy_version.html", {
        "v": found, "replay": None, "can_edit": who.role == "bureau_admin",
        "robots": await gw.io(versions(gw).robots_using, found["name"]),
        "flash": "已发布，所有副本已重新加载 Published; every replica reloaded"
        if request.query_params.get("published") else None, "flash_kind": "ok"})


@router.post("/policy-versions/{version_id}/replay")
async def version_replay(version_id: int, request: Request) -> Response:
    who = await console_principal(request)
    if who.role != "bureau_admin":
        raise RequestError("only the bureau replays policies", code="forbidden_role", status=403)
    gw = _gw(request)
    form = await _form(request)
    days = max(1, min(_int(form.get("days"), 7) or 7, 180))
    limit = max(1, min(_int(form.get("limit"), 500) or 500, 5000))
    result = await replay_version(gw, version_id, days, limit)
    found = await gw.io(versions(gw).get, version_id)
    return render(request, "policy_version.html", {
        "v": found, "replay": result, "can_edit": True,
        "robots": await gw.io(versions(gw).robots_using, found["name"] if found else "")})


@router.post("/policy-versions/{version_id}/publish")
async def version_publish(version_id: int, request: Request) -> Response:
    who = await console_principal(request)
    if who.role != "bureau_admin":
        raise RequestError("only the bureau publishes policies", code="forbidden_role", status=403)
    await publish_version(_gw(request), who, version_id)
    return _see_other(f"/console/policy-versions/{version_id}?published=1")
