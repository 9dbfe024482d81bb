"""Open a store (creating and migrating it), write articles with their facts, read them back.

Every article is written with all its facts in one transaction: an ingest stopped at any
point (an exception, Ctrl-C) leaves either the whole article or nothing of it.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic.util import CommandError
from sqlalchemy import Engine, create_engine, delete, event, insert, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from accord.core import FACT_KINDS, Article, ArticleFacts, Fact, fact_from_json
from accord.errors import StoreError
from accord.store.migrations import upgrade_to_head
from accord.store.models import ArticleRow, FactRow, FactTerm, IngestRun, RegisteredArticle
from accord.store.terms import fact_terms, search_text

IN_CHUNK = 500  # values in one IN (…) list: well under every database's limit on parameters


def chunks(values: Collection[str] | Collection[int]) -> Iterator[list[Any]]:
    """Yield the values sorted, in lists short enough for one SQL `IN (…)`."""
    ordered = sorted(values)
    for start in range(0, len(ordered), IN_CHUNK):
        yield ordered[start:start + IN_CHUNK]


MAX_ROW_ID = 2**63 - 1
"""The largest id a row can have (SQLite's integer, PostgreSQL's bigint): a larger key names no row."""


def is_row_id(n: int) -> bool:
    """Whether `n` can be a row's id (a larger number would overflow the database's integer)."""
    return 0 <= n <= MAX_ROW_ID


class NotFoundError(StoreError):
    """No stored article (or other record) answers to the key a user gave, or several do."""

    code = "E301"


def _prepare_sqlite_dir(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return
    Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def _enable_sqlite_foreign_keys(engine: Engine) -> None:
    # SQLite ignores ON DELETE CASCADE unless asked per connection
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()


def _shown(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unparsable URL)"


def _with_driver(url: URL) -> URL:
    # a plain postgresql:// means psycopg2 to SQLAlchemy; use psycopg 3 when only it is installed
    if url.drivername != "postgresql" or importlib.util.find_spec("psycopg2") is not None:
        return url
    if importlib.util.find_spec("psycopg") is None:
        return url
    return url.set(drivername="postgresql+psycopg")


def make_engine(url: str) -> Engine:
    """Return an engine for `url`, creating a SQLite file's parent directory first."""
    try:
        _prepare_sqlite_dir(url)
        engine = create_engine(_with_driver(make_url(url)))
    except (ArgumentError, OSError, ImportError) as exc:
        raise StoreError(f"cannot open database {_shown(url)}: {exc}") from exc
    _enable_sqlite_foreign_keys(engine)
    return engine


def now() -> datetime:
    """Return the current time in UTC (what the store records)."""
    return datetime.now(UTC)


def utc_iso(value: datetime) -> str:
    """Return a stored time as ISO 8601 in UTC, "Z" as the API models write it (SQLite gives naive times)."""
    aware = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return aware.isoformat().replace("+00:00", "Z")


def _article_values(facts: ArticleFacts, run_id: int | None) -> dict[str, Any]:
    """Return the column values of an article's row."""
    a = facts.article
    return dict(
        content_hash=a.content_hash, name=a.name, source=a.source, text=a.text,
        published=a.published, reference_date=a.reference_date, outlet=a.outlet,
        dateline=a.dateline, title=a.title,
        language=a.language, media_type=a.media_type, skip=[[s, e] for s, e in a.skip],
        source_hash=a.source_hash, extractor=facts.extractor, extractor_version=facts.extractor_version,
        ingested_at=now(), run_id=run_id,
    )


def _fact_values(fact: Fact, facts: ArticleFacts) -> tuple[dict[str, Any], list[str]]:
    """Return the column values of a fact's row (less its article's id) and its terms."""
    data = fact.to_json()
    evidence = data.pop("evidence")
    data.pop("cluster")
    data.pop("record")
    values = dict(kind=fact.fact_kind, fields=data, start=evidence["start"], end=evidence["end"],
                  quote=evidence["text"], cluster=fact.record,
                  extractor=facts.extractor, extractor_version=facts.extractor_version,
                  search=search_text(evidence["text"], data))
    return values, sorted(fact_terms(data))


def _article_row(facts: ArticleFacts, run_id: int | None) -> ArticleRow:
    return ArticleRow(**_article_values(facts, run_id))


def _fact_row(fact: Fact, facts: ArticleFacts) -> FactRow:
    values, terms = _fact_values(fact, facts)
    return FactRow(**values, terms=[FactTerm(term=t) for t in terms])


