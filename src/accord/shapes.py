"""The JSON form of every value the library lists, declared once.

Each `to_json()` of a listed value (a stored fact, an article, a record, a commitment, …)
is typed as returning its shape here, so mypy checks the serialiser against it, and the API
answers with these same shapes (`api/models.py` names them; FastAPI derives the OpenAPI
document and checks each answer from them). Days are ISO strings, times UTC with "Z".
Field values taken from articles are data: nothing here is markup.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, ConfigDict, Field, WithJsonSchema, with_config
from typing_extensions import TypedDict


def _utc(value: str) -> str:
    # the store records UTC; SQLite hands times back without their zone
    moment = datetime.fromisoformat(value)
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return aware.isoformat().replace("+00:00", "Z")


# An ISO day ("2024-11-26"), as the OpenAPI format "date" describes it
Day = Annotated[str, WithJsonSchema({"type": "string", "format": "date"})]
# A time with its zone, as the OpenAPI format "date-time" requires
UtcTime = Annotated[str, AfterValidator(_utc), WithJsonSchema({"type": "string", "format": "date-time"})]

# Each shape keeps its own keys only, also inside an open one (a commitment, an initiative)
_closed = with_config(ConfigDict(extra="ignore"))

ImplementationState = Literal["no_activity", "in_implementation", "dormant", "expiring", "expired", "renewed",
                              "terminated"]
InitiativeState = Literal["proposed", "agreed", "under_way", "done", "dropped"]


@_closed
class Evidence(TypedDict):
    start: int
    end: int
    text: str


@_closed
class Fact(TypedDict):
    id: int
    article_id: int
    article: str
    published: Day | None
    outlet: str | None
    kind: str
    summary: str
    fields: dict[str, Any]
    evidence: Evidence
    cluster: str | None
    extractor: str
    extractor_version: str


@_closed
class ArticleSummary(TypedDict):
    id: int
    name: str
    title: str | None
    source: str
    published: Day | None
    outlet: str | None
    dateline: str | None
    language: str | None
    content_hash: str
    ingested_at: UtcTime
    facts: Annotated[int, Field(description="How many facts were found in the article.")]


@_closed
class Attachment(TypedDict):
    sha256: str
    name: str


@_closed
class ManualEntry(TypedDict):
    article_id: int
    kind: str
    entered_by: str
    entered_at: UtcTime
    reference: str
    attachment: Attachment | None
    withdrawn: bool
    withdrawn_at: UtcTime | None
    withdrawn_by: str | None
    withdrawn_why: str | None
    superseded_by: Annotated[int | None, Field(
        description="The entry that replaced it, when it was amended.")]


@_closed
class ArticleDetail(TypedDict):
    id: int
    name: str
    title: str | None
    source: str
    published: Day | None
    reference_date: Day | None
    outlet: str | None
    dateline: str | None
    language: str | None
    media_type: str
    content_hash: str
    ingested_at: UtcTime
    skip: Annotated[list[list[int]], Field(
        description="Spans of boilerplate [start, end) left out of extraction.")]
    text: Annotated[str, Field(
        description="The article text as stored; evidence offsets index into it.")]
    facts: list[Fact]
    manual: Annotated[ManualEntry | None, Field(description="For a desk officer's manual entry (media_type "
                                                "\"manual\"): who entered it, when, on what reference.")]


@_closed
class Mention(TypedDict):
    key: str
    article: Annotated[str, Field(description="The article's content hash.")]
    article_name: str
    kind: str
    index: int
    quote: str
    start: int
    end: int
    published: Day | None
    outlet: str | None
    official: bool
    manual: Annotated[bool, Field(description="True for a desk officer's manual entry, not a report.")]


@_closed
class SourcedMention(Mention):
    source: Literal["official", "media"]


@_closed
class Sources(TypedDict):
    articles: int
    official: int
    media: int


@_closed
class ConflictValue(TypedDict):
    value: Any
    mentions: list[Mention]


@_closed
class RecordConflict(TypedDict):
    field: str
    values: list[ConflictValue]


@_closed
class Link(TypedDict):
    source: str
    target: str
    relation: str


@_closed
class Curation(TypedDict):
    id: int
    at: UtcTime
    who: str
    action: str
    records: list[str]
    value: str | None
    why: str


@_closed
class Implementation(TypedDict):
    state: ImplementationState
    as_of: Day
    signed: Annotated[Day, Field(description="The day it was signed (else first reported).")]
    reason: str
    how: Literal["terminated", "withdrawn", "denounced", "suspended"] | None
    ends: Annotated[Day | None, Field(description="The end of its stated validity, after renewals.")]
    last_activity: Day | None
    evidence: Annotated[list[Mention], Field(description="Its first source, then the reports that decided "
                                             "the state.")]


@_closed
class Owner(TypedDict):
    name: Annotated[str, Field(description="The ministry or agency that carries the record.")]
    focal_point: str | None
    suggested: Annotated[bool, Field(description="True when accord suggests it from the record's sectors; "
                                     "false when the desk assigned it.")]


@_closed
class Record(TypedDict):
    id: str
    kind: str
    pair: Annotated[str, Field(description='The pair of states as sorted ISO codes ("BY-PK"); "" when none.')]
    fields: dict[str, Any]
    owner: Owner | None
    sources: Sources
    mentions: list[Mention]
    conflicts: list[RecordConflict]
    links: list[Link]
    curation: list[Curation]
    implementation: Annotated[Implementation | None, Field(
        description="A signed instrument's implementation state on as_of (absent for other records).")]


@with_config(ConfigDict(extra="allow"))  # a commitment's own fields pass through
class Commitment(TypedDict):
    id: str
    actor: str | None
    action: str | None
    deadline: str | None
    deadline_text: str | None
    as_of: Day
    status: str
    reason: str
    evidence: list[Mention]
    curated: Curation | None
    owner: Owner | None


@_closed
class Carrier(TypedDict):
    record: str
    kind: str
    relation: Literal["same_sentence", "under", "same_subject"]


@with_config(ConfigDict(extra="allow"))  # an initiative's own fields pass through
class Initiative(TypedDict):
    id: str
    type: str
    subject: str
    sectors: list[str]
    parties: list[str]
    pair: list[str]
    as_of: Day
    state: InitiativeState
    since: Day | None
    evidence: Mention | None
    mentions: list[Mention]
    carriers: list[Carrier]
    owner: Owner | None


@_closed
class ConflictSide(TypedDict):
    value: Any
    mentions: list[SourcedMention]


@_closed
class Conflict(TypedDict):
    record: str
    kind: str
    pair: str
    field: str
    sides: list[ConflictSide]


@_closed
class TimelineEvent(TypedDict):
    date: Day
    kind: str
    label: str
    record: str
    sources: list[str]


@_closed
class Stats(TypedDict):
    articles: int
    facts: dict[str, int]
    outlets: dict[str, int]
    first_published: Day | None
    last_published: Day | None
    undated: int
