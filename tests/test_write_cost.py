"""What a write costs: batches registered at once give the register one article at a time gives,
and the update that forms a register of another version again says so."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select
from typer.testing import CliRunner

from accord.core import ArticleFacts
from accord.registry import load_register, update_register
from accord.resolve import Register
from accord.resolve.items import Item
from accord.resolve.rules import Blocks
from accord.resolve.state import STATE_VERSION, UPGRADABLE
from accord.store import Store
from accord.store.models import RegisterArticleState, RegisterBlock, RegisterForm, RegisterState
from accord.store.register_store import RowSource, _block_key, load_state
from tests.resolve_fixtures import generated
from tests.test_register_store import clusters_of, elsewhere, open_store, records_of


def family(n: int) -> ArticleFacts:
    """Return the n-th of a mix of articles: one in three of the Chile–Norway family (people, promises,
    undated reports), the others reports of ten pairs over a year."""
    return generated(n) if n % 3 == 0 else elsewhere(n)


def working_state(store: Store) -> tuple[dict[str, Any], set[tuple[str, str]], set[tuple[str, str]]]:
    """Return the register's rows: each article's, and where its facts are filed."""
    with store.session() as s:
        rows = {h: data for h, data in s.execute(select(RegisterArticleState.content_hash,
                                                        RegisterArticleState.data))}
        blocks = {(b, a) for b, a in s.execute(select(RegisterBlock.block, RegisterBlock.article))}
        forms = {(f, a) for f, a in s.execute(select(RegisterForm.form, RegisterForm.article))}
    return rows, blocks, forms


def test_batches_stored_and_registered_at_once_give_what_one_article_at_a_time_gives(tmp_path: Path) -> None:
    # the bench builds its large stores this way (Store.add_many, one update per batch)
    size = 300
    bulk = open_store(tmp_path, "bulk.db")
    for start in range(0, size, 120):
        assert bulk.add_many([family(n) for n in range(start, min(start + 120, size))]) > 0
        update_register(bulk)
    slow = open_store(tmp_path, "slow.db")
    for n in range(size):
        assert slow.add(family(n)) is not None
        update_register(slow)
    assert records_of(bulk) == records_of(slow)
    assert clusters_of(bulk) == clusters_of(slow)
    assert working_state(bulk) == working_state(slow)
    # and the bulk store takes a normal update as the other does
    for store in (bulk, slow):
        assert store.add(family(size)) is not None
        assert update_register(store).replayed == 0
    assert records_of(bulk) == records_of(slow)
    assert working_state(bulk) == working_state(slow)
    people = [r for r in load_register(bulk).records.values() if r.kind == "people"]
    assert any(len({m.article for m in r.mentions}) > 1 for r in people)


def older_version(store: Store, version: int = UPGRADABLE - 1) -> None:
    """Mark the store's register rows as written by an older register state version (by default one
    whose rows cannot be brought up to date in place)."""
    with store.transaction() as s:
        row = s.get(RegisterState, 1)
        assert row is not None and row.state["kept"] == "rows"
        row.state = row.state | {"version": version}


def test_forming_the_register_again_after_a_version_change_is_announced_once(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = open_store(tmp_path)
    store.add_many([generated(n) for n in range(12)])
    with caplog.at_level(logging.INFO, logger="accord"):
        update_register(store)  # a new register: nothing to announce
        assert caplog.records == []
        older_version(store)
        store.add(generated(12))
        update_register(store)
        store.add(generated(13))
        update_register(store)  # rows of this version again: nothing to announce
    assert [r.getMessage() for r in caplog.records] == [
        "forming the register again from its 13 stored articles (saved by another version of accord "
        "or with other settings); later updates add only what is new"]


def test_the_cli_prints_the_notice_on_stderr(tmp_path: Path) -> None:
    from accord.cli import app

    store = open_store(tmp_path)
    store.add_many([generated(n) for n in range(6)])
    update_register(store)
    record = next(iter(load_register(store, with_facts=False).records))
    older_version(store)
    store.close()
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "reg.db"), "assign", record,
                                      "--owner", "Ministry of Energy"])
    assert result.exit_code == 0, result.output
    assert "forming the register again from its 6 stored articles" in result.stderr
    assert "forming" not in result.stdout


def test_a_row_read_for_its_records_works_out_no_blocks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # working out a read fact's blocks was most of the cost of reading its row; only a fact a
    # new fact may meet (its article named by a block the update reads) needs them
    store = open_store(tmp_path)
    store.add_many([family(n) for n in range(30)])
    update_register(store)
    worked: list[str] = []
    original = Register._blocks_of

    def counting(self: Register, item: Item) -> Blocks:
        worked.append(item.key)
        return original(self, item)

    monkeypatch.setattr(Register, "_blocks_of", counting)
    state = load_state(store)
    assert state is not None
    register = Register.over(RowSource(store), state)
    stored = family(1).article.content_hash
    assert register.record_at(stored, "instruments", 0) is not None
    assert worked == []
    new = family(30)
    register.add_all([new])
    # a read fact is filed in the blocks its row saved: only the new article's are worked out
    assert {key.split(":", 1)[0] for key in worked} == {new.article.content_hash}


def without_saved_blocks(store: Store, damage: bool = False) -> None:
    """Make the store's rows what register state version 3 wrote: no "filed" (with `damage`, one
    row filed as if the rules had not given one of its blocks)."""
    with store.transaction() as s:
        rows = s.scalars(select(RegisterArticleState).order_by(RegisterArticleState.content_hash))
        for n, row in enumerate(rows):
            data = {k: v for k, v in row.data.items() if k != "filed"}
            if damage and n == 0:
                data["blocks"] = data["blocks"][1:]
                lost = _block_key(row.data["blocks"][0])
                s.execute(delete(RegisterBlock).where(RegisterBlock.article == row.content_hash,
                                                      RegisterBlock.block == lost))
            row.data = data
    older_version(store, UPGRADABLE)


def test_rows_of_the_previous_version_save_their_blocks_in_place(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # version 3 rows did not say where each fact is filed: the next update adds it row by row (no
    # comparison made again) and the rows are then those of a store built at this version
    old, new = open_store(tmp_path, "old.db"), open_store(tmp_path, "new.db")
    for store in (old, new):
        store.add_many([family(n) for n in range(40)])
        update_register(store)
    without_saved_blocks(old)
    assert working_state(old) != working_state(new)
    for store in (old, new):
        assert store.add(family(40)) is not None
    with caplog.at_level(logging.INFO, logger="accord"):
        assert update_register(old).replayed == 0
    update_register(new)
    assert [r.getMessage() for r in caplog.records] == [
        f"saving where each fact is filed in the register's article rows (register state version "
        f"{UPGRADABLE} to {STATE_VERSION}), once"]
    assert load_state(old) == load_state(new)
    assert working_state(old) == working_state(new)
    assert records_of(old) == records_of(new)
    assert clusters_of(old) == clusters_of(new)


def test_a_row_of_the_previous_version_filed_otherwise_than_the_rules_say_is_added_again(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # rows filed before the rules' blocks changed (one block lost here): the article is added
    # again, filed anew and compared where it was never looked for, with no other comparison
    store = open_store(tmp_path)
    store.add_many([family(n) for n in range(20)])
    update_register(store)
    without_saved_blocks(store, damage=True)
    assert store.add(family(20)) is not None
    with caplog.at_level(logging.INFO, logger="accord"):
        assert update_register(store).replayed == 0
    assert "1 articles filed under blocks the rules no longer give are added again" in caplog.messages
    fresh = open_store(tmp_path, "fresh.db")
    fresh.add_many([family(n) for n in range(21)])
    update_register(fresh)
    assert working_state(store) == working_state(fresh)
    assert records_of(store) == records_of(fresh)
    assert clusters_of(store) == clusters_of(fresh)
