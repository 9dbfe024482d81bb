"""People's corrections to the register (merge, split, set status, owner), applied on top of consolidation.

A curation names facts by stable mention keys (article hash, kind, index), never only by
record ids: ids follow membership, so they change when a merge or a new article changes
a record, while the facts a person pointed at stay the same. Curations are applied oldest
first to whatever the automatic register gives, so they survive every recomputation.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from accord import shapes
from accord.core import ArticleFacts, MentionKey
from accord.errors import AccordError
from accord.owners import OWNER_FIELD, owner_field
from accord.resolve import Link, Mention, Record, Register, ResolveOptions
from accord.resolve.canon import FIELDS
from accord.resolve.items import Item
from accord.resolve.model import RECORD_PREFIX

ACTIONS: tuple[str, ...] = ("merge", "split", "set-status", "assign-owner")


class CurationError(AccordError):
    """A curation that cannot be applied: unknown record or mention, kinds that differ, …."""

    code = "E500"


@dataclass(frozen=True, slots=True)
class Curation:
    """One correction: who made it, when, why, and the mention keys it applies to.

    `mentions` holds one tuple of keys per record named: for a merge every record's keys,
    for a split the one mention taken out, for set-status the commitment's keys.
    """

    id: int
    at: datetime
    who: str
    action: str
    records: tuple[str, ...]
    mentions: tuple[tuple[str, ...], ...]
    value: str | None
    why: str

    def to_json(self) -> shapes.Curation:
        """Return the curation as a JSON-ready dict."""
        return {"id": self.id, "at": self.at.isoformat(), "who": self.who, "action": self.action,
                "records": list(self.records), "value": self.value, "why": self.why}


def mention_key(mention: Mention) -> str:
    """Return the stable key of the fact a mention cites: "content_hash:kind:index"."""
    return str(MentionKey(mention.article, mention.kind, mention.index))


class CuratedRegister(Register):
    """A read-only register: records after curation, with the facts each was built from.

    It answers every query a `Register` does (so `accord.track` works on it unchanged);
    adding articles to it is refused, since its records are a result, not a working state.
    """

    def __init__(self, records: dict[str, Record], items: dict[str, list[Item]],
                 notes: dict[str, list[Curation]], options: ResolveOptions | None = None) -> None:
        super().__init__(options)
        self.records = dict(sorted(records.items()))
        self.notes = notes
        self._view_items = items
        self._owner = {mention_key(m): rid for rid, r in records.items() for m in r.mentions}

    def items_of(self, record_id: str) -> list[Item]:
        """Return the facts (with their articles' context) a record was built from."""
        return list(self._view_items.get(record_id, ()))

    def record_at(self, article_hash: str, kind: str, index: int) -> str | None:
        """Return the id of the record a fact (article, kind, position) belongs to."""
        return self._owner.get(str(MentionKey(article_hash, kind, index)))

    def record_of(self, key: str) -> str | None:
        """Return the id of the record that holds the fact with this mention key."""
        return self._owner.get(key)

    def status_override(self, record_id: str) -> Curation | None:
        """Return the latest set-status curation of a commitment record, if any."""
        found = [c for c in self.notes.get(record_id, ()) if c.action == "set-status"]
        return found[-1] if found else None

    def add_all(self, many: Iterable[ArticleFacts]) -> set[str]:
        raise CurationError("a curated register is read-only: update the automatic register instead")


@dataclass(slots=True)
class _Groups:
    """Records being curated, under working labels (an automatic record id, or a new label)."""

    items: dict[str, list[Item]]
    origin: dict[str, set[str]]  # label -> the automatic records its facts came from
    owner: dict[str, str]  # mention key -> label
    notes: dict[str, list[Curation]]
    touched: set[str] = field(default_factory=set)

    def merge(self, curation: Curation) -> None:
        labels = sorted({self.owner[k] for keys in curation.mentions for k in keys if k in self.owner})
        kinds = {self.items[lb][0].kind for lb in labels}
        if len(kinds) != 1:
            return  # checked when the curation was made; facts of other kinds never merge
        if len(labels) == 1:
            # consolidation already made them one record: nothing to rebuild
            self.notes[labels[0]].append(curation)
            return
        keep, *others = labels
        for other in others:
            self.items[keep].extend(self.items.pop(other))
            self.origin[keep] |= self.origin.pop(other)
            self.notes[keep].extend(self.notes.pop(other))
        for item in self.items[keep]:
            self.owner[mention_key(item.mention)] = keep
        self.notes[keep].append(curation)
        self.touched.add(keep)

    def split(self, curation: Curation) -> None:
        key = curation.mentions[0][0] if curation.mentions and curation.mentions[0] else ""
        label = self.owner.get(key)
        if label is None or len(self.items[label]) < 2:
            return
        taken = [i for i in self.items[label] if mention_key(i.mention) == key]
        self.items[label] = [i for i in self.items[label] if mention_key(i.mention) != key]
        new = f"split:{key}"
        self.items[new], self.origin[new], self.notes[new] = taken, set(), [curation]
        self.owner[key] = new
        self.notes[label].append(curation)
        self.touched |= {label, new}

    def note(self, curation: Curation) -> None:
        """Attach a curation that changes no membership (set-status, assign-owner) to its records."""
        for label in sorted({self.owner[k] for keys in curation.mentions for k in keys if k in self.owner}):
            self.notes[label].append(curation)


def _start(register: Register) -> _Groups:
    items = {rid: register.items_of(rid) for rid in register.records}
    return _Groups(
        items=items,
        origin={rid: {rid} for rid in items},
        owner={mention_key(i.mention): rid for rid, group in items.items() for i in group},
        notes={rid: [] for rid in items},
    )


def _new_record(register: Register, items: list[Item], origin: set[str]) -> Record:
    """Return the record a curated group of facts makes (id and fields as consolidation would)."""
    items = sorted(items, key=lambda i: i.key)
    kind = items[0].kind
    rid = f"{RECORD_PREFIX[kind]}-{hashlib.sha1(items[0].key.encode()).hexdigest()[:10]}"
    fields, conflicts = FIELDS[kind](items)
    # count conflicts weigh many records at once: keep what consolidation found for the originals
    counts = [c for o in sorted(origin) for c in register.records[o].conflicts if c.field == "count"]
    mentions = sorted((i.mention for i in items), key=Mention.sort_key)
    return Record(rid, kind, fields, mentions, sorted([*conflicts, *counts[:1]], key=lambda c: c.field))


def _relink(links: Iterable[Link], renamed: dict[str, str]) -> list[Link]:
    out = {Link(renamed.get(ln.source, ln.source), renamed.get(ln.target, ln.target), ln.relation)
           for ln in links}
    return sorted(ln for ln in out if ln.source != ln.target)


def _owned(fields: dict[str, Any], notes: Sequence[Curation]) -> dict[str, Any]:
    """Return a record's fields with the owner its latest assign-owner curation gives (or none)."""
    assigned = [c for c in notes if c.action == "assign-owner"]
    rest = {k: v for k, v in fields.items() if k != OWNER_FIELD}
    owner = owner_field(max(assigned, key=lambda c: c.id).value) if assigned else None
    return {**rest, OWNER_FIELD: owner} if owner else rest


def apply_curation(register: Register, curations: Sequence[Curation]) -> CuratedRegister:
    """Return the register's records with every curation applied, oldest first."""
    groups = _start(register)
    for curation in sorted(curations, key=lambda c: c.id):
        if curation.action == "merge":
            groups.merge(curation)
        elif curation.action == "split":
            groups.split(curation)
        elif curation.action in ("set-status", "assign-owner"):
            groups.note(curation)
    records: dict[str, Record] = {}
    renamed: dict[str, str] = {}
    labels: dict[str, str] = {}
    for label, items in groups.items.items():
        if label in groups.touched:
            record = _new_record(register, items, groups.origin[label])
        else:
            record = register.records[label]
        labels[label] = record.id
        renamed.update({o: record.id for o in groups.origin[label]})
        records[record.id] = record
    for label, rid in labels.items():
        links = [ln for o in groups.origin[label] for ln in register.records[o].links]
        old = records[rid]
        records[rid] = Record(old.id, old.kind, _owned(old.fields, groups.notes.get(label, [])),
                              old.mentions, old.conflicts, _relink(links, renamed))
    items_by_id = {labels[lb]: sorted(items, key=lambda i: i.key) for lb, items in groups.items.items()}
    notes = {labels[lb]: n for lb, n in groups.notes.items() if n}
    return CuratedRegister(records, items_by_id, notes, register.options)
