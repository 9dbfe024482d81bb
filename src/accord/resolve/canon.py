"""Canonical values of a record and the conflicts between its sources.

A canonical value is the most specific one any source gives, then the most frequent,
then the smallest by a stable key, so it never depends on the order articles came in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from datetime import date
from functools import lru_cache
from typing import Any, TypeVar

from accord.core import INITIATIVE_STATES, Commitment, Figure, Initiative, Instrument, Meeting, Person
from accord.lexicon import DOCUMENT_FORMS
from accord.normalize.numbers import parse_number
from accord.resolve.items import Item, effective_date, figure_number, plausible_date
from accord.resolve.model import Conflict, ConflictValue, Mention, distinct_mentions
from accord.resolve.rules import ROUNDED_GAP, STATUS_CLASS, bound_alike, figure_numbers, instrument_pair
from accord.resolve.stages import stage_of
from accord.resolve.text import (
    countries_in,
    country_code,
    name_tokens,
    names_match,
    parse_range,
    precision,
    role_words,
    same_token,
    tokens,
    trip_destinations,
)

T = TypeVar("T", bound=Hashable)



def most_common(values: Sequence[T | None], *, specificity: Callable[[T], Any] | None = None) -> T | None:
    """Return the most specific, then most frequent, then smallest (by str) non-null value."""
    counts: dict[T, int] = defaultdict(int)
    for v in values:
        if v is not None and v != "":
            counts[v] += 1
    if not counts:
        return None
    spec = specificity or (lambda _v: 0)
    return min(counts, key=lambda v: (_neg(spec(v)), -counts[v], str(v)))


def _neg(value: Any) -> Any:
    return tuple(-x for x in value) if isinstance(value, tuple) else -value


def value_conflict(
    field: str,
    items: Sequence[Item],
    value_of: Callable[[Item], Hashable | None],
    *,
    agree: Callable[[Any, Any], bool] | None = None,
) -> Conflict | None:
    """Return the conflict on `field` when the items state values that do not agree."""
    groups: dict[Any, list[Mention]] = defaultdict(list)
    for item in items:
        value = value_of(item)
        if value is not None and value != "":
            groups[value].append(item.mention)
    if len(groups) < 2:
        return None
    values = sorted(groups, key=lambda v: (-len(groups[v]), str(v)))
    if agree is not None and all(agree(a, b) for a in values for b in values):
        return None
    return Conflict(field, tuple(ConflictValue(v, distinct_mentions(groups[v])) for v in values))


def _union(lists: Sequence[Sequence[str]]) -> list[str]:
    seen: dict[str, str] = {}
    for values in lists:
        for v in values:
            seen.setdefault(v.casefold(), v)
    return sorted(seen.values(), key=str.casefold)


def _date_field(values: Sequence[str | None]) -> str | None:
    return most_common(values, specificity=precision)


def _dates_agree(a: str, b: str) -> bool:
    ra, rb = parse_range(a), parse_range(b)
    return ra is None or rb is None or ra.gap(rb) == 0


def _pair_list(pair: str) -> list[str]:
    return pair.split("-") if pair else []


# --------------------------------------------------------------------------- per kind


def instrument_fields(items: Sequence[Item]) -> tuple[dict[str, Any], list[Conflict]]:
    """Return an instrument record's canonical fields and its type, status and date conflicts."""
    facts = [i.fact for i in items if isinstance(i.fact, Instrument)]
    dates = [effective_date(i) for i in items]
    known = sorted(d.lo for d in dates if d is not None)
    fields: dict[str, Any] = {
        "type": most_common([f.type for f in facts], specificity=_type_specificity),
        "subject": most_common([f.subject for f in facts], specificity=len),
        "sectors": _union([f.sectors for f in facts]),
        "parties": _union([f.parties for f in facts]),
        "status": most_common([f.status for f in facts], specificity=lambda s: int(s in STATUS_CLASS)),
        "date": _date_field([plausible_date(i) for i in items]),
        "place": most_common([f.place for f in facts], specificity=len),
        "signatories": _union([f.signatories for f in facts]),
        "pair": _pair_list(instrument_pair(items[0])),
        "first_reported": known[0].isoformat() if known else None,
    }
    # planned, negotiating, concluded, signed, ratified, in_force, suspended or terminated
    fields["stage"] = stage_of(fields["status"], [i.mention.quote for i in items])
    conflicts = [
        value_conflict("type", items, _stated_type),
        value_conflict("status", items, lambda i: _ins(i).status),
        value_conflict("date", items, lambda i: _ins(i).date, agree=_dates_agree),
    ]
    return fields, [c for c in conflicts if c]


