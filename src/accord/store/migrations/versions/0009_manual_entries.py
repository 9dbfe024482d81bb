"""The follow-up desk: desk officers' manual entries with their provenance, attached files kept
by hash, and an audit value long enough for an owner's name.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.alter_column("value", existing_type=sa.String(50), type_=sa.Text(), existing_nullable=True)
    op.create_table(
        "attachments",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("stored_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachments")),
    )
    op.create_table(
        "manual_entries",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("entered_by", sa.String(200), nullable=False),
        sa.Column("entered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("attachment", sa.String(64), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdrawn_by", sa.String(200), nullable=True),
        sa.Column("withdrawn_why", sa.Text(), nullable=True),
        sa.Column("superseded_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE",
                                name=op.f("fk_manual_entries_article_id_articles")),
        sa.ForeignKeyConstraint(["attachment"], ["attachments.sha256"], ondelete="RESTRICT",
                                name=op.f("fk_manual_entries_attachment_attachments")),
        sa.ForeignKeyConstraint(["superseded_by"], ["articles.id"], ondelete="SET NULL",
                                name=op.f("fk_manual_entries_superseded_by_articles")),
        sa.PrimaryKeyConstraint("article_id", name=op.f("pk_manual_entries")),
    )


def downgrade() -> None:
    op.drop_table("manual_entries")
    op.drop_table("attachments")
    with op.batch_alter_table("audit_log") as batch:
        batch.alter_column("value", existing_type=sa.Text(), type_=sa.String(50), existing_nullable=True)
