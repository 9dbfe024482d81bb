"""The register's records: one filter (`RecordQuery`), listed by id, or the instruments by date."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any
from weakref import WeakKeyDictionary

from accord import shapes
from accord.curation import CuratedRegister, Curation
from accord.implementation import DEFAULT_DORMANT_MONTHS, Implementation, Implementations
from accord.normalize.countries import fold
from accord.owners import Owner, OwnerTable, owner_matches, owner_of, shipped_owners
from accord.read.cache import current_register, implementations
from accord.read.pages import (
    DEFAULT_LIMIT,
    Page,
    RecordNotFoundError,
    check_implementation,
    check_kind,
    check_page,
    check_pair,
)
from accord.registry import in_pair, link_json, pair_key, plain
from accord.resolve import Mention, Record
from accord.resolve.state import mention_json
from accord.store import Store
from accord.store.terms import text_of


def record_sources(record: Record) -> shapes.Sources:
    """Return how many articles report a record: all, official, media."""
    official = {m.article for m in record.mentions if m.official}
    every = {m.article for m in record.mentions}
    return {"articles": len(every), "official": len(official), "media": len(every - official)}


def cite(m: Mention) -> str:
    """Return how a list or brief cites a mention: its outlet (else article name) and date."""
    who = m.outlet or m.article_name  # a manual entry's name says so ("manual meeting …: reference")
    return f"[{who} {m.published.isoformat() if m.published else 'undated'}]"


def record_day(record: Record) -> str:
    """Return the day a record is listed by (signed, else first reported, else reported; "9999" for none)."""
    f = record.fields
    return str(f.get("date") or f.get("first_reported") or f.get("reported") or "9999")


@dataclass(frozen=True, slots=True)
class RecordView:
    """One record of the register with its sources, conflicts, links and curation."""

    record: Record
    curation: tuple[Curation, ...]
    implementation: Implementation | None = None
    owner: Owner | None = None

    @property
    def pair(self) -> str:
        """Return the record's pair key ("BY-PK"), or "" when it has none."""
        return pair_key(self.record)

    def to_json(self) -> shapes.Record:
        """Return the record as a JSON-ready dict."""
        r = self.record
        return {"id": r.id, "kind": r.kind, "pair": self.pair, "fields": plain(r.fields),
                "owner": self.owner.to_json() if self.owner else None, "sources": record_sources(r),
                "mentions": [mention_json(m) for m in r.mentions],
                "conflicts": [{"field": c.field, "values": [
                    {"value": plain(v.value), "mentions": [mention_json(m) for m in v.mentions]}
                    for v in c.values]} for c in r.conflicts],
                "links": [link_json(ln) for ln in r.links],
                "curation": [c.to_json() for c in self.curation],
                "implementation": found.to_json() if (found := self.implementation) else None}

    def row_json(self) -> dict[str, Any]:
        """Return the record as a register row (`accord register --json`): its fields at the top level."""
        r = self.record
        out = {"id": r.id, **plain(r.fields), "owner": self.owner.to_json() if self.owner else None,
               "sources": record_sources(r),
               "mentions": [mention_json(m) for m in r.mentions],
               "links": [link_json(ln) for ln in r.links],
               "conflicts": [c.field for c in r.conflicts], "curation": [c.to_json() for c in self.curation]}
        if self.implementation is not None:
            out["implementation"] = self.implementation.to_json()
        return out


@dataclass(frozen=True, slots=True)
class RecordQuery:
    """Which records to list: of one kind, of one pair, with words `q` in their fields, with conflicts,
    carried by one owner (as `owners`, the sector -> owner table, suggests it when none is assigned).

    Instruments carry their implementation state on `as_of` (today when None);
    `implementation` keeps the instruments in that state.
    """

    kind: str | None = None
    pair: str | None = None
    q: str | None = None
    conflicted: bool | None = None
    implementation: str | None = None
    as_of: date | None = None
    dormant_after: int = DEFAULT_DORMANT_MONTHS
    owner: str | None = None
    owners: OwnerTable | None = None


def _view(register: CuratedRegister, record: Record, states: Implementations | None = None,
          as_of: date | None = None, owners: OwnerTable | None = None) -> RecordView:
    found = states.of(record, as_of or date.today()) if states is not None else None
    return RecordView(record, tuple(register.notes.get(record.id, ())), found,
                      owner_of(record, owners or shipped_owners()))


