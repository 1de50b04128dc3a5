"""Request side: the vendor's tool definitions against the robot's allow-list.

``filter_definitions`` edits the request body in place before the model sees it:

- ``tools`` entries (``{"type": "function", "function": {"name": ...}}``) and legacy
  ``functions`` entries (``{"name": ...}``) whose name the policy does not allow are
  removed (``unknown_definitions: remove``) or refused (``reject``). Non-function tool
  types (``custom``, built-in tools) cannot be constrained, so they count as not allowed.
- When nothing is left, ``tools``/``functions`` are dropped with ``parallel_tool_calls``
  (an empty list or a lone ``parallel_tool_calls`` is an error at OpenAI).
- ``tool_choice`` / ``function_call``: ``"auto"``/``"none"`` stay (and are dropped with
  the list); a choice that forces a tool the policy does not allow, or ``"required"``
  when no allowed tool is left, is refused with ``tool_not_allowed``. Decision: refuse,
  not downgrade to ``"auto"``: the vendor's code forced that call and expects it; a
  silent downgrade would return plain text where the caller waits for a call, and would
  hide a misconfigured robot from its vendor. The 400 names the tool and the policy.

A malformed definition (not an object, no valid function name) is a ``DefinitionError``
(400 ``invalid_request``): names outside OpenAI's ``^[A-Za-z0-9_-]{1,64}$`` are refused,
which is also what makes tool names safe to name in audit records and error messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from filters.tools.config import TOOL_NAME_PATTERN, ToolPolicy

__all__ = ["DefinitionError", "DefinitionResult", "filter_definitions"]

_NAME = re.compile(TOOL_NAME_PATTERN)


class DefinitionError(ValueError):
    """A request's tool definitions cannot be served. Messages name tools, never user text."""

    def __init__(self, message: str, code: str, param: str) -> None:
        super().__init__(message)
        self.code = code
        self.param = param


@dataclass(frozen=True, slots=True)
class DefinitionResult:
    removed: tuple[str, ...] = ()  # names (or ``type:<kind>``) of the definitions removed
    kept: tuple[str, ...] = ()  # names of the function definitions the model sees


def _label(entry: Any, where: str, legacy: bool) -> tuple[str, bool]:
    """(name or ``type:<kind>``, is a function definition) of one definition."""
    if not isinstance(entry, dict):
        raise DefinitionError(f"{where} must be an object", "invalid_request", where)
    if legacy:
        fn: Any = entry
    else:
        kind = entry.get("type", "function")
        if kind != "function":
            if isinstance(kind, str) and _NAME.match(kind):
                return f"type:{kind}", False
            raise DefinitionError(f"{where}.type is not a valid tool type", "invalid_request", f"{where}.type")
        fn = entry.get("function")
        if not isinstance(fn, dict):
            raise DefinitionError(f"{where}.function must be an object", "invalid_request", f"{where}.function")
    name = fn.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise DefinitionError(f"{where}: a function name must match {TOOL_NAME_PATTERN}", "invalid_request",
                              f"{where}.name")
    return name, True


def _filter_list(payload: dict[str, Any], key: str, policy: ToolPolicy, removed: list[str]) -> list[str]:
    entries = payload.get(key)
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise DefinitionError(f"{key} must be a list", "invalid_request", key)
    allowed = policy.names
    kept_entries: list[Any] = []
    kept: list[str] = []
    for i, entry in enumerate(entries):
        label, is_function = _label(entry, f"{key}[{i}]", legacy=key == "functions")
        if is_function and label in allowed:
            kept_entries.append(entry)
            kept.append(label)
        else:
            removed.append(label)
    if len(kept_entries) != len(entries):
        if kept_entries:
            payload[key] = kept_entries
        else:
            del payload[key]
    return kept


def _forced_name(choice: Any, legacy: bool) -> str | None:
    """The tool a ``tool_choice``/``function_call`` forces, if it names one."""
    if not isinstance(choice, dict):
        return None
    fn = choice if legacy else choice.get("function")
    name = fn.get("name") if isinstance(fn, dict) else None
    return name if isinstance(name, str) else None


def _fix_choice(payload: dict[str, Any], key: str, kept: list[str], had_list: bool, policy: ToolPolicy) -> None:
    if key not in payload:
        return
    choice = payload[key]
    forced = _forced_name(choice, legacy=key == "function_call")
    if forced is not None:
        if forced not in policy.names:
            shown = forced if _NAME.match(forced) else "(invalid name)"
            raise DefinitionError(f"{key} forces the tool {shown!r}, which this robot's policy does not allow",
                                  "tool_not_allowed", key)
        return
    if had_list and not kept:
        if choice == "required":
            raise DefinitionError(f"{key} is 'required' but none of the tools sent is allowed by this robot's policy",
                                  "tool_not_allowed", key)
        del payload[key]  # "auto"/"none" without tools is an error upstream


def filter_definitions(policy: ToolPolicy, payload: dict[str, Any]) -> DefinitionResult:
    """Applies the allow-list to a request body in place (no-op unless ``enforce``)."""
    if not policy.enforce:
        return DefinitionResult()
    had_tools, had_functions = payload.get("tools") is not None, payload.get("functions") is not None
    removed: list[str] = []
    kept_tools = _filter_list(payload, "tools", policy, removed)
    kept_functions = _filter_list(payload, "functions", policy, removed)
    if removed and policy.unknown_definitions == "reject":
        names = ", ".join(sorted(set(removed)))
        raise DefinitionError(f"this robot's policy does not allow the tools: {names}", "tool_not_allowed",
                              "tools" if had_tools else "functions")
    _fix_choice(payload, "tool_choice", kept_tools, had_tools, policy)
    _fix_choice(payload, "function_call", kept_functions, had_functions, policy)
    if had_tools and not kept_tools:
        payload.pop("parallel_tool_calls", None)
    return DefinitionResult(tuple(removed), tuple(kept_tools + kept_functions))
