"""Where a sentence undertakes something: the cue word, the action and whose subject counts.

Each finder looks at one token and, when it is a cue, returns a `Cue`: the word that
marks the undertaking ("pledged", "will", "willingness", "likely visit"), the token of the
action undertaken and the verb whose subject is the actor. Lexicons and exclusions for
the genre live here; `commitments` turns cues into facts.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from accord.datelines import LIST_MARK
from accord.extract.rules.figures_measure import MEASURE_VERBS
from accord.extract.rules.instruments_lexicon import RELATION_NOUNS
from accord.extract.rules.meetings_cues import HOSTING_VERBS
from accord.extract.rules.modality import (
    FUTURE_MODALS,
    LETTING_VERBS,
    aux_lemmas,
    clause_head,
    is_negated,
    is_verb,
    names_facility,
    particle_of,
    prepared_for,
    subject_read_as_conjunct,
    when_clause,
)
from accord.extract.rules.roles import is_role_word
from accord.lexicon import (
    ACTIVITY_NOUNS,
    COMPANY_NOUNS,
    DELIVERED_NOUNS,
    DOCUMENT_SINGULARS,
    ENVOY_NOUNS,
    INVESTOR_NOUNS,
    JOURNEY_NOUNS,
    MEAL_NOUNS,
    MEETING_NOUNS,
    MOU_NOUNS,
    PLAN_NOUNS,
    RELATIVE_WORDS,
    SHARED_WORDS,
    SIGNING_ACTS,
    STANDING_BODY_NOUNS,
    WORKS_NOUNS,
)
from accord.nlp import PLACE_ENTS, TIME_ENTS, doc_text, span_text
from accord.normalize.countries import gazetteer

# Verbs that report an undertaking about the future ("agreed to", "pledged to", "decided to").
COMMIT_VERBS = frozenset({"agree", "pledge", "vow", "undertake", "resolve", "decide", "commit",
                          "promise", "concur", "offer", "plan", "intend", "assure", "instruct",
                          "schedule", "expect", "accept", "invite", "consent", "tell", "direct", "aim",
                          "task", "entrust", "mandate"})
# Verbs that hand a body a task, as a gerund after "with" or an infinitive ("tasked the commission
# with drafting …", "mandated their envoys to negotiate …"): the body is to act.
TASKING_VERBS = frozenset({"task", "entrust", "mandate"})
# What one offers without undertaking anything ("offered condolences").
COURTESIES = frozenset({"condolence", "condolences", "congratulation", "congratulations", "thanks",
                        "prayer", "prayers", "sympathy", "greeting", "greetings", "felicitation",
                        "felicitations", "gratitude", "appreciation", "apology", "apologies"})
# Verbs that take their undertaking as a prepositional object ("agreed on", "committed to").
PREP_VERBS = frozenset({"agree", "commit", "concur", "decide", "resolve", "pledge", "consent"})
# Verbs the tagger reads as adjectives right after "to" ("agreed on Tuesday to double cocoa trade":
# "double" an adjective of "trade"), so "to" looks like a preposition.
VERBS_READ_AS_ADJECTIVES = frozenset({"double", "triple", "quadruple", "halve", "open", "free", "further",
                                      "clear", "secure", "lower", "ease", "slow", "narrow", "widen"})
# What "is expected/scheduled to" may not introduce: forecasts, not plans.
EXPECTED_NON_ACTIONS = frozenset({"be", "become", "face", "ask", "focus", "raise", "remain", "see",
                                  "benefit", "grow", "increase", "rise", "open", "help", "contribute",
                                  "boost", "pave", "bring", "lead", "include", "play", "attract", "feature",
                                  "last", "gather", "involve", "cover"})
# Nouns that carry an undertaking to a following to-infinitive ("willingness to share").
COMMIT_NOUNS = frozenset({"willingness", "readiness", "intention", "intent", "commitment", "plan",
                          "offer", "invitation", "instruction", "pledge", "undertaking", "resolve",
                          "decision", "promise", "determination"})
# Nouns of resolve that undertake only a dated act ("their determination to finish the study by
# 2026"); an undated one states an aim ("their determination to deepen the partnership").
AIM_NOUNS = frozenset({"determination"})
# Words before a time that make it a time something is due by ("by 2030", "within two years").
_DUE_WORDS = frozenset({"by", "before", "within", "until", "in", "next", "coming"})
# Support pledged for another party's standing in a body or event ("its support for Peru's candidacy").
SUPPORT_NOUNS = frozenset({"support", "backing", "endorsement"})
BID_NOUNS = frozenset({"bid", "candidacy", "candidature", "membership", "accession", "application",
                       "chairmanship", "presidency", "election", "hosting", "seat"})
# Verbs by which a party gets another's support ("Brazil got Chinese backing for a seat"): still the backer's.
RECEIVING_VERBS = frozenset({"get", "win", "secure", "obtain", "gain", "garner"})
# Verbs that state a noun cue as the actor's own ("reaffirmed its commitment to …").
REPORTING_VERBS = frozenset({"reaffirm", "reiterate", "express", "affirm", "confirm", "announce",
                             "underline", "underscore", "emphasize", "emphasise", "stress", "show",
                             "demonstrate", "extend", "issue", "make", "give", "convey", "voice",
                             "state", "declare", "renew", "highlight", "signal", "accept", "receive",
                             "welcome", "praise", "have", "be", "share", "indicate", "restate",
                             "repeat", "reassert", "reconfirm"})
COMMIT_ADJECTIVES = frozenset({"willing", "ready", "prepared", "keen", "set", "due", "poised", "slated",
                               "likely", "about"})
# Of those, the ones that plan only with an actor as subject ("the President is likely to spend a day
# in Maputo", "is about to make his second visit"); "the deal is likely to boost trade" is a forecast.
ACTOR_ADJECTIVES = frozenset({"likely", "about"})
# Verbs whose negation under "will" undertakes to refrain ("will never allow its territory to be used").
REFRAIN_VERBS = frozenset({"allow", "permit", "let", "tolerate"})
# Nouns that state a goal as the subject of "is to …" ("our shared aim is to reach an agreement").
GOAL_NOUNS = frozenset({"aim", "goal", "objective", "target", "plan", "intention", "purpose"})
# Verbs by which a document lays down a dated step ("the deal envisages the removal of tariffs … in 2026").
PROVISION_VERBS = frozenset({"envisage", "envision", "foresee", "stipulate", "provide"})
# Acts that make an event happen ("the talks are set to begin", "take place").
EVENT_VERBS = frozenset({"take", "begin", "start", "conclude", "enter", "open", "convene", "resume",
                          "end", "close", "sign"})
# Participles that date a planned event in its own noun phrase ("the next round, scheduled for March").
# Modals of what is owed ("should", "must"): an undertaking when dated or when both sides owe it.
DUTY_MODALS = frozenset({"should", "must"})
# Verbs of an act owed ("need to", "is obliged, required, bound to"): a duty as "must" is, an undertaking
# only when the act is dated ("Peru is obliged to deliver the turbines within two weeks").
DUTY_VERBS = frozenset({"need", "oblige", "obligate", "require", "bind"})
SCHEDULED = frozenset({"scheduled", "slated", "planned", "set", "due", "expected"})
# Adverbs that make a schedule a former one ("a visit originally planned for April").
FORMER_PLAN = frozenset({"originally", "initially", "previously", "first", "once", "earlier"})
PLANNED_VISIT_ADJ = frozenset({"likely", "expected", "planned", "upcoming", "proposed", "forthcoming",
                               "scheduled", "next"})
# Acts that open, resume or start something a promise can be about.
DONE_VERBS = frozenset({"reopen", "open", "resume", "restore", "inaugurate", "launch", "restart"})
# Main verbs that make a "will" clause a forecast or a description, not an undertaking.
NON_ACTIONS = frozenset({"be", "become", "have", "mark", "remain", "benefit", "increase", "boost",
                         "expand", "pave", "include", "play", "help", "mean", "need", "see", "serve",
                         "allow", "enable", "open", "grow", "reach", "rise", "face", "focus", "ask",
                         "raise", "go", "bring", "contribute", "lead", "result", "come", "get",
                         "like", "love", "feel", "look", "want", "show", "bear", "set", "trigger",
                         "bypass", "run", "last", "say", "tell", "note", "add", "argue", "suggest"})
# Particle verbs made of a non-action that undertake something ("will set up a working group").
PARTICLE_ACTIONS = frozenset({("set", "up")})
OPINION_WORDS = frozenset({"hope", "believe", "think", "wish", "confidence", "confident", "hopeful",
                           "optimistic", "doubt", "fear", "concern", "feel"})
# Forms of those the lemmatiser gets wrong ("hoped" → "hop").
_OPINION_FORMS = frozenset({"hoped", "hopes", "hoping"})


def is_opinion(tok: Token) -> bool:
    """Say whether a word states a hope, belief or wish ("hoped that trade would double")."""
    return tok.lemma_ in OPINION_WORDS or tok.lower_ in _OPINION_FORMS
ACTOR_NOUNS = frozenset({"side", "party", "country", "nation", "leader", "government", "minister",
                         "president", "premier", "pm", "official", "delegation", "company", "ministry",
                         "state", "administration", "firm", "executive", "king", "chancellor",
                         "secretary", "counterpart", "prime", "authority", "army", "navy", "bank",
                         "corporation", "airline", "airlines", "business", "we", "they", "he", "she",
                         "i", "you", "who", "chamber", "agency", "commission", "committee", "group"})
# Lemmas: the lemmatiser leaves the MoU forms as they are.
INSTRUMENT_NOUNS = DOCUMENT_SINGULARS | MOU_NOUNS | PLAN_NOUNS | {"document", "contract", "declaration"}
EVENT_NOUNS = MEETING_NOUNS
# Nouns of documents and encounters: what a promise is about, never who makes it.
DOCUMENT_AND_EVENT_NOUNS = INSTRUMENT_NOUNS | EVENT_NOUNS
# Statements of principle about third parties are not undertakings (seed notes, more/README).
PRINCIPLE = re.compile(r"\b(?:peace|sovereignty|territorial integrity|international law|two-state|"
                       r"freedom of navigation|navigation and aviation freedom|stability and security|"
                       r"human rights|disputes?)\b", re.IGNORECASE)
PREFILTER = re.compile(
    r"\b(?:will|would|shall|should|must|'ll|agree|pledg|vow|undert|resolv|decid|commit|promis|concur|offer|"
    r"accept|invit|plan|need|oblig|requir|bound\s+to\s|intend|intent|scheduled|expect|willing|ready|readiness|prepared|arrang|organi[sz]|keen|"
    r"instruct|determin|loan|grant|credit|financing|funding|donation|package|ask|order|urg|charg|"
    r"task|entrust|mandat|(?:is|are)\s+to\s|(?:reach|struck|strike|clinch|seal)\w*\s+(?:an?\s+|the\s+)?\w+\s+to\s|"
    # "a deal was struck (by the ministers) to reopen …"
    r"(?:reached|struck|clinched|sealed)\s+(?:by\s+(?:[\w'’-]+\s+){1,5}?)?to\s|"
    # a settlement on an act told as a gerund ("reached consensus on resuming …", "was reached on opening …")
    r"(?:reach|struck|strike|clinch|seal)\w*\s+(?:(?:an?|the)\s+)?(?:\w+\s+)?(?:on|about)\s+\w+ing\b|"
    r"about\s+to|(?:support|backing|endorsement)\s+for|request|"
    r"assur|effect|likely|upcoming|seek|push|striv|endeavo|work(?:s|ing)?\s+to\s|welcom|consent|forward|told|tell|direct|aim|goal|objective|target|slated|"
    r"set|fix(?:ed|es)?\b|purpose|underway|under\s+way|envisag|envision|foresee|stipulat|provides?\s+for|as\s+(?:early|soon)\s+as|"
    r"(?:meet|visit|host|hold|convene|sign|attend)s?\b|"
    r"(?:is|are)\s+(?:\w+\s+)?(?:visit|pay|travel|head|fly|leav|arriv|go|com)ing\b)"
    # a headline's future: a short subject, then "to" ("Both sides to reconvene …")
    r"|^\s*(?:[\w'’.-]+\s+){1,5}to\s", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Cue:
    """One undertaking found in a sentence."""

    cue: Token      # the word that marks it
    action: Token   # the verb (or noun) of what is undertaken
    head: Token     # the clause whose subject is the actor and whose span is the evidence
    # "modal" | "verb" | "noun" | "adj" | "visit" | "effect" | "accept" | "scheduled" | "provision"
    kind: str
    actor: Token | None = None  # an explicit actor other than the head's subject (an invitee)


def subject_of(verb: Token) -> Token | None:
    """Return the subject of a verb, following conjunctions and relative clauses up."""
    t = verb
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        hung = subject_read_as_conjunct(verb)  # "… are maritime nations and support … will be strengthened"
        if hung is not None:
            return hung
    for _ in range(4):
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass", "expl"):
                if c.lower_ in ("who", "which", "that") and t.dep_ == "relcl":
                    return relative_antecedent(t)
                return c
        hung = next((g for c in t.children if c.dep_ in ("aux", "auxpass") and c.i < t.i
                     for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i), None)
        if hung is not None:
            return hung  # "Peru is committed to …", the subject read as the auxiliary's
        # "Peru is committed to …" read as "is" with "committed" its complement: the subject is "is"'s
        follows = t.dep_ in ("conj", "xcomp", "advcl") or (t.dep_ == "acomp" and t.head.lemma_ == "be")
        if follows and t.head.i != t.i:
            t = t.head
            continue
        return None
    return None


def relative_antecedent(clause: Token) -> Token:
    """Return what a relative clause tells of: its head, or the event whose phrase that head ends.

    After a comma the parser hangs the clause on the phrase's last noun ("postponed Xi's state visit
    to Pakistan, which was scheduled to take place this month"; "the signing of the deal, which was
    due …"): the event the phrase names is what was scheduled.
    """
    head = clause.head
    after_comma = clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ","
    if head.lemma_.lower() in HAPPENING_NOUNS or not after_comma:
        return head
    noun = head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
        if noun.lemma_.lower() in HAPPENING_NOUNS:
            return noun
    return head


# What can be scheduled to take place: encounters, signings and ceremonies.
HAPPENING_NOUNS = MEETING_NOUNS | {"signing", "ceremony", "inauguration", "launch", "opening"}


def _to_verb(tok: Token) -> Token | None:
    """Return the to-infinitive or gerund a cue governs ("agreed to X", "committed to X-ing")."""
    if tok.pos_ == "VERB" and tok.lemma_ not in PREP_VERBS:
        return _infinitive(tok) or _infinitive_read_as_modifier(tok)
    if tok.pos_ == "VERB" or tok.lemma_ == "commitment":
        return _infinitive(tok) or _prep_object(tok) or _read_on(tok)
    return _infinitive(tok) or _read_on(tok)  # "invitation to X to visit": X is no action


def _infinitive(tok: Token) -> Token | None:
    """Return the to-infinitive (or xcomp) the token governs, else None."""
    kids = sorted(tok.children, key=lambda c: c.dep_ != "xcomp")
    for c in kids:
        if c.dep_ in ("xcomp", "acl", "advcl") and is_verb(c) and c.i > tok.i and (
                "to" in aux_lemmas(c) or c.dep_ == "xcomp"):
            return c
    return None


def _infinitive_read_as_modifier(tok: Token) -> Token | None:
    """Return the object of "to <verb> <object>" when the tagger read the verb as its adjective
    ("aimed to double trade", "plan to triple exports"): the act, as `_prep_object` reads it."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > tok.i
                 for g in c.children if g.dep_ == "pobj" and verb_read_as_modifier(c, g)), None)


