"""A one-page brief of a relationship as of a day, where every sentence cites its reports.

The brief is built as typed values first (`Brief`: a summary, then sections of `Sentence`s,
then the sources), each sentence generated from the register's typed fields by the
phrase functions below, never pasted from article text. Renderers turn the same `Brief`
into Markdown (`to_markdown`), PDF (`to_pdf`) and the dashboard's HTML page.

A citation reads "Dawn, 27 Nov 2024": the outlet and the day of the report. A report
with no known outlet is named for its kind ("Official release", "Unnamed outlet"), with a
number when two such reports share a day; the Sources list says which article each is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from accord.curation import CuratedRegister
from accord.read import CommitmentView, commitments, conflicts, instruments
from accord.registry import QueryError, pair_key, pair_names
from accord.resolve import Conflict, Mention, Record
from accord.resolve.rules import status_class
from accord.titles import (
    PLURAL_KINDS,
    day_words,
    instrument_name,
    join_words,
    kind_words,
)

MAX_CITES = 2  # a sentence cites its earliest reports; the register holds the rest
MAX_NAMED = 2  # instruments or meetings named in one sentence; the rest are counted
RECENT_MEETINGS = 2  # meeting days shown before the as-of day
_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


# --------------------------------------------------------------------------- values


@dataclass(frozen=True, slots=True)
class Source:
    """One report the brief cites: the label citations use and the article behind it."""

    label: str
    article: str  # the stored article's name (what `accord show` takes)
    outlet: str | None
    published: date | None
    official: bool


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of plain text and the reports it rests on."""

    text: str
    cites: tuple[Source, ...]
    more: int = 0  # further reports not cited by name

    def citation(self) -> str:
        """Return the citation as text: "[Dawn, 27 Nov 2024; …] (+2 more)"."""
        if not self.cites:
            return ""
        more = f" (+{self.more} more)" if self.more else ""
        return "[" + "; ".join(s.label for s in self.cites) + "]" + more


@dataclass(frozen=True, slots=True)
class Section:
    """A titled run of sentences."""

    title: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True, slots=True)
class Brief:
    """The brief of one pair of states as of one day."""

    title: str
    pair: str
    as_of: date
    summary: tuple[Sentence, ...]
    sections: tuple[Section, ...]
    sources: tuple[Source, ...]

    def sentences(self) -> list[Sentence]:
        """Return every sentence of the brief, summary first."""
        return [*self.summary, *(s for section in self.sections for s in section.sentences)]

    def words(self) -> int:
        """Return how many words the brief's text has (titles, sentences and citations)."""
        text = " ".join([self.title, *(s.title for s in self.sections),
                         *(f"{s.text} {s.citation()}" for s in self.sentences())])
        return len(text.split())

    def to_json(self) -> dict[str, Any]:
        """Return the brief as a JSON-ready dict."""
        def sentence(s: Sentence) -> dict[str, Any]:
            return {"text": s.text, "cites": [c.label for c in s.cites], "more": s.more}
        return {"title": self.title, "pair": self.pair, "as_of": self.as_of.isoformat(),
                "summary": [sentence(s) for s in self.summary],
                "sections": [{"title": sec.title, "sentences": [sentence(s) for s in sec.sentences]}
                             for sec in self.sections],
                "sources": [{"label": s.label, "article": s.article, "outlet": s.outlet,
                             "published": s.published.isoformat() if s.published else None,
                             "official": s.official} for s in self.sources]}


# --------------------------------------------------------------------------- phrases


def count_words(n: int, noun: str) -> str:
    """Return "one instrument", "three instruments", "12 instruments"."""
    number = _NUMBER_WORDS[n] if n < len(_NUMBER_WORDS) else str(n)
    return f"{number} {noun if n == 1 else noun + 's'}"


def capital(text: str) -> str:
    """Return text with its first letter upper-case (the rest as it is)."""
    return text[:1].upper() + text[1:]


def verb_phrase(action: str) -> str:
    """Return an undertaking as what follows "undertook to" ("visit Belarus", "agree on …")."""
    action = re.sub(r"^visit to\b", "visit", action.strip())
    first = action.split(" ", 1)[0].rstrip(",")
    # a plural noun ("initiatives, including …") is no verb: the sides agreed on it
    if first.endswith("s") and not first.endswith(("ss", "us", "is")):
        return f"agree on {action}"
    return action


def participants_phrase(names: Sequence[str]) -> str:
    """Return "with X" or "between X and Y" (empty without names)."""
    if not names:
        return ""
    return f" with {names[0]}" if len(names) == 1 else f" between {join_words(list(names))}"