def _word(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)


# The words that name a kind of document, by the type they name: (one document, several).
# "plan" and "programme" are left out: as verbs and in names they say nothing of a type.
_TYPE_NOUNS = {kind: (_word(one), _word(many)) for kind, (one, many) in DOCUMENT_FORMS.items()
               if kind != "programme"}


def _stated_type(item: Item) -> str | None:
    """Return the type a mention's quote gives its one document, or None when it gives none.

    A quote that names no document ("the two countries also agreed to …"), several kinds at
    once ("these agreements and MoUs are focused on …") or a set of documents ("two
    agreements were signed in this domain") says nothing about this document's own type,
    so it cannot disagree with a source that does.
    """
    quote = item.mention.quote
    named = {kind for kind, nouns in _TYPE_NOUNS.items() if any(n.search(quote) for n in nouns)}
    kind = _ins(item).type
    if kind not in _TYPE_NOUNS:  # a type these words cannot name: stated unless another is
        return None if named else kind
    return kind if named == {kind} and _TYPE_NOUNS[kind][0].search(quote) else None


def _type_specificity(kind: str) -> int:
    """Rank "other" below the generic "agreement" below any named form (MoU, treaty, roadmap…)."""
    return {"other": 0, "agreement": 1}.get(kind, 2)


def _ins(item: Item) -> Instrument:
    assert isinstance(item.fact, Instrument)
    return item.fact


def _com(item: Item) -> Commitment:
    assert isinstance(item.fact, Commitment)
    return item.fact


def _mtg(item: Item) -> Meeting:
    assert isinstance(item.fact, Meeting)
    return item.fact


def _per(item: Item) -> Person:
    assert isinstance(item.fact, Person)
    return item.fact


def _fig(item: Item) -> Figure:
    assert isinstance(item.fact, Figure)
    return item.fact


def _actor_pair(facts: Sequence[Commitment]) -> list[str] | None:
    """Return the two states an actor names ("Saudi Arabia and Iran"): the commitment's own pair.

    An article about a deal brokered by a third state is filed under the pair it names most;
    the promise is the two actors'.
    """
    for f in facts:
        codes = sorted(countries_in(f.actor or ""))
        if len(codes) == 2:
            return codes
    return None


def _trip_pair(items: Sequence[Item]) -> list[str] | None:
    """Return the pair of a trip to a third state: the travelling state and where it goes.

    "Argentina will send a trade mission to Seoul" in a story about Argentina and Japan is
    Argentina's promise to Korea, kept by a visit reported under that pair. The travelling
    state is the one the actor names, else the actor's own as the people stage placed them
    ("Foreign Minister … will visit Seoul", told from Buenos Aires).
    """
    for item in items:
        fact = item.fact
        assert isinstance(fact, Commitment)
        article = set(item.ctx.pair.split("-")) if item.ctx.pair else set()
        goes = trip_destinations(fact.action) - article
        placed = {code for name, code in item.ctx.people if name == fact.actor}
        own = (countries_in(fact.actor or "") or placed) & article
        if len(goes) == 1 and len(own) == 1 and len(article) == 2:
            return sorted(own | goes)
        # a side meeting's guest or a tour's stop ("Carter accepted an invitation to visit India" in a
        # story filed under India and Brazil): a state outside the article's pair goes to another
        goes, own = trip_destinations(fact.action), countries_in(fact.actor or "") or placed
        if len(goes) == 1 and len(own) == 1 and goes != own and not own <= article:
            return sorted(own | goes)
    return None