def _prep_object(tok: Token) -> Token | None:
    """Return the object of "to/on/in" after a cue ("committed to enhancing", "agreed on X")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "on", "in") and c.i > tok.i:
            for g in c.children:
                if tok.pos_ == "VERB" and c.lower_ == "to" and g.tag_ != "VBG":
                    if verb_read_as_modifier(c, g):
                        return g  # "agreed to double cocoa trade": the act and its object
                    continue  # "agreed to a plan": accepting a text, not undertaking an act
                if g.ent_type_ in TIME_ENTS:
                    continue  # "agreed on Tuesday to …": a day is when, never what
                if c.lower_ == "in" and g.ent_type_ in PLACE_ENTS:
                    continue  # "pledged $2 billion of aid in Peru on Monday": the state is where, not what
                if c.lower_ == "in" and any(d.dep_ == "dobj" for d in tok.children):
                    break  # "committed A$12 million in budget support": the form of the sum, not the act
                if g.dep_ in ("pcomp", "pobj"):
                    if _points_ahead(g):
                        return None  # "agreed on the following:": the lines below are the undertakings
                    if _topics_only(g):
                        return None  # "agreed on a series of issues": a summary, no act
                    if g.lemma_ in ("importance", "need", "necessity"):
                        # "agreed on the importance of strengthening …": an act; "… of dialogue": a stance
                        return next((x for p in g.children if p.lower_ == "of" for x in p.children
                                     if x.dep_ in ("pcomp", "pobj") and (is_verb(x) or act_noun(x))), None)
                    opening = tok.doc[c.i + 1]
                    if opening.i <= g.i and gerund_object_end(opening) is not None:
                        return opening  # "commitment to building trusted … supply chains", "building" a noun
                    return g
    return None


def _topics_only(noun: Token) -> bool:
    """Say whether a noun names only topics agreed on ("a number of issues", "several points")."""
    return counted_thing(noun).lemma_.lower() in _TOPIC_NOUNS


def counted_thing(noun: Token) -> Token:
    """Return the thing a word of amount counts ("a number of agreements": agreements, "a series of
    talks": talks), else the noun itself."""
    if noun.lemma_.lower() not in _AMOUNT_NOUNS:
        return noun
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), noun)


# Words that count what follows ("a series of issues") and nouns of topics, not acts.
_AMOUNT_NOUNS = frozenset({"series", "number", "range", "set", "host", "variety", "list", "raft"})
_TOPIC_NOUNS = frozenset({"issue", "matter", "point", "topic", "question", "subject", "aspect"})


def verb_read_as_modifier(to: Token, obj: Token) -> bool:
    """Say whether the word right after "to" is a verb the tagger read as a modifier of the object
    ("to double cocoa trade", "to free trade"), not an adjective of a thing accepted ("to joint patrols")."""
    opening = to.doc[to.i + 1]
    return (opening.head.i == obj.i and opening.dep_ in ("amod", "compound") and opening.i < obj.i
            and (opening.tag_ == "VB" or opening.lower_ in VERBS_READ_AS_ADJECTIVES))


def gerund_object_end(tok: Token) -> int | None:
    """Return where the object ends of an -ing word the parser read as a bare noun ("to building
    trusted, open and secure supply chains": the words after it hang elsewhere), else None.

    The object is the run of modifiers and nouns right after it, up to its last noun; a real noun
    ("the building", "housing for all") has a determiner or no such run.
    """
    if not (tok.pos_ == "NOUN" and tok.lower_.endswith("ing") and tok.lower_ not in _ADJECTIVE_ING
            and not any(c.dep_ in ("det", "amod", "compound", "poss") for c in tok.children)):
        return None
    doc = tok.doc
    for t in doc[tok.i + 1:tok.sent.end]:
        if t.pos_ not in _OBJECT_RUN or t.text in ".;:":
            return None
        following = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.pos_ in ("NOUN", "PROPN") and (following is None or following.pos_ not in ("NOUN", "PROPN")):
            return t.i
    return None


# What an object's words may be: modifiers, joiners and its nouns.
_OBJECT_RUN = frozenset({"ADJ", "VERB", "PUNCT", "CCONJ", "DET", "NOUN", "PROPN", "NUM", "ADV"})


def _points_ahead(tok: Token) -> bool:
    """Say whether a word only points at the lines below ("the following:", "as follows", "the
    following measures:")."""
    if any(c.dep_ == "amod" and c.lower_ == "following" for c in tok.children):
        return any(t.text == ":" for t in tok.doc[tok.i + 1:tok.right_edge.i + 2])
    return tok.lower_ in ("following", "follows") and (tok.dep_ == "amod" or not any(
        c.dep_ not in ("det", "punct", "advmod") for c in tok.children))


def _read_on(tok: Token) -> Token | None:
    """Return a verb introduced by "to" a few words after the cue, else None."""
    # The parser often hangs "to X" on the verb above a noun cue; read on in the text.
    doc = tok.doc
    for i in range(tok.i + 1, min(tok.i + 8, len(doc) - 1)):
        if doc[i].lower_ == "to":
            nxt = doc[i + 1]
            if nxt.tag_ in ("DT", "PRP$") and i + 2 < len(doc):
                nxt = doc[i + 2]
            if _points_ahead(nxt):
                return None
            if nxt.tag_ in ("VB", "VBG") or (nxt.lower_.endswith("ing") and nxt.pos_ == "NOUN"):
                return nxt
        if (doc[i].is_punct and doc[i].text not in ('"', "“", "”")) or doc[i].pos_ in ("VERB", "AUX"):
            break
    return None


# Gerunds that open a fact sheet's line but look back or describe ("Welcoming the signing …")
_LOOKING_BACK = frozenset({"welcome", "note", "recognize", "recognise", "acknowledge", "applaud", "commend",
                           "celebrate", "congratulate", "recall", "highlight", "underscore", "reaffirm",
                           "express", "thank", "mark", "follow", "build", "base", "include", "accord"})


def list_item(sent: Span) -> Token | None:
    """Return the verb a fact sheet's line opens with ("Exploring research collaboration …").

    The line is a subjectless gerund clause (or a bare imperative: "Continue joint efforts
    to …") standing alone as its own paragraph, a bullet whose subject is the sheet's two
    sides; a short heading line the parser joined to it ("Biotechnology") is passed over. A
    gerund that looks back is no undertaking, nor is a run-in heading ("ACHIEVING TRADE: …").
    """
    return next((t for t, under_heading in _line_openings(sent) if _opens_item(t, under_heading)), None)


def _opens_item(first: Token, under_heading: bool) -> bool:
    """Say whether a word opening a line opens a bullet that undertakes something."""
    if first.lemma_.lower() in _LOOKING_BACK or _run_in_heading(first) or _concludes_document(first):
        return False
    heading = heading_verb(first)
    if heading is not None and heading.lemma_.lower() in _LOOKING_BACK:
        return False  # "The two sides noted the following achievements:" heads what was done
    if first.tag_ == "NN" and first.dep_ == "ROOT" and not _gerund(first):
        # "The two sides agreed on the following:\n- Establishment of a joint working group": an act
        # agreed, told by its noun
        return (heading is not None and heading.lemma_ in AGREEING_VERBS | COMMIT_VERBS and act_noun(first)
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in first.children))
    misparsed = _misparsed_bullet(first)
    if _gerund(first):
        if first.dep_ != "ROOT" and not under_heading and not misparsed:
            return False  # "Expanding trade is a priority": the gerund is a subject
    elif first.tag_ != "VB" or first.dep_ != "ROOT" or _speaks_to_reader(first):
        return False
    # a subject of its own after it; a heading's words, or a misparsed noun after it, are no subject
    if any((c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i) or (c.dep_ == "aux" and c.i < first.i)
           for c in first.children):
        return False
    # "Continuing cooperation and exchanges on …" read as an adjective: its noun carries the rest
    carrier = first.head if misparsed else first
    return any(c.dep_ in ("dobj", "prep", "xcomp", "advmod", "advcl", "conj") for c in carrier.children)


def _speaks_to_reader(first: Token) -> bool:
    """Say whether a bare imperative opens a paragraph of prose ("Consider food. The Gulf imports …"):
    it bids the reader look, where a fact sheet's bullet ("Continue joint efforts to …") fills its line.
    """
    text = doc_text(first.doc)
    line_end = text.find("\n", first.idx)
    line_end = len(text) if line_end < 0 else line_end
    return _list_mark_end(first) is None and bool(text[first.sent.end_char:line_end].strip())


# -ing words that are adjectives before a noun ("Growing trade …"), not a bullet's verb
_ADJECTIVE_ING = frozenset({
    "growing", "increasing", "existing", "emerging", "ongoing", "leading", "remaining", "following",
    "rising", "upcoming", "outstanding", "pending", "booming", "evolving", "lasting", "enduring",
    "thriving", "changing", "promising"})
_GERUND_LINE = re.compile(r"\s*(?:" + LIST_MARK.pattern + r"\s*)?[A-Z][a-z]+ing\b")  # "- Launching …" too


def _misparsed_bullet(first: Token) -> bool:
    """Say whether a line's opening gerund is a bullet the parser made a subject or an adjective of.

    "Promoting cooperation in … initiatives through visits" (a plural noun read as the verb) and
    "Continuing cooperation and exchanges on …" (the gerund read as an adjective) are bullets
    when a neighbouring line opens with a gerund too: the lines are a list of steps.
    """
    if first.tag_ != "VBG" or first.dep_ not in ("csubj", "amod") or first.head.dep_ != "ROOT":
        return False
    if first.dep_ == "amod" and (first.lower_ in _ADJECTIVE_ING or first.head.i != first.i + 1):
        return False
    if first.dep_ == "csubj" and first.head.lemma_ == "be":
        return False  # "Expanding trade is a priority"
    text = doc_text(first.doc)
    start = text.rfind("\n", 0, first.idx) + 1
    end = text.find("\n", first.idx)
    before = [line for line in text[:max(0, start - 1)].split("\n")[-3:] if not _heading_line(line)]
    after = [line for line in ("" if end < 0 else text[end + 1:]).split("\n")[:3] if not _heading_line(line)]
    return any(_GERUND_LINE.match(line) is not None for line in before[-1:] + after[:1])


