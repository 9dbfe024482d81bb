"""The register kept in the store: build it from stored facts, update it, curate it, query it.

What the CLI and the web API call. `update_register` adds the articles not yet in the
register to the automatic consolidation (`Register.add_all`: facts are compared only with
facts sharing a block, never all pairs), applies people's curation on top, and rewrites only
the records whose content changed. Queries read the stored records back.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from accord import shapes
from accord.core import FACT_KINDS, ArticleFacts, MentionKey
from accord.curation import CuratedRegister, Curation, CurationError, apply_curation, mention_key
from accord.errors import AccordError
from accord.extract import extract_articles
from accord.normalize.countries import gazetteer, state_named
from accord.owners import owner_value
from accord.pipeline import reference_date
from accord.resolve import (
    Conflict,
    Link,
    Record,
    Register,
    ResolveOptions,
    StateError,
)
from accord.resolve.items import Item, items_of
from accord.resolve.state import (
    STATE_VERSION,
    UPGRADABLE,
    conflict_from_json,
    mention_from_json,
    mention_json,
)
from accord.settings import Settings
from accord.store import Store
from accord.store.register_store import (
    AuditData,
    RegisterRows,
    RowSource,
    StoredRecord,
    add_audit,
    article_facts_by_hash,
    article_facts_of_ids,
    article_hashes,
    audit_entries,
    count_records,
    curated_ids,
    load_records,
    load_state,
    records_by_id,
    registered_article_ids,
    rewrite_article_rows,
    save_register,
    stored_article_facts,
    unregistered_article_ids,
)
from accord.track import STATUSES

log = logging.getLogger(__name__)  # notices of long steps; the CLI shows them, one line each


class QueryError(AccordError):
    """A register query that cannot be answered as asked (a bad pair of states, an unknown record)."""

    code = "E501"


# --------------------------------------------------------------------------- JSON forms


def link_json(link: Link) -> shapes.Link:
    """Return a lifecycle link as a JSON-ready dict."""
    return {"source": link.source, "target": link.target, "relation": link.relation}


def _conflict_json(c: Conflict) -> dict[str, Any]:
    return {"field": c.field, "values": [{"value": v.value, "mentions": [mention_json(m) for m in v.mentions]}
                                         for v in c.values]}


def _curation_of(d: dict[str, Any]) -> Curation:
    return Curation(d["id"], datetime.fromisoformat(d["at"]), d["who"], d["action"], tuple(d["records"]), (),
                    d["value"], d["why"])


def _from_audit(a: AuditData) -> Curation:
    return Curation(a.id, a.at, a.who, a.action, tuple(a.records), tuple(tuple(m) for m in a.mentions),
                    a.value, a.why)


def pair_key(record: Record) -> str:
    """Return the record's pair of states as sorted ISO codes joined ("BY-PK"), or ""."""
    return "-".join(sorted(record.fields.get("pair") or []))


def in_pair(record: Record, pair: str | None) -> bool:
    """Say whether a record is of a pair key ("BY-PK"); every record is when no pair is given."""
    return pair is None or pair_key(record) == pair


def _data_of(record: Record, notes: Sequence[Curation]) -> StoredRecord:
    return StoredRecord(
        id=record.id, kind=record.kind, pair=pair_key(record), fields=plain(record.fields),
        mentions=[dict(mention_json(m)) for m in record.mentions],
        conflicts=plain([_conflict_json(c) for c in record.conflicts]),
        links=[dict(link_json(ln)) for ln in record.links],
        curation=[dict(c.to_json()) for c in notes], sources=len({m.article for m in record.mentions}),
    )


