"""Unified social credit code (统一社会信用代码), entity ``CN_USCC``.

GB 32100-2015: 18 characters over the alphabet ``0-9 A-H J-N P-R T U W-Y`` (no I, O,
S, V, Z): registration authority (1), organisation type (1), region code (6 digits),
organisation code (9), check character. Check: weights ``3^i mod 31`` for i = 0..16,
``c18 = (31 - sum mod 31) mod 31``.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from filters.pii.recognizers._base import NA, NB, CnPatternRecognizer
from filters.pii.recognizers.cn_id_card import looks_like_id

__all__ = ["CnUsccRecognizer", "uscc_check_char"]

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))


def uscc_check_char(first17: str) -> str:
    total = sum(_VALUE[c] * w for c, w in zip(first17, _WEIGHTS))
    return ALPHABET[(31 - total % 31) % 31]


class CnUsccRecognizer(CnPatternRecognizer):
    ENTITY = "CN_USCC"
    _C = "[0-9A-HJ-NP-RTUW-Y]"
    PATTERNS = [Pattern("uscc", NB + r"[1-9A-HJ-NP-RTUW-Y][1-9A-HJ-NP-RTUW-Y]\d{6}" + _C + "{10}" + NA, 0.4)]
    CONTEXT = ["信用代码", "社会信用", "统一代码", "营业执照", "纳税人识别号", "税号", "机构代码", "uscc"]
    TRIGGER = r"[1-9A-HJ-NP-RTUW-Y][1-9A-HJ-NP-RTUW-Y][0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}"

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # type: ignore[no-untyped-def]
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:
            # a code whose 17 body characters are digits (1 in 31 random numbers passes
            # the check; ID-card look-alikes end in X) needs context
            if text[r.start:r.end - 1].isdigit():
                r.score = min(r.score, 0.45)
        return results

    def validate_result(self, pattern_text: str) -> bool | None:
        if len(pattern_text) != 18 or any(c not in _VALUE for c in pattern_text):
            return False
        if looks_like_id(pattern_text):
            return False  # an all-digit ID-shaped number is a (mistyped) resident ID
        return uscc_check_char(pattern_text[:17]) == pattern_text[17]
