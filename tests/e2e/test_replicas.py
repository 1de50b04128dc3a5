"""Two proxy replicas on the real PostgreSQL and Redis: a status change and an erasure reach both."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from proxy.storage import Store, make_engine
from tests.conftest import REDIS_URL, REPO, LiveServer, make_settings, wait_for
from tests.fakes import FakeUpstream

MSG = [{"role": "user", "content": "你好"}]


@pytest.mark.postgres
@pytest.mark.redis
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_suspend_on_one_replica_is_refused_by_the_other_within_a_second(
    tmp_path: Path, db_url: str, redis_prefix: str, fake_upstream: FakeUpstream
) -> None:
    # replicas share the database, so they share the master key too
    common = {"database_url": db_url, "redis_url": REDIS_URL, "redis_prefix": redis_prefix,
              "upstream_url": fake_upstream.url, "upstream_model": "fake-model", "key_cache_ttl_s": 60.0,
              "master_key": base64.b64encode(os.urandom(32)).decode()}
    a = LiveServer(make_settings(tmp_path / "a", **common)).start()
    b = LiveServer(make_settings(tmp_path / "b", **common)).start()
    try:
        robot_id, key = a.register(model="fake-model")
        cb = openai.OpenAI(base_url=f"{b.url}/v1", api_key=key, max_retries=0)
        assert cb.chat.completions.create(model="fake-model", messages=MSG).choices[0].message.content
        token = a.admin_token()
        r = httpx.post(f"{a.url}/admin/v1/robots/{robot_id}/status", json={"status": "suspended", "reason": "演练"},
                       headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200
        changed = time.monotonic()
        while True:
            try:
                cb.chat.completions.create(model="fake-model", messages=MSG)
            except openai.PermissionDeniedError:
                break
            assert time.monotonic() - changed < 1.0, "replica b still serves a suspended robot"
            time.sleep(0.02)
    finally:
        a.stop()
        b.stop()
    # Replica b's records (served and refused) reached the shared PostgreSQL database.
    engine = make_engine(db_url)
    statuses = [r["status_code"] for r in Store(engine).list_exchanges(robot_id=robot_id)]
    engine.dispose()
    assert 200 in statuses and 403 in statuses


RATE_POLICY = "name: rl\ntier: t2_citizen_service\nrate_limit:\n  requests_per_minute: 2\n"


def test_rate_limit_is_429_in_openai_shape(live_server: LiveServer) -> None:
    _, key = live_server.register(policy=RATE_POLICY, model="fake-model")
    c = openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0)
    c.chat.completions.create(model="fake-model", messages=MSG)
    c.chat.completions.create(model="fake-model", messages=MSG)
    with pytest.raises(openai.RateLimitError):
        c.chat.completions.create(model="fake-model", messages=MSG)


def test_demo_upstream_answers_are_labelled(tmp_path: Path) -> None:
    server = LiveServer(make_settings(tmp_path)).start()
    try:
        _, key = server.register()
        c = openai.OpenAI(base_url=f"{server.url}/v1", api_key=key, max_retries=0)
        assert [m.id for m in c.models.list().data] == ["jianhu-demo"]
        r = c.chat.completions.create(model="jianhu-demo", messages=MSG)
        assert "DEMO" in r.choices[0].message.content
        s = c.chat.completions.create(model="jianhu-demo", messages=MSG, stream=True)
        assert "DEMO" in "".join(ch.choices[0].delta.content or "" for ch in s if ch.choices)
        assert httpx.get(f"{server.url}/readyz").json()["demo_upstream"] is True
    finally:
        server.stop()


def _export(server: LiveServer, token: str, subject: str) -> dict[str, Any]:
    r = httpx.get(f"{server.url}/admin/v1/subjects/{subject}/export", headers={"Authorization": f"Bearer {token}"},
                  timeout=30)
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()
    return data


def _erased_on(server: LiveServer, token: str, subject: str, exchange_id: int) -> bool:
    """True once ``server`` can no longer decrypt the subject's transcript (export and record read)."""
    exported = _export(server, token, subject)["exchanges"]
    one = httpx.get(f"{server.url}/admin/v1/exchanges/{exchange_id}", headers={"Authorization": f"Bearer {token}"})
    assert one.status_code == 200, one.text
    return all(x["erased"] and x["request_text"] is None for x in exported) and SECRET not in one.text


