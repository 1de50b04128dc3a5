"""Registering robots: validate the policy, store it, issue the ID and the key.

Shared by the CLI and the admin API so that both apply the same checks.
"""

from __future__ import annotations

from typing import Any

from filters.policy import Policy, PolicyError, load_policy
from proxy.demo_upstream import DEMO_MODEL
from proxy.errors import PolicyConfigError
from proxy.settings import Settings
from proxy.storage import RobotRecord, Store

__all__ = ["default_model", "register", "validate_policy_text"]


def default_model(settings: Settings) -> str:
    return settings.upstream_model or DEMO_MODEL


def validate_policy_text(text: str, settings: Settings, overrides: dict[str, Any] | None = None) -> Policy:
    try:
        return load_policy(text, settings.tiers_dir, overrides)
    except PolicyError as exc:
        raise PolicyConfigError(str(exc)) from exc


def register(
    store: Store,
    settings: Settings,
    name: str,
    department: str,
    robot_type: str = "digital_human",
    model: str | None = None,
    policy_text: str | None = None,
    overrides: dict[str, Any] | None = None,
    actor: str = "cli",
) -> tuple[RobotRecord, str]:
    name, department = name.strip(), department.strip()
    if not name or len(name) > 100 or not department or len(department) > 100:
        raise PolicyConfigError("name and department must be 1-100 characters", code="invalid_request")
    if policy_text is None:
        policy_text = settings.default_policy_path.read_text(encoding="utf-8")
    policy = validate_policy_text(policy_text, settings, overrides)
    policy_id = store.save_policy(policy.name, load_policy(policy_text, settings.tiers_dir).version(), policy_text)
    return store.register_robot(
        name=name,
        department=department,
        model=model or default_model(settings),
        policy_id=policy_id,
        robot_type=robot_type,
        overrides=overrides,
        actor=actor,
    )
