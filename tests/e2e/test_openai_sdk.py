"""End to end through a live server with the official openai SDK (sync and async)."""

from __future__ import annotations

import asyncio
from typing import Any

import openai

from tests.conftest import LiveServer, wait_for
from tests.fakes import FakeUpstream

TOOLS = [{"type": "function", "function": {"name": "get_weather", "description": "天气",
                                           "parameters": {"type": "object",
                                                          "properties": {"city": {"type": "string"}}}}}]


def client(server: LiveServer, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{server.url}/v1", api_key=key, max_retries=0, timeout=20)


def exchanges(server: LiveServer, n: int = 1, **filters: Any) -> list[dict[str, Any]]:
    store = server.gateway.store

    def fetch() -> list[dict[str, Any]] | None:
        rows = store.list_exchanges(**filters)
        return rows if len(rows) >= n else None

    return wait_for(fetch)


def test_non_streaming_completion_passes_through_and_is_audited(live_server: LiveServer) -> None:
    robot_id, key = live_server.register(model="fake-model")
    c = client(live_server, key)
    r = c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "营业执照怎么办理？"}])
    assert r.choices[0].message.content == "echo: 营业执照怎么办理？"
    assert r.choices[0].finish_reason == "stop"
    assert r.usage is not None and r.usage.total_tokens == 18
    row = exchanges(live_server, robot_id=robot_id)[0]
    assert row["robot_id"] == robot_id
    assert row["status_code"] == 200 and row["upstream_status"] == 200
    assert row["policy_version"] == live_server.gateway.pipeline_for(
        live_server.gateway.store.get_robot(robot_id)).version
    assert row["decisions"][0]["filter"] == "size_guard"
    assert "营业执照" in row["request_text"] and row["response_text"] == "echo: 营业执照怎么办理？"


def test_streaming_completion_with_usage_and_done(live_server: LiveServer) -> None:
    _, key = live_server.register(model="fake-model")
    stream = client(live_server, key).chat.completions.create(
        model="fake-model", messages=[{"role": "user", "content": "社保卡补办需要什么材料"}], stream=True,
        stream_options={"include_usage": True},
    )
    text, finishes, usage = "", [], None
    for chunk in stream:
        if chunk.usage is not None:
            usage = chunk.usage
        for choice in chunk.choices:
            text += choice.delta.content or ""
            if choice.finish_reason:
                finishes.append(choice.finish_reason)
    assert text == "echo: 社保卡补办需要什么材料"
    assert finishes == ["stop"]
    assert usage is not None and usage.total_tokens == 18


def test_tool_calls_pass_through_streaming_and_not(live_server: LiveServer) -> None:
    _, key = live_server.register(model="fake-model")
    c = client(live_server, key)
    r = c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "TOOL 查天气"}],
                                  tools=TOOLS, n=1)
    call = r.choices[0].message.tool_calls[0]
    assert call.function.name == "get_weather" and call.function.arguments == '{"city": "深圳"}'
    assert r.choices[0].finish_reason == "tool_calls"
    stream = c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "TOOL 查天气"}],
                                       tools=TOOLS, stream=True)
    names = [tc.function.name for ch in stream for choice in ch.choices for tc in (choice.delta.tool_calls or [])]
    assert names == ["get_weather"]


def test_tool_results_in_the_conversation_reach_the_model(live_server: LiveServer, fake_upstream: FakeUpstream) -> None:
    _, key = live_server.register(model="fake-model")
    messages = [
        {"role": "user", "content": "查天气"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "晴，25度"},
        {"role": "user", "content": "那明天呢"},
    ]
    client(live_server, key).chat.completions.create(model="fake-model", messages=messages, tools=TOOLS)
    sent = fake_upstream.requests[-1]
    # the proxy adds a system message carrying the robot's canary (prompt-leak detection)
    assert [m["role"] for m in sent["messages"]] == ["system", "user", "assistant", "tool", "user"]
    assert "JH-" in sent["messages"][0]["content"]
    assert sent["messages"][3]["content"] == "晴，25度"