def _insert_article(session: Session, facts: ArticleFacts, run_id: int | None) -> ArticleRow:
    row = _article_row(facts, run_id)
    session.add(row)
    session.flush()
    return row


def _check_evidence(facts: ArticleFacts) -> None:
    text = facts.article.text
    for fact in facts.all_facts():
        ev = fact.evidence
        if not (0 <= ev.start <= ev.end <= len(text)) or text[ev.start:ev.end] != ev.text:
            raise StoreError(f"cannot store {facts.article.name}: {fact.fact_kind} evidence "
                             f"[{ev.start}:{ev.end}] does not quote the article text")


def _insert_facts(session: Session, row: ArticleRow, facts: ArticleFacts) -> None:
    for fact in facts.all_facts():
        fact_row = _fact_row(fact, facts)
        fact_row.article_id = row.id
        session.add(fact_row)
    session.flush()


def article_of(row: ArticleRow) -> Article:
    """Return the core Article a stored row holds."""
    return Article(
        name=row.name, text=row.text, content_hash=row.content_hash, source=row.source,
        published=row.published, outlet=row.outlet, dateline=row.dateline, title=row.title,
        language=row.language, media_type=row.media_type,
        skip=tuple((int(s), int(e)) for s, e in row.skip), reference_date=row.reference_date,
        source_hash=row.source_hash,
    )


def fact_of(row: FactRow) -> Fact:
    """Return the core fact a stored row holds."""
    data = dict(row.fields)
    data["record"] = data["cluster"] = row.cluster  # the store keeps the record; `Register.document_of`
    data["evidence"] = {"start": row.start, "end": row.end, "text": row.quote}
    return fact_from_json(row.kind, data)


def article_facts_of(row: ArticleRow) -> ArticleFacts:
    """Return the ArticleFacts a stored article row and its fact rows hold."""
    out = ArticleFacts(article=article_of(row), extractor=row.extractor,
                       extractor_version=row.extractor_version)
    for fact_row in row.facts:
        if fact_row.kind in FACT_KINDS:
            getattr(out, fact_row.kind).append(fact_of(fact_row))
    return out


def _check_storable(article: Article) -> None:
    """Raise StoreError for text no database stores alike: SQLite keeps a NUL, PostgreSQL refuses it."""
    for field in ("text", "name", "source", "title", "outlet", "dateline"):
        value = getattr(article, field)
        at = value.find("\x00") if value else -1
        if at >= 0:
            raise StoreError(f"cannot store {article.name!r}: its {field} holds a NUL character "
                             f"(offset {at})")


def short_reason(exc: BaseException, most: int = 200) -> str:
    """Return the first line of what the database driver said, without the SQL and parameters.

    SQLAlchemy appends the statement and every parameter (the whole article) to its message.
    """
    cause = getattr(exc, "orig", None) or exc
    first = (str(cause).strip().splitlines() or [type(cause).__name__])[0]
    return first if len(first) <= most else first[:most - 1] + "…"


