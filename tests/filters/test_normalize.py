"""Behaviour of the shared text normalization and its offset mapping."""

from __future__ import annotations

import pytest

from filters.normalize import NormalizedText, normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("炸*药", "炸药"),
        ("炸 药", "炸药"),
        ("炸😀药", "炸药"),
        ("炸\u200b药", "炸药"),
        ("f a 轮", "fa轮"),
        ("f.a.l.u.n g.o.n.g", "falungong"),
        ("製造炸藥", "制造炸药"),
        ("Ｈｅｌｌｏ　ＷＯＲＬＤ", "hello world"),
        ("ＢＯＭＢ", "bomb"),
        ("b0mb", "bomb"),
        ("к1ll", "kill"),  # Cyrillic k
        ("zha-yao", "zha yao"),
        ("I am a person", "i am a person"),
        ("你好，我想问", "你好,我想问"),
        ("covid19 2024", "covid19 2024"),
        ("", ""),
        ("   ", ""),
        ("***", ""),
        ("🔥🔥🔥", ""),
        ("e\u0301\u0301\u0301vil", "evil"),
    ],
)
def test_normalizes(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "needle", "original"),
    [
        ("请问炸*药怎么做", "炸药", "炸*药"),
        ("ＢＯＭＢ now", "bomb", "ＢＯＭＢ"),
        ("x 😀炸\u200b😀药😀 y", "炸药", "炸\u200b😀药"),
        ("製造炸藥", "炸药", "炸藥"),
        ("how to make a b0mb", "bomb", "b0mb"),
    ],
)
def test_offsets_map_back(raw: str, needle: str, original: str) -> None:
    norm = normalize(raw)
    start = norm.text.index(needle)
    s, e = norm.to_original(start, start + len(needle))
    assert raw[s:e] == original


def test_is_frozen_and_total() -> None:
    norm = normalize("abc")
    assert isinstance(norm, NormalizedText)
    with pytest.raises(AttributeError):
        norm.text = "x"  # type: ignore[misc]
    assert norm.to_original(5, 9) == (3, 3)
    assert norm.to_original(2, 1) == (2, 2)


@pytest.mark.parametrize(
    "raw",
    ["a" * 50_000, "😀" * 20_000, "*-" * 20_000, "炸" + " " * 10_000 + "药", "ア한字abc" * 5_000],
)
def test_bad_input_is_handled(raw: str) -> None:
    norm = normalize(raw)
    assert len(norm.starts) == len(norm.text)
    if norm.text:
        s, e = norm.to_original(0, len(norm.text))
        assert 0 <= s <= e <= len(raw)
