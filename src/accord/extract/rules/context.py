"""What every rule stage sees of one article: its text, its parse and shared findings."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from spacy.tokens import Doc, Span

from accord.core import Article, Evidence, Person
from accord.datelines import (
    LIST_MARK,
    agency_state,
    body_start,
    dateline_credit,
    dateline_span,
    label_speaker,
    match_dateline,
    speaker_labels,
)
from accord.nlp import span_text, token_at
from accord.normalize.countries import Country, gazetteer
from accord.normalize.dates import find_time_expressions

# Between the two states heading a digest's item: "Kenya, Peru", "Kenya and Peru", "Kenya–Peru"
_PAIR_SEPARATORS = re.compile(r"\s*(?:,|&|/|\band\b|\s[-–—]\s|[–—])\s*")
# How many opening sentences may state the main event's day ("on Tuesday", "today").
_EVENT_SENTENCES = 6
# A time told by its week ("this week", "earlier this week", "last week").
_WEEK = re.compile(r"(?i)\b(?:this|last|past|previous)\s+week\b")


@dataclass
class Context:
    """One parsed article; stages add what later stages may use (e.g. `people`)."""

    article: Article
    doc: Doc
    people: list[Person] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def ref_date(self) -> date | None:
        """Return the date relative expressions resolve against.

        The publication date, else a reference date inferred from other reports.
        """
        return self.article.published or self.article.reference_date

    @cached_property
    def body_start(self) -> int:
        """Return the offset where the body starts: headline, standfirst and byline lines end.

        Leading lines that are short or set in Title Case, and lines above a dateline, are taken
        for page furniture; a fact found there is used only when the body does not state it.
        """
        return body_start(self.text)

    @cached_property
    def event_date(self) -> date | None:
        """Return the day of the article's main event, else its publication date.

        The first day-precise expression in the opening sentences that does not look
        ahead, resolved against the publication date; a relative one ("on Tuesday",
        "today") is preferred to a calendar date, which may be a page stamp.
        """
        published = self.ref_date
        if published is None:
            return None
        calendar: date | None = None
        for sent in self.sentences[:_EVENT_SENTENCES]:
            aside: date | None = None  # a day told in a relative clause ("X, who arrived on Monday, …")
            for expr in find_time_expressions(span_text(sent), published):
                if expr.ahead or expr.kind == "deadline" or expr.value is None or len(expr.value) != 10:
                    continue  # "by Friday", "within two weeks" are when things are due, not the event
                if self.article.is_skipped(sent.start_char + expr.start, sent.start_char + expr.end):
                    continue  # the page's stamp (" date 2025-11-12 ") run into the headline's sentence
                day = date.fromisoformat(expr.value)
                if day > published:
                    continue  # "meets Marcos tomorrow", "the forum on Monday, May 22": a day still ahead
                if not any(ch.isdigit() for ch in expr.text):
                    if in_persons_clause(self, sent.start_char + expr.start):
                        aside = aside or day
                        continue  # "…, who arrived in Tehran on Monday, held talks on Tuesday": Tuesday
                    return day
                calendar = calendar or day
            if aside is not None:
                return aside
        return calendar or published

    @cached_property
    def week_only(self) -> bool:
        """Say whether the opening sentences tell the event's time only by its week ("met in Praia this
        week", "signed last week"), no day: the publication day is then no day of the event."""
        published = self.ref_date
        if published is None:
            return False
        week = False
        for sent in self.sentences[:_EVENT_SENTENCES]:
            for expr in find_time_expressions(span_text(sent), published):
                if expr.ahead or expr.kind == "deadline" or expr.value is None:
                    continue
                if len(expr.value) == 10 and expr.value <= published.isoformat():
                    return False  # a day told: the event's
                week = week or _WEEK.search(expr.text) is not None
        return week

    @cached_property
    def sentences(self) -> list[Span]:
        """Return the parsed sentences that are not boilerplate or metadata lines."""
        return [s for s in self.doc.sents if s.text.strip() and not self._skipped(s)]

    @cached_property
    def _sentence_indexes(self) -> dict[int, int]:
        return {s.start: k for k, s in enumerate(self.sentences)}

    def sentence_index(self, sent: Span) -> int | None:
        """Return where a sentence stands among `sentences`, None for a skipped one."""
        return self._sentence_indexes.get(sent.start)

    def _skipped(self, sent: Span) -> bool:
        """Say whether a sentence's words (not the blank lines after it) lie in a skipped region."""
        text = span_text(sent)
        start = sent.start_char + len(text) - len(text.lstrip())
        return self.article.is_skipped(start, sent.start_char + len(text.rstrip()))

    def asks(self, sent: Span) -> bool:
        """Say whether a sentence is a question ("Has Fiji ratified the treaty?"): it reports nothing.

        It ends in a question mark and its verb's auxiliary stands before the subject ("When
        will … approve …?"). "Kenya signed it, didn't it?" and "Who would have thought …?" tell.
        """
        if not span_text(sent).rstrip().rstrip("\"”’')").endswith("?"):
            return False
        if _opens_with_auxiliary(sent):
            return True  # "Will the Prime Minister visit?", where the parser reads "visit" as a noun
        for verb in (t for t in sent if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp", "conj")):
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and any(c.dep_ in ("aux", "auxpass") and c.i < subj.i for c in verb.children):
                return True
            if subj is not None and verb.lemma_ == "be" and verb.i < subj.i:
                return True  # "Is the treaty in force?"
        return False

    def passage_before(self, sent: Span) -> list[Span]:
        """Return the sentences of `sent`'s paragraph (its line) that stand before it, nearest last."""
        line_start = self.text.rfind("\n", 0, sent.start_char) + 1
        return [s for s in self.sentences if line_start <= s.start_char < sent.start_char]

    def evidence(self, start: int, end: int) -> Evidence:
        """Return the evidence for text[start:end] (white space trimmed)."""
        return Evidence.of(self.text, start, end)

    @cached_property
    def country_mentions(self) -> Counter[str]:
        """Return how often each state is named (by name or demonym) in the article."""
        gaz = gazetteer()
        counts: Counter[str] = Counter()
        for ent in self.doc.ents:
            if ent.label_ not in ("GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"):
                continue
            if self.article.is_skipped(ent.start_char, ent.end_char):
                continue
            country = gaz.resolve(ent.text)
            if country is None and ent.label_ in ("FAC", "LOC"):
                continue  # a state's long form is kept ("the Lao People's Democratic Republic" as FAC)
            if country is None and ent.label_ in ("GPE", "NORP"):
                country = gaz.resolve(ent.text.split()[-1])
            if country is not None and not _third_parties_strife(ent):
                counts[country.name] += 1
        for tok in self.doc:
            if not tok.ent_type_ and not self.article.is_skipped(tok.idx, tok.idx + len(tok.text)):
                counts.update(_glued_pair(tok.text))  # "U.S.-Jordanian ties": one token, two states
        return counts

    @cached_property
    def pair(self) -> tuple[str, ...]:
        """Return the (up to two) states the article is about, most mentioned first."""
        return tuple(name for name, _ in self.country_mentions.most_common(2))

    @cached_property
    def dateline_bounds(self) -> tuple[int, int] | None:
        """Return where the story's dateline starts and where the words after it begin, if it has one."""
        return dateline_span(self.text[:2000])

    @cached_property
    def dateline_line(self) -> str | None:
        """Return the whole line the story's dateline opens, if it has one ("NAIROBI: K…" alone would read
        as a title)."""
        opening = self.dateline_bounds
        if opening is None:
            return None
        end = self.text.find("\n", opening[0])
        return self.text[opening[0]:end if end >= 0 else len(self.text)]

    @cached_property
    def told_from(self) -> Country | None:
        """Return the state of the place the story is told from (its dateline), if it names one."""
        place = self.article.dateline
        if place is None and (line := self.dateline_line) is not None:
            found = match_dateline(line)
            place = found.group("place") if found else None
        if not place:
            return None
        gaz = gazetteer()
        return gaz.by_capital(place) or gaz.resolve(place)

    @cached_property
    def credited_state(self) -> Country | None:
        """Return the state whose national agency the dateline credits ("DOHA, May 4 (BSS)": Bangladesh),
        whose side the story is told from wherever it is filed, if it credits one."""
        credit = dateline_credit(self.dateline_line) if self.dateline_line else None
        state = agency_state(credit) if credit else None
        return gazetteer().resolve(state) if state else None

    @cached_property
    def speakers(self) -> list[tuple[int, str | None]]:
        """Return where each transcript label ends and whom it names (None for a role or a stamp)."""
        return [(end, label_speaker(self.text[start:end])) for start, end in speaker_labels(self.text)]

    def speaker_at(self, at: int) -> str | None:
        """Return who is speaking at `at` in a transcript (the last label's speaker before it), or None."""
        before = [name for end, name in self.speakers if end <= at]
        return before[-1] if before else None

    def line_pair(self, at: int) -> tuple[str, ...]:
        """Return the two states heading the line at `at` ("- Kenya, Peru: MoU … signed"), else ().

        A digest's item names its pair before a colon; the item's facts are theirs, not the
        article's most mentioned pair.
        """
        start = self.text.rfind("\n", 0, at) + 1
        end = self.text.find("\n", at)
        line = self.text[start:end if end >= 0 else len(self.text)].lstrip()
        if mark := LIST_MARK.match(line):
            line = line[mark.end():]
        head, colon, _ = line.partition(":")
        if not colon or len(head) > 60:
            return ()
        gaz = gazetteer()
        states = [gaz.resolve(part) for part in _PAIR_SEPARATORS.split(head.strip()) if part]
        if len(states) != 2 or None in states:
            return ()
        names = tuple(dict.fromkeys(c.name for c in states if c is not None))
        return names if len(names) == 2 else ()

    def country_of(self, text: str) -> Country | None:
        """Return the state a name or demonym denotes, or None."""
        return gazetteer().resolve(text)


def _glued_pair(word: str) -> list[str]:
    """Return the two states a single hyphened word names ("U.S.-Jordanian", "Kenya-Uganda"), else []."""
    parts = word.split("-")
    if len(parts) != 2 or not all(parts):
        return []
    gaz = gazetteer()
    states = [gaz.resolve(part) for part in parts]
    return [c.name for c in states if c is not None] if None not in states else []


def _third_parties_strife(ent: Span) -> bool:
    """Say whether a state is named only as one side of a hyphened pair's strife ("the Russia-Ukraine
    war", "the Israeli-Palestinian conflict"): a topic the two parties talk about, not a party."""
    doc = ent.doc
    before = ent.start >= 2 and doc[ent.start - 1].text in _HYPHENS
    after = ent.end + 1 < len(doc) and doc[ent.end].text in _HYPHENS
    if not (before or after):
        return False
    head = ent.root
    while head.dep_ in ("compound", "amod", "punct") and head.head.i != head.i and head.head.i > head.i:
        head = head.head
    return head.lemma_.lower() in _STRIFE


_HYPHENS = frozenset({"-", "–"})
# What two other sides have between them ("the Russia-Ukraine war", "the India-Pakistan dispute").
_STRIFE = frozenset({"war", "conflict", "crisis", "dispute", "tension", "standoff", "fighting", "hostility",
                     "confrontation"})


def in_persons_clause(ctx: Context, at: int) -> bool:
    """Say whether the word at `at` stands in a relative clause about a person: "Hassan, who arrived
    in Nairobi on Monday, witnessed the signing" — Monday is her arrival's day, not the signing's."""
    tok = token_at(ctx.doc, at)
    return tok is not None and any(a.dep_ == "relcl" and (a.head.ent_type_ == "PERSON" or any(
        c.dep_.startswith("nsubj") and c.lower_ == "who" for c in a.children)) for a in tok.ancestors)


def _opens_with_auxiliary(sent: Span) -> bool:
    """Say whether a sentence's first word, after any speaker's label ("SPEERS:"), is an auxiliary
    ("Will …", "Did …", "Has …"): the word order of a yes-no question."""
    words = [t for t in sent if not t.is_space]
    colon = next((k for k, t in enumerate(words[:6]) if t.text == ":"), None)
    at = colon + 1 if colon is not None else 0
    first = words[at] if at < len(words) else None
    return first is not None and first.pos_ == "AUX" and first.dep_ in ("aux", "auxpass")

