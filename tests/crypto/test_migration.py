"""Migration 0002 adds ``subject_keys`` and can be taken back."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, inspect

from proxy.storage import upgrade
from proxy.storage.db import MIGRATIONS_DIR


def test_subject_keys_migration_downgrades_and_upgrades_again(engine: Engine) -> None:
    assert "subject_keys" in inspect(engine).get_table_names()
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert "subject_keys" not in inspect(engine).get_table_names()
    upgrade(engine)
    assert "subject_keys" in inspect(engine).get_table_names()
