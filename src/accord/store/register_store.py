"""The register's tables: canonical records, which articles they cover, and the audit log.

Everything here is plain JSON-ready values; what a record means is `accord.registry`'s
business. Writing a register rewrites only the records whose content changed, so an
update that changes nothing writes nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session, selectinload

from accord.core import Article, ArticleFacts, MentionKey
from accord.store.db import Store, article_facts_of, article_of, chunks, now
from accord.store.facts import keyed_facts
from accord.store.manual import withdrawn_ids
from accord.store.models import (
    ArticleRow,
    AuditEntry,
    FactRow,
    RecordRow,
    RegisterArticleState,
    RegisterBlock,
    RegisteredArticle,
    RegisterForm,
    RegisterIndex,
    RegisterRecord,
    RegisterState,
)


def _block_key(block: str) -> str:
    """Return the short digest a block is filed under (a block key can be long; two that share
    a digest only make an update read one more article)."""
    return hashlib.blake2b(block.encode(), digest_size=8).hexdigest()


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


def records_by_id(store: Store, ids: Collection[str]) -> list[StoredRecord]:
    """Return the stored records with these ids (those that exist), ordered by id."""
    with store.session() as s:
        found = [_data_of(row) for chunk in chunks(set(ids))
                 for row in s.scalars(select(RecordRow).where(RecordRow.id.in_(chunk)))]
    return sorted(found, key=lambda d: d.id)


def _write_records(s: Session, records: Sequence[StoredRecord],
                   replacing: Collection[str] | None = None) -> tuple[int, int]:
    """Write records whose content changed; delete the stored ones not among them (all of them,
    or only those in `replacing` when only part of the register is written)."""
    if replacing is None:
        existing = {row.id: row for row in s.scalars(select(RecordRow))}
    else:
        wanted = set(replacing) | {rec.id for rec in records}
        existing = {row.id: row for chunk in chunks(wanted)
                    for row in s.scalars(select(RecordRow).where(RecordRow.id.in_(chunk)))}
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


def _write_clusters(s: Session, clusters: dict[str, str], part: bool = False) -> int:
    """Set each fact's `cluster` to its record id; return how many facts changed.

    Only the columns that say which fact a row is are read (not its fields), and only the
    rows whose record id changed are written, in one statement. With `part`, only the facts
    of the articles `clusters` names are read, and facts it does not name are left as they are.
    """
    hashes = {MentionKey.parse(key).article for key in clusters} if part else None
    changes = [{"id": site.fact_id, "cluster": clusters.get(str(site.key))}
               for site in keyed_facts(s, hashes)
               if (not part or str(site.key) in clusters) and site.cluster != clusters.get(str(site.key))]
    if changes:
        s.execute(update(FactRow), changes)
    return len(changes)


def _mark_registered(s: Session, article_ids: Iterable[int]) -> int:
    wanted = set(article_ids)
    known = {a for chunk in chunks(wanted)
             for a in s.scalars(select(RegisteredArticle.article_id)
                                .where(RegisteredArticle.article_id.in_(chunk)))}
    fresh = sorted(wanted - known)
    stamp = now()
    s.add_all(RegisteredArticle(article_id=a, registered_at=stamp) for a in fresh)
    return len(fresh)


@dataclass(frozen=True, slots=True)
class RegisterRows:
    """The register's working state as rows (see `resolve.state.RegisterSource`) to write.

    `articles` and `records` map a content hash or an automatic record id to its row (None:
    delete it); `curated` maps automatic record ids to the curated records their facts went into;
    `read` holds the stored rows of those articles as they were read, so only the blocks and
    forms that changed are filed again. With `whole`, every stored row is replaced by these.
    """

    articles: dict[str, dict[str, Any] | None]
    records: dict[str, dict[str, Any] | None]
    curated: dict[str, list[str]]
    whole: bool = False
    read: dict[str, dict[str, Any]] = field(default_factory=dict)


_FILING: dict[str, tuple[type[RegisterBlock] | type[RegisterForm], str, Callable[[str], str]]] = {
    "blocks": (RegisterBlock, "block", _block_key),
    "forms": (RegisterForm, "form", str),
}  # an article row's list -> the table filing it, its key column, how a value is filed


def _write_filing(s: Session, rows: RegisterRows, part: str) -> None:
    """File the articles' `part` ("blocks" or "forms") anew, writing only the entries that changed.

    A neighbour's row changes with its edges and records, seldom with its blocks or forms:
    only the entries that differ from the row as read are deleted or added.
    """
    table, name, key = _FILING[part]
    gone: set[tuple[str, str]] = set()
    added: set[tuple[str, str]] = set()
    for h, row in rows.articles.items():
        before = rows.read.get(h)
        old, new = set(before[part]) if before else set(), set(row[part]) if row else set()
        if old != new:  # filed by key: two values may share one (a block's digest)
            old_keys, new_keys = {key(k) for k in old}, {key(k) for k in new}
            gone |= {(k, h) for k in old_keys - new_keys}
            added |= {(k, h) for k in new_keys - old_keys}
    if not rows.whole:
        # an article not read has no entries, unless stored by another writer since: cheap to check
        for chunk in chunks([h for h in rows.articles if h not in rows.read]):
            s.execute(delete(table).where(table.article.in_(chunk)))
        if gone:
            one = delete(table).where(getattr(table, name) == bindparam("k"), table.article == bindparam("h"))
            s.connection().execute(one, [{"k": k, "h": h} for k, h in sorted(gone)])
    if added:  # on the connection: the ORM's bulk path costs more than the insert itself
        s.connection().execute(insert(table), [{name: k, "article": h} for k, h in sorted(added)])


def _write_rows(s: Session, rows: RegisterRows) -> None:
    if rows.whole:
        for table in (RegisterArticleState, RegisterBlock, RegisterForm, RegisterRecord, RegisterIndex):
            s.execute(delete(table))
    hashes = sorted(rows.articles)
    rids = sorted(rows.records)
    if not rows.whole:
        for chunk in chunks(hashes):
            s.execute(delete(RegisterArticleState).where(RegisterArticleState.content_hash.in_(chunk)))
        for chunk in chunks(rids):
            s.execute(delete(RegisterRecord).where(RegisterRecord.id.in_(chunk)))
            s.execute(delete(RegisterIndex).where(RegisterIndex.record.in_(chunk)))
    articles = [(h, row) for h, row in sorted(rows.articles.items()) if row is not None]
    if articles:
        s.execute(insert(RegisterArticleState), [{"content_hash": h, "data": row} for h, row in articles])
    _write_filing(s, rows, "blocks")
    _write_filing(s, rows, "forms")
    records = [(rid, row) for rid, row in sorted(rows.records.items()) if row is not None]
    if records:
        s.execute(insert(RegisterRecord),
                  [{"id": rid, "curated": rows.curated.get(rid, []), "data": row} for rid, row in records])
    index = [{"key": k, "record": rid} for rid, row in records for k in row["index"]]
    if index:
        s.execute(insert(RegisterIndex), index)
    curated = [{"id": rid, "curated": cid} for rid, cid in sorted(rows.curated.items())
               if rid not in rows.records]
    if curated:
        s.execute(update(RegisterRecord), curated)


def save_register(store: Store, records: Sequence[StoredRecord], clusters: dict[str, str],
                  article_ids: Iterable[int], state: dict[str, Any] | None = None,
                  rows: RegisterRows | None = None, replacing: Collection[str] | None = None) -> SaveResult:
    """Write a register in one transaction, touching only what changed; return the counts.

    `clusters` maps mention keys (`MentionKey` as text) to record ids; `article_ids` are the articles
    newly covered; `state` is the register's saved header (or whole state) and `rows` its
    working state as rows. Without `replacing`, `records` and `clusters` are the whole
    register; with it, they are a part: only the stored records with those ids (or the
    ones written) may be removed, and only the facts `clusters` names are set.
    """
    with store.transaction() as s:
        written, removed = _write_records(s, records, replacing)
        changed = _write_clusters(s, clusters, part=replacing is not None)
        marked = _mark_registered(s, article_ids)
        if state is not None:
            s.merge(RegisterState(id=1, state=state, updated_at=now()))
        if rows is not None:
            _write_rows(s, rows)
    return SaveResult(written, removed, changed, marked)


class RowSource:
    """The register's rows in a store, read as an update reaches them (a `resolve.state.RegisterSource`)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _values(self, query: Any, column: Any, values: Collection[str]) -> set[str]:
        with self._store.session() as s:
            return {v for chunk in chunks(values) for v in s.scalars(query.where(column.in_(chunk)))}

    def articles_in_blocks(self, blocks: Collection[str]) -> set[str]:
        """Return the articles with a fact filed in any of these blocks."""
        digests = {_block_key(b) for b in blocks}
        return self._values(select(RegisterBlock.article), RegisterBlock.block, digests)

    def articles_of_forms(self, forms: Collection[str]) -> set[str]:
        """Return the articles with a fact of any of these forms."""
        return self._values(select(RegisterForm.article), RegisterForm.form, forms)

    def records_at(self, keys: Collection[str]) -> set[str]:
        """Return the records filed under any of these derived-part keys."""
        return self._values(select(RegisterIndex.record), RegisterIndex.key, keys)

    def article_rows(self, hashes: Collection[str]) -> dict[str, dict[str, Any]]:
        """Return the saved rows of these articles, by content hash."""
        with self._store.session() as s:
            return {h: dict(data) for chunk in chunks(hashes) for h, data in s.execute(
                select(RegisterArticleState.content_hash, RegisterArticleState.data)
                .where(RegisterArticleState.content_hash.in_(chunk)))}

    def record_rows(self, ids: Collection[str]) -> dict[str, dict[str, Any]]:
        """Return the saved rows of these records, by id."""
        with self._store.session() as s:
            return {rid: dict(data) for chunk in chunks(ids) for rid, data in s.execute(
                select(RegisterRecord.id, RegisterRecord.data).where(RegisterRecord.id.in_(chunk)))}


