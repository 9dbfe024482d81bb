"""Rules that find commitments in a parsed article.

A commitment is an actor undertaking a future action: "both sides would reconvene in
Minsk within two weeks", "pledged to work together", "expressed Belarus's willingness to
share its technological expertise", "his likely visit to Belarus in February 2025",
"accepted an invitation to visit Belarus". Cue words are found per sentence
(`commitments_cues`); here each cue gets its actor, a tight action phrase, its deadline
(resolved against the article's event date) and its evidence clause, and repeated
statements of one commitment are merged, keeping the mention with a deadline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from accord.core import Commitment
from accord.extract.rules import completions, setbacks
from accord.extract.rules.commitments_cues import (
    ACTOR_ADJECTIVES,
    ACTOR_NOUNS,
    BIDDING_VERBS,
    CHANCE_MODALS,
    DOCUMENT_AND_EVENT_NOUNS,
    DUTY_MODALS,
    DUTY_VERBS,
    EVENT_NOUNS,
    EVENT_VERBS,
    EXPECTED_NON_ACTIONS,
    GRANTING_VERBS,
    HAPPENING_NOUNS,
    IN_CHARGE,
    INSTRUMENT_NOUNS,
    NON_ACTIONS,
    PREFILTER,
    PRINCIPLE,
    SCHEDULED,
    SUPPORT_NOUNS,
    TARGET_NOUNS,
    TRIP_VERBS,
    Cue,
    acts_on_own_thing,
    agreed_to_be_done,
    chance_given,
    counted_thing,
    done_to_act,
    envoy_posted,
    find_cues,
    followed_by_event,
    founds_body,
    funds_moved,
    gerund_object_end,
    is_opinion,
    item_mark_start,
    list_item,
    marked_item,
    names_firms,
    on_agenda,
    opens_itself,
    passive_subject,
    refrains,
    relative_antecedent,
    stay_for_talks,
    stray_items,
    subject_of,
    takes_effect,
    to_a_figure,
    told_beside,
    verb_read_as_modifier,
    works_finished,
)
from accord.extract.rules.context import Context
from accord.extract.rules.instruments_lexicon import INTERNATIONAL_BODY, RELATION_NOUNS
from accord.extract.rules.meetings_cues import HOSTING_VERBS
from accord.extract.rules.modality import (
    FUTURE_MODALS,
    UNDONE_GOVERNORS,
    aux_lemmas,
    canonical_person,
    char_bounds,
    clause_bounds,
    has_subject,
    is_conditional,
    is_negated,
    is_verb,
    joined_clause_start,
    local_pair,
    looks_ahead,
    particle_of,
    plausible_name,
    previous_person,
    runs_out,
    same_person,
    sets_back,
    subject_read_as_conjunct,
    time_expressions,
    titled_holder,
    went_ahead,
    when_clause,
)
from accord.lexicon import (
    AIM_PARTICIPLES,
    BLOC_NOUNS,
    COUNTED_STEPS,
    DOCUMENT_NOUNS,
    DOCUMENT_SINGULARS,
    GENERAL_DOCUMENT_NOUNS,
    JOURNEY_NOUNS,
    ONLOOKERS,
    SETBACK_VERBS,
    SIGNING_ACTS,
    STANDING_BODY_NOUNS,
    TALKING_NOUNS,
)
from accord.nlp import PLACE_ENTS, TIME_ENTS, ents_in, span_text, token_at
from accord.normalize.countries import Country, gazetteer
from accord.normalize.dates import (
    TimeExpr,
    day_after,
    find_time_expressions,
    is_half_year,
    is_weekday_name,
    passed_when_told,
)
from accord.normalize.numbers import ROMAN_NUMERAL

_PAIR_WORDS = re.compile(r"\b(?:both|two|the|their)\s+(?:(?:foreign|trade|defence|defense|finance|economy|"
                         r"energy|contracting|high contracting)\s+)?"
                         r"(?:sides|countries|leaders|nations|parties|governments|pms|presidents|"
                         r"prime ministers|premiers|states|ministers|heads(?: of (?:state|government))?|"
                         r"chancellors|delegations)\b|^(?:we|they|both)$", re.IGNORECASE)
# People who act for both sides when named bare in the plural ("Ministers agreed to …",
# "Officials from both sides will meet …").
_SIDES_PEOPLE = frozenset({"minister", "official", "leader", "delegation", "negotiator", "envoy", "diplomat"})
_STOP = frozenset({"the", "a", "an", "of", "to", "in", "on", "and", "for", "with", "its", "their", "our",
                   "his", "her", "this", "that", "these", "both", "two", "between", "at", "by", "from",
                   "as", "into", "further", "also", "more", "new"})
# Words too common in the genre to tell two undertakings apart.
_GENERIC = frozenset({"coope", "bilat", "relat", "ties", "partn", "count", "natio", "sides", "side",
                      "areas", "field", "secto", "work", "toget", "closel"})
_MAX_ACTION_WORDS = 22
_ADDRESS = frozenset({"mr", "mrs", "ms", "dr"})
# What one may be or become: a standing, not an act one can be held to.
_STATES = frozenset({"be", "become", "remain"})
# Verbs that pass an act on to someone, who must act for a party to undertake it ...
_TELLING = frozenset({"tell", "instruct", "direct"})
# ... which the public told what to do does not.
_PUBLIC = frozenset({"resident", "citizen", "people", "public", "motorist", "driver", "traveller", "traveler",
                     "tourist", "passenger", "reporter", "journalist", "consumer", "shopper", "investor",
                     "viewer", "fan", "user", "customer", "household", "householder"})
# Actors that "it" may stand for when they say what "it" will do (a person is "he" or "she").
_BODIES = frozenset({"government", "ministry", "side", "country", "nation", "administration", "state",
                     "party", "company", "firm", "agency", "authority", "commission", "corporation"})
_LOOKS_BACK = re.compile(r"\b(?:earlier|last|since|ago|previously)\s*$", re.IGNORECASE)
_PAST_ADVERBS = frozenset({"later", "previously", "earlier", "already", "once", "formerly"})
# An invitation and its acceptance this close together are shown as one span.
_INVITE_REACH = 300


@dataclass(frozen=True, slots=True)
class _Found:
    fact: Commitment
    verb: str                   # lemma of the action, for merging restatements
    stems: frozenset[str]       # content stems of the action's object
    visit_of: str | None        # the visitor, for visit commitments
    dest: str | None
    headline: bool


def find(ctx: Context) -> list[Commitment]:
    """Return the commitments of the article, one per real thing, each with its evidence."""
    body = ctx.body_start
    found: list[_Found] = []
    # Token ids are the doc's, so these hold across spaCy's sentence breaks (which may
    # fall inside a quotation: 'extended a "generous offer" | to invite …').
    used: set[int] = set()
    inside: set[int] = set()
    heads: set[int] = set()
    headlines: list[_Found] = []
    acts: dict[int, int] = {}  # the token of each promise's act: its place in `found`
    for sent in ctx.sentences:
        if not PREFILTER.search(span_text(sent)) and list_item(sent) is None:
            continue
        if _asked_by_press(ctx, sent):
            continue  # "Q: There are reports that the working group will meet soon. …": the answer tells
        if ctx.asks(sent):
            continue  # "Will you sign the deal this year?": a question promises nothing
        for tok in sent:
            cue = find_cues(tok)
            if cue is None or cue.action.i in used or not _acceptable(cue):
                continue
            if cue.kind in ("verb", "noun") and cue.cue.i in inside:
                continue  # "decided to instruct X to …", "plans to make a commitment to …": one
            if (cue.kind in ("verb", "noun") and cue.head.dep_ == "conj" and cue.head.head.i in heads
                    and _refers_back(cue.action)):
                continue  # "reaffirmed their intention to X, and agreed to work together on it"
            inside.update(_own_words(cue.action))
            heads.add(cue.head.i)
            for each in (cue, *_coordinated(ctx, cue)):
                item = _build(ctx, sent, each, body)
                founder = _founder(each, acts)
                if item is not None and founder is not None:
                    found[founder] = _with_body_task(ctx, found[founder], item)
                elif item is not None and item.headline:
                    headlines.append(item)
                elif item is not None:
                    used.add(each.action.i)
                    acts[each.action.i] = len(found)
                    found.append(item)
                    found += _gapped(ctx, each, item)
    # A headline restates the body, except when it gives the same undertaking another
    # deadline ("to reconvene next month" over "within two weeks"): then it is a claim of its
    # own, kept so that consolidation shows the two deadlines as a conflict.
    found += [h for h in headlines if any(_deadlines_differ(h, b) for b in found)]
    merged = [one for f in _merge(ctx, found) for one in _each_way(ctx, f.fact)]
    sentences = list(ctx.sentences)
    return merged + setbacks.find(ctx, sentences, body) + completions.find(ctx, sentences, body)


def _founder(cue: Cue, acts: dict[int, int]) -> int | None:
    """Return the promise that sets up the body a defining relative clause tells the task of ("agreed to form
    a commission which will report in three months": one promise), else None."""
    verb = cue.action
    if cue.kind != "modal" or verb.dep_ != "relcl" or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that", "who") for c in verb.children):
        return None
    body = verb.head
    founding = body.head
    if body.dep_ != "dobj" or founding.i not in acts or not founds_body(founding, body):
        return None
    if verb.doc[verb.left_edge.i - 1].text == ",":
        return None  # "…, which will hold its first meeting in March": a next step told of its own
    return acts[founding.i]


def _with_body_task(ctx: Context, founding: _Found, task: _Found) -> _Found:
    """Return the promise to set up a body with its task ("form a commission to report …") and, lacking one,
    its task's deadline."""
    fact = replace(founding.fact, action=f"{founding.fact.action} to {task.fact.action}")
    told = (fact.evidence, task.fact.evidence)
    start, end = min(e.start for e in told), max(e.end for e in told)
    if fact.deadline_text is None:
        fact = replace(fact, deadline_text=task.fact.deadline_text, deadline=task.fact.deadline)
    return replace(founding, fact=replace(fact, evidence=ctx.evidence(start, end)))


_QUESTION_TURN = re.compile(r"\s*(?:Q|Question|QUESTION)\s*\d*\s*[:.)]\s")


def _asked_by_press(ctx: Context, sent: Span) -> bool:
    """Say whether a sentence stands in a briefing's question turn (a line opening "Q:"): what a reporter
    puts to the spokesperson is no party's undertaking."""
    line = ctx.text.rfind("\n", 0, sent.start_char) + 1
    return bool(_QUESTION_TURN.match(ctx.text, line))


_EACH_OTHER = re.compile(r"^(?:(?:pay|make|exchange)\s+)?visits?\s+(?:to\s+)?each\s+other(?:'s|’s|s')?\s+"
                         r"(?:countries|country|capitals?|nations?)\b\s*", re.I)


def _each_way(ctx: Context, fact: Commitment) -> list[Commitment]:
    """Return "agreed to visit each other's countries" as two promises: each state's visit to the other.

    The visitor is the state's leader when the article names one. Each visit may be kept,
    put off or called off on its own; both keep the sentence as evidence.
    """
    each = _EACH_OTHER.match(fact.action)
    if each is None or len(ctx.pair) != 2:
        return [fact]
    rest = fact.action[each.end():]
    return [replace(fact, actor=_leader(ctx, visitor) or visitor, action=f"visit {host} {rest}".strip())
            for visitor, host in (ctx.pair, ctx.pair[::-1])]


_LEADER_ROLE = re.compile(r"\b(?:president|prime\s+minister|premier|chancellor|king|emir|leader)\b", re.I)


def _leader(ctx: Context, state: str) -> str | None:
    """Return the one head of state or government of a state the article names, if one."""
    names = {p.name for p in ctx.people if p.country == state and p.role and _LEADER_ROLE.search(p.role)
             and not re.search(r"\b(?:vice|deputy|former)\b", p.role, re.I)}
    return names.pop() if len(names) == 1 else None


def _coordinated(ctx: Context, cue: Cue) -> list[Cue]:
    """Return the undertakings coordinated with a cue's that carry their own time.

    "decided to begin negotiations by the end of February, and to reach a result within 4
    months": the result is promised too, by its own deadline. Unless both have a time of their
    own, the second is part of the first ("to sign and implement it by June").
    """
    if cue.kind not in ("verb", "modal", "noun") or not is_verb(cue.action):
        return []  # "noun": "expressed their determination to complete … by 2026 and to raise … by 2030"
    out = []
    strays = stray_items(cue.action)
    for conj in (*cue.action.conjuncts, *strays):
        # "to reach", or a bare verb under the same modal ("will host … and send …")
        if conj.i < cue.action.i or (conj.dep_ != "conj" and conj not in strays) or conj.tag_ != "VB" or not (
                "to" in aux_lemmas(conj) or cue.kind == "modal" or acts_on_own_thing(conj)
                or ("to" in aux_lemmas(cue.action) and not _refers_back(conj))):
            continue  # "agreed to X by March and Y in 2027": one "to"; "… and conclude them": a step of X
        if _own_clause(conj):
            continue  # "Peru will open an embassy, and Ghana will send a mission": a cue of its own
        doc = conj.doc
        own, first = doc[conj.i:conj.right_edge.i + 1], doc[cue.action.i:conj.left_edge.i]
        # each its own time: one time at the end is both acts' ("to sign and to implement it by June");
        # an act on a thing of its own that can be reported done is a promise of its own
        # ("reopen their embassies and resume flights": each may be done without the other), and so is
        # a level taken to a figure of its own, its "to" told again ("… and to increase the flights to 14")
        target = to_a_figure(conj) and "to" in aux_lemmas(conj)
        if acts_on_own_thing(conj) or marked_item(conj) or target or all(
                time_expressions(ctx, w.start_char, w.end_char, future=True) for w in (own, first)):
            out.append(Cue(cue.cue, conj, cue.head, cue.kind, cue.actor))
    return out


def _gaps(ctx: Context, cue: Cue) -> list[tuple[Country, int, int]]:
    """Return the clauses that share a promise's verb without repeating it ("Ghana will host the talks in
    June, Peru the forum in July and Chile the summit in August"): each its state and token range [first,
    last], the state's name included.

    A remnant follows a comma or "and", opens with a state (not one more in a list: "to Peru and Chile")
    and has a thing of its own besides a time, or only a time where the promise has one too ("Ghana will
    host the talks in June, Peru in July"), but no verb; the promise's own subject is a state too. The
    verb may be "will" or a promising verb's ("Ghana pledged to host the talks in June, and Peru the forum
    in July").
    """
    act = cue.action
    subj = cue.actor or subject_of(cue.head)
    if cue.kind not in ("modal", "verb") or act.pos_ != "VERB" or subj is None or (
            _state_of(ctx, subj) is None):
        return []
    doc, end = act.doc, act.sent.end
    while end > act.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    opens = [(i, state) for i in range(act.i + 2, end)
             if doc[i - 1].lower_ in _GAP_JOINS and (state := _remnant_state(ctx, doc[i])) is not None]
    out = []
    for k, (i, state) in enumerate(opens):
        last = opens[k + 1][0] - 1 if k + 1 < len(opens) else end - 1
        while doc[last].lower_ in _GAP_JOINS or doc[last].is_space:
            last -= 1
        words = doc[i:last + 1]
        own_thing = any(t.pos_ in ("NOUN", "PROPN") and not t.ent_type_
                        and t.lemma_.lower() not in _TIME_NOUNS for t in words[1:])
        if any(t.pos_ in ("VERB", "AUX") for t in words) or not (
                own_thing or _only_time(ctx, doc[_name_end(doc[i]):last + 1], doc[act.i:opens[0][0]])):
            return []  # "…, Peru said", "… to Peru and Chile this month": no clause without its verb
        out.append((state, i, last))
    return out


def _only_time(ctx: Context, words: Span, promise: Span) -> bool:
    """Say whether a gapped clause's words past its state are a time alone, told where the promise's
    own words have a time too ("Ghana will host the talks in June, Peru in July")."""
    if not len(words) or not time_expressions(ctx, promise.start_char, promise.end_char, future=True):
        return False
    times = time_expressions(ctx, words.start_char, words.end_char, future=True)
    return len(times) == 1 and times[0].start <= words.start_char and times[0].end >= words.end_char


_GAP_JOINS = frozenset({",", "and", ";", "while", "whereas"})


def _state_of(ctx: Context, tok: Token) -> Country | None:
    """Return the state a subject word names, by its name or (for a side of the pair) its capital."""
    ent = next((e for e in ents_in(tok.doc[tok.i:tok.i + 1])), None)
    if ent is None or ent.label_ not in ("GPE", "NORP", "ORG"):
        return None
    return ctx.country_of(re.sub(r"['’]s?$", "", ent.text)) or _seat_of_side(ctx, ent)


def _remnant_state(ctx: Context, tok: Token) -> Country | None:
    """Return the state a gapped clause opens with ("…, Peru the forum in July"), else None."""
    if tok.ent_iob_ != "B" or (tok.dep_ == "conj" and tok.head.ent_type_ in ("GPE", "NORP")):
        return None  # "to Peru, Chile and Bolivia": a list of states
    state = _state_of(ctx, tok)
    after = _name_end(tok)
    if state is None or after >= len(tok.doc) or tok.doc[after].tag_ == "POS" or tok.doc[after].pos_ not in (
            "DET", "NOUN", "ADJ", "NUM", "ADP"):  # "…, Peru in July": a time alone (`_only_time`)
        return None
    return state


def _name_end(tok: Token) -> int:
    """Return the index after the named entity a token opens (the token's own when it opens none)."""
    return next((e.end for e in tok.doc.ents if e.start == tok.i), tok.i + 1)


def _gapped(ctx: Context, cue: Cue, item: _Found) -> list[_Found]:
    """Return the promises of the clauses that share a promise's verb (`_gaps`), each with its state,
    its own thing and its own time."""
    out = []
    doc = cue.action.doc
    for state, first, last in _gaps(ctx, cue):
        start, end = doc[first].idx, doc[last].idx + len(doc[last])
        times = time_expressions(ctx, start, end, future=True)
        deadline = times[0] if times else None
        words = [t for t in doc[_name_end(doc[first]):last + 1]
                 if deadline is None or not deadline.start <= t.idx < deadline.end]
        if deadline is not None:
            words = _without_orphans(words)
        rest = "".join(t.text_with_ws for t in words).strip(" ,;")
        action = f"{cue.action.text} {rest}".strip() if rest else item.fact.action  # "…, Peru in July"
        value = deadline.value if deadline is not None and deadline.kind != "vague" else None
        fact = replace(item.fact, actor=state.name, action=action,
                       deadline_text=deadline.text if deadline else None,
                       deadline=value if value is None or len(value) != 4 else None,
                       evidence=ctx.evidence(start, end))
        out.append(_Found(fact, item.verb, _stems(fact.action), None, None, item.headline))
    return out


def _before_gaps(ctx: Context, cue: Cue, last: int) -> int:
    """Return `last`, or the token before the first clause sharing the promise's verb (`_gaps`)."""
    gaps = _gaps(ctx, cue)
    if not gaps:
        return last
    doc = cue.action.doc
    last = min(last, gaps[0][1] - 1)
    while last > cue.action.i and (doc[last].lower_ in _GAP_JOINS or doc[last].is_space):
        last -= 1
    return last


def _deadlines_differ(a: _Found, b: _Found) -> bool:
    """Say whether two findings state one undertaking with two different deadlines.

    The same words are the same deadline, even where a headline's reference day differs from
    the body's ("within two weeks" over a story whose event was the day before).
    """
    return (a.fact.deadline is not None and b.fact.deadline is not None
            and a.fact.deadline != b.fact.deadline
            and (a.fact.deadline_text or "").lower() != (b.fact.deadline_text or "").lower()
            and _same_act(a, b))


def _refers_back(action: Token) -> bool:
    """Say whether an action's object only points back ("work together on these issues")."""
    return any(t.lower_ in ("these", "this", "those", "it", "them", "that") and t.dep_ in (
        "det", "pobj", "dobj") for t in action.subtree)


def _own_words(action: Token) -> set[int]:
    """Return the token ids of an action's phrase, less relative clauses, joined clauses of their own
    ("…, and the transfer of vessels has been decided") and clauses of when it is done ("… when the
    President visits Lima") hanging in it."""
    words = {t.i for t in action.subtree}
    for t in action.subtree:
        if t.i != action.i and (t.dep_ == "relcl" or told_beside(t) or when_clause(t) or (
                t.dep_ == "conj" and t.head.i == action.i and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in t.children))):
            words -= {x.i for x in t.subtree}
    return words


