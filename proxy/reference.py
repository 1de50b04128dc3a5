"""Reference codes: the short code a citizen quotes to complain about one exchange (measures 8.3).

A request id (``req_`` + 32 hex characters) is too long to read out at a service
counter. The reference code is derived from it: the first 40 bits of
SHA-256(request id), written as 8 characters of Crockford base32 (no I, L, O, U: no
letters that read like digits), followed by one check character (the value mod 37
in the extended Crockford alphabet, which catches any single wrong character and any
swap of two neighbours), grouped ``XXXX-XXXX-C``.

The proxy sends it with every model answer as the ``X-Jianhu-Reference`` header; the
robot shows it to the citizen ("如需投诉，请提供编号 …"). It is stored with the audit
record (``exchanges.reference``, indexed) so that a complaint finds its exchange. 40
bits make an accidental collision between two exchanges of one robot negligible at
the volumes of a service hall (the birthday bound is about a million exchanges); a
complaint is still matched to one exchange only, the newest with that code.

Citizens may type the code in lower case, with or without the dashes, and with the
letters O/I/L for 0/1/1; ``parse_reference`` normalizes all of that and verifies the
check character. A complaint may also quote the full request id or the chat
completion id (``chatcmpl-…``) instead.
"""

from __future__ import annotations

import hashlib

__all__ = ["format_reference", "parse_reference", "reference_code"]

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CHECK = _ALPHABET + "*~$=U"  # Crockford's check symbols for values 32..36
_DECODE = {c: i for i, c in enumerate(_ALPHABET)} | {"O": 0, "I": 1, "L": 1}
_CHECK_DECODE = {c: i for i, c in enumerate(_CHECK)} | {"O": 0, "I": 1, "L": 1}
_BODY = 8


def _check(value: int) -> str:
    return _CHECK[value % 37]


def reference_code(request_id: str) -> str:
    """The stored form: 9 characters, no dashes."""
    value = int.from_bytes(hashlib.sha256(request_id.encode("ascii", "replace")).digest()[:5], "big")
    body = "".join(_ALPHABET[(value >> (5 * (_BODY - 1 - i))) & 31] for i in range(_BODY))
    return body + _check(value)


def format_reference(code: str) -> str:
    """How a citizen sees it: ``XXXX-XXXX-C``."""
    return f"{code[:4]}-{code[4:8]}-{code[8:]}"


def parse_reference(text: str) -> str | None:
    """The stored form of what a citizen typed, or None if it is not a valid code."""
    raw = text.strip().upper().replace("-", "").replace(" ", "")
    if len(raw) != _BODY + 1:
        return None
    value = 0
    for ch in raw[:_BODY]:
        digit = _DECODE.get(ch)
        if digit is None:
            return None
        value = value * 32 + digit
    check = _CHECK_DECODE.get(raw[_BODY])
    if check is None or check != value % 37:
        return None
    return "".join(_ALPHABET[(value >> (5 * (_BODY - 1 - i))) & 31] for i in range(_BODY)) + _check(value)
