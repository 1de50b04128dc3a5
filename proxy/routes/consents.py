"""Consent registry and data-subject rights over HTTP (PIPL; measures 2.5.2.3, 7.3).

Vendor API (the robot's API key, ``Authorization: Bearer jh-...``), acting for the
citizen in front of the robot; ``subject`` is the pseudonymous id the vendor also sends
as the chat request's ``user``:

    POST   /v1/consents                     grant (201) or renew (200) a consent
    GET    /v1/consents?subject=S           the subject's consents this robot sees
    DELETE /v1/consents/{id}                withdraw one consent
    POST   /v1/consents/withdraw            withdraw all (or one purpose's) consents of a subject
    GET    /v1/subjects/{S}/export          everything this robot holds about S (the subject's request)
    DELETE /v1/subjects/{S}                 erase S (crypto-shredding), if only this department holds S

Admin API (``proxy.auth`` roles): ``GET|POST /admin/v1/consents``,
``DELETE /admin/v1/consents/{id}``, ``GET /admin/v1/subjects/{S}/export``; erasure is
``DELETE /admin/v1/subjects/{S}`` in ``proxy.routes.admin``, which calls
:func:`erase_subject` here. Reading (list, export) is for ``bureau_admin``, ``auditor``
(oversight: read, never change) and ``department_admin`` (their department's robots and
department consents only); an export that decrypts transcripts is also written to the
access log. Granting and withdrawing are for ``bureau_admin`` and the department admin
of the consent's department; another department's admin gets 403 whether or not the
consent exists (only the bureau gets 404 for an unknown id). Guardians oversee robots,
not citizens' consent records: 403.

Decisions on bad input (all refusals of a well-formed request are audited in
``consent_events``): a purpose the robot's policy does not list is 400
``purpose_not_in_policy`` naming it; an expiry in the past 400 ``consent_expired``;
beyond the policy's ``max_lifetime_days`` 400 ``consent_too_long``; a second grant for
the same subject, scope and purpose while one is current renews it (200,
``renewed: true``); a subject with nothing stored exports as ``held: false`` (200: "we
hold nothing about you" is an answer); withdrawing when nothing is current answers an
empty list. Withdrawal and erasure work for a suspended robot's key too (rights do not
depend on the robot being in service); granting needs a robot in service.

Vendors may relay an erasure request (PIPL art. 47 obliges the handler to delete on the
subject's request), but the subject's data key is shared by every robot that served
that id; when records of the subject are held outside the robot's department the
vendor gets 409 ``erasure_needs_admin`` and the bureau decides.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator
from starlette.responses import JSONResponse

from filters.personalization import PURPOSE_NAME, ConsentPolicy
from proxy import shredding
from proxy.auth import Principal, require
from proxy.errors import AuthError, ForbiddenError, RequestError
from proxy.gateway import SERVABLE, Gateway, RobotRuntime
from proxy.storage.accounts import AccountStore
from proxy.storage.consents import ConsentStore, Visibility
from proxy.storage.store import RobotRecord

__all__ = ["admin_router", "erase_subject", "vendor_router"]

vendor_router = APIRouter(prefix="/v1", tags=["consents (vendor)"])
admin_router = APIRouter(prefix="/admin/v1", tags=["admin"])

SUBJECT = Field(min_length=1, max_length=256, description="the pseudonymous subject id (the chat request's `user`)")
CODE = r"^[a-z][a-z0-9_]{0,31}$"
REQUEST_REF = Query(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9._:-]+$",
                    description="reference of the subject's request (ticket number), recorded in the audit trail")


def gateway(request: Request) -> Gateway:
    gw: Gateway = request.app.state.gateway
    return gw


Gw = Annotated[Gateway, Depends(gateway)]


def registry(gw: Gateway) -> ConsentStore:
    if gw.consents.registry is None:
        raise RequestError("encryption is not configured", code="no_cipher", status=409)
    return gw.consents.registry


class GrantBase(BaseModel):
    model_config = ConfigDict(extra="forbid")
    subject: str = SUBJECT
    purpose: str = Field(pattern=PURPOSE_NAME,
                         description="a purpose listed in the robot's policy (`consent.purposes`)")
    expires_at: AwareDatetime | None = Field(default=None, description="absolute expiry (with time zone)")
    ttl_days: int | None = Field(default=None, ge=1, le=3650, description="or a lifetime in days")
    channel: str = Field(pattern=CODE, description="how consent was given: kiosk_touch, voice, app, paper, ...")
    evidence: str | None = Field(default=None, max_length=2000,
                                 description="reference to the consent record; encrypted under the subject's key")

    @model_validator(mode="after")
    def _one_expiry(self) -> GrantBase:
        if self.expires_at is not None and self.ttl_days is not None:
            raise ValueError("give expires_at or ttl_days, not both")
        return self


class VendorGrant(GrantBase):
    scope: Literal["robot", "department"] = "robot"


class AdminGrant(GrantBase):
    robot_id: str | None = Field(default=None, max_length=32, description="robot scope")
    department: str | None = Field(default=None, max_length=100, description="or department scope")

    @model_validator(mode="after")
    def _one_scope(self) -> AdminGrant:
        if (self.robot_id is None) == (self.department is None):
            raise ValueError("give exactly one of robot_id and department")
        return self


class Withdraw(BaseModel):
    model_config = ConfigDict(extra="forbid")
    subject: str = SUBJECT
    purpose: str | None = Field(default=None, pattern=PURPOSE_NAME)
    reason: str = Field(default="subject_request", pattern=CODE)


# -- helpers -----------------------------------------------------------------------------------

def _expiry(body: GrantBase, lifetimes: ConsentPolicy) -> datetime:
    now = datetime.now(UTC)
    if body.expires_at is not None:
        expires = body.expires_at.astimezone(UTC)
    else:
        expires = now + timedelta(days=body.ttl_days or lifetimes.default_lifetime_days)
    if expires <= now:
        raise RequestError("the consent's expiry is in the past", code="consent_expired", param="expires_at")
    if expires > now + timedelta(days=lifetimes.max_lifetime_days, minutes=5):
        raise RequestError(f"a consent may last at most {lifetimes.max_lifetime_days} days under this policy",
                           code="consent_too_long", param="expires_at")
    return expires


async def _refused(gw: Gateway, subject: str, actor: str, robot_id: str | None, exc: RequestError,
                   purpose: str) -> RequestError:
    await gw.io(lambda: registry(gw).record_event(subject, "consent.grant_refused", actor, robot_id,
                                                  code=exc.code, purpose=purpose))
    return exc


async def _grant(gw: Gateway, body: GrantBase, lifetimes: ConsentPolicy, scope: Literal["robot", "department"],
                 robot_id: str | None, department: str, actor: str, acting_robot: str | None) -> dict[str, Any]:
    reg = registry(gw)
    try:
        expires = _expiry(body, lifetimes)
    except RequestError as exc:
        raise await _refused(gw, body.subject, actor, acting_robot, exc, body.purpose) from None
    record, renewed = await gw.io(lambda: reg.grant(body.subject, body.purpose, scope, robot_id, department, expires,
                                                    body.channel, body.evidence, actor, acting_robot))
    await gw.consents.announce(await gw.io(reg.slot, body.subject))
    return record.public() | {"renewed": renewed}


def _purpose_error(purpose: str, allowed: list[str]) -> RequestError:
    names = ", ".join(allowed) or "none"
    return RequestError(f"purpose '{purpose}' is not in the policy (allowed: {names})",
                        code="purpose_not_in_policy", param="purpose")


async def vendor_robot(request: Request) -> RobotRecord:
    """The robot of the key, whatever its status (rights do not wait for service). A
    dependency, so a bad key is 401 before the body is read."""
    gw: Gateway = request.app.state.gateway
    header = request.headers.get("authorization") or ""
    if not header.startswith("Bearer ") or len(header) < 12:
        raise AuthError("missing API key: send 'Authorization: Bearer <key>'", code="missing_api_key")
    return await gw.robot_for_key(header[7:].strip())


async def serving_robot(request: Request) -> RobotRuntime:
    """The robot of the key, which must be in service (to collect new consents)."""
    gw: Gateway = request.app.state.gateway
    return await gw.authenticate(request.headers.get("authorization"))


Vendor = Annotated[RobotRecord, Depends(vendor_robot)]
Serving = Annotated[RobotRuntime, Depends(serving_robot)]


def _vendor_view(robot: RobotRecord) -> Visibility:
    return Visibility(robot_id=robot.robot_id, department=robot.department, robot_ids=frozenset({robot.robot_id}))


# -- vendor ------------------------------------------------------------------------------------

@vendor_router.post("/consents", status_code=201)
async def vendor_grant(rt: Serving, body: VendorGrant, gw: Gw) -> Any:
    """Record the subject's consent to a purpose for this robot (or its department)."""
    robot, policy = rt.robot, rt.policy.consent
    actor = f"robot:{robot.robot_id}"
    if policy.purpose(body.purpose) is None:
        raise await _refused(gw, body.subject, actor, robot.robot_id,
                             _purpose_error(body.purpose, [p.name for p in policy.purposes]), body.purpose)
    out = await _grant(gw, body, policy, body.scope, robot.robot_id, robot.department, actor, robot.robot_id)
    if out["renewed"]:
        return JSONResponse(out, status_code=200)
    return out


