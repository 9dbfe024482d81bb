"""Clause helpers shared by the meetings and commitments stages.

Both stages ask the same questions of a trigger word: does its clause look ahead (a plan,
so a commitment) or report something that happened (a meeting)? Which stretch of the
sentence is its own clause (the evidence)? Who is named in it? Answers come from the one
spaCy parse of the article; nothing here parses again.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from accord.datelines import DATE_STAMP
from accord.extract.rules.context import Context, in_persons_clause
from accord.extract.rules.roles import is_role_word
from accord.lexicon import (
    AGENDA_NOUNS,
    DOCUMENT_NOUNS,
    EXPIRY_VERBS,
    FACILITY_ADJECTIVES,
    FACILITY_NOUNS,
    GENERAL_DOCUMENT_NOUNS,
    HOLD_NOUNS,
    HOLDING_VERBS,
    HONORIFICS,
    MEETING_NOUNS,
    MOU_NOUNS,
    MOVING_PARTICLES,
    MOVING_VERBS,
    NEW_TIME_PREPOSITIONS,
    SETBACK_NOUNS,
    SETBACK_PARTICLES,
    SETBACK_VERBS,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
    STATEMENT_PLURALS,
    TALKING_NOUNS,
    TRADE_POST_NOUNS,
    TRADE_WORDS,
    WHEN_WORDS,
    WORKS_NOUNS,
)
from accord.nlp import TIME_ENTS, doc_text, ents_in, token_at
from accord.normalize.countries import gazetteer
from accord.normalize.dates import ANCHORED_DAY, TimeExpr, anchored_offset, find_time_expressions

FUTURE_MODALS = frozenset({"will", "shall", "would", "'ll", "wo"})
HYPOTHETICAL_MODALS = frozenset({"could", "may", "might", "can", "must", "should"})
# Verbs whose complement is a plan, not a report ("is expected to visit", "plans to meet").
PLAN_VERBS = frozenset({"plan", "expect", "schedule", "intend", "invite", "hope", "wish", "aim",
                        "propose", "prepare", "set", "seek", "want", "depart", "look",
                        # "I think Netanyahu's visit … will be paid": an encounter one thinks of is ahead
                        "think", "believe"})
PLAN_NOUNS = frozenset({"invitation", "plan", "offer", "proposal", "intention", "intent", "decision",
                        "agreement", "willingness", "readiness", "commitment", "pledge", "wish"})
PLAN_ADJECTIVES = frozenset({"likely", "expected", "upcoming", "planned", "proposed", "possible",
                             "future", "next", "forthcoming", "prospective", "potential",
                             "scheduled", "anticipated", "slated"})
# Words of a plan told as a state ("which had been due to meet in March", "is slated to be held", "was
# supposed to meet").
DUE_WORDS = frozenset({"due", "set", "slated", "scheduled", "supposed"})
# Verbs that tell an encounter by its end ("wrapped up", "concluded", "the visit ended on Saturday", "the
# visit is due to end on Friday": one under way).
ENDING_VERBS = frozenset({"conclude", "end", "wrap", "complete", "finish"})
# Words of a setback before an encounter ("the postponed visit"): ahead unless a past verb tells it held.
SETBACK_ADJECTIVES = frozenset({"rescheduled", "postponed", "delayed", "deferred"})
# Clauses with their own subject or a subordinating word: cut from a trigger's evidence.
_OWN_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "parataxis"})
_EDGE_DEPS = frozenset({"punct", "cc", "mark"})
# Prepositions that set an encounter as the place or time of what a clause tells ("during the talks").
SETTING_PREPS = frozenset({"in", "during", "at"})
_FORWARD_WORDS = re.compile(r"\b(?:next|coming|upcoming|tomorrow|later this|early next)\b", re.I)


def is_verb(tok: Token) -> bool:
    """Say whether the token heads a clause (a verb, or an auxiliary used as the main verb)."""
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass")


def clause_head(tok: Token) -> Token:
    """Return the nearest verb at or above the token (the sentence root if there is none)."""
    t = tok
    while not is_verb(t) and t.head.i != t.i:
        t = t.head
    return t


# Verbs a writer puts a remark under, impersonally ("It should be noted that …", "it must be recalled …").
_ASIDE_VERBS = frozenset({"note", "recall", "remember", "mention", "stress", "emphasise", "emphasize",
                          "underline", "point", "add"})


def writers_aside(verb: Token) -> bool:
    """Say whether a verb only frames the writer's remark: "It should be noted (that) X signed …".

    Its modal is the writer's bidding the reader note something, not a plan of the clause it frames.
    """
    return verb.lemma_.lower() in _ASIDE_VERBS and any(
        c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in verb.children)


def aux_lemmas(verb: Token) -> set[str]:
    """Return the lower-cased auxiliaries of a verb ("will", "to", "have", "be", ...)."""
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass") and not _bracketed(c)}


def _bracketed(word: Token) -> bool:
    """Say whether a word stands alone in brackets, a body's acronym the parser may take for a modal
    ("Andean Community (CAN) General Secretary X met …")."""
    doc = word.doc
    return 0 < word.i < len(doc) - 1 and doc[word.i - 1].text == "(" and doc[word.i + 1].text == ")"


# Verbs under which an act is not done: "failed to sign", "refused to ratify", "have yet to sign".
UNDONE_GOVERNORS = frozenset({"fail", "refuse", "decline", "hesitate"})


def is_negated(tok: Token) -> bool:
    """Say whether the token or the verb it hangs from is negated, or that verb's subject denied.

    "No joint project has started" and "neither side will reopen …" deny the act as "the project
    has not started" does.
    """
    head = clause_head(tok)
    return any(c.dep_ == "neg" for c in tok.children) or any(c.dep_ == "neg" for c in head.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ in ("no", "neither")
                                                  for d in c.children)
        for c in head.children)


def is_conditional(verb: Token) -> bool:
    """Say whether a verb carries an "if"/"unless"/"whether" clause marker ("if the deal is signed")."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children)


def looks_ahead(verb: Token) -> bool:
    """Say whether a verb's own form is forward-looking: a future modal or a to-infinitive."""
    auxes = aux_lemmas(verb)
    return bool(auxes & FUTURE_MODALS) or "to" in auxes


# "Preparations are underway for X's visit", "talks are under way for X to visit Y": the visit is ahead.
PREPARATION_NOUNS = frozenset({"preparation", "arrangement", "talk", "work", "plan", "consultation",
                               "negotiation", "effort", "discussion"})
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")  # "work on it is ongoing": the tagger may read "work" as a verb
_UNDERWAY = re.compile(r"\b(?:underway|under\s+way|in\s+progress|ongoing|continuing)\b", re.I)


# Nouns of what is fixed for a visit before it is made: "dates for the visit were being worked out".
_SCHEDULING_NOUNS = frozenset({"date", "dates", "timing", "modalities", "preparations", "arrangements"})


