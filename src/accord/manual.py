"""A desk officer's manual entries: a meeting, an instrument or a commitment no article reports.

An entry becomes an article of media type "manual" whose text is a sentence generated from
the entry's fields (it names the pair, so the entry is filed under it), followed by the
officer's own note when there is one; its one fact's evidence covers that text exactly. It
then goes through the same consolidation and tracking as extracted facts
(`registry.update_register`). Withdrawing marks it and rebuilds the register without it;
amending stores a corrected entry and withdraws the old one, linked. Every change is in the
audit log (actions "add-manual", "withdraw", "amend").
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from accord.core import (
    INSTRUMENT_STATUSES,
    INSTRUMENT_TYPES,
    MANUAL_MEDIA_TYPE,
    MEETING_KINDS,
    Article,
    ArticleFacts,
    Commitment,
    Evidence,
    Fact,
    Instrument,
    Meeting,
    MentionKey,
)
from accord.errors import ManualEntryError
from accord.normalize.sectors import labels as sector_labels
from accord.registry import (
    UpdateResult,
    default_who,
    load_register,
    pair_names,
    parse_pair,
    rebuild_register,
    update_register,
)
from accord.resolve.items import article_pair
from accord.store import Store
from accord.store.db import now
from accord.store.manual import (
    ManualData,
    ManualNotFoundError,
    Provenance,
    manual_entry,
    store_manual,
    withdraw_entry,
)
from accord.store.register_store import AuditData, add_audit
from accord.titles import kind_words
from accord.version import __version__

KINDS: tuple[str, ...] = ("meeting", "instrument", "commitment")
FACT_KIND = {"meeting": "meetings", "instrument": "instruments", "commitment": "commitments"}
# the fields only one kind of entry has (ManualInput's names; the CLI's options are the same but
# `meeting_kind`, which is --kind)
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "meeting": ("meeting_kind", "place", "participants"),
    "instrument": ("type", "subject", "status", "sectors"),
    "commitment": ("actor", "action", "deadline"),
}
EXTRACTOR = "manual"
MAX_FILE_BYTES = 20 * 1024 * 1024
_PERIOD = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class ManualInput:
    """What a desk officer enters: the kind, the pair, provenance, and the kind's fields."""

    kind: str
    pair: str
    who: str
    reference: str
    text: str | None = None
    file_name: str | None = None
    file_bytes: bytes | None = None
    file_sha256: str | None = None  # a file already in the store (an amendment keeps the old entry's)
    date: str | None = None  # the day it happened: the meeting held, the instrument signed, the promise made
    # meeting
    meeting_kind: str | None = None
    place: str | None = None
    participants: tuple[str, ...] = ()
    # instrument
    type: str | None = None
    subject: str | None = None
    status: str | None = None
    sectors: tuple[str, ...] = ()
    # commitment
    actor: str | None = None
    action: str | None = None
    deadline: str | None = None

    def with_file(self, path: Path) -> ManualInput:
        """Return the input with a file attached (refused when unreadable or over 20 MB)."""
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise ManualEntryError(f"{path}: {size} bytes, over the {MAX_FILE_BYTES} allowed")
            return replace(self, file_name=path.name, file_bytes=path.read_bytes())
        except OSError as exc:
            raise ManualEntryError(f"{path}: cannot attach the file: {exc.strerror}") from None


@dataclass(frozen=True, slots=True)
class ManualResult:
    """What adding, withdrawing or amending an entry did."""

    entry: ManualData
    records: tuple[str, ...]  # the records its fact is (or was) in
    audit: AuditData
    register: UpdateResult
    replaced: ManualData | None = None  # for an amendment: the entry it withdrew

    def to_json(self) -> dict[str, Any]:
        """Return the result as a JSON-ready dict."""
        return {"entry": {**self.entry.to_json(), "manual": True}, "records": list(self.records),
                "audit_id": self.audit.id, "register": self.register.to_json(),
                "replaced": self.replaced.to_json() if self.replaced else None}


def check_fields(kind: str, names: Iterable[str]) -> None:
    """Refuse fields that another kind of entry has ("--subject is only for instruments")."""
    for name in names:
        owner = next((k for k, fields in KIND_FIELDS.items() if name in fields), kind)
        if owner != kind:
            option = "--kind" if name == "meeting_kind" else f"--{name}"
            raise ManualEntryError(f"{option} is only for {owner}s, not {kind}s")


def _need(value: str | None, option: str, kind: str) -> str:
    if value is None or not value.strip():
        raise ManualEntryError(f"a manual {kind} needs {option}")
    return value.strip()


