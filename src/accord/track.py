"""Follow-through: whether commitments were kept, how instruments moved on, what happened when.

Works on a consolidated `Register`: a commitment is kept when a later reported event (a
meeting, a signed instrument) matches what was promised. An event far past the promised
horizon is not taken as the promise kept: "reconvene within two weeks" is not fulfilled by
a visit five months later.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from accord.resolve.model import Link, Mention, Record
from accord.resolve.register import Register
from accord.resolve.rules import status_class
from accord.resolve.text import (
    DateRange,
    action_targets,
    countries_in,
    country_code,
    fold,
    head_act,
    name_tokens,
    names_match,
    parse_range,
    place_country,
)

STATUSES: tuple[str, ...] = ("open", "fulfilled", "fulfilled_late", "overdue", "no_deadline")
MIN_GRACE_DAYS = 30
EVIDENCE_EVENTS = 3  # events shown as the evidence a commitment was kept


@dataclass(frozen=True, slots=True)
class Status:
    """Where a commitment stands on a given day, with the mentions that show it."""

    status: str
    deadline: str | None
    evidence: list[Mention]
    reason: str


@dataclass(frozen=True, slots=True, order=True)
class TimelineEntry:
    date: date
    kind: str  # "meeting", "signing", "deadline"
    label: str
    record_id: str


def record_date(record: Record) -> date | None:
    """Return the day a meeting or instrument record happened (else when it was first reported)."""
    stated = parse_range(record.fields.get("date"))
    if stated is not None:
        return stated.lo
    reported = record.fields.get("reported") or record.fields.get("first_reported")
    return date.fromisoformat(reported) if reported else None


def _actions(record: Record, register: Register) -> list[str]:
    """Return the actions a commitment's sources word, one per mention (kept in the record's fields)."""
    stored = record.fields.get("actions")
    if stored:
        return [str(a) for a in stored]
    # a record saved before its fields kept them: read its facts
    return [getattr(i.fact, "action", "") for i in register.items_of(record.id)] or [record.fields["action"]]


def _head(actions: list[str]) -> str | None:
    heads = Counter(h for h in (head_act(a) for a in actions) if h)
    return min(heads, key=lambda h: (-heads[h], h)) if heads else None


def _actor_matches(actor: str | None, participants: list[str]) -> bool:
    """Say whether a person acting (if the actor is one) took part; a state actor always does."""
    core = re.sub(r"\([^)]*\)", " ", actor or "")
    if not core.strip() or countries_in(core) or country_code(core.strip()):
        return True
    toks = name_tokens(core)
    return any(names_match(toks, name_tokens(p)) for p in participants)


def _goes_to(meeting: Record, targets: frozenset[str]) -> bool:
    """Say whether a meeting took place where an action was headed (a state, its capital, a city)."""
    place = meeting.fields.get("place") or ""
    where = {fold(place)} | {fold(part.strip()) for part in place.split(",")}
    code = place_country(place)
    return bool(targets & (where | ({code} if code else set())))


def _meeting_matches(commitment: Record, meeting: Record, head: str | None, actions: list[str]) -> bool:
    """Say whether a meeting carries out a promise to visit or to meet."""
    targets = frozenset().union(*(action_targets(a) for a in actions))
    if head == "@visit":
        return (
            meeting.fields.get("kind") == "visit"
            and (not targets or _goes_to(meeting, targets))
            and _actor_matches(commitment.fields.get("actor"), meeting.fields.get("participants") or [])
        )
    if head == "@meet":
        return _goes_to(meeting, targets) if targets else meeting.fields.get("kind") != "other"
    return False


def _pair_of(record: Record) -> Any:
    pair = record.fields.get("pair")
    return tuple(pair) if isinstance(pair, list) else pair


class Events:
    """The register's dated meetings and instruments, by pair and in date order.

    Made once for a batch of commitments (`accord.registry.commitments`), so judging each
    one reads only its own pair's events after it was reported, not the whole register.
    """

    def __init__(self, register: Register) -> None:
        by_pair: dict[Any, list[tuple[date, str, Record]]] = {}
        for record in register.records.values():
            if record.kind in ("meetings", "instruments"):
                when = record_date(record)
                if when is not None:
                    by_pair.setdefault(_pair_of(record), []).append((when, record.id, record))
        for events in by_pair.values():
            events.sort(key=lambda e: (e[0], e[1]))
        self._by_pair = by_pair

    def after(self, record: Record, day: date | None) -> Iterator[tuple[date, Record]]:
        """Yield the events of a record's pair later than `day` (all when None), earliest first."""
        events = self._by_pair.get(_pair_of(record), [])
        start = 0 if day is None else bisect_right(events, day, key=lambda e: e[0])
        for when, _id, record in events[start:]:
            yield when, record


