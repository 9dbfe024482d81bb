"""Per-kind rules: which block a fact falls in, what may merge, and how alike two facts are.

Each rule answers these questions about facts of one kind: `blocks(item)` (a fact is
compared only with facts filed where it looks, which keeps the work near linear),
`signature(item)` (facts that compare alike with everyone, like two identical spellings of
a name, need one comparison between them), `compatible(a, b)` (hard constraints that must
hold between every two members of a record) and `score(a, b)` (how alike two facts are,
or None when they should not be linked at all).

No block may grow with the corpus for precise facts: keys pair what identifies a thing (a
surname's skeleton with an initial, a host state with a guest or a day), and the wide
blocks a vague fact needs (a lone surname, an undated meeting, a report naming one state)
are filed into by everyone but looked into only by the vague facts themselves.
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple, Protocol

from accord.core import Commitment, Figure, Initiative, Instrument, Meeting, Person
from accord.lexicon import CURRENCY_WORDS, DOCUMENT_NOUNS, FACILITY_NOUNS, GIFT_NOUNS
from accord.normalize.countries import gazetteer
from accord.normalize.dates import passed_when_told
from accord.normalize.numbers import MONEY_SUFFIX, NUMBER_WORDS, SCALES, currency_sign, parse_number
from accord.normalize.sectors import sectors_for
from accord.resolve.embeddings import default_semantic, semantic_named
from accord.resolve.items import Item, effective_date, fact_date, figure_number, person_country
from accord.resolve.stages import tells_end
from accord.resolve.text import (
    DateRange,
    Semantic,
    Similarity,
    action_targets,
    broad_label,
    content_words,
    countries_in,
    country_code,
    firms_actor,
    full_name_tokens,
    head_act,
    is_act_class,
    may_be_same_actor,
    months_between,
    name_keys,
    name_tokens,
    names_match,
    overlap,
    parse_range,
    phonetic,
    place_country,
    role_words,
    same_token,
    sector_labels,
    short_names,
    stem,
    tokens,
    word_similarity,
)
from accord.settings import Settings

STATUS_CLASS: dict[str, str] = {
    "planned": "future",
    "discussed": "future",
    "signed": "done",
    "issued": "done",
    "finalized": "done",
    "finalised": "done",
    "ratified": "force",
    "in_force": "force",
}


@dataclass(frozen=True, slots=True)
class ResolveOptions:
    """Knobs of consolidation.

    `similarity` is the pluggable text comparison every rule makes (shared words by default).
    `semantic`, when set, is asked only about the pairs those words leave open (a sentence
    embedding model by default, see `accord.resolve.embeddings`; None: words alone). Its
    cosine counts as no likeness up to `semantic_floor` and as full likeness from
    `semantic_full`, linearly between: the scale of the word similarity it stands in for.
    """

    similarity: Similarity = word_similarity
    semantic: Semantic | None = field(default_factory=default_semantic)
    semantic_floor: float = 0.5
    semantic_full: float = 0.9
    instrument_window_days: int = 30
    meeting_window_days: int = 3
    meeting_recall_days: int = 90
    deadline_tolerance_days: int = 7
    restatement_days: int = 7
    commitment_recall_days: int = 120
    figure_window_days: int = 60
    count_window_days: int = 7
    link_horizon_years: int = 3
    undated_affinity: float = 0.25

    @classmethod
    def from_settings(cls, settings: Settings) -> ResolveOptions:
        """Return the options the settings ask for (their similarity: embeddings or words)."""
        return cls(semantic=semantic_named(settings.similarity))

    def knobs(self) -> dict[str, float]:
        """Return the numeric settings, what a saved working state must have been made with."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if isinstance(getattr(self, f.name), (int, float))}


class BlockKey(NamedTuple):
    """A block facts are filed and looked up in: its kind's letter, then what its facts share (a pair,
    words, a place, a name's keys), then the slice it is cut into when it is (a month, a year, a
    state; "*" every dated fact, "?" the undated ones).

    Written "K|part|…" (`str`) wherever a block is kept or filed; `parse` reads it back.
    """

    kind: str
    parts: tuple[str, ...]

    def __str__(self) -> str:
        return "|".join((self.kind, *self.parts))

    def sliced(self, part: str) -> BlockKey:
        """Return this block cut to one slice (a month, a year, a state, "*" or "?")."""
        return BlockKey(self.kind, (*self.parts, part))

    @classmethod
    def parse(cls, text: str) -> BlockKey:
        """Return the block "K|part|…" names (ValueError when it names no part)."""
        kind, *parts = text.split("|")
        if not kind or not parts:
            raise ValueError(f"{text!r} is not KIND|PART|…")
        return cls(kind, tuple(parts))


@dataclass(frozen=True, slots=True)
class Blocks:
    """Where a fact is filed (`insert`) and where to look for facts like it (`probe`), as written keys."""

    insert: frozenset[str]
    probe: frozenset[str]

    @classmethod
    def plain(cls, keys: Iterable[BlockKey]) -> Blocks:
        written = frozenset(str(k) for k in keys)
        return cls(written, written)


def timed(bases: Iterable[BlockKey], months: frozenset[str] | None) -> Blocks:
    """Return blocks of `bases` split by month; a fact of unknown date is compared with all dated ones.

    Dated facts are filed under their months and under "*"; undated ones under "?". A dated
    fact looks in its months and in "?", an undated one in "*" and "?", so every two facts
    that may be one thing meet once, whichever comes first.
    """
    # written as `str(b.sliced(m))` is, without a key made per slice: a commitment's words by
    # its months are hundreds of keys, and an update works them out for every fact it files
    heads = [f"{b}|" for b in set(bases)]
    if months is None:
        return Blocks(frozenset(h + "?" for h in heads), frozenset(h + t for h in heads for t in "*?"))
    return Blocks(
        frozenset(h + m for h in heads for m in (*months, "*")),
        frozenset(h + m for h in heads for m in (*months, "?")),
    )


def _months(span: DateRange | None, days: int) -> frozenset[str] | None:
    return (
        None
        if span is None
        else months_between(span.lo - timedelta(days=days), span.hi + timedelta(days=days))
    )


def _around(day: date | None, days: int) -> frozenset[str] | None:
    return None if day is None else _months(DateRange.day(day), days)


class Rule(Protocol):
    @property
    def kind(self) -> str: ...

    @property
    def same_article(self) -> bool:
        """Say whether two facts of one article may be one record."""
        ...

    def blocks(self, item: Item) -> Blocks: ...

    def signature(self, item: Item) -> Hashable | None:
        """Return what makes two facts interchangeable for this rule (None: never)."""
        ...

    def compatible(self, a: Item, b: Item) -> bool: ...

    def score(self, a: Item, b: Item) -> float | None: ...

    def told_twice(self, a: Item, b: Item) -> bool:
        """Say whether two facts of one article are one thing it tells twice (`same_article` being False)."""
        ...


class _Defaults:
    """What a rule does unless it says otherwise: no two facts interchangeable, words decide."""

    __slots__ = ()

    def signature(self, item: Item) -> Hashable | None:
        return None

    def told_twice(self, a: Item, b: Item) -> bool:
        return False


# Types that are part of a document's name ("the Roadmap"), unlike the generic MoU/agreement.
_TITLE_TYPES = frozenset({"roadmap", "programme", "plan", "declaration", "treaty", "convention", "protocol"})
# Words that tell one format of meeting from another held the same day by the same people.
_FORMAT_WORDS = frozenset(
    tokens(
        "delegation one tete restricted telephone phone virtual video sidelines margins dinner "
        "luncheon breakfast ceremony"
    )
)


