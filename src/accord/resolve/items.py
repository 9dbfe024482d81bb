"""What consolidation knows about one article and each of its facts before comparing them."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from accord.core import FACT_KINDS, MANUAL_MEDIA_TYPE, ArticleFacts, Fact, Figure, Instrument, Meeting, Person
from accord.normalize.numbers import parse_number
from accord.resolve.model import Mention
from accord.resolve.text import (
    DateRange,
    countries_in,
    country_code,
    parse_range,
    place_country,
)

# An outlet that is a government, or a text that opens like an official release.
_OFFICIAL = re.compile(
    r"press release|joint statement|white house|\bpm office\b|prime minister'?s office|"
    r"president'?s office|\bministry\b|\bmofa\b|foreign office|state department|"
    r"press information department|\bgov(ernment)?\b|\bembassy\b|statement by",
    re.IGNORECASE,
)
_HONORIFIC_OPENING = re.compile(r"^\W*(?:date \S+\s+)?(?:H?\.E\.|His Excellency|Her Excellency)")


_LEAD_CHARS = 300  # the headline and first sentence
_NAMED_WEIGHT = 0.5  # a state named in a sentence counts less than one in a fact's fields


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """Facts about an article that every one of its facts shares."""

    hash: str
    name: str
    published: date | None
    outlet: str | None
    official: bool
    pair: str  # the two states the article is about, as sorted ISO codes ("BY-PK")
    when: date | None  # its date, or the date most of its events carry
    people: tuple[tuple[str, str], ...]  # (name, ISO code) of the people it places
    manual: bool = False  # a desk officer's entry (media type "manual"), not a report


@dataclass(frozen=True, slots=True)
class Item:
    """One fact ready for comparison: its stable key, its mention and its article."""

    key: str
    kind: str
    index: int
    fact: Fact
    mention: Mention
    ctx: ArticleContext


def is_official(facts: ArticleFacts) -> bool:
    """Say whether an article comes from a government source rather than the media."""
    a = facts.article
    if a.outlet and _OFFICIAL.search(a.outlet):
        return True
    opening = (a.title or "") + "\n" + a.text[:160]
    first_line = opening.strip().splitlines()[0] if opening.strip() else ""
    return bool(_OFFICIAL.search(first_line) or _HONORIFIC_OPENING.search(a.text[:40]))


def article_pair(facts: ArticleFacts) -> str:
    """Return the two states an article's facts name most, as "AA-BB" (or one code, or "")."""
    counts: Counter[str] = Counter()
    for ins in facts.instruments:
        counts.update({c for c in (country_code(p) for p in ins.parties) if c})
    for person in facts.people:
        code = country_code(person.country)
        if code:
            counts[code] += 1
    for mtg in facts.meetings:
        code = place_country(mtg.place)
        if code:
            counts[code] += 1
    if len(counts) < 2:
        # too few states in the facts' fields ("Rwanda is hosting the meeting"): their sentences
        # and the headline name the other ("the Joint Permanent Commission between Rwanda and Uganda")
        lead = facts.article.text[:_LEAD_CHARS]
        for text in (lead, *(f.evidence.text for f in (*facts.meetings, *facts.commitments))):
            counts.update({code: _NAMED_WEIGHT for code in countries_in(text)})
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
    return "-".join(sorted(code for code, _ in top))


def article_when(facts: ArticleFacts) -> date | None:
    """Return the article's date, or else the day most of its dated events fall on."""
    if facts.article.published:
        return facts.article.published
    days: Counter[date] = Counter()
    for fact in (*facts.instruments, *facts.meetings):
        r = parse_range(getattr(fact, "date", None))
        if r is not None and r.lo == r.hi:
            days[r.lo] += 1
    if not days:
        return None
    return sorted(days.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def context_of(facts: ArticleFacts) -> ArticleContext:
    """Return the shared context of an article's facts."""
    a = facts.article
    official = is_official(facts)
    people = tuple(sorted({(p.name, code) for p in facts.people if (code := country_code(p.country))}))
    return ArticleContext(
        a.content_hash,
        a.name,
        a.published,
        a.outlet,
        official,
        article_pair(facts),
        article_when(facts),
        people,
        a.media_type == MANUAL_MEDIA_TYPE,
    )


def fact_digest(fact: Fact) -> str:
    """Return a short hash of a fact's content (evidence and fields, not its record or cluster)."""
    data = fact.to_json()
    data.pop("cluster", None)
    data.pop("record", None)
    return hashlib.sha1(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:12]


def items_of(facts: ArticleFacts, ctx: ArticleContext | None = None) -> list[Item]:
    """Return one item per fact of the article, kind by kind."""
    ctx = ctx or context_of(facts)
    return [
        item_of(ctx, kind, index, fact)
        for kind in FACT_KINDS
        for index, fact in enumerate(getattr(facts, kind))
    ]


def item_of(ctx: ArticleContext, kind: str, index: int, fact: Fact, key: str | None = None) -> Item:
    """Return the item of one fact: the `index`-th of its kind in the article `ctx` describes
    (`key`: its key as saved, else made from its content)."""
    ev = fact.evidence
    mention = Mention(
        ctx.hash, ctx.name, kind, index, ev.text, ev.start, ev.end, ctx.published, ctx.outlet, ctx.official,
        ctx.manual,
    )
    key = key or f"{ctx.hash}:{kind}:{ev.start:07d}:{ev.end:07d}:{fact_digest(fact)}:{index:04d}"
    return Item(key, kind, index, fact, mention, ctx)


def fact_date(item: Item) -> DateRange | None:
    """Return the plausible date an instrument or meeting states, else None."""
    if isinstance(item.fact, Instrument | Meeting):
        return parse_range(plausible_date(item))
    return None


def _planned(item: Item) -> bool:
    return isinstance(item.fact, Instrument) and item.fact.status in ("planned", "discussed")


def plausible_date(item: Item) -> str | None:
    """Return the date a fact states, unless it is one a report could not give for it.

    A document reported as signed cannot have been signed after the report: such a date
    names something else (the period it covers, its entry into force) and is set aside.
    """
    fact = item.fact
    stated = getattr(fact, "date", None)
    r = parse_range(stated)
    if r is None or _planned(item) or item.ctx.when is None or r.lo <= item.ctx.when:
        return stated if isinstance(stated, str) else None
    return None


def effective_date(item: Item) -> DateRange | None:
    """Return the plausible stated date, or for things done (not planned) the article's own date."""
    stated = fact_date(item)
    if stated is not None:
        return stated
    if _planned(item):
        return None
    return DateRange.day(item.ctx.when) if item.ctx.when else None


def figure_number(fact: Figure) -> float | None:
    """Return a figure's number, parsing its value when the extractor left it out."""
    return fact.number if fact.number is not None else parse_number(fact.value)


def person_country(item: Item) -> str | None:
    """Return the ISO code of a person's country."""
    return country_code(item.fact.country) if isinstance(item.fact, Person) else None
