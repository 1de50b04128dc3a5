"""Consent-gated personalization and PIPL rights, end to end with the official openai SDK.

The fake upstream records every body it receives: the personal context must reach it
only while the subject's consent is valid, and the raw field never.
"""

from __future__ import annotations

import base64
import os
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import openai
import orjson
import pytest
from sqlalchemy import text

from proxy.crypto.envelope import field_aad
from proxy.crypto.errors import KeyDestroyedError
from proxy.robots import register
from proxy.storage import Store, make_engine
from tests.conftest import REDIS_URL, LiveServer, make_settings, wait_for
from tests.fakes import FakeUpstream

PROFILE = {"preferred_name": "李女士", "district": "福田区莲花街道"}
HISTORY = ["上次咨询了居住证续签所需材料"]
CONTEXT = {"profile": PROFILE, "history": HISTORY}


def _client(server: LiveServer, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{server.url}/v1", api_key=key, max_retries=0)


def _ask(fake: FakeUpstream, client: openai.OpenAI, subject: str | None, **extra: Any) -> dict[str, Any]:
    """One chat call with a unique question; the body the upstream received for it."""
    marker = f"问题{uuid.uuid4().hex[:8]}"
    kwargs: dict[str, Any] = {"user": subject} if subject else {}
    r = client.chat.completions.create(model="fake-model", messages=[
        {"role": "system", "content": "你是福田区政务服务助手。"}, {"role": "user", "content": marker}],
        **kwargs, **extra)
    assert r.choices[0].message.content == f"echo: {marker}"  # always served (PIPL art. 16)
    return next(b for b in reversed(fake.requests) if marker in orjson.dumps(b).decode())


def _personal(body: dict[str, Any]) -> str | None:
    found = [m["content"] for m in body["messages"] if "<<PERSONAL_CONTEXT>>" in str(m.get("content"))]
    return found[0] if found else None


def _vendor(server: LiveServer, key: str) -> httpx.Client:
    return httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {key}"}, timeout=10)


def _grant(v: httpx.Client, subject: str, purpose: str, **kw: Any) -> httpx.Response:
    return v.post("/v1/consents", json={"subject": subject, "purpose": purpose, "channel": "kiosk_touch", **kw})


def _consent_decisions(server: LiveServer) -> list[dict[str, Any]]:
    h = {"Authorization": f"Bearer {server.admin_token()}"}
    rows = httpx.get(f"{server.url}/admin/v1/exchanges", headers=h, params={"limit": 200}).json()["data"]
    return [d for row in reversed(rows) for d in row["decisions"] if d["filter"] == "consent"]


def test_personal_context_reaches_the_model_only_under_consent(live_server: LiveServer,
                                                               fake_upstream: FakeUpstream) -> None:
    _, key = live_server.register(model="fake-model")
    client, v = _client(live_server, key), _vendor(live_server, key)
    subject = f"citizen-{uuid.uuid4().hex[:6]}"

    # no consent: served without the context, the field never reaches the upstream
    body = _ask(fake_upstream, client, subject, extra_body={"personalization": CONTEXT})
    assert "personalization" not in body and _personal(body) is None
    assert "李女士" not in orjson.dumps(body).decode()

    r = _grant(v, subject, "personalization", ttl_days=30, evidence="kiosk-7/log-19")
    assert r.status_code == 201, r.text
    profile_consent = r.json()
    assert profile_consent["status"] == "valid" and "subject" not in profile_consent

    body = _ask(fake_upstream, client, subject, extra_body={"personalization": CONTEXT})
    note = _personal(body)
    assert note is not None and "福田区莲花街道" in note and "居住证" not in note  # history: no consent
    assert "personalization" not in body
    assert [m["role"] for m in body["messages"]][:2] == ["system", "system"]  # after the vendor's prompt

    assert _grant(v, subject, "history").status_code == 201
    # the metadata spelling works too (a JSON string, OpenAI's metadata is a map of strings)
    body = _ask(fake_upstream, client, subject, metadata={"personalization": orjson.dumps(CONTEXT).decode()})
    note = _personal(body)
    assert note is not None and "居住证" in note and "福田区莲花街道" in note
    assert "personalization" not in str(body.get("metadata"))

    # another subject's consent does not count
    assert _personal(_ask(fake_upstream, client, "someone-else", extra_body={"personalization": CONTEXT})) is None

    # withdrawal takes effect on the next request
    r = v.delete(f"/v1/consents/{profile_consent['id']}")
    assert r.status_code == 200 and r.json()["status"] == "withdrawn"
    note = _personal(_ask(fake_upstream, client, subject, extra_body={"personalization": CONTEXT}))
    assert note is not None and "居住证" in note and "福田区莲花街道" not in note

    r = v.post("/v1/consents/withdraw", json={"subject": subject})
    assert r.status_code == 200 and [c["purpose"] for c in r.json()["data"]] == ["history"]
    assert _personal(_ask(fake_upstream, client, subject, extra_body={"personalization": CONTEXT})) is None

    # streaming takes the same path
    stream = client.chat.completions.create(model="fake-model", user=subject, stream=True,
                                            messages=[{"role": "user", "content": "流式问题"}],
                                            extra_body={"personalization": CONTEXT})
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == "echo: 流式问题"
    assert _personal(fake_upstream.requests[-1]) is None and "personalization" not in fake_upstream.requests[-1]

    decisions = _consent_decisions(live_server)
    reasons = [(d["reason"], d["categories"]) for d in decisions]
    assert reasons[0] == ("consent.removed", ["consent_missing"])
    assert ("consent.partial", ["consent_missing"]) in reasons
    assert ("consent.applied", []) in reasons
    assert ("consent.partial", ["consent_withdrawn"]) in reasons
    assert reasons[-1] == ("consent.removed", ["consent_withdrawn"])
    assert all("李女士" not in str(d) and "莲花" not in str(d) for d in decisions)
    assert any(f["type"] == "applied:profile.district" for d in decisions for f in d["findings"])


def test_identifiers_in_the_context_are_pseudonymized_like_any_message(live_server: LiveServer,
                                                                       fake_upstream: FakeUpstream) -> None:
    _, key = live_server.register(model="fake-model")
    client, v = _client(live_server, key), _vendor(live_server, key)
    assert _grant(v, "citizen-pii", "personalization").status_code == 201
    body = _ask(fake_upstream, client, "citizen-pii",
                extra_body={"personalization": {"profile": {"phone": "13812345678", "district": "福田区"}}})
    note = _personal(body)
    assert note is not None and "福田区" in note and "13812345678" not in orjson.dumps(body).decode()


@pytest.mark.parametrize(
    ("extra", "category"),
    [
        ({"metadata": {"personalization": "{not json"}}, "personalization_invalid"),
        ({"extra_body": {"personalization": {"profile": "not a mapping"}}}, "personalization_invalid"),
        ({"extra_body": {"personalization": CONTEXT, "metadata": {"personalization": "{}"}}},
         "personalization_invalid"),
    ],
)
def test_malformed_personalization_is_dropped_and_the_request_served(
    live_server: LiveServer, fake_upstream: FakeUpstream, extra: dict[str, Any], category: str
) -> None:
    _, key = live_server.register(model="fake-model")
    body = _ask(fake_upstream, _client(live_server, key), "citizen-bad", **extra)
    assert "personalization" not in body and _personal(body) is None
    assert "personalization" not in str(body.get("metadata"))
    decision = _consent_decisions(live_server)[-1]
    assert decision["action"] == "modify" and decision["categories"] == [category]


def test_personalization_without_a_subject_is_dropped(live_server: LiveServer, fake_upstream: FakeUpstream) -> None:
    _, key = live_server.register(model="fake-model")
    body = _ask(fake_upstream, _client(live_server, key), None, extra_body={"personalization": CONTEXT})
    assert _personal(body) is None
    assert _consent_decisions(live_server)[-1]["categories"] == ["subject_missing"]


def test_bad_grants_are_clear_errors_and_audited(live_server: LiveServer) -> None:
    _, key = live_server.register(model="fake-model")
    v = _vendor(live_server, key)
    r = _grant(v, "citizen-g", "marketing")
    assert r.status_code == 400
    err = r.json()["error"]
    assert err["code"] == "purpose_not_in_policy" and "marketing" in err["message"] and err["param"] == "purpose"
    r = _grant(v, "citizen-g", "history", expires_at="2020-01-01T00:00:00+08:00")
    assert r.status_code == 400 and r.json()["error"]["code"] == "consent_expired"
    r = _grant(v, "citizen-g", "history", ttl_days=3000)
    assert r.status_code == 400 and r.json()["error"]["code"] == "consent_too_long"
    r = _grant(v, "citizen-g", "history", expires_at="2030-01-01T00:00:00")  # no time zone
    assert r.status_code == 400 and r.json()["error"]["type"] == "invalid_request_error"
    r = _grant(v, "citizen-g", "history", ttl_days=10, expires_at="2030-01-01T00:00:00+08:00")
    assert r.status_code == 400
    r = _grant(v, "citizen-g", "Bad Purpose!")
    assert r.status_code == 400
    r = v.post("/v1/consents", json={"subject": "citizen-g", "purpose": "history", "channel": "app", "x": 1})
    assert r.status_code == 400  # unknown keys are refused

    # overlapping grants: the second renews the first
    first = _grant(v, "citizen-g", "history", ttl_days=10)
    second = _grant(v, "citizen-g", "history", ttl_days=20)
    assert first.status_code == 201 and second.status_code == 200
    assert second.json()["renewed"] is True and second.json()["id"] == first.json()["id"]
    listed = v.get("/v1/consents", params={"subject": "citizen-g"}).json()["data"]
    assert len(listed) == 1 and listed[0]["expires_at"] == second.json()["expires_at"]

    assert v.delete("/v1/consents/cns_nope").status_code == 404
    assert httpx.post(f"{live_server.url}/v1/consents", json={}).status_code == 401

    h = {"Authorization": f"Bearer {live_server.admin_token()}"}
    export = httpx.get(f"{live_server.url}/admin/v1/subjects/citizen-g/export", headers=h).json()
    events = [(e["event"], e["detail"].get("code")) for e in export["consent_events"]]
    assert events[:3] == [("consent.grant_refused", "purpose_not_in_policy"),
                          ("consent.grant_refused", "consent_expired"),
                          ("consent.grant_refused", "consent_too_long")]
    assert ("consent.granted", None) in events and ("consent.renewed", None) in events


def test_a_robot_only_sees_its_own_and_its_departments_consents(live_server: LiveServer) -> None:
    _, key_a = live_server.register(model="fake-model")
    _, key_b = live_server.register(model="fake-model")
    a, b = _vendor(live_server, key_a), _vendor(live_server, key_b)
    own = _grant(a, "citizen-s", "history").json()
    dept = _grant(a, "citizen-s", "personalization", scope="department").json()
    seen_by_b = {c["id"] for c in b.get("/v1/consents", params={"subject": "citizen-s"}).json()["data"]}
    assert seen_by_b == {dept["id"]}
    assert b.delete(f"/v1/consents/{own['id']}").status_code == 404
    assert a.get(f"/v1/consents/{own['id']}").status_code in (404, 405)


def test_export_and_erasure_by_the_vendor_on_the_subjects_request(live_server: LiveServer,
                                                                  fake_upstream: FakeUpstream) -> None:
    robot_id, key = live_server.register(model="fake-model")
    client, v = _client(live_server, key), _vendor(live_server, key)
    subject = f"citizen-{uuid.uuid4().hex[:6]}"
    assert _grant(v, subject, "history", evidence="paper-form-88").status_code == 201
    _ask(fake_upstream, client, subject, extra_body={"personalization": {"history": ["办理过护照"]}})
    client.chat.completions.create(model="fake-model", user=subject,
                                   messages=[{"role": "user", "content": "我想查社保"}])

    assert v.get(f"/v1/subjects/{subject}/export").status_code == 400  # request_ref is required
    export = v.get(f"/v1/subjects/{subject}/export", params={"request_ref": "T-2026-001"}).json()
    assert export["held"] is True and len(export["exchanges"]) == 2
    texts = " ".join(x["request_text"] for x in export["exchanges"])
    assert "我想查社保" in texts and "办理过护照" in texts  # the context it consented to is part of the record
    assert export["consents"][0]["evidence"] == "paper-form-88"
    assert all(x["robot_id"] == robot_id for x in export["exchanges"])

    r = v.delete(f"/v1/subjects/{subject}", params={"request_ref": "T-2026-002"})
    assert r.status_code == 200 and r.json()["key_destroyed"] is True and r.json()["consents_withdrawn"] == 1

    # read the database directly: the rows are there, the transcripts cannot be decrypted
    gw = live_server.gateway
    engine = make_engine(live_server.settings.resolved_database_url)
    slot = gw.store.cipher.keys.slot_for(subject)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT request_id, request_text, response_text FROM exchanges "
                                 "WHERE subject_id = :s"), {"s": slot}).all()
    engine.dispose()
    assert len(rows) == 2
    for row in rows:
        assert "社保" not in row.request_text and "护照" not in row.request_text
        for col in ("request_text", "response_text"):
            with pytest.raises(KeyDestroyedError):
                gw.store.cipher.decrypt(getattr(row, col), field_aad("exchanges", col, row.request_id))

    after = v.get(f"/v1/subjects/{subject}/export", params={"request_ref": "T-2026-003"}).json()
    assert all(x["erased"] and x["request_text"] is None for x in after["exchanges"])
    assert after["consents"][0]["status"] == "withdrawn" and after["consents"][0]["evidence_erased"] is True
    events = [e["event"] for e in after["consent_events"]]
    assert "subject.exported" in events and events.count("subject.erased") == 1
    # consent is gone with the data: no personal context any more
    assert _personal(_ask(fake_upstream, client, subject, extra_body={"personalization": {"history": ["x"]}})) is None


