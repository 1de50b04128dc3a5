"""Tamper-evident audit trail: per-robot hash chain columns and chain heads.

Revision ID: 0003
Revises: 0002
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exchanges") as batch:
        batch.add_column(sa.Column("chain", sa.String(32), nullable=False, server_default="-"))
        batch.add_column(sa.Column("seq", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("prev_hash", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("record_hash", sa.String(64), nullable=False, server_default=""))
    _backfill(op.get_bind())
    with op.batch_alter_table("exchanges") as batch:
        batch.alter_column("chain", server_default=None)
        batch.alter_column("seq", server_default=None)
        batch.alter_column("prev_hash", server_default=None)
        batch.alter_column("record_hash", server_default=None)
    op.create_index("ix_exchanges_chain_seq", "exchanges", ["chain", "seq"], unique=True)


def _backfill(conn: sa.Connection) -> None:
    """Chain the records written before this revision, in id order per robot."""
    from proxy.storage.chain import GENESIS, chain_of, record_hash

    ex = sa.table("exchanges", *(sa.column(c) for c in (
        "id", "request_id", "robot_id", "created_at", "endpoint", "stream", "model", "subject_id",
        "policy_version", "action", "categories", "decisions", "status_code", "error_code", "upstream_status",
        "upstream_latency_ms", "latency_ms", "prompt_tokens", "completion_tokens", "request_text",
        "response_text", "chain", "seq", "prev_hash", "record_hash")))
    heads: dict[str, tuple[int, str]] = {}
    rows = conn.execute(sa.select(ex).order_by(ex.c.id)).mappings().all()
    for row in rows:
        record = dict(row)
        for col in ("categories", "decisions"):
            if isinstance(record[col], str):
                record[col] = json.loads(record[col])
        chain = chain_of(record["robot_id"])
        seq, prev = heads.get(chain, (0, GENESIS))
        record.update(chain=chain, seq=seq + 1)
        digest = record_hash(prev, record)
        conn.execute(sa.update(ex).where(ex.c.id == row["id"]).values(
            chain=chain, seq=seq + 1, prev_hash=prev, record_hash=digest))
        heads[chain] = (seq + 1, digest)
    op.create_table(
        "audit_chain_heads",
        sa.Column("chain", sa.String(32), primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    heads_table = sa.table("audit_chain_heads", sa.column("chain"), sa.column("seq"), sa.column("hash"))
    if heads:
        conn.execute(sa.insert(heads_table), [{"chain": c, "seq": n, "hash": h} for c, (n, h) in heads.items()])


def downgrade() -> None:
    op.drop_table("audit_chain_heads")
    op.drop_index("ix_exchanges_chain_seq", "exchanges")
    with op.batch_alter_table("exchanges") as batch:
        for name in ("record_hash", "prev_hash", "seq", "chain"):
            batch.drop_column(name)
