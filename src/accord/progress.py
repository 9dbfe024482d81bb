"""Where a relationship stands on a day: deadlines coming up, progress counts, what changed.

The numbers of the follow-up desk, built once here from the curated register and read by
`accord due`, `accord progress`, `/api/v1/deadlines.ics`, `/api/v1/changes.atom`,
`/api/v1/progress` and the `/progress` pages. Commitments are judged by `registry.commitments`
(as the brief and the tracker judge them) and instruments by their lifecycle stage.

Owners come from a lookup the caller gives (`OwnerOf`: a record's owner's name, or None), so
these numbers do not depend on where owners are kept.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from accord.core import INITIATIVE_STATES
from accord.curation import CuratedRegister
from accord.errors import AccordError
from accord.implementation import STATES as IMPLEMENTATION_STATES
from accord.implementation import Implementations
from accord.initiatives import initiative_status
from accord.normalize.dates import add_months
from accord.owners import owner_key
from accord.read import CommitmentView, commitments
from accord.registry import QueryError, in_pair, pair_key, pair_names
from accord.resolve import Mention, Record
from accord.resolve.stages import STAGES
from accord.resolve.text import parse_range
from accord.store.register_store import AuditData
from accord.titles import day_words, record_title
from accord.track import record_date, window

OwnerOf = Callable[[Record], str | None]

# What a commitment's status is called in a progress report, in the order it is shown
COMMITMENT_GROUPS: dict[str, str] = {
    "fulfilled": "kept on time", "fulfilled_late": "kept late", "overdue": "overdue",
    "postponed": "postponed", "cancelled": "cancelled", "open": "open", "no_deadline": "no deadline"}
ROADMAP_TYPES = frozenset({"roadmap", "programme", "plan"})
TRACKED_KINDS = ("instruments", "commitments", "meetings")  # what "new records" counts
_UNJUDGED = frozenset({"open", "no_deadline"})  # a promise's status before anything is reported


class WindowError(AccordError):
    """A time window that is not a number of days, weeks or months ("30d", "6w", "3m")."""

    code = "E503"


# --------------------------------------------------------------------------- windows


_WINDOW = re.compile(r"\s*(\d{1,4})\s*([dwm])\s*", re.I)


@dataclass(frozen=True, slots=True)
class Window:
    """A span of days, weeks or months after a day ("30d", "6w", "3m")."""

    count: int
    unit: str  # "d" | "w" | "m"

    def end(self, start: date) -> date:
        """Return the last day of the window that starts on `start`."""
        if self.unit == "d":
            return start + timedelta(days=self.count)
        if self.unit == "w":
            return start + timedelta(weeks=self.count)
        year, month = divmod(start.month - 1 + self.count, 12)
        year += start.year
        last = calendar.monthrange(year, month + 1)[1]
        return date(year, month + 1, min(start.day, last))

    def __str__(self) -> str:
        return f"{self.count}{self.unit}"


def parse_window(text: str) -> Window:
    """Return the window "30d", "6w" or "3m" names; raise WindowError for anything else."""
    match = _WINDOW.fullmatch(text)
    if match is None:
        raise WindowError(f"window {text!r}: give a number of days, weeks or months, e.g. 30d, 6w, 3m")
    return Window(int(match.group(1)), match.group(2).lower())


# --------------------------------------------------------------------------- shared parts


def outlets(mentions: Iterable[Mention]) -> tuple[str, ...]:
    """Return the outlets of the reports, each once, officials marked ("MFA (official)")."""
    named = (f"{m.outlet or m.article_name}{' (official)' if m.official else ''}"
             for m in sorted(mentions, key=Mention.sort_key))
    return tuple(dict.fromkeys(named))


def _owned(owner_of: OwnerOf | None, owner: str | None) -> Callable[[Record], bool]:
    """Return the test that keeps the records of one owner (every record without one asked)."""
    if owner is None:
        return lambda record: True
    if owner_of is None:
        raise QueryError("no owners are known to this register: an owner cannot be asked for")
    wanted = owner_key(owner)
    return lambda record: owner_key(owner_of(record) or "") == wanted


def _owner_name(owner_of: OwnerOf | None, record: Record) -> str | None:
    return owner_of(record) if owner_of is not None else None


def _known_by(record: Record, day: date) -> bool:
    """Say whether a record was reported (or took place) by `day`; an undated one always counts."""
    when = record_date(record)
    return when is None or when <= day


# --------------------------------------------------------------------------- deadlines


@dataclass(frozen=True, slots=True)
class Deadline:
    """One thing due: a commitment's deadline, its status on the day asked, who owns it, who reported it."""

    record: Record
    due: date | None  # the last day of the deadline (a postponement's new one); None: no new date
    status: str
    reason: str
    owner: str | None
    sources: tuple[str, ...]

    @property
    def what(self) -> str:
        """Return the title the deadline is shown by."""
        return record_title(self.record)

    def to_json(self) -> dict[str, Any]:
        """Return the deadline as a JSON-ready dict."""
        f = self.record.fields
        return {"record": self.record.id, "kind": self.record.kind, "what": self.what,
                "pair": pair_key(self.record), "due": self.due.isoformat() if self.due else None,
                "deadline_text": f.get("deadline_text"), "status": self.status, "reason": self.reason,
                "owner": self.owner, "sources": list(self.sources)}


