"""Two proxy replicas on the real PostgreSQL and Redis: a status change reaches both."""

from __future__ import annotations

import base64
import os
import time
from pathlib import Path

import httpx
import openai
import pytest

from proxy.storage import Store, make_engine
from tests.conftest import REDIS_URL, LiveServer, make_settings
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
