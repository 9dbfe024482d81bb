"""Initiatives: what two states pursue that is neither a document nor a meeting.

Joint ventures ("agreed on joint ventures in agriculture"), projects ("joint research
projects", "connectivity projects such as the North-South Corridor"), offers ("Belarus
extended an offer to invite 150,000 workers", "offered to purchase textile products"),
connectivity ("agreed to launch direct flights") and areas of cooperation ("identified
mining and IT as key areas for collaboration": one area per item). Each is found by a
spaCy `DependencyMatcher` pattern on lemmas and the parse; its state (proposed, agreed,
under way, done, dropped) comes from the verb that governs it ("launched", "inaugurated",
"shelved"), so a later report of the same initiative moves it on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Span, Token
from spacy.vocab import Vocab

from accord.core import INITIATIVE_STATES, Initiative
from accord.extract.rules.commitments_cues import furthers_relations_only
from accord.extract.rules.context import Context
from accord.extract.rules.modality import char_bounds, clause_bounds, is_negated, looks_ahead
from accord.normalize.sectors import sectors_for

# The verb that governs an initiative, by the state it puts it in.
STATE_VERBS: dict[str, str] = {
    **dict.fromkeys(("offer", "propose", "suggest", "explore", "consider", "discuss", "seek", "want",
                     "need", "plan", "identify", "envisage", "study", "mull", "welcome", "extend"),
                    "proposed"),
    **dict.fromkeys(("agree", "decide", "approve", "endorse", "commit", "finalise", "finalize", "sign",
                     "accept", "establish", "set"), "agreed"),
    # work on it ("are building", "developed"); to be done ("agreed to build"), only agreed
    **dict.fromkeys(("launch", "start", "begin", "commence", "kick", "roll", "resume", "arrive",
                     "operate", "implement", "depart", "leave", "build", "construct", "develop", "execute",
                     "undertake", "ship", "deliver", "disburse", "release"), "under_way"),
    **dict.fromkeys(("complete", "inaugurate", "open", "finish", "conclude", "commission"), "done"),
    **dict.fromkeys(("scrap", "abandon", "shelve", "drop", "cancel", "terminate", "suspend", "halt",
                     "freeze", "withdraw"), "dropped"),
}
# Nouns of a state change: "the launch of the flights", "the inauguration of the corridor".
STATE_NOUNS: dict[str, str] = {
    "proposal": "proposed", "offer": "proposed", "agreement": "agreed", "launch": "under_way",
    "start": "under_way", "commencement": "under_way", "completion": "done", "inauguration": "done",
    "opening": "done", "cancellation": "dropped", "suspension": "dropped", "abandonment": "dropped",
}
# Verbs of taking part or working on a thing without changing its state.
_PURSUIT_VERBS = dict.fromkeys(("participate", "pursue", "finance", "fund", "support", "join", "expand",
                                "include"), "")
_OFFER_VERBS = ["offer", "propose", "suggest"]
_OFFER_NOUNS = ["offer", "proposal"]
_PROJECT_NOUNS = ["project", "scheme"]
# What carries people or goods between two states: connectivity, however it is built.
CONNECTIVITY_WORDS = frozenset({
    "connectivity", "corridor", "railway", "rail", "railroad", "road", "highway", "motorway", "flight",
    "air", "port", "pipeline", "ferry", "shipping", "route", "link", "transit", "logistics", "bridge",
})
_CONNECTIVITY_NOUNS = ["corridor", "railway", "flight", "pipeline", "highway", "railroad", "ferry"]
# "direct flights", "a railway line": links built or run, not a corridor of talks
_AREA_NOUNS = ["area", "sector", "field", "sphere", "domain"]
_AREA_ADJECTIVES = frozenset({"key", "priority", "potential", "promising", "new", "important", "main",
                              "major", "prospective", "specific", "identified", "focus"})
COOPERATION_NOUNS = frozenset({"cooperation", "co-operation", "collaboration", "partnership", "engagement",
                               "investment", "focus", "interest"})
_BATCH_NOUNS = ["batch", "group", "contingent", "consignment", "shipment", "tranche"]

_PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    # "offered to purchase textile products", "proposed to set up a trade house"
    "offer": [[
        {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LEMMA": {"IN": _OFFER_VERBS}, "POS": "VERB"}},
        {"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": "act",
         "RIGHT_ATTRS": {"DEP": "xcomp", "POS": "VERB"}},
    ], [
        # "extended a generous offer to invite 150,000 workers"
        {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LEMMA": {"IN": _OFFER_NOUNS}, "POS": "NOUN"}},
        {"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": "act",
         "RIGHT_ATTRS": {"DEP": {"IN": ["acl", "relcl"]}, "POS": "VERB"}},
        {"LEFT_ID": "act", "REL_OP": ">", "RIGHT_ID": "to", "RIGHT_ATTRS": {"LOWER": "to", "DEP": "aux"}},
    ]],
    # "joint ventures in agriculture"
    "joint_venture": [[
        {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LEMMA": "venture", "POS": "NOUN"}},
        {"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": "joint", "RIGHT_ATTRS": {"LOWER": "joint"}},
    ]],
    # "joint research projects", "connectivity projects such as the North-South Corridor"
    "project": [[
        {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LEMMA": {"IN": _PROJECT_NOUNS}, "POS": "NOUN",
                                              "DEP": {"NOT_IN": ["compound", "nmod"]}}},
        {"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": "modifier",
         "RIGHT_ATTRS": {"DEP": {"IN": ["compound", "amod", "nmod"]}}},
    ]],
    # "launch direct flights", "build a railway line", "the corridor was inaugurated"
    "connectivity": [[
        # LOWER, not LEMMA: a named link ("the North-South Transport Corridor") is a proper noun
        {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LOWER": {"IN": [*_CONNECTIVITY_NOUNS,
                                                               *(w + "s" for w in _CONNECTIVITY_NOUNS)]},
                                              "DEP": {"IN": ["dobj", "nsubjpass"]}}},
        {"LEFT_ID": "anchor", "REL_OP": "<", "RIGHT_ID": "verb",
         "RIGHT_ATTRS": {"POS": "VERB", "LEMMA": {"IN": sorted(STATE_VERBS | _PURSUIT_VERBS)}}},
    ]],
    # "identified mining and IT as key areas for collaboration", "key sectors such as …"
    "area": [[
        {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LEMMA": {"IN": _AREA_NOUNS}, "POS": "NOUN"}},
        {"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": "qualifier",
         "RIGHT_ATTRS": {"DEP": {"IN": ["amod", "compound", "prep"]}}},
    ]],
    # "the first batch of 500 workers arrived in Minsk": an offer of workers under way
    "batch": [[
        {"RIGHT_ID": "anchor", "RIGHT_ATTRS": {"LEMMA": {"IN": _BATCH_NOUNS}, "POS": "NOUN"}},
        {"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": "first", "RIGHT_ATTRS": {"LOWER": "first"}},
        {"LEFT_ID": "anchor", "REL_OP": ">", "RIGHT_ID": "of", "RIGHT_ATTRS": {"LOWER": "of"}},
    ]],
}


@lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> DependencyMatcher:
    matcher = DependencyMatcher(vocab)
    for name, patterns in _PATTERNS.items():
        matcher.add(name, patterns)
    return matcher


def find(ctx: Context) -> list[Initiative]:
    """Return every initiative the article reports, each once per span and subject."""
    kept = {(s.start, s.end) for s in ctx.sentences}
    matches = {(ctx.doc.vocab.strings[m], ids[0]) for m, ids in _matcher(ctx.doc.vocab)(ctx.doc)}
    out: dict[tuple[str, str], Initiative] = {}  # one fact per initiative: its furthest state, first said
    taken: list[tuple[int, int]] = []  # noun spans of ventures, projects and links: no offer repeats them
    for name, i in sorted(matches, key=lambda m: (m[0] == "offer", m[1])):
        anchor = ctx.doc[i]
        sent = anchor.sent
        if (sent.start, sent.end) not in kept:
            continue
        for fact in _initiatives(ctx, sent, name, anchor, taken):
            key = (fact.type, fact.subject.casefold())
            if key not in out or _further(fact, out[key]):
                out[key] = fact
    return sorted(out.values(), key=lambda f: (f.evidence.start, f.evidence.end, f.subject))


def _further(a: Initiative, b: Initiative) -> bool:
    """Say whether `a` took the initiative further than `b` did (or came first at the same state)."""
    rank = INITIATIVE_STATES.index
    return (rank(a.state), -a.evidence.start) > (rank(b.state), -b.evidence.start)


def _initiatives(ctx: Context, sent: Span, name: str, anchor: Token,
                 taken: list[tuple[int, int]]) -> Iterable[Initiative]:
    if name == "area":
        yield from _areas(ctx, sent, anchor)
        return
    if name == "batch":
        fact = _batch(ctx, sent, anchor)
    elif name == "offer":
        fact = _offer(ctx, sent, anchor, taken)
    else:
        fact = _pursued(ctx, sent, name, anchor, taken)
    if fact is not None:
        yield fact


def _make(ctx: Context, sent: Span, anchor: Token, type_: str, subject: str, state: str,
          head: Token | None = None, last: int | None = None) -> Initiative:
    """Return an initiative whose evidence is the clause around `anchor` (to token `last` at least)."""
    while head is not None and head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head  # "agreed to launch flights": the clause of the agreeing
    first, end_tok = clause_bounds(anchor, head=head if head is not None and head.pos_ == "VERB" else None)
    first, end_tok = min(first, anchor.i), max(end_tok, anchor.i, last or 0)
    start, end = char_bounds(sent, first, end_tok, anchor.idx)
    return Initiative(type=type_, subject=subject, sectors=sectors_for(subject), state=state,
                      parties=_parties(ctx, start, end), evidence=ctx.evidence(start, end))


def _parties(ctx: Context, start: int, end: int) -> tuple[str, ...]:
    """Return the article's states named (by name or demonym) between two offsets, in the article's order."""
    named = {c.name for e in ctx.doc.ents
             if start <= e.start_char and e.end_char <= end and (c := ctx.country_of(e.text)) is not None}
    return tuple(n for n in ctx.pair if n in named)


# --------------------------------------------------------------------------- state


def state_of(anchor: Token) -> tuple[str, Token | None]:
    """Return the state the words governing an initiative put it in, and the word that decides it.

    The nearest governing verb (or state noun: "the launch of") decides; a launch or an
    opening still ahead ("agreed to launch", "will be inaugurated") is only agreed, and
    a denied agreement ("did not agree") only proposed. Nothing governing it: proposed.
    """
    t: Token = anchor
    for _ in range(6):
        if t.head.i == t.i:
            break
        t = t.head
        state = STATE_VERBS.get(t.lemma_.lower()) if t.pos_ == "VERB" else STATE_NOUNS.get(t.lemma_.lower())
        if t.pos_ == "VERB" and t.lemma_.lower() in ("kick", "roll", "set") and not _particle(t):
            state = None  # "kick off", "roll out", "set up": the particle makes the verb
        if state is None:
            continue
        return _tempered(t, state), t
    return "proposed", None


def _particle(verb: Token) -> bool:
    return any(c.dep_ == "prt" for c in verb.children)


def _tempered(verb: Token, state: str) -> str:
    if verb.pos_ != "VERB":
        return state
    if is_negated(verb):
        return "proposed" if state != "dropped" else "agreed"
    if state not in ("under_way", "done"):
        return state
    outer = _outer_verb(verb)
    outer_state = STATE_VERBS.get(outer.lemma_.lower()) if outer is not None else None
    if looks_ahead(verb) or _future_passive(verb):
        # "to launch", "will be inaugurated": an intention, agreed at most
        return "proposed" if outer_state == "proposed" else "agreed"
    if verb.tag_ == "VBG" and outer_state in ("proposed", "agreed"):
        return outer_state  # "discussed building a plant", "agreed on launching flights"
    return state


def _outer_verb(verb: Token) -> Token | None:
    """Return the verb a non-finite verb complements ("agreed to launch", "discussed building")."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.head.i != head.i:
        head = head.head  # "agreed on launching": through the preposition
    complement = verb.dep_ in ("xcomp", "ccomp", "pcomp")
    return head if complement and head.pos_ == "VERB" and head.i != verb.i else None


