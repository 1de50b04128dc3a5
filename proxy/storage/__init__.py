"""Storage: one SQLAlchemy layer over SQLite (default) or PostgreSQL."""

from proxy.storage.db import make_engine, upgrade
from proxy.storage.store import ROBOT_STATUSES, RobotRecord, Store, hash_secret

__all__ = ["ROBOT_STATUSES", "RobotRecord", "Store", "hash_secret", "make_engine", "upgrade"]
