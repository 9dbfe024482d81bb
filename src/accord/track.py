"""Follow-through: whether commitments were kept, how instruments moved on, what happened when.

Works on a consolidated `Register`: a commitment is kept when a later reported event (a
meeting, a signed instrument) matches what was promised. An event far past the promised
horizon is not taken as the promise kept: "reconvene within two weeks" is not fulfilled by
a visit five months later.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from accord.lexicon import (
    ADVANCED,
    MEETING_NOUNS,
    NEW_TIME_PREPOSITIONS,
    ORDINAL_WORDS,
    POSTPONED,
    STANDING_BODY_NOUNS,
)
from accord.normalize.dates import find_time_expressions, is_half_year, is_month_name, resolve
from accord.resolve.model import Link, Mention, Record
from accord.resolve.register import Register
from accord.resolve.rules import status_class
from accord.resolve.stages import stage_of
from accord.resolve.text import (
    DateRange,
    action_targets,
    content_words,
    countries_in,
    country_code,
    fold,
    head_act,
    may_be_same_actor,
    name_tokens,
    names_match,
    parse_range,
    place_country,
    trip_destinations,
)

SETBACKS = frozenset({POSTPONED, "cancelled", ADVANCED})  # a promise's time moved, or the promise called off
DONE = "done"  # the `change` of an act reported done (`accord.extract.rules.completions`)
STATUSES: tuple[str, ...] = ("open", "fulfilled", "fulfilled_late", "postponed", "cancelled", "overdue",
                             "no_deadline")
MIN_GRACE_DAYS = 30
UNDATED_LOOKBACK_DAYS = 365
# How many days after a visit begins a signing still happens at it.
SIGNED_AT_DAYS = 3
# How long a promise put off with no new date still waits for its event ("postponed; no new date set").
OPEN_POSTPONEMENT_DAYS = 365
# How long before a setback is told the time its event had been expected at may lie ("the session
# planned for March has been called off", told in June).
SETBACK_LOOKBACK_DAYS = 90
EVIDENCE_EVENTS = 3  # events shown as the evidence a commitment was kept


@dataclass(frozen=True, slots=True)
class Change:
    """One step of a commitment's history: promised, restated, put off or called off, and its source."""

    kind: str  # "promised" | "restated" | "postponed" | "cancelled" | "advanced"
    deadline: str | None
    deadline_text: str | None
    article: str
    reported: str | None
    quote: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "deadline": self.deadline, "deadline_text": self.deadline_text,
                "article": self.article, "reported": self.reported, "quote": self.quote}


@dataclass(frozen=True, slots=True)
class Setback:
    """One report that a promise was put off or called off: one source of a setback record."""

    when: date
    record: Record
    change: str  # "postponed" | "cancelled" | "advanced" (brought forward)
    action: str
    actor: str | None
    deadline: str | None
    deadline_text: str | None
    article: str
    quote: str

    @property
    def mention(self) -> Mention | None:
        mentions = self.record.mentions
        own = (m for m in mentions if m.article_name == self.article and m.quote == self.quote)
        return next(own, mentions[0] if mentions else None)


def setbacks_of(record: Record) -> list[Setback]:
    """Return each source of a setback record as its own report (two trips called off stay two)."""
    change = str(record.fields.get("change") or "")
    out = []
    for step in record.fields.get("history") or []:
        when = step.get("reported") or record.fields.get("reported")
        if change and when:
            out.append(Setback(date.fromisoformat(when), record, change, str(step.get("action") or
                               record.fields.get("action") or ""), step.get("actor"), step.get("deadline"),
                               step.get("deadline_text"), str(step.get("article") or ""),
                               str(step.get("quote") or "")))
    return out


@dataclass(frozen=True, slots=True)
class Status:
    """Where a commitment stands on a given day, with the mentions that show it."""

    status: str
    deadline: str | None
    evidence: list[Mention]
    reason: str
    history: tuple[Change, ...] = ()
    candidates: tuple[str, ...] = ()  # other events that could be the one promised (shown, not chosen)


@dataclass(frozen=True, slots=True, order=True)
class TimelineEntry:
    date: date
    kind: str  # "meeting", "signing", "deadline"
    label: str
    record_id: str


def record_date(record: Record) -> date | None:
    """Return the day a meeting or instrument record happened (else when it was first reported)."""
    stated = parse_range(record.fields.get("date"))
    if stated is not None:
        return stated.lo
    reported = record.fields.get("reported") or record.fields.get("first_reported")
    if reported:
        return date.fromisoformat(reported)
    if record.kind == "instruments" and record.fields.get("stage") == "concluded":
        # talks on it concluded, undated: they ended by the day it was first told
        status = record.fields.get("status")
        told = [m.published for m in record.mentions
                if m.published is not None and stage_of(status, [m.quote]) == "concluded"]
        return min(told) if told else None
    return None


def _in_force_day(record: Record) -> date | None:
    """Return the day a document in force is told to have entered into force ("entered into force on
    July 12", told on the 21st), where a mention of that step dates it; else None."""
    if record.kind != "instruments" or record.fields.get("status") != "in_force":
        return None
    for mention in record.mentions:
        if stage_of("signed", [mention.quote]) != "in_force":
            continue
        days = [e.value for e in find_time_expressions(mention.quote, mention.published, future=False)
                if e.value is not None and len(e.value) == 10]
        if days:
            return date.fromisoformat(days[0])
    return None


def _actions(record: Record, register: Register) -> list[str]:
    """Return the actions a commitment's sources word, one per mention (kept in the record's fields)."""
    stored = record.fields.get("actions")
    if stored:
        return [str(a) for a in stored]
    # a record saved before its fields kept them: read its facts
    return [getattr(i.fact, "action", "") for i in register.items_of(record.id)] or [record.fields["action"]]


# A document made into another: "turn the memorandum into a full agreement", "upgrade it into a treaty".
_INTO_A_DOCUMENT = r"\binto\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:agreements?|treat(?:y|ies))\b"
# Words that name the act a promise or a report is about, wherever they stand in it: "prepare the
# agreement for signing" is a signing, "the discussions are to take place" a meeting.
_ACT_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("@force", re.compile(r"\b(?:enter(?:s|ed|ing)?|c[oa]me|go(?:es)?|put)\s+into\s+force|"
                          # "bring the agreement into force", "put the waiver into effect"
                          r"\b(?:bring(?:s|ing)?|brought|put(?:s|ting)?)\s+(?:[\w'’-]+\s+){1,6}?into\s+"
                          r"(?:force|effect)\b|"
                          r"\btak(?:e|es|en|ing)\s+effect\b|\bin\s+force\b|\bentry\s+into\s+force\b", re.I)),
    ("@sign", re.compile(r"\bsign(?:s|ed|ing|ature)?\b|\bink(?:s|ed)?\b|\bconclu(?:de|sion)\b|"
                         r"\bfinali[sz]e\b|\bratif|\bin\s+principle\b|"
                         r"\breach\w*\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:agreement|deal)\b|"
                         + _INTO_A_DOCUMENT, re.I)),
    ("@visit", re.compile(r"\bvisit|\btrip\b|\btravel|\barriv|\btour\b|"
                          r"\b(?:sen[dt]s?(?:ing)?|lead(?:s|ing)?|led)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
                          r"(?:[\w-]+\s+){0,2}?"
                          r"(?:missions?|delegations?)\b", re.I)),
    ("@meet", re.compile(r"\bmeet|\bconvene|\breconvene|\bsession\b|\bsummit\b|\btalks\b|\bdiscussions?\b|"
                         r"\bnegotiat|\bround\b|\bcommission\b|\bconsultations?\b|\bdialogue\b", re.I)),
)
_GOING = frozenset({"@visit", "@meet"})
_DOCUMENT_ACTS = frozenset({"@sign", "@force"})
# How far past a deadline a weakly identified event (a meeting of the pair, somewhere) still counts.
EVENT_MATCHERS = ("@visit", "@meet", "@sign", "@force")


