"""Tool-call control, pure parts: constraint schemas, the validator, definitions, calls, assembly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filters.policy import PolicyError, load_policy
from filters.tools import (
    ArgSchema,
    DefinitionError,
    ToolCallAssembler,
    ToolPolicy,
    check_call,
    dump_arguments,
    filter_definitions,
    replace_leaves,
    string_leaves,
    violations,
)

TIERS = Path(__file__).resolve().parents[2] / "configs" / "tiers"

CITY = {"type": "object", "additionalProperties": False, "required": ["city"],
        "properties": {"city": {"type": "string", "minLength": 2, "maxLength": 10, "pattern": "^[\u4e00-\u9fff]+$"},
                       "days": {"type": "integer", "minimum": 1, "maximum": 7},
                       "unit": {"enum": ["c", "f"]},
                       "tags": {"type": "array", "maxItems": 2, "items": {"type": "string", "maxLength": 5}}}}


def schema(doc: dict[str, Any]) -> ArgSchema:
    return ArgSchema.model_validate(doc)


def policy(**kw: Any) -> ToolPolicy:
    doc: dict[str, Any] = {"enforce": True, "allowed": [{"name": "get_weather", "arguments": CITY},
                                                        {"name": "lookup"}]}
    doc.update(kw)
    return ToolPolicy.model_validate(doc)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"city": "深圳"}, []),
        ({"city": "深圳", "days": 7, "unit": "c", "tags": ["a", "b"]}, []),
        ({"city": "深圳", "days": 7.0}, []),  # 7.0 is an integer in JSON Schema
        ({}, ["required@$.city"]),
        ({"city": "S"}, ["minLength@$.city", "pattern@$.city"]),
        ({"city": "深" * 11}, ["maxLength@$.city"]),
        ({"city": "Shenzhen"}, ["pattern@$.city"]),
        ({"city": "深圳", "days": 0}, ["minimum@$.days"]),
        ({"city": "深圳", "days": 8}, ["maximum@$.days"]),
        ({"city": "深圳", "days": True}, ["type@$.days"]),  # a boolean is not a number
        ({"city": "深圳", "days": 2.5}, ["type@$.days"]),
        ({"city": "深圳", "unit": "k"}, ["enum@$.unit"]),
        ({"city": "深圳", "tags": ["a", "b", "c"]}, ["maxItems@$.tags"]),
        ({"city": "深圳", "tags": ["a", "toolong"]}, ["maxLength@$.tags[1]"]),
        ({"city": "深圳", "secret": "x"}, ["additionalProperties@$"]),
        (["深圳"], ["type@$"]),
        ({"city": 5}, ["type@$.city"]),
    ],
)
def test_validator_reports_the_failing_keyword_and_path(value: Any, expected: list[str]) -> None:
    assert [v.code() for v in violations(schema(CITY), value)] == expected


def test_violations_never_name_keys_or_values_the_model_produced() -> None:
    found = violations(schema(CITY), {"city": "深圳", "张三的身份证": "11010519491231002X"})
    assert "张三" not in repr(found) and "1101" not in repr(found)


def test_const_and_enum_use_json_equality() -> None:
    assert violations(schema({"const": None}), None) == []
    assert [v.keyword for v in violations(schema({"const": None}), 0)] == ["const"]
    assert violations(schema({"enum": [1]}), 1.0) == []
    assert [v.keyword for v in violations(schema({"enum": [1]}), True)] == ["enum"]
    assert [v.keyword for v in violations(schema({"const": False}), 0)] == ["const"]


def test_catastrophic_pattern_is_bounded_and_fails_closed() -> None:
    s = schema({"type": "string", "pattern": "^(a|aa)+$"})
    assert [v.keyword for v in violations(s, "a" * 5000 + "b")] == ["pattern"]


def test_violation_limit_caps_the_work() -> None:
    s = schema({"type": "array", "items": {"type": "string"}})
    assert len(violations(s, list(range(1000)), limit=3)) == 3


@pytest.mark.parametrize(
    ("arguments", "names"),
    [
        ({"type": "object", "maxLenght": 3}, "arguments.maxLenght"),
        ({"type": "string", "minimum": 3}, "minimum applies to number"),
        ({"type": "integer", "pattern": "x"}, "pattern applies to string"),
        ({"type": "strin"}, "arguments.type"),
        ({"type": "string", "pattern": "("}, "pattern is not a valid regular expression"),
        ({"minLength": 5, "maxLength": 2}, "minLength is greater than maxLength"),
        ({"type": "object", "additionalProperties": False, "required": ["x"], "properties": {}}, "required names 'x'"),
        ({"properties": {"a": {"items": {"anyOf": []}}}}, "arguments.properties.a.items.anyOf"),
        ({"additionalProperties": {"type": "string"}}, "arguments.additionalProperties"),
        ({"$ref": "#/x"}, "arguments.$ref"),
    ],
)
def test_bad_constraint_schema_is_a_policy_error_naming_the_key(arguments: dict[str, Any], names: str) -> None:
    doc = "name: x\ntier: t1_information\n" + "tools:\n  enforce: true\n  allowed:\n    - name: get_weather\n" \
          + "      arguments: " + json.dumps(arguments) + "\n"
    with pytest.raises(PolicyError) as err:
        load_policy(doc, TIERS)
    assert names in str(err.value) and "tools.allowed.0" in str(err.value)


@pytest.mark.parametrize(
    ("tools", "names"),
    [
        ("  enforce: true\n  allowd: []\n", "tools.allowd"),
        ("  on_violation: drop\n", "tools.on_violation"),
        ("  unknown_definitions: ignore\n", "tools.unknown_definitions"),
        ("  allowed:\n    - name: 'bad name'\n", "tools.allowed.0.name"),
        ("  allowed:\n    - name: a\n    - name: a\n", "twice"),
    ],
)
def test_bad_tools_section_is_a_policy_error(tools: str, names: str) -> None:
    with pytest.raises(PolicyError) as err:
        load_policy("name: x\ntier: t1_information\ntools:\n" + tools, TIERS)
    assert names in str(err.value)


def test_tier_t3_enforces_an_empty_allow_list_and_t2_does_not() -> None:
    t3 = load_policy("name: x\ntier: t3_high_substitution\n", TIERS).tools
    assert t3.enforce and t3.allowed == () and t3.on_violation == "block"
    assert not load_policy("name: x\ntier: t2_citizen_service\n", TIERS).tools.enforce


def test_policy_version_sees_const_null() -> None:
    base = "name: x\ntier: t1_information\ntools:\n  allowed:\n    - name: a\n      arguments: "
    assert load_policy(base + "{}\n", TIERS).version() != load_policy(base + "{const: null}\n", TIERS).version()


# --- request definitions ------------------------------------------------------------------


def fn(name: str) -> dict[str, Any]:
    return {"type": "function", "function": {"name": name, "parameters": {"type": "object"}}}


def test_definitions_not_allowed_are_removed() -> None:
    payload = {"tools": [fn("get_weather"), fn("delete_all"), {"type": "web_search"}], "tool_choice": "auto"}
    res = filter_definitions(policy(), payload)
    assert res.removed == ("delete_all", "type:web_search") and res.kept == ("get_weather",)
    assert [t["function"]["name"] for t in payload["tools"]] == ["get_weather"]
    assert payload["tool_choice"] == "auto"


def test_all_definitions_removed_drops_choice_and_parallel_flag() -> None:
    payload = {"tools": [fn("delete_all")], "tool_choice": "auto", "parallel_tool_calls": True}
    filter_definitions(policy(), payload)
    assert payload == {}


def test_legacy_functions_and_function_call() -> None:
    payload = {"functions": [{"name": "lookup"}, {"name": "rm"}], "function_call": {"name": "lookup"}}
    assert filter_definitions(policy(), payload).removed == ("rm",)
    assert payload == {"functions": [{"name": "lookup"}], "function_call": {"name": "lookup"}}


@pytest.mark.parametrize(
    ("payload", "code", "param"),
    [
        ({"tools": [fn("get_weather")], "tool_choice": {"type": "function", "function": {"name": "rm"}}},
         "tool_not_allowed", "tool_choice"),
        ({"tools": [fn("rm")], "tool_choice": "required"}, "tool_not_allowed", "tool_choice"),
        ({"functions": [{"name": "lookup"}], "function_call": {"name": "rm"}}, "tool_not_allowed", "function_call"),
        ({"tools": [{"type": "function", "function": {"name": "bad name"}}]}, "invalid_request", "tools[0].name"),
        ({"tools": ["x"]}, "invalid_request", "tools[0]"),
        ({"tools": [{"type": "function"}]}, "invalid_request", "tools[0].function"),
        ({"functions": "x"}, "invalid_request", "functions"),
    ],
)
def test_definitions_that_cannot_be_served_are_refused(payload: dict[str, Any], code: str, param: str) -> None:
    with pytest.raises(DefinitionError) as err:
        filter_definitions(policy(), payload)
    assert (err.value.code, err.value.param) == (code, param)


def test_reject_mode_refuses_instead_of_removing() -> None:
    with pytest.raises(DefinitionError) as err:
        filter_definitions(policy(unknown_definitions="reject"), {"tools": [fn("get_weather"), fn("rm")]})
    assert err.value.code == "tool_not_allowed" and "rm" in str(err.value)


def test_not_enforcing_leaves_definitions_as_sent() -> None:
    payload = {"tools": [fn("anything")], "tool_choice": "required"}
    assert filter_definitions(ToolPolicy(), payload).removed == ()
    assert payload == {"tools": [fn("anything")], "tool_choice": "required"}


# --- one call ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "arguments", "problem", "reason"),
    [
        ("get_weather", '{"city": "深圳"}', None, ""),
        ("lookup", '{"anything": [1, 2]}', None, ""),  # no constraints: any object
        ("lookup", "", None, ""),  # no arguments at all
        ("delete_all", "{}", "tool_not_allowed", "tools.not_allowed"),
        ("get_weather", '{"city": "深圳"', "tool_malformed", "tools.malformed.json"),
        ("get_weather", '["深圳"]', "tool_malformed", "tools.malformed.not_object"),
        ("get_weather", '{"city": NaN}', "tool_malformed", "tools.malformed.json"),
        ("get_weather", '{"city": "Shenzhen"}', "tool_arguments", "tools.arguments.pattern@$.city"),
        ("get_weather", '{"city": "' + "深" * 40000 + '"}', "tool_arguments", "tools.arguments.too_long"),
        ("", "{}", "tool_malformed", "tools.malformed.name"),
        ("get_weather", None, "tool_malformed", "tools.malformed.arguments"),
    ],
)
def test_check_call(name: str, arguments: Any, problem: str | None, reason: str) -> None:
    got = check_call(policy(), name, arguments)
    assert (got.problem, got.reason) == (problem, reason)


def test_check_call_without_enforcement_only_reports_malformed_arguments() -> None:
    assert check_call(ToolPolicy(), "delete_all", '{"x": 1}').problem is None
    assert check_call(ToolPolicy(), "delete_all", "{oops").problem == "tool_malformed"


def test_rewritten_leaves_stay_valid_json() -> None:
    value = json.loads('{"a": "x", "b": [{"c": "y"}, 3, null], "d": {"e": "z"}}')
    assert string_leaves(value) == ["x", "y", "z"]
    new = replace_leaves(value, ['引号"和\\反斜杠', "换\n行", "\ud800"])
    text = dump_arguments(new)
    assert json.loads(text) == new
    text.encode("utf-8")  # a lone surrogate is escaped, never sent as invalid UTF-8


# --- streamed assembly -------------------------------------------------------------------

CALLS = [("call_a", "get_weather", '{"city": "深圳", "days": 3}'), ("call_b", "lookup", '{"q": "营业执照"}')]


def _deltas(calls: list[tuple[str, str, str]], cuts: list[list[int]]) -> list[list[dict[str, Any]]]:
    out: list[list[dict[str, Any]]] = []
    for i, ((cid, name, args), points) in enumerate(zip(calls, cuts, strict=True)):
        out.append([{"index": i, "id": cid, "type": "function", "function": {"name": name, "arguments": ""}}])
        bounds = [0, *sorted(p % (len(args) + 1) for p in points), len(args)]
        out.extend([{"index": i, "function": {"arguments": args[a:b]}}] for a, b in zip(bounds, bounds[1:]))
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.integers(min_value=0, max_value=200), max_size=12), min_size=2, max_size=2))
def test_any_fragmentation_gives_the_same_calls(cuts: list[list[int]]) -> None:
    asm = ToolCallAssembler()
    for delta in _deltas(CALLS, cuts):
        asm.feed(delta)
    got = [(c.id, c.name, c.arguments) for c in asm.calls()]
    assert got == CALLS and asm.broken is None
    assert [check_call(policy(), c.name, c.arguments).problem for c in asm.calls()] == [None, None]


def test_assembler_bounds_calls_and_argument_text() -> None:
    asm = ToolCallAssembler(max_calls=2, max_chars=10)
    asm.feed([{"index": 0, "function": {"name": "a", "arguments": "{}"}}])
    asm.feed([{"index": 0, "function": {"arguments": "x" * 20}}])
    assert asm.broken == "tools.arguments.too_long"
    asm = ToolCallAssembler(max_calls=2)
    asm.feed([{"index": i, "function": {"name": "a"}} for i in range(3)])
    assert asm.broken == "tools.too_many_calls"


@pytest.mark.parametrize("delta", [["x"], [{"index": "0"}], [{"index": 0, "function": {"arguments": 5}}], "x",
                                   [{"index": -1}], [{"index": 0, "function": "x"}]])
def test_assembler_breaks_on_malformed_deltas(delta: Any) -> None:
    asm = ToolCallAssembler()
    asm.feed(delta)
    assert asm.broken == "tools.malformed.delta" and asm


def test_legacy_function_call_pieces() -> None:
    asm = ToolCallAssembler()
    for piece in ({"name": "lookup", "arguments": ""}, {"arguments": '{"q":'}, {"arguments": ' "x"}'}):
        asm.feed_legacy(piece)
    [call] = asm.calls()
    assert (call.name, call.arguments, call.legacy) == ("lookup", '{"q": "x"}', True)


def test_shipped_department_profile_constrains_its_tools() -> None:
    doc = (Path(__file__).resolve().parents[2] / "configs" / "policies" / "enterprise_registration.yaml").read_text()
    tools = load_policy(doc, TIERS).tools
    assert tools.enforce and tools.on_violation == "strip"
    ok = '{"date": "2026-12-03", "period": "morning", "business": "变更"}'
    assert check_call(tools, "book_window_appointment", ok).problem is None
    assert check_call(tools, "book_window_appointment", ok.replace("morning", "night")).reason == \
        "tools.arguments.enum@$.period"
    assert check_call(tools, "query_application_status", '{"application_no": "DROP TABLE"}').problem == \
        "tool_arguments"
    assert check_call(tools, "delete_record", "{}").problem == "tool_not_allowed"
