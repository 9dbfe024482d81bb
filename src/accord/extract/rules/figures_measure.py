"""What a bare amount measures, read from the clause it is told in.

"Bilateral trade reached $8.8 billion in 2025", "Two-way trade was about $3.1 billion last year",
"Trade amounted to 8.79 billion dollars last year": the amount names only its currency, so what it
measures is the subject of the verb that states it ("trade"), and the period is the date of that
clause ("2025"; "last year" resolved against the article's date). Consolidation joins two reports'
amounts of one measure and period, and the register shows them as a conflict when they disagree.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from accord.lexicon import DOCUMENT_NOUNS, GENERAL_DOCUMENT_NOUNS
from accord.normalize.dates import resolve

# Verbs that state a level rather than an act: their subject is what the amount measures
# ("trade reached $8.8bn"); an act's subject is its actor ("the bank approved $500m").
MEASURE_VERBS = frozenset({
    "be", "reach", "stand", "amount", "total", "hit", "rise", "grow", "increase", "climb", "jump",
    "fall", "drop", "decline", "decrease", "exceed", "top", "surpass", "double", "triple", "remain",
    "touch", "register", "record", "worth",
})
_DIRECTIONS = frozenset({"to", "from"})
# Periods a change is measured over, written twice ("year-on-year", "quarter on quarter",
# "year over year").
_PERIODS = frozenset({"year", "quarter", "month", "week", "day"})
# (not a count: "seven MoUs worth $2 billion" values the MoUs; the seven is a figure of its own)
_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod"})
_STEPS = 4


def measure(ent: Span, ref: date | None) -> str | None:
    """Return what a bare amount measures and when ("trade volume in 2025"), or None if unsaid."""
    noun = _measured_noun(ent) or _goods(ent)
    if noun is None:
        return _invested(ent)
    words = _noun_phrase(noun)
    valued = _valued_thing_of(ent)
    if valued is not None and valued.lower_ in _PAPERS:
        return words  # "agreements valued at $3 billion on Monday": a document's value has no period
    period = _period(ent, ref)
    return f"{words} in {period}" if period else words


# What a state invests, pledges or plans to ("will invest $1.5 billion", "$1 billion of investment",
# "its planned investments amount to $2 billion"): a pledge of one visit, told with no period.
_INVEST_VERBS = frozenset({"invest"})
_INVESTMENT_NOUNS = frozenset({"investment"})
# Verbs that put an amount of investment on the table ("pledged $1.5 billion of investment").
_PLEDGE_VERBS = frozenset({"pledge", "promise", "commit", "offer", "announce", "plan"})
# Verbs whose bare amount, told with nothing it is for, is a pledge of investment ("pledged $1.5 billion").
_BARE_PLEDGE_VERBS = frozenset({"pledge", "commit"})
# Prepositions that tell what a pledged amount is for ("for flood relief", "in aid", "towards the fund").
_PURPOSE_PREPOSITIONS = frozenset({"for", "in", "towards", "toward", "as"})


def _invested(ent: Span) -> str | None:
    """Return "investment" (or the investment noun's phrase) when an amount is one invested or pledged:
    the object of "invest", an amount "of investment" pledged, or the amount investments "amount to"
    when the parser reads the verb as a noun; None otherwise."""
    root = ent.root
    of = next((g for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
               for g in c.children if g.dep_ == "pobj"), None)
    verb = root.head if root.dep_ in ("dobj", "pobj") else None
    if verb is not None and verb.pos_ == "ADP" and verb.lower_ == "to" and verb.head.pos_ == "NOUN" and (
            verb.head.lemma_.lower() in _INVESTMENT_NOUNS and verb.head.dep_ in ("ROOT", "nsubj")):
        noun = verb.head  # "investments in X amount to $1 billion", "amount" taken for a noun
        start = min((c.left_edge.i for c in noun.lefts if c.dep_ in _MODIFIERS), default=noun.i)
        return noun.doc[start:noun.i + 1].text
    if verb is None or verb.pos_ != "VERB" or root.dep_ != "dobj":
        return None
    lemma = verb.lemma_.lower()
    if lemma in _INVEST_VERBS:
        return "investment"  # "Qatar will invest 1.5 billion US dollars in …"
    if lemma in _PLEDGE_VERBS and of is not None and of.lemma_.lower() in _INVESTMENT_NOUNS:
        return "investment"  # "the emir pledged $1.5 billion of investment", "promised $2m in investment"
    if lemma in _BARE_PLEDGE_VERBS and not any(c.dep_ == "prep" for c in root.children) and not any(
            c.dep_ == "prep" and _tells_a_purpose(c) for c in verb.children if c.i > root.i):
        return "investment"  # "the emir pledged $1.5 billion during the visit": a pledge told bare
    return None


def _tells_a_purpose(prep: Token) -> bool:
    """Say whether a preposition after a pledged amount tells what it is for ("for flood relief", "in aid",
    "to a new phase of its support"); "to Ghana" names who receives it."""
    if prep.lower_ in _PURPOSE_PREPOSITIONS:
        return True
    return prep.lower_ == "to" and any(c.dep_ == "pobj" and c.ent_type_ not in ("GPE", "NORP", "ORG")
                                       for c in prep.children)


def _valued_thing_of(ent: Span) -> Token | None:
    """Return the thing a word of value near the amount puts it on ("deals worth $5 billion"), or None."""
    tok = ent.root
    for _ in range(_STEPS):
        if tok.head is tok:
            return None
        tok = tok.head
        valued = _valued_thing(tok)
        if valued is not None:
            return valued
        if tok.pos_ not in ("ADP", "ADV", "NUM", "SYM"):
            return None
    return None


def _goods(ent: Span) -> Token | None:
    """Return what a quantity is of ("2.9 million metric tons of rice": rice), its unit inside the amount."""
    unit = ent.root
    if unit.pos_ != "NOUN" or unit.like_num:
        return None
    of = next((c for c in unit.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    goods = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return goods if goods is not None and _common_noun(goods) else None


def _measured_noun(ent: Span) -> Token | None:
    """Return the subject of the level verb the amount completes, or the noun it is "of"."""
    tok = ent.root
    for _ in range(_STEPS):
        dep, parent = tok.dep_, tok.head
        if parent is tok:
            return None
        if parent.pos_ in ("ADP", "ADV", "NUM", "SYM") or comparison_basis(parent):
            if parent.pos_ == "ADP" and parent.lower_ == "of" and parent.head.pos_ == "NOUN":
                return parent.head  # "investments of $3 billion"
            tok = parent
            continue
        valued = _valued_thing(parent)
        if valued is not None:
            return valued if _common_noun(valued) else None
        if parent.pos_ in ("VERB", "AUX", "ADJ") and parent.lemma_.lower() in MEASURE_VERBS:
            subject = next((c for c in parent.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject if _common_noun(subject) else None
            if dep in ("acomp", "xcomp") or parent.dep_ in ("acomp", "xcomp"):
                tok = parent
                continue
            if parent.pos_ == "ADJ":
                tok = parent
                continue
        return None
    return None


def _valued_thing(word: Token) -> Token | None:
    """Return the thing a word of value puts the amount on: the noun "worth"/"valued at" hangs on
    ("deals worth $5 billion", "agreements, which are valued at $3 billion"), or the object of the
    verb "worth" hangs on ("signed seven MoUs worth $2 billion"), or the subject of "valued at" ("trade
    was valued at $12 billion"); the signing of deals is valued by its deals."""
    if word.lemma_.lower() not in _VALUING:
        return None
    subject = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ != "WDT":  # "which are valued at": the noun it hangs on
        return subject if subject.pos_ != "PRON" else None
    owner = word.head
    if word.dep_ in ("acl", "relcl", "amod", "prep") and owner.pos_ in ("NOUN", "PROPN"):
        done = next((g for c in owner.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
        return done if done is not None and owner.lower_ in _ACTS_ON_PAPERS else owner
    if word.dep_ == "prep" and owner.pos_ == "VERB":
        return next((c for c in owner.children if c.dep_ == "dobj" and c.i < word.i), None)
    return None


# Words that set a value on a thing ("worth", "valued at", "estimated at", "priced at").
_VALUING = frozenset({"worth", "value", "estimate", "price"})
# Papers a value is put on once, when signed: the date of the clause is the signing's, no period.
_PAPERS = DOCUMENT_NOUNS | GENERAL_DOCUMENT_NOUNS | frozenset({"contract", "contracts"})
# Acts whose value is their papers' ("the signing of deals valued at …").
_ACTS_ON_PAPERS = frozenset({"signing", "conclusion", "exchange", "inking"})


def comparison_basis(tok: Token) -> bool:
    """Say whether a word opens the period a change is measured over ("rose 7% year-on-year",
    "grew 4 percent quarter on quarter", "year over year"): the parser takes it for the noun the
    number counts."""
    doc = tok.doc
    if tok.lower_ not in _PERIODS:
        return False
    after = [t for t in doc[tok.i + 1:tok.i + 5] if t.text != "-"]
    return len(after) >= 2 and after[0].lower_ in ("on", "over") and after[1].lower_ == tok.lower_


def _common_noun(tok: Token) -> bool:
    """Say whether a subject is a thing measured, not a named actor ("Trade" opening a sentence is PROPN)."""
    return tok.pos_ in ("NOUN", "PROPN") and not tok.ent_type_


def _noun_phrase(noun: Token) -> str:
    """Return the noun with its modifiers and the state it goes to or comes from."""
    start = min((c.left_edge.i for c in noun.lefts if c.dep_ in _MODIFIERS), default=noun.i)
    end = noun.i + 1
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in _DIRECTIONS:
            end = child.right_edge.i + 1
    return noun.doc[start:end].text


def _clause_of(word: Token) -> Token | None:
    """Return the verb of the clause a word is told in."""
    return next((t for t in word.ancestors if t.pos_ in ("VERB", "AUX")), None)


def _period(ent: Span, ref: date | None) -> str | None:
    """Return the resolved date of the clause the amount is told in, the nearest after it first.

    A single day is no period: it is when an amount was given or signed ("signed a grant of $46 million
    on Tuesday"), not a span the amount is measured over ("trade reached $8.8bn in 2025").
    """
    clause = _clause_of(ent.root)
    if clause is None:
        clause = ent.root.head
    lo, hi = clause.left_edge.i, clause.right_edge.i
    dates = [d for d in ent.doc.ents if d.label_ == "DATE" and lo <= d.start and d.end <= hi + 1
             and _clause_of(d.root) in (clause, None)]  # not "…, adding that this is higher than in 2020"
    after = [d for d in dates if d.start >= ent.end]
    before = [d for d in dates if d.end <= ent.start]
    ordered = sorted(after, key=lambda d: d.start) + sorted(before, key=lambda d: -d.start)
    for when in ordered[:1]:
        period = resolve(when.text, ref, future=False)
        return period if period is None or len(period) < len("YYYY-MM-DD") else None
    return None
