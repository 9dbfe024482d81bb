"""Lists of subjects after an instrument mention: where they start, end and split.

"Other MoUs … covered cooperation in e-commerce, science and technology, …, and halal
trade" names one MoU per item. Items are found on the parse's tokens: the region after an
anchor ("cooperation in", "such as", "including", a preposition of the instrument noun)
runs to a clause boundary, and splits at commas and at "and"/"or", except inside a sector
phrase of the taxonomy ("science and technology") or a prepositional phrase ("money
laundering and terrorism financing" after "related to").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from accord.datelines import (
    LIST_MARK as LIST_MARK,  # the list marks are named once, with the lines a page opens with
)
from accord.extract.rules.instruments_lexicon import (
    DROP_LEADING,
    EVENT_NOUNS,
    FIELD_NOUNS,
    GENERIC_WORDS,
    LIST_ANCHORS,
    NOUN_TYPES,
    RELATION_NOUNS,
    SIGNED_VERBS,
    TOPIC_HEADS,
    TOPIC_PREPS,
)
from accord.extract.rules.instruments_mentions import (
    acronym_bracket_end,
    is_mention_noun,
    is_plural,
    list_verb_after,
    lists_through,
    misread_list_verb,
    opens_next_clause,
    other_documents_after,
    purpose_verb,
    relates_to,
    scene_of,
    signed_for_a_side,
    spaced_dash,
)
from accord.extract.rules.instruments_status import verb_status
from accord.extract.rules.modality import when_clause
from accord.extract.rules.roles import is_role_word
from accord.lexicon import EXPIRY_VERBS, MEETING_NOUNS, ORDINAL_WORDS, SPEECH_VERBS, WHEN_WORDS
from accord.nlp import TIME_ENTS, span_text
from accord.normalize.countries import gazetteer
from accord.normalize.sectors import sectors_for, taxonomy

_HARD_STOPS = frozenset({".", ";", ":", "–", "—", "(", ")", "!", "?", "[", "]"})
_REL_WORDS = frozenset({"which", "that", "who", "whose", "where", "while", "whereas", "whom", "whereby",
                        "wherein"})
_STOP_WORDS = frozenset({"during", "at", "by", "under", "within", "after", "before", "amid",
                         "following", "along", "with", "through", "via", "despite", "but"})
_COMMA_STOPS = frozenset({"which", "along", "aimed", "designed", "while", "with", "signed",
                          "said", "according", "who", "where", "as", "to", "in", "at", "during",
                          "among"})  # "…, among other arrangements": a hedge, not an item
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_FIELD_INTROS = frozenset({"such", "including", "like", "namely", "of", "especially",
                           "particularly", "notably"})
_MAX_REGION = 60
# Adverbs that go on with a list ("… and also C", "… as well as D").
_STILL_LISTING = frozenset({"also", "as", "well", "too", "especially", "particularly", "notably", "mainly"})
_NOT_TOPICS = frozenset({"sideline", "sidelines", "margin", "margins", "occasion", "presence", "behalf",
                         "eve", "basis", "invitation", "visit", "way", "part", "day", "ceremony"})
# Prepositions that name a document's parties, not its subjects ("deals with partners covering …").
_PARTY_PREPS = frozenset({"with", "between", "by", "among", "from"})
# Prepositions inside an office's title ("the Minister for Trade", "the Secretary of State").
_TITLE_PREPS = frozenset({"for", "of"})
# Words that open what a document is about right after its parties ("between A and B regarding …").
_ABOUT_WORDS = frozenset({"on", "for", "in", "concerning", "regarding"})
# Nouns of talks about a document: what a list after them holds is the talks' ("talk of a deal, including …").
_TALK_NOUNS = frozenset({n for n, status in EVENT_NOUNS.items() if status == "discussed"} | {"talk"})
_SHARED_HEADS = frozenset({"cooperation", "co-operation", "collaboration", "partnership", "relations",
                           "affairs", "issues", "matters"})
_MAX_SCAN = 25
_MAX_ITEM = 14
_MAX_SEMICOLON_ITEM = 8  # words of one item between semicolons ("…; public service administration")


@dataclass(frozen=True, slots=True)
class Topic:
    """Where a mention's subject list starts, and whether it only sums up sectors."""

    start: int  # doc token index of the first token of the region
    summary: bool  # "across diverse sectors, including …": breadth, not one document each
    attached: bool = False  # a preposition of the instrument noun itself ("an MOU on …")
    told: bool = False  # what "be" says the document is on ("The first MoU … is on X"): X names it


# Nouns of set phrases opened by "in" that tell a state or a manner, no topic ("in force", "in
# accordance with", "in line with", "in addition").
_IN_PHRASES = frozenset({"force", "effect", "accordance", "line", "place", "addition", "particular",
                         "principle", "order", "return", "view", "light", "respect", "keeping", "conformity",
                         "compliance", "favour", "favor", "turn", "question", "practice", "full", "detail",
                         "earnest", "advance", "fact", "part", "person", "public", "time", "interest",
                         "interests", "spirit", "name", "context", "framework", "course", "future"})
# Gatherings that "in"/"at" place a signing at, no topic ("in upcoming meetings", "at the summit").
_OCCASIONS = MEETING_NOUNS - {"exchange", "dialogue", "consultation", "talk", "trip"}
# A preposition repeated after "and" starts a topic of its own ("MoUs on A and on B").
_TOPIC_PREPOSITIONS = frozenset({"on", "for", "in", "regarding", "concerning"})
# Words that open one member of a package told in the same sentence ("two deals, one on X and one
# on Y", "the first on X, the second on Y", "another on Z").
_MEMBER_OPENERS = frozenset({"one", "another", *ORDINAL_WORDS[:10]})
# Those that stand for a later member alone ("the second", "the other"): not the first.
_LATER_MEMBERS = frozenset({"other", *ORDINAL_WORDS[1:10]})


def sector_chars(sent: Span) -> set[int]:
    """Return the character offsets of `sent` that lie inside a taxonomy phrase."""
    covered: set[int] = set()
    for m in taxonomy().pattern.finditer(span_text(sent)):
        covered.update(range(sent.start_char + m.start(), sent.start_char + m.end()))
    return covered


def is_instrument_noun(tok: Token) -> bool:
    """Say whether a token is an instrument noun (MoU, agreement, treaty, …)."""
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in NOUN_TYPES or tok.lemma_.lower() in NOUN_TYPES)


def find_topic(sent: Span, last: int, heads: set[int], covered: set[int]) -> Topic | None:
    """Return where the subject list of a mention ending at doc token `last` begins.

    The first anchor after the mention whose region holds a real item wins, so "MoUs
    signed on the occasion covered cooperation in e-commerce, …" skips "the occasion".
    """
    doc = sent.doc
    across = False
    end = min(sent.end, _past_asides(doc, last, heads) + 1 + _MAX_SCAN)
    for j in range(last + 1, end):
        tok = doc[j]
        nxt = doc[j + 1] if j + 1 < sent.end else None
        if tok.text == "." or (tok.text == ";" and not _counted_before(tok, heads)) or nxt is None \
                or (is_instrument_noun(tok) and j not in heads):
            return None
        across = across or tok.lower_ == "across"
        if signed_for_a_side(tok, tok.head):
            continue  # "X signed the Memorandum for Kenya": the side it was signed for, no subject
        start = _anchor_end(tok, nxt, heads)
        if start is None:
            continue
        # "an agreement between A and B on …" names its topic as "an agreement on …" does ("covers" opens a
        # clause)
        about = tok.lower_ in _ABOUT_WORDS or relates_to(tok)
        said = j == last + 1 and _said_of_subject(tok, heads)
        attached = (j == last + 1 and not said) or (about and _after_parties(tok, heads))
        # "… covered these new arrangements": the list points back, naming nothing new
        topic = _topic_at(sent, start, across or doc[start].lower_ in ("these", "those"))
        if topic is not None and _opens_with_mention(sent, topic.start):
            return None  # "six agreements, including MoUs on A, B and C": the MoUs own the list
        if topic is not None and (topic.summary or split_items(region(sent, topic.start, covered), covered)):
            told = said or _copula_topic(tok, heads) or _told_relation(tok, heads)
            return Topic(topic.start, topic.summary, attached, told)
    return None


