"""The admin API (``/admin/v1``): registry, keys, status, audit trail, policies.

Documented in the app's OpenAPI (``/openapi.json``) as the bureau's supervision
interface (measures 6.2(e)). Access in this version is a bootstrap admin token
(``jianhu admin token create``), sent as ``Authorization: Bearer <token>``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from filters.policy import policy_json_schema
from proxy.errors import AuthError, PolicyConfigError, RequestError
from proxy.gateway import Gateway
from proxy.robots import register, validate_policy_text

__all__ = ["router"]

router = APIRouter(prefix="/admin/v1", tags=["admin"])


def gateway(request: Request) -> Gateway:
    gw: Gateway = request.app.state.gateway
    return gw


async def admin(request: Request, gw: Annotated[Gateway, Depends(gateway)]) -> str:
    header = request.headers.get("authorization") or ""
    if not header.startswith("Bearer "):
        raise AuthError("missing admin token", code="missing_admin_token")
    name = await gw.io(gw.store.admin_token_name, header[7:].strip())
    if name is None:
        raise AuthError("invalid admin token", code="invalid_admin_token")
    return f"admin:{name}"


Admin = Annotated[str, Depends(admin)]
Gw = Annotated[Gateway, Depends(gateway)]


class RegisterRobot(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=100)
    department: str = Field(min_length=1, max_length=100)
    type: Literal["humanoid", "digital_human", "other"] = "digital_human"
    model: str | None = Field(default=None, max_length=200)
    policy: str | None = Field(default=None, description="policy YAML; the shipped default when omitted")
    overrides: dict[str, Any] | None = None


class StatusChange(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: Literal["active", "suspended", "safe_mode", "terminated"]
    reason: str = Field(default="", max_length=500)


@router.get("/exchanges")
async def list_exchanges(
    gw: Gw,
    actor: Admin,
    robot_id: str | None = None,
    action: Literal["allow", "flag", "modify", "block"] | None = None,
    before: int | None = Query(default=None, ge=1),
    limit: int = Query(default=50, ge=1, le=500),
) -> dict[str, Any]:
    await gw.audit.flush()  # this replica's queued records are visible at once
    rows = await gw.io(gw.store.list_exchanges, robot_id, action, before, limit)
    return {"object": "list", "data": rows, "next_before": rows[-1]["id"] if len(rows) == limit else None}


@router.get("/exchanges/{exchange_id}")
async def get_exchange(exchange_id: int, gw: Gw, actor: Admin) -> dict[str, Any]:
    row = await gw.io(gw.store.get_exchange, exchange_id)
    if row is None:
        raise RequestError("no such exchange", code="not_found", status=404)
    return row


@router.get("/robots")
async def list_robots(gw: Gw, actor: Admin) -> dict[str, Any]:
    robots = await gw.io(gw.store.list_robots)
    return {"object": "list", "data": [r.public() | {"status": gw.status_of(r)} for r in robots]}


@router.post("/robots", status_code=201)
async def register_robot(body: RegisterRobot, gw: Gw, actor: Admin) -> dict[str, Any]:
    robot, key = await gw.io(
        lambda: register(gw.store, gw.settings, body.name, body.department, body.type, body.model,
                         body.policy, body.overrides, actor, gw.models)
    )
    return {"robot_id": robot.robot_id, "api_key": key, "robot": robot.public()}


@router.get("/robots/{robot_id}")
async def get_robot(robot_id: str, gw: Gw, actor: Admin) -> dict[str, Any]:
    robot = await gw.io(gw.store.get_robot, robot_id)
    if robot is None:
        raise RequestError("no such robot", code="not_found", status=404)
    events = await gw.io(gw.store.robot_events, robot_id)
    return robot.public() | {"status": gw.status_of(robot), "events": events}


@router.post("/robots/{robot_id}/status")
async def change_status(robot_id: str, body: StatusChange, gw: Gw, actor: Admin) -> dict[str, Any]:
    robot = await gw.set_status(robot_id, body.status, actor, body.reason)
    if robot is None:
        raise RequestError("no such robot", code="not_found", status=404)
    return robot.public()


@router.post("/robots/{robot_id}/keys", status_code=201)
async def create_key(robot_id: str, gw: Gw, actor: Admin) -> dict[str, Any]:
    if await gw.io(gw.store.get_robot, robot_id) is None:
        raise RequestError("no such robot", code="not_found", status=404)
    return {"robot_id": robot_id, "api_key": await gw.io(gw.store.create_key, robot_id)}


@router.delete("/robots/{robot_id}/keys")
async def revoke_keys(robot_id: str, gw: Gw, actor: Admin) -> dict[str, Any]:
    return {"robot_id": robot_id, "revoked": await gw.revoke_keys(robot_id)}


@router.delete("/subjects/{subject}")
async def erase_subject(subject: str, gw: Gw, actor: Admin) -> dict[str, Any]:
    """Crypto-shred a data subject (PIPL deletion): their stored transcripts become unreadable."""
    if gw.store.cipher is None:
        raise RequestError("encryption is not configured", code="no_cipher", status=409)
    destroyed = await gw.io(gw.store.cipher.keys.destroy, subject)
    return {"destroyed": destroyed}


@router.get("/audit/verify")
async def verify_audit(gw: Gw, actor: Admin, robot_id: str | None = None) -> dict[str, Any]:
    """Recompute the tamper-evident hash chains; lists the first broken record of each chain."""
    await gw.audit.flush()
    checked, breaks = await gw.io(gw.store.verify_chains, robot_id)
    return {"checked": checked, "intact": not breaks,
            "breaks": [{"chain": b.chain, "seq": b.seq, "record_id": b.record_id, "problem": b.problem}
                       for b in breaks]}


@router.post("/policies/validate")
async def validate_policy(request: Request, gw: Gw, actor: Admin) -> dict[str, Any]:
    """Validates a policy YAML document sent as the raw request body."""
    raw = await request.body()
    try:
        document = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RequestError("the policy is not valid UTF-8", code="invalid_policy") from exc
    try:
        policy = validate_policy_text(document, gw.settings)
    except PolicyConfigError as exc:
        return {"valid": False, "error": exc.message}
    return {"valid": True, "version": policy.version(), "policy": policy.model_dump(mode="json")}


@router.get("/policies/schema")
async def policy_schema(actor: Admin) -> dict[str, Any]:
    return policy_json_schema()


@router.post("/reload")
async def reload_policies(gw: Gw, actor: Admin) -> dict[str, Any]:
    await gw.reload()
    return {"reloaded": True}
