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


class Attachment(BaseModel):
    sha256: str
    name: str


class ManualEntry(BaseModel):
    article_id: int
    kind: str
    entered_by: str
    entered_at: UtcDateTime
    reference: str
    attachment: Attachment | None
    withdrawn: bool
    withdrawn_at: UtcDateTime | None
    withdrawn_by: str | None
    withdrawn_why: str | None
    superseded_by: int | None = Field(description="The entry that replaced it, when it was amended.")


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
    manual: ManualEntry | None = Field(default=None, description="For a desk officer's manual entry "
                                       "(media_type \"manual\"): who entered it, when, on what reference.")


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
    manual: bool = Field(default=False, description="True for a desk officer's manual entry, not a report.")


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


ImplementationState = Literal["no_activity", "in_implementation", "dormant", "expiring", "expired", "renewed",
                              "terminated"]


class Implementation(BaseModel):
    state: ImplementationState
    as_of: date
    signed: date = Field(description="The day it was signed (else first reported).")
    reason: str
    how: Literal["terminated", "withdrawn", "denounced", "suspended"] | None = None
    ends: date | None = Field(None, description="The end of its stated validity, after renewals.")
    last_activity: date | None = None
    evidence: list[Mention] = Field(description="Its first source, then the reports that decided the state.")


class Owner(BaseModel):
    name: str = Field(description="The ministry or agency that carries the record.")
    focal_point: str | None
    suggested: bool = Field(description="True when accord suggests it from the record's sectors; "
                                        "false when the desk assigned it.")


class RecordModel(BaseModel):
    id: str
    kind: str
    pair: str = Field(description='The pair of states as sorted ISO codes ("BY-PK"); "" when none.')
    fields: dict[str, Any]
    owner: Owner | None
    sources: Sources
    mentions: list[Mention]
    conflicts: list[RecordConflict]
    links: list[Link]
    curation: list[Curation]
    implementation: Implementation | None = Field(
        None, description="A signed instrument's implementation state on as_of (absent for other records).")


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
    owner: Owner | None


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
    owner: Owner | None


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


class OwnerRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    owner: str | None = Field(min_length=1, max_length=300,
                              description="The ministry or agency; null clears the desk's owner.")
    focal_point: str | None = Field(default=None, max_length=300, description="The person to ask there.")
    why: str = Field(default="", max_length=2000, description="Why: kept in the audit log.")
    who: str = Field(min_length=1, max_length=200, description="Who assigns: kept in the audit log.")


class CurationResult(BaseModel):
    audit: Curation


class ManualRequest(BaseModel):
    """A desk officer's entry: the kind, the pair, provenance, and the kind's fields."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["meeting", "instrument", "commitment"]
    pair: str = Field(min_length=5, max_length=20, description="Two ISO alpha-2 codes, e.g. PK-BY.")
    who: str = Field(min_length=1, max_length=200, description="Who enters it.")
    reference: str = Field(min_length=1, max_length=1000, description='e.g. "Note verbale 12/2024".')
    text: str | None = Field(default=None, max_length=20000, description="The officer's own note.")
    date: str | None = Field(default=None, max_length=10, description="The day it happened, YYYY-MM-DD.")
    meeting_kind: str | None = Field(default=None, max_length=40)
    place: str | None = Field(default=None, max_length=200)
    participants: list[str] = Field(default_factory=list, max_length=50)
    type: str | None = Field(default=None, max_length=40)
    subject: str | None = Field(default=None, max_length=1000)
    status: str | None = Field(default=None, max_length=40)
    sectors: list[str] = Field(default_factory=list, max_length=50)
    actor: str | None = Field(default=None, max_length=300)
    action: str | None = Field(default=None, max_length=2000)
    deadline: str | None = Field(default=None, max_length=10)


class WithdrawRequest(_Curating):
    pass


class AmendRequest(_Curating):
    """A correction of a manual entry: only the fields that change (of the entry's own kind)."""

    reference: str | None = Field(default=None, min_length=1, max_length=1000)
    text: str | None = Field(default=None, max_length=20000)
    date: str | None = Field(default=None, max_length=10, description="The day it happened, YYYY-MM-DD.")
    meeting_kind: str | None = Field(default=None, max_length=40)
    place: str | None = Field(default=None, max_length=200)
    participants: list[str] | None = Field(default=None, max_length=50)
    type: str | None = Field(default=None, max_length=40)
    subject: str | None = Field(default=None, max_length=1000)
    status: str | None = Field(default=None, max_length=40)
    sectors: list[str] | None = Field(default=None, max_length=50)
    actor: str | None = Field(default=None, max_length=300)
    action: str | None = Field(default=None, max_length=2000)
    deadline: str | None = Field(default=None, max_length=10)


class ManualResult(BaseModel):
    entry: ManualEntry
    records: list[str] = Field(description="The records the entry's fact is (or was) in.")
    audit_id: int
    update: RegisterUpdate = Field(alias="register", description="What the register update changed.")
    replaced: ManualEntry | None
