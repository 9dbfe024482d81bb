"""Schema upgrades that never brick a store: killed or failing at any statement of any
migration, the SQLite file opens afterwards with all its data, at the newest revision."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, func, select, text

from accord.errors import StoreError
from accord.store import ArticleRow, FactRow, Store
from accord.store.db import make_engine
from accord.store.migrations import alembic_config, backup_path, current_revision, head_revision, upgrade
from tests.test_store import sample

KILLED = 9


def revisions() -> list[str]:
    """Return every revision id, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


STEPS = list(zip(["base", *revisions()[:-1]], revisions(), strict=True))


@pytest.fixture(scope="module")
def at_head(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a store file at the newest revision holding two articles and their facts."""
    db = tmp_path_factory.mktemp("migrations") / "head.db"
    with Store.open(f"sqlite:///{db}") as store:
        store.add(sample(name="one.txt"))
        store.add(sample(name="two.txt", partner="Chile", demonym="Chilean"))
    return db


def store_at(at_head: Path, revision: str, folder: Path) -> Path:
    """Return a copy of the sample store taken down to `revision` ("base": no tables)."""
    db = folder / f"at-{revision}.db"
    shutil.copyfile(at_head, db)
    # without accord's foreign-key pragma: a downgrade that rebuilds `articles` (0003) would
    # otherwise cascade the drop of the old table onto the facts
    engine = create_engine(f"sqlite:///{db}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
    engine.dispose()
    return db


@contextmanager
def statements_counted(stop_at: int | None = None) -> Iterator[list[str]]:
    """Yield the list of SQL statements run meanwhile; with `stop_at`, the process is killed
    (os._exit, as SIGKILL: no rollback, no cleanup) just before that statement runs."""
    seen: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if stop_at is not None and len(seen) == stop_at:
            os._exit(KILLED)
        seen.append(statement)

    event.listen(Engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", before)


def upgrade_step(db: Path, target: str) -> None:
    engine = make_engine(f"sqlite:///{db}")
    try:
        upgrade(engine, target)
    finally:
        engine.dispose()


def killed_upgrade(db: Path, target: str, stop_at: int) -> int:
    """Return the exit status of a child process killed at statement `stop_at` of an upgrade."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            with statements_counted(stop_at):
                upgrade_step(db, target)
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def assert_opens_whole(db: Path, articles: int) -> None:
    with Store.open(f"sqlite:///{db}") as store:
        assert current_revision(store.engine) == head_revision()
        with store.session() as s:
            assert s.scalar(select(func.count()).select_from(ArticleRow)) == articles
            assert s.scalar(select(func.count()).select_from(FactRow)) == (0 if articles == 0 else 12)
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert not backup_path(db).exists()


def test_the_sample_store_has_what_the_checks_expect(at_head: Path) -> None:
    assert_opens_whole(at_head, 2)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to kill an upgrade midway")
@pytest.mark.parametrize(("start", "target"), STEPS)
def test_an_upgrade_killed_at_any_statement_leaves_a_store_that_opens(
        at_head: Path, tmp_path: Path, start: str, target: str) -> None:
    template = store_at(at_head, start, tmp_path)
    trial = tmp_path / "trial.db"
    shutil.copyfile(template, trial)
    with statements_counted() as seen:
        upgrade_step(trial, target)
    assert len(seen) >= 3
    articles = 0 if start == "base" else 2
    for stop_at in range(len(seen)):
        shutil.copyfile(template, trial)
        assert killed_upgrade(trial, target, stop_at) == KILLED, seen[stop_at]
        assert current_revision(make_engine(f"sqlite:///{trial}")) == (None if start == "base" else start)
        assert_opens_whole(trial, articles)


def test_a_failing_upgrade_is_undone_and_said(at_head: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    db = store_at(at_head, "0005", tmp_path)
    from accord.store import migrations

    def broken(engine: Engine, target: str) -> None:
        with engine.begin() as conn:  # damage done outside the migration's transaction
            conn.execute(text("DELETE FROM facts"))
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(migrations, "upgrade", broken)
    with pytest.raises(RuntimeError):
        Store.open(f"sqlite:///{db}")
    assert not backup_path(db).exists()
    monkeypatch.undo()
    assert_opens_whole(db, 2)  # the copy taken before the upgrade was put back


def test_an_upgrade_that_cannot_copy_the_file_aside_changes_nothing(at_head: Path, tmp_path: Path) -> None:
    db = store_at(at_head, "0006", tmp_path)
    backup_path(db).mkdir()  # the copy cannot be written where it goes
    with pytest.raises(StoreError, match=r"cannot copy .* aside"):
        Store.open(f"sqlite:///{db}")
    assert current_revision(make_engine(f"sqlite:///{db}")) == "0006"
