"""Encryption at rest and the tamper-evident trail, read straight from SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import httpx
import openai
import pytest
from sqlalchemy import text

from proxy.storage import make_engine
from tests.conftest import LiveServer, make_settings
from tests.fakes import FakeUpstream

ID = "11010519491231002X"
PHONE = "13812345678"
NAME = "欧阳娜娜"


def _traffic(server: LiveServer, subject: str = "citizen-7") -> str:
    robot_id, key = server.register(model="fake-model")
    c = openai.OpenAI(base_url=f"{server.url}/v1", api_key=key, max_retries=0)
    for content in (f"我叫{NAME}，身份证{ID}", f"手机号{PHONE}，帮我查社保"):
        c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": content}],
                                  user=subject)
    s = c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": f"再说一遍{PHONE}"}],
                                  user=subject, stream=True)
    assert PHONE in "".join(ch.choices[0].delta.content or "" for ch in s if ch.choices)
    server.gateway.store.engine.dispose()
    return robot_id


def _dump(engine_url: str) -> str:
    engine = make_engine(engine_url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM exchanges")).all()
        keys = conn.execute(text("SELECT * FROM subject_keys")).all()
    engine.dispose()
    return repr(rows) + repr(keys)


@pytest.mark.parametrize("db_url", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True)
def test_no_plaintext_personal_data_at_rest(tmp_path: Path, db_url: str, fake_upstream: FakeUpstream) -> None:
    server = LiveServer(make_settings(tmp_path, database_url=db_url, upstream_url=fake_upstream.url,
                                      upstream_model="fake-model")).start()
    try:
        robot_id = _traffic(server)
        h = {"Authorization": f"Bearer {server.admin_token()}"}
        rows = httpx.get(f"{server.url}/admin/v1/exchanges", params={"robot_id": robot_id}, headers=h).json()["data"]
        assert len(rows) == 3 and all(r["request_text"] for r in rows)  # decrypted for the admin
    finally:
        server.stop()
    dumped = _dump(db_url)
    for secret in (ID, PHONE, NAME, "citizen-7", "帮我查社保"):
        assert secret not in dumped
    if db_url.startswith("sqlite"):
        raw = Path(db_url.removeprefix("sqlite:///")).read_bytes()
        for wal in Path(db_url.removeprefix("sqlite:///")).parent.glob("*-wal"):
            raw += wal.read_bytes()
        for secret in (ID, PHONE, NAME, "citizen-7", "帮我查社保"):
            assert secret.encode() not in raw


def test_erasing_a_subject_makes_their_transcripts_unreadable(live_server: LiveServer) -> None:
    robot_id = _traffic(live_server, subject="citizen-erase")
    _, key = live_server.register(model="fake-model")
    openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0).chat.completions.create(
        model="fake-model", messages=[{"role": "user", "content": "另一位市民"}], user="citizen-other")
    h = {"Authorization": f"Bearer {live_server.admin_token()}"}
    live_server.gateway.store.engine.dispose()
    r = httpx.delete(f"{live_server.url}/admin/v1/subjects/citizen-erase", headers=h)
    assert r.json()["destroyed"] is True
    rows = httpx.get(f"{live_server.url}/admin/v1/exchanges", headers=h).json()["data"]
    mine = [x for x in rows if x["robot_id"] == robot_id]
    other = [x for x in rows if x["robot_id"] != robot_id]
    assert mine and all(x["request_text"] is None and x.get("erased") for x in mine)
    assert other and other[0]["request_text"] and "另一位市民" in other[0]["request_text"]


@pytest.mark.parametrize("db_url", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True)
def test_verify_names_the_first_edited_record(tmp_path: Path, db_url: str, fake_upstream: FakeUpstream) -> None:
    server = LiveServer(make_settings(tmp_path, database_url=db_url, upstream_url=fake_upstream.url,
                                      upstream_model="fake-model")).start()
    try:
        robot_id = _traffic(server)
        h = {"Authorization": f"Bearer {server.admin_token()}"}
        ok = httpx.get(f"{server.url}/admin/v1/audit/verify", headers=h).json()
        assert ok["intact"] is True and ok["checked"] >= 3
    finally:
        server.stop()
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE exchanges SET action = 'allow' WHERE robot_id = :r AND seq = 2"), {"r": robot_id})
    from proxy.storage import Store

    _, breaks = Store(engine).verify_chains()
    assert [(b.chain, b.seq, b.problem) for b in breaks] == [(robot_id, 2, "hash_mismatch")]
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM exchanges WHERE robot_id = :r AND seq = 3"), {"r": robot_id})
    _, breaks = Store(engine).verify_chains(robot_id)
    assert breaks[0].seq == 2  # still the first break
    engine.dispose()


def test_cli_verify_and_key_rotation(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "JIANHU_DATA_DIR": str(tmp_path / "data")}
    for k in ("JIANHU_DATABASE_URL", "JIANHU_REDIS_URL", "JIANHU_UPSTREAM_URL", "JIANHU_MASTER_KEY"):
        env.pop(k, None)
    keyfile = tmp_path / "master.keys"

    def jianhu(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "proxy.cli", *args], env=env, capture_output=True, text=True, check=False,
                              timeout=120)

    first = json.loads(jianhu("keys", "generate", "--file", str(keyfile)).stdout)
    assert oct(keyfile.stat().st_mode & 0o777) == "0o600"
    env["JIANHU_MASTER_KEY_FILE"] = str(keyfile)
    env["JIANHU_UPSTREAM_URL"] = "http://127.0.0.1:9/v1"  # not demo: the key file is required
    env["JIANHU_UPSTREAM_MODEL"] = "m"
    from proxy.crypto import FieldCipher, load_key_file
    from proxy.crypto.envelope import field_aad

    engine = make_engine(f"sqlite:///{tmp_path / 'data' / 'jianhu.db'}")
    from proxy.storage import upgrade

    upgrade(engine)
    cipher = FieldCipher.from_engine(engine, load_key_file(keyfile))
    token = cipher.encrypt("身份证" + ID, "subject-1", field_aad("exchanges", "request_text", "req_x"))
    engine.dispose()
    second = json.loads(jianhu("keys", "generate", "--file", str(keyfile)).stdout)
    assert second["keys"] == [first["active"], second["active"]]
    rotated = json.loads(jianhu("keys", "rotate").stdout)
    assert rotated["active"] == second["active"] and rotated["rewrapped"] >= 1
    status = json.loads(jianhu("keys", "status").stdout)
    assert first["active"] not in status["data_keys_by_master_key"]
    # the old master key can now be dropped: only the new one is needed to read old records
    new_only = load_key_file(keyfile).without(first["active"])
    engine = make_engine(f"sqlite:///{tmp_path / 'data' / 'jianhu.db'}")
    assert FieldCipher.from_engine(engine, new_only).decrypt(
        token, field_aad("exchanges", "request_text", "req_x")) == "身份证" + ID
    engine.dispose()
    assert jianhu("audit", "verify").returncode == 0
    env.pop("JIANHU_MASTER_KEY_FILE")
    out = jianhu("keys", "status")
    assert out.returncode == 2 and "master key" in out.stderr  # non-demo without a key: clear error


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_wrong_master_key_stops_start_up(tmp_path: Path, fake_upstream: FakeUpstream) -> None:
    settings = make_settings(tmp_path, upstream_url=fake_upstream.url, upstream_model="fake-model")
    LiveServer(settings).start().stop()  # creates the data keys under the first master key
    other = make_settings(tmp_path, upstream_url=fake_upstream.url, upstream_model="fake-model")
    assert other.master_key != settings.master_key
    server = LiveServer(other)
    with pytest.raises(RuntimeError, match="did not become ready"):
        server.start(timeout=5)
    server.stop()
