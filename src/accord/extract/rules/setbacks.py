"""Evidence against a promise: a visit, meeting, signing or project reported put off or called off.

"Trump has decided to cancel his trip to Denmark", "the talks were postponed to December",
"a surgery led to the postponement of the visit", "he will not attend the summit",
"the rail project was terminated". Each becomes a commitment fact whose `change` says
"postponed" (with the new date as its deadline, when one is given) or "cancelled", or "advanced" for
one brought forward to an earlier time ("brought forward to September", its deadline that time); tracking
(`accord.track`) matches it to the promise it sets back. The object decides what is set
back: only events, documents and projects count ("suspended imports" is trade, not a
promise).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from itertools import chain

from spacy.tokens import Doc, Span, Token

from accord.core import Commitment
from accord.extract.rules.commitments_cues import (
    ACTOR_NOUNS,
    DONE_VERBS,
    EVENT_NOUNS,
    INSTRUMENT_NOUNS,
    SCHEDULED,
    subject_of,
)
from accord.extract.rules.context import Context
from accord.extract.rules.modality import (
    FUTURE_MODALS,
    char_bounds,
    clause_bounds,
    moved_earlier,
    names_facility,
    previous_person,
    setback_of,
    time_expressions,
)
from accord.lexicon import (
    ACTIVITY_NOUNS,
    ADVANCED,
    NEW_TIME_PREPOSITIONS,
    POSTPONED,
    RESCHEDULING_ADVERBS,
    SETBACK_NOUNS,
    STANDING_BODY_NOUNS,
    UNDOING_VERBS,
    WORKS_NOUNS,
)
from accord.nlp import TIME_ENTS, span_text
from accord.normalize.dates import TimeExpr, resolve

# Going that is refused: "will not attend", "won't travel", "regretted not coming".
GOING_VERBS = frozenset({"attend", "visit", "travel", "come", "go", "join"})
# What a promise can be about, besides events and documents.
# A delay puts off an event ("the signing has been delayed"), not a project, which goes on late.
_DELAY_WORDS = frozenset({"delay"})
_DELAYABLE = EVENT_NOUNS | ACTIVITY_NOUNS | {"signing", "ceremony", "tour"}
# Setback nouns for the opening of a facility, read with the facility named before them.
_OPENINGS = frozenset({"opening", "reopening", "launch", "construction", "inauguration"})
PROJECT_NOUNS = frozenset({"project", "construction", "plan", "plans", "signing", "ceremony", "opening",
                           "launch", "tour", "deal", "pact", "railway", "line", "programme", "program",
                           "reopening", "inauguration"})
_OBJECTS = EVENT_NOUNS | ACTIVITY_NOUNS | INSTRUMENT_NOUNS | PROJECT_NOUNS


PREFILTER = re.compile(r"(?i)(?<![\w'’])(?:postpon|reschedul|re-?set\b|(?:mov|shift)(?:ed|es|ing)?\s+to\b|"
                       r"(?:brought|bring(?:s|ing)?|mov(?:ed|es|ing)|shift(?:ed|s|ing)?)\s+(?:forward|up)\b|"
                       # the object between: "brought the talks forward to July"
                       r"(?:brought|bring(?:s|ing)?|mov(?:ed|es|ing))\s(?:[^.;:]{1,90}?\s)?(?:forward|up)\s+"
                       r"(?:to|for)\b|"
                       r"delay|cancel|scrap|shelv|suspen|terminat|dropp?(?:ed|s|ing)?\b|"
                       r"(?:will|would)\s+(?:now|instead)\s|(?:is|are)\s+now\s+(?:likely|expected|set|due|"
                       r"scheduled|slated)\s|(?:had|has)\s+been\s+(?:due|scheduled|planned|set)|"
                       r"abandon|scrub|call(?:ed|s|ing)?\s+off|never\s|(?:not|n['’]t)\s+(?:been\s+|be\s+)?"
                       r"(?:take|taken|held|happen|convene|go|occur|meet|met)|put(?:s|ting)?\s+off|"
                       r"push(?:ed|es)?\s+(?:back|to|until|into)\b|defer|abort|axed?\b|on\s+(?:hold|ice)\b|"
                       r"not\s+(?:be\s+)?(?:attend|visit|travel|come|coming|go|join|(?:re)?open|resum|launch|"
                       r"restart|start|begin))|n['’]t\s+(?:be\s+)?(?:attend|visit|travel|come|go|(?:re)?open|"
                       r"resum|launch|restart|start|begin)")


def find(ctx: Context, sentences: list[Span], body: int = 0) -> list[Commitment]:
    """Return every reported setback of an event or project in the sentences (after `body`)."""
    return read_tokens(ctx, sentences, body, PREFILTER, _setback)


def read_tokens(ctx: Context, sentences: list[Span], body: int, prefilter: re.Pattern[str],
                read: Callable[[Context, Span, Token], Commitment | None]) -> list[Commitment]:
    """Return what `read` finds at each token of the body's sentences that `prefilter` lets through."""
    out: list[Commitment] = []
    for sent in sentences:
        if sent.end_char <= body or not prefilter.search(span_text(sent)):
            continue
        for tok in sent:
            fact = read(ctx, sent, tok)
            if fact is not None:
                out.append(fact)
    return out