def postponed_to(view: CommitmentView) -> date | None:
    """Return the last day of a postponed commitment's new deadline (None when none was given)."""
    last = next((c for c in reversed(view.history) if c.kind == "postponed"), None)
    new = parse_range(last.deadline) if last is not None else None
    return new.hi if new is not None else None


def _due(view: CommitmentView, as_of: date, end: date) -> date | bool | None:
    """Return the due day of a commitment that is due (None: postponed with no new date), else False."""
    if view.status == "overdue":
        return _window_end(view) or as_of
    if view.status == "postponed":
        new = postponed_to(view)
        return new if new is None or new <= end else False
    if view.status == "open":
        hi = _window_end(view)
        return hi if hi is not None and as_of <= hi <= end else False
    return False


def _window_end(view: CommitmentView) -> date | None:
    if view.status == "overdue":  # judged against a postponement's new date, when there is one
        moved = postponed_to(view)
        if moved is not None:
            return moved
    found = window(view.record)
    return found.hi if found is not None else None


def deadlines(register: CuratedRegister, as_of: date, within: Window, pair: str | None = None,
              owner: str | None = None, owner_of: OwnerOf | None = None,
              states: Implementations | None = None) -> list[Deadline]:
    """Return what is due: commitments due within the window, overdue, postponed without a new date;
    with `states`, also the instruments dormant on `as_of` (due: the day they turned dormant) and
    those whose stated validity ends within the window (due: that day).

    Ordered by due day (no day last), then record id. `pair` is a pair key ("BY-PK").
    """
    keep = _owned(owner_of, owner)
    end = within.end(as_of)
    out = []
    for view in commitments(register, as_of, pair=pair, restated=False):
        due = _due(view, as_of, end)
        if due is False or not keep(view.record) or not _known_by(view.record, as_of):
            continue
        day = due if isinstance(due, date) else None
        out.append(Deadline(view.record, day, view.status, view.reason, _owner_name(owner_of, view.record),
                            outlets(view.record.mentions)))
    if states is not None:
        found = _instrument_deadlines(register, as_of, end, pair, states, owner_of)
        out += [d for d in found if keep(d.record)]
    return sorted(out, key=lambda d: (d.due or date.max, d.record.id))


def _instrument_deadlines(register: CuratedRegister, as_of: date, end: date, pair: str | None,
                          states: Implementations, owner_of: OwnerOf | None) -> Iterator[Deadline]:
    """Yield the instruments dormant on `as_of`, and those whose validity ends by `end`."""
    for r in register.records.values():
        if r.kind != "instruments" or (pair is not None and pair_key(r) != pair):
            continue
        found = states.of(r, as_of)
        if found is None:
            continue
        if found.state == "dormant":
            due = add_months(found.last_activity or found.signed, states.dormant_after)
        elif found.state in ("expiring", "renewed", "in_implementation", "no_activity") and found.ends \
                and found.ends <= end:
            due = found.ends
        else:
            continue
        state = "expiring" if found.state != "dormant" else "dormant"
        yield Deadline(r, due, state, found.reason, _owner_name(owner_of, r), outlets(r.mentions))


