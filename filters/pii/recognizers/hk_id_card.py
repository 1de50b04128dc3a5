"""Hong Kong identity card number (香港身份证), entity ``HK_ID_CARD``.

One or two letters, six digits, check digit (0-9 or A), usually written in
parentheses: ``A123456(3)``. Check: letters A=10..Z=35, a missing first letter counts
as 36 (space); weights 9..2 over the 8 positions; check = (11 - sum mod 11) mod 11,
10 written ``A``.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from filters.pii.recognizers._base import NA, NB, CnPatternRecognizer

__all__ = ["HkIdCardRecognizer", "hkid_check_char"]


def hkid_check_char(prefix: str) -> str:
    """Check character for 1-2 letters + 6 digits."""
    body = prefix.upper().rjust(8)
    vals = [36 if c == " " else (ord(c) - 55 if c.isalpha() else int(c)) for c in body]
    r = (11 - sum(v * w for v, w in zip(vals, range(9, 1, -1))) % 11) % 11
    return "A" if r == 10 else str(r)


class HkIdCardRecognizer(CnPatternRecognizer):
    ENTITY = "HK_ID_CARD"
    COUNTRY_CODE = "hk"
    PATTERNS = [Pattern("hkid", NB + r"[A-Z]{1,2}\d{6} ?(?:\([0-9A]\)|（[0-9A]）|[0-9A])" + NA, 0.4)]
    CONTEXT = ["香港身份证", "身份证", "hkid", "hong kong id", "identity card", "港人"]
    TRIGGER = r"[A-Z][0-9]{6}"

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # type: ignore[no-untyped-def]
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:
            # without the parentheses the shape is shared with passports and permits
            # (EJ2512111): a valid check digit alone is weak evidence, context decides
            if not any(c in text[r.start:r.end] for c in "(（"):
                r.score = min(r.score, 0.45)
        return results

    def validate_result(self, pattern_text: str) -> bool | None:
        s = "".join(c for c in pattern_text if c.isalnum())
        return hkid_check_char(s[:-1]) == s[-1]