@vendor_router.get("/consents")
async def vendor_list(robot: Vendor, gw: Gw, subject: Annotated[str, Query(min_length=1, max_length=256)],
                      include_inactive: bool = True) -> dict[str, Any]:
    records = await gw.io(registry(gw).list_consents, subject, _vendor_view(robot), None, include_inactive)
    return {"object": "list", "data": [r.public() for r in records]}


@vendor_router.delete("/consents/{consent_id}")
async def vendor_withdraw_one(consent_id: str, robot: Vendor, gw: Gw,
                              reason: Annotated[str, Query(pattern=CODE)] = "subject_request") -> dict[str, Any]:
    reg = registry(gw)
    found = await gw.io(reg.get, consent_id)
    visible = found is not None and (
        (found[0].scope == "robot" and found[0].robot_id == robot.robot_id)
        or (found[0].scope == "department" and found[0].department == robot.department))
    if not visible:
        raise RequestError("no such consent", code="consent_not_found", status=404)
    done = await gw.io(reg.withdraw, consent_id, f"robot:{robot.robot_id}", reason, robot.robot_id)
    assert done is not None  # noqa: S101 - consents are never deleted
    await gw.consents.announce(done[1])
    return done[0].public()


@vendor_router.post("/consents/withdraw")
async def vendor_withdraw(robot: Vendor, body: Withdraw, gw: Gw) -> dict[str, Any]:
    """Withdraw every current consent of the subject this robot sees (or one purpose's)."""
    done, slot = await gw.io(lambda: registry(gw).withdraw_matching(
        body.subject, _vendor_view(robot), body.purpose, f"robot:{robot.robot_id}", body.reason, robot.robot_id))
    await gw.consents.announce(slot)
    return {"object": "list", "data": [r.public() for r in done]}


