"""What the CLI (and later the API) shows from the store: facts, one article, statistics.

One view, two formats: every query returns plain records that render as a table (in the
CLI), JSON or CSV. Nothing here prints.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from accord.core import FACT_KINDS, Article
from accord.normalize.countries import Country, fold, gazetteer
from accord.store import ArticleRow, FactRow, NotFoundError, Store, article_of

CSV_COLUMNS: tuple[str, ...] = (
    "id", "article_id", "article", "published", "outlet", "kind", "summary",
    "start", "end", "quote", "cluster", "fields", "extractor", "extractor_version",
)
_HASH_PREFIX_MIN = 6


@dataclass(frozen=True, slots=True)
class FactRecord:
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

    def to_json(self) -> dict[str, Any]:
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
class ArticleRecord:
    """One stored article, its facts and when it was stored."""

    id: int
    article: Article
    ingested_at: datetime
    facts: tuple[FactRecord, ...]


@dataclass(frozen=True, slots=True)
class Stats:
    """What the store holds, in counts."""

    articles: int
    facts: dict[str, int]
    outlets: dict[str, int]
    first_published: date | None
    last_published: date | None
    undated: int

    def to_json(self) -> dict[str, Any]:
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
    return [f"{k}={v}" for k, v in f.items()]


def summarize(kind: str, fields: dict[str, Any]) -> str:
    """Return the non-empty main fields of a fact joined into one line."""
    return " · ".join(str(p) for p in _summary_parts(kind, fields) if p not in (None, ""))


def _record(fact: FactRow, article: ArticleRow) -> FactRecord:
    return FactRecord(
        id=fact.id, article_id=article.id, article=article.name, published=article.published,
        outlet=article.outlet, kind=fact.kind, fields=dict(fact.fields), start=fact.start, end=fact.end,
        quote=fact.quote, cluster=fact.cluster, extractor=fact.extractor,
        extractor_version=fact.extractor_version,
    )


@lru_cache(maxsize=64)
def _country_pattern(country: Country) -> re.Pattern[str]:
    forms = {fold(x) for x in (country.name, *country.aliases, *country.demonyms) if x.strip()}
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    # lookarounds, not \b: forms such as "U.S." end in punctuation
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def resolve_country(name: str) -> Country:
    """Return the state a name, alias, ISO code or demonym denotes."""
    found = gazetteer().resolve(name)
    if found is None:
        raise NotFoundError(f"unknown country {name!r}: give a state's name or demonym")
    return found


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)


def mentions_country(fields: dict[str, Any], country: Country) -> bool:
    """Say whether any field value names `country` or uses its demonym."""
    pattern = _country_pattern(country)
    return any(pattern.search(fold(s)) for s in _strings(fields))


def _facts_query(kind: str | None, article_id: int | None) -> Select[FactRow, ArticleRow]:
    query = select(FactRow, ArticleRow).join(ArticleRow, FactRow.article_id == ArticleRow.id)
    if kind:
        query = query.where(FactRow.kind == kind)
    if article_id is not None:
        query = query.where(FactRow.article_id == article_id)
    # FactRow.article_id equals ArticleRow.id here; ordering on it lets the listing index serve
    return query.order_by(FactRow.article_id, FactRow.kind, FactRow.start, FactRow.id)


def list_facts(store: Store, kind: str | None = None, country: str | None = None,
               article: str | None = None) -> list[FactRecord]:
    """Return stored facts, optionally of one kind, mentioning one state, or from one article."""
    if kind is not None and kind not in FACT_KINDS:
        raise NotFoundError(f"unknown fact kind {kind!r}: choose one of {', '.join(FACT_KINDS)}")
    wanted = resolve_country(country) if country else None
    with store.session() as s:
        article_id = _find_article_row(s, article).id if article else None
        rows = s.execute(_facts_query(kind, article_id)).all()
        records = [_record(f, a) for f, a in rows]
    if wanted is not None:
        records = [r for r in records if mentions_country(r.fields, wanted)]
    return records


def page_of_facts(store: Store, kind: str | None, article: str | None, limit: int,
                  offset: int) -> tuple[list[FactRecord], int]:
    """Return one page of stored facts (same order as `list_facts`) and how many there are in all.

    The database does the counting and the paging, so a page costs the same however many
    facts are stored; filters on the facts' fields need `list_facts` instead.
    """
    if kind is not None and kind not in FACT_KINDS:
        raise NotFoundError(f"unknown fact kind {kind!r}: choose one of {', '.join(FACT_KINDS)}")
    with store.session() as s:
        article_id = _find_article_row(s, article).id if article else None
        query = _facts_query(kind, article_id)
        counted = select(func.count(FactRow.id))
        if kind:
            counted = counted.where(FactRow.kind == kind)
        if article_id is not None:
            counted = counted.where(FactRow.article_id == article_id)
        total = s.scalar(counted) or 0
        rows = s.execute(query.limit(limit).offset(offset)).all()
        return [_record(f, a) for f, a in rows], total


def _candidates(s: Session, key: str) -> Sequence[ArticleRow]:
    if key.isdigit():
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


def find_article(store: Store, key: str) -> ArticleRecord:
    """Return the article whose id, name or content-hash prefix is `key`, with its facts."""
    with store.session() as s:
        row = _find_article_row(s, key)
        facts = tuple(_record(f, row) for f in sorted(row.facts, key=lambda f: (f.start, f.id)))
        return ArticleRecord(id=row.id, article=article_of(row), ingested_at=row.ingested_at, facts=facts)


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


def facts_to_json(records: Sequence[FactRecord]) -> str:
    """Return the records as a JSON array (UTF-8 text, not ASCII-escaped)."""
    return json.dumps([r.to_json() for r in records], ensure_ascii=False, indent=2)


def facts_to_csv(records: Sequence[FactRecord]) -> str:
    """Return the records as CSV with a header row; `fields` is a JSON object per row."""
    rows = ({"id": r.id, "article_id": r.article_id, "article": r.article,
             "published": r.published.isoformat() if r.published else None, "outlet": r.outlet,
             "kind": r.kind, "summary": r.summary, "start": r.start, "end": r.end, "quote": r.quote,
             "cluster": r.cluster, "fields": r.fields, "extractor": r.extractor,
             "extractor_version": r.extractor_version} for r in records)
    return to_csv(CSV_COLUMNS, rows)


def _cell(row: dict[str, Any], column: str) -> str:
    value: Any = row
    for part in column.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def to_csv(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> str:
    """Return rows (JSON-ready dicts) as CSV: a header, then one line each; nested values as JSON.

    A column "a.b" reads row["a"]["b"].
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row, c) for c in columns])
    return out.getvalue()
