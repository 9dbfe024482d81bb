"""Evidence for a promise: an act reported done that is neither a meeting nor a signing.

"Saudi Arabia reopened its embassy in Tehran on Sunday", "the two countries resumed direct
flights", "the border crossing was reopened", "the consulate has been inaugurated". Each
becomes a commitment fact whose `change` is "done", with the day of the act (when its
clause states one) as its deadline; tracking (`accord.track`) lets it fulfil a promise of
the same act on the same object ("reopen their embassies within two months"). Only acts on
a thing a promise can name count: "opened the session" is a meeting, "opened fire" nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from accord.core import Commitment
from accord.extract.rules.commitments_cues import DONE_VERBS, names_works
from accord.extract.rules.context import Context
from accord.extract.rules.modality import (
    FUTURE_MODALS,
    HYPOTHETICAL_MODALS,
    char_bounds,
    clause_bounds,
    is_negated,
    names_facility,
    particle_of,
    time_expressions,
)
from accord.extract.rules.setbacks import actor_of, object_text, read_tokens
from accord.lexicon import DELIVERED_NOUNS, ORDINAL_WORDS
from accord.nlp import PLACE_ENTS
from accord.normalize.countries import gazetteer
from accord.normalize.dates import TimeExpr

DONE = "done"
PREFILTER = re.compile(r"(?i)\b(?:re)?open|\bresum|\brestor|\binaugurat|\blaunch|\brestart|\bdisburs|"
                       r"\bdeliver|\bhand|\breceiv|\bcomplet|\bfinish|\bcommission|"
                       r"\b(?:first|inaugural|maiden)\b")
# A first run reported made launches its link: "the first direct flight landed on May 28".
_FIRST_WORDS = frozenset({"first", "inaugural", "maiden"})
_RUN_VERBS = frozenset({"land", "arrive", "depart", "leave", "take", "sail", "run", "operate", "dock",
                        "cross"})
# Verbs that hand over money or goods, or finish works, and the act each is told as.
_HANDING = {"disburse": "disburse", "deliver": "deliver", "hand": "deliver", "complete": "complete",
            "finish": "complete", "commission": "complete", "receive": "deliver"}
# Verb forms that tell of a past act ("reopened", "has resumed", "was inaugurated").
_PAST_TAGS = frozenset({"VBD", "VBN"})


def find(ctx: Context, sentences: list[Span], body: int = 0) -> list[Commitment]:
    """Return every act reported done in the sentences (after `body`)."""
    return read_tokens(ctx, sentences, body, PREFILTER, _done)


def _done(ctx: Context, sent: Span, tok: Token) -> Commitment | None:
    """Return the act a past-tense verb reports done, or None."""
    if tok.pos_ != "VERB" or not _told_done(tok):
        return None
    if tok.lemma_.lower() in _HANDING:
        return _handed_or_finished(ctx, sent, tok)
    # the thing may be the subject too: "direct flights have resumed", "the embassy reopened"
    obj = next((c for c in tok.children
                if c.dep_ in ("dobj", "nsubjpass", "nsubj") and names_facility(c)), None)
    if obj is None:
        return None
    act = tok.lemma_.lower()
    if act not in DONE_VERBS:
        if act not in _RUN_VERBS or obj.dep_ != "nsubj" or not any(
                c.dep_ == "amod" and c.lower_ in _FIRST_WORDS for c in obj.children):
            return None
        act = "launch"
    return _reported_done(ctx, sent, tok, obj, act)


def _handed_or_finished(ctx: Context, sent: Span, tok: Token) -> Commitment | None:
    """Return money or goods reported handed over, or works reported finished, else None.

    "China has disbursed the first tranche of the loan", "the first two aircraft were
    delivered", "the president commissioned the water plant", "the bridge was completed".
    """
    act = _HANDING[tok.lemma_.lower()]
    if tok.lemma_.lower() == "hand" and particle_of(tok) != "over":
        return None
    giver = None
    if tok.lemma_.lower() == "receive":
        # "Timor-Leste received 5,000 tonnes of rice from Indonesia": handed over, told by the receiver
        # "from" may hang on the goods: "received the aid from Chad"
        near = [*tok.children, *(g for c in tok.children if c.dep_ == "dobj" for g in c.children)]
        giver = next((g for c in near if c.dep_ == "prep" and c.lower_ == "from"
                      for g in c.children if g.dep_ == "pobj" and g.ent_type_ in _GIVERS), None)
        giver = giver or next((_giver_of_whole(c) for c in tok.children if c.dep_ == "dobj"), None)
        if giver is None:
            return None
    told = (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))
    wholes = (_whole_of(c) for c in (*told, *_shifted_goods(tok)))
    obj = next((w for w in wholes if _handed_thing(w, act)), None)
    return None if obj is None else _reported_done(ctx, sent, tok, obj, act, giver)


def _shifted_goods(verb: Token) -> list[Token]:
    """Return goods told after the receiver ("delivered to Madagascar the 20,000 doses"), which the parser
    hangs on the receiver as its object; with no article ("delivered to Madagascar 20,000 doses") it
    makes the receiver a modifier of the goods, and the goods what "to" governs."""
    told = [r for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
            for r in c.children if r.dep_ == "pobj"]
    return [*(g for r in told for g in r.children if g.dep_ == "dobj"),
            *(r for r in told if any(m.dep_ == "nmod" and m.ent_type_ in PLACE_ENTS and any(
                t.tag_ == "CD" for t in r.doc[m.i + 1:r.i]) for m in r.children))]


def _giver_of_whole(part: Token) -> Token | None:
    """Return the state whose word qualifies the money a part is of ("received the final tranche of
    $25 million of the Azerbaijani loan": Azerbaijan), else None."""
    noun: Token | None = part
    for _ in range(3):  # "tranche of $25 million of the … loan": the "of"s may stack
        noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None) if noun is not None else None
        if noun is None:
            return None
        if noun.lemma_.lower() in DELIVERED_NOUNS:
            return next((m for m in noun.children if m.dep_ in ("amod", "compound")
                         and gazetteer().resolve(m.text) is not None), None)
    return None


