"""End-to-end console flows in headless Chromium against the live server (issue 7).

(a) A guardian opens a blocked exchange from the review queue, labels it, pauses the
    robot, and the proxy refuses that robot's next call (official ``openai`` SDK).
(b) A bureau admin edits a policy with an error and sees the message inline, saves a
    valid draft, replays it over logged traffic and sees a changed decision, publishes
    it, and the new version is in effect for the robot's next call.
"""

from __future__ import annotations

from typing import Any

import openai
import pytest

from proxy.storage import make_engine
from proxy.storage.accounts import AccountStore
from tests.conftest import wait_for
from tests.console.conftest import PASSWORD, World, login


def sdk(world: World) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{world.url}/v1", api_key=world.robot_key, max_retries=0)


def ask(world: World, text: str) -> Any:
    return sdk(world).chat.completions.create(model="fake-model", messages=[{"role": "user", "content": text}])


def test_guardian_labels_a_blocked_transcript_and_pauses_the_robot(world: World, browser: Any) -> None:
    first = ask(world, "营业执照怎么办理？")
    assert first.choices[0].finish_reason == "stop"
    blocked = ask(world, "长" * 8100)  # over the tier's max_message_chars: blocked, queued
    assert blocked.choices[0].finish_reason == "content_filter"
    page = login(browser, world.url, "g-assigned")
    page.on("dialog", lambda d: d.accept())
    page.goto("/console/review")
    wait_for(lambda: page.reload() or page.locator("[data-testid=queue-item]").count() == 1, timeout=15)
    page.click("[data-testid=open-item]")
    page.wait_for_url("**/console/exchanges/*")
    assert page.inner_text("[data-testid=transcript-action]") == "block"
    assert "size.message_too_long" in page.inner_text("[data-testid=decisions]")
    assert "长长长" in page.inner_text("[data-testid=transcript]")
    form = page.locator("[data-testid=label-form]").first
    form.locator("select[name=verdict]").select_option("correct")
    form.locator("select[name=severity]").select_option("3")
    form.locator("input[name=note]").fill("超长消息，拦截正确")
    form.locator("button[type=submit]").click()
    page.wait_for_url("**done=1**")
    assert "判定正确" in page.inner_text("[data-testid=item-history]")
    assert "超长消息，拦截正确" in page.inner_text("[data-testid=item-history]")
    # the view was recorded in the access log
    engine = make_engine(world.server.settings.resolved_database_url)
    log = AccountStore(engine).access_log(robot_id=world.robot_id)
    engine.dispose()
    assert any(e["action"] == "transcript_viewed" and e["actor"] == "user:g-assigned" for e in log)
    # pause the robot from its page; the proxy refuses its next call at once
    page.goto(f"/console/robots/{world.robot_id}")
    page.fill("input[name=reason]", "回答异常，暂停核查")
    with page.expect_navigation():
        page.click("[data-testid=pause]")
    assert "暂停" in page.inner_text("[data-testid=status]")
    with pytest.raises(openai.PermissionDeniedError) as refused:
        ask(world, "你好")
    assert refused.value.code == "robot_suspended"
    page.context.close()


BAD_DRAFT = "\nfilters:\n  - type: size_guard\n    max_mesages: 5\n"
GOOD_DRAFT = "\nfilters:\n  - type: size_guard\n    max_message_chars: 50\n"


def test_bureau_edits_replays_and_publishes_a_policy(world: World, browser: Any) -> None:
    engine = make_engine(world.server.settings.resolved_database_url)
    AccountStore(engine).create_user("bureau", "bureau_admin", None, "数据局", PASSWORD)
    engine.dispose()
    medium = "请问" + "营业执照办理流程" * 10  # 82 characters: allowed now, blocked by the draft
    assert ask(world, medium).choices[0].finish_reason == "stop"
    page = login(browser, world.url, "bureau")
    page.on("dialog", lambda d: d.accept())
    page.goto("/console/policies")
    page.click("[data-testid=edit-policy]")
    page.wait_for_url("**/console/policies/*")
    original = page.input_value("textarea[name=document]")
    assert "name: citizen-service-default" in original
    # an error is shown inline, naming the key, with the text kept as typed
    page.fill("textarea[name=document]", original + BAD_DRAFT)
    page.click("[data-testid=policy-form] button[type=submit]")
    error = page.inner_text("[data-testid=policy-error]")
    assert "max_mesages" in error
    assert "max_mesages" in page.input_value("textarea[name=document]")
    # a valid draft: saved as a version with a diff
    page.fill("textarea[name=document]", original + GOOD_DRAFT)
    page.fill("input[name=note]", "收紧消息长度")
    page.click("[data-testid=policy-form] button[type=submit]")
    page.wait_for_url("**/console/policy-versions/*")
    assert page.inner_text("[data-testid=version-status]") == "draft"
    assert "+    max_message_chars: 50" in page.inner_text("[data-testid=diff]")
    # replay over the logged traffic: the medium message would now be blocked
    page.click("[data-testid=replay-form] button[type=submit]")
    result = page.locator("[data-testid=replay-result]")
    result.wait_for()
    assert int(page.inner_text("[data-testid=replay-changed]")) >= 1
    assert "allow->block" in result.inner_text()
    # the robot still runs the old version until publication
    assert ask(world, medium).choices[0].finish_reason == "stop"
    page.click("[data-testid=publish]")
    page.wait_for_url("**published=1**")
    assert page.inner_text("[data-testid=version-status]") == "published"
    refused = ask(world, medium)
    assert refused.choices[0].finish_reason == "content_filter"
    page.context.close()