def _setback(ctx: Context, sent: Span, tok: Token) -> Commitment | None:
    """Return the setback a token reports, or None."""
    change = _change_of(tok)
    if change is None:
        return _not_opening(ctx, sent, tok) or _moved(ctx, sent, tok) or _not_held(ctx, sent, tok)
    obj = _object(tok)
    if obj is None or (tok.lemma_.lower() in _DELAY_WORDS and obj.lemma_.lower() not in _DELAYABLE):
        return None
    head = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
    while head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head  # "has decided to cancel": the clause of the deciding
    first, last = clause_bounds(tok, head=head)
    if head.dep_ == "conj" and _bare(obj):
        # "was to visit Turkey in July, but canceled the visit": the plan is the first clause's
        first = min(first, clause_bounds(head.head, head=head.head)[0])
    start, end = char_bounds(sent, min(first, tok.i), max(last, obj.right_edge.i), tok.idx)
    new_date = None
    if change in (POSTPONED, ADVANCED):
        new_date = next((e for e in time_expressions(ctx, tok.idx, end, future=True)
                         if e.value is not None and _after_new_date_prep(ctx, e.start, tok.idx)
                         and _ahead(e.value, ctx.ref_date)), None) or _set_for(ctx, tok, obj)
    if change == ADVANCED and (new_date is None or len(new_date.value or "") <= 4):
        return None  # "moved up by a week": no time to judge it by
    actor = actor_of(ctx, subject_of(head)) if head.pos_ in ("VERB", "AUX") else None
    if actor is None:
        actor = _owner_of(ctx, obj)  # "the minister's visit to Ghana has been deferred": the minister's
    action = object_text(obj)
    if new_date is not None and action.endswith(" " + new_date.text):
        action = action[:-len(new_date.text)].rstrip()  # "the session of the commission for August"
    if change == ADVANCED:
        action = _MOVED_TAIL.sub("", action)  # "the round of talks forward (to July)": the verb's particle
    thing = _antecedent(ctx, obj) if _bare(obj) and obj.lemma_.lower() in _OPENINGS else None
    if thing is not None:
        # "The opening has been postponed": the opening of what was named before
        action = f"{action} of {object_text(thing)}"
    return Commitment(actor=actor, action=action, change=change,
                      deadline_text=new_date.text if new_date else None,
                      deadline=new_date.value if new_date and len(new_date.value or "") > 4 else None,
                      evidence=ctx.evidence(start, end))


_MOVED_TAIL = re.compile(r"\s+(?:forward|up)(?:\s+(?:to|for))?$", re.I)