def _acts(actions: list[str], quotes: list[str]) -> list[str]:
    """Return the acts a promise is about, its stated head act first."""
    out: list[str] = []
    head = _head(actions)
    if head in EVENT_MATCHERS:
        out.append(head)
    for act, words in _ACT_WORDS:
        if head in _DOCUMENT_ACTS and act == "@meet":
            continue  # "conclude negotiations on a treaty": the talks are what ends, no meeting keeps it
        if act not in out and any(words.search(a) for a in actions):
            out.append(act)
    if not out and head == "@build" and any(_STANDING_BODY.search(a) for a in actions):
        out.append("@meet")  # "establish a joint working group": kept when it first sits
    if not out and all(_NO_ACT_OF_ITS_OWN.match(a) for a in actions):
        # the act may be in the subject: "the next session is to take place in Ashgabat"; not
        # when the action has a verb of its own ("… and to reach a result": the talks in its
        # sentence are another promise's)
        out = [act for act, words in _ACT_WORDS if any(words.search(q) for q in quotes)][:1]
    return out


_NO_ACT_OF_ITS_OWN = re.compile(r"^\W*(?:(?:be|is|are|was|were|been)\s+)?(?:take|took|taking|hold|held|"
                                r"happen|go\s+ahead|place|in|at|on|next|organi[sz]ed|hosted)\b|^\W*$", re.I)


def _head(actions: list[str]) -> str | None:
    heads = Counter(h for h in (head_act(a) for a in actions) if h)
    return min(heads, key=lambda h: (-heads[h], h)) if heads else None


def _actor_matches(actor: str | None, participants: list[str]) -> bool:
    """Say whether a person acting (if the actor is one) took part; a state actor always does."""
    if not participants or not _person(actor):
        return True
    toks = name_tokens(re.sub(r"\([^)]*\)", " ", actor or ""))
    return any(names_match(toks, name_tokens(p)) for p in participants)


def _person(actor: str | None) -> bool:
    """Say whether an actor is a person ("Ishiba", "President Ruto"), not states or nobody."""
    core = re.sub(r"\([^)]*\)", " ", actor or "").strip()
    # a body is no person: "the commission", "the joint committee" (a name has a capital)
    named = any(w[:1].isupper() for w in core.split()) and not _STANDING_BODY.search(core)
    return named and not countries_in(core) and not country_code(core)


def _where(record: Record) -> set[str]:
    """Return the places an event record names: its place, its parts and its code, else its quotes."""
    place = record.fields.get("place") or ""
    where = {fold(place)} | {fold(part.strip()) for part in place.split(",")} if place else set()
    code = place_country(place)
    if code:
        where.add(code)
    elif place:
        # a venue no gazetteer places ("received him at the Palacio de las Garzas, on an official visit
        # to Panama"): where its sources' own words say the trip went
        for m in record.mentions:
            where |= trip_destinations(m.quote)
    if not place:
        # no place extracted: the cities its sources' own words name ("Ashgabat hosted the
        # meeting"); not the states, which every report of the pair names
        for m in record.mentions:
            for word in re.findall(r"[A-Z][a-z]{3,}", m.quote):
                city = place_country(word) if not country_code(word) else None
                where |= {fold(word)} | ({city} if city else set())
    return where - {""}


def _goes_to(meeting: Record, targets: frozenset[str]) -> bool:
    """Say whether a meeting took place where an action was headed (a state, its capital, a city)."""
    return bool(targets & _where(meeting))


def _own_visit_unplaced(commitment: Record, meeting: Record) -> bool:
    """Say whether a meeting is the promised person's own visit, of the pair, in a city no gazetteer
    places ("a delegation led by the minister arrived in São Paulo"): where it went cannot tell."""
    actor = commitment.fields.get("actor")
    place = meeting.fields.get("place")
    return (meeting.fields.get("kind") == "visit" and _person(actor) and bool(place)
            and place_country(place) is None
            and set(meeting.fields.get("pair") or []) == set(commitment.fields.get("pair") or [])
            and bool(meeting.fields.get("participants"))
            and _actor_matches(actor, meeting.fields.get("participants") or []))


# Words of an office a person is named by before the name ("Foreign Minister Sugiono"), its head last
_OFFICE_WORDS = frozenset({"foreign", "prime", "deputy", "vice", "defence", "defense", "trade", "finance",
                           "president", "minister", "premier", "chancellor", "secretary", "king", "queen"})
_OFFICE_HEADS = frozenset({"president", "minister", "premier", "chancellor", "secretary", "king", "queen"})


def _office(commitment: Record) -> list[str]:
    """Return the words of the office the promise's person is named by ("Indonesian Foreign Minister
    Sugiono will visit Kenya": foreign, minister), from the words before the name in its sources."""
    first = name_tokens(str(commitment.fields.get("actor") or ""))[:1]
    if not first:
        return []
    for m in commitment.mentions:
        before = re.search(r"((?:[A-Z][\w-]*\s+){1,4})" + re.escape(first[0]) + r"\b", m.quote, re.I)
        words = [fold(w) for w in (before.group(1).split() if before else [])]
        office = [w for w in words if w in _OFFICE_WORDS]
        if office and office[-1] in _OFFICE_HEADS:
            return office
    return []


def _by_office(commitment: Record, meeting: Record) -> bool:
    """Say whether a meeting that names nobody was held by the promised person's office of the pair:
    "Foreign Minister Sugiono will visit Kenya", then "the foreign ministers of Kenya and Indonesia
    met in Nairobi" (or "the two ministers met"); a meeting naming its people is read by its names."""
    office = _office(commitment)
    if not office or meeting.fields.get("participants") or (
            set(meeting.fields.get("pair") or []) != set(commitment.fields.get("pair") or [])):
        return False
    head, rest = office[-1], set(office[:-1])
    for m in meeting.mentions:
        words = [fold(w) for w in re.findall(r"[\w-]+", m.quote)]
        for i, w in enumerate(words):
            if w.rstrip("s") != head:
                continue
            both = i > 0 and words[i - 1] in ("two", "both")
            if both or rest <= set(words[max(0, i - 3):i]):
                return True
    return False


