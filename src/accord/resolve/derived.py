"""What depends on several records at once: instrument lifecycle links and count conflicts.

Both are computed per pair of states from the records of that pair only, so the register
recomputes them for the pairs an article touches and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from accord.core import Figure, Instrument
from accord.lexicon import BROAD_DOCUMENT_WORDS, DOCUMENT_NOUNS
from accord.resolve.items import Item, effective_date, figure_number
from accord.resolve.model import Conflict, ConflictValue, Mention, Record, distinct_mentions
from accord.resolve.rules import (
    INSTRUMENT_NOUNS,
    MIN_SUBJECT,
    ResolveOptions,
    head_label,
    instrument_labels,
    instrument_text,
    meaning,
    short_name_of,
    status_class,
)
from accord.resolve.stages import LATER_STAGES, stage_of
from accord.resolve.text import DateRange, content_words, sector_labels, short_names

_FORMAL_TYPES = frozenset({"agreement", "treaty", "convention", "protocol"})


@dataclass(frozen=True, slots=True)
class Group:
    """A record with the items it was built from."""

    record: Record
    items: tuple[Item, ...]


def _dates(group: Group) -> list[DateRange]:
    return sorted(d for d in (effective_date(i) for i in group.items) if d is not None)


def _first_report(group: Group) -> date | None:
    days = sorted(i.ctx.when for i in group.items if i.ctx.when)
    return days[0] if days else None


def _same_subject(a: Group, b: Group, options: ResolveOptions | None) -> bool:
    """Say whether two instrument records are about the same thing (a stricter test than merging).

    Some two of their subjects must share words or sectors and, when there is a semantic
    comparison, also be alike in meaning: "trade" and "cooperation between trade bodies" share
    a word and a sector, yet one did not become the other.
    """
    if _names(a) & _names(b):
        return True  # "the UK-Japan CEPA" is the FTA the other report names
    fa = [i.fact for i in a.items if isinstance(i.fact, Instrument)]
    fb = [i.fact for i in b.items if isinstance(i.fact, Instrument)]
    return any(
        (_short_name(x, y) or (_subject_similarity(x, y) >= 0.5 and _alike_in_meaning(x, y, options)))
        and not _narrower(x, y) and not _narrower(y, x) for x in fa for y in fb
    )


def _short_name(a: Instrument, b: Instrument) -> bool:
    """Say whether one of two documents of a type is named short by words all the other's name's:
    "the loan agreement" signed, "the loan agreement … for the expansion of the port" in force. A meaning
    model finds the short name too far from the long one to tell."""
    return (a.type == b.type and not (instrument_labels(a) and instrument_labels(b))  # else sectors tell
            and short_name_of(a, b))


def _narrower(broad: Instrument, other: Instrument) -> bool:
    """Say whether `other` is a narrower document than the broad one of its field that `broad` is.

    "An umbrella deal on defence cooperation" is not "an MoU on defence industry cooperation"
    (a word of its own narrows the field), but is "the Framework Agreement on Defence Cooperation".
    """
    wb, wo = content_words(broad.subject) - DOCUMENT_NOUNS, content_words(other.subject) - DOCUMENT_NOUNS
    return bool(wb & BROAD_DOCUMENT_WORDS) and not wo & BROAD_DOCUMENT_WORDS and bool(wo - wb)


def _names(group: Group) -> frozenset[str]:
    """Return the acronyms a record's documents go by, in their names or an alias their sources give."""
    out: set[str] = set()
    for item in group.items:
        if isinstance(item.fact, Instrument):
            quote = item.mention.quote
            at = quote.find(item.fact.subject)
            out |= short_names(item.fact.subject, quote[at + len(item.fact.subject):] if at >= 0 else "")
    return frozenset(out)


def _alike_in_meaning(a: Instrument, b: Instrument, options: ResolveOptions | None) -> bool:
    if options is None or options.semantic is None:
        return True
    ta, tb = instrument_text(a), instrument_text(b)
    return meaning(options, [(ta, tb), (_core(ta), _core(tb))]) >= MIN_SUBJECT


# What a subject says besides what the document is about: its amount ("loan agreement worth 100
# million dollars for …") and its parties ("… between Uzbekistan and South Korea for …").
_AMOUNT = re.compile(r"\s*\b(?:worth|valued\s+at|totall?ing|amounting\s+to)\s+(?:US)?[$€£¥]?\s*[\d.,]+\s*"
                     r"(?:(?:million|billion|bn|mn|trillion)\b\s*)?(?:(?:US\s+)?(?:dollars|euros|yen|yuan|won|"
                     r"pounds|rupees)\b)?", re.I)
