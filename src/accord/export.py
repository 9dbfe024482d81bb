"""The whole register out: JSON-LD (schema.org), JSON Lines, CSV and a SQLite file.

Every format carries the same three things: the articles (sources), the consolidated
records with the quotes that ground them, and the conflicts between sources. JSON-LD uses
schema.org types: NewsArticle for articles, Legislation (a legal document) for instruments
with their parties as Country or GovernmentOrganization, Event for meetings, Person for
people, Action for commitments (the deadline as endTime, the status on the day of export
as actionStatus), QuantitativeValue for figures and Project for initiatives (their type as
additionalType, their parties as members); each record's evidence is a list of
Quotations, each part of its NewsArticle. The "@context" is the schema.org IRI as a name:
nothing is fetched to write or read the file.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from accord.errors import AccordError
from accord.read import ConflictView, commitments
from accord.read import to_csv as report_csv
from accord.registry import in_pair, link_json, load_register, pair_key, plain
from accord.resolve.model import Mention, Record
from accord.resolve.state import mention_json
from accord.store import Store
from accord.store.articles import article_sources
from accord.store.facts import summarize

FORMATS = ("jsonld", "jsonl", "csv", "sqlite")
SCHEMA = "https://schema.org/"
_ARTICLE_IRI = "urn:accord:article:"
_RECORD_IRI = "urn:accord:record:"
CSV_COLUMNS = ("id", "kind", "pair", "summary", "date", "status", "sources", "first_quote",
               "first_article", "first_outlet", "first_published", "fields")
_ACTION_STATUS = {"fulfilled": "CompletedActionStatus", "fulfilled_late": "CompletedActionStatus",
                  "overdue": "FailedActionStatus", "cancelled": "FailedActionStatus",
                  "open": "PotentialActionStatus", "postponed": "PotentialActionStatus",
                  "no_deadline": "PotentialActionStatus"}


class ExportError(AccordError):
    """An export that cannot be written (unknown format, a path that cannot be written)."""

    code = "E400"


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What an export writes: the articles, the records, and each commitment's status on `as_of`."""

    articles: list[dict[str, Any]]
    records: list[Record]
    statuses: dict[str, str]
    as_of: date


def snapshot(store: Store, pair: str | None = None, as_of: date | None = None) -> Snapshot:
    """Return the register as it stands (records of one pair key, e.g. "BY-PK", when given)."""
    day = as_of or date.today()
    register = load_register(store)
    records = [r for r in register.records.values() if in_pair(r, pair)]
    statuses = {v.record.id: v.status for v in commitments(register, day, pair=pair)}
    cited = {m.article for r in records for m in r.mentions}
    articles = [a for a in article_sources(store) if pair is None or a["content_hash"] in cited]
    return Snapshot(articles, records, statuses, day)


def record_json(record: Record, status: str | None = None) -> dict[str, Any]:
    """Return a record as a JSON-ready dict: fields, mentions (the evidence), links, conflicts."""
    out: dict[str, Any] = {"id": record.id, "kind": record.kind, "pair": pair_key(record),
                           "fields": plain(record.fields),
                           "sources": len({m.article for m in record.mentions}),
                           "mentions": [mention_json(m) for m in record.mentions],
                           "links": [link_json(ln) for ln in record.links],
                           "conflicts": [ConflictView(record, c).to_json() for c in record.conflicts]}
    if status is not None:
        out["status"] = status
    return out


# --------------------------------------------------------------------------- JSON Lines


def to_jsonl(snap: Snapshot) -> Iterator[str]:
    """Yield one JSON object a line: each article, then each record (`"type"` says which)."""
    for article in snap.articles:
        yield json.dumps({"type": "article", **article}, ensure_ascii=False)
    for record in snap.records:
        yield json.dumps({"type": "record", **record_json(record, snap.statuses.get(record.id))},
                         ensure_ascii=False)


# --------------------------------------------------------------------------- CSV


def to_csv(snap: Snapshot) -> str:
    """Return one CSV row per record (the first source's quote beside it), cells safe for spreadsheets."""
    return report_csv(CSV_COLUMNS, (_csv_row(r, snap.statuses.get(r.id)) for r in snap.records))


