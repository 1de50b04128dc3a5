"""The admin API and the check-only API through a live server."""

from __future__ import annotations

import httpx
import openai

from tests.conftest import LiveServer, wait_for


def test_admin_requires_a_valid_token(live_server: LiveServer) -> None:
    for headers in ({}, {"Authorization": "Bearer jha-wrong"}):
        r = httpx.get(f"{live_server.url}/admin/v1/exchanges", headers=headers)
        assert r.status_code == 401 and r.json()["error"]["type"] == "authentication_error"


def _guardian(live_server: LiveServer, department: str = "政数局") -> str:
    from proxy.storage import make_engine
    from proxy.storage.accounts import AccountStore

    engine = make_engine(live_server.settings.resolved_database_url)
    try:
        name = f"g-{len(AccountStore(engine).list_users())}"
        AccountStore(engine).create_user(name, "guardian", department)
    finally:
        engine.dispose()
    return name


REGISTRY = {"filing_number": "网信算备440304123456701240011号"}


def test_admin_registers_lists_and_pages_exchanges(live_server: LiveServer) -> None:
    h = {"Authorization": f"Bearer {live_server.admin_token()}"}
    r = httpx.post(f"{live_server.url}/admin/v1/robots", headers=h,
                   json={"name": "小福", "department": "政数局", "type": "humanoid", "model": "fake-model",
                         "guardians": [_guardian(live_server)], **REGISTRY})
    assert r.status_code == 201, r.text
    robot_id, key = r.json()["robot_id"], r.json()["api_key"]
    assert httpx.post(f"{live_server.url}/admin/v1/robots/{robot_id}/onboarding", headers=h,
                      timeout=120).json()["passed"]
    assert httpx.post(f"{live_server.url}/admin/v1/robots/{robot_id}/status", headers=h,
                      json={"status": "active"}).status_code == 200
    c = openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0)
    for i in range(3):
        c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": f"问{i}"}])
    wait_for(lambda: len(live_server.gateway.store.list_exchanges(robot_id=robot_id)) == 3)
    page = httpx.get(f"{live_server.url}/admin/v1/exchanges", params={"robot_id": robot_id, "limit": 2},
                     headers=h).json()
    assert len(page["data"]) == 2 and page["next_before"] is not None
    rest = httpx.get(f"{live_server.url}/admin/v1/exchanges",
                     params={"robot_id": robot_id, "before": page["next_before"]}, headers=h).json()
    assert len(rest["data"]) == 1
    one = httpx.get(f"{live_server.url}/admin/v1/exchanges/{rest['data'][0]['id']}", headers=h).json()
    assert one["request_text"] and "问0" in one["request_text"]
    robots = httpx.get(f"{live_server.url}/admin/v1/robots", headers=h).json()["data"]
    assert robot_id in [x["robot_id"] for x in robots]
    detail = httpx.get(f"{live_server.url}/admin/v1/robots/{robot_id}", headers=h).json()
    assert detail["type"] == "humanoid" and detail["events"][0]["event"] == "registered"
    assert httpx.get(f"{live_server.url}/admin/v1/robots/440304000000000000", headers=h).status_code == 404


def test_admin_bad_input_is_4xx(live_server: LiveServer) -> None:
    h = {"Authorization": f"Bearer {live_server.admin_token()}"}
    g = _guardian(live_server, "d")
    r = httpx.post(f"{live_server.url}/admin/v1/robots", headers=h,
                   json={"name": "", "department": "d", "guardians": [g], **REGISTRY})
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_request"
    r = httpx.post(f"{live_server.url}/admin/v1/robots", headers=h,
                   json={"name": "n", "department": "d", "guardians": [g], **REGISTRY,
                         "policy": "name: x\ntier: t2_citizen_service\nbogus: 1\n"})
    assert r.status_code == 400 and "bogus" in r.json()["error"]["message"]
    r = httpx.get(f"{live_server.url}/admin/v1/exchanges", headers=h, params={"limit": 0})
    assert r.status_code == 400
    r = httpx.post(f"{live_server.url}/admin/v1/robots/x/status", headers=h, json={"status": "flying"})
    assert r.status_code == 400


def test_revoking_keys_through_the_admin_api_takes_effect_at_once(live_server: LiveServer) -> None:
    robot_id, key = live_server.register(model="fake-model")
    live_server.gateway.settings.key_cache_ttl_s = 60.0  # only the announcement can clear the cache
    h = {"Authorization": f"Bearer {live_server.admin_token()}"}
    c = openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0)
    c.models.list()
    assert httpx.delete(f"{live_server.url}/admin/v1/robots/{robot_id}/keys", headers=h).json()["revoked"] == 1
    try:
        c.models.list()
        raise AssertionError("revoked key still accepted")
    except openai.AuthenticationError:
        pass


