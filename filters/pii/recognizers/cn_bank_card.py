"""Bank card numbers (银行卡号), entity ``CN_BANK_CARD``.

16-19 digits, optionally grouped by 4 with spaces or hyphens, valid Luhn (ISO/IEC 7812)
check digit. An 18-digit number shaped like a resident ID (province code + valid date) is
never a bank card. Numbers that do not start with the UnionPay prefix 62 and have no
CJK character in the 8 characters before them are left to Presidio's ``CreditCardRecognizer``
(``CREDIT_CARD``) so that English text keeps Presidio's type.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, RecognizerResult

from filters.pii.recognizers._base import NA, NB, CnPatternRecognizer, digits
from filters.pii.recognizers.cn_id_card import looks_like_id

__all__ = ["CnBankCardRecognizer", "luhn_valid"]


def luhn_valid(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        d = ord(c) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _has_cjk(s: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in s)


class CnBankCardRecognizer(CnPatternRecognizer):
    ENTITY = "CN_BANK_CARD"
    PATTERNS = [
        Pattern("bank_card", NB + r"\d{4}(?:[ -]?\d{4}){3}(?:[ -]?\d{1,3})?" + NA, 0.3),
    ]
    TRIGGER = r"[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}"
    CONTEXT = ["卡号", "银行卡", "储蓄卡", "借记卡", "信用卡", "银联", "开户", "账号", "帐号", "转账", "收款", "card"]

    def validate_result(self, pattern_text: str) -> bool | None:
        d = digits(pattern_text)
        if not 16 <= len(d) <= 19 or len(set(d)) == 1:
            return False
        if len(d) == 18 and looks_like_id(d):
            return False  # a resident ID (valid or mistyped) is never a bank card
        return luhn_valid(d)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # type: ignore[no-untyped-def]
        results: list[RecognizerResult] = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [
            r for r in results
            if text[r.start:r.end].startswith("62") or _has_cjk(text[max(0, r.start - 8):r.start])
        ]
