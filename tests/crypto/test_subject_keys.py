"""Per-subject data keys: crypto-shredding, master key rotation, concurrent creation."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import Engine, event, func, select

from proxy.crypto import (
    FieldCipher,
    KeyDestroyedError,
    Keyring,
    MasterKey,
    SubjectKeyStore,
    UnknownKeyError,
    field_aad,
    new_master_key,
    rotate_keys,
)
from proxy.storage.tables import subject_keys as sk

AAD = field_aad("exchanges", "request_text", "req-1")


def live_rows(engine: Engine) -> list[tuple[int, str | None, str | None]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(sk.c.id, sk.c.subject, sk.c.kek_id).order_by(sk.c.id))]


def test_destroy_makes_the_subjects_records_undecryptable(cipher: FieldCipher, engine: Engine) -> None:
    gone = cipher.encrypt("甲的记录", "alice", AAD)
    kept = cipher.encrypt("乙的记录", "bob", AAD)
    system = cipher.encrypt("系统记录", None, AAD)
    assert cipher.keys.destroy("alice") is True
    with pytest.raises(KeyDestroyedError):
        cipher.decrypt(gone, AAD)
    assert cipher.decrypt(kept, AAD) == "乙的记录" and cipher.decrypt(system, AAD) == "系统记录"
    with engine.connect() as conn:
        row = conn.execute(select(sk).where(sk.c.destroyed_at.is_not(None))).one()
    assert row.wrapped_dek is None and row.subject is None and row.kek_id is None
    assert cipher.keys.destroy("alice") is False  # nothing left to destroy


def test_destroyed_key_stays_destroyed_for_a_fresh_process(
    cipher: FieldCipher, engine: Engine, keyring: Keyring
) -> None:
    token = cipher.encrypt("甲的记录", "alice", AAD)
    other = FieldCipher.from_engine(engine, keyring, cache_ttl_s=0)
    assert other.decrypt(token, AAD) == "甲的记录"
    cipher.keys.destroy("alice")
    with pytest.raises(KeyDestroyedError):
        other.decrypt(token, AAD)  # rechecked (ttl 0) and found destroyed
    with pytest.raises(KeyDestroyedError):
        FieldCipher.from_engine(engine, keyring).decrypt(token, AAD)


def test_subject_gets_a_new_key_after_destroy(cipher: FieldCipher) -> None:
    old = cipher.encrypt("旧", "alice", AAD)
    cipher.keys.destroy("alice")
    new = cipher.encrypt("新", "alice", AAD)
    assert cipher.decrypt(new, AAD) == "新"
    with pytest.raises(KeyDestroyedError):
        cipher.decrypt(old, AAD)


def test_robot_id_is_recorded_when_the_key_is_created(cipher: FieldCipher, engine: Engine) -> None:
    cipher.encrypt("记录", "alice", AAD, robot_id="440304010000000011")
    cipher.encrypt("记录", "alice", AAD, robot_id="440304010000000099")
    with engine.connect() as conn:
        robots = conn.execute(select(sk.c.robot_id).where(sk.c.subject == cipher.keys.slot_for("alice"))).all()
    assert robots == [("440304010000000011",)]


@pytest.mark.parametrize("subject", ["", None])
def test_system_key_cannot_be_destroyed(cipher: FieldCipher, subject: str | None) -> None:
    with pytest.raises(ValueError):
        cipher.keys.destroy(subject)  # type: ignore[arg-type]


def test_rotation_rewraps_keys_and_old_tokens_decrypt_without_the_old_master(
    cipher: FieldCipher, engine: Engine, master: MasterKey
) -> None:
    texts = {s: f"{s} 的记录" for s in ("alice", "bob", "carol")}
    tokens = {s: cipher.encrypt(t, s, AAD) for s, t in texts.items()}
    system = cipher.encrypt("系统记录", None, AAD)
    cipher.keys.destroy("carol")
    with engine.connect() as conn:
        wrapped_before = dict(
            conn.execute(select(sk.c.id, sk.c.wrapped_dek).where(sk.c.wrapped_dek.is_not(None))).all()
        )
    assert cipher.keys.kek_usage() == {master.kid: 4}  # alice, bob, system, index key

    new = new_master_key("k2027a")
    assert cipher.keys.rotate(new) == 4
    assert cipher.keys.rotate() == 0  # idempotent
    assert cipher.keys.kek_usage() == {"k2027a": 4}
    with engine.connect() as conn:
        wrapped_after = dict(conn.execute(select(sk.c.id, sk.c.wrapped_dek).where(sk.c.wrapped_dek.is_not(None))).all())
    assert wrapped_after.keys() == wrapped_before.keys()
    assert all(wrapped_after[i] != wrapped_before[i] for i in wrapped_before)

    only_new = FieldCipher.from_engine(engine, Keyring([new]))
    for s in ("alice", "bob"):
        assert only_new.decrypt(tokens[s], AAD) == texts[s]
    assert only_new.decrypt(system, AAD) == "系统记录"
    with pytest.raises(KeyDestroyedError):
        only_new.decrypt(tokens["carol"], AAD)
    # the same subject still maps to the same key: the HMAC index key survived rotation
    assert only_new.keys.data_key("alice")[0] == cipher.keys.data_key("alice")[0]
    assert only_new.decrypt(only_new.encrypt("再次", "bob", AAD), AAD) == "再次"


def test_without_rotation_the_old_master_key_is_still_needed(cipher: FieldCipher, engine: Engine) -> None:
    token = cipher.encrypt("记录", "alice", AAD)
    with pytest.raises(UnknownKeyError, match="k2026a"):
        FieldCipher.from_engine(engine, Keyring([new_master_key("k2027a")])).decrypt(token, AAD)


def test_rotate_keys_for_the_cli_moves_keys_created_under_older_masters(engine: Engine, master: MasterKey) -> None:
    second = new_master_key("k2027a")
    SubjectKeyStore(engine, Keyring([master])).data_key("alice")
    SubjectKeyStore(engine, Keyring([master, second])).data_key("bob")  # already under the new key
    ring = Keyring([master, second])
    assert rotate_keys(engine, ring) == 2  # alice and the index key
    assert SubjectKeyStore(engine, ring).kek_usage() == {"k2027a": 3}
    assert rotate_keys(engine, ring.without("k2026a")) == 0


def test_concurrent_first_use_creates_one_key_per_subject(engine: Engine, keyring: Keyring) -> None:
    stores = [SubjectKeyStore(engine, keyring) for _ in range(6)]  # as if six processes
    results: list[tuple[str, int]] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def worker(store: SubjectKeyStore) -> None:
        try:
            for s in ("alice", "bob", None):
                dek_id, _ = store.data_key(s)
                with lock:
                    results.append((str(s), dek_id))
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=worker, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert len({dek for s, dek in results if s == "alice"}) == 1
    assert len({dek for s, dek in results if s == "bob"}) == 1
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(sk)).scalar() == 4


def test_stored_subject_is_a_keyed_hash(keys: SubjectKeyStore, engine: Engine) -> None:
    keys.data_key("alice")
    slots = {s for _, s, _ in live_rows(engine)}
    assert keys.slot_for("alice") in slots and "alice" not in slots
    assert len(keys.slot_for("alice")) == 64 and keys.slot_for("alice") != keys.slot_for("bob")


def test_cache_stays_bounded(engine: Engine, keyring: Keyring) -> None:
    store = SubjectKeyStore(engine, keyring, max_cached=3)
    ids = [store.data_key(f"s{i}")[0] for i in range(10)]
    assert store.cached == 3
    assert [store.data_key(f"s{i}")[0] for i in range(10)] == ids  # evicted keys reload


def test_an_announced_destruction_evicts_another_processes_cached_key(
    cipher: FieldCipher, engine: Engine, keyring: Keyring
) -> None:
    token = cipher.encrypt("甲的记录", "alice", AAD)
    kept = cipher.encrypt("乙的记录", "bob", AAD)
    other = FieldCipher.from_engine(engine, keyring, cache_ttl_s=3600)  # another replica, long cache
    assert other.decrypt(token, AAD) == "甲的记录" and other.decrypt(kept, AAD) == "乙的记录"
    slot = cipher.keys.slot_for("alice")
    assert cipher.keys.destroy("alice") is True
    assert other.decrypt(token, AAD) == "甲的记录"  # the stale cache this eviction exists for
    assert other.keys.evict(slots=[slot]) == 1
    with pytest.raises(KeyDestroyedError):
        other.decrypt(token, AAD)
    assert other.decrypt(kept, AAD) == "乙的记录"  # other subjects' keys stay cached


def test_evict_by_id_and_a_lookup_that_raced_an_eviction_is_not_cached(engine: Engine, keyring: Keyring) -> None:
    keys = SubjectKeyStore(engine, keyring, cache_ttl_s=3600)
    cipher = FieldCipher(keys)
    token = cipher.encrypt("甲的记录", "alice", AAD)
    dek_id, _ = keys.data_key("alice")
    assert keys.evict(ids=[dek_id]) == 1 and keys.evict(ids=[dek_id]) == 0
    # an eviction announced while the key is being read from the database: used once, not cached
    def evict_during_read(*args: object) -> None:
        keys.evict(slots=["an-unrelated-slot"])

    before = keys.cached
    event.listen(engine, "after_cursor_execute", evict_during_read)
    try:
        assert cipher.decrypt(token, AAD) == "甲的记录"
    finally:
        event.remove(engine, "after_cursor_execute", evict_during_read)
    assert keys.cached == before
    assert cipher.decrypt(token, AAD) == "甲的记录"
    assert keys.cached == before + 1
