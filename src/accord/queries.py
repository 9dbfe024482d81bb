"""The queries the API and the dashboard share: filters, a stable order, pages, CSV.

One view, two formats: every list here is a plain Python list of typed values with a
`to_json()`; `paginate` cuts a page out of it with the total, and `to_csv` renders any list
with the columns its export names. Filters that cannot be answered as asked (an unknown
kind, a bad pair code, a range that ends before it starts) raise `BadQueryError`; an unknown
article or record raises `NotFoundError`. Nothing here prints, and nothing here knows HTTP.
"""

from __future__ import annotations

import gc
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from typing import Any, ClassVar, Generic, TypeVar
from weakref import WeakKeyDictionary

from accord.core import FACT_KINDS, INITIATIVE_STATES, INSTRUMENT_STATUSES
from accord.curation import CuratedRegister, Curation
from accord.errors import AccordError
from accord.implementation import DEFAULT_DORMANT_MONTHS, Implementation, Implementations, Reports
from accord.normalize.countries import Country, fold
from accord.normalize.sectors import labels as sector_labels
from accord.owners import Owner, OwnerTable, owner_matches, owner_of, shipped_owners
from accord.registry import (
    CommitmentView,
    ConflictView,
    InitiativeView,
    QueryError,
    TimelineView,
    check_implementation,
    commitments,
    conflicts,
    implementation_json,
    implementation_reports,
    initiatives,
    link_json,
    load_register,
    mention_json,
    pair_key,
    parse_pair,
    plain,
    record_sources,
    timeline,
)
from accord.report import (
    FactFilter,
    Stats,
    StoredArticle,
    StoredFact,
    fact_filter,
    find_article,
    page_of_facts,
    resolve_country,
    select_facts,
    stats,
)
from accord.resolve import Record
from accord.store import NotFoundError, Store
from accord.store.articles import ArticleQuery as ArticleQuery
from accord.store.articles import ArticleSummary as ArticleSummary
from accord.store.articles import article_summaries
from accord.store.db import utc_iso
from accord.store.manual import ManualData, manual_entry
from accord.store.register_store import AuditData, audit_entries
from accord.store.register_store import register_version as register_version
from accord.store.terms import text_of
from accord.track import STATUSES

T = TypeVar("T")

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
MAX_OFFSET = 1_000_000_000  # past any real list, and within every database's integer range
RECORD_KINDS: tuple[str, ...] = FACT_KINDS


class BadQueryError(AccordError):
    """A filter or page that cannot be answered as asked (unknown kind, bad pair, bad range)."""

    code = "E502"


class RecordNotFoundError(NotFoundError):
    """No record of the register has the id asked for."""

    code = "E302"


