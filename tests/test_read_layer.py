"""One read layer: the CLI, the API, the pages and the notebook API list the same items in the same order.

And the keys consolidation files facts under are typed, written and read back one way.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import accord
from accord import read
from accord.cli import app
from accord.resolve.rules import BlockKey, timed
from accord.store import Store
from tests.api_support import TestClient, app_for, sample_db

DAY = "2025-01-01"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_db(tmp_path_factory)


def _cli(db: Path, *args: str) -> Any:
    result = CliRunner().invoke(app, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _api(db: Path, path: str) -> Any:
    with TestClient(app_for(db)) as client:
        response = client.get(path)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize(("cli", "api"), [
    (["commitments", "--as-of", DAY], f"/api/v1/commitments.json?as_of={DAY}"),
    (["initiatives", "--as-of", DAY], f"/api/v1/initiatives.json?as_of={DAY}"),
    (["conflicts"], "/api/v1/conflicts.json"),
    (["timeline", "--pair", "Pakistan and Belarus"], "/api/v1/timeline.json?pair=PK-BY"),
    (["facts", "--kind", "instruments"], "/api/v1/facts.json?kind=instruments"),
])
def test_the_cli_and_the_api_give_one_list(db: Path, cli: list[str], api: str) -> None:
    from_cli, from_api = _cli(db, *cli, "--json"), _api(db, api)
    assert from_cli and from_cli == from_api


def test_the_register_is_listed_in_one_order_by_the_cli_the_pages_and_the_library(db: Path) -> None:
    ids = [row["id"] for row in _cli(db, "register", "--as-of", DAY, "--json")]
    with Store.open(f"sqlite:///{db}") as store:
        views = read.instrument_list(store, read.RecordQuery())
        listed = [v.record.id for v in views]
        by_id = [v.record.id for v in read.record_list(store, read.RecordQuery(kind="instruments"))]
    with accord.open(db) as opened:
        from_library = [row["id"] for row in opened.register().to_json()]
    assert ids == listed == from_library
    assert sorted(ids) == by_id and len(ids) > 3  # the API's /records: the same records, by id
    days = [read.record_day(v.record) for v in views]
    assert days == sorted(days)


def test_a_block_key_is_written_once_and_read_back() -> None:
    key = BlockKey("I", ("BY-PK", "oil"))
    assert str(key) == "I|BY-PK|oil" and str(key.sliced("2024-11")) == "I|BY-PK|oil|2024-11"
    assert BlockKey.parse("I|BY-PK|oil|2024-11") == key.sliced("2024-11")
    assert BlockKey.parse("T|figures||2024-11").parts == ("figures", "", "2024-11")  # a record of no pair
    with pytest.raises(ValueError):
        BlockKey.parse("I")
    dated, undated = timed([key], frozenset({"2024-11"})), timed([key], None)
    assert dated.insert == {"I|BY-PK|oil|2024-11", "I|BY-PK|oil|*"}
    assert dated.probe == {"I|BY-PK|oil|2024-11", "I|BY-PK|oil|?"}
    assert undated.insert == {"I|BY-PK|oil|?"} and undated.probe == {"I|BY-PK|oil|*", "I|BY-PK|oil|?"}
    assert all(str(BlockKey.parse(k)) == k for k in dated.insert | undated.probe)