def _meeting_matches(commitment: Record, meeting: Record, act: str, targets: frozenset[str]) -> bool:
    """Say whether a meeting carries out a promise to visit or to meet (participants may differ)."""
    if act == "@visit":
        # a visit of someone else is not the promised one ("Støre will visit Ghana" is not kept by
        # Mahama's visit, wherever it was); a visit that names nobody may be anyone's
        # nor is a person's visit kept by a sitting or talks he is not named in
        kind = meeting.fields.get("kind")
        participants = meeting.fields.get("participants") or []
        actor = commitment.fields.get("actor")
        return (
            kind not in ("call", "press_conference", "other")
            and (not targets or _goes_to(meeting, targets) or _own_visit_unplaced(commitment, meeting))
            and (kind == "visit" or bool(participants) or not _person(actor)
                 or _by_office(commitment, meeting))
            and _actor_matches(actor, participants)
        )
    if act == "@meet":
        kind = meeting.fields.get("kind")
        if _sitting_promised(commitment) and kind != "commission_session" and not any(
                _STANDING_BODY.search(m.quote) for m in meeting.mentions):
            return False  # "convene the joint trade committee": a delegation's visit is not its sitting
        promised = frozenset().union(*(_sitting_numbers(a) for a in commitment.fields.get("actions") or []))
        held = frozenset().union(*(_sitting_numbers(m.quote) for m in meeting.mentions))
        if promised and held and not promised & held:
            return False  # "the fifth round of consultations" is not kept by the sixth commission session
        # "Milei and Lacalle Pou will hold a joint cabinet meeting" is not kept by their ministers' talks
        participants = meeting.fields.get("participants") or []
        # "the fourth session … in Colombo", held as the fourth session in Malé: a numbered
        # sitting of the pair's body is that sitting wherever it sat (venues are moved)
        same_sitting = kind == "commission_session" and bool(promised & held)
        return (kind not in ("other", "press_conference")
                and (not targets or same_sitting or _goes_to(meeting, targets))
                and _actor_matches(commitment.fields.get("actor"), participants))
    return False


def _sitting_numbers(text: str) -> frozenset[int]:
    """Return the numbers of the sittings a text names by ordinal ("the fifth round", "its 6th session")."""
    out = set()
    for m in _SITTING_NUMBER.finditer(text):
        word = m.group(1).lower()
        out.add(ORDINAL_WORDS.index(word) + 1 if word in ORDINAL_WORDS else int(re.sub(r"\D", "", word)))
    return frozenset(out)


_SITTING_NUMBER = re.compile(r"\b(" + "|".join(ORDINAL_WORDS) + r"|\d{1,3}(?:st|nd|rd|th))\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:round|session|meeting|sitting|edition)s?\b", re.I)


# a standing body whose sitting a promise may be about
_STANDING_BODY = re.compile(
    r"\b(?:" + "|".join(sorted(STANDING_BODY_NOUNS)) + r"|working\s+group|task\s+force)\b", re.I)


def _sitting_promised(commitment: Record) -> bool:
    """Say whether a promise is to hold a sitting of a standing body ("convene the joint committee")."""
    actions = commitment.fields.get("actions") or [commitment.fields.get("action") or ""]
    return any(_STANDING_BODY.search(str(a)) for a in actions)


def _instrument_matches(act: str, instrument: Record, promise: _Promise, *, named: bool = False) -> bool:
    """Say whether an instrument record carries out a promise to sign it or bring it into force.

    The instrument must be the promised one: its subject's words all in the promise's
    sentences ("the proposed Free Trade Agreement is expected to be signed"), or two of
    them in its action; one shared word ("trade") is not enough.
    """
    stage = status_class(instrument.fields.get("status"))
    concluded = promise.concludes_talks and instrument.fields.get("stage") == "concluded"
    if act == "@sign" and stage not in ("done", "force") and not concluded:
        return False  # only a promise to conclude the talks is kept by their conclusion
    if act == "@force" and instrument.fields.get("status") != "in_force":
        return False  # ratified is not yet in force
    subject = content_words(str(instrument.fields.get("subject") or "")) - _ACT_STOP
    if not subject or not promise.objects or named:
        return True  # "will enter into force": the words name no document (only time limits the match)
    return _same_document(promise, instrument)


def _same_document(promise: _Promise, instrument: Record) -> bool:
    """Say whether an instrument is the one a promise names (what lets a late signing count)."""
    subject = content_words(str(instrument.fields.get("subject") or "")) - _ACT_STOP
    shared = len(subject & promise.objects)
    return bool(subject) and (subject <= promise.context or shared >= min(2, len(subject)))


def _pair_of(record: Record) -> Any:
    pair = record.fields.get("pair")
    return tuple(pair) if isinstance(pair, list) else pair


class Events:
    """The register's dated meetings and instruments, and its reported setbacks, by pair in date order.

    Made once for a batch of commitments (`accord.registry.commitments`), so judging each
    one reads only its own pair's events after it was reported, not the whole register.
    """

    def __init__(self, register: Register) -> None:
        by_pair: dict[Any, list[tuple[date, str, Record]]] = {}
        setbacks: dict[str, list[Setback]] = {}
        documents: dict[str, list[Record]] = {}
        for record in register.records.values():
            if record.kind == "instruments":
                for article in {m.article for m in record.mentions}:
                    documents.setdefault(article, []).append(record)
            if record.kind in ("meetings", "instruments"):
                when = record_date(record)
                if when is not None:
                    by_pair.setdefault(_pair_of(record), []).append((when, record.id, record))
                forced = _in_force_day(record)
                if forced is not None and when is not None and forced > when:
                    # ratified on one day, in force on a later one: an event on each
                    by_pair.setdefault(_pair_of(record), []).append((forced, record.id, record))
            elif record.kind == "commitments" and is_done(record):
                by_pair.setdefault(_pair_of(record), []).append((_done_on(record), record.id, record))
            elif record.kind == "commitments" and is_setback(record):
                # filed under each state: a trip called off may be reported in another pair's article
                for setback in setbacks_of(record):
                    for state in record.fields.get("pair") or []:
                        setbacks.setdefault(state, []).append(setback)
        for events in by_pair.values():
            events.sort(key=lambda e: (e[0], e[1]))
        self._by_pair = by_pair
        self._setbacks = setbacks
        self._documents = documents
        self._records = register.records

    def documents_in(self, articles: frozenset[str]) -> list[frozenset[str]]:
        """Return what each instrument told of in these articles is about ("loan", "water", "supply")."""
        return [frozenset(_things(str(r.fields.get("subject") or ""))) for a in sorted(articles)
                for r in self._documents.get(a, [])]

    def signed_at(self, meeting: Record) -> bool:
        """Say whether documents of a meeting's pair were signed at it (up to `SIGNED_AT_DAYS` after)."""
        start = record_date(meeting)
        if start is None:
            return False
        end = start + timedelta(days=SIGNED_AT_DAYS)
        for when, record in self.after(meeting, start - timedelta(days=1)):  # the pair's events from its day
            if when > end:
                return False
            stage = status_class(record.fields.get("status"))
            if record.kind == "instruments" and stage in ("done", "force"):
                return True
        return False

    def told_in(self, record: Record) -> frozenset[str]:
        """Return the articles that tell of an instrument record or of the stages linked to it."""
        if record.kind != "instruments":
            return frozenset()
        ids = {record.id} | {end for link in record.links for end in (link.source, link.target)}
        return frozenset(m.article for i in ids if i in self._records for m in self._records[i].mentions)

    def named_by(self, record: Record, promise: Record) -> bool:
        """Say whether an instrument record, or a stage linked to it, is the one a promise's own words name.

        "expect to sign an umbrella deal next month", then "signed the Framework Agreement": the
        register linked the planned deal of the promise's sentence to the signed agreement, so
        it is the same document under another name.
        """
        if record.kind != "instruments":
            return False
        ids = {record.id} | {end for link in record.links for end in (link.source, link.target)}
        # the stage the promise names is still to come (a document already signed beside it is another)
        told = [m for i in ids if i in self._records
                and status_class(self._records[i].fields.get("status")) not in ("done", "force")
                for m in self._records[i].mentions]
        return any(m.article == p.article and m.start < p.end and p.start < m.end
                   for m in told for p in promise.mentions)

    def after(self, record: Record, day: date | None) -> Iterator[tuple[date, Record]]:
        """Yield the events of a record's pair later than `day` (all when None), earliest first."""
        events = self._by_pair.get(_pair_of(record), [])
        start = 0 if day is None else bisect_right(events, day, key=lambda e: e[0])
        for when, _id, record in events[start:]:
            yield when, record

    def setbacks(self, record: Record, since: date | None, until: date) -> list[Setback]:
        """Return the setbacks naming a state of the record's pair from `since` to `until`, earliest first."""
        found = {(s.record.id, s.article, s.quote): s for state in record.fields.get("pair") or []
                 for s in self._setbacks.get(state, [])
                 if (since is None or s.when >= since) and s.when <= until}
        return sorted(found.values(), key=lambda s: (s.when, s.record.id, s.article, s.quote))


