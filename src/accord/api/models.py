"""The API's response and request bodies, as the OpenAPI document shows them.

Each model mirrors the `to_json()` of a library value (`accord.queries`, `accord.report`,
`accord.registry`); the routes hand those dicts to FastAPI, which checks them against
these models. Field values taken from articles are data: nothing here is markup.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

T = TypeVar("T")

FactKind = Literal["instruments", "commitments", "meetings", "people", "figures", "initiatives"]
CommitmentStatus = Literal["open", "fulfilled", "fulfilled_late", "postponed", "cancelled", "overdue",
                           "no_deadline"]



def _as_utc(value: datetime) -> datetime:
    # the store records UTC; SQLite hands times back without their zone
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


# a date-time with its zone, as the OpenAPI format "date-time" requires
UtcDateTime = Annotated[datetime, AfterValidator(_as_utc)]

class Page(BaseModel, Generic[T]):
    """One page of a list in its stable order."""

    total: int = Field(description="How many items the whole list holds.")
    limit: int
    offset: int
    next: str | None = Field(description="URL of the next page; null on the last one.")
    items: list[T]


class Evidence(BaseModel):
    start: int
    end: int
    text: str


class Fact(BaseModel):
    id: int
    article_id: int
    article: str
    published: date | None
    outlet: str | None
    kind: str
    summary: str
    fields: dict[str, Any]
    evidence: Evidence
    cluster: str | None
    extractor: str
    extractor_version: str


class ArticleSummary(BaseModel):
    id: int
    name: str
    title: str | None
    source: str
    published: date | None
    outlet: str | None
    dateline: str | None
    language: str | None
    content_hash: str
    ingested_at: UtcDateTime
    facts: int = Field(description="How many facts were found in the article.")


class ArticleDetail(BaseModel):
    id: int
    name: str
    title: str | None
    source: str
    published: date | None
    reference_date: date | None
    outlet: str | None
    dateline: str | None
    language: str | None
    media_type: str
    content_hash: str
    ingested_at: UtcDateTime
    skip: list[list[int]] = Field(description="Spans of boilerplate [start, end) left out of extraction.")
    text: str = Field(description="The article text as stored; evidence offsets index into it.")
    facts: list[Fact]


class Mention(BaseModel):
    key: str
    article: str = Field(description="The article's content hash.")
    article_name: str
    kind: str
    index: int
    quote: str
    start: int
    end: int
    published: date | None
    outlet: str | None
    official: bool


class SourcedMention(Mention):
    source: Literal["official", "media"]


class Sources(BaseModel):
    articles: int
    official: int
    media: int


class ConflictValue(BaseModel):
    value: Any
    mentions: list[Mention]


class RecordConflict(BaseModel):
    field: str
    values: list[ConflictValue]


class Link(BaseModel):
    source: str
    target: str
    relation: str


class Curation(BaseModel):
    id: int
    at: UtcDateTime
    who: str
    action: str
    records: list[str]
    value: str | None
    why: str


class RecordModel(BaseModel):
    id: str
    kind: str
    pair: str = Field(description='The pair of states as sorted ISO codes ("BY-PK"); "" when none.')
    fields: dict[str, Any]
    sources: Sources
    mentions: list[Mention]
    conflicts: list[RecordConflict]
    links: list[Link]
    curation: list[Curation]


class Commitment(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    actor: str | None = None
    action: str | None = None
    deadline: str | None = None
    deadline_text: str | None = None
    as_of: date
    status: str
    reason: str
    evidence: list[Mention]
    curated: Curation | None


InitiativeState = Literal["proposed", "agreed", "under_way", "done", "dropped"]


class Carrier(BaseModel):
    record: str
    kind: str
    relation: Literal["same_sentence", "under", "same_subject"]


class Initiative(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    type: str
    subject: str
    sectors: list[str]
    parties: list[str]
    pair: list[str]
    as_of: date
    state: InitiativeState
    since: date | None
    evidence: Mention | None
    mentions: list[Mention]
    carriers: list[Carrier]


class ConflictSide(BaseModel):
    value: Any
    mentions: list[SourcedMention]


class Conflict(BaseModel):
    record: str
    kind: str
    pair: str
    field: str
    sides: list[ConflictSide]


class TimelineEvent(BaseModel):
    date: date
    kind: str
    label: str
    record: str
    sources: list[str]


class Stats(BaseModel):
    articles: int
    facts: dict[str, int]
    outlets: dict[str, int]
    first_published: date | None
    last_published: date | None
    undated: int


class RegisterUpdate(BaseModel):
    articles: int
    records: int
    written: int
    removed: int
    clusters: int
    comparisons: int
    replayed: int


class IngestedArticle(BaseModel):
    id: int
    name: str
    added: bool = Field(description="False when the same text was already stored.")
    facts: int


class IngestResult(BaseModel):
    articles: list[IngestedArticle]
    # "register" names a BaseModel method, so the field takes it only as its JSON name
    update: RegisterUpdate = Field(alias="register", description="What the register update changed.")


class ArticleUpload(BaseModel):
    """An article sent as JSON."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article text (plain text, an HTML page or a feed).")
    name: str | None = Field(default=None, max_length=200, description="A name to list it under.")
    published: date | None = Field(default=None, description="Publication day when the text does not say.")
    outlet: str | None = Field(default=None, max_length=200, description="Outlet when the text does not say.")


class _Curating(BaseModel):
    model_config = ConfigDict(extra="forbid")

    why: str = Field(min_length=1, max_length=2000, description="Why: kept in the audit log.")
    who: str = Field(min_length=1, max_length=200, description="Who curates: kept in the audit log.")


class MergeRequest(_Curating):
    records: list[str] = Field(min_length=2, max_length=50, description="Ids of records of one kind.")


class SplitRequest(_Curating):
    record: str = Field(min_length=1, max_length=100)
    mention: str = Field(min_length=1, max_length=300,
                         description="ARTICLE:KIND:INDEX (e.g. 1a2b3c4d:people:0).")


class StatusRequest(_Curating):
    status: CommitmentStatus


class CurationResult(BaseModel):
    audit: Curation