def _record_test(query: RecordQuery, pair: str | None) -> Callable[[Record], bool]:
    words = fold(query.q).split() if query.q else []

    def matches(r: Record) -> bool:
        if query.kind is not None and r.kind != query.kind:
            return False
        if pair is not None and pair_key(r) != pair:
            return False
        if query.conflicted is not None and bool(r.conflicts) != query.conflicted:
            return False
        if query.owner is not None and not owner_matches(owner_of(r, query.owners or shipped_owners()),
                                                         query.owner):
            return False
        haystack = text_of(r.fields) if words else ""
        return all(w in haystack for w in words)
    return matches


_PICKS: WeakKeyDictionary[CuratedRegister, OrderedDict[RecordQuery, list[Record]]] = WeakKeyDictionary()
_PICKS_LOCK = threading.Lock()
_PICKS_KEPT = 256  # filtered lists kept per register: pages of one list do not filter it again


def _states(store: Store, query: RecordQuery) -> Implementations | None:
    """Return the implementation states a query shows, when it may list instruments."""
    return implementations(store, query.dormant_after) if query.kind in (None, "instruments") else None


def _in_state(test: Callable[[Record], bool], states: Implementations, day: date,
              state: str) -> Callable[[Record], bool]:
    """Return `test` narrowed to the instruments in an implementation state on a day."""
    def matches(r: Record) -> bool:
        found = states.of(r, day) if test(r) else None
        return found is not None and found.state == state
    return matches


def _picked(store: Store, query: RecordQuery) -> tuple[CuratedRegister, list[Record]]:
    check_kind(query.kind)
    check_implementation(query.implementation)  # other kinds than instruments have no state: none kept
    test = _record_test(query, check_pair(query.pair))
    if query.implementation is not None:
        test = _in_state(test, implementations(store, query.dormant_after), query.as_of or date.today(),
                         query.implementation)
    register = current_register(store, with_facts=False)
    with _PICKS_LOCK:
        kept = _PICKS.setdefault(register, OrderedDict())
        picked = kept.get(query)
        if picked is not None:
            kept.move_to_end(query)
            return register, picked
    picked = [r for r in register.records.values() if test(r)]
    with _PICKS_LOCK:
        kept[query] = picked
        while len(kept) > _PICKS_KEPT:
            kept.popitem(last=False)
    return register, picked


def record_list(store: Store, query: RecordQuery | None = None) -> list[RecordView]:
    """Return the register's records the query picks, by id."""
    query = query or RecordQuery()
    register, picked = _picked(store, query)
    states = _states(store, query)
    return [_view(register, r, states, query.as_of, query.owners) for r in picked]


def records_page(store: Store, query: RecordQuery | None = None, limit: int = DEFAULT_LIMIT,
                 offset: int = 0) -> Page[RecordView]:
    """Return one page of the register's records, with their total (views made for that page only)."""
    check_page(limit, offset)
    query = query or RecordQuery()
    register, picked = _picked(store, query)
    states = _states(store, query)
    views = [_view(register, r, states, query.as_of, query.owners) for r in picked[offset:offset + limit]]
    return Page(views, len(picked), limit, offset)


def instrument_list(store: Store, query: RecordQuery | None = None) -> list[RecordView]:
    """Return the instruments the query picks (its kind set to instruments), by date then id."""
    found = record_list(store, replace(query or RecordQuery(), kind="instruments"))
    return sorted(found, key=lambda v: (record_day(v.record), v.record.id))


def instruments(register: CuratedRegister, pair: str | None = None) -> list[RecordView]:
    """Return a register's instruments (of one pair key) by date, with their owners (for a report on it)."""
    found = [r for r in register.records.values()
             if r.kind == "instruments" and in_pair(r, pair)]
    return [_view(register, r) for r in sorted(found, key=lambda r: (record_day(r), r.id))]


def record_detail(store: Store, record_id: str, as_of: date | None = None,
                  dormant_after: int = DEFAULT_DORMANT_MONTHS,
                  owners: OwnerTable | None = None) -> RecordView:
    """Return the record with this id (an instrument with its state on `as_of`, its owner);
    raise RecordNotFoundError when there is none."""
    register = current_register(store, with_facts=False)
    record = register.records.get(record_id)
    if record is None:
        raise RecordNotFoundError(f"no record {record_id!r} in the register")
    states = implementations(store, dormant_after) if record.kind == "instruments" else None
    return _view(register, record, states, as_of, owners)
