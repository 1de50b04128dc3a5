"""Field encryption for the storage layer: strings in, tokens out.

A token (format in :mod:`proxy.crypto.envelope`) names its data key, so ``decrypt``
needs only the token and the same associated data that ``encrypt`` was given. Data
keys are cached unwrapped (see :class:`SubjectKeyStore`), so both calls cost a few
microseconds after the first use of a key. Thread-safe.

    cipher = FieldCipher(SubjectKeyStore(engine, load_keyring(settings)))
    aad = field_aad("exchanges", "request_text", request_id)
    token = cipher.encrypt(text, subject_id, aad)
    assert cipher.decrypt(token, aad) == text
"""

from __future__ import annotations

from sqlalchemy import Engine

from proxy.crypto.envelope import decode_token, encode_token, open_token, seal
from proxy.crypto.errors import DecryptError
from proxy.crypto.keyring import Keyring
from proxy.crypto.subject_keys import SubjectKeyStore

__all__ = ["FieldCipher"]


class FieldCipher:
    """Encrypt and decrypt one field value under its data subject's key."""

    __slots__ = ("keys",)

    def __init__(self, keys: SubjectKeyStore) -> None:
        self.keys = keys

    @classmethod
    def from_engine(cls, engine: Engine, keyring: Keyring, *, cache_ttl_s: float = 60.0) -> FieldCipher:
        return cls(SubjectKeyStore(engine, keyring, cache_ttl_s=cache_ttl_s))

    def encrypt(self, plaintext: str, subject: str | None, aad: bytes, *, robot_id: str | None = None) -> str:
        """Token for ``plaintext`` under ``subject``'s data key (the system key when
        ``subject`` is None or ""), bound to ``aad``."""
        dek_id, aead = self.keys.data_key(subject, robot_id)
        return encode_token(seal(aead, dek_id, plaintext.encode("utf-8"), aad))

    def decrypt(self, token: str, aad: bytes) -> str:
        """Plaintext of ``token``. Raises :class:`DecryptError` (malformed, tampered or
        wrong ``aad``), :class:`KeyDestroyedError` (subject erased) or
        :class:`UnknownKeyError`."""
        dek_id, blob = decode_token(token)
        raw = open_token(self.keys.key_by_id(dek_id), blob, aad)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise DecryptError("token plaintext is not UTF-8") from None
