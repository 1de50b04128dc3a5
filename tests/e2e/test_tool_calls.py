"""Tool-call control end to end: the official openai SDK, sync and streaming, a live proxy.

The fake upstream's ``TOOLCALL name|{args} ;; ... ;; say:text`` trigger answers with
exactly the calls the test spells out (streamed in 4-character argument fragments), and
``TOOLSYSTEM name`` calls a tool with the system prompt, which carries the proxy's canary.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import openai
import pytest

from tests.conftest import LiveServer, wait_for
from tests.fakes import FakeUpstream

REFUSAL = "小福无法办理这项操作，请咨询窗口工作人员。"
POLICY = """
name: tools-test
tier: t2_citizen_service
persona:
  refusal: {refusal}
tools:
  enforce: true
  on_violation: {on_violation}
  allowed:
    - name: get_weather
      description: 查询天气
      arguments:
        type: object
        additionalProperties: false
        required: [city]
        properties:
          city: {{type: string, maxLength: 10}}
    - name: lookup
"""
ID = "11010519491231002X"


def definition(name: str) -> dict[str, Any]:
    return {"type": "function", "function": {"name": name, "parameters": {"type": "object"}}}


TOOLS = [definition("get_weather"), definition("lookup"), definition("delete_record")]


def robot(server: LiveServer, on_violation: str = "strip") -> tuple[str, openai.OpenAI]:
    robot_id, key = server.register(policy=POLICY.format(refusal=REFUSAL, on_violation=on_violation),
                                    model="fake-model")
    return robot_id, openai.OpenAI(base_url=f"{server.url}/v1", api_key=key, max_retries=0, timeout=20)


def ask(c: openai.OpenAI, text: str, **kw: Any) -> Any:
    return c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": text}],
                                     tools=kw.pop("tools", TOOLS), **kw)


def ask_stream(c: openai.OpenAI, text: str, **kw: Any) -> tuple[str, list[tuple[str, str]], list[str]]:
    """(text, [(name, arguments)], finish reasons) of a streamed answer, as the SDK delivers it."""
    content, calls, finishes = "", {}, []
    for ch in ask(c, text, stream=True, **kw):
        for choice in ch.choices:
            content += choice.delta.content or ""
            for tc in choice.delta.tool_calls or []:
                name, args = calls.get(tc.index, ("", ""))
                fn = tc.function
                calls[tc.index] = (name + ((fn.name or "") if fn else ""), args + ((fn.arguments or "") if fn else ""))
            if choice.finish_reason:
                finishes.append(choice.finish_reason)
    return content, [calls[i] for i in sorted(calls)], finishes


def row(server: LiveServer, robot_id: str, n: int = 1) -> dict[str, Any]:
    rows = wait_for(lambda: (r := server.gateway.store.list_exchanges(robot_id=robot_id)) and len(r) >= n and r)
    return rows[0]


def tool_decisions(r: dict[str, Any]) -> list[tuple[str, str, list[str]]]:
    return [(d["action"], d["reason"], d.get("tools", [])) for d in r["decisions"] if d["filter"] == "tools"]


def test_allowed_call_passes_intact(live_server: LiveServer) -> None:
    robot_id, c = robot(live_server)
    r = ask(c, 'TOOLCALL get_weather|{"city": "深圳"}')
    [call] = r.choices[0].message.tool_calls
    assert (call.function.name, call.function.arguments) == ("get_weather", '{"city": "深圳"}')
    assert r.choices[0].finish_reason == "tool_calls"
    assert ask_stream(c, 'TOOLCALL get_weather|{"city": "深圳"}') == ("", [("get_weather", '{"city": "深圳"}')],
                                                                        ["tool_calls"])


def test_vendor_definitions_not_allowed_never_reach_the_model(live_server: LiveServer,
                                                              fake_upstream: FakeUpstream) -> None:
    robot_id, c = robot(live_server)
    ask(c, "你好", tool_choice="auto", parallel_tool_calls=True)
    sent = fake_upstream.requests[-1]
    assert [t["function"]["name"] for t in sent["tools"]] == ["get_weather", "lookup"]
    assert sent["tool_choice"] == "auto"
    r = row(live_server, robot_id)
    assert tool_decisions(r) == [("modify", "tools.definitions_removed", ["delete_record"])]
    assert "tool_not_allowed" in r["categories"]


def test_only_disallowed_definitions_drop_the_tool_fields(live_server: LiveServer, fake_upstream: FakeUpstream) -> None:
    _, c = robot(live_server)
    ask(c, "你好", tools=[definition("delete_record")], tool_choice="auto", parallel_tool_calls=False)
    sent = fake_upstream.requests[-1]
    assert "tools" not in sent and "tool_choice" not in sent and "parallel_tool_calls" not in sent


def test_forcing_a_disallowed_tool_is_a_clear_400_and_audited(live_server: LiveServer) -> None:
    robot_id, c = robot(live_server)
    with pytest.raises(openai.BadRequestError) as err:
        ask(c, "删除记录", tool_choice={"type": "function", "function": {"name": "delete_record"}})
    assert err.value.code == "tool_not_allowed" and "delete_record" in err.value.message
    r = row(live_server, robot_id)
    assert (r["status_code"], r["error_code"]) == (400, "tool_not_allowed")


@pytest.mark.parametrize("stream", [False, True])
def test_disallowed_call_is_stripped_and_the_allowed_one_kept(live_server: LiveServer, stream: bool) -> None:
    robot_id, c = robot(live_server)
    text = 'TOOLCALL delete_record|{"id": 7} ;; get_weather|{"city": "深圳"}'  # "福田" here trips the jailbreak classifier
    if stream:
        assert ask_stream(c, text) == ("", [("get_weather", '{"city": "深圳"}')], ["tool_calls"])
    else:
        r = ask(c, text)
        assert [(t.function.name, t.function.arguments) for t in r.choices[0].message.tool_calls] == [
            ("get_weather", '{"city": "深圳"}')]
        assert r.choices[0].finish_reason == "tool_calls"
    r = row(live_server, robot_id)
    assert ("modify", "tools.not_allowed", ["delete_record"]) in tool_decisions(r)
    assert r["action"] == "modify" and "tool_not_allowed" in r["categories"]
    assert "delete_record" in r["response_text"]  # the guardian sees what the model tried


@pytest.mark.parametrize("stream", [False, True])
def test_nothing_left_is_the_refusal_and_text_left_is_a_normal_stop(live_server: LiveServer, stream: bool) -> None:
    _, c = robot(live_server)
    only_call = 'TOOLCALL delete_record|{"id": 7}'
    with_text = 'TOOLCALL delete_record|{"id": 7} ;; say:好的，我来查一下。'
    if stream:
        assert ask_stream(c, only_call) == (REFUSAL, [], ["content_filter"])
        assert ask_stream(c, with_text) == ("好的，我来查一下。", [], ["stop"])
    else:
        r = ask(c, only_call)
        assert (r.choices[0].message.content, r.choices[0].message.tool_calls) == (REFUSAL, None)
        assert r.choices[0].finish_reason == "content_filter"
        r = ask(c, with_text)
        assert (r.choices[0].message.content, r.choices[0].message.tool_calls) == ("好的，我来查一下。", None)
        assert r.choices[0].finish_reason == "stop"


@pytest.mark.parametrize("stream", [False, True])
def test_arguments_outside_constraints_are_stripped_or_blocked_per_policy(live_server: LiveServer,
                                                                          stream: bool) -> None:
    text = 'TOOLCALL get_weather|{"city": "深圳", "admin": true} ;; say:查询中'
    robot_id, c = robot(live_server, "strip")
    if stream:
        assert ask_stream(c, text) == ("查询中", [], ["stop"])
    else:
        r = ask(c, text)
        assert r.choices[0].message.tool_calls is None and r.choices[0].finish_reason == "stop"
    assert ("modify", "tools.arguments.additionalProperties@$", ["get_weather"]) in tool_decisions(
        row(live_server, robot_id))

    robot_id, c = robot(live_server, "block")
    if stream:
        content, calls, finishes = ask_stream(c, text)
        assert calls == [] and finishes == ["content_filter"] and content.endswith(REFUSAL)
    else:
        r = ask(c, text)
        assert (r.choices[0].message.content, r.choices[0].finish_reason) == (REFUSAL, "content_filter")
        assert r.choices[0].message.tool_calls is None
    r = row(live_server, robot_id)
    assert r["action"] == "block" and "tool_arguments" in r["categories"]


@pytest.mark.parametrize("stream", [False, True])
def test_malformed_arguments_are_a_clear_audited_decision(live_server: LiveServer, stream: bool) -> None:
    text = 'TOOLCALL lookup|{"q": "营业执照" ;; get_weather|{"city": "深圳"}'
    robot_id, c = robot(live_server)
    if stream:
        assert ask_stream(c, text)[1] == [("get_weather", '{"city": "深圳"}')]
    else:
        r = ask(c, text)
        assert [t.function.name for t in r.choices[0].message.tool_calls] == ["get_weather"]
    r = row(live_server, robot_id)
    assert ("modify", "tools.malformed.json", ["lookup"]) in tool_decisions(r)
    assert "tool_malformed" in r["categories"]


def test_default_policy_passes_calls_but_flags_malformed_arguments(live_server: LiveServer) -> None:
    robot_id, key = live_server.register(model="fake-model")
    c = openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0, timeout=20)
    r = ask(c, 'TOOLCALL delete_record|{"id": 7', tools=[definition("delete_record")])
    [call] = r.choices[0].message.tool_calls
    assert (call.function.name, call.function.arguments) == ("delete_record", '{"id": 7')
    r = row(live_server, robot_id)
    assert r["action"] == "flag" and tool_decisions(r) == [("flag", "tools.malformed.json", ["delete_record"])]


@pytest.mark.parametrize("stream", [False, True])
def test_placeholders_in_arguments_are_restored_as_valid_json(live_server: LiveServer, fake_upstream: FakeUpstream,
                                                              stream: bool) -> None:
    _, c = robot(live_server)
    text = 'TOOLCALL lookup|{"id": "' + ID + '", "note": "引号\\"保留"}'
    if stream:
        calls = ask_stream(c, text)[1]
        args = calls[0][1]
    else:
        args = ask(c, text).choices[0].message.tool_calls[0].function.arguments
    assert ID not in json.dumps(fake_upstream.requests[-1]["messages"], ensure_ascii=False)
    assert json.loads(args) == {"id": ID, "note": '引号"保留'}


@pytest.mark.parametrize("stream", [False, True])
def test_canary_in_arguments_blocks_the_answer_even_without_enforcement(live_server: LiveServer,
                                                                        stream: bool) -> None:
    robot_id, key = live_server.register(model="fake-model")
    c = openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0, timeout=20)
    if stream:
        content, calls, finishes = ask_stream(c, "TOOLSYSTEM lookup", tools=[definition("lookup")])
        assert calls == [] and finishes == ["content_filter"]
    else:
        r = ask(c, "TOOLSYSTEM lookup", tools=[definition("lookup")])
        assert r.choices[0].message.tool_calls is None and r.choices[0].finish_reason == "content_filter"
    r = row(live_server, robot_id)
    assert r["action"] == "block" and "prompt_leak" in r["categories"]
    assert any(d["filter"] == "injection" and d.get("tools") == ["lookup"] for d in r["decisions"])


def test_raw_http_stream_finish_reason_is_consistent(live_server: LiveServer) -> None:
    """Without the SDK: every event is valid JSON, one finish chunk, calls before it, then [DONE]."""
    robot_id, key = live_server.register(policy=POLICY.format(refusal=REFUSAL, on_violation="strip"),
                                         model="fake-model")
    body = {"model": "fake-model", "stream": True, "tools": TOOLS,
            "messages": [{"role": "user", "content": 'TOOLCALL get_weather|{"city": "深圳"} ;; lookup|{}'}]}
    with httpx.stream("POST", f"{live_server.url}/v1/chat/completions", json=body, timeout=20,
                      headers={"Authorization": f"Bearer {key}"}) as resp:
        lines = [ln[6:] for ln in resp.iter_lines() if ln.startswith("data: ")]
    assert lines[-1] == "[DONE]"
    events = [json.loads(x) for x in lines[:-1]]
    finishes = [(i, c["finish_reason"]) for i, e in enumerate(events) for c in e["choices"] if c["finish_reason"]]
    call_events = [i for i, e in enumerate(events) for c in e["choices"] if c["delta"].get("tool_calls")]
    assert [f for _, f in finishes] == ["tool_calls"] and max(call_events) < finishes[0][0]
    indexes = [tc["index"] for e in events for c in e["choices"] for tc in c["delta"].get("tool_calls", [])]
    assert indexes == [0, 1]


def test_guard_check_decides_tool_calls_like_the_chat_path(live_server: LiveServer) -> None:
    robot_id, key = live_server.register(policy=POLICY.format(refusal=REFUSAL, on_violation="strip"),
                                         model="fake-model")
    h = {"Authorization": f"Bearer {key}"}
    calls = [{"id": "a", "type": "function", "function": {"name": "get_weather", "arguments": '{"city": "深圳"}'}},
             {"id": "b", "type": "function", "function": {"name": "delete_record", "arguments": "{}"}},
             {"id": "c", "type": "function", "function": {"name": "get_weather", "arguments": '{"city": "深圳"'}}]
    body = {"messages": [{"role": "user", "content": "查天气"},
                         {"role": "assistant", "content": "", "tool_calls": calls}]}
    r = httpx.post(f"{live_server.url}/v1/guard/check", json=body, headers=h, timeout=20).json()
    assert r["action"] == "modify" and r["tool_calls"] == calls[:1]
    assert {"tool_not_allowed", "tool_malformed"} <= set(r["categories"])
    assert {"tools.not_allowed", "tools.malformed.json"} <= set(r["reasons"])
    bad = {"messages": [{"role": "user", "content": "x", "tool_calls": calls}]}
    resp = httpx.post(f"{live_server.url}/v1/guard/check", json=bad, headers=h, timeout=20)
    assert resp.status_code == 400 and resp.json()["error"]["code"] == "invalid_request"