def heading_verb(first: Token) -> Token | None:
    """Return the verb of the line ending in ":" that a marked list hangs from (the bullets above
    skipped: "The two sides agreed on the following:"), else None."""
    if _list_mark_end(first) is None:
        return None
    doc = first.doc
    sent = first.sent
    while sent.start > 0:
        sent = doc[sent.start - 1].sent
        opening = next((t for t in sent if not t.is_space), None)
        if opening is None or _in_list_mark(opening):
            continue
        return sent.root if span_text(sent).rstrip().endswith(":") else None
    return None


def _heading_line(line: str) -> bool:
    """Say whether a line is a short heading between bullets ("Quantum Science"), or empty."""
    words = line.split()
    return len(words) <= _HEADING_WORDS and not line.rstrip().endswith((".", ";", ":"))


def _concludes_document(verb: Token) -> bool:
    """Say whether a bullet concludes or signs a document ("Concluding an MOU …"): an instrument."""
    return verb.lemma_.lower() in _CONCLUDING and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in INSTRUMENT_NOUNS or c.lower_ in INSTRUMENT_NOUNS)
        for c in verb.children)


_CONCLUDING = SIGNING_ACTS | {"conclude", "finalize", "finalise"}
_HEADING_WORDS = 8


def _line_openings(sent: Span) -> list[tuple[Token, bool]]:
    """Return the words that may open a bullet: the sentence's first if it starts a line, and
    any word starting a line under a short verbless heading line; each with whether it is under one.
    """
    lines: list[tuple[bool, list[Token]]] = []
    for t in sent:
        if t.is_space or _in_list_mark(t):
            continue
        opens = _starts_line(t)
        if opens or not lines:
            lines.append((opens, [t]))
        else:
            lines[-1][1].append(t)
    out = [(_after_article(lines[0][1]), False)] if lines and lines[0][0] else []
    for (_, above), (_, line) in itertools.pairwise(lines):
        if len(above) <= _HEADING_WORDS and not any(w.pos_ in ("VERB", "AUX") for w in above):
            out.append((line[0], True))
    return [(t, under) for t, under in out if t.tag_ in _ITEM_TAGS]


_ITEM_TAGS = frozenset({"VBG", "VB", "NN"})


def _after_article(line: list[Token]) -> Token:
    """Return a line's first word, or the noun after its opening article ("The establishment of …")."""
    first = line[0]
    if first.lower_ in ("the", "a", "an") and len(line) > 1 and first.head.i == line[1].i:
        return line[1]
    return first


def _starts_line(tok: Token) -> bool:
    """Say whether a word is the first of the text or of a line, or follows a line's list mark ("- ")."""
    if tok.i == 0:
        return True
    before = tok.doc[tok.i - 1]
    if "\n" in before.whitespace_ + before.text:
        return True
    return _in_list_mark(before) and (end := _list_mark_end(tok)) is not None and \
        end <= tok.idx and not doc_text(tok.doc)[end:tok.idx].strip()


def _in_list_mark(tok: Token) -> bool:
    """Say whether a word is (part of) the mark opening a bulleted or numbered line."""
    end = _list_mark_end(tok) if len(tok.text) <= _MARK_CHARS else None
    return end is not None and tok.idx < end


_MARK_CHARS = 3


def _list_mark_end(tok: Token) -> int | None:
    """Return where the list mark opening `tok`'s line ends, or None if the line has none."""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    mark = LIST_MARK.match(text, start + len(text[start:tok.idx]) - len(text[start:tok.idx].lstrip()))
    return None if mark is None else mark.end()


def _gerund(tok: Token) -> bool:
    """Say whether a word is a gerund: so tagged, or an -ing word taking a direct object ("Sharing data")."""
    return tok.tag_ == "VBG" or (tok.lower_.endswith("ing") and any(c.dep_ == "dobj" for c in tok.children))


def _run_in_heading(first: Token) -> bool:
    """Say whether a line opens with a capitalised run-in heading ("ACHIEVING RECIPROCAL TRADE: …")."""
    if not first.is_upper or len(first) < 2:
        return False
    for t in first.doc[first.i:min(first.i + _HEADING_WORDS, first.sent.end)]:
        if t.text == ":":
            return True
        if t.is_alpha and not t.is_upper:
            return False
    return False


def find_cues(tok: Token) -> Cue | None:
    """Return the undertaking `tok` marks, or None."""
    # only a word starting a line opens a bullet: the others skip working out their sentence's lines
    if (tok.tag_ in _ITEM_TAGS and not tok.is_space
            and (_starts_line(tok) or (tok.i > 0 and _after_article([tok.doc[tok.i - 1], tok]).i == tok.i
                                       and _starts_line(tok.doc[tok.i - 1])))
            and (item := list_item(tok.sent)) is not None and item.i == tok.i):
        return Cue(tok, tok, tok.head if _misparsed_bullet(tok) else tok, "item")
    if tok.dep_ == "aux" and (tok.lower_ in FUTURE_MODALS | DUTY_MODALS or _headline_future(tok)):
        return _modal(tok)
    if tok.dep_ == "aux" and tok.lower_ in PURPOSE_MODALS and _purpose_of_undertaking(tok.head):
        return _modal(tok)  # "pledged to ratify it within the year so that it can enter into force by …"
    if tok.dep_ == "aux" and tok.lower_ in CHANCE_MODALS and _earliest_told(tok.head):
        return _modal(tok)  # "Ghana could sign the deal as early as next month": a plan, by its earliest time
    if tok.dep_ == "aux" and tok.lower_ in _PLAN_MODALS and agreed_to_be_done(tok.head):
        return _modal(tok)  # "agreed that the MoU could be signed this year": what was agreed, if dated
    if tok.lower_ in SCHEDULED and tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBN" and any(
            c.dep_ == "prep" and c.lower_ in ("for", "on", "in") for c in tok.children) and not any(
            c.dep_ == "advmod" and c.lower_ in FORMER_PLAN for c in tok.children):
        event = _scheduled_event(tok)
        return Cue(tok, event, event, "scheduled") if event is not None else None
    if tok.lower_ in SCHEDULED and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN":
        # "with deliveries set to begin in 2030": the noun's event is planned (dated later)
        start = _infinitive(tok)
        if start is None or start.lemma_ not in EVENT_VERBS:
            return None
        return Cue(tok, tok.head, tok.head, "scheduled")
    if tok.pos_ == "VERB" and tok.lemma_ in _SCHEDULING_VERBS and (event_set := _event_set(tok)) is not None:
        return event_set  # "the two sides scheduled the next round for March": the setters' plan
    if tok.lemma_ in PRESENT_PLAN_VERBS and tok.tag_ in ("VBZ", "VBP") and _present_plan(tok):
        return Cue(tok, tok, tok, "present")  # "where he meets Marcos tomorrow": dated ahead (checked later)
    if tok.tag_ in ("VBZ", "VBP") and when_clause(tok) and _trip_made(tok):
        return Cue(tok, tok, tok, "present")  # "will sign it when President Ruto visits Jakarta in March"
    if tok.tag_ == "VBG" and tok.lemma_ in TRIP_VERBS and _trip_under_way(tok):
        return Cue(tok, tok, tok, "present")  # "Ruiz is paying a visit to Ghana on May 19": dated ahead too
    if tok.pos_ == "VERB" and tok.lemma_ in _PREPARING and (prepared := _prepared_event(tok)) is not None:
        return prepared
    if tok.pos_ == "VERB" and tok.lemma_ in GRANTING_VERBS:
        return _granted_funds(tok)
    if tok.pos_ == "VERB" and tok.lemma_ in COMMIT_VERBS:
        return _verb(tok)
    if tok.pos_ == "VERB" and tok.lemma_ in DUTY_VERBS and (owed := _owed_act(tok)) is not None:
        return Cue(tok, owed, tok, "modal")  # "the sides need to finalise the roadmap by June" (if dated)
    if tok.pos_ == "VERB" and tok.lemma_ in BIDDING_VERBS:
        return _bid_own_staff(tok)
    if tok.lemma_ == "be" and tok.dep_ in ("ROOT", "ccomp") and tok.tag_ in ("VBZ", "VBP"):
        return _destined(tok)  # "the ministers are to meet in May(, the ministry said)"
    if tok.pos_ == "VERB" and tok.lemma_ == "look":
        return _look_forward(tok)
    if tok.pos_ == "VERB" and tok.lemma_ in PROVISION_VERBS:
        return _provision(tok)
    if (tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in SETTLED_NOUNS and tok.dep_ in ("dobj", "nsubjpass")
            and tok.head.lemma_ in REACHING_VERBS):
        return _reached(tok)  # "reached an agreement to reopen the crossing", "an agreement was reached to …"
    if (tok.pos_ == "NOUN" and tok.lemma_ == "request" and tok.dep_ == "dobj"
            and tok.head.lemma_ in _HEEDING_VERBS):
        return _request_granted(tok)  # "accepted Ghana's request to supply seedlings": the granter's act
    if tok.pos_ == "NOUN" and tok.lemma_ in COMMIT_NOUNS and not (tok.tag_ == "NNS" and tok.lemma_ in (
            "commitment", "intention", "pledge", "promise")):
        return _noun(tok)
    if tok.pos_ == "NOUN" and tok.lemma_ in SUPPORT_NOUNS:
        return _support(tok)
    if tok.lower_ in COMMIT_ADJECTIVES and (
            (tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "amod"))
            or (tok.tag_ == "VBN" and any(c.dep_ in ("auxpass", "aux") and c.lemma_ == "be"
                                          for c in tok.children))):
        # "is set to sign" parses as an adjective or as a passive participle
        if particle_of(tok) is not None:
            return None  # "will be set up to address …": setting up a body, read by the modal
        action = _to_verb(tok)
        if action is not None and tok.lower_ == "due" and not _due_plan(action):
            return None
        if action is None and tok.lower_ in SCHEDULED:
            return _event_slated(tok)  # "the next round of talks is slated for May", "… is set for June"
        return Cue(tok, action, clause_head(tok), "adj") if action is not None else None
    if tok.lemma_ in TARGET_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_ in _SETTING_VERBS:
        return _set_target(tok)  # "set a target of raising trade to $500 million within three years"
    if tok.lemma_ in GOAL_NOUNS and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        action = next((c for c in tok.head.children if c.dep_ in ("xcomp", "attr", "ccomp") and is_verb(c)
                       and "to" in aux_lemmas(c)), None)
        return Cue(tok, action, tok.head, "noun") if action is not None else None
    if tok.lemma_ in ("visit", "trip") and tok.pos_ == "VERB" and prepared_for(tok):
        return Cue(tok, tok, tok, "verb")  # "talks are underway for the leader to visit Seoul"
    if tok.lemma_ in ("visit", "trip") and tok.pos_ == "NOUN" and (prepared_for(tok) or any(
            c.dep_ == "amod" and c.lower_ in PLANNED_VISIT_ADJ for c in tok.children)) and any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "to") for c in tok.children):
        return Cue(tok, tok, tok, "visit")
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" and tok.head.lemma_ == "welcome":
        return _welcomed_event(tok)
    if tok.pos_ == "VERB" and tok.lemma_ in EFFORT_VERBS:
        return _effort(tok)
    if tok.lemma_ == "effect" and tok.head.lemma_ == "take" and _done(tok.head):
        return None  # "the agreement, which took effect in January": done, not undertaken
    if (tok.lemma_ == "effect" and tok.head.lemma_ == "take") or _effective_from(tok):
        head = tok.head if tok.lemma_ == "effect" else tok
        return Cue(tok, head, head, "effect")
    if _into_force(tok) and not _done(tok.head.head):
        return Cue(tok, tok.head.head, tok.head.head, "effect")  # "so that it enters into force on 1 May"
    return None


def _effective_from(tok: Token) -> bool:
    """Say whether a word dates a start: "effective from May 1", "effective on 1 July"."""
    return tok.lower_ == "effective" and any(c.lower_ in ("from", "on") for c in tok.children)


# Encounters a present tense tells as fixed ahead when it is dated ahead ("the commission meets in June").
PRESENT_PLAN_VERBS = frozenset({"meet", "visit", "host", "hold", "convene", "sign", "attend"})