def meeting_phrase(fields: dict[str, Any]) -> str:
    """Return a meeting as a noun phrase: "talks between X and Y in Islamabad"."""
    kind = kind_words(str(fields.get("kind") or "meeting"))
    article = "" if kind in PLURAL_KINDS else ("an " if kind[:1] in "aeiou" else "a ")
    place = f" in {fields['place']}" if fields.get("place") else ""
    return f"{article}{kind}{participants_phrase(fields.get('participants') or [])}{place}"


_STATUS_VERBS = {"signed": "signed", "issued": "issued", "finalized": "finalised", "finalised": "finalised",
                 "ratified": "ratified", "in_force": "put into force", "planned": "planned",
                 "discussed": "discussed"}
_STATE_TITLES = {"force": "In force", "done": "Signed", "future": "Planned or discussed"}
_COMMITMENT_TITLES = {"overdue": "Overdue", "open": "Open", "postponed": "Postponed",
                      "cancelled": "Cancelled", "fulfilled_late": "Kept late", "fulfilled": "Kept",
                      "no_deadline": "No deadline"}
_COMMITMENT_ORDER = ("overdue", "open", "postponed", "cancelled", "fulfilled_late", "fulfilled",
                     "no_deadline")
_FIELD_WORDS = {"count": "how many documents were signed", "type": "what kind of document it is",
                "name": "how the name is spelt", "role": "the role", "date": "the date",
                "status": "the status", "deadline": "the deadline", "kind": "what kind of meeting it was",
                "approx": "whether the figure is exact"}


# --------------------------------------------------------------------------- citations