def _past_asides(doc: Doc, last: int, heads: set[int]) -> int:
    """Return where a mention's own relative clauses set off by commas end ("The MoUs, which were
    inked in Nairobi after talks between …, include …": the scan for the list starts past them)."""
    ends = [c.right_edge.i for i in heads for c in doc[i].rights
            if c.dep_ == "relcl" and doc[c.left_edge.i - 1].text == "," and not _topic_clause(c)]
    return max([last, *ends])


def _topic_clause(clause: Token) -> bool:
    """Say whether a relative clause only says what documents are on ("The MoUs, which are on health
    and energy, …", "two MoUs that were on fisheries"): its list is theirs."""
    return clause.lemma_ == "be" and any(c.dep_ == "prep" and _topic_preposition(c) for c in clause.children)


def _topic_preposition(prep: Token) -> bool:
    """Say whether a preposition opens what documents are on: "on …", "in the fields of …"."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    if prep.lower_ == "on":
        return not any(g.lower_ in _ON_IDIOMS for g in objects)  # "on the table", "on track"
    return prep.lower_ == "in" and any(g.lower_ in FIELD_NOUNS for g in objects)


# Nouns of idioms opened by "on" that tell a state, no topic ("on the table for years", "on hold").
_ON_IDIOMS = frozenset({"table", "agenda", "hold", "track", "course", "paper", "ice", "horizon", "record"})


def _fields_follow(prep: Token, verb: Token) -> bool:
    """Say whether "in" after a verb of passive documents opens the fields they were signed in ("accords
    were signed in the fields of …", "in health and trade"), not where they are filed ("agreements …
    shall be notified in a subsequent notice", "will be published in the official gazette")."""
    if verb_status(verb) not in ("signed", "planned", "discussed", "finalized"):
        return False
    words = [t for t in prep.doc[prep.i + 1:prep.i + 4] if t.pos_ != "ADJ"]
    return not words or words[0].pos_ != "DET" or (len(words) > 1 and words[1].lower_ in FIELD_NOUNS)


def _opens_with_mention(sent: Span, start: int) -> bool:
    """Say whether the list region at `start` begins with an instrument mention of its own."""
    for tok in sent.doc[start:min(sent.end, start + 4)]:
        if tok.pos_ in ("DET", "NUM", "ADJ"):
            continue
        # a capitalised noun may open a title ("Agreement on …"); initials ("an MoU on A, B and C") do not
        return is_instrument_noun(tok) and (not tok.text[0].isupper() or _initials(tok))
    return False


def _initials(tok: Token) -> bool:
    """Say whether a word is written as initials ("MoU", "MOUs"): two capitals at least."""
    return sum(c.isupper() for c in tok.text) >= 2


def _anchor_end(tok: Token, nxt: Token, heads: set[int]) -> int | None:
    """Return where a list starts when `tok` is an anchor, else None."""
    low = tok.lower_
    if low in TOPIC_HEADS and nxt.lower_ in TOPIC_PREPS:
        # not a city: "inked at the Ministry of … International Cooperation in Phnom Penh" says where
        return None if nxt.lower_ == "in" and _names_city(nxt) else tok.i + 2
    if low == "such" and nxt.lower_ == "as":
        return _past_topic_preposition(tok.doc[tok.i + 2]) if tok.i + 2 < len(tok.doc) else None
    if ranges_from(tok):
        return tok.i + 2 if _lists_for(tok, heads) else None  # "12 agreements ranging from A to B"
    if low in LIST_ANCHORS or lists_through(tok):
        at = nxt.i + (low not in LIST_ANCHORS)  # "The accords deal with A and B", "pertain to A and B"
        return _past_cooperation_in(tok.doc, _past_topic_preposition(tok.doc[at])) \
            if _lists_for(tok, heads) else None
    if member_opening(tok) and _after_comma(tok):
        return tok.i + 2  # "two agreements, one on A and one on B"
    if tok.text in (":", ";") and _counted_before(tok, heads):
        return tok.i + 1  # "signed three agreements: the Lobito Corridor, the Railway Agreement and …"
    if low == "in" and _past_article(nxt).lower_ in _IN_PHRASES:
        return None  # "agreements in force with 11 states", "signed in the interests of both peoples"
    if purpose_in_act(tok) is not None:
        return None  # "signed three accords in an effort to deepen ties": why, not what they are on
    if low in ("on", "in") and nxt.ent_type_ in TIME_ENTS:
        return None  # "signed an agreement on Sunday awarding …": when, not what it is on
    if relates_to(tok) and (tok.i - 1 in heads or _after_parties(tok, heads) or _told_relation(tok, heads)):
        return tok.i + 2  # "an MoU between the two ministries related to combating terrorism"
    if _topic_preposition(tok) and tok.head.dep_ == "relcl" and _topic_clause(tok.head) \
            and tok.head.head.i in heads and not _place_follows(tok):
        return tok.i + 1  # "The two MoUs which are on health and trade were signed"
    if low in ("on", "for", "in", "concerning"):
        head = tok.head
        if (head.i in heads and not (low == "in" and _place_follows(tok))) or (
                (tok.i - 1 in heads or _after_parties(tok, heads) or _after_passive_parties(tok, heads)
                 or (low == "on" and _after_object_scene(tok, heads)))
                and not _place_follows(tok)) \
                or _after_colon(tok, heads):
            return tok.i + 1  # "MoUs on …" (the parser often hangs "on" on the verb); not "a treaty in Delhi"
        if low in ("on", "in") and not _place_follows(tok) and any(
                _counted(c).i in heads and c.dep_ == "nsubjpass" for c in head.children) and (
                low == "on" or _fields_follow(tok, head)):
            # "agreements were reached on …", "accords were signed in the fields of …"; not "agreements …
            # shall be notified in a subsequent notice"
            return tok.i + 1
        if low == "on" and head.lemma_ in ("focus", "centre", "center", "concentrate"):
            return tok.i + 1
    if _copula_topic(tok, heads):
        return tok.i + 1  # "The first MoU between the two governments is on defence cooperation"
    return None


def _counted_before(colon: Token, heads: set[int]) -> bool:
    """Say whether a colon comes right after counted documents and opens no clause ("three agreements: the
    X, the Y and the Z"; not "two MoUs: the minister said …", nor places or times, "three agreements: in
    Madrid, in Seville and in Valencia"). A semicolon does so only after a stray "of" ("the three
    agreements of; the X, the Y and the Z")."""
    noun = colon.doc[colon.i - 1] if colon.i > 0 else colon
    if colon.text == ";" and (noun.lower_ != "of" or colon.i < 2):
        return False
    if colon.text == ";":
        noun = colon.doc[colon.i - 2]
    after = colon.doc[colon.i + 1:colon.sent.end]
    return noun.i in heads and is_plural(noun) and any(c.dep_ == "nummod" for c in noun.children) \
        and len(after) > 0 and after[0].pos_ != "ADP" and not any(t.tag_ in _FINITE_TAGS for t in after)


# The tags of a finite verb, which make a clause of the words after a colon.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _copula_topic(prep: Token, heads: set[int]) -> bool:
    """Say whether "on"/"about" after a plain "be" whose subject is the document tells what it is on
    ("The second memorandum is on mining", "One of the deals is about irrigation"); not "is on the table",
    "is on Monday"."""
    verb = prep.head
    return prep.lower_ in ("on", "about", "in") and verb.lemma_ == "be" and prep.dep_ == "prep" \
        and any(c.dep_ == "nsubj" and (_counted(c).i in heads or c.i in heads) for c in verb.children) \
        and (prep.lower_ == "about" or _topic_preposition(prep)) and not _place_follows(prep)


def _said_of_subject(anchor: Token, heads: set[int]) -> bool:
    """Say whether a list verb's subject is the document, counted by an ordinal ("The first agreement
    covers fisheries", "The second MoU deals with mining"): the verb tells what that one is on."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
    return verb.tag_ in ("VBZ", "VBP", "VBD") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i in heads and any(
            o.dep_ == "amod" and o.lower_ in ORDINAL_WORDS for o in c.children) for c in verb.children)


def _told_relation(word: Token, heads: set[int]) -> bool:
    """Say whether "related/relating to" is what the document, its subject, is said to be ("The first
    agreement is related to border security", "The deals are related to A and B")."""
    to = word.doc[word.i + 1] if relates_to(word) else None
    return to is not None and any(c.dep_ in ("nsubj", "nsubjpass")
                                  and (_counted(c).i in heads or c.i in heads) for c in word.children) \
        and any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in ("one", "ones")
                for c in to.children)  # not "related to the one signed in 2019"


def _past_cooperation_in(doc: Doc, start: int) -> int:
    """Return where a list begins past a lead that only says it is about cooperation ("pertain to
    the two countries' cooperation in A, B and C" -> A)."""
    for j in range(start, min(start + 7, len(doc) - 1)):
        tok = doc[j]
        if tok.lower_ in TOPIC_HEADS and doc[j + 1].lower_ in TOPIC_PREPS:
            return j + 2
        if tok.tag_ != "POS" and (tok.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or tok.is_punct):
            break  # past "the two countries'", no further
    return start


def _past_article(tok: Token) -> Token:
    """Return the word after an article ("the interests" -> "interests"), or the word itself."""
    return tok.nbor(1) if tok.pos_ == "DET" and tok.i + 1 < len(tok.doc) else tok


def purpose_in_act(prep: Token) -> Token | None:
    """Return the verb of the purpose "in" opens ("in an effort to deepen …", "in a bid to boost …",
    "in a move to open …"): the infinitive of the preposition's noun object, by the parse or right after
    the noun."""
    if prep.lower_ != "in":
        return None
    for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
        act = next((c for c in noun.children if purpose_verb(c)), None)
        after = noun.doc[noun.i + 1:noun.i + 3]
        if act is None and len(after) == 2 and after[0].lower_ == "to" and after[1].tag_ == "VB":
            act = after[1]
        if act is not None:
            return act
    return None


def _after_parties(tok: Token, heads: set[int]) -> bool:
    """Say whether a word comes right after the phrase naming a document's parties ("an agreement between
    their health ministries regarding …", "memoranda of understanding between the two countries in the
    fields of …"): what follows is the document's, wherever the parser hung it."""
    doc = tok.doc
    if tok.i == 0:
        return False
    for prep in doc[tok.i - 1].ancestors:
        # the parser may hang the word on the parties' noun ("between the two governments on fisheries")
        hung = tok.dep_ == "prep" and prep.left_edge.i <= tok.head.i <= prep.right_edge.i
        if prep.dep_ == "prep" and prep.lower_ in _PARTY_PREPS and (prep.right_edge.i == tok.i - 1 or hung):
            if hung and tok.head.i > prep.i and is_role_word(tok.head.lower_):
                return False  # "the tax agreement by A and the Minister for Foreign Affairs": a title's words
            owner = prep.head
            if owner.dep_ == "pobj" and owner.head.lower_ == "of":
                owner = owner.head.head  # "memoranda of understanding between …"
            # "signed MoUs with Qatar on …": the parties hung on the verb, right after its document object
            return owner.i in heads or any(doc[h].head.i == owner.i and doc[h].dep_ in ("dobj", "nsubjpass")
                                           and doc[h].right_edge.i == prep.i - 1 for h in heads)
    return False


def _after_object_scene(prep: Token, heads: set[int]) -> bool:
    """Say whether "on" comes right after a document object's day or place, set off or not by a comma
    ("signed three MoUs on Monday, on A, B and C", "signed four agreements, on A and B"): the parser
    hangs it on the verb, but what it opens is what the documents are on."""
    verb = prep.head
    objects = [c for c in verb.children if c.dep_ == "dobj" and _counted(c).i in heads and c.i < prep.i]
    if prep.dep_ != "prep" or verb.pos_ != "VERB" or not objects:
        return False
    j = objects[0].right_edge.i + 1
    while j < prep.i:
        tok = prep.doc[j]
        scene = tok.dep_ == "prep" and tok.head.i == verb.i and _place_follows(tok)
        if scene:
            j = tok.right_edge.i + 1
        elif tok.text == "," and j == prep.i - 1:
            j += 1
        else:
            return False
    return True


def _after_passive_parties(tok: Token, heads: set[int]) -> bool:
    """Say whether a word comes right after the parties a passive signing names past its verb ("An MoU
    was signed between the two ministries on …", "The first agreement was inked by A and B on …"): the
    topic is the document's, though not part of its name."""
    prep = next((a for a in tok.ancestors if a.dep_ in ("prep", "agent") and a.lower_ in _PARTY_PREPS), None)
    inside = prep is not None and prep.left_edge.i <= tok.head.i <= prep.right_edge.i
    if prep is None or not (prep.right_edge.i == tok.i - 1 or inside):
        return False  # the word is not right past the parties, nor hung inside their phrase
    if inside and tok.head.i > prep.i and tok.lower_ in _TITLE_PREPS and is_role_word(tok.head.lower_):
        return False  # "was signed by the Minister for Trade, A, and …": the words of a signer's title
    verb = prep.head
    return verb.pos_ == "VERB" and verb.i == prep.i - 1 and any(
        c.dep_ == "nsubjpass" and c.i in heads for c in verb.children)


def _counted(tok: Token) -> Token:
    """Return what a quantity noun counts ("a number of agreements", "a series of MoUs"), else the noun."""
    if tok.pos_ == "NOUN" and not is_plural(tok):
        objects = [g for c in tok.children if c.lower_ == "of" and c.i == tok.i + 1
                   for g in c.children if g.dep_ == "pobj"]
        if objects and is_plural(objects[0]):
            return objects[0]
    return tok


def _past_topic_preposition(tok: Token) -> int:
    """Return where a list starting at `tok` begins past a preposition that only says it is a topic
    ("including on visa waivers and coffee trade"); a place or time after it is no topic.
    """
    if tok.lower_ in _TOPIC_PREPOSITIONS and tok.pos_ == "ADP" and not _place_follows(tok):
        return tok.i + 1
    return tok.i


def member_opening(tok: Token) -> bool:
    """Say whether a word opens one member of a package ("one on …", "the second on …")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in _MEMBER_OPENERS and nxt is not None and nxt.lower_ in _TOPIC_PREPOSITIONS \
        and nxt.pos_ == "ADP" and not _place_follows(nxt)


# Words that join a later member told in a clause of its own ("…, while the second covers Y", "… and the
# other on Y").
_MEMBER_JOINS = frozenset({"and", "while", "whereas", "but", ";", ","})
# Prepositions that say what such a member is on ("the second on Y"); not "with" ("the fourth with a
# European country": a partner) nor "in" ("the second in a decade").
_ELIDED_TOPIC_PREPOSITIONS = frozenset({"on", "about", "regarding", "concerning"})


def later_member(tok: Token) -> bool:
    """Say whether a word stands for a later member of a package, its noun left out, after a member told
    before it ("… on X and the second on Y", "…, while the other covers Y", "…; the third deals with Z")."""
    doc = tok.doc
    if tok.lower_ not in _LATER_MEMBERS:
        return False
    if tok.i < 2 or doc[tok.i - 1].lower_ != "the" or doc[tok.i - 2].lower_ not in _MEMBER_JOINS:
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and ((nxt.lower_ in _ELIDED_TOPIC_PREPOSITIONS and nxt.pos_ == "ADP")
                                or (nxt.pos_ in ("VERB", "AUX") and tok.dep_ in ("nsubj", "nsubjpass"))
                                or misread_list_verb(nxt) is not None  # "… and the second deals with Z"
                                or _gapped_member(tok, nxt))


def _gapped_member(tok: Token, nxt: Token) -> bool:
    """Say whether an ordinal stands for a member whose list verb is left out, told after a member with
    one ("The first covers fishing, the second covers mining and the third tourism": tourism), not a
    document of its own ("… and the third agreement") nor a time ("the third time")."""
    doc = tok.doc
    if nxt.pos_ not in ("NOUN", "PROPN", "ADJ") or is_instrument_noun(nxt) \
            or nxt.ent_type_ in TIME_ENTS or nxt.lower_ in _NOT_GAPPED:
        return False
    told = [t for t in doc[tok.sent.start:tok.i - 1]
            if t.lower_ in LIST_ANCHORS or lists_through(t) or misread_list_verb(t) is not None]
    return any(doc[t.i - 1].lower_ in _LATER_MEMBERS or doc[t.i - 1].lower_ in ORDINAL_WORDS for t in told)


# Nouns after an ordinal that count something else ("the second round", "the third time").
_NOT_GAPPED = frozenset({"time", "times", "round", "phase", "stage", "day", "year", "one", "ones", "part"})


def _after_comma(tok: Token) -> bool:
    """Say whether a word follows a comma or colon, past an article ("…, the first on …")."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else tok
    if before.lower_ == "the" and tok.i > 1:
        before = tok.doc[tok.i - 2]
    return before.text in (",", ":")


def _after_colon(tok: Token, heads: set[int]) -> bool:
    """Say whether a preposition opens a list behind a colon after the documents' noun
    ("signed three agreements: on taxation, on air services and on health"), or behind a comma where the
    preposition opens each item ("three memoranda of understanding, on A, on B and on C")."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text not in (":", ",") or _place_follows(tok):
        return False
    before = doc[tok.i - 2]
    if before.dep_ == "pobj" and before.head.lower_ == "of" and before.head.head.i in heads:
        before = before.head.head  # "memoranda of understanding, on …"
    if before.i not in heads:
        return False
    later = doc[tok.i + 1:tok.sent.end]
    return doc[tok.i - 1].text == ":" or any(
        t.lower_ == tok.lower_ and doc[t.i - 1].lower_ in (",", "and", "or") for t in later)


def _lists_for(anchor: Token, heads: set[int]) -> bool:
    """Say whether a list anchor ("including", "covering") speaks of the instrument nouns.

    It hangs on the noun, on a noun of its phrase ("MoUs in fields including …"), on a verb
    whose subject or object holds the noun ("witnessed the signing of MoUs, including …"),
    or on nothing the parse could tell. "Agreements with partners covering half of GDP"
    lists what the parties hold, "began talk of a deal, including two rounds" the talks'.
    """
    gov = anchor.head
    if gov.i == anchor.i or gov.i in heads or _told_right_after(anchor, heads):
        return True
    own = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own and anchor.pos_ == "VERB":
        return any(_holds(c, heads) for c in own)  # "…, and the second MoU covers mining": its own subject
    if gov.pos_ in ("NOUN", "PROPN"):
        return _in_phrase_of(gov, heads) or _holds(gov, heads)
    if gov.pos_ not in ("VERB", "AUX"):
        return True
    held = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")]
    return not held or any(_holds(c, heads) for c in held)


def _told_right_after(anchor: Token, heads: set[int]) -> bool:
    """Say whether a list verb follows the instrument noun past only a participle ("The agreements
    signed cover …", which the parser may read as "signed" governing a noun "cover").
    """
    before = anchor.doc[anchor.i - 1] if anchor.i > 0 else anchor
    if anchor.i - 1 in heads and list_verb_after(before):
        return True  # "The other two agreements concern …", read as nouns
    return anchor.i >= 2 and before.tag_ in ("VBN", "VBD") and anchor.i - 2 in heads


def _in_phrase_of(noun: Token, heads: set[int]) -> bool:
    """Say whether a noun lies in an instrument noun's phrase, not behind a party's preposition."""
    for tok in noun.ancestors:
        if tok.i in heads:
            return True
        if tok.lower_ in _PARTY_PREPS:
            return False
    return False


def _holds(arg: Token, heads: set[int]) -> bool:
    """Say whether a word is an instrument noun or holds one ("the signing of", "a raft of"),
    talks about a document aside.
    """
    if arg.i in heads or any(k.i in heads for k in arg.conjuncts):
        return True
    if arg.lower_ in _TALK_NOUNS or arg.lemma_.lower() in _TALK_NOUNS:
        return False
    return any(_in_phrase_of(arg.doc[i], {arg.i}) for i in heads if arg.left_edge.i <= i <= arg.right_edge.i)


def _place_follows(tok: Token) -> bool:
    """Say whether a preposition introduces a place, a time or an occasion ("signed in Hanoi", "on
    Monday", "complete further agreements in upcoming meetings")."""
    nxt = next((t for t in tok.doc[tok.i + 1:tok.i + 4] if t.pos_ != "DET"), None)
    occasion = next((c for c in tok.children if c.dep_ == "pobj"), None) if tok.lower_ in ("in", "at") \
        else None
    return (nxt is not None and (nxt.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME")
                                 or gazetteer().by_capital(nxt.text) is not None)) or (
        occasion is not None and occasion.lemma_.lower() in _OCCASIONS) or _town_of_state(tok)


def _town_of_state(prep: Token) -> bool:
    """Say whether a preposition opens a town the tagger does not know, told with its state after a comma
    ("signed three agreements in Nay Pyi Taw, Myanmar", "in Port Blair, India"): a place, no fields."""
    doc = prep.doc
    j = prep.i + 1
    while j < min(len(doc), prep.i + 5) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        j += 1
    if j == prep.i + 1 or j + 1 >= len(doc) or doc[j].text != ",":
        return False
    state = doc[j + 1]
    after = doc[j + 2] if j + 2 < len(doc) else None
    return state.ent_type_ == "GPE" and gazetteer().resolve(_entity_text(state)) is not None \
        and (after is None or after.lower_ not in (",", "and", "or"))  # "in Kenya, Uganda and Peru": a list


def _signing_city(prep: Token) -> bool:
    """Say whether "in" names the city a document was signed in ("an MoU on fisheries in Apia"): its
    object a place that is no state, hung on the verb, the document or an uncounted field ("cooperation",
    "trade");
    a thing counted or pointed at is where a project is ("a hospital in Kampala")."""
    if not _names_city(prep):
        return False
    owner = prep.head
    return owner.pos_ in ("VERB", "AUX") or is_instrument_noun(owner) or (owner.pos_ == "NOUN" and not any(
        c.dep_ in ("det", "nummod", "poss") for c in owner.children))


def _names_city(prep: Token) -> bool:
    """Say whether a preposition's object is a place that is no state ("in Apia", not "in Samoa"), or a
    capital the tagger took into a body's name ("… Regional Cooperation in Accra")."""
    return any(c.dep_ == "pobj" and ((c.ent_type_ == "GPE" and gazetteer().resolve(_entity_text(c)) is None)
                                     or gazetteer().by_capital(c.text) is not None)
               for c in prep.children)


def _entity_text(tok: Token) -> str:
    """Return the text of the named entity a token is part of ("South Africa" for "Africa")."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return tok.text if ent is None else ent.text


def _topic_at(sent: Span, start: int, across: bool) -> Topic | None:
    """Return the topic starting at `start`, past a lead-in such as "areas such as"."""
    doc = sent.doc
    if start + 1 < sent.end and doc[start].lower_ in TOPIC_HEADS and doc[start + 1].lower_ in TOPIC_PREPS:
        start += 2  # "MoUs … cover cooperation in A, B and C"
    first_noun = next((t for t in doc[start:min(sent.end, start + 4)] if t.pos_ in ("NOUN", "PROPN")), None)
    if first_noun is not None and first_noun.lemma_.lower() in _NOT_TOPICS:
        return None  # "signed on the sidelines of …", "in the presence of …"
    j = start
    while j < sent.end and (doc[j].pos_ in ("DET", "ADJ", "NUM") or doc[j].lower_ in GENERIC_WORDS) \
            and doc[j].lower_ not in FIELD_NOUNS and j - start < 4:
        j += 1
    broad = j < sent.end and doc[j].lemma_.lower() in _BREADTH_NOUNS
    if broad and j + 1 < sent.end and doc[j + 1].lower_ == "of":
        j += 2  # "a wide range of sectors, including …"
        while j < sent.end and doc[j].pos_ == "ADJ" and j - start < 8:
            j += 1
    elif broad:
        j += 1  # "a wide spectrum including …": the breadth told with no field noun
    broad = broad or any(doc[i].lower_ in _BREADTH_WORDS for i in range(start, j))
    field = j < sent.end and doc[j].lower_ in FIELD_NOUNS and not _names_a_thing(doc[j])
    if field or (broad and j < sent.end and doc[j].lower_ in _FIELD_INTROS):
        k = j + 1 if field else j
        if k < sent.end and doc[k].text == ",":
            k += 1
        if k < sent.end and doc[k].lower_ in _FIELD_INTROS:
            k += 1
            if k < sent.end and doc[k].lower_ == "as":
                k += 1
            # "various sectors, including A, B and C": examples of the breadth, not one document each
            return Topic(k, across or broad) if k < sent.end else None
        if ranges_from(doc[k]):
            # "in areas ranging from A to B": the breadth of the fields, its ends no document each (the
            # members are told one by one, if at all); "12 accords ranging from A to B" names two of them
            return Topic(k + 2, True) if k + 2 < sent.end else None
        if k < sent.end and doc[k].lower_ == "as" and any(t.lower_ == "such" for t in doc[start:j]):
            return Topic(k + 1, across) if k + 1 < sent.end else None  # "covering such areas as A and B"
        return None  # "in various areas" and nothing more: no subject
    return Topic(start, across) if start < sent.end else None


# Nouns and modifiers that tell a package's breadth ("a wide range of sectors", "various fields"): the
# fields listed after them are examples, not one document each.
_BREADTH_NOUNS = frozenset({"range", "spectrum", "array", "variety", "gamut", "host", "raft", "slew",
                            "myriad", "plethora", "multitude", "diversity", "swathe", "swath"})
_BREADTH_WORDS = frozenset({"various", "diverse", "different", "several", "multiple", "many", "numerous",
                            "wide", "broad", "varied", "vast"})


def _names_a_thing(field_noun: Token) -> bool:
    """Say whether a field word only modifies the noun after it ("maritime domain awareness",
    "area development"): a subject, not "in various domains"."""
    nxt = field_noun.nbor(1) if field_noun.i + 1 < len(field_noun.doc) else None
    return field_noun.dep_ == "compound" and nxt is not None and nxt.pos_ in ("NOUN", "PROPN")


def region(sent: Span, start: int, covered: set[int], *, goods: bool = False) -> list[Token]:
    """Return the tokens of the list beginning at `start`, up to the clause boundary.

    With `goods`, the list is of things bought or supplied, whose product names the
    small model often takes for people ("K9 howitzers"): a person's name ends nothing.
    """
    doc = sent.doc
    out: list[Token] = []
    bracket = -1  # the ")" of initials in brackets ("… Self-Defense Force (JMSDF)'s aircraft")
    for j in range(start, min(sent.end, start + _MAX_REGION)):
        tok = doc[j]
        if out and j > bracket and (close := acronym_bracket_end(doc, j) or _aside_in_phrase_end(doc, j)) \
                is not None and close < sent.end:
            bracket = close
        if out and tok.text == ";" and _list_goes_on(tok, sent) \
                and not (j + 2 < sent.end and later_member(doc[j + 2])):
            out.append(tok)  # "in the fields of energy; fisheries; culture": the items' separator
            continue
        if out and _opening_repeated(doc, start, j):
            out.append(tok)  # "deal with X and with Y": the list's own preposition opens its next item
            continue
        if out and j > bracket and (_is_boundary(tok, sent, covered, goods=goods)
                                    or _clause_adverb(tok, start) or other_documents_after(tok, sent)):
            break  # "… on agriculture and four other instruments": the others are not an item
        out.append(tok)
    stop = doc[out[-1].i + 1] if out and out[-1].i + 1 < sent.end else None
    if stop is not None and is_instrument_noun(stop):
        # "including a bilateral investment treaty": the words before the noun name it
        while out and (out[-1].head.i == stop.i or out[-1].pos_ == "DET"):
            out.pop()
    while out and (out[-1].is_punct or out[-1].pos_ in ("DET", "CCONJ", "ADP")):
        out.pop()
    return out


# The prepositions of list verbs ("deal with", "relate to", "pertain to") that may open each item again.
_LIST_VERB_PREPS = frozenset({"with", "to"})


def _opening_repeated(doc: Doc, start: int, j: int) -> bool:
    """Say whether the word at `j` is the preposition that opened the list, repeated to open its next item
    after "and", "or" or a comma ("deal with X, with Y and with Z"), or the comma before it."""
    if start == 0 or j + 1 >= len(doc):
        return False
    opening = doc[start - 1]
    if opening.pos_ != "ADP" or opening.lower_ not in _LIST_VERB_PREPS:
        return False  # "on"/"in" items have rules of their own ("cooperation in X, in the framework of …")
    tok = doc[j]
    if tok.text == ",":
        return doc[j + 1].lower_ == opening.lower_ and doc[j + 1].pos_ == "ADP"
    return tok.lower_ == opening.lower_ and tok.pos_ == "ADP" and doc[j - 1].lower_ in ("and", "or", ",")


def _aside_in_phrase_end(doc: Doc, i: int) -> int | None:
    """Return the index of the ")" closing a short aside in brackets opening at `i` inside one noun phrase
    ("union (allied) relations", "the border (land and river) crossings"): the word before it hangs on a
    word after it, so the phrase goes on past the bracket. Else None."""
    if i == 0 or doc[i].text != "(":
        return None
    close = next((j for j in range(i + 1, min(len(doc), i + 5)) if doc[j].text in (")", "(")), None)
    if close is None or doc[close].text != ")" or close == i + 1:
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in doc[i + 1:close]):
        return None
    before, after = doc[i - 1], doc[close + 1] if close + 1 < len(doc) else None
    if after is None or before.pos_ not in ("NOUN", "PROPN", "ADJ") or after.pos_ not in ("NOUN", "PROPN"):
        return None
    return close if before.head.i > close or any(t.head.i > close for t in doc[i:close + 1]) else None


def _list_goes_on(semicolon: Token, sent: Span) -> bool:
    """Say whether a semicolon separates items of a list: what follows it, up to the next semicolon
    or the sentence's end, is a short phrase of nouns with no verb, person or document of its own
    ("…; fisheries; culture and youth", not "…; officials said more would follow")."""
    doc = sent.doc
    nxt = next((t.i for t in doc[semicolon.i + 1:sent.end] if t.text in (";", ".", ":")), sent.end)
    part = [t for t in doc[semicolon.i + 1:nxt] if not t.is_punct]
    return 0 < len(part) <= _MAX_SEMICOLON_ITEM and any(t.pos_ in ("NOUN", "PROPN") for t in part) \
        and not any(t.pos_ in ("VERB", "AUX", "PRON") or t.ent_type_ in ("PERSON", "DATE", "TIME")
                    or is_instrument_noun(t) for t in part)


def _clause_adverb(tok: Token, start: int) -> bool:
    """Say whether a word is an adverb of the clause before a list ("conclude an agreement on
    agriculture soon"): when the act happens, not part of what the document is on.
    """
    return tok.pos_ == "ADV" and tok.dep_ == "advmod" and tok.head.pos_ in ("VERB", "AUX") \
        and tok.head.i < start and tok.lower_ not in _STILL_LISTING


def act_region(sent: Span, start: int, covered: set[int]) -> list[Token]:
    """Return the tokens of a list of acts beginning at the verb at `start` ("build a port, train
    nurses and protect forests"): a list region whose commas, "and" and bare verbs go on.
    """
    out: list[Token] = []
    for tok in sent.doc[start:min(sent.end, start + _MAX_REGION)]:
        goes_on = tok.text == "," or tok.pos_ == "CCONJ" or tok.tag_ == "VB" or tok.lower_ == "to"
        if out and not goes_on and _is_boundary(tok, sent, covered):
            break
        out.append(tok)
    while out and (out[-1].is_punct or out[-1].pos_ in ("DET", "CCONJ", "ADP", "PART")):
        out.pop()
    return out


def _is_boundary(tok: Token, sent: Span, covered: set[int], *, goods: bool = False) -> bool:
    """Say whether `tok` ends a list (a new clause, a time or place phrase, a new mention)."""
    if tok.idx in covered:
        return False
    low = tok.lower_
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < sent.end else None
    if tok.text in _HARD_STOPS or low in _REL_WORDS or low in _STOP_WORDS or spaced_dash(tok):
        return True
    if low in _MEMBER_JOINS and tok.i + 2 < sent.end and later_member(tok.doc[tok.i + 2]):
        return True  # "… on energy and the other on transport": the next member starts
    if opens_next_clause(tok, names=not goods):
        return True  # "… on mining and Peru's minister Ana Lopez welcomed it": the next clause's subject
    if tok.ent_type_ == "PERSON" and not goods and not _field_read_as_person(tok):
        return True
    if tok.dep_ == "mark" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i > tok.i and low not in ("for",):
        return True  # "… on Arctic fisheries if the talks succeed": a clause of its own begins
    if low in WHEN_WORDS and when_clause(tok.head):
        return True  # "… on health and tourism when the President visits Lima": a clause of its time
    if low == "as" and (nxt is None or nxt.lower_ != "well") and tok.doc[tok.i - 1].lower_ != "well":
        return True  # "… on semiconductors and minerals as the nation lifted …", not "as well as"
    if is_instrument_noun(tok) and not tok.text[0].isupper() and not _field_word(tok):
        return True  # a new mention; a capitalised one is part of a name ("… to the Transit Trade Agreement")
    if tok.tag_ in _FINITE or tok.ent_type_ in TIME_ENTS:
        return True
    if low in ("in", "at") and tok.i > 0 and tok.doc[tok.i - 1].text[:1].isupper() and _place_follows(tok):
        return True  # "… on Fisheries Cooperation in Nairobi": a capitalised name ends where it was signed
    if low == "in" and _signing_city(tok):
        return True  # "… on maritime cooperation in Jakarta": where it was signed, not what it is on
    if tok.pos_ == "ADP" and scene_of(tok):
        return True  # "… on energy on the sidelines of the summit": the occasion of the signing
    if tok.tag_ == "VBG" and tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.doc[tok.i - 1].lower_ in ("and", "or"):
        return False  # "… on tourism, green tech and fighting crime": a gerund item of the list
    if tok.pos_ == "VERB" and tok.dep_ in ("ROOT", "conj", "relcl", "advcl", "ccomp"):
        return True  # "The treaty on legal assistance entered into force"
    if low in EXPIRY_VERBS or tok.lemma_.lower() in EXPIRY_VERBS:
        return True  # "let the memorandum on rice trade lapse": its end, read as a noun
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.lemma_.lower() in SIGNED_VERBS:
        return True  # "the memorandum on labour signed by A and B": who signed it, not what it is on
    if low == "to" and nxt is not None and nxt.tag_ == "VB":
        return True
    if low == "as" and nxt is not None and nxt.lower_ == "well":
        return any(is_instrument_noun(t) for t in tok.doc[tok.i + 1:min(sent.end, tok.i + 6)])
    if tok.pos_ == "CCONJ" and tok.dep_ == "cc" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.i \
            and nxt is not None and nxt.idx not in covered and nxt.pos_ in ("DET", "NOUN", "PROPN", "PRON"):
        return True  # "… an MoU on health, and officials said …": "and" joins clauses, not subjects
    if tok.text == "," and nxt is not None and (nxt.head.lemma_.lower() in SPEECH_VERBS
                                                or _speaker_follows(tok, nxt)):
        return True  # "…, officials said", "…, the Ministry of Foreign Affairs says"
    if tok.text == "," and nxt is not None and nxt.idx not in covered:
        prev = tok.doc[tok.i - 1]
        if nxt.lower_ == "as" and nxt.i + 1 < sent.end and tok.doc[nxt.i + 1].lower_ == "well":
            return False  # "…, as well as D": the list goes on (a document after it ends it there)
        return nxt.lower_ in _COMMA_STOPS or nxt.tag_ in ("VBN", "VBG", "PRP") or prev.lower_ in FIELD_NOUNS
    return False


def _field_read_as_person(tok: Token) -> bool:
    """Say whether a one-word name the tagger takes for a person closes a capitalised pair of fields
    ("… on Trade and Investment, Tourism and Art"): joined by "and" to a capitalised field that is no
    person, it is one more field (a one-word field the tagger takes for a body too: "Crafts and Art")."""
    doc = tok.doc
    return _one_word_entity(tok) and tok.dep_ == "conj" and tok.i > 0 \
        and doc[tok.i - 1].lower_ in ("and", "&") \
        and tok.head.i < tok.i and tok.head.pos_ == "PROPN" \
        and (not tok.head.ent_type_ or (tok.head.ent_type_ == "ORG" and _one_word_entity(tok.head)))


def _one_word_entity(tok: Token) -> bool:
    doc = tok.doc
    return tok.ent_iob_ == "B" and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I")


def _field_word(tok: Token) -> bool:
    """Say whether a weak document noun is a word of a listed field, no document of its own ("…, document
    and archive management, …"): "document(s)" that names no document where it stands."""
    return tok.lower_ in ("document", "documents") and not is_mention_noun(tok)


def _speaker_follows(comma: Token, nxt: Token) -> bool:
    """Say whether the phrase after a comma is who says the sentence ("…, the ministry said")."""
    phrase = nxt
    while phrase.dep_ not in ("nsubj", "ROOT") and comma.i < phrase.head.i < phrase.i + 12:
        phrase = phrase.head
    if phrase.head.lemma_.lower() in SPEECH_VERBS and (phrase.i == nxt.i or phrase.dep_ == "nsubj"):
        return True
    # the parser may take the speaker for the main verb's object and the speech verb for its participle
    # ("…, Oman's state news agency reported on Tuesday"): a bare noun phrase, then the verb of saying
    for tok in comma.doc[nxt.i:min(comma.sent.end, nxt.i + _MAX_SPEAKER)]:
        if tok.tag_ in ("VBD", "VBN", "VBZ") and tok.lemma_.lower() in SPEECH_VERBS:
            return tok.i > nxt.i
        if tok.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "PART") and tok.tag_ != "POS":
            return False
    return False


_MAX_SPEAKER = 8  # words of a speaker's phrase before its verb of saying


def ranges_from(tok: Token) -> bool:
    """Say whether a verb of range opens the span of fields a package runs over ("agreements ranging from
    farming to space", "The accords range from A to B"): its two ends are its subjects."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ != "from" or tok.lemma_.lower() != "range":
        return False
    # the small parser may read the verb as a noun after a date ("signed on Monday range from …"); "a
    # range from …" with its article is one
    return tok.pos_ == "VERB" or (tok.pos_ == "NOUN" and not any(c.dep_ == "det" for c in tok.children))


def _range_end(tok: Token, tokens: list[Token]) -> bool:
    """Say whether "to" closes a range opened right before the list ("ranging from A to B"): the far end
    is an item of its own, not what A is "to"."""
    first = tokens[0]
    return tok.lower_ == "to" and tok.pos_ == "ADP" and first.i >= 2 and ranges_from(first.doc[first.i - 2]) \
        and not any(t.lower_ == "to" for t in first.doc[first.i:tok.i])


def split_to_count(tokens: list[Token], covered: set[int], count: int) -> list[list[Token]]:
    """Return the items of a list region whose documents were counted ("two memoranda on tourism and
    trade, fisheries and higher education", "four MoUs on A, B, C, water and irrigation"): when the
    items split at every "and" outnumber the count and the comma segments match it, each segment is one
    item, its "and" joining the words of one subject."""
    items = split_items(tokens, covered)
    if count < 2 or len(items) <= count:
        return items
    whole = [item for item in (clean_item(_strip_leading_conj(seg)) for seg in _segments(tokens, covered))
             if item]
    return whole if len(whole) == count else items


def _segments(tokens: list[Token], covered: set[int]) -> list[list[Token]]:
    """Return a list region's comma (or semicolon) segments."""
    segments: list[list[Token]] = [[]]
    for tok in tokens:
        if (tok.text in (",", ";") or _range_end(tok, tokens)) and tok.idx not in covered:
            segments.append([])
        elif _as_well_as(tok) and tok.idx not in covered and segments[-1]:
            segments.append([tok])  # "on fisheries as well as housing": two items (the words are stripped)
        else:
            segments[-1].append(tok)
    return segments


def split_items(tokens: list[Token], covered: set[int], *, goods: bool = False) -> list[list[Token]]:
    """Return the items of a list region: comma segments, split again at "and"/"or"."""
    segments = _segments(tokens, covered)
    items: list[list[Token]] = []
    semicolons = any(tok.text == ";" for tok in tokens)
    for k, seg in enumerate(segments):
        seg = _strip_leading_conj(seg)
        # "agriculture and food security; culture; tourism and trade": the semicolons part the items,
        # an "and" inside one joins its words, but the last one's closes the list as after commas
        closing = k > 0 and k == len(segments) - 1 and not semicolons  # "A, B and C": C's "and" closes
        inner = k < len(segments) - 1 and (semicolons or (len(segments) > 2 and (
            _titled_pair(seg) or (_plain_pair(seg) and _closed_by_conj(segments[-1])))))
        # "on trade and investment, health, and culture": with the list's own "and" after its last comma,
        # an "and" inside an earlier item joins that item's words
        # "covering Local Government, Information and Broadcasting, Energy": a title's own "and"
        items.extend([seg] if inner else _split_conj(seg, covered, closing))
    return [item for item in (clean_item(i, goods=goods) for i in items) if item]


def _titled_pair(seg: list[Token]) -> bool:
    """Say whether a comma segment ahead of a list's last one is a capitalised title holding one "and"
    ("Information and Broadcasting", "Arts and Culture"): a list's "and" comes before its last item, so
    this one joins the words of a name."""
    words = [t for t in seg if t.is_alpha]
    joins = [t for t in words if t.lower_ == "and"]
    return len(joins) == 1 and 0 < words.index(joins[0]) < len(words) - 1 and joins[0].text == "and" \
        and all(t.text[:1].isupper() for t in words if t is not joins[0])


def _plain_pair(seg: list[Token]) -> bool:
    """Say whether a comma segment is two lowercase fields joined by one "and" ("trade and investment",
    "oil and gas"), each of one or two words and no phrase of its own."""
    joins = [k for k, t in enumerate(seg) if t.lower_ == "and"]
    if len(joins) != 1 or not 0 < joins[0] < len(seg) - 1:
        return False
    left, right = seg[:joins[0]], seg[joins[0] + 1:]
    return len(left) <= 2 and len(right) <= 2 and all(
        t.is_alpha and t.is_lower and t.pos_ in ("NOUN", "ADJ", "PROPN") for t in (*left, *right))


def _closed_by_conj(seg: list[Token]) -> bool:
    """Say whether a list's last comma segment opens with its "and"/"or" ("…, and culture")."""
    return bool(seg) and seg[0].lower_ in ("and", "or")


def _as_well_as(tok: Token) -> bool:
    """Say whether a token opens "as well as"."""
    doc = tok.doc
    return tok.lower_ == "as" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "well" \
        and doc[tok.i + 2].lower_ == "as"


def _strip_leading_conj(seg: list[Token]) -> list[Token]:
    while seg and seg[0].lower_ in ("and", "or", "also", "as", "well", "plus"):
        seg = seg[1:]
    return seg


def _split_conj(seg: list[Token], covered: set[int], closing: bool = False) -> list[list[Token]]:
    """Return a segment split at its first free "and"/"or" (recursively), or whole; `closing` when the
    segment is the last of a comma list, its "and" the list's own."""
    for k, tok in enumerate(seg):
        if tok.lower_ in ("and", "or") and 0 < k < len(seg) - 1 and tok.idx not in covered \
                and _preposition_repeated(seg[:k], seg[k + 1:]):
            # "with X of A and B and with Y": the "and" before the repeated preposition parts the items
            return [seg[:k], *_split_conj(seg[k + 1:], covered)]
    for k, tok in enumerate(seg):
        if tok.lower_ not in ("and", "or") or tok.idx in covered or k == 0 or k == len(seg) - 1:
            continue
        left, right = seg[:k], seg[k + 1:]
        if all(t.pos_ == "ADJ" for t in left) or (len(left) == 1 and right[-1].lower_ in _SHARED_HEADS
                                                   and not any(t.pos_ in ("ADP", "DET") for t in right)):
            # "environmental and climate change cooperation": one subject; not "tourism and the
            # establishment of a commission for cooperation"
            return [seg]
        if _initials_follow(seg, k):
            continue  # "Information Technology and Communications (ITC)": one name
        if _acts_on_one_thing(left, _first_conjunct(right, covered)):
            continue  # "the promotion and protection of investments", "investment protection and promotion"
        if (right[0].lower_ in _TOPIC_PREPOSITIONS and right[0].pos_ == "ADP" and len(right) > 1) \
                or any(member_opening(t) for t in right[:2]):
            # "on the avoidance of X and on Y", "… and the third on Y": two
            return [left, *_split_conj(right, covered)]
        if any(t.pos_ == "ADP" for t in left) and not _joins_heads(left, right) \
                and not _acts_on_two_fields(left, right) and not (closing and _titled_apart(left, right)):
            # "related to money laundering and terrorism financing"; "the avoidance of double taxation
            # and the establishment of a commission" are two
            return [seg]
        return [left, *_split_conj(right, covered)]
    return [seg]


def _titled_apart(left: list[Token], right: list[Token]) -> bool:
    """Say whether the right side of a comma list's closing "and" is an item of its own though the left
    holds a preposition: a bare cooperation of its own ("…, Cooperation in the field of tourism and Water
    Cooperation") or a capitalised title after a lowercase field ("…, cooperation in the field of tourism
    and Youth Exchanges"); not "assistance related to money laundering and terrorism financing"."""
    if any(t.pos_ in ("ADP", "DET", "PRON", "VERB") for t in right):
        return False
    if right[-1].lower_ in RELATION_NOUNS:
        return True
    after = next((t for t in reversed(left) if t.pos_ == "ADP"), None)
    field = [t for t in left if after is not None and t.i > after.i and t.is_alpha]
    return bool(field) and all(t.is_lower for t in field) \
        and all(t.text[:1].isupper() for t in right if t.is_alpha)


def _preposition_repeated(left: list[Token], right: list[Token]) -> bool:
    """Say whether the right side of "and" opens with the preposition the left one follows ("The other two
    documents deal with X and with Y"): each side is an item of its own."""
    first = left[0]
    opening = first if first.pos_ == "ADP" else first.doc[first.i - 1] if first.i > 0 else first
    return len(right) > 1 and right[0].pos_ == "ADP" and opening.lower_ == right[0].lower_


def _act_of_thing(part: list[Token]) -> bool:
    """Say whether a side of "and" is an act on a thing of its own, an act noun and its "of …" ("the
    avoidance of double taxation", "establishment of a joint commission")."""
    words = [t for t in part if t.pos_ != "DET"]
    return len(words) >= 3 and words[0].pos_ == "NOUN" and _ACT_NOUN.search(words[0].lower_) is not None \
        and words[1].lower_ == "of"


def _acts_on_two_fields(left: list[Token], right: list[Token]) -> bool:
    """Say whether both sides of "and" are acts on things of their own, in fields of their own: "the
    avoidance of double taxation and the establishment of a joint commission" are two; "the avoidance of
    double taxation and the prevention of fiscal evasion", a tax treaty's two aims, one."""
    if not (_act_of_thing(left) and _act_of_thing(right)):
        return False
    fields = sectors_for(" ".join(t.text for t in left))
    return not fields or fields != sectors_for(" ".join(t.text for t in right))


# Small words inside a name its initials follow ("Research and Development (R&D)").
_NAME_JOINERS = frozenset({"and", "&", "of", "for", "on", "the"})


def _initials_follow(seg: list[Token], k: int) -> bool:
    """Say whether the "and" at `k` is inside a name its initials follow in brackets ("Information
    Technology and Communications (ITC)", "Research and Development (R&D)")."""
    opening = next((j for j in range(k + 1, len(seg) - 1) if seg[j].text == "("), None)
    if opening is None:
        return False
    # the name runs back from the bracket over capitalised words and the small words between them; an
    # "and" before it joins other things ("taxation and the establishment of a Joint Commission (JC)")
    start = opening
    while start > 0 and (seg[start - 1].text[:1].isupper() or seg[start - 1].lower_ in _NAME_JOINERS):
        start -= 1
    if start > k:
        return False
    letters = "".join(ch for ch in seg[opening + 1].text if ch.isalpha())
    words = [t.text[0] for t in seg[:opening] if t.text[:1].isupper()]
    return len(letters) >= 2 and letters.isupper() and "".join(words).endswith(letters)


def _acts_on_one_thing(left: list[Token], right: list[Token]) -> bool:
    """Say whether "and" joins two acts on one thing, named once: before the second act's "of …"
    ("the development and protection of investments", "prevention and control of diseases") or as
    the first act's modifier ("investment protection and promotion", "trade facilitation and
    promotion").
    """
    words = [t for t in left if t.pos_ != "DET"]
    if len(words) == 1 and _is_act_noun(words[0]) and words[0].lower_ not in _SHARED_HEADS:
        j = next((k for k, t in enumerate(right) if t.pos_ != "ADJ"), len(right))
        return j + 2 < len(right) and right[j].pos_ == "NOUN" and right[j + 1].lower_ == "of"
    return len(right) == 1 and _is_act_noun(right[0]) and len(words) >= 2 and _is_act_noun(words[-1]) \
        and words[-1].lower_ not in _SHARED_HEADS and words[-2].pos_ in ("NOUN", "PROPN") \
        and words[-2].dep_ == "compound"


def _first_conjunct(tokens: list[Token], covered: set[int]) -> list[Token]:
    """Return the tokens before the first free "and"/"or"."""
    free = (k for k, t in enumerate(tokens) if t.lower_ in ("and", "or") and t.idx not in covered)
    return tokens[:next(free, len(tokens))]


# Nouns of an act done on a thing ("protection", "development", "management"); "training",
# "assistance" name fields of their own.
_ACT_ON_THING = re.compile(r"(?:tion|sion|ment)$")


def _is_act_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and _ACT_ON_THING.search(tok.lower_) is not None


# Endings of a noun naming an act ("training", "cooperation", "management", "assistance"): such a
# noun after "and" is another subject, where a thing's noun ("medicines") continues the list before it.
_ACT_NOUN = re.compile(r"(?:ing|tion|sion|ment|ance|ence)$")


def split_plural_item(item: list[Token], covered: set[int]) -> list[list[Token]]:
    """Return the one subject of several documents split at a free "and" whose right side is a
    phrase of its own ("Memoranda on the avoidance of double taxation and training for civil
    servants": two), else the item whole ("MoUs on money laundering and terrorism financing").
    """
    for k, tok in enumerate(item):
        if tok.lower_ != "and" or tok.idx in covered or k == 0 or k == len(item) - 1:
            continue
        if _two_acts_on_surface(item[:k], item[k + 1:]) or _two_things_made(item[:k], item[k + 1:]):
            # "the avoidance of double taxation and capacity building for …", whatever the parser
            # made of "taxation and capacity"
            return [part for part in (clean_item(item[:k]), clean_item(item[k + 1:])) if part]
        inside = {t.i for t in item[k + 1:]}
        tops = [t for t in item[k + 1:] if t.head.i not in inside or t.head.i == t.i]
        right = tops[0] if tops else None
        if right is None or right.dep_ != "conj" or right.pos_ != "NOUN" \
                or not _ACT_NOUN.search(right.lower_):
            return [item]  # "the supply of vaccines and medicines for children": things, one list
        # the parser may hang the right side's own phrase on the word before "and"
        if any(t.dep_ != "prep" for t in tops[1:]):
            return [item]
        preps = [*tops[1:], *(c for c in right.children if c.dep_ == "prep")]
        if any(p.lower_ != "of" and p.i > right.i for p in preps):
            return [part for part in (clean_item(item[:k]), clean_item(item[k + 1:])) if part]
        return [item]
    return [item]


def _two_acts_on_surface(left: list[Token], right: list[Token]) -> bool:
    """Say whether both sides of "and" read as acts of their own: the left opens with an act noun and
    its "of …" ("the avoidance of double taxation"), the right is a bare noun phrase ending in an act
    noun with a phrase of its own other than "of" ("capacity building for civil servants").
    """
    words = [t for t in left if t.pos_ != "DET"]
    if len(words) < 3 or not _ACT_NOUN.search(words[0].lower_) or words[1].lower_ != "of":
        return False
    at = next((j for j, t in enumerate(right) if t.pos_ == "ADP"), None)
    if at is None or at == 0 or right[at].lower_ == "of":
        return False
    return all(t.pos_ in ("NOUN", "ADJ", "PROPN") for t in right[:at]) and right[at - 1].pos_ == "NOUN" \
        and _ACT_NOUN.search(right[at - 1].lower_) is not None


def _two_things_made(left: list[Token], right: list[Token]) -> bool:
    """Say whether one act makes two things, each counted by its own article: "the creation of a
    chamber of commerce and a youth council" (two documents' subjects); "the supply of vaccines and
    medicines" names no one thing each.
    """
    words = [t for t in left if t.pos_ != "DET"]
    if len(words) < 3 or not _ACT_NOUN.search(words[0].lower_) or words[1].lower_ != "of":
        return False
    first = next((t for t in left if t.i > words[1].i), None)
    articles = ("a", "an")
    return first is not None and first.lower_ in articles and right[0].lower_ in articles and len(right) > 1


def _joins_heads(left: list[Token], right: list[Token]) -> bool:
    """Say whether "and" joins the heads of both sides, not a word inside the left's phrase.

    "the avoidance of double taxation and capacity building": when the parse hangs
    "building" on "avoidance", they are two subjects; on "taxation", one.
    """
    def root(part: list[Token]) -> Token | None:
        inside = {t.i for t in part}
        tops = [t for t in part if t.head.i not in inside or t.head.i == t.i]
        return tops[0] if len(tops) == 1 else None

    left_root, right_root = root(left), root(right)
    return (left_root is not None and right_root is not None and right_root.dep_ == "conj"
            and right_root.head.i == left_root.i and left_root.pos_ in ("NOUN", "PROPN"))


def clean_item(item: list[Token], *, goods: bool = False) -> list[Token]:
    """Return an item without leading articles/prepositions and trailing field nouns."""
    while item and (item[0].pos_ in ("DET", "ADP", "CCONJ", "PUNCT") or item[0].lower_ in DROP_LEADING
                    or (member_opening(item[0]) and len(item) > 2)):
        item = item[2:] if member_opening(item[0]) else item[1:]  # "… and one on Y": Y
    while item and (item[-1].is_punct or item[-1].is_space or item[-1].lower_ in FIELD_NOUNS) and not (
            item[-1].text == ")" and any(t.text == "(" for t in item)):
        item = item[:-1]  # "… and roads" ending a headline keeps no line break; "… (ITC)" its bracket
    opened = next((j for j in range(len(item) - 1, -1, -1) if item[j].text in ("(", ")")), None)
    if opened is not None and item[opened].text == "(" and opened > 0:
        item = clean_item(item[:opened], goods=goods)  # a bracket the scan cut before it closed
    if not any(t.lower_ not in GENERIC_WORDS and t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") for t in item):
        return []
    if len(item) > _MAX_ITEM or (not goods and any(t.ent_type_ == "PERSON" for t in item)):
        return []  # a clause the boundary rules missed, not a subject
    if all(t.ent_type_ in TIME_ENTS or t.is_punct for t in item):
        return []  # "MoUs on Monday"
    return item