def scheduled_for(tok: Token) -> bool:
    """Say whether a visit is what dates or arrangements are being fixed for ("dates for his visit")."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("for", "of") and prep.head.lower_ in _SCHEDULING_NOUNS


def prepared_for(tok: Token) -> bool:
    """Say whether a visit (noun or verb) is what preparations are said to be under way for.

    "Preparations are under way for the visit", and "preparations for the visit were under way".
    """
    if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "on"):
        verb = tok.head.head
        if verb.lemma_.lower() in PREPARATION_NOUNS and verb.dep_ in _SUBJECTS:
            verb = verb.head  # the preparations for it are the subject
    elif tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
        verb = tok.head
    else:
        return False
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subj is None or subj.lemma_.lower() not in PREPARATION_NOUNS or subj.i > tok.i:
        return False
    after = (" ".join(g.text for g in c.subtree) for c in verb.children
             if c.i > tok.i and c.dep_ in ("prep", "advmod", "acomp"))
    return any(_UNDERWAY.search(text) for text in (tok.doc[subj.i + 1:tok.i].text, *after))


def _awaited(verb: Token) -> bool:
    """Say whether a gerund is what someone looks forward to ("looking forward to visiting Lima")."""
    to = verb.head
    if verb.dep_ != "pcomp" or to.lower_ != "to":
        return False
    above = to.head
    return above.lower_ == "forward" or any(c.lower_ == "forward" for c in above.children)


def _on_the_agenda(verb: Token) -> bool:
    """Say whether a clause puts its subject on a programme ("talks with X are on the agenda", "a visit
    to the port was on the itinerary"): an item listed for a visit, not an encounter told held."""
    return verb.lemma_ in ("be", "remain") and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(_agenda(g) for g in c.children) for c in verb.children)


def _agenda(noun: Token) -> bool:
    """Say whether a noun is a visit's programme, not a topic ("on the nuclear programme")."""
    return noun.dep_ == "pobj" and noun.lemma_.lower() in AGENDA_NOUNS and not any(
        c.dep_ in ("amod", "compound") for c in noun.children)


def _told_past(verb: Token) -> bool:
    """Say whether a verb is a past tense of its own ("opened", which the tagger may call a participle)."""
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def _done_before(verb: Token) -> bool:
    """Say whether a verb tells a thing done in the past, active or passive ("sought", "was prepared", "had
    been prepared"); not a present passive ("is prepared") nor a future one."""
    if verb.tag_ == "VBD":
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(c.tag_ == "VBD" for c in auxes) and not any(
        c.lemma_ in FUTURE_MODALS | HYPOTHETICAL_MODALS for c in auxes)


def _during_which(clause: Token) -> bool:
    """Say whether a relative clause tells what is to happen within the encounter ("a visit during which
    he will meet Y"), not when the encounter itself is: the clause's future is not the visit's."""
    return any(c.dep_ == "prep" and c.lower_ in ("during", "in") and any(
        g.dep_ == "pobj" and g.lower_ == "which" for g in c.children) for c in clause.children)


def is_planned(tok: Token, *, purpose_is_plan: bool = True) -> bool:
    """Say whether the encounter a trigger word names is still ahead (planned, not held).

    Walks from the trigger to the verbs above it: a future modal, a to-infinitive or a
    planning verb ("expected to", "invited ... to") on the way makes it a plan; a finite
    verb in the past or present ends the walk as a report. "for"/"ahead of" a noun
    ("departed for summit talks") is a plan unless `purpose_is_plan` is off (one arrives
    "for a visit" that has begun).
    """
    if went_ahead(tok):
        return False  # "The visit, planned for April, finally went ahead on Tuesday"
    if any(c.dep_ in ("amod", "advmod", "compound") and c.lower_ in PLAN_ADJECTIVES for c in tok.children):
        return True  # "the upcoming visit", a headline's "Upcoming Tour"
    if any(c.dep_ in ("amod", "compound") and c.lower_ in SETBACK_ADJECTIVES for c in tok.children) and not (
            tok.dep_ in ("nsubj", "nsubjpass") and _told_past(tok.head)):
        return True  # "the rescheduled tour remains on track"; not "the delayed summit opened on Monday"
    if any(c.dep_ == "acl" and c.lower_ in PLAN_ADJECTIVES and any(g.dep_ == "prep" and g.lower_ == "for"
                                                                  for g in c.children) for c in tok.children):
        return True  # "the visit, scheduled for October, …"
    if prepared_for(tok) or scheduled_for(tok):
        return True
    if any(c.dep_ in ("acl", "relcl") and looks_ahead(c) and not _during_which(c) for c in tok.children):
        return True
    if not is_verb(tok) and _FORWARD_WORDS.search(_own_words(tok)):
        return True  # "the next round of talks", "talks next week"; not "talks focused on the coming summit"
    t = tok
    steps = 0
    setting = False  # the walk came up through a phrase of place or time ("in a meeting with X, …")
    while steps < 8:
        steps += 1
        if t.i == tok.i and is_verb(t) and t.dep_ in ("dobj", "pobj") and t.head.i != t.i:
            # "brought the second round of the fisheries talks … forward": "talks" parsed a verb, an object
            t = t.head
            continue
        if is_verb(t):
            if setting and _done_before(t) and t.lemma_ in PLAN_VERBS and not is_negated(t):
                # "In a meeting with X, Y sought investment", "the visit had been prepared during a call
                # with X": the meeting is where it was sought or prepared
                return False
            if t.dep_ == "acl" and "to" in aux_lemmas(t) and t.head.lemma_ not in PLAN_NOUNS:
                # "their determination to deepen … during their talks": the talks are
                # the setting of the main clause, not part of what is intended.
                t = t.head
                continue
            if (looks_ahead(t) or is_negated(t) or t.lemma_ in PLAN_VERBS or sets_back(t)
                    or bool(_particles(t)) or t.lower_ in PLAN_ADJECTIVES):  # "is slated for May"
                return True  # planned, or put off, called off or moved: not held
            if _going_to(t):
                return True  # "the meetings were going to take place": ahead as seen then
            if _awaited(t):
                return True  # "looking forward to paying a state visit to China"
            if t.lemma_ == "be" and any(c.dep_ == "xcomp" and "to" in aux_lemmas(c) for c in t.children):
                return True  # "the meeting is to be held in July", "the leaders are to meet": due, not held
            if _on_the_agenda(t):
                return True  # "a meeting with investors is also on the agenda": listed, not told held
            if aux_lemmas(t) & HYPOTHETICAL_MODALS or _present_ahead(t):
                return True
            if t.dep_ == "conj" and t.tag_ == "VBD" and t.head.tag_ == "VB":
                return False  # "support for X to hold talks … and hailed the meeting": a report of its own
            if t.dep_ in ("xcomp", "conj") and t.head.i != t.i and not has_subject(t):
                t = t.head
                continue
            if t.dep_ == "acl" and t.tag_ == "VBG" and not aux_lemmas(t):
                t = t.head  # "endorsed at the Forum leaders meeting in Honiara": the noun's clause tells when
                continue
            return False
        if any(c.dep_ in ("acl", "relcl") and sets_back(c) for c in t.children):
            return True  # "joint commission meeting put on hold", "the summit, which was postponed"
        if t.dep_ == "pobj" and t.head.lower_ in ("for", "before", "of", "ahead"):
            prep = t.head
            if prep.lower_ == "of" and prep.head.lower_ == "ahead":
                return True
            if prep.lower_ == "of" and prep.head.lemma_.lower() in SETBACK_NOUNS:
                return True  # "the postponement of his trip": put off, not held
            if prep.lower_ == "before" and _spoken_before(prep.head):
                return False  # "spoke to reporters before their meeting": said on the meeting's day
            if prep.lower_ in ("for", "before") and purpose_is_plan:
                return True
        if t.head.i == t.i:
            return False
        setting = (t.dep_ == "pobj" and t.head.lower_ in SETTING_PREPS) or (setting and t.dep_ == "prep")
        t = t.head
    return False