# A stated date of at most this many days is a day to block on (a month or a year is not).
_HOST_DAYS_MAX = 7


def _within(a: DateRange | None, b: DateRange | None, days: int) -> bool:
    return a is None or b is None or a.gap(b) <= days


def meaning(options: ResolveOptions, pairs: Iterable[tuple[str, str]]) -> float:
    """Return how alike in meaning the best of the text pairs is, on the word similarity's scale.

    0 without a semantic comparison, or when no pair's cosine rises above the floor.
    """
    semantic = options.semantic
    if semantic is None:
        return 0.0
    best = max((semantic(a, b) for a, b in pairs), default=0.0)
    lo, hi = options.semantic_floor, options.semantic_full
    return min(1.0, max(0.0, (best - lo) / (hi - lo)))


# --------------------------------------------------------------------------- instruments


def instrument_pair(item: Item) -> str:
    """Return an instrument's (or initiative's) two states: from its parties, else its article's pair."""
    assert isinstance(item.fact, Instrument | Initiative)
    codes = {c for c in (country_code(p) for p in item.fact.parties) if c}
    article = set(item.ctx.pair.split("-")) if item.ctx.pair else set()
    if len(codes) >= 2:
        return "-".join(sorted(codes))
    if codes and codes <= article:
        return item.ctx.pair
    return "-".join(sorted(codes)) if codes else item.ctx.pair


def instrument_text(fact: Instrument | Initiative) -> str:
    """Return what an instrument (or initiative) is about, in words: its subject and sectors."""
    return " ; ".join((fact.subject, *fact.sectors))


def _subject_keys(fact: Instrument | Initiative) -> frozenset[str]:
    """Return the words a document or initiative is blocked by: its subject's, and its labels ("L:…")."""
    return content_words(instrument_text(fact)) | {"L:" + x for x in instrument_labels(fact)}


def instrument_labels(fact: Instrument | Initiative) -> frozenset[str]:
    """Return the sector labels of an instrument's (or initiative's) subject and listed sectors.

    A pair's economic partnership agreement is its trade pact: "economic" is its name's word,
    not the sector it is about.
    """
    labels = sector_labels(fact.subject) | sector_labels(" ; ".join(fact.sectors))
    return (labels - {_PARTNERSHIP_LABEL}) | {TRADE_LABEL} if _trade_deal(fact.subject) else labels


def head_label(fact: Instrument) -> str | None:
    """Return the sector of what an instrument's subject is first about (its first label), if any.

    "The protocol to upgrade the Comprehensive Economic Partnership Agreement" is about trade.
    """
    if _trade_deal(fact.subject):
        return TRADE_LABEL
    labels = sectors_for(fact.subject)
    return labels[0] if labels else None


TRADE_LABEL = "trade"  # the sector of a trade pact, by whichever name ("CEPA", "EPA", "FTA")
_PARTNERSHIP_LABEL = "economy"  # the sector the words of "Economic Partnership Agreement" name


def _trade_deal(subject: str) -> bool:
    return "FTA" in short_names(subject)


def status_class(status: str | None) -> str:
    return STATUS_CLASS.get((status or "signed").lower(), "done")


def _types_compatible(a: str, b: str) -> bool:
    # a declaration is issued, not signed: never the same document as an agreement
    if "other" in (a, b):
        return True
    return (a == "declaration") == (b == "declaration")


@dataclass(frozen=True, slots=True)
class InstrumentRule(_Defaults):
    options: ResolveOptions
    kind: str = "instruments"
    same_article: bool = False

    def blocks(self, item: Item) -> Blocks:
        assert isinstance(item.fact, Instrument)
        pair = instrument_pair(item)
        words = _subject_keys(item.fact)
        by_type = BlockKey("I", (pair, f":{item.fact.type}"))
        bases = [BlockKey("I", (pair, w)) for w in words] or [by_type]
        if self.options.semantic is not None and item.fact.type in _TITLE_TYPES:
            # a pair's roadmaps of one month are few: compared by meaning, however worded
            bases.append(by_type)
        return timed(bases, _months(effective_date(item), self.options.instrument_window_days))

    def compatible(self, a: Item, b: Item) -> bool:
        fa, fb = a.fact, b.fact
        assert isinstance(fa, Instrument) and isinstance(fb, Instrument)
        return (
            instrument_pair(a) == instrument_pair(b)
            and status_class(fa.status) == status_class(fb.status)
            # "the MoU they signed in 2022 was allowed to expire" is its end, a later step
            and tells_end(fa.status, a.mention.quote) == tells_end(fb.status, b.mention.quote)
            and _types_compatible(fa.type, fb.type)
            and _within(effective_date(a), effective_date(b), self.options.instrument_window_days)
        )

    def told_twice(self, a: Item, b: Item) -> bool:
        fa, fb = a.fact, b.fact
        assert isinstance(fa, Instrument) and isinstance(fb, Instrument)
        apart = a.mention.end <= b.mention.start or b.mention.end <= a.mention.start
        return apart and self.compatible(a, b) and _told_twice(fa, fb)  # items of one list are not one

    def score(self, a: Item, b: Item) -> float | None:
        fa, fb = a.fact, b.fact
        assert isinstance(fa, Instrument) and isinstance(fb, Instrument)
        if not self.compatible(a, b):
            return None
        ta, tb = instrument_text(fa), instrument_text(fb)
        sim = self.options.similarity(ta, tb)
        # a narrower sector is its broader one's ("coffee trade promotion" is about "coffee trade")
        la, lb = ({broad_label(x) for x in instrument_labels(f)} for f in (fa, fb))
        if la and lb:
            ha, hb = (broad_label(h) if (h := head_label(f)) else None for f in (fa, fb))
            if la & lb and ha and hb and ha != hb and not _statement_of_fields(fa, fb, la, lb):
                return None  # "trade" is not "customs statistics on bilateral trade"
            if not la & lb:
                if not short_name_of(fa, fb):
                    return None
                # "minerals" in one report's list is another's "MoU on critical minerals and
                # batteries": the longer name's words made it a sector of its own
                sim = max(sim, MIN_SUBJECT)
            else:
                sim = 0.5 * sim + 0.5 * len(la & lb) / len(la | lb)
        elif _worded_apart(fa, fb):
            # no sectors to compare and too few shared words: only the subjects' meaning can tell
            # (and without a semantic comparison, nothing does)
            sim = meaning(self.options, [(ta, tb)])
            if sim < MIN_SUBJECT:
                return None
        if fa.type == fb.type and fa.type in _TITLE_TYPES:
            sim += 0.2  # "roadmap" names the document when its subject is vague
        if sim < MIN_SUBJECT:
            return None
        da, db = fact_date(a), fact_date(b)
        return sim + 0.05 * (fa.type == fb.type) + 0.1 * (da is not None and da == db)


MIN_SUBJECT = 0.3  # how alike two subjects must be for one document


def _statement_of_fields(a: Instrument, b: Instrument, la: set[str], lb: set[str]) -> bool:
    """Say whether two declarations are one statement whose title lists several fields, told in full
    in one report and by some of its fields in another ("the Joint Statement on Economic and Maritime
    Security Partnership", "a joint statement on maritime security"): no field heads a statement."""
    return a.type == b.type == "declaration" and (la <= lb or lb <= la)

_GENERIC_TYPES = frozenset({"mou", "agreement", "other"})
_LIST_ITEM_WORDS = 2  # a subject of at most this many words may be an item of a summary list


