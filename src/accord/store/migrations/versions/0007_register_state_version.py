"""An index holding the register state's `updated_at`, so checking the store's version does
not read past the (tens of megabytes of) saved state to find it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_register_state_updated_at", "register_state", ["updated_at"])


def downgrade() -> None:
    op.drop_index("ix_register_state_updated_at", table_name="register_state")