def _ratification_step(clause: Token) -> bool:
    """Say whether an "if" clause is only the deal's own approval ("If ratified by parliament, the
    agreement would enter into force in January", "if it is approved by the Senate"): a step of
    procedure, like "once ratified", not a hedge on whether anyone acts."""
    if clause.lemma_.lower() not in _APPROVALS:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    passive = any(c.dep_ in ("auxpass", "agent") for c in clause.children) or clause.tag_ == "VBN"
    return passive and (subject is None or subject.pos_ == "PRON"
                        or subject.lemma_.lower() in DOCUMENT_NOUNS | GENERAL_DOCUMENT_NOUNS)


# Verbs by which a deal is approved at home ("ratified", "approved by the Senate").
_APPROVALS = frozenset({"ratify", "approve", "endorse", "adopt", "pass", "sanction"})


def _on_condition(verb: Token) -> bool:
    """Say whether an act is bound to a condition other than by "if": "provided that …", "as long as
    …", "on condition that …", "in case …", or an inverted "Should the talks succeed, …"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("provided", "providing"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "upon") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _CONDITION_NOUNS
                and any(x.dep_ in ("acl", "ccomp", "relcl") for x in g.children) for g in c.children):
            return True
        if c.dep_ == "advmod" and c.lower_ == "long" and any(g.lower_ == "as" for g in c.children):
            return True
        if c.dep_ == "advcl" and c.left_edge.dep_ == "aux" and c.left_edge.lower_ in _INVERTED_IF:
            return True
        if c.dep_ == "advcl" and any(p.dep_ == "prep" and p.lower_ in ("in", "on") and p.i < c.i and any(
                g.lemma_.lower() in _CONDITION_NOUNS for g in p.children) for p in c.children):
            return True  # "In case the talks fail, …", parsed with "in case" inside the clause
    return False


_CONDITION_NOUNS = frozenset({"condition", "case", "event", "understanding"})
_INVERTED_IF = frozenset({"should", "were", "had"})  # "Should the talks succeed, …"


def _framing(verb: Token) -> bool:
    """Say whether a verb heads a time clause that frames another act ("once the deal takes effect")."""
    return any(c.dep_ == "mark" and c.lower_ in ("once", "until") for c in verb.children)


def _denied(verb: Token) -> bool:
    """Say whether a clause is what someone denies ("denied that it would withdraw", "ruled out that …")."""
    head = verb.head
    if verb.dep_ in ("ccomp", "acl") and head.pos_ == "NOUN" and head.dep_ == "dobj":
        head = head.head  # "rejected claims that Peru would expel …"
    elif verb.dep_ != "ccomp":
        return False
    return head.i != verb.i and (head.lemma_ in _DENYING
                                 or (head.lemma_ == "rule" and particle_of(head) == "out"))


# Verbs whose clause is said not to hold.
_DENYING = frozenset({"deny", "dismiss", "refute", "reject", "disavow"})


def _hearsay(verb: Token) -> bool:
    """Say whether a clause is told only on the strength of unnamed reports or rumours ("…, reports
    claim", "according to unconfirmed reports", "rumours say …", "speculation that …", "…, reports say, …",
    "is reportedly planning to …"): no party's word."""
    return _unnamed_source(verb) or _talk_spreads(verb) or any(
        _unnamed_source(g) for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"
        for to in (c, *c.children) for g in to.children if g.dep_ == "pobj") or any(
        (c.dep_ == "parataxis" and _talk_spreads(c)) or (c.dep_ == "advmod" and c.lower_ in _HEARSAY_ADVERBS)
        for c in verb.children)


def _onlookers_agree(verb: Token) -> bool:
    """Say whether those agreeing are onlookers, not the parties ("Analysts agreed that the deal would be
    signed this year", "experts concur that …"): a shared judgement, no one's undertaking."""
    subj = subject_of(verb) if verb.lemma_ in _JUDGING else None
    if subj is None or subj.lemma_.lower() not in ONLOOKERS:
        return False
    # "Ghanaian and Peruvian experts", "experts from both sides", "their experts" work for the parties
    return not any(t.dep_ == "poss" or t.ent_type_ in ("NORP", "GPE", "ORG") or t.lower_ in ("both", "two")
                   or (t.is_title and t.i != t.sent.start and t.pos_ in ("ADJ", "PROPN"))
                   for t in subj.subtree if t.i != subj.i)


_JUDGING = frozenset({"agree", "concur"})


def _talk_spreads(verb: Token) -> bool:
    """Say whether a saying verb has unnamed reports or talk for subject ("reports say", "rumours claim")."""
    return verb.lemma_ in _TALK_SPREADS and any(
        _unnamed_source(c) for c in verb.children if c.dep_ == "nsubj")


def _unnamed_source(noun: Token) -> bool:
    """Say whether a noun is reports or talk of no named source ("reports", "media reports", "rumours",
    "speculation"); "the ministry's report", "a report by the commission" are named."""
    word = noun.lower_ if noun.lower_ in _OUTLETS else noun.lemma_.lower()  # "media", not "medium"
    if noun.pos_ != "NOUN" or word not in _HEARSAY_NOUNS:
        return False
    named = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "of", "from"))
                for c in noun.children)
    if word in _OUTLETS:  # "local media reported that …"; "state media" speaks for a state
        return not named and not any(c.lower_ in _OFFICIAL_OUTLETS for c in noun.children)
    loose = word != "report" or noun.tag_ == "NNS" or any(
        c.lower_ in _LOOSE_REPORTS for c in noun.children)
    return loose and not named


# What reports and rumours do when they tell something ("reports claim …", "speculation is growing that …");
# "progress reports will be submitted" are the promise's own subject.
_TALK_SPREADS = frozenset({"say", "claim", "suggest", "indicate", "allege", "report", "speculate", "state",
                           "hint", "reveal", "grow", "mount", "swirl", "circulate", "add"})
_OUTLETS = frozenset({"media", "press"})
# The outlet's own hedge on a claim; "reportedly" is left out: careful outlets use it for plans they report.
_HEARSAY_ADVERBS = frozenset({"allegedly", "purportedly", "supposedly"})
_OFFICIAL_OUTLETS = frozenset({"state", "official", "government", "state-run", "party"})
_HEARSAY_NOUNS = frozenset({"report", "rumour", "rumor", "speculation", "hearsay", "gossip"}) | _OUTLETS
_LOOSE_REPORTS = frozenset({"media", "press", "news", "unconfirmed", "unverified", "local"})


def _own_politics(verb: Token) -> bool:
    """Say whether an act is a state's own political calendar ("hold elections", "present the budget").

    Another party's standing ("back Peru's election to the council") has an owner or a body it is to.
    """
    return verb.lemma_ in _CALENDAR_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _POLITICAL_EVENTS
        and not any(g.dep_ == "poss" or (g.dep_ == "prep" and g.lower_ == "to") for g in c.children)
        for c in verb.children)


# A state's own political events, and the verbs that hold or make them.
_POLITICAL_EVENTS = frozenset({"election", "elections", "referendum", "poll", "polls", "budget", "census",
                               "by-election", "primary", "primaries"})
_CALENDAR_VERBS = frozenset({"hold", "call", "conduct", "announce", "present", "table", "pass", "adopt",
                             "stage", "organise", "organize", "unveil"})


def _bodys_event(verb: Token) -> bool:
    """Say whether a gathering told to be held or to take place is named for a body of many states ("the
    ECOWAS summit will be held in Abuja", "the next G20 summit, which will take place in May"): the body's
    calendar, not the two sides' plan. A pair named in it ("the EU-Ghana summit") makes it theirs."""
    if not (any(c.dep_ == "auxpass" for c in verb.children) or _takes_place(verb)):
        return False
    event = subject_of(verb)
    if event is None or event.i > verb.i or event.lemma_.lower() not in HAPPENING_NOUNS:
        return False
    mods = [c for c in event.children if c.dep_ in ("compound", "nmod", "amod") and c.i < event.i]
    if any(m.ent_type_ in ("GPE", "NORP") for m in mods):
        return False
    return any(_body_name(m) for m in mods) or any(_bloc_named(o) for o in _of_chain(event))


def _of_chain(noun: Token) -> list[Token]:
    """Return the nouns of a noun's chain of "of"-phrases ("the Summit of the Heads of State of the X
    Organisation": Heads, State, Organisation), at most four deep."""
    chain: list[Token] = []
    while len(chain) < 4:
        nxt = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), None)
        if nxt is None:
            break
        chain.append(nxt)
        noun = nxt
    return chain


def _bloc_named(noun: Token) -> bool:
    """Say whether a noun of an "of"-phrase names a body of many states by a name ending in a bloc's noun
    ("of the Andean Cooperation Organisation"); a name holding a state ("the Peruvian Union") is no bloc,
    and letters alone may be the pair's own body ("the 10th Session of the JPCC")."""
    name = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    return (noun.pos_ == "PROPN" and noun.lemma_.lower() in BLOC_NOUNS and bool(name)
            and not any(t.ent_type_ in ("GPE", "NORP") for t in name))


def _body_name(tok: Token) -> bool:
    """Say whether a word names a body by its letters ("ECOWAS", "AU", "G20", "COP30"), not a state."""
    return (len(tok) > 1 and tok.text[0].isupper() and tok.ent_type_ not in ("GPE", "NORP")
            and not ROMAN_NUMERAL.fullmatch(tok.text)
            and (tok.is_upper or any(ch.isdigit() for ch in tok.text)))



def _own_anniversary(verb: Token) -> bool:
    """Say whether a thing is to mark its own anniversary ("the conference will celebrate its 70th
    anniversary"): a date on the calendar; "Lee will commemorate the anniversary of X's birth" is an act."""
    return verb.lemma_ in ("celebrate", "mark", "commemorate") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "anniversary"
        and any(g.dep_ == "poss" and g.lower_ == "its" for g in c.children) for c in verb.children)


def _takes_office(verb: Token) -> bool:
    """Say whether an act is taking up an office ("assume the chairmanship", "take over the presidency")."""
    return verb.lemma_ in _TAKING_UP and any(c.dep_ == "dobj" and c.lemma_.lower() in _OFFICES
                                              for c in verb.children)


_TAKING_UP = frozenset({"assume", "take", "hold"})
_OFFICES = frozenset({"chairmanship", "chairpersonship", "presidency", "chair"})


# What one is committed to as a value, not an act.
_VALUES = frozenset({"democracy", "institution", "rule", "value", "principle", "ideal", "multilateralism",
                     "freedom", "norm", "charter", "order"})


def _own_course(verb: Token) -> bool:
    """Say whether an act is keeping to a policy of one's own ("follow a non-aligned foreign policy");
    "pursue a common policy on fisheries" and "continue its friendly policies towards China" are
    undertakings between the sides."""
    return verb.lemma_ in _KEEPING_TO and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "policy"
        and not any(g.lower_ in _SHARED or (g.dep_ == "prep" and g.lower_ in _TOWARDS) for g in c.children)
        and not any(g.ent_type_ in ("GPE", "NORP") and g.dep_ != "poss" for g in c.subtree)  # "… with Peru"
        for c in verb.children)


_KEEPING_TO = frozenset({"follow", "pursue", "adopt", "maintain", "uphold", "continue"})
_SHARED = frozenset({"joint", "common", "coordinated", "shared", "bilateral"})
_TOWARDS = frozenset({"towards", "toward", "with", "to"})


def _recalled(noun: Token) -> bool:
    """Say whether a noun cue is the ground of another act ("building on their commitment to …",
    "in line with its pledge to …"), an undertaking recalled rather than made."""
    for t in noun.ancestors:
        if t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN"):
            return False  # the clause that states it
        if t.lower_ in _GROUNDS:
            return True
    return False


# Words that make what follows them the ground of an act ("building on", "based on", "in line with").
_GROUNDS = frozenset({"building", "based", "line", "keeping", "accordance", "consistent", "pursuant"})


def _asked(cue: Cue) -> bool:
    """Say whether a cue's clause is a question ("Will Chile open an embassy?"): nothing is undertaken.

    The sentence ends in a question mark and a word of the verb's stands before its subject.
    """
    sent = cue.head.sent
    if not sent.text.strip().rstrip("\"'”’)").endswith("?"):
        return False
    subj = next((c for c in cue.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(c.dep_ in ("aux", "auxpass") and c.i < subj.i for c in cue.head.children)


def _alternative(verb: Token) -> bool:
    """Say whether a clause is one of two put as alternatives, each with its subject ("X will … or Y will
    …"): either may happen, so neither is undertaken."""
    joined = [c for c in verb.children if c.dep_ in ("conj", "advcl")] + (
        [verb] if verb.dep_ in ("conj", "advcl") else [])
    return any(_own_clause(c) and _joined_by(c) == "or" for c in joined)


def _joined_by(verb: Token) -> str:
    """Return the conjunction that opens a joined clause ("or" of "… or Ghana will take …"), else ""."""
    doc = verb.doc
    first = joined_clause_start(verb)
    if doc[first].dep_ == "cc":
        return doc[first].lower_  # "… in June or Ghana will …", the subject read as a conjunct
    for t in reversed(doc[verb.sent.start:first]):
        if t.dep_ == "cc":
            return t.lower_
        if not (t.is_punct or t.lower_ in ("either", "else")):
            return ""
    return ""


def _own_clause(verb: Token) -> bool:
    """Say whether a joined verb has a subject of its own (read where the parser put it or not)."""
    return is_verb(verb) and (has_subject(verb) or subject_read_as_conjunct(verb) is not None)


def _purpose_of_encounter(cue: Cue) -> bool:
    """Say whether a cue is a participle telling what a visit or meeting is for ("the visit, intended to
    deepen trade ties, …"): the encounter is told (and kept or put off) on its own, its aim is no act."""
    verb = cue.cue
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lower_ in AIM_PARTICIPLES
            and verb.head.lemma_.lower() in EVENT_NOUNS | JOURNEY_NOUNS)


def _plan_of_one_held(cue: Cue) -> bool:
    """Say whether a cue tells, in a clause on an encounter, the plan it had before it took place ("The
    summit, which had been scheduled for March, took place on Monday"): the report tells it done."""
    clause = next((t for t in (cue.cue, *cue.cue.ancestors) if t.dep_ in ("relcl", "acl")), None)
    if clause is None or not went_ahead(clause.head):
        return False
    # told in the past ("had been due", "was supposed to", "scheduled for March"); "which will meet again in
    # June" is a new plan
    return clause.tag_ in ("VBD", "VBN") and not aux_lemmas(clause) & FUTURE_MODALS and (
        clause.dep_ == "acl" or clause.tag_ == "VBD"
        or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children))


