"""The facts the CLI lists, and the one CSV layout of every list the CLI and the API write.

One view, two formats: the store's read functions (`accord.store.facts`) return plain
records with a `to_json()`; JSON is that dict, CSV the columns `CSV_COLUMNS` names for the
list, read from the same dict. Nothing here prints.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from accord.core import FACT_KINDS
from accord.normalize.countries import Country, state_named
from accord.store import NotFoundError, Store
from accord.store.facts import (
    FactFilter,
    Stats,
    StoredArticle,
    StoredFact,
    article_id,
    find_article,
    page_of_facts,
    select_facts,
    stats,
    summarize,
)

__all__ = [
    "CSV_COLUMNS",
    "FactFilter",
    "Stats",
    "StoredArticle",
    "StoredFact",
    "fact_filter",
    "facts_to_csv",
    "facts_to_json",
    "find_article",
    "list_csv",
    "list_facts",
    "neutralise",
    "page_of_facts",
    "resolve_country",
    "select_facts",
    "stats",
    "summarize",
    "to_csv",
]

# One CSV layout per list, whether the CLI or the API writes it: columns of the item's
# `to_json()` ("a.b" reads a nested value).
CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "facts": ("id", "article_id", "article", "published", "outlet", "kind", "summary", "evidence.start",
              "evidence.end", "evidence.text", "cluster", "fields", "extractor", "extractor_version"),
    "articles": ("id", "name", "title", "source", "published", "outlet", "dateline", "language",
                 "content_hash", "ingested_at", "facts"),
    "records": ("id", "kind", "pair", "fields", "owner.name", "owner.focal_point", "owner.suggested",
                "sources.articles", "sources.official", "sources.media",
                "conflicts", "links", "curation", "implementation.as_of", "implementation.state",
                "implementation.how", "implementation.reason"),
    "commitments": ("id", "actor", "action", "deadline", "deadline_text", "pair", "as_of", "status",
                    "reason", "evidence", "owner.name", "owner.focal_point", "owner.suggested"),
    "initiatives": ("id", "type", "subject", "sectors", "parties", "pair", "as_of", "state", "since",
                    "first_reported", "evidence.quote", "carriers", "owner.name", "owner.focal_point",
                    "owner.suggested"),
    "conflicts": ("record", "kind", "pair", "field", "sides"),
    "timeline": ("date", "kind", "label", "record", "sources"),
    "audit": ("id", "at", "who", "action", "records", "value", "why"),
    "due": ("due", "status", "what", "owner", "record", "sources", "pair", "deadline_text", "reason"),
}


class Serialisable(Protocol):
    """A value of a list: it serialises itself to one JSON-ready dict."""

    def to_json(self) -> dict[str, Any]: ...


def list_csv(name: str, items: Iterable[Serialisable]) -> str:
    """Return a list as CSV in its one layout (`CSV_COLUMNS[name]`)."""
    return to_csv(CSV_COLUMNS[name], (item.to_json() for item in items))


def resolve_country(name: str) -> Country:
    """Return the state a name, alias, ISO alpha-2 code or demonym denotes."""
    found = state_named(name)
    if found is None:
        raise NotFoundError(f"unknown country {name!r}: give a state's ISO alpha-2 code, name or demonym")
    return found


def fact_filter(store: Store, kind: str | None = None, country: str | None = None,
                article: str | None = None) -> FactFilter:
    """Return the filter for one kind, one state (by any name) and one article (by id, name or hash)."""
    if kind is not None and kind not in FACT_KINDS:
        raise NotFoundError(f"unknown fact kind {kind!r}: choose one of {', '.join(FACT_KINDS)}")
    countries = (resolve_country(country).iso2,) if country else ()
    found = article_id(store, article) if article else None
    return FactFilter(kind=kind, countries=countries, article_id=found)


def list_facts(store: Store, kind: str | None = None, country: str | None = None,
               article: str | None = None) -> list[StoredFact]:
    """Return stored facts, optionally of one kind, mentioning one state, or from one article."""
    return select_facts(store, fact_filter(store, kind, country, article))


def facts_to_json(records: Sequence[StoredFact]) -> str:
    """Return the records as a JSON array (UTF-8 text, not ASCII-escaped)."""
    return json.dumps([r.to_json() for r in records], ensure_ascii=False, indent=2)


def facts_to_csv(records: Sequence[StoredFact]) -> str:
    """Return the records as CSV with a header row; `fields` is a JSON object per row."""
    return list_csv("facts", records)


# What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection")
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Return a CSV cell a spreadsheet shows as text: a leading formula character gets a "'" before it."""
    return "'" + text if text.startswith(FORMULA_LEADS) else text


def _cell(row: dict[str, Any], column: str) -> str:
    value: Any = row
    for part in column.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int | float):  # a number ("-3") is data, never a formula
        return str(value)
    # article names, titles and quotes come from outside: "=2+5.txt" must not run
    return neutralise(str(value))


def to_csv(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> str:
    """Return rows (JSON-ready dicts) as CSV: a header, then one line each; nested values as JSON.

    A column "a.b" reads row["a"]["b"]. Text cells are neutralised against formula injection;
    every cell is quoted.
    """
    out = io.StringIO()
    # every cell quoted (OWASP): a line break or carriage return inside a cell cannot start a new row
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row, c) for c in columns])
    return out.getvalue()
