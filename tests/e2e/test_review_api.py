"""Review queue, transcripts, labels, escalation, export and complaints through the live server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from proxy.reference import parse_reference
from proxy.storage import Store, make_engine
from proxy.storage.accounts import AccountStore
from tests.conftest import LiveServer, make_settings, wait_for
from tests.fakes import FakeUpstream

STRICT = """
name: review-test
tier: t2_citizen_service
persona:
  refusal: 小福无法回答这个问题，请拨打12345。
filters:
  - type: size_guard
    max_message_chars: 40
"""


@pytest.fixture
def server(tmp_path: Path, fake_upstream: FakeUpstream) -> Iterator[LiveServer]:
    settings = make_settings(tmp_path, upstream_url=fake_upstream.url, upstream_model="fake-model")
    live = LiveServer(settings).start()
    yield live
    live.stop()


def accounts(server: LiveServer) -> AccountStore:
    return AccountStore(make_engine(server.settings.resolved_database_url))


def token_for(server: LiveServer, username: str, role: str, department: str | None = None,
              robots: tuple[str, ...] = ()) -> str:
    store = accounts(server)
    store.create_user(username, role, department)
    for robot_id in robots:
        store.assign_guardians(robot_id, department or "", [username])
    token = store.create_token(username)
    store.engine.dispose()
    return token


def api(server: LiveServer, token: str) -> httpx.Client:
    return httpx.Client(base_url=f"{server.url}/admin/v1", headers={"authorization": f"Bearer {token}"}, timeout=30)


def chat(server: LiveServer, key: str, text: str, user: str | None = None) -> Any:
    c = openai.OpenAI(base_url=f"{server.url}/v1", api_key=key, max_retries=0)
    extra = {"user": user} if user else {}
    return c.chat.completions.with_raw_response.create(
        model="fake-model", messages=[{"role": "user", "content": text}], **extra)


def test_blocked_exchanges_enter_the_guardians_queue_and_only_theirs(server: LiveServer) -> None:
    mine, key = server.register(policy=STRICT, model="fake-model", name="小福")
    other, other_key = server.register(policy=STRICT, model="fake-model", name="小田")
    guardian = token_for(server, "guard.a", "guardian", "福田区测试科", (mine,))
    token_for(server, "guard.b", "guardian", "福田区测试科", (other,))
    chat(server, key, "你好")  # allowed: not queued
    chat(server, key, "长" * 100, user="citizen-1")
    chat(server, other_key, "长" * 100)
    admin = api(server, server.admin_token())
    everything = wait_for(lambda: (r := admin.get("/review/queue").json())["total"] == 2 and r)
    assert {i["robot_id"] for i in everything["data"]} == {mine, other}
    queue = api(server, guardian).get("/review/queue").json()
    assert [(i["robot_id"], i["source"], i["action"], i["severity"]) for i in queue["data"]] == [
        (mine, "exchange", "block", 3)]
    item = queue["data"][0]
    # another guardian's robot: 403, whether by item, robot filter or exchange id
    foreign = next(i for i in everything["data"] if i["robot_id"] == other)
    g = api(server, guardian)
    assert g.get(f"/review/items/{foreign['id']}").status_code == 403
    assert g.get(f"/review/exchanges/{foreign['exchange_id']}").status_code == 403
    assert g.get("/review/queue", params={"robot_id": other}).json()["total"] == 0
    assert g.post(f"/review/items/{foreign['id']}/labels", json={"verdict": "correct"}).status_code == 403
    assert g.get("/review/items/999999").json()["error"]["code"] == "forbidden_robot"
    assert admin.get("/review/items/999999").status_code == 404
    # filters
    assert admin.get("/review/queue", params={"category": item["category"], "robot_id": mine}).json()["total"] == 1
    assert admin.get("/review/queue", params={"since": "2999-01-01T00:00:00Z"}).json()["total"] == 0


def test_transcript_view_is_decrypted_highlighted_and_recorded(server: LiveServer) -> None:
    robot_id, key = server.register(policy=STRICT, model="fake-model")
    guardian = token_for(server, "guard.t", "guardian", "福田区测试科", (robot_id,))
    chat(server, key, "第一个问题", user="citizen-7")
    chat(server, key, "办理" + "长" * 60, user="citizen-7")
    g = api(server, guardian)
    item = wait_for(lambda: g.get("/review/queue").json()["data"])[0]
    view = g.get(f"/review/exchanges/{item['exchange_id']}").json()
    assert view["action"] == "block" and view["robot_id"] == robot_id
    assert view["messages"][0]["content"] == "办理" + "长" * 60
    blocking = [d for d in view["decisions"] if d["action"] == "block"]
    assert blocking and blocking[0]["reason"] == "size.message_too_long"
    assert [e["messages"][-1]["content"] for e in view["earlier"]] == ["第一个问题"]
    assert view["answer"]["content"] == "小福无法回答这个问题，请拨打12345。"
    assert view["can_manage"] is True
    log = accounts(server).access_log(robot_id=robot_id)
    assert log[0]["action"] == "transcript_viewed" and log[0]["actor"] == "user:guard.t"
    assert item["exchange_id"] in log[0]["detail"]["exchange_ids"]


def test_labels_escalation_resolution_and_auditor_is_read_only(server: LiveServer) -> None:
    robot_id, key = server.register(policy=STRICT, model="fake-model")
    guardian = token_for(server, "guard.l", "guardian", "福田区测试科", (robot_id,))
    auditor = token_for(server, "audit.l", "auditor")
    chat(server, key, "长" * 100)
    g = api(server, guardian)
    item = wait_for(lambda: g.get("/review/queue").json()["data"])[0]
    a = api(server, auditor)
    assert a.get(f"/review/items/{item['id']}").status_code == 200
    assert a.post(f"/review/items/{item['id']}/labels", json={"verdict": "correct"}).status_code == 403
    assert a.post(f"/review/items/{item['id']}/resolve", json={}).status_code == 403
    bad = g.post(f"/review/items/{item['id']}/labels", json={"verdict": "maybe"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "invalid_request"
    out = g.post(f"/review/items/{item['id']}/labels",
                 json={"verdict": "false_positive", "severity": 4, "note": "正常咨询"}).json()
    assert out["severity"] == 4 and out["history"][-1]["verdict"] == "false_positive"
    out = g.post(f"/review/items/{item['id']}/escalate", json={"level": "bureau", "note": "请局里看"}).json()
    assert out["status"] == "escalated" and out["escalation"] == "bureau"
    assert api(server, server.admin_token()).get("/review/queue", params={"escalation": "bureau"}).json()["total"] == 1
    out = g.post(f"/review/items/{item['id']}/resolve", json={"note": "已处理"}).json()
    assert out["status"] == "resolved" and out["resolved_by"] == "user:guard.l"
    assert g.get("/review/queue").json()["total"] == 0
    assert g.get("/review/queue", params={"status": "resolved"}).json()["total"] == 1
    assert [h["kind"] for h in out["history"]] == ["label", "escalate", "resolve"]


def test_missed_harm_labelled_from_an_unflagged_exchange_and_exported_pseudonymized(server: LiveServer) -> None:
    robot_id, key = server.register(policy=STRICT, model="fake-model")
    guardian = token_for(server, "guard.m", "guardian", "福田区测试科", (robot_id,))
    chat(server, key, "我叫张伟，电话13812345678")
    admin = api(server, server.admin_token())
    row = wait_for(lambda: admin.get("/exchanges", params={"robot_id": robot_id}).json()["data"])[0]
    g = api(server, guardian)
    out = g.post(f"/review/exchanges/{row['id']}/labels", json={"verdict": "missed", "note": "联系人13812345678"})
    assert out.status_code == 200 and out.json()["source"] == "manual"
    export = g.get("/review/labels/export")
    assert export.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(x) for x in export.text.splitlines()]
    assert len(lines) == 1 and lines[0]["verdict"] == "missed"
    dumped = json.dumps(lines[0], ensure_ascii=False)
    assert "13812345678" not in dumped and "<CN_MOBILE" in dumped
    assert "张伟" not in dumped
    assert lines[0]["messages"][0]["role"] == "user"


def test_complaint_by_reference_code_reaches_the_queue(server: LiveServer) -> None:
    robot_id, key = server.register(policy=STRICT, model="fake-model")
    guardian = token_for(server, "guard.c", "guardian", "福田区测试科", (robot_id,))
    raw = chat(server, key, "你好")
    reference = raw.headers["x-jianhu-reference"]
    assert parse_reference(reference) is not None
    pub = httpx.Client(base_url=server.url, timeout=30)
    r = pub.post("/v1/complaints", json={"reference": reference.lower(), "text": "回答态度不好", "contact": "138"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["id"].startswith("CP") and body["robot_id"] == robot_id and body["reference"] == reference
    g = api(server, guardian)
    queue = g.get("/review/queue", params={"source": "complaint"}).json()["data"]
    assert len(queue) == 1 and queue[0]["severity"] == 3 and queue[0]["category"] == "complaint"
    listed = api(server, server.admin_token()).get("/complaints").json()["data"]
    assert listed[0]["text"] == "回答态度不好" and listed[0]["item_id"] == queue[0]["id"]
    with make_engine(server.settings.resolved_database_url).connect() as conn:
        stored = conn.exec_driver_sql("SELECT text FROM complaints").scalar()
    assert "回答态度不好" not in stored
    # bad input: OpenAI-shaped 4xx
    cases = [({"reference": "XXXX", "text": "x"}, 400, "invalid_reference"),
             ({"reference": reference, "text": "   "}, 400, "invalid_request"),
             ({"reference": reference, "text": "长" * 2001}, 400, "invalid_request"),
             ({"reference": "req_ffffffffffffffffffffffffffffffff", "text": "x"}, 404, "unknown_reference")]
    for payload, status, code in cases:
        r = pub.post("/v1/complaints", json=payload)
        assert (r.status_code, r.json()["error"]["code"]) == (status, code), payload
    # the web form files the same way and shows the tracking number
    form = pub.post("/complaint", data={"reference": reference, "text": "第二次投诉"})
    assert form.status_code == 201 and "CP" in form.text


def test_complaints_are_rate_limited_per_address(server: LiveServer) -> None:
    _, key = server.register(policy=STRICT, model="fake-model")
    reference = chat(server, key, "你好").headers["x-jianhu-reference"]
    pub = httpx.Client(base_url=server.url, timeout=30)
    codes = [pub.post("/v1/complaints", json={"reference": reference, "text": f"投诉{i}"}).status_code
             for i in range(7)]
    assert codes[:5] == [201] * 5 and codes[5:] == [429, 429]
    assert pub.post("/v1/complaints", json={"reference": reference, "text": "x"}).json()["error"]["code"] == (
        "complaint_rate_limited")


def test_anomaly_alert_enters_the_queue(server: LiveServer) -> None:
    robot_id, _ = server.register(policy=STRICT, model="fake-model")
    store = Store(make_engine(server.settings.resolved_database_url))
    store.add_robot_event(robot_id, "anomaly.alert", "anomaly", {"attempts": 30, "categories": ["injection"]})
    queue = api(server, server.admin_token()).get("/review/queue", params={"source": "anomaly"}).json()["data"]
    assert [(i["robot_id"], i["severity"], i["categories"]) for i in queue] == [(robot_id, 4, ["injection"])]