# --------------------------------------------------------------------------- changes


@dataclass(frozen=True, slots=True)
class Change:
    """One change to the register: a new record, a commitment's status moving, a curation.

    `day` is when it happened in the world (a report's publication day, an event's day, a
    deadline passing); `articles` are the content hashes of the reports that brought it (their
    stored times date it in the feed); `at` is a curation's time in the audit log.
    """

    kind: str  # "new" | "status" | "curation"
    record: str  # a record id ("" for a curation of records that no longer exist)
    title: str
    day: date
    detail: str
    before: str | None = None
    after: str | None = None
    articles: tuple[str, ...] = ()
    at: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the change as a JSON-ready dict."""
        return {"kind": self.kind, "record": self.record, "title": self.title, "day": self.day.isoformat(),
                "detail": self.detail, "before": self.before, "after": self.after,
                "at": self.at.isoformat() if self.at else None}

    def stored_at(self, stored: Mapping[str, datetime]) -> datetime:
        """Return when the store learnt of the change: audit time, latest report stored, else its day."""
        if self.at is not None:
            return _aware(self.at)
        times = [_aware(stored[a]) for a in self.articles if a in stored]
        return max(times) if times else datetime.combine(self.day, time(), UTC)


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _first_day(record: Record) -> date | None:
    days = [m.published for m in record.mentions if m.published]
    return min(days) if days else record_date(record)


def new_records(register: CuratedRegister, since: date | None, until: date,
                keep: Callable[[Record], bool]) -> list[Change]:
    """Return the instruments, commitments and meetings first reported after `since`, up to `until`."""
    out = []
    for r in register.records.values():
        first = _first_day(r)
        if r.kind not in TRACKED_KINDS or first is None or first > until or (since and first <= since):
            continue
        if (r.kind == "commitments" and r.fields.get("change")) or not keep(r):
            continue  # a setback is reported as the status change of its promise
        firsts = [m for m in r.mentions if m.published == first] or r.mentions[:1]
        out.append(Change("new", r.id, record_title(r), first, f"new {r.kind[:-1]}: {outlets(firsts)[0]}",
                          articles=tuple(dict.fromkeys(m.article for m in firsts))))
    return out


def _status_day(view: CommitmentView) -> tuple[date, tuple[str, ...]]:
    """Return the day a commitment's status was decided and the reports that decided it."""
    if view.curated is not None:
        return view.curated.at.date(), ()
    decisive = [m for m in view.evidence[1:] if m.published]  # the event or setback reported
    if decisive and view.status != "overdue":
        return decisive[-1].published or view.as_of, (decisive[-1].article,)
    end = _window_end(view)
    return (end + timedelta(days=1) if end else view.as_of), ()


def status_changes(register: CuratedRegister, since: date | None, until: date, pair: str | None,
                   keep: Callable[[Record], bool]) -> list[Change]:
    """Return the commitments whose status on `until` differs from the one on `since`.

    Without `since` a status differs from the promise's first one (open, or no deadline).
    Commitments first reported after `since` are new records, not changes.
    """
    before = ({v.record.id: v.status for v in commitments(register, since, pair=pair, restated=False)}
              if since else {})
    out = []
    for view in commitments(register, until, pair=pair, restated=False):
        r = view.record
        if not keep(r) or not _known_by(r, until) or (since is not None and not _known_by(r, since)):
            continue
        was = before.get(r.id)
        if view.status == was or (was is None and view.status in _UNJUDGED):
            continue
        day, articles = _status_day(view)
        if since is not None and day <= since:
            day = until  # decided before, judged otherwise since: a curation or a late report
        label = COMMITMENT_GROUPS[view.status]
        out.append(Change("status", r.id, record_title(r), day, f"{label}: {view.reason}",
                          was, view.status, articles, view.curated.at if view.curated else None))
    return out


