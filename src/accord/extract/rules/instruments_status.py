"""The status of an instrument from the verbs that govern its mention.

"signed", "inked", "penned", "exchanged" → signed; "will sign", "expected to be signed", "efforts to
finalise" → planned; "discussed", "explored" → discussed; "issued", "adopted" → issued;
"ratified" → ratified; "entered into force" → in_force, "takes effect on 1 May" → finalized (concluded,
applying ahead), "will enter into force" → planned; "agreed in principle" → finalized. The
walk goes up the parse from the
instrument noun through nouns ("the signing of", "talks over") and status-neutral verbs
("MoUs covered …", "was among …").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.extract.rules.commitments_cues import heading_verb
from accord.extract.rules.instruments_lexicon import (
    ANNOUNCING_VERBS,
    APPLYING_WORDS,
    AWAITED_STAGES,
    DISCUSSED_VERBS,
    EVENT_NOUNS,
    FINALIZED_VERBS,
    FINISHING_VERBS,
    FORMALISING_VERBS,
    FUTURE_ADVERBS,
    FUTURE_GOVERNORS,
    GERUND_GOVERNORS,
    INTENT_NOUNS,
    ISSUED_VERBS,
    NEUTRAL_VERBS,
    NOUN_TYPES,
    PLANNED_VERBS,
    PLANNING_VERBS,
    PROPOSAL_VERBS,
    RATIFIED_VERBS,
    SIGNED_VERBS,
    TALKS_STAGE_VERBS,
    TITLE_ONLY,
    WELCOMING_VERBS,
)
from accord.extract.rules.instruments_mentions import is_mention_noun
from accord.extract.rules.modality import (
    FUTURE_MODALS,
    HYPOTHETICAL_MODALS,
    UNDONE_GOVERNORS,
    is_conditional,
    sets_back,
    writers_aside,
)
from accord.lexicon import (
    APPROVAL_NOUNS,
    APPROVING_VERBS,
    CABINET_NOUNS,
    CLEARING_VERBS,
    ENACTING_VERBS,
    ENACTMENT_NOUNS,
    ENDING_VERBS,
    EXPIRY_VERBS,
    GENERAL_DOCUMENT_NOUNS,
    GIVING_VERBS,
    LEGISLATURE_NOUNS,
    PLAN_NOUNS,
    REJECTING_VERBS,
    STATEMENT_NOUNS,
    WITHDRAWING_VERB,
)
from accord.nlp import TIME_ENTS

# "will sign", "could be signed", "must ratify": ahead, not done
_MODALS = FUTURE_MODALS | HYPOTHETICAL_MODALS
_DONE = frozenset({"signed", "issued", "ratified", "in_force", "finalized"})
_LATER_STAGES = frozenset({"ratified", "in_force"})
_NOT_YET = frozenset({"planned", "discussed"})
_MAX_WALK = 8


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


_KNOWN = (SIGNED_VERBS | EXPIRY_VERBS | ENDING_VERBS | FINALIZED_VERBS | ISSUED_VERBS | RATIFIED_VERBS
          | DISCUSSED_VERBS | PLANNED_VERBS)


def lemma_of(tok: Token) -> str:
    """Return a verb's lemma, mending the tagger's misses ("exchanged" tagged AUX) and the
    lemmatiser's ("slated" → "slat")."""
    lemma = tok.lemma_.lower()
    if lemma in _KNOWN:
        return lemma
    return next((stem for stem in _stems(tok.lower_) if stem in _KNOWN), lemma)


_SUFFIXES = (("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"), ("s", ""), ("ied", "y"))


def _stems(word: str) -> list[str]:
    """Return the bases a verb form may come from ("hopes" → "hope", "hop")."""
    return [word[:-len(cut)] + add for cut, add in _SUFFIXES if word.endswith(cut)]


def _in_words(tok: Token, words: frozenset[str]) -> bool:
    """Say whether a word is one of `words`, by lemma, surface or stem: the small model lemmatises
    "hopes" as "hop".
    """
    return tok.lemma_.lower() in words or tok.lower_ in words or any(s in words for s in _stems(tok.lower_))


def tells_entry(verb: Token) -> bool:
    """Say whether a verb tells a document comes to apply: "takes effect", "came into force",
    "entered into force", "became operational", "brought it into force"."""
    lemma = lemma_of(verb)
    right = [t.lower_ for t in verb.doc[verb.i + 1:verb.i + 4]]
    if lemma in ("take", "come") and ("effect" in right or "force" in right):
        return True
    if lemma == "become":
        return any(c.dep_ == "acomp" and c.lower_ in APPLYING_WORDS for c in verb.children)
    if lemma in ("bring", "put"):  # "brought their policing treaty into force", "put the pact into effect"
        return any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ in ("force", "effect")
                                                                  for g in c.children) for c in verb.children)
    return lemma == "enter" and "force" in right


