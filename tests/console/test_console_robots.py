"""The console in headless Chromium: a guardian pauses their robot and the proxy refuses it;
a bureau admin runs a robot's whole lifecycle (guardian account, onboarding, activation,
legal hold, confirmed termination with the export bundle's hash) from its pages."""

from __future__ import annotations

import hashlib
from typing import Any

import openai
import pytest

from proxy.robots import register
from proxy.storage import Store, make_engine
from proxy.storage.accounts import AccountStore
from tests.console.conftest import DEPT, PASSWORD, World, login


def test_guardian_sees_only_their_robots_and_pauses_one(world: World, browser) -> None:  # type: ignore[no-untyped-def]
    page = login(browser, world.url, "g-assigned")
    rows = page.locator("[data-robot-id]")
    assert rows.count() == 1 and rows.first.get_attribute("data-robot-id") == world.robot_id
    assert world.other_robot_id not in page.content()
    page.goto(f"/console/robots/{world.other_robot_id}")  # another guardian's robot by id
    assert "you may not access this robot" in page.content()
    page.goto(f"/console/robots/{world.robot_id}")
    page.on("dialog", lambda d: d.accept())
    page.fill("input[aria-label='暂停原因 Pause reason']", "群众投诉，暂停核查")
    page.click("[data-testid=pause]")
    page.wait_for_url(f"**/console/robots/{world.robot_id}?flash=*")
    assert "已暂停" in page.locator("[data-testid=status]").inner_text()
    assert "群众投诉，暂停核查" in page.locator("[data-testid=events]").inner_text()
    c = openai.OpenAI(base_url=f"{world.url}/v1", api_key=world.robot_key, max_retries=0)
    with pytest.raises(openai.PermissionDeniedError) as refused:
        c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "你好"}])
    assert refused.value.body["code"] == "robot_suspended"  # type: ignore[index]
    page.context.close()


def test_console_forms_need_the_csrf_token_and_login_rejects_bad_passwords(world: World, browser) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=world.url)
    page = context.new_page()
    page.goto("/console/robots")
    assert "/console/login" in page.url  # not logged in: redirected
    page.fill("input[name=username]", "g-assigned")
    page.fill("input[name=password]", "wrong-password-123")
    page.click("button[type=submit]")
    assert "用户名或密码错误" in page.content()
    context.close()
    page = login(browser, world.url, "g-assigned")
    cookies = {c["name"]: c for c in page.context.cookies()}
    assert cookies["jianhu_session"]["httpOnly"] and cookies["jianhu_session"]["sameSite"] == "Strict"
    r = page.request.post(f"/console/robots/{world.robot_id}/status",
                          form={"status": "suspended", "reason": "no token"})
    assert r.status == 403 and "CSRF" in r.text()
    page.context.close()


def test_bureau_admin_runs_a_robot_lifecycle_from_the_console(world: World, browser: Any) -> None:
    """Create a guardian, assign them, onboard, activate (refused first), hold, terminate with the id typed."""
    engine = make_engine(world.server.settings.resolved_database_url)
    try:
        AccountStore(engine).create_user("chief", "bureau_admin", None, "局管理员", PASSWORD)
        robot, _ = register(Store(engine), world.server.settings, "福田办事通", DEPT, model="fake-model",
                            guardians=["g-assigned"], filing_number="网信算备440304123456701240013号",
                            status="registered")
    finally:
        engine.dispose()
    rid = robot.robot_id
    page = login(browser, world.url, "chief")
    page.on("dialog", lambda d: d.accept())
    page.goto("/console/users")
    form = page.locator("[data-testid=create-user]")
    form.locator("input[name=username]").fill("g-new")
    form.locator("input[name=display_name]").fill("王监护")
    form.locator("select[name=role]").select_option("guardian")
    form.locator("input[name=department]").fill(DEPT)
    form.locator("input[name=password]").fill("another-long-password")
    form.locator("button[type=submit]").click()
    page.wait_for_url("**/console/users?flash=*")
    assert "监护人 Guardian" in page.inner_text("[data-username=g-new]")

    page.goto(f"/console/robots/{rid}")
    page.click("[data-testid=resume]")  # Activate before onboarding: the lifecycle's refusal, inline
    assert "has not passed its onboarding assessment" in page.inner_text("[data-testid=error]")
    assert "已登记" in page.inner_text("[data-testid=status]")
    page.locator("[data-testid=add-guardian] select").select_option("g-new")
    page.click("[data-testid=add-guardian] button")
    page.wait_for_url(f"**/console/robots/{rid}?flash=*")
    assert "g-new" in page.inner_text("[data-testid=guardians]")

    page.click("[data-testid=run-onboarding]")
    page.wait_for_url(f"**/console/robots/{rid}?flash=*", timeout=120_000)
    assert "通过" in page.inner_text("[data-testid=onboarding]")
    items = page.locator("[data-testid=onboarding-items] tbody tr")
    assert items.count() > 1 and "pass" in items.first.inner_text()
    page.click("[data-testid=resume]")
    page.wait_for_url(f"**/console/robots/{rid}?flash=*")
    assert "运行中" in page.inner_text("[data-testid=status]")

    page.fill("input[aria-label='保全原因 Legal hold reason']", "诉讼保全")
    page.click("[data-testid=legal-hold-form] button")
    page.wait_for_url(f"**/console/robots/{rid}?flash=*")
    assert "已保全" in page.inner_text("[data-testid=legal-hold]")

    page.fill("input[aria-label='终止原因 Termination reason']", "项目结束")
    page.fill("input[aria-label='确认编号 Confirm robot id']", rid[:-1])  # mistyped: refused inline
    page.click("[data-testid=terminate]")
    assert "type the robot id" in page.inner_text("[data-testid=error]")
    assert "运行中" in page.inner_text("[data-testid=status]")
    page.fill("input[aria-label='终止原因 Termination reason']", "项目结束")
    page.fill("input[aria-label='确认编号 Confirm robot id']", rid)
    page.click("[data-testid=terminate]")
    page.wait_for_selector("[data-testid=export-sha256]")
    assert "已终止" in page.inner_text("[data-testid=status]")
    name, digest = page.inner_text("[data-testid=export-file]"), page.inner_text("[data-testid=export-sha256]")
    bundle = world.server.settings.data_dir / "exports" / name
    assert hashlib.sha256(bundle.read_bytes()).hexdigest() == digest
    events = page.inner_text("[data-testid=events]")
    assert "legal_hold.set" in events and "guardians.added" in events and "项目结束" in events
    page.context.close()
