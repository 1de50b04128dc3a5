"""Pure checks on message shape. No I/O."""

from __future__ import annotations

import re

__all__ = ["CONTROL_CHARS", "find_control_chars", "strip_control_chars"]

# C0 and C1 control characters except tab, line feed and carriage return, plus DEL
# and the Unicode bidi overrides that are used to hide text from reviewers.
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def find_control_chars(text: str) -> list[tuple[int, int]]:
    """Spans of runs of control characters."""
    return [(m.start(), m.end()) for m in re.finditer(CONTROL_CHARS.pattern + "+", text)]


def strip_control_chars(text: str) -> str:
    return CONTROL_CHARS.sub("", text)
