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
    false,
)

__all__ = [
    "access_log",
    "admin_tokens",
    "api_keys",
    "assessments",
    "audit_chain_anchors",
    "audit_chain_heads",
    "complaints",
    "consent_events",
    "consents",
    "exchanges",
    "metadata",
    "policies",
    "policy_versions",
    "review_events",
    "review_items",
    "robot_events",
    "robot_guardians",
    "robots",
    "sessions",
    "subject_keys",
    "users",
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


# -- Console accounts, guardians, access log, registry, retention (issue 7; migration 0005) --

#: People and service accounts of the console and the admin API (``proxy.auth``).
#: ``password_hash`` is argon2id; NULL for a token-only service account.
users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("display_name", String(100), nullable=False),
    Column("role", String(20), nullable=False),
    Column("department", String(100), nullable=True),
    Column("password_hash", String(200), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("disabled_at", DateTime(timezone=True), nullable=True),
)

#: Console sessions: only the SHA-256 of the cookie value is stored.
sessions = Table(
    "sessions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False, index=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)

#: Guardians of each robot (measures 6.1(c): one or more per robot).
robot_guardians = Table(
    "robot_guardians",
    metadata,
    Column("robot_id", String(32), ForeignKey("robots.robot_id"), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id"), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_robot_guardians_user", "user_id"),
)

#: Who read what: every decrypted transcript view, export and other sensitive read.
access_log = Table(
    "access_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("actor", String(100), nullable=False),
    Column("role", String(20), nullable=False),
    Column("action", String(40), nullable=False),
    Column("robot_id", String(32), nullable=True, index=True),
    Column("detail", JSON, nullable=False),
)

#: Retention purge points: the last purged record of a chain, where verification restarts.
audit_chain_anchors = Table(
    "audit_chain_anchors",
    metadata,
    Column("chain", String(32), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
    Column("purged_at", DateTime(timezone=True), nullable=False),
)

# Registry columns added to ``robots`` and ``admin_tokens`` by migration 0005.
robots.append_column(Column("scenario", String(100), nullable=True))
robots.append_column(Column("tier", String(40), nullable=True))
robots.append_column(Column("filing_number", String(40), nullable=True))
robots.append_column(Column("legal_hold", Boolean, nullable=False, server_default=false()))
robots.append_column(Column("onboarded_at", DateTime(timezone=True), nullable=True))
robots.append_column(Column("data_destroyed_at", DateTime(timezone=True), nullable=True))
#: A token of a user acts as that user; NULL: a bootstrap token (bureau_admin).
admin_tokens.append_column(Column("user_id", Integer, nullable=True, index=True))


# -- Review queue, complaints, policy versions, assessments (issue 7; migration 0006) --
# ``exchange_id`` columns carry no foreign key on purpose: the retention purge deletes
# audit records after 180 days, while review outcomes and complaints stay as evidence.

#: The short code a citizen quotes for one exchange (``proxy.reference``).
exchanges.append_column(Column("reference", String(16), nullable=True, index=True))

#: Complaints by citizens (measures 8.3). ``text`` and ``contact`` are encrypted like transcripts.
complaints = Table(
    "complaints",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("public_id", String(24), nullable=False, unique=True),
    Column("reference", String(16), nullable=False),
    Column("robot_id", String(32), ForeignKey("robots.robot_id"), nullable=False, index=True),
    Column("exchange_id", Integer, nullable=True),
    Column("text", Text, nullable=False),
    Column("contact", Text, nullable=True),
    Column("status", String(12), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
)

#: The review queue (measures 6.4(a)): flagged/blocked exchanges, complaints, anomaly alerts.
review_items = Table(
    "review_items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    # No foreign key, like exchanges.robot_id: queueing must never make an audit batch fail.
    Column("robot_id", String(32), nullable=False),
    Column("source", String(12), nullable=False),  # exchange | complaint | anomaly | manual
    Column("exchange_id", Integer, nullable=True, index=True),
    Column("complaint_id", Integer, ForeignKey("complaints.id"), nullable=True),
    Column("event_id", Integer, nullable=True),
    Column("action", String(10), nullable=True),
    Column("category", String(60), nullable=False),
    Column("categories", JSON, nullable=False),
    Column("severity", Integer, nullable=False),  # 1 low .. 4 critical
    Column("status", String(12), nullable=False),  # open | escalated | resolved
    Column("escalation", String(12), nullable=True),  # department | bureau
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("resolved_at", DateTime(timezone=True), nullable=True),
    Column("resolved_by", String(100), nullable=True),
    Index("ix_review_items_robot_status", "robot_id", "status"),
    Index("ix_review_items_queue", "status", "severity", "created_at"),
)

#: What reviewers did to an item: labels (verdict, severity, note), escalations, resolutions.
review_events = Table(
    "review_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("item_id", Integer, ForeignKey("review_items.id"), nullable=False, index=True),
    Column("robot_id", String(32), nullable=False, index=True),
    Column("kind", String(12), nullable=False),  # label | escalate | resolve | reopen
    Column("verdict", String(16), nullable=True),  # correct | false_positive | missed
    Column("severity", Integer, nullable=True),
    Column("level", String(12), nullable=True),
    Column("note", Text, nullable=True),
    Column("actor", String(100), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

#: Policy versions edited in the console (measures 8.1): author, parent, status, note.
#: ``policy_id`` is the ``policies`` row the version became when published.
policy_versions = Table(
    "policy_versions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False, index=True),
    Column("version", String(32), nullable=False),
    Column("document", Text, nullable=False),
    Column("parent_id", Integer, ForeignKey("policy_versions.id"), nullable=True),
    Column("base_policy_id", Integer, ForeignKey("policies.id"), nullable=True),
    Column("policy_id", Integer, ForeignKey("policies.id"), nullable=True),
    Column("status", String(12), nullable=False),  # draft | published | superseded
    Column("author", String(100), nullable=False),
    Column("note", String(500), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("published_at", DateTime(timezone=True), nullable=True),
    Column("published_by", String(100), nullable=True),
)

#: Generated assessment reports (measures 4.3, 4.4), kept as issued.
assessments = Table(
    "assessments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("robot_id", String(32), ForeignKey("robots.robot_id"), nullable=False, index=True),
    Column("period_from", DateTime(timezone=True), nullable=False),
    Column("period_to", DateTime(timezone=True), nullable=False),
    Column("grade", String(16), nullable=False),
    Column("report", JSON, nullable=False),
    Column("created_by", String(100), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)


# -- Consent registry (issue 6; migration 0004) --------------------------------------------

#: Consents of data subjects to personalization purposes (PIPL art. 14-16, measures
#: 2.5.2.3). ``subject`` is the subject's HMAC slot (as in ``subject_keys``), never the id.
#: The scope is one robot (``robot_id``) or one department (``department``). ``evidence``
#: is encrypted under the subject's data key (unreadable after erasure). ``active_key``
#: (SHA-256 of subject, scope, target and purpose) is set while the grant is current and
#: NULL once it is withdrawn or has lapsed: its unique constraint allows one current grant
#: per (subject, scope, purpose), also across replicas.
consents = Table(
    "consents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("consent_id", String(40), nullable=False, unique=True),
    Column("subject", String(64), nullable=False, index=True),
    Column("scope", String(12), nullable=False),
    Column("robot_id", String(32), nullable=True),
    Column("department", String(100), nullable=True),
    Column("purpose", String(40), nullable=False),
    Column("granted_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("channel", String(32), nullable=False),
    Column("evidence", Text, nullable=True),
    Column("granted_by", String(100), nullable=False),
    Column("withdrawn_at", DateTime(timezone=True), nullable=True),
    Column("withdrawn_by", String(100), nullable=True),
    Column("withdraw_reason", String(40), nullable=True),
    Column("active_key", String(64), nullable=True, unique=True),
)

#: Every consent change and every rights request (grant, renewal, withdrawal, refusal,
#: export, erasure), with who did it; codes and names only, never personal data.
consent_events = Table(
    "consent_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("subject", String(64), nullable=True, index=True),
    Column("consent_id", String(40), nullable=True),
    Column("robot_id", String(32), nullable=True),
    Column("event", String(40), nullable=False),
    Column("actor", String(100), nullable=False),
    Column("detail", JSON, nullable=False),
)
