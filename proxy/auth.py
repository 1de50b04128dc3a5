"""Who is calling the admin API and the console, and what they may touch (RBAC).

Roles (issue 7):

    bureau_admin       everything
    department_admin   robots and guardians of their own department
    guardian           the robots assigned to them
    auditor            read-only everywhere; every decrypted transcript view is recorded
    vendor             robot API keys: the model API only, never the admin API

A ``Principal`` is resolved once per request by the ``principal`` dependency, from

* a bearer token (``Authorization: Bearer jha-…``): a bootstrap token (``jianhu admin
  token create``) is ``bureau_admin``; a user's token (``jianhu user token``, ``POST
  /admin/v1/users/{username}/tokens``) acts as that user;
* or the console session cookie ``jianhu_session`` (HttpOnly, SameSite=Strict, a
  server-side ``sessions`` row holding only the SHA-256 of the value, with an expiry).

A robot API key (``jh-…``, a vendor) sent to an admin route gets 403
``vendor_forbidden``; no credentials or unknown ones get 401.

Route code asks the principal questions (``can_read_robot``, ``can_manage_robot``) or
declares the roles it needs with ``require(...)``; it never compares role strings itself.

**403 vs 404.** A principal that may see every robot (bureau_admin, auditor) gets 404
for a robot that does not exist. Anyone else gets the same 403 ``forbidden_robot`` for
a robot outside their scope whether or not it exists, so a guardian probing ids learns
nothing, not even existence (``robot_scope``).

**CSRF.** Two layers, for every state-changing request authenticated by the cookie:

1. the cookie is ``SameSite=Strict``, so browsers do not send it on cross-site requests;
2. a per-session token, ``csrf_token(session cookie)`` (an HMAC of the session value, so
   nothing extra is stored), must come back in the form field ``csrf_token`` or the
   header ``X-CSRF-Token``; ``principal`` checks it for every POST/PUT/PATCH/DELETE made
   with the cookie. Console templates get it as ``csrf_token`` (``proxy.console.render``)
   and put ``<input type="hidden" name="csrf_token" value="{{ csrf_token }}">`` in every
   form; ``base.html`` also exposes it as ``<meta name="csrf-token">`` for scripts.

Bearer-token requests carry no ambient authority and need no CSRF token. The login form
(no session yet) is protected by an Origin check (``same_origin``).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from fastapi import Request

from proxy.errors import AuthError, ForbiddenError, RequestError
from proxy.storage.accounts import AccountStore, UserRecord
from proxy.storage.store import KEY_PREFIX

if TYPE_CHECKING:
    from proxy.gateway import Gateway
    from proxy.storage import RobotRecord

__all__ = [
    "CSRF_FIELD",
    "CSRF_HEADER",
    "ROLES",
    "SESSION_COOKIE",
    "Principal",
    "Role",
    "accounts",
    "csrf_token",
    "principal",
    "principal_for_user",
    "require",
    "robot_scope",
    "same_origin",
]

Role = Literal["bureau_admin", "department_admin", "guardian", "auditor"]
ROLES: tuple[Role, ...] = ("bureau_admin", "department_admin", "guardian", "auditor")
SESSION_COOKIE = "jianhu_session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
_SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


@dataclass(frozen=True, slots=True)
class Principal:
    #: Recorded as who did it in robot events and the audit trail, e.g. ``user:zhang``.
    actor: str
    role: Role
    #: The department a department_admin administers (and a guardian belongs to).
    department: str | None = None
    #: Robots assigned to a guardian; empty for the other roles.
    robot_ids: frozenset[str] = field(default_factory=frozenset)
    #: The console session cookie value when authenticated by it (for the CSRF token).
    session: str | None = field(default=None, repr=False, compare=False)

    @property
    def read_only(self) -> bool:
        return self.role == "auditor"

    @property
    def sees_all_robots(self) -> bool:
        return self.role in ("bureau_admin", "auditor")

    def can_read_robot(self, robot_id: str, department: str) -> bool:
        if self.sees_all_robots:
            return True
        if self.role == "department_admin":
            return department == self.department
        return robot_id in self.robot_ids

    def can_manage_robot(self, robot_id: str, department: str) -> bool:
        """Pause, safe mode, labels: the guardian of the robot and the admins above it."""
        return not self.read_only and self.can_read_robot(robot_id, department)

    def can_administer(self, department: str) -> bool:
        """Register robots, issue keys, assign guardians, terminate: admins of the department."""
        return self.role == "bureau_admin" or (self.role == "department_admin" and department == self.department)


def csrf_token(session: str) -> str:
    """The CSRF token of a console session (stable for the session, useless without it)."""
    return hmac.new(session.encode("utf-8"), b"jianhu-csrf-v1", hashlib.sha256).hexdigest()[:40]


def accounts(request: Request) -> AccountStore:
    gw: Gateway = request.app.state.gateway
    return AccountStore(gw.store.engine)


def principal_for_user(store: AccountStore, user: UserRecord, session: str | None = None) -> Principal:
    """Synchronous (runs on the I/O executor): the principal of an account."""
    robots = store.robots_of(user.id) if user.role == "guardian" else frozenset()
    return Principal(actor=user.actor, role=user.role, department=user.department,  # type: ignore[arg-type]
                     robot_ids=robots, session=session)


def _resolve_token(store: AccountStore, gw: Gateway, token: str) -> Principal | str:
    owner = store.token_owner(token)
    if owner is None:
        if token.startswith(KEY_PREFIX) and gw.store.robot_for_key(token) is not None:
            return "vendor"
        return "invalid"
    name, user = owner
    if user is None:
        return Principal(actor=f"admin:{name}", role="bureau_admin")
    return principal_for_user(store, user)


def _resolve_session(store: AccountStore, session: str) -> Principal | None:
    user = store.session_user(session)
    return None if user is None else principal_for_user(store, user, session)


async def principal(request: Request) -> Principal:
    """FastAPI dependency: the authenticated principal, or 401 (403 for a robot key)."""
    cached = getattr(request.state, "principal", None)
    if isinstance(cached, Principal):
        return cached
    gw: Gateway = request.app.state.gateway
    store = accounts(request)
    header = request.headers.get("authorization") or ""
    if header.startswith("Bearer "):
        found = await gw.io(_resolve_token, store, gw, header[7:].strip())
        if found == "vendor":
            raise ForbiddenError("robot API keys may only use the model API", code="vendor_forbidden")
        if not isinstance(found, Principal):
            raise AuthError("invalid admin token", code="invalid_admin_token")
    elif session := request.cookies.get(SESSION_COOKIE):
        maybe = await gw.io(_resolve_session, store, session)
        if maybe is None:
            raise AuthError("your session has expired; log in again", code="session_expired")
        found = maybe
        if request.method not in _SAFE_METHODS:
            await _check_csrf(request, session)
    else:
        raise AuthError("missing admin token", code="missing_admin_token")
    request.state.principal = found
    return found


async def _check_csrf(request: Request, session: str) -> None:
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        value = (await request.form()).get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if sent is None or not hmac.compare_digest(sent, csrf_token(session)):
        raise ForbiddenError("missing or wrong CSRF token; reload the page", code="csrf_failed")


def same_origin(request: Request) -> bool:
    """False when the browser says the request comes from another origin (login CSRF)."""
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    return urlsplit(origin).netloc == request.headers.get("host", "")


def require(*roles: Role) -> Callable[[Request], Coroutine[Any, Any, Principal]]:
    """FastAPI dependency factory: the principal, or 403 unless its role is one of ``roles``."""

    async def dependency(request: Request) -> Principal:
        who = await principal(request)
        if who.role not in roles:
            raise ForbiddenError("your role may not do this", code="forbidden_role")
        return who

    return dependency


async def robot_scope(request: Request, who: Principal, robot_id: str, *, manage: bool = False,
                      administer: bool = False) -> RobotRecord:
    """The robot if ``who`` may read it (``manage``: change its status; ``administer``: keys,
    guardians, termination), else 403 ``forbidden_robot`` (404 only for principals that
    see every robot; see the module docstring)."""
    gw: Gateway = request.app.state.gateway
    if who.role == "guardian" and robot_id not in who.robot_ids:
        raise ForbiddenError("you may not access this robot", code="forbidden_robot")
    robot = await gw.io(gw.store.get_robot, robot_id)
    if robot is None:
        if who.sees_all_robots:
            raise RequestError("no such robot", code="not_found", status=404)
        raise ForbiddenError("you may not access this robot", code="forbidden_robot")
    if not who.can_read_robot(robot.robot_id, robot.department):
        raise ForbiddenError("you may not access this robot", code="forbidden_robot")
    if manage and not who.can_manage_robot(robot.robot_id, robot.department):
        raise ForbiddenError("your role may not change this robot", code="forbidden_role")
    if administer and not who.can_administer(robot.department):
        raise ForbiddenError("your role may not administer this robot", code="forbidden_role")
    return robot
