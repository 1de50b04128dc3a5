"""Who is calling the admin API and the console, and what they may touch (RBAC).

Roles (issue 7):

    bureau_admin       everything
    department_admin   robots and guardians of their own department
    guardian           the robots assigned to them
    auditor            read-only everywhere; every decrypted transcript view is recorded
    vendor             robot API keys: the model API only, never the admin API

A ``Principal`` is resolved once per request by the ``principal`` dependency, from a
bearer token (``Authorization: Bearer ...``) or a console session cookie. Route code
asks it questions (``can_read_robot``, ``can_manage_robot``) or declares the roles it
needs with ``require(...)``; it never compares role strings itself.

Bootstrap admin tokens (``jianhu admin token create``) are ``bureau_admin``.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, Literal

from fastapi import Request

from proxy.errors import AuthError, ForbiddenError

__all__ = ["ROLES", "Principal", "Role", "principal", "require"]

Role = Literal["bureau_admin", "department_admin", "guardian", "auditor"]
ROLES: tuple[Role, ...] = ("bureau_admin", "department_admin", "guardian", "auditor")


@dataclass(frozen=True, slots=True)
class Principal:
    #: Recorded as who did it in robot events and the audit trail, e.g. ``user:zhang``.
    actor: str
    role: Role
    #: The department a department_admin administers (and a guardian belongs to).
    department: str | None = None
    #: Robots assigned to a guardian; empty for the other roles.
    robot_ids: frozenset[str] = field(default_factory=frozenset)

    @property
    def read_only(self) -> bool:
        return self.role == "auditor"

    def can_read_robot(self, robot_id: str, department: str) -> bool:
        if self.role in ("bureau_admin", "auditor"):
            return True
        if self.role == "department_admin":
            return department == self.department
        return robot_id in self.robot_ids

    def can_manage_robot(self, robot_id: str, department: str) -> bool:
        """Pause, safe mode, labels: the guardian of the robot and the admins above it."""
        return not self.read_only and self.can_read_robot(robot_id, department)


async def principal(request: Request) -> Principal:
    """FastAPI dependency: the authenticated principal, or 401."""
    cached = getattr(request.state, "principal", None)
    if isinstance(cached, Principal):
        return cached
    gw = request.app.state.gateway
    header = request.headers.get("authorization") or ""
    if not header.startswith("Bearer "):
        raise AuthError("missing admin token", code="missing_admin_token")
    name = await gw.io(gw.store.admin_token_name, header[7:].strip())
    if name is None:
        raise AuthError("invalid admin token", code="invalid_admin_token")
    found = Principal(actor=f"admin:{name}", role="bureau_admin")
    request.state.principal = found
    return found


def require(*roles: Role) -> Callable[[Request], Coroutine[Any, Any, Principal]]:
    """FastAPI dependency factory: the principal, or 403 unless its role is one of ``roles``."""

    async def dependency(request: Request) -> Principal:
        who = await principal(request)
        if who.role not in roles:
            raise ForbiddenError("your role may not do this", code="forbidden_role")
        return who

    return dependency