def _set_for(ctx: Context, verb: Token, obj: Token) -> TimeExpr | None:
    """Return the new time a setback verb governs through "for"/"to" when its object stands between them.

    "rescheduled the fourth session of their joint commission for August": a bare month after "for" is
    read as a time only after a word that schedules (`normalize.dates`); here the parse ties it to the
    verb that puts the event off, or to the last word of its object, which the parser may take it for.
    """
    ending = [t for t in obj.subtree if t.dep_ == "prep" and t.right_edge.i == obj.right_edge.i]
    for prep in [*verb.children, *ending]:
        if prep.dep_ != "prep" or prep.lower_ not in NEW_TIME_PREPOSITIONS:
            continue
        when = next((g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ in TIME_ENTS), None)
        if when is None:
            continue
        start, end = prep.idx, when.right_edge.idx + len(when.right_edge)
        value = resolve("in " + ctx.text[when.left_edge.idx:end], ctx.ref_date, future=True)
        if value is not None and _ahead(value, ctx.ref_date):
            return TimeExpr(start, end, ctx.text[start:end], value, "date", True)
    return None


def _not_opening(ctx: Context, sent: Span, tok: Token) -> Commitment | None:
    """Return the setback of a facility that "will not open this year" / "won't reopen until 2026".

    With a time it is put off (to that time, after "until"); without one, called off.
    """
    if (tok.pos_ != "VERB" or tok.lemma_.lower() not in DONE_VERBS or not _negated(tok)
            or not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in tok.children)):
        return None
    near = list(tok.children)
    if tok.dep_ == "ccomp" and not any(c.dep_.startswith("nsubj") for c in near):
        # "the office, announced in May, will not open": parsed as what was announced
        near += tok.head.children
    obj = next((c for c in near if c.dep_ in ("nsubj", "nsubjpass", "dobj") and names_facility(c)), None)
    if obj is None:
        return None
    first, last = clause_bounds(tok, head=tok)
    start, end = char_bounds(sent, min(first, tok.i, obj.left_edge.i), max(last, obj.right_edge.i), tok.idx)
    times = [e for e in time_expressions(ctx, tok.idx, end, future=True) if e.value is not None]
    new_date = next((e for e in times if e.text.split()[0].lower() in NEW_TIME_PREPOSITIONS), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i != obj.i), None)
    return Commitment(actor=actor_of(ctx, subj), action=f"{tok.lemma_.lower()} {object_text(obj)}",
                      change="postponed" if times else "cancelled",
                      deadline_text=new_date.text if new_date else None,
                      deadline=new_date.value if new_date and len(new_date.value or "") > 4 else None,
                      evidence=ctx.evidence(start, end))


# Words after "is now" that put an event at a time: "is now likely to take place in April".
_NOW_EXPECTED = SCHEDULED | {"likely"}
# Verbs by which an event happens: "will now take place in December", "will instead be held in May".
_HAPPENING = frozenset({"take", "hold", "happen", "convene", "go"})


def _body_sitting(verb: Token, subj: Token) -> Token | None:
    """Return a standing body whose sitting a verb tells ("the joint committee will meet", "never met")."""
    return subj if verb.lemma_.lower() in _SITTING and subj.lemma_.lower() in STANDING_BODY_NOUNS else None


_SITTING = frozenset({"meet", "convene"})


def rescheduled(verb: Token) -> Token | None:
    """Return the event a verb says will happen at another time than it was due, else None.

    "The fifth meeting, which had been due in the third quarter, will now take place in
    December"; "the summit will instead be held in May". The event is the verb's subject;
    the sign of a change is "now"/"instead" or a relative clause of its former schedule.
    """
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in _HAPPENING | _SITTING | DONE_VERBS or _negated(verb):
        return None
    holder = verb  # the verb whose subject is the event and whose adverb may say "now"
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children):
        # "is now likely to take place in April", "is now expected to be held in May"
        if verb.dep_ != "xcomp" or verb.head.lower_ not in _NOW_EXPECTED:
            return None
        holder = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    # "the consulate would now open in September": the opening of a facility
    # "the joint commission will now meet in October": the body's sitting
    event = _body_sitting(verb, subj) or (
        (subj if names_facility(subj) else None) if lemma in DONE_VERBS else _event_in(subj))
    if event is None or event.pos_ != "NOUN":
        return None
    moved = any(c.dep_ == "advmod" and c.lower_ in RESCHEDULING_ADVERBS
                for t in (verb, holder) for c in t.children)
    was_due = any(c.dep_ == "relcl" and any(t.lower_ in SCHEDULED for t in c.subtree)
                  and any(t.lower_ in ("had", "was", "were") for t in c.subtree) for c in subj.children)
    return event if moved or was_due else None


