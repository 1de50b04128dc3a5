from hypothesis import given
from hypothesis import strategies as st

from proxy.sse import SseDecoder

STREAM = (b'data: {"a": 1}\n\n: keep-alive\n\ndata: {"b":\n'
          b'data: 2}\r\n\r\nevent: x\ndata: [DONE]\n\n')


def test_decodes_events_comments_and_multiline_data() -> None:
    d = SseDecoder()
    assert d.decode(STREAM) + d.flush() == [b'{"a": 1}', b'{"b":\n2}', b"[DONE]"]


@given(st.lists(st.integers(min_value=0, max_value=len(STREAM)), max_size=12))
def test_any_split_gives_the_same_events(cuts: list[int]) -> None:
    points = sorted(set(cuts))
    pieces = [STREAM[a:b] for a, b in zip([0, *points], [*points, len(STREAM)], strict=True)]
    d = SseDecoder()
    events = [e for p in pieces for e in d.decode(p)] + d.flush()
    assert events == [b'{"a": 1}', b'{"b":\n2}', b"[DONE]"]


def test_flush_returns_an_unterminated_event() -> None:
    d = SseDecoder()
    assert d.decode(b"data: x") == []
    assert d.flush() == [b"x"]