def _present_plan(verb: Token) -> bool:
    """Say whether a present-tense encounter verb may tell a plan: it heads a clause of its own, whose
    subject is a party or a standing body ("he meets", "the joint commission meets"), with no modal
    ("does not meet") or auxiliary before it; whether it is dated ahead is checked with its date."""
    if verb.dep_ in ("aux", "auxpass", "amod", "compound") or any(
            c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if habitual(verb) or told_by_document(verb):
        return False  # "usually meets in September", "the protocol provides that the commission meets …"
    return subj is not None and subj.lower_ not in ("who", "which", "that") and (
        party_named(subj) or subj.lemma_.lower() in STANDING_BODY_NOUNS | EVENT_NOUNS)


# Verbs of a journey a present progressive may tell as fixed ahead ("is travelling to Lima next week").
# The words that take each journey verb to its place ("heading to", "leaving for", "arriving in").
_TRIP_PLACES = {"pay": (), "visit": (), "travel": ("to",), "head": ("to", "for"), "fly": ("to",),
                "leave": ("for",), "arrive": ("in", "at"), "go": ("to",), "come": ("to",)}
TRIP_VERBS = frozenset(_TRIP_PLACES)
_TRIP_MAKING_VERBS = TRIP_VERBS | {"make"}  # "makes a state visit to Malaysia"


def _trip_under_way(verb: Token) -> bool:
    """Say whether a present progressive tells a journey a party makes ("the minister is visiting Peru",
    "is paying an official visit to Ghana", "is heading to Accra"), which is a plan when dated ahead
    (checked with its date); "is going to sign" is the future of another verb."""
    if not any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return False
    if any(c.dep_ in ("neg", "xcomp") for c in verb.children) or verb.dep_ not in ("ROOT", "ccomp", "conj"):
        return False
    return _trip_made(verb)


def _trip_made(verb: Token) -> bool:
    """Say whether a verb tells a journey a party makes ("the minister visits Peru", "pays a visit to
    Ghana", "makes a state visit to Malaysia", "travels to Lima")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not party_named(subj) or habitual(verb) or verb.lemma_ not in _TRIP_MAKING_VERBS:
        return False
    if verb.lemma_ in ("pay", "make"):
        return any(c.dep_ == "dobj" and c.lemma_ in JOURNEY_NOUNS for c in verb.children)
    if verb.lemma_ == "visit":
        return any(c.dep_ == "dobj" for c in verb.children)
    return any(c.dep_ == "prep" and c.lower_ in _TRIP_PLACES[verb.lemma_] for c in verb.children)


def _due_plan(action: Token) -> bool:
    """Say whether "due to X" tells a plan: an act ("the president is due to visit Lima", "the border post is
    due to open by 2026"), not a document's "is due to expire" (nobody's act)."""
    return action.lemma_ not in _ENDING_VERBS


def party_named(subj: Token) -> bool:
    """Say whether a subject names a party of a relation: a state, person, people or an actor noun; a
    firm or other organisation named bare ("Microsoft hosts its conference …") is none."""
    return (subj.ent_type_ in ("GPE", "PERSON", "NORP") or subj.lemma_.lower() in ACTOR_NOUNS - _FIRM_NOUNS
            or (subj.pos_ == "PROPN" and any(c.dep_ == "compound" and is_role_word(c.lower_)
                                             for c in subj.children)))  # "President Ruto", the name untagged


# Actors that are firms, not parties of a relation.
_FIRM_NOUNS = frozenset({"it", "company", "firm", "airline", "airlines", "bank", "corporation", "business"})


# Words that make a present tense a habit, not a date fixed ahead ("usually meets in September").
_HABIT_WORDS = frozenset({"usually", "normally", "often", "always", "regularly", "traditionally",
                          "generally", "typically", "customarily", "annually", "yearly", "every", "each",
                          "routinely", "habitually"})


def habitual(verb: Token) -> bool:
    """Say whether a present tense tells a habit: a frequency word on the verb or in one of its time
    phrases ("each year the commission meets …", "meets in September every year")."""
    return any(t.lower_ in _HABIT_WORDS for c in verb.children
               if c.dep_ in ("advmod", "npadvmod", "prep", "advcl") for t in c.subtree)


# Verbs by which a document says what holds ("the protocol provides that …", "the treaty states …").
_STATING_VERBS = frozenset({"provide", "state", "say", "stipulate", "require", "specify", "set", "oblige",
                            "envisage", "foresee", "establish"})


def told_by_document(verb: Token) -> bool:
    """Say whether a clause tells what a document provides ("the memorandum says the two sides hold
    consultations in October"): a description of its terms, not a plan of the report's."""
    head = verb
    while head.dep_ in ("ccomp", "conj") and head.head is not head:
        head = head.head
        if head.lemma_ in _STATING_VERBS and any(c.dep_ == "nsubj" and c.lemma_.lower() in INSTRUMENT_NOUNS
                                                 | {"article", "section", "clause", "text", "charter"}
                                                 for c in head.children):
            return True
    return False


def takes_effect(verb: Token) -> bool:
    """Say whether a verb is a document's taking effect ("takes effect", "enters into force")."""
    if verb.lemma_ == "take":
        return any(c.dep_ == "dobj" and c.lemma_ == "effect" for c in verb.children)
    return any(_into_force(g) for c in verb.children if c.lower_ == "into" for g in c.children)


def _into_force(tok: Token) -> bool:
    """Say whether a word ends "enter into force", "come into force" or "come into effect"."""
    return (tok.lemma_ in ("force", "effect") and tok.dep_ == "pobj" and tok.head.lower_ == "into"
            and tok.head.head.lemma_ in ("enter", "come"))


def _prepared_event(verb: Token) -> Cue | None:
    """Return the event a passive preparation dates ("a summit is being prepared for November"), else None.

    Without a date after "for" ("the visit is being prepared"), or in the past ("was organised
    for May"), nothing is set.
    """
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lemma_.lower() not in EVENT_NOUNS or verb.tag_ != "VBN" or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in verb.children):
        return None
    dated = any(c.dep_ == "prep" and c.lower_ == "for" and any(t.ent_type_ == "DATE" for t in c.subtree)
                for c in verb.children)
    return Cue(verb, subj, verb, "verb") if dated else None


_PREPARING = frozenset({"prepare", "arrange", "organise", "organize", "plan"})


def _granted_funds(verb: Token) -> Cue | None:
    """Return the credit, loan or grant a verb makes available ("announced a line of credit of $50 million
    for …", "extended a $200 million credit line"), else None.

    A document named by its funds ("a loan agreement") is no money given, and a participle after
    a clause ("reiterated its commitment to X, announcing financing for …") tells how that clause's
    undertaking is met, not another one.
    """
    # "announced a Line of Credit of US$ 50 million": a capitalised name of the funds is read as a proper noun
    funds = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if funds is None or (verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i < verb.i):
        return None
    credit = funds.lemma_.lower() == "line" and any(
        (c.dep_ == "compound" and c.lower_ == "credit") or (c.dep_ == "prep" and c.lower_ == "of" and any(
            g.lemma_.lower() == "credit" for g in c.children)) for c in funds.children)
    given = credit or funds.lemma_.lower() in _FUNDS or _money_package(funds)
    return Cue(verb, funds, verb, "verb") if given else None


def _money_package(noun: Token) -> bool:
    """Say whether a package is one of money ("a special economic package of $500 million", "a $200 million
    aid package"); "a package of measures" or "of reforms" is no money given."""
    return noun.lemma_.lower() == "package" and (
        any(t.ent_type_ == "MONEY" for t in noun.subtree)
        or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _AID_WORDS for c in noun.children))


_AID_WORDS = frozenset({"aid", "economic", "financial", "assistance", "relief", "stimulus", "investment",
                        "development", "humanitarian", "support"})


# What a state grants and then has to pay out or hand over (a credit line is "line" with "credit" before
# or after it; "announced a donation of 200 computers").
_FUNDS = frozenset({"loan", "grant", "financing", "funding", "credit", "donation"})
GRANTING_VERBS = frozenset({"announce", "extend", "approve", "unveil", "grant"})


def _welcomed_event(noun: Token) -> Cue | None:
    """Return the event a party welcomes as coming ("welcomed next month's trade mission to Lima",
    "the forthcoming session of the joint commission"); "welcomed last month's mission" looks back."""
    if noun.lemma_.lower() not in MEETING_NOUNS | {"mission"} or is_negated(noun.head):
        return None
    coming = any(c.dep_ == "amod" and c.lower_ in PLANNED_VISIT_ADJ for c in noun.children) or any(
        c.dep_ == "poss" and any(g.lower_ in ("next", "coming") for g in c.children) for c in noun.children)
    if not coming:
        return None
    of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("PERSON", "GPE", "NORP")), None)
    return Cue(noun, noun, noun, "visit", of or subject_of(noun.head))


# Verbs of striving for an act ("is pushing to reach a deal", "are working to finalise the agreement").
EFFORT_VERBS = frozenset({"seek", "push", "strive", "endeavour", "endeavor", "work"})
_STRIVEN_ACTS = SIGNING_ACTS | {"conclude", "finalise", "finalize", "reach", "negotiate", "secure", "strike",
                                "hold", "convene", "organise", "organize"}


def _effort(verb: Token) -> Cue | None:
    """Return the act a party strives for now ("is seeking to conclude a trade agreement"), if it is a
    document or a meeting; "sought to" (past) tried, and "works to promote tourism" is a purpose."""
    action = _to_verb(verb)
    if action is None or verb.tag_ not in ("VBZ", "VBP", "VBG") or (
            verb.tag_ == "VBG" and not any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)):
        return None
    if action.lemma_ not in _STRIVEN_ACTS or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in INSTRUMENT_NOUNS | EVENT_NOUNS | {"deal", "accord"}
            for c in action.children):
        return None
    return Cue(verb, action, verb, "verb")