def _moved(ctx: Context, sent: Span, tok: Token) -> Commitment | None:
    """Return an event put off to the time it "will now take place" (`rescheduled`), else None."""
    event = rescheduled(tok)
    if event is None:
        return None
    first, last = clause_bounds(tok, head=tok)
    start, end = char_bounds(sent, min(first, event.left_edge.i), last, tok.idx)
    new_date = next((e for e in time_expressions(ctx, tok.idx, end, future=True)
                     if e.value is not None and _ahead(e.value, ctx.ref_date)), None)
    later = None if new_date is not None else _later(tok)
    if new_date is None and later is None:
        return None  # "will now take place as planned" moves nothing
    action = object_text(event)
    if tok.lemma_.lower() in DONE_VERBS:
        action = f"{tok.lemma_.lower()} {action}"  # "open UAE consulate in Kumasi", as `_not_opening` says it
    if new_date is None:
        return Commitment(actor=None, action=action, change="postponed", deadline_text=later,
                          deadline=None, evidence=ctx.evidence(start, end))
    return Commitment(actor=None, action=action, change="postponed", deadline_text=new_date.text,
                      deadline=new_date.value if len(new_date.value or "") > 4 else None,
                      evidence=ctx.evidence(start, end))


def _later(verb: Token) -> str | None:
    """Return a later time no date names ("after the holy month of Ramadan", "at a later date"), else None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or not any(c.dep_ == "pobj" for c in prep.children):
            continue
        words = [t.lower_ for t in prep.subtree]
        if prep.lower_ == "after" or (prep.lower_ == "at" and words[-2:-1] == ["later"]):
            return " ".join(t.text for t in prep.subtree)
    return None


def _not_held(ctx: Context, sent: Span, tok: Token) -> Commitment | None:
    """Return an event reported not held: "the first meeting … did not take place", "never convened".

    Told after the fact it slipped, put off with no new date (a later sitting may still keep
    the promise); "will not take place" calls it off.
    """
    if tok.pos_ not in ("VERB", "AUX") or not _happens(tok):
        return None
    never = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in tok.children)
    if not never:
        return None
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "the joint committee never met": its sitting
    event = None if subj is None else _body_sitting(tok, subj) or _event_in(subj)
    if event is None or event.pos_ != "NOUN" or (event.lemma_.lower() not in _DELAYABLE
                                                  and event.lemma_.lower() not in STANDING_BODY_NOUNS):
        return None
    first, last = clause_bounds(tok, head=tok)
    start, end = char_bounds(sent, min(first, event.left_edge.i), last, tok.idx)
    ahead = any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in tok.children)
    return Commitment(actor=None, action=object_text(event), change="cancelled" if ahead else "postponed",
                      evidence=ctx.evidence(start, end))


def _happens(verb: Token) -> bool:
    """Say whether a verb says an event happened: "take place", "be held", "convene", "go ahead"."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    if lemma == "go":
        return any(c.lower_ == "ahead" for c in verb.children)
    if lemma == "hold":
        return any(c.dep_ == "auxpass" for c in verb.children)
    if lemma in ("convene", "meet"):
        return not any(c.dep_ == "dobj" for c in verb.children)  # "did not meet the deadline"
    return lemma in ("happen", "occur")


def _antecedent(ctx: Context, obj: Token) -> Token | None:
    """Return the facility a bare "the opening" points back to, named in its sentence or the one before."""
    sent = obj.sent
    before = ctx.doc[sent.start - 1].sent if sent.start > 0 else None
    tokens = [*(before or ()), *ctx.doc[sent.start:obj.i]]
    return next((t for t in reversed(tokens) if t.pos_ in ("NOUN", "PROPN") and names_facility(t)), None)