def _acceptable(cue: Cue) -> bool:
    """Say whether a cue undertakes something (not negated, conditional, asked, denied, hoped, principled)."""
    if (is_negated(cue.cue) or is_negated(cue.action)) and not _refrains(cue):
        return False
    if any(t.dep_ == "xcomp" and t.head.lemma_ in UNDONE_GOVERNORS for t in (cue.cue, cue.head)):
        return False  # "failed to agree to reopen the crossing", "refused to reach a deal to …"
    if _asked(cue):
        return False
    if _alternative(cue.action):
        return False  # "Peru will lift the ban in June or Ghana will take the case to the WTO": a threat
    if cue.kind == "verb" and cue.action.tag_ in ("JJR", "RBR"):
        return False  # "initiatives that promised more than they delivered": a comparison, no act
    if _own_politics(cue.action):
        return False  # "Chile will hold general elections in November"
    if _bodys_event(cue.action):
        return False  # "the ECOWAS summit, which will be held in Abuja in December": a body's calendar
    if _own_anniversary(cue.action):
        return False  # "the Bandung conference will celebrate its 70th anniversary in 2025"
    if chance_given(cue.action):
        return False  # "the visit will provide a chance for the leaders to discuss …": a forecast
    if _takes_office(cue.action) or _own_course(cue.action):
        return False  # "will assume the chairmanship of ASEAN", "pledged to follow a non-aligned policy"
    if cue.kind == "noun" and cue.action.pos_ in ("NOUN", "PROPN") and cue.action.lemma_.lower() in _VALUES:
        return False  # "their commitment to democratic institutions and the rule of law": a stance
    if cue.kind == "noun" and _document_held(cue.action):
        return False  # "reaffirmed their commitment to the Indus Water Treaty": a document kept, no new act
    if cue.kind == "noun" and (_recalled(cue.cue) or any(is_opinion(t) for t in cue.cue.ancestors)):
        return False  # "Building on their commitment to …", "observers believe it is a worthy undertaking"
    if cue.kind == "adj" and cue.cue.lower_ in ACTOR_ADJECTIVES and not _planned_by_actor(cue):
        return False
    if cue.kind == "modal" and done_to_act(cue.action) and not _done_by_actor(cue.action):
        return False
    if _where_trip_part(cue.action):
        return False  # "will travel to Kumasi, where she will sign …": the trip's purpose, in its promise
    if _trip_ends(cue):
        return False  # "Mr Wang's visit was due to end on Monday": the trip under way ends
    if _purpose_of_encounter(cue):
        return False  # "The tour, intended to strengthen the friendship, was postponed": what it was for
    if _plan_of_one_held(cue):
        return False  # "the commission, which had been due to meet in December, finally met on Monday"
    if _then_put_off(cue):
        return False  # "The summit was scheduled for May but has been postponed": the setback tells it
    if any(t.dep_ == "xcomp" and t.head.lemma_ == "vote" and t.head.tag_ == "VBD"
           for t in (cue.cue, cue.action)):
        return False  # "the Senate voted to concur in the ratification": the vote is the act, and done
    if cue.kind == "modal" and _amount_changes(cue.action):
        return False  # "trade between the two countries will double by 2030": a forecast
    if _holds_share(cue.action):
        return False  # "Under the draft, Kenya would keep a 20% stake": a term of the deal, no act
    if cue.kind == "modal" and _no_longer_for_others(cue.action):
        return False  # "companies operating in Kazakhstan will no longer pay tax twice": what a deal brings
    if cue.action.lemma_ in SETBACK_VERBS or setbacks.rescheduled(cue.action) is not None:
        return False  # "decided to cancel the trip" calls it off, "will now take place in May" puts it off
    if cue.kind == "visit" and cue.cue.dep_ in ("dobj", "nsubjpass") and sets_back(cue.cue.head):
        return False  # "postponed his upcoming visit to Oslo", "the planned trip has been called off": the
        # setback tells it (`setbacks`)
    if _former_schedule(cue.cue):
        return False  # "the visit, which was scheduled for May, has been postponed": its old time
    if any(setbacks.rescheduled(t.head.head if t.dep_ in ("relcl", "acl", "amod") else t.head) is not None
           for t in (cue.cue, cue.action)):
        return False  # "the forum, scheduled (or due) for May, will now be held in June": the old time
    if cue.kind in ("verb", "noun", "adj") and _standing(cue):
        return False  # "pledged to become a counterweight", "commitment to remain …": a state, not an act
    if _stance(cue.action):
        return False  # "resolved to make that friendship stronger", "keen to engage with the region"
    if cue.cue.lemma_ in _TELLING and cue.actor is not None and cue.actor.lemma_.lower() in _PUBLIC:
        return False  # "told residents to avoid rumours": the public is no party
    if cue.cue.lemma_ == "assure" and _home_public(cue.cue):
        return False  # "assured the public that anyone evicted will be compensated": a promise at home
    if any(c.dep_ == "advcl" and is_conditional(c) and not _ratification_step(c)
           for c in cue.action.children) or _on_condition(cue.action):
        return False  # "If the talks succeed, the two sides would sign …", "… provided that …"
    for t in (cue.action, *cue.action.ancestors):
        if t.dep_ in ("amod", "acl") and t.lower_ in IN_CHARGE:
            continue  # "instructed the ministries concerned to act": whose business it is, no worry
        if is_conditional(t) or _framing(t) or _denied(t) or _hearsay(t) or _onlookers_agree(t):
            return False
        if is_opinion(t) and t.i != cue.cue.i and not _believed_date(cue, t):
            return False
        if t.dep_ == "advcl" and any(c.dep_ == "mark" for c in t.children):
            break  # an "as …"/"while …" clause stands on its own
    if cue.kind == "verb" and cue.cue.lemma_ in ("expect", "schedule") and not _needs_date(cue):
        if cue.action.lemma_ in EXPECTED_NON_ACTIONS and not acts_on_own_thing(cue.action):
            return False
        subj = subject_of(cue.cue)
        # "The deal is expected to create jobs" is a forecast; "… to be signed", "the
        # delegation is expected to visit" are plans.
        if subj is not None and not _is_actor(subj) and subj.lemma_.lower() not in EVENT_NOUNS and not (
                any(c.dep_ == "auxpass" for c in cue.action.children)
                or cue.action.lemma_ in EVENT_VERBS):
            return False
    return not _principle(cue.action)


def _where_act(clause: Token) -> bool:
    """Say whether a clause tells what one will do at a place ("where he will meet Boluarte")."""
    return (any(c.dep_ == "advmod" and c.lower_ == "where" and c.i < clause.i for c in clause.children)
            and any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in clause.children))


def _where_trip(action: Token) -> Token | None:
    """Return the act a trip's place is told for ("will fly to Arequipa, where he will meet Boluarte on
    Friday"): one promise with the trip, its words and date the trip's; else None."""
    if action.pos_ != "VERB" or action.lemma_ not in TRIP_VERBS:
        return None
    places = [p for c in action.children if c.dep_ in ("prep", "dobj")
              for p in ((c,) if c.dep_ == "dobj" else c.children) if p.dep_ in ("pobj", "dobj")]
    clauses = [*(c for p in places for c in p.children if c.dep_ == "relcl"),
               *(c for c in action.children if c.dep_ == "advcl")]
    return next((c for c in clauses if _where_act(c)), None)


def _where_trip_part(verb: Token) -> bool:
    """Say whether an act is the one a trip's place is told for (`_where_trip`): no promise of its own."""
    trip = verb.head
    if verb.dep_ == "relcl":
        trip = trip.head.head if trip.dep_ == "pobj" else trip.head
    return verb.dep_ in ("relcl", "advcl") and getattr(_where_trip(trip), "i", -1) == verb.i


def _where_lead(where: Token) -> set[int]:
    """Return the words that open a trip's where-clause (", where he will"), left out of the act's words."""
    doc = where.doc
    lead = {t.i for c in where.children
            if c.i < where.i and (c.dep_ in ("advmod", "aux") or c.dep_.startswith("nsubj"))
            for t in c.subtree}
    before = min(lead, default=where.i) - 1
    return lead | ({before} if before >= 0 and doc[before].is_punct else set())


def _document_held(action: Token) -> bool:
    """Say whether what a party is committed to is a document it already has: one named or told definite
    ("the Indus Water Treaty", "the 1998 border treaty", "the Paris Agreement"); "a free trade agreement" is
    one still to make, and "the implementation of the treaty" an act."""
    return action.pos_ in ("NOUN", "PROPN") and action.lemma_.lower() in DOCUMENT_SINGULARS and any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any") for c in action.children)


def _former_schedule(cue: Token) -> bool:
    """Say whether a cue is a relative clause's schedule of what its sentence puts off or calls off."""
    clause = next((t for t in (cue, *cue.ancestors) if t.dep_ == "relcl"), None)
    return clause is not None and cue.lemma_ in _DATES_ITS_ACT and setbacks.set_back_here(
        relative_antecedent(clause))


def _principle(action: Token) -> bool:
    """Say whether an act is a principle restated ("resolve disputes peacefully", "respect sovereignty");
    a dispute to be settled by a date is a task ("resolve the tax dispute within 90 days")."""
    found = {m.group().lower() for m in PRINCIPLE.finditer(_own_phrase(action))}
    if found and found <= {"dispute", "disputes"} and any(t.ent_type_ == "DATE" for t in action.subtree):
        return False
    return bool(found)


def _trip_ends(cue: Cue) -> bool:
    """Say whether the act is a trip's own end ("the visit is due to end on Monday", "his tour will end")."""
    subj = subject_of(cue.head) or subject_of(cue.action)
    return cue.action.lemma_ in ("end", "conclude", "wrap") and subj is not None and \
        subj.lemma_.lower() in ("visit", "trip", "tour", "stay")


def _then_put_off(cue: Cue) -> bool:
    """Say whether the plan is told as a former one, put off or called off in a clause joined by "but"
    ("The summit was scheduled for May but has been postponed", "X was due to visit Accra on Monday, but
    the trip was cancelled"); "… but could be postponed" keeps the plan."""
    for t in (cue.cue, *cue.cue.ancestors):
        if any(c.lower_ in _CONTRARY for c in t.children if c.dep_ == "cc") and any(
                c.dep_ == "conj" and setbacks.puts_off_the_same(c) for c in t.children):
            return True
    return False


# Conjunctions by which a second clause overturns the first ("was planned for May but was postponed").
_CONTRARY = frozenset({"but", "yet"})


def _holds_share(verb: Token) -> bool:
    """Say whether the act is holding a share of something ("keep a 20% stake", "retain majority control")."""
    return verb.lemma_ in _HOLDING and any(c.dep_ == "dobj" and c.lemma_.lower() in _SHARES
                                           for c in verb.children)


_HOLDING = frozenset({"keep", "retain", "hold", "own", "maintain", "control"})
_SHARES = frozenset({"stake", "share", "shareholding", "holding", "interest", "ownership", "control",
                     "majority", "minority", "equity"})


def _amount_changes(verb: Token) -> bool:
    """Say whether a verb tells an amount changing by itself ("exports will triple"), no party acting."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (verb.lemma_ in _AMOUNT_VERBS and subj is not None and subj.pos_ in ("NOUN", "PROPN")
            and not _is_actor(subj))


_AMOUNT_VERBS = frozenset({"double", "triple", "quadruple", "halve", "grow", "rise", "fall", "drop",
                           "decline", "increase", "decrease", "surge", "soar", "climb", "exceed", "reach",
                           "shrink"})


def _standing(cue: Cue) -> bool:
    """Say whether a cue's actor undertakes only to be something ("pledged to become a counterweight").

    "intend to remain in close consultation" (a prepositional phrase), "… and further develop …"
    (an act besides) and "expects the section to be running in 2028" (another subject's state) are
    not the actor's standing.
    """
    act = cue.action
    return (act.lemma_ in _STATES and any(c.dep_ in ("attr", "acomp") for c in act.children)
            and not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in act.children)
            and not any(c.dep_ == "nsubj" for c in act.children)
            and not any(c.dep_ == "dobj" for c in cue.cue.children))


def _stance(act: Token) -> bool:
    """Say whether an act is only an attitude, no deed: "make ties stronger", "embrace it",
    "engage with the region", "walk the talk".

    "engage in talks on a trade pact" (a meeting or document engaged in) is a deed.
    """
    lemma = act.lemma_.lower()
    if lemma == "make":  # a resultative on the relations or a pronoun: "make that friendship stronger"
        return any(c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.tag_ in ("JJ", "JJR", "RBR")
                   and all(s.pos_ == "PRON" or RELATION_NOUNS & {s.lemma_.lower(), s.lower_}
                           for s in (*c.children, *act.children)
                           if (s.dep_, s.head.i) in (("nsubj", c.i), ("dobj", act.i)))
                   for c in act.children)
    if lemma == "welcome":  # "would welcome more investment"; "will welcome the president in Hanoi" hosts
        return not any(c.dep_ == "dobj" and (
            c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "GPE", "NORP", "ORG")
            or c.lemma_.lower() in ACTOR_NOUNS | EVENT_NOUNS | _GUESTS) for c in act.children)
    if lemma in _ATTITUDE_VERBS:
        # "will engage in talks next week" is an encounter undertaken, and discussions or negotiations
        # are when dated ("will engage in discussions on trade tomorrow"; not "engage constructively in
        # discussions")
        nouns = EVENT_NOUNS | INSTRUMENT_NOUNS | (
            TALKING_NOUNS if any(t.ent_type_ == "DATE" for t in act.subtree) else frozenset())
        return not any(g.lemma_.lower() in nouns for c in act.children if c.dep_ in ("prep", "dobj")
                       for g in (c, *c.subtree))
    return any(c.dep_ == "dobj" and (lemma, c.lemma_.lower()) in _IDIOMS for c in act.children)


# Verbs of openness toward others, which undertake no deed of their own.
_ATTITUDE_VERBS = frozenset({"embrace", "engage"})
# Those one may welcome as their host.
_GUESTS = frozenset({"guest", "visitor", "mission", "team", "counterpart", "prince", "emir", "king",
                     "student", "scholar", "researcher", "trainee", "worker", "tourist", "athlete"})
# Figures of speech for keeping one's word or letting a quarrel rest, with no deed named ("put aside
# their differences").
_IDIOMS = frozenset({("walk", "talk"), ("put", "difference"), ("set", "difference"), ("lay", "difference")})


def _own_phrase(action: Token) -> str:
    """Return an action's words less the clauses under it: what it is about, not what it is for.

    "uphold peace in the region" states a principle; "collaborate to maintain peace …",
    "strengthen the partnership based on … human rights" and "attend the Peace Conference" undertake
    the collaboration, the partnership and the attendance.
    """
    clauses = {t.i for c in action.subtree if c.i != action.i and _side_clause(c) for t in c.subtree}
    # a principle's word in a name ("the Peace Conference on Ukraine") names an event or a body, and
    # one before a document or event ("work towards a peace deal", "hold peace talks") names that
    return "".join(t.text_with_ws for t in action.subtree
                   if t.i >= action.i and t.i not in clauses and t.pos_ != "PROPN" and not _names_kind(t))


def _names_kind(tok: Token) -> bool:
    """Say whether a word only says what kind of document or event its noun is ("a peace deal")."""
    return tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in DOCUMENT_AND_EVENT_NOUNS


# purpose and modifier clauses; a complement ("continue working for peace") is the act itself
_CLAUSE_DEPS = frozenset({"advcl", "acl", "relcl"})


def _side_clause(tok: Token) -> bool:
    """Say whether a word heads a clause beside the act: a purpose or modifier, what is joined to a
    verb by "and" (another promise), or a participle read as a preposition ("based on …")."""
    return (tok.dep_ in _CLAUSE_DEPS or (tok.dep_ == "conj" and tok.head.pos_ == "VERB")
            or (tok.dep_ == "prep" and tok.tag_ in ("VBN", "VBG"))
            # "collaborate to maintain peace": what joint work is for, not the work; "work together to
            # respect the territorial integrity of Ukraine" is still a stance on a third party
            or (tok.dep_ == "xcomp" and tok.head.lemma_ in _JOINT_WORK and "to" in aux_lemmas(tok)
                and not any(t.ent_type_ in ("GPE", "LOC", "NORP") for t in tok.subtree)))


# Verbs of working together, whose "to …" tells what the work is for.
_JOINT_WORK = frozenset({"collaborate", "cooperate", "work", "coordinate", "partner", "join"})


def _refrains(cue: Cue) -> bool:
    """Say whether a negated future undertakes to refrain ("will never allow its territory to be used")."""
    subj = subject_of(cue.action)
    # "will not permit …", or "assured the leader that Sri Lanka will not permit …"
    return cue.kind in ("modal", "verb") and refrains(cue.action) and subj is not None and _is_actor(subj)


def _done_by_actor(verb: Token) -> bool:
    """Say whether a passive's agent, if named, is an actor ("financed by Chile"; not "by farmers")."""
    # "by the end of the year" is a time, not an agent
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
              and g.ent_type_ not in TIME_ENTS and g.lemma_.lower() not in _TIME_NOUNS]
    return all(_is_actor(a) for a in agents)


_TIME_NOUNS = frozenset({"end", "close", "middle", "time", "year", "month", "week", "date", "deadline"})


def _modifier_verb_reach(cue: Cue) -> int:
    """Return where an act read as "to <adjective> <object>" ends: the parser hangs the verb's own
    phrases on the cue ("aimed to double trade to $1 billion by 2030": "to $1 billion", "by 2030").
    """
    act = cue.action
    if not (act.dep_ == "pobj" and act.head.lower_ == "to" and act.head.head.i == cue.cue.i
            and verb_read_as_modifier(act.head, act)):
        return act.i
    later = [c for c in cue.cue.children if c.i > act.i and c.dep_ in ("prep", "npadvmod")]
    return max((c.right_edge.i for c in later), default=act.i)