def _told_twice(a: Instrument, b: Instrument) -> bool:
    """Say whether two documents of one article are one, named once in a summary list and once in full.

    "signed four agreements, including on visa waivers and coffee trade" and then "the agreements
    cover … coffee trade promotion"; "MoUs covering taxation, …" and "the agreement on the
    avoidance of double taxation": the short item's words are all the full name's, and neither is
    a roadmap, protocol or other document known by its type.
    """
    if a.type not in _GENERIC_TYPES or b.type not in _GENERIC_TYPES:
        return False
    if status_class(a.status) != status_class(b.status):
        return False
    return short_name_of(a, b)


def short_name_of(a: Instrument, b: Instrument) -> bool:
    """Say whether one document is named short (by an item of a list, say) in words all the other's name.

    "Signed deals on minerals and health" in one report, "the Memorandum of Understanding on
    Critical Minerals and Battery Value Chains" in another: the short subject's words are all in
    the long one, though "minerals" alone is mining and "critical minerals" a sector of its own.
    """
    wa, wb = content_words(a.subject), content_words(b.subject)
    short, full = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return 0 < len(short) <= _LIST_ITEM_WORDS and short < full


def _worded_apart(a: Instrument, b: Instrument) -> bool:
    """Say whether words cannot tell two subjects apart: no two sets of sectors, few shared words."""
    if instrument_labels(a) and instrument_labels(b):
        return False
    return overlap(content_words(instrument_text(a)), content_words(instrument_text(b))) < 0.5


# --------------------------------------------------------------------------- commitments


def deadline_of(fact: Commitment) -> DateRange | None:
    return parse_range(fact.deadline)


# Acts that go somewhere: their destination tells two promises apart.
_GOING = frozenset({"@visit", "@meet"})


def _acts(item: Item) -> frozenset[str]:
    """Return the act classes a commitment names: its action's, and its sentence's when that starts with one.

    "Another meeting is scheduled in two weeks to finalize these discussions" promises a
    meeting, though the action read from it is "finalize these discussions".
    """
    assert isinstance(item.fact, Commitment)
    acts = (head_act(item.fact.action), head_act(item.mention.quote))
    return frozenset(a for a in acts if a and is_act_class(a))


def _objects(action: str) -> frozenset[str]:
    """Return the content words of an action other than its act."""
    return content_words(action) - {head_act(action) or ""}