def puts_off_the_same(verb: Token) -> bool:
    """Say whether a verb joined to a plan's clause sets that same plan back: a setback verb with no
    thing of its own ("was scheduled for May but has been postponed") or one that only points back
    ("but the trip was cancelled", "but postponed it"); not "but has postponed the opening of its
    consulate", another thing, nor "but could be postponed", a risk, nor "but the trip was delayed" (the
    plan stands, late)."""
    if verb.lemma_.lower() in _DELAY_WORDS or _change_of(verb) is None or any(c.tag_ == "MD"
                                                                             for c in verb.children):
        return False
    own = [c for c in verb.children if c.dep_ in ("dobj", *_SUBJECTS)]
    return all(c.pos_ == "PRON" or (_bare(c) and _event_in(c) is not None) for c in own)


def _bare(obj: Token) -> bool:
    """Say whether an object only points back ("the visit", "the trip"): a determiner and nothing else."""
    return [c.lower_ for c in obj.children] in (["the"], ["this"], ["that"], ["its"], ["their"])


def actor_of(ctx: Context, subj: Token | None) -> str | None:
    """Return who set the thing back: a named subject (a person, state or body), else None."""
    if subj is None or subj.dep_ != "nsubj":
        return None
    if subj.lower_ in ("he", "she"):
        return previous_person(ctx, subj.idx)  # "Erdogan said he was cancelling plans to …"
    if subj.pos_ == "PRON":
        return None
    if subj.ent_type_ not in ("PERSON", "GPE", "NORP", "ORG") and subj.lemma_.lower() not in ACTOR_NOUNS:
        return None
    # "Oman and Tanzania have rescheduled …": the named states or people joined to it act with it
    last = max([subj.i] + [c.i for c in subj.conjuncts
                           if c.ent_type_ in _NAMED or c.lemma_.lower() in ACTOR_NOUNS])
    words = [t for t in subj.subtree if t.i <= last and t.dep_ not in ("det", "punct")]
    commas = [t for t in subj.subtree if subj.i < t.i < last and t.text == ","]  # "Kenya, Uganda and …"
    return "".join(t.text + (t.whitespace_ if t.i < last else "")
                   for t in sorted(words + commas)).replace(" ,", ",") or None


_NAMED = ("PERSON", "GPE", "NORP", "ORG")


def _owner_of(ctx: Context, obj: Token) -> str | None:
    """Return whose the thing set back is when the owner is named before it ("Minister X's visit",
    "Ghana's bid"), else None; "his visit" is the last person named."""
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.lower_ in ("his", "her"):
        # "X told Y of the postponement of his visit": the one whose clause it is, else the last named
        clause_subject = next((c for a in obj.ancestors for c in a.children if c.dep_ == "nsubj"), None)
        named = clause_subject is not None and clause_subject.pos_ != "PRON"
        told = actor_of(ctx, clause_subject) if named else None
        return told or previous_person(ctx, owner.idx)
    named = owner.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or (
        owner.pos_ == "PROPN" and not owner.ent_type_)
    if not named and owner.lemma_.lower() not in ACTOR_NOUNS:
        return None
    words = [t for t in owner.subtree if t.i <= owner.i and t.dep_ not in ("det", "punct", "case")]
    return " ".join(t.text for t in words) or None


def _change_of(tok: Token) -> str | None:
    """Return "postponed"/"cancelled" when the token is a word that sets something back, "advanced" when
    it moves it to an earlier time."""
    lemma = tok.lemma_.lower()
    if lemma in _DELAY_WORDS and not _negated(tok):
        return "postponed"
    if tok.pos_ == "NOUN" and lemma in SETBACK_NOUNS:
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in UNDOING_VERBS:
            return None  # "lifted the suspension of the memorandum": the setback undone
        return SETBACK_NOUNS[lemma]
    if tok.pos_ == "VERB" and not _negated(tok):
        change = setback_of(tok)
        if change is not None:
            return change
        if moved_earlier(tok):
            return ADVANCED  # "brought forward to September": neither put off nor called off
    if tok.pos_ == "VERB" and lemma in GOING_VERBS and _refused(tok) and not _happens(tok):
        return "cancelled"  # "will not go ahead" is the event's own (`_not_held`), not going
    return None


