"""The values consolidation produces: mentions, conflicts, links and canonical records."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

RECORD_PREFIX: dict[str, str] = {
    "instruments": "ins",
    "commitments": "com",
    "meetings": "mtg",
    "people": "per",
    "figures": "fig",
    "initiatives": "ini",
}


@dataclass(frozen=True, slots=True)
class Mention:
    """One fact of one article, as a record cites it: the quote and where it came from."""

    article: str  # the article's content hash
    article_name: str
    kind: str
    index: int  # position of the fact in its article's list of that kind (-1: a text span)
    quote: str
    start: int
    end: int
    published: date | None
    outlet: str | None
    official: bool
    manual: bool = False  # entered by a desk officer (an article of media type "manual"), not reported

    def sort_key(self) -> tuple[str, str, int, int, int]:
        """Return the key mentions are ordered by: date, article, place in the text."""
        when = self.published.isoformat() if self.published else "9999"
        return (when, self.article, self.start, self.end, self.index)


def distinct_mentions(mentions: Iterable[Mention]) -> tuple[Mention, ...]:
    """Return mentions in order, one per quoted span (a sentence behind several facts is cited once)."""
    seen: dict[tuple[str, int, int], Mention] = {}
    for m in sorted(mentions, key=Mention.sort_key):
        seen.setdefault((m.article, m.start, m.end), m)
    return tuple(seen.values())


@dataclass(frozen=True, slots=True)
class ConflictValue:
    """One side of a disagreement: a value and the mentions that state it."""

    value: Any
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class Conflict:
    """Sources that disagree on one field of one record."""

    field: str
    values: tuple[ConflictValue, ...]


@dataclass(frozen=True, slots=True, order=True)
class Link:
    """A lifecycle step between two records ("signed as", "formalised as", "entered into force")."""

    source: str
    target: str
    relation: str


@dataclass(slots=True)
class Record:
    """One real thing (an instrument, a person, …) with everything the sources say about it."""

    id: str
    kind: str
    fields: dict[str, Any]
    mentions: list[Mention]
    conflicts: list[Conflict] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