def _done(verb: Token) -> bool:
    """Say whether a verb tells a thing done: a simple past or a perfect ("took effect", "has taken")."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


# Verbs that set an event for a time in the active voice ("scheduled the next round for March").
_SCHEDULING_VERBS = frozenset({"schedule", "set", "fix", "slate"})


def _event_set(verb: Token) -> Cue | None:
    """Return the plan of a verb that sets an event for a time in the active voice, its subject the actor:
    "the two sides scheduled the next round of talks for March", "the ministers have set the session for
    June", "fixed the date of the summit for 12 September". Not "set a target", nor "set the talks" with no
    time, nor a passive (the participle's own cue) or a negation.
    """
    if verb.tag_ not in ("VBD", "VBN", "VBP", "VBZ") or any(c.dep_ in ("auxpass", "neg")
                                                             for c in verb.children):
        return None
    told = next((c for c in verb.children if c.dep_ == "dobj"), None)
    event = told
    if told is not None and told.lemma_.lower() == "date":  # "the date of the summit"
        event = next((g for c in told.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
    if told is None or event is None or event.lemma_.lower() not in EVENT_NOUNS:
        return None
    if not any(c.dep_ == "prep" and c.lower_ in ("for", "on", "in")
               for t in (verb, told) for c in t.children):
        return None
    subj = subject_of(verb)
    return Cue(verb, event, event, "scheduled", actor=subj) if subj is not None else None


def _scheduled_event(participle: Token) -> Token | None:
    """Return the event a "scheduled for …" participle dates: its head, or the event noun before its comma.

    After a comma the parser often hangs the participle on an earlier noun ("appreciation for …
    the next round of technical negotiations, scheduled for March"); the nearest event wins.
    """
    if participle.head.lemma_.lower() in EVENT_NOUNS:
        return participle.head
    doc = participle.doc
    if participle.i == 0 or doc[participle.i - 1].text != ",":
        return None
    for t in reversed(doc[max(0, participle.i - 8):participle.i - 1]):
        if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in EVENT_NOUNS:
            # "round of negotiations": the phrase's head, not its "of" object
            head = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else t
            return head if head.lemma_.lower() in EVENT_NOUNS else t
    return None


def _headline_future(to: Token) -> bool:
    """Say whether "to" marks a headline's future ("Both sides to reconvene in Minsk next month").

    A headline drops "will": its main verb is a bare infinitive with a subject of its own.
    """
    verb = to.head
    return (to.lower_ == "to" and verb.dep_ == "ROOT" and verb.tag_ == "VB"
            and any(c.dep_ == "nsubj" for c in verb.children))


# Modals of a purpose clause ("so that the agreement can enter into force by January").
PURPOSE_MODALS = frozenset({"can", "could"})
# Modals of what may come: an undertaking only when its earliest time is told ("may sign it as soon as May").
CHANCE_MODALS = frozenset({"could", "may", "might"})
_PLAN_MODALS = CHANCE_MODALS | PURPOSE_MODALS


def _earliest_told(verb: Token) -> bool:
    """Say whether a clause tells its act's earliest time ("as early as next month", "as soon as June")."""
    doc = verb.doc
    return any(t.lower_ in ("early", "soon") and 0 < t.i < len(doc) - 1 and doc[t.i - 1].lower_ == "as"
               and doc[t.i + 1].lower_ == "as" for t in verb.subtree)


def _purpose_of_undertaking(verb: Token) -> bool:
    """Say whether a verb heads a "so that …" clause of an undertaking: its aim is undertaken too."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if verb.dep_ != "advcl" or not {"so", "that"} <= marks:
        return False
    goal = verb.head  # "complete their ratification procedures", under "pledged to"
    return goal.lemma_ in COMMIT_VERBS or (goal.dep_ == "xcomp" and goal.head.lemma_ in COMMIT_VERBS) or any(
        c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in goal.children)


def _modal(aux: Token) -> Cue | None:
    """Return the undertaking a future modal marks ("would reconvene"), else None."""
    verb = aux.head
    if verb.dep_ == "relcl" and not any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in (
            "who", "which", "that") or any(g.lower_ == "whose" for g in c.children)) for c in verb.children) \
            and not _complement_read_as_relative(verb) and not _terms_clause(verb):
        return None  # "a facility that Russia would extend": a thing described ("whose session will …" acts)
    if any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ == "nsubjpass"
            and counted_thing(c).lemma_.lower() in INSTRUMENT_NOUNS | EVENT_NOUNS | {"which", "that"}
            for c in verb.children):
        if done_to_act(verb) or _received_by_someone(verb) or followed_by_event(verb):
            # "support for the coast guard will be strengthened"; "X will be received by President Y"
            return Cue(aux, verb, verb, "modal")
        event = believed_event(verb)
        # "who will be joined by …": done to the subject, not undertaken
        return Cue(event, event, event, "visit") if event is not None else None
    if on_agenda(verb):
        return Cue(aux, verb, verb, "modal")  # "direct flights will also be on the agenda"
    if verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children):
        if any(c.dep_ == "acomp" and _effective_from(c) for c in verb.children):
            return None  # "will be effective from May 1": the start's own cue tells it
        if any(c.dep_ == "acomp" and c.lower_ in COMMIT_ADJECTIVES and _to_verb(c) is not None
               for c in verb.children):
            return None  # "will be ready to sign it this week": the adjective's own cue tells it
        # "should be operational by 2027": a dated state is a target (checked for a date later).
        return Cue(aux, verb, verb, "state")
    first = _first_to(verb)
    if first is not None:
        return Cue(aux, first, verb, "modal")  # "will be the first head of state to address the assembly"
    if _wished_of_other(verb):
        return None  # "Ghana would like Peru to host the next round": a request put to the other side
    wish = _offered_act(verb) or _obliged_act(verb)
    if wish is not None:
        return Cue(aux, wish, verb, "modal")  # "China would like to strengthen …", "he will have to visit …"
    if verb.lemma_ in _ENDING_VERBS and not any(c.dep_ == "dobj" for c in verb.children):
        return None  # "the agreement will cease to have effect", "will expire in 2030": an end, no act
    if stay_for_talks(verb):
        return Cue(aux, verb, verb, "modal")  # "will be in Accra on May 21 for talks": a visit
    if (_forecast_verb(verb) and not refrains(verb) and not _party_raises_to_figure(verb)
            and not _actor_helps(verb)):
        return None  # "will open new markets" is a forecast, "will open a consulate" a promise
    if verb.lemma_ in COMMIT_VERBS and _to_verb(verb) is not None:
        return None  # "will seek to …" is read by the verb's own rule
    return Cue(aux, verb, verb, "modal")


def to_a_figure(action: Token) -> bool:
    """Say whether an act takes something to a figure ("raise trade to $15 billion", "double the
    places to 560 a year"), which makes an aim a target."""
    holders = [action, *(c for c in action.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(t.ent_type_ in _FIGURE_ENTS for t in c.subtree)
               for h in holders for c in h.children)


_FIGURE_ENTS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})
# Verbs of a level raised, which a named party undertakes when it raises a thing to a figure.
_RAISING_VERBS = frozenset({"increase", "raise", "boost", "expand"})


def _party_raises_to_figure(verb: Token) -> bool:
    """Say whether a named party raises a thing to a figure ("Hungary will increase the capital of the
    fund to $100 million", "Kenya will raise its contribution to $50 million"): a pledge, where "trade
    will increase to $5 billion" and "it will boost trade" are forecasts."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (verb.lemma_ in _RAISING_VERBS and subj is not None and subj.ent_type_ in ("GPE", "PERSON")
            and any(c.dep_ == "dobj" for c in verb.children) and to_a_figure(verb))


def stay_for_talks(verb: Token) -> bool:
    """Say whether "be" tells a party's stay in a place for an encounter ("will be in Accra for talks",
    "will be in Lima on a state visit"): a visit told by where one will be."""
    if verb.lemma_ != "be" or any(c.dep_ in ("neg", "acomp", "attr") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not party_named(subj) or subj.ent_type_ in ("GPE", "NORP"):
        return False
    if _dated_company(verb):
        return True  # "Mahama will be with President Boluarte on Friday": an encounter on a day
    place = any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.ent_type_ in PLACE_ENTS for g in c.children) for c in verb.children)
    if not place:
        return False
    if any(c.dep_ in ("advcl", "xcomp") and "to" in aux_lemmas(c) and c.lemma_ in TALK_VERBS
           | PRESENT_PLAN_VERBS for c in verb.children) or (_stay_dated(verb) and _as_guest(verb)):
        # "will be in Lima this week to discuss trade with …", "from 20 to 25 March as a guest of …"; a
        # stay for its own sake ("will be in Lima for two days from May 14") is none
        return True
    return any(c.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in (MEETING_NOUNS if c.lower_ == "for" else JOURNEY_NOUNS)
        for g in c.children) for c in verb.children if c.lower_ in ("for", "on"))


def _stay_dated(verb: Token) -> bool:
    """Say whether where one "will be" is dated by a phrase of its own ("will be in Lima this week", "on
    Monday", "from 20 to 25 March"); "will be in Lima until the talks end" names no day."""
    return any(t.ent_type_ == "DATE" for c in verb.children if c.dep_ in ("prep", "npadvmod")
               for t in c.subtree)


def _as_guest(verb: Token) -> bool:
    """Say whether one "will be" somewhere as a host's guest ("as a guest of the government", "at the
    invitation of President Mahama")."""
    return any(c.dep_ == "prep" and (c.lower_, g.lemma_.lower()) in (("as", "guest"), ("at", "invitation"))
               for c in verb.children for g in c.children if g.dep_ == "pobj")


def _dated_company(verb: Token) -> bool:
    """Say whether "be" tells whom one will be with on a day told ("will be with his counterpart on
    Friday"): a person by name, title or as a counterpart, and a date hung on the verb."""
    guest = any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or is_role_word(g.lower_) or g.lemma_ == "counterpart")
        for g in c.children) for c in verb.children)
    return guest and any(t.ent_type_ == "DATE" for c in verb.children if c.dep_ in ("prep", "npadvmod")
                         for t in c.subtree)


# Chances an event is said to give ("the visit will provide an opportunity to …"): no act of anyone's.
_CHANCE_NOUNS = frozenset({"chance", "opportunity", "platform", "impetus", "momentum", "occasion", "venue"})


def chance_given(verb: Token) -> bool:
    """Say whether a "will" clause only says what an event or a text will give ("the visit will provide a
    chance for …", "the forum will offer a platform to …"), not what someone will do."""
    if verb.lemma_.lower() in _CHANCE_NOUNS and verb.dep_ == "dobj":
        verb = verb.head  # the act read as the occasion offered
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in EVENT_NOUNS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CHANCE_NOUNS for c in verb.children)


# Verbs by which something ends of itself ("will cease to have effect", "will expire"); with an object
# ("will terminate the agreement") they are acts.
_ENDING_VERBS = frozenset({"cease", "expire", "lapse", "terminate", "end"})


def _first_to(verb: Token) -> Token | None:
    """Return the act in "will be the first (leader) to X": the subject is to X ("will be the first
    Kenyan president to visit Hanoi"); "will be his first visit" names no act."""
    if verb.lemma_ != "be":
        return None
    ranked = (c for c in verb.children if c.dep_ == "attr" and (
        c.lower_ in _FIRSTS or any(g.dep_ == "amod" and g.lower_ in _FIRSTS for g in c.children)))
    return next((a for c in ranked for a in c.children
                 if a.dep_ in ("acl", "relcl") and a.tag_ == "VB" and "to" in aux_lemmas(a)), None)


_FIRSTS = frozenset({"first", "only", "last"})


def _complement_read_as_relative(verb: Token) -> bool:
    """Say whether a "relative clause" is what someone was told ("assured the leader that Sri Lanka will
    not permit …"): "that" marks it, it has a subject of its own and hangs on a told object."""
    return (any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and verb.head.dep_ == "dobj" and verb.head.head.lemma_ in TELLING_VERBS)


def _terms_clause(verb: Token) -> bool:
    """Say whether a relative clause tells what a party will do under a text ("signed an MoU, under which
    the two governments will share data", "a deal whereby Ghana will supply gas"): it has a subject of its
    own, and "under which"/"whereby" ties it to the text's terms, not to a thing described."""
    return any(c.dep_ == "nsubj" for c in verb.children) and any(
        (c.dep_ == "prep" and c.lower_ == "under" and any(g.dep_ == "pobj" and g.lower_ == "which"
                                                         for g in c.children))
        or (c.dep_ == "advmod" and c.lower_ == "whereby") for c in verb.children)


# Verbs that tell someone what will be done ("assured the leader that …", "told reporters that …").
TELLING_VERBS = frozenset({"assure", "tell", "inform", "promise", "reassure", "remind", "notify", "convince"})


def _destined(be: Token) -> Cue | None:
    """Return the act an actor "is to" do ("the two ministers are to meet again in Geneva"), else None.

    Only an actor's own act counts; "the aim is to …" is a goal (read by its noun) and "the
    round is to be held …" an event planned (read by its passive).
    """
    act = next((c for c in be.children if c.dep_ == "xcomp" and c.tag_ == "VB" and "to" in aux_lemmas(c)
                and not any(g.dep_ == "auxpass" for g in c.children)), None)
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if act is not None and opens_itself(act) is not None:
        return Cue(be, act, be, "verb")  # "the consulate is to reopen by September"
    done = next((c for c in be.children if c.dep_ == "xcomp" and c.tag_ == "VBN" and "to" in aux_lemmas(c)
                 and any(g.dep_ == "auxpass" for g in c.children)), None)
    if done is not None and subj is not None and (founds_body(done, subj) or works_finished(done) or any(
            told(done) for told in (goods_handed, funds_moved, envoy_posted, people_trained))):
        # "the new consulate is to be opened in September", "two boats are to be handed over in March"
        return Cue(be, done, be, "modal")
    planned = _planned_for_thing(subj, act, done)
    if planned is not None:
        return Cue(be, planned, be, "modal")  # "the visit is to take place early next year"
    if act is None or subj is None or not named_actor(subj):
        return None
    if _forecast_verb(act):
        return None  # "the two countries are to become partners"; "are to set up a commission" is a plan
    return Cue(be, act, be, "verb")


def _forecast_verb(verb: Token) -> bool:
    """Say whether a verb tells what will come about, not what a party does ("will open new markets",
    "is to become a hub"): a non-action, unless it acts on the actor's own thing, is a particle verb of
    founding ("set up"), opens a standing body ("open a joint business council") or tells a facility opens
    ("a joint border headquarters will open in Sido by June": the sides' act, told of the thing)."""
    return (verb.lemma_ in NON_ACTIONS and not acts_on_own_thing(verb)
            and (verb.lemma_, particle_of(verb)) not in PARTICLE_ACTIONS and not _opens_body(verb)
            and opens_itself(verb) is None and not _brings_into_force(verb) and not _opens_at_place_by(verb))


# what the small model calls a town or border crossing it does not know; a region ("in Asia", LOC) is no place
# a thing is opened at
_PLACE_LIKE = frozenset({"GPE", "FAC", "ORG", ""})


def _opens_at_place_by(verb: Token) -> bool:
    """Say whether named sides open a thing at a named place, or a thing of both sides, by a deadline
    ("Ghana and Togo will open a joint border post at Aflao by the end of September", "the two governments
    will open a checkpoint at Sido by May", "… a joint inspection point by March"): a plan, whatever the
    thing; "will open new markets (in Asia)", with no town, nothing shared and no day, stays a forecast."""
    subj = subject_of(verb)
    if verb.lemma_ != "open" or subj is None or not named_actor(subj):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    placed = any(p.dep_ == "prep" and p.lower_ in ("at", "in") and any(
        o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ in _PLACE_LIKE for o in p.children)
        for h in (verb, *objects) for p in h.children)
    shared = any(m.dep_ == "amod" and m.lower_ in SHARED_WORDS for c in objects for m in c.children)
    return (placed or shared) and any(c.dep_ == "prep" and c.lower_ in ("by", "before") and any(
        o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in c.children) for c in verb.children)


