"""Merging the instrument mentions of one article: one fact per real document.

The same MoU named twice is one instrument; its most specific mention (a name with
capitals and years, a firmer status) is kept as the evidence. List items merge by sector
label ("vocational training" … "vocational education"), names by their words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.lang.en.stop_words import STOP_WORDS

from accord.extract.rules.instruments_lexicon import GENERIC_WORDS, NOUN_TYPES, SELF_NAMING
from accord.lexicon import ORDINAL_WORDS
from accord.nlp import line_bounds, on_list_line

_STATUS_RANK = ("in_force", "ratified", "signed", "issued", "finalized", "planned", "discussed")


@dataclass(slots=True)
class Candidate:
    """One instrument found in one sentence, before merging per article."""

    type: str
    subject: str
    sectors: tuple[str, ...]
    status: str
    sent: int
    start: int
    end: int
    named: bool
    parties: tuple[str, ...] = ()
    ordinal: int = 0  # tells apart "two agreements" of one sentence with one subject
    span: tuple[int, int] = (0, 0)  # char span of a named subject in the article
    head: int = -1  # char offset of its instrument noun ("… to the Transit Trade Agreement" is inside)
    told: tuple[int, int] = (-1, -1)  # the span its mentions take when merged with the next sentence's
    outside: bool = False  # its parties are states (or a bloc) other than the article's two


def merge(found: list[Candidate], pair: tuple[str, ...] = (), text: str = "") -> list[Candidate]:
    """Return one candidate per real instrument, the most specific mention kept."""
    stop = {w for name in pair for w in re.findall(r"[a-z0-9]+", name.lower())}
    kept: list[Candidate] = []
    for cand in found:
        same = next((k for k in kept if not _items_of_one_list(text, k, cand) and _same(k, cand, stop, pair)),
                    None)
        if same is None:
            kept.append(cand)
            continue
        best = cand if _better(cand, same) else same
        if _specificity(best) == 0 < _specificity(other := same if best is cand else cand):
            # "discussed the Treaty on Water Sharing. The treaty was signed": one's stage, the other's name
            best = replace(best, subject=other.subject, sectors=other.sectors, span=other.span)
        if {cand.status, same.status} == {"finalized", "signed"}:
            # "finalized a trade agreement … delivered a trade deal": the deal is told where it
            # was introduced, at its later stage
            best = replace(same, status="signed")
        if abs(cand.sent - same.sent) == 1:
            # "Putin and Kim signed a treaty. The two signed a 'Comprehensive … Treaty'": one
            # telling in two sentences; the evidence keeps both, as later reports cite either
            told = [c.told if c.told[0] >= 0 else (c.start, c.end) for c in (cand, same)]
            best = replace(best, told=(min(t[0] for t in told), max(t[1] for t in told)))
        kept[kept.index(same)] = best
    return kept


def _items_of_one_list(text: str, a: Candidate, b: Candidate) -> bool:
    """Say whether two documents are items on two lines of one list ("4. Executive Programme for
    Educational Exchanges;\n5. Executive Programme for Cultural Exchanges;"): two documents, however
    alike their names."""
    if not text or a.head < 0 or b.head < 0:
        return False
    first, second = sorted((line_bounds(text, a.head)[0], line_bounds(text, b.head)[0]))
    if first == second or not (on_list_line(text, a.head) and on_list_line(text, b.head)):
        return False
    at = text.find("\n", first) + 1
    while 0 < at < second:  # every line between is an item of the list too, or blank
        if text[at:text.find("\n", at)].strip() and not on_list_line(text, at):
            return False
        at = text.find("\n", at) + 1
    return True



def _ordinal_of(subject: str) -> str | None:
    """Return the ordinal a subject opens with ("second MoU on …" -> "second"), else None."""
    first = subject.split(maxsplit=1)[0].lower() if subject.strip() else ""
    return first if first in ORDINAL_WORDS else None


def _words(text: str, stop: set[str]) -> set[str]:
    """Return the content words of a subject cut to five letters ("@SinopecNews" ~ "Sinopec")."""
    words = set(re.findall(r"[a-z0-9]+", text.lower())) - GENERIC_WORDS - set(NOUN_TYPES) - stop - STOP_WORDS
    return {w[:5] for w in words}


def _title_words(text: str, stop: set[str]) -> set[str]:
    """Return the capitalised words of a name, the parties' names left out."""
    words = re.findall(r"[A-Z][A-Za-z-]*", text)
    return {w.lower() for w in words} - stop - {"mou", "mous"}


def _same(a: Candidate, b: Candidate, stop: set[str], pair: tuple[str, ...] = ()) -> bool:
    """Say whether two candidates of one article name the same document."""
    if {a.status, b.status} == {"planned", "signed"}:
        return False  # the signed 2025-27 roadmap is not the roadmap still to be finalised
    if a.sent == b.sent:
        return a.subject == b.subject and a.ordinal == b.ordinal
    if (a.outside or b.outside) and set(a.parties or pair) != set(b.parties or pair):
        return False  # Tanzania's PTA is not Kenya's; a deal with the EU not the pair's own
    if a.named != b.named:
        return _item_named_again(a, b, stop)
    ordinals = {_ordinal_of(a.subject), _ordinal_of(b.subject)}
    if None not in ordinals and len(ordinals) == 2:
        return False  # "the first MoU on investment in rail" is not "the third MoU on investment in ports"
    if a.sectors and b.sectors and not a.named:
        return _same_listed(a, b, stop)
    if a.sectors and b.sectors and not set(a.sectors) & set(b.sectors):
        return False  # "interior ministries" and "defence ministries" agreements
    ta, tb = _title_words(a.subject, stop), _title_words(b.subject, stop)
    if len(ta) >= 2 and len(tb) >= 2 and (ta <= tb or tb <= ta):
        return True  # "‘Roadmap for Comprehensive Cooperation’ agreement" … "the Roadmap for …"
    if a.type != b.type:
        return False  # the defence ministries' agreement is not the military-technical programme
    if a.type == b.type and a.type in SELF_NAMING and _specificity(a) == _specificity(b) == 0:
        return True  # "a comprehensive roadmap" … "the roadmap for future collaboration"
    if _name_told_back(a, b, stop):
        return True
    wa, wb = _words(a.subject, stop), _words(b.subject, stop)
    if not wa or not wb:
        return a.type == b.type and a.type in SELF_NAMING
    shared, smaller = len(wa & wb), min(len(wa), len(wb))
    # one shared word is enough only for a one-word subject ("Comprehensive Economic
    # Partnership Agreement" and "MoU on the … Economic Corridor" share just "economic")
    return shared >= min(2, smaller) and 2 * shared >= smaller


def _item_named_again(a: Candidate, b: Candidate, stop: set[str]) -> bool:
    """Say whether a document named in a later sentence is an item of a list told before ("The MoUs are on
    child protection and tourism. … signed the MoU on child protection"): of one type and stage, the name
    saying no more than the item."""
    item, name = (a, b) if not a.named else (b, a)
    words = _words(item.subject, stop)
    return name.sent > item.sent and (item.type, item.status) == (name.type, name.status) \
        and bool(words) and words == _words(name.subject, stop)


def _name_told_back(a: Candidate, b: Candidate, stop: set[str]) -> bool:
    """Say whether a later sentence tells a named document back by a short form ("signed an Agreement for
    the avoidance of double taxation. … and the tax agreement by A and B"): of one type and stage, every
    word of the short form opening a word of the name."""
    name, short = (a, b) if a.sent < b.sent else (b, a)
    if re.search(r"[A-Z]", short.subject) or not re.search(r"[A-Z]", name.subject):
        return False  # a short form is in lower case, told back to a capitalised name
    words, named = _words(short.subject, stop), _words(name.subject, stop)
    return short.sent > name.sent and (short.type, short.status) == (name.type, name.status) \
        and bool(words) and all(any(n.startswith(w) and n != w for n in named) for w in words)


def named_within(small: Candidate, big: Candidate, stop: set[str]) -> bool:
    """Say whether a shorter name of a document says nothing its longer name does not ("the expanded
    pact" of "an expanded trade pact"): every content word of one is the other's."""
    words = _words(small.subject, stop)
    return bool(words) and words <= _words(big.subject, stop)


def _same_listed(a: Candidate, b: Candidate, stop: set[str]) -> bool:
    """Say whether two listed subjects of one article are one document: the same words, or the same
    sectors told with a shared word.

    "coffee trade" (a lead's summary) is the body's "coffee trade promotion"; it is not the
    "partnership between the two chambers of commerce", though both are trade; "vocational
    training" and "vocational education" are one.
    """
    wa, wb = _words(a.subject, stop), _words(b.subject, stop)
    return a.sectors == b.sectors and (not wa or not wb or bool(wa & wb))


def _specificity(c: Candidate) -> int:
    """Return how many name-like words (capitalised, with digits) a subject has."""
    return sum(1 for w in c.subject.split() if w[:1].isupper() or any(ch.isdigit() for ch in w))


def _better(new: Candidate, old: Candidate) -> bool:
    rank_new, rank_old = _STATUS_RANK.index(new.status), _STATUS_RANK.index(old.status)
    if rank_new != rank_old:
        return rank_new < rank_old
    return new.named and old.named and _specificity(new) > _specificity(old)
