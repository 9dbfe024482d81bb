"""The register's working state kept in rows, one per article and one per record, with the
blocks, forms and derived-part keys they are filed under: an update reads only what it reaches.

The single JSON state of 0004 is read once more, by the first update after this upgrade,
and then written out as rows (see `registry.update_register`); no data moves here.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "register_article_state",
        sa.Column("content_hash", sa.String(128), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("content_hash", name=op.f("pk_register_article_state")),
    )
    op.create_table(
        "register_blocks",
        sa.Column("block", sa.String(16), nullable=False),
        sa.Column("article", sa.String(128), nullable=False),
        sa.PrimaryKeyConstraint("block", "article", name=op.f("pk_register_blocks")),
    )
    op.create_index(op.f("ix_register_blocks_article"), "register_blocks", ["article"])
    op.create_table(
        "register_forms",
        sa.Column("form", sa.String(200), nullable=False),
        sa.Column("article", sa.String(128), nullable=False),
        sa.PrimaryKeyConstraint("form", "article", name=op.f("pk_register_forms")),
    )
    op.create_index(op.f("ix_register_forms_article"), "register_forms", ["article"])
    op.create_table(
        "register_records",
        sa.Column("id", sa.String(40), nullable=False),
        sa.Column("curated", sa.JSON(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_records")),
    )
    op.create_table(
        "register_index",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("record", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("key", "record", name=op.f("pk_register_index")),
    )
    op.create_index(op.f("ix_register_index_record"), "register_index", ["record"])


def downgrade() -> None:
    op.drop_index(op.f("ix_register_index_record"), table_name="register_index")
    op.drop_table("register_index")
    op.drop_table("register_records")
    op.drop_index(op.f("ix_register_forms_article"), table_name="register_forms")
    op.drop_table("register_forms")
    op.drop_index(op.f("ix_register_blocks_article"), table_name="register_blocks")
    op.drop_table("register_blocks")
    op.drop_table("register_article_state")