def set_back_here(noun: Token) -> bool:
    """Say whether its sentence puts off or calls off the event a noun names or ends the phrase of
    ("agreed to postpone Xi's state visit to Pakistan", "the first session of the committee … has
    been put off")."""
    path = [noun]
    for up in noun.ancestors:
        if _change_of(up) is not None and _object(up) in path:
            return True
        if up.pos_ in ("VERB", "AUX"):
            return False
        path.append(up)
    return False


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _refused(verb: Token) -> bool:
    """Say whether going is refused ahead ("will not attend") or regretted ("regretted not coming")."""
    if not _negated(verb):
        return False
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children)
    regretted = verb.head.lemma_ in ("regret", "decline", "refuse") and verb.head.i != verb.i
    return future or regretted


def _object(tok: Token) -> Token | None:
    """Return the event, document or project set back, else None."""
    if tok.lemma_.lower() in GOING_VERBS:
        return tok  # "will not attend the summit": the going itself is what was promised
    if tok.pos_ == "NOUN":
        cands: Iterator[Token] = (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                  for g in c.children if g.dep_ == "pobj")
    else:
        cands = (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))
        if not any(c.dep_ == "dobj" for c in tok.children):
            # a headline drops the passive's "was": "Ghana-Peru summit postponed to May"
            cands = chain(cands, (c for c in tok.children if c.dep_ == "nsubj"))
        # "was re-set for May", the participle read as the complement of "was"
        standing = tok.head.lemma_ in _STANDING_VERBS or (tok.dep_ == "acomp" and tok.head.lemma_ == "be")
        if (tok.dep_ == "conj" or standing) and not any(
                c.dep_ in _SUBJECTS for c in tok.children):
            # "had been expected in May but was postponed", "the meeting stands cancelled": the
            # first verb's subject is its own too
            cands = chain(cands, (c for c in tok.head.children if c.dep_ in _SUBJECTS))
    for cand in cands:
        found = _event_in(cand)
        if found is not None:
            return found
    return None