def test_vendor_erasure_of_a_subject_other_departments_hold_needs_the_bureau(live_server: LiveServer,
                                                                           fake_upstream: FakeUpstream) -> None:
    _, key = live_server.register(model="fake-model")
    engine = make_engine(live_server.settings.resolved_database_url)
    try:
        _, other_key = register(Store(engine), live_server.settings, "其他部门机器人", "福田区卫生健康局",
                                model="fake-model")
    finally:
        engine.dispose()
    for k in (key, other_key):
        _client(live_server, k).chat.completions.create(model="fake-model", user="citizen-shared",
                                                         messages=[{"role": "user", "content": "你好"}])
    r = _vendor(live_server, key).delete("/v1/subjects/citizen-shared", params={"request_ref": "T-9"})
    assert r.status_code == 409 and r.json()["error"]["code"] == "erasure_needs_admin"
    h = {"Authorization": f"Bearer {live_server.admin_token()}"}
    export = httpx.get(f"{live_server.url}/admin/v1/subjects/citizen-shared/export", headers=h).json()
    assert len(export["exchanges"]) == 2 and all(x["request_text"] for x in export["exchanges"])
    assert export["consent_events"][-1]["event"] == "subject.erase_refused"
    r = httpx.delete(f"{live_server.url}/admin/v1/subjects/citizen-shared", headers=h)
    assert r.status_code == 200 and r.json()["destroyed"] is True
    export = httpx.get(f"{live_server.url}/admin/v1/subjects/citizen-shared/export", headers=h).json()
    assert all(x["erased"] for x in export["exchanges"])


