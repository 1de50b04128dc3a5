"""Review queue, complaints, policy versions and assessments (issue 7).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.add_column("exchanges", sa.Column("reference", sa.String(16), nullable=True))
    op.create_index("ix_exchanges_reference", "exchanges", ["reference"])
    _backfill_references(op.get_bind())
    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("public_id", sa.String(24), nullable=False, unique=True),
        sa.Column("reference", sa.String(16), nullable=False),
        sa.Column("robot_id", sa.String(32), sa.ForeignKey("robots.robot_id"), nullable=False),
        sa.Column("exchange_id", sa.Integer, nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("contact", sa.Text, nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_complaints_robot_id", "complaints", ["robot_id"])
    op.create_index("ix_complaints_created_at", "complaints", ["created_at"])
    op.create_table(
        "review_items",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("robot_id", sa.String(32), nullable=False),
        sa.Column("source", sa.String(12), nullable=False),
        sa.Column("exchange_id", sa.Integer, nullable=True),
        sa.Column("complaint_id", sa.Integer, sa.ForeignKey("complaints.id"), nullable=True),
        sa.Column("event_id", sa.Integer, nullable=True),
        sa.Column("action", sa.String(10), nullable=True),
        sa.Column("category", sa.String(60), nullable=False),
        sa.Column("categories", sa.JSON, nullable=False),
        sa.Column("severity", sa.Integer, nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("escalation", sa.String(12), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("resolved_at", TS, nullable=True),
        sa.Column("resolved_by", sa.String(100), nullable=True),
    )
    op.create_index("ix_review_items_exchange_id", "review_items", ["exchange_id"])
    op.create_index("ix_review_items_robot_status", "review_items", ["robot_id", "status"])
    op.create_index("ix_review_items_queue", "review_items", ["status", "severity", "created_at"])
    op.create_table(
        "review_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("review_items.id"), nullable=False),
        sa.Column("robot_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=True),
        sa.Column("severity", sa.Integer, nullable=True),
        sa.Column("level", sa.String(12), nullable=True),
        sa.Column("note", sa.Text, nullable=True),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_review_events_item_id", "review_events", ["item_id"])
    op.create_index("ix_review_events_robot_id", "review_events", ["robot_id"])
    op.create_table(
        "policy_versions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("policy_versions.id"), nullable=True),
        sa.Column("base_policy_id", sa.Integer, sa.ForeignKey("policies.id"), nullable=True),
        sa.Column("policy_id", sa.Integer, sa.ForeignKey("policies.id"), nullable=True),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("author", sa.String(100), nullable=False),
        sa.Column("note", sa.String(500), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("published_at", TS, nullable=True),
        sa.Column("published_by", sa.String(100), nullable=True),
    )
    op.create_index("ix_policy_versions_name", "policy_versions", ["name"])
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("robot_id", sa.String(32), sa.ForeignKey("robots.robot_id"), nullable=False),
        sa.Column("period_from", TS, nullable=False),
        sa.Column("period_to", TS, nullable=False),
        sa.Column("grade", sa.String(16), nullable=False),
        sa.Column("report", sa.JSON, nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_assessments_robot_id", "assessments", ["robot_id"])


def _backfill_references(conn: sa.Connection) -> None:
    """Give the exchanges recorded before this revision their reference codes."""
    from proxy.reference import reference_code

    ex = sa.table("exchanges", sa.column("id"), sa.column("request_id"), sa.column("reference"))
    rows = conn.execute(sa.select(ex.c.id, ex.c.request_id)).all()
    for row in rows:
        conn.execute(sa.update(ex).where(ex.c.id == row.id).values(reference=reference_code(row.request_id)))


def downgrade() -> None:
    op.drop_table("assessments")
    op.drop_table("policy_versions")
    op.drop_table("review_events")
    op.drop_table("review_items")
    op.drop_table("complaints")
    op.drop_index("ix_exchanges_reference", "exchanges")
    with op.batch_alter_table("exchanges") as batch:
        batch.drop_column("reference")
