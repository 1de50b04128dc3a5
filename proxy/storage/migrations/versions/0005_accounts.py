"""Console accounts and RBAC (issue 7): users, sessions, role tokens, guardians, robot registry fields.

Also the access log (who read which decrypted transcript) and the retention anchors of
the audit hash chains (``proxy.retention``).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(100), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("department", sa.String(100), nullable=True),
        sa.Column("password_hash", sa.String(200), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_sessions_user_id", "sessions", ["user_id"])
    op.create_table(
        "robot_guardians",
        sa.Column("robot_id", sa.String(32), sa.ForeignKey("robots.robot_id"), primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_robot_guardians_user", "robot_guardians", ["user_id"])
    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("robot_id", sa.String(32), nullable=True),
        sa.Column("detail", sa.JSON, nullable=False),
    )
    op.create_index("ix_access_log_created_at", "access_log", ["created_at"])
    op.create_index("ix_access_log_robot_id", "access_log", ["robot_id"])
    op.create_table(
        "audit_chain_anchors",
        sa.Column("chain", sa.String(32), primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("purged_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("robots") as batch:
        batch.add_column(sa.Column("scenario", sa.String(100), nullable=True))
        batch.add_column(sa.Column("tier", sa.String(40), nullable=True))
        batch.add_column(sa.Column("filing_number", sa.String(40), nullable=True))
        batch.add_column(sa.Column("legal_hold", sa.Boolean, nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("onboarded_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("data_destroyed_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("admin_tokens") as batch:
        batch.add_column(sa.Column("user_id", sa.Integer, nullable=True))
    op.create_index("ix_admin_tokens_user_id", "admin_tokens", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_admin_tokens_user_id", table_name="admin_tokens")
    with op.batch_alter_table("admin_tokens") as batch:
        batch.drop_column("user_id")
    with op.batch_alter_table("robots") as batch:
        for col in ("data_destroyed_at", "onboarded_at", "legal_hold", "filing_number", "tier", "scenario"):
            batch.drop_column(col)
    op.drop_table("audit_chain_anchors")
    op.drop_table("access_log")
    op.drop_table("robot_guardians")
    op.drop_table("sessions")
    op.drop_table("users")