def commitment_fields(items: Sequence[Item]) -> tuple[dict[str, Any], list[Conflict]]:
    """Return a commitment record's canonical fields and its deadline conflict."""
    facts = [_com(i) for i in items]
    deadline = most_common([f.deadline for f in facts], specificity=precision)
    reported = sorted(i.ctx.when for i in items if i.ctx.when)
    fields: dict[str, Any] = {
        "actor": most_common([f.actor for f in facts], specificity=lambda a: len(tokens(a or ""))),
        "action": most_common([f.action for f in facts], specificity=lambda a: len(tokens(a))),
        # every source's wording, one per mention: what tracking reads the promised act from
        "actions": [f.action for f in facts],
        "deadline": deadline,
        "deadline_text": most_common([f.deadline_text for f in facts if f.deadline == deadline]),
        "pair": _actor_pair(facts) or _trip_pair(items) or _pair_list(items[0].ctx.pair),
        "reported": reported[0].isoformat() if reported else None,
    }
    # the deadline each source gave, earliest report first: the promise's history
    fields["history"] = [
        {"deadline": _com(i).deadline, "deadline_text": _com(i).deadline_text, "action": _com(i).action,
         "actor": _com(i).actor, "article": i.mention.article_name, "quote": i.mention.quote,
         "reported": i.ctx.when.isoformat() if i.ctx.when else None}
        for i in sorted(items, key=lambda i: (i.ctx.when or date.max, i.mention.sort_key()))
    ]
    change = most_common([f.change for f in facts])
    if change:
        fields["change"] = change  # a report of a promise put off or called off, not a promise
    conflict = value_conflict("deadline", items, lambda i: _com(i).deadline, agree=_deadlines_agree)
    return fields, [conflict] if conflict else []


def _deadlines_agree(a: str, b: str) -> bool:
    """Say whether two deadlines are one: the same, or a day that ends the month or year the other
    names ("by year-end" and "before December 31"); "within two weeks" (2 December) and "next month"
    (December) still disagree."""
    ra, rb = parse_range(a), parse_range(b)
    if ra is None or rb is None or ra == rb:
        return True
    return any(day.lo == day.hi == period.hi and period.lo < period.hi
               for day, period in ((ra, rb), (rb, ra)))


def meeting_fields(items: Sequence[Item]) -> tuple[dict[str, Any], list[Conflict]]:
    """Return a meeting record's canonical fields and its kind and date conflicts."""
    facts = [_mtg(i) for i in items]
    reported = sorted(i.ctx.when for i in items if i.ctx.when)
    fields: dict[str, Any] = {
        "kind": most_common([f.kind for f in facts], specificity=lambda k: int(k != "other")),
        "participants": _participants([f.participants for f in facts]),
        "place": most_common([f.place for f in facts], specificity=lambda p: len(tokens(p))),
        "date": _date_field([plausible_date(i) for i in items]),
        "pair": _pair_list(items[0].ctx.pair),
        "reported": reported[0].isoformat() if reported else None,
    }
    conflicts = [
        value_conflict("kind", items, lambda i: _mtg(i).kind),
        value_conflict("date", items, lambda i: _mtg(i).date, agree=_dates_agree),
    ]
    return fields, [c for c in conflicts if c]


def _participants(lists: Sequence[Sequence[str]]) -> list[str]:
    """Return the participants named anywhere, one per person (the fullest spelling)."""
    chosen: list[str] = []
    for name in sorted({n for ps in lists for n in ps}, key=lambda n: (-len(name_tokens(n)), n)):
        toks = name_tokens(name)
        if not any(names_match(toks, name_tokens(c)) for c in chosen):
            chosen.append(name)
    return sorted(chosen)


def person_fields(items: Sequence[Item]) -> tuple[dict[str, Any], list[Conflict]]:
    """Return a person record's canonical fields and its spelling and role conflicts."""
    facts = [_per(i) for i in items]
    name = most_common([f.name for f in facts], specificity=lambda n: (len(name_tokens(n)), -len(n)))
    fields: dict[str, Any] = {
        "name": _strip_titles(name or ""),
        "role": most_common([f.role for f in facts], specificity=lambda r: int(bool(role_words(r)))),
        "country": most_common([f.country for f in facts]),
        "country_code": most_common([country_code(f.country) for f in facts]),
    }
    conflicts = [_spelling_conflict(items, fields["name"]), _role_conflict(items)]
    return fields, [c for c in conflicts if c]