class _Citer:
    """Names each report once, the same way in every sentence."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        reports: dict[str, Mention] = {}
        for m in sorted(mentions, key=Mention.sort_key):
            reports.setdefault(m.article, m)
        by_label: dict[str, list[Mention]] = defaultdict(list)
        for m in reports.values():
            by_label[_base_label(m)].append(m)
        self.sources: dict[str, Source] = {}
        for base, group in by_label.items():
            for n, m in enumerate(group, 1):
                label = base if len(group) == 1 else base.replace(",", f" ({n}),", 1)
                self.sources[m.article] = Source(label, m.article_name, m.outlet, m.published, m.official)

    def sentence(self, text: str, mentions: Iterable[Mention]) -> Sentence:
        """Return a sentence citing the earliest reports among `mentions`."""
        cited = list(dict.fromkeys(self.sources[m.article] for m in sorted(mentions, key=Mention.sort_key)))
        return Sentence(text, tuple(cited[:MAX_CITES]), max(0, len(cited) - MAX_CITES))


def _base_label(m: Mention) -> str:
    who = m.outlet or ("Official release" if m.official else "Unnamed outlet")
    return f"{who}, {day_words(m.published)}"


# --------------------------------------------------------------------------- sections


def _mentions(records: Iterable[Record]) -> list[Mention]:
    return [m for r in records for m in r.mentions]


def _summary(c: _Citer, names: tuple[str, str], parts: _Parts, every: list[Mention]) -> list[Sentence]:
    """Return the three to four sentences of where things stand; `every` backs what none report."""
    out = [_instrument_summary(c, names, parts.instruments, every)]
    met = _meeting_summary(c, parts)
    if met is not None:
        out.append(met)
    out.append(_commitment_summary(c, parts.commitments, every))
    out.append(_conflict_summary(c, parts.conflicts, every))
    return out


def _instrument_summary(c: _Citer, names: tuple[str, str], found: list[Record],
                        every: list[Mention]) -> Sentence:
    done = [r for r in found if status_class(r.fields.get("status")) in ("done", "force")]
    if not done:
        return c.sentence(f"The reports record no instrument concluded between {names[0]} and {names[1]}.",
                          every)
    days = sorted({str(r.fields["date"]) for r in done if r.fields.get("date")})
    span = ""
    if len(days) == 1:
        span = f", all on {day_words(days[0])}"
    elif days:
        span = f", the first on {day_words(days[0])} and the latest on {day_words(days[-1])}"
    latest = [r for r in done if days and r.fields.get("date") == days[-1]] or done
    return c.sentence(f"The reports record {count_words(len(done), 'instrument')} concluded between "
                      f"{names[0]} and {names[1]}{span}.", _mentions(latest))


def _meeting_summary(c: _Citer, parts: _Parts) -> Sentence | None:
    if not parts.past_meetings and not parts.next_meetings:
        return None
    if parts.next_meetings:
        first = _main(parts.next_meetings, parts.next_meetings[0].fields["date"])
        return c.sentence(f"The next meeting reported is {meeting_phrase(first.fields)} "
                          f"on {day_words(first.fields['date'])}.", first.mentions)
    last = _main(parts.past_meetings, parts.past_meetings[-1].fields["date"])
    return c.sentence(f"The latest meeting reported was {meeting_phrase(last.fields)} "
                      f"on {day_words(last.fields['date'])}.", last.mentions)


# Which meeting of a day stands for it: talks and visits before ceremonies and press events
_WEIGHT = {"summit": 0, "talks": 1, "visit": 2, "meeting": 3}


def _ranked(records: Iterable[Record]) -> list[Record]:
    """Return meetings most telling first: by kind, then by how many participants are named."""
    return sorted(records, key=lambda r: (_WEIGHT.get(str(r.fields.get("kind")), 9),
                                          -len(r.fields.get("participants") or []), r.id))


def _main(records: list[Record], day: Any) -> Record:
    return _ranked(r for r in records if r.fields.get("date") == day)[0]


# What a number of commitments of each status are, singular and plural
_STATUS_STATES = {"overdue": ("is overdue", "are overdue"), "open": ("is still open", "are still open"),
                  "fulfilled_late": ("was kept late", "were kept late"),
                  "fulfilled": ("was kept on time", "were kept on time"),
                  "postponed": ("was postponed", "were postponed"),
                  "cancelled": ("was called off", "were called off"),
                  "no_deadline": ("has no deadline", "have no deadline")}


def _commitment_summary(c: _Citer, views: list[CommitmentView], every: list[Mention]) -> Sentence:
    if not views:
        return c.sentence("The reports record no undertaking by either side.", every)
    counts = {s: sum(v.status == s for v in views) for s in _COMMITMENT_ORDER}
    parts = [f"{_number(n)} {_STATUS_STATES[s][n != 1]}" for s, n in counts.items() if n]
    flagged = [v for v in views if v.status in ("overdue", "open")] or views
    return c.sentence(f"Of {count_words(len(views), 'undertaking')} reported, as of "
                      f"{day_words(views[0].as_of)} {join_words(parts)}.",
                      (m for v in flagged for m in v.evidence or v.record.mentions))


def _number(n: int) -> str:
    return _NUMBER_WORDS[n] if n < len(_NUMBER_WORDS) else str(n)


def _conflict_summary(c: _Citer, found: list[tuple[Record, Conflict]], every: list[Mention]) -> Sentence:
    if not found:
        return c.sentence("The sources do not contradict each other on any point recorded.", every)
    return c.sentence(f"The sources disagree on {count_words(len(found), 'point')}, set out below.",
                      (m for _, con in found for v in con.values for m in v.mentions))


def _conflict_topic(record: Record, conflict: Conflict) -> str:
    return f"{_FIELD_WORDS.get(conflict.field, conflict.field)} for {_about(record)}"


def _about(record: Record) -> str:
    f = record.fields
    if record.kind == "instruments":
        return instrument_name(f)
    if record.kind == "commitments":
        return f"the undertaking to {verb_phrase(str(f['action']))}"
    if record.kind == "meetings":
        return meeting_phrase(f)
    if record.kind == "people":
        return str(f["name"])
    return f"the figure {f.get('value')}"


def _instrument_sentences(c: _Citer, found: list[Record]) -> list[Sentence]:
    """Return one sentence per state and day: "On 26 Nov 2024 the sides signed X, Y and 9 others."""
    groups: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for r in found:
        groups[(str(r.fields.get("status") or "signed"), str(r.fields.get("date") or ""))].append(r)
    out = []
    for (status, day), records in sorted(groups.items(), key=lambda kv: (kv[0][1] or "9999", kv[0][0])):
        named = _some([instrument_name(r.fields) for r in records], "other")
        verb = _STATUS_VERBS.get(status, status.replace("_", " "))
        when = f" on {day_words(day)}" if day else ""
        be = "was" if len(records) == 1 else "were"
        out.append(c.sentence(f"{capital(join_words(named))} {be} {verb}{when}.", _mentions(records)))
    return out


def _some(names: list[str], other: str) -> list[str]:
    """Return the first names and a count of the rest ("and five others"); one more is named."""
    if len(names) <= MAX_NAMED + 1:
        return names
    return [*names[:MAX_NAMED], count_words(len(names) - MAX_NAMED, other)]


