"""What a write costs: batches registered at once give the register one article at a time gives,
and the update that forms a register of another version again says so."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from accord.core import ArticleFacts
from accord.registry import load_register, update_register
from accord.resolve import Register
from accord.resolve.items import Item, items_of
from accord.resolve.rules import Blocks
from accord.resolve.state import STATE_VERSION
from accord.store import Store
from accord.store.models import RegisterArticleState, RegisterBlock, RegisterForm, RegisterState
from accord.store.register_store import RowSource, load_state
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


def older_version(store: Store) -> None:
    """Mark the store's register rows as written by the previous register state version."""
    with store.transaction() as s:
        row = s.get(RegisterState, 1)
        assert row is not None and row.state["kept"] == "rows"
        row.state = row.state | {"version": STATE_VERSION - 1}


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
    assert register.cluster_of(stored, "instruments", 0) is not None
    assert worked == []
    new = family(30)
    register.add_all([new])
    named = RowSource(store).articles_in_blocks(
        {b for i in items_of(new) for b in original(register, i).probe})
    assert {key.split(":", 1)[0] for key in worked} <= named | {new.article.content_hash}
