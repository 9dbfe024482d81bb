"""Stored facts as the read side lists them: filters, pages, one article, counts.

Every query on facts and articles that the CLI, the API and the dashboard show is here, so
SQL stays in the store; the values returned are plain records with a `to_json()`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from accord import shapes
from accord.core import FACT_KINDS, Article, MentionKey
from accord.store.db import NotFoundError, Store, article_of, chunks, is_row_id
from accord.store.models import ArticleRow, FactRow, FactTerm, RecordRow
from accord.store.terms import country_term, sector_term, status_term

_HASH_PREFIX_MIN = 6


@dataclass(frozen=True, slots=True)
class StoredFact:
    """One stored fact together with the article it was found in."""

    id: int
    article_id: int
    article: str
    published: date | None
    outlet: str | None
    kind: str
    fields: dict[str, Any]
    start: int
    end: int
    quote: str
    cluster: str | None
    extractor: str
    extractor_version: str

    @property
    def summary(self) -> str:
        """Return a one-line description of the fact built from its main fields."""
        return summarize(self.kind, self.fields)

    def to_json(self) -> shapes.Fact:
        """Return the record as a JSON-ready dict (dates as ISO strings)."""
        return {
            "id": self.id, "article_id": self.article_id, "article": self.article,
            "published": self.published.isoformat() if self.published else None,
            "outlet": self.outlet, "kind": self.kind, "summary": self.summary,
            "fields": self.fields,
            "evidence": {"start": self.start, "end": self.end, "text": self.quote},
            "cluster": self.cluster, "extractor": self.extractor,
            "extractor_version": self.extractor_version,
        }


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """One stored article, its facts and when it was stored."""

    id: int
    article: Article
    ingested_at: datetime
    facts: tuple[StoredFact, ...]


@dataclass(frozen=True, slots=True)
class Stats:
    """What the store holds, in counts."""

    articles: int
    facts: dict[str, int]
    outlets: dict[str, int]
    first_published: date | None
    last_published: date | None
    undated: int

    def to_json(self) -> shapes.Stats:
        """Return the statistics as a JSON-ready dict."""
        return {
            "articles": self.articles, "facts": self.facts, "outlets": self.outlets,
            "first_published": self.first_published.isoformat() if self.first_published else None,
            "last_published": self.last_published.isoformat() if self.last_published else None,
            "undated": self.undated,
        }


def _join(values: Any) -> str:
    return ", ".join(str(v) for v in values) if isinstance(values, list) else ""


def _summary_parts(kind: str, f: dict[str, Any]) -> list[Any]:
    if kind == "instruments":
        return [f.get("type"), f.get("subject"), _join(f.get("parties")), f.get("status"), f.get("date")]
    if kind == "commitments":
        return [f.get("actor"), f.get("action"), f.get("deadline_text"), f.get("deadline")]
    if kind == "meetings":
        return [f.get("kind"), _join(f.get("participants")), f.get("place"), f.get("date")]
    if kind == "people":
        return [f.get("name"), f.get("role"), f.get("country")]
    if kind == "figures":
        return [f.get("approx"), f.get("value"), f.get("what")]
    if kind == "initiatives":
        return [f.get("type"), f.get("subject"), _join(f.get("parties")), f.get("state")]
    return [f"{k}={v}" for k, v in f.items()]


def summarize(kind: str, fields: dict[str, Any]) -> str:
    """Return the non-empty main fields of a fact joined into one line."""
    return " · ".join(str(p) for p in _summary_parts(kind, fields) if p not in (None, ""))


_ArticleOf = tuple[int, str, date | None, str | None]  # what a fact's listing shows of its article


def _record(fact: FactRow, article: _ArticleOf) -> StoredFact:
    article_id, name, published, outlet = article
    return StoredFact(
        id=fact.id, article_id=article_id, article=name, published=published,
        outlet=outlet, kind=fact.kind, fields=dict(fact.fields), start=fact.start, end=fact.end,
        quote=fact.quote, cluster=fact.cluster, extractor=fact.extractor,
        extractor_version=fact.extractor_version,
    )


@dataclass(frozen=True, slots=True)
class FactFilter:
    """Which stored facts to read; every condition given must hold. The database applies them all.

    `countries`: ISO codes of states the fact's fields must all name. `pair`: a pair key
    ("BY-PK"): the fact's register record is of that pair, or its fields name both states.
    `since`/`until`: the article's publication day (undated articles drop out). `words`:
    folded words that must all occur in the quote or the fields.
    """

    kind: str | None = None
    article_id: int | None = None
    countries: tuple[str, ...] = ()
    pair: str | None = None
    sector: str | None = None
    status: str | None = None
    since: date | None = None
    until: date | None = None
    words: tuple[str, ...] = ()


def _with_term(term: str) -> ColumnElement[bool]:
    return FactRow.id.in_(select(FactTerm.fact_id).where(FactTerm.term == term))


def _conditions(f: FactFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if f.kind:
        where.append(FactRow.kind == f.kind)
    if f.article_id is not None:
        where.append(FactRow.article_id == f.article_id)
    where += [_with_term(country_term(code)) for code in f.countries]
    if f.pair is not None:
        in_records = FactRow.cluster.in_(select(RecordRow.id).where(RecordRow.pair == f.pair))
        where.append(or_(in_records, and_(*(_with_term(country_term(c)) for c in f.pair.split("-")))))
    if f.sector is not None:
        where.append(_with_term(sector_term(f.sector)))
    if f.status is not None:
        where.append(_with_term(status_term(f.status)))
    if f.since is not None or f.until is not None:
        dated = select(ArticleRow.id).where(ArticleRow.published.is_not(None))
        if f.since is not None:
            dated = dated.where(ArticleRow.published >= f.since)
        if f.until is not None:
            dated = dated.where(ArticleRow.published <= f.until)
        where.append(FactRow.article_id.in_(dated))
    where += [FactRow.search.contains(w, autoescape=True) for w in f.words]
    return where


_LISTING = (FactRow.article_id, FactRow.kind, FactRow.start, FactRow.id)  # the order facts are listed in
_ARTICLE_COLUMNS = (ArticleRow.id, ArticleRow.name, ArticleRow.published, ArticleRow.outlet)  # not the text


def _listed(*where: ColumnElement[bool]) -> Select[FactRow, int, str, date | None, str | None]:
    return (select(FactRow, *_ARTICLE_COLUMNS).join(ArticleRow, FactRow.article_id == ArticleRow.id)
            .where(*where))


def _records(s: Session, query: Select[FactRow, int, str, date | None, str | None]) -> list[StoredFact]:
    return [_record(fact, (a, name, day, outlet)) for fact, a, name, day, outlet in s.execute(query)]


def select_facts(store: Store, f: FactFilter) -> list[StoredFact]:
    """Return every stored fact the filter picks, by article, kind and place in the text."""
    with store.session() as s:
        # FactRow.article_id equals ArticleRow.id here; ordering on it lets the listing index serve
        return _records(s, _listed(*_conditions(f)).order_by(*_LISTING))


def page_of_facts(store: Store, f: FactFilter, limit: int, offset: int) -> tuple[list[StoredFact], int]:
    """Return one page of the facts the filter picks (same order as `select_facts`) and their number.

    The database does the filtering, counting and paging, through indexes on the facts'
    terms and listing order.
    """
    where = _conditions(f)
    with store.session() as s:
        total = s.scalar(select(func.count()).select_from(FactRow).where(*where)) or 0
        # the page's ids first (sorting keys only, from the listing index), then those rows
        paged = select(FactRow.id).where(*where).order_by(*_LISTING).limit(limit).offset(offset)
        ids = s.scalars(paged).all()
        found = {r.id: r for r in _records(s, _listed(FactRow.id.in_(ids)))} if ids else {}
        return [found[i] for i in ids], total


def _candidates(s: Session, key: str) -> Sequence[ArticleRow]:
    # "²" is a digit to str.isdigit, not to int(); a number past the largest id names no row
    if key.isascii() and key.isdigit() and is_row_id(int(key)):
        row = s.get(ArticleRow, int(key))
        if row is not None:
            return [row]
    exact = s.scalars(select(ArticleRow).where(ArticleRow.name == key)).all()
    if exact:
        return exact
    if len(key) >= _HASH_PREFIX_MIN and re.fullmatch(r"[0-9a-fA-F]+", key):
        by_hash = s.scalars(select(ArticleRow).where(ArticleRow.content_hash.startswith(key.lower()))).all()
        if by_hash:
            return by_hash
    # a name given without its extension ("000_846070d1f38a0bf4")
    return s.scalars(select(ArticleRow).where(ArticleRow.name.startswith(key + ".", autoescape=True))).all()


def _find_article_row(s: Session, key: str) -> ArticleRow:
    found = _candidates(s, key.strip())
    if not found:
        raise NotFoundError(f"no stored article matches {key!r} (give an id, a name or a hash prefix)")
    if len(found) > 1:
        names = ", ".join(f"{r.id} ({r.name})" for r in found[:5])
        raise NotFoundError(f"{key!r} matches {len(found)} articles: {names}; give its id")
    return found[0]


def article_id(store: Store, key: str) -> int:
    """Return the id of the article whose id, name or content-hash prefix is `key`."""
    with store.session() as s:
        return _find_article_row(s, key).id


def find_article(store: Store, key: str) -> StoredArticle:
    """Return the article whose id, name or content-hash prefix is `key`, with its facts."""
    with store.session() as s:
        row = _find_article_row(s, key)
        article = (row.id, row.name, row.published, row.outlet)
        facts = tuple(_record(f, article) for f in sorted(row.facts, key=lambda f: (f.start, f.id)))
        return StoredArticle(id=row.id, article=article_of(row), ingested_at=row.ingested_at, facts=facts)


def stats(store: Store) -> Stats:
    """Return how many articles and facts (per kind) the store holds, by outlet and date."""
    with store.session() as s:
        articles = s.scalar(select(func.count(ArticleRow.id))) or 0
        per_kind = dict(s.execute(select(FactRow.kind, func.count(FactRow.id)).group_by(FactRow.kind))
                        .all())
        outlets = s.execute(select(ArticleRow.outlet, func.count(ArticleRow.id))
                            .group_by(ArticleRow.outlet)).all()
        first, last = s.execute(select(func.min(ArticleRow.published), func.max(ArticleRow.published))
                                ).one()
        undated = s.scalar(select(func.count(ArticleRow.id)).where(ArticleRow.published.is_(None))) or 0
    return Stats(
        articles=articles,
        facts={k: per_kind.get(k, 0) for k in FACT_KINDS},
        outlets=dict(sorted(((o or "(unknown)", n) for o, n in outlets), key=lambda x: (-x[1], x[0]))),
        first_published=first, last_published=last, undated=undated,
    )


@dataclass(frozen=True, slots=True)
class FactSite:
    """Where one stored fact sits: its key, its article's id, its own id, its span and its record."""

    key: MentionKey
    article_id: int
    fact_id: int
    start: int
    end: int
    cluster: str | None


