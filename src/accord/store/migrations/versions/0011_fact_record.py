"""A fact's column for the register's record it was merged into is `record`, as the facts format
calls it: `cluster` is now the id a real thing keeps across reports (a document's first record for
each step of its life), which the register decides and the store does not keep. No data moves.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    _rename("cluster", "record")


def downgrade() -> None:
    _rename("record", "cluster")


def _rename(old: str, new: str) -> None:
    # a rename in place (SQLite 3.25+, PostgreSQL): a batch copy of the table would drop the old
    # one, and with it, through their cascading key, every fact's terms
    op.drop_index(f"ix_facts_{old}", table_name="facts")
    op.execute(f"ALTER TABLE facts RENAME COLUMN {old} TO {new}")
    op.create_index(f"ix_facts_{new}", "facts", [new])
