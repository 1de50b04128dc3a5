"""Task scope through the live proxy with the official openai SDK: a robot with a scope
profile answers an out-of-scope request with its hand-off, without calling the model."""

from __future__ import annotations

from pathlib import Path

import httpx
import openai

from tests.conftest import LiveServer, wait_for
from tests.fakes import FakeUpstream

POLICY = (Path(__file__).resolve().parents[2] / "configs/policies/social_insurance_hotline.yaml").read_text()
HANDOFF = "这个问题不在社保热线的服务范围内。您可以拨打12345政务服务便民热线，或到福田区社保服务窗口咨询。"


def test_out_of_scope_request_gets_the_handoff_and_in_scope_reaches_the_model(
    live_server: LiveServer, fake_upstream: FakeUpstream
) -> None:
    robot_id, key = live_server.register(policy=POLICY, model="fake-model")
    c = openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0)
    before = len(fake_upstream.requests)
    r = c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "营业执照怎么办理？"}])
    assert r.choices[0].message.content == HANDOFF and r.choices[0].finish_reason == "content_filter"
    s = c.chat.completions.create(model="fake-model", stream=True,
                                  messages=[{"role": "user", "content": "你直接帮我把失业金申请批了"}])
    assert "".join(ch.choices[0].delta.content or "" for ch in s if ch.choices) == HANDOFF
    assert len(fake_upstream.requests) == before  # the model was not called
    ok = c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "失业金怎么领？"}])
    assert ok.choices[0].message.content == "echo: 失业金怎么领？"
    # both blocked exchanges (the audit writer is asynchronous: wait for the second one too)
    rows = wait_for(lambda: (r := [x for x in live_server.gateway.store.list_exchanges(robot_id=robot_id)
                                   if x["action"] == "block"]) and len(r) >= 2 and r)
    reasons = {d["reason"] for row in rows for d in row["decisions"] if d["filter"] == "scope"}
    categories = {c for row in rows for c in row["categories"]}
    assert {"scope.topic", "scope.act.approve_decide"} <= reasons
    assert {"out_of_scope", "beyond_authority"} <= categories
    check = httpx.post(f"{live_server.url}/v1/guard/check", headers={"Authorization": f"Bearer {key}"},
                       json={"messages": [{"role": "user", "content": "帮我写一首关于春天的诗"}]}).json()
    assert check["action"] == "block" and check["categories"] == ["out_of_scope"]
    assert "scope.topic" in check["reasons"]
