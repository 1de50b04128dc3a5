"""The web console: server-rendered Jinja2 pages (autoescape on), Chinese first with English.

Pages extend ``templates/base.html`` (nav bar, flash message, CSRF meta tag) and are
rendered with :func:`render`, which adds to every page's context:

    principal    the logged-in ``proxy.auth.Principal`` (or None on the login page)
    csrf_token   the session's CSRF token: put it in every form as a hidden
                 ``csrf_token`` field (``proxy.auth`` checks it on every POST)
    nav          the nav bar entries, ``(path, 中文, English)``
    status_label a function: robot status -> "中文 English"

Static files (``static/console.css``) are served under ``/console/static``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.responses import Response

from proxy.auth import Principal, csrf_token

__all__ = ["NAV", "NAV_HIDDEN", "STATIC_DIR", "STATUS_LABELS", "TEMPLATES_DIR", "render", "status_label", "templates"]

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
STATIC_DIR = Path(__file__).resolve().parent / "static"

NAV: tuple[tuple[str, str, str], ...] = (
    ("/console/", "首页", "Home"),
    ("/console/review", "审核队列", "Review"),
    ("/console/robots", "机器人", "Robots"),
    ("/console/policies", "策略", "Policies"),
    ("/console/assessments", "评估", "Assessments"),
    ("/console/complaints", "投诉", "Complaints"),
    ("/console/users", "用户", "Users"),
)
#: Nav entries hidden from roles that would only get a 403 there.
NAV_HIDDEN: dict[str, frozenset[str]] = {"/console/users": frozenset({"guardian"})}

STATUS_LABELS = {
    "registered": "已登记 Registered",
    "active": "运行中 Active",
    "suspended": "已暂停 Suspended",
    "safe_mode": "安全模式 Safe mode",
    "terminated": "已终止 Terminated",
}

ROLE_LABELS = {
    "bureau_admin": "局管理员 Bureau admin",
    "department_admin": "部门管理员 Department admin",
    "guardian": "监护人 Guardian",
    "auditor": "审计员 Auditor",
}


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


@lru_cache(maxsize=1)
def templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES_DIR)), autoescape=select_autoescape(default=True),
                      auto_reload=False)
    env.globals.update(nav=NAV, nav_hidden=NAV_HIDDEN, status_label=status_label,
                       role_label=lambda r: ROLE_LABELS.get(r, r))
    return Jinja2Templates(env=env)


def render(request: Request, name: str, context: dict[str, Any] | None = None, status: int = 200,
           principal: Principal | None = None) -> Response:
    """Render a console page. ``principal`` defaults to the one ``proxy.auth`` resolved."""
    who = principal or getattr(request.state, "principal", None)
    ctx: dict[str, Any] = {
        "principal": who,
        "csrf_token": csrf_token(who.session) if who is not None and who.session else "",
    }
    ctx.update(context or {})
    response = templates().TemplateResponse(request, name, ctx, status_code=status)
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self'; img-src 'self' data:; frame-ancestors 'none'"
    )
    return response
