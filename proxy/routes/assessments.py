"""Admin API for assessment reports (measures 4.3, 4.4).

    GET /admin/v1/robots/{id}/assessment?from=&to=   generate (and store) the report, JSON
    GET /admin/v1/assessments                        stored reports in the caller's scope
    GET /admin/v1/assessments/{report_id}            one stored report

The period defaults to the last 30 days; ``to`` is exclusive. Anyone who may read the
robot may generate its report (auditors included: the report holds no transcript).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy import select

from proxy.assessment import build_report, load_rules
from proxy.auth import Principal, principal, robot_scope
from proxy.errors import RequestError
from proxy.gateway import Gateway
from proxy.review import reviews, scope_of
from proxy.storage import tables as t

__all__ = ["generate", "router"]

router = APIRouter(prefix="/admin/v1", tags=["assessments"])
MAX_DAYS = 366


def gateway(request: Request) -> Gateway:
    gw: Gateway = request.app.state.gateway
    return gw


Gw = Annotated[Gateway, Depends(gateway)]
Who = Annotated[Principal, Depends(principal)]


def _period(since: datetime | None, until: datetime | None) -> tuple[datetime, datetime]:
    until = until or datetime.now(UTC)
    until = until if until.tzinfo is not None else until.replace(tzinfo=UTC)
    since = since or until - timedelta(days=30)
    since = since if since.tzinfo is not None else since.replace(tzinfo=UTC)
    if since >= until:
        raise RequestError("'from' must be before 'to'", code="invalid_request", param="from")
    if until - since > timedelta(days=MAX_DAYS):
        raise RequestError(f"a report covers at most {MAX_DAYS} days", code="invalid_request", param="from")
    return since, until


async def generate(request: Request, gw: Gateway, who: Principal, robot_id: str, since: datetime | None,
                   until: datetime | None) -> dict[str, Any]:
    robot = await robot_scope(request, who, robot_id)
    start, end = _period(since, until)
    await gw.audit.flush()
    rules = load_rules(gw.settings.config_dir)
    store = reviews(gw)
    report = await gw.io(build_report, gw.store.engine, store, robot.robot_id, start, end, rules)
    report["robot_name"] = robot.name
    report["department"] = robot.department
    report["id"] = await gw.io(store.save_assessment, robot.robot_id, start, end, report["grade"], report, who.actor)
    return report


@router.get("/robots/{robot_id}/assessment")
async def robot_assessment(
    robot_id: str, request: Request, gw: Gw, who: Who,
    since: Annotated[datetime | None, Query(alias="from")] = None,
    until: Annotated[datetime | None, Query(alias="to")] = None,
) -> dict[str, Any]:
    return await generate(request, gw, who, robot_id, since, until)


@router.get("/assessments")
async def list_assessments(gw: Gw, who: Who, robot_id: str | None = Query(default=None, max_length=32),
                           limit: int = Query(default=100, ge=1, le=500)) -> dict[str, Any]:
    return {"object": "list", "data": await gw.io(reviews(gw).assessments, scope_of(who), robot_id, limit)}


@router.get("/assessments/{report_id}")
async def get_assessment(report_id: int, request: Request, gw: Gw, who: Who) -> dict[str, Any]:
    def load() -> Any:
        with gw.store.engine.connect() as conn:
            return conn.execute(select(t.assessments.c.robot_id, t.assessments.c.report)
                                .where(t.assessments.c.id == report_id)).first()

    row = await gw.io(load)
    if row is None:
        raise RequestError("no such report", code="not_found", status=404)
    await robot_scope(request, who, row.robot_id)
    return dict(row.report) | {"id": report_id}
