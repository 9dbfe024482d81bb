"""The store's tables as typed SQLAlchemy models.

Types are the portable ones (Integer, Text, String, Date, DateTime, JSON) so the same
models and migrations run on SQLite and PostgreSQL; the database URL is the only switch.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints keep later migrations (batch mode on SQLite) able to find them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class IngestRun(Base):
    """One `accord ingest` (or library) batch: what ran and how it ended."""

    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # null while running, and forever when the run was interrupted
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    extractor: Mapped[str] = mapped_column(String(100))
    # known once the back end has produced its first article
    extractor_version: Mapped[str | None] = mapped_column(String(50))
    inputs: Mapped[list[str]] = mapped_column(JSON)
    added: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)


class ArticleRow(Base):
    """One article: its text (what evidence offsets index into) and what ingest found."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(128), unique=True)
    name: Mapped[str] = mapped_column(Text, index=True)
    source: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    # inferred from other reports when the text states no date; never shown as `published`
    reference_date: Mapped[date | None] = mapped_column(Date)
    outlet: Mapped[str | None] = mapped_column(Text)
    dateline: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(35))
    media_type: Mapped[str] = mapped_column(String(100))
    skip: Mapped[list[list[int]]] = mapped_column(JSON)
    # sha256 of the original bytes (the PDF, the fetched page); null for articles stored before 0008
    source_hash: Mapped[str | None] = mapped_column(String(64))
    # the back end whose facts are stored: needed to rebuild an article with no facts
    extractor: Mapped[str] = mapped_column(String(100))
    extractor_version: Mapped[str] = mapped_column(String(50))
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("ingest_runs.id", ondelete="SET NULL"))

    facts: Mapped[list[FactRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan", order_by="FactRow.id",
    )


class FactRow(Base):
    """One fact: its facts-format fields (minus evidence and cluster) and its evidence span."""

    __tablename__ = "facts"
    __table_args__ = (
        Index("ix_facts_article_id_kind", "article_id", "kind"),
        # the order facts are listed in (read.fact_list): pages read it without sorting
        Index("ix_facts_listing", "article_id", "kind", "start", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20), index=True)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    cluster: Mapped[str | None] = mapped_column(String(100), index=True)
    extractor: Mapped[str] = mapped_column(String(100))
    extractor_version: Mapped[str] = mapped_column(String(50))
    # the quote and every field value, folded: what word search looks in (see store.terms)
    search: Mapped[str | None] = mapped_column(Text)

    article: Mapped[ArticleRow] = relationship(back_populates="facts")
    terms: Mapped[list[FactTerm]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class FactTerm(Base):
    """One tag a fact is filtered by ("country:PK", "sector:trade", "status:signed"; see store.terms)."""

    __tablename__ = "fact_terms"
    __table_args__ = (Index("ix_fact_terms_term", "term", "fact_id"),)

    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True)
    term: Mapped[str] = mapped_column(String(200), primary_key=True)


class RecordRow(Base):
    """One canonical record of the register: what all sources say about one real thing."""

    __tablename__ = "records"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    # the two states as sorted ISO codes ("BY-PK"), "" when the sources do not tell
    pair: Mapped[str] = mapped_column(String(20), index=True)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    mentions: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    conflicts: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    links: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    # the curation (merge, split, status) applied to this record, newest last
    curation: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    sources: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RegisteredArticle(Base):
    """An article whose facts are in the register (the rest are added on the next update)."""

    __tablename__ = "register_articles"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True,
    )
    registered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AuditEntry(Base):
    """One curation of the register by a person: applied on top of every recomputation."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    who: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20), index=True)
    # record ids as the user gave them (for people); `mentions` is what is applied
    records: Mapped[list[str]] = mapped_column(JSON)
    # stable mention keys "content_hash:kind:index": record ids change, these do not
    mentions: Mapped[list[list[str]]] = mapped_column(JSON)
    # a status, an owner as JSON, an article id (Text since 0009: an owner's name can be long)
    value: Mapped[str | None] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text)


class RegisterState(Base):
    """The register's working state (facts' blocks and scored links) as of the last update.

    One row. Restoring it lets an update add new articles without re-forming the graph of
    those already registered; when it is missing or stale the graph is replayed instead.
    """

    __tablename__ = "register_state"
    # max(updated_at) is read from this index (queries.register_version), never past the big state
    __table_args__ = (Index("ix_register_state_updated_at", "updated_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    state: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class RegisterArticleState(Base):
    """One article's part of the register's working state (since 0010): its facts, their scored
    edges, which represent their form, the record each is in, and where they are filed."""

    __tablename__ = "register_article_state"

    content_hash: Mapped[str] = mapped_column(String(128), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class RegisterBlock(Base):
    """An article with a fact filed in a block (by a short digest of the block's key): where an
    update finds the facts to compare."""

    __tablename__ = "register_blocks"

    block: Mapped[str] = mapped_column(String(16), primary_key=True)
    article: Mapped[str] = mapped_column(String(128), primary_key=True, index=True)


class RegisterForm(Base):
    """An article with a fact of a form (facts that compare the same with everyone)."""

    __tablename__ = "register_forms"

    form: Mapped[str] = mapped_column(String(200), primary_key=True)
    article: Mapped[str] = mapped_column(String(128), primary_key=True, index=True)


class RegisterRecord(Base):
    """One automatic record's part of the working state: members, links, count conflict, and the
    ids of the curated records its facts went into at the last save."""

    __tablename__ = "register_records"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    curated: Mapped[list[str]] = mapped_column(JSON)  # several when a split took facts out
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class RegisterIndex(Base):
    """An automatic record filed under a key of the derived parts (subject words, months)."""

    __tablename__ = "register_index"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    record: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)


class FetchRow(Base):
    """The last fetch of one URL by `accord watch`: when, its HTTP status, its validators.

    Kept so that a restarted watch asks servers "changed since?" (ETag, Last-Modified)
    and does not fetch again a page it already read.
    """

    __tablename__ = "fetches"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # "feed" or "page"
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[int | None] = mapped_column(Integer)  # null when no answer came (timeout, refused)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    body_hash: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer, default=0)  # in a row; 0 after a success
    articles: Mapped[int] = mapped_column(Integer, default=0)  # articles read from the last answer


class ManualEntry(Base):
    """A desk officer's entry: the provenance of an article of media type "manual".

    Withdrawing or amending never deletes: the entry stays, marked withdrawn (who, when,
    why), and its facts leave the register; an amendment names the entry that replaced it.
    """

    __tablename__ = "manual_entries"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    entered_by: Mapped[str] = mapped_column(String(200))
    entered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reference: Mapped[str] = mapped_column(Text)
    # sha256 of the attached file, whose bytes are in `attachments`
    attachment: Mapped[str | None] = mapped_column(ForeignKey("attachments.sha256", ondelete="RESTRICT"))
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    withdrawn_by: Mapped[str | None] = mapped_column(String(200))
    withdrawn_why: Mapped[str | None] = mapped_column(Text)
    superseded_by: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))


class Attachment(Base):
    """A file a desk officer attached to manual entries, kept by the sha256 of its bytes."""

    __tablename__ = "attachments"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    stored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
