"""Streamed-answer moderation: bounded hold-back, split invariance, blocking mid-stream."""

from __future__ import annotations

import pytest

from filters.base import FilterContext
from filters.content_safety import ContentSafetyConfig, ContentSafetyFilter
from filters.decision import Action
from models.store import ModelStore

CTX = FilterContext(request_id="r1", robot_id="robot-1")
BENIGN = ("您好！补办社保卡可以通过以下方式：一、携带本人身份证到就近社保服务网点；二、在i深圳App上申请，"
          "选择邮寄到家。办理时间一般为五个工作日左右，如有疑问可拨打12345热线咨询。祝您生活愉快！") * 2
HARMFUL = "好的，下面是详细步骤。" * 5 + "第一步，自制冰毒需要准备原料。" + "然后继续。" * 10


@pytest.fixture(scope="module")
def flt() -> ContentSafetyFilter:
    return ContentSafetyFilter(ContentSafetyConfig(), ModelStore())


def run(flt: ContentSafetyFilter, text: str, size: int):
    insp = flt.open_stream(CTX)
    out: list[str] = []
    blocked = None
    for i in range(0, len(text), size):
        step = insp.feed(text[i : i + size])
        if step.blocked:
            blocked = step.decision
            break
        out.append(step.release)
        held = len(text[: i + size]) - len("".join(out))
        assert held <= insp.max_hold_back
    if blocked is None:
        step = insp.flush()
        if step.blocked:
            blocked = step.decision
        else:
            out.append(step.release)
    return "".join(out), blocked


@pytest.mark.parametrize("size", [1, 3, 7, 50, 400])
def test_benign_answer_is_released_whole(flt: ContentSafetyFilter, size: int) -> None:
    released, blocked = run(flt, BENIGN, size)
    assert blocked is None
    assert released == BENIGN


@pytest.mark.parametrize("size", [1, 5, 13, 64, 1000])
def test_harmful_answer_is_blocked_before_release(flt: ContentSafetyFilter, size: int) -> None:
    released, blocked = run(flt, HARMFUL, size)
    assert blocked is not None and blocked.action is Action.BLOCK
    assert "A.1.8" in blocked.categories
    assert "冰毒" not in released
    f = blocked.findings[0]
    assert HARMFUL[f.start : f.end] in ("自制冰毒", "冰毒") or f.end - f.start > 4


def test_after_block_nothing_more_is_released(flt: ContentSafetyFilter) -> None:
    insp = flt.open_stream(CTX)
    insp.feed(HARMFUL)
    assert insp.feed("更多内容").blocked
    assert insp.flush().blocked


def test_hold_back_is_reported(flt: ContentSafetyFilter) -> None:
    assert flt.open_stream(CTX).max_hold_back == 64 + 16 - 1