def _fronted_bound(ctx: Context, sent: Span, start: int) -> int:
    """Return where a clause starts with the bound it is fronted by, a clause of its own the parse leaves
    out ("Before the year is out, Kenya will open a consulate", "Before the month is over, …"): a
    deadline that opens the sentence and is cut from the clause by a comma alone."""
    if not ctx.text[sent.start_char:start].strip():
        return start  # the clause opens the sentence: nothing is fronted (and no times are read again)
    for expr in time_expressions(ctx, sent.start_char, sent.end_char, future=True):
        if expr.start >= start or expr.kind != "deadline" or ctx.text[sent.start_char:expr.start].strip():
            continue
        # the parse may take the bound's own subject into the clause ("the year is out, Kenya will …")
        if expr.end > start or re.fullmatch(r"\s*,\s*", ctx.text[expr.end:start]):
            return expr.start
    return start


def _planned_by_actor(cue: Cue) -> bool:
    """Say whether "is likely/about to X" has an actor as subject and an act as X (not a forecast)."""
    subj = subject_of(cue.head)
    return subj is not None and _is_actor(subj) and (cue.action.lemma_ not in NON_ACTIONS
                                                     or acts_on_own_thing(cue.action))


def _build(ctx: Context, sent: Span, cue: Cue, body: int) -> _Found | None:
    """Return the commitment a cue states, or None when it needs a date it does not have."""
    phrase = cue.kind in ("visit", "scheduled")  # the noun phrase is the undertaking ("the next round, …")
    first, last = clause_bounds(cue.action, head=cue.head, clip_conj=True) if not phrase else (
        cue.cue.left_edge.i, cue.cue.right_edge.i)
    first = min(first, cue.cue.i) if not phrase else first
    last = max([last, *(t.right_edge.i for t in stray_items(cue.action))])
    if refrains(cue.action):  # what is not to be allowed is the undertaking
        last = max(last, cue.action.right_edge.i)
    if cue.kind == "scheduled":  # the event's phrase up to its participle's date
        first, last = cue.action.left_edge.i, max(cue.cue.right_edge.i, cue.action.i)
    last = max(last, _modifier_verb_reach(cue))
    if (where := _where_trip(cue.action)) is not None:
        last = max(last, where.right_edge.i)
    last = _before_gaps(ctx, cue, _before_dash(cue.action, last))
    start, end = char_bounds(sent, first, last, cue.cue.idx)
    start = _fronted_bound(ctx, sent, start)
    deadline = _deadline(ctx, start, end, cue)
    dated = _dated_event(ctx, cue) if not phrase else None
    if dated is not None and (deadline is None or deadline.start < cue.action.idx):
        deadline, end = dated[0], max(end, dated[1])  # "at the next session, which X hosts in June"
    if deadline is None and not phrase:
        deadline, end = _shared_time(ctx, sent, cue, end)
    if deadline is None and cue.kind == "visit":
        # "his likely visit to Belarus in February 2025": the date may hang on the verb.
        following = time_expressions(ctx, end, min(sent.end_char, end + 80), future=True)
        # or on a clause that says when it takes place ("…'s visit, and it might take place in May")
        if following and (not ctx.text[end:following[0].start].strip()
                          or _TAKES_PLACE.fullmatch(ctx.text[end:following[0].start])):
            deadline, end = following[0], following[0].end
    if deadline is None and not phrase:
        deadline = _event_time(ctx, cue, start, end)
    if deadline is None:
        deadline = _after_done_step(ctx, sent, start, end)
    if deadline is not None and _day_of_grant(cue, deadline):
        deadline = None  # "announced a $20 million grant on Monday": the day it was granted, no deadline
    if _needs_date(cue) and (deadline is None or deadline.start < cue.action.idx or (
            deadline.value is None and not envoy_posted(cue.action))):
        # the date must be the action's own, not one in its subject; an envoy's posting told near
        # ("will be sent to Lima within the next few days", "soon") is a step ahead, if not a dated one
        return None
    if _past_agreement(ctx, cue) and (deadline is None or deadline.start < cue.action.idx or (
            cue.cue.lemma_ in BIDDING_VERBS and _before_event(ctx, deadline))):
        return None
    if _standing_rule(ctx, cue):
        return None  # "Under Article 5 of the 1998 treaty, the Parties shall consult …": a rule in force
    if cue.kind == "present" and not _dated_ahead(ctx, deadline):
        return None  # "the commission meets twice a year", "Xi meets Lee on Monday" (told after): no plan
    if cue.kind == "present" and deadline is not None and _begun(ctx, deadline):
        return None  # "Abiy is paying a visit from March 10 to 12", told on the 11th: under way, no plan
    if _domestic(ctx, cue) or _reception_on_trip(cue.action):
        return None
    actor = _actor(ctx, cue)
    if actor is not None and _third_body(ctx, actor):
        return None  # "the World Bank will fund the bridge": a lender's undertaking, not the pair's
    if deadline is not None and (bound := _BOUND_WORDS.match(ctx.text, deadline.end)) is not None:
        # "by end-2026 at the earliest": the bound is the deadline's, not the act's words
        deadline = replace(deadline, end=bound.end(), text=ctx.text[deadline.start:bound.end()])
        end = max(end, bound.end())
    action = _action_text(ctx, cue, deadline)
    if not action.strip(" .,;:"):
        return None  # "agreed on Tuesday that …": the act is the clause's own, read there
    value = deadline.value if deadline is not None and deadline.kind != "vague" else None
    if value is not None and deadline is not None and (len(value) == 4 or is_half_year(deadline)):
        # a year alone, or half of one ("in the second half of 2026", "by mid-2027"), is no deadline in the
        # facts format: the words stay, and the tracker reads a half year's window from them
        value = None
    fact = Commitment(actor=actor, action=action, deadline_text=deadline.text if deadline else None,
                      deadline=value, evidence=ctx.evidence(start, end))
    verb = "visit" if _is_visit(cue) else cue.action.lemma_
    stems = _stems(action)
    if verb in _STARTING:
        # "launch negotiations on X" … "the negotiations will begin in March": one start of one thing
        verb, stems = "start", stems | _started_event(cue.action)
    return _Found(fact, verb, stems, actor if verb == "visit" else None,
                  _dest(cue) if verb == "visit" else None, start < body)


def _when_clause_of(cue: Cue) -> Token | None:
    """Return the clause telling when a promised act is done ("sign it when the President visits Lima"),
    hung on the act or a word above it up to the cue's head; else None."""
    for verb in (cue.action, *cue.action.ancestors):
        clause = next((c for c in verb.children if when_clause(c)), None)
        if clause is not None or verb.i == cue.head.i:
            return clause
    return None


def _before_when_clause(cue: Cue, last: int) -> int:
    """Return where an act's words end before the clause of when it is done (a promise of its own)."""
    clause = _when_clause_of(cue)
    if clause is None or clause.left_edge.i <= cue.action.i:
        return last
    return min(last, clause.left_edge.i - 1)


_STARTING = frozenset({"launch", "start", "begin", "commence", "initiate"})
_BOUND_WORDS = re.compile(r",?\s+at\s+the\s+(?:earliest|latest)\b", re.I)


def _started_event(verb: Token) -> frozenset[str]:
    """Return the stems of the event a starting verb has for subject ("the talks will begin"), else none."""
    subj = subject_of(verb)
    if subj is None or subj.lemma_.lower() not in EVENT_NOUNS | _TALK_NOUNS:
        return frozenset()
    return _stems("_ " + subj.doc[subj.left_edge.i:subj.right_edge.i + 1].text)


_TALK_NOUNS = frozenset({"negotiation", "negotiations", "consultation", "consultations", "dialogue"})


# Words by which a plan reaches the other side; without one (or a foreign party) it is the actor's own affair.
_BILATERAL_WORDS = frozenset({
    "bilateral", "joint", "jointly", "mutual", "mutually", "each", "both", "together", "partner", "partners",
    "partnership", "counterpart", "counterparts", "foreign", "abroad", "overseas", "cooperation", "cooperate",
    "collaborate", "collaboration", "between", "with", "visit", "delegation", "investor", "investors",
    "investment"})
# Acts that always take in another party ("plans to meet", "intends to host").
_ENCOUNTER_VERBS = frozenset({"meet", "visit", "sign", "travel", "negotiate", "conclude", "ink", "finalize",
                              "finalise", "tour"})
_PLANNING = frozenset({"plan", "aim", "intend", "intention", "intent"})


def _home_public(verb: Token) -> bool:
    """Say whether a verb of assuring is said, undated, to the public at home ("assured the public that
    anyone evicted will be compensated"): no state's people named ("assured Peruvian investors" tells the
    other side's), no time told ("assured citizens that the border post would open by June" is a step)."""
    return not any(t.ent_type_ in TIME_ENTS for t in verb.subtree) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _PUBLIC and not any(
            m.ent_type_ in ("NORP", "GPE") for m in c.subtree) for c in verb.children)


def _reception_on_trip(verb: Token) -> bool:
    """Say whether a passive reception joined to a journey ("will pay a visit on Friday and will be
    received by the President") is a step of that visit, told already by the journey's own promise."""
    return (verb.dep_ == "conj" and verb.lemma_ in HOSTING_VERBS and verb.head.lemma_ in TRIP_VERBS
            and any(c.dep_ == "auxpass" for c in verb.children))


def _domestic(ctx: Context, cue: Cue) -> bool:
    """Say whether one side's plan concerns only itself ("the ministry plans to cut tariffs on its imports").

    A plan names the other side when its act meets or signs with someone, or its words name
    another state, a person, a document, a meeting or something shared ("joint", "bilateral").
    """
    if not ((cue.cue.lemma_ in _PLANNING and cue.kind in ("verb", "noun"))
            or (cue.kind == "modal" and cue.action.lemma_ not in _GIVING and _at_home(cue.action))):
        return False  # "Ghana will build 100 schools in the north" is the actor's own affair, like its plans
    subj = cue.actor or subject_of(cue.head)
    if (subj is None or not _is_actor(subj) or any(c.dep_ in ("conj", "appos") for c in subj.children)
            or _PAIR_WORDS.search(subj.doc[subj.left_edge.i:subj.i + 1].text)):
        return False  # no known actor ("there are plans to …"), or more than one
    if cue.action.lemma_ in _ENCOUNTER_VERBS or cue.action.pos_ != "VERB":
        return False
    own = {c.name for e in ents_in(subj.doc[subj.left_edge.i:subj.i + 1]) if (c := ctx.country_of(e.text))}
    for t in cue.action.subtree:
        lemma = t.lemma_.lower()
        if lemma in _BILATERAL_WORDS or lemma in DOCUMENT_AND_EVENT_NOUNS or t.ent_type_ == "PERSON":
            return False
        if t.ent_type_ in ("GPE", "NORP"):
            country = ctx.country_of(re.sub(r"['’]s?$", "", t.text))
            if country is None or country.name not in own:
                return False
    return True


def _third_body(ctx: Context, actor: str) -> bool:
    """Say whether the one who undertakes is a body of many states alone ("The IMF", "the World Bank"),
    no state beside it ("Ghana and the IMF" still binds Ghana)."""
    return INTERNATIONAL_BODY.search(actor) is not None and not any(
        ctx.country_of(part) is not None for part in re.split(r"\s*(?:,|\band\b)\s*", actor))


def _at_home(action: Token) -> bool:
    """Say whether an act is placed in the actor's own land ("in the north", "across the country",
    "nationwide", "in rural areas"), not named by another state."""
    for tok in action.subtree:
        if tok.lower_ in _NATIONWIDE:
            return True
        if (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "across", "throughout")
                and tok.lemma_.lower() in _HOME_PARTS and not any(t.ent_type_ for t in tok.subtree)):
            return True
    return False


# Acts that reach someone else wherever they are done ("will send doctors to clinics in the north").
_GIVING = frozenset({"send", "provide", "supply", "donate", "deploy", "give", "dispatch", "deliver", "export",
                     "extend", "offer", "lend", "transfer", "grant"})
_NATIONWIDE = frozenset({"nationwide", "countrywide", "domestically"})
_HOME_PARTS = frozenset({"north", "south", "east", "west", "country", "countryside", "region", "province",
                         "district", "area", "interior", "hinterland"})