def _brings_into_force(verb: Token) -> bool:
    """Say whether a verb puts a document into effect ("will bring the agreement into force by January")."""
    return verb.lemma_ in ("bring", "put") and any(
        c.lower_ == "into" and any(g.lemma_ in ("force", "effect") for g in c.children)
        for c in verb.children)


def _planned_for_thing(subj: Token | None, act: Token | None, done: Token | None) -> Token | None:
    """Return what "is to" happen to an event or document ("the visit is to take place early next year",
    "the talks are to resume in June", "the MoU is to be upgraded into an agreement"), else None.

    Like "will take place" / "will be upgraded": the sides' plan. "The visit is to be seen as …" is no act.
    """
    if subj is None or subj.lemma_.lower() not in DOCUMENT_AND_EVENT_NOUNS:
        return None
    if done is not None and done.lemma_ not in NON_ACTIONS:
        return done
    if act is not None and act.lemma_ in EVENT_VERBS and (
            _is_take_place(act) if act.lemma_ == "take" else not any(c.dep_ == "dobj" for c in act.children)):
        return act
    return None


def _is_take_place(verb: Token) -> bool:
    """Say whether a verb is "take place" ("the summit is to take place in May")."""
    return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


def _opens_body(verb: Token) -> bool:
    """Say whether a verb opens a standing body ("will open a joint business council") or a party opens an
    event ("the two leaders will open a trade fair on Friday"): a promise.

    "will open new markets" is a forecast; a council, committee or commission is set up by someone, and a
    fair or forum opened by a named party.
    """
    return verb.lemma_ == "open" and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in STANDING_BODY_NOUNS or (_named_actor(verb) and (
            c.lower_ in ACTIVITY_NOUNS | MEETING_NOUNS
            # "a trade fair", the tagger making "trade" the object and "fair" its modifier
            or any(g.i == c.i + 1 and g.lower_ in ACTIVITY_NOUNS for g in c.children))))
        for c in verb.children)


def _named_actor(verb: Token) -> bool:
    """Say whether a verb's subject names a party: a state, person, body or an actor noun."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and named_actor(subj)


def named_actor(subj: Token) -> bool:
    """Say whether a subject names a party: a state, person, body or an actor noun."""
    return subj.ent_type_ in ("GPE", "PERSON", "NORP", "ORG") or subj.lemma_.lower() in ACTOR_NOUNS - {"it"}


def _offered_act(verb: Token) -> Token | None:
    """Return X of a party's "would like to X" (an offer made politely), else None."""
    if verb.lemma_ not in ("like", "love") or not _named_actor(verb):
        return None
    return _infinitive_act(verb)


def _obliged_act(verb: Token) -> Token | None:
    """Return X of a party's "will have to X" (an act it owes, told ahead), else None: the act, not
    "have", is what the party undertakes."""
    if verb.lemma_ != "have" or any(c.dep_ == "dobj" for c in verb.children) or not _named_actor(verb):
        return None
    return _infinitive_act(verb)


def _owed_act(verb: Token) -> Token | None:
    """Return X of a party's "needs to X" or "is obliged (required, bound) to X", told without a modal
    ("will need to X" is left to the modal, which reads no act in it), else None."""
    if any(c.dep_ in ("neg", "dobj") or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return None  # "do not need to meet", "need more time to …", "will need to …"
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive == (verb.lemma_ == "need"):
        return None  # "need" is owed in the active, the others in the passive ("is obliged to")
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _infinitive_act(verb) if subj is not None and named_actor(subj) else None


def _infinitive_act(verb: Token) -> Token | None:
    """Return the act of a verb's to-infinitive ("like to X", "have to X"), if it is one."""
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and "to" in aux_lemmas(c)
                 and (c.lemma_ not in NON_ACTIONS or acts_on_own_thing(c))), None)


_WISHING_VERBS = frozenset({"like", "love", "want", "wish", "prefer"})


def _wished_of_other(verb: Token) -> bool:
    """Say whether a wish is for someone else to act ("would like Peru to host …", "would love the
    president to visit …"): the object before the infinitive does the act, so the subject promises nothing."""
    objects = [c.i for c in verb.children if c.dep_ == "dobj"]
    return verb.lemma_ in _WISHING_VERBS and any(
        x.dep_ == "xcomp" and objects and x.i > objects[0] for x in verb.children)


def _actor_helps(verb: Token) -> bool:
    """Say whether a party undertakes to help do something ("Ghana would help promote …") or to let
    another do it ("Peru will allow Ghana to open two consulates").

    "The port will help boost trade" and "the deal will allow firms to bid" are forecasts: a thing helps
    or lets, a party undertakes.
    """
    return (verb.lemma_ == "help" or verb.lemma_ in LETTING_VERBS) and _named_actor(verb) and any(
        c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" for c in verb.children)


def stray_items(action: Token) -> list[Token]:
    """Return the later items of an action's list that the parser hung on the verb above it.

    In "agreed to set up a council, hold annual talks and launch a shipping line" the parser often
    makes "hold" a conjunct (or a second complement) of "agreed": a bare verb cannot join a finite
    one, so it goes on the list of "set up". Items with a subject or an auxiliary of their own are
    clauses of their own ("… and will hold").
    """
    gov = action.head
    if action.dep_ != "xcomp" or "to" not in aux_lemmas(action) or gov.tag_ not in _FINITE_TAGS:
        return []
    hung = [t for t in gov.children
            if t.i > action.right_edge.i and t.tag_ == "VB" and t.dep_ in ("conj", "xcomp")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in t.children)
            and aux_lemmas(t) <= {"to"}]
    # marked items, wherever the parser hung them ("(ii) to expand …" read as a clause of the first item)
    marked = [t for t in gov.subtree if t.i > action.i and t not in hung and marked_item(t)
              and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)]
    return sorted([*hung, *marked], key=lambda t: t.i)


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})


def item_mark_start(verb: Token) -> int | None:
    """Return where the mark of a list item begins when a to-infinitive opens one of its own ("agreed:
    (a) to raise trade …; (b) to open an office", "decided (i) to launch …, (ii) to expand …", "agreed to
    deepen …; to promote …; and to facilitate …"), else None: such an item is a promise of its own."""
    if verb.tag_ != "VB" or "to" not in aux_lemmas(verb):
        return None
    first = verb.left_edge
    meta = next((t for t in verb.doc[first.i:verb.i] if t.dep_ == "meta" or t.tag_ == "LS"), None)
    if meta is not None:
        return meta.idx
    before = verb.doc.text[max(0, first.idx - 16):first.idx]
    found = _ITEM_MARK.search(before)
    return first.idx - len(before) + found.start() if found else None


def marked_item(verb: Token) -> bool:
    return item_mark_start(verb) is not None


_MARK_LABEL = r"(?:[a-z]|[ivx]{1,4}|\d{1,2})"
_ITEM_MARK = re.compile(r"(?:[(\[]\s*" + _MARK_LABEL + r"\s*[)\]]|(?<![\w.])" + _MARK_LABEL + r"\))"
                        r"\s*(?:(?:and|or)\s+)?$", re.I)


def opens_itself(verb: Token) -> Token | None:
    """Return the facility a verb opens or resumes with no one named ("direct flights will resume in
    June", "the consulate is to reopen"): the sides' act, told of the thing. Else None."""
    if verb.lemma_.lower() not in DONE_VERBS or any(c.dep_ in ("dobj", "auxpass") for c in verb.children):
        return None
    subj = subject_of(verb)
    return subj if subj is not None and subj.i < verb.i and names_facility(subj) else None


def acts_on_own_thing(verb: Token) -> bool:
    """Say whether a verb opens or resumes a thing of its own ("resume flights"): it may be reported done;
    or leads a party of its own ("will lead a business delegation to Brazil"): a journey, not a result."""
    if verb.lemma_.lower() == "lead":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _LED_PARTIES for c in verb.children)
    return verb.lemma_.lower() in DONE_VERBS and any(
        c.dep_ == "dobj" and names_facility(c) for c in verb.children)


# What one leads on a journey ("lead a trade mission to Ghana"), unlike "lead to growth".
_LED_PARTIES = frozenset({"delegation", "mission"})


def _received_by_someone(verb: Token) -> bool:
    """Say whether a future passive is a guest's reception by a named host ("Abdelatty will be received
    by Vučić later in the day", "the delegation will be hosted by the Prime Minister"): a meeting ahead."""
    if verb.lemma_ not in HOSTING_VERBS:
        return False
    hosts = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    # a person by name, title or as the other's counterpart; the tagger may call a foreign surname a place
    return any(o.ent_type_ == "PERSON" or is_role_word(o.lower_) or o.lemma_ == "counterpart" or (
        o.pos_ == "PROPN" and o.ent_type_ not in ("ORG", "NORP") and gazetteer().resolve(o.text) is None)
        for o in hosts)


def followed_by_event(verb: Token) -> bool:
    """Say whether a passive "follow" tells an event to come after ("it will be followed by the signing of
    three agreements", "the talks would be followed by a joint commission in June"): the sides' plan."""
    return verb.lemma_ == "follow" and any(
        o.dep_ == "pobj"
        and (o.lemma_.lower() in HAPPENING_NOUNS or o.lower_.removesuffix("ing") in SIGNING_ACTS)
        for c in verb.children if c.dep_ == "agent" for o in c.children)


def done_to_act(verb: Token) -> bool:
    """Say whether a future passive does something to an act ("infrastructure development will be
    supported", "support … will be strengthened"), takes a topic up in talks ("direct flights will be
    discussed") or is done under a document ("will be manufactured … under the contract"): the
    parties' undertaking, told without them. "Trade will be boosted" is a forecast, and "he will be
    joined by …" is done to a person.
    """
    subj = passive_subject(verb)
    if subj is not None and founds_body(verb, subj):
        return True  # "a joint working group will be set up by June"
    if funds_moved(verb) or works_finished(verb) or envoy_posted(verb) or goods_handed(verb) \
            or people_trained(verb):
        return True  # "the first tranche will be disbursed by June" (undertaken only with its date)
    if subj is None or (verb.lemma_ in NON_ACTIONS
                        and (verb.lemma_, particle_of(verb)) not in PARTICLE_ACTIONS):
        return False
    if verb.lemma_ in TALK_VERBS or under_document(verb) or agreed_to_be_done(verb):
        return True  # "direct flights will be discussed", "missiles will be made … under the contract"
    return act_noun(subj)


def funds_moved(verb: Token) -> bool:
    """Say whether a passive pays out or signs money of the sides' ("the first tranche will be disbursed",
    "the loan will be signed", "the remaining funds will be released"); "will be repaid over 20 years"
    is a loan's term."""
    subj = passive_subject(verb)
    return subj is not None and verb.lemma_ in _PAYING_VERBS and subj.lemma_.lower() in _FUNDS | _PAYMENTS


def envoy_posted(verb: Token) -> bool:
    """Say whether a passive posts an envoy ("a new ambassador would be sent to Baghdad", "a consul will be
    appointed"): the sending state's step, undertaken only with its date."""
    subj = passive_subject(verb)
    return subj is not None and verb.lemma_ in _POSTING_VERBS and subj.lemma_.lower() in ENVOY_NOUNS


def goods_handed(verb: Token) -> bool:
    """Say whether a passive hands goods over ("two patrol boats would be handed over by March", "the
    helicopters will be delivered next year"): the giver's step, undertaken only with its date; "the boats
    will be used for patrols" is no handing over."""
    subj = passive_subject(verb)
    if subj is None or verb.lemma_ not in _HANDING_VERBS:
        return False
    if verb.lemma_ == "hand" and particle_of(verb) != "over":
        return False
    return subj.lemma_.lower() in DELIVERED_NOUNS or subj.lower_ in DELIVERED_NOUNS


def people_trained(verb: Token) -> bool:
    """Say whether a passive trains a counted group of people ("40 public servants would be trained in
    Korea", "200 nurses are to be trained"): the host's step; "the staff will be trained" counts no one
    and "skills will be improved" trains no people."""
    subj = passive_subject(verb)
    return subj is not None and verb.lemma_ in _TRAINING_VERBS and subj.tag_ == "NNS" and any(
        c.dep_ == "nummod" and c.like_num for c in subj.children)


# Verbs that train people of the other side ("will be trained", "are to be schooled").
_TRAINING_VERBS = frozenset({"train", "educate", "school", "retrain"})


# Verbs that hand goods to the other side ("will be delivered", "are to be handed over").
_HANDING_VERBS = frozenset({"deliver", "hand", "donate", "supply", "ship"})


_POSTING_VERBS = frozenset({"send", "appoint", "post", "name", "accredit", "dispatch", "station", "assign"})


