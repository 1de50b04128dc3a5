"""Bad input gets a clear OpenAI-shaped 4xx (or 502/504 for upstream failures), never a 500."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from typing import Any

import httpx
import openai
import pytest

from tests.conftest import LiveServer, wait_for
from tests.fakes import FakeUpstream

MSG = [{"role": "user", "content": "你好"}]


def post(server: LiveServer, key: str | None, body: Any, raw: bytes | None = None,
         headers: dict[str, str] | None = None) -> httpx.Response:
    h = {"Content-Type": "application/json", **(headers or {})}
    if key is not None:
        h["Authorization"] = f"Bearer {key}"
    content = raw if raw is not None else json.dumps(body).encode()
    return httpx.post(f"{server.url}/v1/chat/completions", content=content, headers=h, timeout=20)


def raw_chat_request(key: str, body: bytes) -> bytes:
    """A chat request as raw HTTP bytes, for tests that hang up on the server mid-way."""
    head = (f"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n")
    return head.encode() + body


def assert_error(resp: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert resp.status_code == status, resp.text
    err = resp.json()["error"]
    assert set(err) == {"message", "type", "param", "code"}
    assert err["code"] == code
    assert err["message"]
    return err


@pytest.mark.parametrize(
    ("body", "raw", "status", "code"),
    [
        (None, b"{not json", 400, "invalid_json"),
        (None, b'{"model": "fake-model", "messages": [{"role": "user", "content": "\xff\xfe"}]}', 400, "invalid_json"),
        (None, b"", 400, "invalid_json"),
        ([1, 2], None, 400, "invalid_json"),
        ({"model": "fake-model"}, None, 400, "invalid_request"),
        ({"model": "fake-model", "messages": []}, None, 400, "invalid_request"),
        ({"model": "fake-model", "messages": [{"role": "wizard", "content": "x"}]}, None, 400, "invalid_request"),
        ({"model": "fake-model", "messages": [{"role": "user", "content": ""}]}, None, 400, "invalid_request"),
        ({"model": "fake-model", "messages": [{"role": "user", "content": 5}]}, None, 400, "invalid_request"),
        ({"model": "fake-model", "messages": "hi"}, None, 400, "invalid_request"),
        ({"model": "fake-model", "messages": MSG, "n": 2}, None, 400, "invalid_request"),
        ({"model": "fake-model", "messages": MSG, "stream": "yes"}, None, 400, "invalid_request"),
        ({"model": "fake-model", "messages": [{"role": "tool", "content": "x"}]}, None, 400, "invalid_request"),
        ({"model": "other-model", "messages": MSG}, None, 404, "model_not_found"),
    ],
)
def test_malformed_requests_get_clear_errors_and_are_audited(
    live_server: LiveServer, body: Any, raw: bytes | None, status: int, code: str
) -> None:
    robot_id, key = live_server.register(model="fake-model")
    assert_error(post(live_server, key, body, raw), status, code)
    row = wait_for(lambda: live_server.gateway.store.list_exchanges(robot_id=robot_id))[0]
    assert row["status_code"] == status and row["error_code"] == code


def test_huge_body_is_413(live_server: LiveServer) -> None:
    _, key = live_server.register(model="fake-model")
    big = {"model": "fake-model", "messages": [{"role": "user", "content": "x" * 2_000_000}]}
    assert_error(post(live_server, key, big), 413, "request_too_large")


@pytest.mark.parametrize(("header", "code"), [(None, "missing_api_key"), ("Bearer jh-nope-nope-nope", "invalid_api_key"),
                                              ("Basic abc", "missing_api_key")])
def test_missing_or_unknown_key_is_401(live_server: LiveServer, header: str | None, code: str) -> None:
    headers = {"Authorization": header} if header else {}
    resp = httpx.post(f"{live_server.url}/v1/chat/completions", json={"model": "x", "messages": MSG},
                      headers=headers)
    assert_error(resp, 401, code)


def test_revoked_key_is_401_and_new_key_works(live_server: LiveServer) -> None:
    robot_id, key = live_server.register(model="fake-model")
    assert post(live_server, key, {"model": "fake-model", "messages": MSG}).status_code == 200
    live_server.gateway.store.revoke_keys(robot_id)
    assert_error(post(live_server, key, {"model": "fake-model", "messages": MSG}), 401, "revoked_api_key")
    new_key = live_server.gateway.store.create_key(robot_id)
    assert post(live_server, new_key, {"model": "fake-model", "messages": MSG}).status_code == 200


def test_suspended_robot_is_403_and_audited(live_server: LiveServer) -> None:
    robot_id, key = live_server.register(model="fake-model")
    token = live_server.admin_token()
    r = httpx.post(f"{live_server.url}/admin/v1/robots/{robot_id}/status", json={"status": "suspended",
                   "reason": "测试暂停"}, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200
    assert_error(post(live_server, key, {"model": "fake-model", "messages": MSG}), 403, "robot_suspended")
    row = wait_for(lambda: live_server.gateway.store.list_exchanges(robot_id=robot_id))[0]
    assert row["status_code"] == 403
    httpx.post(f"{live_server.url}/admin/v1/robots/{robot_id}/status", json={"status": "active"},
               headers={"Authorization": f"Bearer {token}"})
    assert post(live_server, key, {"model": "fake-model", "messages": MSG}).status_code == 200


def test_safe_mode_answers_without_the_model(live_server: LiveServer, fake_upstream: FakeUpstream) -> None:
    robot_id, key = live_server.register(model="fake-model")
    live_server.gateway.store.set_robot_status(robot_id, "safe_mode", "test")
    before = len(fake_upstream.requests)
    r = post(live_server, key, {"model": "fake-model", "messages": MSG})
    assert r.status_code == 200
    assert r.json()["choices"][0]["message"]["content"].startswith("当前为安全模式")  # the policy's hand-off
    assert r.headers["x-jianhu-safe-mode"] == "handoff"
    assert len(fake_upstream.requests) == before


@pytest.mark.parametrize(("trigger", "status", "code"), [
    ("ERR 500", 502, "upstream_error"),
    ("ERR 503", 502, "upstream_error"),
    ("ERR 429", 429, "upstream_rate_limited"),
    ("ERR 400", 400, "upstream_rejected"),
    ("BADJSON", 502, "upstream_invalid"),
])
def test_upstream_errors_map_to_openai_errors(live_server: LiveServer, trigger: str, status: int, code: str) -> None:
    robot_id, key = live_server.register(model="fake-model")
    for stream in (False, True):
        body = {"model": "fake-model", "messages": [{"role": "user", "content": trigger}], "stream": stream}
        if trigger == "BADJSON" and stream:
            continue
        assert_error(post(live_server, key, body), status, code)
    row = wait_for(lambda: live_server.gateway.store.list_exchanges(robot_id=robot_id))[0]
    assert row["error_code"] == code


def test_sdk_raises_typed_errors(live_server: LiveServer) -> None:
    _, key = live_server.register(model="fake-model")
    c = openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0)
    with pytest.raises(openai.NotFoundError):
        c.chat.completions.create(model="gpt-x", messages=MSG)
    with pytest.raises(openai.BadRequestError):
        c.chat.completions.create(model="fake-model", messages=[])
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=f"{live_server.url}/v1", api_key="jh-wrong-key-000", max_retries=0).models.list()


def test_unreachable_and_slow_upstream(tmp_path: Any, fake_upstream: FakeUpstream) -> None:
    from tests.conftest import make_settings
    from tests.fakes import free_port

    dead = make_settings(tmp_path / "a", upstream_url=f"http://127.0.0.1:{free_port()}/v1", upstream_model="m")
    server = LiveServer(dead).start()
    try:
        _, key = server.register(model="m")
        assert_error(post(server, key, {"model": "m", "messages": MSG}), 502, "upstream_unavailable")
    finally:
        server.stop()
    slow = make_settings(tmp_path / "b", upstream_url=fake_upstream.url, upstream_model="m",
                         upstream_read_timeout_s=0.3)
    server = LiveServer(slow).start()
    try:
        _, key = server.register(model="m")
        body = {"model": "m", "messages": [{"role": "user", "content": "SLOW 2"}]}
        assert_error(post(server, key, body), 504, "upstream_timeout")
    finally:
        server.stop()


def test_client_disconnect_cancels_the_upstream_call(live_server: LiveServer, fake_upstream: FakeUpstream) -> None:
    robot_id, key = live_server.register(model="fake-model")
    before = fake_upstream.cancelled
    body = json.dumps({"model": "fake-model", "messages": [{"role": "user", "content": "SLOW 3"}]}).encode()
    request = raw_chat_request(key, body)
    with socket.create_connection(("127.0.0.1", live_server.port)) as s:
        s.sendall(request)
        time.sleep(0.5)
    wait_for(lambda: fake_upstream.cancelled > before, timeout=5)
    row = wait_for(lambda: live_server.gateway.store.list_exchanges(robot_id=robot_id))[0]
    assert row["error_code"] == "client_disconnected"


def test_unknown_route_and_method_are_openai_shaped(live_server: LiveServer) -> None:
    assert_error(httpx.get(f"{live_server.url}/v1/nothing"), 404, "not_found")
    assert_error(httpx.get(f"{live_server.url}/v1/chat/completions"), 405, "method_not_allowed")


def test_check_api_bad_input(live_server: LiveServer) -> None:
    _, key = live_server.register(model="fake-model")
    h = {"Authorization": f"Bearer {key}"}
    url = f"{live_server.url}/v1/guard/check"
    assert_error(httpx.post(url, json={"messages": [{"role": "system", "content": "x"}]}, headers=h), 400,
                 "invalid_request")
    assert_error(httpx.post(url, json={"messages": []}, headers=h), 400, "invalid_request")
    assert_error(httpx.post(url, content=b"\xff", headers=h), 400, "invalid_json")
    assert_error(httpx.post(url, json={"messages": [{"role": "user", "content": "x"}]}), 401, "missing_api_key")


def test_errors_do_not_leak_user_text(live_server: LiveServer) -> None:
    _, key = live_server.register(model="fake-model")
    secret = "身份证110105194912310021"
    r = post(live_server, key, {"model": "fake-model", "messages": [{"role": "wizard", "content": secret}]})
    assert r.status_code == 400 and secret not in r.text
    r = post(live_server, key, {"model": "fake-model", "messages": [{"role": "user", "content": [{"type": 5}]}]})
    assert r.status_code == 400


async def test_concurrent_streams_do_not_mix(live_server: LiveServer) -> None:
    _, key = live_server.register(model="fake-model")
    c = openai.AsyncOpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0)

    async def one(i: int) -> str:
        s = await c.chat.completions.create(model="fake-model", stream=True,
                                            messages=[{"role": "user", "content": f"第{i}号问题" * 3}])
        return "".join([ch.choices[0].delta.content or "" async for ch in s if ch.choices])

    out = await asyncio.gather(*[one(i) for i in range(16)])
    assert out == [f"echo: {f'第{i}号问题' * 3}" for i in range(16)]
    await c.close()


def test_client_leaving_mid_stream_cancels_the_upstream_and_is_audited(
    live_server: LiveServer, fake_upstream: FakeUpstream
) -> None:
    robot_id, key = live_server.register(model="fake-model")
    before = fake_upstream.cancelled
    body = json.dumps({"model": "fake-model", "stream": True,
                       "messages": [{"role": "user", "content": "DRIP 请慢慢回答"}]}).encode()
    request = raw_chat_request(key, body)
    with socket.create_connection(("127.0.0.1", live_server.port)) as s:
        s.sendall(request)
        assert b"200 OK" in s.recv(4096)  # the stream has started
        time.sleep(0.3)
    wait_for(lambda: fake_upstream.cancelled > before, timeout=5)
    row = wait_for(lambda: live_server.gateway.store.list_exchanges(robot_id=robot_id))[0]
    assert row["stream"] is True and row["error_code"] == "client_disconnected"


def test_malformed_upstream_answer_is_502_and_audited(live_server: LiveServer) -> None:
    robot_id, key = live_server.register(model="fake-model")
    body = {"model": "fake-model", "messages": [{"role": "user", "content": "BADSHAPE"}]}
    assert_error(post(live_server, key, body), 502, "upstream_invalid")
    row = wait_for(lambda: live_server.gateway.store.list_exchanges(robot_id=robot_id))[0]
    assert row["error_code"] == "upstream_invalid"


@pytest.mark.parametrize("stream", [False, True])
def test_unfiltered_reasoning_text_never_reaches_the_client(live_server: LiveServer, stream: bool) -> None:
    _, key = live_server.register(model="fake-model")
    r = post(live_server, key, {"model": "fake-model", "stream": stream,
                                "messages": [{"role": "user", "content": "REASON 你好"}]})
    assert r.status_code == 200 and "SECRET_REASONING" not in r.text
    assert "REASON" in r.text  # the filtered answer itself is there


def test_stream_without_finish_reason_still_releases_everything(live_server: LiveServer) -> None:
    _, key = live_server.register(model="fake-model")
    c = openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0)
    chunks = list(c.chat.completions.create(model="fake-model", stream=True,
                                            messages=[{"role": "user", "content": "NOFINISH 请问社保卡怎么补办"}]))
    text = "".join(ch.choices[0].delta.content or "" for ch in chunks if ch.choices)
    assert text == "echo: NOFINISH 请问社保卡怎么补办"
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_client_leaving_before_the_first_token_cancels_the_upstream(
    live_server: LiveServer, fake_upstream: FakeUpstream
) -> None:
    robot_id, key = live_server.register(model="fake-model")
    before = fake_upstream.cancelled
    body = json.dumps({"model": "fake-model", "stream": True,
                       "messages": [{"role": "user", "content": "SLOW 3"}]}).encode()
    request = raw_chat_request(key, body)
    with socket.create_connection(("127.0.0.1", live_server.port)) as s:
        s.sendall(request)
        time.sleep(0.5)
    wait_for(lambda: fake_upstream.cancelled > before, timeout=2.5)  # well before the 3 s answer
    row = wait_for(lambda: live_server.gateway.store.list_exchanges(robot_id=robot_id))[0]
    assert row["error_code"] == "client_disconnected"
