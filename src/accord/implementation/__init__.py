"""Implementation of instruments after signing: where a signed document stands on a day.

States, first that holds wins:

- `terminated`: a report says it was terminated, withdrawn from, denounced or suspended (`how`), and
  no later report says a suspension was lifted;
- `expired` / `expiring`: a stated validity ("valid for five years", "until 2030"), moved on
  by renewals, ended before the day / ends within `EXPIRING_MONTHS` of it;
- `dormant`: nothing reported of it (no activity, no renewal) for `dormant_after` months
  after its signing or its last activity;
- `renewed`: a report says it was extended or renewed;
- `in_implementation`: a later report of activity under it (a meeting under the MoU, a
  project launched in line with the agreement, a first shipment);
- `no_activity`: signed, nothing reported since, not long enough ago to be dormant.

A document not signed (planned, negotiating, concluded) or signed after the day has no
state. No evidence is never evidence against: a document is dormant only when its signing
(or its last activity) plus `dormant_after` months lies before the day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, cast

from accord import shapes
from accord.core import Article
from accord.implementation.cues import CUE_KINDS, TERMINATIONS, Cue, DocumentName, cues_of
from accord.normalize.dates import add_months
from accord.resolve.model import Mention, Record
from accord.resolve.state import mention_json
from accord.resolve.text import content_words, parse_range
from accord.track import record_date

STATES: tuple[str, ...] = (
    "no_activity",
    "in_implementation",
    "dormant",
    "expiring",
    "expired",
    "renewed",
    "terminated",
)
DEFAULT_DORMANT_MONTHS = 18
EXPIRING_MONTHS = 6
SIGNED_STAGES = frozenset({"signed", "ratified", "in_force", "suspended", "terminated"})
EVIDENCE_REPORTS = 3  # reports of activity shown as evidence

__all__ = [
    "CUE_KINDS",
    "DEFAULT_DORMANT_MONTHS",
    "STATES",
    "TERMINATIONS",
    "Implementation",
    "Report",
    "Reports",
    "Source",
    "implementation_of",
    "reports_of",
]


@dataclass(frozen=True, slots=True)
class Source:
    """An article cues are read from: its text, whether it is official, the pairs its records are of."""

    article: Article
    official: bool
    pairs: frozenset[str]


@dataclass(frozen=True, slots=True)
class Report:
    """One cue in one article: the cue, its sentence as a mention, and the day it was reported."""

    cue: Cue
    mention: Mention
    when: date | None
    pairs: frozenset[str]


def _report(source: Source, cue: Cue) -> Report:
    a = source.article
    when = a.published or a.reference_date
    mention = Mention(
        a.content_hash,
        a.name,
        "instruments",
        -1,
        a.text[cue.start : cue.end],
        cue.start,
        cue.end,
        a.published,
        a.outlet,
        source.official,
    )
    return Report(cue, mention, when, source.pairs)


class Reports:
    """Every cue of a set of articles, filed by pair of states and in date order."""

    def __init__(self, reports: Iterable[Report] = ()) -> None:
        by_pair: dict[str, list[Report]] = defaultdict(list)
        for report in reports:
            for pair in report.pairs:
                by_pair[pair].append(report)
        for found in by_pair.values():
            found.sort(key=lambda r: (r.when or date.max, r.mention.sort_key()))
        self._by_pair = dict(by_pair)

    def of_pair(self, pair: str) -> list[Report]:
        """Return the dated reports of a pair key ("BY-PK"), earliest first."""
        return [r for r in self._by_pair.get(pair, []) if r.when is not None]

    def __len__(self) -> int:
        return len(
            {(r.mention.article, r.mention.start, r.cue.kind) for v in self._by_pair.values() for r in v}
        )


def reports_of(sources: Iterable[Source]) -> Reports:
    """Return the cues of the articles, as reports filed by pair."""
    return Reports(_report(s, cue) for s in sources for cue in cues_of(s.article.text, s.article.skip))


@dataclass(frozen=True, slots=True)
class Implementation:
    """Where a signed instrument stands on a day, why, and the reports that show it."""

    state: str
    as_of: date
    signed: date
    reason: str
    evidence: tuple[Mention, ...]
    how: str | None = None  # terminated: terminated | withdrawn | denounced | suspended
    ends: date | None = None  # the end of its stated validity (after renewals)
    last_activity: date | None = None

    def to_json(self) -> shapes.Implementation:
        """Return the state as a JSON-ready dict (evidence: keyed quotes with their article and span)."""
        return {
            "state": cast(shapes.ImplementationState, self.state),
            "as_of": self.as_of.isoformat(),
            "signed": self.signed.isoformat(),
            "reason": self.reason,
            "how": cast(Literal["terminated", "withdrawn", "denounced", "suspended"] | None, self.how),
            "ends": self.ends.isoformat() if self.ends else None,
            "last_activity": self.last_activity.isoformat() if self.last_activity else None,
            "evidence": [mention_json(m) for m in self.evidence],
        }


# --------------------------------------------------------------------------- which document a report names


def _pair(record: Record) -> str:
    return "-".join(sorted(record.fields.get("pair") or []))


def _words(record: Record) -> frozenset[str]:
    return content_words(str(record.fields.get("subject") or ""))


def _names_record(name: DocumentName, record: Record) -> bool:
    """Say whether a document name can be the record's: same type, and subject words or sectors shared."""
    if name.type != record.fields.get("type"):
        return False
    return bool(name.sectors & set(record.fields.get("sectors") or []) or name.words & _words(record))