def works_finished(verb: Token) -> bool:
    """Say whether a passive builds, finishes or hands over works ("the bridge will be completed", "the
    first phase of the pipeline would be finished", "the plant is to be commissioned"): the sides' target,
    undertaken only with its date; "the bridge will be used by trucks" is no act on the works."""
    subj = passive_subject(verb)
    if subj is None or verb.lemma_ not in _FINISHING_VERBS:
        return False
    if verb.lemma_ == "hand" and particle_of(verb) != "over":
        return False
    return names_works(subj)


def names_works(noun: Token) -> bool:
    """Say whether a noun phrase names works or a stage of them ("the port", "the upgrade of the port",
    "work on the new terminal", "the first phase of the pipeline", "the Mombasa port upgrade")."""
    named = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    if any(n.lemma_.lower() in WORKS_NOUNS or n.lower_ in WORKS_NOUNS for n in named):
        return True
    return (noun.lemma_.lower() in _WORKS_STAGES or noun.lower_.endswith(("tion", "ment", "sion"))) and any(
        names_works(g) for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "on", "for")
        for g in c.children if g.dep_ == "pobj")


# Nouns of work on works or of their stage ("the upgrade of the port", "the first phase of the line").
_WORKS_STAGES = frozenset({"work", "works", "phase", "stage", "section", "upgrade", "expansion", "extension",
                           "rehabilitation", "first", "second", "part"})


# Verbs that build, finish or hand over works ("will be completed", "is to be commissioned").
_FINISHING_VERBS = frozenset({"complete", "finish", "build", "construct", "commission", "hand", "upgrade",
                              "rehabilitate", "renovate", "modernise", "modernize", "electrify"})
_PAYING_VERBS = frozenset({"disburse", "release", "transfer", "sign", "approve", "extend", "pay", "allocate"})
_PAYMENTS = frozenset({"tranche", "fund", "funds", "instalment", "installment", "payment"})


def founds_body(verb: Token, subj: Token) -> bool:
    """Say whether a passive sets up a body or post of the sides ("a joint committee will be formed"), or
    opens a facility told one by one ("a trading house will be opened in the capital", "two commercial
    houses will be opened"; "new factories will be opened in the region", uncounted, is a forecast)."""
    return (verb.lemma_ in _FOUNDING_VERBS or (verb.lemma_, particle_of(verb)) in PARTICLE_ACTIONS) and (
        subj.lemma_.lower() in STANDING_BODY_NOUNS | _NEW_BODY_NOUNS
        or (names_facility(subj) and (subj.tag_ not in ("NNS", "NNPS")
                                      or any(c.dep_ == "nummod" for c in subj.children))))


_FOUNDING_VERBS = frozenset({"establish", "create", "form", "launch", "open", "constitute", "institute",
                             "convene"})
_NEW_BODY_NOUNS = frozenset({"group", "force", "taskforce", "fund", "hotline", "secretariat", "embassy",
                             "consulate", "centre", "center", "team", "panel", "board", "office"})


def act_noun(noun: Token) -> bool:
    """Say whether a singular noun names an act ("support", "the transfer of …", "construction")."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and (
        noun.lemma_.lower() in ACT_NOUNS or noun.lower_.endswith(_ACT_ENDINGS))


def passive_subject(verb: Token) -> Token | None:
    """Return a passive verb's subject; "support to enhance X will be strengthened", which the
    parser reads with the infinitive as the subject, gives the noun before it, and a relative
    pronoun its antecedent."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        return relative_antecedent(verb)  # "the renovation project, which will be completed in May"
    if subj is None and verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and "to" in aux_lemmas(verb):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "X is to be opened"
    if subj is not None and subj.tag_ == "VB" and "to" in aux_lemmas(subj):
        return next((c for c in subj.children if c.dep_ == "nsubj" and c.i < subj.i), subj)
    return subj if subj is not None or verb.dep_ != "conj" else subject_read_as_conjunct(verb)


def agreed_to_be_done(verb: Token) -> bool:
    """Say whether a clause is what the sides agreed or decided ("agreed that a joint committee would be
    established"): the thing is theirs to do, and "could", "can" or "might" there tells the plan, not a
    mere chance ("agreed that the MoU could be signed this year")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_ in AGREEING_VERBS


# Verbs that settle what the sides will do ("agreed that …", "decided that …").
AGREEING_VERBS = frozenset({"agree", "decide", "resolve", "concur"})


def under_document(verb: Token) -> bool:
    """Say whether an act is done under a document ("will be manufactured in Poland under the contract")."""
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in INSTRUMENT_NOUNS for g in c.children) for c in verb.children)


def on_agenda(verb: Token) -> bool:
    """Say whether a topic "will be on the agenda" of talks: the sides are to take it up."""
    return verb.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.dep_ == "pobj" and g.lemma_.lower() == "agenda" for g in c.children) for c in verb.children)


# Verbs by which talks take a topic up ("will be discussed", "will be reviewed").
TALK_VERBS = frozenset({"discuss", "address", "review", "examine", "consider", "explore", "negotiate",
                        "deliberate", "tackle"})


# Nouns that name an act one side does for the other (nominalised verbs are found by their endings).
ACT_NOUNS = frozenset({"support", "aid", "assistance", "transfer", "exchange", "training", "help"})
_ACT_ENDINGS = ("tion", "sion", "ment")


def refrains(verb: Token) -> bool:
    """Say whether a negated verb of permitting keeps something from being done ("will not permit its
    territory to be used"): an undertaking to refrain, where "will not allow the talks to fail" is none.
    """
    return verb.lemma_ in REFRAIN_VERBS and is_negated(verb) and any(
        c.dep_ in ("ccomp", "xcomp") and any(g.dep_ == "auxpass" for g in c.children) for c in verb.children)


def believed_event(verb: Token) -> Token | None:
    """Return the event a subjectless passive under "I think" is about, parsed as the opinion's object.

    "I think Netanyahu's visit to Turkey ... will be paid in October": across the ellipsis
    the parser makes "visit" the object of "think" and leaves "will be paid" without a subject.
    """
    if verb.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    # the opinion is the clause's head, or its neighbour under "…, Kessler said"
    opinions = [verb.head] + [c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i]
    return next((c for o in opinions if o.lemma_ in ("think", "believe") for c in o.children
                 if c.dep_ == "dobj" and c.i < verb.i and c.lemma_.lower() in EVENT_NOUNS), None)


def _event_slated(verb: Token) -> Cue | None:
    """Return an encounter or a document told passively as put on the calendar ("the next round of
    talks is slated for May", "the signing is set for June"), as a passive "is scheduled for" is read;
    not "the tariff is set at 5%" nor a person ("he is set for a second term")."""
    subj = subject_of(verb)
    if (subj is None or subj.dep_ != "nsubjpass" or subj.lemma_.lower() not in EVENT_NOUNS | INSTRUMENT_NOUNS
            or not any(c.dep_ == "prep" and c.lower_ in ("for", "on", "in") for c in verb.children)):
        return None
    return Cue(verb, subj, verb, "verb")


def _verb(verb: Token) -> Cue | None:
    """Return the undertaking a commitment verb reports ("agreed to", "accepted the invitation")."""
    lemma = verb.lemma_
    if lemma == "accept":
        invitation = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "invitation"), None)
        if invitation is None:
            return _accepted_invitation(verb)
        action = next((t for t in invitation.subtree if t.lemma_ == "visit" and t.pos_ == "VERB"), None)
        return Cue(verb, action or invitation, verb, "accept")
    if lemma in ("expect", "schedule") and not any(c.dep_ == "auxpass" for c in verb.children):
        # Active "expects X to be running in 2028" counts only with a date (checked later).
        action = _to_verb(verb) or next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if action is None:
            return None
        doer = _expected_doer(action)
        if doer is not None and not named_actor(doer):
            if action.lemma_ in _LEVEL_CHANGES:
                return None  # "officials expect trade to grow": a forecast of a measure, no one's undertaking
            doer = None  # "expects the section to be up and running in 2028": the expecter's project
        return Cue(verb, action, verb, "verb", doer)
    action = _to_verb(verb)
    if lemma in TASKING_VERBS:
        return _tasked(verb, action)
    if action is None and lemma in ("assure",):
        action = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if action is None and lemma in ("expect", "schedule"):
        subj = subject_of(verb)
        if subj is not None and subj.lemma_.lower() in EVENT_NOUNS | INSTRUMENT_NOUNS:
            return Cue(verb, subj, verb, "verb")
    if action is None and lemma in AGREEING_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        subj = passive_subject(verb)
        if subj is not None and act_noun(subj) and (subj.lemma_.lower() in ACT_NOUNS or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in subj.children)):
            return Cue(verb, subj, verb, "verb")  # "the transfer of patrol boats has been decided"
    if action is None and lemma == "offer" and _offers_as_it_is(verb):
        return None  # "Mozambique offers Zimbabwe the shortest route to the sea": what it has, no pledge
    if action is None and lemma in ("promise", "offer", "pledge", "commit"):
        action = next((c for c in verb.children
                       if c.dep_ == "dobj" and c.lemma_ not in COURTESIES and c.pos_ != "PRON"
                       and not (c.lower_ in RELATIVE_WORDS and "had" in aux_lemmas(verb))  # "the doses that
                       # he had promised": a promise told as before the news, the noun it describes no act
                       and not _meal_given(verb, c)), None)
    if action is None and lemma in ("instruct", "tell", "direct"):
        action = _infinitive_past_object(verb)
    if action is None:
        return None
    actor = None
    if lemma in ("invite", "instruct", "tell", "direct"):
        actor = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if lemma == "invite" and actor is not None and names_firms(actor):
        return None  # "invited Russian gas companies to take part in …": a bid to third parties' firms
    return Cue(verb, action, verb, "verb", actor)


def _meal_given(verb: Token, thing: Token) -> bool:
    """Say whether a party told as having offered a meal gave it ("offered a state banquet in honour of X",
    "offered a dinner for the delegation"): the meal was an event held, no pledge; one to come ("will offer
    a lunch") is still a plan."""
    return (verb.lemma_.lower() == "offer" and thing.lemma_.lower() in MEAL_NOUNS and verb.tag_ == "VBD"
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def _offers_as_it_is(verb: Token) -> bool:
    """Say whether "offer" tells in the simple present, with no modal, what a party has to give ("Peru
    offers investors a stable climate", "Ghana offers a gateway to West Africa"): a standing trait."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def names_firms(noun: Token) -> bool:
    """Say whether a noun names firms or investors in plural ("Turkish investors", "gas companies")."""
    return noun.tag_ in ("NNS", "NNPS") and (
        noun.lemma_.lower() in COMPANY_NOUNS | _FIRM_NOUNS | INVESTOR_NOUNS)



# Verbs of a level changing ("trade to grow", "investment to double", "trade to pick up"): a measure
# expected to change is a forecast.
_LEVEL_CHANGES = (MEASURE_VERBS - {"be", "remain", "register", "record", "worth", "total", "amount", "stand"}
                  | {"pick", "expand", "soar", "surge", "shrink", "recover", "rebound"})


def _expected_doer(action: Token) -> Token | None:
    """Return who is expected to act when it is not the one expecting ("Peru expects Ghana to open
    an embassy": Ghana; "expect trade to grow": trade), else None."""
    if action.dep_ != "ccomp" or "to" not in aux_lemmas(action):
        return None
    return next((c for c in action.children if c.dep_ == "nsubj"), None)


# Verbs that bid someone act; a party bidding its own people ("we have asked our teams to finish …",
# "ordered its officials to draft …") undertakes the act, as with "instructed".
BIDDING_VERBS = frozenset({"ask", "order", "urge", "charge"})
# Who a party's own people are, named with "our", "their" or "its" ("their foreign ministries"), or
# as the ones whose business it is ("the ministers concerned", "the relevant ministries").
OWN_STAFF = frozenset({"team", "minister", "ministry", "official", "negotiator", "department", "agency",
                       "delegation", "envoy", "diplomat", "authority", "expert", "representative"})
IN_CHARGE = frozenset({"concerned", "relevant", "responsible", "competent", "respective"})


def _own_staff(tok: Token) -> bool:
    """Say whether a noun names the subject's own people ("our teams", "their foreign ministries",
    "the ministers responsible for trade")."""
    return tok.lemma_.lower() in OWN_STAFF and any(
        (c.dep_ == "poss" and c.lower_ in ("our", "their", "its", "his", "her"))
        or (c.dep_ in ("amod", "acl") and c.lower_ in IN_CHARGE) for c in tok.children)


def _infinitive_past_object(verb: Token) -> Token | None:
    """Return the to-infinitive the parser hung under the object's own modifier, else None.

    In "directed the ministers responsible for trade to meet" the parser reads "for trade to meet" as
    one clause under "responsible", and in "instructed the ministries concerned to act" hangs "to act"
    under "concerned": the bidding verb's act all the same.
    """
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    return next((g for c in obj.children if c.dep_ in ("amod", "acl") and c.i > obj.i
                 for g in c.children if g.dep_ in ("advcl", "xcomp", "ccomp") and g.i > c.i and is_verb(g)
                 and "to" in aux_lemmas(g)), None)


def _bid_own_staff(verb: Token) -> Cue | None:
    """Return the act a party bids its own people do ("asked our teams to finish work on …"), else None;
    "Ghana asked Peru to lift the ban" is a request to the other side, nothing undertaken."""
    staff = next((c for c in verb.children if c.dep_ == "dobj"), None)
    bidder = subject_of(verb)
    if staff is None or not _own_staff(staff) or bidder is None or not (
            party_named(bidder) or bidder.lower_ in ("we", "they")):
        return None  # "the airline asked its officials to …": a firm's own affair
    action = _to_verb(verb) or _infinitive_past_object(verb) or next(
        (c for c in staff.children
         if c.dep_ in ("advcl", "acl", "relcl") and c.i > staff.i and "to" in aux_lemmas(c)), None)
    return Cue(verb, action, verb, "verb") if action is not None else None  # the bidder's act


def _tasked(verb: Token, action: Token | None) -> Cue | None:
    """Return the task a body is handed ("tasked the commission with drafting a plan"), its actor the body.

    A passive ("the commission was tasked with …") is the same task, its subject the body.
    """
    body = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if body is None:
        return None
    if action is None:
        action = next((g for holder in (verb, body) for c in holder.children
                       if c.dep_ == "prep" and c.lower_ == "with"
                       for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    if action is None:  # "tasked their ministers to prepare …", the infinitive hung on the body
        action = next((c for c in body.children if c.dep_ in ("advcl", "acl", "relcl") and c.i > body.i
                       and "to" in aux_lemmas(c)), None)
    return Cue(verb, action, verb, "verb", body) if action is not None else None


def told_beside(conj: Token) -> bool:
    """Say whether a verb joined to a bare act is told of the subject in a tense of its own ("agreed
    to hold a summit and tasked their ministers to …") or under a modal of its own ("will build a port
    and will fund a school"): another report or promise, not part of the act."""
    return conj.dep_ == "conj" and conj.head.tag_ == "VB" and (
        conj.tag_ in ("VBD", "VBZ") or (conj.tag_ == "VBN" and bool(aux_lemmas(conj) & {"has", "have"}))
        or (any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS | DUTY_MODALS for c in conj.children)
            and any(c.dep_ in _OWN_OBJECTS for c in conj.head.children)))  # "will sign and will ratify it"


_OWN_OBJECTS = frozenset({"dobj", "dative", "prep", "xcomp", "ccomp", "attr", "acomp"})


def _provision(verb: Token) -> Cue | None:
    """Return the step a document lays down ("the agreement provides for the elimination of duties").

    Only a document's own provision counts, and only when dated (checked in `commitments`):
    "the deal envisages closer cooperation" is no step anyone can be held to.
    """
    subj = subject_of(verb)
    if subj is None or subj.lemma_.lower() not in INSTRUMENT_NOUNS or is_negated(verb):
        return None
    if verb.lemma_ == "provide":
        # "provides for the elimination of duties", "provides for bringing trade to $2 billion by 2027"
        step = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                     for g in c.children if (g.dep_ == "pobj" and g.pos_ == "NOUN")
                     or (g.dep_ == "pcomp" and g.tag_ == "VBG")), None)
    else:
        step = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    return Cue(verb, step, verb, "provision") if step is not None else None


def _look_forward(verb: Token) -> Cue | None:
    """Return the act "look forward to X-ing" announces ("look forward to signing"), else None.

    Only a gerund, or an act done to a document, meeting or body ("the implementation of the
    MOU"), is an act of the actor's own; "look forward to the visit" may await someone else's,
    and "look forward to deepening cooperation" is goodwill, not an act.
    """
    if not any(c.dep_ == "advmod" and c.lower_ == "forward" for c in verb.children):
        return None
    action = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                   for g in c.children if (g.dep_ == "pcomp" and g.tag_ == "VBG") or _act_on_document(g)),
                  None)
    if action is None or furthers_relations_only(action):
        return None
    return Cue(verb, action, verb, "verb")


def _act_on_document(noun: Token) -> bool:
    """Say whether a noun is an act done to a document, meeting or body ("the conclusion of the pact")."""
    if noun.dep_ != "pobj" or not (act_noun(noun) or (noun.tag_ == "NN" and noun.lower_.endswith("ing"))):
        return False
    return any(g.dep_ == "pobj" and g.lemma_.lower() in INSTRUMENT_NOUNS | EVENT_NOUNS | STANDING_BODY_NOUNS
               for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def furthers_relations_only(action: Token) -> bool:
    """Say whether an act's only objects are the relations themselves ("deepening ties")."""
    objects = [c for c in action.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() in RELATION_NOUNS or o.lower_ in RELATION_NOUNS
                                 for o in objects)


def _accepted_invitation(verb: Token) -> Cue | None:
    """Return the acceptance of "… the invitation of X to Y for a State visit. The invitation was accepted":
    Y accepts the visit the invitation told of just before; an invitation told nowhere near is none."""
    told = passive_subject(verb)
    if told is None or told.lemma_ != "invitation" or is_negated(verb):
        return None
    doc = verb.doc
    for noun in reversed(doc[max(0, told.i - _INVITATION_REACH):told.i]):
        earlier = _noun(noun) if noun.lemma_ == "invitation" else None
        if earlier is not None and earlier.actor is not None:
            return Cue(verb, told, verb, "accept", earlier.actor)
    return None


_INVITATION_REACH = 80  # words back from an acceptance to the invitation it accepts


def _addressee(noun: Token) -> Token | None:
    """Return Y of "the invitation (of X) to Y": the "to" object of the noun, or of the verb it is the
    object of ("renewed his invitation to his counterpart to visit …", where the parser hangs "to" there)."""
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    return next((g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pobj"), None)


def _visit_invited(noun: Token) -> Token | None:
    """Return the visit of "the invitation … for a State visit to Rwanda", else None."""
    if noun.lemma_ != "invitation":
        return None
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                 for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in JOURNEY_NOUNS), None)


def _for_subject(noun: Token, action: Token) -> Token | None:
    """Return X of "an invitation for X to visit": the infinitive's subject, or the noun's "for" object."""
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in action.children):
        return next((c for c in action.children if c.dep_ == "nsubj"), None)
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < action.i
                 for g in c.children if g.dep_ == "pobj"), None)