# --------------------------------------------------------------------------- pages


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a list in its stable order, and how many items the whole list holds."""

    items: list[T]
    total: int
    limit: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        """Return the offset of the next page, or None on the last one."""
        following = self.offset + self.limit
        return following if following < self.total else None


def check_page(limit: int, offset: int) -> None:
    """Raise BadQueryError unless 1 <= limit <= MAX_LIMIT and 0 <= offset <= MAX_OFFSET."""
    if not 1 <= limit <= MAX_LIMIT:
        raise BadQueryError(f"limit {limit}: give a number from 1 to {MAX_LIMIT}")
    if not 0 <= offset <= MAX_OFFSET:
        raise BadQueryError(f"offset {offset}: give a number from 0 to {MAX_OFFSET}")


def paginate(items: Sequence[T], limit: int = DEFAULT_LIMIT, offset: int = 0) -> Page[T]:
    """Return the page of `items` (already in their stable order) that limit and offset pick."""
    check_page(limit, offset)
    return Page(list(items[offset:offset + limit]), len(items), limit, offset)


# --------------------------------------------------------------------------- checks


def check_kind(kind: str | None) -> str | None:
    """Return `kind` when it is a fact kind (or None); raise BadQueryError otherwise."""
    if kind is not None and kind not in FACT_KINDS:
        raise BadQueryError(f"unknown kind {kind!r}: choose one of {', '.join(FACT_KINDS)}")
    return kind


def pair_of(pair: str) -> str:
    """Return a pair of ISO codes ("PK-BY") as its sorted key ("BY-PK").

    Raises BadQueryError when it is not two codes, NotFoundError when a code names no state
    (well formed, as the API's schema describes it, but nothing to find).
    """
    if len([p for p in pair.replace("/", "-").split("-") if p.strip()]) != 2:
        raise BadQueryError(f"pair {pair!r}: give two ISO alpha-2 codes, e.g. PK-BY")
    try:
        return parse_pair(pair)
    except QueryError as exc:
        raise NotFoundError(exc.message) from None


def check_pair(pair: str | None) -> str | None:
    """Return a pair's sorted key (see `pair_of`), or None when no pair is given."""
    return None if pair is None else pair_of(pair)


def _check_country(name: str | None) -> Country | None:
    if name is None:
        return None
    # an unknown state is nothing to find (404), as an unknown article or record is
    return resolve_country(name)


def _check_sector(sector: str | None) -> str | None:
    if sector is None:
        return None
    folded = fold(sector)
    if folded not in sector_labels():
        raise BadQueryError(f"unknown sector {sector!r}: choose one of {', '.join(sector_labels())}")
    return folded


def _check_fact_status(status: str | None) -> str | None:
    if status is not None and status not in INSTRUMENT_STATUSES:
        raise BadQueryError(f"unknown status {status!r}: choose one of {', '.join(INSTRUMENT_STATUSES)}")
    return status


def _check_commitment_status(status: str | None) -> str | None:
    if status is not None and status not in STATUSES:
        raise BadQueryError(f"unknown status {status!r}: choose one of {', '.join(STATUSES)}")
    return status


# --------------------------------------------------------------------------- the register, cached


class StoreCache(Generic[T]):
    """A value computed from a store, computed again only after the store changed.

    Many requests arrive at once on a server's first use (or after an ingest) and all want
    the same slow value: one thread computes it while the others wait for its result,
    instead of each computing a copy of its own.
    """

    # Set in a server process (`server.create_app(warm=True)`): a value lives until the store
    # changes, so it (and whatever else is alive then) is taken out of the cyclic collector's
    # sweeps, which would otherwise walk its millions of objects in every full collection: a
    # pause of 0.5 s at 2,000 articles, felt by every request waiting meanwhile.
    freeze: ClassVar[bool] = False

    def __init__(self, compute: Callable[[Store], T]) -> None:
        self._compute = compute
        self._values: WeakKeyDictionary[Store, tuple[tuple[Any, ...], T]] = WeakKeyDictionary()
        self._locks: WeakKeyDictionary[Store, threading.Lock] = WeakKeyDictionary()
        self._guard = threading.Lock()

    def get(self, store: Store) -> T:
        """Return the value for the store as it is now."""
        version = register_version(store)
        cached = self._values.get(store)
        if cached is not None and cached[0] == version:
            return cached[1]
        with self._guard:
            lock = self._locks.setdefault(store, threading.Lock())
        with lock:  # one computation per store at a time; whoever waited takes its result
            cached = self._values.get(store)
            version = register_version(store)
            if cached is not None and cached[0] == version:
                return cached[1]
            value = self._compute(store)
            self._values[store] = (version, value)
            if StoreCache.freeze:
                gc.freeze()
            return value

    def holds(self, store: Store) -> bool:
        """Say whether a value for the store is kept (current or not)."""
        return store in self._values


_REGISTERS = {with_facts: StoreCache(partial(load_register, with_facts=with_facts))
              for with_facts in (False, True)}


def current_register(store: Store, *, with_facts: bool = True) -> CuratedRegister:
    """Return the stored register (see `registry.load_register`), read again only after it changed.

    A server answers many queries between two writes, and reading the register with its
    facts is the slowest part of them; the version check is three small queries.
    """
    return _REGISTERS[with_facts].get(store)


_KEEPS_ACTIONS: WeakKeyDictionary[CuratedRegister, bool] = WeakKeyDictionary()


def tracking_register(store: Store) -> CuratedRegister:
    """Return the register commitments are judged on: the records alone when they keep their sources' actions.

    Records saved by an older accord lack them; then the register is read with its facts
    (much slower on a big store) until the next update or `accord recompute` rewrites them.
    """
    register = current_register(store, with_facts=False)
    keeps = _KEEPS_ACTIONS.get(register)
    if keeps is None:
        keeps = _KEEPS_ACTIONS[register] = all(
            "actions" in r.fields for r in register.records.values() if r.kind == "commitments")
    return register if keeps else current_register(store, with_facts=True)


def register_is_read(store: Store, *, with_facts: bool = True) -> bool:
    """Say whether `current_register` holds a copy of the store's register (current or not)."""
    return _REGISTERS[with_facts].holds(store)


# --------------------------------------------------------------------------- facts


@dataclass(frozen=True, slots=True)
class FactQuery:
    """Which stored facts to list; every filter given must hold.

    `pair`: the fact's register record is of that pair, or its fields name both states.
    `status`: an instrument's stated status (signed, in_force, …). `since`/`until`: the
    article's publication day (undated articles drop out). `q`: words anywhere in the
    quote or the fields, case and accents ignored.
    """

    kind: str | None = None
    country: str | None = None
    pair: str | None = None
    sector: str | None = None
    status: str | None = None
    since: date | None = None
    until: date | None = None
    q: str | None = None
    article: str | None = None


def _fact_filter(store: Store, query: FactQuery) -> FactFilter:
    country = _check_country(query.country)
    base = fact_filter(store, check_kind(query.kind), article=query.article)
    words = tuple(fold(query.q).split()) if query.q else ()
    return replace(base, countries=(country.iso2,) if country else (), pair=check_pair(query.pair),
                   sector=_check_sector(query.sector), status=_check_fact_status(query.status),
                   since=query.since, until=query.until, words=words)


def fact_list(store: Store, query: FactQuery) -> list[StoredFact]:
    """Return the stored facts the query picks, by article, kind and place in the text."""
    return select_facts(store, _fact_filter(store, query))


def facts_page(store: Store, query: FactQuery, limit: int = DEFAULT_LIMIT,
               offset: int = 0) -> Page[StoredFact]:
    """Return one page of the facts the query picks, with their total (the database filters and pages)."""
    check_page(limit, offset)
    items, total = page_of_facts(store, _fact_filter(store, query), limit, offset)
    return Page(items, total, limit, offset)


# --------------------------------------------------------------------------- articles


def article_list(store: Store, query: ArticleQuery | None = None) -> list[ArticleSummary]:
    """Return the stored articles the query picks, oldest stored first (by id)."""
    return article_summaries(store, query or ArticleQuery(), None, 0)[0]


def articles_page(store: Store, query: ArticleQuery | None = None, limit: int = DEFAULT_LIMIT,
                  offset: int = 0) -> Page[ArticleSummary]:
    """Return one page of the stored articles, with their total."""
    check_page(limit, offset)
    items, total = article_summaries(store, query or ArticleQuery(), limit, offset)
    return Page(items, total, limit, offset)


def article_detail(store: Store, key: str) -> StoredArticle:
    """Return one article (by id, name or content-hash prefix) with its text and facts."""
    return find_article(store, key)


def article_manual(store: Store, article_id: int) -> ManualData | None:
    """Return the provenance of a desk officer's manual entry, or None for an article read from a report."""
    return manual_entry(store, article_id)


def article_json(record: StoredArticle, manual: ManualData | None = None) -> dict[str, Any]:
    """Return an article with its text, facts and (for a manual entry) provenance as a JSON-ready dict."""
    a = record.article
    return {"id": record.id, "name": a.name, "title": a.title, "source": a.source,
            "published": a.published.isoformat() if a.published else None,
            "reference_date": a.reference_date.isoformat() if a.reference_date else None,
            "outlet": a.outlet, "dateline": a.dateline, "language": a.language, "media_type": a.media_type,
            "content_hash": a.content_hash, "ingested_at": utc_iso(record.ingested_at),
            "skip": [[s, e] for s, e in a.skip], "text": a.text,
            "facts": [f.to_json() for f in record.facts],
            "manual": manual.to_json() if manual else None}


# --------------------------------------------------------------------------- records


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

    def to_json(self) -> dict[str, Any]:
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
                "implementation": implementation_json(found) if (found := self.implementation) else None}


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


