"""Per-data-subject data keys for encryption at rest (proxy.crypto).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "subject_keys",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("subject", sa.String(64), nullable=True, unique=True),
        sa.Column("robot_id", sa.String(32), nullable=True),
        sa.Column("kek_id", sa.String(32), nullable=True),
        sa.Column("wrapped_dek", sa.LargeBinary, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("destroyed_at", TS, nullable=True),
    )
    op.create_index("ix_subject_keys_kek_id", "subject_keys", ["kek_id"])


def downgrade() -> None:
    op.drop_table("subject_keys")
