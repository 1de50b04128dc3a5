"""Accounts of the console and the admin API: users, sessions, role tokens, guardians, access log.

Passwords are hashed with argon2id (``argon2-cffi``'s defaults: RFC 9106 low-memory
profile); hashes made with older parameters are upgraded at the next login. A login
for an unknown user still runs one hash verification, so the response time does not
tell which usernames exist. Session cookies and API tokens are random 256-bit values
stored only as SHA-256 digests (as robot keys are, ``proxy.storage.store``).

A token row with a ``user_id`` acts as that user (role, department, assigned robots),
so automation gets exactly the rights of a (service) account; a token without one is a
bootstrap token (``jianhu admin token create``) and acts as ``bureau_admin``.

Synchronous SQLAlchemy Core, called from the proxy through its I/O executor.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from proxy.storage import tables as t
from proxy.storage.store import ADMIN_PREFIX, hash_secret
from proxy.storage.times import aware, utcnow

__all__ = [
    "ACCOUNT_ROLES",
    "AccountError",
    "AccountStore",
    "UserRecord",
    "hash_password",
    "verify_password",
]

ACCOUNT_ROLES = ("bureau_admin", "department_admin", "guardian", "auditor")
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 256

_HASHER = PasswordHasher()  # argon2id; stateless and thread-safe
_DUMMY_HASH = _HASHER.hash(secrets.token_urlsafe(16))


class AccountError(ValueError):
    """Invalid account input; ``code`` is the API error code. No secrets in the message."""

    def __init__(self, message: str, code: str = "invalid_account", status: int = 400) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


def hash_password(password: str) -> str:
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise AccountError(f"a password must be {MIN_PASSWORD}-{MAX_PASSWORD} characters", code="weak_password")
    return _HASHER.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True, slots=True)
class UserRecord:
    id: int
    username: str
    display_name: str
    role: str
    department: str | None
    has_password: bool
    disabled: bool

    @property
    def actor(self) -> str:
        return f"user:{self.username}"

    def public(self) -> dict[str, Any]:
        return {"username": self.username, "display_name": self.display_name, "role": self.role,
                "department": self.department, "has_password": self.has_password, "disabled": self.disabled}


def _user(row: Any) -> UserRecord:
    return UserRecord(row.id, row.username, row.display_name, row.role, row.department,
                      row.password_hash is not None, row.disabled_at is not None)


class AccountStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- users ------------------------------------------------------------------------
    def create_user(
        self, username: str, role: str, department: str | None = None, display_name: str | None = None,
        password: str | None = None,
    ) -> UserRecord:
        username = username.strip().lower()
        if not USERNAME_RE.match(username):
            raise AccountError("a username is 3-64 characters: a-z, 0-9, '.', '_', '-'", code="invalid_username")
        if role not in ACCOUNT_ROLES:
            raise AccountError("unknown role", code="invalid_role")
        department = (department or "").strip() or None
        if role in ("department_admin", "guardian") and department is None:
            raise AccountError("a department admin or guardian needs a department", code="department_required")
        if department is not None and len(department) > 100:
            raise AccountError("a department is at most 100 characters", code="invalid_department")
        name = (display_name or username).strip()[:100] or username
        digest = hash_password(password) if password is not None else None
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(t.users).values(
                    username=username, display_name=name, role=role, department=department,
                    password_hash=digest, created_at=utcnow()))
        except IntegrityError as exc:
            raise AccountError("that username is taken", code="username_taken", status=409) from exc
        found = self.get_user(username)
        assert found is not None  # noqa: S101 - just inserted
        return found

    def get_user(self, username: str) -> UserRecord | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.users).where(t.users.c.username == username.strip().lower())).first()
        return _user(row) if row is not None else None

    def list_users(self, department: str | None = None, role: str | None = None) -> list[UserRecord]:
        q = select(t.users).order_by(t.users.c.username)
        if department is not None:
            q = q.where(t.users.c.department == department)
        if role is not None:
            q = q.where(t.users.c.role == role)
        with self.engine.connect() as conn:
            return [_user(r) for r in conn.execute(q).all()]

    def set_password(self, username: str, password: str) -> bool:
        digest = hash_password(password)
        with self.engine.begin() as conn:
            res = conn.execute(update(t.users).where(t.users.c.username == username).values(password_hash=digest))
            return bool(res.rowcount)

    def disable_user(self, username: str) -> bool:
        """Disable an account: its sessions end and its tokens stop working at once."""
        with self.engine.begin() as conn:
            uid = conn.execute(select(t.users.c.id).where(t.users.c.username == username)).scalar()
            if uid is None:
                return False
            now = utcnow()
            conn.execute(update(t.users).where(t.users.c.id == uid).values(disabled_at=now))
            conn.execute(delete(t.sessions).where(t.sessions.c.user_id == uid))
            conn.execute(update(t.admin_tokens).where(t.admin_tokens.c.user_id == uid,
                                                      t.admin_tokens.c.revoked_at.is_(None)).values(revoked_at=now))
        return True

    def authenticate(self, username: str, password: str) -> UserRecord | None:
        """The user if the password matches and the account is enabled; never says which check failed."""
        with self.engine.connect() as conn:
            row = conn.execute(select(t.users).where(t.users.c.username == username.strip().lower())).first()
        stored = row.password_hash if row is not None else None
        if not verify_password(stored, password[:MAX_PASSWORD]) or row is None or row.disabled_at is not None:
            return None
        if _HASHER.check_needs_rehash(stored):
            with self.engine.begin() as conn:
                conn.execute(update(t.users).where(t.users.c.id == row.id)
                             .values(password_hash=_HASHER.hash(password)))
        return _user(row)

    # -- sessions ---------------------------------------------------------------------
    def create_session(self, user_id: int, ttl_s: float) -> str:
        token = secrets.token_urlsafe(32)
        now = utcnow()
        with self.engine.begin() as conn:
            conn.execute(delete(t.sessions).where(t.sessions.c.expires_at < now))
            conn.execute(insert(t.sessions).values(token_hash=hash_secret(token), user_id=user_id, created_at=now,
                                                   expires_at=now + timedelta(seconds=ttl_s)))
        return token

    def session_user(self, token: str) -> UserRecord | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(t.users, t.sessions.c.expires_at)
                .join(t.sessions, t.sessions.c.user_id == t.users.c.id)
                .where(t.sessions.c.token_hash == hash_secret(token))
            ).first()
        if row is None or aware(row.expires_at) <= utcnow() or row.disabled_at is not None:
            return None
        return _user(row)

    def end_session(self, token: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(t.sessions).where(t.sessions.c.token_hash == hash_secret(token)))

    # -- API tokens -------------------------------------------------------------------
    def create_token(self, username: str, name: str | None = None) -> str:
        """An API token that acts as ``username`` (for automation: give it a service account)."""
        user = self.get_user(username)
        if user is None or user.disabled:
            raise AccountError("no such user", code="not_found", status=404)
        token = ADMIN_PREFIX + secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            conn.execute(insert(t.admin_tokens).values(
                name=(name or user.username)[:100], token_hash=hash_secret(token), prefix=token[:10],
                created_at=utcnow(), user_id=user.id))
        return token

    def token_owner(self, token: str) -> tuple[str, UserRecord | None] | None:
        """``(token name, user or None for a bootstrap token)``; None if unknown, revoked or disabled."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(t.admin_tokens.c.name, t.admin_tokens.c.user_id).where(
                    t.admin_tokens.c.token_hash == hash_secret(token), t.admin_tokens.c.revoked_at.is_(None))
            ).first()
            if row is None:
                return None
            if row.user_id is None:
                return str(row.name), None
            user = conn.execute(select(t.users).where(t.users.c.id == row.user_id)).first()
        if user is None or user.disabled_at is not None:
            return None
        return str(row.name), _user(user)

    # -- guardians --------------------------------------------------------------------
    def assign_guardians(self, robot_id: str, department: str, usernames: list[str],
                         conn: Any = None) -> list[UserRecord]:
        """Make ``usernames`` guardians of the robot; idempotent. Each must be an enabled
        guardian account of the robot's department."""
        if conn is None:
            with self.engine.begin() as own:
                return self.assign_guardians(robot_id, department, usernames, own)
        names = sorted({u.strip().lower() for u in usernames})
        rows = conn.execute(select(t.users).where(t.users.c.username.in_(names))).all()
        found = {r.username: r for r in rows}
        missing = [n for n in names if n not in found or found[n].role != "guardian" or found[n].disabled_at
                   or found[n].department != department]
        if missing or not names:
            raise AccountError("guardians must be enabled guardian accounts of the robot's department",
                               code="invalid_guardian")
        have = {r.user_id for r in conn.execute(
            select(t.robot_guardians.c.user_id).where(t.robot_guardians.c.robot_id == robot_id))}
        for r in rows:
            if r.id not in have:
                conn.execute(insert(t.robot_guardians).values(robot_id=robot_id, user_id=r.id, created_at=utcnow()))
        return [_user(r) for r in rows]

    def remove_guardian(self, robot_id: str, username: str) -> bool:
        """Refuses to remove the last guardian of a robot (measures 6.1(c))."""
        with self.engine.begin() as conn:
            uid = conn.execute(select(t.users.c.id).where(t.users.c.username == username)).scalar()
            current = [r[0] for r in conn.execute(
                select(t.robot_guardians.c.user_id).where(t.robot_guardians.c.robot_id == robot_id))]
            if uid is None or uid not in current:
                return False
            if len(current) == 1:
                raise AccountError("a robot keeps at least one guardian", code="last_guardian", status=409)
            conn.execute(delete(t.robot_guardians).where(t.robot_guardians.c.robot_id == robot_id,
                                                         t.robot_guardians.c.user_id == uid))
        return True

    def guardians_of(self, robot_id: str) -> list[UserRecord]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(t.users).join(t.robot_guardians, t.robot_guardians.c.user_id == t.users.c.id)
                .where(t.robot_guardians.c.robot_id == robot_id).order_by(t.users.c.username)
            ).all()
        return [_user(r) for r in rows]

    def robots_of(self, user_id: int) -> frozenset[str]:
        with self.engine.connect() as conn:
            return frozenset(r[0] for r in conn.execute(
                select(t.robot_guardians.c.robot_id).where(t.robot_guardians.c.user_id == user_id)))

    # -- access log -------------------------------------------------------------------
    def record_access(self, actor: str, role: str, action: str, robot_id: str | None,
                      detail: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(t.access_log).values(created_at=utcnow(), actor=actor, role=role, action=action,
                                                     robot_id=robot_id, detail=detail))

    def access_log(self, robot_id: str | None = None, actor: str | None = None,
                   limit: int = 100) -> list[dict[str, Any]]:
        q = select(t.access_log).order_by(t.access_log.c.id.desc()).limit(limit)
        if robot_id is not None:
            q = q.where(t.access_log.c.robot_id == robot_id)
        if actor is not None:
            q = q.where(t.access_log.c.actor == actor)
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
        return [{"id": r.id, "created_at": aware(r.created_at).isoformat(), "actor": r.actor, "role": r.role,
                 "action": r.action, "robot_id": r.robot_id, "detail": r.detail} for r in rows]