def _entered(verb: Token) -> bool:
    """Say whether a verb of entry into force tells an entry done ("came into force", "has taken effect",
    "exchanged the instruments, bringing the treaty into force": a result of a past act is done)."""
    return verb.tag_ in ("VBD", "VBN") or (verb.tag_ == "VBG" and verb.head.tag_ in ("VBD", "VBN")
                                           and verb.dep_ in ("advcl", "acl", "xcomp"))


def _entry_told(verb: Token) -> Token | None:
    """Return the verb of entry into force a verb takes as complement ("is expected to come into force",
    "is set to take effect"), else None: it tells the stage, not the verb of expecting."""
    return next((c for c in verb.children if c.dep_ == "xcomp" and tells_entry(c)), None)


def _in_force_phrase(verb: Token) -> bool:
    """Say whether a verb of being says a document applies ("has been in force since 2019")."""
    return lemma_of(verb) in ("be", "remain") and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in ("force", "effect") for g in c.children)
        for c in verb.children)


def _awaits_later_stage(verb: Token) -> bool:
    """Say whether a verb tells a document waits for ratification or entry into force ("is pending
    ratification", "awaits approval by parliament"): it has been signed."""
    if lemma_of(verb) in ("await", "pend") or verb.lower_ in ("awaiting", "pending"):
        return any(c.dep_ == "dobj" and c.lower_ in AWAITED_STAGES for c in verb.children)
    return lemma_of(verb) == "be" and any(
        c.dep_ in ("attr", "acomp") and c.lower_ in AWAITED_STAGES
        and any(g.lower_ in ("pending", "awaiting") for g in c.children) for c in verb.children)


def applies_upon_later_stage(verb: Token) -> bool:
    """Say whether a verb tells what a document will do once ratified or in force ("will apply upon
    entry into force", "will cut taxes upon its ratification"): it is signed, not yet applying.
    A verb of a stage itself ("will sign it upon approval") is left to that stage."""
    return verb.tag_ != "VBD" and lemma_of(verb) not in _KNOWN and any(
        c.dep_ == "prep" and c.lower_ == "upon"
        and any(g.dep_ == "pobj" and g.lower_ in AWAITED_STAGES for g in c.children) for c in verb.children)


def ends_document(verb: Token) -> bool:
    """Say whether a verb tells a party ended a document ("Chad denounced the treaty", "terminated the
    MoU", "withdrew from the accord"): a signed text, ended by one side, not a signing set back."""
    lemma = lemma_of(verb)
    return lemma in ENDING_VERBS or (lemma == WITHDRAWING_VERB and verb.nbor(1).lower_ == "from"
                                     if verb.i + 1 < len(verb.doc) else False)


def verb_status(verb: Token) -> str | None:
    """Return the status a verb gives what it governs, before modality (None: says nothing)."""
    lemma = lemma_of(verb)
    right = [t.lower_ for t in verb.doc[verb.i + 1:verb.i + 4]]
    # an instrument that "takes effect on March 1" is concluded, not yet applying ("will enter into force":
    # ahead, by its modal); it is in force once it did
    if tells_entry(verb):
        return "in_force" if _entered(verb) else "finalized"
    if lemma == "enter":
        return "signed" if "into" in right else None
    if _in_force_phrase(verb):
        return "in_force"
    if _awaits_later_stage(verb):
        return "signed"
    if lemma == "agree":
        if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "principle" for g in c.children)
               for c in verb.children):
            return "finalized"  # "the agreement was agreed in principle": concluded, not yet signed
        # "agreed to a plan" names a document; "agreed to develop" is a plan to make one
        return "signed" if any(c.dep_ == "prep" and c.lower_ in ("to", "on") for c in verb.children) else None
    if (lemma in APPROVING_VERBS or _gives_approval(verb)) and _by_legislature(verb):
        return "ratified"  # "Chile's Senate approved the agreement", "was passed by parliament"
    if (lemma in CLEARING_VERBS or _gives_approval(verb)) and _cleared_for_signing(verb):
        return "planned"  # "the cabinet approved the draft agreement", "gave its consent for the signing of"
    if lemma == "exchange" and _ratification_instruments(verb):
        return "ratified"  # "exchanged the instruments of ratification for the agreement"
    if lemma in SIGNED_VERBS or lemma in EXPIRY_VERBS:
        return "signed"
    if ends_document(verb):
        return "signed"  # "Chad denounced the treaty", "withdrew from the accord": a signed text, now ended
    if lemma in FINALIZED_VERBS or (lemma in FINISHING_VERBS and verb.tag_ in ("VBD", "VBN")
                                    and not any(c.lower_ == "being" for c in verb.children)):
        return "finalized"
    if lemma in ISSUED_VERBS:
        return "issued"
    if lemma in RATIFIED_VERBS:
        return "ratified"
    if lemma in DISCUSSED_VERBS:
        return "discussed"
    if lemma in PLANNED_VERBS:
        return "planned"
    return None


def _gives_approval(verb: Token) -> bool:
    """Say whether a verb gives approval as its object ("gave final approval to the agreement")."""
    return lemma_of(verb) in GIVING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in APPROVAL_NOUNS for c in verb.children)


