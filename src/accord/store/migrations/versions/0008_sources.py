"""Sources beyond files: the hash of the bytes an article was read from (a PDF, a page), and
what `accord watch` fetched, when, with which HTTP status and validators.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("source_hash", sa.String(64), nullable=True))
    op.create_table(
        "fetches",
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.Integer(), nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("body_hash", sa.String(64), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("url", name=op.f("pk_fetches")),
    )


def downgrade() -> None:
    op.drop_table("fetches")
    # a plain DROP COLUMN (SQLite 3.35+), not batch mode: rebuilding `articles` with foreign keys
    # on would cascade into its facts
    op.drop_column("articles", "source_hash")