# an amount of money or goods: a currency sign or a scale word ("US$1 billion", "$1bn", "500 million",
# "$100m", "US$500mil", "SR11.25 billion"); the number may stand glued to a currency's letters ("Rs840",
# "RM2.1bil") but never starts inside another number ("11.25" is not "25")
_SCALE_WORDS = "|".join(sorted(SCALES, key=len, reverse=True))
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_AMOUNT = re.compile(
    rf"(?:[$€£¥₹]\s?{_NUMBER}(?:\s?(?:{_SCALE_WORDS}|{'|'.join(MONEY_SUFFIX)})\b)?"
    rf"|(?<![\d.,]){_NUMBER}\s?(?:{_SCALE_WORDS})\b"
    rf"|\b(?:{'|'.join(w for w in NUMBER_WORDS if w not in ('zero', 'dozen'))})\s(?:{_SCALE_WORDS})\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=16384)
def amounts(text: str) -> frozenset[float]:
    """Return the amounts of money or goods a text names ("raise trade to US$1 billion": 1e9)."""
    return frozenset(n for m in _AMOUNT.finditer(text) if (n := parse_number(m.group())) is not None)


def _one_sum(a: Commitment, b: Commitment) -> bool:
    """Say whether two promises give one amount of one thing by two acts ("open a credit line of 100 million
    euros", "provide a credit line of EUR 100 million"): the sum and what it is say more than the verb."""
    if not amounts(a.action) & amounts(b.action):
        return False
    return bool({w for w in _objects(a.action) & _objects(b.action)
                 if w not in SCALES and w not in CURRENCY_WORDS and not currency_sign(w)})


@dataclass(frozen=True, slots=True)
class CommitmentRule(_Defaults):
    options: ResolveOptions
    kind: str = "commitments"
    same_article: bool = True

    def blocks(self, item: Item) -> Blocks:
        assert isinstance(item.fact, Commitment)
        words = set(content_words(item.fact.action)) | _acts(item)
        head = head_act(item.fact.action)
        if head:
            words.add(head)
        bases = [BlockKey("C", (item.ctx.pair, w)) for w in words]
        # a pair's promises of one amount are few: "provide $100 million to expand the port", "pledge US$100m"
        bases += [BlockKey("C", (item.ctx.pair, f"@A:{n:g}")) for n in amounts(item.fact.action)]
        deadline = deadline_of(item.fact)
        if self.options.semantic is not None and deadline is not None:
            # a pair's promises due in one month are few: compared by meaning, however worded
            due = months_between(deadline.lo, deadline.hi)
            bases += [BlockKey("C", (item.ctx.pair, f"@D:{m}")) for m in due]
        return timed(bases, _around(item.ctx.when, self.options.commitment_recall_days))

    def compatible(self, a: Item, b: Item) -> bool:
        fa, fb = a.fact, b.fact
        assert isinstance(fa, Commitment) and isinstance(fb, Commitment)
        if a.ctx.pair != b.ctx.pair or fa.change != fb.change:
            return False  # a promise and the report that it was called off stay apart
        wa, wb = a.ctx.when, b.ctx.when
        if wa and wb and abs((wa - wb).days) > self.options.commitment_recall_days:
            return False
        if not _within(deadline_of(fa), deadline_of(fb), self.options.deadline_tolerance_days):
            return False
        if self._new_time_frame(a, b) or self._new_time_frame(b, a):
            return False
        ha, hb = head_act(fa.action), head_act(fb.action)
        if (is_act_class(ha) and is_act_class(hb) and ha != hb and not _acts(a) & _acts(b)
                and not _one_sum(fa, fb)):
            return False
        ta, tb = action_targets(fa.action), action_targets(fb.action)
        if ha in _GOING and hb in _GOING and ta and tb and not ta & tb:
            return False  # a visit to Shanghai is not a visit to Minsk
        if firms_actor(fa.actor) != firms_actor(fb.actor):
            return False  # "Czech companies would take part in building …" is not the state's credit line
        if ha == hb == "@visit" and not may_be_same_actor(fa.actor, fb.actor):
            return False  # the energy minister's visit to Israel is not the president's
        ma, mb = amounts(fa.action), amounts(fb.action)
        if ma and mb and not ma & mb:
            return False  # trade of $1 billion by 2030 is not trade of $3 billion
        if a.ctx.hash != b.ctx.hash:
            return True
        if passed_when_told(fa.deadline, a.ctx.when) != passed_when_told(fb.deadline, b.ctx.when):
            return False  # "was to visit in July but put it off" and "agreed to visit soon": two promises
        # two commitments of one article are one only when worded alike (headline and body)
        return self.options.similarity(fa.action, fb.action) >= 0.6

    def _new_time_frame(self, first: Item, later: Item) -> bool:
        """Say whether `later` restates `first`'s promise with a time frame of its own.

        "Agreed to visit soon", then, a week or more later, "the visit will be paid in November":
        a new statement with a new time frame is a promise of its own, kept or missed by itself.
        Reports of one statement a few days apart, one giving its time and one not, stay one.
        """
        fa, fb = first.fact, later.fact
        assert isinstance(fa, Commitment) and isinstance(fb, Commitment)
        wa, wb = first.ctx.when, later.ctx.when
        return (wa is not None and wb is not None and (wb - wa).days >= self.options.restatement_days
                and deadline_of(fa) is None and deadline_of(fb) is not None)

    def score(self, a: Item, b: Item) -> float | None:
        if not self.compatible(a, b):
            return None
        words = self._words(a, b)
        sim = words.sim
        if words.open:
            sim = max(sim, meaning(self.options, _commitment_texts(a, b)))
        total = sim + 0.3 * words.same_head + 0.2 * words.same_deadline
        return total if total >= 0.5 and (sim >= 0.3 or words.same_deadline) else None

    def _words(self, a: Item, b: Item) -> _Wording:
        """Return what the words of two compatible commitments say about them."""
        fa, fb = a.fact, b.fact
        assert isinstance(fa, Commitment) and isinstance(fb, Commitment)
        sim = max(
            self.options.similarity(fa.action, fb.action),
            self.options.similarity(a.mention.quote, b.mention.quote),
        )
        head = head_act(fa.action)
        same_head = head == head_act(fb.action)
        if same_head and is_act_class(head) and not (_objects(fa.action) and _objects(fb.action)):
            sim = max(sim, 0.3)  # "sign MoUs" says no more than its act: the act decides
        if same_head and head in _GOING and action_targets(fa.action) & action_targets(fb.action):
            sim += 0.15  # the same destination is most of what a visit or meeting promise says
        da, db = deadline_of(fa), deadline_of(fb)
        same_deadline = da is not None and db is not None and da.gap(db) == 0
        # the same target amount ("raise trade to US$1 billion", "push trade to $1 billion") says as
        # much as the same deadline
        same_amount = bool(amounts(fa.action) & amounts(fb.action))
        if same_amount:
            sim = max(sim, 0.3)  # "pledge US$100m", "provide $100 million for the port": the amount decides
        return _Wording(sim, same_head, same_deadline or same_amount)


@dataclass(frozen=True, slots=True)
class _Wording:
    """What the words say about two commitments: how alike, and whether act and deadline agree."""

    sim: float
    same_head: bool
    same_deadline: bool

    @property
    def open(self) -> bool:
        """Say whether the words leave the pair open: act or deadline agree, the wording says little."""
        return (self.same_head or self.same_deadline) and self.sim < _WORDS_DECIDE


_WORDS_DECIDE = 0.5  # from this word similarity on, the words alone decide


def _commitment_texts(a: Item, b: Item) -> list[tuple[str, str]]:
    """Return the text pairs whose meaning tells two commitments apart: their actions.

    Not their quotes: one sentence often holds several promises ("will visit Beijing for a
    summit ... and other events"), and the sentences of one report of a visit are all alike
    in meaning; the action is the part that says what was promised.
    """
    fa, fb = a.fact, b.fact
    assert isinstance(fa, Commitment) and isinstance(fb, Commitment)
    return [(fa.action, fb.action)]


# --------------------------------------------------------------------------- meetings


def _participant_names(fact: Meeting) -> list[tuple[str, ...]]:
    """Return the title-free names of a meeting's people (not its bodies or states)."""
    out = []
    for p in fact.participants:
        toks = full_name_tokens(p)
        if 2 <= len([t for t in toks if len(t) > 1]) <= 4 and not country_code(p):
            out.append(toks)
    return out


def participant_keys(fact: Meeting) -> frozenset[str]:
    """Return the skeletons of the participants' last names (people only, not bodies), to block by."""
    return frozenset(phonetic([t for t in toks if len(t) > 1][-1]) for toks in _participant_names(fact))


def shared_participants(a: Meeting, b: Meeting) -> tuple[int, int] | None:
    """Return how many people two meetings share and how many they name in all; None when one names none.

    Names are compared as people are ("Abiy Ahmed" is "Abiy Ahmed Ali", "Pham Minh Chinh" is
    "Phạm Minh Chính"), not by their last word alone: names without a family name end in a
    father's or grandfather's name that a shorter report leaves out.
    """
    na, nb = _participant_names(a), _participant_names(b)
    if not na or not nb:
        return None
    shared = sum(1 for x in na if any(names_match(x, y) for y in nb))
    return shared, len(na) + len(nb) - shared


def _other_counterparts(a: Item, b: Item) -> bool:
    """Say whether two meetings of one guest are with two people of one host state: two meetings.

    "Wang Yi met Prime Minister Srettha" and "Wang Yi met Foreign Minister Parnpree" the same
    day: each names a Thai the other does not. Only people their reports place in a state count,
    and a report that names fewer people ("a meeting with Wang Yi") conflicts with neither.
    """
    assert isinstance(a.fact, Meeting) and isinstance(b.fact, Meeting)
    na, nb = _participant_names(a.fact), _participant_names(b.fact)
    only_a = [x for x in na if not any(names_match(x, y) for y in nb)]
    only_b = [y for y in nb if not any(names_match(x, y) for x in na)]
    if not only_a or not only_b:
        return False
    return bool(_states_of(a, only_a) & _states_of(b, only_b))


def _states_of(item: Item, names: list[tuple[str, ...]]) -> set[str]:
    """Return the states a report places the people of these title-free names in."""
    placed = {full_name_tokens(name): code for name, code in item.ctx.people}
    return {code for toks in names if (code := placed.get(toks))}


def _place_words(place: str | None) -> frozenset[str]:
    return frozenset(t for t in tokens(place or "") if len(t) > 2)


def _places_compatible(a: str | None, b: str | None) -> bool:
    """Say whether two places may be one venue: only two different states rule it out.

    Reports name one venue in many ways ("Government House", "Bangkok", "on the sidelines of
    APEC"), so differing words prove nothing; a meeting in Pakistan is not one in Belarus.
    """
    ca, cb = place_country(a), place_country(b)
    return not (ca and cb and ca != cb)


# the body a gathering is named for: a word with a second capital or a digit ("BRICS",
# "G20", "Asia-Africa") before the gathering's noun
_GATHERING_NAME = re.compile(
    r"\b([A-Z][\w-]*[A-Z0-9][\w-]*)\s+(?i:(?:leaders'\s+)?(?:summit|conference|forum|meeting))\b")


def gathering_names(item: Item) -> frozenset[str]:
    """Return the bodies a summit is named for in its quote ("the 15th BRICS Summit": BRICS)."""
    assert isinstance(item.fact, Meeting)
    if item.fact.kind != "summit":
        return frozenset()
    return frozenset(m.group(1).upper() for m in _GATHERING_NAME.finditer(item.mention.quote))


def _abroad_and_unplaced(placed: Item, other: Item) -> bool:
    """Say whether a meeting held in a third state meets one with no place in a report of a pair.

    A report about the Philippines and Japan that recalls "Duterte visiting China" tells of
    another trip than the visit it leaves unplaced: that one is taken to be the pair's own.
    """
    assert isinstance(placed.fact, Meeting) and isinstance(other.fact, Meeting)
    if gathering_names(placed) & gathering_names(other):
        return False  # a summit of a body is no pair's own, wherever it is held
    where = place_country(placed.fact.place)
    states = set(other.ctx.pair.split("-")) if other.ctx.pair else set()
    return bool(where) and not other.fact.place and len(states) == 2 and where not in states


# what a meeting is "between" when its quote names states rather than people ("the meeting
# between top Chinese and US officials in Bangkok", "talks between Russia and Ukraine on Monday")
_BETWEEN = re.compile(
    r"\bbetween\s+(.+?)(?=[,;:.(]|\s+(?:in|at|on|over|last|this|earlier|which|that|who|as)\b|$)")


def between_states(quote: str) -> frozenset[str]:
    """Return the two states a meeting's quote says it was between, else nothing.

    States are named as names, demonyms or capitalised codes ("US officials": a code is a
    state only here, where it stands for a party, not in running text).
    """
    m = _BETWEEN.search(quote)
    if m is None:
        return frozenset()
    clause = m.group(1)
    states = set(countries_in(clause))
    states |= {c.iso2 for code in re.findall(r"\b[A-Z]{2}\b", clause) if (c := gazetteer().by_iso2(code))}
    return frozenset(states) if len(states) == 2 else frozenset()


def _participant_states(item: Item) -> tuple[frozenset[str], bool]:
    """Return the states of the people a meeting names, as its report places them, and whether all are.

    A meeting that names nobody is between the two states its quote puts it between, if any.
    """
    assert isinstance(item.fact, Meeting)
    if not item.fact.participants:
        between = between_states(item.mention.quote)
        return between, bool(between)
    placed = dict(item.ctx.people)
    states = frozenset(code for name in item.fact.participants if (code := placed.get(name)))
    return states, all(name in placed for name in item.fact.participants)


def _meeting_pair(item: Item, states: frozenset[str], all_placed: bool) -> frozenset[str] | None:
    """Return the two states a meeting is between, when its report tells them, else None.

    The states of the people it names decide; when all of them are of one state of the
    report's pair, the pair stands ("Modi hosted a luncheon for Dissanayake" in a report
    about India and Sri Lanka).
    """
    if len(states) == 2:
        return states
    pair = frozenset(s for s in item.ctx.pair.split("-") if s)
    if len(states) == 1 and len(pair) == 2 and states <= pair and all_placed:
        return pair
    return None


def _with_a_third_state(a: Item, b: Item) -> bool:
    """Say whether either meeting names someone of a state outside the pair the other is known to be between.

    Dissanayake's luncheon with Modi is not his talks with a Chinese vice-chairwoman that
    month, though both are unplaced and name him.
    """
    (sa, placed_a), (sb, placed_b) = _participant_states(a), _participant_states(b)
    pa, pb = _meeting_pair(a, sa, placed_a), _meeting_pair(b, sb, placed_b)
    return (bool(pa is not None and sb - pa) or bool(pb is not None and sa - pb)
            or _between_others(a, b) or _between_others(b, a))


def _between_others(a: Item, b: Item) -> bool:
    """Say whether a meeting its quote puts between two states meets one of another pair's report.

    Only where the other meeting's people are of no known state (else `_with_a_third_state`
    compares them).

    "The meeting between top Chinese and US officials in Bangkok" that a Thai report recalls
    is not "the meeting at Government House" that a report about Thailand and China tells.
    """
    assert isinstance(a.fact, Meeting) and isinstance(b.fact, Meeting)
    if a.fact.participants or _participant_states(b)[0]:
        return False  # the states of b's people are compared in `_with_a_third_state`
    between = between_states(a.mention.quote)
    pair = frozenset(s for s in b.ctx.pair.split("-") if s)
    return bool(between) and len(pair) == 2 and between != pair


# a meeting held beside a gathering: "met on the sidelines of the APEC summit", "held a summit on
# the margins of the G20"
_BESIDE = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines?|margins?|fringes?)\s+of\b", re.I)


