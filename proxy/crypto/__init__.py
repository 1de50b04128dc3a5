"""Encryption at rest for personal data: envelope encryption with per-subject keys.

Master keys (:mod:`.keyring`) wrap per-data-subject data keys (:mod:`.subject_keys`,
table ``subject_keys``); data keys encrypt field values with AES-256-GCM
(:mod:`.cipher`, formats in :mod:`.envelope`). Destroying a subject's data key
crypto-shreds all of that subject's records; rotating the master key re-wraps the data
keys only.
"""

from proxy.crypto.cipher import FieldCipher
from proxy.crypto.envelope import field_aad
from proxy.crypto.errors import CryptoError, DecryptError, KeyConfigError, KeyDestroyedError, UnknownKeyError
from proxy.crypto.keyring import Keyring, MasterKey, load_key_file, load_keyring, new_master_key, write_key_file
from proxy.crypto.subject_keys import SYSTEM_SLOT, SubjectKeyStore, rotate_keys

__all__ = [
    "SYSTEM_SLOT",
    "CryptoError",
    "DecryptError",
    "FieldCipher",
    "KeyConfigError",
    "KeyDestroyedError",
    "Keyring",
    "MasterKey",
    "SubjectKeyStore",
    "UnknownKeyError",
    "field_aad",
    "load_key_file",
    "load_keyring",
    "new_master_key",
    "rotate_keys",
    "write_key_file",
]
