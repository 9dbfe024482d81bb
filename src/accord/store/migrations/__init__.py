"""Alembic migrations shipped inside the package, run programmatically (no alembic.ini).

Developers add a revision with:
  alembic -x url=sqlite:///dev.db -c /dev/null revision --autogenerate -m "..."
or by copying versions/0001_initial.py; users never call alembic: every open upgrades.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

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
    """Bring the database at `engine` to the newest schema, in one transaction."""
    cfg = alembic_config()
    if current_revision(engine) == head_revision():
        return
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