_HELD = re.compile(r"\b(?:summit|summits|met|meet|meets|meeting)\b", re.I)

# A meeting told as one more of the same people's ("met again", "a second round of talks"): on
# another day than a report of theirs, it is another meeting, whatever the window that forgives
# a report's misdated day.
_AGAIN = re.compile(r"\b(?:again|once\s+more|second\s+(?:round|meeting|time))\b", re.I)


def _another_day_again(a: Item, b: Item) -> bool:
    """Say whether two meetings fall on days apart and one is told as the people meeting again."""
    da, db = fact_date(a), fact_date(b)
    if da is None or db is None or not da.gap(db):
        return False
    return any(_AGAIN.search(item.mention.quote) for item in (a, b))


# A visit to a site rather than a state or town: the verb or noun of visiting, then a facility at most
# three names or words after it ("visited a Toyota plant in Aichi", "toured Khalifa Port", "a visit to
# the port of Mindelo").
_SITE_TOUR = re.compile(
    r"\b(?:visit(?:ed|s|ing)?(?:\s+to)?|tour(?:ed|s|ing)?)\s+(?:(?:the|a|an|its|their)\s+)?"
    r"(?:(?!(?:for|in|on|at|with|and|to|by|during)\b)[\w'-]+\s+){0,3}?"
    r"(?i:" + "|".join(sorted(FACILITY_NOUNS, key=len, reverse=True)) + r")\b")


def _site_tour(item: Item) -> bool:
    """Say whether a visit is one to a site (a plant, a port) told in its quote."""
    assert isinstance(item.fact, Meeting)
    return item.fact.kind == "visit" and _SITE_TOUR.search(item.mention.quote) is not None


def _tour_and_stay(a: Item, b: Item) -> bool:
    """Say whether one of two visits is to a site and the other is not: a tour on the way is not the
    stay it is part of ("visited a Toyota plant in Aichi on Wednesday" and "his official visit to Japan")."""
    return _site_tour(a) != _site_tour(b)


def meeting_kind(item: Item) -> str:
    """Return the kind a meeting is compared by: a summit held beside another gathering is two leaders' talks.

    Only a summit told before the gathering it is beside ("held a summit on the margins of the
    APEC summit"); "on the margins of the SCO summit" alone is the gathering itself.
    """
    assert isinstance(item.fact, Meeting)
    kind, quote = item.fact.kind, item.mention.quote
    beside = _BESIDE.search(quote)
    return "talks" if kind == "summit" and beside and _HELD.search(quote[:beside.start()]) else kind


_OTHER_KIND_MIN = 0.3  # how alike a meeting of no known kind and one of a kind must be to be one


