"""A pair's meetings, signings and deadlines in date order: one list for every front end."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from accord import shapes
from accord.curation import CuratedRegister
from accord.read.cache import current_register
from accord.read.pages import pair_of
from accord.read.records import cite
from accord.registry import pair_names
from accord.resolve import Record
from accord.store import Store
from accord.titles import record_title
from accord.track import timeline as track_timeline


@dataclass(frozen=True, slots=True)
class TimelineView:
    """One dated event of a pair: a meeting, a signing or a deadline, with its sources."""

    when: date
    kind: str
    label: str
    record: Record

    def to_json(self) -> shapes.TimelineEvent:
        """Return the event as a JSON-ready dict."""
        return {"date": self.when.isoformat(), "kind": self.kind, "label": self.label,
                "record": self.record.id, "sources": sorted({cite(m) for m in self.record.mentions})}


def timeline(register: CuratedRegister, pair: str) -> list[TimelineView]:
    """Return the meetings, signings and deadlines of a pair key ("BY-PK") in a register, in date order."""
    # labelled by the record's readable title ("Talks: Sharif – Lukashenko, Islamabad, 26 Nov 2024")
    records = register.records
    return [TimelineView(e.date, e.kind, record_title(records[e.record_id]), records[e.record_id])
            for e in track_timeline(register, pair_names(pair))]


def timeline_list(store: Store, pair: str) -> list[TimelineView]:
    """Return the stored meetings, signings and deadlines of a pair in date order."""
    return timeline(current_register(store, with_facts=False), pair_of(pair))
