"""Members of a counted package told one by one: "Three MoUs will be signed. The first is
between A and B on X. The second MoU between C and D covers Y."

A sentence that counts documents of one kind with no subjects of its own (a figure) frames
the sentences after it: each that opens with "The first/second/…" names one of them, with
the package's type and status; its subject is what follows ("between A and B on X").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from accord.extract.rules.instruments_lexicon import LIST_ANCHORS
from accord.extract.rules.instruments_lists import (
    clean_item,
    is_instrument_noun,
    later_member,
    region,
    split_items,
)
from accord.extract.rules.instruments_mentions import (
    counted,
    is_plural,
    lists_through,
    mention_type,
    mentions,
    misread_list_verb,
)
from accord.extract.rules.instruments_merge import Candidate
from accord.extract.rules.instruments_status import mention_status, sentence_status, verb_status
from accord.lexicon import AIM_PARTICIPLES, ORDINAL_WORDS
from accord.normalize.sectors import sectors_for

ORDINALS = ORDINAL_WORDS[:10]
_MAX_COUNT = len(ORDINALS)


@dataclass(frozen=True, slots=True)
class Package:
    """A counted package of documents: their type, status, how many, and the sentence counting them."""

    type: str
    status: str
    count: int
    sent: int

    def frames(self, index: int) -> bool:
        """Say whether a sentence is near enough after the count to name one of its members."""
        return self.sent < index <= self.sent + 2 * self.count


def package(sent: Span, index: int) -> Package | None:
    """Return the counted package a sentence states ("three MoUs will be signed"), if any."""
    for m in mentions(sent):
        count = counted(m.head)
        if is_plural(m.head) and 1 < count <= _MAX_COUNT:
            status = mention_status(m.head) or sentence_status(sent)
            if status is not None:
                return Package(mention_type(m), status, count, index)
    return None


def ordinal_opening(sent: Span) -> Token | None:
    """Return the ordinal a sentence opens with ("The second MoU …", "The first is …"), if any."""
    words = [t for t in sent if not (t.is_space or t.is_punct)][:2]
    if len(words) == 2 and words[0].lower_ == "the" and words[1].lower_ in ORDINALS:
        return words[1]
    return None


def member(sent: Span, index: int, frame: Package, covered: set[int]) -> list[Candidate]:
    """Return the member "The first is between A and B on X" names, with the package's type and status."""
    ordinal = ordinal_opening(sent)
    if ordinal is None:
        return _pointed_members(sent, index, frame, covered) or _told_members(sent, index, frame, covered)
    if ORDINALS.index(ordinal.lower_) >= frame.count:
        return []
    verb = sent.doc[ordinal.i + 1] if ordinal.i + 1 < sent.end else ordinal
    told = verb.pos_ == "VERB" or misread_list_verb(verb) is not None  # "The first concerns fishing"
    if verb.lemma_ != "be" and told and (start := _member_topic(verb)) is not None:
        tokens = clean_item(region(sent, start, covered))  # "The first covers fishing, the second …"
        return [_item(sent, index, frame, tokens)] if tokens else []
    if verb.lemma_ != "be" or verb.i + 1 >= sent.end:
        return []
    tokens = region(sent, verb.i + 1, covered)
    about = bool(tokens) and tokens[0].lower_ in ("on", "about")  # "The second is on tourism": what it is on
    if len(tokens) < (2 if about else 3):
        return []
    return [_item(sent, index, frame, tokens)]


# Pronouns a sentence may open with to stand for the package counted just before.
_POINTERS = frozenset({"they", "these", "those"})


def _pointed_members(sent: Span, index: int, frame: Package, covered: set[int]) -> list[Candidate]:
    """Return the members "They cover A, B and C" lists of the package counted before, one per item;
    a present tense tells what documents hold ("They included ministers" tells who came).
    """
    words = [t for t in sent if not (t.is_space or t.is_punct)][:3]
    if len(words) < 3 or words[0].lower_ not in _POINTERS or words[0].dep_ != "nsubj" \
            or words[1].tag_ not in ("VBP", "VBZ"):
        return []
    if words[1].lower_ in LIST_ANCHORS:
        start = words[1].i + 1
    elif words[1].lemma_ == "deal" and words[2].lower_ == "with":
        start = words[2].i + 1  # "They deal with A and B"
    else:
        return []
    items = split_items(region(sent, start, covered), covered)
    if not 1 < len(items) <= frame.count:
        return []
    return [_item(sent, index, frame, item) for item in items]


