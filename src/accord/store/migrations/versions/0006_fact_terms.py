"""Terms and search text beside each fact, so the database filters facts by state, sector,
status and words (the facts API and `accord facts` no longer read every fact to filter).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from accord.store.terms import fact_terms, search_text

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 2000


def upgrade() -> None:
    terms = op.create_table(
        "fact_terms",
        sa.Column("fact_id", sa.Integer, sa.ForeignKey("facts.id", ondelete="CASCADE",
                                                        name="fk_fact_terms_fact_id_facts"), nullable=False),
        sa.Column("term", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("fact_id", "term", name="pk_fact_terms"),
    )
    op.create_index("ix_fact_terms_term", "fact_terms", ["term", "fact_id"])
    op.add_column("facts", sa.Column("search", sa.Text, nullable=True))
    # the facts already stored get theirs now, a batch at a time
    facts = sa.table("facts", sa.column("id", sa.Integer), sa.column("fields", sa.JSON),
                     sa.column("quote", sa.Text), sa.column("search", sa.Text))
    connection = op.get_bind()
    last = 0
    while True:
        rows = connection.execute(sa.select(facts.c.id, facts.c.fields, facts.c.quote)
                                  .where(facts.c.id > last).order_by(facts.c.id).limit(BATCH)).all()
        if not rows:
            break
        connection.execute(facts.update().where(facts.c.id == sa.bindparam("fact"))
                           .values(search=sa.bindparam("text")),
                           [{"fact": fact_id, "text": search_text(quote, fields)}
                            for fact_id, fields, quote in rows])
        new_terms = [{"fact_id": fact_id, "term": t} for fact_id, fields, _ in rows
                     for t in sorted(fact_terms(fields))]
        if new_terms:
            op.bulk_insert(terms, new_terms)
        last = rows[-1][0]


def downgrade() -> None:
    op.drop_index("ix_fact_terms_term", table_name="fact_terms")
    op.drop_table("fact_terms")
    with op.batch_alter_table("facts") as batch:
        batch.drop_column("search")