# Verbs by which an encounter, the subject, is told to have taken place ("the talks took place on
# Thursday", "the visit went ahead", "the session opened in Abuja", "the summit was held", "the commission
# met on Monday").
HAPPENING_VERBS = frozenset({"take", "go", "open", "begin", "start", "conclude", "end", "hold", "proceed",
                              "convene", "meet", "happen", "occur"})


def told_due(verb: Token) -> bool:
    """Say whether a verb tells a plan as a state: "slated", "scheduled", or "be" with "due" or "supposed"
    as its complement ("which was due to meet in March")."""
    return verb.lower_ in DUE_WORDS or (
        verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in DUE_WORDS for c in verb.children))


def due_clauses(verb: Token) -> list[Token]:
    """Return the "to" clauses of a plan told as a state that tell the subject's encounter take place
    ("the session is due to be held in June", "the summit is slated to take place in Lusaka"): on the verb
    or on the "due" it takes. Not "the visit is due to end on Friday" (under way, only its end ahead) nor
    "is due to include talks" (what it holds)."""
    if not told_due(verb):
        return []
    heads = [verb, *(c for c in verb.children if c.dep_ == "acomp" and c.lower_ in DUE_WORDS)]
    return [c for h in heads for c in h.children if c.dep_ == "xcomp" and "to" in aux_lemmas(c)
            and c.lemma_.lower() in HAPPENING_VERBS and c.lemma_.lower() not in ENDING_VERBS]


def went_ahead(tok: Token) -> bool:
    """Say whether an encounter noun is the subject of a past verb telling it took place, whatever its
    plan was ("The talks, originally scheduled for March, took place on Thursday")."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in HAPPENING_VERBS:
        return False
    past = verb.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
    return past and not is_negated(verb) and not aux_lemmas(verb) & (FUTURE_MODALS | HYPOTHETICAL_MODALS)


def _going_to(verb: Token) -> bool:
    """Say whether a verb is the "going" of "is/was going to <verb>": a plan, seen now or then."""
    return verb.lower_ == "going" and any(c.dep_ == "aux" for c in verb.children) and any(
        c.dep_ == "xcomp" and "to" in aux_lemmas(c) for c in verb.children)


def _present_ahead(verb: Token) -> bool:
    """Say whether a present-tense verb is dated ahead: "he meets Marcos tomorrow", "flies out next week"."""
    return verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ in ("npadvmod", "advmod") and _FORWARD_WORDS.search(_subtree_text(c)) for c in verb.children)


# Words of remarks made to the press or the room, said just before an encounter of the same day.
_REMARKS = SPEECH_VERBS | frozenset({"speak", "remark", "comment"})


def _spoken_before(head: Token) -> bool:
    """Say whether what stands before an encounter is remarks made ("Remarks by X and Y before their
    bilateral meeting", "spoke to reporters before the talks"), not a plan."""
    if is_verb(head):
        # "spoke to reporters", "made brief remarks"
        spoken = head.lemma_.lower() in _REMARKS or any(
            c.dep_ == "dobj" and c.lemma_.lower() in _REMARKS for c in head.children)
        return spoken and head.tag_ in ("VBD", "VBN") and not looks_ahead(head)
    return head.lemma_.lower() in _REMARKS and head.tag_ == "NNS"


def _own_words(noun: Token) -> str:
    """Return the words of an encounter noun's phrase and the four after it, less what the encounter is
    about ("talks focused on the coming summit", "talks about the next budget")."""
    doc = noun.doc
    about = [c for c in noun.children if (c.dep_ == "prep" and c.lower_ in _ABOUT_PREPS)
             or (c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ == "prep" and g.lower_ in _ABOUT_PREPS
                                                             for g in c.children))]
    cut = {t.i for c in about for t in c.subtree}
    end = noun.right_edge.i + 1
    while end < min(noun.i + 5, len(doc)) and doc[end].lower_ not in _ABOUT_PREPS:
        end += 1  # "talks next week", not "a meeting yesterday regarding the upcoming elections"
    return " ".join(t.text for t in doc[noun.left_edge.i:end] if t.i not in cut)


# Prepositions that open what an encounter is about.
_ABOUT_PREPS = frozenset({"on", "about", "regarding", "concerning", "over"})


def _subtree_text(tok: Token) -> str:
    """Return the text of the token's subtree."""
    doc = tok.doc
    return doc[tok.left_edge.i:tok.right_edge.i + 1].text


def clause_bounds(tok: Token, head: Token | None = None, *, clip_conj: bool = False) -> tuple[int, int]:
    """Return the token range [first, last] of the clause a trigger stands in.

    The clause is the subtree of its verb (or of `head`), less any relative, reported or
    appended clause that does not contain the trigger ("…, which will further expand …");
    with `clip_conj`, less a coordinated verb phrase too ("… and showed interest in …").
    """
    head = head or clause_head(tok)
    first, last = head.left_edge.i, head.right_edge.i
    hung = subject_read_as_conjunct(head)
    if hung is not None and hung.i < first:
        first = hung.left_edge.i  # "… in August and Peru will host the forum": the clause is Peru's
    doc = tok.doc
    while last > tok.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    path = {tok.i, *(a.i for a in tok.ancestors)}
    for t in head.subtree:
        if t.i in path or t.i == head.i:
            continue
        own = (t.dep_ in _OWN_CLAUSE_DEPS and not _is_small_clause(t)) or (
            t.dep_ == "conj" and is_verb(t) and (
                clip_conj or has_subject(t) or subject_read_as_conjunct(t) is not None)) or (
            t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ not in ("to",) for c in t.children)
            and not runs_out(t))
        if not own:
            continue
        # Only a clause at an end of the span can go; one in the middle ("Mr. Modi, who will
        # be joined by …, will receive …") would take the subject with it.
        if t.left_edge.i > tok.i and t.right_edge.i >= last:
            last = min(last, joined_clause_start(t) - 1)
        elif t.right_edge.i < tok.i and t.left_edge.i <= first:
            first = max(first, t.right_edge.i + 1)
    while first < last and (doc[first].dep_ in _EDGE_DEPS or doc[first].is_punct or doc[first].is_space
                            ) and first < tok.i:
        first += 1
    while last > first and (doc[last].is_punct or doc[last].is_space or doc[last].dep_ in ("cc", "mark")
                            ) and last > tok.i:
        last -= 1
    if _purpose_left_bare(doc[last], last) and doc[last].i - 2 > tok.i:
        last = doc[last].i - 2  # "expand trade to make [their farmers richer]": no bare "to make" is left
    return first, last


