"""The stored register and its instruments' implementation, read again only after the store changed."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from functools import partial
from typing import Any, ClassVar, Generic, TypeVar
from weakref import WeakKeyDictionary

from accord.curation import CuratedRegister
from accord.implementation import DEFAULT_DORMANT_MONTHS, Implementations, Reports, Source, reports_of
from accord.registry import load_register, pair_key
from accord.store import Store
from accord.store.register_store import articles_by_hash
from accord.store.register_store import register_version as register_version

T = TypeVar("T")


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


def implementation_reports(store: Store, register: CuratedRegister) -> Reports:
    """Return the cues of the articles the register's records cite, each filed under those records' pairs."""
    pairs: dict[str, set[str]] = {}
    official: dict[str, bool] = {}
    for record in register.records.values():
        key = pair_key(record)
        for m in record.mentions:
            pairs.setdefault(m.article, set()).update([key] if key else [])
            official[m.article] = official.get(m.article, False) or m.official
    articles = articles_by_hash(store, [h for h, found in pairs.items() if found])
    return reports_of(Source(a, official[a.content_hash], frozenset(pairs[a.content_hash])) for a in articles)


_REPORTS = StoreCache(lambda store: implementation_reports(store, current_register(store, with_facts=False)))


def implementations(store: Store, dormant_after: int = DEFAULT_DORMANT_MONTHS) -> Implementations:
    """Return the implementation states of the stored register (the articles' cues read once per change)."""
    register = current_register(store, with_facts=False)
    reports: Reports = _REPORTS.get(store)
    return Implementations(register.records.values(), reports, dormant_after)
