"""Consent registry (issue 6): per-subject, per-purpose grants and withdrawals.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("consent_id", sa.String(40), nullable=False, unique=True),
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("scope", sa.String(12), nullable=False),
        sa.Column("robot_id", sa.String(32), nullable=True),
        sa.Column("department", sa.String(100), nullable=True),
        sa.Column("purpose", sa.String(40), nullable=False),
        sa.Column("granted_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("evidence", sa.Text, nullable=True),
        sa.Column("granted_by", sa.String(100), nullable=False),
        sa.Column("withdrawn_at", TS, nullable=True),
        sa.Column("withdrawn_by", sa.String(100), nullable=True),
        sa.Column("withdraw_reason", sa.String(40), nullable=True),
        sa.Column("active_key", sa.String(64), nullable=True, unique=True),
    )
    op.create_index("ix_consents_subject", "consents", ["subject"])
    op.create_table(
        "consent_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("subject", sa.String(64), nullable=True),
        sa.Column("consent_id", sa.String(40), nullable=True),
        sa.Column("robot_id", sa.String(32), nullable=True),
        sa.Column("event", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("detail", sa.JSON, nullable=False),
    )
    op.create_index("ix_consent_events_subject", "consent_events", ["subject"])


def downgrade() -> None:
    op.drop_table("consent_events")
    op.drop_table("consents")