def is_setback(record: Record) -> bool:
    """Say whether a commitment record reports a promise put off or called off (not a promise itself)."""
    return record.fields.get("change") in SETBACKS


def restates(record: Record) -> bool:
    """Say whether a setback record puts a promise off to a new time: a promise of its own, due then.

    "The session will now be held by the end of May", "the visit was moved to June": the first
    promise is put off (its history says so), and the new time frame is a commitment of its own,
    kept or missed against that time.
    """
    return (record.fields.get("change") in (POSTPONED, ADVANCED)
            and parse_range(record.fields.get("deadline")) is not None)


def is_done(record: Record) -> bool:
    """Say whether a commitment record reports an act done ("reopened its embassy"): an event."""
    return record.fields.get("change") == DONE


def is_report(record: Record) -> bool:
    """Say whether a commitment record reports on a promise (set back or done) rather than making one."""
    return bool(record.fields.get("change"))


def _done_on(record: Record) -> date:
    """Return the day an act was reported done: the day its words state, else the day of the report."""
    stated = parse_range(record.fields.get("deadline"))
    return stated.lo if stated is not None else date.fromisoformat(str(record.fields["reported"]))


@dataclass(frozen=True, slots=True)
class _Promise:
    """What a commitment record promises, read once: its acts, where it goes, what it is about."""

    acts: tuple[str, ...]
    targets: frozenset[str]  # where a visit goes (any state it names) or a meeting is held
    objects: frozenset[str]  # the content words of its actions, less the act
    words: frozenset[str]  # the content words of its actions, acts included ("@build" for "open")
    context: frozenset[str]  # every content word of its sources' sentences
    articles: frozenset[str]
    article_names: frozenset[str]
    states: frozenset[str]  # its pair
    concludes_talks: bool  # "conclude negotiations on …": kept when they conclude, before any signing
    formalises: bool  # "turn the memorandum into an agreement": kept by its own document's next stage
    places: frozenset[str] = frozenset()  # the places it lists ("consulates in Mumbai and Kolkata"), if two+


def _promise(record: Record, register: Register) -> _Promise:
    actions = _actions(record, register)
    quotes = [m.quote for m in record.mentions]
    acts = tuple(_acts(actions, quotes))
    # a meeting is held where the words say "in"/"at"; a state a visit names is where it goes
    going = action_targets if acts[:1] == ("@visit",) else _held_in
    targets = frozenset().union(*(going(a) for a in actions))
    words = frozenset().union(*(content_words(a) for a in actions))
    objects = words - _ACT_STOP
    context = frozenset().union(*(content_words(q) for q in quotes))
    articles = frozenset(m.article for m in record.mentions)
    names = frozenset(m.article_name for m in record.mentions)
    states = frozenset(record.fields.get("pair") or [])
    concludes = any(_CONCLUDE_TALKS.search(a) for a in actions)
    formalises = any(re.search(_INTO_A_DOCUMENT, a, re.I) for a in actions)
    places = frozenset().union(*(_places(a) for a in actions))
    targets |= places  # "in Mumbai and Kolkata": each is where it is done, not the first alone
    return _Promise(acts, targets, objects, words, context, articles, names, states, concludes, formalises,
                    places)


_CONCLUDE_TALKS = re.compile(r"\b(?:conclud\w*|complet\w*|finali[sz]\w*|wrap\w*\s+up|end(?:s|ed|ing)?)\s+"
                             r"(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:negotiations|talks)\b", re.I)


_HELD_IN = re.compile(r"\b(?:in|at)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")


def _held_in(action: str) -> frozenset[str]:
    """Return where an action says a meeting is held ("reconvene in Minsk"): codes or place names."""
    out: set[str] = set()
    for match in _HELD_IN.finditer(action):
        code = place_country(match.group(1))
        out.add(code if code else fold(match.group(1)))
    return frozenset(out)


# Words of an action that say what is done, not to what: never enough to tie two texts together.
_ACT_STOP = frozenset(content_words(
    "sign signing signed conclude finalise finalize prepare complete agreement agreements deal treaty pact "
    "accord parliament parliaments "
    "enter force effect visit travel meet hold talks session begin start launch next two both countries "
    "sides bilateral reach formal principle final proposed new ratify ratification procedures procedure "
    "process formalities internal domestic take takes come comes"))


def _matching_events(record: Record, promise: _Promise, events: Events, since: date | None, until: date,
                     grace_end: date, limit: int, *, meetings_until: date,
                     recalled: frozenset[str] = frozenset()) -> list[tuple[date, Record]]:
    """Return the first `limit` events from `since` to `until` that carry out a commitment.

    A signing or entry into force of the same instrument counts however late; a meeting,
    identified only by the pair, its kind and place, counts up to `meetings_until`, another
    weakly identified event up to `grace_end`; a meeting told in an article that recalls the
    promise's setback (`recalled`) however late.
    """
    out: list[tuple[date, Record]] = []
    for when, other in events.after(record, since):
        if when > until or len(out) == limit:
            break
        late = when > (meetings_until if other.kind == "meetings" else grace_end)
        if late and other.kind == "meetings" and any(m.article_name in recalled for m in other.mentions):
            late = False  # "arrived on Sunday, months after the trip was called off": the one promised
        if _carries_out(record, promise, other, late=late, events=events):
            out.append((when, other))
    return out


def _recalling(record: Record, promise: _Promise, events: Events, setbacks: list[Setback], since: date | None,
               as_of: date) -> frozenset[str]:
    """Return the articles, after a promise was set back, that recall a setback of its act.

    "Ruto arrived in Accra on Sunday, months after the trip was called off in February": the
    report of the visit names the setback of the one promised, so the visit is that one, however
    late. Only after a setback of the promise itself, and only of its own act.
    """
    if not setbacks or since is None:
        return frozenset()
    acts = set(promise.acts) & _GOING
    return frozenset(s.article for s in events.setbacks(record, since + timedelta(days=1), as_of)
                     if s.record.id != record.id and s.article not in {b.article for b in setbacks}
                     and acts & set(_acts([s.action], []))
                     and set(s.record.fields.get("pair") or []) == set(promise.states)
                     and may_be_same_actor(record.fields.get("actor"), s.actor))