def _strip_titles(name: str) -> str:
    """Return a name as written minus leading titles ("Prime Minister Muhammad Shehbaz Sharif")."""
    toks = name.split()
    kept_from = 0
    folded = name_tokens(name)
    while kept_from < len(toks) and (not folded or name_tokens(toks[kept_from]) == ()):
        kept_from += 1
    return " ".join(toks[kept_from:]) or name


def _spelling_conflict(items: Sequence[Item], canonical: str) -> Conflict | None:
    """Return the conflict between spellings of one name token ("Shehbaz" / "Shahbaz")."""
    canon = [c for c in name_tokens(canonical) if len(c) > 1]
    # read from the quote, not the name field: each side must show the spelling it cites
    spellings = [{c: _spelt(i.mention.quote, c) for c in canon} for i in items]
    varying = [c for c in canon if len({s[c] for s in spellings if s[c]}) > 1]
    if not varying:
        return None
    by_key = {i.key: s[varying[0]] for i, s in zip(items, spellings, strict=True)}
    return value_conflict("name", items, lambda i: by_key[i.key])


@lru_cache(maxsize=16384)
def _spelt(name: str, canon_token: str) -> str | None:
    """Return how `name` spells the token that matches `canon_token` ("Shahbaz"), if it has one."""
    words: list[str] = re.findall(r"[^\W\d_]+", name)
    for word in words:
        folded = name_tokens(word)
        if folded and len(folded[0]) > 1 and same_token(folded[0], canon_token):
            return word[:1].upper() + word[1:].lower()
    return None


def _role_conflict(items: Sequence[Item]) -> Conflict | None:
    def agree(a: str, b: str) -> bool:
        wa, wb = role_words(a), role_words(b)
        return not wa or not wb or bool(wa & wb)

    return value_conflict("role", items, lambda i: _per(i).role, agree=agree)


def figure_fields(items: Sequence[Item]) -> tuple[dict[str, Any], list[Conflict]]:
    """Return a figure record's canonical fields (count conflicts are added by the register)."""
    facts = [_fig(i) for i in items]
    value = most_common([f.value for f in facts], specificity=len)
    # the number and its hedge are the chosen value's own, never another report's amount
    told = [f for f in facts if f.value == value] or facts
    fields: dict[str, Any] = {
        "value": value,
        "number": most_common([figure_number(f) for f in told]),
        "approx": most_common([f.approx for f in told]),
        "what": most_common([f.what for f in facts], specificity=len),
        "pair": _pair_list(items[0].ctx.pair),
    }
    conflicts = [
        value_conflict("value", items, _as_told_alike(items)),
        # "about $184 million" and "$183.6 million" tell one amount; only "nearly" against "over" disagree
        value_conflict("approx", items, lambda i: _fig(i).approx or "exact",
                       agree=lambda a, b: {a, b} != {"nearly", "over"}),
    ]
    return fields, [c for c in conflicts if c]


# Words before an amount that make it a round one ("about $7.5 billion"): it agrees within a twentieth.
_ROUGHLY = re.compile(r"^(?:about|around|roughly|approximately|some|nearly|almost|close to|over|more than|"
                      r"under|less than|just over|just under)\b", re.IGNORECASE)


def _as_told_alike(items: Sequence[Item]) -> Callable[[Item], str]:
    """Return each figure's value as the first value it agrees with ("8.79 billion dollars" is told
    as "$8.8 billion" when both are), so a conflict sets the amounts that disagree side by side.

    An amount restated in another currency agrees with the restatement too: "Sh23.7 billion
    ($183.6 million)" is told as "183.6 million US dollars".
    """
    values = [_fig(i).value for i in items]
    order = sorted(range(len(items)), key=lambda k: (-values.count(values[k]), values[k]))
    told: list[Item] = []
    for k in order:
        if not any(_told_alike(items[k], t) for t in told):
            told.append(items[k])
    return lambda i: next((_fig(t).value for t in told if _told_alike(i, t)), _fig(i).value)