def _own_sentence(report: Report, record: Record) -> bool:
    """Say whether the report's sentence is one the record itself was extracted from."""
    r = report.mention
    return any(m.article == r.article and m.start < r.end and r.start < m.end for m in record.mentions)


def _about(report: Report, record: Record, signed_alike: Sequence[Record]) -> bool:
    """Say whether a report is about the record.

    Its sentence names the record's document (type and subject agree), or names only a type
    that one signed document of the pair has (the record), or is the record's own sentence
    and names no other document.
    """
    names = report.cue.names
    if any(_names_record(n, record) for n in names):
        return True
    bare = [n for n in names if not n.words and not n.sectors and n.type == record.fields.get("type")]
    if bare and [r.id for r in signed_alike if r.fields.get("type") == record.fields.get("type")] == [
        record.id
    ]:
        return True
    return len(names) == 1 and _own_sentence(report, record) and not names[0].words - _words(record)


# --------------------------------------------------------------------------- the states


def is_signed(record: Record) -> bool:
    """Say whether an instrument record was signed (or went further): only these have a state."""
    return record.kind == "instruments" and str(record.fields.get("stage") or "") in SIGNED_STAGES


class Implementations:
    """The implementation states of a register's instruments, from the reports of its articles."""

    def __init__(
        self, records: Iterable[Record], reports: Reports, dormant_after: int = DEFAULT_DORMANT_MONTHS
    ) -> None:
        self.dormant_after = dormant_after
        signed = [r for r in records if is_signed(r)]
        by_pair: dict[str, list[Record]] = defaultdict(list)
        for record in signed:
            by_pair[_pair(record)].append(record)
        self._reports: dict[str, list[Report]] = {}
        for pair, alike in by_pair.items():
            found = reports.of_pair(pair)
            for record in alike:
                self._reports[record.id] = [r for r in found if _about(r, record, alike)]

    def of(self, record: Record, as_of: date) -> Implementation | None:
        """Return where a signed instrument stands on `as_of`; None when it was not signed by then."""
        signed = record_date(record) if record.id in self._reports else None
        if signed is None or signed > as_of:
            return None
        # activity is what a later report tells; a term or an ending may be told on the day itself
        found = [
            r
            for r in self._reports[record.id]
            if r.when is not None
            and signed <= r.when <= as_of
            and (r.when > signed or r.cue.kind != "activity")
        ]
        return _state(record, signed, as_of, found, self.dormant_after)