@dataclass(frozen=True, slots=True)
class MeetingRule(_Defaults):
    options: ResolveOptions
    kind: str = "meetings"
    same_article: bool = False

    def _span(self, item: Item) -> frozenset[str] | None:
        stated = fact_date(item)
        if stated is not None:
            return _months(stated, self.options.meeting_window_days)
        when = item.ctx.when
        recall = self.options.meeting_recall_days
        return None if when is None else months_between(when - timedelta(days=recall), when)

    def blocks(self, item: Item) -> Blocks:
        assert isinstance(item.fact, Meeting)
        # by the people who met (which finds a meeting reported from another pair's angle) and by the
        # article's pair (which finds reports that name nobody: "a delegation-level meeting")
        keys = {BlockKey("M", tuple(k.split("|"))) for k in participant_keys(item.fact)}
        keys.add(BlockKey("M", (f"@P:{item.ctx.pair}",)))
        # and by the body a summit is named for, which reports of any pair may mention
        keys |= {BlockKey("M", (f"@N:{name}",)) for name in gathering_names(item)}
        insert, probe = set(keys), set(keys)
        where = place_country(item.fact.place)
        if where:
            # and by the host with each state of the article, for a visit recalled in a report
            # about another pair ("when Sharif was in Minsk" in a Belarus-Russia report): the
            # host alone would gather every meeting a busy capital holds
            states = [s for s in item.ctx.pair.split("-") if s]
            hosted = {BlockKey("M", (f"@C:{where}-{guest}",)) for guest in states if guest != where}
            insert |= hosted
            probe |= hosted
            if len(states) == 2:
                insert.add(BlockKey("M", (f"@H:{where}",)))
                probe.add(BlockKey("M", (f"@G:{where}",)))
            else:  # a report that names one state only: its guest is unknown, so any will do
                insert.add(BlockKey("M", (f"@G:{where}",)))
                probe |= {BlockKey("M", (f"@H:{where}",)), BlockKey("M", (f"@G:{where}",))}
        span = self._span(item)
        days = self._host_days(item, where)
        return Blocks(timed(insert, span).insert | days.insert, timed(probe, span).probe | days.probe)

    def _host_days(self, item: Item, where: str | None) -> Blocks:
        """Return blocks by host state and stated day: a meeting any two reports date alike.

        Whatever pair each report is about, two reports of one meeting in Riyadh on one day
        meet here; a state hosts few meetings a day, so the blocks stay small. Days within
        the meeting window of each other meet: one is filed under its days, the other looks
        around its own.
        """
        stated = fact_date(item)
        if not where or stated is None or (stated.hi - stated.lo).days > _HOST_DAYS_MAX:
            return Blocks(frozenset(), frozenset())
        window = self.options.meeting_window_days
        lo, hi = stated.lo, stated.hi

        def keys(a: date, b: date) -> frozenset[str]:
            days = (a + timedelta(days=k) for k in range((b - a).days + 1))
            return frozenset(str(BlockKey("M", (f"@D:{where}", f"{d:%Y-%m-%d}"))) for d in days)

        return Blocks(keys(lo, hi), keys(lo - timedelta(days=window), hi + timedelta(days=window)))

    def compatible(self, a: Item, b: Item) -> bool:
        fa, fb = a.fact, b.fact
        assert isinstance(fa, Meeting) and isinstance(fb, Meeting)
        ka, kb = meeting_kind(a), meeting_kind(b)
        if ka != kb and "other" not in (ka, kb):
            return False
        da, db = fact_date(a), fact_date(b)
        if not _within(da, db, self.options.meeting_window_days) or _another_day_again(a, b):
            return False
        if _tour_and_stay(a, b):
            return False
        if da is None or db is None:
            wa, wb = a.ctx.when, b.ctx.when
            if wa and wb and abs((wa - wb).days) > self.options.meeting_recall_days:
                return False
        if not _places_compatible(fa.place, fb.place):
            return False
        if _abroad_and_unplaced(a, b) or _abroad_and_unplaced(b, a):
            return False
        if _with_a_third_state(a, b):
            return False
        shared = shared_participants(fa, fb)
        return (shared is None or shared[0] > 0) and not _other_counterparts(a, b)

    def score(self, a: Item, b: Item) -> float | None:
        fa, fb = a.fact, b.fact
        assert isinstance(fa, Meeting) and isinstance(fb, Meeting)
        if not self.compatible(a, b):
            return None
        shared = shared_participants(fa, fb)
        people = shared[0] / shared[1] if shared else 0.0
        text = self.options.similarity(a.mention.quote, b.mention.quote)
        place = overlap(_place_words(fa.place), _place_words(fb.place))
        da, db = fact_date(a), fact_date(b)
        fmt_a, fmt_b = (
            _FORMAT_WORDS & set(tokens(a.mention.quote)),
            _FORMAT_WORDS & set(tokens(b.mention.quote)),
        )
        fmt = 0.3 * bool(fmt_a & fmt_b) - 0.3 * bool(fmt_a ^ fmt_b)
        same_kind = meeting_kind(a) == meeting_kind(b)
        same_day = da is not None and da == db
        total = 0.3 * same_kind + 0.3 * people + text + 0.1 * place + fmt + 0.1 * same_day
        # a meeting of no known kind ("an official welcome ceremony at the palace") joins another
        # report's talks only on more than their day: their people, words or place
        return total if same_kind or total >= _OTHER_KIND_MIN else None


# --------------------------------------------------------------------------- people


def _by_state(keys: Iterable[str], item: Item, filing: bool) -> Iterator[str]:
    """Yield a person's name keys split by state, as facts are by month.

    A person of a known state meets that state's namesakes anywhere, and the unplaced ones
    (no stated state) of articles about that state; an unplaced person meets the namesakes
    of its own article's states and the unplaced ones of the same pair. An unplaced person
    who met every name that sounds like its own chained every state's namesakes into one
    part of the graph, which an update re-forms whole and which grew with the store. In an
    article about no state, the unplaced meet every placed namesake, as before.
    """
    country, pair = person_country(item), item.ctx.pair
    states = [s for s in pair.split("-") if s]
    if country is not None:
        slices = [country, "*"] if filing else [country, f"?{country}", "?*"]
    elif not states:
        slices = ["?*", "??"] if filing else ["*", "??"]
    else:
        slices = [f"?{s}" for s in states] if filing else list(states)
        slices.append(f"??{pair}")
    for key in keys:  # as `str(BlockKey("P", (*key.split("|"), part)))` writes it
        for part in slices:
            yield f"P|{key}|{part}"


@dataclass(frozen=True, slots=True)
class PersonRule(_Defaults):
    options: ResolveOptions
    kind: str = "people"
    same_article: bool = True

    def blocks(self, item: Item) -> Blocks:
        assert isinstance(item.fact, Person)
        insert, probe = name_keys(item.fact.name)
        if not insert:
            return Blocks(frozenset(), frozenset())
        # the same spelling meets its namesakes of every state, as a name that sounds alike does
        # only where the states agree (see `_by_state`)
        country = person_country(item)
        spelt = timed([BlockKey("P", ("N", " ".join(name_tokens(item.fact.name))))],
                      None if country is None else frozenset({country}))
        return Blocks(spelt.insert | frozenset(_by_state(insert, item, True)),
                      spelt.probe | frozenset(_by_state(probe, item, False)))

    def signature(self, item: Item) -> Hashable | None:
        # a name spelt the same with the same country (none: in an article of the same pair)
        # compares the same with everyone and has the same blocks
        assert isinstance(item.fact, Person)
        return (name_tokens(item.fact.name), person_country(item) or f"?{item.ctx.pair}")

    def compatible(self, a: Item, b: Item) -> bool:
        fa, fb = a.fact, b.fact
        assert isinstance(fa, Person) and isinstance(fb, Person)
        ca, cb = person_country(a), person_country(b)
        if ca and cb and ca != cb:
            return False
        return names_match(name_tokens(fa.name), name_tokens(fb.name)) or _called_otherwise(a, b)

    def score(self, a: Item, b: Item) -> float | None:
        fa, fb = a.fact, b.fact
        assert isinstance(fa, Person) and isinstance(fb, Person)
        if not self.compatible(a, b):
            return None
        from difflib import SequenceMatcher

        ta, tb = " ".join(name_tokens(fa.name)), " ".join(name_tokens(fb.name))
        same_country = person_country(a) is not None and person_country(a) == person_country(b)
        return SequenceMatcher(None, ta, tb).ratio() + 0.1 * same_country


# Offices a father and a son, or two brothers, hold in turn: a first name told apart there is
# another person of the family, not a nickname.
_DYNASTIC = frozenset(tokens("president prime king crown prince emir sultan sheikh secretary general"))


def _called_otherwise(a: Item, b: Item) -> bool:
    """Say whether two names are one person's by a nickname ("Kiko Tiu Laurel" / "Francisco Tiu
    Laurel Jr."): the same family name of two words or more, the same state and the same office.
    """
    fa, fb = a.fact, b.fact
    assert isinstance(fa, Person) and isinstance(fb, Person)
    ta, tb = name_tokens(fa.name), name_tokens(fb.name)
    if min(len(ta), len(tb)) < 3 or not all(same_token(x, y) for x, y in zip(ta[-2:], tb[-2:], strict=True)):
        return False
    offices = (role_words(fa.role) & role_words(fb.role)) - _DYNASTIC
    return bool(offices) and _same_state(a, b)


def _same_state(a: Item, b: Item) -> bool:
    """Say whether two people are of one state: both say it, or one does and the other's article is of it."""
    ca, cb = person_country(a), person_country(b)
    if ca is None or cb is None:
        known, other = (ca, b) if ca is not None else (cb, a)
        return known is not None and known in other.ctx.pair.split("-")
    return ca == cb