def _shared_time(ctx: Context, sent: Span, cue: Cue, end: int) -> tuple[TimeExpr | None, int]:
    """Return the time that ends a coordinated action and the evidence end that takes it in.

    "agreed to restore relations and reopen their embassies by the end of May": one time at
    the end is both acts' (the second stays in the first's action, `_coordinated`).
    """
    conj = next((c for c in cue.action.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if conj is None or _own_clause(conj):
        return None, end  # "Peru will buy cocoa and Ghana will buy fish meal from next year": Ghana's time
    last = _before_dash(cue.action, conj.right_edge.i)
    _start, conj_end = char_bounds(sent, conj.i, last, conj.idx)
    found = [e for e in time_expressions(ctx, end, conj_end, future=True)
             if e.value is not None and not _LOOKS_BACK.search(ctx.text[max(end, e.start - 12):e.start])]
    return (found[-1], conj_end) if found else (None, end)


_TAKES_PLACE = re.compile(r"\s*(?:,?\s*and\s+(?:it|this|the\s+visit)\s+(?:\w+\s+){0,3}?|"
                          r"(?:\.\.\.|…)?\s*(?:will|would|might|may)\s+)"
                          r"(?:take\s+place|be\s+(?:held|paid|made)|happen)\s*", re.I)


def _before_dash(action: Token, last: int) -> int:
    """Return `last`, or the token before the first dash after the action (an aside follows)."""
    doc = action.doc
    for t in doc[action.i + 1:last + 1]:
        if t.text in ("—", "–", "--"):
            return max(action.i, t.i - 1)
    return last


# What a party may say it thinks will happen on a date: a plan it reports, not a hope.
_BELIEF_WORDS = frozenset({"think", "believe"})


def _standing_rule(ctx: Context, cue: Cue) -> bool:
    """Say whether a "shall" quotes a rule of a document in force: one of an earlier year or an article
    of one, named by "under …" or as the subject that provides it ("the 2001 agreement provides that the
    Parties shall …"); "Under the draft, the Parties shall …" is the new text's undertaking."""
    if cue.kind != "modal" or cue.cue.lower_ != "shall":
        return False
    refs = [c for c in cue.head.children if c.dep_ == "prep" and c.lower_ in ("under", "per")]
    head = cue.head
    while head.dep_ in ("ccomp", "conj") and head.head is not head:
        head = head.head
        refs += [c for c in head.children if c.dep_ == "nsubj" or (c.dep_ == "prep" and c.lower_ == "under")]
    return any(_old_document(ctx, ref) for ref in refs)


_PROVISION_NOUNS = frozenset({"article", "section", "clause", "paragraph", "chapter"})


def _old_document(ctx: Context, ref: Token) -> bool:
    """Say whether a phrase names a document of an earlier year or a numbered provision of one."""
    words = list(ref.subtree)
    if not any(t.lemma_.lower() in INSTRUMENT_NOUNS | _PROVISION_NOUNS for t in words):
        return False
    told = ctx.event_date or ctx.ref_date
    old_year = told is not None and any(
        t.text.isdigit() and len(t.text) == 4 and 1900 < int(t.text) < told.year for t in words)
    return old_year or any(t.lower_ in _PROVISION_NOUNS and t.i + 1 < len(t.doc) and t.nbor().like_num
                           for t in words)


def _before_event(ctx: Context, deadline: TimeExpr) -> bool:
    """Say whether a time lies before the article's event, a year too ("asked in 2019 to … by 2020");
    a time with no value counts as gone by."""
    ref = ctx.event_date or ctx.ref_date
    if deadline.value is None or ref is None:
        return deadline.value is None
    return deadline.value < ref.isoformat()[:len(deadline.value)]


def _dated_ahead(ctx: Context, deadline: TimeExpr | None) -> bool:
    """Say whether a time falls after the article's event: a day after it, its month or a later one."""
    ref = ctx.event_date or ctx.ref_date
    if deadline is None or deadline.value is None or ref is None or deadline.kind == "vague":
        return False
    told = ref.isoformat()[:len(deadline.value)]
    if len(deadline.value) == len("YYYY-MM"):
        return deadline.value >= told
    # a day read back from the report must be ahead too: "Xi and Lee attend the ceremony on Friday",
    # under a photograph, is the Friday gone by; "tomorrow", "next week" are ahead either way
    # (a day more than two weeks ahead reads back into last year: "meets on June 10" is this year's)
    back = time_expressions(ctx, deadline.start, deadline.end, future=False)
    day = back[0].value if back else None
    return deadline.value > told and day is not None and (
        day[:len(told)] > told or day[:4] < deadline.value[:4])


_DAY_SPAN = re.compile(r"^\D*?(\d{1,2})(?:st|nd|rd|th)?\b.*?(?:-|–|\bto\b|\buntil\b|\bthrough\b)", re.I)


def _begun(ctx: Context, span: TimeExpr) -> bool:
    """Say whether a span of days ("from March 10 to 12", "May 30 to June 2") began by the article's event."""
    ref = ctx.event_date or ctx.ref_date
    first = _DAY_SPAN.match(span.text)
    if ref is None or first is None or span.value is None or len(span.value) != len("YYYY-MM-DD"):
        return False
    last = date.fromisoformat(span.value)
    day = int(first.group(1))
    month = last.month if day <= last.day else last.month - 1 or 12  # "May 30 to June 2" began in May
    year = last.year if month <= last.month else last.year - 1
    try:
        return date(year, month, day) <= ref
    except ValueError:
        return False


def _believed_date(cue: Cue, opinion: Token) -> bool:
    """Say whether "I think X's visit will be paid in October" states a plan (if dated, checked later)."""
    return opinion.lemma_ in _BELIEF_WORDS and cue.kind in ("modal", "visit")


def _believed(cue: Cue) -> bool:
    return any(t.lemma_ in _BELIEF_WORDS for t in cue.action.ancestors)


def _needs_date(cue: Cue) -> bool:
    """Say whether a cue is only an undertaking when it is tied to a date.

    "will" with a subject that is no actor ("the rail line will connect … by the end of
    2026"), an active "expects X to …" and "aims to …" are forecasts or purposes unless dated.
    """
    if cue.kind == "verb" and cue.cue.lemma_ == "aim":
        # "aim to sign it before June" is a target set; "aims to boost trade" a purpose, "aim to raise
        # trade to $15 billion" a target again, by its figure
        return not to_a_figure(cue.action)
    if cue.kind == "verb" and cue.cue.lemma_ in ("expect", "schedule"):
        return not any(c.dep_ == "auxpass" for c in cue.cue.children)
    if cue.kind in ("state", "scheduled", "provision", "present") or (
            cue.kind in ("modal", "visit") and _believed(cue)):
        return True
    if cue.kind == "effect":
        # "so that it enters into force" is an aim, undertaken only with its date
        return not aux_lemmas(cue.action) & FUTURE_MODALS
    if cue.kind != "modal":
        return False
    if cue.cue.lower_ not in CHANCE_MODALS | {"can"} and _agreed_by_actor(cue.head):
        return False  # "the sides agreed that talks will continue on X", "… that the groups should meet"
    if cue.cue.lower_ in DUTY_MODALS and _owed_by_sides(cue.action):
        return False  # "Xi said both Indonesia and China should support each other": the sides' task
    if cue.cue.lower_ in DUTY_MODALS | CHANCE_MODALS | {"can"} or cue.cue.lemma_ in DUTY_VERBS:
        return True  # an aim ("so that it can enter into force") is undertaken only with its date
    subj = subject_of(cue.action) or subject_of(cue.head)  # "will be the first leader to visit …"
    if subj is None:
        return True
    if _is_actor(subj):
        return False
    if funds_moved(cue.action) or works_finished(cue.action) or envoy_posted(cue.action):
        return True  # "the first tranche will be disbursed by the end of the year", "the dam finished …"
    if done_to_act(cue.action) or _joint_work_goes_on(cue.action, subj) or on_agenda(cue.action):
        return False
    if subj.lower_ == "it" and cue.head.dep_ == "ccomp":
        return _speaking_body(cue.head) is None
    passive = any(c.dep_ == "auxpass" for c in cue.action.children)
    return not (passive and counted_thing(subj).lemma_.lower() in DOCUMENT_AND_EVENT_NOUNS)


def _agreed_by_actor(clause: Token) -> bool:
    """Say whether a clause is what a party agreed or decided ("Ghana and Peru agreed that discussions will
    continue on X", "they decided that the working groups should meet each year"): the party settled it,
    dated or not; "analysts agree that trade will grow" is no party's act."""
    subj = subject_of(clause.head) if agreed_to_be_done(clause) else None
    return subj is not None and any(_is_actor(t) for t in (subj, *subj.conjuncts))


def _owed_by_sides(verb: Token) -> bool:
    """Say whether what "should"/"must" be done is the two sides' own: its subject names the two states
    ("Kenya and India", "both Chile and Peru"); "the talks should …" or "Peru should …" (one side told
    by the other) is no joint task. "The two countries should …" is left out: it mostly restates an
    undertaking the article has told already."""
    subj = subject_of(verb)
    if subj is None or subj.dep_ != "nsubj":
        return False
    states = [t for t in (subj, *subj.conjuncts) if t.ent_type_ in ("GPE", "NORP")]
    return len(states) == 2 == len((subj, *subj.conjuncts))


def _joint_work_goes_on(verb: Token, subj: Token) -> bool:
    """Say whether the two sides' joint work is to go on ("cooperation in counter-terrorism will continue
    to deepen") or their named programme is to act: their undertaking, told without them; "trade will
    continue to grow" is a forecast."""
    return (subj.lemma_.lower() in _JOINT_WORK_NOUNS and verb.lemma_ in _GOING_ON) or _named_programme(subj)


_JOINT_WORK_NOUNS = frozenset({"cooperation", "co-operation", "collaboration", "coordination", "exchange"})
_GOING_ON = frozenset({"continue", "deepen", "intensify", "strengthen"})


def _talks_go_on(verb: Token) -> Token | None:
    """Return the talks a verb tells go on or start again with no one named ("discussions will continue on
    the trade deal"): what the sides do, told of the talks. Else None."""
    if verb.lemma_ not in _TALKS_GO_ON or any(c.dep_ in ("dobj", "auxpass", "xcomp") for c in verb.children):
        return None
    subj = subject_of(verb)
    return subj if subj is not None and subj.i < verb.i and subj.lemma_.lower() in _TALKING else None


_TALKS_GO_ON = frozenset({"continue", "resume"})
_TALKING = _TALK_NOUNS | TALKING_NOUNS | {"talk", "talks"}


def _named_programme(subj: Token) -> bool:
    """Say whether a subject is the sides' named joint programme or body ("The Partnership will accelerate
    clean energy deployment"): what it will do, they undertake; a forecast verb was turned away before."""
    return subj.pos_ == "PROPN" and subj.lemma_.lower() in _PROGRAMMES


_PROGRAMMES = STANDING_BODY_NOUNS | {"partnership", "initiative", "programme", "program", "framework",
                                     "alliance"}


def _speaking_body(clause: Token) -> Token | None:
    """Return the state or body that says what "it" will do ("the government has said it will …")."""
    if clause.dep_ != "ccomp":
        return None
    speaker = subject_of(clause.head)
    if speaker is None or not (speaker.ent_type_ in ("GPE", "ORG", "NORP")
                               or speaker.lemma_.lower() in _BODIES):
        return None
    return speaker


def _is_actor(tok: Token) -> bool:
    """Say whether a subject can undertake something: a person, state, body or party."""
    if tok.ent_type_ in ("PERSON", "GPE", "NORP", "ORG"):
        return True
    if tok.lemma_.lower() in ACTOR_NOUNS or tok.lower_ in ACTOR_NOUNS or _singular(tok) in ACTOR_NOUNS:
        return True
    if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_.rstrip(".") in _ADDRESS
                                   for c in tok.children):
        return True  # "Mr Srettha", a name the entity recogniser does not know
    if any(_office_of(tok, o) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
           for o in c.children if o.dep_ == "pobj"):
        return True  # "the Head of State will hold talks …": an office, as "the president" is
    # Only the words before the head count: "a policy that will put Sri Lanka first" is no actor.
    return any(t.ent_type_ in ("PERSON", "GPE", "NORP") for t in tok.subtree if t.i <= tok.i)


def _no_longer_for_others(verb: Token) -> bool:
    """Say whether a "will no longer" clause tells what changes for people a deal is about ("exporters
    will no longer pay duty twice", "citizens of both countries will no longer need visas"), not what a
    party stops doing: its subject is a bare plural (a class of people or firms, not "the two
    governments"), no person or body named before it."""
    if not any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in verb.children):
        return False
    subj = subject_of(verb)
    return subj is not None and subj.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod") for c in subj.children) and not any(
        t.ent_type_ in ("PERSON", "ORG") for t in subj.subtree if t.i <= subj.i)


def _singular(tok: Token) -> str:
    """Return a capitalised plural's singular, which the lemmatiser leaves as it is ("the Parties")."""
    word = tok.lower_
    if tok.tag_ != "NNPS":
        return word
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def _past_agreement(ctx: Context, cue: Cue) -> bool:
    """Say whether an "agreed in 2022 to …" reports an old decision (kept only if dated ahead);
    "agreed on Monday to …" is the report's own news."""
    if cue.cue.lemma_ not in ("agree", "decide", "pledge") and cue.cue.lemma_ not in BIDDING_VERBS:
        return False
    for c in cue.cue.children:
        if c.dep_ in ("npadvmod", "advmod") and c.lower_ in _PAST_ADVERBS and not _on_the_same_day(c):
            return True
        dated = (c.dep_ == "prep" and any(g.ent_type_ == "DATE" for g in c.subtree)) or (
            c.dep_ in ("npadvmod", "advmod") and c.ent_type_ == "DATE")
        if dated and not _of_the_reports_days(ctx, c):
            return True
    return False


def _on_the_same_day(adverb: Token) -> bool:
    """Say whether "earlier" or "later" is narrowed to the report's own day or week ("Earlier in the
    day, Peru agreed to …", "later in the week"): its news, where a bare "earlier" recalls background."""
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_ in ("day", "week")
        and any(d.lower_ in ("the", "this") for d in o.children) for o in p.children)
        for p in adverb.children)


def _of_the_reports_days(ctx: Context, tok: Token) -> bool:
    """Say whether a phrase dates something to the days just before the article's ("on Monday") or to
    its week or the one before ("last week", "earlier this week"): the report's own news."""
    if any(w.lemma_ == "week" and any(d.dep_ in ("det", "amod") and d.lower_ in _NEAR_WEEKS
                                      for d in w.children) for w in tok.subtree):
        return True
    ref = ctx.ref_date
    if ref is None:  # with no date for the report, a weekday told alone ("On Monday, …") is of its week
        told = [t for t in tok.subtree if t.ent_type_ == "DATE"]
        return bool(told) and all(is_weekday_name(t.text) for t in told)
    start, end = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    day = next((e.value for e in time_expressions(ctx, start, end, future=False)
                if e.value is not None and len(e.value) == len("YYYY-MM-DD")), None)
    return day is not None and 0 <= (ref - date.fromisoformat(day)).days <= _FROM_BEFORE_DAYS


def _deadline(ctx: Context, start: int, end: int, cue: Cue) -> TimeExpr | None:
    """Return the time expression that dates the action: the first after it, else before it."""
    said = _when_said(cue)
    exprs = [_anchored(ctx, cue.action.doc, e) for e in _when_planned(ctx, start, end, cue)
             if not e.text.lower().startswith(("since", "last", "earlier"))
             and not _LOOKS_BACK.search(ctx.text[max(start, e.start - 12):e.start])
             and not _counts_within(cue.action.doc, e)
             and not _span_of_thing(ctx, cue.action.doc, e)
             and not _in_past_relative(cue, e)
             and not _weekday_agreed(cue, e)
             and not (_gone_by(ctx, e) and _names_past_thing(cue.action.doc, e))
             and not any(a <= e.start < b for a, b in said)]
    if not exprs:
        return None
    anchor = cue.action.idx
    after = [e for e in exprs if e.start >= anchor]
    # one before the act that is gone by tells when it was said ("In October 2023, the two sides
    # reaffirmed their commitment to …"), not when it is due
    before = [e for e in exprs if not _gone_by(ctx, e)]
    if not after and not before:
        return None
    found = after[0] if after else before[-1]
    fronted = [e for e in before if e.start < anchor]
    if fronted and all(_in_other_act(cue, e) for e in after):
        # "On Tuesday, Lee will meet Zhao before flying to Shanghai later in the day": the time
        # after the act is the flight's; the one the sentence opens with is the meeting's
        found = fronted[-1]
    agreed = _agreed_on(ctx, cue)
    if agreed is not None and found.kind == "deadline" and _DURATION.fullmatch(found.text):
        # "had agreed in December to open a consulate within six months": six months from December
        day, told = agreed
        again = find_time_expressions(found.text, day, future=True)
        if again and again[0].value is not None:
            found = replace(found, value=again[0].value[:len(told)] if len(told) < 10 else again[0].value)
    elif agreed is not None and found.start > cue.action.idx and not _YEAR.search(found.text):
        # "Last year Peru ordered its officials to prepare a plan by July": the July after the order
        again = find_time_expressions(found.text, agreed[0], future=True)
        if again and again[0].value is not None and len(again[0].value) >= len("YYYY-MM"):
            found = replace(found, value=again[0].value)
    return found


_YEAR = re.compile(r"\b\d{4}\b")
_RANGE_OPENED = re.compile(r"\b\d{4}\s*[-–—/]\s*$")  # "2021-" before the year a range ends with


def _span_of_thing(ctx: Context, doc: Doc, expr: TimeExpr) -> bool:
    """Say whether a year ends the span of years a thing covers ("a memorandum for 2021-2023", "the
    2024–2026 work plan"): the thing's period, no day it is due by."""
    if not _RANGE_OPENED.search(ctx.text[max(0, expr.start - 8):expr.start]):
        return False
    tok = token_at(doc, expr.start)
    up = tok.head if tok is not None else None
    while up is not None and up.pos_ in ("NUM", "ADP", "PUNCT", "SYM") and up.head.i != up.i:
        up = up.head
    return up is not None and up.pos_ in ("NOUN", "PROPN")


def _names_past_thing(doc: Doc, expr: TimeExpr) -> bool:
    """Say whether a time gone by names a thing as a modifier of its noun ("the work plans from the March
    2018 commission", "the July 2022 senior officials' meeting"): the thing's day, not the act's."""
    tok = token_at(doc, expr.start)
    return (tok is not None and tok.dep_ in ("nmod", "compound", "amod")
            and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i
            and tok.head.ent_type_ not in TIME_ENTS)


def _day_of_grant(cue: Cue, expr: TimeExpr) -> bool:
    """Say whether a time dates the granting told in the past ("extended a $300 million credit line to Kenya
    on Monday"), not the funds ("a grant to be disbursed by June")."""
    if cue.cue.lemma_ not in GRANTING_VERBS or cue.cue.tag_ != "VBD" or cue.action.i == cue.cue.i:
        return False
    tok = token_at(cue.action.doc, expr.start)
    return tok is not None and cue.action not in (tok, *tok.ancestors)


def _in_other_act(cue: Cue, expr: TimeExpr) -> bool:
    """Say whether a time dates another act told in a clause of its own ("before flying to Shanghai
    later in the day", "after the ministers return next week")."""
    return any(clause.pos_ == "VERB" and clause.dep_ in ("pcomp", "advcl") and (
        clause.head.lower_ in _OTHER_ACT_LINKS
        or any(c.dep_ == "mark" and c.lower_ in _OTHER_ACT_LINKS for c in clause.children))
        and not runs_out(clause) for clause in _clauses_below_act(cue, expr))


def _clauses_below_act(cue: Cue, expr: TimeExpr) -> Iterator[Token]:
    """Yield a time's word and the words above it, up to the promised act or its cue (not included)."""
    tok = token_at(cue.action.doc, expr.start)
    for clause in (tok, *tok.ancestors) if tok is not None else ():
        if clause.i in (cue.action.i, cue.cue.i):
            return
        yield clause


# Words that join another act to a promise: "before flying on", "after they return", "while in Lima".
_OTHER_ACT_LINKS = frozenset({"before", "after", "while", "when", "until"})


def _in_past_relative(cue: Cue, expr: TimeExpr) -> bool:
    """Say whether a time dates a past relative clause on a noun, not the act ("the commission, which
    last met in 2011, will meet in May"), or a bare participle telling a document's signing ("to ratify the
    agreement, signed today by the ministers, at the earliest date")."""
    return any((clause.dep_ == "relcl" and (clause.tag_ == "VBD" or (
        clause.tag_ == "VBN" and aux_lemmas(clause) & _BEHIND))) or _signing_participle(clause, expr)
        for clause in _clauses_below_act(cue, expr))


def _signing_participle(clause: Token, expr: TimeExpr) -> bool:
    """Say whether a time is within a bare past participle of signing set off after a noun ("the MoU, signed
    on Monday"), not one still ahead ("the MoU to be signed in May") nor past the comma that closes it
    ("…, signed today by the ministers, by the end of June")."""
    if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.lemma_.lower() not in SIGNING_ACTS \
            or any(c.dep_ in ("aux", "auxpass") for c in clause.children) \
            or clause.i == 0 or clause.doc[clause.i - 1].text != ",":
        return False  # "to get the protocol signed by March": the act itself
    return not any(t.text == "," and clause.idx < t.idx < expr.start for t in clause.subtree)


# "which was signed in 2018", "that had expired"; not "which will be held in May" nor a participle
# ("the conference scheduled for April")
_BEHIND = frozenset({"was", "were", "has", "have", "had"})


_FROM_BEFORE_DAYS = 7  # a promise made this many days before its article counts from the article's day
_NEAR_WEEKS = frozenset({"this", "last", "past"})  # "last week", "this week": the report's own days


def _agreed_on(ctx: Context, cue: Cue) -> tuple[date, str] | None:
    """Return when a promise told in the past was made ("had agreed in December to …"): its first day
    and the date as told ("2026-12"), else None."""
    verb = cue.head
    if verb.tag_ not in ("VBD", "VBN") or verb.i >= cue.action.i:
        return None
    for prep in verb.children:
        if prep.i > cue.action.i:
            continue
        obj: Token | None = None
        if prep.dep_ in ("npadvmod", "advmod") and prep.ent_type_ == "DATE":
            obj = prep  # "Last year Peru ordered its officials to …"
        elif prep.dep_ == "prep" and prep.lower_ in ("in", "on"):
            obj = next((c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "DATE"), None)
        else:
            continue
        if obj is None or _of_the_reports_days(ctx, prep):
            continue  # "Last week Peru agreed to …": the report's own news counts from its day
        end = obj.right_edge.idx + len(obj.right_edge.text)
        told = [e.value for e in time_expressions(ctx, prep.left_edge.idx, end, future=False)
                if e.value and re.fullmatch(r"\d{4}(?:-\d\d){0,2}", e.value)]
        if not told:
            continue
        first = date.fromisoformat((told[0] + "-01-01")[:10])  # the first day of the month or year told
        if ctx.ref_date is not None and (ctx.ref_date - first).days > _FROM_BEFORE_DAYS:
            return first, told[0]
    return None


