"""Argument constraints: a small, safe subset of JSON Schema, checked at policy load.

A policy's allowed tool carries ``arguments:``, written in JSON Schema's own spelling so
it can be copied from (or compared with) the vendor's tool definition. Only this subset
is understood:

    type                      "object" | "array" | "string" | "integer" | "number" |
                              "boolean" | "null", or a list of them
    enum, const               scalars (string, number, boolean, null)
    pattern                   a regular expression searched in the string (``regex``
                              module, matched with a time limit)
    minLength, maxLength      string length in code points
    minimum, maximum          inclusive number bounds
    properties, required,     object members; ``additionalProperties`` is a boolean only
    additionalProperties
    items, minItems, maxItems array elements (one schema for every element)
    description               ignored, for humans

Everything else is rejected when the policy is loaded (``extra="forbid"``), so a typo
such as ``maxLenght`` stops start-up with an error naming the key, instead of silently
allowing every value. Keywords that cannot apply to the declared ``type`` (``minimum``
on a string) and contradictory bounds are load errors too. No ``$ref``, no combinators
(``anyOf``...), no remote anything: the validator stays small enough to read in one
sitting and its cost is linear in the size of the arguments.
"""

from __future__ import annotations

from typing import Any, Literal

import regex
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    SerializerFunctionWrapHandler,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    model_serializer,
    model_validator,
)

__all__ = ["ArgSchema", "JsonType", "Scalar"]

JsonType = Literal["object", "array", "string", "integer", "number", "boolean", "null"]
#: enum/const values. Booleans come first so that ``true`` is not read as 1.
Scalar = StrictBool | StrictInt | StrictFloat | StrictStr | None

_STRING_KEYS = ("pattern", "min_length", "max_length")
_NUMBER_KEYS = ("minimum", "maximum")
_OBJECT_KEYS = ("properties", "required", "additional_properties")
_ARRAY_KEYS = ("items", "min_items", "max_items")
_APPLIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "string": (("string",), _STRING_KEYS),
    "number": (("integer", "number"), _NUMBER_KEYS),
    "object": (("object",), _OBJECT_KEYS),
    "array": (("array",), _ARRAY_KEYS),
}
_ALIASES = {"min_length": "minLength", "max_length": "maxLength", "additional_properties": "additionalProperties",
            "min_items": "minItems", "max_items": "maxItems"}
#: Nesting limit for constraint schemas (and so for the validator's recursion).
MAX_DEPTH = 16


class ArgSchema(BaseModel):
    """One node of an argument constraint. Field names follow JSON Schema (aliases)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: JsonType | tuple[JsonType, ...] | None = None
    description: str | None = Field(default=None, max_length=2000)
    enum: tuple[Scalar, ...] | None = Field(default=None, min_length=1, max_length=1000)
    #: ``const: null`` is meaningful, so whether const was given is read from the fields set.
    const: Scalar = None
    pattern: str | None = Field(default=None, max_length=1000)
    min_length: int | None = Field(default=None, ge=0, alias="minLength")
    max_length: int | None = Field(default=None, ge=0, alias="maxLength")
    minimum: StrictInt | StrictFloat | None = None
    maximum: StrictInt | StrictFloat | None = None
    properties: dict[str, ArgSchema] | None = None
    required: tuple[str, ...] | None = None
    additional_properties: bool | None = Field(default=None, alias="additionalProperties")
    items: ArgSchema | None = None
    min_items: int | None = Field(default=None, ge=0, alias="minItems")
    max_items: int | None = Field(default=None, ge=0, alias="maxItems")

    _pattern: Any = PrivateAttr(default=None)

    @property
    def has_const(self) -> bool:
        return "const" in self.model_fields_set

    @property
    def types(self) -> tuple[str, ...]:
        if self.type is None:
            return ()
        return (self.type,) if isinstance(self.type, str) else self.type

    @property
    def compiled_pattern(self) -> Any:
        return self._pattern

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # ``const: null`` and no const differ, so the policy version hash must see the difference
        data: dict[str, Any] = handler(self)
        if not self.has_const:
            data.pop("const", None)
        return data

    @model_validator(mode="after")
    def _consistent(self) -> ArgSchema:
        types = self.types
        if types:
            for family, (accepting, keys) in _APPLIES.items():
                if any(t in types for t in accepting):
                    continue
                for key in keys:
                    if getattr(self, key) is not None:
                        raise ValueError(
                            f"{_ALIASES.get(key, key)} applies to {family} values, not to type {'/'.join(types)}")
        for low, high in (("min_length", "max_length"), ("minimum", "maximum"), ("min_items", "max_items")):
            lo, hi = getattr(self, low), getattr(self, high)
            if lo is not None and hi is not None and lo > hi:
                raise ValueError(f"{_ALIASES.get(low, low)} is greater than {_ALIASES.get(high, high)}")
        if self.required is not None:
            if len(set(self.required)) != len(self.required):
                raise ValueError("required lists a property twice")
            if self.additional_properties is False:
                missing = [r for r in self.required if r not in (self.properties or {})]
                if missing:
                    raise ValueError(f"required names {missing[0]!r}, which properties does not define "
                                     "while additionalProperties is false")
        if self.pattern is not None:
            try:
                self._pattern = regex.compile(self.pattern)
            except regex.error as exc:
                raise ValueError(f"pattern is not a valid regular expression ({exc.msg})") from exc
        if _depth(self) > MAX_DEPTH:
            raise ValueError(f"argument schema nests deeper than {MAX_DEPTH} levels")
        return self


def _depth(node: ArgSchema) -> int:
    children = list((node.properties or {}).values())
    if node.items is not None:
        children.append(node.items)
    return 1 + max((_depth(c) for c in children), default=0)