_PARTIES = re.compile(r"\s*\bbetween\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+and\s+(?:the\s+)?"
                      r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*")


def _core(subject: str) -> str:
    """Return a subject less its amount and its parties: what the document is about."""
    return _PARTIES.sub("", _AMOUNT.sub("", subject)).strip() or subject


def _subject_similarity(a: Instrument, b: Instrument) -> float:
    la, lb = instrument_labels(a), instrument_labels(b)
    if la and lb:
        ha, hb = head_label(a), head_label(b)
        if ha and hb and ha != hb:
            return 0.0  # "customs statistics on bilateral trade" is not "cooperation between trade bodies"
        return len(la & lb) / len(la | lb)
    return max(_dice(instrument_text(a), instrument_text(b)),
               _dice(_core(instrument_text(a)), _core(instrument_text(b))))


def _dice(a: str, b: str) -> float:
    wa, wb = content_words(a), content_words(b)
    return 2 * len(wa & wb) / (len(wa) + len(wb)) if wa and wb else 0.0


_RELATIONS: dict[str, tuple[frozenset[str], str]] = {
    "signed": (frozenset({"planned", "negotiating", "concluded"}), "signed as"),
    "ratified": (frozenset({"signed"}), "ratified"),
    "in_force": (frozenset({"signed", "ratified"}), "entered into force"),
    "suspended": (frozenset({"signed", "ratified", "in_force"}), "suspended"),
    "terminated": (frozenset({"planned", "negotiating", "concluded", "signed", "ratified", "in_force",
                              "suspended"}), "terminated"),
}

# the links from one step of a document's life to a later step of the same document; "formalised
# as" leads from an MoU to another document, the agreement signed later in its place
ONE_DOCUMENT = frozenset(name for _, name in _RELATIONS.values())


def stage(group: Group) -> str:
    """Return an instrument record's stage (kept in its fields by consolidation)."""
    fields = group.record.fields
    return str(fields.get("stage") or stage_of(fields.get("status"), (i.mention.quote for i in group.items)))


def _signing_recalled(a: Group, b: Group, sb: str) -> bool:
    """Say whether a later step's only date is the signing it recalls, reported after it.

    "The memorandum that Bangladesh and Malaysia signed in February 2022 was allowed to expire",
    "ratified the agreement, signed in Baku in September": the date is `a`'s, the step came later.
    """
    if sb not in LATER_STAGES:
        return False
    da, db, reported, signed = _dates(a), _dates(b), _first_report(b), _first_report(a)
    return (bool(da) and bool(db) and reported is not None and reported > da[0].hi
            and (signed is None or reported > signed) and all(any(x.gap(y) == 0 for y in da) for x in db))

def relation(a: Group, b: Group, options: ResolveOptions | None = None) -> str | None:
    """Return how instrument record `b` follows `a` in a document's life, or None.

    The stages decide the order ("signed" before "ratified"); the dates, where both are
    known, must not run backwards; the subjects must be one document's.
    """
    da, db = _dates(a), _dates(b)
    start_a = da[0].lo if da else _first_report(a)
    start_b = db[0].lo if db else _first_report(b)
    sa, sb = stage(a), stage(b)
    if start_a is not None and start_b is not None and start_b <= start_a and not _signing_recalled(a, b, sb):
        return None
    step = _RELATIONS.get(sb)
    if step is not None and sa in step[0]:
        return step[1] if _same_subject(a, b, options) else None
    if (sa == sb == "signed" and start_a is not None and start_b is not None and start_b > start_a
            and a.record.fields["type"] == "mou" and b.record.fields["type"] in _FORMAL_TYPES
            and _same_subject(a, b, options)):
        return "formalised as"
    return None


def subject_keys(group: Group) -> frozenset[str]:
    """Return the words and sector labels an instrument record is filed under for linking."""
    out: set[str] = set()
    for item in group.items:
        if isinstance(item.fact, Instrument):
            out |= content_words(instrument_text(item.fact)) | {
                "L:" + x for x in instrument_labels(item.fact)
            }
    return frozenset(out | {"N:" + n for n in _names(group)})


def record_days(group: Group) -> list[date]:
    """Return the days an instrument was done on, or a figure's articles are dated, earliest first."""
    days: set[date] = set()
    for item in group.items:
        if item.kind == "instruments":
            days |= {d.lo for d in [effective_date(item)] if d is not None}
        elif item.ctx.when:
            days.add(item.ctx.when)
    return sorted(days)


# --------------------------------------------------------------------------- counts


_COUNTED = re.compile(r"^\W*(?:[\w-]+\W+){0,3}?" + INSTRUMENT_NOUNS.pattern, re.IGNORECASE)
_NUMBER_THEN_NOUN = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|"
    r"fifty)\s+(?:[\w-]+\s+){0,2}?" + INSTRUMENT_NOUNS.pattern,
    re.IGNORECASE,
)


