"""Follow-through: whether commitments were kept, how instruments moved on, what happened when.

Works on a consolidated `Register`: a commitment is kept when a later reported event (a
meeting, a signed instrument) matches what was promised. An event far past the promised
horizon is not taken as the promise kept: "reconvene within two weeks" is not fulfilled by
a visit five months later.
"""

from __future__ import annotations

import re
from collections import Counter
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


def _matching_events(record: Record, register: Register, as_of: date) -> list[tuple[date, Record]]:
    """Return the later reported events that carry out a commitment, earliest first."""
    actions = _actions(record, register)
    head = _head(actions)
    reported = date.fromisoformat(record.fields["reported"]) if record.fields.get("reported") else None
    out: list[tuple[date, Record]] = []
    for other in register.records.values():
        if other.kind not in ("meetings", "instruments") or other.fields.get("pair") != record.fields.get(
            "pair"
        ):
            continue
        when = record_date(other)
        if when is None or when > as_of or (reported is not None and when <= reported):
            continue
        if (other.kind == "meetings" and _meeting_matches(record, other, head, actions)) or (
            other.kind == "instruments"
            and head == "@sign"
            and status_class(other.fields.get("status")) in ("done", "force")
        ):
            out.append((when, other))
    return sorted(out, key=lambda e: (e[0], e[1].id))


def _grace_end(deadline: DateRange, reported: date | None) -> date:
    horizon = (deadline.hi - reported).days if reported else 0
    return deadline.hi + timedelta(days=max(MIN_GRACE_DAYS, horizon))


def _evidence(record: Record, events: list[tuple[date, Record]]) -> list[Mention]:
    out = list(record.mentions[:1])
    for _when, event in events[:3]:
        out.extend(event.mentions[:1])
    return out


def commitment_status(record: Record, register: Register, as_of: date) -> Status:
    """Return whether a commitment record is open, fulfilled (late), overdue or without deadline."""
    deadline_text = record.fields.get("deadline")
    deadline = parse_range(deadline_text)
    events = _matching_events(record, register, as_of)
    if deadline is None:
        if events:
            return Status("fulfilled", None, _evidence(record, events), _reason("matched by", events))
        return Status(
            "no_deadline", None, list(record.mentions[:1]), "no deadline and no matching event reported"
        )
    reported = date.fromisoformat(record.fields["reported"]) if record.fields.get("reported") else None
    on_time = [e for e in events if e[0] <= deadline.hi]
    late = [e for e in events if deadline.hi < e[0] <= _grace_end(deadline, reported)]
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
