"""Console fixtures: a live server with one account per role, tokens, and headless Chromium.

``world`` registers a robot in department ``政数局`` guarded by ``g-assigned``; the other
accounts are the matrix's roles (a department admin of each department, an unassigned
guardian, an auditor). Browser tests use the system Chromium (``/usr/bin/chromium``,
installed by ``.ci/run``) through Playwright's sync API, from plain sync test functions.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from proxy.robots import register
from proxy.storage import Store, make_engine
from proxy.storage.accounts import AccountStore
from tests.conftest import LiveServer, make_settings
from tests.fakes import FakeUpstream

DEPT = "政数局"
OTHER_DEPT = "民政局"
PASSWORD = "correct-horse-battery"
CHROMIUM = os.environ.get("JIANHU_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@dataclass
class World:
    server: LiveServer
    robot_id: str
    robot_key: str
    other_robot_id: str
    tokens: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return self.server.url

    def headers(self, who: str) -> dict[str, str]:
        if who == "anonymous":
            return {}
        if who == "vendor":
            return {"Authorization": f"Bearer {self.robot_key}"}
        return {"Authorization": f"Bearer {self.tokens[who]}"}


def make_world(server: LiveServer) -> World:
    engine = make_engine(server.settings.resolved_database_url)
    try:
        accounts = AccountStore(engine)
        accounts.create_user("dept-admin", "department_admin", DEPT, "部门管理员", PASSWORD)
        accounts.create_user("other-dept-admin", "department_admin", OTHER_DEPT, None, PASSWORD)
        accounts.create_user("g-assigned", "guardian", DEPT, "张监护", PASSWORD)
        accounts.create_user("g-other", "guardian", OTHER_DEPT, "李监护", PASSWORD)
        accounts.create_user("auditor", "auditor", None, "审计员", PASSWORD)
        store = Store(engine)
        robot, key = register(store, server.settings, "福田小助手", DEPT, model="fake-model",
                              guardians=["g-assigned"], filing_number="网信算备440304123456701240011号")
        other, _ = register(store, server.settings, "民政小助手", OTHER_DEPT, model="fake-model",
                            guardians=["g-other"], filing_number="网信算备440304123456701240012号")
        tokens = {"bureau_admin": store.create_admin_token("bootstrap")}
        for role, user in (("department_admin", "dept-admin"), ("department_admin_other", "other-dept-admin"),
                           ("guardian_assigned", "g-assigned"), ("guardian_other", "g-other"),
                           ("auditor", "auditor")):
            tokens[role] = accounts.create_token(user)
    finally:
        engine.dispose()
    return World(server, robot.robot_id, key, other.robot_id, tokens)


@pytest.fixture
def world(tmp_path: Path, fake_upstream: FakeUpstream) -> Iterator[World]:
    settings = make_settings(tmp_path, upstream_url=fake_upstream.url, upstream_model="fake-model")
    server = LiveServer(settings).start()
    try:
        yield make_world(server)
    finally:
        server.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless system Chromium, shared by one module's browser tests.

    Module scope, not session: Playwright's sync API keeps an asyncio loop marked as
    running in the main thread while it is open, and pytest-asyncio's tests cannot start
    their own loop until it is closed (they fail with "event loop is already running")."""
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: .ci/run installs it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


def login(browser: Any, base_url: str, username: str, password: str = PASSWORD) -> Any:
    """A new browser context logged in to the console; returns its page (on the dashboard)."""
    context = browser.new_context(base_url=base_url, locale="zh-CN")
    page = context.new_page()
    page.goto("/console/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url("**/console/")
    return page