def _purpose_left_bare(verb: Token, last: int) -> bool:
    """Say whether a purpose infinitive ends the words with all it governs cut ("… to make"); what one
    helps or lets another do is the act itself ("help Peru to make its ports safer")."""
    infinitive = verb.i > 0 and verb.doc[verb.i - 1].lower_ == "to"
    purpose = verb.dep_ == "advcl" or (verb.dep_ == "xcomp" and verb.head.lemma_ not in _ENABLING_VERBS)
    return purpose and verb.pos_ == "VERB" and infinitive and verb.right_edge.i > last


_ENABLING_VERBS = frozenset({"help", "enable", "allow", "assist", "let", "encourage", "urge", "ask",
                             "invite"})


def when_clause(clause: Token) -> bool:
    """Say whether a clause tells when another act is done ("… when the President visits Lima next
    month"), "when" read as its adverb: an act of its own, not words of the act it times."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "advmod" and c.lower_ in WHEN_WORDS and c.i < clause.i for c in clause.children)


def runs_out(clause: Token) -> bool:
    """Say whether a clause tells of a term running out ("before it expires in March", "before the
    current accord lapses at the end of June"): its time is the deadline of the act it hangs on."""
    lemma = clause.lemma_.lower()
    return lemma in _RUN_OUT_VERBS or (lemma == "run" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in clause.children)) or _period_out(clause)


def _period_out(clause: Token) -> bool:
    """Say whether a clause tells a period ending ("before the year is out", "before the month is
    over"): the time is the act's deadline, not another act."""
    return clause.lemma_ == "be" and any(c.lower_ in ("out", "over") and c.dep_ in ("advmod", "prt", "acomp")
                                         for c in clause.children) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in ("year", "month", "week") for c in clause.children)


# Verbs of a term or a document running out (a term, not a document, also "elapses").
_RUN_OUT_VERBS = EXPIRY_VERBS | {"elapse"}


def joined_clause_start(verb: Token) -> int:
    """Return where a joined clause starts: at its subject when the parser hung that on the clause
    before ("… in August and Peru will host …")."""
    hung = subject_read_as_conjunct(verb)
    if hung is None or hung.i > verb.left_edge.i:
        return verb.left_edge.i
    before = hung.left_edge.i - 1
    return before if verb.doc[before].dep_ == "cc" else hung.left_edge.i


def _is_small_clause(tok: Token) -> bool:
    """Say whether a clause completes a causative verb: "get [the deal done]", "have [the text
    finalised]", "help [Ghana build a plant]" say what is to be done, not what someone said."""
    return tok.dep_ == "ccomp" and ((tok.tag_ in ("VBN", "VBD") and tok.head.lemma_ in ("get", "have"))
                                    or ((tok.tag_ == "VB" or (tok.tag_ == "VBP" and not _has_own_words(tok)))
                                        and tok.head.lemma_ in ("help", "let", "make"))
                                    or _allowed_to(tok)
                                    or _what_is_ensured(tok) or _object_read_as_clause(tok))


def _has_own_words(tok: Token) -> bool:
    """Say whether a clause carries an auxiliary, a mark or a negation of its own (a finite clause)."""
    return any(c.dep_ in ("aux", "auxpass", "mark", "neg") for c in tok.children)


def _allowed_to(tok: Token) -> bool:
    """Say whether a clause is what a verb of letting lets someone do: "allow [the commission to meet
    twice a year]", "enable [Ghanaian firms to bid]" (the parser's reading of object and infinitive)."""
    return (tok.tag_ == "VB" and tok.head.lemma_ in LETTING_VERBS and tok.i > tok.head.i
            and [c.lower_ for c in tok.children if c.dep_ in ("aux", "mark")] == ["to"]
            and any(c.dep_ == "nsubj" for c in tok.children))


# Verbs that let another do what their infinitive names ("allow X to …", "permit X to …").
LETTING_VERBS = frozenset({"allow", "enable", "permit"})


def _object_read_as_clause(tok: Token) -> bool:
    """Say whether the parser read a verb's object as a bare clause: "review [the fisheries deal]" with
    "deal" taken for a verb, and the noun before it for its subject or for the verb's object;
    "consider [the resolutions reached at the meeting]" with the participle taken for the clause's verb.
    A bare base form or participle with no auxiliary or "that", or a present form with no subject or a
    document's noun ("sign the fisheries deal next week", "deal" read as "they deal"), in words opened by an
    article or an owner right after the verb, is no clause of its own."""
    verb = tok.head
    bare = tok.tag_ in ("VB", "VBN") or (tok.tag_ in ("VBP", "VBZ") and (
        tok.lower_ in DOCUMENT_NOUNS or not any(c.dep_ in ("nsubj", "expl") for c in tok.children)))
    if (tok.dep_ != "ccomp" or not bare or tok.i < verb.i
            or any(c.dep_ in ("aux", "auxpass", "mark", "neg", "nsubjpass") for c in tok.children)):
        return False
    opening = tok.doc[verb.i + 1 + (verb.nbor().dep_ == "prt")]
    if opening.tag_ not in ("DT", "PRP$"):
        return False
    return tok.left_edge.i == opening.i or any(c.dep_ == "dobj" and c.left_edge.i == opening.i
                                               and c.right_edge.i == tok.i - 1 for c in verb.children)


def _what_is_ensured(tok: Token) -> bool:
    """Say whether a clause is what a party is to ensure, no words reported: "ensure (that) [the port
    is finished]", "ensure [implementation of the MoUs and other instruments to be signed]" (the
    parser's reading of a noun phrase with an infinitive as a clause)."""
    return tok.head.lemma_ in ("ensure", "guarantee") and tok.i > tok.head.i


_PUSHED_TO = frozenset({"to", "until", "till", "into"})


def sets_back(verb: Token) -> bool:
    """Say whether a verb puts off or calls off what it governs ("the visit has been postponed")."""
    return setback_of(verb) is not None


def setback_of(verb: Token) -> str | None:
    """Return "postponed" or "cancelled" for a verb that puts off or calls off what it governs, else None.

    "postponed", "called off", "pushed back", "pushed to after Ramadan", "put on hold", "moved to June".
    """
    lemma = verb.lemma_.lower()
    if lemma in SETBACK_VERBS:
        return SETBACK_VERBS[lemma]
    particle = particle_of(verb)
    if particle and (lemma, particle) in SETBACK_PARTICLES:
        return SETBACK_PARTICLES[(lemma, particle)]
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if lemma == "push" and any(p.lower_ in _PUSHED_TO for p in preps):
        return "postponed"  # "pushed to next year", not "pushed for a trade agreement"
    if lemma in MOVING_VERBS and not _particles(verb) and any(
            p.lower_ in _PUSHED_TO and any(g.dep_ == "pobj" and g.ent_type_ in TIME_ENTS for g in p.children)
            for p in preps):
        return "postponed"  # "moved to June", "shifted to next month"; not "moved to Geneva", nor "moved up"
    on_hold = any(p.lower_ == "on" and any(g.lemma_.lower() in HOLD_NOUNS for g in p.children) for p in preps)
    if lemma in HOLDING_VERBS and on_hold:
        return "postponed"
    return None


