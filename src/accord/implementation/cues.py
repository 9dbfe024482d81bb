"""What a sentence says happened to a document after it was signed: the constructions.

Four kinds of cue, each read from one sentence of an article's text:

- `activity`: something done under a document ("the joint working group met under the
  MoU", "a project launched in line with the agreement", "the first shipment under the
  trade deal arrived");
- `validity`: how long it lasts ("valid for five years", "for a period of three years,
  renewable", "will remain in force until 2030");
- `renewal`: it was extended or renewed ("renewed for another five years");
- `termination`: it was ended or put on hold (terminated, withdrew from, denounced, suspended);
- `lapse`: it ran out, nobody renewing it ("lapsed", "has expired", "was allowed to expire",
  "let the MoU lapse");
- `resumption`: a suspension of it was undone ("lifted the suspension of the MoU", "the suspension of
  the agreement was lifted", "reinstated the accord").

A cue counts only as a thing done: "will launch", "threatened to withdraw from", "has not
been suspended" are not cues. Each cue keeps the documents its sentence names
(`DocumentName`), so the caller can tell which instrument it is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from accord.lexicon import DOCUMENT_FORMS, UNDOING_VERBS
from accord.normalize.numbers import parse_number
from accord.resolve.text import content_words, sector_labels

CUE_KINDS: tuple[str, ...] = ("activity", "validity", "renewal", "termination", "lapse", "resumption")
TERMINATIONS: tuple[str, ...] = ("terminated", "withdrawn", "denounced", "suspended")

# a document's noun, one or several (the MoU's full name first, so the noun span covers it)
_NOUNS: tuple[tuple[str, str], ...] = tuple(
    (kind, ("memorand(?:um|a|ums)\\s+of\\s+understanding|" if kind == "mou" else "") + f"{many}|{one}")
    for kind, (one, many) in DOCUMENT_FORMS.items() if kind != "declaration")
_NOUN = re.compile(r"\b(?:" + "|".join(f"(?P<{kind}>{words})" for kind, words in _NOUNS) + r")\b", re.I)
# what a document's name may carry after its noun ("the MoU on halal trade"), and where it stops
_SUBJECT_AFTER = re.compile(r"\s+(?:on|for|in|of|regarding|concerning|about)\s+((?:[\w'’&-]+\s*){1,8})", re.I)
_SUBJECT_STOP = frozenset(
    [
        "signed",
        "inked",
        "concluded",
        "between",
        "which",
        "that",
        "who",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "will",
        "would",
        "with",
        "by",
        "at",
        "last",
        "earlier",
        "during",
        "and",
        "under",
        "in",
        "to",
        "from",
        "since",
    ]
)
_BEFORE = re.compile(r"(?:\b(?:the|this|that|their|its|an?|bilateral)\s+)((?:[\w'’&-]+\s+){0,3})$", re.I)

# a thing said as not done: a modal, an infinitive, a plan, a threat, a negation just before the verb
_NOT_DONE = re.compile(
    r"\b(?:will|would|shall|may|might|could|can|should|must|to|not|never|no|n't|cannot|once|if|unless|"
    r"threat\w*|plan\w*|consider\w*|propos\w*|intend\w*|expect\w*|seek\w*|aim\w*|wants?|hopes?|"
    r"decided|agreed|agree|discuss\w*|urged?|called\s+for)\W+(?:\w+\W+){0,2}$",
    re.I,
)


def _done(sentence: str, at: int) -> bool:
    """Say whether the verb at `at` states a thing done (no modal, plan, threat or negation before it)."""
    return not _NOT_DONE.search(sentence[max(0, at - 60) : at])


@dataclass(frozen=True, slots=True)
class DocumentName:
    """A document a sentence names: its type, the words and sectors of its subject, and where."""

    type: str
    words: frozenset[str]
    sectors: frozenset[str]
    start: int  # in the sentence
    end: int


@dataclass(frozen=True, slots=True)
class Cue:
    """One sentence's cue about what became of a document, with its span in the article."""

    kind: str  # one of CUE_KINDS
    start: int
    end: int
    detail: str  # activity: the act ("met", "launched", "shipment"); termination: one of TERMINATIONS
    names: tuple[DocumentName, ...]
    months: int | None = None  # a stated term, or a renewal's added term
    until: str | None = None  # a stated end (ISO: "2030", "2030-06", "2030-06-30")
    renewable: bool = False
    automatic: bool = False  # renewed by itself unless a party says otherwise


