"""PiiFilter: actions, findings, rewrites, vault handling, config validation."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from filters.base import Filter, FilterContext, Message
from filters.decision import Action
from filters.pii import PiiConfig, PiiDetector, PiiFilter, Vault
from filters.pii.recognizers.cn_id_card import id_check_char

ID = "44030419900307123" + id_check_char("44030419900307123")
TEXT = f"我叫张伟，身份证{ID}，手机13812345678。"


@pytest.fixture(scope="module")
def det() -> PiiDetector:
    return PiiDetector()


def _filter(det: PiiDetector, **kw: object) -> PiiFilter:
    return PiiFilter(PiiConfig(**kw), detector=det)  # type: ignore[arg-type]


def _ctx(vault: Vault | None = None) -> FilterContext:
    return FilterContext("req", "robot", metadata={} if vault is None else {"pii_vault": vault})


def test_implements_filter_protocol(det: PiiDetector) -> None:
    assert isinstance(_filter(det), Filter)


def test_pseudonymizes_with_typed_stable_placeholders(det: PiiDetector) -> None:
    vault = Vault()
    msgs = [Message(0, "user", TEXT), Message(1, "user", "再确认一下手机13812345678")]
    d = _filter(det).check_request(msgs, _ctx(vault))
    assert d.action is Action.MODIFY and d.reason == "pii.pseudonymized" and d.filter == "pii"
    rewrites = dict(d.rewrites)
    assert rewrites[0] == "我叫<PERSON_1>，身份证<CN_ID_CARD_1>，手机<CN_MOBILE_PHONE_1>。"
    assert rewrites[1] == "再确认一下手机<CN_MOBILE_PHONE_1>"
    assert ID not in str(d.audit_dict()) and "13812345678" not in str(d.audit_dict())
    # findings: upper-case types, offsets into the original content, message index
    found = {(f.type, TEXT[f.start:f.end], f.message_index) for f in d.findings if f.message_index == 0}
    assert found == {("PERSON", "张伟", 0), ("CN_ID_CARD", ID, 0), ("CN_MOBILE_PHONE", "13812345678", 0)}
    assert all(f.filter == "pii" for f in d.findings)


def test_same_value_same_placeholder_across_turns(det: PiiDetector) -> None:
    vault = Vault()
    f = _filter(det)
    first = dict(f.check_request([Message(0, "user", "手机13812345678")], _ctx(vault)).rewrites)[0]
    second = dict(f.check_request([Message(0, "user", "手机13900001111，旧号13812345678")], _ctx(vault)).rewrites)[0]
    assert first == "手机<CN_MOBILE_PHONE_1>"
    assert second == "手机<CN_MOBILE_PHONE_2>，旧号<CN_MOBILE_PHONE_1>"


@pytest.mark.parametrize(
    ("actions", "expected_action", "expected_text"),
    [
        ({"CN_MOBILE_PHONE": "mask"}, Action.MODIFY, "手机138****5678"),
        ({"CN_MOBILE_PHONE": "redact"}, Action.MODIFY, "手机[CN_MOBILE_PHONE]"),
        ({"CN_MOBILE_PHONE": "allow"}, Action.ALLOW, None),
        ({"CN_MOBILE_PHONE": "block"}, Action.BLOCK, None),
    ],
)
def test_per_entity_actions(det: PiiDetector, actions: dict[str, str], expected_action: Action, expected_text: str | None) -> None:
    d = _filter(det, actions=actions).check_request([Message(0, "user", "手机13812345678")], _ctx(Vault()))
    assert d.action is expected_action
    if expected_text is not None:
        assert dict(d.rewrites)[0] == expected_text
    if expected_action is Action.BLOCK:
        assert d.reason == "pii.blocked" and d.rewrites == ()


def test_hash_is_keyed_and_stable(det: PiiDetector, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIANHU_PII_HASH_KEY", "00" * 32)
    f = _filter(det, actions={"CN_MOBILE_PHONE": "hash"})
    a = dict(f.check_request([Message(0, "user", "手机13812345678")], _ctx()).rewrites)[0]
    b = dict(f.check_request([Message(0, "user", "手机13812345678")], _ctx()).rewrites)[0]
    assert a == b and re.fullmatch(r"手机\[CN_MOBILE_PHONE:[0-9a-f]{12}\]", a)
    monkeypatch.setenv("JIANHU_PII_HASH_KEY", "11" * 32)
    other = dict(_filter(det, actions={"CN_MOBILE_PHONE": "hash"}).check_request([Message(0, "user", "手机13812345678")], _ctx()).rewrites)[0]
    assert other != a


def test_masks_id_card_keeping_region_and_tail(det: PiiDetector) -> None:
    d = _filter(det, default_action="mask").check_request([Message(0, "user", f"身份证{ID}")], _ctx())
    assert d.reason == "pii.masked" and dict(d.rewrites)[0] == f"身份证{ID[:6]}{'*' * 8}{ID[-4:]}"


def test_clean_text_is_allowed(det: PiiDetector) -> None:
    d = _filter(det).check_request([Message(0, "user", "请问居住证怎么办理？")], _ctx(Vault()))
    assert d.action is Action.ALLOW and d.findings == ()


def test_roles_not_listed_are_not_scanned(det: PiiDetector) -> None:
    d = _filter(det, roles=("user",)).check_request([Message(0, "system", "热线13812345678")], _ctx())
    assert d.action is Action.ALLOW


def test_tool_messages_are_covered(det: PiiDetector) -> None:
    d = _filter(det).check_request([Message(2, "tool", '{"phone": "13812345678"}')], _ctx(Vault()))
    assert d.action is Action.MODIFY and dict(d.rewrites)[2] == '{"phone": "<CN_MOBILE_PHONE_1>"}'


def test_response_restores_from_the_conversation_vault(det: PiiDetector) -> None:
    vault = Vault()
    f = _filter(det)
    f.check_request([Message(0, "user", TEXT)], _ctx(vault))
    d = f.check_response("好的<PERSON_1>，已登记<CN_MOBILE_PHONE_1>。", _ctx(vault))
    assert d.action is Action.MODIFY and d.rewrites == ((-1, "好的张伟，已登记13812345678。"),)


def test_without_vault_the_answer_keeps_placeholders(det: PiiDetector) -> None:
    f = _filter(det)
    d = f.check_request([Message(0, "user", TEXT)], _ctx())
    assert d.action is Action.MODIFY
    assert f.check_response("<PERSON_1>", _ctx()).action is Action.ALLOW
    inspector = f.open_stream(_ctx())
    assert inspector.feed("<PERSON_1> 你好").release == "<PERSON_1> 你好"
    assert inspector.flush().release == ""


def test_too_long_message_is_blocked(det: PiiDetector) -> None:
    d = _filter(det, max_chars=10).check_request([Message(0, "user", "x" * 11)], _ctx())
    assert d.action is Action.BLOCK and d.reason == "pii.too_long"


@pytest.mark.parametrize(
    "kwargs",
    [{"on_error": "allow"}, {"actions": {"NOT_A_TYPE": "mask"}}, {"actions": {"CN_ID_CARD": "shred"}}, {"score_threshold": 2}],
)
def test_config_rejects_bad_values(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        PiiConfig(**kwargs)  # type: ignore[arg-type]


def test_config_type_literal() -> None:
    assert PiiConfig().type == "pii" and PiiConfig().on_error == "block"
