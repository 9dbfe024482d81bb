"""The stored articles: listed (without their text) whole or by page, or one with its text and facts."""

from __future__ import annotations

from accord import shapes
from accord.read.pages import DEFAULT_LIMIT, Page, check_page
from accord.store import Store
from accord.store.articles import ArticleQuery, ArticleSummary, article_summaries
from accord.store.db import utc_iso
from accord.store.facts import StoredArticle, find_article
from accord.store.manual import ManualData, manual_entry


def article_list(store: Store, query: ArticleQuery | None = None) -> list[ArticleSummary]:
    """Return the stored articles the query picks, oldest stored first (by id)."""
    return article_summaries(store, query or ArticleQuery(), None, 0)[0]


def articles_page(store: Store, query: ArticleQuery | None = None, limit: int = DEFAULT_LIMIT,
                  offset: int = 0) -> Page[ArticleSummary]:
    """Return one page of the stored articles, with their total."""
    check_page(limit, offset)
    items, total = article_summaries(store, query or ArticleQuery(), limit, offset)
    return Page(items, total, limit, offset)


def article_detail(store: Store, key: str) -> StoredArticle:
    """Return one article (by id, name or content-hash prefix) with its text and facts."""
    return find_article(store, key)


def article_manual(store: Store, article_id: int) -> ManualData | None:
    """Return the provenance of a desk officer's manual entry, or None for an article read from a report."""
    return manual_entry(store, article_id)


def article_json(record: StoredArticle, manual: ManualData | None = None) -> shapes.ArticleDetail:
    """Return an article with its text, facts and (for a manual entry) provenance as a JSON-ready dict."""
    a = record.article
    return {"id": record.id, "name": a.name, "title": a.title, "source": a.source,
            "published": a.published.isoformat() if a.published else None,
            "reference_date": a.reference_date.isoformat() if a.reference_date else None,
            "outlet": a.outlet, "dateline": a.dateline, "language": a.language, "media_type": a.media_type,
            "content_hash": a.content_hash, "ingested_at": utc_iso(record.ingested_at),
            "skip": [[s, e] for s, e in a.skip], "text": a.text,
            "facts": [f.to_json() for f in record.facts],
            "manual": manual.to_json() if manual else None}
