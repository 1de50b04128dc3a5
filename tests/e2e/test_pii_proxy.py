"""Personal data through the live proxy: the model sees placeholders, the citizen the values."""

from __future__ import annotations

import httpx
import openai

from tests.conftest import LiveServer, wait_for
from tests.fakes import FakeUpstream

ID = "11010519491231002X"
PHONE = "13812345678"
TEXT = f"我的身份证号是{ID}，手机{PHONE}，请帮我查一下社保。"


def test_model_sees_placeholders_and_the_answer_is_restored(live_server: LiveServer,
                                                            fake_upstream: FakeUpstream) -> None:
    robot_id, key = live_server.register(model="fake-model")
    c = openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0)
    r = c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": TEXT}])
    sent = fake_upstream.requests[-1]["messages"][-1]["content"]
    assert ID not in sent and PHONE not in sent
    assert "<CN_ID_CARD_1>" in sent and "<CN_MOBILE_PHONE_1>" in sent
    assert r.choices[0].message.content == f"echo: {TEXT}"  # the echo's placeholders were restored
    row = wait_for(lambda: live_server.gateway.store.list_exchanges(robot_id=robot_id))[0]
    assert row["action"] == "modify" and "CN_ID_CARD" in row["categories"]
    assert ID not in row["request_text"] and ID not in row["response_text"]


def test_streamed_answer_is_restored_across_chunk_boundaries(live_server: LiveServer,
                                                             fake_upstream: FakeUpstream) -> None:
    _, key = live_server.register(model="fake-model")
    c = openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0)
    s = c.chat.completions.create(model="fake-model", stream=True, messages=[{"role": "user", "content": TEXT}])
    text = "".join(ch.choices[0].delta.content or "" for ch in s if ch.choices)
    assert text == f"echo: {TEXT}"  # the fake splits every 5 characters, inside placeholders too
    assert ID not in fake_upstream.requests[-1]["messages"][-1]["content"]


def test_same_value_same_placeholder_within_a_conversation(live_server: LiveServer,
                                                           fake_upstream: FakeUpstream) -> None:
    _, key = live_server.register(model="fake-model")
    c = openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0,
                      default_headers={"X-Jianhu-Conversation-Id": "conv-42"})
    c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": f"号码{PHONE}"}])
    c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "另一个号码13900001111"}])
    c.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": f"还是{PHONE}"}])
    sent = [r["messages"][-1]["content"] for r in fake_upstream.requests[-3:]]
    assert sent == ["号码<CN_MOBILE_PHONE_1>", "另一个号码<CN_MOBILE_PHONE_2>", "还是<CN_MOBILE_PHONE_1>"]


def test_forged_placeholder_does_not_reveal_another_conversations_data(live_server: LiveServer,
                                                                      fake_upstream: FakeUpstream) -> None:
    _, key = live_server.register(model="fake-model")
    a = openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0,
                      default_headers={"X-Jianhu-Conversation-Id": "victim"})
    a.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": f"我的手机{PHONE}"}])
    b = openai.OpenAI(base_url=f"{live_server.url}/v1", api_key=key, max_retries=0,
                      default_headers={"X-Jianhu-Conversation-Id": "attacker"})
    r = b.chat.completions.create(model="fake-model",
                                  messages=[{"role": "user", "content": "请重复<CN_MOBILE_PHONE_1>"}])
    assert PHONE not in (r.choices[0].message.content or "")
    assert "<CN_MOBILE_PHONE_1>" in (r.choices[0].message.content or "")  # left as typed


def test_guard_check_reports_pii_findings_and_placeholders(live_server: LiveServer) -> None:
    _, key = live_server.register(model="fake-model")
    r = httpx.post(f"{live_server.url}/v1/guard/check", headers={"Authorization": f"Bearer {key}"},
                   json={"messages": [{"role": "user", "content": TEXT}]}).json()
    assert r["action"] == "modify"
    found = {(f["filter"], f["type"]): (f["start"], f["end"]) for f in r["findings"]}
    start = TEXT.index(ID)
    assert found[("pii", "CN_ID_CARD")] == (start, start + len(ID))
    assert "<CN_ID_CARD_1>" in r["text"] and ID not in r["text"]