def test_admin_grants_for_a_department_and_withdraws(live_server: LiveServer, fake_upstream: FakeUpstream) -> None:
    _, key = live_server.register(model="fake-model")
    h = {"Authorization": f"Bearer {live_server.admin_token()}"}
    base = f"{live_server.url}/admin/v1/consents"
    body = {"subject": "citizen-adm", "purpose": "history", "department": "福田区测试科", "channel": "paper",
            "evidence": "窗口纸质授权书 No.3"}
    r = httpx.post(base, json=body, headers=h)
    assert r.status_code == 201 and r.json()["scope"] == "department" and r.json()["granted_by"].startswith("admin:")
    assert httpx.post(base, json=body | {"purpose": "marketing"}, headers=h).json()["error"]["code"] == \
        "purpose_not_in_policy"
    assert httpx.post(base, json=body | {"department": "不存在的部门"}, headers=h).status_code == 404
    assert httpx.post(base, json=body | {"robot_id": "x"}, headers=h).status_code == 400  # both scopes
    client = _client(live_server, key)
    assert _personal(_ask(fake_upstream, client, "citizen-adm", extra_body={"personalization": CONTEXT})) is not None
    assert httpx.delete(f"{base}/{r.json()['id']}", headers=h).json()["status"] == "withdrawn"
    assert _personal(_ask(fake_upstream, client, "citizen-adm", extra_body={"personalization": CONTEXT})) is None
    assert httpx.get(base, params={"subject": "citizen-adm"}).status_code == 401


