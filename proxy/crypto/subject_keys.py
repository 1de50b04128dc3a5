"""Per-data-subject data keys (DEKs), stored wrapped in ``subject_keys``.

One row per *slot*. A slot is one of

* ``HMAC-SHA256(index key, subject id)`` as 64 hex digits: the data key of one data
  subject (the pseudonymous subject id is never stored);
* ``!system``: the data key for records with no subject (``subject`` None or "");
* ``!index``: the random 32-byte *index key* for that HMAC. It is wrapped like a data
  key rather than derived from a master key, so rotating the master key does not change
  any subject's slot. It is never used to encrypt data.

``wrapped_dek`` has the format of :func:`proxy.crypto.envelope.wrap_dek`; ``kek_id``
names the master key that wraps it. ``destroy(subject)`` clears ``subject``, ``kek_id``
and ``wrapped_dek`` and sets ``destroyed_at`` (crypto-shredding): tokens under that
key then raise :class:`KeyDestroyedError`. A later ``encrypt`` for the same subject
gets a new data key; the old records stay unreadable.

Unwrapped keys are cached in memory (LRU, ``max_cached`` entries). A cached entry is
rechecked against the database after ``cache_ttl_s``, so a key destroyed by another
process stops working here within that time at the latest. A process that destroys keys
announces it (``proxy.shredding``: the shared state's ``data_keys_destroyed`` event) and
every replica calls :meth:`SubjectKeyStore.evict` at once. Each eviction bumps a
generation counter; a database read that raced an eviction is used for that one call
but not cached, so an announcement cannot be undone by a lookup already in flight.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from proxy.crypto.envelope import MAX_DEK_ID, unwrap_dek, wrap_dek
from proxy.crypto.errors import KeyDestroyedError, UnknownKeyError
from proxy.crypto.keyring import KEY_BYTES, Keyring, MasterKey
from proxy.storage.tables import subject_keys as sk

__all__ = ["INDEX_SLOT", "SYSTEM_SLOT", "SubjectKeyStore", "rotate_keys"]

SYSTEM_SLOT = "!system"
INDEX_SLOT = "!index"
_ROTATE_BATCH = 500


@dataclass(slots=True)
class _Entry:
    dek_id: int
    slot: str
    aead: AESGCM
    checked_at: float


def _now() -> datetime:
    return datetime.now(UTC)


class SubjectKeyStore:
    """Get-or-create, look up, destroy and re-wrap data keys. Thread-safe."""

    def __init__(
        self, engine: Engine, keyring: Keyring, *, cache_ttl_s: float = 60.0, max_cached: int = 10_000
    ) -> None:
        if max_cached < 1:
            raise ValueError("max_cached must be at least 1")
        self.engine = engine
        self._keyring = keyring
        self._ttl = cache_ttl_s
        self._max = max_cached
        self._lock = threading.Lock()
        self._by_id: OrderedDict[int, _Entry] = OrderedDict()
        self._by_slot: dict[str, int] = {}
        self._index_key: bytes | None = None
        self._generation = 0  # bumped by every eviction: in-flight reads are not cached

    @property
    def keyring(self) -> Keyring:
        return self._keyring

    @property
    def cached(self) -> int:
        """Number of unwrapped data keys held in memory."""
        with self._lock:
            return len(self._by_id)

    # -- slots -------------------------------------------------------------------------

    def slot_for(self, subject: str | None) -> str:
        """The stored ``subject`` value for a subject id (HMAC), or ``!system``."""
        if not subject:
            return SYSTEM_SLOT
        return hmac.digest(self._index(), subject.encode("utf-8"), "sha256").hex()

    def _index(self) -> bytes:
        key = self._index_key
        if key is None:
            _, key = self._get_or_create(INDEX_SLOT, None)
            self._index_key = key  # every caller gets the same row, so a race is harmless
        return key

    # -- data keys ---------------------------------------------------------------------

    def data_key(self, subject: str | None, robot_id: str | None = None) -> tuple[int, AESGCM]:
        """``(dek_id, cipher)`` to encrypt data of ``subject``, created on first use.
        ``robot_id`` is recorded on creation only (which robot first saw the subject)."""
        slot = self.slot_for(subject)
        now = time.monotonic()
        with self._lock:
            dek_id = self._by_slot.get(slot)
            entry = self._by_id.get(dek_id) if dek_id is not None else None
            if entry is not None and now - entry.checked_at <= self._ttl:
                self._by_id.move_to_end(entry.dek_id)
                return entry.dek_id, entry.aead
            generation = self._generation
        dek_id, dek = self._get_or_create(slot, robot_id)
        aead = AESGCM(dek)
        self._remember(_Entry(dek_id, slot, aead, now), generation)
        return dek_id, aead

    def key_by_id(self, dek_id: int) -> AESGCM:
        """The cipher of data key ``dek_id`` (from a token), for decryption."""
        now = time.monotonic()
        with self._lock:
            entry = self._by_id.get(dek_id)
            if entry is not None and now - entry.checked_at <= self._ttl:
                self._by_id.move_to_end(dek_id)
                return entry.aead
            generation = self._generation
        with self.engine.connect() as conn:
            row = conn.execute(select(sk.c.subject, sk.c.kek_id, sk.c.wrapped_dek).where(sk.c.id == dek_id)).first()
        if row is None or row.subject == INDEX_SLOT:
            self._forget(dek_id)
            raise UnknownKeyError(f"data key {dek_id} does not exist")
        if row.wrapped_dek is None:
            self._forget(dek_id)
            raise KeyDestroyedError(f"data key {dek_id} was destroyed; the record is erased")
        aead = AESGCM(unwrap_dek(self._keyring.get(row.kek_id), row.wrapped_dek, row.subject))
        self._remember(_Entry(dek_id, row.subject, aead, now), generation)
        return aead

    def destroy(self, subject: str) -> bool:
        """Crypto-shred ``subject``'s data key (shared by all robots); True if there was one.
        Evicted here; other processes must be told (``proxy.shredding.announce``)."""
        if not subject:
            raise ValueError("the system data key cannot be destroyed")
        slot = self.slot_for(subject)
        with self.engine.begin() as conn:
            ids = [r[0] for r in conn.execute(select(sk.c.id).where(sk.c.subject == slot))]
            if ids:
                conn.execute(
                    update(sk)
                    .where(sk.c.id.in_(ids))
                    .values(subject=None, kek_id=None, wrapped_dek=None, destroyed_at=_now())
                )
        self.evict(ids, (slot,))
        return bool(ids)

    def evict(self, ids: Iterable[int] = (), slots: Iterable[str] = ()) -> int:
        """Drop cached keys by id and by slot (a destroyed key, announced by another
        process); the next use reads the database. Returns the number dropped."""
        drop_ids, drop_slots = set(ids), set(slots)
        with self._lock:
            self._generation += 1
            if drop_slots:
                drop_ids |= {i for i, e in self._by_id.items() if e.slot in drop_slots}
            dropped = 0
            for dek_id in drop_ids:
                entry = self._by_id.pop(dek_id, None)
                if entry is not None:
                    dropped += 1
                    if self._by_slot.get(entry.slot) == dek_id:
                        del self._by_slot[entry.slot]
            for slot in drop_slots:
                self._by_slot.pop(slot, None)
        return dropped

    # -- rotation ----------------------------------------------------------------------

    def rotate(self, new_master: MasterKey | None = None) -> int:
        """Re-wrap every live data key (and the index key) under the active master key,
        after making ``new_master`` the active one if given. Record tokens are untouched.
        Returns the number of keys re-wrapped; safe to rerun and to run concurrently."""
        if new_master is not None:
            with self._lock:
                self._keyring = self._keyring.with_active(new_master)
        keyring = self._keyring
        active = keyring.active
        count, last_id = 0, 0
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(sk.c.id, sk.c.subject, sk.c.kek_id, sk.c.wrapped_dek)
                    .where(sk.c.wrapped_dek.is_not(None), sk.c.kek_id != active.kid, sk.c.id > last_id)
                    .order_by(sk.c.id)
                    .limit(_ROTATE_BATCH)
                ).all()
            if not rows:
                return count
            with self.engine.begin() as conn:
                for row in rows:
                    dek = unwrap_dek(keyring.get(row.kek_id), row.wrapped_dek, row.subject)
                    result = conn.execute(
                        update(sk)
                        .where(sk.c.id == row.id, sk.c.kek_id == row.kek_id)
                        .values(kek_id=active.kid, wrapped_dek=wrap_dek(active, dek, row.subject))
                    )
                    count += result.rowcount
            last_id = rows[-1].id

    def kek_usage(self) -> dict[str, int]:
        """Live wrapped keys per master key id. A master key that is not the active one
        and has no entry here can be removed from the keyring."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(sk.c.kek_id, func.count()).where(sk.c.wrapped_dek.is_not(None)).group_by(sk.c.kek_id)
            ).all()
        return {kid: n for kid, n in rows}

    # -- internals ---------------------------------------------------------------------

    def _get_or_create(self, slot: str, robot_id: str | None) -> tuple[int, bytes]:
        """``(row id, unwrapped key)`` of the live key of ``slot``, inserting one if none."""
        found = self._select_slot(slot)
        if found is not None:
            return found
        dek = secrets.token_bytes(KEY_BYTES)
        active = self._keyring.active
        try:
            with self.engine.begin() as conn:
                dek_id = conn.execute(
                    insert(sk)
                    .values(
                        subject=slot,
                        robot_id=robot_id,
                        kek_id=active.kid,
                        wrapped_dek=wrap_dek(active, dek, slot),
                        created_at=_now(),
                    )
                    .returning(sk.c.id)
                ).scalar_one()
        except IntegrityError:  # another process created it first
            found = self._select_slot(slot)
            if found is None:
                raise
            return found
        if dek_id > MAX_DEK_ID:
            raise UnknownKeyError(f"data key id {dek_id} exceeds the token format")
        return dek_id, dek

    def _select_slot(self, slot: str) -> tuple[int, bytes] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(sk.c.id, sk.c.kek_id, sk.c.wrapped_dek).where(sk.c.subject == slot)).first()
        if row is None:
            return None
        return int(row.id), unwrap_dek(self._keyring.get(row.kek_id), row.wrapped_dek, slot)

    def _remember(self, entry: _Entry, generation: int | None = None) -> None:
        with self._lock:
            if generation is not None and generation != self._generation:
                return  # an eviction was announced while this key was read: use it once, do not cache
            old = self._by_id.pop(entry.dek_id, None)
            if old is not None and self._by_slot.get(old.slot) == old.dek_id:
                del self._by_slot[old.slot]
            self._by_id[entry.dek_id] = entry
            self._by_slot[entry.slot] = entry.dek_id
            while len(self._by_id) > self._max:
                _, evicted = self._by_id.popitem(last=False)
                if self._by_slot.get(evicted.slot) == evicted.dek_id:
                    del self._by_slot[evicted.slot]

    def _forget(self, dek_id: int) -> None:
        with self._lock:
            entry = self._by_id.pop(dek_id, None)
            if entry is not None and self._by_slot.get(entry.slot) == dek_id:
                del self._by_slot[entry.slot]


def rotate_keys(engine: Engine, keyring: Keyring) -> int:
    """Re-wrap all stored data keys under ``keyring.active``; the number re-wrapped.
    For the CLI: put the new key last in the key file, run this, then drop old keys
    that :meth:`SubjectKeyStore.kek_usage` no longer lists."""
    return SubjectKeyStore(engine, keyring).rotate()
