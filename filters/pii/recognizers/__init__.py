"""Presidio recognizers for the PII filter, and the registry that holds them.

Our own recognizers (``cn_*.py``, ``hk_id_card.py``, ``generic_email_ip.py``) plus
Presidio's English ones that work offline: ``CreditCardRecognizer``,
``IbanRecognizer``, ``UsSsnRecognizer`` and ``PhoneRecognizer`` (``phonenumbers``).
Presidio's ``EmailRecognizer`` is not used: it calls ``tldextract``, which may try the
network. Nothing here downloads anything.
"""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, RecognizerRegistry
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    IbanRecognizer,
    PhoneRecognizer,
    UsSsnRecognizer,
)

from filters.pii.recognizers.cn_address import CnAddressRecognizer
from filters.pii.recognizers.cn_bank_card import CnBankCardRecognizer
from filters.pii.recognizers.cn_id_card import CnIdCardRecognizer
from filters.pii.recognizers.cn_license_plate import CnLicensePlateRecognizer
from filters.pii.recognizers.cn_passport import CnPassportRecognizer
from filters.pii.recognizers.cn_person_name import CnPersonNameRecognizer
from filters.pii.recognizers.cn_phone import CnLandlineRecognizer, CnMobileRecognizer
from filters.pii.recognizers.cn_social_security import CnHousingFundRecognizer, CnSocialSecurityRecognizer
from filters.pii.recognizers.cn_travel_permit import CnTravelPermitRecognizer
from filters.pii.recognizers.cn_uscc import CnUsccRecognizer
from filters.pii.recognizers.generic_email_ip import EmailRecognizer, IpRecognizer
from filters.pii.recognizers.hk_id_card import HkIdCardRecognizer


class IntlPhoneRecognizer(PhoneRecognizer):
    """Presidio's phone recognizer, run only on ``+CC`` / US-shaped windows, where a
    number that ``phonenumbers`` validates is reasonable evidence on its own."""

    SCORE = 0.6


__all__ = ["IntlPhoneRecognizer", "ALL_ENTITIES", "PRESIDIO_TRIGGERS", "build_recognizers", "build_registry"]

#: Cheap pre-checks for Presidio's own recognizers (ours carry ``trigger``), and the
#: Presidio phone recognizer is only run on windows around these matches.
PRESIDIO_TRIGGERS: dict[str, regex.Pattern[str]] = {
    # Presidio's own patterns are \b-anchored and start with 3-6: mirror that cheaply
    "CREDIT_CARD": regex.compile(r"(?<!\w)[3-6][0-9]{3}[ -]?[0-9]{4}[ -]?[0-9]{4}"),
    "IBAN_CODE": regex.compile(r"[A-Z]{2}[0-9]{2}"),
    "US_SSN": regex.compile(r"(?<![0-9])[0-9]{3}[- .][0-9]{2}[- .][0-9]{4}(?![0-9])|(?i:ssn|social security)"),
    "PHONE_NUMBER": regex.compile(r"\+(?!86)[1-9][0-9]{0,2}[ .(-]{0,2}[0-9]|\((?!0)[0-9]{3}\) ?[0-9]{3}|(?<![0-9])[0-9]{3}[-. ][0-9]{3}[-. ][0-9]{4}(?![0-9])"),
}


def build_recognizers() -> list[EntityRecognizer]:
    """Fresh recognizer instances (ours first, then Presidio's English ones)."""
    return [
        CnIdCardRecognizer(), HkIdCardRecognizer(), CnUsccRecognizer(), CnBankCardRecognizer(),
        CnMobileRecognizer(), CnLandlineRecognizer(), CnPassportRecognizer(), CnTravelPermitRecognizer(),
        CnLicensePlateRecognizer(), CnSocialSecurityRecognizer(), CnHousingFundRecognizer(),
        EmailRecognizer(), IpRecognizer(), CnPersonNameRecognizer(), CnAddressRecognizer(),
        CreditCardRecognizer(), IbanRecognizer(), UsSsnRecognizer(),
        # international (+CC) and US-style numbers only: the trigger finds those shapes
        IntlPhoneRecognizer(supported_regions=("US",)),
    ]


def build_registry() -> RecognizerRegistry:
    """A Presidio registry holding every recognizer (languages ``zh`` and ``en``)."""
    return RecognizerRegistry(recognizers=build_recognizers(), supported_languages=["zh", "en"])


ALL_ENTITIES: tuple[str, ...] = (
    "CN_ID_CARD", "HK_ID_CARD", "CN_USCC", "CN_BANK_CARD", "CREDIT_CARD", "CN_SOCIAL_SECURITY",
    "CN_HOUSING_FUND", "CN_MOBILE_PHONE", "CN_LANDLINE_PHONE", "IP_ADDRESS", "EMAIL_ADDRESS",
    "CN_PASSPORT", "CN_TRAVEL_PERMIT", "CN_LICENSE_PLATE", "IBAN_CODE", "US_SSN", "PHONE_NUMBER",
    "CN_ADDRESS", "PERSON",
)
