"""The commitments and where each stands on a day: one list, by deadline, for every front end."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import cast

from accord import shapes
from accord.curation import CuratedRegister, Curation
from accord.owners import Owner, OwnerTable, owner_matches, owner_of, shipped_owners
from accord.read.cache import tracking_register
from accord.read.pages import DEFAULT_LIMIT, Page, check_commitment_status, check_page, check_pair, paginate
from accord.registry import in_pair, plain
from accord.resolve import Mention, Record
from accord.resolve.state import mention_json
from accord.store import Store
from accord.track import Change, Events, commitment_status, is_report, restates


@dataclass(frozen=True, slots=True)
class CommitmentView:
    """One commitment and where it stands on a day, with the mentions that decided it."""

    record: Record
    as_of: date
    status: str
    reason: str
    evidence: tuple[Mention, ...]
    curated: Curation | None
    history: tuple[Change, ...] = ()
    candidates: tuple[str, ...] = ()  # other events that could be the one promised
    owner: Owner | None = None

    def to_json(self) -> shapes.Commitment:
        """Return the commitment and its status as a JSON-ready dict."""
        r = self.record
        fields = {k: v for k, v in plain(r.fields).items() if k != "history"}
        # open: the record's own fields pass through, and the shape names those every commitment has
        return cast(shapes.Commitment, {
            "id": r.id, **fields, "owner": self.owner.to_json() if self.owner else None,
                "as_of": self.as_of.isoformat(), "status": self.status,
                "reason": self.reason, "evidence": [mention_json(m) for m in self.evidence],
                "history": [c.to_json() for c in self.history], "candidates": list(self.candidates),
                "curated": self.curated.to_json() if self.curated else None})


def _commitment(register: CuratedRegister, record: Record, as_of: date, events: Events) -> CommitmentView:
    override = register.status_override(record.id)
    if override is not None and override.value:
        reason = f"set by {override.who} on {override.at.date().isoformat()}: {override.why}"
        return CommitmentView(record, as_of, override.value, reason, tuple(record.mentions[:1]), override)
    found = commitment_status(record, register, as_of, events)
    return CommitmentView(record, as_of, found.status, found.reason, tuple(found.evidence), None,
                          found.history, found.candidates)


def commitments(register: CuratedRegister, as_of: date, status: str | None = None,
                pair: str | None = None, owner: str | None = None,
                owners: OwnerTable | None = None, *, restated: bool = True) -> list[CommitmentView]:
    """Return a register's commitments (of one status, pair key, owner) with their status on `as_of`,
    by deadline then id. With `restated` False, a promise put off to a new time is left to the history
    of the one it puts off (a report that counts promises counts it once)."""
    check_commitment_status(status)
    # a setback report is evidence about a promise, not a promise of its own, unless it sets a new time
    table = owners or shipped_owners()
    found = [r for r in register.records.values()
             if r.kind == "commitments" and (not is_report(r) or (restated and restates(r)))
             and in_pair(r, pair) and (owner is None or owner_matches(owner_of(r, table), owner))]
    found.sort(key=lambda r: (str(r.fields.get("deadline") or "9999"), r.id))
    events = Events(register)
    views = [replace(_commitment(register, r, as_of, events), owner=owner_of(r, table)) for r in found]
    return [v for v in views if status is None or v.status == status]


def commitment_list(store: Store, as_of: date, status: str | None = None, pair: str | None = None,
                    owner: str | None = None, owners: OwnerTable | None = None) -> list[CommitmentView]:
    """Return the stored commitments with their status on `as_of` (one status, pair, owner), by deadline."""
    return commitments(tracking_register(store), as_of, status, check_pair(pair), owner, owners)


def commitments_page(store: Store, as_of: date, status: str | None = None, pair: str | None = None,
                     limit: int = DEFAULT_LIMIT, offset: int = 0, owner: str | None = None,
                     owners: OwnerTable | None = None) -> Page[CommitmentView]:
    """Return one page of the commitments as of a day, with their total."""
    check_page(limit, offset)
    return paginate(commitment_list(store, as_of, status, pair, owner, owners), limit, offset)