def _common(db_url: str, redis_prefix: str | None, fake: FakeUpstream, **kw: Any) -> dict[str, Any]:
    out = {"database_url": db_url, "upstream_url": fake.url, "upstream_model": "fake-model",
           "master_key": base64.b64encode(os.urandom(32)).decode(), **kw}
    if redis_prefix is not None:
        out |= {"redis_url": REDIS_URL, "redis_prefix": redis_prefix}
    return out


@pytest.mark.postgres
@pytest.mark.redis
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_withdrawal_on_one_replica_is_honoured_by_the_other_within_a_second(
    tmp_path: Path, db_url: str, redis_prefix: str, fake_upstream: FakeUpstream
) -> None:
    # a long cache TTL: only the pub/sub announcement can make replica b notice in time
    common = _common(db_url, redis_prefix, fake_upstream, consent_cache_ttl_s=60.0)
    a = LiveServer(make_settings(tmp_path / "a", **common)).start()
    b = LiveServer(make_settings(tmp_path / "b", **common)).start()
    try:
        _, key = a.register(model="fake-model")
        va, cb = _vendor(a, key), _client(b, key)
        consent = _grant(va, "citizen-rep", "history").json()
        assert _personal(_ask(fake_upstream, cb, "citizen-rep", extra_body={"personalization": CONTEXT}))
        assert va.delete(f"/v1/consents/{consent['id']}").status_code == 200
        changed = time.monotonic()
        while _personal(_ask(fake_upstream, cb, "citizen-rep", extra_body={"personalization": CONTEXT})):
            assert time.monotonic() - changed < 1.0, "replica b still personalizes after the withdrawal"
            time.sleep(0.02)
    finally:
        a.stop()
        b.stop()


def test_without_pub_sub_a_replica_catches_up_within_the_cache_ttl(
    tmp_path: Path, fake_upstream: FakeUpstream
) -> None:
    # two processes' worth of state (in-process each, no Redis) over one SQLite file
    common = _common(f"sqlite:///{tmp_path / 'shared.db'}", None, fake_upstream, consent_cache_ttl_s=0.5)
    a = LiveServer(make_settings(tmp_path / "a", **common)).start()
    b = LiveServer(make_settings(tmp_path / "b", **common)).start()
    try:
        _, key = a.register(model="fake-model")
        va, cb = _vendor(a, key), _client(b, key)
        consent = _grant(va, "citizen-ttl", "history").json()
        wait_for(lambda: _personal(_ask(fake_upstream, cb, "citizen-ttl", extra_body={"personalization": CONTEXT})))
        assert va.delete(f"/v1/consents/{consent['id']}").status_code == 200
        wait_for(lambda: _personal(_ask(fake_upstream, cb, "citizen-ttl",
                                        extra_body={"personalization": CONTEXT})) is None)
    finally:
        a.stop()
        b.stop()
