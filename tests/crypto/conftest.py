"""Crypto fixtures: a migrated real database (SQLite file or PostgreSQL schema) and keys."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from proxy.crypto import FieldCipher, Keyring, MasterKey, SubjectKeyStore
from proxy.storage import make_engine, upgrade


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def master() -> MasterKey:
    return MasterKey("k2026a", bytes(range(32)))


@pytest.fixture
def keyring(master: MasterKey) -> Keyring:
    return Keyring([master])


@pytest.fixture
def keys(engine: Engine, keyring: Keyring) -> SubjectKeyStore:
    return SubjectKeyStore(engine, keyring)


@pytest.fixture
def cipher(keys: SubjectKeyStore) -> FieldCipher:
    return FieldCipher(keys)