def _csv_row(record: Record, status: str | None) -> dict[str, Any]:
    f = record.fields
    first = min(record.mentions, key=Mention.sort_key) if record.mentions else None
    return {"id": record.id, "kind": record.kind, "pair": pair_key(record),
            "summary": summarize(record.kind, f), "date": f.get("date") or f.get("deadline"),
            "status": status or f.get("status"), "sources": len({m.article for m in record.mentions}),
            "first_quote": first.quote if first else None,
            "first_article": first.article_name if first else None,
            "first_outlet": first.outlet if first else None,
            "first_published": first.published.isoformat() if first and first.published else None,
            "fields": plain(f)}


# --------------------------------------------------------------------------- JSON-LD


def to_jsonld(snap: Snapshot) -> dict[str, Any]:
    """Return the register as a schema.org JSON-LD document (one @graph)."""
    graph: list[dict[str, Any]] = [_news_article(a) for a in snap.articles]
    graph += [_node(r, snap.statuses.get(r.id)) for r in snap.records]
    return {"@context": SCHEMA, "@graph": graph}


def _news_article(a: dict[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "NewsArticle", "@id": _ARTICLE_IRI + a["content_hash"],
                            "name": a["name"], "headline": a["title"], "datePublished": a["published"],
                            "identifier": a["content_hash"], "encodingFormat": a["media_type"]}
    if a["outlet"]:
        node["publisher"] = {"@type": "Organization", "name": a["outlet"]}
    if str(a["source"]).startswith(("http://", "https://")):
        node["url"] = a["source"]
    return _without_nulls(node)


def _quotation(m: Mention) -> dict[str, Any]:
    # schema.org has no character offsets; the identifier keeps them ("chars:START-END")
    return {"@type": "Quotation", "text": m.quote, "identifier": f"chars:{m.start}-{m.end}",
            "isPartOf": {"@id": _ARTICLE_IRI + m.article}}


def _party(name: str) -> dict[str, Any]:
    from accord.normalize.countries import gazetteer

    country = gazetteer().resolve(name)
    if country is not None:
        return {"@type": "Country", "name": country.name, "identifier": country.iso2}
    return {"@type": "GovernmentOrganization", "name": name}


def _node(record: Record, status: str | None) -> dict[str, Any]:
    typed = _TYPED[record.kind](record.fields, status)
    quotes = [_quotation(m) for m in sorted(record.mentions, key=Mention.sort_key)]
    return _without_nulls({"@type": typed.pop("@type"), "@id": _RECORD_IRI + record.id,
                           "identifier": record.id, **typed, "subjectOf": quotes})


def _instrument(f: dict[str, Any], _status: str | None) -> dict[str, Any]:
    return {"@type": "Legislation", "name": f.get("subject"), "legislationType": f.get("type"),
            "legislationDate": f.get("date"), "legislationLegalForce": f.get("status"),
            "legislationPassedBy": [_party(p) for p in f.get("parties") or []],
            "contributor": [{"@type": "Person", "name": n} for n in f.get("signatories") or []],
            "spatialCoverage": {"@type": "Place", "name": f["place"]} if f.get("place") else None,
            "about": list(f.get("sectors") or []) or None}


def _meeting(f: dict[str, Any], _status: str | None) -> dict[str, Any]:
    return {"@type": "Event", "name": str(f.get("kind") or "meeting").replace("_", " "),
            "additionalType": f.get("kind"), "startDate": f.get("date"),
            "location": {"@type": "Place", "name": f["place"]} if f.get("place") else None,
            "attendee": [_party(p) if _is_state(p) else {"@type": "Person", "name": p}
                         for p in f.get("participants") or []]}


def _person(f: dict[str, Any], _status: str | None) -> dict[str, Any]:
    return {"@type": "Person", "name": f.get("name"), "jobTitle": f.get("role"),
            "nationality": _party(f["country"]) if f.get("country") else None}


def _commitment(f: dict[str, Any], status: str | None) -> dict[str, Any]:
    return {"@type": "Action", "name": f.get("action"),
            "agent": _party(f["actor"]) if f.get("actor") else None,
            "endTime": f.get("deadline"), "description": f"status: {status}" if status else None,
            "actionStatus": _ACTION_STATUS.get(status or "")}


def _figure(f: dict[str, Any], _status: str | None) -> dict[str, Any]:
    return {"@type": "QuantitativeValue", "name": f.get("value"), "value": f.get("number"),
            "description": f.get("what")}


def _initiative(f: dict[str, Any], _status: str | None) -> dict[str, Any]:
    return {"@type": "Project", "name": f.get("subject"), "additionalType": f.get("type"),
            "description": f"state: {f['state']}" if f.get("state") else None,
            "member": [_party(p) for p in f.get("parties") or []],
            "foundingDate": f.get("first_reported"), "knowsAbout": list(f.get("sectors") or []) or None}


_TYPED = {"instruments": _instrument, "meetings": _meeting, "people": _person,
          "commitments": _commitment, "figures": _figure, "initiatives": _initiative}


def _is_state(name: str) -> bool:
    from accord.normalize.countries import gazetteer

    return gazetteer().resolve(name) is not None


def _without_nulls(node: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if v is not None and v != []}


# --------------------------------------------------------------------------- SQLite


_SQLITE_TABLES = {
    "articles": "id INTEGER PRIMARY KEY, content_hash TEXT UNIQUE, name TEXT, source TEXT, title TEXT, "
                "outlet TEXT, published TEXT, media_type TEXT, source_hash TEXT",
    "records": "id TEXT PRIMARY KEY, kind TEXT, pair TEXT, summary TEXT, date TEXT, reported TEXT, "
               "status TEXT, sources INTEGER, fields TEXT",
    "evidence": "record_id TEXT REFERENCES records(id), article TEXT REFERENCES articles(content_hash), "
                "article_name TEXT, start INTEGER, \"end\" INTEGER, quote TEXT, published TEXT, outlet TEXT, "
                "official INTEGER",
    "conflicts": "record_id TEXT REFERENCES records(id), field TEXT, sides TEXT",
}


def to_sqlite(snap: Snapshot, path: Path) -> None:
    """Write the register to a new SQLite file of flat tables (articles, records, evidence, conflicts)."""
    if path.exists():
        raise ExportError(f"{path}: already exists (an export never overwrites a file)")
    try:
        con = sqlite3.connect(path)
    except sqlite3.Error as exc:
        raise ExportError(f"{path}: cannot create ({exc})") from exc
    try:
        with con:
            for table, columns in _SQLITE_TABLES.items():
                con.execute(f"CREATE TABLE {table} ({columns})")
            _fill_sqlite(con, snap)
    finally:
        con.close()


def _fill_sqlite(con: sqlite3.Connection, snap: Snapshot) -> None:
    con.executemany("INSERT INTO articles VALUES (:id, :content_hash, :name, :source, :title, :outlet, "
                    ":published, :media_type, :source_hash)", snap.articles)
    for r in snap.records:
        f = r.fields
        con.execute("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (
            r.id, r.kind, pair_key(r), summarize(r.kind, f), f.get("date") or f.get("deadline"),
            f.get("first_reported") or f.get("reported"), snap.statuses.get(r.id) or f.get("status"),
            len({m.article for m in r.mentions}),
            json.dumps(plain(f), ensure_ascii=False)))
        con.executemany("INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (r.id, m.article, m.article_name, m.start, m.end, m.quote,
             m.published.isoformat() if m.published else None, m.outlet, int(m.official))
            for m in r.mentions])
        con.executemany("INSERT INTO conflicts VALUES (?, ?, ?)", [
            (r.id, c.field, json.dumps(ConflictView(r, c).to_json()["sides"], ensure_ascii=False))
            for c in r.conflicts])