def keyed_facts(s: Session, hashes: Collection[str] | None = None) -> Iterator[FactSite]:
    """Yield every stored fact with its mention key (no fields read), article by article; with
    `hashes`, only the facts of the articles with those content hashes."""
    query = (select(FactRow.id, FactRow.article_id, FactRow.kind, FactRow.start, FactRow.end, FactRow.cluster,
                    ArticleRow.content_hash)
             .join(ArticleRow, FactRow.article_id == ArticleRow.id).order_by(FactRow.article_id, FactRow.id))
    queries = [query] if hashes is None else [query.where(ArticleRow.content_hash.in_(chunk))
                                               for chunk in chunks(hashes)]
    seen: dict[tuple[int, str], int] = {}
    for fact_id, article, kind, start, end, cluster, content_hash in (row for q in queries
                                                                       for row in s.execute(q)):
        # facts are stored kind by kind in list order, so the n-th row of a kind is index n
        index = seen.get((article, kind), 0)
        seen[(article, kind)] = index + 1
        yield FactSite(MentionKey(content_hash, kind, index), article, fact_id, start, end, cluster)


def fact_sites(store: Store) -> tuple[list[FactSite], dict[str, int]]:
    """Return every stored fact's site, and each article's id by its content hash."""
    with store.session() as s:
        ids = {h: i for i, h in s.execute(select(ArticleRow.id, ArticleRow.content_hash))}
        return list(keyed_facts(s)), ids
