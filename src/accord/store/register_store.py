"""The register's tables: canonical records, which articles they cover, and the audit log.

Everything here is plain JSON-ready values; what a record means is `accord.registry`'s
business. Writing a register rewrites only the records whose content changed, so an
update that changes nothing writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, selectinload

from accord.core import Article, ArticleFacts
from accord.store.db import Store, article_facts_of, article_of, now
from accord.store.facts import keyed_facts
from accord.store.manual import withdrawn_ids
from accord.store.models import (
    ArticleRow,
    AuditEntry,
    FactRow,
    RecordRow,
    RegisteredArticle,
    RegisterState,
)


@dataclass(frozen=True, slots=True)
class StoredRecord:
    """One canonical record as stored: every value already JSON-ready."""

    id: str
    kind: str
    pair: str
    fields: dict[str, Any]
    mentions: list[dict[str, Any]]
    conflicts: list[dict[str, Any]]
    links: list[dict[str, Any]]
    curation: list[dict[str, Any]]
    sources: int

    def content(self) -> tuple[Any, ...]:
        """Return what decides whether a stored row must be rewritten."""
        return (self.kind, self.pair, self.fields, self.mentions, self.conflicts, self.links,
                self.curation, self.sources)


@dataclass(frozen=True, slots=True)
class AuditData:
    """One curation as stored in the audit log."""

    id: int
    at: datetime
    who: str
    action: str
    records: list[str]
    mentions: list[list[str]]
    value: str | None
    why: str


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What writing a register changed in the store."""

    written: int
    removed: int
    clusters: int
    articles: int


def unregistered_article_ids(store: Store) -> set[int]:
    """Return the ids of the stored articles whose facts are not in the register yet."""
    query = select(ArticleRow.id).where(ArticleRow.id.not_in(select(RegisteredArticle.article_id)),
                                        ArticleRow.id.not_in(withdrawn_ids()))
    with store.session() as s:
        return set(s.scalars(query))


def registered_article_ids(store: Store) -> set[int]:
    """Return the ids of the articles whose facts are in the stored register."""
    with store.session() as s:
        return set(s.scalars(select(RegisteredArticle.article_id)))


def _data_of(row: RecordRow) -> StoredRecord:
    return StoredRecord(row.id, row.kind, row.pair, row.fields, row.mentions, row.conflicts, row.links,
                      row.curation, row.sources)


def load_records(store: Store, kind: str | None = None, pair: str | None = None) -> list[StoredRecord]:
    """Return the stored records (of one kind, of one pair "AA-BB"), ordered by id."""
    query = select(RecordRow).order_by(RecordRow.id)
    if kind is not None:
        query = query.where(RecordRow.kind == kind)
    if pair is not None:
        query = query.where(RecordRow.pair == pair)
    with store.session() as s:
        return [_data_of(row) for row in s.scalars(query)]


def _write_records(s: Session, records: Sequence[StoredRecord]) -> tuple[int, int]:
    existing = {row.id: row for row in s.scalars(select(RecordRow))}
    written = 0
    stamp = now()
    for rec in records:
        row = existing.pop(rec.id, None)
        if row is not None and _data_of(row).content() == rec.content():
            continue
        written += 1
        if row is None:
            row = RecordRow(id=rec.id)
            s.add(row)
        row.kind, row.pair, row.fields, row.mentions = rec.kind, rec.pair, rec.fields, rec.mentions
        row.conflicts, row.links, row.curation = rec.conflicts, rec.links, rec.curation
        row.sources, row.updated_at = rec.sources, stamp
    if existing:
        s.execute(delete(RecordRow).where(RecordRow.id.in_(sorted(existing))))
    return written, len(existing)


def _write_clusters(s: Session, clusters: dict[str, str]) -> int:
    """Set each fact's `cluster` to its record id; return how many facts changed.

    Only the columns that say which fact a row is are read (not its fields), and only the
    rows whose record id changed are written, in one statement.
    """
    changes = [{"id": site.fact_id, "cluster": clusters.get(str(site.key))}
               for site in keyed_facts(s) if site.cluster != clusters.get(str(site.key))]
    if changes:
        s.execute(update(FactRow), changes)
    return len(changes)


def _mark_registered(s: Session, article_ids: Iterable[int]) -> int:
    known = set(s.scalars(select(RegisteredArticle.article_id)))
    fresh = sorted(set(article_ids) - known)
    stamp = now()
    s.add_all(RegisteredArticle(article_id=a, registered_at=stamp) for a in fresh)
    return len(fresh)