# --------------------------------------------------------------------------- figures

# Every name of a signed document counts the same thing: "15 MoUs" and "15 agreements" agree.
_COUNTED_NOUNS = DOCUMENT_NOUNS | {"documents", "instruments"}
_UNIT_ALIASES = {w: "document" for w in _COUNTED_NOUNS} | {w: "gift" for w in GIFT_NOUNS}


def unit_words(text: str) -> frozenset[str]:
    """Return the stems of a figure's words, keeping the nouns it counts ("MoUs", "agreements")."""
    return frozenset(
        _UNIT_ALIASES.get(t, stem(t))
        for t in tokens(text)
        if len(t) > 2 and t not in {"the", "and", "for", "with", "whose", "that", "which"}
    )


_UNITS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "hour": "hour",
    "hours": "hour",
    "percent": "percent",
    "pct": "percent",
    "cent": "percent",
}


def value_unit(value: str) -> str | None:
    """Return the unit a figure's value names (day, week, month, year, hour, percent), if any."""
    if "%" in value:
        return "percent"
    return next((_UNITS[t] for t in tokens(value) if t in _UNITS), None)


def figure_unit(fact: Figure) -> str | None:
    """Return the unit a figure counts in: its value's ("a five-year deal"), else its what's first word."""
    first = tokens(fact.what or "")[:1]
    return value_unit(fact.value) or (_UNITS.get(first[0]) if first else None)


def figure_text(fact: Figure, quote: str = "") -> str:
    """Return what a figure counts: its `what`, else its value with the words after it in its quote.

    "a dozen agreements" counts documents though extraction kept only "a dozen".
    """
    if fact.what:
        return fact.what
    at = quote.find(fact.value) if fact.value else -1
    if at < 0:
        return fact.value
    words = []
    for word in _WORD.findall(quote[at + len(fact.value):])[:_COUNTED_WORDS]:
        if not word[0].isalpha():
            break  # the clause ends: "signed 12, including …" counts nothing it names
        words.append(word)
    return " ".join([fact.value, *words])


_WORD = re.compile(r"[^\W\d_][\w'-]*|[^\w\s]")
_COUNTED_WORDS = 2  # the words after a bare value that may name what it counts ("dozen trade agreements")

# The same amount given again in another currency right after it: "5.6 trillion won (US$4 billion)",
# "120 million kroner, or about 11 million dollars", "Rs 50 billion, equivalent to $600 million".
_CURRENCY_WORD = "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True))
_RESTATED = re.compile(
    rf"(?:[\s-](?i:{_CURRENCY_WORD})\b)?"  # the currency a value leaves out ("120 million" kroner)
    r"\s*(?:\(|,?\s+or\s+|,?\s+(?:equivalent|equal)\s+to\s+)"
    r"(?:(?:about|around|roughly|some|approximately|nearly|almost|over|more\s+than)\s+)?"
    r"(?P<code>[A-Z]{0,3}\s?)",
)


# An amount told roughly ("nearly 400,000", "about $184 million") is another report's exact one
# ("396,500", "$183.6 million") when the exact one rounds to it and lies this close (a share of it); the
# register's conflicts forgive a rough amount the same gap.
ROUNDED_GAP = 0.05


def significant_digits(number: float) -> int:
    """Return how many significant digits a number is told with (400,000: 1; 183.6 million: 4)."""
    digits = f"{abs(number):.12g}".replace(".", "").lstrip("0")
    digits = digits.split("e")[0].rstrip("0")
    return max(1, len(digits))


def round_to(number: float, digits: int) -> float:
    """Return a number rounded to that many significant digits."""
    if not number:
        return 0.0
    return float(f"{number:.{digits}g}")


def roundings(number: float) -> frozenset[float]:
    """Return the rougher amounts a number may be told as, within `ROUNDED_GAP` of it."""
    return frozenset(r for k in range(1, significant_digits(number))
                     if abs((r := round_to(number, k)) - number) <= ROUNDED_GAP * abs(number))


def floor_to(number: float, digits: int) -> float:
    """Return a number cut down to that many significant digits (1.2 billion to one: 1 billion)."""
    if not number or number < 0:
        return number
    step = 10.0 ** (math.floor(math.log10(number)) - digits + 1)
    return float(f"{math.floor(number / step + 1e-9) * step:.12g}")


def floors(number: float) -> frozenset[float]:
    """Return the round amounts a number is over, one per precision ("over a billion": 1.2 billion)."""
    return frozenset(f for k in range(1, significant_digits(number)) if (f := floor_to(number, k)) != number)


def bound_alike(approx: str | None, rough: float, exact: float) -> bool:
    """Say whether an amount told as over a round one ("over a billion dollars", "more than $1 billion")
    is another's exact amount ("$1.2 billion"): the exact one lies above it and cut to the round one's
    digits is it. Any gap is forgiven that way, so the rough one is no conflict either."""
    return (approx == "over" and 0 < rough < exact
            and floor_to(exact, significant_digits(rough)) == rough)


def rounded_alike(rough: Figure, told: frozenset[float], exact: frozenset[float]) -> bool:
    """Say whether a figure told roughly is one of another's exact amounts rounded ("nearly 400,000",
    "396,500") or bounded ("over a billion", "1.2 billion"); `told` and `exact` are the amounts each
    is given as (see `figure_numbers`)."""
    approx = rough.approx
    if approx is None:
        return False
    return any(r and r != x and ((r in roundings(x) and _on_its_side(approx, r, x))
                                 or bound_alike(approx, r, x))
               for r in told for x in exact)


def _on_its_side(approx: str, rough: float, exact: float) -> bool:
    """Say whether an exact amount lies where the rough one puts it ("nearly": below, "over": above)."""
    if approx == "nearly":
        return exact < rough
    return exact > rough if approx == "over" else True


def figure_numbers(item: Item) -> frozenset[float]:
    """Return a figure's number and the number its quote restates it as in another currency, if any."""
    assert isinstance(item.fact, Figure)
    number = figure_number(item.fact)
    if number is None:
        return frozenset()
    quote, value = item.mention.quote, item.fact.value
    at = quote.find(value) if value else -1
    if at < 0:
        return frozenset({number})
    tail = quote[at + len(value):at + len(value) + 60]
    lead = _RESTATED.match(tail)
    again = _AMOUNT.match(tail, lead.end()) if lead is not None else None
    other = parse_number(again.group()) if again is not None else None
    return frozenset({number} if other is None else {number, other})


# "Bilateral trade volume in 2025", "Two-way trade in 2025": what an amount measures and when,
# as extraction writes it for an amount that names only its currency.
_MEASURED = re.compile(r"(?P<what>.+) in (?P<period>\d{4}(?:-\d\d){0,2})")
# Words that size or frame a measure without changing it ("bilateral trade volume" is "trade").
_MEASURE_FRAME = frozenset({"bilateral", "two", "way", "volume", "value", "total", "overall", "level",
                            "annual", "the", "between", "both", "countries", "nations", "sides",
                            "exchange", "exchanges", "turnover", "its", "their"})


# The stem of what a pledge of investment measures, and the words that frame such a pledge without
# changing it ("planned", "pledged", "new"): amounts of one visit's pledge meet whatever each says it was.
_INVESTED = "invest"
_PLEDGE_WORDS = frozenset({_INVESTED, "plann", "pledg", "promis", "propos", "new"})


class Measure(NamedTuple):
    words: frozenset[str]
    direction: tuple[str | None, str | None]  # the state it comes from and goes to, if said
    period: str
    currency: str
    unit: str | None  # percent, day, …: a share is not a sum


