"""Table definitions (SQLAlchemy Core). Migrations in ``migrations/versions`` create the same."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

__all__ = [
    "admin_tokens",
    "api_keys",
    "audit_chain_heads",
    "exchanges",
    "metadata",
    "policies",
    "robot_events",
    "robots",
    "subject_keys",
]

metadata = MetaData()

policies = Table(
    "policies",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False),
    Column("version", String(32), nullable=False, unique=True),
    Column("document", Text, nullable=False),  # the YAML as submitted
    Column("created_at", DateTime(timezone=True), nullable=False),
)

robots = Table(
    "robots",
    metadata,
    Column("robot_id", String(32), primary_key=True),
    Column("name", String(100), nullable=False),
    Column("department", String(100), nullable=False),
    Column("robot_type", String(20), nullable=False),
    Column("model", String(200), nullable=False),
    Column("status", String(20), nullable=False),
    Column("policy_id", Integer, ForeignKey("policies.id"), nullable=False),
    Column("overrides", JSON, nullable=False),
    Column("serial_year", Integer, nullable=False),
    Column("serial", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_robots_serial", "serial_year", "serial", unique=True),
)

api_keys = Table(
    "api_keys",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("robot_id", String(32), ForeignKey("robots.robot_id"), nullable=False, index=True),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("prefix", String(16), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
)

admin_tokens = Table(
    "admin_tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("prefix", String(16), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
)

exchanges = Table(
    "exchanges",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("request_id", String(40), nullable=False, unique=True),
    Column("robot_id", String(32), nullable=True, index=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("endpoint", String(40), nullable=False),
    Column("stream", Boolean, nullable=False),
    Column("model", String(200), nullable=True),
    Column("subject_id", String(200), nullable=True),
    Column("policy_version", String(32), nullable=True),
    Column("action", String(10), nullable=False),
    Column("categories", JSON, nullable=False),
    Column("decisions", JSON, nullable=False),
    Column("status_code", Integer, nullable=False),
    Column("error_code", String(60), nullable=True),
    Column("upstream_status", Integer, nullable=True),
    Column("upstream_latency_ms", Float, nullable=True),
    Column("latency_ms", Float, nullable=False),
    Column("prompt_tokens", Integer, nullable=True),
    Column("completion_tokens", Integer, nullable=True),
    Column("request_text", Text, nullable=True),  # encrypted (proxy.crypto token)
    Column("response_text", Text, nullable=True),  # encrypted (proxy.crypto token)
    Column("chain", String(32), nullable=False),  # hash chain (proxy.storage.chain)
    Column("seq", Integer, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("record_hash", String(64), nullable=False),
    Index("ix_exchanges_robot_created", "robot_id", "created_at"),
    Index("ix_exchanges_chain_seq", "chain", "seq", unique=True),
)

audit_chain_heads = Table(
    "audit_chain_heads",
    metadata,
    Column("chain", String(32), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
)

robot_events = Table(
    "robot_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("robot_id", String(32), ForeignKey("robots.robot_id"), nullable=False, index=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("event", String(40), nullable=False),
    Column("actor", String(100), nullable=False),
    Column("detail", JSON, nullable=False),
)

# Per-data-subject data keys for encryption at rest (proxy.crypto). ``subject`` is an
# HMAC of the subject id (or a reserved slot name such as ``!system``), never the id;
# destroying a key (crypto-shredding) clears subject, kek_id and wrapped_dek.
subject_keys = Table(
    "subject_keys",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("subject", String(64), nullable=True, unique=True),
    Column("robot_id", String(32), nullable=True),
    Column("kek_id", String(32), nullable=True, index=True),
    Column("wrapped_dek", LargeBinary, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("destroyed_at", DateTime(timezone=True), nullable=True),
)