def save_register(store: Store, records: Sequence[StoredRecord], clusters: dict[str, str],
                  article_ids: Iterable[int], state: dict[str, Any] | None = None) -> SaveResult:
    """Write a whole register in one transaction, touching only what changed; return the counts.

    `clusters` maps mention keys (`MentionKey` as text) to record ids; `article_ids` are the articles
    the register now covers; `state` is the register's working state to restore next time.
    """
    with store.transaction() as s:
        written, removed = _write_records(s, records)
        changed = _write_clusters(s, clusters)
        marked = _mark_registered(s, article_ids)
        if state is not None:
            s.merge(RegisterState(id=1, state=state, updated_at=now()))
    return SaveResult(written, removed, changed, marked)


def load_state(store: Store) -> dict[str, Any] | None:
    """Return the register's saved working state, or None when there is none."""
    with store.session() as s:
        row = s.get(RegisterState, 1)
        return dict(row.state) if row is not None else None


def article_hashes(store: Store, article_ids: Iterable[int]) -> set[str]:
    """Return the content hashes of the stored articles with these ids."""
    ids = list(article_ids)
    with store.session() as s:
        return set(s.scalars(select(ArticleRow.content_hash).where(ArticleRow.id.in_(ids)))) if ids else set()


def add_audit(store: Store, who: str, action: str, records: Sequence[str],
              mentions: Sequence[Sequence[str]], value: str | None, why: str) -> AuditData:
    """Record one curation in the audit log and return it."""
    with store.transaction() as s:
        row = AuditEntry(at=now(), who=who, action=action, records=list(records),
                         mentions=[list(m) for m in mentions], value=value, why=why)
        s.add(row)
        s.flush()
        return _audit_of(row)


def _audit_of(row: AuditEntry) -> AuditData:
    return AuditData(row.id, row.at, row.who, row.action, list(row.records),
                     [list(m) for m in row.mentions], row.value, row.why)


def audit_entries(store: Store) -> list[AuditData]:
    """Return the audit log, oldest first (the order curation is applied in)."""
    with store.session() as s:
        return [_audit_of(row) for row in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def stored_article_facts(store: Store, exclude: Iterable[int] = ()) -> list[tuple[int, ArticleFacts]]:
    """Return every stored article's id and facts (less those in `exclude` and withdrawn manual entries),
    in the order stored."""
    query = (select(ArticleRow).options(selectinload(ArticleRow.facts))
             .where(ArticleRow.id.not_in(withdrawn_ids())).order_by(ArticleRow.id))
    skipped = list(exclude)
    if skipped:
        query = query.where(ArticleRow.id.not_in(skipped))
    with store.session() as s:
        return [(row.id, article_facts_of(row)) for row in s.scalars(query)]


def article_facts_by_hash(store: Store, hashes: Iterable[str]) -> dict[str, ArticleFacts]:
    """Return the stored articles with these content hashes and their facts, by hash."""
    wanted = sorted(set(hashes))
    if not wanted:
        return {}
    query = (select(ArticleRow).options(selectinload(ArticleRow.facts))
             .where(ArticleRow.content_hash.in_(wanted), ArticleRow.id.not_in(withdrawn_ids())))
    with store.session() as s:
        return {row.content_hash: article_facts_of(row) for row in s.scalars(query)}


def articles_by_hash(store: Store, hashes: Iterable[str]) -> list[Article]:
    """Return the stored articles with these content hashes (text included), in the order stored."""
    wanted = sorted(set(hashes))
    out: list[Article] = []
    with store.session() as s:
        for chunk in (wanted[i:i + 500] for i in range(0, len(wanted), 500)):
            query = select(ArticleRow).where(ArticleRow.content_hash.in_(chunk)).order_by(ArticleRow.id)
            out.extend(article_of(row) for row in s.scalars(query))
    return out


def count_records(store: Store) -> int:
    """Return how many records the stored register holds."""
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(RecordRow)) or 0


def register_version(store: Store) -> tuple[Any, ...]:
    """Return what changes whenever the stored register or the facts under it change.

    Every register update saves the register's state with a new `updated_at` (one row);
    articles are never edited, only added or removed; curation only appends. So the check
    reads a handful of index entries, not the records.
    """
    with store.session() as s:
        # one row; its max comes from an index, without reading the row's big saved state
        saved = s.scalar(select(func.max(RegisterState.updated_at)))
        articles = s.execute(select(func.count(ArticleRow.id), func.max(ArticleRow.id))).one()
        audit = s.scalar(select(func.max(AuditEntry.id)))
    return (saved, *articles, audit)


def pair_counts(store: Store) -> list[tuple[str, int]]:
    """Return each pair key of the stored register (two states) with its number of records."""
    # records whose articles name only one state have a one-code "pair": not a pair
    query = (select(RecordRow.pair, func.count(RecordRow.id)).where(RecordRow.pair.like("%-%"))
             .group_by(RecordRow.pair))
    with store.session() as s:
        return [(k, n) for k, n in s.execute(query).all()]