def _ratification_instruments(verb: Token) -> bool:
    """Say whether a verb takes "instruments of ratification" as object (or as its passive subject)."""
    return any(o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() == "instrument" and any(
        p.lower_ == "of" and any(g.lower_ == "ratification" for g in p.children) for p in o.children)
        for o in verb.children)


def _by_legislature(verb: Token) -> bool:
    """Say whether a verb's doer is a legislature: its subject, or its agent in the passive."""
    return any(d.lemma_.lower() in LEGISLATURE_NOUNS or d.lower_ in LEGISLATURE_NOUNS for d in _doers(verb))


def _doers(verb: Token) -> list[Token]:
    """Return who does a verb: its subject, or its agent in the passive."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return doers + [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _cleared_for_signing(verb: Token) -> bool:
    """Say whether an approval clears a text for signing, not signs it: by a cabinet or council of
    ministers ("Kenya's Cabinet approved the air services agreement"), or of a draft or of the signing
    itself ("approved the draft MoU", "approved the signing of an agreement")."""
    if any(d.lower_ in CABINET_NOUNS for d in _doers(verb)):
        return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # an approval given for the signing ("gave its consent for the signing of a protocol")
    # (the parser may hang the "for" on the verb: "granted their consent for the signing of …")
    givers = [o for o in objects if o.lemma_.lower() in APPROVAL_NOUNS]
    objects += [g for o in (*givers, *([verb] if givers else [])) for p in o.children
                if p.dep_ == "prep" and p.lower_ in ("for", "to") for g in p.children if g.dep_ == "pobj"]
    return any(o.lower_ in ("signing", "draft", "proposal")
               or any(c.lower_ == "draft" and c.dep_ in ("amod", "compound") for c in o.children)
               for o in objects)


def is_future(verb: Token, depth: int = 0) -> bool:
    """Say whether a verb is modal, or an infinitive under a verb or noun that looks ahead."""
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in children):
        return True
    if lemma_of(verb) == "agree" and any(d.lower_ in CABINET_NOUNS for d in _doers(verb)):
        return True  # "Cabinet has agreed to the signing of an MoU", "… to Fiji concluding a deal": cleared
    has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    if has_to and verb.dep_ == "ROOT":
        return True  # a headline's or heading's infinitive: "Peru to sign …", "Documents to be signed:"
    head = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and head.lower_ in ("to", "on") and (
            _in_words(head.head, GERUND_GOVERNORS)):
        return True  # "look forward to signing", "keen on signing"
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and head.pos_ == "ADP" and (
            _in_words(head.head, INTENT_NOUNS)):
        return True  # "with the aim of signing", "with a view to concluding", "in the hope of ratifying"
    if has_to and any(c.dep_ == "nsubj" and _in_words(c, FUTURE_GOVERNORS) for c in children):
        return True  # "the intention of the United States to enter into …"
    if has_to and _ranked(head):
        # "the third country to sign such a deal": an act done, ranked among others, unless the
        # clause ranking it looks ahead ("will be the first state to sign")
        clause = head if _is_verb(head) else head.head
        return clause.i != verb.i and depth < 2 and is_future(clause, depth + 1)
    if has_to and (act := _enacting_act(verb)) is not None:
        # "passed a bill to ratify the treaty": done with the act; "submitted a bill to ratify it": ahead
        enacting = _act_verb(act)
        if lemma_of(enacting) in REJECTING_VERBS:
            return False  # "rejected a bill to ratify the treaty": no ratification, done or ahead
        return depth >= 2 or lemma_of(enacting) not in ENACTING_VERBS or is_future(enacting, depth + 1) \
            or not_done(enacting)
    if has_to and head is not verb and (head.pos_ in ("NOUN", "PROPN") or _in_words(head, FUTURE_GOVERNORS)):
        return True
    if verb.dep_ == "ROOT" and verb.tag_ == "VB" and (heading := heading_verb(verb)) is not None:
        return lemma_of(heading) in FUTURE_GOVERNORS  # a bullet under "the two sides decided to:"
    joined = verb.dep_ in ("xcomp", "ccomp", "advcl", "conj") and not _across_semicolon(verb, head)
    if depth < 2 and head is not verb and _is_verb(head) and joined and not writers_aside(head):
        if head.lemma_.lower() in ("expect", "plan", "intend", "schedule"):
            return True
        return is_future(head, depth + 1)
    return False


def _enacting_act(verb: Token) -> Token | None:
    """Return the act of law a ratifying infinitive is carried by ("a bill to ratify", "adopted a law to
    ratify", where the parser may hang the infinitive on the verb of the act), when that act is the
    object of its clause's verb; else None."""
    if lemma_of(verb) not in RATIFIED_VERBS:
        return None
    head = verb.head
    act: Token | None = None
    if verb.dep_ in ("acl", "relcl") and head.lemma_.lower() in ENACTMENT_NOUNS:
        act = head
    elif verb.dep_ == "advcl" and _is_verb(head):
        act = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i
                    and c.lemma_.lower() in ENACTMENT_NOUNS), None)
    else:
        return None
    return act if act is not None and act.dep_ in ("dobj", "nsubjpass") and _is_verb(act.head) else None


