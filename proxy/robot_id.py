"""Robot identity numbers (measures 2.3).

Format, 18 characters, modelled on the resident ID (GB 11643):

    440304 TT YYYY SSSSS C
    |      |  |    |     +-- check character, ISO 7064 MOD 11-2 over the 17 digits (0-9 or X)
    |      |  |    +-------- serial within the year, 00001-99999, issued in order
    |      |  +------------- year of registration
    |      +---------------- robot type: 01 humanoid, 02 digital human, 09 other
    +----------------------- administrative division code of Futian District (GB/T 2260)

Example: ``44030402202600001`` + check character.
"""

from __future__ import annotations

__all__ = ["DIVISION_CODE", "ROBOT_TYPES", "check_character", "format_robot_id", "is_valid_robot_id"]

DIVISION_CODE = "440304"
ROBOT_TYPES = {"humanoid": "01", "digital_human": "02", "other": "09"}
_WEIGHTS = [pow(2, 17 - i, 11) for i in range(17)]  # 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2
_CHECK = "10X98765432"


def check_character(body: str) -> str:
    if len(body) != 17 or not body.isdigit():
        raise ValueError("body must be 17 digits")
    total = sum(int(c) * w for c, w in zip(body, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def format_robot_id(robot_type: str, year: int, serial: int) -> str:
    if robot_type not in ROBOT_TYPES:
        raise ValueError(f"unknown robot type {robot_type!r}")
    if not 1 <= serial <= 99_999 or not 2000 <= year <= 9999:
        raise ValueError("serial or year out of range")
    body = f"{DIVISION_CODE}{ROBOT_TYPES[robot_type]}{year:04d}{serial:05d}"
    return body + check_character(body)


def is_valid_robot_id(value: str) -> bool:
    if len(value) != 18 or not value[:17].isdigit() or not value.startswith(DIVISION_CODE):
        return False
    if value[6:8] not in ROBOT_TYPES.values():
        return False
    return check_character(value[:17]) == value[17].upper()