def _commitment_sentence(c: _Citer, view: CommitmentView) -> Sentence:
    f = view.record.fields
    actor = str(f.get("actor") or "The sides")
    due = f", due {'by' if len(str(f['deadline'])) == 10 else 'in'} {day_words(f['deadline'])}" \
        if f.get("deadline") else ""
    state = {"overdue": "not reported done in time",
             "open": "not yet due",
             "fulfilled": "reported done in time",
             "postponed": "reported postponed",
             "cancelled": "reported called off",
             "fulfilled_late": "reported done late"}[view.status]
    return c.sentence(f"{capital(actor)} undertook to {verb_phrase(str(f['action']))}{due}; {state}.",
                      view.evidence or view.record.mentions)


def _commitment_sentences(c: _Citer, views: list[CommitmentView]) -> list[Sentence]:
    ordered = sorted(views, key=lambda v: _COMMITMENT_ORDER.index(v.status))
    # what needs attention is listed one by one; what was kept on time or has no deadline is counted
    out = [_commitment_sentence(c, v) for v in ordered if v.status not in ("fulfilled", "no_deadline")]
    kept = [v for v in ordered if v.status == "fulfilled"]
    if kept:
        noun = count_words(len(kept), "other undertaking" if out else "undertaking")
        out.append(c.sentence(f"Reports show {noun} done in time.",
                              (m for v in kept for m in v.evidence or v.record.mentions)))
    loose = [v for v in ordered if v.status == "no_deadline"]
    if loose:  # counted, not listed: the register has each one
        noun = count_words(len(loose), "other undertaking" if out else "undertaking")
        out.append(c.sentence(f"No deadline is given for {noun}.",
                              (m for v in loose for m in v.record.mentions)))
    return out


def _meeting_day_sentence(c: _Citer, day: str, records: list[Record], future: bool) -> Sentence:
    """Return the sentence of one day's meetings: "Talks … and a press conference took place in …"."""
    # one phrase per kind and place: "talks in Islamabad" adds nothing to "talks between X and Y in Islamabad"
    firsts = {(r.fields.get("kind"), r.fields.get("place")): r for r in reversed(_ranked(records))}
    phrases = list(dict.fromkeys(meeting_phrase(r.fields) for r in _ranked(firsts.values())))
    phrases = _some(phrases, "other meeting")
    verb = ("is" if len(records) == 1 and records[0].fields.get("kind") not in PLURAL_KINDS else "are") \
        + " planned for" if future else "took place on"
    return c.sentence(f"{capital(join_words(phrases))} {verb} {day_words(day)}.", _mentions(records))


def _by_day(records: Iterable[Record]) -> list[tuple[str, list[Record]]]:
    days: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        days[str(r.fields["date"])].append(r)
    return sorted(days.items())


def _meeting_sentences(c: _Citer, parts: _Parts) -> list[Sentence]:
    past = _by_day(parts.past_meetings)[-RECENT_MEETINGS:]
    return ([_meeting_day_sentence(c, d, rs, False) for d, rs in past]
            + [_meeting_day_sentence(c, d, rs, True) for d, rs in _by_day(parts.next_meetings)])


def _conflict_sentences(c: _Citer, record: Record, conflict: Conflict) -> list[Sentence]:
    """Return one sentence per side of a disagreement, the first saying what it is about."""
    out = []
    for i, side in enumerate(conflict.values):
        value = day_words(side.value) if conflict.field in ("date", "deadline") else str(side.value)
        n = len({m.article for m in side.mentions})
        if i == 0:
            text = f"On {_conflict_topic(record, conflict)}, {_side_verb(n)} “{value}”."
        else:  # "one report", not "another": a report's headline and body may differ
            text = f"{capital(_side_verb(n))} “{value}”."
        out.append(c.sentence(text, side.mentions))
    return out


def _side_verb(n: int) -> str:
    return "one report gives" if n == 1 else f"{_number(n)} reports give"


# --------------------------------------------------------------------------- building


@dataclass(slots=True)
class _Parts:
    """The records a brief speaks of, chosen once."""

    instruments: list[Record]
    commitments: list[CommitmentView]
    past_meetings: list[Record]
    next_meetings: list[Record]
    conflicts: list[tuple[Record, Conflict]] = field(default_factory=list)