def _told_members(sent: Span, index: int, frame: Package, covered: set[int]) -> list[Candidate]:
    """Return the members "One of these MoUs aims to A, while the second one is meant for B" tells of
    the package counted before, one per member whose verb says what it is for or on."""
    found: list[Candidate] = []
    for tok in sent:
        start = _member_topic(tok.head) if _package_member(tok) else None
        tokens = region(sent, start, covered) if start is not None else []
        if tokens and len(found) < frame.count:
            found.append(_item(sent, index, frame, tokens))
    return found


# Verbs by which a member says what it is for ("aims to …", "seeks to …"); participles ("is meant for …")
# are `AIM_PARTICIPLES`.
_AIM_VERBS = frozenset({"aim", "seek", "intend"})


def _package_member(tok: Token) -> bool:
    """Say whether a subject stands for one member of a package told before ("One of these MoUs", "One of
    them", "the second one", "the other one")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ != "one":
        return False
    of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
          for g in c.children if g.dep_ == "pobj"]
    if of:
        return of[0].lower_ in ("them", "these", "those") or (is_plural(of[0]) and is_instrument_noun(of[0]))
    return any(c.dep_ == "amod" and (c.lower_ in ORDINALS or c.lower_ == "other") for c in tok.children)


def _member_topic(verb: Token) -> int | None:
    """Return where what a member is for or on starts, after its verb ("aims to enhance …", "is meant for
    …", "is on …", "covers …"), or None."""
    if verb.lemma_ in _AIM_VERBS and verb.lower_ not in AIM_PARTICIPLES:
        act = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
        at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
        return act.i if act is not None else (at.i + 1 if at is not None else None)
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1), None)
    if verb.lower_ in AIM_PARTICIPLES and prep is not None and prep.lower_ in ("for", "at"):
        return prep.i + 1
    if verb.lemma_ == "be" and prep is not None and prep.lower_ in ("on", "about"):
        return prep.i + 1
    if lists_through(verb):
        return verb.i + 2  # "deals with …"
    return verb.i + 1 if verb.lower_ in LIST_ANCHORS else misread_list_verb(verb)


def _item(sent: Span, index: int, frame: Package, item: list[Token]) -> Candidate:
    """Return one member of the package, its subject the words of `item`."""
    text = sent.doc[item[0].i:item[-1].i + 1].text
    return Candidate(frame.type, text, sectors_for(text), frame.status, index, sent.start_char,
                     sent.end_char, named=False, head=item[0].idx)


def elided_members(sent: Span, index: int, before: list[Candidate]) -> list[Candidate]:
    """Return the members an ordinal alone stands for, its noun left out after a member named in full
    ("The fourth MoU on oil was exchanged by the firms, while the fifth on energy was exchanged by the
    ministers"; "The first is on fisheries and the second on roads"; "…, while the other covers roads"):
    the type of the member told before it, the status of its own verb or, in the same sentence, of that
    member."""
    found = []
    for tok in sent:
        if tok.pos_ not in ("ADJ", "NOUN"):
            continue
        later = later_member(tok)
        if not later and (tok.lower_ not in ORDINALS or tok.dep_ not in ("nsubj", "nsubjpass")):
            continue
        kin = _kin(before, index, tok) if later else None
        kin = kin or next((c for c in reversed(before) if c.subject.split(maxsplit=1)[0].lower() in ORDINALS),
                          None)
        status = verb_status(tok.head) if tok.dep_ in ("nsubj", "nsubjpass") else None
        status = status or (kin.status if kin is not None and kin.sent == index else None)
        words = _elided_topic(sent, tok, later)
        if status is None or kin is None or not words:
            continue
        text = sent.doc[words[0].i:words[-1].i + 1].text
        found.append(Candidate(kin.type, text, sectors_for(text), status, index, sent.start_char,
                               sent.end_char, named=False, head=tok.idx))
    return found


def _kin(before: list[Candidate], index: int, tok: Token) -> Candidate | None:
    """Return the member told before `tok` in its own sentence, if any."""
    return next((c for c in reversed(before) if c.sent == index and c.head < tok.idx), None)


def _elided_topic(sent: Span, tok: Token, later: bool) -> list[Token]:
    """Return what the member an ordinal alone stands for is on: its own "on …" ("the fifth on energy"),
    or, for a later member, the words after its preposition or verb ("the other covers roads")."""
    about = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "for")), None)
    if about is not None:
        return [t for t in about.subtree if t.i != about.i]
    if not later:
        return []
    nxt = sent.doc[tok.i + 1]
    start = nxt.i + 1 if nxt.pos_ == "ADP" else _member_topic(tok.head)
    if start is None and tok.dep_ == "amod" and tok.head.i >= nxt.i:
        start = nxt.i  # "…, the second covers mining and the third tourism": its verb left out
    return clean_item(region(sent, start, set())) if start is not None else []