def _act_verb(act: Token) -> Token:
    """Return the verb an act of law is the object of; the parser may hang the act on a gerund of a
    phrase before it ("adopted on second reading a bill to ratify …": the adopting, not the reading)."""
    verb = act.head
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and _is_verb(verb.head.head):
        return verb.head.head
    return verb


def _across_semicolon(verb: Token, head: Token) -> bool:
    """Say whether a semicolon stands between a verb and the verb it is hung on: two clauses of
    their own ("signed a pact on Monday; a summit is scheduled for March"), the parser's join aside."""
    low, high = sorted((verb.i, head.i))
    return any(t.text == ";" for t in verb.doc[low + 1:high])


def _ranked(head: Token) -> bool:
    """Say whether an infinitive's head is a noun ranked by an ordinal ("the first state to …"),
    or a copula with one ("Ghana is the third country to …").
    """
    nouns = [head] if head.pos_ in ("NOUN", "PROPN") else [c for c in head.children if c.dep_ == "attr"]
    return any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in ("first", "last", "only"))
               for n in nouns for c in n.children)


def with_modality(status: str, verb: Token) -> str:
    """Return `status` moved to planned when the verb looks ahead or tells the act was not done.

    A ratification or entry into force not done ("has yet to be ratified", "failed to ratify")
    leaves the document signed: only a signed text waits for them.
    """
    if status == "signed" and ends_document(verb):
        return status  # "terminated the MoU", "will withdraw from the treaty": signed, whatever its end
    if status in _DONE and is_conditional(verb):
        return "planned"  # "if the agreement is signed without consultations": no signing told
    if status in _LATER_STAGES and not is_future(verb) and (not_done(verb) or _in_progress(verb)):
        return "signed"
    if status in _DONE and (is_future(verb) or not_done(verb)):
        return "planned"
    return status


def _in_progress(verb: Token) -> bool:
    """Say whether a verb is progressive ("is now being ratified", "are ratifying it"): under way."""
    children = list(verb.children)
    if any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children):
        return True
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children)


# Verbs by which a signing is held up, not done: "the signing has been delayed", "has slipped to July".
_HELD_UP = frozenset({"delay", "slip"})


def not_done(verb: Token) -> bool:
    """Say whether a verb tells its act was not done: negated, failed, still to come, or set back.

    "has not been signed", "failed to sign", "have yet to sign", "the signing … has been
    delayed", "the ceremony was called off": evidence against, never a signing.
    """
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if sets_back(verb) or verb.lemma_.lower() in _HELD_UP:
        return True
    if (act := _enacting_act(verb)) is not None and lemma_of(_act_verb(act)) in REJECTING_VERBS:
        return True  # "the Senate rejected a bill to ratify the treaty"
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and (
        head.lemma_.lower() in UNDONE_GOVERNORS or any(c.lower_ == "yet" for c in head.children))


# the stages a document goes through, in order: a later one told of it is where it stands
_STAGE_ORDER = {"signed": 0, "ratified": 1, "in_force": 2}


def mention_status(noun: Token) -> str | None:
    """Return the status of the instrument named by `noun`, from the verbs around it.

    Its own clause tells first ("a joint communique issued …", "a pact to be signed"); when
    that is an earlier stage than the verb it stands under, the later stage wins ("ratified
    the Agreement signed in Oslo last October" is ratified).
    """
    if noun.dep_ in ("nsubj", "nsubjpass") and applies_upon_later_stage(noun.head):
        return "signed"  # "the treaty will apply upon entry into force": signed, not yet applying
    if let_lapse(noun):
        return "signed"  # "let their memorandum lapse": a signed text, now ended
    if in_force_aside(noun):
        return "in_force"  # "the Economic Partnership Agreement, in force since 2021, under which …"
    own = _own_status(noun)
    if own is None:
        return _governed_status(noun)
    if own in _STAGE_ORDER:
        governed = _governed_status(noun)
        if governed in _STAGE_ORDER and _STAGE_ORDER[governed] > _STAGE_ORDER[own]:
            return governed
    if own in _NOT_YET:
        # "the treaty, which was drafted in 2024, was signed on Monday": the act done wins
        governed = _governed_status(noun)
        if governed in _DONE:
            return governed
    elif own == "finalized":
        # "signed a visa pact, which takes effect on 1 May": the signing told of it wins
        governed = _governed_status(noun)
        if governed in _STAGE_ORDER:
            return governed
    return own


_LETTING_VERBS = frozenset({"let", "allow", "permit"})
_ASIDE_OPENERS = frozenset({",", "(", "–", "—"})
_ASIDE_ADVERBS = frozenset({"now", "already", "still", "long"})


