"""Field encryption against the real database: round trips, tampering, context binding."""

from __future__ import annotations

import base64
import threading

import pytest
from sqlalchemy import Engine, select

from proxy.crypto import CryptoError, DecryptError, FieldCipher, Keyring, MasterKey, UnknownKeyError, field_aad
from proxy.storage.tables import metadata

TEXT = "我的身份证号是440304199001011234，电话13800138000"
SUBJECT = "citizen-7f3a9c"
AAD = field_aad("exchanges", "request_text", "req-1")


def test_round_trip(cipher: FieldCipher) -> None:
    for subject in (SUBJECT, None, ""):
        for text in (TEXT, "", "a", "🙂" * 1000):
            token = cipher.encrypt(text, subject, AAD)
            assert token.isascii() and len(token) >= 44
            assert cipher.decrypt(token, AAD) == text


def test_only_the_canonical_encoding_of_a_token_is_accepted(cipher: FieldCipher) -> None:
    for i in range(8):
        aad = field_aad("t", "c", i)
        token = cipher.encrypt("x" * i, SUBJECT, aad)  # lengths with and without spare bits
        for c in "ABCDEFGHIJKLMNOP":
            if c != token[-1]:
                with pytest.raises(DecryptError):
                    cipher.decrypt(token[:-1] + c, aad)


def test_each_encryption_uses_a_fresh_nonce(cipher: FieldCipher) -> None:
    assert cipher.encrypt(TEXT, SUBJECT, AAD) != cipher.encrypt(TEXT, SUBJECT, AAD)


def test_a_new_cipher_on_the_same_database_decrypts(cipher: FieldCipher, engine: Engine, keyring: Keyring) -> None:
    token = cipher.encrypt(TEXT, SUBJECT, AAD)
    assert FieldCipher.from_engine(engine, keyring).decrypt(token, AAD) == TEXT


def test_subjects_get_separate_data_keys_and_no_subject_shares_the_system_key(cipher: FieldCipher) -> None:
    ids = {s: cipher.keys.data_key(s)[0] for s in ("a", "b", None, "")}
    assert ids["a"] != ids["b"] and ids[None] == ids[""] not in (ids["a"], ids["b"])
    assert cipher.keys.data_key("a")[0] == ids["a"]


def test_every_tampered_byte_is_detected(cipher: FieldCipher) -> None:
    token = cipher.encrypt(TEXT, SUBJECT, AAD)
    blob = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    for i in range(len(blob)):
        bad = bytearray(blob)
        bad[i] ^= 0x01
        bad_token = base64.urlsafe_b64encode(bytes(bad)).decode().rstrip("=")
        with pytest.raises(CryptoError):  # body: DecryptError; dek id byte: another or unknown key
            cipher.decrypt(bad_token, AAD)


def test_tampered_ciphertext_and_truncation_fail_authentication(cipher: FieldCipher) -> None:
    token = cipher.encrypt(TEXT, SUBJECT, AAD)
    mid = len(token) // 2
    flipped = token[:mid] + ("A" if token[mid] != "A" else "B") + token[mid + 1 :]
    for bad in (flipped, token[:-4], token[:20], token + "AAAA"):
        with pytest.raises(DecryptError):
            cipher.decrypt(bad, AAD)


@pytest.mark.parametrize("bad", ["", "%%%", "短", "AQ", "Ag" + "A" * 60, "AQ+/" + "A" * 60])
def test_malformed_tokens_raise_decrypt_error(cipher: FieldCipher, bad: str) -> None:
    with pytest.raises(DecryptError):
        cipher.decrypt(bad, AAD)


@pytest.mark.parametrize(
    "other",
    [
        field_aad("exchanges", "request_text", "req-2"),  # another row
        field_aad("exchanges", "response_text", "req-1"),  # another column
        field_aad("exchange", "srequest_text", "req-1"),  # same bytes concatenated, other split
        b"",
    ],
    ids=["other-row", "other-column", "other-split", "empty"],
)
def test_token_moved_to_another_context_fails(cipher: FieldCipher, other: bytes) -> None:
    token = cipher.encrypt(TEXT, SUBJECT, AAD)
    with pytest.raises(DecryptError):
        cipher.decrypt(token, other)


def test_token_naming_an_unknown_data_key_fails(cipher: FieldCipher) -> None:
    token = cipher.encrypt(TEXT, SUBJECT, AAD)
    blob = bytearray(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    blob[1:5] = (123456).to_bytes(4, "big")
    with pytest.raises(UnknownKeyError, match="123456"):
        cipher.decrypt(base64.urlsafe_b64encode(bytes(blob)).decode().rstrip("="), AAD)


def test_index_key_row_is_never_usable_as_a_data_key(cipher: FieldCipher, engine: Engine) -> None:
    from proxy.crypto.subject_keys import INDEX_SLOT
    from proxy.storage.tables import subject_keys

    cipher.encrypt(TEXT, SUBJECT, AAD)
    with engine.connect() as conn:
        index_id = conn.execute(select(subject_keys.c.id).where(subject_keys.c.subject == INDEX_SLOT)).scalar_one()
    with pytest.raises(UnknownKeyError):
        cipher.keys.key_by_id(index_id)


def test_database_holds_no_plaintext_no_subject_id_and_no_key(
    cipher: FieldCipher, engine: Engine, master: MasterKey
) -> None:
    subjects = ["citizen-7f3a9c", "居民-张三"]
    tokens = [cipher.encrypt(TEXT, s, field_aad("t", "c", i)) for i, s in enumerate(subjects)]
    assert all(cipher.decrypt(t, field_aad("t", "c", i)) == TEXT for i, t in enumerate(tokens))
    dump: list[str] = []
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            for row in conn.execute(select(table)):
                dump.extend(v.hex() if isinstance(v, bytes) else str(v) for v in row)
    text = "\n".join(dump)
    secrets_ = [TEXT, master.key.hex(), base64.b64encode(master.key).decode(), *subjects]
    assert dump and not any(s in text for s in secrets_)
    assert not any(s.encode().hex() in text for s in subjects)


def test_errors_contain_no_plaintext_subject_or_key(cipher: FieldCipher, master: MasterKey) -> None:
    token = cipher.encrypt(TEXT, SUBJECT, AAD)
    messages = []
    for bad_token, aad in ((token, b"other"), (token[:-2] + "xx", AAD), (token[:10], AAD)):
        with pytest.raises(CryptoError) as err:
            cipher.decrypt(bad_token, aad)
        messages.append(str(err.value) + repr(err.value))
    cipher.keys.destroy(SUBJECT)
    with pytest.raises(CryptoError) as err:
        cipher.decrypt(token, AAD)
    messages.append(str(err.value) + repr(err.value))
    for m in messages:
        assert TEXT not in m and SUBJECT not in m and token not in m
        assert master.key.hex() not in m and base64.b64encode(master.key).decode() not in m


def test_concurrent_use_from_threads(cipher: FieldCipher) -> None:
    failures: list[BaseException] = []

    def worker(n: int) -> None:
        try:
            for i in range(50):
                aad = field_aad("t", "c", n, i)
                subject = f"s{i % 5}"
                assert cipher.decrypt(cipher.encrypt(f"{TEXT}{n}-{i}", subject, aad), aad) == f"{TEXT}{n}-{i}"
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert len({cipher.keys.data_key(f"s{i}")[0] for i in range(5)}) == 5