def moved_earlier(verb: Token) -> bool:
    """Say whether a verb moves what it governs to an earlier time ("the session was brought forward to
    September", "moved up to April"): only with a time after "to"/"for"."""
    # the time hangs on the verb or on its particle ("moved up to July": "to" under "up"), or with
    # the particle on the object's last noun ("brought the round of talks forward to July")
    particles = _particles(verb)
    heads = [verb, *particles, *(p.head for p in particles if p.head.i != verb.i)]
    preps = [p for w in heads for p in w.children]
    return bool(particles) and any(p.dep_ == "prep" and p.lower_ in NEW_TIME_PREPOSITIONS and any(
        g.dep_ == "pobj" and g.ent_type_ in TIME_ENTS for g in p.children) for p in preps)


def _particles(verb: Token) -> list[Token]:
    """Return the particles by which a verb moves what it governs to another time ("the visit was moved
    forward to July"); "moved the visit up to June 12": "up" after the object read as a preposition
    heading "to"; "brought the first round of the talks forward to July": hung on the object's last noun."""
    if verb.lemma_.lower() not in MOVING_VERBS:
        return []
    own = [c for c in verb.children if c.lower_ in MOVING_PARTICLES and (c.dep_ in ("prt", "advmod") or (
        c.dep_ == "prep" and any(g.dep_ == "prep" for g in c.children)))]
    hung = [t for o in verb.children if o.dep_ == "dobj" for t in o.subtree
            if t.i > o.i and t.lower_ in MOVING_PARTICLES and t.dep_ in ("advmod", "prt")]
    return own + hung


def subject_read_as_conjunct(verb: Token) -> Token | None:
    """Return the subject of a joined future clause that the parser hung on the clause before.

    "… are maritime nations and support to enhance X will be strengthened": "support" is read as
    a conjunct of "nations"; "Ghana will host the commission in August and Peru will host the forum":
    "Peru" as one of "August". The subject is the first noun heading a phrase between the "and" and
    the clause's own "will"; in the active voice it must be a word read as such a conjunct.
    """
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in FUTURE_MODALS), None)
    if modal is None or not _joined(verb) or has_subject(verb):
        return None
    doc = verb.doc
    joint = next((t for t in reversed(doc[verb.sent.start:modal.i]) if t.dep_ == "cc"), None)
    if joint is None:
        return None
    phrase = range(joint.i + 1, modal.i)
    subj = next((t for t in doc[joint.i + 1:modal.i]
                 if t.head.i not in phrase and t.pos_ in ("NOUN", "PROPN")), None)
    if subj is None or any(c.dep_ == "auxpass" for c in verb.children):
        return subj
    return subj if subj.dep_ == "conj" and subj.head.i < joint.i else None


def _joined(verb: Token) -> bool:
    """Say whether a verb heads a clause joined to the one before, as a conjunct or as a clause of
    the verb's own that the parser read as an adverbial one ("Kenya hosted the talks in March and Tanzania
    will host the next round", where "host" hangs on "hosted")."""
    return verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.head.i < verb.i
                                   and not any(c.dep_ == "mark" for c in verb.children))


def has_subject(verb: Token) -> bool:
    """Say whether a verb has its own subject."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def char_bounds(sent: Span, first: int, last: int, anchor: int) -> tuple[int, int]:
    """Return the character offsets of tokens [first, last], kept to the line of `anchor`.

    spaCy may run a headline or a pull quote into the next paragraph's sentence; evidence
    never crosses a line break, and never includes a leading " date YYYY-MM-DD " stamp.
    """
    doc = sent.doc
    text = doc_text(doc)
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    line_start = text.rfind("\n", 0, anchor) + 1
    line_end = text.find("\n", anchor)
    start = max(start, line_start)
    end = min(end, line_end if line_end >= 0 else len(text))
    stamp = DATE_STAMP.match(text, start)
    if stamp is not None and stamp.end() <= anchor:
        start = stamp.end()
    return start, max(end, start)


_WEEKDAY_NAME = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
# "Yesterday" is the day before the writer's, the publication day: were it read from the event's day,
# a story whose event was itself "yesterday" would date it two days back. ("Today" and "this afternoon"
# stay the event's: a report stamped the day after was written on the event's day.)
_YESTERDAY = re.compile(r"(?i)\byesterday\b")


def person_spans(ctx: Context, start: int, end: int) -> list[tuple[int, str]]:
    """Return (offset, name) for the people named in text[start:end], canonical where known."""
    out: list[tuple[int, str]] = []
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return out
    for ent in ents_in(span):
        if ent.label_ != "PERSON" or _names_a_thing(ent):
            continue
        # "the Honourable X", "the Right Honourable X": the tagger took in the article of the style
        styled = ent[1:] if len(ent) > 2 and ent[0].lower_ == "the" and (
            ent[1].lower_ in HONORIFICS or ent[2].lower_ in HONORIFICS) else ent
        if not plausible_name(styled.text):
            continue
        name = canonical_person(ctx, styled.text)
        if name and all(not same_person(name, n) for _, n in out):
            out.append((styled.start_char, name))
    out += [(at, name) for at, name in described_people(ctx, span)
            if all(not same_person(name, n) for _, n in out)]
    out += [(at, name) for at, name in _untagged_people(ctx, start, end)
            if all(not same_person(name, n) for _, n in out)]
    return sorted(out)


def _untagged_people(ctx: Context, start: int, end: int) -> list[tuple[int, str]]:
    """Return (offset, name) for the people the people stage found written out in full in
    text[start:end] where the entity tagger saw no name ("Mongolian Ambassador to Vietnam Bilegdorj
    Dash", or called a body)."""
    out: list[tuple[int, str]] = []
    for p in ctx.people:
        if len(p.name.split()) < 2:
            continue
        at = ctx.text.find(p.name, start, end)
        words = ctx.doc.char_span(at, at + len(p.name), alignment_mode="expand") if at >= 0 else None
        if words is not None and not any(t.ent_type_ == "PERSON" for t in words):
            out.append((at, p.name))
    return out


# A title that names its holder, and the roles that hold it ("the Chinese leader" is a president, a
# premier or a king; "the visiting premier" a prime minister); the longer title first.
_TITLE_HOLDERS: dict[str, tuple[str, ...]] = {
    "prime minister": ("prime minister", "premier"), "premier": ("premier", "prime minister"),
    "president": ("president",), "chancellor": ("chancellor",), "king": ("king",), "emir": ("emir",),
    "minister": ("minister",), "secretary": ("secretary",),
    "leader": ("president", "prime minister", "premier", "king", "chancellor", "emir", "sultan", "leader"),
}
# Words of a role that make it another office than the bare title ("Vice President" is no president).
_LESSER_RANKS = frozenset({"vice", "deputy", "former", "acting"})
# Nouns of a title phrase that may stand for a person named before ("the Russian president").
_DESCRIBED_HEADS = frozenset({"president", "premier", "leader", "chancellor", "king", "emir", "minister"})
# Nouns of a bare title phrase that may repeat the title of the one person who holds it ("the cabinet
# secretary", "the ambassador").
_REPEATED_HEADS = frozenset({"secretary", "ambassador", "envoy", "commissioner"})
_TITLE_HEADS = _DESCRIBED_HEADS | _REPEATED_HEADS


def titled_holder(ctx: Context, span: Span, *, at: int | None = None) -> str | None:
    """Return the one known person a title phrase names ("the Kenyan president", "the visiting
    premier", "the Chinese leader"), else None.

    A state in the phrase keeps its holders; "visiting" keeps those named before `at` from another
    state than the one the story is told from.
    """
    if any(e.label_ == "PERSON" for e in ents_in(span)):
        return None  # a name is written out; the entity rules read it
    lowered = span.text.lower()
    title = next((t for t in _TITLE_HOLDERS if re.search(rf"\b{t}\b", lowered)), None)
    if title is None:
        return None
    said = set(lowered.split())
    holders = [p for p in ctx.people if p.role and any(h in p.role.lower() for h in _TITLE_HOLDERS[title])
               and not (set(p.role.lower().split()) & _LESSER_RANKS) - said]
    state = next((c for w in re.findall(r"[A-Z][a-z]+", span.text) if (c := ctx.country_of(w))), None)
    if state is not None:
        holders = [p for p in holders if p.country == state.name]
    elif "visiting" in said and at is not None:
        home = ctx.told_from.name if ctx.told_from else None
        holders = [p for p in holders
                   if _named_before(ctx, p.name, at) and (home is None or p.country != home)]
    names = list(dict.fromkeys(p.name for p in holders))
    return names[0] if len(names) == 1 else None


def _named_before(ctx: Context, name: str, at: int) -> bool:
    return ctx.text.find(name.split()[-1], 0, at) >= 0


def described_people(ctx: Context, span: Span) -> list[tuple[int, str]]:
    """Return (offset, name) for the title phrases of a span that stand for a person named before
    ("The Russian president held talks with …", "the visiting premier"), as the people stage named them."""
    out: list[tuple[int, str]] = []
    for tok in span:
        if (tok.lemma_.lower() not in _TITLE_HEADS or tok.ent_type_ == "PERSON"
                or tok.tag_ == "NNS"):
            continue
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "det")]
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in mods):
            continue
        if any(c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children):
            continue  # "the Kenyan president, X," names X; "the president of Y" is read by its own rules
        phrase = tok.doc[tok.left_edge.i:tok.i + 1]
        if any(c.lower_ == "visiting" or (c.dep_ != "det" and c.text[:1].isupper()
                                          and ctx.country_of(c.text)) for c in mods):
            name = titled_holder(ctx, phrase, at=tok.idx) if tok.lemma_.lower() in _DESCRIBED_HEADS else None
        else:
            name = _sole_holder(ctx, phrase, at=tok.idx)
        if name is not None:
            out.append((tok.left_edge.idx, name))
    return out


