"""Rules that find instruments in a parsed article.

A sentence names instruments through instrument nouns (MoU, agreement, treaty, roadmap,
joint communique, …). A plural or counted mention with a list of subjects ("MoUs … in
e-commerce, health and halal trade") gives one instrument per subject; a singular one
gives one instrument whose subject is its noun phrase ("a Readmission Agreement", "an
agreement on cooperation between the defence ministries"). A counted package with no
subject ("15 MoUs and agreements") is a figure, not an instrument. Mentions of the same
document are merged per article, keeping the most specific one as evidence.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from datetime import date

from spacy.tokens import Doc, Span, Token

from accord.core import Instrument
from accord.extract.rules.commitments import quoted_speaker
from accord.extract.rules.context import Context, in_persons_clause
from accord.extract.rules.instruments_goods import purchase_lines
from accord.extract.rules.instruments_lexicon import (
    CONSENSUS_ADJECTIVES,
    CONSENSUS_VERBS,
    DEAL_NOUNS,
    EXCHANGE_TOPIC_VERBS,
    EXCHANGED_FORMS,
    GENERIC_WORDS,
    INTERNATIONAL_BODY,
    LIST_ANCHORS,
    MEANS_FORMS,
    MIND_MEETING_VERBS,
    MULTILATERAL,
    NEUTRAL_VERBS,
    NOUN_TYPES,
    PAIR_REFERENCES,
    PENNED_VERBS,
    PLANNED_VERBS,
    RELATION_NOUNS,
    SELF_NAMING,
    SIGNED_VERBS,
    VERB_BOUND,
)
from accord.extract.rules.instruments_lists import (
    LIST_MARK,
    Topic,
    act_region,
    clean_item,
    find_topic,
    is_instrument_noun,
    member_opening,
    purpose_in_act,
    region,
    sector_chars,
    split_items,
    split_plural_item,
    split_to_count,
)
from accord.extract.rules.instruments_mentions import (
    CHANGING_VERBS,
    Mention,
    apostrophe_plural,
    content_tokens,
    counted,
    fixed_form_end,
    gerund_stems,
    given_name,
    heads_its_line,
    is_mention_noun,
    is_plural,
    lists_through,
    mention_type,
    mentions,
    named_pair,
    noun_type,
    np_bounds,
    participle_act,
    purpose_verb,
    subject_text,
    value_clause,
    without_restated_amounts,
)
from accord.extract.rules.instruments_merge import Candidate, merge, named_within
from accord.extract.rules.instruments_ordinals import (
    Package,
    elided_members,
    member,
    ordinal_opening,
    package,
)
from accord.extract.rules.instruments_status import (
    aliases,
    applies_upon_later_stage,
    ends_document,
    held_with,
    joined_clause_status,
    lemma_of,
    let_lapse,
    made_from,
    mention_status,
    sentence_status,
    stage_told_back,
    tells_entry,
    verb_status,
    welcomed,
)
from accord.extract.rules.modality import local_pair, looks_ahead, opening_day
from accord.extract.rules.roles import is_role_word
from accord.lexicon import (
    CLEARING_VERBS,
    COMPANY_NOUNS,
    EXPIRY_VERBS,
    GENERAL_DOCUMENT_NOUNS,
    GOVERNMENT_BODY_NOUNS,
    JOURNEY_NOUNS,
    ORDINAL_WORDS,
    SHARED_WORDS,
    SIGNING_ACTS,
)
from accord.nlp import TIME_ENTS, ents_in, is_cell_separator, line_bounds, on_list_line, span_text, token_at
from accord.normalize.countries import gazetteer
from accord.normalize.dates import TimeExpr, find_time_expressions, resolve_done
from accord.normalize.sectors import sectors_for

# Verbs by which documents state their own aim ("the MoUs seek to …").
_AIMING_VERBS = frozenset({"aim", "seek"})
_COLLAB_VERBS = frozenset({"collaborate", "cooperate", "co-operate", "work"})
_MAX_PACKAGE = 5
# Words that cite an existing text as a standard (see `_only_referred_to`).
_CITING_VERBS = frozenset({"cite", "invoke", "uphold", "respect", "honour", "honor", "observe"})
_CITING_NOUNS = frozenset({"importance", "spirit", "principle", "principles", "provisions", "purposes",
                           "basis", "norms"})
_CITING_FRAMES = frozenset({"enshrine", "enshrined", "accordance", "consistent", "line", "conformity",
                            "adherence", "compliance", "pursuant", "embody", "embodied"})
_CITING_DEPTH = 3  # "in line with the priorities of the programme of …": nouns climbed at most
_UNDERSTANDING = frozenset({"understanding", "understandings"})  # "memoranda of understanding(s)"
# Words that complete a document's name after "of" ("Letter of Intent", "Declaration of Intent",
# "Memorandum of Understanding"): a list or topic may follow them ("… of Intent on green hydrogen").
_NAME_COMPLETIONS = _UNDERSTANDING | {"intent", "intention"}
_NOT_NAME_WORDS = _UNDERSTANDING | {"mou", "mous", "mou's"}
# Adjectives that point back to a document or set it apart, naming nothing of its own
# ("the latest deal", "in a separate deal"); "a new MoU" may be the first word of one
_POINTING_WORDS = frozenset({"latest", "separate", "same", "previous", "earlier", "existing",
                             "current", "another", "recent", "last", "said", "aforementioned", "above"})
# Adjectives that put plural documents in the past in general ("previous MoUs", "past agreements").
_PAST_WORDS = frozenset({"previous", "past", "earlier", "prior", "former"})
# Documents whose name may go on with what they are for ("a deal to buy jets", "an MoU to …").
_PURPOSED_TYPES = frozenset({"agreement", "mou"})
# Words that leave a plural uncounted and unnamed ("additional deals", "further accords").
_UNCOUNTED = frozenset({"additional", "further", "more", "other", "several", "various", "many", "numerous",
                        "some", "multiple"})
_NOT_ACT_OPENERS = frozenset({"DET", "ADP", "NUM", "PRON", "PROPN", "PUNCT"})
_THIS_FIELD = re.compile(r"\b(?:this|that|the same)\s+(?:domain|field|area|sector|sphere|regard)\b", re.I)


def find(ctx: Context) -> list[Instrument]:
    """Return the instruments of the article, one per real thing, each with its evidence."""
    found: list[Candidate] = []
    last_status: str | None = None
    frame: Package | None = None
    for index, sent in enumerate(ctx.sentences):
        if ctx.asks(sent):
            continue  # "Has the Parliament ratified the treaty?" reports no step
        here = sentence_candidates(ctx, sent, index, last_status)
        if frame is not None and frame.frames(index) and (not here or _elided_opening(sent, here)):
            # "The first is between A and B on X"; "The first covers A, while the second MoU covers B"
            here = member(sent, index, frame, sector_chars(sent)) + here
        here += elided_members(sent, index, found + here)  # "…, while the fifth on energy was exchanged"
        if not here and (counted_here := package(sent, index)) is not None:
            frame, last_status = counted_here, counted_here.status  # "Three MoUs will be signed."
            continue
        if not here and _heading_ahead(sent):
            last_status = "planned"  # "The following agreements will be signed:\n- …": the lines ahead too
            continue
        if here:
            last_status = here[-1].status
        found.extend(here)
        if not here and found and found[-1].sent < index - 1 and not (frame and frame.frames(index)):
            last_status = None  # signings two sentences back no longer frame what follows
    found = _without_headline_restatements(ctx, found)
    merged = merge(found, ctx.pair, ctx.text)
    merged = _folded_back(ctx, merged)
    merged = [named for c in merged if (named := _named_back(ctx, c, merged)) is not None]
    merged = _moved_on(ctx, merged)
    merged = _lead_told_again(ctx, merged)
    # after merging: a ratification is a step of the document it names back to, kept apart
    merged += [r for index, sent in enumerate(ctx.sentences)
               if not ctx.asks(sent) and (r := _ratification(sent, index, merged))]
    return [to_instrument(ctx, c) for c in merged]


def _new_pointed(word: Token, noun: Token) -> bool:
    """Say whether "new" only points back with a definite determiner to a document told of before ("…
    signed an MoU on trade. The signing of this new MoU will …"): no name of its own; "a new MoU" may
    be one."""
    return word.lower_ == "new" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                        for c in noun.children) \
        and any(is_mention_noun(t) for t in noun.doc[:noun.sent.start])  # a document told of before


def _heading_ahead(sent: Span) -> bool:
    """Say whether a sentence heads the lines after it with a signing still ahead: it ends with a
    colon and its verb looks ahead ("The following agreements will be signed during the visit:",
    "Documents to be signed:")."""
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text == ":" and sentence_status(sent) == "planned"


# "the agreement for signing by the end of March": a bare noun, an act and a time say no subject
_BARE_NOUN = re.compile(r"^(?:agreement|deal|treaty|accord|pact|protocol|convention)\s*"
                        r"(?:(?:for|ready\s+for|to\s+be)\s+(?:signing|signature|ratification|signed|ratified)\b)?"
                        r"\s*(?P<rest>.*)$", re.I)
_ONLY_WHEN = re.compile(
    r"(?:\W|\b(?:by|before|after|in|on|at|within|until|during|the|end|of|no|later|than)\b)*", re.I)
_POINTING = re.compile(r"\b(?:the|this|that)\s+$", re.I)


# "signed the ratification document", "the instruments of ratification were exchanged",
# "ratified it": a document named before is ratified, though this sentence does not name it
_RATIFIED_BACK = re.compile(
    r"\b(?:sign(?:s|ed)?|deposit(?:s|ed)?|exchang(?:e|es|ed))\s+(?:the\s+|their\s+|its\s+)?"
    r"(?:ratification\s+(?:document|instrument|law|decree)s?|instruments?\s+of\s+ratification)\b|"
    r"\bratified\s+(?:it|the\s+(?:treaty|agreement|deal|accord|pact|protocol|convention))\b", re.I)
_RATIFIABLE = frozenset({"treaty", "agreement", "protocol", "convention"})
# Stages a document has reached once signed: a later step ahead of it is not another document.
_SIGNED_STAGES = frozenset({"signed", "ratified", "in_force"})


def _elided_opening(sent: Span, here: list[Candidate]) -> bool:
    """Say whether a sentence opens with an ordinal standing alone for a member ("The first covers A, while
    the second MoU covers B") that none of the sentence's instruments stands for."""
    ordinal = ordinal_opening(sent)
    if ordinal is None:
        return False
    alone = ordinal.dep_ in ("nsubj", "nsubjpass") or (
        ordinal.dep_ == "amod" and not is_instrument_noun(ordinal.head))  # "The first concerns …" as a noun
    return alone and all(c.head > ordinal.idx for c in here)


def _ratification(sent: Span, index: int, found: list[Candidate]) -> Candidate | None:
    """Return the ratification a sentence reports of the article's document, when it names none itself."""
    text = span_text(sent)
    match = _RATIFIED_BACK.search(text)
    if match is None or any(c.sent == index for c in found) or _NOT_DONE.search(text[:match.start()]):
        return None
    named = _topic(found, _RATIFIABLE, sent.start_char)
    if named is None or named.status == "ratified":
        return None  # "… Lawmakers in Venezuela ratified the accord on September 30": the same document
    at = sent.start_char + match.start()
    return dataclasses.replace(named, status="ratified", sent=index, start=sent.start_char, end=sent.end_char,
                               span=(at, sent.start_char + match.end()), head=at, ordinal=0, told=(-1, -1))


# Stages before a document is signed: a later one told of it moves it on.
_UNSIGNED_STAGES = frozenset({"discussed", "planned", "finalized"})


def _moved_on(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """Return the candidates with the later stage a bare mention tells of a document named before.

    "Both sides discussed the Status of Visiting Forces Agreement. The Agreement was signed in Manila
    on 3 October": the named agreement is signed, and is dated and placed by the later sentence.
    """
    for index, sent in enumerate(ctx.sentences):
        if ctx.asks(sent) or any(c.sent == index for c in found) or (told := stage_told_back(sent)) is None:
            continue
        noun, status = told
        named = _named_before(found, noun, index, sent.start_char)
        if named is None or not _moves_on(named.status, status):
            continue
        found[found.index(named)] = _moved_to(named, status, index, sent.start_char, sent.end_char, noun.idx)
    return found


def _moved_to(named: Candidate, status: str, index: int, start: int, end: int, head: int) -> Candidate:
    """Return a document moved on to a stage told in a later sentence, which tells, dates and places it.

    The evidence runs from the sentence naming the document when that is the one just before, or,
    for a plan (which has no day or place of its own), anywhere before in the same paragraph.
    """
    joined = (named.start, end) if index == named.sent + 1 or status == "planned" else (-1, -1)
    return dataclasses.replace(named, status=status, sent=index, start=start, end=end, head=head, told=joined)


def _named_before(found: list[Candidate], noun: Token, index: int, before: int) -> Candidate | None:
    """Return the document a bare subject names back to: the article's one of its type ("the
    Agreement"), or any kind ("the document"); "it" only the one named in the sentence before."""
    if noun.lower_ == "it":
        last = [c for c in found if c.sent == index - 1 and c.named]
        return last[0] if len(last) == 1 else None
    types = frozenset({c.type for c in found}) if noun.lower_ in GENERAL_DOCUMENT_NOUNS else frozenset(
        {noun_type(noun)})
    if noun.tag_ in ("NNS", "NNPS"):  # "… signed two deals on rice. The agreements were signed by …": those
        last = [c for c in found if c.sent == index - 1 and c.type in types]
        if last:
            return last[0]
    return _topic(found, types, before)


def _moves_on(old: str, new: str) -> bool:
    """Say whether a stage told later moves a document on: any done stage of an unsigned text, a
    plan of one only talked about, entry into force of a signed one. A ratification of a signed
    document is a step of its own (`_ratification`)."""
    if old in _UNSIGNED_STAGES and new in _SIGNED_STAGES:
        return True
    return (old, new) in (("discussed", "planned"), ("signed", "in_force"), ("ratified", "in_force"))


# "will ratify", "is expected to sign the ratification document": ahead, not done
_NOT_DONE = re.compile(r"\b(?:will|shall|would|to|expected|due|plans?|once|if|before)\W+(?:\w+\W+){0,3}$",
                       re.I)


def _topic(found: list[Candidate], types: frozenset[str], before: int) -> Candidate | None:
    """Return the article's document of these types: the first one named before a place in it."""
    named = [o for o in found if o.type in types and o.span[1] <= before and not _bare(o.subject)]
    return min(named, key=lambda o: o.span[0]) if named else None


def _bare(subject: str) -> bool:
    """Say whether a subject is a document's noun with no more than an act and a time ("treaty",
    "agreement for signing by the end of March"), naming nothing of its own.
    """
    bare = _BARE_NOUN.match(subject)
    if bare is None:
        return False
    rest = bare.group("rest")
    for expr in reversed(find_time_expressions(rest, None)):
        rest = rest[:expr.start] + rest[expr.end:]
    return _ONLY_WHEN.fullmatch(rest) is not None


def _named_back(ctx: Context, c: Candidate, found: list[Candidate]) -> Candidate | None:
    """Return a candidate named as the document it points back to ("prepare the agreement for signing").

    The document is the first of its type named before it (what the article is about); a phrase
    that names something of its own, or has nothing to point back to, keeps its subject. A step
    still ahead of a document already signed ("Both congresses must ratify the treaty") is no
    document of its own: None.
    """
    if not _POINTING.search(ctx.text[max(0, c.span[0] - 6):c.span[0]]):
        return c
    if not _bare(c.subject):
        return None if _step_of_signed(ctx, c, found) else c
    named = _topic(found, frozenset({c.type}), c.span[0])
    if named is not None and c.status == "planned" and named.status in _SIGNED_STAGES:
        return None
    return dataclasses.replace(c, subject=named.subject, sectors=named.sectors) if named else c


def _step_of_signed(ctx: Context, c: Candidate, found: list[Candidate]) -> bool:
    """Say whether a step ahead told of a document by a shorter name of one signed in the sentence just
    before is only that document's next step ("… signed an expanded trade pact. The expanded pact is expected
    to come into force in 2027"): every word of the shorter name is the signed one's."""
    stop = {w for name in ctx.pair for w in re.findall(r"[a-z0-9]+", name.lower())}
    if c.status != "planned":
        return False
    near = [o for o in found if o.type == c.type and o.status in _SIGNED_STAGES
            and c.sent - _STEP_REACH <= o.sent < c.sent and named_within(c, o, stop)]
    # a sentence or two between: only when the shorter name fits no other document of the kind
    return any(o.sent == c.sent - 1 for o in near) or (len(near) == 1 and not any(
        o.type == c.type and o.sent < near[0].sent and named_within(c, o, stop) for o in found))


_STEP_REACH = 3  # sentences back a step ahead may point to a document signed by a shorter name


def _folded_back(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """Return the candidates with each bare mention that points back to a document and moves it on
    folded into it ("launched negotiations on a treaty-level Defence Cooperation Agreement … with the
    aim of signing the treaty in 2026": one document, planned).

    The document is the first before it of its type, or else the first whose name has the mention's
    noun ("the treaty" … "treaty-level … Agreement").
    """
    out = list(found)
    for c in found:
        if not _bare(c.subject) or not _POINTING.search(ctx.text[max(0, c.span[0] - 6):c.span[0]]):
            continue
        noun = c.subject.split()[0].lower()
        named = _topic(out, frozenset({c.type}), c.span[0]) or next(
            (o for o in out if o.span[1] <= c.span[0] and not _bare(o.subject)
             and noun in re.findall(r"[a-z]+", o.subject.lower())), None)
        if named is not None and named is not c and (named.sent, named.status) == (c.sent, c.status):
            out.remove(c)  # "ratified their treaty, bringing the treaty into force": told once more
            continue
        if named is None or named is c or not _moves_on(named.status, c.status):
            continue
        out[out.index(named)] = _moved_to(named, c.status, c.sent, c.start, c.end, c.head)
        out.remove(c)
    return out


# Words by which a sentence sets a document apart from one told before ("also signed a separate …").
_ANOTHER_WORDS = frozenset({"also", "separate", "second", "another", "further", "additional", "other", "too"})
_NAMED_BACK = re.compile(r"\bthe\s+([a-z]+)(?:'s|’s)", re.I)


def _lead_told_again(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """Return the candidates less a lead's document that the body tells again by a closer name.

    "Uganda and Tanzania have signed a new agreement on the East African Crude Oil Pipeline. … the two
    ministers signed a supplementary agreement on the pipeline's tariff": the later name points back
    to the lead's ("the pipeline's"), of the same kind and stage; one document, told in full later. A
    sentence that sets its document apart ("also", "a separate", "a second") tells another one.
    """
    if len(found) < 2:
        return found
    lead = min(found, key=lambda c: c.span[0])
    for later in found:
        same_kind = (later.type, later.status) == (lead.type, lead.status) \
            and set(later.parties) == set(lead.parties)
        if later is lead or later.sent <= lead.sent or not same_kind:
            continue
        back = _NAMED_BACK.search(later.subject)
        last = re.findall(r"[a-z]+", lead.subject.lower())
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", ctx.text[later.start:later.end])}
        if back is None or not last or back.group(1).lower() != last[-1] or words & _ANOTHER_WORDS:
            continue
        return [c for c in found if c is not lead]
    return found


def _without_headline_restatements(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """Return the candidates less those of the headline lines when the body names instruments.

    A headline ("Chile, Norway sign fisheries pact") restates what the body says in full;
    it is used only when the body names no instrument at all.
    """
    body = ctx.body_start
    if body <= 0:
        return found
    # the noun's own offset: a parsed sentence may run on from the headline into the body
    in_body = [c for c in found if (c.head if c.head >= 0 else c.start) >= body]
    return in_body or found


# --------------------------------------------------------------------------- candidates


def sentence_candidates(ctx: Context, sent: Span, index: int, last_status: str | None) -> list[Candidate]:
    """Return the instruments one sentence names."""
    groups = mentions(sent)
    spans = {id(m): np_bounds(m, sent) for m in groups}
    groups = [m for m in groups if not _excluded(m, sent.doc[spans[id(m)][0]:spans[id(m)][1]].text, sent)]
    named_again = {a.i for m in groups for a in aliases(m.head)}
    groups = [m for m in groups if m.head.i not in named_again]  # "the X Agreement, known as the Y Pact"
    groups = _absorb(_join_changed(groups, spans), spans)
    _end_before_next_name(groups)
    covered = sector_chars(sent)
    out: list[Candidate] = []
    for m in groups:
        out.extend(_from_mention(ctx, sent, index, m, spans[id(m)], covered, last_status))
    if not out and last_status == "signed":
        out.extend(_implicit_list(ctx, sent, index, covered))
    out.extend(purchase_lines(ctx, sent, index, covered, last_status))
    return [c for c in out if not (c.named and _inside_another(c, out))]


def _inside_another(c: Candidate, others: list[Candidate]) -> bool:
    """Say whether a name lies inside another's ("… amendments to the Transit Trade Agreement")."""
    return any(o is not c and o.span[0] <= c.head < o.span[1] for o in others)


def _absorb(groups: list[Mention], spans: dict[int, tuple[int, int]]) -> list[Mention]:
    """Return the mentions left once nouns inside another's phrase are folded into it."""
    kept: list[Mention] = []
    for m in sorted(groups, key=lambda g: spans[id(g)][0] - spans[id(g)][1]):
        outer = next((k for k in kept if spans[id(k)][0] <= m.first and m.last < spans[id(k)][1]), None)
        if outer is not None and (sep := _list_separator(outer, m)) is not None:
            # "an agreement on X, a memorandum on Y and a protocol on Z": each its own document
            spans[id(m)] = (sep + 2, max(spans[id(m)][1], spans[id(outer)][1]))
            spans[id(outer)] = (spans[id(outer)][0], sep)
            outer.stop = sep
            kept.append(m)
        elif outer is not None and _second_name(outer, m):
            # "A of X and B of Y": two names, the second running to where the phrase ended
            spans[id(m)] = (m.first, max(spans[id(m)][1], spans[id(outer)][1]))
            spans[id(outer)] = (spans[id(outer)][0], m.first - 1)
            outer.stop = m.first - 1
            kept.append(m)
        elif outer is not None:
            outer.absorbed.extend(m.nouns)
        else:
            kept.append(m)
    return sorted(kept, key=lambda g: g.first)


def _join_changed(groups: list[Mention], spans: dict[int, tuple[int, int]]) -> list[Mention]:
    """Return the mentions with a document another changes folded into the changer's name
    ("the Protocol Amending the Agreement on …", which the parser often splits at the capitals).
    """
    joined: set[int] = set()
    for k, here in enumerate(groups):
        verb = _changer(here) or _attached_protocol(here)
        if id(here) in joined or verb is None:
            continue
        doc = here.head.doc
        for pos, nxt in enumerate(groups[k + 1:]):
            near = pos == 0 and nxt.first <= verb.i + 3
            listed = pos > 0 and all(t.lower_ in _LIST_GLUE for t in doc[spans[id(here)][1]:nxt.first])
            if not (near or listed or _changed_object(nxt.head, verb)):
                break
            end = _title_tail(doc, max(spans[id(here)][1], spans[id(nxt)][1]))
            spans[id(here)] = (spans[id(here)][0], end)
            here.absorbed.extend(nxt.nouns)
            joined.add(id(nxt))
    return [g for g in groups if id(g) not in joined]


# Words between the documents a protocol changes ("the tax convention, and the fisheries agreement").
_LIST_GLUE = frozenset({"and", ",", "the", "their", "its", "of"})


def _attached_protocol(m: Mention) -> Token | None:
    """Return the "to" by which a protocol is added to another document ("the Additional Protocol to
    the Convention on …", "an amending protocol to their 2006 treaty"): that document is its name."""
    doc = m.head.doc
    j = m.last + 1
    if noun_type(m.head) == "protocol" and j < len(doc) and doc[j].lower_ == "to" \
            and _to_infinitive(doc, j) is None:
        return doc[j]
    return None


def _changer(m: Mention) -> Token | None:
    """Return the verb right after a document by which it changes another ("a protocol amending …",
    "a protocol to amend …"), if there is one."""
    doc = m.head.doc
    j = m.last + 1 + (m.last + 1 < len(doc) and doc[m.last + 1].lower_ == "to")
    verb = doc[j] if j < len(doc) else None
    if verb is None or not any(stem in CHANGING_VERBS for stem in (verb.lemma_.lower(), *gerund_stems(verb))):
        return None
    return verb


def _changed_object(noun: Token, changer: Token) -> bool:
    """Say whether a document is what a changing verb acts on ("to amend their 1998 tax treaty",
    "… the tax convention and the fisheries agreement") or what a protocol is added "to"."""
    while noun.dep_ == "conj":
        noun = noun.head
        if not is_mention_noun(noun):
            return False  # "expanding the scheme between the two states and a memorandum on …"
    return noun.dep_ in ("dobj", "pobj") and changer in noun.ancestors


def _existing_changed(head: Token) -> bool:
    """Say whether a document is only the existing text a plan would change ("agreed to extend the
    fisheries agreement", "plan to revise their tax treaty"): no new document is planned.
    """
    verb = head.head
    doc = head.doc
    by_document = is_instrument_noun(verb.head) or (
        verb.i >= 2 and doc[verb.i - 1].lower_ == "to" and is_instrument_noun(doc[verb.i - 2]))
    if head.dep_ != "dobj" or lemma_of(verb) not in CHANGING_VERBS or by_document:
        return False  # "a protocol to amend the treaty": the protocol's name (`_join_changed`)
    planned = any(c.dep_ == "aux" and c.lower_ in ("to", "will", "would", "shall") for c in verb.children)
    known = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in head.children)
    return planned and known


def _title_tail(doc: Doc, end: int) -> int:
    """Return the end of a capitalised name gone on past `end` ("… the Convention| on Social Security")."""
    j = end
    while j + 1 < len(doc) and doc[j].lower_ in ("on", "of", "for", "and"):
        k = j + 1 + (doc[j + 1].lower_ == "the")
        if k >= len(doc) or not doc[k].text[:1].isupper() or doc[k].ent_type_ in TIME_ENTS:
            break  # "… the Agreement on Tuesday": when, not its name
        while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k += 1
        j = end = k
    return end


def _end_before_next_name(groups: list[Mention]) -> None:
    """Stop each mention where a capitalised document named after it in a list begins
    ("the Agreement on X, Protocol on Y and Memorandum on Z").
    """
    for here, nxt in itertools.pairwise(groups):
        doc = nxt.head.doc
        if here.stop is not None:
            continue
        before = nxt.first - 1 - (doc[nxt.first - 1].text in _OPENING_QUOTES)  # ", "Protocol on Y""
        if nxt.head.text[:1].isupper() and doc[before].lower_ in ("and", ","):
            here.stop = before
        elif (sep := _list_separator(here, nxt)) is not None:
            here.stop = sep  # "an Agreement on X, a Memorandum on Y": the article opens the next


_OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})


_CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})


def _quote_end(m: Mention, sent: Span) -> int | None:
    """Return where a title opened by a quote ends: its closing quote ("the "Protocol on Cooperation
    between the State Archive under the President …""), or None when the title is not quoted."""
    doc = sent.doc
    if m.first <= sent.start or doc[m.first - 1].text not in _OPENING_QUOTES:
        return None
    return next((t.i for t in doc[m.last + 1:sent.end] if t.text in _CLOSING_QUOTES), None)


def _past_closing_quote(doc: Doc, start: int, end: int) -> int:
    """Return `end` past the quotation mark right after it when that mark closes a quote opened in
    [start, end) ("an MoU on 'rail links' during the talks"), else `end`."""
    if end < len(doc) and doc[end].is_quote and sum(t.is_quote for t in doc[start:end]) % 2 == 1:
        return end + 1
    return end


# what opens the next document of a list ("…, a memorandum on …", "… and an MoU on …")
_ITEM_DETERMINERS = frozenset({"a", "an", "the", "another"})


def _list_separator(outer: Mention, inner: Mention) -> int | None:
    """Return where a list's next document begins inside another's phrase: the separator's index.

    "signed an agreement on air services, an MoU on fisheries and an MoU on health": a document
    noun with its own article after a comma or "and", once the one before has its own subject
    ("on air services"), is the next item, whatever the capitals. "agreements and MoUs" (no
    article) stay one package; "the Agreement and the Protocol thereto" (no subject before the
    "and") stays whole.
    """
    doc = inner.head.doc
    det = next((c for c in inner.head.children if c.dep_ == "det" and c.i < inner.first), None)
    if det is None or det.lower_ not in _ITEM_DETERMINERS or det.i - 1 <= outer.last + 1:
        return None
    sep = det.i - 1
    if doc[sep].lower_ not in (",", "and", ";"):
        return None
    if doc[sep].lower_ == "and" and doc[sep - 1].text in (",", ";"):
        sep -= 1  # ", and a protocol on …"
    own = doc[outer.last + 1:sep]
    return sep if own and own[0].lower_ in _SUBJECT_PREPS else None


# what a document's own subject opens with ("an agreement on …", "a memorandum for …")
_SUBJECT_PREPS = frozenset({"on", "of", "for", "in", "to", "concerning", "regarding", "between", "with"})


def _second_name(outer: Mention, inner: Mention) -> bool:
    """Say whether a mention inside another's phrase is a document named in its own right.

    "the Memorandum of Implementation and Letter of Arrangement": each capitalised noun
    carries its own "of …"/"on …" name and "and" joins the two; "Memorandum of
    Understanding and Cooperation Agreement" is one name.
    """
    doc = inner.head.doc
    i = inner.first
    if len(outer.nouns) > 1 or len(inner.nouns) > 1 or is_plural(outer.head) or is_plural(inner.head):
        return False
    if not (inner.head.text[:1].isupper() and doc[i - 1].lower_ in ("and", ",") and i + 2 < len(doc)
            and doc[i + 1].lower_ in ("of", "on", "for") and doc[i + 2].text[:1].isupper()):
        return False
    own = doc[outer.last + 1:i - 1]
    return len(own) >= 2 and own[0].lower_ in ("of", "on", "for") and own[1].text[:1].isupper() \
        and own[1].lower_ not in _NOT_NAME_WORDS


def _from_mention(ctx: Context, sent: Span, index: int, m: Mention, bounds: tuple[int, int],
                  covered: set[int], last_status: str | None) -> list[Candidate]:
    """Return the instruments one mention gives: one per listed subject, or one named."""
    head = m.head
    typ = "other" if _with_firm(head) else mention_type(m)
    status = mention_status(head)
    titled = _titled(m, bounds[0], bounds[1], sent)
    # a plan is a document by its own capitalised name ("the Joint Action Plan"), else by a verb
    # that makes it one: "a development plan for Africa" being drafted is one side's
    named_plan = titled and head.text[:1].isupper()
    unbound = status is None and not (heads_its_line(head) and on_list_line(ctx.text, head.idx)) \
        and not _listed_with_documents(head)
    if not named_plan and _key(head) in VERB_BOUND and (unbound or _only_drafted(head)):
        # "with plans for cultural exchange programs", "finalizing a design plan": no document; a
        # list's line of signed texts is one ("- A programme of cultural cooperation for 2026-2028")
        return []
    if not named_plan and _key(head) in VERB_BOUND and _with_undocumented(head):
        return []  # "agreed on projects and programmes concerning …": works in general, no document
    if not titled and _closing_on_an_act(head):
        return []  # "concluded the meeting with an agreement on firming up the draft": a commitment
    if not named_plan and _key(head) == "arrangement" and not _penned(head):
        return []  # "agreed on arrangements for the summit"
    heads = {t.i for t in (*m.nouns, *m.absorbed)}
    last = _mention_end(m, sent, heads)
    topic = find_topic(sent, last, heads, covered)
    # exchanged notes named by what they do are one document ("exchanged notes establishing …")
    plural = (len(m.nouns) > 1 or is_plural(head) or counted(head) > 1) and not _notes_act(m)
    acts = _purpose_acts(head) if plural and not titled else []
    parallel = _parallel_acts(sent, acts[0], covered) if acts else []
    if len(parallel) <= 1 and len(acts) == 1 and not _only_relations(acts[0]):
        parallel = _listed_objects(sent, acts[0], covered)
    if plural and not titled and _of_times_past(head):
        return []  # "previous MoUs on trade", "deals signed over the years": no document in particular
    if (acts or parallel) and _bare_plural(head) and head.dep_ == "pobj" and not _amount_of(head) \
            and verb_status(head.head.head) is None and (status is None or head.head.head.pos_ == "NOUN"):
        return []  # "a focus on trade deals to foster growth and help the economy": deals in general
    if len(parallel) > 1:  # "… to build a port, train nurses and protect forests", "… to buy A, B and C"
        status = status or sentence_status(sent) or last_status or "signed"
        return [_item_candidate(sent, index, typ, status, item) for item in parallel]
    if plural and not titled and topic is None:
        concrete = [a for a in acts if not _only_relations(a)]
        if len(concrete) > 1:  # "deals were signed to set up a shipping line and promote tourism"
            status = status or sentence_status(sent) or last_status or "signed"
            return [_act_candidate(sent, index, typ, status, act, lead)
                    for lead, act in _shared_objects(concrete)]
        if (acts and counted(head) != 1 and _only_relations(acts[0])
                and not _THIS_FIELD.search(span_text(sent))):
            return []  # "several MoUs to boost cooperation in various sectors": a package
        if counted(head) == 0 and any(c.lower_ in _UNCOUNTED for c in head.children
                                       if c.dep_ in ("amod", "det")):
            return []  # "clinched additional deals to bolster its defences": how many, and which, untold
        if len(concrete) == 1 and _named_by_clause_purpose(head):
            # "Five memoranda were signed by A and B to open consulates": one package, named by its aim
            status = status or sentence_status(sent) or last_status or "signed"
            aim = clean_item(region(sent, concrete[0].i, covered))
            return [_item_candidate(sent, index, typ, status, aim)]
    if plural and not titled and (not _has_purpose(head) or _fields_of_relations(acts, topic)):
        if any(c.dep_ == "det" and c.lower_ in ("these", "those") for c in head.children):
            return []  # "These agreements focus on A, B and C": documents named before, described again
        status = status or sentence_status(sent) or last_status or "signed"
        if topic is None:
            return _anaphoric_package(ctx, sent, index, m, typ, status) or _field_package(
                ctx, sent, index, m, typ)
        if topic.summary:
            return []
        items = split_to_count(region(sent, topic.start, covered), covered, _count_of(head))
        if len(items) == 1 and counted(head) != 1:
            items = split_plural_item(items[0], covered)  # several documents need several subjects
        # "agreements, including a Comprehensive Economic Partnership Agreement (CEPA); …": an item
        # that names its own document is that document's mention, not one more of the package
        return [_item_candidate(sent, index, typ, status, _item_less_parties(ctx, item)) for item in items
                if not any(is_instrument_noun(t) for t in item)]
    return _single(ctx, sent, index, m, bounds, topic, covered, titled, last_status)


def _count_of(head: Token) -> int:
    """Return how many documents plural ones are: their own count ("two MoUs on …"), or for "the MoUs"
    the count told with the same noun before ("signed two MoUs on Monday. The MoUs cover …"), else 0."""
    if (own := counted(head)) or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return own
    told = next((t for t in reversed(head.doc[:head.i]) if t.lemma_ == head.lemma_ and is_plural(t)), None)
    return counted(told) if told is not None else 0


def _amount_of(noun: Token) -> bool:
    """Say whether plural documents are counted by a quantity noun a signing verb takes ("signed a
    number of MoUs to …", "a series of deals were inked to …"): those documents, not deals in general."""
    amount = noun.head.head
    return noun.head.lower_ == "of" and amount.pos_ == "NOUN" and not is_plural(amount) \
        and noun.head.i == amount.i + 1 and verb_status(amount.head) is not None


# Verbs that close a meeting ("concluded the talks with …", "the meeting ended with …").
_CLOSING_VERBS = frozenset({"conclude", "end", "close", "wrap"})


def _closing_on_an_act(noun: Token) -> bool:
    """Say whether a meeting closes "with an agreement on" an act to do ("concluded their meeting with an
    agreement on firming up the draft", "the talks ended with an agreement on reopening the border"), or
    the sides reach one ("reached an agreement on setting up a commission"): what the sides agreed to do,
    no document; "ended with an agreement on fisheries" is not read here."""
    prep = noun.head
    if is_plural(noun) or noun_type(noun) != "agreement":
        return False
    if noun.dep_ in ("dobj", "nsubjpass") and lemma_of(noun.head) in MIND_MEETING_VERBS:
        # "reached an agreement on setting up a commission", "an agreement was reached on building …"
        return _on_an_act(noun) or (noun.dep_ == "nsubjpass" and _on_an_act(noun.head))
    closer = prep.head.head if prep.head.pos_ == "NOUN" and prep.head.dep_ == "dobj" else prep.head
    # "concluded the second round with an agreement on holding the next one in Lima"
    return noun.dep_ == "pobj" and prep.lower_ == "with" and lemma_of(closer) in _CLOSING_VERBS \
        and _on_an_act(noun)


def _on_an_act(word: Token) -> bool:
    """Say whether a word is told "on" a gerund ("an agreement on reopening the border")."""
    return any(c.dep_ == "prep" and c.lower_ == "on"
               and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in word.children)


def _with_undocumented(noun: Token) -> bool:
    """Say whether a bare plural noun is coordinated with a noun that names no document ("projects and
    programmes", "programmes and activities")."""
    if not is_plural(noun) or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False  # "the two programmes and the fund": counted, told apart
    pair = [noun.head] if noun.dep_ == "conj" else []
    pair += [c for c in noun.children if c.dep_ == "conj"]
    return any(p.pos_ == "NOUN" and not is_instrument_noun(p) for p in pair)


def _fields_of_relations(acts: list[Token], topic: Topic | None) -> bool:
    """Say whether the purpose of plural documents only furthers relations in fields it lists ("three
    MoUs to deepen cooperation in the fields of A, B and C", "a number of deals to boost ties in A and B"):
    the fields are what the documents are on, the purpose names none of them."""
    return topic is not None and bool(acts) and all(
        _only_relations(a) and a.left_edge.i <= topic.start <= a.right_edge.i for a in acts)


def _of_times_past(head: Token) -> bool:
    """Say whether plural documents are those of a past in general, no particular ones: "previous
    MoUs", "past agreements", "deals signed over the years", "dozens of accords since 2010",
    "Over the past decade, the two signed 40 agreements on …".
    """
    if any(c.dep_ == "amod" and c.lower_ in _PAST_WORDS for c in head.children):
        return True
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    # the participle may hang on the noun of the name ("agreements on investment signed over the years")
    holders = [head, *(t for t in head.subtree if t.dep_ == "acl"), *([verb] if verb is not None else [])]
    return any(_over_a_span(prep) for h in holders for prep in h.children if prep.dep_ == "prep")


def _over_a_span(prep: Token) -> bool:
    """Say whether a preposition spans a stretch of past time ("over the years", "since 2010",
    "in recent years", "over the past decade")."""
    words = {t.lemma_.lower() for t in prep.subtree}
    if prep.lower_ == "since":
        return any(t.ent_type_ == "DATE" for t in prep.subtree)
    if prep.lower_ in ("over", "throughout", "in"):
        return bool(words & {"year", "decade"}) and (prep.lower_ != "in" or bool(words & {"recent", "past"}))
    return False


def _single(ctx: Context, sent: Span, index: int, m: Mention, bounds: tuple[int, int],
            topic: Topic | None, covered: set[int], titled: bool, last_status: str | None) -> list[Candidate]:
    """Return the one instrument a singular or named mention gives, if it names one."""
    doc = sent.doc
    start, end = bounds
    sectors_text = ""
    topic_item: list[Token] = []
    if topic is not None:
        tokens = region(sent, topic.start, covered)
        if tokens and topic.attached:
            end = max(end, tokens[-1].i + 1)  # "an MOU on information technology and …"
            end = _past_closing_quote(doc, start, end)  # "an MoU on 'rail links'"
        elif tokens and topic.summary:
            sectors_text = doc[tokens[0].i:tokens[-1].i + 1].text
        else:
            topic_item = clean_item(tokens)  # "An MoU was exchanged on maritime cooperation"
            if any(is_instrument_noun(t) for t in topic_item):
                topic_item = []  # "… has, including taking the Agreement into consideration": another mention
    given = given_name(doc, m.last, sent.end) or ([] if titled else _made_from_topic(m.head)) or _notes_act(m)
    if given:
        # "the second agreement, titled Standard Operating Procedure for …"; "upgraded the MoU on
        # fisheries into a full agreement": the agreement on fisheries
        topic_item = given
    end = _with_purpose(m, sent, end, covered)
    if titled:
        end = _name_end(m, _with_field(sent, end, covered))
        end = _quote_end(m, sent) or end
    if m.stop is not None:
        end = min(end, m.stop)
    # a table row's cell ends the name ("1. | MoU on Ocean Economy | Framework for …")
    end = next((t.i for t in doc[m.last + 1:end] if is_cell_separator(t)), end)
    own_line = _titles_a_line(ctx.text, m.head, start)
    if own_line:  # "Memorandum … on Ocean Economy\nThis MoU will …": the name ends with its line
        end = next((t.i for t in doc[m.last + 1:end] if "\n" in t.text), end)
    # "an MoU on tourism and another on fisheries": the second member is a document of its own
    second = _another_member(doc, m.last + 1, min(sent.end, end + 3))
    later_items = [_without_time(clean_item(part))
                   for part in _member_parts(region(sent, second[1], covered))] if second is not None else []
    end = min(end, second[0]) if second is not None else end
    # "the latest deal", "a pact on Friday": no subject of its own
    content = [t for t in content_tokens(list(doc[start:end]), ctx.pair)
               if t.lower_ not in _POINTING_WORDS and t.ent_type_ not in TIME_ENTS
               and not _signed_before(t, m.head) and not _new_pointed(t, m.head)]
    if not (titled or content or topic_item):
        # "a convention was signed to combat …"; "an agreement aimed at easing …"
        topic_item = _clause_purpose_item(m.head, sent, covered) or _aimed_item(m.head, sent, covered)
    typ = "other" if _with_firm(m.head) else mention_type(m)
    status = None
    if (titled or content) and (package_noun := _members_of(sent)) is not None:
        # "They signed six accords. Among the deals was an MoU on …": the package's status, before
        # what the member's own clause tells ("Among them is a memorandum under which firms will explore …")
        status = mention_status(package_noun) or last_status or (
            sentence_status(ctx.sentences[index - 1]) if index > 0 else None)
    status = status or mention_status(m.head)
    if status is None and (titled or content or topic_item):
        status = joined_clause_status(m.head) or sentence_status(sent)
        if status == "discussed" and ordinal_opening(sent) is not None and last_status is not None:
            status = last_status  # "The first MoU covers A, and the second MoU covers B": the package's
    if status is None and (titled or content) and (on_list_line(ctx.text, m.head.idx) or own_line) \
            and not _verb_on_line(ctx.text, m.head):
        status = last_status or "signed"  # "The MoUs are:\n- MoU on disaster management;"
    if status is None and content and ordinal_opening(sent) is not None:
        status = last_status  # "Three MoUs will be signed. … The second MoU between A and B covers …"
    if status is None and titled and _covers(m.head) and last_status is not None \
            and not on_list_line(ctx.text, m.head.idx):
        # "They signed five accords. The Framework Agreement between A and B covers …": one of them, its
        # name ending before the verb
        status, end = last_status, min(end, m.head.head.i)
    aim = [] if titled or content or topic_item or topic is not None else _told_by(m.head, sent, covered)
    if status is None and not titled and (topic is not None or (topic_item and not content) or aim) \
            and (status := _signed_bare_before(ctx, index, m)) is not None:
        # "… signed an MoU on Tuesday. The MoU covers maritime security." ("… aims to boost trade"): what
        # it covers names it
        topic_item = clean_item(region(sent, topic.start, covered)) if topic is not None \
            else topic_item or aim
        content = []
    if status is not None and not (titled or content or topic_item):
        # "… signed an MoU on Tuesday, which aims to boost trade"; "… signed an MoU on Tuesday. It covers
        # maritime security."
        topic_item = _told_in_clause(m, sent, covered) or (
            _told_next(ctx, index, m) if _wordless(m.head) else [])
    if status is None and (titled or content) and welcomed(m.head):
        status = "finalized"  # "I welcome the agreement on …": reached, no stage told (a list's comes first)
    if status is None or _anaphoric(doc[start:end], content or topic_item, titled):
        return []
    if not (titled or content or topic_item or _key(m.head) in SELF_NAMING or typ == "declaration"):
        return []
    if _only_kinds(doc[start:end]):
        return []  # a table's heading "Agreement / MoU", "MoUs/Agreements": kinds of document, none named
    if not titled and not topic_item and _named_by_complement(m.head, content):
        return []  # "The first agreement was the Protocol on X": the Protocol is the document
    if topic_item and (given or (topic is not None and topic.told)
                       or not (titled or [t for t in content if t.lower_ not in ORDINAL_WORDS])):
        # "the first agreement was signed between A and B on X": X names it, the ordinal only counts
        s_char, e_char = topic_item[0].idx, topic_item[-1].idx + len(topic_item[-1])
    else:
        # a title keeps its parties ("the Agreement on Science Cooperation between Chile and Peru")
        cut = _without_trailing_parties(ctx, m, start, end)
        own = _without_trailing_bodies(ctx, m, start, end)
        own = min(cut, own)
        s_char, e_char = subject_text(start, end if _titled(m, start, own, sent) else own, sent)
    subject = ctx.text[s_char:e_char]
    if (subject_span := doc.char_span(s_char, e_char)) is not None:
        subject = without_restated_amounts(subject, subject_span)
    others = _other_parties(ctx, m.head)
    if not others and (paired := named_pair(doc[start:end])) and set(paired) != set(ctx.pair):
        others = paired  # "the Chile-Vietnam DTAA": the name's own pair
    found = [Candidate(typ, subject, sectors_for(subject + " " + sectors_text), status, index,
                       sent.start_char, sent.end_char, named=True,
                       parties=others or named_pair(doc[start:end]) or _org_parties(doc[start:end]),
                       span=(s_char, e_char), head=m.head.idx, outside=bool(others))]
    found.extend(_item_candidate(sent, index, typ, status, item) for item in later_items if item)
    return found


def _covers(head: Token) -> bool:
    """Say whether a document is the subject of a verb that says what it covers ("The Framework Agreement
    between A and B covers …", "The MoU deals with …")."""
    return head.dep_ == "nsubj" and (head.head.lower_ in LIST_ANCHORS or lists_through(head.head))


def _signed_bare_before(ctx: Context, index: int, m: Mention) -> str | None:
    """Return the status of a document of the same kind that the sentence before signed with no subject of
    its own, when this sentence's subject points back to it and tells what it is on ("Fiji and Samoa signed
    an MoU on Tuesday. The MoU covers maritime security."), else None."""
    head = m.head
    if index == 0 or head.dep_ != "nsubj" or is_plural(head) \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
        return None
    typ, sent_before = mention_type(m), ctx.sentences[index - 1]
    before = [b for b in mentions(sent_before) if mention_type(b) == typ and not is_plural(b.head)]
    if len(before) != 1 or not _wordless(before[0].head):
        return None
    return mention_status(before[0].head) or sentence_status(sent_before)


# Verbs that tell what a document is on through a word after them ("focuses on …", "provides for …").
_TELLING_VERBS_ON = {"focus": "on", "centre": "on", "center": "on", "concentrate": "on", "provide": "for"}
# What points back to the one document signed in the sentence before ("It covers …", "The text …").
_POINTING_BACK = frozenset({"it", "document", "text"})
_ANY_KIND = "agreement"  # the kind of "agreement", "deal", "pact", "accord": words for any document


def _told_by(head: Token, sent: Span, covered: set[int]) -> list[Token]:
    """Return what the verb a document is the subject of tells it is on or aims at ("The MoU covers A",
    "… deals with A", "… focuses on A", "… provides for A", "… aims to boost A"), else []."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return []
    if verb.lower_ in LIST_ANCHORS:
        return clean_item(region(sent, verb.i + 1, covered))
    nxt = sent.doc[verb.i + 1] if verb.i + 1 < sent.end else None
    if lists_through(verb) or (nxt is not None and _TELLING_VERBS_ON.get(verb.lemma_) == nxt.lower_):
        return clean_item(region(sent, verb.i + 2, covered))
    if verb.lemma_ in _AIMING_VERBS:
        aim = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.lower_ != "be"),
                   None)
        return clean_item(region(sent, aim.i, covered)) if aim is not None else []
    return []


def _told_in_clause(m: Mention, sent: Span, covered: set[int]) -> list[Token]:
    """Return what a relative clause on a bare document, or on the time or place told after it, says the
    document is on or aims at ("signed an agreement, which aims to boost trade"; "signed an MoU on Tuesday,
    which covers fisheries": the parser hangs the clause on "Tuesday"), else []."""
    preps = [p for p in [*m.head.rights, *m.head.head.rights] if p.dep_ == "prep" and p.i > m.last]
    hosts = {m.head.i} | {g.i for p in preps for g in p.children
                          if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME", "GPE")}
    which = next((t for t in sent if t.i > m.last and t.dep_ == "nsubj" and t.lower_ in ("which", "that")
                  and t.head.dep_ == "relcl" and t.head.head.i in hosts), None)
    return _told_by(which, sent, covered) if which is not None else []


def _told_next(ctx: Context, index: int, m: Mention) -> list[Token]:
    """Return what the next sentence tells a bare document is on when its subject points back to it as
    "it" or "the document/text" ("Fiji and Samoa signed an MoU on Tuesday. It covers maritime security.";
    "… The document focuses on trade"), when the document is the only one its sentence names, else []."""
    if index + 1 >= len(ctx.sentences) or is_plural(m.head) or len(mentions(ctx.sentences[index])) != 1:
        return []
    nxt = ctx.sentences[index + 1]
    subject = next((t for t in nxt if t.dep_ == "nsubj" and t.head == nxt.root), None)
    if subject is None or not (subject.lower_ == "it" or _points_back(subject, m)
                               or _part_of_pointed(subject, m)):
        return []
    return _told_by(subject, nxt, set())


def _points_back(noun: Token, m: Mention) -> bool:
    """Say whether a noun points back to a bare document as "the document/text" or by the general word for
    any document ("… signed an MoU. The pact covers …", "… a treaty. The agreement …"; the same kind is read
    by `_signed_bare_before`; "the memorandum" after an agreement is another document), with no words of its
    own."""
    if is_plural(noun) or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children):
        return False
    if noun.lower_ in _POINTING_BACK:
        return True
    return is_mention_noun(noun) and _wordless(noun) and noun_type(noun) == _ANY_KIND != mention_type(m) \
        and not any(c.dep_ in ("poss", "nummod") for c in noun.children)


def _part_of_pointed(noun: Token, m: Mention) -> bool:
    """Say whether a subject is a part of a document that points back ("Key areas of the memorandum
    include …", "The main elements in the deal are …")."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in")), None)
    doc_noun = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return doc_noun is not None and not any(c.dep_ == "prep" for c in doc_noun.children) and (
        doc_noun.lower_ in _POINTING_BACK or (is_mention_noun(doc_noun) and not is_plural(doc_noun)
                                              and noun_type(doc_noun) in (_ANY_KIND, mention_type(m)))) \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in doc_noun.children)


def _wordless(head: Token) -> bool:
    """Say whether a document's noun has no words of its own: no modifier, and only a time or place after
    it ("an MoU on Tuesday", "a memorandum of understanding in Lima"; not "an agreement on fishing", whose
    "on" the parser may hang on the verb)."""
    if any(c.dep_ in ("compound", "amod", "acl", "relcl", "appos", "nmod") for c in head.children):
        return False
    doc, at = head.doc, head.i + 1
    if at + 1 < len(doc) and doc[at].lower_ == "of" and doc[at + 1].lower_ in _UNDERSTANDING:
        at += 2  # "memorandum of understanding"
    nxt = doc[at] if at < head.sent.end else None
    if nxt is None or nxt.pos_ != "ADP":
        return nxt is None or nxt.is_punct or nxt.pos_ in ("VERB", "AUX", "CCONJ") \
            or nxt.ent_type_ in TIME_ENTS  # "… will sign an agreement next week"
    objects = [g for g in nxt.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.ent_type_ in ("DATE", "TIME", "GPE") for g in objects)


def _made_from_topic(head: Token) -> list[Token]:
    """Return the topic of the document a mention was made from, when the mention has no name of its own
    ("turned their 2022 MoU on energy into a binding agreement": energy; "… into a trade agreement" keeps
    its own), else []."""
    source = made_from(head)
    if source is None or any(c.dep_ == "compound" and c.lower_ not in GENERIC_WORDS for c in head.lefts):
        return []
    words = list(head.doc[source.i + 1:head.head.i])  # to "into": the parser may hang "on …" on the verb
    while words and (words[0].lower_ == "of" or words[0].lower_ in _NOT_NAME_WORDS):
        words = words[1:]  # "memorandum of understanding on …"
    cut = next((k for k, t in enumerate(words) if t.lower_ in ("between", "with") or t.ent_type_ == "DATE"),
               len(words))
    return clean_item(words[:cut]) or clean_item([c for c in source.lefts if c.dep_ == "compound"])


def _signed_before(word: Token, head: Token) -> bool:
    """Say whether a word before a document's noun only says it was signed ("Under the signed
    agreement, …", "the inked memorandum"): it points back to a document, naming nothing."""
    return word.i < head.i and word.tag_ == "VBN" and lemma_of(word) in SIGNED_VERBS


def _without_time(item: list[Token]) -> list[Token]:
    """Return a list item without the time told after it ("… and another on ports next month")."""
    while item and item[-1].ent_type_ in TIME_ENTS:
        item = item[:-1]
    return item


def _member_parts(tokens: list[Token]) -> list[list[Token]]:
    """Return a later member's words split where one more member opens ("on mining and one on tourism":
    mining, tourism), each part past its opener."""
    parts: list[list[Token]] = [[]]
    for k, tok in enumerate(tokens):
        if k > 0 and tokens[k - 1].lower_ in ("and", ",") and member_opening(tok):
            parts[-1] = parts[-1][:-1]
            parts.append([])
        parts[-1].append(tok)
    return parts


def _another_member(doc: Doc, first: int, end: int) -> tuple[int, int] | None:
    """Return where a document's own words end and its second member's topic starts when "and another
    on …" follows it ("a memorandum on tourism and another on fisheries", "… and one on fisheries", "…
    and one that deals with fisheries"), else None."""
    for tok in doc[first:end]:
        if tok.lower_ not in ("another", "one") or tok.i <= first \
                or doc[tok.i - 1].lower_ not in _MEMBER_SEPARATORS:
            continue
        # "signed three accords: an MoU on A, one on B, and …": a member told after a comma says what it is
        # on, a comma being no "and" that would join a clause ("…, one that …")
        topic = (_member_after_comma(tok) if doc[tok.i - 1].text == ","
                 else tok.i + 2 if member_opening(tok) else _listing_clause(tok))
        if topic is None:
            continue
        cut = tok.i - 1
        while cut > first and doc[cut - 1].is_punct:
            cut -= 1
        return cut, topic
    return None


# Prepositions that say what a member told after a comma is on ("…, one on B"); not "in" ("…, one in a
# series") nor "for" ("…, one for each side").
_ELIDED_MEMBER_PREPS = frozenset({"on", "about", "regarding", "concerning"})


_MEMBER_SEPARATORS = frozenset({"and", ","})


def _member_after_comma(member: Token) -> int | None:
    """Return where the topic of a member told after a comma starts ("…, one on B", "…, another concerning
    B", the tagger may call "concerning" a verb), else None ("…, one of the most important", "…, one on
    Monday")."""
    doc = member.doc
    if member.i + 2 >= len(doc):
        return None
    prep, first = doc[member.i + 1], doc[member.i + 2]
    ok = prep.lower_ in _ELIDED_MEMBER_PREPS and prep.pos_ in ("ADP", "VERB") \
        and first.ent_type_ not in TIME_ENTS
    return member.i + 2 if ok else None


def _listing_clause(member: Token) -> int | None:
    """Return where the topic starts when a member is told by a clause that lists what it is on ("one
    that deals with A", "another which covers B"), else None."""
    doc = member.doc
    if member.i + 3 >= len(doc) or doc[member.i + 1].lower_ not in ("that", "which"):
        return None
    verb = doc[member.i + 2]
    if lists_through(verb):
        return verb.i + 2  # "deals with", "pertains to"
    return verb.i + 1 if verb.lower_ in LIST_ANCHORS else None


def _only_kinds(span: Span) -> bool:
    """Say whether a mention's words are two or more instrument nouns and nothing else ("Agreement / MoU")."""
    words = [t for t in span if t.is_alpha]
    return len(words) >= 2 and all(is_instrument_noun(t) for t in words)


# Words that may join the states a document is "between" ("between the Government of A and B").
_PARTY_GLUE = frozenset({"and", "&", ",", "the", "government", "governments", "of", "republic"})


def _without_trailing_parties(ctx: Context, m: Mention, start: int, end: int) -> int:
    """Return the end of an untitled subject less the states it is "between" ("the visa exemption
    agreement between Peru and Ghana"): who signs is no part of what it is. A name left with no word
    of its own ("the agreement between A and B") keeps them; "with B" stays (one side's counterpart).
    """
    doc = m.head.doc
    states = {t.i for ent in doc.ents if ent.start >= start and ent.end <= end
              and ctx.country_of(ent.text) is not None for t in ent}
    for prep in doc[m.last + 1:end]:
        if prep.lower_ != "between" or not start <= prep.head.i < prep.i:
            continue
        rest = doc[prep.i + 1:end]
        # "between Peru and Ghana"; "between the two countries", "between both governments"
        named = any(t.i in states for t in rest) or (
            len(rest) >= 2 and rest[-1].lower_ in PAIR_REFERENCES and rest[-1].tag_ == "NNS")
        glue = _PARTY_GLUE | PAIR_REFERENCES
        if named and all(t.i in states or t.lower_ in glue for t in rest) \
                and content_tokens(list(doc[start:prep.i]), ctx.pair):
            return prep.i
    return end


def _without_trailing_bodies(ctx: Context, m: Mention, start: int, end: int) -> int:
    """Return the end of an untitled subject less the bodies it is "between" ("an MoU on fisheries between
    the two agriculture ministries"): the ministries that sign it are its parties, no part of what it is
    about. A title keeps them, and so does a document named by nothing else ("the second MoU between the
    space agency and Airbus")."""
    doc = m.head.doc
    for prep in doc[m.last + 1:end]:
        if prep.lower_ != "between" or prep.head.i >= prep.i:
            continue
        bodies = [c for c in prep.children if c.dep_ == "pobj"]
        bodies += [c for b in bodies for c in b.conjuncts if c.i > b.i]
        if bodies and all(_is_body(ctx, b) for b in bodies) \
                and max(b.right_edge.i for b in bodies) + 1 >= end \
                and [t for t in content_tokens(list(doc[start:prep.i]), ctx.pair)
                     if t.lower_ not in ORDINAL_WORDS]:
            return prep.i
    return end


def _is_body(ctx: Context, tok: Token) -> bool:
    """Say whether a word names an office or organisation of a side, not a state ("the two interior
    ministries", "the Ministry of Trade of A")."""
    if tok.lemma_.lower() in GOVERNMENT_BODY_NOUNS:
        return True
    return tok.ent_type_ == "ORG" and ctx.country_of(tok.text) is None


def _item_less_parties(ctx: Context, item: list[Token]) -> list[Token]:
    """Return a listed subject less the states the documents are "between" ("… and flood control
    between Chile and Peru": who signs them is no part of the last subject)."""
    for k, prep in enumerate(item[1:], start=1):
        if prep.lower_ == "between" and _only_states(ctx, item[k + 1:]):
            return item[:k]
    return item


def _only_states(ctx: Context, tokens: list[Token]) -> bool:
    """Say whether words name only states, joined by glue ("Peru and Chile", "the Government of Ghana")."""
    if not tokens:
        return False
    doc = tokens[0].doc
    states = {t.i for ent in doc.ents if tokens[0].i <= ent.start and ent.end <= tokens[-1].i + 1
              and ctx.country_of(ent.text) is not None for t in ent}
    return bool(states) and all(t.i in states or t.lower_ in _PARTY_GLUE for t in tokens)


_MEMBER_VERBS = frozenset({"include", "comprise", "feature"})
# Pronouns that stand for a package of documents told in the sentence before.
_PACKAGE_POINTERS = frozenset({"them", "they", "these", "those"})
# Plural nouns that name such a package whatever its documents are ("The instruments are: …").
_PACKAGE_NOUNS = frozenset({"documents", "instruments", "texts"})


def _members_of(sent: Span) -> Token | None:
    """Return the plural documents a sentence lists the members of, if it does.

    "Among the deals was A, B and C", "The agreements signed included A and B": the
    documents named there are of the package, with its status.
    """
    for tok in sent:
        if not (is_plural(tok) and is_instrument_noun(tok)) and tok.lower_ not in _PACKAGE_POINTERS \
                and tok.lower_ not in _PACKAGE_NOUNS:
            continue  # "Among them were …", "They included …": the package named just before
        if tok.dep_ == "pobj" and tok.head.lower_ == "among":
            return tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _counted_part(tok.head.head):
            return tok  # "One of them is a visa waiver agreement", "Two of the deals cover …"
        if tok.dep_ in ("nsubj", "nsubjpass") and (lemma_of(tok.head) in _MEMBER_VERBS
                                                   or _covers_documents(tok.head)):
            return tok
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and tok.head.dep_ == "ROOT" \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return tok  # "The instruments are: the Protocol on …; a Memorandum on …"
    return None


def _covers_documents(verb: Token) -> bool:
    """Say whether a verb of covering takes documents as its object ("The three MoUs cover an MoU on
    energy, …"): it lists members, not fields ("The MoUs cover energy and mines")."""
    return lemma_of(verb) in _COVERING_VERBS and any(
        c.dep_ == "dobj" and is_instrument_noun(c) and not is_plural(c) for c in verb.children)


# Verbs that tell what a package covers: members only when their object is a document.
_COVERING_VERBS = frozenset({"cover", "encompass", "span"})


def _counted_part(tok: Token) -> bool:
    """Say whether a word counts out a part of a package as the subject of "be" ("One of them is …");
    "One of them, a letter sent in May, showed interest in a deal" tells of another thing."""
    return tok.dep_ == "nsubj" and (tok.pos_ == "NUM" or tok.lower_ in _PART_WORDS) \
        and tok.head.lemma_ == "be" and not any(c.dep_ == "appos" for c in tok.children)


# Words that pick members out of a package ("some of them", "the first of these").
_PART_WORDS = frozenset({"one", "some", "several", "each", "another", "first", "second", "third", "last"})


def _with_purpose(m: Mention, sent: Span, end: int, covered: set[int]) -> int:
    """Return the end of a deal's name extended over its purpose ("deal to buy 50 jets",
    "an MoU with the ministry to extend the licence": the purpose may follow its party).
    """
    if noun_type(m.head) not in _PURPOSED_TYPES or _to_infinitive(sent.doc, end) is None \
            or not _only_parties_between(m, end):
        return end
    tokens = act_region(sent, end + 1, covered)  # from the verb, over coordinated acts
    return max(end, tokens[-1].i + 1) if tokens else end


def _notes_act(m: Mention) -> list[Token]:
    """Return what exchanged notes do, which names them ("exchanged notes establishing visa-free travel for
    diplomats": visa-free travel for diplomats), as a topic after "on" does; else []."""
    if m.head.lower_ not in EXCHANGED_FORMS:
        return []
    objects = [g for c in m.head.children if c.dep_ == "acl" and c.tag_ == "VBG"
               and c.lemma_.lower() in EXCHANGE_TOPIC_VERBS for g in c.children if g.dep_ == "dobj"]
    return list(m.head.doc[objects[0].left_edge.i:objects[0].right_edge.i + 1]) if objects else []


def _only_parties_between(m: Mention, end: int) -> bool:
    """Say whether nothing but who signs it lies between a document's noun and `end`
    ("an MoU with the ministry", not "the Agreement on Science … between A and B").
    """
    doc = m.head.doc
    j = m.last + 1
    if j + 1 < end and doc[j].lower_ == "of" and doc[j + 1].lower_ in _NOT_NAME_WORDS:
        j += 2  # "memorandum of understanding"
    if j + 2 < end and doc[j].text == "(" and doc[j + 2].text == ")":
        j += 3  # "(MoU)"
    if (worth := next((c for c in m.head.children if c.i == j and value_clause(c)), None)) is not None:
        j = worth.right_edge.i + 1  # "a loan agreement amounting to 20 billion yen to build …"
    return j == end or doc[j].lower_ in ("with", "between")


def _name_end(m: Mention, end: int) -> int:
    """Return the end of a capitalised name before a bare lowercase "for …" that says whom it
    serves ("the Third Country Training Program for officials from Southeast Asia"); "the
    Partnership for the Energy Transition" keeps it.
    """
    doc = m.head.doc
    j = m.last + 1
    k = j + 1  # "for officials", not "for the implementation of …" (what it is, not whom it serves)
    capitals = sum(t.text[:1].isupper() for t in doc[max(0, m.first - 3):m.first])
    if k < end and doc[j].lower_ == "for" and doc[k].is_alpha and doc[k].text[:1].islower() \
            and m.head.text[:1].isupper() and capitals >= 2:
        return j
    return end


def _with_field(sent: Span, end: int, covered: set[int]) -> int:
    """Return the end of a name extended over "in the field of X" ("Memorandum of Cooperation
    in the field of information technology": the field is what tells it from the others).
    """
    doc = sent.doc
    words = [t.lower_ for t in doc[end:min(sent.end, end + 4)]]
    if len(words) < 4 or words[0] != "in" or words[1] not in ("the", "a") or words[3] != "of" \
            or words[2] not in ("field", "fields", "area", "areas", "sphere", "spheres", "domain"):
        return end
    tokens = region(sent, end + 4, covered)
    return tokens[-1].i + 1 if tokens else end


def _anaphoric_package(ctx: Context, sent: Span, index: int, m: Mention, typ: str,
                       status: str) -> list[Candidate]:
    """Return "Two agreements were signed … in this domain" as that many instruments.

    The domain is the one sector the previous sentence names; without exactly one, or
    without a small count, the package stays a figure.
    """
    count = counted(m.head)
    if not 1 < count <= _MAX_PACKAGE or not _THIS_FIELD.search(span_text(sent)):
        return []
    pos = ctx.sentence_index(sent)
    if not pos:
        return []
    labels = sectors_for(ctx.sentences[pos - 1].text)
    if len(labels) != 1:
        return []
    return [Candidate(typ, labels[0], labels, status, index, sent.start_char, sent.end_char,
                      named=False, ordinal=k) for k in range(count)]


def _field_package(ctx: Context, sent: Span, index: int, m: Mention, typ: str) -> list[Candidate]:
    """Return plural documents that a field before the noun names as one instrument ("signed trade
    agreements", "is pushing to reach visa-free travel deals with Gulf states", "three fisheries accords").

    Only when a verb or clause tells their stage and the modifiers name a field: "cooperation agreements",
    "Agreements are important", a large count ("25 trade deals") and "the" ("commend the commercial deals
    reached …": told elsewhere, in a list or before) name no document in particular.
    """
    head = m.head
    status = mention_status(head)
    listed = any(n.i != head.i and n.dep_ != "compound" for n in m.nouns)  # "MoUs and agreements"
    pointed = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    if status is None or listed or pointed or counted(head) > _MAX_PACKAGE or _summed(head) \
            or _unnamed_partners(head):
        return []
    mods = [c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod")]
    start = min((t.left_edge.i for t in mods), default=head.i)
    if not content_tokens(list(sent.doc[start:head.i]), ctx.pair):
        return []
    s_char, e_char = subject_text(start, head.i + 1, sent)
    subject = ctx.text[s_char:e_char]
    sectors = sectors_for(subject)
    if not sectors:
        return []
    return [Candidate(typ, subject, sectors, status, index, sent.start_char, sent.end_char, named=True,
                      span=(s_char, e_char), head=head.idx)]


def _unnamed_partners(head: Token) -> bool:
    """Say whether plural documents are "with" partners no name tells ("trade deals with major partners",
    "with the companies", "with neighbours"): a record of deals in general; "with European states" names
    them."""
    withs = [c for c in (*head.children, *head.head.children) if c.dep_ == "prep" and c.lower_ == "with"]
    return any(o.dep_ == "pobj" and o.pos_ == "NOUN" and is_plural(o)
               and not any(t.ent_type_ in ("NORP", "GPE", "LOC") for t in o.subtree)
               for w in withs for o in w.children)


def _summed(head: Token) -> bool:
    """Say whether plural documents come with a sum of money ("$10 billion worth of defence contracts",
    "commercial deals of some $30 billion"): a total of many, no document in particular."""
    holders = [head, *itertools.takewhile(lambda t: t.pos_ not in ("VERB", "AUX"), head.ancestors)]
    return any(t.ent_type_ == "MONEY" for h in holders for t in h.subtree)


def _listed_with_documents(head: Token) -> bool:
    """Say whether a plan is an item of a list of documents ("an MoU on sport, a plan of cultural
    exchanges and an agreement on rail were the documents signed"): it is one of them."""
    return any(is_instrument_noun(c) and _key(c) not in VERB_BOUND for c in head.conjuncts)


def _named_by_complement(head: Token, content: list[Token]) -> bool:
    """Say whether a document counted only by its ordinal is named by what it is ("The first agreement was
    the Joint Protocol on Fisheries", "The second accord is an MoU on health"): the complement is a document
    of its own, told by its own mention."""
    if head.dep_ != "nsubj" or head.head.lemma_ != "be" or any(c.dep_ == "prep" for c in head.children):
        return False
    if any(t.lower_ not in ORDINAL_WORDS and t.pos_ != "ADJ" for t in content):
        return False  # "The agreement on trade is the first FTA": a subject of its own
    return any(c.dep_ == "attr" and (is_instrument_noun(c) or (c.pos_ == "PROPN" and c.text[:1].isupper()))
               for c in head.head.children)


def _form_named(head: Token) -> bool:
    """Say whether a capitalised means form ("Exchange of Notes") is told what it concerns by the words
    after it ("… concerning a grant"), not where it was signed ("… in Ulaanbaatar")."""
    after = fixed_form_end(head) + 1
    return head.lower_ in MEANS_FORMS and after < len(head.doc) and head.doc[after].lower_ not in ("in", "at")


def _mention_end(m: Mention, sent: Span, heads: set[int]) -> int:
    """Return the last token of the mention's name ("memoranda of understanding (MoUs)",
    "a letter of intent").
    """
    doc = sent.doc
    last = m.last
    if last + 2 < sent.end and doc[last + 1].lower_ == "of" and doc[last + 2].lower_ in _NAME_COMPLETIONS:
        last += 2
        heads.add(last)
    elif (m.head.is_lower or _form_named(m.head)) and last < (form_end := fixed_form_end(m.head)) < sent.end:
        # a titled "Letter of Arrangement" is a name of its own; an "Exchange of Notes" only the form's
        last = form_end
        heads.add(last)
    if doc[last].i == m.head.i and apostrophe_plural(m.head):
        last += 1  # "MOU's on A and B": the "'s" is the plural's
        heads.add(last)
    if last + 3 < sent.end and doc[last + 1].text == "(" and doc[last + 3].text == ")":
        last += 3
        heads.update((last - 1, last))  # "… (MoUs) on A and B": the list hangs on the bracket's end
    return last


# A line that heads a list of signed documents ("List of Agreements/MoUs signed during the visit",
# "Outcomes of the State Visit", "Documents exchanged").
_LIST_HEADING = re.compile(r"(?im)^[^\S\n]*(?:list of|outcomes?\b)[^\n]*$"
                           r"|^[^\n.]*\b(?:agreements|mous|memoranda|documents|instruments)\b"
                           r"[^\n.]*\b(?:signed|exchanged|concluded)\b[^\n.]*$")


def _titles_a_line(text: str, noun: Token, start: int) -> bool:
    """Say whether a document's name is a line of its own under a heading of signed documents
    ("List of Agreements signed …\n\nMemorandum of Understanding on Ocean Economy\nThis MoU will …"):
    the name opens the line, heads it, and ends it without a full stop."""
    doc = noun.doc
    line_start, line_end = line_bounds(text, noun.idx)
    line = text[line_start:line_end].rstrip()
    if doc[start].idx > line_start + 2 or not line or line.endswith((".", ":", "?", "!")) or not (
            doc[start].text[:1].isupper() and heads_its_line(noun)):
        return False
    return any(h.end() < line_start for h in _LIST_HEADING.finditer(text, 0, line_start))


def _verb_on_line(text: str, noun: Token) -> bool:
    """Say whether the noun's line is a clause that only speaks of a document, not a list item naming one.

    "- Key terms of the Agreement include:" tells what it holds; "14. Abe acknowledged Japan's
    contributions through the Strategic Partnership for …" (a numbered paragraph) names a
    framework as a means. A line that names a document, or whose clause acts on it ("- Welcoming
    the MoU on …", "5. The leaders welcomed the MoU on …"), takes the status of its list.
    """
    line_start, line_end = line_bounds(text, noun.idx)
    while noun.dep_ in ("conj", "appos") and noun.head.i != noun.i:
        noun = noun.head
    finite = [a for a in noun.ancestors
              if a.pos_ == "VERB" and a.tag_ != "VBG" and line_start <= a.idx < line_end]
    return any(lemma_of(a) in NEUTRAL_VERBS for a in finite) or (bool(finite) and noun.dep_ == "pobj")


def _only_drafted(noun: Token) -> bool:
    """Say whether the verb that gives a plan its status only drafts or readies it.

    "is finalizing a development plan", "will draft an action plan": one side's plan in the
    making; a plan is a document between the parties once signed, adopted or agreed on.
    """
    own = noun.doc[noun.left_edge.i:noun.i]
    states = sum(t.pos_ == "PROPN" and gazetteer().resolve(t.text) is not None for t in own)
    if states >= 2 or any(t.lower_ in SHARED_WORDS for t in own):
        return False  # "a joint action plan", "the Ghana-Chile plan": the two sides' in the making
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX") and verb_status(a) is not None), None)
    return verb is not None and lemma_of(verb) in PLANNED_VERBS


def _penned(noun: Token) -> bool:
    """Say whether the verb that gives a document its status puts it in writing ("signed", "inked")."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX") and verb_status(a) is not None), None)
    return verb is not None and lemma_of(verb) in PENNED_VERBS


def _key(head: Token) -> str:
    return head.lower_ if head.lower_ in NOUN_TYPES else head.lemma_.lower()


def _has_purpose(head: Token) -> bool:
    """Say whether a deal or MoU is named by its purpose ("two deals to promote imports of …",
    "four memoranda to boost trade")."""
    return noun_type(head) in _PURPOSED_TYPES and _purpose_start(head) is not None


def _purpose_start(head: Token) -> int | None:
    """Return where "to <verb> …" right after the noun, or after the one word of its name
    ("memoranda of understanding to …"), begins (not "to be signed")."""
    after = head.i + 1
    named = next((c for c in head.rights if c.i == after and c.dep_ == "prep" and c.lower_ == "of"), None)
    if named is not None and [g.dep_ for g in named.subtree][1:] == ["pobj"]:
        after = named.right_edge.i + 1
    return _to_infinitive(head.doc, after)


def _to_infinitive(doc: Doc, j: int) -> int | None:
    """Return `j` when "to <verb>" (not "to be", nor a stage: "to take effect") begins there, else None."""
    if j + 1 < len(doc) and doc[j].lower_ == "to" and doc[j + 1].tag_ == "VB" and doc[j + 1].lower_ != "be":
        stage = j + 2 < len(doc) and doc[j + 1].lemma_ in ("take", "enter", "come") and doc[j + 2].lower_ in (
            "effect", "into")
        ended = doc[j + 1].lemma_.lower() in EXPIRY_VERBS  # "allowed the memorandum to expire"
        return None if stage or ended else j  # "clearing the way for the deal to take effect": no purpose
    return None


def _bare_plural(head: Token) -> bool:
    """Say whether a plural document noun has no article, number or owner ("trade deals"): any deals."""
    return is_plural(head) and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children) \
        and not any(c.dep_ == "conj" for c in head.children)


def _purpose_acts(head: Token) -> list[Token]:
    """Return the verbs of the purpose a plural mention states, one per coordinated act.

    The purpose follows the noun ("deals to extradite …") or the clause that reports it
    ("accords were signed to set up …, extradite … and promote …"); its coordinated
    verbs are one document each.
    """
    doc = head.doc
    start = _purpose_start(head)
    first = doc[start + 1] if start is not None else _clause_purpose(head)
    if first is None:
        return []
    return [first, *(c for c in first.subtree if c.i != first.i and _coordinated_with(c, first))]


def _named_by_clause_purpose(head: Token) -> bool:
    """Say whether new plural deals or MoUs take their name from the aim of the clause that signs
    them ("three accords were inked … to boost tourism"), as "signed three accords to boost tourism"
    does from its own; "the agreements", told before, are not named again.
    """
    return noun_type(head) in _PURPOSED_TYPES and _purpose_start(head) is None \
        and _clause_purpose(head) is not None and verb_status(head.head) is not None \
        and not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children)


def _clause_purpose(head: Token) -> Token | None:
    """Return the verb of "to <verb>" that the clause signing a document states as its aim.

    "accords were signed on Monday to set up …", "they inked a pact to protect …": the
    infinitive hangs on the verb, not on the noun.
    """
    own_aim = head.dep_ == "nsubj" and lemma_of(head.head) in _AIMING_VERBS
    if head.dep_ not in ("nsubjpass", "dobj") and not own_aim:
        return None  # "the agreements aim to set up …": the aim is theirs
    if head.dep_ == "nsubjpass" and lemma_of(head.head) in _HOPING_VERBS:
        return None  # "These agreements are expected to boost tourism": what they will do, no name
    # "is expected to enter into force": the stage ahead, not an aim
    return next((c for c in head.head.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
                 and c.lower_ != "be" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
                 and not tells_entry(c)),
                None) or _purpose_after_time(head) or _purpose_in(head) or _purpose_for(head)


# Verbs that say what documents are looked to do ("The accords are expected to boost trade").
_HOPING_VERBS = frozenset({"expect", "hope", "anticipate", "project"})


def _purpose_for(head: Token) -> Token | None:
    """Return the gerund of a purpose told by "for" on the signing verb ("an MoU was signed for
    facilitating trade", "they signed a deal on Monday for promoting tourism")."""
    if verb_status(head.head) is None:
        return None
    fors = (c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "for")
    return next((g for f in fors for g in f.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


def _purpose_in(head: Token) -> Token | None:
    """Return the verb of a purpose told by "in" on the signing verb or the noun ("signed a deal in a
    bid to open …", "an accord in an effort to settle …")."""
    verbs = (purpose_in_act(prep) for prep in (*head.head.children, *head.rights))
    return next((v for v in verbs if v is not None), None)


def _purpose_after_time(head: Token) -> Token | None:
    """Return the verb of "to <verb>" hung on the noun past a time phrase ("signed an agreement
    on Tuesday to run a customs post", "a memorandum of understanding in March to share data").
    """
    doc = head.doc
    for act in head.rights:
        if act.dep_ != "acl" or _to_infinitive(doc, act.i - 1) != act.i - 1:
            continue
        between = doc[head.i + 1:act.i - 1]
        if any(t.ent_type_ in TIME_ENTS for t in between) and all(_in_time_phrase(t) for t in between):
            return act
    return None




def _in_time_phrase(tok: Token) -> bool:
    """Say whether a word after a document's noun only tells when ("on Tuesday", "last month")
    or completes its name ("of understanding")."""
    if tok.ent_type_ in TIME_ENTS or tok.lower_ in _NOT_NAME_WORDS or tok.lower_ == "of":
        return True
    return tok.dep_ == "prep" and any(c.ent_type_ in TIME_ENTS for c in tok.children if c.dep_ == "pobj")


def _clause_purpose_item(head: Token, sent: Span, covered: set[int]) -> list[Token]:
    """Return the aim a signing clause gives a document with no subject of its own, if any."""
    first = _clause_purpose(head)
    if first is None and (act := participle_act(head)) is not None and verb_status(head.head) is not None:
        # "signed a document confirming …": what it does, to the participle's last word
        if (given := _given_object(act)) is not None:
            return clean_item(list(sent.doc[given.left_edge.i:given.right_edge.i + 1]))
        return clean_item([t for t in region(sent, act.i, covered) if t.i <= act.right_edge.i])
    if first is None or verb_status(head.head) is None:
        return []
    if first.i < head.head.i:  # "To deepen defence ties, A and B signed an MoU": the aim ends at its comma
        return clean_item(_to_comma(list(sent.doc[first.i:first.right_edge.i + 1])))
    return clean_item(region(sent, first.i, covered))


# Participles that tell what a document is meant to do ("an agreement aimed at easing …", "a deal designed
# to cut …", "a pact intended to curb …").
_AIMED_PARTICIPLES = frozenset({"aim", "design", "intend", "mean", "gear", "target"})
_AIMED_AT = frozenset({"at", "to", "towards", "toward"})


def _aimed_item(head: Token, sent: Span, covered: set[int]) -> list[Token]:
    """Return what a participle under a document says it is meant to do ("an agreement aimed at
    providing firms with …": providing firms with …; "a memorandum designed to curb smuggling"), else []."""
    act = next((c for c in head.rights if c.dep_ == "acl" and c.tag_ == "VBN"
                and c.lemma_.lower() in _AIMED_PARTICIPLES), None)
    if act is None:
        return []
    towards = next((g for c in act.children if c.dep_ == "prep" and c.lower_ in _AIMED_AT
                    for g in c.children if g.dep_ in ("pcomp", "pobj")), None)
    aim = towards or next((c for c in act.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"), None)
    if aim is None:
        return []
    return clean_item(_to_comma(list(sent.doc[aim.i:aim.right_edge.i + 1])))


def _to_comma(tokens: list[Token]) -> list[Token]:
    """Return the words of a clause up to its first comma or semicolon."""
    return list(itertools.takewhile(lambda t: t.text not in (",", ";"), tokens))


def _given_object(act: Token) -> Token | None:
    """Return what a participle with two objects grants ("giving an Emirati operator a 30-year
    concession to run …": the concession, not whom it goes to), else None."""
    objects = [c for c in act.children if c.dep_ == "dobj"]
    if any(c.dep_ == "dative" for c in act.children):
        return objects[0] if objects else None
    return objects[-1] if len(objects) == 2 else None  # the small parser may read both as objects


def _parallel_acts(sent: Span, first: Token, covered: set[int]) -> list[list[Token]]:
    """Return "to build a port, train nurses and protect forests" as one token list per act.

    The small parser often reads a bare verb inside a comma list as an adjective or a noun;
    segments that each carry a word after their opening one, the first and last opening
    with a verb, are parallel acts. "to build ports, roads and bridges" is one act.
    """
    segments: list[list[Token]] = [[]]
    for tok in act_region(sent, first.i, covered):
        if tok.text == "," or tok.pos_ == "CCONJ":
            if segments[-1]:
                segments.append([])
        elif tok.lower_ != "to" or segments[-1]:
            segments[-1].append(tok)
    segments = [s for s in segments if s]
    if len(segments) < 3 or segments[-1][0].tag_ != "VB" or segments[0][0].i != first.i:
        return []
    if any(len(s) < 2 or s[0].pos_ in _NOT_ACT_OPENERS for s in segments):
        return []
    return [s for s in segments if not all(t.lemma_.lower() in RELATION_NOUNS for t in s if t.pos_ == "NOUN")]


def _listed_objects(sent: Span, act: Token, covered: set[int]) -> list[list[Token]]:
    """Return the objects of "deals to purchase tanks, howitzers and rocket launchers", one per
    document: three or more coordinated objects of the one act the plural documents share.
    """
    obj = next((c for c in act.children if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != act.i + 1:
        return []
    # the small parser often hangs later objects on the main verb: the list is read on the surface
    items = split_items(region(sent, obj.left_edge.i, covered, goods=True), covered, goods=True)
    return items if len(items) >= 3 else []


def _coordinated_with(tok: Token, first: Token) -> bool:
    """Say whether a verb is coordinated with `first` ("to A, to B and to C"), not inside it."""
    while tok.i != first.i:
        to_clause = tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if tok.pos_ != "VERB" or not (tok.dep_ == "conj" or to_clause):
            return False
        tok = tok.head
    return True


def _only_relations(act: Token) -> bool:
    """Say whether a purpose only furthers relations ("to boost cooperation in various fields")."""
    objects = [c for c in act.children if c.dep_ in ("dobj", "pobj")]
    return bool(objects) and all(o.lower_ in RELATION_NOUNS or o.lemma_.lower() in RELATION_NOUNS
                                 for o in objects)


def _shared_objects(acts: list[Token]) -> list[tuple[Token, Token]]:
    """Return the purpose verbs as (first word, verb), a bare verb joined to the next that carries
    the object both share ("to promote and protect investments": one act, not "promote" alone).
    """
    out: list[tuple[Token, Token]] = []
    lead: Token | None = None
    for act in acts:
        bare = all(c.dep_ in ("aux", "cc", "conj", "punct") for c in act.children)
        if bare and any(c.dep_ == "conj" and c in acts for c in act.children):
            lead = lead or act
            continue
        out.append((lead or act, act))
        lead = None
    return out


def _act_candidate(sent: Span, index: int, typ: str, status: str, act: Token, lead: Token) -> Candidate:
    """Return the instrument one purpose verb states: the verb and its own dependents, from `lead`."""
    own = [act, *(t for c in act.children if c.dep_ not in ("conj", "cc", "aux", "punct", "nsubj")
                  and not _coordinated_with(c, act) for t in c.subtree)]
    tokens = sorted(own, key=lambda t: t.i)
    return _item_candidate(sent, index, typ, status, [lead] + [t for t in tokens[1:] if not t.is_punct])


def _item_candidate(sent: Span, index: int, typ: str, status: str, item: list[Token]) -> Candidate:
    text = sent.doc[item[0].i:item[-1].i + 1].text
    return Candidate(typ, text, sectors_for(text), status, index, sent.start_char, sent.end_char,
                     named=False, head=item[0].idx)


def _implicit_list(ctx: Context, sent: Span, index: int, covered: set[int]) -> list[Candidate]:
    """Return agreements of "also agreed to collaborate on A, B and C" right after signings."""
    for tok in sent:
        if tok.lemma_.lower() in _COLLAB_VERBS and tok.head.lemma_.lower() == "agree" \
                and tok.dep_ == "xcomp":
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "in")), None)
            if prep is None:
                continue
            items = split_items(region(sent, prep.i + 1, covered), covered)
            if len(items) >= 2 and sum(bool(sectors_for(" ".join(t.text for t in i))) for i in items) \
                    >= len(items) / 2:
                return [_item_candidate(sent, index, "agreement", "signed", i) for i in items]
    return []


def _excluded(m: Mention, np_text: str, sent: Span) -> bool:
    """Say whether a mention is no bilateral instrument (consensus, multilateral, negated)."""
    head = m.head
    low = np_text.lower()
    if any(name in low for name in MULTILATERAL):
        return True
    if any(c.lower_ == "no" for c in head.children):
        return True
    if _only_referred_to(head) or _with_international_body(head) or _existing_changed(head):
        return True
    if noun_type(head) == "agreement" and not is_plural(head):
        nxt = head.doc[head.i + 1] if head.i + 1 < sent.end else None
        verb = head.head
        if nxt is not None and nxt.lower_ in ("to", "that") and verb.lemma_.lower() in CONSENSUS_VERBS \
                and _members_of(sent) is None:
            return True  # "reached an agreement to develop a roadmap" ("Among the deals was …" lists one)
        if head.i > 0 and head.doc[head.i - 1].lower_ == "in":
            return True  # "in agreement with"
        if _bare_consensus(head):
            return True
    return False


def _bare_consensus(head: Token) -> bool:
    """Say whether "agreement" is uncounted, a meeting of minds ("reached substantial agreement on the deal",
    "there is broad agreement", "agreement was reached on …"): no article, number or owner, and a word of
    consensus on it."""
    if head.text != "agreement" and not (head.text == "Agreement" and head.i == head.sent.start):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    return any(c.dep_ == "amod" and c.lower_ in CONSENSUS_ADJECTIVES for c in head.children) or (
        head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in MIND_MEETING_VERBS)


def _with_international_body(head: Token) -> bool:
    """Say whether the other side of a document is a body of many states.

    "a $500 million loan agreement with the World Bank", "Ghana and the IMF signed a deal":
    a country's deal with a lender or agency is not between the two countries.
    """
    verb = head.head
    preps = [p for p in head.children if p.dep_ == "prep" and p.lower_ in ("with", "between")]
    sides = [c for c in verb.children if c.dep_ == "nsubj"] \
        if head.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") else []
    if head.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        preps += [c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by")]
    sides += [o for p in preps for o in p.children if o.dep_ == "pobj"]
    sides += [c for s in sides for c in s.conjuncts]
    # each side's own phrase, not what hangs after it ("with the support of the World Bank")
    return any(INTERNATIONAL_BODY.search(span_text(head.doc[s.left_edge.i:s.i + 1])) for s in sides)


def _only_referred_to(head: Token) -> bool:
    """Say whether a document is only invoked as a standard, not acted on between the parties.

    "upheld the UN Charter", "the importance of the 2002 Declaration", "principles
    enshrined in the Charter", "adherence to the treaty", "in accordance with the accord",
    "in line with the priorities of the Partnership", "the importance of A, the Communiqué B":
    an existing text cited to frame the talks; signing, ratifying or negotiating it would
    be said with other verbs.
    """
    for _ in range(_CITING_DEPTH):
        while head.dep_ in ("conj", "appos") and head.head.i != head.i:
            head = head.head  # "upheld the Treaty … and the Charter"
        if head.lemma_.lower() in _CITING_NOUNS:
            return True  # the parser hung a listed document on "importance" itself
        gov = head.head
        if head.dep_ == "dobj" and (gov.lemma_.lower() in _CITING_VERBS or _after_cited(head)):
            return True
        if head.dep_ != "pobj":
            return False
        holder = gov.head
        if (gov.lower_ == "of" and holder.lemma_.lower() in _CITING_NOUNS) or (
                gov.lower_ in ("in", "with", "to") and holder.lemma_.lower() in _CITING_FRAMES):
            return True
        if gov.lower_ != "of" or holder.pos_ not in ("NOUN", "PROPN"):
            return False
        head = holder  # "the priorities of the Partnership": what holds the document may be cited
    return False


def _after_cited(obj: Token) -> bool:
    """Say whether an object follows a cited one in a list the parser split ("the importance of A, B")."""
    return any(c.dep_ == "dobj" and c.i < obj.i and c.lemma_.lower() in _CITING_NOUNS
               for c in obj.head.children)


def _titled(m: Mention, start: int, end: int, sent: Span) -> bool:
    """Say whether the mention is a name ("Readmission Agreement", "‘Roadmap for …’")."""
    doc = sent.doc
    if any(t.text in ("‘", "“", "\"") for t in doc[start:end]):
        return True
    if any(is_plural(t) for t in m.nouns):
        return False
    # a capitalised word besides the instrument nouns: "Readmission Agreement", not
    # "a Memorandum of Understanding (MoU)"
    nouns = {t.i for t in (*m.nouns, *m.absorbed)}
    return any(t.text[:1].isupper() and t.i > sent.start and t.i not in nouns
               and t.pos_ in ("PROPN", "NOUN", "ADJ") and t.lower_ not in _NOT_NAME_WORDS
               and t.ent_type_ not in TIME_ENTS  # "a pact on Friday" is no name
               for t in doc[start:end])


def _anaphoric(np: Span, content: list[Token], titled: bool) -> bool:
    """Say whether a phrase only points back ("the agreement", "these MoUs")."""
    if titled or content:
        return False
    pointing = ("the", "this", "that", "these", "those", "its", "their")
    if np[0].lower_ in pointing:
        return True
    # "The signed protocol will take effect": the phrase starts past its article, at the participle
    return _signed_before(np[0], np.root) and any(c.dep_ in ("det", "poss") and c.lower_ in pointing
                                                  for c in np.root.children)


def _org_parties(np: Span) -> tuple[str, ...]:
    """Return the organisations an instrument is between, when the text names them.

    "an MoU between the NLC and Beltamozhservice", or two companies that sign it
    ("Indian Oil and ADNOC signed a supply deal").
    """
    between = next((t for t in np if t.lower_ == "between"), None)
    if between is not None:
        states = _governments(np)
        if len(states) >= 2:
            return states  # "between the Government of A, the Government of B and …": every party
        # the parties are named after "between", not in the name before it ("an MOU on Cultural
        # Cooperation between the Arts Council of A and the Culture Board of B")
        orgs = _org_names(np, between.i + 1)
        if len(orgs) >= 2:
            return tuple(orgs[:2])
    verb = np.root.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_.lower() in ("sign", "ink", "conclude") and subj is not None:
        span = np.doc[subj.left_edge.i:subj.right_edge.i + 1]
        orgs = [e.text for e in ents_in(span) if e.label_ == "ORG" and gazetteer().resolve(e.text) is None
                and _government_state(e.text) is None]
        if len(orgs) >= 2:
            return tuple(orgs[:2])
    return ()


def _org_names(np: Span, start: int) -> list[str]:
    """Return the organisations tagged in a phrase from doc token `start`, leaving out initials in brackets
    that restate the name before them ("the Arts Council of A (ACA)")."""
    doc = np.doc
    spans: list[tuple[int, int]] = []
    for e in ents_in(np):
        if e.label_ != "ORG" or e.start < start or (e.start > 0 and doc[e.start - 1].text == "("):
            continue
        if spans and spans[-1][1] == e.start - 1 and doc[e.start - 1].lower_ in _NAME_LINKS:
            spans[-1] = (spans[-1][0], e.end)  # "the Chilean Agency | for | Cooperation": one name
        else:
            spans.append((e.start, e.end))
    return [_government_state(name) or name for s, e in spans if (name := _org_name(doc[s:e]))]


# Words inside an organisation's name the tagger may cut it at ("the Agency | for | Rural Development").
_NAME_LINKS = frozenset({"for", "of"})


def _org_name(ent: Span) -> str:
    """Return an organisation's name less what it runs on into ("… of Ghana on Cooperation …"); a name the
    tagger cut at a linking word and this rule joined keeps it ("the Agency for Rural Development")."""
    joined = any(t.lower_ in _NAME_LINKS and t.ent_iob_ == "O" for t in ent)
    return ent.text if joined else _ORG_TAIL.split(ent.text, maxsplit=1)[0]


# What a tagged organisation's name may run on into ("the Ministry of Health of Ghana on Cooperation …"),
# and its initials in brackets, when the tagger takes them in ("the Arts Council of A (ACA").
_ORG_TAIL = re.compile(r"\s+(?:on|for|in|to|regarding|concerning)\s+(?=[A-Z])|\s*\(")
_GOVERNMENT_IN = re.compile(r"\b[Gg]overnment\s+of\s+(?:the\s+)?"
                            r"(?P<state>(?:Republic\s+of\s+|Kingdom\s+of\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
_GOVERNMENT_OF = re.compile(r"(?:the\s+)?government\s+of\s+(?P<state>.+)", re.IGNORECASE)
# A government told by its people's word ("the Romanian Government", "the Mexican government").
_PEOPLES_GOVERNMENT = re.compile(r"(?:the\s+)?(?P<state>[A-Z][\w'’-]*)\s+[Gg]overnment")


def _governments(np: Span) -> tuple[str, ...]:
    """Return the states whose governments a phrase names, in order ("the Government of A, …", "the
    Romanian Government and …")."""
    told = sorted([*_GOVERNMENT_IN.finditer(np.text), *_PEOPLES_GOVERNMENT.finditer(np.text)],
                  key=lambda m: m.start())
    found = [country.name for m in told if (country := gazetteer().resolve(m.group("state"))) is not None]
    return tuple(dict.fromkeys(found))


def _government_state(name: str) -> str | None:
    """Return the state whose government a name is ("the Government of the Sultanate of Oman"), or None."""
    found = _GOVERNMENT_OF.fullmatch(name.strip()) or _PEOPLES_GOVERNMENT.fullmatch(name.strip())
    country = gazetteer().resolve(found.group("state")) if found else None
    return country.name if country is not None else None


def _with_firm(noun: Token) -> bool:
    """Say whether a deal is a firm's contract: made with a company ("arms deals with South Korean
    companies") or signed by organisations that are no state ("Hanwha and the agency signed the deal").
    """
    if noun.lower_ not in DEAL_NOUNS:
        return False
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else noun
    partners = [o for holder in dict.fromkeys((noun, verb)) for p in holder.children
                if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj"]
    if any(o.lemma_.lower() in COMPANY_NOUNS for o in partners):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb.i != noun.i else []
    for subj in subjects:
        span = noun.doc[subj.left_edge.i:subj.right_edge.i + 1]
        ents = ents_in(span)
        if any(t.lemma_.lower() in COMPANY_NOUNS for t in span) or (
                ents and all(e.label_ == "ORG" and gazetteer().resolve(e.text) is None
                         and _government_state(e.text) is None for e in ents)):
            return True
    return False


def _other_parties(ctx: Context, noun: Token) -> tuple[str, ...]:
    """Return the parties of a document between states other than the article's two, else ().

    Read from who the document is with or between ("a PTA with Indonesia"), the subject of the
    verb it stands under ("Norway and Sweden signed a pact") and a place that opens the clause
    ("In Tanzania, the President pushed for a BIT").
    """
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head  # "a PTA and a BIT": the second shares the first's verb
    # the parser may hang the second document on the verb itself
    verb = first.head if first.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "conj") else noun
    while verb.dep_ == "prep" and verb.head.i != verb.i:
        verb = verb.head  # "pushed for a BIT": the verb above the preposition
    names: list[Token] = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "between")):
        names.extend(o for obj in prep.children if obj.dep_ == "pobj" for o in (obj, *obj.conjuncts))
    for c in verb.children if verb.i != noun.i else ():
        if c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i:  # not the document's own phrase
            names.extend((c, *c.conjuncts))
        elif c.dep_ == "prep" and c.lower_ == "in" and c.i < verb.i:
            names.extend(o for o in c.children if o.dep_ == "pobj")
        elif c.dep_ == "advcl" and c.i < verb.i and c.tag_ == "VBG":
            # "Meeting with Kenyan President Ruto, Jokowi pushed for …": whom the act was with
            names.extend(o for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
                         for o in p.children if o.dep_ == "pobj")
    found = list(dict.fromkeys(p for tok in names if (p := _party_name(ctx, tok))))
    if not found or set(ctx.pair) <= set(found) or set(found) <= set(ctx.pair):
        return ()
    if len(found) == 1:
        own = next((p for p in ctx.pair if p != found[0]), None)
        return (own, found[0]) if own else ()
    return tuple(found[:2])


def _party_name(ctx: Context, tok: Token) -> str | None:
    """Return the state a party's word names ("Mozambique", "Kenyan President Ruto"), or None."""
    if tok.pos_ == "PROPN" and (country := ctx.country_of(tok.text)) is not None:
        return country.name  # the tagger may read a state's name as an organisation's
    if tok.dep_ == "conj":
        words = tok.doc[tok.i:tok.i + 1]
    else:  # a subject's whole phrase ("Meeting with Kenyan President Ruto, Jokowi …" parsed as one)
        words = tok.doc[tok.left_edge.i:(tok.right_edge if tok.dep_.startswith("nsubj") else tok).i + 1]
    return next((country.name for ent in ents_in(words) if ent.label_ in ("GPE", "NORP")
                 and (country := ctx.country_of(ent.text)) is not None), None)


# --------------------------------------------------------------------------- output


def to_instrument(ctx: Context, c: Candidate) -> Instrument:
    """Return the Instrument for a merged candidate, with date, place and parties."""
    sent = next(s for s in ctx.sentences if s.start_char == c.start)
    return Instrument(
        evidence=ctx.evidence(*_evidence_bounds(ctx.text, c)),
        type=c.type,
        subject=c.subject,
        sectors=c.sectors,
        parties=ctx.line_pair(c.start) or c.parties or local_pair(ctx, c.start),
        status=c.status,
        date=None if _recalled(sent, c) else _date(ctx, sent, c.status, token_at(sent.doc, c.head)),
        place=_place(ctx, sent, c.status),
        signatories=_signatories(ctx, sent, c.status),
    )


def _evidence_bounds(text: str, c: Candidate) -> tuple[int, int]:
    """Return the candidate's sentence, narrowed to the line of its mention.

    The parser may run list lines ("- Agreement on …") into one sentence; the evidence
    is the line that names the instrument.
    """
    if c.told[0] >= 0 and "\n\n" not in text[c.told[0]:c.told[1]]:
        return c.told
    start, end = c.start, c.end
    if c.head < 0 or "\n" not in text[start:end]:
        return start, end
    line_start = text.rfind("\n", start, c.head) + 1 or start
    line_end = text.find("\n", c.head, end)
    return max(start, line_start), (end if line_end == -1 else line_end)


_LATER_WORDS = frozenset({"yet", "still", "not", "never", "since"})


def _recalled(sent: Span, c: Candidate) -> bool:
    """Say whether a sentence recalls a signing from before the story, giving it no day of its own.

    "The fisheries memorandum signed during the visit has yet to be implemented", "the deal
    concluded in Accra has not been ratified": the signing is a participle on the document,
    the clause tells where it stands now; the story's day is not the day it was signed.
    """
    noun = sent.doc.char_span(c.head, c.head + 1, alignment_mode="expand") if c.head >= 0 else None
    if noun is None:
        return False
    tok = noun.root
    if held_with(tok, tok.head):
        return True  # "Kenya already has a PTA with Peru": in force since a day the story does not tell
    signed = [a for a in tok.children if a.dep_ == "acl" and a.tag_ == "VBN" and verb_status(a) is not None]
    if any(e.kind == "date" for a in signed
           for e in find_time_expressions(span_text(sent.doc[a.i:a.right_edge.i + 1]), None)):
        return False  # "the deal signed in May 2024 has not been ratified": its own day
    if not signed or tok.left_edge.lower_ not in ("the", "this", "that"):
        return False
    clause = tok.head
    if clause.i == tok.i or (clause.tag_ not in ("VBZ", "VBP") and not any(
            a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBZ", "VBP") for a in clause.children)):
        return False  # "The memorandum signed in Accra was hailed": the story's own day
    words = {t.lower_ for t in clause.children} | {clause.lemma_.lower()}
    return bool(words & _LATER_WORDS) or clause.lemma_.lower() in ("have", "remain") or any(
        a.lemma_.lower() == "have" and a.dep_ == "aux" for a in clause.children)


def _date(ctx: Context, sent: Span, status: str, head: Token | None = None) -> str | None:
    """Return the signing date of the document whose noun is `head`: a day named in the sentence,
    else the event's day."""
    if status not in ("signed", "issued", "ratified", "in_force", "finalized"):
        return None
    written = ctx.ref_date.isoformat() if ctx.ref_date else ""
    base, text = _dated_line(ctx, sent, head)
    entry_day = ended = head is not None and _ended(head)
    exprs = find_time_expressions(text, ctx.ref_date)
    if status in _LATER_STAGE_DAYS:  # "signed 12 March 2025; ratified 9 September 2025": the ratification's
        exprs.sort(key=lambda e: not _told_of_stage(sent, base + e.start, status))
    for expr in exprs:
        if in_persons_clause(ctx, base + expr.start):
            continue  # "Hassan, who arrived on Monday, witnessed the signing": her arrival's day
        signing = ended and _told_of_signing(sent, base + expr.start, head)
        if ended and not signing:
            continue  # "the MoU expired on March 31, officials said on Friday": neither is its signing
        if status != "in_force" and _entry_clause(sent, base + expr.start):
            entry_day = True  # "the treaty enters into force on 1 December": not the day it was signed
            continue
        if _expiry_clause(sent, base + expr.start) and not signing:
            entry_day = True  # "the deal expired on Monday": the day it ended
            continue
        if _other_stage_clause(sent, base + expr.start, status):
            continue  # "the pact, signed in April, entered into force on 1 October": April is the signing's
        if _dates_other_thing(token_at(sent.doc, base + expr.start), head, base + expr.end):
            continue  # "an agreement expanding their 2017 trade pact": the pact's year, not the signing's
        if _act_still_ahead(sent, base + expr.start):
            continue  # "signed a memorandum, and undertook to open a ferry line before December 31"
        period = any(d in text[max(0, expr.start - 1):expr.end] for d in "-–")
        # a time before the story's own day is past, whatever the clause's words guess
        # ("withdrew from the memorandum it signed in 2024")
        past = not expr.ahead or (expr.value is not None and expr.value < written[:len(expr.value)])
        if expr.kind == "date" and expr.value and past and not period:
            return _looking_back(expr, ctx.ref_date, written)  # "for 2025-2027" is a period, not a day
    if entry_day or (head is not None and head.dep_ in ("nsubj", "nsubjpass")
                     and applies_upon_later_stage(head.head)):
        return None  # "the treaty will apply upon entry into force": its signing is not told here
    day: date | None = opening_day(ctx, sent) or _scene_day(ctx, sent)
    if day is None and not ctx.week_only and _visit_destination(ctx, sent) in (None, ctx.article.dateline):
        day = ctx.event_date  # a story datelined elsewhere than the visit it signed in tells not its day
    return day.isoformat() if day else None


_LATER_STAGE_DAYS = frozenset({"ratified", "in_force"})


def _dated_line(ctx: Context, sent: Span, head: Token | None) -> tuple[int, str]:
    """Return where the text that may date a document begins, and that text: its own line when it
    is an item of a list the parser ran into one sentence ("(c) Treaty on …, signed …; ratified …"),
    else the sentence."""
    text = span_text(sent)
    if head is None or "\n" not in text:
        return sent.start_char, text
    start = max(sent.start_char, ctx.text.rfind("\n", 0, head.idx) + 1)
    end = ctx.text.find("\n", head.idx, sent.end_char)
    line = ctx.text[start:sent.end_char if end == -1 else end]
    return (start, line) if LIST_MARK.match(line.lstrip()) else (sent.start_char, text)


def _told_of_stage(sent: Span, at: int, status: str) -> bool:
    """Say whether the word at char `at` is told of a verb of the stage `status` ("ratified 9 June")."""
    tok = token_at(sent.doc, at)
    verb = next((a for a in (tok, *tok.ancestors) if a.pos_ in ("VERB", "AUX")), None) if tok else None
    return verb is not None and verb_status(verb) == status


def _dates_other_thing(tok: Token | None, head: Token | None, end: int) -> bool:
    """Say whether a time word modifies a noun other than the document's own ("their 2017 trade pact"
    beside "an agreement expanding" it); "the June 2024 MoU" and "the 2024 MoUs on A and B" are dated by it,
    and a word of the time expression itself (before `end`) is no other thing ("on 9 September 2025").
    """
    if tok is None or head is None or tok.dep_ not in ("nummod", "compound", "amod", "nmod"):
        return False
    noun = tok.head
    if noun.idx < end:
        return False
    if noun.i <= tok.i or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in TIME_ENTS:
        return False
    return noun.i != head.i and not noun.is_ancestor(head)


def _act_still_ahead(sent: Span, at: int) -> bool:
    """Say whether the word at char `at` is told of a verb still ahead that signs nothing ("undertook
    to launch a ferry service before December 31", "will meet again on Friday"): that act's time."""
    tok = token_at(sent.doc, at)
    verb = next((a for a in (tok, *tok.ancestors) if a.pos_ in ("VERB", "AUX")), None) if tok else None
    return verb is not None and looks_ahead(verb) and lemma_of(verb) not in SIGNED_VERBS


def _entry_clause(sent: Span, at: int) -> bool:
    """Say whether the word at char `at` is told of the verb of a document's entry into force."""
    tok = token_at(sent.doc, at)
    verb = next((a for a in (tok, *tok.ancestors) if a.pos_ in ("VERB", "AUX")), None) if tok else None
    return verb is not None and tells_entry(verb)


def _ended(head: Token) -> bool:
    """Say whether a document is told only to have ended ("the memorandum … expired on March 31",
    "their MoU lapsed"): the story does not tell the day it was signed."""
    verb = head.head
    if let_lapse(head) or any(c.dep_ == "acl" and lemma_of(c) in EXPIRY_VERBS for c in head.children):
        return True  # "the border trade memorandum lapsed in March", parsed as a participle on the noun
    ender = verb.head if head.dep_ == "pobj" else verb
    if head.dep_ in ("dobj", "nsubjpass", "pobj") and ends_document(ender):
        return True  # "Chad denounced the treaty on Tuesday", "withdrew from the accord in May": its end
    return head.dep_ in ("nsubj", "nsubjpass") and verb.i != head.i and lemma_of(verb) in EXPIRY_VERBS


def _told_of_signing(sent: Span, at: int, head: Token | None) -> bool:
    """Say whether the word at char `at` is told of a verb of signing ("the MoU signed in 2019 lapsed")
    or of the document's noun itself ("their 2015 memorandum expired")."""
    tok = token_at(sent.doc, at)
    if tok is not None and head is not None and tok.head.i == head.i and tok.i < head.i:
        return True
    if tok is not None and head is not None and head.i < tok.i < head.head.i and any(
            t.tag_ == "VBN" and lemma_of(t) in SIGNED_VERBS for t in sent.doc[head.i + 1:tok.i]):
        return True  # "the memorandum signed by A and B in 2019 lapsed": the year may hang on "lapsed"
    verb = next((a for a in (tok, *tok.ancestors) if a.pos_ in ("VERB", "AUX")), None) if tok else None
    return verb is not None and lemma_of(verb) in SIGNED_VERBS


def _expiry_clause(sent: Span, at: int) -> bool:
    """Say whether the word at char `at` is told of the verb of a document's end ("expired in May"),
    not of a noun ("their 2015 memorandum … expired": the year is the memorandum's)."""
    tok = token_at(sent.doc, at)
    if tok is not None and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.ent_type_ not in TIME_ENTS:
        return False
    verb = next((a for a in (tok, *tok.ancestors) if a.pos_ in ("VERB", "AUX")), None) if tok else None
    return verb is not None and (lemma_of(verb) in EXPIRY_VERBS or ends_document(verb))


def _looking_back(expr: TimeExpr, ref: date | None, written: str) -> str:
    """Return a done stage's date, read back when the clause looked no ahead and a bare month or
    day was read ahead of the story ("signed in March", told in November, is the March before)."""
    value = expr.value or ""
    if not expr.ahead and ref is not None and value > written[:len(value)]:
        return resolve_done(expr.text, ref) or value
    return value


def _other_stage_clause(sent: Span, at: int, status: str) -> bool:
    """Say whether the word at char `at` stands in a clause hung on a noun that tells another
    stage than `status` ("the deal, which the House approved in May, took effect on 1 June"),
    or one still ahead ("the protocol, which enters into force in January, was signed today")."""
    tok = token_at(sent.doc, at)
    for verb in (tok, *tok.ancestors) if tok is not None else ():
        if _clause_of_its_own(verb) and (stage := verb_status(verb)) is not None:
            return stage != status or verb.tag_ not in ("VBD", "VBN")
        if verb.pos_ == "VERB" and lemma_of(verb) in CLEARING_VERBS and status != "planned":
            # "the Council of Ministers on Friday approved the agreement, signed in May": the approval's day
            return verb_status(verb) == "planned"
    return False


def _scene_day(ctx: Context, sent: Span) -> date | None:
    """Return the day an earlier sentence of the paragraph sets its scene on ("Meanwhile in Doha on
    Wednesday, the Emir received Kagame. Qatar and Rwanda signed three agreements …"), else None."""
    ref = ctx.ref_date
    for before in reversed(ctx.passage_before(sent)):
        for expr in find_time_expressions(span_text(before), ref):
            if in_persons_clause(ctx, before.start_char + expr.start):
                continue  # "X, who arrived on Sunday, held talks on Monday": the talks' day
            if expr.kind == "date" and expr.value and len(expr.value) == 10 and not expr.ahead \
                    and ref is not None and expr.value <= ref.isoformat():
                return date.fromisoformat(expr.value)
    return None


def _place(ctx: Context, sent: Span, status: str) -> str | None:
    """Return where it was signed: a place after "in"/"at" in the sentence, else the dateline."""
    if status == "planned":
        return None
    # the sentence's own place, else the one an earlier sentence of its paragraph sets the scene in
    for scene in (sent, *reversed(ctx.passage_before(sent)), *_package_sentence(ctx, sent)):
        for ent in ents_in(scene):
            before = scene.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if ent.label_ == "GPE" and before in ("in", "at") and ctx.country_of(ent.text) is None \
                    and not _in_other_clause(ent.root):
                return ent.text
        if scene is sent and (destination := _visit_destination(ctx, sent)) is not None:
            return destination  # "signed … during the Prime Minister's official visit to Hanoi"
    after = _signing_told_after(ctx, sent)
    for ent in ents_in(after) if after is not None else ():
        before = sent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if ent.label_ == "GPE" and before in ("in", "at") and ctx.country_of(ent.text) is None \
                and not _in_other_clause(ent.root):
            return ent.text  # "… signed an MoU on trade. The MoU was signed … in Addis Ababa."
    return ctx.article.dateline


def _signing_told_after(ctx: Context, sent: Span) -> Span | None:
    """Return the next sentence when it tells the same signing again by a bare document or the signing
    itself ("The MoU was signed by … in Addis Ababa", "The signing ceremony took place in Brussels")."""
    index = ctx.sentence_index(sent)
    if index is None or index + 1 >= len(ctx.sentences):
        return None
    after = ctx.sentences[index + 1]
    for tok in after:
        bare = tok.pos_ == "NOUN" \
            and all(c.dep_ in ("det", "compound") and c.i < tok.i for c in tok.children) \
            and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)
        if not bare or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if tok.lower_ == "signing" or any(c.lower_ == "signing" for c in tok.children) or (
                is_mention_noun(tok) and not is_plural(tok) and lemma_of(tok.head) in SIGNING_ACTS):
            return after
    return None


def _package_sentence(ctx: Context, sent: Span) -> list[Span]:
    """Return the sentence before one that lists a package's members ("They signed six accords in
    Minsk. Among them is …"): it tells where the package was signed."""
    index = ctx.sentence_index(sent) or 0
    return [ctx.sentences[index - 1]] if index > 0 and _members_of(sent) is not None else []


# Nouns of a journey whose "to X" says where what happened during it took place.
_VISIT_NOUNS = JOURNEY_NOUNS | {"stay", "mission"}


def _visit_destination(ctx: Context, sent: Span) -> str | None:
    """Return the city a visit the sentence tells of went to ("during his state visit to Hanoi")."""
    for ent in ents_in(sent):
        to = sent.doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ == "GPE" and to is not None and to.lower_ == "to" \
                and to.head.lemma_.lower() in _VISIT_NOUNS and ctx.country_of(ent.text) is None:
            return ent.text
    return None


def _in_other_clause(tok: Token) -> bool:
    """Say whether a word stands in a clause about something else than a document's stage
    ("a pact that will set up a port authority in Mombasa", "an office to open in Oslo", "signed a
    loan agreement to build a railway in Manila"),
    not one that tells it ("the pact, which was signed in Lima").
    """
    return any((_clause_of_its_own(a) or purpose_verb(a)) and verb_status(a) is None for a in tok.ancestors)


def _clause_of_its_own(verb: Token) -> bool:
    """Say whether a verb heads a clause hung on a noun or an absolute "with X to …" clause."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.dep_ in ("relcl", "acl") or (
        verb.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in verb.children))


def _signatories(ctx: Context, sent: Span, status: str | None) -> tuple[str, ...]:
    """Return who signed or exchanged the documents, from this sentence or the next (not for a document
    told as discussed or in force: a signing the next sentence tells is of another)."""
    sents = ctx.sentences
    pos = ctx.sentence_index(sent)
    if pos is None:
        return ()
    for s in sents[pos:pos + (1 if status in ("discussed", "in_force") else 2)]:
        names = _signers_in(ctx, s)
        if names:
            return names
    return ()


def _signers_in(ctx: Context, sent: Span) -> tuple[str, ...]:
    for tok in sent:
        if tok.lemma_.lower() not in ("sign", "exchange") or tok.pos_ != "VERB":
            continue
        agents = [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
        names: list[str] = []
        for a in agents:
            span = sent.doc[a.left_edge.i:a.right_edge.i + 1]
            if a.dep_ == "nsubj" and (me := next((t for t in (a, *a.conjuncts) if t.lower_ == "i"), None)):
                # "the Foreign Minister, Sugiono, and I signed …": the parser may leave the others out of
                # the subject; they are named before the verb, and "I" is who speaks
                span = sent.doc[sent.start:tok.i]
                names.extend(e.text for e in ents_in(span) if e.label_ == "PERSON")
                names.extend(n for n in (_first_person(ctx, me),) if n)
                continue
            names.extend(e.text for e in ents_in(span) if e.label_ == "PERSON")
            names.extend(_titled_agents(sent, a))
        if names:
            return tuple(dict.fromkeys(names))
    return ()


def _titled_agents(sent: Span, agent: Token) -> list[str]:
    """Return the names set off by commas after a "by" of titles ("signed by the Minister for Development,
    A, and Kenya's Cabinet Secretary for Trade, B"), which the parse hangs elsewhere; up to the next verb
    or a preposition that opens no title ("in the presence of …")."""
    if agent.dep_ != "agent" or not any(c.dep_ == "pobj" and is_role_word(c.lower_) for c in agent.children):
        return []
    doc = sent.doc
    stop = next((t.i for t in doc[agent.right_edge.i + 1:sent.end] if t.pos_ in ("VERB", "AUX")
                 or t.text in (";", ":") or (t.dep_ == "prep" and t.lower_ not in ("of", "for"))), sent.end)
    return [e.text for e in ents_in(doc[agent.right_edge.i + 1:stop]) if e.label_ == "PERSON"]


def _first_person(ctx: Context, tok: Token) -> str | None:
    """Return who "I" is: the speaker of a transcript's line, or the named sayer of a quote."""
    if (label := ctx.speaker_at(tok.idx)) is not None:
        return label
    sayer = quoted_speaker(tok)
    span = sayer.doc[sayer.left_edge.i:sayer.right_edge.i + 1] if sayer is not None else None
    return next((e.text for e in ents_in(span) if e.label_ == "PERSON"), None) if span is not None else None

