"""Pages of a list and the checks of its filters: one error for a query that cannot be answered."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from accord.core import FACT_KINDS, INITIATIVE_STATES, INSTRUMENT_STATUSES
from accord.errors import AccordError
from accord.implementation import STATES as IMPLEMENTATION_STATES
from accord.normalize.countries import Country, fold, state_named
from accord.normalize.sectors import labels as sector_labels
from accord.registry import QueryError, parse_pair
from accord.store import NotFoundError
from accord.track import STATUSES

T = TypeVar("T")

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
MAX_OFFSET = 1_000_000_000  # past any real list, and within every database's integer range


class BadQueryError(AccordError):
    """A filter or page that cannot be answered as asked (unknown kind, bad pair, bad range)."""

    code = "E502"


class RecordNotFoundError(NotFoundError):
    """No record of the register has the id asked for."""

    code = "E302"


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


# --------------------------------------------------------------------------- filters


def _check(value: str | None, allowed: Sequence[str], what: str) -> str | None:
    if value is not None and value not in allowed:
        raise BadQueryError(f"unknown {what} {value!r}: choose one of {', '.join(allowed)}")
    return value


def check_kind(kind: str | None) -> str | None:
    """Return `kind` when it is a fact kind (or None); raise BadQueryError otherwise."""
    return _check(kind, FACT_KINDS, "kind")


def check_fact_status(status: str | None) -> str | None:
    """Return an instrument's stated status (or None); raise BadQueryError otherwise."""
    return _check(status, INSTRUMENT_STATUSES, "status")


def check_commitment_status(status: str | None) -> str | None:
    """Return a commitment status (or None); raise BadQueryError otherwise."""
    return _check(status, STATUSES, "status")


def check_initiative_state(state: str | None) -> str | None:
    """Return an initiative state (or None); raise BadQueryError otherwise."""
    return _check(state, INITIATIVE_STATES, "state")


def check_implementation(state: str | None) -> str | None:
    """Return an implementation state (or None); raise QueryError for a name that is not one."""
    if state is not None and state not in IMPLEMENTATION_STATES:
        raise QueryError(f"implementation {state!r}: choose one of {', '.join(IMPLEMENTATION_STATES)}")
    return state


def check_sector(sector: str | None) -> str | None:
    """Return a sector label, folded (or None); raise BadQueryError for one the taxonomy lacks."""
    if sector is None:
        return None
    folded = fold(sector)
    if folded not in sector_labels():
        raise BadQueryError(f"unknown sector {sector!r}: choose one of {', '.join(sector_labels())}")
    return folded


def resolve_country(name: str) -> Country:
    """Return the state a name, alias, ISO alpha-2 code or demonym denotes (NotFoundError otherwise)."""
    found = state_named(name)
    if found is None:
        raise NotFoundError(f"unknown country {name!r}: give a state's ISO alpha-2 code, name or demonym")
    return found


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
