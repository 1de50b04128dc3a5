"""Admin API for policy versions, replay and publication (measures 8.1, 6.2(c)).

    GET  /admin/v1/policies                          policy names, versions in effect, robot counts
    GET  /admin/v1/policies/{name}/versions          the document in effect and the version history
    POST /admin/v1/policies/{name}/versions          save a draft {document, note, parent_id?} (validated)
    GET  /admin/v1/policy-versions/{id}              one version with its unified diff
    POST /admin/v1/policy-versions/{id}/replay       {days, limit, robot_id?}: decisions that would change
    POST /admin/v1/policy-versions/{id}/publish      make it the policy of its robots; reload every replica

Reading is open to every console role; writing, replay and publishing are the
bureau's (``bureau_admin``). A draft that does not validate is refused with 400
``invalid_policy`` and the validator's message, which names the key. Publishing first
checks the version against every affected robot's own overrides, so a publication
never leaves a robot without a valid pipeline.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field

from filters.policy import PolicyError, load_policy
from proxy.auth import Principal, principal, require
from proxy.errors import PolicyConfigError, RequestError
from proxy.gateway import Gateway
from proxy.replay import replay
from proxy.robots import validate_policy_text
from proxy.storage.policy_versions import PolicyVersionStore

__all__ = ["publish_version", "replay_version", "router", "save_draft", "versions"]

router = APIRouter(prefix="/admin/v1", tags=["policies"])


def gateway(request: Request) -> Gateway:
    gw: Gateway = request.app.state.gateway
    return gw


Gw = Annotated[Gateway, Depends(gateway)]
Who = Annotated[Principal, Depends(principal)]
Bureau = Annotated[Principal, Depends(require("bureau_admin"))]


class DraftBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    document: str = Field(min_length=1, max_length=200_000)
    note: str = Field(default="", max_length=500)
    parent_id: int | None = None


class ReplayBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    days: int = Field(default=7, ge=1, le=180)
    limit: int = Field(default=500, ge=1, le=5000)
    robot_id: str | None = Field(default=None, max_length=32)


def versions(gw: Gateway) -> PolicyVersionStore:
    return PolicyVersionStore(gw.store.engine)


async def save_draft(gw: Gateway, who: Principal, name: str, document: str, note: str,
                     parent_id: int | None) -> dict[str, Any]:
    """Validate and store a draft; raises ``PolicyConfigError`` with the validator's message."""
    policy = validate_policy_text(document, gw.settings)
    if policy.name != name:
        raise PolicyConfigError(f"policy: name: must stay '{name[:100]}' (save it under its own name instead)")
    store = versions(gw)
    if parent_id is not None:
        parent = await gw.io(store.get, parent_id)
        if parent is None or parent["name"] != name:
            raise RequestError("parent_id is not a version of this policy", code="invalid_request",
                               param="parent_id")
    version_id = await gw.io(store.add_draft, name, policy.version(), document, who.actor, note, parent_id)
    found = await gw.io(store.get, version_id)
    assert found is not None  # noqa: S101 - just stored
    return found


async def _version(gw: Gateway, version_id: int) -> dict[str, Any]:
    found = await gw.io(versions(gw).get, version_id)
    if found is None:
        raise RequestError("no such policy version", code="not_found", status=404)
    return found


async def replay_version(gw: Gateway, version_id: int, days: int, limit: int,
                         robot_id: str | None = None) -> dict[str, Any]:
    found = await _version(gw, version_id)
    if robot_id is not None:
        robot = await gw.io(gw.store.get_robot, robot_id)
        if robot is None:
            raise RequestError("no such robot", code="not_found", status=404, param="robot_id")
        robots = [robot]
    else:
        ids = await gw.io(versions(gw).robots_using, found["name"])
        robots = [r for r in await gw.io(lambda: [gw.store.get_robot(i) for i in ids]) if r is not None]
    try:
        result = await replay(gw, found["document"], robots, days, limit)
    except PolicyError as exc:  # the draft does not fit a robot's overrides
        raise PolicyConfigError(str(exc)) from exc
    return result | {"version_id": version_id, "name": found["name"]}


async def publish_version(gw: Gateway, who: Principal, version_id: int) -> dict[str, Any]:
    found = await _version(gw, version_id)
    store = versions(gw)
    for robot_id in await gw.io(store.robots_using, found["name"]):
        robot = await gw.io(gw.store.get_robot, robot_id)
        if robot is None:
            continue
        try:
            load_policy(found["document"], gw.settings.tiers_dir, robot.overrides, origin=f"robot {robot_id}")
        except PolicyError as exc:
            raise PolicyConfigError(str(exc)) from exc
    out = await gw.io(store.publish, version_id, who.actor)
    assert out is not None  # noqa: S101 - checked above
    await gw.reload()  # rebuild here, then every other replica through the shared state
    return out | {"reloaded": True}


@router.get("/policies")
async def list_policies(gw: Gw, who: Who) -> dict[str, Any]:
    return {"object": "list", "data": await gw.io(versions(gw).policies)}


@router.get("/policies/{name}/versions")
async def policy_versions(name: str, gw: Gw, who: Who) -> dict[str, Any]:
    store = versions(gw)
    current = await gw.io(store.current, name)
    history = await gw.io(store.history, name)
    if current is None and not history:
        raise RequestError("no such policy", code="not_found", status=404)
    return {"name": name, "current": current, "robots": await gw.io(store.robots_using, name), "versions": history}


@router.post("/policies/{name}/versions", status_code=201)
async def create_version(name: str, body: DraftBody, gw: Gw, who: Bureau) -> dict[str, Any]:
    return await save_draft(gw, who, name, body.document, body.note, body.parent_id)


@router.get("/policy-versions/{version_id}")
async def get_version(version_id: int, gw: Gw, who: Who) -> dict[str, Any]:
    return await _version(gw, version_id)


@router.post("/policy-versions/{version_id}/replay")
async def replay_policy(version_id: int, body: ReplayBody, gw: Gw, who: Bureau) -> dict[str, Any]:
    return await replay_version(gw, version_id, body.days, body.limit, body.robot_id)


@router.post("/policy-versions/{version_id}/publish")
async def publish_policy(version_id: int, gw: Gw, who: Bureau) -> dict[str, Any]:
    return await publish_version(gw, who, version_id)