def measure_of(fact: Figure) -> Measure | None:
    """Return what an amount measures, when and in what currency, if its `what` says ("trade in 2025")."""
    found = _MEASURED.fullmatch(fact.what or "")
    what = found["what"] if found is not None else fact.what or ""
    state_words = {t for c in gazetteer().named_in(what) for f in gazetteer().forms(c) for t in tokens(f)}
    words = frozenset(stem(t) for t in tokens(what)
                      if len(t) > 1 and t not in _MEASURE_FRAME and t not in state_words)
    if found is None:
        # "investment", "Qatar's planned investments": a pledge of one visit, told with no period
        if _INVESTED not in words or not words <= _PLEDGE_WORDS:
            return None
        words = frozenset({_INVESTED})
    if not words:
        return None
    period = found["period"] if found is not None else ""
    return Measure(words, (_state_after(what, "from"), _state_after(what, "to")), period,
                   currency_sign(fact.value), value_unit(fact.value))


def _other_measures(a: Measure, b: Measure) -> bool:
    """Say whether two measures cannot be one: another period, currency or direction, or no word shared."""
    currencies = a.currency != b.currency and bool(a.currency and b.currency)
    return (a.period != b.period or currencies or a.unit != b.unit or a.direction != b.direction
            or not a.words & b.words)


def _state_after(what: str, word: str) -> str | None:
    found = re.search(rf"\b{word}\s+(.+)$", what)
    return country_code(found.group(1)) if found else None


@dataclass(frozen=True, slots=True)
class FigureRule(_Defaults):
    options: ResolveOptions
    kind: str = "figures"
    same_article: bool = False

    def blocks(self, item: Item) -> Blocks:
        assert isinstance(item.fact, Figure)
        numbers = figure_numbers(item)
        if not numbers:
            return Blocks.plain(())
        keys = [BlockKey("F", (item.ctx.pair, f"{number:.6g}")) for number in sorted(numbers)]
        # an exact amount meets the rough ones it rounds to ("396,500" and "nearly 400,000") or is
        # over ("$1.2 billion" and "over a billion dollars")
        rough = {r for n in numbers for r in roundings(n) | floors(n)} - set(numbers)
        if item.fact.approx is not None:
            rough |= set(numbers)
        keys += [BlockKey("F~", (item.ctx.pair, f"{r:.6g}")) for r in sorted(rough)]
        measure = measure_of(item.fact)
        if measure is not None:
            # two reports' amounts of one measure and period meet whatever each says it was
            keys.append(BlockKey("FM", (item.ctx.pair, *sorted(measure.words), measure.period)))
        return timed(keys, _around(item.ctx.when, self.options.figure_window_days))

    def compatible(self, a: Item, b: Item) -> bool:
        fa, fb = a.fact, b.fact
        assert isinstance(fa, Figure) and isinstance(fb, Figure)
        na, nb = figure_numbers(a), figure_numbers(b)
        if not na or not nb:
            return False
        ma, mb = measure_of(fa), measure_of(fb)
        if ma is not None and mb is not None and _other_measures(ma, mb):
            return False  # trade in 2024 and in 2025, or trade and investment: two things, whatever the sums
        if not (ma is not None and ma == mb) and not any(
                abs(x - y) <= 1e-9 * max(1.0, abs(x)) for x in na for y in nb) and not (
                rounded_alike(fa, na, nb) or rounded_alike(fb, nb, na)):
            return False
        if figure_unit(fa) != figure_unit(fb):
            return False  # a three-year roadmap is not a three-day visit, nor three agreements
        wa, wb = a.ctx.when, b.ctx.when
        return a.ctx.pair == b.ctx.pair and not (
            wa and wb and abs((wa - wb).days) > self.options.figure_window_days
        )

    def score(self, a: Item, b: Item) -> float | None:
        fa, fb = a.fact, b.fact
        assert isinstance(fa, Figure) and isinstance(fb, Figure)
        if not self.compatible(a, b):
            return None
        measure = measure_of(fa)
        if measure is not None and measure == measure_of(fb):
            return 1.0  # one measure of one period (what the two reports say of it is the record's conflict)
        ta, tb = figure_text(fa, a.mention.quote), figure_text(fb, b.mention.quote)
        ua, ub = unit_words(ta), unit_words(tb)
        dice = 2 * len(ua & ub) / (len(ua) + len(ub)) if ua and ub else 0.0
        sim = max(dice, self.options.similarity(ta, tb))
        if not (fa.what and fb.what):
            # a bare amount ("US$1.6 billion", "$1.6bn") says what it measures only in its sentence
            quotes = (a.mention.quote, b.mention.quote)
            sim = max(sim, self.options.similarity(*quotes))
            if sim < 0.2:
                sim = meaning(self.options, [quotes])
        return sim if sim >= 0.2 else None


# --------------------------------------------------------------------------- initiatives


# Kinds of initiative that can be one thing reported two ways ("the rail project", "the railway
# connectivity"); an area of cooperation and an offer are each only ever themselves.
_INITIATIVE_FAMILY = {"area": "area", "offer": "offer"}


def _initiative_types_compatible(a: str, b: str) -> bool:
    if "other" in (a, b):
        return True
    return _INITIATIVE_FAMILY.get(a, "venture") == _INITIATIVE_FAMILY.get(b, "venture")


@dataclass(frozen=True, slots=True)
class InitiativeRule(_Defaults):
    """An initiative lives for years and changes state: reports of it agree on pair, family and subject."""

    options: ResolveOptions
    kind: str = "initiatives"
    same_article: bool = False

    def blocks(self, item: Item) -> Blocks:
        assert isinstance(item.fact, Initiative)
        pair = instrument_pair(item)
        words = _subject_keys(item.fact)
        return Blocks.plain(BlockKey("N", (pair, w)) for w in words)

    def compatible(self, a: Item, b: Item) -> bool:
        fa, fb = a.fact, b.fact
        assert isinstance(fa, Initiative) and isinstance(fb, Initiative)
        wa, wb = a.ctx.when, b.ctx.when
        horizon = 366 * self.options.link_horizon_years
        return (
            instrument_pair(a) == instrument_pair(b)
            and _initiative_types_compatible(fa.type, fb.type)
            and not (wa and wb and abs((wa - wb).days) > horizon)
        )

    def score(self, a: Item, b: Item) -> float | None:
        fa, fb = a.fact, b.fact
        assert isinstance(fa, Initiative) and isinstance(fb, Initiative)
        if not self.compatible(a, b):
            return None
        sim = self.options.similarity(instrument_text(fa), instrument_text(fb))
        la, lb = instrument_labels(fa), instrument_labels(fb)
        if la and lb:
            if not la & lb:
                return None  # "mining" is not "information technology"
            sim = 0.5 * sim + 0.5 * len(la & lb) / len(la | lb)
        floor = MIN_AREA if "area" in (fa.type, fb.type) else MIN_SUBJECT
        return sim + 0.05 * (fa.type == fb.type) if sim >= floor else None


MIN_AREA = 0.6  # two areas of cooperation are one only when named nearly alike


def rules_for(options: ResolveOptions) -> dict[str, Rule]:
    """Return the rule of every fact kind."""
    return {
        "instruments": InstrumentRule(options),
        "commitments": CommitmentRule(options),
        "meetings": MeetingRule(options),
        "people": PersonRule(options),
        "figures": FigureRule(options),
        "initiatives": InitiativeRule(options),
    }


# The nouns a count of documents ends in ("15 MoUs", "two agreements").
INSTRUMENT_NOUNS = re.compile(
    r"\b(" + "|".join(sorted(_COUNTED_NOUNS, key=lambda w: (-len(w), w))) + r")\b", re.IGNORECASE
)
