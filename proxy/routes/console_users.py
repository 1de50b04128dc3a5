"""Console page for accounts: list, create, disable, issue an API token (``/console/users``).

    GET  /console/users                      the list (bureau, auditor: all; department admin: own department)
    POST /console/users                      create (bureau: any role; department admin: guardians of
                                             their department)
    POST /console/users/{username}/disable   disable: sessions end, tokens stop (bureau)
    POST /console/users/{username}/token     issue an API token acting as the user, shown once (bureau)

The rules are the admin API's, applied by the same functions (``proxy.administration``);
guardians get the 403 page, auditors see the list without any form. ``proxy.auth``
checks the CSRF token of every POST before these handlers run. Invalid input (a taken
username, a short password, a missing department) re-renders the page with the message
inline and the entered values kept, except the password, which is never echoed.

A new token is rendered once in the response to the POST that made it (``no-store``);
only its SHA-256 is kept, so it cannot be shown again.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from starlette.responses import RedirectResponse, Response

from proxy import administration
from proxy.auth import ROLES, Principal
from proxy.console import render
from proxy.errors import ForbiddenError, GuardrailError
from proxy.gateway import Gateway
from proxy.routes.console import action_error, console_principal

__all__ = ["router"]

router = APIRouter(prefix="/console/users", include_in_schema=False)

FIELDS = ("username", "role", "department", "display_name")


def _gw(request: Request) -> Gateway:
    gw: Gateway = request.app.state.gateway
    return gw


async def _page(request: Request, who: Principal, extra: dict[str, Any] | None = None, status: int = 200) -> Response:
    users = await administration.list_users(_gw(request), who)
    creatable: tuple[str, ...] = ()
    if who.role == "bureau_admin":
        creatable = ROLES
    elif who.role == "department_admin":
        creatable = ("guardian",)
    ctx: dict[str, Any] = {
        "users": users,
        "roles": creatable,
        "can_create": bool(creatable),
        "can_disable": who.role == "bureau_admin",
        "can_issue": who.role == "bureau_admin",
        "fixed_department": who.department if who.role == "department_admin" else None,
        "values": {},
        "flash": request.query_params.get("flash"),
    }
    return render(request, "users.html", ctx | (extra or {}), status)


@router.get("")
async def users_page(request: Request) -> Response:
    who = await console_principal(request)
    return await _page(request, who)


@router.post("")
async def create_user(request: Request) -> Response:
    who = await console_principal(request)
    form = await request.form()
    values = {k: str(form.get(k) or "").strip()[:200] for k in FIELDS}
    if who.role == "department_admin":
        values["department"] = who.department or ""
    password = str(form.get("password") or "")
    try:
        user = await administration.create_user(_gw(request), who, values["username"], values["role"],
                                                values["department"] or None, values["display_name"] or None,
                                                password)
    except ForbiddenError:
        raise  # not this role's to do: the 403 page, as for any refused page
    except GuardrailError as exc:
        return await _page(request, who, action_error(exc) | {"values": values}, exc.status)
    done = quote(f"已创建用户 User created: {user.username}")
    return RedirectResponse(f"/console/users?flash={done}", status_code=303)


@router.post("/{username}/disable")
async def disable_user(request: Request, username: str) -> Response:
    who = await console_principal(request)
    try:
        await administration.disable_user(_gw(request), who, username)
    except ForbiddenError:
        raise
    except GuardrailError as exc:
        return await _page(request, who, action_error(exc), exc.status)
    done = quote(f"已停用 Disabled: {username}")
    return RedirectResponse(f"/console/users?flash={done}", status_code=303)


@router.post("/{username}/token")
async def issue_token(request: Request, username: str) -> Response:
    who = await console_principal(request)
    form = await request.form()
    name = str(form.get("name") or "").strip()[:100] or None
    try:
        token = await administration.issue_token(_gw(request), who, username, name)
    except ForbiddenError:
        raise
    except GuardrailError as exc:
        return await _page(request, who, action_error(exc), exc.status)
    return await _page(request, who, {
        "new_token": {"username": username, "token": token}, "flash_kind": "ok",
        "flash": "令牌只显示一次，请立即保存 The token is shown once; store it now"})
