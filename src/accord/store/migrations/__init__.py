"""Alembic migrations shipped inside the package, run programmatically (no alembic.ini).

Developers add a revision with:
  alembic -x url=sqlite:///dev.db -c /dev/null revision --autogenerate -m "..."
or by copying versions/0001_initial.py; users never call alembic: every open upgrades.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing, suppress
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool

from accord.errors import StoreError

MIGRATIONS_DIR = Path(__file__).resolve().parent


def alembic_config() -> Config:
    """Return an Alembic configuration pointing at the packaged migrations."""
    cfg = Config()
    # ConfigParser interpolates '%', which may occur in an install path
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    return cfg


def head_revision() -> str | None:
    """Return the newest revision id of the packaged migrations."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """Return the revision the database at `engine` is at (None when never migrated)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    """Bring the database at `engine` to the newest schema; a failed upgrade changes nothing.

    Every pending revision runs in one transaction, DDL included: stopped at any point
    (an error, Ctrl-C, a kill) the database is left at the revision it had. A SQLite file
    that holds data is also copied aside first and copied back should the upgrade fail,
    and the copy is removed once the upgrade is committed.
    """
    if current_revision(engine) == head_revision():
        return
    backup = _backup(engine)
    try:
        upgrade(engine, "head")
    except BaseException:
        if backup is not None:
            _restore(backup, _sqlite_file(engine))
        raise
    if backup is not None:
        backup.unlink(missing_ok=True)


def upgrade(engine: Engine, target: str) -> None:
    """Upgrade the database at `engine` to revision `target`, all revisions in one transaction."""
    cfg = alembic_config()
    migrating = _transactional(engine)
    try:
        with migrating.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
    finally:
        if migrating is not engine:
            migrating.dispose()
            # SQLite connections opened before the upgrade can answer PRAGMAs (what reflection
            # reads) from the schema they cached: start the engine's pool afresh
            engine.dispose()


def _sqlite_file(engine: Engine) -> Path | None:
    """Return the file of a SQLite database on disk (None for another database or one in memory)."""
    database = engine.url.database or ""
    if engine.dialect.name != "sqlite" or database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def _transactional(engine: Engine) -> Engine:
    """Return an engine whose transactions hold DDL too (the engine itself when they already do).

    Python's sqlite3 opens a transaction only before INSERT, UPDATE and DELETE, so each
    CREATE TABLE commits as it runs and a kill between two statements of a migration left a
    table behind while the revision stayed old ("table fact_terms already exists" on every
    later open). SQLAlchemy's recipe: the driver does no transaction handling of its own and
    every transaction starts with an explicit BEGIN.
    """
    if _sqlite_file(engine) is None:
        return engine
    migrating = create_engine(engine.url, poolclass=NullPool)

    @event.listens_for(migrating, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys=ON")  # as every accord connection has it

    @event.listens_for(migrating, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # take the write lock now, not halfway

    return migrating


def backup_path(db_file: Path) -> Path:
    """Return where the copy of a SQLite file taken before an upgrade is kept."""
    return db_file.with_name(db_file.name + ".before-upgrade")


def _backup(engine: Engine) -> Path | None:
    """Return a consistent copy of a SQLite file about to be upgraded (None when there is no data)."""
    db_file = _sqlite_file(engine)
    if db_file is None or not db_file.exists() or current_revision(engine) is None:
        return None
    target = backup_path(db_file)
    try:
        with closing(sqlite3.connect(db_file)) as source, closing(sqlite3.connect(target)) as copy:
            source.backup(copy)
    except (OSError, sqlite3.Error) as exc:
        with suppress(OSError):  # a half-written copy is no use (a folder in its place stays)
            target.unlink(missing_ok=True)
        raise StoreError(f"cannot copy {db_file} aside before upgrading its schema ({exc}); "
                         "nothing was changed") from exc
    return target


def _restore(backup: Path, db_file: Path | None) -> None:
    """Copy the file taken before the upgrade back over the database."""
    if db_file is None:
        return
    with closing(sqlite3.connect(backup)) as source, closing(sqlite3.connect(db_file)) as target:
        source.backup(target)
    backup.unlink(missing_ok=True)
