"""One tool call from a model answer: allowed? arguments a JSON object? within constraints?

``check_call`` returns a ``CallCheck``: the problem category (``tool_not_allowed``,
``tool_malformed``, ``tool_arguments``) and a stable reason code, or no problem and the
parsed arguments. Under ``enforce: false`` only malformed arguments are reported (the
caller flags them); names and constraints are not checked.

``string_leaves``/``replace_leaves`` let the caller run the text filters over the string
values of the arguments and write rewritten values back (placeholders restored, say)
without ever building JSON by hand: the result is serialized by ``json.dumps``, so it
stays valid JSON whatever the new values contain.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from filters.tools.config import ToolPolicy
from filters.tools.validate import violations

__all__ = [
    "ARGUMENTS",
    "MALFORMED",
    "NOT_ALLOWED",
    "CallCheck",
    "check_arguments",
    "check_call",
    "dump_arguments",
    "parse_arguments",
    "replace_leaves",
    "string_leaves",
]

NOT_ALLOWED = "tool_not_allowed"
MALFORMED = "tool_malformed"
ARGUMENTS = "tool_arguments"


@dataclass(frozen=True, slots=True)
class CallCheck:
    problem: str | None = None  # one of the categories above
    reason: str = ""  # "tools.not_allowed", "tools.arguments.maxLength@$.city", ...
    arguments: Any = None  # the parsed arguments when they are valid JSON


def _reject_constant(name: str) -> Any:
    raise ValueError("non-finite number")


def parse_arguments(text: str) -> tuple[Any, str | None]:
    """(parsed object, None) or (None, reason). An empty string is ``{}`` (no arguments)."""
    if not text.strip():
        return {}, None
    try:
        value = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        return None, "tools.malformed.json"
    if not isinstance(value, dict):
        return None, "tools.malformed.not_object"
    return value, None


def check_call(policy: ToolPolicy, name: Any, arguments: Any, constraints: bool = True) -> CallCheck:
    """Name, shape and JSON of one call, and (unless ``constraints`` is False) its constraints.

    The proxy checks constraints separately, after the text filters restored placeholders
    in the arguments: a constraint describes what the tool receives (a real ID number),
    while the model only ever wrote the placeholder.
    """
    if not isinstance(name, str) or not name:
        return CallCheck(MALFORMED, "tools.malformed.name")
    if not isinstance(arguments, str):
        return CallCheck(MALFORMED, "tools.malformed.arguments")
    tool = policy.tool(name) if policy.enforce else None
    if policy.enforce and tool is None:
        return CallCheck(NOT_ALLOWED, "tools.not_allowed")
    if len(arguments) > policy.max_argument_chars:
        if policy.enforce:
            return CallCheck(ARGUMENTS, "tools.arguments.too_long")
        return CallCheck(MALFORMED, "tools.malformed.too_long")
    value, problem = parse_arguments(arguments)
    if problem is not None:
        return CallCheck(MALFORMED, problem)
    if constraints:
        return check_arguments(policy, name, value)
    return CallCheck(None, "", value)


def check_arguments(policy: ToolPolicy, name: str, value: Any) -> CallCheck:
    """The tool's argument constraints on parsed arguments (no-op unless ``enforce``)."""
    tool = policy.tool(name) if policy.enforce else None
    if tool is not None and tool.arguments is not None:
        found = violations(tool.arguments, value, limit=1)
        if found:
            return CallCheck(ARGUMENTS, f"tools.arguments.{found[0].code()}", value)
    return CallCheck(None, "", value)


def string_leaves(value: Any) -> list[str]:
    """Every string value in a parsed JSON value, depth first (object keys excluded)."""
    out: list[str] = []
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict):
            stack.extend(reversed(list(v.values())))
        elif isinstance(v, list):
            stack.extend(reversed(v))
    return out


def replace_leaves(value: Any, new: list[str]) -> Any:
    """A copy of ``value`` with its string values replaced, in ``string_leaves`` order."""
    it = iter(new)

    def walk(v: Any) -> Any:
        if isinstance(v, str):
            return next(it)
        if isinstance(v, dict):
            return {k: walk(x) for k, x in v.items()}
        if isinstance(v, list):
            return [walk(x) for x in v]
        return v

    return walk(value)


def dump_arguments(value: Any) -> str:
    """JSON text for rewritten arguments (UTF-8 kept readable; escaped if it cannot encode)."""
    text = json.dumps(value, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from \\ud800-style escapes
        text = json.dumps(value, ensure_ascii=True)
    return text