def _parts(register: CuratedRegister, pair: str, as_of: date, records: list[Record]) -> _Parts:
    dated = sorted((r for r in records if r.kind == "meetings" and r.fields.get("date")),
                   key=lambda r: (str(r.fields["date"]), r.id))
    day = as_of.isoformat()
    return _Parts(
        instruments=[v.record for v in instruments(register, pair)],
        commitments=commitments(register, as_of, pair=pair, restated=False),
        past_meetings=[r for r in dated if str(r.fields["date"]) <= day],
        next_meetings=[r for r in dated if str(r.fields["date"]) > day],
        conflicts=[(v.record, v.conflict) for v in conflicts(register, pair)],
    )


def build_brief(register: CuratedRegister, pair: str, as_of: date) -> Brief:
    """Return the brief of a pair key ("BY-PK") as known on `as_of`."""
    records = [r for r in register.records.values() if pair_key(r) == pair]
    if not records:
        raise QueryError(f"the register holds nothing about the pair {pair}")
    names = pair_names(pair)
    parts = _parts(register, pair, as_of, records)
    citer = _Citer(_mentions(records))
    sections = [
        Section("Instruments by state", tuple(_instrument_sentences(citer, parts.instruments))),
        Section(f"Commitments as of {day_words(as_of)}",
                tuple(_commitment_sentences(citer, parts.commitments))),
        Section("Recent and upcoming meetings", tuple(_meeting_sentences(citer, parts))),
        Section("Open conflicts between sources",
                tuple(s for rec, con in parts.conflicts for s in _conflict_sentences(citer, rec, con))),
    ]
    summary = _summary(citer, names, parts, _mentions(records))
    cited = {src for s in [*summary, *(s for sec in sections for s in sec.sentences)] for src in s.cites}
    sources = tuple(sorted(cited, key=lambda s: (s.published or date.max, s.label)))
    return Brief(f"{names[0]} and {names[1]}: brief as of {day_words(as_of)}", pair, as_of,
                 tuple(summary), tuple(s for s in sections if s.sentences), sources)


# --------------------------------------------------------------------------- Markdown


def _md(text: str) -> str:
    """Return text for Markdown: brackets and emphasis marks from article text are escaped."""
    return "".join("\\" + ch if ch in "[]*_`<>#|\\" else ch for ch in text)


def _md_sentence(s: Sentence) -> str:
    cite = s.citation()
    return _md(s.text) + (" " + _md(cite) if cite else "")


def to_markdown(b: Brief) -> str:
    """Return the brief as Markdown: the summary paragraph, sections of bullets, then Sources."""
    lines = [f"# {_md(b.title)}", "", " ".join(_md_sentence(s) for s in b.summary), ""]
    for section in b.sections:
        lines += [f"## {_md(section.title)}", "", *(f"- {_md_sentence(s)}" for s in section.sentences), ""]
    lines += ["## Sources", "", *(f"- {_md(s.label)}: {_md(_source_line(s))}" for s in b.sources)]
    return "\n".join(lines).rstrip() + "\n"


def _source_line(s: Source) -> str:
    return f"{'official' if s.official else 'media'}, {s.article}"


def brief(register: CuratedRegister, pair: str, as_of: date) -> str:
    """Return the Markdown brief of a pair key ("BY-PK") as known on `as_of`."""
    return to_markdown(build_brief(register, pair, as_of))


# --------------------------------------------------------------------------- PDF


# The PDF uses the core Helvetica font (nothing to install or ship), which covers Latin-1:
# typographic punctuation becomes its plain form and other letters lose their accents.
_PLAIN = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "...",
                        "\u00a0": " "})


def _latin1(text: str) -> str:
    import unicodedata

    text = text.translate(_PLAIN)
    if all(ord(ch) < 256 for ch in text):
        return text
    bare = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in bare if ord(ch) < 256 and not unicodedata.combining(ch)) \
        .encode("latin-1", "replace").decode("latin-1")


def to_pdf(b: Brief) -> bytes:
    """Return the brief as a one-page-style PDF document (A4, Helvetica)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title(_latin1(b.title))
    pdf.set_creator("accord")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def para(text: str, size: float, style: str = "", gap: float = 1.5) -> None:
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(width, size * 0.5, _latin1(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    para(b.title, 15, "B", 3)
    para(" ".join(f"{s.text} {s.citation()}".strip() for s in b.summary), 10, "", 3)
    for section in b.sections:
        para(section.title, 12, "B")
        for s in section.sentences:
            para(f"- {s.text} {s.citation()}".strip(), 9.5, "", 0.8)
        pdf.ln(2)
    para("Sources", 12, "B")
    for src in b.sources:
        para(f"{src.label}: {_source_line(src)}", 8.5, "", 0.5)
    return bytes(pdf.output())