def _event_in(tok: Token) -> Token | None:
    """Return the token naming an event or project: the noun itself, or what "plans to" plan."""
    lemma = tok.lemma_.lower()
    if lemma in ("plan", "plans", "intention"):
        verb = next((c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
        if verb is not None:
            return verb
    if lemma in _OBJECTS or tok.lower_ in _OBJECTS or _planned_works(tok):
        return tok
    # "his trip": the head noun may be a compound's last word ("state visit")
    return next((c for c in tok.children if c.dep_ == "compound" and c.lemma_.lower() in _OBJECTS), None)


# What makes works a plan: "the planned border post", "the proposed bridge"
_PLANNED = frozenset({"planned", "proposed", "promised"})


def _planned_works(tok: Token) -> bool:
    """Say whether a noun names works still to be built ("dropped the planned one-stop border post"):
    built things said to be planned; works already standing ("suspended flights") are no promise's."""
    works = tok.lemma_.lower() in WORKS_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in WORKS_NOUNS for c in tok.children)
    return works and any(c.dep_ == "amod" and c.lower_ in _PLANNED for c in tok.children)


def _governing_verb(tok: Token) -> Token:
    """Return the verb a setback noun hangs on ("led to the postponement": "led")."""
    head = tok
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return head
        head = head.head
    return head


def _ahead(value: str, ref: date | None) -> bool:
    """Say whether a date (a day, month or year) can be a new date: not before the report's day.

    "Postponed on Wednesday" tells when it was put off, not to when.
    """
    if ref is None:
        return True
    day = ref.isoformat()
    return value > day if len(value) == len(day) else value >= day[:len(value)]


def _after_new_date_prep(ctx: Context, date_start: int, verb_start: int) -> bool:
    """Say whether a date after a setback verb is its new date ("postponed to December"), also when the date's
    words take in their preposition ("rescheduled the session for August")."""
    before = ctx.text[verb_start:date_start].split()
    own = ctx.text[date_start:date_start + 8].split(maxsplit=1)
    return bool(before) and (before[-1].lower() in NEW_TIME_PREPOSITIONS or len(before) <= 2
                             or (bool(own) and own[0].lower() in NEW_TIME_PREPOSITIONS))


def object_text(obj: Token) -> str:
    """Return what was set back as a short phrase ("trip to Denmark", "visit Israel")."""
    doc = obj.doc
    left = [c for c in obj.lefts if c.dep_ in ("compound", "amod")]
    start = left[0].i if left else obj.i
    end = obj.i + 1
    kept = list(range(start, end))
    # a relative clause ends it where it starts ("the vessels that Japan pledged": "vessels")
    clause = min((t.left_edge.i for t in obj.subtree if t.dep_ == "relcl" and t.left_edge.i > obj.i),
                 default=obj.right_edge.i + 1)
    # a list inside the phrase stays ("flights between Hanoi and Tashkent"); the object's own ends it
    while end < clause and (doc[end].dep_ not in ("relcl", "advcl", "mark")) and not (
            doc[end].dep_ == "cc" and doc[end].head == obj):
        joined = doc[end - 1].whitespace_ == "" and doc[end].whitespace_ == ""  # "Kenya-Peru"
        if doc[end].is_punct and not joined and _inside_list(doc, end, kept, obj):
            kept.append(end)  # "visits to Germany, Denmark and Norway": the list of places stays
            end += 1
            continue
        if (doc[end].is_punct and not joined) or doc[end].is_space:
            # an apposition between commas is passed over ("the visit of its premier, Mr X, to Ghana")
            aside = _aside(doc, end, obj.right_edge.i)
            if aside is None:
                break
            end = aside
            continue
        kept.append(end)
        end += 1
    if len(kept) > _LONGEST_OBJECT:
        # "the planned visit of Norwegian Prime Minister Jonas Gahr Støre to Ghana": who goes is
        # the actor's; the phrase keeps the act and where it goes ("visit to Ghana"), and the body
        # whose sitting it is ("first meeting of the joint economic and trade committee")
        body = [p for p in obj.rights if p.dep_ == "prep" and p.lower_ == "of"
                and any(t.lemma_.lower() in STANDING_BODY_NOUNS for t in p.subtree)]
        where = [p for p in obj.rights if p.dep_ == "prep" and p.lower_ in _WHERE] + body
        kept = [i for i in kept if i <= obj.i or any(p.left_edge.i <= i <= p.right_edge.i for p in where)]
        kept = kept[:_LONGEST_OBJECT * (2 if body else 1)]
    while len(kept) > 1 and (doc[kept[-1]].is_punct or doc[kept[-1]].dep_ == "cc"):
        kept.pop()  # a list cut at the longest object leaves no comma or "and" hanging
    words = [doc[i].text for i in kept]
    if obj.pos_ == "VERB":
        words[obj.i - start] = obj.lemma_
    # as written between neighbours ("Germany, Denmark"), a space where words were left out
    return "".join(w + (doc[i].whitespace_ if j == i + 1 else " ")
                   for w, i, j in zip(words, kept, [*kept[1:], -1], strict=True)).strip()


def _inside_list(doc: Doc, comma: int, kept: list[int], obj: Token) -> bool:
    """Say whether a comma parts items of a list inside the object's words, not the object from its own
    conjunct: the next word is a conjunct (or "and") of a word already kept other than the object."""
    nxt = doc[comma + 1] if comma + 1 <= obj.right_edge.i else None
    return (doc[comma].text == "," and nxt is not None and nxt.dep_ in ("conj", "cc")
            and nxt.head.i in kept and nxt.head.i != obj.i)


def _aside(doc: Doc, comma: int, last: int) -> int | None:
    """Return where a phrase goes on after an apposition set off by commas at `comma`, else None."""
    if doc[comma].text != "," or comma + 1 > last:
        return None
    appos = next((t for t in doc[comma + 1:last + 1]
                  if t.dep_ == "appos" and t.left_edge.i == comma + 1), None)
    after = appos.right_edge.i + 1 if appos is not None else None
    if after is None or after > last or doc[after].text != ",":
        return None
    return after + 1


_LONGEST_OBJECT = 10  # words
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_STANDING_VERBS = frozenset({"stand", "remain"})
_WHERE = frozenset({"to", "in", "at", "into", "between"})