def in_force_aside(noun: Token) -> bool:
    """Say whether an aside set off after a document's name says it applies ("the Partnership Agreement,
    in force since 2021, …", "the treaty (now in force) …"); the parse hangs the aside on the verb."""
    if any(c.dep_ == "prep" and c.lower_ == "in"
           and any(g.dep_ == "pobj" and g.lower_ == "force" for g in c.children) for c in noun.children):
        return True  # "the Air Services Agreement, now in force, and …": the parse hangs it on the name
    doc = noun.doc
    i = noun.right_edge.i  # the parse may hang the comma opening the aside on the name
    i += doc[i].text not in _ASIDE_OPENERS
    if i >= len(doc) or doc[i].text not in _ASIDE_OPENERS:
        return False
    i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ in _ASIDE_ADVERBS)
    return i + 1 < len(doc) and doc[i].lower_ == "in" and doc[i + 1].lower_ == "force" \
        and doc[i + 1].head.i == i


def let_lapse(noun: Token) -> bool:
    """Say whether the parties let a document end ("let their rice memorandum lapse", "allowed the MoU to
    expire"): the small parser often reads the expiry verb as a noun, so it is read on the surface."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in _LETTING_VERBS:
        return False
    for tok in noun.doc[noun.i + 1:min(noun.sent.end, noun.i + 8)]:
        if lemma_of(tok) in EXPIRY_VERBS:
            return True
        if tok.is_punct or (tok.pos_ in ("VERB", "AUX") and tok.lower_ != "to"):
            return False
    return False


_HAPPENING_VERBS = frozenset({"happen", "occur"})


def _exchange_held(noun: Token) -> bool:
    """Say whether a document that is itself an act ("an exchange of letters/notes") is said to
    have happened: "took place", "occurred" tell it was exchanged, as "signed" would."""
    verb = noun.head
    if noun.lower_ != "exchange" or noun.dep_ not in ("nsubj", "nsubjpass") or not _is_verb(verb):
        return False
    if lemma_of(verb) in _HAPPENING_VERBS:
        return True
    return lemma_of(verb) == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)


def _latest_shared(verb: Token, status: str) -> tuple[Token, str]:
    """Return the latest stage told by a verb and the verbs joined to it on the same subject.

    "The treaty was signed in 2019 and entered into force in 2021" is in force, as is "ratified the
    treaty, bringing it into force".
    """
    for other in (*verb.conjuncts, *_result_participles(verb)):
        if not _is_verb(other) or any(c.dep_ in ("nsubj", "nsubjpass") for c in other.children):
            continue
        later = verb_status(other)
        if later in _STAGE_ORDER and status in _STAGE_ORDER and _STAGE_ORDER[later] > _STAGE_ORDER[status]:
            verb, status = other, later
    return verb, status


def _result_participles(verb: Token) -> list[Token]:
    """Return the participles telling a stage a verb's act brought its document to ("ratified the
    treaty last week, bringing it into force"): their object names back to it ("it", "the treaty")."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and tells_entry(c)
            and any(o.dep_ == "dobj" and (o.lower_ == "it" or _names_back(o)) for o in c.children)]


def stage_told_back(sent: Span) -> tuple[Token, str] | None:
    """Return a document a sentence names back to and moves to a stage, with that stage.

    "The Agreement was signed in Manila on 3 October", "The treaty entered into force in May",
    "The document was signed in 2019", "It was signed on Monday", "The deal is expected to be
    signed in March", "The ministers signed the agreement in Lima": the subject or object is only
    "the"/"this" and a document noun, or "it", naming back to a document named before.
    """
    for noun in sent:
        if not (noun.dep_ in ("nsubj", "nsubjpass", "dobj") and _names_back(noun)):
            continue
        verb = noun.head
        if not _is_verb(verb) or verb.dep_ in ("relcl", "acl"):
            continue
        # "The deal is expected to be signed": the stage is the complement's
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and (verb_status(c) in _STAGE_ORDER
                                                                          or tells_entry(c))), verb)
        status = verb_status(verb)
        if status == "finalized" and tells_entry(verb):
            status = "signed"  # "… discussed a treaty. The treaty takes effect in May": concluded by then
        if status in _STAGE_ORDER and not is_conditional(verb):  # "if the treaty is ratified": no stage told
            verb, status = _latest_shared(verb, status)
            if not (status == "signed" and not_done(verb)):  # "The agreement was not signed": no stage
                return noun, with_modality(status, verb)
    return None


def _names_back(noun: Token) -> bool:
    """Say whether a subject only names back to a document: "it", or "the/this" and a document noun."""
    if noun.lower_ == "it":
        return True
    return (is_mention_noun(noun) or noun.lower_ in GENERAL_DOCUMENT_NOUNS) and noun.n_lefts == 1 \
        and noun.left_edge.lower_ in ("the", "this", "that") and all(_scene(c) for c in noun.rights)


