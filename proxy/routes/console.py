"""The console shell: log in and out, the dashboard, and the robot pages.

Pages respect RBAC exactly as the admin API does: the same ``proxy.auth`` principal
(from the ``jianhu_session`` cookie), the same ``robot_scope`` checks and the same
registry operations (``proxy.registry``). A page that needs a login redirects to
``/console/login?next=…``; a refused action renders the error page with the API's
status code and message. ``install(app)`` adds the router, the static files and the
HTML rendering of errors under ``/console``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Request
from starlette.responses import RedirectResponse, Response
from starlette.staticfiles import StaticFiles

from proxy.auth import SESSION_COOKIE, Principal, accounts, principal, robot_scope, same_origin
from proxy.console import STATIC_DIR, render
from proxy.errors import AuthError, GuardrailError, PolicyConfigError, RequestError
from proxy.gateway import Gateway
from proxy.registry import change_status
from proxy.robots import register
from proxy.storage import RobotRecord

__all__ = ["install", "router"]

router = APIRouter(prefix="/console", include_in_schema=False)

TYPE_LABELS = {"humanoid": "人形 Humanoid", "digital_human": "数字人 Digital human", "other": "其他 Other"}
#: Login attempts per username (and per client address) in five minutes before 429.
LOGIN_ATTEMPTS = 10


class LoginRequired(Exception):
    def __init__(self, next_path: str) -> None:
        super().__init__("login required")
        self.next_path = next_path


def _gw(request: Request) -> Gateway:
    gw: Gateway = request.app.state.gateway
    return gw


async def console_principal(request: Request) -> Principal:
    """Dependency for console pages: the principal, or a redirect to the login page."""
    try:
        return await principal(request)
    except AuthError as exc:
        raise LoginRequired(request.url.path) from exc


def _safe_next(value: str | None) -> str:
    if value and value.startswith("/console/") and "//" not in value and "\\" not in value:
        return value
    return "/console/"


# -- login / logout -------------------------------------------------------------------
@router.get("/login")
async def login_page(request: Request, next: str | None = None) -> Response:  # noqa: A002
    return render(request, "login.html", {"next": _safe_next(next)}, principal=None)


@router.post("/login")
async def login(request: Request) -> Response:
    gw = _gw(request)
    form = await request.form()
    username = str(form.get("username") or "").strip().lower()[:64]
    password = str(form.get("password") or "")
    next_path = _safe_next(str(form.get("next") or ""))
    if not same_origin(request):
        return render(request, "login.html", {"error": "请求来源无效 Cross-origin login refused"}, 403,
                      principal=None)
    client = request.client.host if request.client else "-"
    if max(await gw.state.hit(f"login:user:{username}", 300),
           await gw.state.hit(f"login:addr:{client}", 300)) > LOGIN_ATTEMPTS:
        return render(request, "login.html", {"error": "尝试次数过多，请稍后再试 Too many attempts; try later",
                                              "username": username}, 429, principal=None)
    store = accounts(request)
    user = await gw.io(store.authenticate, username, password)
    if user is None:
        return render(request, "login.html", {"error": "用户名或密码错误 Wrong username or password",
                                              "username": username, "next": next_path}, 401, principal=None)
    ttl = gw.settings.session_ttl_s
    session = await gw.io(store.create_session, user.id, ttl)
    response = RedirectResponse(next_path, status_code=303)
    response.set_cookie(SESSION_COOKIE, session, max_age=int(ttl), path="/", httponly=True, samesite="strict",
                        secure=gw.settings.session_cookie_secure)
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    try:
        who = await principal(request)  # checks the CSRF token
    except AuthError:
        who = None
    if who is not None and who.session:
        await _gw(request).io(accounts(request).end_session, who.session)
    response = RedirectResponse("/console/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
    return response


# -- pages ----------------------------------------------------------------------------
async def _visible_robots(request: Request, who: Principal) -> list[dict[str, Any]]:
    gw = _gw(request)
    store = accounts(request)

    def load() -> list[dict[str, Any]]:
        out = []
        for r in gw.store.list_robots():
            if who.can_read_robot(r.robot_id, r.department):
                guardians = [u.username for u in store.guardians_of(r.robot_id)]
                out.append(r.public() | {"status": gw.status_of(r), "guardians": guardians})
        return out

    return await gw.io(load)


@router.get("/")
async def dashboard(request: Request) -> Response:
    who = await console_principal(request)
    robots = await _visible_robots(request, who)
    counts = sorted(Counter(r["status"] for r in robots).items())
    return render(request, "dashboard.html", {"robots": robots, "counts": counts, "type_labels": TYPE_LABELS})


@router.get("/robots")
async def robots_page(request: Request, department: str | None = None, status: str | None = None) -> Response:
    who = await console_principal(request)
    robots = await _visible_robots(request, who)
    departments = sorted({r["department"] for r in robots})
    if department:
        robots = [r for r in robots if r["department"] == department]
    if status:
        robots = [r for r in robots if r["status"] == status]
    return render(request, "robots.html", {
        "robots": robots, "departments": departments, "department": department or "", "status": status or "",
        "type_labels": TYPE_LABELS, "can_register": who.role in ("bureau_admin", "department_admin"),
        "flash": request.query_params.get("flash"),
    })


async def _detail_context(request: Request, who: Principal, robot: RobotRecord) -> dict[str, Any]:
    gw = _gw(request)
    store = accounts(request)
    robot = await gw.io(gw.store.get_robot, robot.robot_id) or robot  # as changed by the action just done
    guardians = await gw.io(store.guardians_of, robot.robot_id)
    events = await gw.io(gw.store.robot_events, robot.robot_id)
    onboarding = next((e for e in reversed(events) if e["event"] == "onboarding.run"), None)
    export = next((e for e in reversed(events) if e["event"] == "termination.exported"), None)
    can_administer = who.can_administer(robot.department)
    choices: list[Any] = []
    if can_administer:
        assigned = {g.username for g in guardians}
        choices = [u for u in await gw.io(store.list_users, robot.department, "guardian")
                   if not u.disabled and u.username not in assigned]
    return {
        "robot": robot.public() | {"status": gw.status_of(robot)},
        "guardians": guardians,
        "events": list(reversed(events))[:100],
        "onboarding": onboarding,
        "export": export["detail"] if export else None,
        "guardian_choices": choices,
        "type_labels": TYPE_LABELS,
        "can_manage": who.can_manage_robot(robot.robot_id, robot.department),
        "can_administer": can_administer,
        "can_hold": who.role == "bureau_admin",
    }


async def robot_detail_page(request: Request, who: Principal, robot: RobotRecord, extra: dict[str, Any] | None = None,
                            status: int = 200) -> Response:
    """The robot page, with ``extra`` (``flash``/``error`` shown inline, results of an action)."""
    ctx = await _detail_context(request, who, robot)
    return render(request, "robot_detail.html", ctx | (extra or {}), status)


def action_error(exc: GuardrailError) -> dict[str, Any]:
    """Context for an action refused past access control: the message inline, on the same page."""
    return {"error": exc.message, "error_code": exc.code}


@router.get("/robots/new")
async def register_page(request: Request) -> Response:
    who = await console_principal(request)
    if who.role not in ("bureau_admin", "department_admin"):
        return render(request, "error.html", {"error": "您的角色不能登记机器人 Your role may not register robots"}, 403)
    return render(request, "robot_new.html", await _register_context(request, who, {}))


async def _register_context(request: Request, who: Principal, values: dict[str, Any]) -> dict[str, Any]:
    gw = _gw(request)
    department = who.department if who.role == "department_admin" else None
    guardians = await gw.io(accounts(request).list_users, department, "guardian")
    tiers = sorted(p.stem for p in gw.settings.tiers_dir.glob("*.yaml"))
    return {"values": values, "guardian_choices": guardians, "tiers": tiers, "type_labels": TYPE_LABELS,
            "fixed_department": department}


@router.post("/robots/new")
async def register_submit(request: Request) -> Response:
    who = await console_principal(request)
    gw = _gw(request)
    form = await request.form()
    values: dict[str, Any] = {k: str(form.get(k) or "").strip() for k in
                              ("name", "department", "type", "model", "scenario", "tier", "filing_number")}
    values["guardians"] = [str(g) for g in form.getlist("guardians")]
    if who.role == "department_admin":
        values["department"] = who.department or ""
    if who.role not in ("bureau_admin", "department_admin"):
        return render(request, "error.html", {"error": "您的角色不能登记机器人 Your role may not register robots"}, 403)
    try:
        if values["type"] not in TYPE_LABELS:
            raise RequestError("unknown robot type", code="invalid_request")
        if not values["filing_number"]:
            raise RequestError("the algorithm filing number is required", code="invalid_filing_number")
        robot, key = await gw.io(lambda: register(
            gw.store, gw.settings, values["name"], values["department"], values["type"], values["model"] or None,
            None, None, who.actor, gw.models, guardians=values["guardians"], filing_number=values["filing_number"],
            scenario=values["scenario"] or None, tier=values["tier"] or None, status="registered"))
    except (PolicyConfigError, RequestError) as exc:
        ctx = await _register_context(request, who, values)
        return render(request, "robot_new.html", ctx | {"error": exc.message}, exc.status)
    ctx = await _detail_context(request, who, robot)
    return render(request, "robot_detail.html", ctx | {
        "api_key": key, "flash": "已登记；API 密钥只显示一次 Registered; the API key is shown once", "flash_kind": "ok"})


@router.get("/robots/{robot_id}")
async def robot_page(request: Request, robot_id: str) -> Response:
    who = await console_principal(request)
    robot = await robot_scope(request, who, robot_id)
    ctx = await _detail_context(request, who, robot)
    return render(request, "robot_detail.html", ctx | {"flash": request.query_params.get("flash")})


@router.post("/robots/{robot_id}/status")
async def robot_status(request: Request, robot_id: str) -> Response:
    who = await console_principal(request)
    form = await request.form()
    robot = await robot_scope(request, who, robot_id, manage=True)
    status = str(form.get("status") or "")
    try:
        if status not in ("active", "suspended", "safe_mode"):  # termination: its own confirmed form
            raise RequestError("unknown status", code="invalid_request", param="status")
        await change_status(_gw(request), who, robot, status, str(form.get("reason") or ""))
    except RequestError as exc:
        return await robot_detail_page(request, who, robot, action_error(exc), exc.status)
    done = quote("状态已更新 Status changed")
    return RedirectResponse(f"/console/robots/{robot_id}?flash={done}", status_code=303)


@router.post("/robots/{robot_id}/onboarding")
async def robot_onboarding(request: Request, robot_id: str) -> Response:
    from proxy.onboarding import run_onboarding

    who = await console_principal(request)
    robot = await robot_scope(request, who, robot_id, administer=True)
    try:
        result = await run_onboarding(_gw(request), robot, who.actor)
    except (RequestError, PolicyConfigError) as exc:
        return await robot_detail_page(request, who, robot, action_error(exc), exc.status)
    verdict = "通过 passed" if result["passed"] else "未通过 not passed"
    done = quote(f"上岗测评{verdict}，通过率 Onboarding pass rate {result['pass_rate']:.0%}")
    return RedirectResponse(f"/console/robots/{robot_id}?flash={done}", status_code=303)


# -- wiring ---------------------------------------------------------------------------
def install(app: FastAPI) -> None:
    """Add the console: its router, ``/console/static``, login redirects and HTML errors."""
    from proxy.routes import console_robot_admin, console_users  # they import this module

    app.include_router(router)
    app.include_router(console_users.router)
    app.include_router(console_robot_admin.router)
    app.mount("/console/static", StaticFiles(directory=str(STATIC_DIR)), name="console-static")
    json_handler = app.exception_handlers.get(GuardrailError)

    async def login_required(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, LoginRequired)  # noqa: S101 - registered for this type only
        return RedirectResponse(f"/console/login?next={quote(exc.next_path)}", status_code=303)

    async def guardrail_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, GuardrailError)  # noqa: S101 - registered for this type only
        if request.url.path.startswith("/console/"):
            try:
                who: Principal | None = await principal(request)
            except GuardrailError:
                who = None
            return render(request, "error.html", {"error": exc.message, "code": exc.code}, exc.status,
                          principal=who)
        assert json_handler is not None  # noqa: S101 - proxy.app registers it before install()
        return await json_handler(request, exc)  # type: ignore[no-any-return]

    app.add_exception_handler(LoginRequired, login_required)
    app.add_exception_handler(GuardrailError, guardrail_error)