# --------------------------------------------------------------------------- one entry point


def export(store: Store, fmt: str, out: Path | None = None, pair: str | None = None,
           as_of: date | None = None) -> str | None:
    """Export the register in `fmt`: return the text (jsonld, jsonl, csv) or write it to `out`.

    sqlite always needs `out`. Raises ExportError for an unknown format.
    """
    if fmt not in FORMATS:
        raise ExportError(f"format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "sqlite" and out is None:
        raise ExportError("format sqlite: give the file to write (--out)")
    snap = snapshot(store, pair, as_of)
    if fmt == "sqlite":
        assert out is not None
        to_sqlite(snap, out)
        return None
    text = (json.dumps(to_jsonld(snap), ensure_ascii=False, indent=2) + "\n" if fmt == "jsonld"
            else "".join(line + "\n" for line in to_jsonl(snap)) if fmt == "jsonl" else to_csv(snap))
    if out is None:
        return text
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"{out}: cannot write ({exc.strerror or exc})") from exc
    return None


# --------------------------------------------------------------------------- Datasette

DATASETTE_DB = "register"
_LABELS: dict[str, tuple[str, dict[str, str]]] = {
    "articles": ("The articles (news reports, statements) the register was built from", {
        "content_hash": "sha256 of the normalised text: the article's identity",
        "source": "file path or URL it was read from",
        "published": "publication date the article states (YYYY-MM-DD)",
        "media_type": "what it was read as: text, html, feed, pdf, docx",
        "source_hash": "sha256 of the original bytes (the PDF, the page)"}),
    "records": ("Consolidated records: one per real instrument, commitment, meeting, person, figure or "
                "initiative", {
        "kind": "instruments, commitments, meetings, people, figures or initiatives",
        "pair": "the two states, as sorted ISO codes (BY-PK)",
        "summary": "one line made of the record's main fields",
        "date": "the instrument's or meeting's date, or the commitment's deadline",
        "reported": "the day the first source reported it",
        "status": "instruments: signed, planned, …; commitments: status on the export day",
        "sources": "how many articles report it",
        "fields": "every field, as JSON"}),
    "evidence": ("Every quote a record rests on, with its character span in its article", {
        "start": "first character of the quote in the article text",
        "end": "character after the quote (end exclusive)",
        "official": "1 when the source is an official one (a ministry, an embassy)"}),
    "conflicts": ("Where sources disagree on a field of a record", {
        "sides": "each value with the quotes that state it, as JSON"}),
}
_QUERIES: dict[str, dict[str, str]] = {
    "overdue_commitments": {
        "title": "Overdue commitments",
        "description": "Commitments whose deadline passed with no report that they were kept (status on the "
                       "export day), each with its earliest quote",
        "sql": "select r.id, r.pair, r.summary, r.date as deadline, e.quote, e.article_name, e.outlet, "
               "min(e.published) as first_reported from records r left join evidence e on e.record_id = r.id "
               "where r.kind = 'commitments' and r.status = 'overdue' group by r.id order by r.date, r.id"},
    "instruments_by_pair_and_year": {
        "title": "Instruments by pair and year",
        "description": "How many instruments each pair of states has, year by year (the instrument's "
                       "date, else the year it was first reported)",
        "sql": "select pair, substr(coalesce(date, reported), 1, 4) as year, count(*) as instruments, "
               "group_concat(summary, ' | ') as which from records where kind = 'instruments' "
               "group by pair, year order by pair, year"},
    "conflicts": {
        "title": "Conflicts between sources",
        "description": "Every field on which sources disagree, each side with its quotes",
        "sql": "select c.record_id, r.kind, r.pair, r.summary, c.field, c.sides from conflicts c "
               "join records r on r.id = c.record_id order by r.pair, c.record_id, c.field"},
}


def datasette_metadata() -> dict[str, Any]:
    """Return Datasette's metadata.json for an exported register: labelled tables and canned queries."""
    tables = {name: {"description": about, "columns": columns} for name, (about, columns) in _LABELS.items()}
    return {"title": "accord register", "description": "A source-grounded register of bilateral diplomacy",
            "databases": {DATASETTE_DB: {"tables": tables, "queries": _QUERIES}}}


def export_datasette(store: Store, folder: Path, pair: str | None = None, as_of: date | None = None) -> Path:
    """Write FOLDER/register.db and FOLDER/metadata.json for `datasette register.db -m metadata.json`."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"{folder}: cannot create ({exc.strerror or exc})") from exc
    database = folder / f"{DATASETTE_DB}.db"
    to_sqlite(snapshot(store, pair, as_of), database)
    (folder / "metadata.json").write_text(json.dumps(datasette_metadata(), indent=2) + "\n", encoding="utf-8")
    return database
