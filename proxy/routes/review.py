"""Admin API for the review queue (measures 6.4(a)), transcripts, labels and complaints.

    GET  /admin/v1/review/queue                       the caller's queue: severity, then age
    GET  /admin/v1/review/items/{id}                  one item with its history
    POST /admin/v1/review/items/{id}/labels           {verdict, severity?, note?}
    POST /admin/v1/review/items/{id}/escalate         {level: department|bureau, note?}
    POST /admin/v1/review/items/{id}/resolve          {note?}
    GET  /admin/v1/review/exchanges/{id}              transcript in context (decrypted, recorded)
    POST /admin/v1/review/exchanges/{id}/labels       label any exchange (e.g. a missed harm)
    GET  /admin/v1/review/labels/export               JSONL data set, personal data pseudonymized
    GET  /admin/v1/complaints                         complaints in the caller's scope

Rules in ``proxy.review``: reading needs the robot in the caller's scope; changing
needs ``can_manage_robot`` (auditors read only).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from proxy.auth import Principal, principal, require
from proxy.gateway import Gateway
from proxy.label_export import Pseudonymizer, export_lines
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
from proxy.storage.accounts import AccountStore
from proxy.storage.review import QueueFilter

__all__ = ["router"]

router = APIRouter(prefix="/admin/v1", tags=["review"])


def gateway(request: Request) -> Gateway:
    gw: Gateway = request.app.state.gateway
    return gw


Gw = Annotated[Gateway, Depends(gateway)]
Who = Annotated[Principal, Depends(principal)]
Exporter = Annotated[Principal, Depends(require("bureau_admin", "department_admin", "guardian", "auditor"))]


class LabelBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    verdict: Literal["correct", "false_positive", "missed"]
    severity: int | None = Field(default=None, ge=1, le=4)
    note: str | None = Field(default=None, max_length=2000)


class EscalateBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    level: Literal["department", "bureau"]
    note: str | None = Field(default=None, max_length=2000)


class ResolveBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    note: str | None = Field(default=None, max_length=2000)


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


@router.get("/review/queue")
async def review_queue(
    gw: Gw,
    who: Who,
    robot_id: str | None = Query(default=None, max_length=32),
    category: str | None = Query(default=None, max_length=60),
    status: Literal["open", "escalated", "resolved", "all"] | None = None,
    escalation: Literal["department", "bureau"] | None = None,
    source: Literal["exchange", "complaint", "anomaly", "manual"] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = Query(default=50, ge=1, le=500),
    offset: int = Query(default=0, ge=0),
) -> dict[str, Any]:
    """Open and escalated items by default; ``status=all`` includes resolved ones."""
    await gw.audit.flush()
    f = QueueFilter(robot_id, category, status, escalation, source, _utc(since), _utc(until), limit, offset)
    items, total = await gw.io(reviews(gw).queue, scope_of(who), f)
    return {"object": "list", "data": items, "total": total}


@router.get("/review/items/{item_id}")
async def review_item(item_id: int, gw: Gw, who: Who) -> dict[str, Any]:
    return await load_item(gw, who, item_id)


@router.post("/review/items/{item_id}/labels")
async def label(item_id: int, body: LabelBody, gw: Gw, who: Who) -> dict[str, Any]:
    return await label_item(gw, who, item_id, body.verdict, body.severity, body.note)


@router.post("/review/items/{item_id}/escalate")
async def escalate(item_id: int, body: EscalateBody, gw: Gw, who: Who) -> dict[str, Any]:
    return await escalate_item(gw, who, item_id, body.level, body.note)


@router.post("/review/items/{item_id}/resolve")
async def resolve(item_id: int, body: ResolveBody, gw: Gw, who: Who) -> dict[str, Any]:
    return await resolve_item(gw, who, item_id, body.note)


@router.get("/review/exchanges/{exchange_id}")
async def transcript(exchange_id: int, gw: Gw, who: Who) -> dict[str, Any]:
    """The exchange with earlier turns of the same citizen, decisions and spans. Recorded."""
    return await view_transcript(gw, who, exchange_id, via="api")


@router.post("/review/exchanges/{exchange_id}/labels")
async def label_any_exchange(exchange_id: int, body: LabelBody, gw: Gw, who: Who) -> dict[str, Any]:
    return await label_exchange(gw, who, exchange_id, body.verdict, body.severity, body.note)


@router.get("/review/labels/export")
async def export_labels(
    gw: Gw,
    who: Exporter,
    robot_id: str | None = Query(default=None, max_length=32),
    since: datetime | None = None,
    until: datetime | None = None,
) -> StreamingResponse:
    """``application/x-ndjson``; the export is recorded in the access log."""
    labels = await gw.io(reviews(gw).labels, scope_of(who), robot_id, _utc(since), _utc(until))
    await gw.io(AccountStore(gw.store.engine).record_access, who.actor, who.role, "labels_exported", robot_id,
                {"labels": len(labels)})

    def build() -> list[bytes]:
        return list(export_lines(labels, gw.store.get_exchange, Pseudonymizer()))

    lines = await gw.io(build)
    return StreamingResponse(iter(lines), media_type="application/x-ndjson",
                             headers={"content-disposition": 'attachment; filename="jianhu-labels.jsonl"'})


@router.get("/complaints")
async def list_complaints(
    gw: Gw,
    who: Who,
    robot_id: str | None = Query(default=None, max_length=32),
    status: Literal["open", "resolved"] | None = None,
    limit: int = Query(default=100, ge=1, le=500),
) -> dict[str, Any]:
    rows = await gw.io(reviews(gw).complaints, scope_of(who), robot_id, status, limit)
    if rows:
        await gw.io(AccountStore(gw.store.engine).record_access, who.actor, who.role, "complaints_viewed",
                    robot_id, {"complaints": [r["id"] for r in rows]})
    return {"object": "list", "data": rows}
