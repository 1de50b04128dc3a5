"""Policies: validated data that says what a robot may do.

A policy file is YAML. It names a tier (``configs/tiers/<tier>.yaml``, measures 8.1:
scenario and degree of substitution); the tier's document is the base and the policy's
keys are merged over it, filters matched by ``type``. A robot may carry overrides that
are merged the same way last. The merged document is validated by ``Policy``: unknown
keys are rejected and the error names the key. The version is a hash of the validated,
canonical document, recorded in every audit record.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal, Union

import orjson
import yaml
from pydantic import BaseModel, ConfigDict, Field, HttpUrl, TypeAdapter, ValidationError

from filters.personalization import ConsentPolicy
from filters.registry import FILTER_TYPES
from filters.safe_mode import SafeModePolicy
from filters.tools.config import ToolPolicy

__all__ = [
    "AnomalyPolicy",
    "AuditPolicy",
    "Persona",
    "Policy",
    "PolicyError",
    "RateLimit",
    "StreamPolicy",
    "load_policy",
    "merge_documents",
    "policy_json_schema",
    "resolve_policy",
]

_FilterConfigs = tuple(ft.config for ft in FILTER_TYPES.values())
# A Union over a runtime tuple (the registry), so it cannot be written with ``|``.
AnyFilterConfig = Annotated[Union[_FilterConfigs], Field(discriminator="type")]  # type: ignore[valid-type]  # noqa: UP007


class PolicyError(ValueError):
    """A policy document is invalid. The message names the key, never user text."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Persona(_Strict):
    """What the robot says in its own voice when the proxy answers instead of the model."""

    refusal: str = Field(
        default="抱歉，这个问题我不能回答。如需帮助，请咨询窗口工作人员或拨打12345政务服务便民热线。",
        min_length=1,
        max_length=2000,
    )
    unavailable: str = Field(
        default="抱歉，服务暂时不可用，请稍后再试或咨询窗口工作人员。", min_length=1, max_length=2000
    )


class AuditPolicy(_Strict):
    #: ``full`` keeps request and response text, ``none`` keeps only decisions and metadata.
    store_text: Literal["full", "none"] = "full"


class StreamPolicy(_Strict):
    """Windowed moderation of streamed answers for filters without their own inspector."""

    chunk_size: int = Field(default=200, ge=8, le=10_000)
    context_size: int = Field(default=50, ge=0, le=2_000)


class RateLimit(_Strict):
    requests_per_minute: int = Field(default=600, ge=1, le=1_000_000)


class AnomalyPolicy(_Strict):
    """Anomaly response (measures 6.7(b)(c)): count blocked attack attempts per end user
    and per robot in the shared state; throttle the user, alert the guardian, and
    optionally switch the robot to safe mode when a window's count passes a threshold."""

    #: Decision categories that count as an attack attempt.
    categories: tuple[str, ...] = ("injection", "jailbreak", "prompt_leak", "robot_command")
    window_s: int = Field(default=300, ge=10, le=86_400)
    #: Attempts by one end user (the request's ``user``) within the window before throttling.
    user_threshold: int = Field(default=5, ge=1)
    throttle_s: int = Field(default=600, ge=1, le=86_400)
    #: Attempts against one robot within the window before the guardian is alerted.
    robot_threshold: int = Field(default=30, ge=1)
    auto_safe_mode: bool = False
    #: Guardian alert endpoint (POST JSON, retried); alerts are also in the robot's events.
    webhook_url: HttpUrl | None = None


class Policy(_Strict):
    name: str = Field(min_length=1, max_length=100)
    tier: str = Field(min_length=1, max_length=40)
    description: str = ""
    scenario: str = ""
    persona: Persona = Persona()
    audit: AuditPolicy = AuditPolicy()
    stream: StreamPolicy = StreamPolicy()
    rate_limit: RateLimit = RateLimit()
    anomaly: AnomalyPolicy = AnomalyPolicy()
    #: Consent-gated personalization (PIPL; measures 2.5.2.3): see ``filters.personalization``.
    consent: ConsentPolicy = ConsentPolicy()
    #: Tool-call allow-list and argument constraints (measures 5.2(c), 6.7(a)): see ``filters.tools``.
    tools: ToolPolicy = ToolPolicy()
    #: What the robot answers in safe mode, without the model (measures 6.4(c)): see ``filters.safe_mode``.
    safe_mode: SafeModePolicy = SafeModePolicy()
    filters: tuple[AnyFilterConfig, ...] = ()

    def version(self) -> str:
        canonical = orjson.dumps(self.model_dump(mode="json"), option=orjson.OPT_SORT_KEYS)
        return hashlib.sha256(canonical).hexdigest()[:16]


_POLICY_ADAPTER: TypeAdapter[Policy] = TypeAdapter(Policy)


def policy_json_schema() -> dict[str, Any]:
    schema = Policy.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Jianhu policy"
    return schema


def merge_documents(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """Deep-merge ``over`` onto ``base``. Lists of filters merge by ``type``; other lists replace."""
    out: dict[str, Any] = dict(base)
    for key, value in over.items():
        if key == "filters" and isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = _merge_filters(out[key], value)
        elif isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = merge_documents(out[key], value)
        else:
            out[key] = value
    return out


def _merge_filters(base: list[Any], over: list[Any]) -> list[Any]:
    merged = [dict(f) if isinstance(f, Mapping) else f for f in base]
    index = {f.get("type"): i for i, f in enumerate(merged) if isinstance(f, Mapping)}
    for f in over:
        if isinstance(f, Mapping) and f.get("type") in index:
            i = index[f.get("type")]
            merged[i] = merge_documents(merged[i], f)
        else:
            merged.append(f)
    return merged


def _read_yaml(text: str, origin: str) -> dict[str, Any]:
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise PolicyError(f"{origin}: not valid YAML{where}") from exc
    if doc is None:
        doc = {}
    if not isinstance(doc, dict):
        raise PolicyError(f"{origin}: a policy must be a YAML mapping")
    return doc


def _format_validation(exc: ValidationError, origin: str) -> str:
    parts = []
    for err in exc.errors()[:10]:
        loc = ".".join(str(p) for p in err["loc"])
        parts.append(f"{loc}: {err['msg']}")
    return f"{origin}: invalid policy: " + "; ".join(parts)


def resolve_policy(
    document: Mapping[str, Any],
    tiers_dir: Path,
    overrides: Mapping[str, Any] | None = None,
    origin: str = "policy",
) -> Policy:
    """Merge tier, policy and per-robot overrides, then validate."""
    tier = document.get("tier")
    if not isinstance(tier, str) or not tier:
        raise PolicyError(f"{origin}: invalid policy: tier: field required")
    tier_path = tiers_dir / f"{tier}.yaml"
    if not tier.replace("_", "").replace("-", "").isalnum() or not tier_path.is_file():
        raise PolicyError(f"{origin}: invalid policy: tier: unknown tier {tier!r}")
    base = _read_yaml(tier_path.read_text(encoding="utf-8"), f"tier {tier}")
    base.pop("tier_description", None)
    merged = merge_documents(base, document)
    if overrides:
        merged = merge_documents(merged, overrides)
    try:
        return _POLICY_ADAPTER.validate_python(merged)
    except ValidationError as exc:
        raise PolicyError(_format_validation(exc, origin)) from exc


def load_policy(
    text: str, tiers_dir: Path, overrides: Mapping[str, Any] | None = None, origin: str = "policy"
) -> Policy:
    return resolve_policy(_read_yaml(text, origin), tiers_dir, overrides, origin)
