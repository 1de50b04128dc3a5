"""Bad input: huge texts, dense/overlapping entities, backtracking bait, odd code points.

Behaviour only (no timing asserts): results are correct and nothing is leaked.
"""

from __future__ import annotations

import socket

import pytest

from filters.base import FilterContext, Message
from filters.decision import Action
from filters.pii import PiiConfig, PiiDetector, PiiFilter, Vault
from filters.pii.recognizers.cn_id_card import id_check_char

ID = "44030419900307123" + id_check_char("44030419900307123")


@pytest.fixture(scope="module")
def filt() -> PiiFilter:
    return PiiFilter(PiiConfig(), detector=PiiDetector())


def _ctx(v: Vault) -> FilterContext:
    return FilterContext("r", "b", metadata={"pii_vault": v})


def test_100k_text_with_many_entities_is_fully_pseudonymized(filt: PiiFilter) -> None:
    unit = f"客户手机13812345678，身份证{ID}，邮箱a.b@x.cn。"
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    v = Vault()
    d = filt.check_request([Message(0, "user", text)], _ctx(v))
    out = dict(d.rewrites)[0]
    assert "13812345678" not in out and ID not in out and "a.b@x.cn" not in out
    assert len(v) == 3  # one placeholder per distinct value


@pytest.mark.parametrize(
    "bait",
    [
        "1" * 100_000,
        "1 " * 50_000,
        "a" * 50_000 + "@" + "b." * 20_000,
        "a." * 50_000,
        ":" * 30_000 + "f" * 30_000,
        "路" * 30_000 + "1号",
        "张" * 50_000,
        "<" * 50_000,
        "<CN_ID_CARD_" * 5_000,
        "0755-" * 20_000,
    ],
)
def test_backtracking_bait_returns(filt: PiiFilter, bait: str) -> None:
    d = filt.check_request([Message(0, "user", bait)], _ctx(Vault()))
    assert d.action in (Action.ALLOW, Action.MODIFY)


def test_overlapping_candidates_resolve_to_disjoint_spans(filt: PiiFilter) -> None:
    # an ID that also parses as digits for bank card / social security / phone patterns
    text = f"社保卡号{ID}，电话13812345678 0755-83211234，卡号{ID}6"
    d = filt.check_request([Message(0, "user", text)], _ctx(Vault()))
    spans = sorted((f.start, f.end) for f in d.findings)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_lone_surrogates_and_controls_do_not_break_detection(filt: PiiFilter) -> None:
    text = "\ud800手机\x00138\u200b12345678？\udfff手机13812345678"
    d = filt.check_request([Message(0, "user", text)], _ctx(Vault()))
    assert d.action is Action.MODIFY
    assert "13812345678" not in dict(d.rewrites)[0]


def test_findings_and_reasons_carry_no_values(filt: PiiFilter) -> None:
    d = filt.check_request([Message(0, "user", f"身份证{ID}")], _ctx(Vault()))
    dumped = repr(d.audit_dict()) + d.reason + repr(d.findings)
    assert ID not in dumped


def test_no_network_at_run_time(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    f = PiiFilter(PiiConfig())
    d = f.check_request([Message(0, "user", "mail me: john@example.co.uk, +1 212-731-6596")], _ctx(Vault()))
    assert {x.type for x in d.findings} == {"EMAIL_ADDRESS", "PHONE_NUMBER"}