def _told_alike(a: Item, b: Item) -> bool:
    """Say whether two figures' amounts agree as written, or as one restates the other's."""
    va, vb = _fig(a).value, _fig(b).value
    if amounts_agree(va, vb):
        return True
    rough = _told_roughly(va, vb)
    na, nb = figure_numbers(a), figure_numbers(b)
    return any(abs(x - y) <= (ROUNDED_GAP if rough else 1e-9) * max(1.0, abs(x), abs(y))
               or bound_alike(_fig(a).approx, x, y) or bound_alike(_fig(b).approx, y, x)
               for x in na for y in nb)


def amounts_agree(a: str, b: str) -> bool:
    """Say whether two written amounts can be one amount rounded ("$1.8bn" and "1.78 billion dollars")."""
    na, nb = parse_number(a), parse_number(b)
    if na is None or nb is None:
        return True
    gap = abs(na - nb)
    if _told_roughly(a, b) and gap <= ROUNDED_GAP * max(abs(na), abs(nb)) * (1 + 1e-9):
        return True
    # a half step is the next written amount's, not this one's: "$1 billion" is not "$1.5 billion"
    return gap < max(_half_step(a, na), _half_step(b, nb)) * (1 - 1e-9)


def _told_roughly(a: str, b: str) -> bool:
    """Say whether either of two written amounts is told as a round one ("about $7.5 billion")."""
    return bool(_ROUGHLY.match(a.strip()) or _ROUGHLY.match(b.strip()))


def _half_step(value: str, number: float) -> float:
    """Return half the step of the last digit an amount is written to ("8.8 billion": 0.05 billion)."""
    digits = re.search(r"\d[\d,]*(?:\.(\d+))?", value)
    if digits is None:
        return 0.0
    written = float(digits.group(0).replace(",", ""))
    scale = number / written if written else 1.0
    return 0.5 * scale * 10.0 ** -len(digits.group(1) or "")


def _ini(item: Item) -> Initiative:
    assert isinstance(item.fact, Initiative)
    return item.fact


def initiative_progress(history: Sequence[dict[str, Any]]) -> tuple[dict[str, Any], str | None] | None:
    """Return the report that set an initiative's current state, and the day it was first reported.

    Reports are read in date order: an initiative only moves on (a later "they need joint
    ventures" does not undo an agreement), except that it can be dropped, and revived by a
    later report of it proposed, agreed or under way. None without a report.
    """
    current: dict[str, Any] | None = None
    since: str | None = None
    for step in sorted(history, key=lambda h: h.get("reported") or "9999"):
        state = step["state"]
        if current is None or _moves_on(current["state"], state):
            current, since = step, step.get("reported")
    return (current, since) if current is not None else None


def _moves_on(old: str, new: str) -> bool:
    if new == "dropped" or old == "dropped":
        return new != old
    return INITIATIVE_STATES.index(new) > INITIATIVE_STATES.index(old)


def initiative_fields(items: Sequence[Item]) -> tuple[dict[str, Any], list[Conflict]]:
    """Return an initiative record's canonical fields, with the state each source reported (its history)."""
    facts = [_ini(i) for i in items]
    ordered = sorted(items, key=lambda i: (i.ctx.when or date.max, i.mention.sort_key()))
    history = [
        {"state": _ini(i).state, "article": i.mention.article_name, "quote": i.mention.quote,
         "reported": i.ctx.when.isoformat() if i.ctx.when else None}
        for i in ordered
    ]
    progress = initiative_progress(history)
    dated = [h["reported"] for h in history if h["reported"]]
    fields: dict[str, Any] = {
        "type": most_common([f.type for f in facts], specificity=lambda t: int(t != "other")),
        "subject": most_common([f.subject for f in facts], specificity=len),
        "sectors": _union([f.sectors for f in facts]),
        "parties": _union([f.parties for f in facts]),
        "state": progress[0]["state"] if progress else "proposed",
        "pair": _pair_list(instrument_pair(items[0])),
        "first_reported": dated[0] if dated else None,
        "history": history,
    }
    return fields, []


FIELDS: dict[str, Callable[[Sequence[Item]], tuple[dict[str, Any], list[Conflict]]]] = {
    "instruments": instrument_fields,
    "commitments": commitment_fields,
    "meetings": meeting_fields,
    "people": person_fields,
    "figures": figure_fields,
    "initiatives": initiative_fields,
}
