"""Social-security and housing-fund account numbers, reported only with context.

``CN_SOCIAL_SECURITY`` (社保/医保 个人编号, 社会保障卡号) and ``CN_HOUSING_FUND``
(住房公积金账号): 8-20 digits (sometimes with a leading letter) with no national
checksum; local formats differ by city, so these are reported only when a context
word occurs within the window before the number. A number that is also a valid
resident ID is reported as ``CN_ID_CARD`` (higher priority).
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from filters.pii.recognizers._base import NA, NB, CnPatternRecognizer

__all__ = ["CnHousingFundRecognizer", "CnSocialSecurityRecognizer"]


def _date_like(s: str) -> bool:
    """20230123 / 19991231: an 8-digit date, not an account."""
    return len(s) == 8 and s[:2] in ("19", "20") and "01" <= s[4:6] <= "12" and "01" <= s[6:8] <= "31"


class CnSocialSecurityRecognizer(CnPatternRecognizer):
    ENTITY = "CN_SOCIAL_SECURITY"
    PATTERNS = [Pattern("cn_ss_account", NB + r"[A-Z]?\d{8,20}[0-9X]?" + NA, 0.3)]
    CONTEXT = ["社保", "社会保障", "医保", "参保", "电脑号", "个人编号"]
    CONTEXT_REQUIRED = True
    TRIGGER = r"[0-9]{8}"

    def invalidate_result(self, pattern_text: str) -> bool | None:
        return _date_like(pattern_text)


class CnHousingFundRecognizer(CnPatternRecognizer):
    ENTITY = "CN_HOUSING_FUND"
    PATTERNS = [Pattern("cn_hf_account", NB + r"\d{8,20}" + NA, 0.3)]
    CONTEXT = ["公积金"]
    CONTEXT_REQUIRED = True
    TRIGGER = r"[0-9]{8}"

    def invalidate_result(self, pattern_text: str) -> bool | None:
        return _date_like(pattern_text)