_REPORTS = StoreCache(lambda store: implementation_reports(store, current_register(store, with_facts=False)))


def implementations(store: Store, dormant_after: int = DEFAULT_DORMANT_MONTHS) -> Implementations:
    """Return the implementation states of the stored register (the articles' cues read once per change)."""
    register = current_register(store, with_facts=False)
    reports: Reports = _REPORTS.get(store)
    return Implementations(register.records.values(), reports, dormant_after)


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


def _picked(store: Store, query: RecordQuery | None) -> tuple[CuratedRegister, list[Record]]:
    query = query or RecordQuery()
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


# --------------------------------------------------------------------------- commitments, conflicts, timeline


def commitment_list(store: Store, as_of: date, status: str | None = None, pair: str | None = None,
                    owner: str | None = None, owners: OwnerTable | None = None) -> list[CommitmentView]:
    """Return the commitments with their status on `as_of` (one status, pair, owner), by deadline then id."""
    _check_commitment_status(status)
    key = check_pair(pair)
    return commitments(tracking_register(store), as_of, status=status, pair=key, owner=owner, owners=owners)


def commitments_page(store: Store, as_of: date, status: str | None = None, pair: str | None = None,
                     limit: int = DEFAULT_LIMIT, offset: int = 0, owner: str | None = None,
                     owners: OwnerTable | None = None) -> Page[CommitmentView]:
    """Return one page of the commitments as of a day, with their total."""
    check_page(limit, offset)
    return paginate(commitment_list(store, as_of, status, pair, owner, owners), limit, offset)