def document_names(sentence: str) -> tuple[DocumentName, ...]:
    """Return the documents a sentence names, each with the words of its subject."""
    out = []
    for m in _NOUN.finditer(sentence):
        kind = next(k for k, _w in _NOUNS if m.group(k))
        subject = _subject_after(sentence[m.end() :]) + " " + _subject_before(sentence[: m.start()])
        out.append(DocumentName(kind, content_words(subject), sector_labels(subject), m.start(), m.end()))
    return tuple(out)


def _subject_after(rest: str) -> str:
    m = _SUBJECT_AFTER.match(rest)
    if not m:
        return ""
    kept: list[str] = []
    for word in m.group(1).split():
        if word.lower() in _SUBJECT_STOP:
            break
        kept.append(word)
    return " ".join(kept)


def _subject_before(head: str) -> str:
    m = _BEFORE.search(head)
    return m.group(1) if m else ""


# --------------------------------------------------------------------------- terms and ends

_UNIT = r"(?P<unit>years?|months?)"
_COUNT = r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|twenty-five|thirty)"
_TERM = re.compile(rf"\b{_COUNT}(?:\s+|-){_UNIT}\b", re.I)
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_END = re.compile(
    r"\b(?:(?P<day>\d{1,2})\s+)?(?:(?P<month>" + "|".join(_MONTHS) + r")\s+)?"
    r"(?:(?P<day2>\d{1,2}),?\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


def months_of(text: str) -> int | None:
    """Return the term a phrase states in months ("five years" -> 60, "18-month" -> 18), else None."""
    m = _TERM.search(text)
    if not m:
        return None
    number = parse_number(m.group("n"))
    if number is None or number <= 0:
        return None
    return int(number) * (12 if m.group("unit").lower().startswith("year") else 1)


def end_of(text: str) -> str | None:
    """Return the end a phrase states ("until June 2030" -> "2030-06"), as ISO text, else None."""
    m = _END.search(text)
    if not m:
        return None
    year = m.group("year")
    if not m.group("month"):
        return year
    month = f"{_MONTHS.index(m.group('month').lower()) + 1:02d}"
    day = m.group("day") or m.group("day2")
    return f"{year}-{month}-{int(day):02d}" if day else f"{year}-{month}"


# --------------------------------------------------------------------------- the constructions

_DOC = _NOUN.pattern
# up to four words between a determiner and the document's noun, none a preposition ("their
# commitment to the agreement" is no agreement renewed)
_MODIFIERS = r"(?:(?!(?:to|of|with|for|on|in|at|by|from|under)\b)[\w'’-]+\s+){0,4}?"
_REFERENCE = re.compile(
    r"\b(?:under|in\s+line\s+with|pursuant\s+to|in\s+accordance\s+with|within\s+the\s+framework\s+of|"
    r"in\s+the\s+framework\s+of|as\s+part\s+of|as\s+envisaged\s+(?:in|by|under)|as\s+provided\s+(?:for\s+)?in|"
    r"in\s+implementation\s+of|implementing|to\s+implement|stemming\s+from|following\s+up\s+on)\s+"
    r"(?:the|this|that|their|its|a)?\s*(?:[\w'’-]+\s+){0,4}?" + _DOC,
    re.I,
)
# what was done: a realised act; the noun forms are firsts that can only have happened
_ACT = re.compile(
    r"\b(?P<act>held|met|convened|took\s+place|launched|started|began|begun|commenced|kicked\s+off|"
    r"arrived|delivered|shipped|dispatched|exchanged|inaugurated|opened|set\s+up|established|conducted|"
    r"organi[sz]ed|completed|hosted|trained|graduated|implemented|awarded|disbursed|"
    r"(?:first|inaugural|maiden)\s+(?:meeting|session|shipment|consignment|batch|cargo|flight|"
    r"exchange|round|cohort|delegation))\b",
    re.I,
)
_STARTED = re.compile(
    r"\b(?P<act>implementation)\s+of\s+(?:the|this|that|their|its)\s+(?:[\w'’-]+\s+){0,4}?"
    + _DOC
    + r"(?:\s+[\w'’-]+){0,6}?\s+(?:has\s+|had\s+)?(?:began|begun|started|commenced|is\s+under\s?way|"
    r"got\s+under\s?way|was\s+launched)",
    re.I,
)

_VALID = re.compile(
    r"\b(?:valid|in\s+force|in\s+effect|effective)\s+(?:for(?:\s+an?\s+(?:initial\s+)?(?:period|term)\s+of)?|"
    r"until|till|through|up\s+to|to)\s+(?P<what>[^,;.]{2,40}?)(?=[,;.]|\s+(?:and|but|which|renewable|after|from|unless)\b|$)"
    r"|\bfor\s+an?\s+(?:initial\s+)?(?:period|term)\s+of\s+(?P<what2>[^,;.]{2,30})"
    r"|\b(?P<what3>(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)-(?:years?|months?))"
    r"\s+(?:[\w'’-]+\s+){0,2}?"
    + _DOC.replace("?P<", "?P<v_")
    + r"|\bexpir(?:es|ed|e|ing)\s+(?:on|in|at\s+the\s+end\s+of)\s+(?P<what4>[^,;.]{2,30})",
    re.I,
)
_RENEWABLE = re.compile(
    r"\brenewable\b|\b(?:automatically|tacitly)\s+(?:be\s+)?(?:renew|extend|prolong)", re.I
)
_AUTOMATIC = re.compile(r"\b(?:automatically|tacitly)\b", re.I)

_RENEWED_VERB = r"(?P<verb>extended|renewed|prolonged)"
_RENEWAL = re.compile(
    rf"\b{_RENEWED_VERB}\s+(?:the|this|that|their|its)\s+"
    + _MODIFIERS
    + _DOC.replace("?P<", "?P<r_")
    + r"|"
    + _DOC.replace("?P<", "?P<s_")
    + r"(?:,?\s+[\w'’-]+){0,10}?,?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
    r"(?P<verb2>extended|renewed|prolonged)"
    r"|\b(?P<verb3>extension|renewal|prolongation)\s+of\s+(?:the|this|that|their|its)\s+(?:[\w'’-]+\s+){0,4}?"
    + _DOC.replace("?P<", "?P<t_")
    + r"(?:\s+[\w'’-]+){0,8}?\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:signed|agreed|approved|endorsed|finali[sz]ed)",
    re.I,
)
_ADDED = re.compile(
    r"\b(?:for|by)\s+(?:another|a\s+further|an\s+additional|a\s+(?:new|second)|an?)?\s*"
    + _TERM.pattern.replace("?P<", "?P<a_"),
    re.I,
)

_ENDED = {
    "terminated": "terminated",
    "denounced": "denounced",
    "suspended": "suspended",
    "annulled": "terminated",
    "revoked": "terminated",
    "scrapped": "terminated",
    "abrogated": "terminated",
    "cancelled": "terminated",
    "canceled": "terminated",
    "withdrew": "withdrawn",
    "withdrawn": "withdrawn",
    "pulled": "withdrawn",
    "exited": "withdrawn",
}
_ENDED_VERB = r"terminated|denounced|suspended|annulled|revoked|scrapped|abrogated|cancell?ed"
_TERMINATION = re.compile(
    rf"\b(?P<verb>{_ENDED_VERB})\s+(?:the|this|that|their|its)\s+"
    + _MODIFIERS
    + _DOC.replace("?P<", "?P<a_")
    + r"|\b(?P<out>withdrew|withdrawn|pulled\s+out|exited)\s+(?:from\s+)?(?:the|this|that|their|its)\s+"
    r"(?:[\w'’-]+\s+){0,4}?"
    + _DOC.replace("?P<", "?P<b_")
    + r"|"
    + _DOC.replace("?P<", "?P<c_")
    + rf"(?:,?\s+[\w'’-]+){{0,10}}?,?\s+(?:was|were|has\s+been|have\s+been|"
    rf"had\s+been|is|are|stands|remains)\s+(?P<verb2>{_ENDED_VERB})"
    r"|\b(?P<noun>termination|denunciation|suspension)\s+of\s+(?:the|this|that|their|its)\s+"
    r"(?:[\w'’-]+\s+){0,4}?" + _DOC.replace("?P<", "?P<d_"),
    re.I,
)
_NOUN_HOW = {"termination": "terminated", "denunciation": "denounced", "suspension": "suspended"}
# a suspension undone, by a verb that undoes a setback (`lexicon.UNDOING_VERBS`, in the past: "lifted the
# suspension of the MoU", "the suspension of the agreement was lifted") or one that puts it back in force
_IRREGULAR_PAST = {"withdraw": "withdrew|withdrawn", "annul": "annulled"}
_UNDONE_VERB = "|".join(sorted(_IRREGULAR_PAST.get(v) or (v + "d" if v.endswith("e") else v + "ed")
                               for v in UNDOING_VERBS))
_SUSPENSION_OF = r"suspension\s+of\s+(?:the|this|that|their|its)\s+(?:[\w'’-]+\s+){0,4}?"
_RESUMPTION = re.compile(
    rf"\b(?P<verb>{_UNDONE_VERB})\s+(?:the|this|that|their|its|a)\s+" + _SUSPENSION_OF
    + _DOC.replace("?P<", "?P<a_")
    + r"|\b" + _SUSPENSION_OF + _DOC.replace("?P<", "?P<b_")
    + r"(?:,?\s+[\w'’-]+){0,10}?,?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
    rf"(?P<verb2>{_UNDONE_VERB})"
    + r"|\b(?P<verb3>reinstated|restored|reactivated)\s+(?:the|this|that|their|its)\s+" + _MODIFIERS
    + _DOC.replace("?P<", "?P<c_"),
    re.I,
)
# a document that ran out: "the MoU lapsed", "had expired", "was allowed to expire", "let the MoU lapse"
_LAPSE = re.compile(
    _DOC.replace("?P<", "?P<a_")
    + r"(?:,?\s+[\w'’-]+){0,12}?,?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?P<allowed>allowed)\s+to\s+(?:expire|lapse)|(?:has\s+|have\s+|had\s+)?(?P<verb>lapsed|expired))\b"
    r"|\b(?P<let>let|allowed)\s+(?:the|this|that|their|its)\s+" + _MODIFIERS + _DOC.replace("?P<", "?P<b_")
    + r"(?:\s+(?:on|for|of|in)(?:\s+[\w'’-]+){1,5}?)?\s+(?:to\s+)?(?:lapse|expire)\b",
    re.I,
)
# a termination noun is a thing done only when something was done with it
_NOTICE = re.compile(
    r"\b(?:announced|notified|gave\s+notice|took\s+effect|came\s+into\s+effect|"
    r"became\s+effective|confirmed|formalised|formalized|was\s+completed)\b",
    re.I,
)


def cues_in(sentence: str, offset: int = 0) -> list[Cue]:
    """Return the cues one sentence states; spans are the sentence's, shifted by `offset`."""
    names = document_names(sentence)
    if not names:
        return []
    span = (offset, offset + len(sentence))
    out = [
        c
        for c in (
            _activity(sentence, names, span),
            _validity(sentence, names, span),
            _renewal(sentence, names, span),
            _termination(sentence, names, span),
            _lapse(sentence, names, span),
            _resumption(sentence, names, span),
        )
        if c
    ]
    return out


def _within(names: tuple[DocumentName, ...], match: re.Match[str]) -> tuple[DocumentName, ...]:
    """Return the names inside a construction's match: the document it is about."""
    return tuple(n for n in names if match.start() <= n.start and n.end <= match.end()) or names


def _activity(sentence: str, names: tuple[DocumentName, ...], span: tuple[int, int]) -> Cue | None:
    started = _STARTED.search(sentence)
    if started and _done(sentence, started.start()):
        return Cue("activity", *span, "implementation started", _within(names, started))
    reference = _REFERENCE.search(sentence)
    if not reference:
        return None
    for act in _ACT.finditer(sentence):
        if _done(sentence, act.start()):
            return Cue(
                "activity", *span, " ".join(act.group("act").lower().split()), _within(names, reference)
            )
    return None


def _validity(sentence: str, names: tuple[DocumentName, ...], span: tuple[int, int]) -> Cue | None:
    phrases = [" ".join(m.group(0).split()) for m in _VALID.finditer(sentence)]
    months = next((n for n in map(months_of, phrases) if n is not None), None)
    until = next((e for e in map(end_of, phrases) if e is not None), None)
    if months is None and until is None:
        return None
    renewable = bool(_RENEWABLE.search(sentence))
    automatic = renewable and bool(_AUTOMATIC.search(sentence))
    return Cue("validity", *span, "; ".join(phrases), names, months, until, renewable, automatic)


def _renewal(sentence: str, names: tuple[DocumentName, ...], span: tuple[int, int]) -> Cue | None:
    for m in _RENEWAL.finditer(sentence):
        verb = m.group("verb") or m.group("verb2") or m.group("verb3")
        at = m.start("verb") if m.group("verb") else m.start("verb2") if m.group("verb2") else m.start()
        if not _done(sentence, at):
            continue
        rest = sentence[m.end("verb") if m.group("verb") else m.end() :]
        added = _ADDED.search(rest)
        months = months_of(added.group(0)) if added else None
        until = end_of(rest[rest.lower().find("until") :]) if re.search(r"\buntil\b", rest, re.I) else None
        return Cue("renewal", *span, verb.lower(), _within(names, m), months, until)
    return None


def _termination(sentence: str, names: tuple[DocumentName, ...], span: tuple[int, int]) -> Cue | None:
    undone = [r.span() for r in _RESUMPTION.finditer(sentence)]
    for m in _TERMINATION.finditer(sentence):
        if any(a <= m.start() < b for a, b in undone):
            continue  # "lifted the suspension of the MoU": no end, the end of one
        word = m.group("verb") or m.group("verb2") or m.group("out") or m.group("noun")
        at = m.start("verb2") if m.group("verb2") else m.start()
        if not _done(sentence, at):
            continue
        if m.group("noun"):
            if not _NOTICE.search(sentence):
                continue
            how = _NOUN_HOW[m.group("noun").lower()]
        else:
            how = _ENDED[word.lower().split()[0]]
        return Cue("termination", *span, how, _within(names, m))
    return None


def _resumption(sentence: str, names: tuple[DocumentName, ...], span: tuple[int, int]) -> Cue | None:
    for m in _RESUMPTION.finditer(sentence):
        word = next(g for g in ("verb", "verb2", "verb3") if m.group(g))
        if _done(sentence, m.start(word)):
            return Cue("resumption", *span, m.group(word).lower(), _within(names, m))
    return None


def _lapse(sentence: str, names: tuple[DocumentName, ...], span: tuple[int, int]) -> Cue | None:
    for m in _LAPSE.finditer(sentence):
        word = next(g for g in ("allowed", "verb", "let") if m.group(g))
        if _done(sentence, m.start(word)):
            return Cue("lapse", *span, m.group(word).lower(), _within(names, m))
    return None


# --------------------------------------------------------------------------- sentences of a text

_SENTENCE_END = re.compile(r"[.!?]+[\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=\s*[-•*]\s)")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|St|No|Jr|Sr|vs|Gen|Col|Lt|Prof)|\b[A-Z])$")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield the spans [start, end) of a text's sentences (and of its paragraphs' lines)."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        stop = text[m.start()] in ".!?"
        if stop and _ABBREVIATION.search(text[max(start, m.start() - 5) : m.start()]):
            continue  # "Mr. Sharif", "U.S. officials"
        end = m.end() if stop else m.start()
        if end > start:
            yield start, end
        start = m.end()
    if start < len(text):
        yield start, len(text)


def cues_of(text: str, skip: tuple[tuple[int, int], ...] = ()) -> list[Cue]:
    """Return every cue of an article's text, outside its skipped (boilerplate) spans."""
    out: list[Cue] = []
    for start, end in sentences(text):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start < 12 or any(s <= start and end <= e for s, e in skip):
            continue
        out.extend(cues_in(text[start:end], start))
    return out