def rewrite_article_rows(store: Store, change: Callable[[dict[str, Any]], dict[str, Any]],
                         batch: int = 2_000) -> int:
    """Pass every article row of the register through `change`, `batch` rows per transaction; return
    how many rows were rewritten (memory stays bounded whatever the store's size)."""
    done, after = 0, ""
    column = RegisterArticleState.content_hash
    while True:
        with store.transaction() as s:
            found = s.execute(select(column, RegisterArticleState.data).where(column > after)
                              .order_by(column).limit(batch)).all()
            if not found:
                break
            s.execute(update(RegisterArticleState),
                      [{"content_hash": h, "data": change(dict(data))} for h, data in found])
        after, done = found[-1][0], done + len(found)
    return done


def curated_ids(store: Store, record_ids: Collection[str]) -> set[str]:
    """Return the curated records these automatic records went into at the last save."""
    with store.session() as s:
        return {c for chunk in chunks(record_ids) for ids in s.scalars(
            select(RegisterRecord.curated).where(RegisterRecord.id.in_(chunk))) for c in ids}


def article_facts_of_ids(store: Store, article_ids: Collection[int]) -> list[tuple[int, ArticleFacts]]:
    """Return the id and facts of these stored articles (less withdrawn manual entries), in stored order."""
    out: list[tuple[int, ArticleFacts]] = []
    with store.session() as s:
        for chunk in chunks(article_ids):
            query = (select(ArticleRow).options(selectinload(ArticleRow.facts))
                     .where(ArticleRow.id.in_(chunk), ArticleRow.id.not_in(withdrawn_ids())))
            out.extend((row.id, article_facts_of(row)) for row in s.scalars(query))
    return sorted(out, key=lambda pair: pair[0])


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
