"""An index in the order facts are listed, so a page of facts needs no sort of all of them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_facts_listing", "facts", ["article_id", "kind", "start", "id"])


def downgrade() -> None:
    op.drop_index("ix_facts_listing", table_name="facts")
