"""Hong Kong / Macao / Taiwan travel permits, entity ``CN_TRAVEL_PERMIT``.

* 往来港澳通行证 (mainland residents to HK/Macao): ``C`` + 8 digits (booklet) or ``C`` +
  letter + 7 digits (e-permit).
* 往来台湾通行证: ``L`` + 8 digits (e-permit) or ``T`` + 8 digits (older).
* 港澳居民来往内地通行证 (回乡证): ``H``/``M`` + 8 digits (new) or + 10 digits (old).
* 台湾居民来往大陆通行证 (台胞证): 8 digits (context needed).
No check digit; context words (通行证, 回乡证, 台胞证, 港澳) raise the score.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from filters.pii.recognizers._base import NA, NB, CnPatternRecognizer

__all__ = ["CnTravelPermitRecognizer"]


class CnTravelPermitRecognizer(CnPatternRecognizer):
    ENTITY = "CN_TRAVEL_PERMIT"
    PATTERNS = [
        Pattern("permit_hkmo_mainland", NB + r"C(?:\d{8}|[A-HJ-NP-Z]\d{7})" + NA, 0.5),
        Pattern("permit_tw_mainland", NB + r"[LT]\d{8}" + NA, 0.45),
        Pattern("permit_home_return", NB + r"[HM]\d{8}(?:\d{2})?" + NA, 0.5),
        Pattern("permit_taiwan_compatriot", NB + r"\d{8}" + NA, 0.2),  # reported only with context
    ]
    CONTEXT = ["通行证", "回乡证", "台胞证", "港澳", "往来台湾", "来往内地", "来往大陆", "permit", "签注"]
    TRIGGER = r"[CHMLT][A-Z0-9][0-9]{7}|(?<![0-9])[0-9]{8}(?![0-9])"

    def invalidate_result(self, pattern_text: str) -> bool | None:
        return len(set(pattern_text[-7:])) == 1