SECRET = "我的身份证丢了怎么补办"
# Far beyond the test: without the announcement replica b would decrypt for an hour.
STALE_TTL_S = 3600.0


def _two_replicas(tmp_path: Path, db_url: str, redis_prefix: str, fake_upstream: FakeUpstream
                  ) -> tuple[LiveServer, LiveServer, dict[str, Any]]:
    common: dict[str, Any] = {
        "database_url": db_url, "redis_url": REDIS_URL, "redis_prefix": redis_prefix,
        "upstream_url": fake_upstream.url, "upstream_model": "fake-model", "key_cache_ttl_s": 60.0,
        "data_key_cache_ttl_s": STALE_TTL_S, "master_key": base64.b64encode(os.urandom(32)).decode()}
    a = LiveServer(make_settings(tmp_path / "a", **common)).start()
    b = LiveServer(make_settings(tmp_path / "b", **common)).start()
    return a, b, common


def _served_and_cached(a: LiveServer, b: LiveServer, subject: str) -> tuple[str, int]:
    """A robot served ``subject`` through b; b decrypted (and so cached) the subject's key."""
    robot_id, key = a.register(model="fake-model")
    cb = openai.OpenAI(base_url=f"{b.url}/v1", api_key=key, max_retries=0)
    cb.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": SECRET}], user=subject)
    token = a.admin_token()
    exported = wait_for(lambda: _export(b, token, subject)["exchanges"])
    assert SECRET in exported[0]["request_text"] and not exported[0]["erased"]
    assert b.gateway.store.cipher is not None and b.gateway.store.cipher.keys.cached >= 2  # system + subject
    return token, int(exported[0]["id"])


@pytest.mark.postgres
@pytest.mark.redis
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_erasure_on_one_replica_stops_decryption_on_the_other_at_once(
    tmp_path: Path, db_url: str, redis_prefix: str, fake_upstream: FakeUpstream
) -> None:
    a, b, _ = _two_replicas(tmp_path, db_url, redis_prefix, fake_upstream)
    try:
        token, exchange_id = _served_and_cached(a, b, "citizen-erase-1")
        r = httpx.delete(f"{a.url}/admin/v1/subjects/citizen-erase-1", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200 and r.json()["destroyed"] is True
        # b's cached key would live another hour: only the announcement can explain this
        assert wait_for(lambda: _erased_on(b, token, "citizen-erase-1", exchange_id), timeout=10)
        assert _erased_on(a, token, "citizen-erase-1", exchange_id)
    finally:
        a.stop()
        b.stop()


@pytest.mark.postgres
@pytest.mark.redis
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_cli_erasure_is_announced_to_running_replicas_through_redis(
    tmp_path: Path, db_url: str, redis_prefix: str, fake_upstream: FakeUpstream
) -> None:
    a, b, common = _two_replicas(tmp_path, db_url, redis_prefix, fake_upstream)
    try:
        token, exchange_id = _served_and_cached(a, b, "citizen-erase-2")
        env = {**os.environ, "JIANHU_DATA_DIR": str(tmp_path / "cli"), "JIANHU_CONFIG_DIR": str(REPO / "configs"),
               "JIANHU_DATABASE_URL": db_url, "JIANHU_REDIS_URL": REDIS_URL, "JIANHU_REDIS_PREFIX": redis_prefix,
               "JIANHU_MASTER_KEY": common["master_key"], "JIANHU_UPSTREAM_URL": fake_upstream.url,
               "JIANHU_UPSTREAM_MODEL": "fake-model"}
        out = subprocess.run([sys.executable, "-m", "proxy.cli", "subject", "erase", "citizen-erase-2"],
                             capture_output=True, text=True, env=env, check=False, timeout=120)
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout) == {"destroyed": True, "consents_withdrawn": 0, "announced": True}
        for replica in (a, b):
            assert wait_for(lambda r=replica: _erased_on(r, token, "citizen-erase-2", exchange_id), timeout=10)
    finally:
        a.stop()
        b.stop()
