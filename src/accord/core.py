"""Pure core types of accord: articles, evidence spans and the six kinds of fact.

Nothing here imports anything above it (no spaCy, no SQLAlchemy, no CLI): every other
module depends on these types, never the reverse.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, ClassVar, Literal

FACT_KINDS: tuple[str, ...] = ("instruments", "commitments", "meetings", "people", "figures", "initiatives")
# The kinds the shared gold annotates and `accord eval` scores (initiatives have no gold).
SCORED_KINDS: tuple[str, ...] = FACT_KINDS[:5]
# The media type of a desk officer's entry: stored as an article, never extracted from a report.
MANUAL_MEDIA_TYPE = "manual"

InstrumentType = Literal[
    "mou", "agreement", "treaty", "convention", "protocol", "roadmap", "programme",
    "plan", "declaration", "other",
]
INSTRUMENT_TYPES: tuple[str, ...] = InstrumentType.__args__  # type: ignore[attr-defined]

InstrumentStatus = Literal["signed", "planned", "discussed", "issued", "finalized", "ratified", "in_force"]
INSTRUMENT_STATUSES: tuple[str, ...] = InstrumentStatus.__args__  # type: ignore[attr-defined]

MeetingKind = Literal[
    "visit", "talks", "signing_ceremony", "press_conference", "business_forum",
    "commission_session", "summit", "call", "other",
]
MEETING_KINDS: tuple[str, ...] = MeetingKind.__args__  # type: ignore[attr-defined]

Approx = Literal["over", "nearly", "about"]

InitiativeType = Literal["joint_venture", "project", "offer", "connectivity", "area", "other"]
INITIATIVE_TYPES: tuple[str, ...] = InitiativeType.__args__  # type: ignore[attr-defined]

# In the order an initiative moves on; "done" and "dropped" both end it.
InitiativeState = Literal["proposed", "agreed", "under_way", "done", "dropped"]
INITIATIVE_STATES: tuple[str, ...] = InitiativeState.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Evidence:
    """A character span of an article's text (end exclusive) and the text it covers."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Evidence:
        """Return the evidence for text[start:end], trimmed of surrounding white space."""
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return cls(start, end, text[start:end])

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Article:
    """One article as accord reads it: decoded text plus what ingest found about it.

    `text` is what evidence offsets index into and what is stored and shown.
    `skip` lists spans of `text` that are site boilerplate or metadata lines
    ("Published in Dawn, …", "Dear visitor, …"): kept so offsets stay true to the
    source, but never mined for facts.
    """

    name: str
    text: str
    content_hash: str
    source: str = ""
    published: date | None = None
    outlet: str | None = None
    dateline: str | None = None
    title: str | None = None
    language: str | None = None
    media_type: str = "text"
    skip: tuple[tuple[int, int], ...] = ()
    # When the text states no date: the day of the same event as other reports give it.
    # Relative expressions resolve against it; it is never shown as the publication date.
    reference_date: date | None = None
    # sha256 of the bytes the article was read from (the PDF, the page), beside the text's hash
    source_hash: str | None = None

    def is_skipped(self, start: int, end: int) -> bool:
        """Say whether the span [start, end) lies inside a skipped region."""
        return any(s <= start and end <= e for s, e in self.skip)


