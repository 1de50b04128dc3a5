"""Storage against real SQLite and the real PostgreSQL on 127.0.0.1:5432."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

import proxy.storage
from proxy.robot_id import is_valid_robot_id
from proxy.storage import Store, hash_secret, make_engine, upgrade
from proxy.storage.tables import metadata


def test_migrations_match_the_table_definitions(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def _head_revision() -> str:
    versions = Path(proxy.storage.__file__).parent / "migrations" / "versions"
    return max(p.name.split("_", 1)[0] for p in versions.glob("[0-9]*_*.py"))


def test_upgrade_is_idempotent(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == _head_revision()
    engine.dispose()


def test_register_issues_valid_sequential_ids_and_hashed_keys(store: Store) -> None:
    pid = store.save_policy("p", "v1", "name: p")
    assert store.save_policy("p", "v1", "name: p") == pid
    a, key_a = store.register_robot("甲", "部门", "m", pid)
    b, key_b = store.register_robot("乙", "部门", "m", pid, robot_type="humanoid")
    assert is_valid_robot_id(a.robot_id) and is_valid_robot_id(b.robot_id)
    assert int(b.robot_id[12:17]) == int(a.robot_id[12:17]) + 1
    assert b.robot_id[6:8] == "01"
    assert store.robot_for_key(key_a) == (a, False)
    assert store.robot_for_key(key_b)[0].robot_id == b.robot_id
    assert store.robot_for_key("jh-unknown") is None
    with store.engine.connect() as conn:
        stored = [r[0] for r in conn.execute(text("SELECT key_hash FROM api_keys"))]
    assert key_a not in stored and hash_secret(key_a) in stored


def test_concurrent_registration_never_reuses_a_serial(store: Store) -> None:
    pid = store.save_policy("p", "v1", "name: p")
    ids: list[str] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(5):
            robot, _ = store.register_robot("并发", "部门", "m", pid)
            with lock:
                ids.append(robot.robot_id)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(ids) == 20 and len(set(ids)) == 20


def test_status_changes_are_recorded_and_termination_revokes_keys(store: Store) -> None:
    pid = store.save_policy("p", "v1", "name: p")
    robot, key = store.register_robot("甲", "部门", "m", pid)
    assert store.set_robot_status(robot.robot_id, "suspended", "alice", "投诉核查").status == "suspended"
    assert store.set_robot_status("440304020000000000", "suspended", "alice") is None
    with pytest.raises(ValueError):
        store.set_robot_status(robot.robot_id, "exploded", "alice")
    store.set_robot_status(robot.robot_id, "terminated", "bob")
    assert store.robot_for_key(key)[1] is True  # revoked
    events = [e["event"] for e in store.robot_events(robot.robot_id)]
    assert events == ["registered", "status.suspended", "status.terminated"]


def test_exchanges_round_trip_and_page(store: Store) -> None:
    rows = [
        {"request_id": f"req_{i}", "robot_id": "r1" if i % 2 else "r2", "created_at": datetime.now(UTC),
         "endpoint": "chat", "stream": False, "model": "m", "subject_id": None, "policy_version": "v",
         "action": "block" if i == 3 else "allow", "categories": ["size"] if i == 3 else [],
         "decisions": [{"filter": "size_guard", "action": "allow", "findings": [], "elapsed_ms": 0.1}],
         "status_code": 200, "error_code": None, "upstream_status": 200, "upstream_latency_ms": 1.5,
         "latency_ms": 2.0, "prompt_tokens": 1, "completion_tokens": 2, "request_text": "问", "response_text": "答"}
        for i in range(10)
    ]
    store.insert_exchanges(rows)
    assert store.count_exchanges() == 10
    page = store.list_exchanges(limit=4)
    assert [r["request_id"] for r in page] == ["req_9", "req_8", "req_7", "req_6"]
    nxt = store.list_exchanges(limit=4, before_id=page[-1]["id"])
    assert nxt[0]["request_id"] == "req_5"
    assert {r["robot_id"] for r in store.list_exchanges(robot_id="r1")} == {"r1"}
    blocked = store.list_exchanges(action="block")
    assert [r["request_id"] for r in blocked] == ["req_3"] and blocked[0]["categories"] == ["size"]
    one = store.get_exchange(blocked[0]["id"])
    assert one is not None and one["decisions"][0]["filter"] == "size_guard" and one["response_text"] == "答"
    assert one["created_at"].endswith("+00:00")


def test_admin_tokens_are_hashed(store: Store) -> None:
    token = store.create_admin_token("ops")
    assert store.admin_token_name(token) == "ops"
    assert store.admin_token_name(token + "x") is None
    with store.engine.connect() as conn:
        assert token not in [r[0] for r in conn.execute(text("SELECT token_hash FROM admin_tokens"))]


def test_sqlite_runs_in_wal_mode(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'w.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()