@vendor_router.get("/subjects/{subject}/export")
async def vendor_export(subject: str, robot: Vendor, gw: Gw, request_ref: Annotated[str, REQUEST_REF],
                        before: Annotated[int | None, Query(ge=1)] = None,
                        limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> dict[str, Any]:
    """Everything this robot holds about the subject (PIPL art. 45), on the subject's request."""
    await gw.audit.flush()
    reg = registry(gw)
    out = await gw.io(reg.export, subject, _vendor_view(robot), before, limit)
    await gw.io(lambda: reg.record_event(subject, "subject.exported", f"robot:{robot.robot_id}", robot.robot_id,
                                         request_ref=request_ref, exchanges=len(out["exchanges"])))
    return out


@vendor_router.delete("/subjects/{subject}")
async def vendor_erase(subject: str, robot: Vendor, gw: Gw,
                       request_ref: Annotated[str, REQUEST_REF]) -> dict[str, Any]:
    """Erase the subject (PIPL art. 47) when only this robot's department holds records of them."""
    await gw.audit.flush()
    reg = registry(gw)
    actor = f"robot:{robot.robot_id}"
    holders = await gw.io(reg.holders, subject)
    departments = await gw.io(reg.consent_departments, subject)
    others: set[str] = {d for d in departments if d != robot.department}
    for robot_id in holders - {robot.robot_id}:
        other = await gw.io(gw.store.get_robot, robot_id)
        if other is None or other.department != robot.department:
            others.add("?")
    if others:
        await gw.io(lambda: reg.record_event(subject, "subject.erase_refused", actor, robot.robot_id,
                                             request_ref=request_ref, code="erasure_needs_admin"))
        raise RequestError("records of this subject are held outside this robot's department; "
                           "the bureau must erase them (DELETE /admin/v1/subjects/{subject})",
                           code="erasure_needs_admin", status=409)
    return await erase_subject(gw, subject, actor, robot.robot_id, request_ref=request_ref)


async def erase_subject(gw: Gateway, subject: str, actor: str, acting_robot: str | None = None,
                        **detail: Any) -> dict[str, Any]:
    """Withdraw every consent, destroy the data key, announce; for both APIs and the CLI path."""
    reg = registry(gw)
    await gw.audit.flush()  # queued records of the subject are written (and so shredded) too
    out = await gw.io(lambda: reg.erase(subject, actor, acting_robot, **detail))
    slot = await gw.io(reg.slot, subject)
    # every replica drops the destroyed key from its cache now, not after the cache TTL
    await shredding.announce(gw, slots=(slot,))
    await gw.consents.announce(slot)
    return out


# -- admin -------------------------------------------------------------------------------------

Reader = Annotated[Principal, Depends(require("bureau_admin", "department_admin", "auditor"))]
Writer = Annotated[Principal, Depends(require("bureau_admin", "department_admin"))]


async def _admin_view(gw: Gateway, who: Principal) -> Visibility:
    if who.sees_all_robots:
        return Visibility.everything()
    robots = await gw.io(gw.store.list_robots)
    mine = frozenset(r.robot_id for r in robots if r.department == who.department)
    return Visibility(department=who.department or "", robot_ids=mine)


@admin_router.get("/consents")
async def admin_list(gw: Gw, who: Reader, subject: Annotated[str, Query(min_length=1, max_length=256)],
                     include_inactive: bool = True) -> dict[str, Any]:
    records = await gw.io(registry(gw).list_consents, subject, await _admin_view(gw, who), None, include_inactive)
    return {"object": "list", "data": [r.public() for r in records]}


async def _department_lifetimes(gw: Gateway, department: str, purpose: str) -> ConsentPolicy:
    """The strictest consent policy among the department's robots that list ``purpose``."""
    robots = [r for r in await gw.io(gw.store.list_robots) if r.department == department and r.status != "terminated"]
    if not robots:
        raise RequestError("no robot serves this department", code="unknown_department", status=404,
                           param="department")
    found: list[ConsentPolicy] = []
    allowed: set[str] = set()
    for robot in robots:
        policy = (await gw.io(gw.pipeline_for, robot)).policy.consent
        allowed |= {p.name for p in policy.purposes}
        if policy.purpose(purpose) is not None:
            found.append(policy)
    if not found:
        raise _purpose_error(purpose, sorted(allowed))
    return min(found, key=lambda p: p.max_lifetime_days)


@admin_router.post("/consents", status_code=201)
async def admin_grant(body: AdminGrant, gw: Gw, who: Writer) -> dict[str, Any]:
    """Record a consent given at a counter or on paper, for one robot or a department."""
    if body.robot_id is not None:
        robot = await gw.io(gw.store.get_robot, body.robot_id)
        if robot is None:
            raise RequestError("no such robot", code="not_found", status=404, param="robot_id")
        department = robot.department
    else:
        robot, department = None, str(body.department)
    if not who.can_administer(department):
        raise ForbiddenError("you may not administer this department", code="forbidden_department")
    try:
        if robot is not None:
            if robot.status not in SERVABLE:
                raise RequestError(f"robot {robot.robot_id} is {robot.status}", code=f"robot_{robot.status}",
                                   status=409)
            lifetimes = (await gw.io(gw.pipeline_for, robot)).policy.consent
            if lifetimes.purpose(body.purpose) is None:
                raise _purpose_error(body.purpose, [p.name for p in lifetimes.purposes])
        else:
            lifetimes = await _department_lifetimes(gw, department, body.purpose)
    except RequestError as exc:
        raise await _refused(gw, body.subject, who.actor, body.robot_id, exc, body.purpose) from None
    scope: Literal["robot", "department"] = "robot" if robot is not None else "department"
    return await _grant(gw, body, lifetimes, scope, body.robot_id, department, who.actor, body.robot_id)


@admin_router.delete("/consents/{consent_id}")
async def admin_withdraw(consent_id: str, gw: Gw, who: Writer,
                         reason: Annotated[str, Query(pattern=CODE)] = "subject_request") -> dict[str, Any]:
    reg = registry(gw)
    found = await gw.io(reg.get, consent_id)
    if found is None or not who.can_administer(found[0].department or ""):
        # Only the bureau, which administers every department, may learn that an id does not
        # exist; a department admin gets the same 403 for another department's consent as for
        # none at all (the rule of ``proxy.auth.robot_scope``).
        if who.role != "bureau_admin":
            raise ForbiddenError("you may not administer this consent", code="forbidden_department")
        raise RequestError("no such consent", code="consent_not_found", status=404)
    done = await gw.io(reg.withdraw, consent_id, who.actor, reason, found[0].robot_id)
    assert done is not None  # noqa: S101 - consents are never deleted
    await gw.consents.announce(done[1])
    return done[0].public()


@admin_router.get("/subjects/{subject}/export")
async def admin_export(subject: str, gw: Gw, who: Reader,
                       before: Annotated[int | None, Query(ge=1)] = None,
                       limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> dict[str, Any]:
    """Everything stored about the subject that the caller may see (decrypted; the read is audited)."""
    await gw.audit.flush()
    reg = registry(gw)
    out = await gw.io(reg.export, subject, await _admin_view(gw, who), before, limit)
    await gw.io(lambda: reg.record_event(subject, "subject.exported", who.actor, None, role=who.role,
                                         exchanges=len(out["exchanges"])))
    if out["exchanges"]:  # decrypted transcripts: on the access log like every transcript view
        await gw.io(AccountStore(gw.store.engine).record_access, who.actor, who.role, "subject.exported", None,
                    {"exchange_ids": [x["id"] for x in out["exchanges"]]})
    return out
