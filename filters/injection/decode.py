"""Decoding of obfuscated payloads before classification. Pure, no I/O.

Attackers hide instructions in encodings that a phrase detector or a character
n-gram classifier cannot read. ``decoded_variants`` finds encoded runs in a text and
returns their plain-text decodings, each with the span of the encoded run in the
input, so that findings can point at the original characters.

Handled formats:

* base64 / base64url runs of >= 16 characters that decode to mostly printable UTF-8;
* hex runs (``69676e6f7265…``, ``69 67 6e``, ``\\x69\\x67``) of >= 8 bytes;
* ``\\uXXXX`` / ``\\UXXXXXXXX`` escapes, HTML numeric entities (``&#24537;``, ``&#x5ffd;``);
* URL percent-encoding (``%E5%BF%BD…``) of >= 4 escapes;
* ROT13 of the whole text when it names ROT13/Caesar or looks like ROT13 English;
* reversed text when the text asks for reversal (``倒过来``, ``reverse``…);
* binary octets (``01101001 …``).

All patterns are linear (no nested quantifiers) and inputs are length-capped.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import urllib.parse
from dataclasses import dataclass

__all__ = ["DecodedVariant", "decoded_variants", "MAX_DECODE_INPUT"]

#: Longest text scanned for encoded runs; the rest is not decoded.
MAX_DECODE_INPUT = 20_000
_MAX_VARIANTS = 8
_MAX_RUN = 8_000

_B64 = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX = re.compile(r"(?:\\x[0-9a-fA-F]{2}){4,}|(?:0x)?(?:[0-9a-fA-F]{2}[ :]?){8,}")
_UESC = re.compile(r"(?:\\[uU](?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{2,6}\})){3,}|(?:&#[xX]?[0-9a-fA-F]{2,6};){3,}")
_PCT = re.compile(r"(?:%[0-9a-fA-F]{2}[^%\s]{0,3}){4,}")
_BIN = re.compile(r"(?:[01]{8}[ ]?){4,}")
_ROT_HINT = re.compile(r"rot-?13|rot 13|caesar|凯撒|rot13", re.IGNORECASE)
_REV_HINT = re.compile(r"倒过来|倒序|反过来|反向|逆序|从右(?:往|向|到)左|revers|backwards|right to left", re.IGNORECASE)
_COMMON_EN = re.compile(r"\b(?:the|and|you|your|all|previous|instructions?|ignore|system|prompt|now|are|to)\b")


@dataclass(frozen=True, slots=True)
class DecodedVariant:
    """One decoding: ``kind`` (``base64``, ``hex``…), decoded ``text``, encoded span in the input."""

    kind: str
    text: str
    start: int
    end: int


def _printable_ratio(s: str) -> float:
    if not s:
        return 0.0
    good = sum(1 for ch in s if ch.isprintable() or ch in "\n\t\r")
    return good / len(s)


def _looks_textual(s: str) -> bool:
    """Decoded bytes count as text when printable and containing letters or CJK."""
    if len(s) < 4 or _printable_ratio(s) < 0.9:
        return False
    letters = sum(1 for ch in s if ch.isalpha())
    return letters >= max(3, len(s) // 3)


def _bytes_to_text(raw: bytes) -> str | None:
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return s if _looks_textual(s) else None


def _b64(run: str) -> str | None:
    core = run.rstrip("=")
    if len(core) < 16 or core.isdigit() or core.isalpha() and (core.islower() or core.isupper()):
        return None  # plain words / numbers, not base64
    pad = "=" * (-len(core) % 4)
    try:
        if "-" in core or "_" in core:
            raw = base64.urlsafe_b64decode(core + pad)
        else:
            raw = base64.b64decode(core + pad, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _bytes_to_text(raw)


def _hex(run: str) -> str | None:
    digits = re.sub(r"\\x|0x|[ :]", "", run)
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        raw = bytes.fromhex(digits)
    except ValueError:
        return None
    return _bytes_to_text(raw)


def _uesc(run: str) -> str | None:
    def one(m: re.Match[str]) -> str:
        tok = m.group(0)
        try:
            if tok.startswith("&#"):
                body = tok[2:-1]
                cp = int(body[1:], 16) if body[:1] in "xX" else int(body)
            else:
                body = tok[2:].strip("{}")
                cp = int(body, 16)
            return chr(cp)
        except (ValueError, OverflowError):
            return ""

    s = re.sub(r"\\[uU](?:\{[0-9a-fA-F]{2,6}\}|[0-9a-fA-F]{4})|&#[xX]?[0-9a-fA-F]{2,6};", one, run)
    return s if _printable_ratio(s) >= 0.9 else None


def _pct(run: str) -> str | None:
    s = urllib.parse.unquote(run, errors="strict") if "%" in run else None
    if s is None:
        return None
    return s if _printable_ratio(s) >= 0.9 and s != run else None


def _bin(run: str) -> str | None:
    bits = run.replace(" ", "")
    raw = bytes(int(bits[i : i + 8], 2) for i in range(0, len(bits) - 7, 8))
    return _bytes_to_text(raw)


_FINDERS = (
    ("unicode_escape", _UESC, _uesc),
    ("url", _PCT, _pct),
    ("binary", _BIN, _bin),
    ("hex", _HEX, _hex),
    ("base64", _B64, _b64),
)


def decoded_variants(text: str) -> list[DecodedVariant]:
    """All decodings found in ``text`` (at most a handful), outermost first.

    A decoded run is decoded once more (base64 of hex, etc.), so two layers are read.
    """
    text = text[:MAX_DECODE_INPUT]
    out: list[DecodedVariant] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern, fn in _FINDERS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if e - s > _MAX_RUN or any(s < te and ts < e for ts, te in taken):
                continue
            dec = fn(m.group(0))
            if dec is None:
                continue
            taken.append((s, e))
            out.append(DecodedVariant(kind, dec, s, e))
            for inner in _second_layer(dec):
                out.append(DecodedVariant(f"{kind}+{inner.kind}", inner.text, s, e))
            if len(out) >= _MAX_VARIANTS:
                return out
    if _ROT_HINT.search(text) or _rot13_plausible(text):
        out.append(DecodedVariant("rot13", codecs.decode(text, "rot_13"), 0, len(text)))
    if _REV_HINT.search(text):
        out.append(DecodedVariant("reversed", text[::-1], 0, len(text)))
    return out[: _MAX_VARIANTS + 2]


def _second_layer(text: str) -> list[DecodedVariant]:
    res: list[DecodedVariant] = []
    for kind, pattern, fn in _FINDERS:
        m = pattern.search(text)
        if m is None or m.end() - m.start() < len(text) // 2:
            continue
        dec = fn(m.group(0))
        if dec is not None:
            res.append(DecodedVariant(kind, dec, 0, len(text)))
            break
    return res


def _rot13_plausible(text: str) -> bool:
    """ASCII-heavy text with few English function words that gains many after ROT13."""
    if len(text) < 20:
        return False
    ascii_letters = sum(1 for ch in text if "a" <= ch.lower() <= "z")
    if ascii_letters < 15 or ascii_letters < len(text) * 0.5:
        return False
    low = text.lower()
    before = len(_COMMON_EN.findall(low))
    if before >= 3:  # already reads as English
        return False
    after = len(_COMMON_EN.findall(codecs.decode(low, "rot_13")))
    return after >= 2 and after > 2 * before