def _scene(prep: Token) -> bool:
    """Say whether a phrase after a noun only places or dates it ("the agreement in Lima")."""
    return prep.dep_ == "prep" and all(
        g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") for g in prep.children)


def _own_status(noun: Token) -> str | None:
    """Return the status the document's own clauses give it, the latest stage where several do."""
    clauses = [child for named in (noun, *aliases(noun), *_parties_of(noun)) for child in named.children
               if child.dep_ in ("acl", "relcl") and _is_verb(child) and not _purpose_clause(child)]
    clauses += _set_off_participles(noun)
    found = [with_modality(status, verb) for verb in clauses if (status := verb_status(verb)) is not None]
    # a participle opening the clause tells a stage done, whatever the clause's own tense
    found += [with_modality(status, verb) if is_conditional(verb) else status
              for verb in _fronted_participles(noun)
              if (status := verb_status(verb) or (_announced(noun, noun) if lemma_of(verb) in ANNOUNCING_VERBS
                                                  else None)) is not None]
    staged = [status for status in found if status in _STAGE_ORDER]
    if len(staged) > 1:
        return max(staged, key=_STAGE_ORDER.__getitem__)
    return found[0] if found else None


def _set_off_participles(noun: Token) -> list[Token]:
    """Return a participle set off by a comma right after a document that the parser hung on a noun the
    document is "of" ("the entry into force of the Agreement on X, signed today by the ministers"): it
    tells the document's own stage."""
    doc = noun.doc
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return []
    # the document's name runs to the comma, whatever the parser hung its words on
    end = next((t.i for t in doc[noun.i + 1:noun.sent.end] if t.is_punct or _is_verb(t)), noun.sent.end) - 1
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return []
    # wherever the parser hangs it (on the noun the document is of, or on the verb: "dep", "advcl")
    part = doc[end + 2]
    if part.tag_ not in ("VBN", "VBD") or part.dep_ not in ("acl", "advcl", "dep") or not _is_verb(part) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in part.children):
        return []
    return [part]


def _parties_of(noun: Token) -> list[Token]:
    """Return the states a document is with or between ("the visa agreement with Angola, signed in
    Luanda"): the parser may hang the document's clause on the last of them, and a state is not signed."""
    return [o for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("with", "between")
            for obj in prep.children if obj.dep_ == "pobj" for o in (obj, *obj.conjuncts)
            if o.ent_type_ in ("GPE", "NORP")]