def _when_said(cue: Cue) -> list[tuple[int, int]]:
    """Return the character spans that date the undertaking's own verb before its act ("agreed on
    Monday to …", "On Monday the two sides pledged to …"): when it was said, not when it is due."""
    verb = cue.cue
    if verb.pos_ != "VERB" or verb.i == cue.action.i or verb.lemma_ in _DATES_ITS_ACT:
        return []
    return [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in _said_dates(verb)
            if c.i < cue.action.i and not c.left_edge.i <= cue.action.i <= c.right_edge.i]


def _said_dates(verb: Token) -> list[Token]:
    """Return the phrases that may date a verb of saying or agreeing: its own, and a phrase between its
    subject and it that the parser hung on the subject ("Ghana and Peru on Monday (5/5) agreed to …")."""
    own = [c for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod")]
    hung = [c for s in verb.children if s.dep_ == "nsubj" for c in s.children
            if c.dep_ == "prep" and c.i > s.i and c.right_edge.i < verb.i]
    return own + hung


# Verbs whose own date is the act's ("On Wednesday, Lula is scheduled to meet Biden").
_DATES_ITS_ACT = frozenset({"schedule", "expect", "plan", "intend", "aim", "set", "slate", "prepare",
                            "arrange", "organise", "organize"})


def _weekday_agreed(cue: Cue, expr: TimeExpr) -> bool:
    """Say whether a bare weekday after the act dates a past undertaking, not its act: "Ghana and Peru
    agreed to prepare a treaty on Thursday" tells when they agreed, as "agreed on Thursday to …" does; a
    day ahead is told with "will" or "next Thursday"."""
    verb, words = cue.cue, expr.text.lower().split()
    if (verb.pos_ != "VERB" or verb.i == cue.action.i or verb.lemma_ in _DATES_ITS_ACT
            or expr.start < cue.action.idx or not is_weekday_name(words[-1])
            or words[:-1] not in ([], ["on"])):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


def _gone_by(ctx: Context, expr: TimeExpr) -> bool:
    """Say whether a time's day is before the article's, or its month before the article's month."""
    ref = ctx.ref_date
    if ref is None or expr.value is None or len(expr.value) < len("YYYY-MM"):
        return False
    return expr.value < ref.isoformat()[:len(expr.value)]


def _after_done_step(ctx: Context, sent: Span, start: int, end: int) -> TimeExpr | None:
    """Return the day a stretch counted from a step the report tells done ends ("will enter into force
    thirty days after the exchange of the instruments", the exchange told done that Thursday); a step
    still ahead ("after the last notification") gives no day."""
    for after in sent:
        if not start <= after.idx < end or after.lower_ != "after" or after.dep_ != "prep":
            continue
        # the stretch hangs on "after" or, beside it, on the verb ("enter into force thirty days after")
        span = sent.doc[after.i - 1] if after.i > sent.start else None
        if span is None or span.lemma_.lower() not in _COUNTED_UNITS:
            continue
        step = next((c for c in after.children if c.dep_ == "pobj"), None)
        number = next((c for c in span.children if c.dep_ == "nummod"), None)
        if number is None or step is None or step.lemma_.lower() not in COUNTED_STEPS:
            continue
        day = _step_done_on(ctx, sent, COUNTED_STEPS[step.lemma_.lower()], _named_words(span))
        # the whole count ("forty-five": the parse hangs "forty" and the hyphen on "five")
        first = number.left_edge
        count = ctx.text[first.idx:number.idx + len(number.text)]
        due = day_after(day, count, span.lemma_) if day is not None else None
        if due is None:
            return None
        stop = step.right_edge.idx + len(step.right_edge.text)
        return TimeExpr(first.idx, stop, ctx.text[first.idx:stop], due.isoformat(), "deadline", True)
    return None


_COUNTED_UNITS = frozenset({"day", "week", "month"})


def _step_done_on(ctx: Context, sent: Span, verb: str, named: frozenset[str] = frozenset()) -> date | None:
    """Return the day a report tells a step done by its verb, in a sentence up to this one ("exchanged
    instruments of ratification in Tbilisi on Thursday"): that sentence's day, else the report's. Of
    several such steps the first counts, unless a later one is done to a thing named like the stretch's
    subject ("signed an MoU on Monday … signed a loan agreement on Thursday. The loan agreement will enter
    into force thirty days after the signing" counts from Thursday), whose own clause's day counts first."""
    best: tuple[int, Token, Span] | None = None
    for told in ctx.sentences:
        if told.start > sent.start:
            break
        for done in told:
            if not (done.lemma_.lower() == verb and done.tag_ in ("VBD", "VBN")
                    and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in done.children)):
                continue
            shared = len(named & _done_to(done))
            if best is None or shared > best[0]:
                best = (shared, done, told)
            if not named:
                break
    if best is None:
        return None
    _shared, done, told = best
    conj = next((c.left_edge.idx for c in done.children if c.dep_ == "conj"), None)
    own = (done.left_edge.idx, conj if conj is not None else done.right_edge.idx + len(done.right_edge.text))
    days = [e for e in time_expressions(ctx, told.start_char, told.end_char, future=False)
            if e.value is not None and len(e.value) == 10]
    day = next((e.value for e in days if own[0] <= e.start < own[1]), days[0].value if days else None)
    return date.fromisoformat(day) if day else ctx.ref_date


_NAMING_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def _named_words(stretch: Token) -> frozenset[str]:
    """The naming words of the subject of the clause a counted stretch hangs on ("The loan agreement
    will enter into force thirty days after …": loan, agreement)."""
    for head in stretch.ancestors:
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return frozenset(t.lemma_.lower() for t in subject.subtree if t.pos_ in _NAMING_POS)
    return frozenset()


def _done_to(verb: Token) -> frozenset[str]:
    """The naming words of what a step's verb was done to: its object, or its subject in the passive."""
    return frozenset(t.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                     for t in c.subtree if t.pos_ in _NAMING_POS)


def _event_time(ctx: Context, cue: Cue, start: int, end: int) -> TimeExpr | None:
    """Return a time told by an event the act is tied to ("before the next session of the commission",
    "ahead of the summit", "on the occasion of the state visit"): its words, with no date.
    """
    doc = cue.action.doc
    # on the act, its object ("sign the pact at the summit") or the cue's clause ("during his trip
    # is slated to meet …")
    holders = {cue.action.i}
    if cue.kind in ("modal", "adj"):  # "agreed at the dialogue in Paris" is when it was agreed
        holders |= {cue.cue.i, cue.head.i}
    for t in doc[cue.head.left_edge.i:]:
        if t.idx >= end:
            break
        if t.idx < start or t.dep_ != "prep" or t.lower_ not in _EVENT_BOUNDS:
            continue
        lead = t.head if t.lower_ in ("of", "to") else t  # "ahead of", "prior to"
        event = _bound_event(t)
        if event is None or not (lead.head.i in holders
                                 or (lead.head.dep_ == "dobj" and lead.head.head.i == cue.action.i)):
            continue
        last = next((w.i - 1 for w in doc[event.i:event.right_edge.i + 1] if w.is_punct), event.right_edge.i)
        stop = min(doc[last].idx + len(doc[last].text), end)
        return TimeExpr(lead.idx, stop, ctx.text[lead.idx:stop], None, "vague", True)
    return None


def _dated_event(ctx: Context, cue: Cue) -> tuple[TimeExpr, int] | None:
    """Return the time of an event the act is tied to, told in a clause of the event's own, and the end
    of that clause: "report back at the next meeting of the commission, which Accra will host in June",
    "sign it during the summit scheduled for May". A past clause ("which met in 2019") dates nothing."""
    # on the act or its object ("present the road map at the forum, which opens in May")
    holders = [cue.action, *(c for c in cue.action.children if c.dep_ == "dobj")]
    # or on the means it is done by ("elevate ties by signing a pact during the visit, which begins …")
    means = [g for c in cue.action.children if c.dep_ == "prep" and c.lower_ == "by"
             for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    holders += [*means, *(c for g in means for c in g.children if c.dep_ == "dobj")]
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in _EVENT_BOUNDS):
        event = _bound_event(prep)
        if event is None:
            continue
        for clause in event.subtree:
            if not (clause.dep_ in ("relcl", "acl") and clause.i > event.i and _ahead_clause(clause)):
                continue
            last = clause.right_edge
            found = [e for e in time_expressions(ctx, clause.idx, last.idx + len(last.text), future=True)
                     if e.value is not None and e.kind != "vague"]
            if found and (clause.dep_ != "relcl" or _dated_ahead(ctx, found[0]) or looks_ahead(clause)
                          or _event_runs(clause)):
                return found[0], found[0].end
    return None


def _event_runs(clause: Token) -> bool:
    """Say whether a present clause on the event an act is tied to tells when the event runs ("sign it
    during the visit, which starts on Monday", "at the summit, which opens on Thursday"): the event's
    days, ahead with the act, a weekday too, as does its host ("the summit, which Peru hosts on Thursday");
    "which began on Monday" and "which he attends" tell no plan."""
    return clause.tag_ in ("VBZ", "VBP") and (clause.lemma_ in EVENT_VERBS or clause.lemma_ in HOSTING_VERBS)


def _ahead_clause(verb: Token) -> bool:
    """Say whether a clause on an event tells it ahead: a modal, "to", a present tense or "scheduled"."""
    if verb.tag_ == "VBN":
        return verb.lower_ in SCHEDULED or bool(aux_lemmas(verb) & FUTURE_MODALS)
    return looks_ahead(verb) or verb.tag_ in ("VBZ", "VBP")


# Prepositions that tie an act to an event's time ("before", "ahead of", "prior to", "on the occasion of").
_EVENT_BOUNDS = frozenset({"before", "during", "until", "of", "to", "at", "on"})
# Nouns that stand for an event's time ("on the occasion of", "on the sidelines of", "in time for").
_OCCASIONS = frozenset({"occasion", "sideline", "sidelines", "margin", "margins"})


def _bound_event(prep: Token) -> Token | None:
    """Return the event noun a time preposition governs ("before the next session"), else None.

    "of" and "to" count only after "ahead" and "prior"; "at"/"on" only with an event or an occasion.
    """
    if prep.lower_ in ("of", "to") and prep.head.lower_ not in ("ahead", "prior"):
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    if obj.lemma_.lower() in _OCCASIONS:
        obj = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), None)
        if obj is None:
            return None
    # one event, told as such ("the summit", "his visit"); "at multilateral forums" is a venue, and "at
    # the recent dialogue", "at last month's summit" are gone by
    if obj.lemma_.lower() not in EVENT_NOUNS or not any(c.dep_ in ("det", "poss") for c in obj.children):
        return None
    if any(t.lower_ in _GONE_BY for t in obj.subtree if t.i < obj.i):
        return None
    return obj


_GONE_BY = frozenset({"recent", "last", "previous", "past", "earlier", "former"})


def _anchored(ctx: Context, doc: Doc, expr: TimeExpr) -> TimeExpr:
    """Return a period counted from an event with the event in its words ("within six months of signing").

    Counted from a signing (told as done), it ends that long after the article's day; counted
    from an event still ahead ("of its first meeting") it has no date yet: the words are kept.
    """
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None or span.end >= len(doc) or not _DURATION.fullmatch(expr.text):
        return expr
    link = doc[span.end]
    event = next((c for c in link.children if c.dep_ in ("pobj", "pcomp")), None)
    if link.lower_ not in ("of", "after", "following") or event is None:
        return expr
    end = event.right_edge.idx + len(event.right_edge.text)
    signed = any(t.lemma_.lower() in ("sign", "signing", "signature") for t in event.subtree)
    return replace(expr, end=end, text=ctx.text[expr.start:end],
                   value=expr.value if signed else None, kind=expr.kind if signed else "vague")


_DURATION = re.compile(r"(?i)(?:in|within)\s+(?:a|an|\d+|[a-z]+)\s+(?:days?|weeks?|months?|years?|decades?)")


def _counts_within(doc: Doc, expr: TimeExpr) -> bool:
    """Say whether a time is the period an ordinal counts in ("his second visit in six months")."""
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None or not _DURATION.fullmatch(expr.text):
        return False
    head = span[0].head  # the counted noun, or the verb whose object it is ("make his second visit in …")
    counted = [head, *(c for c in head.children if c.dep_ == "dobj")]
    # one's own n-th act counts a series ("his second visit"); "the first round in two weeks" is ahead,
    # and so is one's own first "within" a time ("its first meeting within three months")
    within = expr.text.lower().startswith("within")
    return any(any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ == "first")
                   and not (within and c.lower_ in ("first", "1st")) for c in n.children)
               and any(c.dep_ == "poss" for c in n.children) for n in counted)


def _when_planned(ctx: Context, start: int, end: int, cue: Cue) -> list[TimeExpr]:
    """Return the times of a promise's words, read ahead; a month of a plan told in the past, the nearer.

    "was scheduled to visit Türkiye in July", told in September, is the July gone by; "the summit
    was scheduled for May but has been postponed", told in March, the May ahead; "was scheduled to
    return later on Tuesday" is still ahead.
    """
    ahead = time_expressions(ctx, start, end, future=True)
    if not _was_planned(cue):
        return ahead
    behind = {e.start: e for e in time_expressions(ctx, start, end, future=False)
              if e.value is not None and len(e.value) == 7}
    return [behind[e.start] if e.value is not None and len(e.value) == 7 and e.start in behind
            and not _nearer(ctx, e.value, behind[e.start].value) else e for e in ahead]


def _nearer(ctx: Context, month: str, other: str | None) -> bool:
    """Say whether a month (YYYY-MM) lies nearer the article's day than another does."""
    ref = ctx.ref_date
    if ref is None or other is None:
        return False
    def gap(value: str) -> int:
        return abs(int(value[:4]) * 12 + int(value[5:7]) - (ref.year * 12 + ref.month))
    return gap(month) < gap(other)


def _was_planned(cue: Cue) -> bool:
    """Say whether a plan is told in the past ("was scheduled to visit in July", "had been due to")."""
    word = cue.cue
    if word.lemma_ not in ("schedule", "suppose", "plan", "set", "expect", "due"):
        return False
    # "due" is told by its copula ("who was due to", "had been due to"), a participle by the verb of
    # the noun it qualifies ("a visit planned for February was postponed")
    if word.dep_ == "acomp":
        tensed = [word, word.head]
    elif word.dep_ == "acl" and word.tag_ == "VBN":
        tensed = [word.head.head]
    else:
        tensed = [word]
    return any(t.lower_ in ("was", "were") or (t is not word and t.tag_ == "VBD") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in t.children)
        for t in tensed)


