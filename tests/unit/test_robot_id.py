import pytest

from proxy.robot_id import check_character, format_robot_id, is_valid_robot_id


def test_check_character_matches_the_gb11643_example() -> None:
    assert check_character("11010519491231002") == "X"


@pytest.mark.parametrize(("kind", "code"), [("humanoid", "01"), ("digital_human", "02"), ("other", "09")])
def test_format_and_validate(kind: str, code: str) -> None:
    rid = format_robot_id(kind, 2026, 42)
    assert len(rid) == 18 and rid.startswith("440304" + code + "2026" + "00042")
    assert is_valid_robot_id(rid)


def test_every_single_digit_change_is_detected() -> None:
    rid = format_robot_id("digital_human", 2026, 12345)
    for i in range(17):
        for d in "0123456789":
            if d != rid[i]:
                assert not is_valid_robot_id(rid[:i] + d + rid[i + 1 :])


@pytest.mark.parametrize("bad", ["", "440304", "440304022026000019X", "110105022026000019", "440304992026000016"])
def test_rejects_malformed(bad: str) -> None:
    assert not is_valid_robot_id(bad)


def test_rejects_out_of_range() -> None:
    with pytest.raises(ValueError):
        format_robot_id("robot", 2026, 1)
    with pytest.raises(ValueError):
        format_robot_id("humanoid", 2026, 100_000)
