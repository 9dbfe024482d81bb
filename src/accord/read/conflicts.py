"""Where sources disagree: one list, record by record, for every front end."""

from __future__ import annotations

from dataclasses import dataclass

from accord import shapes
from accord.curation import CuratedRegister
from accord.read.cache import current_register
from accord.read.pages import DEFAULT_LIMIT, Page, check_page, check_pair, paginate
from accord.registry import in_pair, pair_key, plain
from accord.resolve import Conflict, Record
from accord.resolve.state import mention_json
from accord.store import Store


@dataclass(frozen=True, slots=True)
class ConflictView:
    """One disagreement between sources on one field of one record."""

    record: Record
    conflict: Conflict

    def to_json(self) -> shapes.Conflict:
        """Return the conflict, each side with its quotes and sources, as a JSON-ready dict."""
        return {"record": self.record.id, "kind": self.record.kind, "pair": pair_key(self.record),
                "field": self.conflict.field,
                "sides": [{"value": plain(v.value), "mentions": [
                    {**mention_json(m), "source": "official" if m.official else "media"} for m in v.mentions]}
                    for v in self.conflict.values]}


def conflicts(register: CuratedRegister, pair: str | None = None) -> list[ConflictView]:
    """Return every conflict between sources of a register (of one pair key), record by record."""
    return [ConflictView(r, c) for r in register.records.values()
            if in_pair(r, pair) for c in r.conflicts]


def conflict_list(store: Store, pair: str | None = None) -> list[ConflictView]:
    """Return every stored disagreement between sources (of one pair), by record then field."""
    return conflicts(current_register(store, with_facts=False), check_pair(pair))


def conflicts_page(store: Store, pair: str | None = None, limit: int = DEFAULT_LIMIT,
                   offset: int = 0) -> Page[ConflictView]:
    """Return one page of the conflicts, with their total."""
    check_page(limit, offset)
    return paginate(conflict_list(store, pair), limit, offset)
