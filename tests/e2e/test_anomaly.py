"""Anomaly response: attack bursts throttle the user, alert the guardian, and can switch to safe mode."""

from __future__ import annotations

import openai
import pytest

from filters.safe_mode import SafeModePolicy
from tests.conftest import LiveServer, wait_for
from tests.fakes import FakeUpstream

# A policy that counts the size guard's blocks as attacks, so the test needs no attack detector.
POLICY = """
name: anomaly-test
tier: t2_citizen_service
filters:
  - type: size_guard
    max_message_chars: 20
anomaly:
  categories: [size]
  window_s: 60
  user_threshold: 2
  throttle_s: 60
  robot_threshold: 3
  auto_safe_mode: true
  webhook_url: {hook}
"""


def test_attack_burst_throttles_alerts_and_enters_safe_mode(live_server: LiveServer,
                                                            fake_upstream: FakeUpstream) -> None:
    hook = fake_upstream.url.removesuffix("/v1") + "/hook"
    robot_id, key = live_server.register(policy=POLICY.format(hook=hook), model="fake-model")
    c = openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0)
    attack = [{"role": "user", "content": "长" * 50}]
    ok = [{"role": "user", "content": "你好"}]
    for _ in range(2):
        r = c.chat.completions.create(model="fake-model", messages=attack, user="mallory")
        assert r.choices[0].finish_reason == "content_filter"
    wait_for(lambda: any(e["event"] == "anomaly.user_throttled"
                         for e in live_server.gateway.store.robot_events(robot_id)))
    with pytest.raises(openai.RateLimitError) as err:
        c.chat.completions.create(model="fake-model", messages=ok, user="mallory")
    assert err.value.code == "user_throttled"
    assert c.chat.completions.create(model="fake-model", messages=ok, user="alice").choices[0].message.content
    c.chat.completions.create(model="fake-model", messages=attack, user="bob")  # third attempt on the robot
    events = wait_for(lambda: [e for e in live_server.gateway.store.robot_events(robot_id)
                               if e["event"] == "anomaly.webhook"])
    assert events[0]["detail"] == {"delivered": True}
    alert = next(h for h in fake_upstream.hooks if h["robot_id"] == robot_id)
    assert alert["attempts"] == 3 and alert["categories"] == ["size"] and "长" not in str(alert)
    assert live_server.gateway.store.get_robot(robot_id).status == "safe_mode"
    r = c.chat.completions.create(model="fake-model", messages=ok, user="alice")
    assert r.choices[0].message.content == SafeModePolicy().handoff  # safe mode: answered without the model


def test_blocks_outside_the_counted_categories_are_not_attacks(live_server: LiveServer) -> None:
    robot_id, key = live_server.register(policy=POLICY.format(hook="http://127.0.0.1:9/hook").replace(
        "categories: [size]", "categories: [injection]"), model="fake-model")
    c = openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0)
    for _ in range(4):
        c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "长" * 50}],
                                  user="carol")
    assert c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "你好"}],
                                     user="carol").choices[0].message.content
    assert not [e for e in live_server.gateway.store.robot_events(robot_id) if e["event"].startswith("anomaly")]