def _support(noun: Token) -> Cue | None:
    """Return the bid a party states its support for ("reiterated its support for Peru's candidacy")."""
    bid = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in BID_NOUNS), None)
    head = clause_head(noun)
    if bid is None or is_negated(head) or head.lemma_ not in REPORTING_VERBS | RECEIVING_VERBS:
        return None
    return Cue(noun, bid, head, "noun")


def _noun(noun: Token) -> Cue | None:
    """Return the undertaking a noun states ("Belarus's willingness to share"), else None."""
    if noun.head.lower_ == "despite" or any(c.lower_ in ("no", "without") for c in noun.children):
        return None  # "has no plans to …"
    action = _to_verb(noun) or _visit_invited(noun) or _infinitive_after_passive(noun)
    if action is None:
        return None
    actor = None
    if noun.lemma_ in ("invitation", "instruction"):
        actor = _addressee(noun) or _for_subject(noun, action)
    head = clause_head(noun)
    if is_negated(head) or head.lemma_ not in REPORTING_VERBS or _stance_on(noun):
        return None
    if noun.lemma_ in AIM_NOUNS and not _dated_ahead(action):
        return None
    return Cue(noun, action, head, "noun", actor)


# Verbs by which a party grants another's request, and so undertakes what was asked ("accepted Ghana's
# request to supply seedlings", "supported his request to send a replacement panda").
_HEEDING_VERBS = frozenset({"accept", "grant", "approve", "support", "honour", "honor", "heed", "endorse"})


def _request_granted(noun: Token) -> Cue | None:
    """Return the act a request granted asks for, undertaken by whoever grants it, else None."""
    verb = noun.head
    action = _infinitive(noun)
    if action is None or is_negated(verb):
        return None
    return Cue(verb, action, verb, "verb", subject_of(verb))


# Nouns of a stance against something ("its opposition to the decision to build the dam").
OPPOSING_NOUNS = frozenset({"opposition", "objection", "criticism", "rejection", "protest", "condemnation",
                            "reservation", "disapproval"})


def _stance_on(noun: Token) -> bool:
    """Say whether an undertaking noun is what a stance against it is about ("its opposition to the
    decision to build the dam", "criticism of the plan to …"): no one's undertaking is told; "appreciation
    for Japan's intention to …" still tells Japan's."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN"
            and prep.head.lemma_ in OPPOSING_NOUNS)


# Nouns of a settlement the sides reach ("reached an agreement to …", "struck a deal to …"), and the verbs.
SETTLED_NOUNS = frozenset({"agreement", "understanding", "consensus", "deal", "accord"})
REACHING_VERBS = frozenset({"reach", "strike", "clinch", "seal"})


def _reached(noun: Token) -> Cue | None:
    """Return the act a settlement reached names ("the two sides reached an agreement to reopen the
    crossing by June", "an agreement was reached to adopt a plan"): the same undertaking as "agreed to
    reopen …", else None."""
    verb = noun.head
    # "struck a deal to build …" or "a deal was struck to build …": the infinitive hung on the verb
    action = _infinitive(noun) or _infinitive_after_passive(noun) or next(
        (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and "to" in aux_lemmas(c)
         and noun.dep_ == "dobj" and c.left_edge.i == noun.right_edge.i + 1), None) or _settled_gerund(noun)
    if action is None or _drafts_document(action):
        return None  # "reached an agreement to develop a roadmap": the document planned (`instruments`)
    if is_negated(verb) or any(c.lower_ in ("no", "without") for c in noun.children):
        return None
    return Cue(noun, action, noun.head, "noun")


def _settled_gerund(noun: Token) -> Token | None:
    """Return the act a settlement is "on" when told as a gerund ("reached an agreement on setting up a
    joint commission", "consensus was reached on resuming flights"), else None: a settlement on a topic
    ("an agreement on trade") undertakes no act."""
    holders = (noun, noun.head) if noun.dep_ == "nsubjpass" else (noun,)  # "… was reached on resuming …"
    return next((g for h in holders for c in h.children
                 if c.dep_ == "prep" and c.lower_ in ("on", "about") and c.i > noun.i
                 for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG" and is_verb(g)), None)


def _infinitive_after_passive(noun: Token) -> Token | None:
    """Return the to-infinitive the parser hung on the passive verb of a noun it is the subject of ("a deal
    was struck (by the ministers) to reopen …", "instructions were given to prepare …"), else None."""
    if noun.dep_ != "nsubjpass":
        return None
    verb = noun.head
    return next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and "to" in aux_lemmas(c)
                 and c.i > verb.i), None)


_DRAFTING_VERBS = frozenset({"develop", "draft", "prepare", "formulate", "elaborate", "draw", "work"})


def _drafts_document(action: Token) -> bool:
    """Say whether an act drafts a document ("develop a comprehensive roadmap", "draw up an action plan")."""
    return action.lemma_ in _DRAFTING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in INSTRUMENT_NOUNS for c in action.children)


# Nouns of a goal that, once set, bind who set it to a measurable act ("set the task of bringing …").
TARGET_NOUNS = GOAL_NOUNS - {"plan", "intention", "purpose"} | {"task"}
_SETTING_VERBS = frozenset({"set", "fix", "adopt", "agree", "establish"})


def _set_target(noun: Token) -> Cue | None:
    """Return the act a goal set by the clause's subject names, when it is dated or counted, else None.

    "The leaders set a goal of lifting bilateral trade to one billion dollars by 2030" undertakes
    that lift; "set the goal of deepening ties" states a direction, no act to check.
    """
    if is_negated(noun.head):
        return None
    action = _to_verb(noun) or next(
        (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
         for g in c.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"), None)
    if action is None or not (_dated_ahead(action) or _counted(action)):
        return None
    return Cue(noun, action, noun.head, "noun")


def _counted(action: Token) -> bool:
    """Say whether an act names an amount ("to $500 million", "by 20 percent")."""
    return any(t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") for t in action.subtree)


def _dated_ahead(action: Token) -> bool:
    """Say whether an act carries a time it is due by ("complete … before the end of 2026", "next year")."""
    first, last = action.left_edge.i, action.right_edge.i
    for ent in action.doc.ents:
        if ent.label_ != "DATE" or not (first <= ent.start and ent.end <= last + 1):
            continue
        opener = ent.root.head if ent.root.dep_ == "pobj" else None
        if any(t.lower_ in _DUE_WORDS for t in ent) or (opener is not None and opener.lower_ in _DUE_WORDS):
            return True
    return False