def test_policy_validation_endpoint(live_server: LiveServer) -> None:
    h = {"Authorization": f"Bearer {live_server.admin_token()}", "Content-Type": "application/yaml"}
    ok = httpx.post(f"{live_server.url}/admin/v1/policies/validate", headers=h,
                    content=b"name: x\ntier: t1_information\n")
    assert ok.json()["valid"] is True and ok.json()["version"]
    bad = httpx.post(f"{live_server.url}/admin/v1/policies/validate", headers=h,
                     content=b"name: x\ntier: t1_information\nfilters: [{type: size_guard, max_messages: -1}]\n")
    assert bad.json()["valid"] is False and "max_messages" in bad.json()["error"]
    assert httpx.post(f"{live_server.url}/admin/v1/reload", headers=h).json() == {"reloaded": True}


def test_guard_check_returns_the_documented_shape(live_server: LiveServer) -> None:
    robot_id, key = live_server.register(model="fake-model")
    h = {"Authorization": f"Bearer {key}"}
    r = httpx.post(f"{live_server.url}/v1/guard/check", headers=h,
                   json={"messages": [{"role": "user", "content": "请问\x00怎么办理居住证"}]})
    body = r.json()
    assert r.status_code == 200
    assert {"action", "categories", "findings", "text", "policy_version", "latency_ms"} <= set(body)
    assert body["action"] == "modify" and body["text"] == "请问怎么办理居住证"
    f = body["findings"][0]
    assert (f["filter"], f["type"], f["start"], f["end"]) == ("size_guard", "CONTROL_CHARS", 2, 3)
    allowed = httpx.post(f"{live_server.url}/v1/guard/check", headers=h,
                         json={"messages": [{"role": "user", "content": "你好"},
                                            {"role": "assistant", "content": "您好，请问办理什么业务？"}]}).json()
    assert allowed["action"] == "allow" and allowed["text"] is None and allowed["findings"] == []
    row = wait_for(lambda: live_server.gateway.store.list_exchanges(robot_id=robot_id, limit=5))
    assert row[0]["endpoint"] == "check"


def test_health_ready_and_metrics(live_server: LiveServer) -> None:
    assert httpx.get(f"{live_server.url}/healthz").json() == {"status": "ok"}
    ready = httpx.get(f"{live_server.url}/readyz").json()
    assert ready["status"] == "ready" and ready["demo_upstream"] is False
    _, key = live_server.register(model="fake-model")
    openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key).chat.completions.create(
        model="fake-model", messages=[{"role": "user", "content": "hi"}])
    text = httpx.get(f"{live_server.url}/metrics").text
    assert 'jianhu_requests_total{endpoint="chat",status="200"}' in text
    assert 'jianhu_decisions_total{action="allow",filter="size_guard"}' in text
    assert "jianhu_request_latency_seconds_bucket" in text


def test_robot_names_are_screened_by_the_content_filter(live_server: LiveServer) -> None:
    h = {"Authorization": f"Bearer {live_server.admin_token()}"}
    g = _guardian(live_server)
    bad = httpx.post(f"{live_server.url}/admin/v1/robots", headers=h,
                     json={"name": "法轮大法好", "department": "政数局", "model": "fake-model", "guardians": [g],
                           **REGISTRY})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "name_refused"
    ok = httpx.post(f"{live_server.url}/admin/v1/robots", headers=h,
                    json={"name": "福田小助手", "department": "政数局", "model": "fake-model", "guardians": [g],
                          **REGISTRY})
    assert ok.status_code == 201


def test_distress_is_steered_with_a_supportive_instruction(live_server: LiveServer, fake_upstream) -> None:  # type: ignore[no-untyped-def]
    _, key = live_server.register(model="fake-model")
    r = httpx.post(f"{live_server.url}/v1/chat/completions", headers={"Authorization": f"Bearer {key}"},
                   json={"model": "fake-model", "messages": [{"role": "user", "content": "我真的不想活了，活着没有意义"}]})
    assert r.status_code == 200 and r.json()["choices"][0]["finish_reason"] == "stop"
    sent = fake_upstream.requests[-1]["messages"]
    assert sent[0]["role"] == "system" and "12356" in sent[0]["content"]
    assert r.headers["x-jianhu-action"] == "flag"
