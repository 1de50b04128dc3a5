"""Errors of the encryption-at-rest layer.

    GuardrailError (proxy.errors)
    └── CryptoError                 base; 500, code ``crypto_error``
        ├── KeyConfigError          master key missing, malformed or badly protected (startup)
        ├── UnknownKeyError         a token or wrapped key names a key id we do not hold
        ├── KeyDestroyedError       the subject's data key was destroyed (crypto-shredded)
        └── DecryptError            malformed token, or authentication failed (tampering,
                                    wrong associated data, wrong key)

Messages name files, key ids and data-key row ids, which are not secret. They never
contain key material, plaintext, ciphertext or a raw data-subject id.
"""

from __future__ import annotations

from proxy.errors import GuardrailError

__all__ = ["CryptoError", "DecryptError", "KeyConfigError", "KeyDestroyedError", "UnknownKeyError"]


class CryptoError(GuardrailError):
    code = "crypto_error"


class KeyConfigError(CryptoError):
    code = "key_config"


class UnknownKeyError(CryptoError):
    code = "unknown_key"


class KeyDestroyedError(CryptoError):
    status = 410
    type = "invalid_request_error"
    code = "data_erased"


class DecryptError(CryptoError):
    code = "decrypt_failed"
