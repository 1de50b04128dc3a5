"""Registering robots: validate the policy, store it, issue the ID and the key.

Shared by the CLI and the admin API so that both apply the same checks.
"""

from __future__ import annotations

from typing import Any

import yaml

from filters.content_safety import ContentSafetyConfig, ContentSafetyFilter
from filters.decision import Action
from filters.policy import Policy, PolicyError, load_policy
from models.store import ModelStore
from proxy.demo_upstream import DEMO_MODEL
from proxy.errors import PolicyConfigError
from proxy.filing import is_valid_filing_number, normalize_filing_number
from proxy.settings import Settings
from proxy.storage import RobotRecord, Store
from proxy.storage.accounts import AccountError, AccountStore

__all__ = ["default_model", "register", "validate_policy_text"]


def default_model(settings: Settings) -> str:
    return settings.upstream_model or DEMO_MODEL


def validate_policy_text(text: str, settings: Settings, overrides: dict[str, Any] | None = None) -> Policy:
    try:
        return load_policy(text, settings.tiers_dir, overrides)
    except PolicyError as exc:
        raise PolicyConfigError(str(exc)) from exc


def screen_name(name: str, policy: Policy, models: ModelStore) -> None:
    """Measures 2.3: a robot's name is screened by the content filter of its policy.

    Stricter than for messages: a name is refused when the filter would block it or when
    it contains any lexicon term at all (a public-facing name has no legitimate context)."""
    for cfg in policy.filters:
        if isinstance(cfg, ContentSafetyConfig) and cfg.enabled:
            f = ContentSafetyFilter(cfg.model_copy(update={"heavy": None}), models)  # the cheap tiers only
            if f.check_text(name).action is Action.BLOCK or f.detector.detect(name, "prompt", 200).hits:
                raise PolicyConfigError("the robot's name was refused by the content filter", code="name_refused")
            return


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
    models: ModelStore | None = None,
    *,
    guardians: list[str] | None = None,
    filing_number: str | None = None,
    scenario: str | None = None,
    tier: str | None = None,
    status: str = "active",
) -> tuple[RobotRecord, str]:
    """Validate and store a robot. The admin API passes ``guardians`` (existing guardian
    accounts, at least one), a ``filing_number`` and ``status="registered"`` (activation
    then needs the onboarding assessment); the CLI bootstrap path may omit them."""
    name, department = name.strip(), department.strip()
    if not name or len(name) > 100 or not department or len(department) > 100:
        raise PolicyConfigError("name and department must be 1-100 characters", code="invalid_request")
    if filing_number is not None:
        filing_number = normalize_filing_number(filing_number)
        if not is_valid_filing_number(filing_number):
            raise PolicyConfigError("the algorithm filing number is not in a recognised form (see README)",
                                    code="invalid_filing_number")
    if policy_text is None:
        policy_text = settings.default_policy_path.read_text(encoding="utf-8")
        if tier is not None:
            policy_text = _with_tier(policy_text, tier)
    policy = validate_policy_text(policy_text, settings, overrides)
    if tier is not None and policy.tier != tier:
        raise PolicyConfigError("the tier does not match the policy's tier", code="tier_mismatch")
    screen_name(name, policy, models or ModelStore(settings.models_dir))
    policy_id = store.save_policy(policy.name, load_policy(policy_text, settings.tiers_dir).version(), policy_text)
    registry = {"scenario": (scenario or policy.scenario or "").strip()[:100] or None, "tier": policy.tier,
                "filing_number": filing_number}
    on_insert = None
    if guardians is not None:
        accounts = AccountStore(store.engine)

        def on_insert(conn: Any, robot_id: str) -> None:
            try:
                accounts.assign_guardians(robot_id, department, guardians, conn)
            except AccountError as exc:
                raise PolicyConfigError(str(exc), code=exc.code) from exc

    return store.register_robot(
        name=name,
        department=department,
        model=model or default_model(settings),
        policy_id=policy_id,
        robot_type=robot_type,
        overrides=overrides,
        actor=actor,
        status=status,
        registry=registry,
        on_insert=on_insert,
    )


def _with_tier(policy_text: str, tier: str) -> str:
    doc = yaml.safe_load(policy_text) or {}
    doc["tier"] = tier
    return str(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False))
