"""Shared fixtures: real SQLite/PostgreSQL/Redis, a live proxy server, the fake upstream."""

from __future__ import annotations

import base64
import os
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from sqlalchemy import text

from proxy.app import create_app
from proxy.crypto import FieldCipher, Keyring, new_master_key
from proxy.robots import register
from proxy.settings import Settings
from proxy.storage import Store, make_engine, upgrade
from tests.fakes import FakeUpstream, free_port

PG_URL = os.environ.get("JIANHU_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("JIANHU_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database: a SQLite file, or a new schema in the real PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    engine = make_engine(db_url)
    upgrade(engine)
    yield Store(engine, FieldCipher.from_engine(engine, Keyring([new_master_key()])))
    engine.dispose()


@pytest.fixture
def redis_prefix() -> str:
    return f"jianhu-test-{uuid.uuid4().hex[:8]}:"


@pytest.fixture(scope="session")
def fake_upstream() -> Iterator[FakeUpstream]:
    fake = FakeUpstream().start()
    yield fake
    fake.stop()


class LiveServer:
    """The real app under uvicorn in a background thread, on a loopback port."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.app = create_app(settings)
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="error",
                                lifespan="on", loop="asyncio", http="h11")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self, timeout: float = 30.0) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/readyz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            if not self.thread.is_alive():
                break  # start-up failed
            time.sleep(0.05)
        raise RuntimeError("server did not become ready")

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(30)

    @property
    def gateway(self) -> Any:
        return self.app.state.gateway

    def register(self, policy: str | None = None, model: str | None = None, name: str = "测试机器人") -> tuple[str, str]:
        engine = make_engine(self.settings.resolved_database_url)
        try:
            robot, key = register(Store(engine), self.settings, name, "福田区测试科", model=model,
                                  policy_text=policy)
        finally:
            engine.dispose()
        return robot.robot_id, key

    def admin_token(self) -> str:
        engine = make_engine(self.settings.resolved_database_url)
        try:
            return Store(engine).create_admin_token("test")
        finally:
            engine.dispose()


def make_settings(tmp_path: Path, **kw: Any) -> Settings:
    kw.setdefault("data_dir", tmp_path / "data")
    kw.setdefault("config_dir", REPO / "configs")
    kw.setdefault("key_cache_ttl_s", 0.0)
    if kw.get("upstream_url"):  # not demo mode: a master key is required
        kw.setdefault("master_key", base64.b64encode(os.urandom(32)).decode())
    return Settings(_env_file=None, **kw)  # type: ignore[call-arg]


@pytest.fixture
def live_server(tmp_path: Path, fake_upstream: FakeUpstream) -> Iterator[LiveServer]:
    settings = make_settings(tmp_path, upstream_url=fake_upstream.url, upstream_model="fake-model")
    server = LiveServer(settings).start()
    yield server
    server.stop()


def wait_for(predicate: Any, timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError("condition not reached in time")
