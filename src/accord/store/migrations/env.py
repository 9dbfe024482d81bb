"""Alembic environment: migrate the connection accord hands over, or `-x url=...`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from accord.store.models import Base


def _run(connection: Connection) -> None:
    # batch mode lets later ALTERs run on SQLite, which cannot alter most things in place
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    given = context.config.attributes.get("connection")
    if isinstance(given, Connection):
        _run(given)
        return
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("run alembic with -x url=DATABASE_URL (accord migrates on open by itself)")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


_main()