def _sole_holder(ctx: Context, phrase: Span, *, at: int) -> str | None:
    """Return the one person named before `at` under the very title a bare title phrase repeats
    ("The external affairs minister also met X" after "External Affairs Minister S Jaishankar …"),
    else None: the title written before or after that person's own name, held by no one else."""
    if any(e.label_ == "PERSON" for e in ents_in(phrase)) or phrase[0].lower_ != "the":
        return None
    if phrase[-1].dep_ in ("poss", "compound"):
        return None  # "at the prime minister's office", "the president palace": a place of the office
    title = " ".join(t.lower_ for t in phrase[1:])
    # the whole title, or its last words ("the cabinet secretary" of "Energy Cabinet Secretary")
    holders = {p.name for p in ctx.people if p.role and p.evidence.start < at
               and title in p.evidence.text.lower()
               and (p.role.lower() == title or (len(phrase) > 2 and p.role.lower().endswith(" " + title)))}
    return holders.pop() if len(holders) == 1 else None


def _names_a_thing(ent: Span) -> bool:
    """Say whether a name the tagger took for a person is a document ("The MoU was signed by …") or
    only names a thing ("the Nakhchivan pipeline", "the Kars railway"), no one who took part."""
    root = ent[-1]
    if root.lower_ in DOCUMENT_NOUNS:
        return True
    head = root.head
    return root.dep_ == "compound" and head.i > root.i and head.lemma_.lower() in WORKS_NOUNS


def plausible_name(text: str) -> bool:
    """Say whether a PERSON entity looks like a name ("’s House" and "Majesty King" do not)."""
    words = text.split()
    if not words or (text.isupper() and len(text) <= 5):
        return False  # "PID", "AFP": credits, not people
    return text[0].isupper() and not any(
        w.lower() in ("majesty", "house", "excellency", "highness") for w in words) and not all(
        w.lower() in HONORIFICS for w in words)  # "Datuk Seri": a title the tagger cut from its name


def canonical_person(ctx: Context, raw: str) -> str:
    """Return the people stage's name for a mention ("Shehbaz" -> "Shehbaz Sharif"), else the mention."""
    name = re.sub(r"['’]s$", "", raw.strip()).strip()
    bare = without_styles(name)
    for person in ctx.people:
        if same_person(person.name, name) or same_person(person.name, bare):
            return person.name
    return name


def without_styles(name: str) -> str:
    """Return a name less the styles the tagger took in before it ("Tan Sri Muhyiddin", "Datuk Seri X")."""
    words = name.split()
    if len(words) > 2 and words[:2] == ["H.", "E."]:
        words = words[2:]  # His or Her Excellency written apart
    while len(words) > 1 and (words[0].lower() in HONORIFICS or (
            words[0].lower() == "tan" and words[1].lower() in ("sri", "seri"))):
        words.pop(0)
    return " ".join(words)


def same_person(a: str, b: str) -> bool:
    """Say whether two names plausibly denote one person (one's words within the other's)."""
    wa = {w.lower().strip(".,") for w in re.split(r"[\s-]+", a) if w} - {"mr", "mrs", "ms", "dr"}
    wb = {w.lower().strip(".,") for w in re.split(r"[\s-]+", b) if w} - {"mr", "mrs", "ms", "dr"}
    if not wa or not wb:
        return False
    if wa <= wb or wb <= wa:
        return True
    # "Shahbaz Sharif" / "Muhammad Shehbaz Sharif": same surname, a given name spelt two ways.
    la, lb = re.split(r"[\s-]+", a.strip())[-1].lower(), re.split(r"[\s-]+", b.strip())[-1].lower()
    return la == lb and len(la) > 2 and any(x[:2] == y[:2] for x in wa - {la} for y in wb - {lb})


def time_expressions(ctx: Context, start: int, end: int, *, future: bool | None) -> list[TimeExpr]:
    """Return the time expressions of text[start:end] with offsets into the article.

    Spans of time ("within two weeks") run from the article's event; a day named by its
    weekday ("on Wednesday") is the writer's, so it is read from the publication day: a
    story of Wednesday 12 March whose event began on Tuesday holds its talks "on Wednesday"
    on the 12th, not on the 5th.
    """
    ref: date | None = ctx.event_date
    text = ctx.text[start:end]
    found = find_time_expressions(text, ref, future=future)
    written = ctx.ref_date
    if written is not None and written != ref and any(_writers_day(e) for e in found):
        by_writer = {(e.start, e.end): e for e in find_time_expressions(text, written, future=future)}
        found = [by_writer.get((e.start, e.end), e) if _writers_day(e) else e for e in found]
    out = [TimeExpr(e.start + start, e.end + start, e.text, e.value, e.kind, e.ahead) for e in found]
    for m in ANCHORED_DAY.finditer(text) if "day" in text else ():
        told = _anchored_day(ctx, start + m.start(), m)
        if told is not None and not any(e.start < told.end and told.start < e.end for e in out):
            out = sorted([*out, told], key=lambda e: e.start)
    return out


