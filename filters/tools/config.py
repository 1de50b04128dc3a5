"""The ``tools:`` section of a policy: which tools a robot may call, with which arguments.

Measures 5.2(c) and 6.7(a): a robot works only within its preset range, and calling a
tool is the way an LLM acts in the world. With ``enforce: true``:

- tool definitions a vendor sends (``tools``, legacy ``functions``) that the policy does
  not list are removed before the model sees them (``unknown_definitions: remove``), or
  the request is refused with 400 ``tool_not_allowed`` (``reject``);
- a ``tool_calls`` answer naming an unlisted tool, with arguments that are not a JSON
  object, or with arguments outside the tool's constraints is stripped from the answer
  (``on_violation: strip``) or the whole answer is replaced by the robot's refusal
  (``block``), streamed answers included.

With ``enforce: false`` (the shipped default policy, so vendors that pass their own tools
keep working) definitions and calls pass as sent; malformed arguments are flagged for
review. In both modes the string values of every released call's arguments go through
the response filters like answer text (content safety, prompt-leak canary, placeholder
restoration), so a tool call is not a way around them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from filters.tools.schema import ArgSchema

__all__ = ["TOOL_NAME_PATTERN", "AllowedTool", "ToolPolicy"]

#: OpenAI's rule for function names; names outside it are invalid definitions.
TOOL_NAME_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"


class AllowedTool(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=TOOL_NAME_PATTERN)
    description: str = Field(default="", max_length=2000)
    #: Constraints on the call's arguments (a JSON object); omitted: any JSON object.
    arguments: ArgSchema | None = None


class ToolPolicy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    enforce: bool = False
    allowed: tuple[AllowedTool, ...] = ()
    on_violation: Literal["strip", "block"] = "strip"
    unknown_definitions: Literal["remove", "reject"] = "remove"
    #: Calls beyond this many in one answer are violations (bounded work per answer).
    max_calls: int = Field(default=16, ge=1, le=128)
    #: Longer argument strings are violations, and are never parsed.
    max_argument_chars: int = Field(default=32_768, ge=16, le=1_000_000)

    @model_validator(mode="after")
    def _unique(self) -> ToolPolicy:
        seen: set[str] = set()
        for t in self.allowed:
            if t.name in seen:
                raise ValueError(f"allowed lists the tool {t.name!r} twice")
            seen.add(t.name)
        return self

    def tool(self, name: str) -> AllowedTool | None:
        for t in self.allowed:
            if t.name == name:
                return t
        return None

    @property
    def names(self) -> frozenset[str]:
        return frozenset(t.name for t in self.allowed)