def initiative_list(store: Store, as_of: date, state: str | None = None, pair: str | None = None,
                    owner: str | None = None, owners: OwnerTable | None = None) -> list[InitiativeView]:
    """Return the initiatives with their state on `as_of` (one state, pair, owner), first reported first."""
    if state is not None and state not in INITIATIVE_STATES:
        raise BadQueryError(f"unknown state {state!r}: choose one of {', '.join(INITIATIVE_STATES)}")
    register = current_register(store, with_facts=False)
    return initiatives(register, as_of, state, check_pair(pair), owner, owners)


def initiatives_page(store: Store, as_of: date, state: str | None = None, pair: str | None = None,
                     limit: int = DEFAULT_LIMIT, offset: int = 0, owner: str | None = None,
                     owners: OwnerTable | None = None) -> Page[InitiativeView]:
    """Return one page of the initiatives as of a day, with their total."""
    check_page(limit, offset)
    return paginate(initiative_list(store, as_of, state, pair, owner, owners), limit, offset)


def conflict_list(store: Store, pair: str | None = None) -> list[ConflictView]:
    """Return every disagreement between sources (of one pair), by record id then field."""
    key = check_pair(pair)
    return conflicts(current_register(store, with_facts=False), pair=key)


def conflicts_page(store: Store, pair: str | None = None, limit: int = DEFAULT_LIMIT,
                   offset: int = 0) -> Page[ConflictView]:
    """Return one page of the conflicts, with their total."""
    check_page(limit, offset)
    return paginate(conflict_list(store, pair), limit, offset)


def timeline_list(store: Store, pair: str) -> list[TimelineView]:
    """Return the meetings, signings and deadlines of a pair in date order."""
    return timeline(current_register(store, with_facts=False), pair_of(pair))


def store_stats(store: Store) -> Stats:
    """Return what the store holds: articles, facts per kind, outlets, dates."""
    return stats(store)


def audit_list(store: Store) -> list[AuditData]:
    """Return every curation, oldest first."""
    return audit_entries(store)


def audit_json(entry: AuditData) -> dict[str, Any]:
    """Return one curation of the audit log as a JSON-ready dict."""
    return {"id": entry.id, "at": utc_iso(entry.at), "who": entry.who, "action": entry.action,
            "records": list(entry.records), "value": entry.value, "why": entry.why}
