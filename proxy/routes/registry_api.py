"""Admin API for accounts and the robot lifecycle (``/admin/v1``), next to ``proxy.routes.admin``.

    POST   /users                          create a user (bureau: any role; department admin:
                                           guardians of their department)
    GET    /users                          list users (bureau, auditor: all; department admin: own dept)
    POST   /users/{username}/tokens        an API token that acts as the user (bureau)
    DELETE /users/{username}               disable: sessions end, tokens stop (bureau)
    POST   /robots/{id}/guardians          assign guardians (the robot's admins)
    DELETE /robots/{id}/guardians/{user}   remove one (never the last)
    POST   /robots/{id}/onboarding         run the onboarding assessment (the robot's admins)
    GET    /robots/{id}/export             the signed export bundle (admins of the robot, auditor)
    POST   /robots/{id}/legal-hold         set or release a legal hold (bureau)
    POST   /retention/run                  one retention pass now (bureau)
    GET    /access-log                     who read which transcripts (bureau, auditor)
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.responses import Response

from proxy import administration, retention
from proxy.auth import Principal, accounts, principal, require, robot_scope
from proxy.errors import RequestError
from proxy.gateway import Gateway
from proxy.onboarding import run_onboarding
from proxy.termination import build_bundle

__all__ = ["router"]

router = APIRouter(prefix="/admin/v1", tags=["admin"])


def gateway(request: Request) -> Gateway:
    gw: Gateway = request.app.state.gateway
    return gw


Gw = Annotated[Gateway, Depends(gateway)]
Who = Annotated[Principal, Depends(principal)]
Admins = Annotated[Principal, Depends(require("bureau_admin", "department_admin"))]
Bureau = Annotated[Principal, Depends(require("bureau_admin"))]
Overseers = Annotated[Principal, Depends(require("bureau_admin", "auditor"))]
Readers = Annotated[Principal, Depends(require("bureau_admin", "department_admin", "auditor"))]


class CreateUser(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(min_length=3, max_length=64)
    role: Literal["bureau_admin", "department_admin", "guardian", "auditor"]
    department: str | None = Field(default=None, max_length=100)
    display_name: str | None = Field(default=None, max_length=100)
    password: str | None = Field(default=None, min_length=10, max_length=256,
                                 description="omit for a token-only service account")


class TokenRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str | None = Field(default=None, max_length=100)


class Guardians(BaseModel):
    model_config = ConfigDict(extra="forbid")
    guardians: list[str] = Field(min_length=1, max_length=20)


class LegalHold(BaseModel):
    model_config = ConfigDict(extra="forbid")
    hold: bool
    reason: str = Field(min_length=1, max_length=500)


@router.post("/users", status_code=201)
async def create_user(body: CreateUser, gw: Gw, who: Admins) -> dict[str, Any]:
    user = await administration.create_user(gw, who, body.username, body.role, body.department,
                                            body.display_name, body.password)
    return user.public()


@router.get("/users")
async def list_users(gw: Gw, who: Readers) -> dict[str, Any]:
    users = await administration.list_users(gw, who)
    return {"object": "list", "data": [u.public() for u in users]}


@router.post("/users/{username}/tokens", status_code=201)
async def create_token(username: str, body: TokenRequest, gw: Gw, who: Bureau) -> dict[str, Any]:
    token = await administration.issue_token(gw, who, username, body.name)
    return {"username": username, "token": token}


@router.delete("/users/{username}")
async def disable_user(username: str, gw: Gw, who: Bureau) -> dict[str, Any]:
    await administration.disable_user(gw, who, username)
    return {"username": username, "disabled": True}


@router.post("/robots/{robot_id}/guardians")
async def add_guardians(request: Request, robot_id: str, body: Guardians, gw: Gw, who: Who) -> dict[str, Any]:
    robot = await robot_scope(request, who, robot_id, administer=True)
    return {"robot_id": robot_id, "guardians": await administration.add_guardians(gw, who, robot, body.guardians)}


@router.delete("/robots/{robot_id}/guardians/{username}")
async def remove_guardian(request: Request, robot_id: str, username: str, gw: Gw, who: Who) -> dict[str, Any]:
    robot = await robot_scope(request, who, robot_id, administer=True)
    return {"robot_id": robot_id, "guardians": await administration.remove_guardian(gw, who, robot, username)}


@router.post("/robots/{robot_id}/onboarding")
async def onboarding(request: Request, robot_id: str, gw: Gw, who: Who) -> dict[str, Any]:
    """Run the onboarding test bank through the robot's pipeline; activation needs a pass."""
    robot = await robot_scope(request, who, robot_id, administer=True)
    return await run_onboarding(gw, robot, who.actor)


@router.get("/robots/{robot_id}/export")
async def export_bundle(request: Request, robot_id: str, gw: Gw, who: Readers) -> Response:
    """The signed export bundle (``proxy.termination``); the download is recorded."""
    robot = await robot_scope(request, who, robot_id)
    if gw.store.cipher is None:
        raise RequestError("encryption is not configured", code="no_cipher", status=409)
    data = await gw.io(build_bundle, gw.store, gw.store.cipher.keys.keyring, robot)
    await gw.io(accounts(request).record_access, who.actor, who.role, "robot.export", robot_id, {})
    return Response(data, media_type="application/gzip", headers={
        "Content-Disposition": f'attachment; filename="{robot_id}.tar.gz"'})


@router.post("/robots/{robot_id}/legal-hold")
async def legal_hold(request: Request, robot_id: str, body: LegalHold, gw: Gw, who: Bureau) -> dict[str, Any]:
    robot = await robot_scope(request, who, robot_id)
    await administration.set_hold(gw, who, robot, body.hold, body.reason)
    return {"robot_id": robot_id, "legal_hold": body.hold}


@router.post("/retention/run")
async def run_retention(gw: Gw, who: Bureau) -> dict[str, Any]:
    await gw.audit.flush()
    return await retention.run(gw, who.actor)  # shredded keys leave every replica's cache


@router.get("/access-log")
async def access_log(request: Request, gw: Gw, who: Overseers, robot_id: str | None = None,
                     actor: str | None = None, limit: int = Query(default=100, ge=1, le=1000)) -> dict[str, Any]:
    rows = await gw.io(accounts(request).access_log, robot_id, actor, limit)
    return {"object": "list", "data": rows}