def curation_changes(audit: Sequence[AuditData], register: CuratedRegister,
                     keep: Callable[[Record], bool]) -> list[Change]:
    """Return each curation of the audit log as a change of the record it left (when it still exists)."""
    out = []
    for entry in audit:
        alive = [register.records[r] for r in entry.records if r in register.records]
        if alive and not any(keep(r) for r in alive):
            continue
        record = alive[0] if alive else None
        title = record_title(record) if record else ", ".join(entry.records)
        value = f" {entry.value}" if entry.value else ""
        out.append(Change("curation", record.id if record else "", title, _aware(entry.at).date(),
                          f"{entry.action}{value} by {entry.who}: {entry.why}", at=entry.at))
    return out


def _in_pair(pair: str | None) -> Callable[[Record], bool]:
    return lambda r: in_pair(r, pair)


def _both(*tests: Callable[[Record], bool]) -> Callable[[Record], bool]:
    return lambda r: all(t(r) for t in tests)


def feed_changes(register: CuratedRegister, audit: Sequence[AuditData], today: date,
                 stored: Mapping[str, datetime], pair: str | None = None, owner: str | None = None,
                 owner_of: OwnerOf | None = None, limit: int = 100) -> list[Change]:
    """Return the latest changes of the register (of one pair, one owner), newest stored first.

    New records, commitments' statuses as of `today` that moved from the promise's first
    one, and curations; `stored` maps an article's content hash to its stored time.
    """
    keep = _both(_in_pair(pair), _owned(owner_of, owner))
    found = [*new_records(register, None, today, keep), *status_changes(register, None, today, pair, keep)]
    if pair is None and owner is None:
        found += curation_changes(audit, register, keep)
    else:
        found += [c for c in curation_changes(audit, register, keep) if c.record]
    found.sort(key=lambda c: (c.stored_at(stored), c.day, c.record, c.kind), reverse=True)
    return found[:limit]


# --------------------------------------------------------------------------- the progress report


@dataclass(frozen=True, slots=True)
class Tally:
    """Counts under one heading: instruments by stage and commitments by status, with their records."""

    label: str
    instruments: dict[str, int]
    commitments: dict[str, int]
    meetings: int = 0
    record: str | None = None  # the roadmap's record id
    initiatives: dict[str, int] = field(default_factory=dict)  # by state on the day
    implementation: dict[str, int] = field(default_factory=dict)  # signed instruments by state on the day

    def to_json(self) -> dict[str, Any]:
        """Return the counts as a JSON-ready dict."""
        return {"label": self.label, "record": self.record, "instruments": self.instruments,
                "commitments": self.commitments, "meetings": self.meetings, "initiatives": self.initiatives,
                "implementation": self.implementation}