@dataclass(slots=True, kw_only=True)
class Fact:
    """Fields every fact has: where it came from, the record it was merged into and the real thing
    that record is (part of).

    `record` is the register's record of this fact (one per real thing, and for an instrument one per
    step of its life: signed, ratified, in force … each a record of its own, linked to the others);
    `cluster` is the id the real thing keeps across reports: the record's own id, except for a later
    step of a document's life, whose `cluster` is the record of the document's first step
    (`accord.resolve.Register.document_of` decides it).
    """

    fact_kind: ClassVar[str] = ""
    evidence: Evidence
    cluster: str | None = None
    record: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the fact as a facts-format JSON object (see docs/facts-format)."""
        out: dict[str, Any] = {"cluster": self.cluster, "record": self.record}
        for f in fields(self):
            if f.name in ("evidence", "cluster", "record"):
                continue
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        out["evidence"] = self.evidence.to_json()
        return out


@dataclass(slots=True, kw_only=True)
class Instrument(Fact):
    fact_kind: ClassVar[str] = "instruments"
    type: str
    subject: str
    sectors: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    status: str = "signed"
    date: str | None = None
    place: str | None = None
    signatories: tuple[str, ...] = ()


@dataclass(slots=True, kw_only=True)
class Commitment(Fact):
    fact_kind: ClassVar[str] = "commitments"
    actor: str | None
    action: str
    deadline_text: str | None = None
    deadline: str | None = None
    # None for a promise; "postponed" or "cancelled" when the text reports an undertaking put
    # off (its new deadline, if any, in `deadline`) or called off: evidence against a promise
    change: str | None = None


@dataclass(slots=True, kw_only=True)
class Meeting(Fact):
    fact_kind: ClassVar[str] = "meetings"
    kind: str
    participants: tuple[str, ...] = ()
    place: str | None = None
    date: str | None = None


@dataclass(slots=True, kw_only=True)
class Person(Fact):
    fact_kind: ClassVar[str] = "people"
    name: str
    role: str | None = None
    country: str | None = None


@dataclass(slots=True, kw_only=True)
class Figure(Fact):
    fact_kind: ClassVar[str] = "figures"
    value: str
    number: float | None = None
    approx: str | None = None
    what: str | None = None


@dataclass(slots=True, kw_only=True)
class Initiative(Fact):
    """Something two states pursue that is neither a document nor a meeting: a project, an offer, an area."""

    fact_kind: ClassVar[str] = "initiatives"
    type: str
    subject: str
    sectors: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    state: str = "proposed"


FACT_TYPES: dict[str, type[Fact]] = {
    "instruments": Instrument,
    "commitments": Commitment,
    "meetings": Meeting,
    "people": Person,
    "figures": Figure,
    "initiatives": Initiative,
}


@dataclass(frozen=True, slots=True, order=True)
class MentionKey:
    """The stable key of one fact: its article's content hash, its kind and its place in that kind's list.

    Written "hash:kind:index" (`str`) wherever a key is stored or shown; `parse` reads it back.
    Index -1 is a span of text that is no fact.
    """

    article: str
    kind: str
    index: int

    def __str__(self) -> str:
        return f"{self.article}:{self.kind}:{self.index}"

    @classmethod
    def parse(cls, text: str) -> MentionKey:
        """Return the key "ARTICLE:KIND:INDEX" names (ValueError when it is not of that form)."""
        parts = text.rsplit(":", 2)
        if len(parts) != 3 or not parts[2].lstrip("-").isdigit():
            raise ValueError(f"{text!r} is not ARTICLE:KIND:INDEX")
        return cls(parts[0], parts[1], int(parts[2]))


@dataclass(slots=True)
class ArticleFacts:
    """Everything one extractor found in one article."""

    article: Article
    extractor: str
    extractor_version: str
    instruments: list[Instrument] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)

    def all_facts(self) -> list[Fact]:
        """Return every fact, kind by kind in FACT_KINDS order."""
        out: list[Fact] = []
        for kind in FACT_KINDS:
            out.extend(getattr(self, kind))
        return out

    def to_json(self) -> dict[str, Any]:
        """Return the facts-format object for this article."""
        a = self.article
        out: dict[str, Any] = {
            "article": a.name,
            "published": a.published.isoformat() if a.published else None,
            "outlet": a.outlet,
            "dateline": a.dateline,
        }
        for kind in FACT_KINDS:
            out[kind] = [f.to_json() for f in getattr(self, kind)]
        return out


def fact_from_json(kind: str, data: dict[str, Any]) -> Fact:
    """Return the fact of `kind` that a facts-format object describes (inverse of to_json)."""
    cls = FACT_TYPES[kind]
    ev = data["evidence"]
    values: dict[str, Any] = {"evidence": Evidence(ev["start"], ev["end"], ev["text"]),
                              "cluster": data.get("cluster"), "record": data.get("record")}
    for f in fields(cls):
        if f.name in values:
            continue
        if f.name in data:
            value = data[f.name]
            values[f.name] = tuple(value) if isinstance(value, list) else value
    return cls(**values)
