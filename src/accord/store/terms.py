"""What stored facts are filtered by, written beside each fact so the database does the filtering.

A fact's *terms* are short tags: the states its fields name (``country:PK``), its sectors
(``sector:trade``) and its stated status (``status:signed``); its *search text* is every
value of its fields and its quote, folded (lower case, no accents), for word search. Both are
derived from the fact alone, so they are written when the fact is and never go stale.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from accord.normalize.countries import fold, gazetteer


def values_of(value: Any) -> Iterable[str]:
    """Yield every value (not key) inside a JSON-ready value, as text."""
    if isinstance(value, dict):
        for v in value.values():
            yield from values_of(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from values_of(v)
    elif value is not None:
        yield str(value)


def text_of(value: Any) -> str:
    """Return every value inside a JSON-ready value, folded and joined by newlines, for word search."""
    return fold("\n".join(values_of(value)))


def country_term(iso2: str) -> str:
    """Return the term of facts naming the state with this ISO code."""
    return f"country:{iso2.upper()}"


def sector_term(sector: str) -> str:
    """Return the term of facts in this sector."""
    return f"sector:{fold(sector)}"


def status_term(status: str) -> str:
    """Return the term of facts with this stated status."""
    return f"status:{status}"


def fact_terms(fields: dict[str, Any]) -> set[str]:
    """Return the terms of a fact with these fields (see the module's docstring)."""
    named = gazetteer().named_in("\n".join(values_of(fields)))
    terms = {country_term(c.iso2) for c in named}
    terms |= {sector_term(str(s)) for s in fields.get("sectors") or [] if str(s).strip()}
    status = fields.get("status")
    if isinstance(status, str) and status:
        terms.add(status_term(status))
    return terms


def search_text(quote: str, fields: dict[str, Any]) -> str:
    """Return what word search looks in: the quote and every field value, folded."""
    return text_of([quote, fields])
