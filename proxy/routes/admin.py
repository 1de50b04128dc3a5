"""The admin API (``/admin/v1``): registry, keys, status, audit trail, policies.

Documented in the app's OpenAPI (``/openapi.json``) as the bureau's supervision
interface (measures 6.2(e)). Every route resolves a ``proxy.auth.Principal`` (a bearer
token or the console session) and applies its role: robots and exchanges are scoped
(guardian: assigned robots; department_admin: own department; bureau_admin and
auditor: all), auditors only read, and every read of decrypted transcripts is recorded
in the access log. Out-of-scope robots answer 403 (see ``proxy.auth`` on 403 vs 404).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from filters.policy import policy_json_schema
from proxy.auth import Principal, accounts, principal, require, robot_scope
from proxy.errors import ForbiddenError, PolicyConfigError, RequestError
from proxy.gateway import Gateway
from proxy.registry import change_status as apply_status
from proxy.robots import register, validate_policy_text
from proxy.routes import consents

__all__ = ["router"]

router = APIRouter(prefix="/admin/v1", tags=["admin"])


def gateway(request: Request) -> Gateway:
    gw: Gateway = request.app.state.gateway
    return gw


Who = Annotated[Principal, Depends(principal)]
Admins = Annotated[Principal, Depends(require("bureau_admin", "department_admin"))]
Bureau = Annotated[Principal, Depends(require("bureau_admin"))]
Overseers = Annotated[Principal, Depends(require("bureau_admin", "auditor"))]
Gw = Annotated[Gateway, Depends(gateway)]


async def visible_robot_ids(gw: Gateway, who: Principal) -> list[str] | None:
    """The robots ``who`` may read; None when that is every robot."""
    if who.sees_all_robots:
        return None
    if who.role == "guardian":
        return sorted(who.robot_ids)
    robots = await gw.io(gw.store.list_robots)
    return [r.robot_id for r in robots if who.can_read_robot(r.robot_id, r.department)]


async def record_transcript_read(request: Request, who: Principal, action: str, robot_id: str | None,
                                 ids: list[int]) -> None:
    """Every decrypted transcript view is recorded: who, which records, when."""
    if ids:
        gw: Gateway = request.app.state.gateway
        await gw.io(accounts(request).record_access, who.actor, who.role, action, robot_id, {"exchange_ids": ids})


class RegisterRobot(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=100)
    department: str = Field(min_length=1, max_length=100)
    type: Literal["humanoid", "digital_human", "other"] = "digital_human"
    model: str | None = Field(default=None, max_length=200)
    policy: str | None = Field(default=None, description="policy YAML; the shipped default when omitted")
    overrides: dict[str, Any] | None = None
    guardians: list[str] = Field(min_length=1, max_length=20, description="usernames of guardian accounts")
    filing_number: str = Field(min_length=1, max_length=60, description="algorithm filing number (算法备案号)")
    scenario: str | None = Field(default=None, max_length=100)
    tier: str | None = Field(default=None, max_length=40, description="the tier; must match the policy's")


class StatusChange(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: Literal["active", "suspended", "safe_mode", "terminated"]
    reason: str = Field(default="", max_length=500)


@router.get("/exchanges")
async def list_exchanges(
    request: Request,
    gw: Gw,
    who: Who,
    robot_id: str | None = None,
    action: Literal["allow", "flag", "modify", "block"] | None = None,
    before: int | None = Query(default=None, ge=1),
    limit: int = Query(default=50, ge=1, le=500),
) -> dict[str, Any]:
    scope: list[str] | None = None
    if robot_id is not None:
        await robot_scope(request, who, robot_id)
    else:
        scope = await visible_robot_ids(gw, who)
    await gw.audit.flush()  # this replica's queued records are visible at once
    rows = await gw.io(gw.store.list_exchanges, robot_id, action, before, limit, True, scope)
    await record_transcript_read(request, who, "exchanges.list", robot_id, [r["id"] for r in rows])
    return {"object": "list", "data": rows, "next_before": rows[-1]["id"] if len(rows) == limit else None}


@router.get("/exchanges/{exchange_id}")
async def get_exchange(request: Request, exchange_id: int, gw: Gw, who: Who) -> dict[str, Any]:
    row = await gw.io(gw.store.get_exchange, exchange_id)
    robot_id = row.get("robot_id") if row is not None else None
    if robot_id is not None:
        await robot_scope(request, who, robot_id)
    elif not who.sees_all_robots:
        raise ForbiddenError("you may not access this record", code="forbidden_robot")
    if row is None:
        raise RequestError("no such exchange", code="not_found", status=404)
    await record_transcript_read(request, who, "exchange.read", robot_id, [exchange_id])
    return row


@router.get("/robots")
async def list_robots(gw: Gw, who: Who) -> dict[str, Any]:
    robots = await gw.io(gw.store.list_robots)
    return {"object": "list", "data": [r.public() | {"status": gw.status_of(r)} for r in robots
                                       if who.can_read_robot(r.robot_id, r.department)]}


@router.post("/robots", status_code=201)
async def register_robot(body: RegisterRobot, gw: Gw, who: Admins) -> dict[str, Any]:
    """Registers in status ``registered``: run the onboarding assessment, then activate."""
    if not who.can_administer(body.department.strip()):
        raise ForbiddenError("a department admin registers robots of their own department", code="forbidden_role")
    robot, key = await gw.io(
        lambda: register(gw.store, gw.settings, body.name, body.department, body.type, body.model,
                         body.policy, body.overrides, who.actor, gw.models, guardians=body.guardians,
                         filing_number=body.filing_number, scenario=body.scenario, tier=body.tier,
                         status="registered")
    )
    return {"robot_id": robot.robot_id, "api_key": key, "robot": robot.public()}


@router.get("/robots/{robot_id}")
async def get_robot(request: Request, robot_id: str, gw: Gw, who: Who) -> dict[str, Any]:
    robot = await robot_scope(request, who, robot_id)
    events = await gw.io(gw.store.robot_events, robot_id)
    guardians = await gw.io(accounts(request).guardians_of, robot_id)
    return robot.public() | {"status": gw.status_of(robot), "events": events,
                             "guardians": [g.username for g in guardians]}


@router.post("/robots/{robot_id}/status")
async def change_status(request: Request, robot_id: str, body: StatusChange, gw: Gw, who: Who) -> dict[str, Any]:
    """Pause (``suspended``), safe mode, resume (``active``) or terminate; see ``proxy.lifecycle``."""
    robot = await robot_scope(request, who, robot_id, manage=True)
    return await apply_status(gw, who, robot, body.status, body.reason)


@router.post("/robots/{robot_id}/keys", status_code=201)
async def create_key(request: Request, robot_id: str, gw: Gw, who: Who) -> dict[str, Any]:
    robot = await robot_scope(request, who, robot_id, administer=True)
    if robot.status == "terminated":
        raise RequestError("the robot is terminated", code="robot_terminated", status=409)
    return {"robot_id": robot_id, "api_key": await gw.io(gw.store.create_key, robot_id)}


@router.delete("/robots/{robot_id}/keys")
async def revoke_keys(request: Request, robot_id: str, gw: Gw, who: Who) -> dict[str, Any]:
    await robot_scope(request, who, robot_id, administer=True)
    return {"robot_id": robot_id, "revoked": await gw.revoke_keys(robot_id)}


@router.delete("/subjects/{subject}")
async def erase_subject(subject: str, gw: Gw, who: Bureau) -> dict[str, Any]:
    """Erase a data subject (PIPL deletion): every consent is withdrawn and the subject's data
    key destroyed, so their stored transcripts become unreadable (``proxy.routes.consents``)."""
    out = await consents.erase_subject(gw, subject, who.actor)
    return {"destroyed": out["key_destroyed"], "consents_withdrawn": out["consents_withdrawn"]}


@router.get("/audit/verify")
async def verify_audit(gw: Gw, who: Overseers, robot_id: str | None = None) -> dict[str, Any]:
    """Recompute the tamper-evident hash chains; lists the first broken record of each chain."""
    await gw.audit.flush()
    checked, breaks = await gw.io(gw.store.verify_chains, robot_id)
    return {"checked": checked, "intact": not breaks,
            "breaks": [{"chain": b.chain, "seq": b.seq, "record_id": b.record_id, "problem": b.problem}
                       for b in breaks]}


@router.post("/policies/validate")
async def validate_policy(request: Request, gw: Gw, who: Admins) -> dict[str, Any]:
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
async def policy_schema(who: Who) -> dict[str, Any]:
    return policy_json_schema()


@router.post("/reload")
async def reload_policies(gw: Gw, who: Bureau) -> dict[str, Any]:
    await gw.reload()
    return {"reloaded": True}
