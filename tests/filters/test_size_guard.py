import pytest

from filters.base import FilterContext, Message
from filters.decision import Action
from filters.size_guard import SizeGuard, SizeGuardConfig

CTX = FilterContext("r", "R")


def msgs(*texts: str) -> list[Message]:
    return [Message(i, "user", t) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("cfg", "texts", "action", "reason"),
    [
        ({}, ("你好",), Action.ALLOW, ""),
        ({"max_messages": 2}, ("a", "b", "c"), Action.BLOCK, "size.too_many_messages"),
        ({"max_message_chars": 5}, ("123456",), Action.BLOCK, "size.message_too_long"),
        ({"max_message_chars": 5}, ("12345",), Action.ALLOW, ""),
        ({"max_total_chars": 5}, ("123", "456"), Action.BLOCK, "size.total_too_long"),
        ({}, ("a\x00b",), Action.MODIFY, "size.control_chars"),
        ({}, ("tab\tnew\nline\r",), Action.ALLOW, ""),
        ({}, ("bidi\u202eevil",), Action.MODIFY, "size.control_chars"),
        ({"control_chars": "block"}, ("a\x1bb",), Action.BLOCK, "size.control_chars"),
        ({"control_chars": "allow"}, ("a\x1bb",), Action.ALLOW, ""),
    ],
)
def test_request_checks(cfg: dict, texts: tuple[str, ...], action: Action, reason: str) -> None:
    d = SizeGuard(SizeGuardConfig(**cfg)).check_request(msgs(*texts), CTX)
    assert d.action is action and d.reason == reason


def test_strip_rewrites_only_touched_messages_with_offsets() -> None:
    d = SizeGuard(SizeGuardConfig()).check_request(msgs("clean", "x\x00\x01y"), CTX)
    assert d.rewrites == ((1, "xy"),)
    assert [(f.message_index, f.start, f.end) for f in d.findings] == [(1, 1, 3)]


def test_response_limit_whole_and_streamed() -> None:
    g = SizeGuard(SizeGuardConfig(max_response_chars=10))
    assert g.check_response("x" * 10, CTX).action is Action.ALLOW
    assert g.check_response("x" * 11, CTX).action is Action.BLOCK
    s = g.open_stream(CTX)
    assert s.feed("x" * 6).release == "x" * 6
    assert s.feed("x" * 5).blocked
