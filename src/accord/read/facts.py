"""The stored facts: one filter (`FactQuery`), listed whole or by page, in one order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from accord.normalize.countries import fold
from accord.read.pages import (
    DEFAULT_LIMIT,
    Page,
    check_fact_status,
    check_kind,
    check_page,
    check_pair,
    check_sector,
    resolve_country,
)
from accord.store import Store
from accord.store.facts import FactFilter, Stats, StoredFact, article_id, page_of_facts, select_facts, stats


@dataclass(frozen=True, slots=True)
class FactQuery:
    """Which stored facts to list; every filter given must hold.

    `country`: a state (name, alias, ISO code or demonym) the fields name. `pair`: the
    fact's register record is of that pair, or its fields name both states. `status`: an
    instrument's stated status (signed, in_force, …). `since`/`until`: the article's
    publication day (undated articles drop out). `q`: words anywhere in the quote or the
    fields, case and accents ignored. `article`: its id, name or hash prefix.
    """

    kind: str | None = None
    country: str | None = None
    pair: str | None = None
    sector: str | None = None
    status: str | None = None
    since: date | None = None
    until: date | None = None
    q: str | None = None
    article: str | None = None


def fact_filter(store: Store, query: FactQuery) -> FactFilter:
    """Return the store's filter for a query, its names checked (BadQueryError, NotFoundError)."""
    country = resolve_country(query.country) if query.country else None
    return FactFilter(kind=check_kind(query.kind), countries=(country.iso2,) if country else (),
                      article_id=article_id(store, query.article) if query.article else None,
                      pair=check_pair(query.pair), sector=check_sector(query.sector),
                      status=check_fact_status(query.status), since=query.since, until=query.until,
                      words=tuple(fold(query.q).split()) if query.q else ())


def fact_list(store: Store, query: FactQuery | None = None) -> list[StoredFact]:
    """Return the stored facts the query picks, by article, kind and place in the text."""
    return select_facts(store, fact_filter(store, query or FactQuery()))


def facts_page(store: Store, query: FactQuery, limit: int = DEFAULT_LIMIT,
               offset: int = 0) -> Page[StoredFact]:
    """Return one page of the facts the query picks, with their total (the database filters and pages)."""
    check_page(limit, offset)
    items, total = page_of_facts(store, fact_filter(store, query), limit, offset)
    return Page(items, total, limit, offset)


def store_stats(store: Store) -> Stats:
    """Return what the store holds: articles, facts per kind, outlets, dates."""
    return stats(store)