def counts_instruments(fact: Figure) -> bool:
    """Say whether a figure counts documents ("15 MoUs and agreements") rather than money or time."""
    number = figure_number(fact)
    if number is None or number != int(number) or not 1 < number < 1000:
        return False
    if fact.what:
        return bool(_COUNTED.search(fact.what))
    return bool(_NUMBER_THEN_NOUN.search(fact.evidence.text))


def _figure_labels(group: Group) -> frozenset[str]:
    out: frozenset[str] = frozenset()
    for item in group.items:
        assert isinstance(item.fact, Figure)
        out |= sector_labels(" ".join(t for t in (item.fact.what, item.fact.evidence.text) if t))
    return out


def _near(day: date, ranges: Sequence[DateRange], days: int) -> bool:
    return any(r.gap(DateRange.day(day)) <= days for r in ranges)


# A count of part of what was signed ("two agreements … in this domain", "three of them"):
# a subset, never to be compared with the event's total.
_SUBSET = re.compile(
    r"\b(?:in|within|for|on)\s+(?:this|that|these|those|the\s+same)\s+"
    r"(?:domains?|sectors?|areas?|fields?|spheres?|regards?|respects?)\b"
    r"|\b(?:of|among)\s+(?:them|these|those)\b",
    re.IGNORECASE,
)


def states_total(group: Group) -> bool:
    """Say whether a figure states how many documents an event produced, not a subset of them."""
    facts = [i.fact for i in group.items if isinstance(i.fact, Figure)]
    return (bool(facts) and counts_instruments(facts[0]) and not _figure_labels(group)
            and not any(_SUBSET.search(f.evidence.text) for f in facts))


def count_conflict(
    figure: Group,
    instruments: Sequence[Group],
    figures: Sequence[Group],
    options: ResolveOptions,
) -> Conflict | None:
    """Return the conflict between a stated total of documents and what else the sources say.

    Like is compared with like: a total with the other totals stated for the same event, and
    with the documents the sources name for it when they name more than the total (naming
    fewer contradicts nothing). Vague counts ("several agreements") fit any total.
    """
    if not states_total(figure):
        return None
    days = sorted({i.ctx.when for i in figure.items if i.ctx.when})
    if not days:
        return None
    window = options.count_window_days
    named = [
        g
        for g in instruments
        if status_class(g.record.fields["status"]) == "done"
        and g.record.fields["type"] != "declaration"
        and any(_near(d, _dates(g), window) for d in days)
    ]
    number = _total(figure)
    values = [ConflictValue(number, _mentions(figure.items))]
    values += [v for v in _other_counts(figure, figures, days, window) if v.value != number]
    if len(named) > number:
        firsts = (min(g.record.mentions, key=Mention.sort_key) for g in named)
        values.append(ConflictValue(f"{len(named)} named", distinct_mentions(firsts)))
    return Conflict("count", tuple(values)) if len(values) > 1 else None


def _total(group: Group) -> int:
    """Return the number a figure that `states_total` gives (a whole number by then)."""
    fact = group.items[0].fact
    assert isinstance(fact, Figure)
    return int(figure_number(fact) or 0)


def _mentions(items: Sequence[Item]) -> tuple[Mention, ...]:
    return distinct_mentions(i.mention for i in items)


def _other_counts(
    figure: Group, figures: Sequence[Group], days: list[date], window: int
) -> list[ConflictValue]:
    """Return the other totals stated for the same event ("14 agreements")."""
    out: list[ConflictValue] = []
    for other in figures:
        if other.record.id == figure.record.id or not states_total(other):
            continue
        when = [DateRange.day(i.ctx.when) for i in other.items if i.ctx.when]
        if any(_near(d, when, window) for d in days):
            out.append(ConflictValue(_total(other), _mentions(other.items)))
    return out