def _matching_events(record: Record, register: Register, events: Events, until: date,
                     limit: int) -> list[tuple[date, Record]]:
    """Return the first `limit` later reported events up to `until` that carry out a commitment."""
    actions = _actions(record, register)
    head = _head(actions)
    if head not in ("@visit", "@meet", "@sign"):
        return []  # only promises to visit, meet or sign are matched by an event
    reported = date.fromisoformat(record.fields["reported"]) if record.fields.get("reported") else None
    out: list[tuple[date, Record]] = []
    for when, other in events.after(record, reported):
        if when > until or len(out) == limit:
            break
        if (other.kind == "meetings" and _meeting_matches(record, other, head, actions)) or (
            other.kind == "instruments"
            and head == "@sign"
            and status_class(other.fields.get("status")) in ("done", "force")
        ):
            out.append((when, other))
    return out


def _grace_end(deadline: DateRange, reported: date | None) -> date:
    horizon = (deadline.hi - reported).days if reported else 0
    return deadline.hi + timedelta(days=max(MIN_GRACE_DAYS, horizon))


def _evidence(record: Record, events: list[tuple[date, Record]]) -> list[Mention]:
    out = list(record.mentions[:1])
    for _when, event in events[:EVIDENCE_EVENTS]:
        out.extend(event.mentions[:1])
    return out


def commitment_status(record: Record, register: Register, as_of: date,
                      events: Events | None = None) -> Status:
    """Return whether a commitment record is open, fulfilled (late), overdue or without deadline.

    `events` is the register's `Events`, when the caller judges many commitments at once.
    """
    deadline_text = record.fields.get("deadline")
    deadline = parse_range(deadline_text)
    reported = date.fromisoformat(record.fields["reported"]) if record.fields.get("reported") else None
    # the evidence shows three events at most; none later than the grace period counts
    until = as_of if deadline is None else min(as_of, _grace_end(deadline, reported))
    found = _matching_events(record, register, events or Events(register), until, EVIDENCE_EVENTS)
    if deadline is None:
        if found:
            return Status("fulfilled", None, _evidence(record, found), _reason("matched by", found))
        return Status(
            "no_deadline", None, list(record.mentions[:1]), "no deadline and no matching event reported"
        )
    on_time = [e for e in found if e[0] <= deadline.hi]
    late = [e for e in found if deadline.hi < e[0]]
    if on_time:
        return Status(
            "fulfilled", deadline_text, _evidence(record, on_time), _reason("matched on time by", on_time)
        )
    if as_of <= deadline.hi:
        return Status(
            "open", deadline_text, list(record.mentions[:1]), f"deadline {deadline_text} not passed"
        )
    if late:
        return Status(
            "fulfilled_late",
            deadline_text,
            _evidence(record, late),
            _reason(f"deadline {deadline_text} passed; matched later by", late),
        )
    return Status(
        "overdue",
        deadline_text,
        list(record.mentions[:1]),
        f"deadline {deadline_text} passed with no matching event reported in time",
    )


def _reason(prefix: str, events: list[tuple[date, Record]]) -> str:
    first_when, first = events[0]
    return f"{prefix} {first.kind[:-1]} {first.id} on {first_when.isoformat()}"


def instrument_lifecycle(register: Register) -> list[Link]:
    """Return every lifecycle link between instrument records (planned → signed → in force, MoU → ...)."""
    return sorted({ln for r in register.records.values() if r.kind == "instruments" for ln in r.links})


def timeline(register: Register, pair: tuple[str, str]) -> list[TimelineEntry]:
    """Return the meetings, signings and deadlines of a pair of states in date order."""
    codes = sorted(c for c in (country_code(p) for p in pair) if c)
    out: list[TimelineEntry] = []
    for record in register.records.values():
        if sorted(record.fields.get("pair") or []) != codes:
            continue
        entry = _entry(record)
        if entry is not None:
            out.append(entry)
    return sorted(out)


def _commitment_label(fields: dict[str, Any]) -> str:
    actor = fields.get("actor")
    return f"{actor}: {fields['action']}" if actor else str(fields["action"])


def _entry(record: Record) -> TimelineEntry | None:
    f = record.fields
    if record.kind == "meetings":
        when = record_date(record)
        label = f"{f['kind']}: {', '.join(f['participants'])}" + (
            f" in {f['place']}" if f.get("place") else ""
        )
        return TimelineEntry(when, "meeting", label, record.id) if when else None
    if record.kind == "instruments" and status_class(f.get("status")) in ("done", "force"):
        when = record_date(record)
        return TimelineEntry(when, "signing", f"{f['type']}: {f['subject']}", record.id) if when else None
    if record.kind == "commitments":
        deadline = parse_range(f.get("deadline"))
        return TimelineEntry(deadline.hi, "deadline", _commitment_label(f), record.id) if deadline else None
    return None