# A list of places an action names: "in Mumbai and Kolkata", "in Kumasi, Tamale and Takoradi".
_PLACE = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
_PLACE_LIST = re.compile(rf"\b(?:in|at)\s+({_PLACE}(?:\s*,\s*{_PLACE})*,?\s+and\s+{_PLACE})")


def _places(action: str) -> frozenset[str]:
    """Return the places an action lists after "in"/"at" (codes or folded names); one place gives none."""
    out: set[str] = set()
    for match in _PLACE_LIST.finditer(action):
        for place in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match.group(1)):
            if is_month_name(place.split()[0]):
                continue  # "in May and June": times, not places
            code = place_country(place)
            out.add(code if code else fold(place))
    return frozenset(out) if len(out) > 1 else frozenset()


def _at_every_place(promise: _Promise, found: list[tuple[date, Record]]) -> list[tuple[date, Record]]:
    """Return the events that keep a promise listing places ("open consulates in A and B"), the one by
    which acts done cover every place first (it decides when); none while a place is still to come.

    Only reports of acts done are read (a meeting or a signing is one event, wherever told); one
    that names no place keeps them all.
    """
    if not promise.places or not found or not all(e.kind == "commitments" for _w, e in found):
        return found
    kept: set[str] = set()
    for i, (_when, done) in enumerate(found):
        action = str(done.fields.get("action") or "")
        named = _places(action) or action_targets(action)
        kept |= named or promise.places
        if promise.places <= kept:
            return [found[i], *found[:i], *found[i + 1:]]
    return []


def _carries_out(record: Record, promise: _Promise, event: Record, *, late: bool, events: Events) -> bool:
    """Say whether an event is the promised act; a late one only when it is the same instrument or object.

    A promise to "sign the agreement" names no document: it is the one its own article told
    of (`Events.told_in`, the articles of an instrument and of its linked stages).
    """
    if event.kind == "commitments":
        return _done_matches(promise, event)
    if event.kind == "meetings":
        if promise.acts[:1] and promise.acts[0] in _DOCUMENT_ACTS and not events.signed_at(event):
            return False  # "sign it during the president's visit": a visit with no signing keeps nothing
        return not late and any(_meeting_matches(record, event, act, promise.targets)
                                for act in promise.acts if act in _GOING)
    told = bool(promise.articles & events.told_in(event))
    named_before = late and not promise.objects and told
    formalised = promise.formalises and told  # the memorandum its article told of, made an agreement
    # "the agreement will enter into force after …": the document its article told of, now in force
    forced = told and "@force" in promise.acts and event.fields.get("status") == "in_force"
    named = formalised or forced or events.named_by(event, record)
    return (not late or named_before or named or _same_document(promise, event)) and any(
        _instrument_matches(act, event, promise, named=named)
        for act in promise.acts if act in _DOCUMENT_ACTS)


def _done_matches(promise: _Promise, done: Record) -> bool:
    """Say whether an act reported done is the promised one (`_same_act`), or the last part of the money
    it promised ("pay out the whole loan by June": "received the second and final tranche"), or all of it
    ("lend Serbia 100 million euros": "Serbia has now received the full 100 million euros")."""
    action = str(done.fields.get("action") or "")
    if _same_act(promise, action):
        return True
    if head_act(action) != "@provide" or not promise.objects & _MONEY:
        return False
    return bool(_LAST_PART.search(action)) or any(_THE_WHOLE.search(m.quote) for m in done.mentions)


# The part of a sum paid last, which completes it: "the final tranche", "the last instalment".
_LAST_PART = re.compile(r"\b(?:final|last|remaining)\s+(?:tranche|instal+ment|payment)s?\b", re.I)
# All of a sum: "the full 100 million euros", "the whole $40 million", "the entire amount"
_THE_WHOLE = re.compile(r"\b(?:full|whole|entire)\s+(?:amount|sum|loan|credit|grant|[$€£]?\s?\d)", re.I)
# what a promise of money is about, or its act: "a loan", "lend Serbia 100 million euros"
_MONEY = content_words("loan loans credit grant funds financing lend")


def _same_act(promise: _Promise, action: str) -> bool:
    """Say whether an action is the promised act on the promised object.

    "reopened its embassy in Tehran" carries out "reopen their embassies and missions"; not
    "reopen the border", nor "resume flights". Where it names a place, the promise must
    allow it (a state of the pair, or the place itself).
    """
    words = content_words(action)
    act = head_act(action)
    if act is None or not ({act} | _ALSO_KEEPS.get(act, frozenset())) & promise.words:
        return False
    targets = action_targets(action)
    if targets and promise.targets and not targets & promise.targets:
        return False  # the consulate opened in Nairobi is not the one promised in Kampala
    things = {w for w in words - {act} if not place_country(w)}  # what was done, not where
    return bool(things & promise.objects)


# Acts that keep a promise of another act too: works finished were built ("build the bridge by 2027":
# "the bridge was completed").
# a facility inaugurated was opened ("open a consulate": "inaugurated its consulate general").
_ALSO_KEEPS = {"@complete": frozenset({"@build"}), "inaugurate": frozenset({"@build"})}


def _told_of(setback: Setback, due: DateRange | None) -> bool | None:
    """Say whether a setback names the promise's own time ("was to visit this past July, but canceled").

    None when its sentence names no earlier time or the promise has none: then the time
    tells nothing. A setback of another month is of another promise.
    """
    if due is None:
        return None
    for expr in find_time_expressions(setback.quote, setback.when, future=False):
        if expr.text.split()[0].lower() in NEW_TIME_PREPOSITIONS or expr.text == setback.deadline_text:
            continue  # "postponed to May", "will now take place in May": the new time, not the one put off
        if _WAS_EXPECTED.search(setback.quote, max(0, expr.start - _EXPECTED_REACH), expr.start):
            continue  # read below, where it may lie ahead
        named = parse_range(expr.value) if expr.kind == "date" else None
        if named is not None and named.hi < setback.when:
            return named.lo <= due.hi and due.lo <= named.hi
    ranges = _expected_times(setback)
    if ranges:
        return any(r.lo <= due.hi and due.lo <= r.hi for r in ranges)
    return None


def _of_an_earlier_plan(setback: Setback, reported: date | None) -> bool:
    """Say whether a setback is of a plan older than an undated promise.

    "Was to visit in July, but the surgery put it off" told with "agreed to visit soon" in
    September: the July visit is not the one promised in September.
    """
    if reported is None:
        return False
    told = DateRange(setback.when, setback.when)
    # a time told without its year is the one nearest the report ("planned for February", told in March)
    nearest = [min(readings, key=told.gap) for readings in _expected_readings(setback).values()]
    if nearest:
        return all(r.hi < reported for r in nearest)
    return _told_of(setback, DateRange(reported, date.max)) is False


def _expected_times(setback: Setback) -> list[DateRange]:
    """Return the times a setback's sentence says its event had been expected at ("planned for August").

    The time may lie behind or still ahead ("which had been expected by September, has been
    postponed to January", told in August; "had been due in the third quarter", told in October).
    """
    return [r for readings in _expected_readings(setback).values() for r in readings]


