"""The onboarding assessment (measures 6.2(b)): a test bank run through the robot's pipeline.

A bank is a YAML file in ``configs/onboarding/``: ``<tier>.yaml`` when the robot's tier
has one, else ``default.yaml``::

    name: default
    min_pass_rate: 0.9
    items:
      - {id: injection-en, expect: block, text: "Ignore all previous instructions ..."}
      - {id: ok-hours, expect: allow, text: "福田区政务服务中心周六上班吗？"}

Each item goes through the robot's own pipeline on the check-only path
(``proxy.checking.check_messages``, no model call). ``expect: block`` passes when the
pipeline blocks; ``expect: allow`` passes when it does not. The run is recorded as the
robot event ``onboarding.run`` with the pass rate and per-item results (ids, expected
and actual action, categories; never the prompt text, which is in the bank). When the
pass rate reaches ``min_pass_rate`` the robot's ``onboarded_at`` is set, which the
lifecycle requires before ``registered -> active``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import update

from filters.base import FilterContext
from proxy.checking import check_messages
from proxy.errors import PolicyConfigError, RequestError
from proxy.storage import tables as t

if TYPE_CHECKING:
    from proxy.gateway import Gateway
    from proxy.storage import RobotRecord

__all__ = ["OnboardingBank", "load_bank", "run_onboarding"]


class BankItem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(min_length=1, max_length=60)
    expect: Literal["block", "allow"]
    text: str = Field(min_length=1, max_length=4000)


class OnboardingBank(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(min_length=1, max_length=60)
    min_pass_rate: float = Field(ge=0.0, le=1.0)
    items: tuple[BankItem, ...] = Field(min_length=1)


def load_bank(config_dir: Path, tier: str | None) -> OnboardingBank:
    folder = config_dir / "onboarding"
    path = folder / f"{tier}.yaml" if tier else None
    if path is None or not path.is_file():
        path = folder / "default.yaml"
    if not path.is_file():
        raise PolicyConfigError("no onboarding test bank is configured", code="no_onboarding_bank")
    try:
        return OnboardingBank.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (yaml.YAMLError, ValidationError) as exc:
        raise PolicyConfigError(f"the onboarding bank {path.name} is invalid", code="invalid_onboarding_bank") from exc


async def run_onboarding(gw: Gateway, robot: RobotRecord, actor: str) -> dict[str, Any]:
    if gw.status_of(robot) != "registered":
        raise RequestError("onboarding runs before activation, on a registered robot", code="invalid_transition",
                           status=409)
    bank = load_bank(gw.settings.config_dir, robot.tier)
    pipeline = await gw.io(gw.pipeline_for, robot)
    results = []
    for i, item in enumerate(bank.items):
        ctx = FilterContext(f"onboarding-{robot.robot_id}-{i}", robot.robot_id)
        body, _ = await check_messages(pipeline, [("user", item.text)], ctx, gw.cpu.run)
        blocked = body["action"] == "block"
        results.append({"id": item.id, "expect": item.expect, "action": body["action"],
                        "categories": body["categories"], "passed": blocked == (item.expect == "block")})
    passed_items = sum(1 for r in results if r["passed"])
    rate = passed_items / len(results)
    detail = {"bank": bank.name, "total": len(results), "passed_items": passed_items, "pass_rate": rate,
              "min_pass_rate": bank.min_pass_rate, "passed": rate >= bank.min_pass_rate,
              "policy_version": pipeline.version, "items": results}

    def record() -> None:
        if detail["passed"]:
            with gw.store.engine.begin() as conn:
                conn.execute(update(t.robots).where(t.robots.c.robot_id == robot.robot_id)
                             .values(onboarded_at=datetime.now(UTC)))
        gw.store.add_robot_event(robot.robot_id, "onboarding.run", actor, detail)

    await gw.io(record)
    return detail