def _actor(ctx: Context, cue: Cue) -> str | None:
    """Return who commits: a person, a state, "A and B" for both sides, or the subject's words."""
    if cue.kind == "item":
        # a fact sheet's bullet is the two sides' (a heading above it is no subject)
        return _pair(ctx, cue.cue.idx, passage=False)
    tok = cue.actor
    owned = cue.kind in ("noun", "visit") or (cue.kind == "scheduled" and cue.action.pos_ == "NOUN")
    if tok is None and owned:
        # "Ghana reiterated its support": "its" is the subject's, read below; "the president's
        # visit, planned for May": the visitor
        owner = cue.action if cue.kind == "scheduled" else cue.cue
        tok = next((c for c in owner.children if c.dep_ == "poss" and c.tag_ != "PRP$"), None) or next(
            (g for c in owner.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"), None)
        if tok is None and cue.cue.lemma_ in SUPPORT_NOUNS:  # "got Chinese backing for …": China backs
            tok = next((c for c in cue.cue.children
                        if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")), None)
    if tok is None:
        tok = subject_of(cue.head) or _guest_after_invitation(cue.head)
    if cue.kind == "accept" and tok is not None and tok.lower_ in ("he", "she"):
        tok = _invitee_before(tok) or tok  # "X invited Y to visit Z, and she accepted": Y accepts
    if tok is not None and tok.dep_ == "nsubjpass" and (
            tok.lower_ == "it" or tok.lemma_.lower() in TARGET_NOUNS):
        # "it was agreed to set up a hotline", "tasks have been set to double trade": no one but the sides
        return _pair(ctx, cue.cue.idx)
    if tok is not None and tok.dep_ == "nsubjpass" and tok.i == cue.cue.i:
        # "an agreement was reached (by the two ministers) to adopt a plan": who reached it, else the sides
        agent = next((g for c in tok.head.children if c.dep_ == "agent" for g in c.children
                      if g.dep_ == "pobj" and _is_actor(g)), None)
        return _name_of(ctx, agent) if agent is not None else _pair(ctx, cue.cue.idx)
    if tok is not None and takes_effect(cue.action) and (
            tok.lower_ == "it" or tok.lemma_.lower() in INSTRUMENT_NOUNS or not _is_actor(tok)):
        return _pair(ctx, cue.cue.idx)  # "so that it enters into force on 1 May": the parties' document
    if tok is not None and (tok.lower_ == "it" or _thing_in_a_state(cue, tok)):
        # "the government said it will …", "the two countries say construction will be complete by 2027"
        tok = _speaking_body(cue.head) or tok
    if tok is not None and not _is_actor(tok) and _agreed_by_actor(cue.head):
        tok = subject_of(cue.head.head)  # "the sides agreed that talks will continue on X": the sides'
    if tok is None:
        return _pair(ctx, cue.cue.idx)
    if cue.kind == "present" and tok.lemma_.lower() in STANDING_BODY_NOUNS:
        return _pair(ctx, cue.cue.idx)  # "the joint commission meets in June": the two sides' body
    # "the signing will take place in May": the sides' event
    happening = _takes_place(cue.action) and tok.lemma_.lower() in HAPPENING_NOUNS
    thing = counted_thing(tok).lemma_.lower()  # "a number of agreements will be signed": agreements
    if cue.kind in ("modal", "verb", "present", "adj") and (thing in DOCUMENT_AND_EVENT_NOUNS
                                          or happening
                                          or _joint_work_goes_on(cue.action, tok) or on_agenda(cue.action)
                                          or opens_itself(cue.action) is not None):
        return _pair(ctx, cue.cue.idx)
    decided = passive_subject(cue.head) if cue.kind == "verb" else None
    if (cue.kind == "modal" and done_to_act(cue.action)) or (
            decided is not None and decided.i == cue.action.i):
        # "support … will be strengthened", "the transfer of … has been decided (by the ministers)"
        agent = next((g for c in cue.head.children if c.dep_ == "agent" for g in c.children
                      if g.dep_ == "pobj" and g.ent_type_ not in TIME_ENTS
                      and g.lemma_.lower() not in _TIME_NOUNS), None)  # "by June" is no agent
        return _name_of(ctx, agent) if agent is not None else _pair(ctx, cue.cue.idx)
    antecedent = _owner_before(tok)
    return _name_of(ctx, antecedent if antecedent is not None else tok)


def _guest_after_invitation(verb: Token) -> Token | None:
    """Return the guest of a fronted invitation the parser joined to the host ("At the invitation of
    Premier A, B, prime minister of X, will visit …": B, taken for A's conjunct), else None."""
    host = next((o for p in verb.children if p.dep_ == "prep" and p.i < verb.i and p.lower_ == "at"
                 for n in p.children if n.dep_ == "pobj" and n.lemma_.lower() == "invitation"
                 for q in n.children if q.dep_ == "prep" and q.lower_ == "of"
                 for o in q.children if o.dep_ == "pobj"), None)
    if host is None:
        return None
    return next((c for c in host.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"
                 and not any(g.dep_ == "cc" for g in host.children)), None)


def _thing_in_a_state(cue: Cue, subj: Token) -> bool:
    """Say whether a promise tells a thing's coming state ("construction will be complete", "the pipeline
    would be operational"): no doer is named, so whoever says so undertakes it."""
    return (cue.action.lemma_ == "be" and subj.pos_ == "NOUN" and not _is_actor(subj)
            and subj.lemma_.lower() not in DOCUMENT_AND_EVENT_NOUNS)


def _owner_before(subj: Token) -> Token | None:
    """Return whom "its"/"their" points back to in the subject of a joined clause: the subject of the clause
    before ("Argentina will send a delegation …, and its farm minister will travel to Lima": Argentina)."""
    verb = subj.head
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children) or verb.dep_ not in (
            "conj", "advcl") or verb.head.i > verb.i:
        return None
    owner = subject_of(verb.head)
    return owner if owner is not None and _is_actor(owner) and owner.i < subj.i else None


def _invitee_before(pronoun: Token) -> Token | None:
    """Return the one invited earlier in the pronoun's sentence ("invited Y to visit …"), else None."""
    return next((c for t in reversed(pronoun.doc[pronoun.sent.start:pronoun.i])
                 if t.lemma_ == "invite" and t.pos_ == "VERB"
                 for c in t.children if c.dep_ == "dobj"), None)


def _name_of(ctx: Context, tok: Token) -> str | None:
    """Return the name of the actor a subject token denotes (person, state, pair or words)."""
    doc = tok.doc
    # The words up to the head and its close modifiers, not a clause hanging on it.
    right = max([tok.i] + [t.i for c in tok.rights if c.dep_ in ("compound", "appos", "flat", "cc", "conj")
                           for t in c.subtree])
    right = max([right] + [t.i for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"
                           for o in c.children if o.dep_ == "pobj" and _office_of(tok, o) for t in c.subtree])
    phrase = doc[tok.left_edge.i:right + 1]
    if (seat := _seat_of_side(ctx, phrase)) is not None:
        return seat.name  # "Accra will send …", even where the tagger took the city for a person
    titled = titled_holder(ctx, phrase, at=tok.idx)
    if titled is not None:
        return titled
    if _with_unnamed_counterpart(tok) and (pair := _pair(ctx, tok.idx)) is not None:
        return pair  # "Prime Minister Oli and his Chinese counterpart": both sides, one named by office
    people = [(e.start, canonical_person(ctx, e.text)) for e in ents_in(phrase)
              if e.label_ == "PERSON" and plausible_name(e.text)]
    if people:
        # "President Ruto and President Mahama": a name the tagger missed, known to the people stage
        people += _known_untagged(ctx, phrase, {name for _, name in people})
        return " and ".join(dict.fromkeys(name for _, name in sorted(people)))
    if _two_states_described(tok) and (pair := _pair(ctx, tok.idx)) is not None:
        return pair  # "the two Arab countries", "both Andean nations": the pair, not the adjective
    if names_firms(tok):
        # "Czech companies would take part in building …": the firms undertake it, not their state
        return " ".join(phrase.text.split()[:8])
    # a state the tagger took for an organisation ("the UAE and Ghana") is a state all the same
    states = [e for e in ents_in(phrase)
              if e.label_ in ("GPE", "NORP") or (e.label_ == "ORG" and ctx.country_of(e.text) is not None)]
    if states:
        named = [(e.start, c.name if (c := ctx.country_of(s) or _seat_of_side(ctx, e)) else s)
                 for e in states for s in [re.sub(r"['’]s?$", "", e.text)]]
        named += _untagged_states(ctx, tok)
        return " and ".join(dict.fromkeys(name for _, name in sorted(named)))
    text = phrase.text.strip()
    country = ctx.country_of(re.sub(r"['’]s?$", "", text))
    if country is not None:
        return country.name
    if tok.lower_ == "they":
        return _pair(ctx, tok.idx, pronoun=True) or text
    if _PAIR_WORDS.search(text) or tok.lower_ == "we" or _sides_people(tok):
        return _pair(ctx, tok.idx) or text
    if tok.lower_ in ("their", "our", "us"):
        return _pair(ctx, tok.idx) or text
    if tok.lower_ in ("i", "my") and (speaker := quoted_speaker(tok)) is not None:
        return _name_of(ctx, speaker)  # '"I assured the leader that …," Mahama said'
    if tok.lower_ in ("i", "my") and (labelled := ctx.speaker_at(tok.idx)) is not None:
        return labelled  # "Ms PRICE (14:25): … I will travel to Nadi": the one the label names
    if tok.lower_ in ("he", "she", "i", "his", "her", "my"):
        return previous_person(ctx, tok.idx) or text
    if right > tok.i + 1 and _office_of(tok, doc[right]) and doc[tok.left_edge.i].lower_ in ("the", "head"):
        return previous_person(ctx, tok.idx) or text  # "The Head of State will …": the leader named before
    words = text.split()
    return " ".join(words[:8]) if words else None


def _office_of(head: Token, of: Token) -> bool:
    """Say whether "of" ends the name of an office ("the Head of State", "the head of government")."""
    return head.lemma_.lower() == "head" and of.lemma_.lower() in ("state", "government") and not list(
        of.children)


def _untagged_states(ctx: Context, tok: Token) -> list[tuple[int, str]]:
    """Return (start index, state name) for the conjuncts of a subject that name a state the tagger left
    untagged ("Viet Nam and Japan" with "Viet Nam" no entity): each side of the pair is named."""
    found = []
    for conj in (tok, *tok.conjuncts):
        if conj.ent_iob_ != "O" or conj.pos_ != "PROPN":
            continue
        start = min([c.i for c in conj.lefts if c.dep_ == "compound" and c.ent_iob_ == "O"] + [conj.i])
        if (state := ctx.country_of(tok.doc[start:conj.i + 1].text)) is not None:
            found.append((start, state.name))
    return found


def _with_unnamed_counterpart(tok: Token) -> bool:
    """Say whether a subject joins a party with "his/her counterpart" left unnamed ("Oli and his Chinese
    counterpart", "the minister and her counterpart from Peru"): the two sides act together."""
    return any(c.dep_ == "conj" and c.lemma_.lower() == "counterpart"
               and not any(t.ent_type_ == "PERSON" for t in c.subtree) for c in tok.children)


_STATE_PLURALS = frozenset({"countries", "nations", "states", "neighbours", "neighbors", "governments"})


def _two_states_described(tok: Token) -> bool:
    """Say whether a subject is the two states told by a word of region or people ("the two Gulf
    neighbours", "both Arab nations"): a count of two (or "both") on a plural of states."""
    return tok.lower_ in _STATE_PLURALS and any(
        c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in tok.children)


def _seat_of_side(ctx: Context, name: Span) -> Country | None:
    """Return the side of the article's pair whose capital a subject names ("Lima will host …": Peru), the
    capital standing alone for its state; not "Lima's mayor", nor the capital of a state outside the pair."""
    if name.root.dep_ in ("poss", "compound") or name[-1].tag_ == "POS" or name.root.pos_ != "PROPN":
        return None
    state = gazetteer().by_capital(name.text)
    return state if state is not None and state.name in ctx.pair else None


def _sides_people(tok: Token) -> bool:
    """Say whether a subject is both sides' people ("Ministers …", bare; "officials from both sides")."""
    # a capitalised plural may be tagged a proper noun and keep its "s" ("Ministers agreed …")
    if tok.lower_ not in {w + "s" for w in _SIDES_PEOPLE} or tok.tag_ not in ("NNS", "NNPS", "NNP"):
        return False
    if any(_PAIR_WORDS.search(span_text(tok.doc[g.left_edge.i:g.i + 1])) for c in tok.children
           if c.dep_ == "prep" and c.lower_ in ("from", "of", "on") for g in c.children if g.dep_ == "pobj"):
        return True
    return not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod", "prep") for c in tok.children)


_SAYING = frozenset({"say", "tell", "add", "state", "declare", "write", "note"})


def quoted_speaker(tok: Token) -> Token | None:
    """Return who says the quoted words "I" stands in ('"I will …," the president said'), else None."""
    for verb in tok.ancestors:
        if verb.lemma_ in _SAYING:
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("i", "we")), None)
            if subj is not None:
                return subj if _is_actor(subj) else None
    return None


def _known_untagged(ctx: Context, phrase: Span, found: set[str]) -> list[tuple[int, str]]:
    """Return the people the people stage knows whose surname stands, untagged, in a phrase of named
    actors, with where it stands ("President Ruto and President Mahama", "Ruto" left out by the tagger)."""
    known = []
    for person in ctx.people:
        surname = re.split(r"[\s-]+", person.name)[-1]  # "Akufo-Addo": the tokenizer's "Addo"
        at = next((t.i for t in phrase if t.text == surname and t.ent_type_ != "PERSON"), None)
        if at is not None and person.name not in found:
            known.append((at, person.name))
    return known


def _pair(ctx: Context, at: int, *, passage: bool = True, pronoun: bool = False) -> str | None:
    """Return "A and B" for "both sides" at `at`, else None.

    The pair a digest's line heads, else the encounter told where `at` stands (`local_pair`),
    else the article's; a fact sheet's bullet (`passage=False`) skips the encounter.
    """
    pair = ctx.line_pair(at) or (local_pair(ctx, at, pronoun=pronoun) if passage else ctx.pair)
    return " and ".join(pair) if len(pair) == 2 else None


def _without_orphans(words: list[Token]) -> list[Token]:
    """Return the words without those the deadline's removal left hanging.

    A preposition (or determiner) whose whole phrase went with the deadline goes too
    ("convene a council before the [end of June]"), and so do function words left at
    the end; a preposition whose phrase is still there stays ("meet at the EU summit").
    """
    kept = {t.i for t in words}

    def orphaned(t: Token) -> bool:
        content = [d for d in t.subtree if d.i != t.i and d.pos_ not in ("DET", "ADP")]
        objects = [c for c in t.children if c.dep_ == "pobj"]
        if t.dep_ == "prep" and objects and not any(c.i in kept for c in objects):
            return True  # "signed on [February 17] in Havana": the place hung on the date stays, "on" goes
        return (t.dep_ in ("prep", "det", "advmod") and t.pos_ in ("ADP", "DET", "SCONJ")
                and bool(content) and not any(d.i in kept for d in content))

    def dangling_date(t: Token) -> bool:  # "on [Monday] and Tuesday": the date's other days go with it
        head = t.head
        return (head.i not in kept and head.ent_type_ in TIME_ENTS and t.dep_ in ("cc", "conj")
                and (t.dep_ == "cc" or t.ent_type_ in TIME_ENTS))

    out = [t for t in words if not orphaned(t) and not dangling_date(t)]
    out = [t for t in out if not (t.pos_ == "DET" and t.head.i not in kept and t.head.pos_ != "ADP")]
    out = _without_emptied_quotes(out)
    while out and out[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PUNCT") and out[-1].dep_ != "prt":
        if _closes_bracket(out):
            break  # "… Trade Agreement (BTA)": the bracket's own end stays
        out.pop()
    return out


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»"})


def _time_appositions(words: Span, deadline: TimeExpr) -> set[int]:
    """Return the words of what renames the deadline's day ("on Friday, the day the deal is signed"):
    they go with it, and so does the comma before them."""
    out: set[int] = set()
    doc = words.doc
    for tok in words:
        if deadline.start <= tok.idx < deadline.end:
            for c in tok.children:
                if c.dep_ == "appos" and c.idx >= deadline.end:
                    out |= {t.i for t in c.subtree}
                    if c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",":
                        out.add(c.left_edge.i - 1)
    return out


def _without_emptied_quotes(words: list[Token]) -> list[Token]:
    """Return the words without a pair of quotes whose only words were the deadline's ("would visit
    Lima 'soon'", "will meet «next week» in Accra")."""
    emptied = {i for a, b in pairwise(words)
               if a.text in _QUOTES and b.text in _QUOTES and b.i > a.i + 1 for i in (a.i, b.i)}
    return [t for t in words if t.i not in emptied]


def _closes_bracket(words: list[Token]) -> bool:
    """Say whether the last word closes a bracket opened among the words before it."""
    opened = sum(t.text == "(" for t in words)
    return words[-1].text == ")" and opened > sum(t.text == ")" for t in words[:-1])


def _told_complete(act: Token, subj: Token | None) -> Token | None:
    """Return "complete" of "the work will be complete (finished, done)", where a thing, not a doer, is
    the subject: what is undertaken is completing it."""
    if act.lemma_ != "be" or subj is None or _is_actor(subj):
        return None
    return next((c for c in act.children if c.dep_ == "acomp" and c.lower_ in _COMPLETE_WORDS), None)


_COMPLETE_WORDS = frozenset({"complete", "completed", "finished", "done"})


def _joined(words: list[Token]) -> str:
    """Return the words' text, spaced where a left-out word stood between two of them ("finalise[,] the")."""
    return "".join(t.text_with_ws if t.whitespace_ or nxt.i == t.i + 1 else t.text + " "
                   for t, nxt in zip(words, [*words[1:], words[-1]], strict=True)) if words else ""


def _object_after_time(act: Token, deadline: TimeExpr) -> int:
    """Return the last word of an object told after a time set off by commas, else -1.

    "to finalise, within three months, the draft agreement": the parser hangs the object on
    another word, but it is the act's own, the time only put between them.
    """
    doc = act.doc
    if act.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in act.children):
        return -1
    if act.i + 1 >= len(doc) or doc[act.i + 1].text != "," or deadline.start - doc[act.i + 1].idx > 2:
        return -1
    after = next((t for t in doc[act.i + 2:] if t.idx >= deadline.end), None)
    if after is None or after.text != "," or after.idx - deadline.end > 1 or after.i + 1 >= len(doc):
        return -1
    opening = doc[after.i + 1]
    noun = next((t for t in doc[opening.i:opening.i + 6]
                 if t.pos_ in ("NOUN", "PROPN") and t.left_edge.i == opening.i), None)
    return noun.right_edge.i if noun is not None else -1


def _commas_around(doc: Doc, deadline: TimeExpr) -> set[int]:
    """Return the commas that set a time off inside the act's words (", within three months,")."""
    before = next((t for t in reversed(doc) if t.idx + len(t) <= deadline.start), None)
    after = next((t for t in doc if t.idx >= deadline.end), None)
    if before is None or after is None or before.text != "," or after.text != ",":
        return set()
    return {before.i, after.i}


def _takes_place(verb: Token) -> bool:
    """Say whether a verb is "take place", said of its subject event ("the summit will take place")."""
    return verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" and not list(c.children)
                                         for c in verb.children)