def _expected_readings(setback: Setback) -> dict[int, list[DateRange]]:
    """Return, by where each is told, the readings (behind, ahead) of the times a setback was expected at."""
    out: dict[int, list[DateRange]] = {}
    for future in (False, True):
        for expr in find_time_expressions(setback.quote, setback.when, future=future):
            named = parse_range(expr.value) if expr.value else None
            if named is not None and _WAS_EXPECTED.search(setback.quote, max(0, expr.start - _EXPECTED_REACH),
                                                          expr.start):
                out.setdefault(expr.start, []).append(named)
    return out


def _of_a_later_sitting(record: Record, promise: _Promise, events: Events, setback: Setback,
                        reported: date | None, grace: date) -> bool:
    """Say whether a setback is of a sitting after the one that already kept the promise.

    "Convene the commission early next year", met in February; then "the Maputo session,
    planned for August, has been called off": the promise was kept in February.
    """
    # a time long before the setback was told is not when its sitting was due ("August" read a year back)
    since = max(setback.when - timedelta(days=SETBACK_LOOKBACK_DAYS), reported or date.min)
    expected = [r for r in _expected_times(setback) if r.hi >= since]
    if not expected:
        return False
    kept = _matching_events(record, promise, events, reported, setback.when, grace, 1, meetings_until=grace)
    return bool(kept) and all(r.lo > kept[0][0] for r in expected)


# the words before a time it had been expected at: "scheduled for", "due in", "due to begin on", and a
# place between ("had been expected in Nairobi in June", "was scheduled to be held in Lima in September",
# "due to meet in Oslo in June"); not the new time of "re-set for October 14"
_SCHEDULE_WORDS = ("expected", "scheduled", "planned", "due", "slated", "set")
_WAS_EXPECTED = re.compile(r"(?<![\w-])(?i:" + "|".join(_SCHEDULE_WORDS) + r")\s+"
                           r"(?:to\s+(?:be\s+held|meet|convene|take\s+place|begin|start|open|arrive)\s+)?"
                           r"(?:(?:in|at)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?,?\s+)?(?:\w+\s+)?$")
_EXPECTED_REACH = 60  # characters before a time searched for those words


def _setback_matches(promise: _Promise, actor: str | None, setback: Setback,
                     told: bool | None = None, documents: list[frozenset[str]] | None = None) -> bool:
    """Say whether a setback report is about a promise: same act, and same place, object and person if named.

    Of another pair (the trip to Poland and Denmark; the Denmark leg called off), only one
    naming a place the promise goes to.
    """
    acts = _acts([setback.action], [])
    if told is False:
        return False
    if not promise.acts:
        # a promise of another act ("open a trade office in Mombasa"): its own act on its own
        # thing, or the thing itself put off ("hold a joint naval exercise": "the planned joint
        # naval exercise has been cancelled")
        pair = set(setback.record.fields.get("pair") or [])
        if _document_called_off(setback, documents or []):
            # the document is the pair's: its cancellation may name one side ("India called off …")
            return pair <= promise.states and may_be_same_actor(actor, setback.actor)
        return ((_same_act(promise, setback.action) or len(_things(setback.action) & promise.objects) >= 2)
                and may_be_same_actor(actor, setback.actor) and pair == set(promise.states))
    if not acts or not set(acts) & set(promise.acts):
        return False
    targets = _sits_in(setback.action)
    if len(promise.states) == 2 and targets >= promise.states:
        targets = frozenset()  # "the Ghana-Norway Joint Commission" names the pair, not where it goes
    if targets and promise.targets and not targets & promise.targets:
        return False
    if set(setback.record.fields.get("pair") or []) != set(promise.states) and not targets & promise.targets:
        return False
    if not may_be_same_actor(actor, setback.actor):
        return False  # the minister's visit is not the president's, though both go to one place
    objects = content_words(setback.action) - _ACT_STOP
    # "hold its first meeting" names its body only in its sentence ("the Supreme Coordination
    # Council would hold its first meeting"): two words of that name there will do
    named = len((objects - _SITTING_WORDS) & promise.context) >= 2
    # a body named by its pair and kind alone ("the Nigeria-Morocco Joint Commission"): the same
    # kind of body in the promise's sentence or as its actor ("their joint commission, which will meet …")
    named = named or (objects - _CALENDAR_WORDS <= _SITTING_WORDS
                      and bool(objects & _BODY_WORDS & (promise.context | content_words(actor or ""))))
    if objects and promise.objects and not objects & promise.objects and not targets and not named:
        return False
    # a bare "the visit" is read as this promise only where it is told (the same article) or
    # where it names the promise's own time
    return bool(targets or objects) or setback.article in promise.article_names or bool(told)


def _document_called_off(setback: Setback, documents: list[frozenset[str]]) -> bool:
    """Say whether a setback calls off a document the promise's own article told of.

    "Japan and Niger signed a loan agreement ... The first disbursement will be made in
    October", then "Japan has cancelled the loan agreement": what was to be done under it
    falls with it. The document is told by its words: two at least, and most of what the setback
    names ("the loan agreement for the Zinder road project" is another loan).
    """
    things = _things(setback.action)
    return setback.change == "cancelled" and any(
        len(things & words) >= max(2, 2 * len(things) / 3) for words in documents)


def _put_off_again(promise: _Promise, last: Setback, setback: Setback) -> bool:
    """Say whether a setback puts off once more what this promise's last setback put off.

    "The summit has been postponed again, to September": a bare "the summit" of the pair,
    after the promised summit was put off to May, is that summit put off a second time.
    """
    return (last.change == setback.change == "postponed" and setback.when > last.when
            and bool(_AGAIN.search(setback.quote))
            and bool(set(_acts([setback.action], [])) & set(promise.acts))
            and set(setback.record.fields.get("pair") or []) == set(promise.states)
            and may_be_same_actor(last.actor, setback.actor))


_AGAIN = re.compile(r"\b(?:again|once\s+more|(?:a\s+)?(?:second|third)\s+time|(?:yet\s+)?another\s+"
                    r"(?:delay|postponement)|re-?(?:scheduled|postponed)|(?:postponed|delayed|put\s+off|"
                    r"pushed\s+back)\s+(?:further|anew))\b", re.I)


def _sits_in(action: str) -> frozenset[str]:
    """Return where a set-back event goes or sits: after its last meeting or body noun, if it has one.

    "India Bilateral Strategic Dialogue" and "first meeting of the Senegal-Turkey committee"
    name states that own the sitting, not where it sits; "summit in Manila" sits in Manila.
    """
    nouns = [m for m in re.finditer(r"[\w-]+", action) if fold(m.group()) in _SITTING_NOUNS]
    # "the talks with Croatia": the partner it sits with, not where
    return action_targets(_PARTNER.sub(" ", action[nouns[-1].end():] if nouns else action))


