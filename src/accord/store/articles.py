"""Stored articles as the read side lists them: summaries without their text, filtered and paged."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from accord import shapes
from accord.normalize.countries import fold
from accord.store.db import Store, utc_iso
from accord.store.models import ArticleRow, FactRow
from accord.store.terms import text_of


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One stored article without its text: what a list of articles shows."""

    id: int
    name: str
    title: str | None
    source: str
    published: date | None
    outlet: str | None
    dateline: str | None
    language: str | None
    content_hash: str
    ingested_at: datetime
    facts: int

    def to_json(self) -> shapes.ArticleSummary:
        """Return the summary as a JSON-ready dict (dates as ISO strings)."""
        return {"id": self.id, "name": self.name, "title": self.title, "source": self.source,
                "published": self.published.isoformat() if self.published else None,
                "outlet": self.outlet, "dateline": self.dateline, "language": self.language,
                "content_hash": self.content_hash, "ingested_at": utc_iso(self.ingested_at),
                "facts": self.facts}


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    """Which stored articles to list: `q` searches the title, name and outlet; dates are publication days.

    `newest` lists the latest published first (undated last) instead of in the order stored.
    """

    q: str | None = None
    outlet: str | None = None
    since: date | None = None
    until: date | None = None
    newest: bool = False


_SUMMARY_COLUMNS = (ArticleRow.id, ArticleRow.name, ArticleRow.title, ArticleRow.source, ArticleRow.published,
                   ArticleRow.outlet, ArticleRow.dateline, ArticleRow.language, ArticleRow.content_hash,
                   ArticleRow.ingested_at)


def _article_test(query: ArticleQuery) -> Callable[[Any], bool]:
    words = fold(query.q).split() if query.q else []
    outlet = fold(query.outlet) if query.outlet else None

    def matches(row: Any) -> bool:
        if outlet is not None and fold(row.outlet or "") != outlet:
            return False
        haystack = text_of([row.title, row.name, row.outlet]) if words else ""
        return all(w in haystack for w in words)
    return matches


def article_summaries(store: Store, query: ArticleQuery, limit: int | None,
               offset: int) -> tuple[list[ArticleSummary], int]:
    """Return the articles the query picks (a page of them, when `limit` is given) and their number.

    Dates are filtered and pages cut by the database; the texts are never read, and facts
    are counted for the articles returned only.
    """
    picked = select(*_SUMMARY_COLUMNS)
    if query.newest:
        picked = picked.order_by(ArticleRow.published.is_(None), ArticleRow.published.desc(), ArticleRow.id)
    else:
        picked = picked.order_by(ArticleRow.id)
    if query.since is not None:
        picked = picked.where(ArticleRow.published >= query.since)
    if query.until is not None:
        picked = picked.where(ArticleRow.published <= query.until)
    with store.session() as s:
        if query.q or query.outlet:  # folded words and names: compared here, on the light columns
            test = _article_test(query)
            rows = [r for r in s.execute(picked).all() if test(r)]
            total = len(rows)
            rows = rows[offset:] if limit is None else rows[offset:offset + limit]
        else:
            total = s.scalar(select(func.count()).select_from(picked.order_by(None).subquery())) or 0
            paged = picked.offset(offset) if limit is None else picked.limit(limit).offset(offset)
            rows = list(s.execute(paged))
        counted = select(FactRow.article_id, func.count(FactRow.id)).group_by(FactRow.article_id)
        if limit is not None:
            counted = counted.where(FactRow.article_id.in_([r.id for r in rows]))
        counts: dict[int, int] = {a: n for a, n in s.execute(counted).all()}
    summaries = [ArticleSummary(r.id, r.name, r.title, r.source, r.published, r.outlet, r.dateline,
                                r.language, r.content_hash, r.ingested_at, counts.get(r.id, 0)) for r in rows]
    return summaries, total


def article_sources(store: Store) -> list[dict[str, Any]]:
    """Return every stored article's identity and provenance (no text), by id, as JSON-ready dicts."""
    with store.session() as s:
        rows = s.execute(select(ArticleRow.id, ArticleRow.content_hash, ArticleRow.name, ArticleRow.source,
                                ArticleRow.title, ArticleRow.outlet, ArticleRow.published,
                                ArticleRow.media_type, ArticleRow.source_hash).order_by(ArticleRow.id)).all()
    return [{"id": r.id, "content_hash": r.content_hash, "name": r.name, "source": r.source, "title": r.title,
             "outlet": r.outlet, "published": r.published.isoformat() if r.published else None,
             "media_type": r.media_type, "source_hash": r.source_hash} for r in rows]