def _action_text(ctx: Context, cue: Cue, deadline: TimeExpr | None) -> str:
    """Return the action as a short verb phrase, without its deadline or side clauses."""
    act = cue.action
    doc = act.doc
    if cue.kind == "accept" and act.lemma_ == "invitation":
        return "visit (accepted the invitation)"
    # an act of its own coordinated after it is another promise (`_coordinated`): not in this one's words
    split = {c.action.i for c in _coordinated(ctx, cue)}
    own_conj = any(c.dep_ == "conj" and (acts_on_own_thing(c) or told_beside(c) or c.i in split)
                   for c in act.children)
    # a bullet the parser misread ("Continuing cooperation and …" as an adjective) reads on to its line's end
    first, last = clause_bounds(act, head=cue.head if cue.kind == "item" else act, clip_conj=own_conj)
    # "agreed on an action plan", "their commitment to the Indus Waters Treaty": the thing's own words
    agreed_on = act.dep_ == "pobj" and act.head.head.i == cue.cue.i and (
        cue.kind == "verb" or (cue.kind == "noun" and act.pos_ in ("NOUN", "PROPN")))
    first = _with_compounds(act) if agreed_on else act.i
    if act.dep_ == "pobj" and act.head.lower_ == "to" and verb_read_as_modifier(act.head, act):
        first = act.head.i + 1  # "to double cocoa trade": the verb read as the object's adjective leads
    last = max(last, gerund_object_end(act) or last)  # "building trusted … supply chains", read as a noun
    last = _before_gaps(ctx, cue, last)
    last = _before_when_clause(cue, last)
    where = _where_trip(act)
    if where is not None:
        last = max(last, where.right_edge.i)
    # a marked item the parser hung inside this one's words ends them ("(a) to launch talks, (b) to …")
    marks = [m for t in doc[act.i + 1:last + 1] if (m := item_mark_start(t)) is not None]
    mark = token_at(doc, marks[0]) if marks else None
    if mark is not None:
        last = max(act.i, mark.i - 1)
        while last > act.i and (doc[last].is_punct or doc[last].lower_ in ("and", "or")):
            last -= 1
    for item in stray_items(act) if not own_conj else ():
        if acts_on_own_thing(item) or told_beside(item) or marked_item(item):
            break  # a promise of its own from here on (`_coordinated`)
        last = item.right_edge.i
    prefix = ""
    if refrains(act):
        last = max(last, act.right_edge.i)
        prefix = next(c.lower_ for c in act.children if c.dep_ == "neg") + " "
    if (act.dep_ == "dobj" and act.head.i == cue.cue.i and act.pos_ != "VERB"
            and cue.kind not in ("provision", "scheduled")):
        # "pledged a $250 million line of credit": the thing given, led by the verb giving it; an event
        # scheduled is its own phrase ("scheduled the next round for March": the round), as in the passive
        first, prefix = act.left_edge.i, cue.cue.lemma_ + " "
        # "committed A$12 million in budget support": the form of the sum, which the parse hangs on the verb
        form = next((c for c in cue.cue.children if c.dep_ == "prep" and c.lower_ == "in"
                     and c.i == act.right_edge.i + 1
                     and not any(g.ent_type_ in PLACE_ENTS for g in c.children)), None)
        last = max(last, form.right_edge.i) if form is not None else last
    if act.pos_ == "NOUN" and cue.cue.lemma_ == "invitation":
        first, prefix = act.left_edge.i, "make "  # "the invitation … for a State visit to Rwanda"
    if act.dep_ == "pobj" and act.head.head.i == cue.cue.i and cue.cue.lemma_ in SUPPORT_NOUNS:
        # "its support for Peru's candidacy for a seat …": support the candidacy, and what it is for
        first, last, prefix = act.left_edge.i, max(last, cue.cue.right_edge.i), "support "
    # "…, according to a statement": who tells it, not what is done
    skip = {t.i for c in act.children if c.dep_ == "prep" and c.lower_ == "according" for t in c.subtree}
    if cue.kind == "scheduled" and act.pos_ == "NOUN" and cue.cue.head.i == act.i:
        # "the state visit to Egypt, planned for later this month": the event, not the
        # participle that schedules it (the event noun leads, so its act is read first)
        skip |= {t.i for t in cue.cue.subtree}
    if where is not None:
        skip |= _where_lead(where)
    if deadline is not None:
        last = max(last, _object_after_time(act, deadline))
        skip |= _commas_around(doc, deadline) | _time_appositions(doc[first:last + 1], deadline)
    for said in time_expressions(ctx, doc[first].idx, doc[last].idx + len(doc[last]), future=True):
        if _weekday_agreed(cue, said):  # "agreed to prepare a treaty on Thursday": the day it was agreed
            skip |= {t.i for t in doc[first:last + 1] if said.start <= t.idx < said.end}
    words = [t for t in doc[first:last + 1]
             if t.i not in skip and (deadline is None or not (deadline.start <= t.idx < deadline.end))]
    if deadline is not None:
        words = _without_orphans(words)
    if where is not None and words[0].i < where.i <= words[-1].i:  # "fly to Arequipa to meet Boluarte"
        left = [t for t in words if t.i < where.left_edge.i]
        text = prefix + _joined(left).strip(" ,;") + " to " + _joined(words[len(left):]).strip(" ,;")
    else:
        text = prefix + _joined(words).strip(" ,;")
    subj = subject_of(act)
    happens = _takes_place(act)
    passive = any(c.dep_ == "auxpass" for c in act.children)
    if act.pos_ == "VERB" and followed_by_event(act):
        text = _event_to_follow(act, deadline)  # "it will be followed by the signing of three deals"
    elif (act.pos_ == "VERB" and (passive or happens) and subj is not None
            and ((counted_thing(subj).lemma_.lower() in DOCUMENT_AND_EVENT_NOUNS and subj.i < act.i)
                 or (happens and subj.lemma_.lower() in HAPPENING_NOUNS and subj.i < act.i)
                 or (not happens and done_to_act(act)))):
        # "the next session would be held in Tashkent": hold the next session … in Tashkent;
        # "support … will be strengthened": strengthen support …, the act done, then what it is done to
        # the subject's words up to the verb's "will" (a subject read as a conjunct has no words of its own)
        modal = next((c for c in act.children
                      if c.dep_ == "aux" and c.lower_ in FUTURE_MODALS and c.i > subj.i), None)
        end = modal.i - 1 if modal is not None else subj.right_edge.i
        told = next((c for c in subj.doc[subj.i + 1:act.i + 1] if c.dep_ == "relcl" and act in c.subtree
                     and c.left_edge.i > subj.i), None)
        if told is not None:  # "the project, which will be completed": the project, not its clause
            end = min(end, told.left_edge.i - 1)
        obj = doc[subj.left_edge.i:min(end, act.i - 1) + 1].text.strip(" ,")
        opening = doc[subj.left_edge.i]
        if opening.tag_ == "WP$":  # "a committee whose next meeting will be held": hold the next meeting
            obj = "the " + obj.split(" ", 1)[-1]
        elif opening.tag_ == "DT" or (opening.is_sent_start and opening.pos_ != "PROPN"):
            obj = obj[:1].lower() + obj[1:]  # "The working group will be set up": set up the working group
        text = re.sub(r"\s+by\s+.*$", "", text) if done_to_act(act) else text
        rest = text.split(" ", 1)[1] if " " in text else ""
        verb, particle = _base_form(act), particle_of(act)
        if happens:  # "the next summit will take place in Lisbon": hold the next summit in Lisbon
            verb, particle, rest = "hold", None, rest.split(" ", 1)[1] if " " in rest else ""
        if particle is not None and (rest.lower() + " ").startswith(particle + " "):  # "set up a hotline"
            verb, rest = f"{verb} {particle}", rest[len(particle):].strip()
        text = f"{verb} {obj} {rest}".strip()
    elif (opened := opens_itself(act) or _talks_go_on(act)) is not None:
        # "direct flights will resume": resume direct flights; "talks will continue on X": continue talks on X
        obj = doc[opened.left_edge.i:opened.right_edge.i + 1].text.strip(" ,")
        if doc[opened.left_edge.i].tag_ == "DT" or doc[opened.left_edge.i].is_sent_start:
            obj = obj[:1].lower() + obj[1:]
        text = f"{_base_form(act)} {obj} {text.split(' ', 1)[1] if ' ' in text else ''}".strip()
    elif (done := _told_complete(act, subj)) is not None:  # "construction will be complete by 2027"
        assert subj is not None
        thing = doc[subj.left_edge.i:subj.right_edge.i + 1].text
        thing = thing[:1].lower() + thing[1:] if doc[subj.left_edge.i].tag_ == "DT" else thing
        after = [t for t in doc[done.i + 1:last + 1]
                 if deadline is None or not deadline.start <= t.idx < deadline.end]
        after = _without_orphans(after) if deadline is not None else after
        text = f"complete {thing} {_joined(after)}".strip()
    elif on_agenda(act) and subj is not None:  # "direct flights will be on the agenda": discuss them
        text = "discuss " + doc[subj.left_edge.i:subj.right_edge.i + 1].text
    elif act.pos_ == "VERB" and not prefix and (gap := _relative_gap(act)) is not None:
        text = f"{_base_form(act)} {gap}{text[len(act.text):]}"  # "the buses, which Japan pledged to deliver"
    elif (act.pos_ == "VERB" and not prefix and passive and act.lemma_ in HOSTING_VERBS
          and text.startswith(act.text)):
        text = "be " + text  # "will be received by the President on Friday": be received by the President
    elif act.pos_ == "VERB" and not prefix:
        text = _base_form(act) + text[len(act.text):]
    elif cue.kind == "item":  # "- Establishment of a direct air link": establishment of …
        text = text[:1].lower() + text[1:]
    text = re.sub(r"\s+([,;:])", r"\1", " ".join(text.split()[:_MAX_ACTION_WORDS])).rstrip(" .,;:—–-")
    text = _bracket_closed(text)
    return text.rstrip(' "“') if text.count('"') % 2 or "“" in text[-2:] else text  # 'visit "very soon"'


def _event_to_follow(act: Token, deadline: TimeExpr | None) -> str:
    """Return the event a passive "follow" tells to come ("… will be followed by the signing of three
    deals in May"): its own words, without the deadline, led by "hold"."""
    event = next(o for c in act.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj")
    words = [t for t in event.subtree if deadline is None or not deadline.start <= t.idx < deadline.end]
    words = _without_orphans(words) if deadline is not None else words
    text = _joined(words)
    return "hold " + (text[:1].lower() + text[1:] if words and words[0].tag_ == "DT" else text)


def _relative_gap(act: Token) -> str | None:
    """Return the words of the thing a relative clause's act is done to, where its object is the relative
    pronoun ("the fifty buses, which Japan has pledged to deliver": the fifty buses), else None. The
    parser may hang the pronoun on the promising verb ("which Peru agreed to build") as on the act."""
    if any(c.dep_ == "dobj" and c.tag_ != "WDT" for c in act.children):
        return None
    chain = [act]
    while chain[-1].dep_ in ("xcomp", "ccomp") and chain[-1].head.i < chain[-1].i:
        chain.append(chain[-1].head)
    clause = chain[-1]
    if clause.dep_ != "relcl" or clause.head.pos_ != "NOUN" or not any(
            c.dep_ == "dobj" and c.tag_ == "WDT" and c.i < clause.i for t in chain for c in t.children):
        return None
    doc = act.doc
    words = doc[clause.head.left_edge.i:clause.left_edge.i].text.strip(" ,")
    return words[:1].lower() + words[1:] if doc[clause.head.left_edge.i].tag_ == "DT" else words


def _with_compounds(noun: Token) -> int:
    """Return where a noun's name starts: the compounds just before it ("an [action] plan", "the [work]
    plan"), not its article, owner or adjectives."""
    first = noun.i
    for t in reversed(list(noun.lefts)):
        if t.i != first - 1 or t.dep_ not in ("compound", "nmod"):
            break
        first = t.left_edge.i
    return first


def _bracket_closed(text: str) -> str:
    """Return an action whose last bracket was cut open: an acronym's bracket closed ("agreement (BCA" →
    "(BCA)"), a longer aside dropped."""
    if text.count("(") <= text.count(")"):
        return text
    inside = text[text.rfind("(") + 1:]
    if inside and len(inside.split()) == 1 and ")" not in inside:
        return text + ")"
    return text[:text.rfind("(")].rstrip(" ,;:")



def _base_form(verb: Token) -> str:
    """Return a verb's base form with the prefix the lemmatiser drops ("co-chaired": co-chair), or
    its hyphen where the lemma is the usual spelling ("re-opened", lemma reopen: re-open)."""
    lemma = verb.lemma_
    cut = verb.text.rfind("-")
    if cut > 0 and verb.norm_ == verb.lower_.replace("-", ""):  # read as the usual spelling
        return f"{verb.text[:cut].lower()}-{lemma[cut:]}"
    if cut > 0 and not lemma.lower().startswith(verb.text[:cut + 1].lower()):
        return verb.text[:cut + 1].lower() + lemma
    return lemma


def _is_visit(cue: Cue) -> bool:
    """Say whether the action is a visit (visit, travel, "make a visit", an invitation)."""
    act = cue.action
    if cue.kind in ("visit", "accept"):
        return True
    if act.lemma_ in ("visit", "travel", "tour") or stay_for_talks(act) or _journey_to_place(act):
        return True
    return act.lemma_ in ("make", "pay") and any(
        c.dep_ == "dobj" and c.lemma_ == "visit" for c in act.children)


def _journey_to_place(act: Token) -> bool:
    """Say whether a verb of going takes its doer to a named place ("will arrive in Minsk on 19 June",
    "will fly to Moscow"): a visit told by its journey ("arrive at a deal" goes nowhere)."""
    return act.lemma_ in _JOURNEY_VERBS and any(
        c.dep_ == "prep" and c.lower_ in ("to", "in", "for") and any(
            _named_place(g)
            for g in c.children) for c in act.children)


_JOURNEY_VERBS = TRIP_VERBS - {"visit", "pay"}


def _named_place(tok: Token) -> bool:
    """Say whether a prepositional object names a place (the small model tags some capitals as people)."""
    return tok.dep_ == "pobj" and (tok.ent_type_ in PLACE_ENTS
                                  or (tok.pos_ == "PROPN" and tok.ent_type_ != "ORG"))


def _dest(cue: Cue) -> str | None:
    """Return the place a visit action goes to, else None (not its subject's: "Peru's minister will …")."""
    doer = {t.i for c in cue.action.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    for t in cue.action.subtree:
        if t.i in doer:
            continue
        if (t.ent_type_ in PLACE_ENTS and t.head.i != cue.action.i) or (t.dep_ == "dobj" and t.ent_type_):
            return t.text
    return None


def _stems(action: str) -> frozenset[str]:
    """Return the content-word stems of an action's object (its words after the verb)."""
    words = re.findall(r"[a-z]+", action.lower())[1:]
    return frozenset(w[:5] for w in words if w not in _STOP and len(w) > 2) - _GENERIC


def _merge(ctx: Context, found: list[_Found]) -> list[_Found]:
    """Return one commitment per undertaking: restatements merge into their best mention."""
    groups: list[list[_Found]] = []
    for f in found:
        home = next((g for g in groups
                     if all(_same(f, o) and _past(ctx, f) == _past(ctx, o) for o in g)), None)
        if home is None:
            groups.append([f])
        else:
            home.append(f)
    return [_best(ctx, g) for g in groups]


def _past(ctx: Context, f: _Found) -> bool:
    """Say whether a finding's time had passed when the article told it ("was to visit in January")."""
    return passed_when_told(f.fact.deadline, ctx.ref_date)


def _same(a: _Found, b: _Found) -> bool:
    """Say whether two findings state one undertaking (one act, and no two deadlines)."""
    if a.fact.deadline and b.fact.deadline and a.fact.deadline != b.fact.deadline and not (
            _within_bound(a, b) or _within_bound(b, a)):
        return False
    if _years_told(a) and _years_told(b) and _years_told(a) != _years_told(b):
        return False  # "Ghana will chair it in 2026, Peru in 2027": a year alone is no deadline, yet differs
    if a.verb == b.verb and any(_within_bound(x, y) and _document_told_back(y) for x, y in ((a, b), (b, a))):
        return True  # "could sign an agreement as early as next week" … "the deal would be signed on Sept 23"
    return _same_act(a, b)


_THE_THING = re.compile(r"\S+\s+the\s+(\w+)\b")


def _document_told_back(f: _Found) -> bool:
    """Say whether a finding's act is done to "the" document told before ("sign the deal")."""
    told = _THE_THING.match(f.fact.action)
    return told is not None and told.group(1).lower() in INSTRUMENT_NOUNS


def _years_told(f: _Found) -> frozenset[str]:
    """Return the years a finding's time names in its words ("in 2027" → 2027)."""
    return frozenset(_YEAR.findall(f.fact.deadline_text or ""))


_EARLIEST = re.compile(r"(?i)as\s+(?:early|soon)\s+as\b")


def _earliest_only(f: _Found) -> bool:
    """Say whether a finding's time is only the earliest it may happen ("as early as next week")."""
    return f.fact.deadline_text is not None and _EARLIEST.match(f.fact.deadline_text) is not None


def _within_bound(bound: _Found, dated: _Found) -> bool:
    """Say whether a dated mention falls in the month of the earliest time another told ("could be signed
    as early as next week" … "would be signed on Sept 23"): one act, the later words dating it."""
    return (_earliest_only(bound) and not _earliest_only(dated) and bound.fact.deadline is not None
            and dated.fact.deadline is not None and dated.fact.deadline[:7] == bound.fact.deadline[:7])


def _same_act(a: _Found, b: _Found) -> bool:
    """Say whether two findings state one act, whatever their deadlines (verb, visitor/place or object)."""
    if a.verb != b.verb:
        return False
    if a.verb == "visit":
        if a.visit_of and b.visit_of and not same_person(a.visit_of, b.visit_of):
            return False
        return not (a.dest and b.dest and a.dest.lower() != b.dest.lower())
    if not a.stems or not b.stems:
        return not a.stems and not b.stems
    return len(a.stems & b.stems) >= max(1, min(len(a.stems), len(b.stems)) / 2)


def _best(ctx: Context, group: list[_Found]) -> _Found:
    """Return the group's best mention; an invitation and its nearby acceptance share one span, and a
    mention without a deadline takes the one a restatement gives ("… set up by June, the minister said")."""
    best = max(group, key=lambda f: (not f.headline, not _earliest_only(f), -f.fact.evidence.start))
    if best.fact.deadline_text is None:
        dated = max((f for f in group if f.fact.deadline_text and not f.headline), default=None,
                    key=lambda f: (f.fact.deadline is not None, -f.fact.evidence.start))
        if dated is not None:
            best = replace(best, fact=replace(best.fact, deadline_text=dated.fact.deadline_text,
                                              deadline=dated.fact.deadline))
    if best.verb != "visit" or len(group) < 2:
        return best
    spans = [f.fact.evidence for f in group if not f.headline]
    start, end = min(e.start for e in spans), max(e.end for e in spans)
    if end - start > _INVITE_REACH or (start, end) == (best.fact.evidence.start, best.fact.evidence.end):
        return best
    return replace(best, fact=replace(best.fact, evidence=ctx.evidence(start, end)))
