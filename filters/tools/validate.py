"""Checks a parsed JSON value against an ``ArgSchema``.

The result is a list of ``Violation``s, each a path and the JSON Schema keyword that
failed. Paths name only what the policy itself defines (property names from the
schema, array positions), never a key or a value the model produced, so violations can
go to the audit trail and to logs as they are. The walk is linear in the size of the
value and stops after ``limit`` violations; ``pattern`` is searched with a time limit,
and a search that runs out of time is a violation (fail closed).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from filters.tools.schema import ArgSchema

__all__ = ["PATTERN_TIMEOUT_S", "Violation", "json_type", "violations"]

#: Time limit for one ``pattern`` search.
PATTERN_TIMEOUT_S = 0.02


@dataclass(frozen=True, slots=True)
class Violation:
    path: str  # "$", "$.city", "$.items[2]"
    keyword: str  # the JSON Schema keyword that failed: "type", "maxLength", "additionalProperties"...

    def code(self) -> str:
        return f"{self.keyword}@{self.path}"


def json_type(value: Any) -> str:
    """The JSON type of a value parsed by ``json.loads``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "unknown"


def _type_ok(actual: str, allowed: tuple[str, ...], value: Any) -> bool:
    if actual in allowed:
        return True
    if actual == "integer" and "number" in allowed:
        return True
    # 2.0 is an integer in JSON Schema
    return actual == "number" and "integer" in allowed and math.isfinite(value) and float(value).is_integer()


def _equal(a: Any, b: Any) -> bool:
    """JSON equality: booleans are not numbers, 1 equals 1.0."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    return type(a) is type(b) and a == b


def violations(schema: ArgSchema, value: Any, limit: int = 8) -> list[Violation]:
    out: list[Violation] = []
    _check(schema, value, "$", out, limit)
    return out


def _check(s: ArgSchema, value: Any, path: str, out: list[Violation], limit: int) -> None:
    if len(out) >= limit:
        return
    actual = json_type(value)
    if s.types and not _type_ok(actual, s.types, value):
        out.append(Violation(path, "type"))
        return
    if s.has_const and not _equal(value, s.const):
        out.append(Violation(path, "const"))
    if s.enum is not None and not any(_equal(value, e) for e in s.enum):
        out.append(Violation(path, "enum"))
    if actual == "string":
        _check_string(s, value, path, out)
    elif actual in ("integer", "number"):
        if s.minimum is not None and value < s.minimum:
            out.append(Violation(path, "minimum"))
        if s.maximum is not None and value > s.maximum:
            out.append(Violation(path, "maximum"))
    elif actual == "object":
        _check_object(s, value, path, out, limit)
    elif actual == "array":
        if s.min_items is not None and len(value) < s.min_items:
            out.append(Violation(path, "minItems"))
        if s.max_items is not None and len(value) > s.max_items:
            out.append(Violation(path, "maxItems"))
            return  # do not walk an over-long array
        if s.items is not None:
            for i, item in enumerate(value):
                if len(out) >= limit:
                    return
                _check(s.items, item, f"{path}[{i}]", out, limit)
    del out[limit:]


def _check_string(s: ArgSchema, value: str, path: str, out: list[Violation]) -> None:
    if s.min_length is not None and len(value) < s.min_length:
        out.append(Violation(path, "minLength"))
    if s.max_length is not None and len(value) > s.max_length:
        out.append(Violation(path, "maxLength"))
        return  # the pattern never runs on a string longer than the policy allows
    if s.compiled_pattern is not None:
        try:
            if s.compiled_pattern.search(value, timeout=PATTERN_TIMEOUT_S) is None:
                out.append(Violation(path, "pattern"))
        except TimeoutError:
            out.append(Violation(path, "pattern"))


def _check_object(s: ArgSchema, value: dict[str, Any], path: str, out: list[Violation], limit: int) -> None:
    props = s.properties or {}
    for name in s.required or ():
        if name not in value:
            out.append(Violation(f"{path}.{name}", "required"))
    if s.additional_properties is False and any(k not in props for k in value):
        out.append(Violation(path, "additionalProperties"))  # the extra key is model text: not named
    for name, sub in props.items():
        if name in value:
            if len(out) >= limit:
                return
            _check(sub, value[name], f"{path}.{name}", out, limit)