def opening_day(ctx: Context, sent: Span) -> date | None:
    """Return the day a phrase opening `sent` tells from the sentence before ("The day before, …"), else
    None."""
    m = ANCHORED_DAY.match(ctx.text, sent.start_char)
    told = _anchored_day(ctx, sent.start_char, m) if m is not None else None
    return date.fromisoformat(told.value) if told is not None and told.value else None


def _anchored_day(ctx: Context, at: int, m: re.Match[str]) -> TimeExpr | None:
    """Return the day a phrase opening its sentence tells from the day the sentence before names ("… took
    part in the forum on 18 November. The day before, the leaders held talks": the 17th), else None."""
    tok = token_at(ctx.doc, at)
    if tok is None or tok.i != tok.sent.start:
        return None
    before = next((s for s in reversed(ctx.sentences) if s.end <= tok.sent.start), None)
    if before is None:
        return None
    written = ctx.ref_date.isoformat() if ctx.ref_date else "9999"
    days = [e.value for e in time_expressions(ctx, before.start_char, before.end_char, future=False)
            if e.kind == "date" and e.value and len(e.value) == 10 and not e.ahead and e.value <= written
            and not in_persons_clause(ctx, e.start)]
    if not days:
        return None
    day = date.fromisoformat(days[-1]) + timedelta(days=anchored_offset(m))
    return TimeExpr(at, at + len(m.group(0)), m.group(0), day.isoformat(), "date", False)


def _writers_day(expr: TimeExpr) -> bool:
    """Say whether an expression names a day from the writer's own ("on Wednesday", "Friday evening",
    "yesterday"), with no number: read from the publication day, not the event's."""
    return bool(_WEEKDAY_NAME.search(expr.text) or _YESTERDAY.search(expr.text)) and not any(
        ch.isdigit() for ch in expr.text)


def place_in(ctx: Context, start: int, end: int, *, stated: bool = False,
             of: Token | None = None) -> str | None:
    """Return the place (city, country or venue) text[start:end] names for its event, else None.

    A place after "in"/"at" wins over one elsewhere, and one after "of" comes last ("the
    President of the Republic of Belarus" names a title, not where the talks were held).
    With `stated`, only a place after "in"/"at" counts. Words of people's names
    are never places (the small model tags "Aleksandr" GPE). With `of`, the event's own
    word, a place said of another thing is not its place ("the office in Mombasa, announced
    during the visit": Mombasa is the office's).
    """
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    ranked = []
    for ent in ents_in(span):
        if is_person_word(ctx, ent.text) or (ent.label_ not in ("FAC", "GPE", "LOC")
                                             and not _capital_as_body(ent)):
            continue
        if of is not None and said_of_another_thing(ent, of):
            continue
        before = ent.start - 1
        if before > 0 and ent.doc[before].lower_ == "the":
            before -= 1  # "at the Kremlin", the article left out of the name
        prev = ent.doc[before].lower_ if before >= 0 else ""
        rank = 0 if prev in ("in", "at") else 2 if prev == "of" else 1
        if stated and rank:
            continue
        if rank == 0 and of is not None and _own_place(ent, of):
            rank = -1  # "pledged aid in Peru on Monday, after talks in Lima": the talks' own "in"
        ranked.append((rank, ent.start, re.sub(r"^the\s+", "", _place_words(ent))))
    return min(ranked)[2] if ranked else None


def _capital_as_body(ent: Span) -> bool:
    """Say whether a capital was tagged as a body ("talks in Abu Dhabi" tagged ORG): still a place."""
    return ent.label_ == "ORG" and gazetteer().by_capital(ent.text) is not None


def _own_place(place: Span, event: Token) -> bool:
    """Say whether a place's "in"/"at" hangs on the event's own word ("talks in Lima")."""
    prep = place.root.head
    return place.root.dep_ == "pobj" and prep.lower_ in ("in", "at") and prep.head.i == event.i


def _place_words(ent: Span) -> str:
    """Return a place entity's own words: the tagger may run a venue on into what follows it ("the Great
    Hall of the People on Monday", "… of the People in Beijing"): it ends before such a preposition."""
    end = next((t.i for t in ent[1:] if t.lower_ in ("in", "on", "at") and t.pos_ == "ADP"), ent.end)
    while end > ent.start + 1 and (ent.doc[end - 1].is_punct
                                   or ent.doc[end - 1].pos_ in ("ADP", "CCONJ", "DET")):
        end -= 1
    return ent.doc[ent.start:end].text


def said_of_another_thing(place: Span, event: Token) -> bool:
    """Say whether a place's "in"/"at" hangs on a noun other than the event's ("office in Mombasa")."""
    prep = place.root.head
    if place.root.dep_ != "pobj" or prep.lower_ not in ("in", "at"):
        return False
    owner = prep.head
    if is_role_word(owner.lower_) or owner.lemma_.lower() in ("counterpart", "delegation"):
        return False  # "held talks with his counterpart in Doha": where the one met was
    if owner.i != event.i and talked_about(owner):
        return True  # "discussions centred on the forthcoming summit in Addis Ababa": the summit's place
    if on_signed_paper(prep, event):
        return False  # "signed a visa agreement in Lima": a document signed is where it was signed
    return (owner.i != event.i and owner.pos_ == "NOUN"
            and owner.lemma_.lower() not in MEETING_NOUNS | TALKING_NOUNS)


def on_signed_paper(prep: Token, verb: Token) -> bool:
    """Say whether a place's preposition hangs on the paper a verb tells signed: "a visa agreement in
    Lima", "three memoranda of understanding in Dhaka", "a joint declaration in Accra"; not after the
    paper's own topic ("an agreement on the consulate in Mombasa": the consulate's)."""
    noun = prep.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in MOU_NOUNS:
        noun = noun.head.head  # "memoranda of understanding in Dhaka": the memoranda's phrase
    elif any(c.dep_ == "prep" and c.i < prep.i for c in noun.children):
        return False
    return noun.dep_ == "dobj" and noun.head.i == verb.i and noun.lower_ in _PAPERS


# Nouns of what is signed: documents and the statements leaders sign.
_PAPERS = DOCUMENT_NOUNS | GENERAL_DOCUMENT_NOUNS | STATEMENT_NOUNS | STATEMENT_PLURALS


def talked_about(noun: Token) -> bool:
    """Say whether a noun is what an encounter is about ("centred on the summit", "talks about the
    forum", "discussed the summit")."""
    if noun.dep_ == "pobj":
        return noun.head.lower_ in _ABOUT_PREPS
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() == "discuss"  # not "reviewed a guard of honour"