async def test_async_client_streaming_and_not(live_server: LiveServer) -> None:
    _, key = live_server.register(model="fake-model")
    c = openai.AsyncOpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0)
    r = await c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "你好"}])
    assert r.choices[0].message.content == "echo: 你好"
    stream = await c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "你好"}],
                                             stream=True)
    parts = [ch.choices[0].delta.content or "" async for ch in stream if ch.choices]
    assert "".join(parts) == "echo: 你好"
    results = await asyncio.gather(*[
        c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": f"问题{i}"}])
        for i in range(20)
    ])
    assert sorted(x.choices[0].message.content for x in results) == sorted(f"echo: 问题{i}" for i in range(20))
    await c.close()


def test_models_lists_the_robots_model(live_server: LiveServer) -> None:
    _, key = live_server.register(model="fake-model")
    models = client(live_server, key).models.list()
    assert [m.id for m in models.data] == ["fake-model"]


def test_request_filter_rewrites_what_the_model_sees(live_server: LiveServer, fake_upstream: FakeUpstream) -> None:
    robot_id, key = live_server.register(model="fake-model")
    r = client(live_server, key).chat.completions.create(
        model="fake-model", messages=[{"role": "user", "content": "办\x00理\u202e护照"}])
    assert fake_upstream.requests[-1]["messages"][-1]["content"] == "办理护照"
    assert r.choices[0].message.content == "echo: 办理护照"
    row = exchanges(live_server, robot_id=robot_id)[0]
    assert row["action"] == "modify" and row["categories"] == ["format"]


BLOCK_POLICY = """
name: strict-test
tier: t2_citizen_service
persona:
  refusal: 小福无法回答这个问题，请拨打12345。
filters:
  - type: size_guard
    max_response_chars: 30
    max_message_chars: 40
"""


def test_blocked_request_gets_refusal_in_robot_voice_without_model_call(
    live_server: LiveServer, fake_upstream: FakeUpstream
) -> None:
    robot_id, key = live_server.register(policy=BLOCK_POLICY, model="fake-model")
    before = len(fake_upstream.requests)
    c = client(live_server, key)
    r = c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "长" * 100}])
    assert r.choices[0].finish_reason == "content_filter"
    assert r.choices[0].message.content == "小福无法回答这个问题，请拨打12345。"
    stream = c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "长" * 100}],
                                       stream=True)
    chunks = [ch for ch in stream]
    assert chunks[-1].choices[0].finish_reason == "content_filter"
    assert len(fake_upstream.requests) == before
    rows = exchanges(live_server, 2, robot_id=robot_id)
    assert all(r["action"] == "block" and r["upstream_status"] is None for r in rows)
    assert rows[0]["decisions"][0]["reason"] == "size.message_too_long"


def test_block_mid_stream_ends_with_content_filter(live_server: LiveServer) -> None:
    robot_id, key = live_server.register(policy=BLOCK_POLICY, model="fake-model")
    stream = client(live_server, key).chat.completions.create(
        model="fake-model", messages=[{"role": "user", "content": "LONG 80"}], stream=True)
    text, finish = "", None
    for ch in stream:
        for choice in ch.choices:
            text += choice.delta.content or ""
            finish = choice.finish_reason or finish
    assert finish == "content_filter"
    assert text.endswith("小福无法回答这个问题，请拨打12345。")
    assert len(text.split("\n")[0]) <= 30  # nothing past the limit was released
    row = exchanges(live_server, robot_id=robot_id)[0]
    assert row["action"] == "block" and row["stream"] is True
    assert any(d["reason"] == "size.response_too_long" for d in row["decisions"])


def test_blocked_answer_non_streaming_is_replaced(live_server: LiveServer) -> None:
    _, key = live_server.register(policy=BLOCK_POLICY, model="fake-model")
    r = client(live_server, key).chat.completions.create(
        model="fake-model", messages=[{"role": "user", "content": "LONG 80"}])
    assert r.choices[0].finish_reason == "content_filter"
    assert r.choices[0].message.content == "小福无法回答这个问题，请拨打12345。"