def _purpose_clause(verb: Token) -> bool:
    """Say whether a "to <verb>" clause on a document tells what it is for, acting on another
    thing ("an agreement to extend its railway"), not a stage of its own ("a pact to be signed")."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return to and verb.tag_ == "VB" and any(c.dep_ == "dobj" for c in verb.children)


def _fronted_participles(noun: Token) -> list[Token]:
    """Return the participles opening the clause a document is the subject of ("Signed in 2019,
    the treaty …", "Announced on Aug 13, the deal is …"): they tell of the document."""
    if not noun.dep_.startswith("nsubj") or noun.head.i == noun.i:
        return []
    return [c for c in noun.head.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < noun.left_edge.i
            and not any(g.dep_.startswith("nsubj") for g in c.children)]


def _governed_status(noun: Token) -> str | None:
    """Return the status the words above a document's mention give it."""
    if _framework_cited(noun):
        return "discussed"
    if _exchange_held(noun):
        return with_modality("signed", noun.head)  # "an exchange of letters on … took place"
    if (source := made_from(noun)) is not None:
        return with_modality("signed", source.head)  # "upgraded their MoU into a full agreement"
    event: str | None = None
    tok = noun
    for _ in range(_MAX_WALK):
        head = _owner_across_aside(tok) or tok.head
        if head is tok:
            break
        low = head.lower_
        if tok is not noun and _is_verb(tok) and tok.dep_ in ("relcl", "acl") and not _is_verb(head):
            return event  # "the effect that the Agreement has": what is said above is of the effect
        if tok is not noun and _own_joined_clause(tok):
            return event  # "…, and a memorandum was mentioned": the first clause's verb is not its
        if not _is_verb(head) and _entry_into_force(head):
            event = "planned" if any(c.lower_ in FUTURE_ADVERBS for c in head.children) else "in_force"
        elif low in ("towards", "toward") and tok.dep_ == "pobj" and event is None:
            event = "planned"  # "work towards an agreement on …", "progress toward a treaty": not there yet
        elif not _is_verb(head) and low == "exchange" and tok.lower_ == "of" and noun.head.i == tok.i:
            event = "signed"  # "the exchange of the MoU", not "an exchange of views on a treaty"
        elif not _is_verb(head) and tok.lower_ in ("for", "to") and (stage := _stage_instrument(head)):
            event = stage  # "deposited the instrument of ratification for the treaty"
        elif not _is_verb(head) and (low in EVENT_NOUNS or head.lemma_.lower() in EVENT_NOUNS):
            talks = event == "discussed"
            event = EVENT_NOUNS.get(low) or EVENT_NOUNS[head.lemma_.lower()]
            if talks and event == "signed":
                event = "finalized"  # "the conclusion of negotiations on the FTA": a text agreed, not signed
            if any(c.lower_ in FUTURE_ADVERBS for c in head.children):
                event = "planned"
        elif _is_verb(head):
            if lemma_of(head) in PROPOSAL_VERBS:
                return "discussed" if _proposed(tok, head) else event
            if lemma_of(head) in ANNOUNCING_VERBS and tok.dep_ == "dobj":
                # "announced the conclusion of talks on …": the act announced tells the stage
                announced = event if event in ("finalized", "planned") else _announced(noun, tok)
                return with_modality(announced, head) if announced else event
            if _talks_ahead(tok, head, event):
                return "planned"  # "agreed to launch (or conclude) negotiations on a BIT": the text is ahead
            if event == "discussed":
                return event  # "talks on a free trade agreement are expected to resume"
            if held_with(tok, head):
                return with_modality("in_force", head)
            if tok.dep_.startswith("nsubj") and (entry := _entry_told(head)) is not None:
                return with_modality(verb_status(entry) or "finalized", entry)
            status = verb_status(head)
            if status is not None:
                head, status = _latest_shared(head, status)
                return with_modality(event if event and status == "signed" else status, head)
            if event is not None:
                return with_modality(event, head)
            if _acted_on(tok, head):
                return None  # "consider the effect …, taking the Agreement into consideration"
        tok = head
    return event


def _stage_instrument(noun: Token) -> str | None:
    """Return the stage an "instrument of ratification" (or "of accession") tells of the document it is
    "for" or "to", else None."""
    if noun.lemma_.lower() != "instrument":
        return None
    return next((EVENT_NOUNS[g.lemma_.lower()] for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj" and EVENT_NOUNS.get(g.lemma_.lower()) == "ratified"),
                None)


def made_from(noun: Token) -> Token | None:
    """Return the document a document was made from ("upgraded their memorandum into a full agreement", "the
    MoU was elevated to a treaty": the memorandum, for the agreement), else None. What "elevated ties to
    a partnership" names is not made from a document."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("into", "to"):
        return None
    verb = next((a for a in prep.ancestors if _is_verb(a)), None)
    if verb is None or verb.i > prep.i or lemma_of(verb) not in FORMALISING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < prep.i
                 and (is_mention_noun(c) or c.lower_ == "it")), None)


def _owner_across_aside(tok: Token) -> Token | None:
    """Return the noun an "of" phrase belongs to across an aside set off by commas ("the entry into
    force, on 1 July 2025, of the Agreement", "the signing, in Lima, of the pact"), where the parser
    hangs it on the aside's last word; None when "of" follows no such aside."""
    doc = tok.doc
    if tok.lower_ != "of" or tok.i < 3 or doc[tok.i - 1].text != ",":
        return None
    opening = next((j for j in range(tok.i - 2, tok.sent.start, -1) if doc[j].text == ","), None)
    if opening is None or opening + 1 >= tok.i - 1:
        return None
    aside = doc[opening + 1:tok.i - 1]
    timed = all(t.ent_type_ in TIME_ENTS for t in aside)  # "the ratification, last month, of"
    if not (aside[0].pos_ == "ADP" or timed) or doc[opening - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    return doc[opening - 1]


def _talks_ahead(tok: Token, verb: Token, event: str | None) -> bool:
    """Say whether talks or work on a document are to be opened or ended ahead ("agreed to launch
    negotiations on …", "asked the teams to finish work on …"); talks begun or ended are still talks
    ("concluded talks on", "began negotiations on")."""
    if lemma_of(verb) not in TALKS_STAGE_VERBS or not is_future(verb):
        return False
    if tok.dep_ == "prep":  # "finish work on a convention": the parser may hang "on" on the verb
        return any(c.dep_ == "dobj" and _is_talks(c) for c in verb.children)
    return tok.dep_ == "dobj" and (event == "discussed" or _is_talks(tok))


def _is_talks(noun: Token) -> bool:
    """Say whether a noun is talks or work on a text ("negotiations", "work")."""
    return noun.lower_ == "work" or EVENT_NOUNS.get(noun.lower_) == "discussed"


_NAMING_VERBS = frozenset({"refer", "know", "call", "name", "dub"})


def aliases(noun: Token) -> list[Token]:
    """Return the other names a document is given ("the Agreement, referred to as the FTA, which …").

    The parser may hang the naming verb on the document, the document on it, or the verb
    beside the document on the verb above both ("discussed the Agreement henceforth referred
    to as …"); what follows "as" is the same document, and what is said of it is said of the document.
    """
    verbs = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verbs.append(noun.head)
        verbs.extend(c for c in noun.head.children if c.i > noun.i and c.dep_ in ("dep", "advcl", "acl")
                     and c.pos_ == "VERB" and not any(g.dep_.startswith("nsubj") for g in c.children))
    return [name for verb in verbs if lemma_of(verb) in _NAMING_VERBS
            for prep in verb.subtree if prep.lower_ == "as" and prep.dep_ == "prep" and prep.head.i in (
                verb.i, *(c.i for c in verb.children if c.dep_ == "prep"))
            for name in prep.children if name.dep_ == "pobj"]


def _announced(noun: Token, what: Token) -> str | None:
    """Return the status of an announced document: a deal or MoU was made, anything else issued.

    Plans announced ("announced plans for exchange programmes") are intentions, no document.
    """
    if what.lemma_.lower() in PLAN_NOUNS and not what.text[:1].isupper():
        return None
    typ = NOUN_TYPES.get(noun.lower_) or NOUN_TYPES.get(noun.lemma_.lower())
    return "signed" if typ in ("agreement", "mou") else "issued"


def _framework_cited(noun: Token) -> bool:
    """Say whether a named document is the framework something else is done under.

    "deepen collaboration … under the Partnership for Growth", "three MoUs were signed under
    the Roadmap for …": the framework exists and is referred to; the verb tells of the other act.
    """
    if noun.lemma_.lower() in TITLE_ONLY:
        return False  # "under the … Initiative": one side's policy, not a framework between the two
    while noun.dep_ in ("conj", "appos") and noun.head.i != noun.i:
        noun = noun.head
    return noun.text[:1].isupper() and noun.dep_ == "pobj" and noun.head.lower_ == "under"


def welcomed(noun: Token) -> bool:
    """Say whether a document is what a verb of welcome greets ("I welcome the agreement on …")."""
    return noun.dep_ == "dobj" and lemma_of(noun.head) in WELCOMING_VERBS


def _entry_into_force(noun: Token) -> bool:
    """Say whether a noun is "the entry into force" (of a document), or its "force" where the
    parser hangs "into force" on the verb ("welcomed the entry into force of …")."""
    if noun.lower_ == "force" and noun.head.lower_ == "into":
        into = noun.head
        return into.head.lower_ == "entry" or any(c.lower_ == "entry" and c.dep_ == "dobj"
                                                  for c in into.head.children)
    return noun.lower_ == "entry" and any(
        c.lower_ == "into" and any(g.lower_ == "force" for g in c.children) for c in noun.children)


def held_with(tok: Token, verb: Token) -> bool:
    """Say whether a state holds the document with another ("already has an FTA with Peru"): in force."""
    return tok.dep_ == "dobj" and verb.lemma_.lower() == "have" and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in (*tok.children, *verb.children))


def _acted_on(tok: Token, verb: Token) -> bool:
    """Say whether a verb that tells no status does something else with the document it takes
    as object ("taking the Agreement into consideration", "implementing the MoU"): verbs above
    it tell of that act, not of the document.
    """
    return tok.dep_ == "dobj" and verb.pos_ == "VERB" and lemma_of(verb) not in NEUTRAL_VERBS


def _proposed(tok: Token, verb: Token) -> bool:
    """Say whether `tok` is what a proposal verb puts forward: its object or its first "for"."""
    if tok.dep_ == "dobj":
        return True
    first_for = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    if first_for is None:
        return False
    # "pushed for a PTA and a BIT": the parser may hang the second noun on the verb
    coordinated = tok.dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN") and first_for.i < tok.i
    return first_for.i == tok.i or coordinated


def _acts_on_other(verb: Token) -> bool:
    """Say whether a verb's object is a thing other than a document ("exchanged sanctions",
    "exchanged views", "secured funding"): what it tells is not a stage of the sentence's document.
    """
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
               and c.lower_ not in ("effect", "force")]  # "took effect": the stage itself
    return bool(objects) and not any(
        is_mention_noun(o) or o.lower_ in GENERAL_DOCUMENT_NOUNS | STATEMENT_NOUNS
        or o.lemma_.lower() in EVENT_NOUNS or o.lower_ in EVENT_NOUNS for o in objects)


def _own_joined_clause(verb: Token) -> bool:
    """Say whether a verb heads a clause with its own subject joined to another verb ("…, and X was …")."""
    return (_is_verb(verb) and verb.dep_ == "conj" and _is_verb(verb.head)
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children))


def joined_clause_status(noun: Token) -> str | None:
    """Return the status of a document told in a clause of its own, joined to the signing one by a
    conjunction, with no stage ("…, and a memorandum was mentioned": discussed; "…, and officials
    said a treaty could follow": planned); None when the document's clause is the sentence's own.
    """
    verb = next((a for a in noun.ancestors if _is_verb(a)), None)
    clause = verb
    while clause is not None and clause.dep_ in ("ccomp", "xcomp") and _is_verb(clause.head):
        clause = clause.head  # "officials said a treaty could follow": the saying clause
    if verb is None or clause is None or not _own_joined_clause(clause):
        return None  # "signed a pact and sent it to parliament": one clause, one subject
    return "planned" if is_future(verb) else "discussed"


def sentence_status(sent: Span) -> str | None:
    """Return the status the first signing-type verb or noun of a sentence states."""
    for tok in sent:
        low, lemma = tok.lower_, lemma_of(tok)
        if _is_verb(tok) and lemma not in {"agree", "reach", "enter", "work"} | PLANNING_VERBS \
                and not _acts_on_other(tok):
            status = verb_status(tok)
            if status is not None:
                return with_modality(status, tok)
        elif low == "signing" or lemma == "signing":
            head = tok.head
            if tok.dep_ == "compound" and not _is_verb(head):
                head = head.head  # "the signing ceremony … was called off": the ceremony's verb
            if any(c.lower_ in FUTURE_ADVERBS for c in tok.children):
                return "planned"
            return with_modality("signed", head) if _is_verb(head) else "signed"
    return None
