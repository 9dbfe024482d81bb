"""The one CSV layout of every list, whether the CLI or the API writes it.

A list's CSV is the columns `CSV_COLUMNS` names, read from each item's JSON form ("a.b"
reads a nested value); text cells are neutralised against formula injection.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

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

    def to_json(self) -> Mapping[str, Any]: ...


def list_csv(name: str, items: Iterable[Serialisable]) -> str:
    """Return a list as CSV in its one layout (`CSV_COLUMNS[name]`)."""
    return to_csv(CSV_COLUMNS[name], (item.to_json() for item in items))


def list_json(items: Iterable[Serialisable]) -> str:
    """Return a list as a JSON array of its items' JSON forms (UTF-8 text, not ASCII-escaped)."""
    return json.dumps([item.to_json() for item in items], ensure_ascii=False, indent=2)


# What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection")
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Return a CSV cell a spreadsheet shows as text: a leading formula character gets a "'" before it."""
    return "'" + text if text.startswith(FORMULA_LEADS) else text


def _cell(row: Mapping[str, Any], column: str) -> str:
    value: Any = row
    for part in column.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int | float):  # a number ("-3") is data, never a formula
        return str(value)
    # article names, titles and quotes come from outside: "=2+5.txt" must not run
    return neutralise(str(value))


def to_csv(columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> str:
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
