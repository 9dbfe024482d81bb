"""The initiatives and where each stood on a day: one list, first reported first, for every front end."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import cast

from accord import shapes
from accord.initiatives import Carrier, InitiativeStatus, carriers, initiative_status
from accord.owners import Owner, OwnerTable, owner_matches, owner_of, shipped_owners
from accord.read.cache import current_register
from accord.read.pages import DEFAULT_LIMIT, Page, check_initiative_state, check_page, check_pair, paginate
from accord.read.records import record_sources
from accord.registry import in_pair, plain
from accord.resolve import Record, Register
from accord.resolve.state import mention_json
from accord.store import Store


@dataclass(frozen=True, slots=True)
class InitiativeView:
    """One initiative, where it stood on a day (with the report that says so) and what carries it."""

    record: Record
    as_of: date
    status: InitiativeStatus
    carriers: tuple[Carrier, ...]
    owner: Owner | None = None

    def to_json(self) -> shapes.Initiative:
        """Return the initiative and its state on the day as a JSON-ready dict."""
        r, s = self.record, self.status
        # open: the record's own fields pass through, and the shape names those every initiative has
        return cast(shapes.Initiative, {
            "id": r.id, **plain(r.fields), "owner": self.owner.to_json() if self.owner else None,
                "as_of": self.as_of.isoformat(), "state": s.state,
                "since": s.since.isoformat() if s.since else None,
                "evidence": mention_json(s.evidence) if s.evidence else None,
                "mentions": [mention_json(m) for m in r.mentions], "sources": record_sources(r),
                "carriers": [c.to_json() for c in self.carriers]})


def initiatives(register: Register, as_of: date, state: str | None = None, pair: str | None = None,
                owner: str | None = None, owners: OwnerTable | None = None) -> list[InitiativeView]:
    """Return a register's initiatives reported by `as_of` (of one state, pair key, owner),
    by first report then id."""
    check_initiative_state(state)
    table = owners or shipped_owners()
    found = [r for r in register.records.values()
             if r.kind == "initiatives" and in_pair(r, pair)]
    found.sort(key=lambda r: (str(r.fields.get("first_reported") or "9999"), r.id))
    views = []
    for r in found:
        status, carrier = initiative_status(r, as_of), owner_of(r, table)
        if status is None or (state is not None and status.state != state):
            continue
        if owner is None or owner_matches(carrier, owner):
            views.append(InitiativeView(r, as_of, status, tuple(carriers(r, register)), carrier))
    return views


def initiative_list(store: Store, as_of: date, state: str | None = None, pair: str | None = None,
                    owner: str | None = None, owners: OwnerTable | None = None) -> list[InitiativeView]:
    """Return the stored initiatives with their state on `as_of` (one state, pair, owner), first reported
    first."""
    register = current_register(store, with_facts=False)
    return initiatives(register, as_of, state, check_pair(pair), owner, owners)


def initiatives_page(store: Store, as_of: date, state: str | None = None, pair: str | None = None,
                     limit: int = DEFAULT_LIMIT, offset: int = 0, owner: str | None = None,
                     owners: OwnerTable | None = None) -> Page[InitiativeView]:
    """Return one page of the initiatives as of a day, with their total."""
    check_page(limit, offset)
    return paginate(initiative_list(store, as_of, state, pair, owner, owners), limit, offset)
