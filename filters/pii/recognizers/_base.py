"""Shared base for our Presidio pattern recognizers.

``\\b`` never fires between a CJK character and a digit (身份证号110...), because CJK
characters are word characters; our patterns use explicit lookarounds instead
(``NB`` / ``NA``: no ASCII letter or digit immediately before / after). Patterns are
written without nested unbounded quantifiers, so matching is linear in the text length.

Context handling is done by ``filters.pii.detect`` (character windows, because Chinese
is not space-separated); recognizers only declare ``CONTEXT`` (raises the score) and
``NEGATIVE_CONTEXT`` (lowers it: order, article, amount and date cues).
"""

from __future__ import annotations

from typing import Any, ClassVar

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

__all__ = ["NA", "NB", "NUMERIC_NEGATIVE_CONTEXT", "REGEX_TIMEOUT_S", "CnPatternRecognizer", "digits"]

#: Hard cap per pattern scan (Presidio's default is 60 s). The patterns are linear, so
#: this only trips on pathological input; ``TimeoutError`` propagates and the filter
#: fails closed (``on_error: block``).
REGEX_TIMEOUT_S = 2.0

#: no ASCII letter/digit (or a decimal point followed by a digit) right before / after.
NB = r"(?<![0-9A-Za-z])(?<![0-9]\.)"
NA = r"(?![0-9A-Za-z])(?!\.[0-9])"

#: Cues that a number is an order, article, amount, date or tracking number, not PII.
NUMERIC_NEGATIVE_CONTEXT: tuple[str, ...] = (
    "订单", "单号", "编号", "货号", "型号", "批号", "流水号", "快递", "运单", "物流",
    "发票", "合同号", "工单", "序列号", "条码", "商品", "sku", "order", "tracking", "住院号", "病案号",
    "invoice", "serial", "article", "item no", "金额", "价格", "￥", "¥", "$",
    "日期", "时间", "版本", "version", "文号", "案号", "批次",
)


def digits(text: str) -> str:
    """The ASCII digits of ``text`` (separators dropped)."""
    return "".join(c for c in text if "0" <= c <= "9")


class CnPatternRecognizer(PatternRecognizer):
    """A ``PatternRecognizer`` configured from class attributes.

    Subclasses set ``ENTITY``, ``PATTERNS`` (list of ``Pattern``), ``CONTEXT`` and
    optionally ``NEGATIVE_CONTEXT`` and ``CONTEXT_REQUIRED`` (report only with context).
    Matching is case-sensitive (plates, USCC and passports are upper case).
    """

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[list[str]] = []
    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = NUMERIC_NEGATIVE_CONTEXT
    CONTEXT_REQUIRED: ClassVar[bool] = False
    COUNTRY_CODE = "cn"
    #: Cheap pre-check: the recognizer only runs when this character class occurs.
    TRIGGER: ClassVar[str] = r"[0-9]"

    def __init__(self) -> None:
        patterns = [Pattern(p.name, p.regex, p.score) for p in self.PATTERNS]
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language="zh",
            patterns=patterns,
            context=list(self.CONTEXT),
            global_regex_flags=regex.DOTALL | regex.MULTILINE,
        )
        self.negative_context = self.NEGATIVE_CONTEXT
        self.context_required = self.CONTEXT_REQUIRED
        self.trigger = regex.compile(self.TRIGGER)
        self._compiled = [(p, regex.compile(p.regex, self.global_regex_flags)) for p in self.patterns]
        self._metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None, regex_flags: int | None = None
    ) -> list[RecognizerResult]:
        """Same semantics as ``PatternRecognizer.analyze`` (base score, ``validate_result``
        -> 1.0 / drop, ``invalidate_result`` -> drop), without the per-match explanation
        objects and timing, and with a short regex timeout that raises instead of
        silently skipping the pattern."""
        best: dict[tuple[int, int], RecognizerResult] = {}
        for pattern, compiled in self._compiled:
            for m in compiled.finditer(text, timeout=REGEX_TIMEOUT_S):
                start, end = m.span()
                if start == end:
                    continue
                matched = text[start:end]
                score = pattern.score
                valid = self.validate_result(matched)
                if valid is not None:
                    score = EntityRecognizer.MAX_SCORE if valid else EntityRecognizer.MIN_SCORE
                if self.invalidate_result(matched):
                    score = EntityRecognizer.MIN_SCORE
                if score <= EntityRecognizer.MIN_SCORE:
                    continue
                old = best.get((start, end))
                if old is None or old.score < score:
                    best[(start, end)] = RecognizerResult(self.ENTITY, start, end, score, recognition_metadata=self._metadata)
        return list(best.values())
