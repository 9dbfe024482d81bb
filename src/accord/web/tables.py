"""The register table: instruments filtered, sorted and cut into pages as the query string asks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from accord.read import RecordView, paginate, record_day, record_sources
from accord.web.charts import instrument_year

PAGE_SIZE = 50
SORT_KEYS: dict[str, Callable[[RecordView], Any]] = {
    "type": lambda v: str(v.record.fields.get("type") or ""),
    "subject": lambda v: str(v.record.fields.get("subject") or "").casefold(),
    "status": lambda v: str(v.record.fields.get("status") or ""),
    "date": lambda v: record_day(v.record),  # the order `accord register` lists them in
    "sources": lambda v: record_sources(v.record)["articles"],
}


@dataclass(frozen=True, slots=True)
class RegisterQuery:
    """What the register page was asked for: filters, order and page."""

    sector: str | None = None
    type: str | None = None
    status: str | None = None
    q: str | None = None
    year: int | None = None
    sort: str = "date"
    page: int = 1

    def sort_key(self) -> tuple[str, bool]:
        """Return the column to sort by and whether descending ("-date"); unknown columns sort by date."""
        name = self.sort.lstrip("-")
        return (name if name in SORT_KEYS else "date", self.sort.startswith("-"))


def _text_of(view: RecordView) -> str:
    f = view.record.fields
    parts = [f.get("type"), f.get("subject"), f.get("status"), f.get("place"), view.record.id,
             *(f.get("sectors") or []), *(f.get("parties") or []), *(f.get("signatories") or [])]
    parts += [m.quote for m in view.record.mentions]
    return " ".join(str(p) for p in parts if p).casefold()


def _matches(view: RecordView, query: RegisterQuery) -> bool:
    f = view.record.fields
    return ((query.sector is None or query.sector in (f.get("sectors") or []))
            and (query.type is None or f.get("type") == query.type)
            and (query.status is None or f.get("status") == query.status)
            and (query.year is None or instrument_year(view) == query.year)
            and (not query.q or query.q.casefold() in _text_of(view)))


@dataclass(frozen=True, slots=True)
class RegisterPage:
    """One page of the filtered, sorted register and what the filter menus offer."""

    rows: list[RecordView]
    total: int
    page: int
    pages: int
    options: dict[str, list[str]]


def _options(views: list[RecordView]) -> dict[str, list[str]]:
    def values(name: str) -> list[str]:
        found: set[str] = set()
        for v in views:
            value = v.record.fields.get(name)
            found.update(str(x) for x in value) if isinstance(value, list) else found.add(str(value or ""))
        found.discard("")
        return sorted(found, key=str.casefold)

    return {"sector": values("sectors"), "type": values("type"), "status": values("status")}


def register_page(views: list[RecordView], query: RegisterQuery) -> RegisterPage:
    """Return the page of instruments the query asks for."""
    found = [v for v in views if _matches(v, query)]
    column, descending = query.sort_key()
    found.sort(key=lambda v: (SORT_KEYS[column](v), v.record.id), reverse=descending)
    pages = max(1, -(-len(found) // PAGE_SIZE))
    page = min(max(1, query.page), pages)
    cut = paginate(found, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    return RegisterPage(cut.items, cut.total, page, pages, _options(views))