def _choice(value: str | None, choices: tuple[str, ...], option: str, default: str) -> str:
    chosen = (value or default).strip().lower().replace(" ", "_")
    if chosen not in choices:
        raise ManualEntryError(f"{option} {value!r}: choose one of {', '.join(choices)}")
    return chosen


def _day(value: str | None, option: str) -> str | None:
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ManualEntryError(f"{option} {value!r}: give a day as YYYY-MM-DD") from None


def _period(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    text = value.strip()
    if not _PERIOD.match(text) or (len(text) == 10 and _day(text, "--deadline") is None):
        raise ManualEntryError(f"--deadline {value!r}: give YYYY-MM-DD, YYYY-MM or YYYY")
    return text


def _sectors(values: tuple[str, ...]) -> tuple[str, ...]:
    known = set(sector_labels())
    chosen = tuple(dict.fromkeys(v.strip().lower() for v in values if v.strip()))
    unknown = [v for v in chosen if v not in known]
    if unknown:
        raise ManualEntryError(f"--sectors: {', '.join(unknown)} not a sector of accord/data/sectors.json")
    return chosen


def _sentence(names: tuple[str, str], fact: Fact) -> str:
    """Return the sentence that states the entry's fields, naming both states of the pair."""
    both = f"{names[0]} and {names[1]}"
    if isinstance(fact, Meeting):
        who = f" with {', '.join(fact.participants)}" if fact.participants else ""
        where = f" in {fact.place}" if fact.place else ""
        when = f" on {fact.date}" if fact.date else ""
        return f"{kind_words(fact.kind).capitalize()} between {both}{who} held{where}{when}."
    if isinstance(fact, Instrument):
        when = f" on {fact.date}" if fact.date else ""
        return f"{both}: {fact.type} on {fact.subject}, {fact.status.replace('_', ' ')}{when}."
    assert isinstance(fact, Commitment)
    by = f" by {fact.deadline}" if fact.deadline else ""
    return f"{fact.actor or both} ({both}) undertook to {fact.action}{by}."


def _fact(entry: ManualInput, names: tuple[str, str]) -> Fact:
    """Return the entry's fact, its evidence not yet set (filled in once the text is known)."""
    blank = Evidence(0, 0, "")
    if entry.kind == "meeting":
        return Meeting(evidence=blank, kind=_choice(entry.meeting_kind, MEETING_KINDS, "--kind", "talks"),
                       participants=tuple(p.strip() for p in entry.participants if p.strip()),
                       place=(entry.place or "").strip() or None, date=_day(entry.date, "--date"))
    if entry.kind == "instrument":
        return Instrument(evidence=blank, type=_choice(entry.type, INSTRUMENT_TYPES, "--type", ""),
                          subject=_need(entry.subject, "--subject", "instrument"),
                          sectors=_sectors(entry.sectors), parties=names,
                          status=_choice(entry.status, INSTRUMENT_STATUSES, "--status", "signed"),
                          date=_day(entry.date, "--date"))
    if entry.kind == "commitment":
        deadline = _period(entry.deadline)
        return Commitment(evidence=blank, actor=(entry.actor or "").strip() or None,
                          action=_need(entry.action, "--action", "commitment"),
                          deadline_text=deadline, deadline=deadline)
    raise ManualEntryError(f"kind {entry.kind!r}: choose one of {', '.join(KINDS)}")


def manual_article(entry: ManualInput, at: datetime) -> ArticleFacts:
    """Return the article a manual entry is stored as: its text, its one fact quoting all of it."""
    who, reference = _need(entry.who, "--who", entry.kind), _need(entry.reference, "--reference", entry.kind)
    names = pair_names(parse_pair(entry.pair))
    fact = _fact(entry, names)
    note = (entry.text or "").strip()
    text = _sentence(names, fact) + (f"\n{note}" if note else "")
    fact.evidence = Evidence(0, len(text), text)
    day = _day(entry.date, "--date")
    published = date.fromisoformat(day) if day else at.date()
    digest = hashlib.sha256("\n".join([MANUAL_MEDIA_TYPE, who, at.isoformat(), reference, text]).encode())
    article = Article(name=f"manual {entry.kind} {at:%Y-%m-%d %H:%M:%S}: {reference}", text=text,
                      content_hash=digest.hexdigest(), source=f"manual entry by {who}", published=published,
                      title=f"Manual entry: {reference}", language="en", media_type=MANUAL_MEDIA_TYPE)
    facts = ArticleFacts(article, EXTRACTOR, __version__)
    getattr(facts, FACT_KIND[entry.kind]).append(fact)
    return facts


def _keys(facts: ArticleFacts) -> list[str]:
    h = facts.article.content_hash
    return [str(MentionKey(h, kind, i))
            for kind in FACT_KIND.values() for i, _ in enumerate(getattr(facts, kind))]


def _records_of(store: Store, keys: list[str]) -> tuple[str, ...]:
    register = load_register(store, with_facts=False)
    return tuple(dict.fromkeys(r for r in (register.record_of(k) for k in keys) if r))


def _store(store: Store, entry: ManualInput) -> tuple[int, ArticleFacts]:
    at = now()
    facts = manual_article(entry, at)
    provenance = Provenance(entry.kind, entry.who.strip(), at, entry.reference.strip(), entry.file_name,
                            entry.file_bytes, entry.file_sha256)
    return store_manual(store, facts, provenance), facts


def add_entry(store: Store, entry: ManualInput) -> ManualResult:
    """Store a desk officer's entry, add it to the register, log it, and return what happened."""
    article_id, facts = _store(store, entry)
    update = update_register(store)
    keys = _keys(facts)
    records = _records_of(store, keys)
    audit = add_audit(store, entry.who.strip(), "add-manual", records, [keys], str(article_id),
                      entry.reference.strip())
    found = manual_entry(store, article_id)
    assert found is not None
    return ManualResult(found, records, audit, update)


def _live(store: Store, article_id: int) -> tuple[ManualData, ArticleFacts]:
    found = manual_entry(store, article_id)
    if found is None:
        raise ManualNotFoundError(f"article {article_id} is not a manual entry: "
                                  "only those can be withdrawn or amended")
    if found.withdrawn:
        raise ManualEntryError(f"manual entry {article_id} was already withdrawn by {found.withdrawn_by}")
    return found, store.article_facts(article_id)


def withdraw(store: Store, article_id: int, why: str, who: str | None = None) -> ManualResult:
    """Withdraw a manual entry (kept, marked), rebuild the register without it, log it, and return that."""
    if not why.strip():
        raise ManualEntryError("say why (--why): a withdrawal without a reason cannot be reviewed")
    _, facts = _live(store, article_id)
    keys = _keys(facts)
    records = _records_of(store, keys)
    who = (who or default_who()).strip()
    entry = withdraw_entry(store, article_id, who, why.strip())
    update = rebuild_register(store)
    audit = add_audit(store, who, "withdraw", records, [keys], str(article_id), why.strip())
    return ManualResult(entry, records, audit, update)


def entry_of(store: Store, article_id: int) -> ManualInput:
    """Return what was entered for a live manual entry (to correct it field by field)."""
    found, facts = _live(store, article_id)
    fact = getattr(facts, FACT_KIND[found.kind])[0]
    _sentence_line, _, note = facts.article.text.partition("\n")
    base = ManualInput(found.kind, article_pair(facts), found.entered_by, found.reference, note or None,
                       file_sha256=found.attachment,
                       date=facts.article.published.isoformat() if facts.article.published else None)
    if isinstance(fact, Meeting):
        return replace(base, meeting_kind=fact.kind, place=fact.place, participants=fact.participants,
                       date=fact.date)
    if isinstance(fact, Instrument):
        return replace(base, type=fact.type, subject=fact.subject, status=fact.status, sectors=fact.sectors,
                       date=fact.date)
    assert isinstance(fact, Commitment)
    return replace(base, actor=fact.actor, action=fact.action, deadline=fact.deadline)


def amend(store: Store, article_id: int, changes: dict[str, Any], why: str) -> ManualResult:
    """Store a corrected entry (the old one's fields, with `changes`) that supersedes a manual entry
    (withdrawn, linked); log it and return what happened."""
    if not why.strip():
        raise ManualEntryError("say why (--why): an amendment without a reason cannot be reviewed")
    before = entry_of(store, article_id)
    check_fields(before.kind, changes)
    entry = replace(before, **changes)
    manual_article(entry, now())  # refuse a bad correction before anything is written
    new_id, facts = _store(store, entry)
    old = withdraw_entry(store, article_id, entry.who.strip(), why.strip(), superseded_by=new_id)
    update = rebuild_register(store)
    keys = _keys(facts)
    records = _records_of(store, keys)
    audit = add_audit(store, entry.who.strip(), "amend", records, [keys], f"{article_id}->{new_id}",
                      why.strip())
    found = manual_entry(store, new_id)
    assert found is not None
    return ManualResult(found, records, audit, update, old)
