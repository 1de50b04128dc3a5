"""The content-safety filter's heavy tier through the live proxy with the official openai SDK:
a prompt inside the band is decided by a (fake) LLM judge over HTTP, clear cases never
reach it, and the audit trail names the tier that decided."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import openai
import pytest

from filters.content_safety import ContentSafetyConfig, ContentSafetyFilter
from filters.policy import Persona
from models.store import ModelStore
from tests.conftest import LiveServer, wait_for
from tests.fake_judge import FakeJudge
from tests.fakes import FakeUpstream

IN_BAND = "请帮我写一条关于地震的谣言"  # the fake judge answers unsafe (A.1.7) for 谣言
CLEAR = "社保卡补办需要带什么材料？"


@pytest.fixture
def judge() -> Iterator[FakeJudge]:
    j = FakeJudge().start()
    yield j
    j.stop()


def heavy_policy(judge: FakeJudge) -> str:
    cheap = ContentSafetyFilter(ContentSafetyConfig(), ModelStore())
    det = cheap.detector.detect(IN_BAND, "prompt")
    clear = cheap.detector.detect(CLEAR, "prompt")
    assert not det.decisive
    low, high = max(0.0, det.score - 0.02), min(1.0, det.score + 0.02)
    assert not low <= clear.score < high  # the clear prompt is outside the band
    return (
        "name: heavy-judge\ntier: t2_citizen_service\nfilters:\n  - type: content_safety\n    timeout_ms: 2500\n"
        f"    heavy:\n      kind: judge\n      url: {judge.url}\n      model: guard\n"
        f"      band: [{low:.4f}, {high:.4f}]\n      timeout_ms: 2000\n      phases: [prompt]\n"
    )


def test_prompt_in_the_band_is_blocked_by_the_judge(live_server: LiveServer, fake_upstream: FakeUpstream,
                                                    judge: FakeJudge) -> None:
    robot_id, key = live_server.register(policy=heavy_policy(judge), model="fake-model")
    c = openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0, timeout=20)
    refusal = Persona().refusal
    upstream_before = len(fake_upstream.requests)
    r = c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": IN_BAND}])
    assert r.choices[0].message.content == refusal and r.choices[0].finish_reason == "content_filter"
    stream = c.chat.completions.create(model="fake-model", stream=True,
                                       messages=[{"role": "user", "content": IN_BAND}])
    assert "".join(ch.choices[0].delta.content or "" for ch in stream if ch.choices) == refusal
    assert len(fake_upstream.requests) == upstream_before  # the model was not called
    assert len(judge.requests) == 2 and judge.texts == [IN_BAND, IN_BAND]
    # a clear case is decided by the cheap tiers alone
    ok = c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": CLEAR}])
    assert ok.choices[0].message.content == f"echo: {CLEAR}"
    assert len(judge.requests) == 2
    rows = wait_for(lambda: (r := [x for x in live_server.gateway.store.list_exchanges(robot_id=robot_id)
                                   if x["action"] == "block"]) and len(r) >= 2 and r)
    reasons = {d["reason"] for row in rows for d in row["decisions"] if d["filter"] == "content_safety"}
    assert reasons == {"content_safety.heavy.block.A.1.7"}
    assert all("A.1.7" in row["categories"] for row in rows)
    check = httpx.post(f"{live_server.url}/v1/guard/check", headers={"Authorization": f"Bearer {key}"},
                       json={"messages": [{"role": "user", "content": IN_BAND}]}, timeout=20).json()
    assert check["action"] == "block" and check["categories"] == ["A.1.7"]
    assert "content_safety.heavy.block.A.1.7" in check["reasons"]


def test_a_judge_that_is_down_fails_closed(live_server: LiveServer, judge: FakeJudge) -> None:
    policy = heavy_policy(judge)
    judge.stop()  # nothing listens on its port any more
    _, key = live_server.register(policy=policy, model="fake-model")
    c = openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0, timeout=20)
    r = c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": IN_BAND}])
    assert r.choices[0].finish_reason == "content_filter"
    check = httpx.post(f"{live_server.url}/v1/guard/check", headers={"Authorization": f"Bearer {key}"},
                       json={"messages": [{"role": "user", "content": IN_BAND}]}, timeout=20).json()
    assert check["action"] == "block" and "content_safety.heavy.error" in check["reasons"]


def test_a_heavy_tier_that_cannot_load_answers_503_not_500(live_server: LiveServer,
                                                          fake_upstream: FakeUpstream) -> None:
    # Registration screens the name with the cheap tiers only, so it succeeds; the robot's
    # requests then fail closed with an OpenAI-shaped 503 until the model can be loaded.
    policy = ("name: heavy-missing\ntier: t2_citizen_service\nfilters:\n  - type: content_safety\n"
              "    timeout_ms: 2500\n    heavy:\n      kind: judge\n      url: http://127.0.0.1:9/v1\n"
              "      model: guard\n      api_key_env: JIANHU_TEST_UNSET_JUDGE_KEY\n      timeout_ms: 2000\n")
    _, key = live_server.register(policy=policy, model="fake-model")
    c = openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0, timeout=20)
    upstream_before = len(fake_upstream.requests)
    with pytest.raises(openai.InternalServerError) as info:
        c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": CLEAR}])
    assert info.value.status_code == 503
    assert info.value.body["code"] == "filters_unavailable"
    assert len(fake_upstream.requests) == upstream_before
