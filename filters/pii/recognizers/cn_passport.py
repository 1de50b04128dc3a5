"""Chinese passport numbers (护照号), entity ``CN_PASSPORT``.

Ordinary e-passports: ``E`` + 8 digits, or ``E`` + letter (not I/O) + 7 digits (since
2017); older ordinary passports ``G`` + 8 digits; service/diplomatic ``P``/``S``/``D`` +
7 digits (context needed). No check digit is printed in the number itself, so the
score relies on format and context; article/order cues lower it.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from filters.pii.recognizers._base import NA, NB, CnPatternRecognizer

__all__ = ["CnPassportRecognizer"]


class CnPassportRecognizer(CnPatternRecognizer):
    ENTITY = "CN_PASSPORT"
    PATTERNS = [
        Pattern("cn_passport_e", NB + r"E(?:\d{8}|[A-HJ-NP-Z]\d{7})" + NA, 0.55),
        Pattern("cn_passport_g", NB + r"G\d{8}" + NA, 0.5),
        Pattern("cn_passport_official", NB + r"[PSD]\d{7}" + NA, 0.15),
    ]
    CONTEXT = ["护照", "passport", "出国", "签证", "visa", "出入境"]
    TRIGGER = r"[EGPSD][0-9A-Z][0-9]"

    def invalidate_result(self, pattern_text: str) -> bool | None:
        return len(set(pattern_text[-7:])) == 1