_PARTNER = re.compile(r"\bwith\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_SITTING_NOUNS = (MEETING_NOUNS | STANDING_BODY_NOUNS) - {"visit", "trip"}
# Words any sitting's name has: never enough to tell one body from another.
_SITTING_WORDS = content_words(" ".join(sorted(_SITTING_NOUNS | {"joint", "first", "inaugural", "next",
                                                                 "bilateral", "intergovernmental"})))


_BODY_WORDS = content_words(" ".join(sorted(STANDING_BODY_NOUNS)))
# "the April session", "the meeting planned for May": when a sitting was due, not which body sits
_CALENDAR_WORDS = content_words(" ".join([*calendar.month_name[1:], *_SCHEDULE_WORDS])
                                + " spring summer autumn fall winter")


def _things(phrase: str) -> set[str]:
    """Return the content words of a phrase that name things, not places ("joint naval exercise")."""
    return {w for w in content_words(phrase) - _ACT_STOP if not place_country(w)}


def _grace_end(deadline: DateRange, reported: date | None) -> date:
    horizon = (deadline.hi - reported).days if reported else 0
    return deadline.hi + timedelta(days=max(MIN_GRACE_DAYS, horizon))


def _evidence(record: Record, events: list[tuple[date, Record]]) -> list[Mention]:
    out = list(record.mentions[:1])
    for _when, event in events[:EVIDENCE_EVENTS]:
        out.extend(event.mentions[:1])
    return out


def window(record: Record) -> DateRange | None:
    """Return the window a commitment is judged by: its deadline, else a year or half year its words name.

    "in 2027" gives no deadline in the facts format (a year is too coarse to be one), yet
    the promise is judged at the year's end; "in the second half of 2026" at the end of December.
    """
    deadline = parse_range(record.fields.get("deadline"))
    if deadline is not None:
        return deadline
    text = record.fields.get("deadline_text")
    reported = record.fields.get("reported")
    if not text:
        return _next_sitting(str(record.fields.get("action") or ""), reported)
    told = date.fromisoformat(reported) if reported else None
    half = _half_year(text, told)
    if half is not None:
        return half
    value = resolve(text, told, future=True)
    # only the year the facts format leaves out: a finer deadline dropped on purpose stays dropped
    return parse_range(value) if value and len(value) == 4 else None


def _half_year(text: str, told: date | None) -> DateRange | None:
    """Return the six months a half year names ("in the second half of 2026": July to December; "by
    mid-2027": January to June), which the facts format leaves out of the deadline."""
    for expr in find_time_expressions(text, told, future=True):
        last = parse_range(expr.value) if is_half_year(expr) else None
        if last is not None:
            first = date(last.hi.year, last.hi.month - 5, 1) if last.hi.month > 5 else last.lo
            return DateRange(first, last.hi)
    return None


# How often a body promised to meet in months: "meet annually", "every two years", "twice a year"
_EVERY = {r"annually|yearly|every\s+year|once\s+a\s+year|each\s+year": 12,
          r"biennially|every\s+(?:two|2)\s+years": 24,
          r"twice\s+a\s+year|every\s+six\s+months|semi-?annually|biannually": 6,
          r"quarterly|every\s+(?:three|3)\s+months": 3}
_EVERY_RE = [(re.compile(rf"\b(?:{words})\b", re.I), months) for words, months in _EVERY.items()]


def _next_sitting(action: str, reported: str | None) -> DateRange | None:
    """Return the month a promise to meet at a set interval is next due.

    "will meet annually", told in May 2023: May 2024.
    """
    if not reported or "@meet" not in _acts([action], []):
        return None
    for pattern, months in _EVERY_RE:
        if pattern.search(action):
            told = date.fromisoformat(reported)
            month = told.month - 1 + months
            return parse_range(f"{told.year + month // 12:04d}-{month % 12 + 1:02d}")
    return None


def _any_time_by(record: Record, due: DateRange | None, reported: date | None) -> DateRange | None:
    """Return the days a promise may be kept on: from its report, for "by"/"before"/"within" a time.

    "Convene it before the end of the year" may be kept in November, so a sitting planned for
    November and put off is that promise's; "in December" is kept in December only.
    """
    text = str(record.fields.get("deadline_text") or "")
    if due is None:
        return due
    if reported is None or reported > due.hi or not _BY_A_TIME.match(text):
        first = _span_start(text, due)
        return DateRange(first, due.hi) if first is not None else due
    return DateRange(min(reported, due.lo), due.hi)


# a span of days, due on its last ("June 10 to 12", "10-12 June", "August 31 to September 3")
_DAY_SPAN = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+[A-Z][a-z]+)?\s*(?:to|-|–|and|until|through)\s*"
                       r"(?:[A-Z][a-z]+\s+)?\d{1,2}(?:st|nd|rd|th)?\b")


def _span_start(text: str, due: DateRange) -> date | None:
    """Return the first day of a span of days a promise is due on its last ("from June 10 to 12": June 10).

    A visit "from June 10 to 12" called off when "due to begin on Tuesday" (June 10) is that visit.
    """
    match = _DAY_SPAN.search(text)
    if match is None or due.lo != due.hi:
        return None
    day, last = int(match.group(1)), due.hi
    if day <= last.day:
        return last.replace(day=day)
    before = last.replace(day=1) - timedelta(days=1)  # "August 31 to September 3": the month before
    return before.replace(day=day) if day <= before.day else None


_BY_A_TIME = re.compile(r"(?i)\s*(?:by|before|within|until|no\s+later\s+than|not\s+later\s+than|"
                        r"ahead\s+of)\b")


def history(record: Record, setbacks: list[Setback]) -> tuple[Change, ...]:
    """Return a commitment's history: the deadline first promised, each restatement and setback."""
    out: list[Change] = []
    last: str | None = None
    first = "restated" if restates(record) else "promised"
    for step in record.fields.get("history") or []:
        if out and step.get("deadline") == last:
            continue
        kind = first if not out else "restated"
        out.append(Change(kind, step.get("deadline"), step.get("deadline_text"), step.get("article", ""),
                          step.get("reported")))
        last = step.get("deadline")
    for s in setbacks:
        out.append(Change(s.change, s.deadline, s.deadline_text, s.article, s.when.isoformat(), s.quote))
    return tuple(out)


def commitment_status(record: Record, register: Register, as_of: date,
                      events: Events | None = None) -> Status:
    """Return whether a commitment record is open, fulfilled (late), postponed, cancelled, overdue or undated.

    A reported event counts when it is the promised act (pair, kind of act, place or
    object agree), from the promise on. A setback reported later decides unless the event
    came after it: a cancellation ends the promise; a postponement moves its deadline and
    keeps the first one in the history. `events` is the register's `Events`, when the
    caller judges many commitments at once.
    """
    events = events or Events(register)
    promise = _promise(record, register)
    reported = _reported(record)
    actor = record.fields.get("actor")
    due = window(record)
    first_told = date.fromisoformat(record.fields["reported"]) if record.fields.get("reported") else None
    grace = _grace_end(due, first_told) if due is not None else as_of
    setbacks: list[Setback] = []
    documents = events.documents_in(promise.articles)
    for s in events.setbacks(record, reported, as_of):
        if s.record.id == record.id:
            continue  # a new time frame is judged against itself, not put off by its own report
        if due is None and _of_an_earlier_plan(s, reported):
            continue
        if (_setback_matches(promise, actor, s, _told_of(s, _any_time_by(record, due, reported)), documents)
                and not _of_a_later_sitting(record, promise, events, s, reported, grace)) or (
                setbacks and _put_off_again(promise, setbacks[-1], s)):
            setbacks.append(s)
    steps = history(record, setbacks)
    # after a setback only a later event counts: what came before it was not the promise kept
    since = max([s.when for s in setbacks] + ([reported] if reported else [])) if setbacks else reported
    if since is None and due is not None:
        since = due.lo - timedelta(days=UNDATED_LOOKBACK_DAYS)  # an undated promise: not years before its due
    moved = (parse_range(setbacks[-1].deadline) if setbacks and setbacks[-1].change in (POSTPONED, ADVANCED)
             else None)
    if moved is not None:
        grace = max(grace, _grace_end(moved, setbacks[-1].when))  # put off to a new time: wait for it
    # put off with no new date: the visit or meeting, when it comes, is still the promised one
    meetings_until = (setbacks[-1].when + timedelta(days=OPEN_POSTPONEMENT_DAYS)
                      if setbacks and moved is None and setbacks[-1].change == "postponed" else grace)
    recalled = _recalling(record, promise, events, setbacks, since, as_of)
    # a promise listing places is kept place by place: read enough reports to cover each, and a few more
    limit = EVIDENCE_EVENTS + len(promise.places)
    found = _matching_events(record, promise, events, since, as_of, grace, limit,
                             meetings_until=max(grace, meetings_until), recalled=recalled)
    found = _at_every_place(promise, found)  # "consulates in Mumbai and Kolkata": one opened keeps it in part
    if found:
        if moved is not None and setbacks[-1].change == ADVANCED:
            # "brought forward to July", held in August: late by the earlier time it was moved to
            return _kept(record, found, moved, steps, setbacks[-1].deadline)
        return _kept(record, found, due, steps)
    if setbacks:
        return _set_back(record, setbacks[-1], as_of, steps)
    return _unkept(record, due, as_of, steps)


