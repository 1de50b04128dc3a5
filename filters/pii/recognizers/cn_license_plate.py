"""Mainland vehicle licence plates (车牌号), entity ``CN_LICENSE_PLATE``.

GA 36-2018: province abbreviation, issuing-authority letter (A-Z except I/O), optional
separator ``·``, then 5 characters (letters except I/O, digits; ordinary plates) or 6
for new-energy plates (``D``/``F`` + 5 for small cars, 5 digits + ``D``/``F`` for large),
or 4 + 挂/学/警/港/澳.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from filters.pii.recognizers._base import NA, CnPatternRecognizer

__all__ = ["CnLicensePlateRecognizer", "PROVINCE_ABBR"]

PROVINCE_ABBR = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_L = "[A-HJ-NP-Z]"
_X = "[A-HJ-NP-Z0-9]"


class CnLicensePlateRecognizer(CnPatternRecognizer):
    ENTITY = "CN_LICENSE_PLATE"
    PATTERNS = [
        Pattern("plate_new_energy", f"[{PROVINCE_ABBR}]{_L}[·・ ]?(?:[DF]{_X}\\d{{4}}|\\d{{5}}[DF])" + NA, 0.75),
        Pattern("plate_ordinary", f"[{PROVINCE_ABBR}]{_L}[·・ ]?{_X}{{5}}" + NA, 0.65),
        Pattern("plate_special", f"[{PROVINCE_ABBR}]{_L}[·・ ]?{_X}{{4}}[挂学警港澳]", 0.65),
    ]
    CONTEXT = ["车牌", "牌照", "车辆", "号牌", "违章", "停车", "plate"]
    NEGATIVE_CONTEXT = ()
    TRIGGER = f"[{PROVINCE_ABBR}]{_L}"

    def invalidate_result(self, pattern_text: str) -> bool | None:
        tail = pattern_text[2:].lstrip("·・ ")
        return sum(c.isdigit() for c in tail) < 2  # 粤BABCDE: letters only is not a plate
