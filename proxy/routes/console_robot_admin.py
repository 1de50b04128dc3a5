"""Console forms on the robot page for its administrators: guardians, termination, legal hold.

    POST /console/robots/{id}/guardians                  add guardians (the robot's admins)
    POST /console/robots/{id}/guardians/{user}/remove    remove one, never the last (the robot's admins)
    POST /console/robots/{id}/terminate                  terminate: reason + the robot id typed again
    POST /console/robots/{id}/legal-hold                 set or release a legal hold, with a reason (bureau)

Access is decided exactly as for the admin API: ``proxy.auth.robot_scope`` with
``administer=True`` (a guardian gets 403 ``forbidden_role``, an out-of-scope robot 403
``forbidden_robot``) and the operations are the API's own (``proxy.administration``,
``proxy.registry.change_status`` → ``proxy.termination.terminate``), so the rules, the
events and the export bundle are the same whichever face is used. ``proxy.auth`` checks
the CSRF token before any of this runs. An action refused past access control (last
guardian, missing reason, wrong confirmation, invalid transition) re-renders the robot
page with the message inline and the error's status code.

Termination asks for the robot id to be typed again: it is final, revokes every key and
cannot be undone from the console, so a mis-click must not be enough. The page then
shows the export bundle's file name and SHA-256 (also kept as the robot event
``termination.exported``) so the operator can write them down for the handover record.
"""

from __future__ import annotations

import hmac
from urllib.parse import quote

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from proxy import administration
from proxy.auth import robot_scope
from proxy.errors import GuardrailError, RequestError
from proxy.gateway import Gateway
from proxy.registry import change_status
from proxy.routes.console import action_error, console_principal, robot_detail_page

__all__ = ["router"]

router = APIRouter(prefix="/console/robots", include_in_schema=False)

#: At most this many guardians are added by one form (as the API's ``Guardians`` model).
MAX_GUARDIANS = 20


def _gw(request: Request) -> Gateway:
    gw: Gateway = request.app.state.gateway
    return gw


def _done(robot_id: str, message: str) -> Response:
    return RedirectResponse(f"/console/robots/{robot_id}?flash={quote(message)}", status_code=303)


@router.post("/{robot_id}/guardians")
async def add_guardians(request: Request, robot_id: str) -> Response:
    who = await console_principal(request)
    robot = await robot_scope(request, who, robot_id, administer=True)
    form = await request.form()
    names = [str(v).strip() for v in form.getlist("guardians") if str(v).strip()]
    try:
        if not names:
            raise RequestError("choose at least one guardian", code="invalid_guardian", param="guardians")
        if len(names) > MAX_GUARDIANS:
            raise RequestError(f"at most {MAX_GUARDIANS} guardians at once", code="invalid_guardian",
                               param="guardians")
        await administration.add_guardians(_gw(request), who, robot, names)
    except GuardrailError as exc:
        return await robot_detail_page(request, who, robot, action_error(exc), exc.status)
    return _done(robot_id, "已添加监护人 Guardian added")


@router.post("/{robot_id}/guardians/{username}/remove")
async def remove_guardian(request: Request, robot_id: str, username: str) -> Response:
    who = await console_principal(request)
    robot = await robot_scope(request, who, robot_id, administer=True)
    try:
        await administration.remove_guardian(_gw(request), who, robot, username)
    except GuardrailError as exc:
        return await robot_detail_page(request, who, robot, action_error(exc), exc.status)
    return _done(robot_id, "已移除监护人 Guardian removed")


@router.post("/{robot_id}/terminate")
async def terminate(request: Request, robot_id: str) -> Response:
    who = await console_principal(request)
    robot = await robot_scope(request, who, robot_id, administer=True)
    form = await request.form()
    confirm = str(form.get("confirm") or "").strip()
    try:
        if not hmac.compare_digest(confirm.encode("utf-8"), robot.robot_id.encode("utf-8")):
            raise RequestError("type the robot id to confirm termination", code="confirmation_required",
                               param="confirm")
        result = await change_status(_gw(request), who, robot, "terminated", str(form.get("reason") or ""))
    except GuardrailError as exc:
        return await robot_detail_page(request, who, robot, action_error(exc), exc.status)
    return await robot_detail_page(request, who, robot, {
        "flash": "已终止；API 密钥已吊销，导出包已签名 Terminated; keys revoked, export bundle signed",
        "flash_kind": "ok", "export": result["export"], "export_just_made": True})


@router.post("/{robot_id}/legal-hold")
async def legal_hold(request: Request, robot_id: str) -> Response:
    who = await console_principal(request)
    robot = await robot_scope(request, who, robot_id)
    form = await request.form()
    hold = str(form.get("hold") or "")
    try:
        if hold not in ("1", "0"):
            raise RequestError("hold must be 1 (set) or 0 (release)", code="invalid_request", param="hold")
        await administration.set_hold(_gw(request), who, robot, hold == "1", str(form.get("reason") or ""))
    except GuardrailError as exc:
        if exc.status == 403:
            raise  # a role that may not hold: the same 403 page as any refused page
        return await robot_detail_page(request, who, robot, action_error(exc), exc.status)
    return _done(robot_id, "已设置法律保全 Legal hold set" if hold == "1" else "已解除法律保全 Legal hold released")
