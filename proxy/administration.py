"""Account, guardian and legal-hold operations shared by the admin API and the console.

``proxy.routes.registry_api`` (JSON) and ``proxy.routes.console_users`` /
``proxy.routes.console_robot_admin`` (HTML forms) call these functions, so both faces
apply the same role rules, the same validation and record the same robot events. Each
function takes the acting ``Principal``; functions about a robot take a robot the caller
has already scoped with ``proxy.auth.robot_scope`` (``administer=True`` for guardians).

Role rules (the API's ``require(...)`` dependencies say the same; checking here too
keeps the console from drifting):

    create_user        bureau_admin: any role; department_admin: guardians of their department
    list_users         bureau_admin, auditor: everyone; department_admin: their department
    issue_token        bureau_admin
    disable_user       bureau_admin
    add/remove guardian  the robot's department admin and the bureau (``can_administer``)
    set_hold           bureau_admin, with a reason

Account input errors (``AccountError``) come back as ``RequestError`` with the same
code and status, so routes render them as the OpenAI error shape or inline on a page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from proxy.errors import ForbiddenError, RequestError
from proxy.retention import set_legal_hold
from proxy.storage.accounts import AccountError, AccountStore, UserRecord

if TYPE_CHECKING:
    from proxy.auth import Principal
    from proxy.gateway import Gateway
    from proxy.storage import RobotRecord

__all__ = [
    "MAX_REASON",
    "add_guardians",
    "create_user",
    "disable_user",
    "issue_token",
    "list_users",
    "remove_guardian",
    "set_hold",
]

MAX_REASON = 500


def _store(gw: Gateway) -> AccountStore:
    return AccountStore(gw.store.engine)


def _request_error(exc: AccountError) -> RequestError:
    return RequestError(str(exc), code=exc.code, status=exc.status)


def _bureau_only(who: Principal) -> None:
    if who.role != "bureau_admin":
        raise ForbiddenError("your role may not do this", code="forbidden_role")


async def create_user(gw: Gateway, who: Principal, username: str, role: str, department: str | None,
                      display_name: str | None, password: str | None) -> UserRecord:
    if who.role not in ("bureau_admin", "department_admin"):
        raise ForbiddenError("your role may not do this", code="forbidden_role")
    if who.role == "department_admin" and (role != "guardian" or (department or "").strip() != who.department):
        raise ForbiddenError("a department admin creates guardians of their own department", code="forbidden_role")
    try:
        return await gw.io(_store(gw).create_user, username, role, department, display_name, password)
    except AccountError as exc:
        raise _request_error(exc) from exc


async def list_users(gw: Gateway, who: Principal, role: str | None = None) -> list[UserRecord]:
    if who.role not in ("bureau_admin", "department_admin", "auditor"):
        raise ForbiddenError("your role may not do this", code="forbidden_role")
    department = who.department if who.role == "department_admin" else None
    return await gw.io(_store(gw).list_users, department, role)


async def issue_token(gw: Gateway, who: Principal, username: str, name: str | None = None) -> str:
    """A new API token acting as ``username``; the caller shows it once (only its hash is kept)."""
    _bureau_only(who)
    try:
        return await gw.io(_store(gw).create_token, username, name)
    except AccountError as exc:
        raise _request_error(exc) from exc


async def disable_user(gw: Gateway, who: Principal, username: str) -> None:
    """Disable an account: its sessions end and its tokens stop working at once."""
    _bureau_only(who)
    if not await gw.io(_store(gw).disable_user, username):
        raise RequestError("no such user", code="not_found", status=404)


def _administers(who: Principal, robot: RobotRecord) -> None:
    if not who.can_administer(robot.department):
        raise ForbiddenError("your role may not administer this robot", code="forbidden_role")


async def add_guardians(gw: Gateway, who: Principal, robot: RobotRecord, usernames: list[str]) -> list[str]:
    """Assign guardians (enabled guardian accounts of the robot's department); the robot's guardians after."""
    _administers(who, robot)
    store = _store(gw)
    try:
        await gw.io(store.assign_guardians, robot.robot_id, robot.department, usernames)
    except AccountError as exc:
        raise _request_error(exc) from exc
    await gw.io(gw.store.add_robot_event, robot.robot_id, "guardians.added", who.actor, {"guardians": usernames})
    return [u.username for u in await gw.io(store.guardians_of, robot.robot_id)]


async def remove_guardian(gw: Gateway, who: Principal, robot: RobotRecord, username: str) -> list[str]:
    """Remove one guardian (never the last, 409); the robot's guardians after."""
    _administers(who, robot)
    store = _store(gw)
    try:
        removed = await gw.io(store.remove_guardian, robot.robot_id, username)
    except AccountError as exc:
        raise _request_error(exc) from exc
    if not removed:
        raise RequestError("that user is not a guardian of this robot", code="not_found", status=404)
    await gw.io(gw.store.add_robot_event, robot.robot_id, "guardians.removed", who.actor, {"guardian": username})
    return [u.username for u in await gw.io(store.guardians_of, robot.robot_id)]


async def set_hold(gw: Gateway, who: Principal, robot: RobotRecord, hold: bool, reason: str) -> None:
    """Set or release a legal hold (retention then skips the robot's records); recorded with why."""
    _bureau_only(who)
    reason = reason.strip()
    if not reason:
        raise RequestError("say why: a legal hold needs a reason", code="reason_required", param="reason")
    if len(reason) > MAX_REASON:
        raise RequestError(f"a reason is at most {MAX_REASON} characters", code="invalid_request", param="reason")
    await gw.io(set_legal_hold, gw.store, robot.robot_id, hold, who.actor, reason)
