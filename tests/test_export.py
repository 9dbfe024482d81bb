"""`accord export`: JSON-LD (schema.org), JSON Lines, CSV (neutralised), SQLite, and Datasette."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from datasette.app import Datasette
from typer.testing import CliRunner

import accord
from accord.cli import app
from accord.errors import AccordError
from accord.export import Snapshot, datasette_metadata, export, export_datasette, to_csv
from accord.registry import load_register, update_register
from accord.resolve import ResolveOptions
from accord.resolve.model import Mention, Record
from accord.store import Store
from tests.test_store import sample

AS_OF = date(2026, 1, 1)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    with Store.open(f"sqlite:///{path}") as store:
        store.add(sample(name="one.txt"))
        store.add(sample(name="two.txt", partner="Chile", demonym="Chilean"))
        update_register(store, options=ResolveOptions(semantic=None))
    return path


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{db}") as s:
        yield s


def texts(store: Store) -> dict[str, str]:
    from accord.store.facts import find_article

    return {find_article(store, n).article.content_hash: find_article(store, n).article.text
            for n in ("one.txt", "two.txt")}


def test_jsonld_uses_schema_org_types_and_grounds_every_quote(store: Store) -> None:
    doc = json.loads(export(store, "jsonld", as_of=AS_OF) or "")
    assert doc["@context"] == "https://schema.org/"
    nodes = doc["@graph"]
    by_type: dict[str, list[dict[str, Any]]] = {}
    for node in nodes:
        by_type.setdefault(node["@type"], []).append(node)
    assert set(by_type) == {"NewsArticle", "Legislation", "Action", "Event", "Person", "QuantitativeValue"}
    assert {n["name"] for n in by_type["NewsArticle"]} == {"one.txt", "two.txt"}
    parties = {(p["@type"], p["name"]) for n in by_type["Legislation"] for p in n["legislationPassedBy"]}
    assert parties == {("Country", "Pakistan"), ("Country", "Belarus"), ("Country", "Chile")}
    assert {n["actionStatus"] for n in by_type["Action"]} == {"FailedActionStatus"}  # overdue on AS_OF
    articles = {n["@id"]: n["identifier"] for n in by_type["NewsArticle"]}
    text_of = texts(store)
    quotes = [q for n in nodes if n["@type"] != "NewsArticle" for q in n["subjectOf"]]
    assert quotes
    for q in quotes:
        assert q["@type"] == "Quotation"
        start, end = map(int, q["identifier"].removeprefix("chars:").split("-"))
        assert text_of[articles[q["isPartOf"]["@id"]]][start:end] == q["text"]


def test_jsonl_has_every_article_and_record(store: Store) -> None:
    lines = [json.loads(line) for line in (export(store, "jsonl") or "").splitlines()]
    records = load_register(store, with_facts=False).records
    assert sum(x["type"] == "article" for x in lines) == 2
    assert {x["id"] for x in lines if x["type"] == "record"} == set(records)
    commitment = next(x for x in lines if x["type"] == "record" and x["kind"] == "commitments")
    assert commitment["status"] in ("overdue", "open", "fulfilled", "fulfilled_late", "no_deadline")
    assert commitment["mentions"][0]["quote"] == "agreed to meet again in Minsk within two weeks"


def test_csv_has_a_row_per_record(store: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(export(store, "csv") or "")))
    assert len(rows) == len(load_register(store, with_facts=False).records)
    assert {r["kind"] for r in rows} == {"instruments", "commitments", "meetings", "people", "figures"}


def test_a_hostile_quote_reaches_the_csv_as_text() -> None:
    quote = '=HYPERLINK("https://evil.example","Belarus")'
    mention = Mention("h", "x.txt", "people", 0, quote, 0, len(quote), None, "=cmd|' /C calc'!A0", False)
    record = Record("per-1", "people", {"name": "@Lukashenko", "pair": ["BY", "PK"]}, [mention])
    [row] = list(csv.DictReader(io.StringIO(to_csv(Snapshot([], [record], {}, AS_OF)))))
    assert row["first_quote"] == "'" + quote
    assert row["first_outlet"] == "'=cmd|' /C calc'!A0"
    assert row["summary"].startswith("'@Lukashenko")
    assert row["sources"] == "1"


def test_sqlite_export_is_flat_and_never_overwrites(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "register.db"
    assert export(store, "sqlite", out) is None
    con = sqlite3.connect(out)
    try:
        tables = {r[0] for r in con.execute("select name from sqlite_master where type = 'table'")}
        assert tables == {"articles", "records", "evidence", "conflicts"}
        mentions = sum(len(r.mentions) for r in load_register(store, with_facts=False).records.values())
        assert con.execute("select count(*) from evidence").fetchone()[0] == mentions
    finally:
        con.close()
    with pytest.raises(AccordError, match="already exists"):
        export(store, "sqlite", out)


def test_unknown_format_is_an_error(store: Store) -> None:
    with pytest.raises(AccordError, match="choose one of jsonld, jsonl, csv, sqlite"):
        export(store, "xml")


def test_the_api_exports_as_the_cli_does(db: Path) -> None:
    result = CliRunner().invoke(app, ["--db", str(db), "export", "--format", "jsonl",
                                      "--as-of", "2026-01-01"])
    assert result.exit_code == 0, result.output
    with accord.open(db) as reg:
        assert reg.export("jsonl", as_of="2026-01-01") == result.stdout
        assert json.loads(reg.export("jsonld", pair="PK-CL") or "")["@graph"]


@pytest.mark.parametrize("args", [[], ["--format", "csv", "--datasette"], ["--datasette"]])
def test_export_options_are_checked(db: Path, args: list[str]) -> None:
    result = CliRunner().invoke(app, ["--db", str(db), "export", *args])
    assert result.exit_code == 2


def test_datasette_opens_the_export_with_its_labels_and_queries(store: Store, tmp_path: Path) -> None:
    database = export_datasette(store, tmp_path / "ds", as_of=AS_OF)
    metadata = json.loads((tmp_path / "ds" / "metadata.json").read_text(encoding="utf-8"))
    assert metadata == datasette_metadata()

    async def ask() -> dict[str, Any]:
        ds = Datasette([str(database)], metadata=metadata)
        await ds.invoke_startup()
        answers = {}
        for name in ("overdue_commitments", "instruments_by_pair_and_year", "conflicts"):
            response = await ds.client.get(f"/register/{name}.json?_shape=array")
            assert response.status_code == 200, response.text
            answers[name] = response.json()
        table = await ds.client.get("/register/records")
        answers["page"] = table.text
        return answers

    answers = asyncio.run(ask())
    overdue = answers["overdue_commitments"]
    assert {(r["pair"], r["deadline"], r["article_name"]) for r in overdue} == {
        ("CL-PK", "2024-12-10", "two.txt"), ("BY-PK", "2024-12-10", "one.txt")}
    assert {r["quote"] for r in overdue} == {"agreed to meet again in Minsk within two weeks"}
    assert [(r["pair"], r["year"], r["instruments"]) for r in answers["instruments_by_pair_and_year"]] == [
        ("BY-PK", "2024", 1), ("CL-PK", "2024", 1)]
    assert isinstance(answers["conflicts"], list)
    assert "Consolidated records: one per real instrument" in answers["page"]
