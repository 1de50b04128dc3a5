"""Mainland resident identity card number (居民身份证号码), entity ``CN_ID_CARD``.

Format (GB 11643-1999): 6-digit administrative region code, 8-digit birth date
YYYYMMDD, 3-digit sequence, check character; the check character is ISO 7064
MOD 11-2 over the first 17 digits (weights 2^(17-i) mod 11, value 10 written ``X``).
The legacy 15-digit form (before 1999) has a 6-digit birth date YYMMDD (19YY) and no
check character. We validate the province part of the region code, the birth date
and the check character, not the county's history (a county code may have been
retired or created after the holder's birth year).
"""

from __future__ import annotations

import datetime

from presidio_analyzer import Pattern

from filters.pii.recognizers._base import NA, NB, CnPatternRecognizer, digits

__all__ = ["CnIdCardRecognizer", "PROVINCE_CODES", "id_check_char", "is_valid_id18", "is_valid_id15", "looks_like_id"]

#: First two digits of the region code: provinces, autonomous regions, municipalities,
#: Taiwan (71), Hong Kong (81), Macao (82), and 83 (residence permits for Taiwan residents).
PROVINCE_CODES = frozenset(
    "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 "
    "61 62 63 64 65 71 81 82 83".split()
)
_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_CHECK = "10X98765432"


def id_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character for 17 digits."""
    return _CHECK[sum(int(c) * w for c, w in zip(first17, _WEIGHTS)) % 11]


def _valid_date(year: int, month: int, day: int) -> bool:
    try:
        d = datetime.date(year, month, day)
    except ValueError:
        return False
    return datetime.date(1890, 1, 1) <= d <= datetime.date.today()


def looks_like_id(s: str) -> bool:
    """18 characters shaped like a resident ID (province code + valid date), checksum aside."""
    return len(s) == 18 and s[:17].isdigit() and s[:2] in PROVINCE_CODES and _valid_date(
        int(s[6:10]), int(s[10:12]), int(s[12:14])
    )


def is_valid_id18(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if len(s) != 18 or not s[:17].isdigit() or s[:2] not in PROVINCE_CODES:
        return False
    if not _valid_date(int(s[6:10]), int(s[10:12]), int(s[12:14])):
        return False
    return id_check_char(s[:17]) == s[17]


def is_valid_id15(s: str) -> bool:
    s = digits(s)
    if len(s) != 15 or s[:2] not in PROVINCE_CODES:
        return False
    return _valid_date(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]))


class CnIdCardRecognizer(CnPatternRecognizer):
    """18-digit (validated) and 15-digit legacy (date-checked, weak without context) IDs."""

    ENTITY = "CN_ID_CARD"
    PATTERNS = [
        Pattern("cn_id18", NB + r"[1-9]\d{5} ?(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]) ?\d{3}[0-9Xx]" + NA, 0.5),
        Pattern("cn_id15", NB + r"[1-9]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}" + NA, 0.3),
    ]
    TRIGGER = r"[0-9]{6} ?[0-9]{6}"
    CONTEXT = ["身份证", "身份号", "证件号", "公民身份", "居民身份", "id card", "id number", "identity", "证号", "身份信息"]

    def validate_result(self, pattern_text: str) -> bool | None:
        compact = pattern_text.replace(" ", "")
        if len(compact) == 18:
            return is_valid_id18(compact)
        if not is_valid_id15(compact):
            return False
        return None  # date-valid legacy number: keep the weak base score, context decides
