"""The API's response and request bodies, as the OpenAPI document shows them.

A list's items are the shapes of `accord.shapes`, which the library's `to_json()` return
(mypy checks each serialiser against its shape); the routes hand those dicts to FastAPI,
which checks them and writes the document from the same declarations. Requests and the
write results are declared here. Field values taken from articles are data: nothing here
is markup.
"""

from __future__ import annotations

from datetime import date
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from accord import shapes

T = TypeVar("T")

FactKind = Literal["instruments", "commitments", "meetings", "people", "figures", "initiatives"]
CommitmentStatus = Literal["open", "fulfilled", "fulfilled_late", "postponed", "cancelled", "overdue",
                           "no_deadline"]



class Page(BaseModel, Generic[T]):
    """One page of a list in its stable order."""

    total: int = Field(description="How many items the whole list holds.")
    limit: int
    offset: int
    next: str | None = Field(description="URL of the next page; null on the last one.")
    items: list[T]


# The lists' items: the shapes their serialisers return (`accord.shapes`), one declaration each
Fact = shapes.Fact
ArticleSummary = shapes.ArticleSummary
ArticleDetail = shapes.ArticleDetail
ManualEntry = shapes.ManualEntry
Mention = shapes.Mention
Curation = shapes.Curation
RecordModel = shapes.Record
Commitment = shapes.Commitment
Initiative = shapes.Initiative
Conflict = shapes.Conflict
TimelineEvent = shapes.TimelineEvent
Stats = shapes.Stats
ImplementationState = shapes.ImplementationState
InitiativeState = shapes.InitiativeState


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
