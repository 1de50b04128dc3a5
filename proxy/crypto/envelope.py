"""Byte formats of envelope encryption (all AES-256-GCM, 12-byte random nonces).

Wrapped data key, stored in ``subject_keys.wrapped_dek`` (61 bytes)::

    0x01 | nonce (12) | GCM(master key, DEK (32)) ciphertext + tag (48)
    AAD = b"jianhu.dek.v1" 0x00 kek_id 0x00 slot

``slot`` is the row's ``subject_keys.subject`` value, so a wrapped key moved to another
row no longer unwraps. ``kek_id`` is also stored in the row (it selects the master key).

Field token, the string stored in a column: URL-safe base64 without padding of::

    0x01 | dek_id (uint32, big-endian: subject_keys.id) | nonce (12) | ciphertext + tag (16)
    AAD = the first five bytes (version, dek_id) || the caller's associated data

so a token is 44 characters plus 4/3 of the UTF-8 plaintext length. Only the canonical
encoding is accepted (one blob, one token string). The caller's
associated data should name the field's context (table, column, row identity), built
with :func:`field_aad`, so a token copied to another row or column fails to decrypt.
"""

from __future__ import annotations

import base64
import binascii
import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from proxy.crypto.errors import DecryptError
from proxy.crypto.keyring import KEY_BYTES, MasterKey

__all__ = [
    "DEK_WRAP_VERSION",
    "TOKEN_VERSION",
    "decode_token",
    "encode_token",
    "field_aad",
    "open_token",
    "seal",
    "unwrap_dek",
    "wrap_dek",
]

DEK_WRAP_VERSION = 1
TOKEN_VERSION = 1
NONCE_BYTES = 12
TAG_BYTES = 16
_HEADER = struct.Struct(">BI")  # version, dek_id
MAX_DEK_ID = 2**32 - 1
_WRAPPED_LEN = 1 + NONCE_BYTES + KEY_BYTES + TAG_BYTES
_B64_URL_TO_STD = bytes.maketrans(b"-_", b"+/")


def _wrap_aad(kek_id: str, slot: str) -> bytes:
    return b"jianhu.dek.v1\x00" + kek_id.encode("ascii") + b"\x00" + slot.encode("utf-8")


def wrap_dek(kek: MasterKey, dek: bytes, slot: str) -> bytes:
    """Encrypt data key ``dek`` under master key ``kek`` for row ``slot``."""
    nonce = os.urandom(NONCE_BYTES)
    return bytes([DEK_WRAP_VERSION]) + nonce + AESGCM(kek.key).encrypt(nonce, dek, _wrap_aad(kek.kid, slot))


def unwrap_dek(kek: MasterKey, wrapped: bytes, slot: str) -> bytes:
    """Inverse of :func:`wrap_dek`; :class:`DecryptError` if the blob or binding is wrong."""
    if len(wrapped) != _WRAPPED_LEN or wrapped[0] != DEK_WRAP_VERSION:
        raise DecryptError("wrapped data key has an unknown format")
    nonce, body = wrapped[1 : 1 + NONCE_BYTES], wrapped[1 + NONCE_BYTES :]
    try:
        return AESGCM(kek.key).decrypt(nonce, body, _wrap_aad(kek.kid, slot))
    except InvalidTag:
        raise DecryptError(f"wrapped data key failed authentication under master key {kek.kid}") from None


def field_aad(*parts: str | int | bytes) -> bytes:
    """Canonical associated data for a field: each part length-prefixed, so
    ``("a", "bc")`` and ``("ab", "c")`` differ. E.g. ``field_aad("exchanges",
    "request_text", request_id)``."""
    out = bytearray()
    for part in parts:
        raw = part if isinstance(part, bytes) else str(part).encode("utf-8")
        out += struct.pack(">I", len(raw)) + raw
    return bytes(out)


def seal(aead: AESGCM, dek_id: int, plaintext: bytes, aad: bytes) -> bytes:
    """The binary token for ``plaintext`` under data key ``dek_id``."""
    header = _HEADER.pack(TOKEN_VERSION, dek_id)
    nonce = os.urandom(NONCE_BYTES)
    return header + nonce + aead.encrypt(nonce, plaintext, header + aad)


def open_token(aead: AESGCM, blob: bytes, aad: bytes) -> bytes:
    """The plaintext of binary token ``blob`` (already checked by :func:`decode_token`)."""
    split = _HEADER.size + NONCE_BYTES
    header, nonce, body = blob[: _HEADER.size], blob[_HEADER.size : split], blob[split:]
    try:
        return aead.decrypt(nonce, body, header + aad)
    except InvalidTag:
        raise DecryptError("token failed authentication (tampered, wrong context or wrong key)") from None


def encode_token(blob: bytes) -> str:
    return base64.urlsafe_b64encode(blob).rstrip(b"=").decode("ascii")


def decode_token(token: str) -> tuple[int, bytes]:
    """``(dek_id, blob)`` of a token string; :class:`DecryptError` if malformed."""
    try:
        raw = token.encode("ascii").translate(_B64_URL_TO_STD)
        blob = base64.b64decode(raw + b"=" * (-len(raw) % 4), validate=True)
    except (UnicodeEncodeError, binascii.Error, ValueError):
        raise DecryptError("token is not URL-safe base64") from None
    if encode_token(blob) != token:  # e.g. altered padding bits: one blob, one token
        raise DecryptError("token is not canonical URL-safe base64")
    if len(blob) < _HEADER.size + NONCE_BYTES + TAG_BYTES:
        raise DecryptError("token is too short")
    version, dek_id = _HEADER.unpack_from(blob)
    if version != TOKEN_VERSION:
        raise DecryptError(f"token version {version} is not supported")
    return dek_id, blob