def names_facility(tok: Token) -> bool:
    """Say whether a noun names a facility or link a promise can open ("consulate", "flights").

    A post-positive "general" is the parser's head of the facility it ranks ("consulate
    general", "consulates-general"): the noun compounded to it names the facility.
    """
    if tok.lower_ in _RANKS_AFTER:
        return any(c.dep_ == "compound" and names_facility(c) for c in tok.children)
    if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in FACILITY_ADJECTIVES for c in tok.children):
        return True  # "a consular desk", "a diplomatic post": a post the state opens, whatever its noun
    if tok.lower_ in TRADE_POST_NOUNS:
        return any(c.dep_ in ("compound", "amod") and c.lower_ in TRADE_WORDS for c in tok.children)
    return tok.lemma_.lower() in FACILITY_NOUNS or tok.lower_ in FACILITY_NOUNS


_RANKS_AFTER = frozenset({"general", "generals"})


def particle_of(verb: Token) -> str | None:
    """Return a particle verb's particle ("called off", "pushed back"), also where the parser
    reads it as an adverb ("was pushed back to June")."""
    return next((c.lower_ for c in verb.children if c.dep_ == "prt"
                 or (c.dep_ == "advmod" and c.lower_ in ("back", "off"))), None)


def previous_person(ctx: Context, offset: int) -> str | None:
    """Return the person "he" or "she" at an offset most likely means: where its sentence names no one
    before it, the person the sentence before is about (its subject: "X was set to meet Y and Z. She was
    also to co-chair …" is X), else the last plausible person named before it."""
    people = [e for e in ctx.doc.ents
              if e.label_ == "PERSON" and e.end_char <= offset and plausible_name(e.text)]
    if not people:
        return None
    tok = token_at(ctx.doc, offset)
    sayer = _sayer(tok) if tok is not None else None
    if sayer is not None and is_person_word(ctx, sayer.text):
        return canonical_person(ctx, sayer.text)  # "For his part, Trump said he is looking forward to …"
    here = tok.sent if tok is not None else None
    if here is not None and people[-1].start_char < here.start_char and here.start > 0:
        subject = _subject_person(ctx, ctx.doc[here.start - 1].sent, people)
        if subject is not None:
            return canonical_person(ctx, subject)
    return canonical_person(ctx, people[-1].text)


def _sayer(pronoun: Token) -> Token | None:
    """Return who says the clause a subject pronoun opens ("Trump said he …": Trump), a name, else None."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or \
            verb.head.lemma_ not in SPEECH_VERBS:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)


def _subject_person(ctx: Context, sent: Span, people: list[Span]) -> str | None:
    """Return the person a sentence's main clause is about (the subject of its root), else None; a
    short form the tagger missed counts when it is a word of a person the article names ("Thuong")."""
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subject in subjects:
        if any(c.dep_ == "conj" for c in subject.children):
            return None  # "X and Y met Z": no one person
        own = [p for p in people if p.root.i == subject.i] or [
            p for p in people if p.root.head.i == subject.i]
        if len(own) == 1:
            return own[0].text  # "Foreign Minister X", "the minister, X"; not "X's aide"
        if not own and subject.text[:1].isupper() and is_person_word(ctx, subject.text):
            return subject.text
    return None


def is_person_word(ctx: Context, text: str) -> bool:
    """Say whether `text` is, word for word, part of the name of a person the article names."""
    words = {w for p in ctx.people for w in p.name.split()}
    return bool(words) and all(w in words for w in text.split())


def local_pair(ctx: Context, offset: int, *, pronoun: bool = False) -> tuple[str, ...]:
    """Return the two states of the encounter told where `offset` stands, else the article's pair.

    "The two sides agreed to …" after "Later, X held talks with Nigerian President Y" is X's
    state and Nigeria, not the pair the article names most. The nearest sentence of the line
    (the fact's own, else one before it) that names two or more sides decides: exactly two
    that are not the article's are the pair; three are no pair of their own. A line that opens
    with "they" (`pronoun`) and names no side tells of the two sides the sentence just above names.
    """
    sents = ctx.sentences
    at = next((i for i, s in enumerate(sents) if s.start_char <= offset < s.end_char), None)
    if at is None:
        return ctx.pair
    lone: set[str] = set()
    for i in range(at, -1, -1):
        if i < at and "\n" in _gap(ctx.text, sents[i], sents[i + 1]):
            if pronoun and i == at - 1 and not lone and len(named := _sides_named(ctx, sents[i])) == 2:
                return tuple(named)  # "X and his Pakistani counterpart met in China." ¶ "They …"
            return _pair_above(ctx, sents[max(0, i - _PASSAGE_SENTENCES):i + 1], lone) or ctx.pair
        named = _sides_named(ctx, sents[i])
        if len(named) >= 2:
            return tuple(named) if len(named) == 2 and set(named) != set(ctx.pair) else ctx.pair
        lone.update(named)
    return ctx.pair


_PASSAGE_SENTENCES = 3  # how far above its line a passage naming one side looks for its pair


def _pair_above(ctx: Context, above: list[Span], lone: set[str]) -> tuple[str, ...]:
    """Return the pair of the nearest sentence above that names the one state a passage names.

    "Araghchi … said Tehran would send a team to Muscat" under "Oman's minister met Iranian
    minister Araghchi …": Iran's talks with Oman, not the pair the article names most.
    """
    if len(lone) != 1 or lone <= set(ctx.pair):
        return ()
    for sent in reversed(above):
        named = _sides_named(ctx, sent)
        if len(named) >= 2:
            return tuple(named) if len(named) == 2 and lone <= set(named) else ()
    return ()


# Prepositions after which a state is the other side of an encounter ("talks with Peru").
_SIDE_PREPOSITIONS = frozenset({"with", "between"})


def _sides_named(ctx: Context, sent: Span) -> list[str]:
    """Return the states a sentence names as sides, in order.

    A person of the article's and a demonym name their state; a state's name is a side when it
    stands in a subject ("Kenya and Tanzania held talks") or after "with"/"between", not when it
    is what is done or said ("support Lebanon", "fears of Iran", "the situation in Sudan").
    """
    states: list[str] = []
    for ent in ents_in(sent):
        # a person of the article's, whatever spaCy took the name for ("Araghchi" as a GPE)
        state = next((p.country for p in ctx.people if p.country and same_person(p.name, ent.text)), None)
        if state is None and (ent.label_ == "NORP" or (ent.label_ in ("GPE", "ORG") and _as_side(ent.root))):
            name = re.sub(r"['’]s?$", "", ent.text)
            # a capital speaks for its state ("Tehran would send a team")
            country = ctx.country_of(name) or (gazetteer().by_capital(name) if ent.label_ == "GPE" else None)
            state = country.name if country is not None else None
        if state is not None and state not in states:
            states.append(state)
    return states


def _as_side(tok: Token) -> bool:
    """Say whether a state's name stands in a subject or after "with"/"between"."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "with Kenya and Tanzania": the list's first word tells
    if first.dep_ == "pobj" and first.head.lower_ in _SIDE_PREPOSITIONS:
        return True
    node = first
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        if node.dep_ in ("nsubj", "nsubjpass"):
            return True
        node = node.head
    return False

def _gap(text: str, before: Span, after: Span) -> str:
    """Return the white space between two sentences' words."""
    end = before.start_char + len(text[before.start_char:before.end_char].rstrip())
    start = after.start_char + len(text[after.start_char:after.end_char]) - len(
        text[after.start_char:after.end_char].lstrip())
    return text[end:start]