def _future_passive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "would", "'ll") for c in verb.children)


# --------------------------------------------------------------------------- constructions


def _offer(ctx: Context, sent: Span, anchor: Token, taken: list[tuple[int, int]]) -> Initiative | None:
    """Return the offer an offering verb or noun makes ("offered to purchase textile products")."""
    act = next((c for c in anchor.children if c.pos_ == "VERB" and c.dep_ in ("xcomp", "acl", "relcl")
                and c.i - anchor.i <= _OFFER_REACH), None)
    if act is None or is_negated(anchor) or furthers_relations_only(act) or _relations_in(act):
        return None  # "offered to boost cooperation": a wish for ties, not an offer of something
    lo, hi = act.i, _phrase_end(act)
    hi = next((t.i - 1 for t in sent.doc[lo:hi + 1] if "\n" in t.whitespace_ or t.is_space), hi)
    if any(lo <= s and e <= hi for s, e in taken):
        return None  # "proposed to set up joint ventures": the venture is the initiative
    while hi > act.i and (sent.doc[hi].dep_ in ("aux", "cc") or sent.doc[hi].is_punct):
        hi -= 1  # "… workers to | contribute": the infinitive's "to" belongs to what was cut
    head = anchor if anchor.pos_ == "VERB" else anchor.head
    state = "proposed" if anchor.pos_ == "VERB" else _noun_offer_state(anchor)
    return _make(ctx, sent, anchor, "offer", _clean(f"{act.lemma_} {sent.doc[act.i + 1:hi + 1].text}"), state,
                 head=head, last=hi)