def _reported(record: Record) -> date | None:
    """Return the day a promise was first reported, when every source is dated.

    An undated report's day is the day of the events it tells of, which may be the very
    event promised, and it may be the first report: then there is no lower bound.
    """
    if not all(m.published for m in record.mentions):
        return None  # an undated source may have told of it first
    return date.fromisoformat(record.fields["reported"]) if record.fields.get("reported") else None


def _kept(record: Record, found: list[tuple[date, Record]], due: DateRange | None,
          steps: tuple[Change, ...], moved_to: str | None = None) -> Status:
    deadline = moved_to or record.fields.get("deadline")
    others = tuple(r.id for _w, r in found[1:])
    if due is None or found[0][0] <= due.hi:
        why = "matched on time by" if due is not None else "matched by"
        return Status("fulfilled", deadline, _evidence(record, found[:1]), _reason(why, found), steps, others)
    why = f"deadline {moved_to or _due_text(record, due)} passed; matched later by"
    evidence = _evidence(record, found[:1])
    return Status("fulfilled_late", deadline, evidence, _reason(why, found), steps, others)


def _set_back(record: Record, last: Setback, as_of: date, steps: tuple[Change, ...]) -> Status:
    evidence = list(record.mentions[:1]) + ([last.mention] if last.mention else [])
    new = parse_range(last.deadline)
    told = f"reported on {last.when.isoformat()} ({last.article})"
    if last.change in (POSTPONED, ADVANCED) and new is not None and new.hi < as_of:
        why = f"{_MOVED[last.change]} {last.deadline}, {told}; that passed with no matching event reported"
        return Status("overdue", last.deadline, evidence, why, steps)
    if last.change == ADVANCED:
        # "brought forward to September": still to come, by an earlier time
        deadline = last.deadline if new is not None else record.fields.get("deadline")
        return Status("open", deadline, evidence, f"brought forward to {last.deadline}: {told}", steps)
    if last.change == "postponed" and new is not None:
        return Status("postponed", last.deadline, evidence, f"postponed to {last.deadline}: {told}", steps)
    if last.change == "postponed" and _INDEFINITELY.search(last.quote):
        # "postponed indefinitely": called off unless a later report finds it held after all
        return Status("cancelled", record.fields.get("deadline"), evidence, f"postponed indefinitely: {told}",
                      steps)
    return Status(last.change, record.fields.get("deadline"), evidence, f"{last.change}: {told}", steps)


_MOVED = {POSTPONED: "postponed to", ADVANCED: "brought forward to"}
# a postponement with no time to come: "postponed indefinitely", "put off sine die", "until further notice"
_INDEFINITELY = re.compile(r"\b(?:indefinitely|sine\s+die|until\s+further\s+notice|"
                           r"without\s+(?:a\s+)?new\s+date|with\s+no\s+new\s+date)\b", re.I)


def _unkept(record: Record, due: DateRange | None, as_of: date, steps: tuple[Change, ...]) -> Status:
    deadline = record.fields.get("deadline")
    first = list(record.mentions[:1])
    if due is None:
        return Status("no_deadline", None, first, "no deadline and no matching event reported", steps)
    if as_of <= due.hi:
        if deadline is None:
            return Status("no_deadline", None, first,
                          f"no deadline; its window {_due_text(record, due)} has not passed", steps)
        return Status("open", deadline, first, f"deadline {deadline} not passed", steps)
    return Status("overdue", deadline, first,
                  f"deadline {_due_text(record, due)} passed with no matching event reported in time", steps)


def _due_text(record: Record, due: DateRange) -> str:
    return str(record.fields.get("deadline") or record.fields.get("deadline_text") or due.hi.isoformat())


def _reason(prefix: str, events: list[tuple[date, Record]]) -> str:
    first_when, first = events[0]
    more = f" ({len(events) - 1} other candidate(s) shown)" if len(events) > 1 else ""
    kind = "report done" if is_done(first) else first.kind[:-1]
    return f"{prefix} {kind} {first.id} on {first_when.isoformat()}{more}"


def instrument_lifecycle(register: Register) -> list[Link]:
    """Return every lifecycle link between instrument records (planned → signed → in force, MoU → ...)."""
    return sorted({ln for r in register.records.values() if r.kind == "instruments" for ln in r.links})


def timeline(register: Register, pair: tuple[str, str]) -> list[TimelineEntry]:
    """Return the meetings, signings and deadlines of a pair of states in date order."""
    codes = sorted(c for c in (country_code(p) for p in pair) if c)
    out: list[TimelineEntry] = []
    for record in register.records.values():
        if sorted(record.fields.get("pair") or []) != codes:
            continue
        entry = _entry(record)
        if entry is not None:
            out.append(entry)
    return sorted(out)


def _commitment_label(fields: dict[str, Any]) -> str:
    actor = fields.get("actor")
    return f"{actor}: {fields['action']}" if actor else str(fields["action"])


def _entry(record: Record) -> TimelineEntry | None:
    f = record.fields
    if record.kind == "meetings":
        when = record_date(record)
        label = f"{f['kind']}: {', '.join(f['participants'])}" + (
            f" in {f['place']}" if f.get("place") else ""
        )
        return TimelineEntry(when, "meeting", label, record.id) if when else None
    if record.kind == "instruments" and status_class(f.get("status")) in ("done", "force"):
        when = record_date(record)
        stage = str(f.get("stage") or f.get("status") or "signed").replace("_", " ")
        label = f"{f['type']} {stage}: {f['subject']}"
        return TimelineEntry(when, "signing", label, record.id) if when else None
    if record.kind == "commitments" and not is_done(record):  # an act's day done is no deadline
        deadline = parse_range(f.get("deadline"))
        return TimelineEntry(deadline.hi, "deadline", _commitment_label(f), record.id) if deadline else None
    return None