def plain(value: Any) -> Any:
    """Return a value as it reads back from a JSON column (tuples become lists), for comparison."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def _record_of(d: StoredRecord) -> Record:
    # a stored mention's extra "key" is what `mention_json` adds: the resolve forms read the rest
    return Record(d.id, d.kind, d.fields, [mention_from_json(m) for m in d.mentions],
                  [conflict_from_json(c) for c in d.conflicts],
                  [Link(ln["source"], ln["target"], ln["relation"]) for ln in d.links])


# --------------------------------------------------------------------------- building


@dataclass(frozen=True, slots=True)
class UpdateResult:
    """What an update of the stored register did."""

    articles: int  # articles added to the register
    records: int  # records in the register afterwards
    written: int  # records created or rewritten
    removed: int  # records that no longer exist
    clusters: int  # facts whose record id changed
    comparisons: int  # facts scored against each other for the new articles
    replayed: int = 0  # comparisons spent re-forming the graph of the articles already registered

    def to_json(self) -> dict[str, int]:
        """Return the counts as a JSON-ready dict."""
        return {"articles": self.articles, "records": self.records, "written": self.written,
                "removed": self.removed, "clusters": self.clusters, "comparisons": self.comparisons,
                "replayed": self.replayed}


def update_register(store: Store, *, rebuild: bool = False, recurate: bool = False,
                    options: ResolveOptions | None = None, settings: Settings | None = None) -> UpdateResult:
    """Add the stored articles not yet in the register (all of them with `rebuild`); return what changed.

    The register's working state is kept in rows, one per article and one per record (see
    `Register.over`): an update reads only the rows its new facts' blocks, forms and
    derived parts reach, re-forms those records, applies the curation that touches them and
    writes back only the rows, records and facts that changed. Without usable rows (none
    yet, a store saved whole before they existed, other options) the whole register is
    restored from the old saved state or its graph re-formed from the stored facts
    (blocked comparisons, counted in `replayed`), and written whole as rows.
    The automatic register is the same whatever order articles come in, and curation is
    applied on top of it oldest first, so the stored result depends only on the stored
    facts and the audit log. When nothing is new (and no rebuild is asked) nothing is read
    beyond the article ids and nothing is written.

    Consolidation runs with `options`, else those `settings` ask for; rows made with others
    are replayed with them, and without either the saved rows' own are kept.
    `recurate` re-applies the audit log even when no article is new (after a curation).

    With `settings` (what ingest passes), an undated article that shares its event with a
    dated report anywhere in the store is extracted again with that event's day (see
    `date_undated`), so how articles were grouped into ingests never changes the result.
    """
    fresh_ids = set() if rebuild else unregistered_article_ids(store)
    if not rebuild and not recurate and not fresh_ids:
        return UpdateResult(0, count_records(store), 0, 0, 0, 0)
    if options is None and settings is not None:
        options = ResolveOptions.from_settings(settings)
    state = None if rebuild else load_state(store)
    if state is not None and state.get("kept") == "rows":
        try:
            upgrading = state.get("version") == UPGRADABLE
            again = _upgraded(store, state, options) if upgrading else set()
            header = state | {"version": STATE_VERSION} if upgrading else state
            return _update_rows(store, Register.over(RowSource(store), header, options), fresh_ids, recurate,
                                settings, again)
        except StateError:
            pass  # rows made with other options, or damaged: re-formed whole below
    return _update_whole(store, None if rebuild else state, rebuild, options, settings)


def _upgraded(store: Store, state: dict[str, Any], options: ResolveOptions | None) -> set[str]:
    """Save in each article row of the previous state version where its facts are filed (read, not
    worked out again, by later updates); return the articles filed otherwise than the rules say
    (changed since), which the update that follows adds again.

    The header stays the old one until that update writes its own: stopped before, it starts over.
    """
    register = Register.over(RowSource(store), state | {"version": STATE_VERSION}, options)
    log.info("saving where each fact is filed in the register's article rows (register state version "
             "%s to %s), once", UPGRADABLE, STATE_VERSION)
    stale: set[str] = set()

    def upgrade(row: dict[str, Any]) -> dict[str, Any]:
        upgraded, same = register.upgraded_row(row)
        if not same:
            stale.add(row["context"]["hash"])
        return upgraded

    rewrite_article_rows(store, upgrade)
    if stale:
        log.info("%s articles filed under blocks the rules no longer give are added again", f"{len(stale):,}")
    return stale


def _update_whole(store: Store, state: dict[str, Any] | None, rebuild: bool, options: ResolveOptions | None,
                  settings: Settings | None) -> UpdateResult:
    """Restore the whole saved state (or re-form the graph), add the new articles, and save it all as rows."""
    known = set() if rebuild else registered_article_ids(store)
    register = None if state is None else _restored(store, state, known, options)
    if register is None:
        stored = stored_article_facts(store)
        if state is not None:  # saved by another version or with other settings: a long step, once
            log.info("forming the register again from its %s stored articles (saved by another version "
                     "of accord or with other settings); later updates add only what is new",
                     f"{len(stored):,}")
        register = Register(options)
        register.add_all(facts for article_id, facts in stored if article_id in known)
        new = [(article_id, facts) for article_id, facts in stored if article_id not in known]
    else:
        new = stored_article_facts(store, exclude=known)
    replayed = register.comparisons
    register.add_all(facts for _, facts in new)
    if settings is not None:
        date_undated(store, register, [facts for _, facts in new], settings)
    curated = apply_curation(register, [_from_audit(a) for a in audit_entries(store)])
    articles, records = register.all_rows()
    rows = RegisterRows(dict(articles), dict(records), _curated_of(register, curated), whole=True)
    saved = _save(store, curated, sorted(known | {article_id for article_id, _ in new}),
                  register.rows_header(), rows)
    return UpdateResult(len(new), len(curated.records), saved[0], saved[1], saved[2],
                        register.comparisons - replayed, replayed)


def _update_rows(store: Store, register: Register, fresh_ids: set[int], recurate: bool,
                 settings: Settings | None, again: Collection[str] = ()) -> UpdateResult:
    """Add the new articles (and add `again` these registered ones) to a register kept in rows; curate
    and write only what they reach."""
    new = article_facts_of_ids(store, fresh_ids)
    register.add_all([*article_facts_by_hash(store, again).values(), *(facts for _, facts in new)])
    redone = date_undated(store, register, [facts for _, facts in new], settings) if settings else []
    audit = [_from_audit(a) for a in audit_entries(store)]
    touched = _Touched(register, audit)
    # a fact extracted again is stored anew: its record id is written even when the record is the same
    changed = register.changed() | {rid for facts in redone for rid in _records_of(register, facts)}
    seeds = changed | (set().union(*touched.every()) if recurate and audit else set())
    live = register.load_records(seeds)
    writing = _closed(set(live) | _partners(register, set(live)), touched, register)
    reading = _closed(writing | _partners(register, writing), touched, register)
    view = register.load_records(reading)
    part = CuratedRegister(view, {rid: register.items_of(rid) for rid in view}, {}, register.options)
    relevant = [c for c, records in zip(audit, touched.at_hand(), strict=True) if records & reading]
    curated = apply_curation(part, relevant)
    owners = _curated_of(register, curated)
    kept = {cid for rid, cids in owners.items() if rid in writing for cid in cids}
    result = CuratedRegister({cid: r for cid, r in curated.records.items() if cid in kept},
                             {cid: curated.items_of(cid) for cid in kept},
                             {cid: n for cid, n in curated.notes.items() if cid in kept}, register.options)
    articles, records = register.changed_rows()
    rows = RegisterRows(articles, records, {rid: cids for rid, cids in owners.items() if rid in writing},
                        read=register.rows_read(articles))
    replacing = curated_ids(store, writing | changed)
    saved = _save(store, result, sorted(a for a, _ in new), register.rows_header(), rows, replacing)
    return UpdateResult(len(new), count_records(store), saved[0], saved[1], saved[2], register.comparisons)


class _Touched:
    """The automatic records each curation names, worked out only for what an update has at hand.

    A record an update reads has every member's article read, so a curation naming no
    article read so far cannot name a record the update reads or writes: it is left alone
    (its articles' rows unread) until the update reads one of them.
    """

    def __init__(self, register: Register, audit: Sequence[Curation]) -> None:
        self._register = register
        self._audit = audit
        self._articles = [{key.rsplit(":", 2)[0] for keys in c.mentions for key in keys} for c in audit]
        self._found: dict[int, set[str]] = {}

    def at_hand(self) -> list[set[str]]:
        """Return each curation's records, empty for those naming no article read yet."""
        for n, curation in enumerate(self._audit):
            if n not in self._found and any(self._register.has_read(a) for a in self._articles[n]):
                self._found[n] = _curated_records(self._register, curation)
        return [self._found.get(n, set()) for n in range(len(self._audit))]

    def every(self) -> list[set[str]]:
        """Return each curation's records, reading what they name."""
        self._found.update((n, _curated_records(self._register, c)) for n, c in enumerate(self._audit)
                           if n not in self._found)
        return self.at_hand()


def _curated_records(register: Register, curation: Curation) -> set[str]:
    """Return the automatic records that hold the facts a curation names (now)."""
    found = set()
    for keys in curation.mentions:
        for key in keys:
            article, kind, index = key.rsplit(":", 2)
            rid = register.record_at(article, kind, int(index)) if index.lstrip("-").isdigit() else None
            if rid is not None:
                found.add(rid)
    return found


def _records_of(register: Register, facts: ArticleFacts) -> set[str]:
    """Return the automatic records an article's facts are in."""
    h = facts.article.content_hash
    found = {register.record_at(h, kind, index)
             for kind in FACT_KINDS for index in range(len(getattr(facts, kind)))}
    return {rid for rid in found if rid is not None}


def _partners(register: Register, ids: set[str]) -> set[str]:
    """Return the records these records' lifecycle links point to."""
    records = register.load_records(ids)
    return {end for r in records.values() for ln in r.links for end in (ln.source, ln.target)}


def _closed(ids: set[str], touched: _Touched, register: Register) -> set[str]:
    """Return the records that exist among `ids` and every record a curation ties to them."""
    out = set(register.load_records(ids))
    grown = True
    while grown:
        grown = False
        for records in touched.at_hand():
            if records & out and not records <= out:
                out |= set(register.load_records(records))
                grown = True
    return out


def _curated_of(register: Register, curated: CuratedRegister) -> dict[str, list[str]]:
    """Return, for each automatic record, the curated records its facts went into."""
    out: dict[str, set[str]] = {}
    for cid, record in curated.records.items():
        for m in record.mentions:
            rid = register.record_at(m.article, m.kind, m.index)
            if rid is not None:
                out.setdefault(rid, set()).add(cid)
    return {rid: sorted(cids) for rid, cids in out.items()}


def date_undated(store: Store, register: Register, fresh: Sequence[ArticleFacts],
                 settings: Settings) -> list[ArticleFacts]:
    """Give undated articles the day of the event they share with a dated report; return those redone.

    Looked at: the fresh articles and the undated ones linked to them (a fresh dated report
    may be the event an article stored long ago was about). An article whose day changes is
    extracted again with it, stored in place of its old facts and put back in the register.
    Its `published` stays null: the day is inferred, not stated.
    """
    hashes = {f.article.content_hash for f in fresh}
    near = {h for f in hashes for h in register.article_links(f)} - hashes
    reports = {f.article.content_hash: f for f in fresh}
    reports.update(article_facts_by_hash(store, near))
    undated = [f for f in reports.values() if f.article.published is None]
    partners = {h for f in undated for h in register.article_links(f.article.content_hash)} - set(reports)
    reports.update(article_facts_by_hash(store, partners))
    for facts in reports.values():  # the stored records may be older than this register's
        for kind in FACT_KINDS:
            for index, fact in enumerate(getattr(facts, kind)):
                fact.record = register.record_at(facts.article.content_hash, kind, index)
    redo = []
    for facts in sorted(undated, key=lambda f: f.article.content_hash):
        day = reference_date(facts, register, reports)
        if day is not None and day != facts.article.reference_date:
            redo.append(replace(facts.article, reference_date=day))
    again = [f for f in extract_articles(redo, settings) if isinstance(f, ArticleFacts)]
    for facts in again:
        store.replace_facts(facts)
    register.add_all(again)
    return again


def _restored(store: Store, state: dict[str, Any], known: set[int],
              options: ResolveOptions | None = None) -> Register | None:
    """Return the register restored from a whole saved state (before 0010), if that state covers
    exactly `known` and was made with `options` (any, when None)."""
    try:
        register = Register.from_state(state, options)
    except StateError:
        return None
    if set(register.articles()) != article_hashes(store, known):
        return None  # saved before some articles were registered or removed: replay instead
    register.comparisons = 0  # nothing was compared to restore it
    return register


def _save(store: Store, curated: CuratedRegister, article_ids: list[int], state: dict[str, Any],
          rows: RegisterRows, replacing: set[str] | None = None) -> tuple[int, int, int]:
    data = [_data_of(r, curated.notes.get(rid, [])) for rid, r in curated.records.items()]
    clusters = {mention_key(m): rid for rid, r in curated.records.items() for m in r.mentions}
    result = save_register(store, data, clusters, article_ids, state, rows, replacing)
    return result.written, result.removed, result.clusters


def rebuild_register(store: Store, options: ResolveOptions | None = None,
                     settings: Settings | None = None) -> UpdateResult:
    """Rebuild the register from every stored fact (and the audit log); return what changed."""
    return update_register(store, rebuild=True, options=options, settings=settings)


def load_register(store: Store, *, with_facts: bool = True) -> CuratedRegister:
    """Return the stored register, with each record's facts (what `accord.track` reads) unless told not to.

    Listing records and conflicts needs only the records; the facts cost a read of every article.
    """
    items: dict[str, Item] = {}
    for _article_id, facts in stored_article_facts(store) if with_facts else ():
        items.update({mention_key(i.mention): i for i in items_of(facts)})
    records: dict[str, Record] = {}
    members: dict[str, list[Item]] = {}
    notes: dict[str, list[Curation]] = {}
    for data in load_records(store):
        record = _record_of(data)
        records[record.id] = record
        members[record.id] = [items[k] for k in (mention_key(m) for m in record.mentions) if k in items]
        notes[record.id] = [_curation_of(c) for c in data.curation]
    return CuratedRegister(records, members, notes)


# --------------------------------------------------------------------------- curation


def default_who() -> str:
    """Return who is curating when nobody says: the login name, else "unknown"."""
    return os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


def _record(register: CuratedRegister, record_id: str) -> Record:
    found = register.records.get(record_id)
    if found is None:
        raise QueryError(f"no record {record_id!r} in the register (see `accord register --json`)")
    return found


def _curate(store: Store, who: str | None, action: str, records: Sequence[str],
            mentions: Sequence[Sequence[str]], value: str | None, why: str, *,
            need_why: bool = True) -> AuditData:
    if need_why and not why.strip():
        raise CurationError("say why (--why): curation without a reason cannot be reviewed")
    entry = add_audit(store, who or default_who(), action, records, mentions, value, why.strip())
    update_register(store, recurate=True)  # curation sits on top: nothing to compare again
    return entry


def _named(store: Store, record_ids: Sequence[str]) -> CuratedRegister:
    """Return the stored records with these ids (without their facts: a curation names mentions)."""
    return CuratedRegister({d.id: _record_of(d) for d in records_by_id(store, record_ids)}, {}, {})


def merge_records(store: Store, record_ids: Sequence[str], why: str, who: str | None = None) -> AuditData:
    """Record that several records are one thing, rebuild the register, and return the audit entry."""
    register = _named(store, record_ids)
    records = [_record(register, rid) for rid in dict.fromkeys(record_ids)]
    if len(records) < 2:
        raise CurationError("merge needs two different records")
    if len({r.kind for r in records}) != 1:
        raise CurationError("only records of one kind can be merged: "
                            + ", ".join(f"{r.id} is {r.kind}" for r in records))
    keys = [[mention_key(m) for m in r.mentions] for r in records]
    return _curate(store, who, "merge", [r.id for r in records], keys, None, why)


def parse_mention(register: CuratedRegister, record: Record, text: str) -> str:
    """Return the mention key "ARTICLE:KIND:INDEX" names in a record (ARTICLE: hash, prefix or name)."""
    try:
        asked = MentionKey.parse(text)
    except ValueError:
        raise QueryError(f"mention {text!r}: write it as ARTICLE:KIND:INDEX (e.g. 1a2b3c4d:people:0)") \
            from None
    found = [m for m in record.mentions if m.kind == asked.kind and m.index == asked.index
             and (m.article.startswith(asked.article) or m.article_name == asked.article)]
    if len(found) != 1:
        shown = ", ".join(str(MentionKey(m.article[:12], m.kind, m.index)) for m in record.mentions)
        raise QueryError(f"mention {text!r} is not one of record {record.id}'s: {shown}")
    return mention_key(found[0])


def split_record(store: Store, record_id: str, mention: str, why: str, who: str | None = None) -> AuditData:
    """Record that one mention is not the record's thing, rebuild, and return the audit entry."""
    register = _named(store, [record_id])
    record = _record(register, record_id)
    if len(record.mentions) < 2:
        raise CurationError(f"record {record_id} has one mention: nothing to split from")
    key = parse_mention(register, record, mention)
    return _curate(store, who, "split", [record.id], [[key]], None, why)


def set_status(store: Store, record_id: str, status: str, why: str, who: str | None = None) -> AuditData:
    """Record a commitment's status as a person judges it, rebuild, and return the audit entry."""
    if status not in STATUSES:
        raise CurationError(f"status {status!r}: choose one of {', '.join(STATUSES)}")
    record = _record(_named(store, [record_id]), record_id)
    if record.kind != "commitments":
        raise CurationError(f"{record_id} is a record of {record.kind}: only commitments have a status")
    keys = [[mention_key(m) for m in record.mentions]]
    return _curate(store, who, "set-status", [record.id], keys, status, why)


def assign_owner(store: Store, record_id: str, owner: str | None, focal_point: str | None = None,
                 why: str = "", who: str | None = None) -> AuditData:
    """Record who carries a record (None: clear the desk's owner), rebuild, and return the audit entry."""
    if owner is not None and not owner.strip():
        raise CurationError("give the owner's name (--owner), or --clear to unassign")
    if owner is None and focal_point:
        raise CurationError("a focal point needs an owner (--owner)")
    record = _record(_named(store, [record_id]), record_id)
    keys = [[mention_key(m) for m in record.mentions]]
    value = owner_value(owner.strip(), (focal_point or "").strip() or None) if owner else None
    return _curate(store, who, "assign-owner", [record.id], keys, value, why, need_why=False)


# --------------------------------------------------------------------------- pairs


def parse_pair(text: str) -> str:
    """Return a pair of states as its key ("BY-PK"): two ISO alpha-2 codes or names, in either order,
    joined by "-", "/", "," or " and " ("PK-BY", "Pakistan/Belarus", "Timor-Leste-Indonesia")."""
    for parts in _pair_splits(text):
        found = [state_named(part) for part in parts]
        if all(found):
            return "-".join(sorted(c.iso2 for c in found if c is not None))
    parts = next(iter(_pair_splits(text)), [])
    if len(parts) != 2:
        raise QueryError(f"pair {text!r}: give two states (ISO alpha-2 codes or names), e.g. PK-BY")
    bad = next(p for p in parts if state_named(p) is None)
    raise QueryError(f"pair {text!r}: {bad!r} is not a state's ISO alpha-2 code or name")


def _pair_splits(text: str) -> list[list[str]]:
    """Return the ways `text` reads as two parts: at its one "/", "," or " and ", else at each "-"."""
    for sep in ("/", ",", " and "):
        if sep in text:
            return [[p.strip() for p in text.split(sep)]]
    pieces = text.split("-")
    return [["-".join(pieces[:i]).strip(), "-".join(pieces[i:]).strip()] for i in range(1, len(pieces))]


def pair_names(pair: str) -> tuple[str, str]:
    """Return the names of the two states of a pair key ("BY-PK" -> Belarus, Pakistan)."""
    names = []
    for code in pair.split("-"):
        country = gazetteer().by_iso2(code)
        names.append(country.name if country else code)
    return names[0], names[1]