@dataclass(frozen=True, slots=True)
class Progress:
    """The progress report of one pair of states as of a day."""

    pair: str
    title: str
    as_of: date
    since: date | None
    owner: str | None
    total: Tally
    roadmaps: tuple[Tally, ...]
    owners: tuple[Tally, ...]
    changes: tuple[Change, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """Return the report as a JSON-ready dict."""
        return {"pair": self.pair, "title": self.title, "as_of": self.as_of.isoformat(),
                "since": self.since.isoformat() if self.since else None, "owner": self.owner,
                "total": self.total.to_json(), "roadmaps": [t.to_json() for t in self.roadmaps],
                "owners": [t.to_json() for t in self.owners], "changes": [c.to_json() for c in self.changes]}


def instrument_stages(records: Iterable[Record], as_of: date, register: CuratedRegister) -> dict[str, int]:
    """Return how many instruments stood at each lifecycle stage on `as_of` (every stage, in order).

    An instrument counts once it was concluded or reported by then; a record another record
    of the same document superseded by then (signed as, ratified, entered into force) counts
    as that later record only.
    """
    counts = dict.fromkeys(STAGES, 0)
    for r in records:
        if r.kind != "instruments" or not _known_by(r, as_of):
            continue
        later = [register.records.get(ln.target) for ln in r.links if ln.source == r.id]
        if any(t is not None and _known_by(t, as_of) and record_date(t) is not None for t in later):
            continue
        counts[str(r.fields.get("stage") or "signed")] += 1
    return counts


def _commitment_counts(views: Iterable[CommitmentView]) -> dict[str, int]:
    found = Counter(v.status for v in views)
    return {status: found[status] for status in COMMITMENT_GROUPS}


def _tally(label: str, records: list[Record], views: list[CommitmentView], as_of: date,
           register: CuratedRegister, record: str | None = None,
           states: Implementations | None = None) -> Tally:
    ids = {r.id for r in records}
    meetings = sum(r.kind == "meetings" and _known_by(r, as_of) for r in records)
    return Tally(label, instrument_stages(records, as_of, register),
                 _commitment_counts(v for v in views if v.record.id in ids), meetings, record,
                 initiative_counts(records, as_of), implementation_counts(records, as_of, states))


def implementation_counts(records: Iterable[Record], as_of: date,
                          states: Implementations | None) -> dict[str, int]:
    """Return how many signed instruments among `records` stand in each implementation state on `as_of`
    (nothing without `states`)."""
    if states is None:
        return {}
    counts = dict.fromkeys(IMPLEMENTATION_STATES, 0)
    for r in records:
        found = states.of(r, as_of) if r.kind == "instruments" else None
        if found is not None:
            counts[found.state] += 1
    return counts


def initiative_counts(records: Iterable[Record], as_of: date) -> dict[str, int]:
    """Return how many of the initiatives among `records` stand in each state on `as_of`."""
    counts = dict.fromkeys(INITIATIVE_STATES, 0)
    for r in records:
        found = initiative_status(r, as_of) if r.kind == "initiatives" else None
        if found is not None:
            counts[found.state] += 1
    return counts


def _roadmaps(records: list[Record], views: list[CommitmentView], as_of: date,
              register: CuratedRegister, states: Implementations | None) -> list[Tally]:
    """Return one tally per roadmap, programme or plan: itself and the records its articles report."""
    out = []
    for r in records:
        if r.kind != "instruments" or str(r.fields.get("type")) not in ROADMAP_TYPES:
            continue
        if not _known_by(r, as_of):
            continue
        articles = {m.article for m in r.mentions}
        own = [x for x in records if x.id == r.id or (x.kind in ("commitments", "meetings", "initiatives")
                                                        and articles & {m.article for m in x.mentions})]
        out.append(_tally(record_title(r), own, views, as_of, register, r.id, states))
    return out


def _by_owner(records: list[Record], views: list[CommitmentView], as_of: date,
              register: CuratedRegister, owner_of: OwnerOf | None,
              states: Implementations | None) -> list[Tally]:
    if owner_of is None:
        return []
    groups: dict[str, list[Record]] = {}
    for r in records:
        name = owner_of(r)
        if name:
            groups.setdefault(name, []).append(r)
    return [_tally(name, rs, views, as_of, register, None, states) for name, rs in sorted(groups.items())]


def build_progress(register: CuratedRegister, pair: str, as_of: date, since: date | None = None,
                   owner: str | None = None, owner_of: OwnerOf | None = None,
                   states: Implementations | None = None) -> Progress:
    """Return the progress report of a pair key ("BY-PK") on `as_of`, with the changes since `since`
    (and, with `states`, its signed instruments by implementation state)."""
    if since is not None and since >= as_of:
        raise QueryError(f"since {since.isoformat()} is not before as of {as_of.isoformat()}")
    keep = _both(_in_pair(pair), _owned(owner_of, owner))
    everything = [r for r in register.records.values() if pair_key(r) == pair]
    if not everything:
        raise QueryError(f"the register holds nothing about the pair {pair}")
    records = [r for r in everything if keep(r)]
    views = [v for v in commitments(register, as_of, pair=pair, restated=False)
             if keep(v.record) and _known_by(v.record, as_of)]
    names = pair_names(pair)
    whose = f" ({owner})" if owner else ""
    title = f"{names[0]} and {names[1]}: progress as of {day_words(as_of)}{whose}"
    found: list[Change] = []
    if since is not None:
        found = [*new_records(register, since, as_of, keep),
                 *status_changes(register, since, as_of, pair, keep)]
        found.sort(key=lambda c: (c.day, c.kind, c.record))
    return Progress(pair, title, as_of, since, owner,
                    _tally("All", records, views, as_of, register, None, states),
                    tuple(_roadmaps(records, views, as_of, register, states)),
                    tuple(_by_owner(records, views, as_of, register, owner_of, states)), tuple(found))