# Who hands goods over, as a receiver names them ("received … from Indonesia", "from the Indian navy").
_GIVERS = frozenset({"GPE", "NORP", "ORG"})
# Words that take a part of a whole named after "of" ("the last of the ships", "the rest of the loan").
_PART_WORDS = frozenset({"last", "final", "rest", "remainder", "remaining", "balance", "bulk", "all", "most",
                         "part", "portion", *ORDINAL_WORDS})


def _whole_of(noun: Token) -> Token:
    """Return the whole a part is taken of, else the noun itself.

    "delivered the fifth and last of the patrol vessels", "the first two of the six aircraft were
    handed over": what was handed over is the vessels, the aircraft.
    """
    if (goods := _measured(noun)) is not None:
        return goods  # "5,000 tonnes of rice", "two shiploads of wheat": the rice, the wheat
    if noun.tag_ != "CD" and noun.lower_ not in _PART_WORDS:
        return noun
    # "the fifth and last of the vessels": the "of" may hang on the last part named
    of = next((c for part in (noun, *noun.conjuncts) for c in part.children
               if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), noun) if of is not None else noun


def _measured(noun: Token) -> Token | None:
    """Return the goods a counted measure is of ("5,000 tonnes of rice": the rice), else None."""
    if not any(c.dep_ == "nummod" and c.like_num for c in noun.children):
        return None
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)


def _handed_thing(noun: Token, act: str) -> bool:
    """Say whether a noun names what the act hands over or finishes (money or goods; works or their stage);
    goods counted in a measure are goods whatever they are ("5,000 tonnes of rice")."""
    if act == "complete":
        return names_works(noun)  # "the bridge", "the upgrade of the port", "work on the new terminal"
    if noun.dep_ == "pobj" and (goods := _measured(noun.head.head)) is not None and goods.i == noun.i:
        return True
    return noun.lemma_.lower() in DELIVERED_NOUNS or noun.lower_ in DELIVERED_NOUNS


def _reported_done(ctx: Context, sent: Span, tok: Token, obj: Token, act: str,
                   giver: Token | None = None) -> Commitment | None:
    """Return the act done on a thing, with its day and place where the clause tells them; None for
    an act of the pair's history ("Türkiye opened its embassy in Nairobi in 1968")."""
    first, last = clause_bounds(tok, head=tok)
    start, end = char_bounds(sent, min(first, tok.i), max(last, obj.right_edge.i), tok.idx)
    times = time_expressions(ctx, start, end, future=False)
    if _history(ctx, times):
        return None
    when = next((e for e in times if e.value is not None and len(e.value) == 10), None)
    subj = giver or next((c for c in tok.children if c.dep_ == "nsubj" and c.i != obj.i), None)
    action = f"{act} {object_text(obj)}"
    # where it was done may hang on the verb ("opened a consulate in Mombasa on Tuesday")
    where = next((f"{p.lower_} {g.text}" for p in tok.children
                  if p.dep_ == "prep" and p.lower_ in ("in", "at")
                  for g in p.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC")), None)
    if where and where not in action:
        action = f"{action} {where}"
    return Commitment(actor=actor_of(ctx, subj), action=action, change=DONE,
                      deadline_text=when.text if when else None, deadline=when.value if when else None,
                      evidence=ctx.evidence(start, end))


def _history(ctx: Context, times: list[TimeExpr]) -> bool:
    """Say whether a clause's times date its act years before the article ("in 2012" in a story of
    2025): background to the news, not an act a promise of the news can be kept by."""
    ref = ctx.ref_date
    return ref is not None and any(
        e.value is not None and e.value[:4].isdigit() and int(e.value[:4]) < ref.year - _HISTORY_YEARS
        for e in times)


# How many years before the article's own an act is history ("opened its embassy in 2012").
_HISTORY_YEARS = 2


def _told_done(verb: Token) -> bool:
    """Say whether a verb tells of its act as done: past, not negated, not planned or hoped for."""
    if verb.tag_ not in _PAST_TAGS or is_negated(verb):
        return False  # "flights have not resumed", "no flights have resumed"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_MODALS | HYPOTHETICAL_MODALS or a.lower_ in ("to", "be") for a in auxes):
        return False  # "will be reopened", "is to be reopened", "would have reopened"
    if verb.tag_ == "VBN" and not auxes and not (
            verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children)):
        # "the embassy reopened last week" is VBD; a bare participle is an adjective, unless it is the
        # sentence's verb with its doer, tagged as a participle ("the ministry on Friday delivered …")
        return False
    if verb.dep_ == "ROOT" and any(a.lower_ == "had" for a in auxes):
        return False  # "Peru had opened consulates in …": background to the news (a report's "said it
        # had delivered …" is the news itself, told in the past of the saying)
    return verb.dep_ not in ("xcomp", "amod", "acl")
