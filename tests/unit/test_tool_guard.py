"""The proxy's tool guard without a server: limits, legacy calls, finish reasons, stream deltas."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from filters.base import FilterContext
from filters.pii.vault import Vault
from filters.pipeline import Pipeline, inline_runner
from filters.policy import load_policy
from filters.tools import AssembledCall
from models.store import ModelStore
from proxy.errors import RequestError
from proxy.tools import StreamTools, ToolGuard, answer_finish, defined_names, prepare_request

TIERS = Path(__file__).resolve().parents[2] / "configs" / "tiers"
POLICY = """
name: guard-test
tier: t1_information
tools:
  enforce: {enforce}
  on_violation: {on_violation}
  max_calls: 3
  allowed:
    - name: lookup
      arguments: {{type: object, properties: {{q: {{type: string, maxLength: 20}}}}}}
filters:
  - type: size_guard
    max_response_chars: 60
"""


def guard(enforce: bool = True, on_violation: str = "strip", vault: Vault | None = None) -> ToolGuard:
    policy = load_policy(POLICY.format(enforce=str(enforce).lower(), on_violation=on_violation), TIERS)
    pipeline = Pipeline.from_policy(policy, ModelStore())
    return ToolGuard(policy.tools, pipeline, FilterContext("r", "x", vault=vault), inline_runner,
                     frozenset({"lookup", "rm"}))


def call(i: int, name: str, arguments: str) -> AssembledCall:
    return AssembledCall(i, f"call_{i}", "function", name, arguments)


async def test_too_many_calls_release_none() -> None:
    review = await guard().review([call(i, "lookup", "{}") for i in range(4)])
    assert review.kept == [] and [d.reason for d in review.decisions] == ["tools.too_many_calls"]
    assert answer_finish("tool_calls", review, has_text=False) is None  # nothing left: the refusal


async def test_block_policy_stops_at_the_first_violation() -> None:
    review = await guard(on_violation="block").review([call(0, "rm", "{}"), call(1, "lookup", "{}")])
    assert review.blocked is not None and review.blocked.reason == "tools.not_allowed"
    assert review.blocked.audit_dict()["tools"] == ["rm"]


async def test_names_only_the_model_produced_are_hashed_in_the_audit() -> None:
    review = await guard().review([call(0, "张三的身份证号", "{}")])
    [d] = review.decisions
    assert d.audit_dict()["tools"][0].startswith("unlisted:") and "张三" not in json.dumps(d.audit_dict())


async def test_argument_text_goes_through_the_response_filters() -> None:
    review = await guard(enforce=False).review([call(0, "anything", json.dumps({"a": "长" * 40, "b": "长" * 30}))])
    assert review.blocked is not None and review.blocked.reason == "size.response_too_long"
    assert review.blocked.audit_dict()["tools"] == ["unlisted:" + review.blocked.audit_dict()["tools"][0][9:]]


async def test_placeholders_restored_in_values_with_newlines_stay_valid_json() -> None:
    vault = Vault()
    placeholder = vault.placeholder_for("CN_MOBILE_PHONE", "13812345678")
    args = json.dumps({"q": f"电话\n{placeholder}", "n": [f"{placeholder}", 3]}, ensure_ascii=False)
    review = await guard(vault=vault).review([call(0, "lookup", args)])
    assert json.loads(review.kept[0].arguments) == {"q": "电话\n13812345678", "n": ["13812345678", 3]}
    assert [d.reason for d in review.decisions] == ["pii.restored", "pii.restored"]


async def test_unchanged_arguments_are_released_byte_for_byte() -> None:
    args = '{"q":   "营业执照" }'
    review = await guard().review([call(0, "lookup", args)])
    assert review.kept[0].arguments == args


async def test_non_streamed_legacy_function_call_and_malformed_entries() -> None:
    message: dict[str, Any] = {"role": "assistant", "content": None,
                               "tool_calls": [{"id": "c", "type": "function", "function": {"name": "lookup"}},
                                              {"id": "d", "function": "oops"}],
                               "function_call": {"name": "rm", "arguments": "{}"}}
    choice: dict[str, Any] = {"message": message, "finish_reason": "tool_calls"}
    review = await guard().review_message(choice, message)
    assert review is not None
    assert [c["id"] for c in message["tool_calls"]] == ["c"] and "function_call" not in message
    assert choice["finish_reason"] == "tool_calls"
    assert {d.reason for d in review.decisions} == {"tools.malformed.shape", "tools.not_allowed"}


async def test_stream_tools_hold_back_and_renumber() -> None:
    st = StreamTools(guard())
    rest = st.take({"role": "assistant", "tool_calls": [{"index": 0, "id": "a", "function": {"name": "rm"}}]})
    assert rest == {"role": "assistant"} and st.pending
    st.take({"tool_calls": [{"index": 1, "id": "b", "function": {"name": "lookup", "arguments": '{"q"'}}]})
    st.take({"tool_calls": [{"index": 1, "function": {"arguments": ': "x"}'}}]})
    review = await st.finish()
    assert not st.pending
    assert StreamTools.deltas(review) == [{"tool_calls": [{"index": 0, "id": "b", "type": "function",
                                                           "function": {"name": "lookup", "arguments": '{"q": "x"}'}}]}]


def test_prepare_request_records_removed_names_and_maps_refusals_to_400() -> None:
    policy = load_policy(POLICY.format(enforce="true", on_violation="strip"), TIERS).tools
    payload = {"tools": [{"type": "function", "function": {"name": "rm"}}]}
    assert defined_names(payload) == {"rm"}
    [d] = prepare_request(policy, payload)
    assert d.audit_dict()["tools"] == ["rm"] and d.categories == ("tool_not_allowed",)
    with pytest.raises(RequestError) as err:
        prepare_request(policy, {"functions": 5})
    assert (err.value.status, err.value.code, err.value.param) == (400, "invalid_request", "functions")
    assert defined_names({"functions": 5, "tools": "x"}) == frozenset()


async def test_constraints_hold_for_restored_values_not_placeholders() -> None:
    policy = load_policy("name: x\ntier: t1_information\ntools:\n  enforce: true\n  allowed:\n    - name: q\n"
                         "      arguments: {properties: {id: {type: string, pattern: '^[0-9]{17}[0-9X]$'}}}\n", TIERS)
    vault = Vault()
    placeholder = vault.placeholder_for("CN_ID_CARD", "11010519491231002X")
    g = ToolGuard(policy.tools, Pipeline.from_policy(policy, ModelStore()), FilterContext("r", "x", vault=vault),
                  inline_runner, frozenset())
    review = await g.review([call(0, "q", json.dumps({"id": placeholder}))])
    assert json.loads(review.kept[0].arguments) == {"id": "11010519491231002X"}
    review = await g.review([call(0, "q", json.dumps({"id": "<CN_ID_CARD_9>"}))])  # never issued: not restored
    assert review.kept == [] and review.decisions[-1].reason == "tools.arguments.pattern@$.id"
