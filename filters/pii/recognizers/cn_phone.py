"""Mainland phone numbers: ``CN_MOBILE_PHONE`` and ``CN_LANDLINE_PHONE``.

Mobile: 11 digits ``1[3-9]x xxxx xxxx`` (MIIT numbering plan; allocated 3-digit
prefixes below), optionally with ``+86`` / ``0086`` / ``(+86)`` and grouped 3-4-4 with
spaces or hyphens. Landline: area code ``010``, ``02x`` or ``0[3-9]xx`` followed by a
7-8 digit local number not starting with 0/1, optional extension; with separator or
parentheses (strong) or run together (weak, needs context).
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from filters.pii.recognizers._base import NA, NB, CnPatternRecognizer, digits

__all__ = ["CnLandlineRecognizer", "CnMobileRecognizer", "MOBILE_PREFIXES"]

MOBILE_PREFIXES = frozenset(
    "130 131 132 133 134 135 136 137 138 139 145 146 147 148 149 150 151 152 153 155 156 157 158 159 "
    "162 165 166 167 170 171 172 173 174 175 176 177 178 180 181 182 183 184 185 186 187 188 189 "
    "190 191 192 193 195 196 197 198 199".split()
)

_LANDLINE_PARTS = regex.compile(r"\(?(0\d{2,3}?)\)?[ -]?(\d{3,4}[ -]?\d{4})(?:-\d{1,5})?$")
_CC = r"(?:(?:\+|00)86[ -]?|\(\+?86\) ?|＋86 ?)?"


class CnMobileRecognizer(CnPatternRecognizer):
    ENTITY = "CN_MOBILE_PHONE"
    PATTERNS = [
        Pattern("cn_mobile", NB + _CC + r"1[3-9]\d(?:[ -]?\d{4}){2}" + NA, 0.7),
    ]
    TRIGGER = r"1[3-9][0-9]"
    CONTEXT = ["手机", "电话", "联系", "致电", "号码", "微信", "短信", "来电", "拨打", "mobile", "phone", "tel", "call", "whatsapp"]

    def validate_result(self, pattern_text: str) -> bool | None:
        d = digits(pattern_text)
        if len(d) == 13 and d.startswith("86"):
            d = d[2:]
        elif len(d) == 15 and d.startswith("0086"):
            d = d[4:]
        if len(d) != 11 or d[:3] not in MOBILE_PREFIXES:
            return False
        if len(set(d[3:])) == 1:  # 138 0000 0000 style fillers
            return False
        return None


class CnLandlineRecognizer(CnPatternRecognizer):
    ENTITY = "CN_LANDLINE_PHONE"
    PATTERNS = [
        Pattern("cn_landline_sep", NB + r"(?<![0-9][ -])(?:(?:\+|00)86[ -]?)?(?:\(0\d{2,3}\) ?|0\d{2,3}[ -])[2-9]\d{2,3}[ -]?\d{4}(?:-\d{1,5})?(?![ -][0-9])" + NA, 0.65),
        Pattern("cn_landline_plain", NB + r"0\d{2,3}[2-9]\d{6,7}" + NA, 0.35),
    ]
    TRIGGER = r"0[1-9][0-9]"
    CONTEXT = ["电话", "座机", "固话", "联系", "致电", "来电", "拨打", "热线", "办公室", "传真", "tel", "phone", "fax", "call"]

    def validate_result(self, pattern_text: str) -> bool | None:
        s = regex.sub(r"^(?:(?:\+|00)86[ -]?)", "", pattern_text)
        m = _LANDLINE_PARTS.match(s)
        if m is None:
            return False
        area, local = m.group(1), m.group(2).replace(" ", "").replace("-", "")
        if area[1] == "0" or (area[1] == "1" and area != "010"):
            return False
        expected = 3 if area[1] in "12" else 4
        if len(area) != expected:
            if len(area) == 3 and expected == 4 and m.group(0) == s and s.isdigit():
                # run-together form: the regex split the area code too early
                area, local = s[:4], s[4:]
            else:
                return False
        if not 7 <= len(local) <= 8 or local[0] in "01":
            return False
        return None