class Store:
    """A database of articles and their facts, migrated to the current schema on open."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str) -> Store:
        """Return the store at `url`, created and upgraded to the newest schema if need be."""
        engine = make_engine(url)
        try:
            upgrade_to_head(engine)
        except (SQLAlchemyError, CommandError) as exc:
            # CommandError: the database was migrated by a newer accord than this one
            engine.dispose()
            shown = engine.url.render_as_string(hide_password=True)
            raise StoreError(f"cannot open or migrate database {shown}: {short_reason(exc)}") from exc
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """Yield a session for reading; it is closed afterwards."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Yield a session in one transaction: committed when the block ends, rolled back on error."""
        with self._sessions() as session, session.begin():
            yield session

    def has_article(self, content_hash: str) -> bool:
        """Say whether an article with this content hash is already stored."""
        with self.session() as s:
            found = s.scalar(select(ArticleRow.id).where(ArticleRow.content_hash == content_hash))
        return found is not None

    def add(self, facts: ArticleFacts, run_id: int | None = None,
            also: Callable[[Session, int], None] | None = None) -> int | None:
        """Return the new article's id, or None when its content hash was already stored.

        `also` writes what goes with the article (a manual entry's provenance) in the same
        transaction, given the new article's id. Raises StoreError, and stores nothing of the
        article, when a fact's evidence does not quote the article text or the database
        refuses the write.
        """
        _check_evidence(facts)
        _check_storable(facts.article)
        if self.has_article(facts.article.content_hash):
            return None
        try:
            with self._sessions() as s, s.begin():
                row = _insert_article(s, facts, run_id)
                _insert_facts(s, row, facts)
                if also is not None:
                    also(s, row.id)
                return row.id
        except IntegrityError:
            # another writer stored the same content between our check and our insert
            if self.has_article(facts.article.content_hash):
                return None
            raise StoreError(f"cannot store {facts.article.name}: integrity error") from None
        except (SQLAlchemyError, UnicodeEncodeError) as exc:
            # UnicodeEncodeError: a lone surrogate, which no database text column can hold
            raise StoreError(f"cannot store {facts.article.name}: {short_reason(exc)}") from exc

    def add_many(self, many: Sequence[ArticleFacts], run_id: int | None = None) -> int:
        """Return how many of these articles were stored, all in one transaction (bulk loads).

        Articles already stored, or repeated in `many`, are skipped; one refused article
        (evidence, NUL, the database) refuses the whole batch with a StoreError.
        """
        for facts in many:
            _check_evidence(facts)
            _check_storable(facts.article)
        wanted = {f.article.content_hash: f for f in many}
        with self.session() as s:
            stored = {h for chunk in chunks(wanted) for h in s.scalars(
                select(ArticleRow.content_hash).where(ArticleRow.content_hash.in_(chunk)))}
        fresh = [f for h, f in wanted.items() if h not in stored]
        if not fresh:
            return 0
        try:
            with self._sessions() as s, s.begin():
                # rows written in batches (the ORM's one object at a time is most of the cost)
                ids = s.scalars(insert(ArticleRow).returning(ArticleRow.id, sort_by_parameter_order=True),
                                [_article_values(f, run_id) for f in fresh]).all()
                made = [(_fact_values(fact, f), article_id) for f, article_id in zip(fresh, ids, strict=True)
                        for fact in f.all_facts()]
                if made:
                    fact_ids = s.scalars(insert(FactRow).returning(FactRow.id, sort_by_parameter_order=True),
                                         [{**values, "article_id": a} for (values, _), a in made]).all()
                    terms = [{"fact_id": i, "term": t} for ((_, ts), _), i in zip(made, fact_ids, strict=True)
                             for t in ts]
                    if terms:
                        s.execute(insert(FactTerm), terms)
        except (SQLAlchemyError, UnicodeEncodeError) as exc:
            raise StoreError(f"cannot store {len(fresh)} articles: {short_reason(exc)}") from exc
        return len(fresh)

    def replace_facts(self, facts: ArticleFacts) -> None:
        """Store the facts of an article extracted again (with a reference date found since) instead.

        One transaction: the article's reference date and facts change together, and the
        article leaves the register until the next update adds its new facts, so a kill at any
        moment leaves either the old facts or the new ones, and never a register built on others.
        """
        _check_evidence(facts)
        with self._sessions() as s, s.begin():
            row = s.scalar(select(ArticleRow).where(ArticleRow.content_hash == facts.article.content_hash))
            if row is None:
                raise NotFoundError(f"no article {facts.article.name} in the store")
            row.reference_date = facts.article.reference_date
            row.extractor, row.extractor_version = facts.extractor, facts.extractor_version
            row.facts.clear()
            s.flush()
            _insert_facts(s, row, facts)
            s.execute(delete(RegisteredArticle).where(RegisteredArticle.article_id == row.id))

    def article_facts(self, article_id: int) -> ArticleFacts:
        """Return the stored article with this id and all its facts."""
        with self.session() as s:
            row = s.get(ArticleRow, article_id) if is_row_id(article_id) else None
            if row is None:
                raise NotFoundError(f"no article with id {article_id}")
            return article_facts_of(row)

    def start_run(self, inputs: Sequence[str], extractor: str) -> int:
        """Return the id of a newly recorded ingest run."""
        with self._sessions() as s, s.begin():
            run = IngestRun(started_at=now(), extractor=extractor, extractor_version=None,
                            inputs=list(inputs), added=0, duplicates=0, failed=0)
            s.add(run)
            s.flush()
            return run.id

    def finish_run(self, run_id: int, added: int, duplicates: int, failed: int,
                   extractor_version: str | None = None) -> None:
        """Record how an ingest run ended."""
        with self._sessions() as s, s.begin():
            run = s.get(IngestRun, run_id)
            if run is None:
                raise NotFoundError(f"no ingest run with id {run_id}")
            run.finished_at = now()
            run.added, run.duplicates, run.failed = added, duplicates, failed
            run.extractor_version = extractor_version or run.extractor_version


def open_store(url: str) -> Store:
    """Return the store at `url` (see Store.open)."""
    return Store.open(url)