_OFFER_REACH = 4  # "an offer to invite", 'a "generous offer" to invite': the act follows the offer


def _relations_in(act: Token) -> bool:
    """Say whether the act's object is cooperation itself ("boost cooperation in a string of sectors")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in COOPERATION_NOUNS for c in act.children)


def _noun_offer_state(offer: Token) -> str:
    """Return the state of an offer made as a noun: accepted is agreed, else proposed."""
    verb = offer.head
    if verb.pos_ == "VERB" and verb.lemma_.lower() in ("accept", "welcome", "take") and not is_negated(verb):
        return "agreed" if verb.lemma_.lower() != "welcome" else "proposed"
    return "proposed"


def _pursued(ctx: Context, sent: Span, name: str, anchor: Token,
             taken: list[tuple[int, int]]) -> Initiative | None:
    """Return the venture, project or link a noun names, when something governs it or it is joint."""
    state, head = state_of(anchor)
    governed = _governed(anchor)
    if name == "connectivity" and not governed:
        return None
    if name == "project" and not governed and not _joint(anchor):
        return None  # "the project manager said …", a project merely named
    if anchor.dep_ in ("compound", "amod", "nmod") and anchor.head.pos_ == "NOUN":
        anchor = anchor.head  # "joint-venture industrial parks": the parks are the venture
    end = _phrase_end(anchor)
    first = min([anchor.i, *(c.left_edge.i for c in anchor.lefts if c.dep_ in ("compound", "amod", "nmod"))])
    taken.append((first, end))
    subject = _clean(sent.doc[first:end + 1].text)
    type_ = name
    if name == "project" and _connects(sent.doc[first:end + 1]):
        type_ = "connectivity"
    return _make(ctx, sent, anchor, type_, subject, state, head=head or _governor(anchor), last=end)


def _governed(anchor: Token) -> bool:
    """Say whether a verb or noun of some state, or of taking part, governs the noun within a few steps."""
    return _governor(anchor) is not None


def _governor(anchor: Token) -> Token | None:
    """Return the nearest verb or noun of some state, or of taking part, that governs the noun."""
    t = anchor
    for _ in range(6):
        if t.head.i == t.i:
            return None
        t = t.head
        if (t.pos_ == "VERB" and t.lemma_.lower() in STATE_VERBS | _PURSUIT_VERBS) or (
                t.pos_ == "NOUN" and t.lemma_.lower() in STATE_NOUNS):
            return t
    return None



def _joint(noun: Token) -> bool:
    return any(c.lower_ in ("joint", "bilateral", "common", "shared") for c in noun.children)


def _connects(span: Span) -> bool:
    return any(t.lemma_.lower() in CONNECTIVITY_WORDS for t in span)


def _phrase_end(tok: Token) -> int:
    """Return the last token of a noun or verb phrase, before a clause, a comma list or ten words."""
    doc = tok.doc
    end = tok.i
    for t in doc[tok.i + 1:tok.right_edge.i + 1]:
        following = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.lower_ in (",", "-", "–") and following is not None and following.dep_ in _MODIFIER_DEPS:
            continue  # "young, highly skilled workers": a comma between modifiers
        if (t.dep_ in ("relcl", "advcl", "ccomp", "mark", "punct") and t.lower_ not in ("-", "–")) or (
                t.i - tok.i > 12):
            break
        if (t.dep_ == "cc" and t.head.i == tok.i) or (t.dep_ == "xcomp" and t.head.i == tok.i and any(
                c.dep_ == "dobj" for c in tok.children)):
            break  # "invite workers | to contribute to …": what the offer is stops at its object
        end = t.i
    return end


_MODIFIER_DEPS = frozenset({"amod", "advmod", "compound", "nummod", "quantmod"})


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip(" ,;:\"“”'")).strip()


def _batch(ctx: Context, sent: Span, anchor: Token) -> Initiative | None:
    """Return the offer whose first batch (of workers, of goods) arrived or left: under way."""
    of = next(c for c in anchor.children if c.lower_ == "of")
    what = next((c for c in of.children if c.dep_ == "pobj"), None)
    if what is None:
        return None
    # "the first batch … arrived", or as parsed at times, "the first batch of [workers left for …]"
    verb = anchor.head if anchor.head.pos_ == "VERB" else next(
        (c for c in what.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")), anchor.head)
    if verb.pos_ != "VERB" or STATE_VERBS.get(verb.lemma_.lower()) != "under_way":
        return None
    if is_negated(verb) or looks_ahead(verb):
        return None
    words = [t for t in what.subtree if t.dep_ not in ("nummod", "quantmod", "det", "punct", "prep")
             and t.i <= what.i and t.pos_ != "NUM"]
    return _make(ctx, sent, anchor, "other", _clean(" ".join(t.text for t in words)), "under_way",
                 head=verb)


def _areas(ctx: Context, sent: Span, area: Token) -> Iterable[Initiative]:
    """Return one area initiative per item a list of key areas of cooperation names."""
    if not _names_cooperation(area):
        return
    items = _area_items(area)
    state, _ = state_of(area)
    head = next((t for t in (area, *area.ancestors) if t.pos_ == "VERB"), None)
    for item in items:
        for subject in _item_texts(item):
            fact = _make(ctx, sent, item, "area", subject, state, head=head)
            lo, hi = min(fact.evidence.start, area.idx), max(fact.evidence.end, area.idx + len(area.text))
            yield Initiative(type="area", subject=subject, sectors=sectors_for(subject), state=state,
                             parties=fact.parties, evidence=ctx.evidence(lo, hi))


def _names_cooperation(area: Token) -> bool:
    """Say whether a noun is an area of cooperation ("key areas for collaboration", "priority sectors")."""
    adjectives = {c.lower_ for c in area.children if c.dep_ in ("amod", "compound")}
    preps = [g for c in area.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
             for g in c.children if g.dep_ == "pobj"]
    cooperation = any(g.lemma_.lower() in COOPERATION_NOUNS for g in preps)
    # "key sectors" need no complement; "new areas" are of cooperation only when they say so
    return bool(adjectives & {"key", "priority"}) or (cooperation and bool(adjectives & _AREA_ADJECTIVES))


def _area_items(area: Token) -> list[Token]:
    """Return the items a list of areas names, whichever way the sentence builds it."""
    # "identified X, Y and Z as key areas": X is the object of the verb the "as" attaches to
    if area.dep_ == "pobj" and area.head.lower_ == "as":
        anchor = area.head.head
        first = anchor if anchor.pos_ in ("NOUN", "PROPN") else next(
            (c for c in anchor.children if c.dep_ == "dobj"), None)
        while first is not None and first.dep_ == "conj":
            first = first.head
        return _conjuncts(first) if first is not None else []
    # "key areas such as X and Y", "areas including X", "areas, namely X"
    for c in area.children:
        if c.dep_ == "prep" and (c.lower_ in ("including", "like") or (
                c.lower_ == "as" and any(a.lower_ == "such" for a in c.lefts))):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            return _conjuncts(pobj) if pobj is not None else []
        if c.dep_ == "appos":
            return _conjuncts(c)
    # "the key areas of cooperation are X and Y", "… include X and Y"
    verb = area.head
    if area.dep_ == "nsubj" and verb.lemma_.lower() in ("be", "include", "comprise", "cover"):
        obj = next((c for c in verb.children if c.dep_ in ("attr", "dobj")), None)
        return _conjuncts(obj) if obj is not None else []
    return []


def _conjuncts(tok: Token) -> list[Token]:
    return [tok, *tok.conjuncts] if tok.pos_ in ("NOUN", "PROPN", "VERB") else list(tok.conjuncts)


def _item_texts(item: Token) -> list[str]:
    """Return an item's phrases: the noun with its modifiers ("heavy machinery manufacturing").

    A coordination the parse puts inside the modifiers is two items ("mining and lithium
    processing": "mining", "lithium processing").
    """
    doc = item.doc
    words = [t for t in item.lefts if t.dep_ in ("amod", "compound", "nmod", "npadvmod")]
    first = min([item.i, *(w.left_edge.i for w in words)])
    cc = next((t for t in doc[first:item.i] if t.dep_ == "cc"), None)
    if cc is None:
        return [_clean(doc[first:item.i + 1].text)]
    return [p for p in (_clean(doc[first:cc.i].text), _clean(doc[cc.i + 1:item.i + 1].text)) if p]