def implementation_of(
    record: Record,
    records: Iterable[Record],
    reports: Reports,
    as_of: date,
    dormant_after: int = DEFAULT_DORMANT_MONTHS,
) -> Implementation | None:
    """Return one instrument's state on `as_of` (see `Implementations` to judge many)."""
    return Implementations(records, reports, dormant_after).of(record, as_of)


def _kind(reports: list[Report], kind: str) -> list[Report]:
    return [r for r in reports if r.cue.kind == kind]


def _day(report: Report) -> date:
    assert report.when is not None
    return report.when


def _ends(signed: date, validity: list[Report], renewals: list[Report]) -> date | None:
    """Return the end of a document's validity after its renewals (None: none stated, or it renews itself)."""
    end: date | None = None
    for r in validity[:1]:
        if r.cue.automatic:
            return None
        stated = parse_range(r.cue.until)
        end = stated.hi if stated else add_months(signed, r.cue.months or 0)
    for r in renewals:
        stated = parse_range(r.cue.until)
        if stated is not None:
            end = stated.hi
        elif r.cue.months:
            end = add_months(max(end, _day(r)) if end else _day(r), r.cue.months)
        else:
            end = None  # renewed, for how long unsaid
    return end


def _lifted(ended: Report, found: list[Report]) -> bool:
    """Say whether a suspension was undone by a report after it ("lifted the suspension of the MoU");
    a document terminated, withdrawn from or denounced stays ended."""
    return ended.cue.detail == "suspended" and any(
        r.cue.kind == "resumption" for r in found[found.index(ended) + 1:])


def _state(
    record: Record, signed: date, as_of: date, found: list[Report], dormant_after: int
) -> Implementation:
    ended, validity = _kind(found, "termination"), _kind(found, "validity")
    renewals, activity = _kind(found, "renewal"), _kind(found, "activity")
    first = tuple(record.mentions[:1])
    last_activity = _day(activity[-1]) if activity else None

    def state(name: str, reason: str, evidence: Sequence[Report], **extra: Any) -> Implementation:
        return Implementation(
            name,
            as_of,
            signed,
            reason,
            first + tuple(r.mention for r in evidence),
            last_activity=last_activity,
            **extra,
        )

    resumed = _kind(found, "resumption")
    if ended and not _lifted(ended[-1], found):
        last = ended[-1]
        return state(
            "terminated",
            f"{last.cue.detail}: reported on {_day(last).isoformat()}",
            [last],
            how=last.cue.detail,
        )
    lapsed = _kind(found, "lapse")
    if lapsed and not any(_day(r) > _day(lapsed[-1]) for r in renewals):
        # "the MoU was allowed to expire": ran out, whatever term was stated
        return state("expired", f"lapsed: reported on {_day(lapsed[-1]).isoformat()}", [lapsed[-1]])
    ends = _ends(signed, validity, renewals)
    terms = validity[:1] + renewals
    if ends is not None and ends < as_of:
        return state("expired", f"valid until {ends.isoformat()}", terms, ends=ends)
    if ends is not None and add_months(as_of, EXPIRING_MONTHS) >= ends:
        return state(
            "expiring", f"valid until {ends.isoformat()}, within {EXPIRING_MONTHS} months", terms, ends=ends
        )
    seen = max([signed] + [_day(r) for r in activity + renewals + resumed])
    if add_months(seen, dormant_after) < as_of:
        since = "signed" if seen == signed else "last reported activity"
        return state(
            "dormant",
            f"no activity reported for {dormant_after} months ({since} {seen.isoformat()})",
            validity[:1],
            ends=ends,
        )
    if renewals:
        last = renewals[-1]
        return state("renewed", f"{last.cue.detail}: reported on {_day(last).isoformat()}", terms, ends=ends)
    if activity:
        shown = activity[-EVIDENCE_REPORTS:]
        return state(
            "in_implementation",
            f"{len(activity)} report(s) of activity under it, last on "
            f"{last_activity.isoformat() if last_activity else ''}",
            shown,
            ends=ends,
        )
    return state(
        "no_activity", f"signed {signed.isoformat()}; no activity reported yet", validity[:1], ends=ends
    )
