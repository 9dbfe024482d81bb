"""Instrument mentions in a sentence: the nouns, how they group, and their noun phrases.

"15 agreements and memoranda of understanding (MoUs)" is one mention (a package);
"a Readmission Agreement as well as an Agreement on Cooperation …" are two; a specific
noun inside a generic one ("the ‘Roadmap for …’ agreement") sets the mention's type.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from accord.extract.rules.instruments_lexicon import (
    ACRONYM_TYPES,
    BARE_TITLED,
    DROP_LEADING,
    EVENT_NOUNS,
    EXCHANGE_TOPIC_PREPS,
    EXCHANGE_TOPIC_VERBS,
    EXCHANGED_FORMS,
    FORM_TYPES,
    GENERIC_TYPES,
    GENERIC_WORDS,
    JOINT_NOUNS,
    LIST_ANCHORS,
    MEANS_FORMS,
    MEANS_PREPS,
    NEEDS_BEFORE,
    NEEDS_NEXT,
    NOUN_TYPES,
    SIGNED_VERBS,
    TITLE_ONLY,
    TITLED_BEFORE,
    VALUE_VERBS,
)
from accord.lexicon import (
    BUILDING_NOUNS,
    CURRENCY_WORDS,
    DOCUMENT_NOUNS,
    DOCUMENT_SINGULARS,
    EXPIRY_VERBS,
    GENERAL_DOCUMENT_NOUNS,
    ORDINAL_WORDS,
    PLAN_PLURALS,
    SIGNING_ACTS,
    STATEMENT_PLURALS,
)
from accord.nlp import TIME_ENTS, in_list_mark, is_cell_separator, line_bounds, on_list_line
from accord.normalize.countries import gazetteer
from accord.normalize.numbers import NUMBER_WORDS, SCALES

_TYPE_RANK = ("roadmap", "programme", "protocol", "convention", "treaty", "declaration", "mou",
              "agreement", "other")
_PLURAL = (DOCUMENT_NOUNS - DOCUMENT_SINGULARS) | PLAN_PLURALS | STATEMENT_PLURALS | {"mou's", "documents"}
_CONNECTORS = frozenset({"and", "or", "&", "(", ")", ",", "of", "understanding", "understandings", "as",
                         "well", "-"})
_BEFORE_BRACKET = frozenset({"(", "of understanding (", "of understandings ("})
_PAIR_DASHES = frozenset({"-", "–", "—"})
_NP_CHILD_STOP = frozenset({"relcl", "conj", "cc", "advcl", "appos", "punct", "acl"})
_NP_PREPS = frozenset({"of", "on", "for", "between", "with", "concerning", "regarding", "about", "to"})
_MAX_NP = 30
_TOPIC_LINKS = frozenset({"on", "for", "concerning", "regarding", "covering", "between"})
_ONE_OF = frozenset({"a", "an"})  # "an agreement": one; every number word counts (`normalize.numbers`)
# Nouns a document noun may modify and still be the thing talked of ("the agreement text").
_ABOUT_DOCUMENTS = frozenset({"ceremony", "text", "draft", "package", "framework", "negotiator",
                              "negotiators", "round", "rounds", "process", "deadline"})
# Verbs by which a document changes another ("a protocol amending the convention").
CHANGING_VERBS = frozenset({"amend", "supplement", "modify", "extend", "revise", "expand", "upgrade",
                            "update"})
_PRESENT_OR_NOUN = frozenset({"VBP", "VBZ", "VBD", "NN", "NNS"})  # "concern", "covers", "included"
_DOCUMENT_MODIFIERS = frozenset({"cooperation", "co-operation", "bilateral", "intergovernmental", "legal"})


@dataclass(slots=True)
class Mention:
    """Instrument nouns that name one thing or one package ("agreements and MoUs")."""

    nouns: list[Token]
    absorbed: list[Token] = field(default_factory=list)
    stop: int | None = None  # where a document named in its own right begins after this one

    @property
    def head(self) -> Token:
        return self.nouns[-1]

    @property
    def first(self) -> int:
        return self.nouns[0].i

    @property
    def last(self) -> int:
        return self.nouns[-1].i


def mentions(sent: Span) -> list[Mention]:
    """Return the instrument mentions of a sentence, coordinated nouns grouped."""
    nouns = [t for t in sent if is_mention_noun(t)]
    groups: list[Mention] = []
    for tok in nouns:
        if groups and _parenthetical(groups[-1].head, tok):
            groups[-1].absorbed.append(tok)  # "Programme (Roadmap)", "memoranda … (MoUs)"
        elif groups and _coordinated(groups[-1].head, tok):
            groups[-1].nouns.append(tok)
        else:
            groups.append(Mention([tok]))
    return groups


def _parenthetical(a: Token, b: Token) -> bool:
    close = acronym_bracket_end(a.doc, a.i + 1)
    if close is not None and b.i < close:
        return True  # "the … Partnership Agreement (IC-CEPA)": the initials name the document before them
    between = a.doc[a.i + 1:b.i]
    # "Memoranda of Understanding (MoUs)", or "of Understandings" as some outlets write it
    return len(between) <= 3 and between.text.strip().lower() in _BEFORE_BRACKET


def acronym_bracket_end(doc: Doc, i: int) -> int | None:
    """Return the index of the ")" closing initials in brackets opening at `i` ("(IC-CEPA)"), else None."""
    if i >= len(doc) or doc[i].text != "(":
        return None
    for j in range(i + 1, min(len(doc), i + 7)):
        if doc[j].text == ")":
            inside = doc[i + 1:j]
            return j if len(inside) and any(t.is_alpha for t in inside) and all(
                t.text.isupper() or t.is_digit or t.text in ("-", "/", "&") for t in inside) else None
    return None


def is_mention_noun(tok: Token) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN") and not _noun_read_as_verb(tok) and not _noun_read_as_adjective(tok):
        return False
    low = tok.lower_
    if low in JOINT_NOUNS and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "joint":
        return True
    if acronym_type(tok) is not None:
        return tok.dep_ != "compound"  # "the FTA talks", "an FTA partner": about something else
    key = low if low in NOUN_TYPES or low in FORM_TYPES else tok.lemma_.lower()
    if key not in NOUN_TYPES and key not in FORM_TYPES:
        return False
    if _modifies_another(tok) or _named_by_letter(tok):
        return False
    if key in TITLE_ONLY:
        return tok.text[0].isupper() and tok.i > tok.sent.start
    if key == "documents":  # "cooperation documents", not "documents seen by Reuters"
        return any(t.lower_ in _DOCUMENT_MODIFIERS for t in tok.doc[max(0, tok.i - 2):tok.i]) or (
            _signed_object(tok) and _own_topic(tok)) or (
            (list_verb_after(tok) or _subject_of_list_verb(tok)) and _counted_subject(tok))
    if key == "document":  # "the presidents signed a document confirming …", not "a document seen by …"
        base = tok
        while base.dep_ == "conj" and base.head.i != base.i:
            base = base.head  # "signed a memorandum on X and a document setting up …"
        return (base.dep_ in ("dobj", "nsubjpass") and base.head.lemma_.lower() in SIGNING_ACTS and
                participle_act(tok) is not None) or _list_item_document(tok) or bool(
            given_name(tok.doc, tok.i, tok.sent.end))
    if key in NEEDS_BEFORE:
        return tok.i > 0 and tok.doc[tok.i - 1].lower_ in NEEDS_BEFORE[key]
    if key in EXCHANGED_FORMS:
        return _exchanged_on_a_topic(tok)
    if key in NEEDS_NEXT:
        if key in MEANS_FORMS and _means_of_another(tok):
            return False
        return any([t.lower_ for t in tok.doc[tok.i + 1:tok.i + 1 + len(want)]] == list(want)
                   for want in NEEDS_NEXT[key])
    if key in TITLED_BEFORE:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else tok
        bare = key not in BARE_TITLED or (tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].text[0].isupper()
                                          and tok.doc[tok.i + 2].pos_ in ("NOUN", "PROPN"))
        return tok.text[0].isupper() and nxt.lower_ in TITLED_BEFORE[key] and _titled_object(nxt) and bare
    return True


def _exchanged_on_a_topic(tok: Token) -> bool:
    """Say whether notes are a document exchanged by the two sides, told by the verb alone ("exchanged
    notes on visa waivers", "notes were exchanged concerning the border"): the object of "exchange" (or
    its passive subject), a topic after it that is no time nor occasion ("on Monday", "on the sidelines")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.lemma_.lower() != "exchange" or nxt is None:
        return False
    if any(c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in EXCHANGE_TOPIC_VERBS
           and any(g.dep_ == "dobj" for g in c.children) for c in tok.children):
        return True  # "exchanged diplomatic notes establishing visa-free travel": what they do
    if tok.dep_ == "nsubjpass":
        nxt = next((c for c in tok.head.rights if c.dep_ == "prep"), nxt)
    topic = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    when = topic if topic is not None else nxt  # "on Monday", "yesterday"
    after = nxt.right_edge.i + 1
    if when.ent_type_ in TIME_ENTS and after < len(tok.doc) and tok.doc[after].dep_ == "prep":
        # "exchanged notes on Monday on a grant for …": the time first, then what they are on
        nxt = tok.doc[after]
        topic = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    # notes on a document ("exchanged notes on the air services agreement") are that document's stage
    return nxt.lower_ in EXCHANGE_TOPIC_PREPS and topic is not None \
        and topic.ent_type_ not in TIME_ENTS and topic.lemma_.lower() not in _OCCASION_WORDS \
        and topic.lower_ not in NOUN_TYPES and topic.lemma_.lower() not in NOUN_TYPES


# What "on" opens when it says where or when notes were compared, not what a document is on.
_OCCASION_WORDS = frozenset({"sideline", "sidelines", "margin", "margins", "occasion", "day", "eve", "phone",
                             "call", "behalf"})


def _means_of_another(tok: Token) -> bool:
    """Say whether an act's noun is only the means or moment of another stage ("entered into force by an
    exchange of notes", "in force upon the exchange of letters"), not a document of its own ("signed an
    Exchange of Notes on …", "under the Exchange of Notes signed in May")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in MEANS_PREPS:
        return False
    return not any(c.dep_ == "acl" and c.lemma_.lower() in SIGNED_VERBS for c in tok.children)


def fixed_form_end(tok: Token) -> int:
    """Return the last token of a noun's fixed form ("letter of intent", "code of conduct"), else its own."""
    doc = tok.doc
    for want in NEEDS_NEXT.get(tok.lower_, ()):
        if [t.lower_ for t in doc[tok.i + 1:tok.i + 1 + len(want)]] == list(want):
            return tok.i + len(want)
    return tok.i


def _noun_read_as_verb(tok: Token) -> bool:
    """Say whether a word the tagger calls a verb stands where only a noun can ("sign a ports deal",
    "deal" tagged VBP yet the object of "sign").
    """
    if tok.pos_ != "VERB" or tok.i == 0:
        return False
    if tok.dep_ in ("dobj", "pobj", "nsubjpass"):
        return tok.doc[tok.i - 1].pos_ in ("DET", "NOUN", "ADJ", "PROPN")
    return _clause_read_in_a_name(tok)


def _clause_read_in_a_name(tok: Token) -> bool:
    """Say whether a document's noun the parser made the verb of a clause under a verb of signing stands
    where its object is ("signed the fisheries deal": "the fisheries" read as the subject of "deal"); "said
    the ministers deal with visas" has no verb of signing over it. The parser may make the noun before it
    the signing verb's object instead ("will sign the fisheries deal")."""
    before = tok.doc[tok.i - 1]
    return tok.dep_ in ("ccomp", "oprd") and tok.lower_ in NOUN_TYPES \
        and tok.head.lemma_.lower() in SIGNED_VERBS \
        and (before.dep_, before.head.i) in (("nsubj", tok.i), ("dobj", tok.head.i)) \
        and before.tag_ in ("NN", "NNS") and any(c.dep_ == "det" for c in before.children)


_NOUN_PLACES = frozenset({"acomp", "attr", "dobj", "pobj", "conj"})


def _noun_read_as_adjective(tok: Token) -> bool:
    """Say whether a document's noun the tagger calls an adjective stands where a noun does ("Some of
    them are memoranda on mining": "memoranda" tagged JJ, the complement of "are"), not as a modifier."""
    return tok.pos_ == "ADJ" and tok.lower_ in NOUN_TYPES and tok.dep_ in _NOUN_PLACES


def _named_by_letter(tok: Token) -> bool:
    """Say whether the noun ends a letter's name ("a Letter of Arrangement"): the letter is the mention."""
    doc = tok.doc
    # "an Exchange of Notes" names a letter; "the exchange of documents" exchanges documents
    return tok.i >= 2 and doc[tok.i - 1].lower_ == "of" and ("of", tok.lower_) in NEEDS_NEXT.get(
        doc[tok.i - 2].lower_, ())


def _modifies_another(tok: Token) -> bool:
    """Say whether the noun only modifies the noun its phrase is about ("customs declaration rules",
    "treaty obligations"), not an act on a document ("the MoU signing ceremony", "FTA talks").
    """
    head = tok.head
    if tok.dep_ == "compound" and head.i != tok.i and head.lower_ in BUILDING_NOUNS:
        return True  # "the Kenyatta International Convention Centre": a building's name
    if tok.dep_ != "compound" or head.pos_ != "NOUN" or head.i == tok.i or list_verb_after(tok):
        return False
    low, lemma = head.lower_, head.lemma_.lower()
    about = _ABOUT_DOCUMENTS | EVENT_NOUNS.keys()
    return not ({low, lemma} & about or low in NOUN_TYPES or lemma in NOUN_TYPES)


def list_verb_after(noun: Token) -> bool:
    """Say whether plural documents are told by the list verb right after them ("The other two
    agreements concern A and B", "The documents cover A, B and C"), which the parser, finding no other
    verb, may read as a noun the documents modify.
    """
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return nxt is not None and is_plural(noun) and nxt.lower_ in LIST_ANCHORS and nxt.tag_ in _PRESENT_OR_NOUN


# Verbs that list what documents are about through a preposition ("deal with", "pertain to").
_LIST_VERBS_WITH = {"deal": "with", "pertain": "to", "relate": "to", "touch": "on"}


def lists_through(verb: Token) -> bool:
    """Say whether a finite verb lists what documents are about through its preposition ("The accords
    deal with A and B", "The documents pertain to A and B"); a participle's topic ("an MoU related to
    …") is read where the documents' own phrases are (`relates_to`)."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return verb.pos_ == "VERB" and (verb.tag_ not in ("VBN", "VBG") or _relative_past(verb)) \
        and nxt is not None and _LIST_VERBS_WITH.get(verb.lemma_) == nxt.lower_


def _relative_past(verb: Token) -> bool:
    """Say whether a verb tagged a participle is the past tense of a relative clause, its subject a
    relative pronoun ("memoranda that related to A and B"): finite, as "which relate to" is."""
    return verb.tag_ == "VBN" and verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.tag_ == "WDT" for c in verb.children)


def misread_list_verb(word: Token) -> int | None:
    """Return where the topic starts after a list verb the small parser read as a plural noun right after
    an ordinal ("The first concerns fishing", "the second deals with roads"), else None; "The first
    concerns were raised" (a noun before a verb) is none."""
    doc = word.doc
    nxt = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if word.tag_ != "NNS" or nxt is None or nxt.pos_ in ("VERB", "AUX") \
            or word.i == 0 or doc[word.i - 1].lower_ not in (*ORDINAL_WORDS, "other"):
        return None
    if word.lower_ in LIST_ANCHORS:
        return word.i + 1
    return word.i + 2 if _LIST_VERBS_WITH.get(word.lemma_) == nxt.lower_ else None


# Their participles, which tie what follows "to" to a document ("an MoU related to …").
_RELATING = frozenset({"related", "relating", "pertaining"})


def relates_to(word: Token) -> bool:
    """Say whether a participle ties what follows "to" to a document ("an MoU related to …", "an
    agreement relating to …", "documents pertaining to …")."""
    nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return word.lower_ in _RELATING and nxt is not None and nxt.lower_ == "to"


def _subject_of_list_verb(noun: Token) -> bool:
    """Say whether plural documents are the subject of a list verb past their own clause ("The
    documents, which were signed by the premiers, cover A and B")."""
    return is_plural(noun) and noun.dep_ == "nsubj" and (
        noun.head.lower_ in LIST_ANCHORS or lists_through(noun.head))


def _counted_subject(noun: Token) -> bool:
    """Say whether a noun opens its sentence after only a determiner, a number or "other" ("The other
    two documents …", "Both documents …"), the documents a report has just told of."""
    before = noun.doc[noun.sent.start:noun.i]
    return len(before) > 0 and before[0].pos_ in ("DET", "NUM") and all(
        t.pos_ in ("DET", "NUM", "ADJ") for t in before)


def participle_act(noun: Token) -> Token | None:
    """Return the participle that tells what a document does ("a document confirming …"), if any;
    the parser may hang it on the verb past a time ("signed a document today confirming …").
    """
    own = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"
                and not any(t.text == "," for t in noun.doc[noun.i + 1:c.i])), None)  # not past an aside
    if own is not None or noun.dep_ != "dobj":
        return own
    verb = noun.head
    return next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > noun.right_edge.i
                 and all(t.ent_type_ in TIME_ENTS for t in noun.doc[noun.right_edge.i + 1:c.i])
                 and not any(g.dep_.startswith("nsubj") for g in c.children)), None)


def _signed_object(noun: Token) -> bool:
    """Say whether a noun is what is signed: the object of a signing verb ("signed documents"), or of
    the act's noun ("the signing of documents", "the exchange of documents").
    """
    if noun.dep_ in ("dobj", "nsubjpass"):
        return noun.head.lemma_.lower() in SIGNING_ACTS
    act = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and act.lower_ in ("signing", "exchange")


# Participles that give a document the name after them ("a memorandum titled …", "an accord called …").
_NAMING_PARTICIPLES = frozenset({"titled", "entitled", "called", "named", "dubbed"})
# Small words a capitalised name may hold ("Standard Operating Procedure for Movement of Vehicles").
_NAME_JOINERS = frozenset({"of", "for", "on", "and", "the", "in", "between", "to", "&", "-", "–"})


def given_name(doc: Doc, last: int, end: int) -> list[Token]:
    """Return the capitalised name a participle right after a document's noun gives it ("the second
    agreement titled Standard Operating Procedure for …", "an accord called the Blue Corridor
    Framework"), or nothing."""
    j = last + 1 + (last + 1 < end and doc[last + 1].text == ",")
    if j + 1 >= end or doc[j].lower_ not in _NAMING_PARTICIPLES:
        return []
    k = j + 1 + (doc[j + 1].lower_ == "the")
    name: list[Token] = []
    while k < end and (doc[k].text[:1].isupper() or doc[k].like_num or (
            doc[k].lower_ in _NAME_JOINERS and k + 1 < end and not _day_name(doc[k + 1])
            and (doc[k + 1].text[:1].isupper() or doc[k + 1].like_num or doc[k + 1].lower_ == "the"))):
        name.append(doc[k])
        k += 1
    while name and name[-1].lower_ in _NAME_JOINERS:
        name.pop()
    return name if any(t.text[:1].isupper() for t in name) else []


def heads_its_line(tok: Token) -> bool:
    """Say whether a word is the head of its line: the parse hangs it on nothing else on that line
    (a list's lines run together may hang each item on the one before)."""
    start, end = line_bounds(tok.doc.text, tok.idx)
    return tok.head.i == tok.i or not start <= tok.head.idx < end


def _day_name(tok: Token) -> bool:
    """Say whether a capitalised word names a day or month ("on Monday", "in May"), not a name's word."""
    return tok.ent_type_ in TIME_ENTS and not tok.like_num


def _list_item_document(noun: Token) -> bool:
    """Say whether a document is a list's item of its own ("A tourism cooperation document between
    the two agencies;", "- a document on scientific cooperation"): the head of its line under a
    bullet or a line ending in ":", saying what it is about or whose.
    """
    return heads_its_line(noun) and on_list_line(noun.doc.text, noun.idx) and (
        _own_topic(noun) or any(t.lower_ in _DOCUMENT_MODIFIERS for t in noun.lefts))


def _own_topic(noun: Token) -> bool:
    """Say whether a noun states what it is about ("documents on …", "documents covering …"); the
    parser may hang the "on" on the act before it ("the signing of documents on …") or, in the
    passive, on the signing verb ("documents were signed on …").
    """
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    passive_topic = noun.dep_ == "nsubjpass" and any(
        c.lower_ in _TOPIC_LINKS and c.dep_ == "prep" for c in noun.head.children)
    return any(c.lower_ in _TOPIC_LINKS and c.dep_ in ("prep", "acl") for c in noun.children) or (
        nxt is not None and nxt.lower_ in _TOPIC_LINKS and nxt.dep_ == "prep") or passive_topic


def _titled_object(prep: Token) -> bool:
    """Say whether a preposition's object is capitalised ("for the Energy Transition")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and any(t.text[0].isupper() for t in objects[0].subtree if not t.is_punct)


def _coordinated(a: Token, b: Token) -> bool:
    """Say whether two instrument nouns name one package ("agreements and MoUs")."""
    between = a.doc[a.i + 1:b.i]
    if len(between) > 6 or any(t.pos_ == "DET" for t in between):
        return False
    return all(t.lower_ in _CONNECTORS or t.pos_ in ("ADJ", "NUM") for t in between) and \
        (is_plural(a) or is_plural(b))


def is_plural(tok: Token) -> bool:
    if apostrophe_plural(tok):
        return True  # "MoU's on trade and health": the plural of initials
    if acronym_type(tok) is not None:
        return tok.text.endswith("s")  # the tagger reads "BIT" as a plural
    return tok.tag_ in ("NNS", "NNPS") or tok.lower_ in _PLURAL


def apostrophe_plural(tok: Token) -> bool:
    """Say whether an acronym takes its plural with an apostrophe ("signed MOU's on fisheries"): the "'s"
    marks no owner, for the acronym owns no noun."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ not in ("'s", "’s") or sum(c.isupper() for c in tok.text) < 2:
        return False
    after = nxt.nbor() if nxt.i + 1 < len(tok.doc) else None
    # "the MoU's terms" owns a noun; "three MOU's covering trade" (parsed as owning "trade") does not
    return tok.dep_ != "poss" or after is None or after.tag_ in ("VBG", "VBN")


def mention_type(m: Mention) -> str:
    """Return the type of a mention: its head's, or the most specific noun's for a generic head.

    Only nouns that name the head itself count: a modifier before it ("the 'Roadmap for …'
    agreement") or a bracket after it ("(MoU)"); a document its phrase speaks of ("an agreement
    on a new phase of the … programme") is what it is about, not what it is.
    """
    types = [noun_type(t) for t in (*m.nouns, *m.absorbed) if _names_head(t, m)]
    head = noun_type(m.head)
    if head not in GENERIC_TYPES or len(m.nouns) + len(m.absorbed) == 1:
        return "mou" if "mou" in types and head == "agreement" else head
    return min(types, key=_TYPE_RANK.index)


def _names_head(tok: Token, m: Mention) -> bool:
    """Say whether a noun of a mention names its head: one of its nouns, before it, or in brackets."""
    return tok.i <= m.last or "(" in tok.doc[m.last + 1:tok.i].text


def acronym_type(tok: Token) -> str | None:
    """Return the type treaty-law initials name ("FTA", "BITs"), None for any other word."""
    text = tok.text[:-1] if tok.text.endswith("s") and len(tok.text) > 3 else tok.text
    return ACRONYM_TYPES.get(text)


def noun_type(tok: Token) -> str:
    low = tok.lower_
    if low in JOINT_NOUNS and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "joint":
        return "declaration"
    if (acronym := acronym_type(tok)) is not None:
        return acronym
    return NOUN_TYPES.get(low) or FORM_TYPES.get(low) or NOUN_TYPES.get(tok.lemma_.lower(), "other")


def scene_of(prep: Token) -> bool:
    """Say whether a preposition opens the scene or occasion of an act, a noun of an occasion with what it
    is of ("on the sidelines of the summit", "on the eve of the visit", "on behalf of Peru", "in the
    presence of the leaders"), not a field a document is on ("on the presence of foreign troops")."""
    low = prep.lower_
    return any(c.dep_ == "pobj" and ((low in ("on", "at") and c.lower_ in _OCCASION_WORDS)
                                     or (low == "in" and c.lower_ == "presence"))
               and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children) for c in prep.children)


def np_bounds(m: Mention, sent: Span) -> tuple[int, int]:
    """Return the doc token range [start, end) of a mention's noun phrase."""
    head = m.head
    start = _phrase_start(sent, m.first, head)
    start = _quote_opening(sent, start, m.first)
    if (opening := _opened_bracket(sent, start, m.first)) is not None:
        # "a Rs 800 crore (nearly $96 million) credit line agreement": the parser may hang the
        # noun on the bracket, so the phrase starts at the amount the bracket restates
        start = _phrase_start(sent, opening.i, opening.head)
    stop_tokens: set[int] = set()
    second = _second_party(head)
    for child in head.children:
        if child in second:
            continue  # "between the Arts Council of A (ACC) and the Museum of B": the other party
        if child.i > head.i and (child.dep_ in _NP_CHILD_STOP and not _keeps(child, head)):
            stop_tokens.update(t.i for t in child.subtree)
        elif child.i > head.i and value_clause(child):
            stop_tokens.update(_value_clause_stops(child))  # "valued at $5 million for a port on Monday"
        elif child.i > head.i and child.dep_ == "prep" and child.lower_ not in _NP_PREPS:
            stop_tokens.update(t.i for t in child.subtree)  # "… in one package", "… during the visit"
        elif child.i > head.i and child.dep_ in ("npadvmod", "advmod") \
                and child.ent_type_ in TIME_ENTS:
            stop_tokens.update(t.i for t in child.subtree)  # "… with India next year": when, not what
        elif child.i > head.i and _dating_prep(child):
            stop_tokens.update(t.i for t in child.subtree)  # "an accord on Friday giving …": when, not what
        elif child.i > head.i and signed_for_a_side(child, head):
            stop_tokens.update(t.i for t in child.subtree)  # "signed the Memorandum for Kenya": who, not what
    stop_tokens.update(t.i for part in _signing_participles(head) for t in part.subtree)
    # "an MoU on trade in the presence of the leaders": the scene, though hung on the field, is no subject
    stop_tokens.update(t.i for p in head.subtree if p.i > head.i and scene_of(p) for t in p.subtree)
    # a noun in brackets right after the head ("Programme (Roadmap) of …") may carry the rest
    inner = [t for t in m.absorbed if m.last < t.i <= m.last + 3]
    if (worth := _value_on_verb(head, m.last)) is not None:
        # "signed a road deal worth $45 million in the capital": the parser hangs "worth" on the verb
        inner.append(worth)
        stop_tokens.update(_value_clause_stops(worth))
    if (between := _between_on_verb(head, m.last)) is not None:
        inner.append(between)  # "signed an MOU between the Ports Authority and …": hung on the verb
    end = m.last + 1
    listing = False  # past a comma of the parties' list (the parser may make the next party an apposition)
    bracket = -1  # the ")" of initials in brackets after the name ("… Agreement (IC-CEPA)")
    # a name opened by a quotation mark ends at the mark that closes it ("the ‘Plan on Fisheries’ in Lima")
    quoted = sum(t.is_quote for t in sent.doc[max(sent.start, start - 1):m.last + 1]) % 2 == 1
    for tok in sent.doc[m.last + 1:min(sent.end, m.last + 1 + _MAX_NP)]:
        if quoted and tok.is_quote and not (tok.i + 1 < sent.end and is_mention_noun(sent.doc[tok.i + 1])):
            break  # not "a ‘Plan for Fisheries’ agreement": the name is the agreement's
        if tok.i <= bracket:
            end = tok.i + 1
            continue
        if opens_next_clause(tok):
            break  # "an agreement on mining and Peru's minister Ana Lopez welcomed it": the next clause
        if tok.i == end and (close := acronym_bracket_end(sent.doc, tok.i)) is not None and close < sent.end:
            bracket, end = close, tok.i + 1
            continue
        if tok.text == "," and _lists_parties(tok, m.last, head):
            listing = True
            continue  # "MoU between the Government of A, the Government of B and …"
        if (tok.i in stop_tokens and not listing) or tok.text in (",", ";", ".", "–", "—") \
                or is_cell_separator(tok) or tok.lower_ in ("which", "that") or spaced_dash(tok):
            break
        if tok.lower_ == "as" and tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ == "well":
            break
        if other_documents_after(tok, sent) or _a_document_after(tok, sent):
            break  # "a declaration on the partnership and six other documents": those are others
        if tok.lemma_.lower() in EXPIRY_VERBS:
            break  # "let their memorandum on rice trade lapse" (a verb read as a noun): its end
        if _venue(tok):
            break  # "… between their countries at the Ittihadiya Palace": where it was signed
        if not tok.is_punct and not any(_in_subtree(tok, n) for n in (head, *inner)):
            break
        end = tok.i + 1
    while end > m.last + 1 and sent.doc[end - 1].pos_ in ("CCONJ", "ADP", "DET"):
        end -= 1
    return start, end


# Words by which a document joined by "and" is told apart from the one before ("and six other
# documents", "and another agreement").
_OTHER_WORDS = frozenset({"other", "another", "further", "additional", "more"})


def other_documents_after(conj: Token, sent: Span) -> bool:
    """Say whether "and" opens other documents ("and six other documents", "and another MoU"): the
    phrase before it ends there."""
    if conj.lower_ != "and":
        return False
    words = [t for t in sent.doc[conj.i + 1:min(sent.end, conj.i + 5)]]
    noun = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None:
        return False
    before = words[:words.index(noun)]
    return (noun.lower_ in DOCUMENT_NOUNS or noun.lower_ in GENERAL_DOCUMENT_NOUNS or is_mention_noun(noun)) \
        and any(t.lower_ in _OTHER_WORDS or t.pos_ == "NUM" for t in before) \
        and all(t.pos_ in ("DET", "NUM", "ADJ") for t in before)


def _a_document_after(conj: Token, sent: Span) -> bool:
    """Say whether "and" opens one more document with its own article ("an arrangement expanding the
    scheme between the two countries and a memorandum on research"): the parse may hang the second
    on a noun of the first's clause, but it is a document of its own."""
    if conj.lower_ != "and" or conj.i + 2 >= sent.end or sent.doc[conj.i + 1].lower_ not in ("a", "an"):
        return False
    for tok in sent.doc[conj.i + 2:min(sent.end, conj.i + 5)]:
        if is_mention_noun(tok):
            return not is_plural(tok)
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN"):
            return False
    return False


def _signing_participles(head: Token) -> list[Token]:
    """Return the signing participles the parser hung on a noun of a document's name ("the memorandum
    on labour signed by A and B": who signed it, not what it is on)."""
    return [t for t in head.subtree if t.i > head.i and t.dep_ == "acl" and t.tag_ == "VBN"
            and t.head.i != head.i and t.head.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in SIGNED_VERBS]


def signed_for_a_side(prep: Token, head: Token) -> bool:
    """Say whether "for" after a signed document names the state it was signed for ("X signed the
    Agreement for Chile", "… the Memorandum for the Republic of Palau"), not what the document is on."""
    if prep.lower_ != "for" or head.dep_ != "dobj" or head.head.lemma_.lower() not in SIGNING_ACTS:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False  # "signed a grant agreement for Kenya": the state it is for
    return any(c.dep_ == "pobj" and _names_a_state(c) for c in prep.children)


def _names_a_state(noun: Token) -> bool:
    """Say whether a noun and its own words name a state ("the United States", "the Republic of Palau"),
    leaving out what is joined to it ("Kenya and Foreign Minister X")."""
    if any(g.dep_ == "prep" and g.lower_ != "of" for g in noun.children):
        return False
    joined = [t.i for c in noun.children if c.dep_ in ("conj", "cc") for t in c.subtree]
    last = min([*joined, noun.right_edge.i + 1])
    return gazetteer().resolve(noun.doc[noun.left_edge.i:last].text) is not None


def _dating_prep(prep: Token) -> bool:
    """Say whether "on" after a document's noun only dates it ("on Friday"); "for 2025-2026" is its period."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.dep_ == "prep" and prep.lower_ == "on" and bool(objects) and all(
        t.ent_type_ in TIME_ENTS for o in objects for t in o.subtree if t.dep_ != "det")


_MAX_QUOTED = 10  # words a quoted name may hold before the phrase the parser gives its noun


def _phrase_start(sent: Span, first: int, head: Token) -> int:
    """Return where the words before `first` that belong to `head`'s phrase begin."""
    start = first
    for tok in reversed(list(sent.doc[max(sent.start, first - 12):first])):
        if (tok.i < head.left_edge.i and not _split_modifier(tok, start)) or tok.dep_ in ("det", "predet") \
                or tok.lower_ in ("no",):
            break
        if tok.text in (";", ":", ".") or is_cell_separator(tok) or "\n" in tok.text or in_list_mark(tok):
            break  # a list line before this one, or this line's mark
        start = tok.i
    return start


def _quote_opening(sent: Span, start: int, first: int) -> int:
    """Return where a quoted name before a document's noun opens when the phrase found starts inside it
    ("a \"One Visa, Free Travel\" agreement": the parser ends the phrase at the comma), else `start`."""
    doc = sent.doc
    quotes = [t for t in doc[start:first] if t.is_quote]
    if len(quotes) % 2 == 0 or not _closes(quotes[0]):
        return start
    for tok in reversed(doc[max(sent.start, start - _MAX_QUOTED):start]):
        if tok.is_quote:
            return tok.i
        if tok.text in (";", ":", ".") or "\n" in tok.text:
            break
    return start


def _closes(quote: Token) -> bool:
    """Say whether a quotation mark closes what it quotes: bound to the word before it, a space after."""
    return quote.i > 0 and not quote.doc[quote.i - 1].whitespace_ and bool(quote.whitespace_)


def _opened_bracket(sent: Span, start: int, first: int) -> Token | None:
    """Return the "(" right before a phrase that starts inside brackets closed before its noun
    ("(nearly $96 million) credit line agreement") and follows an amount; else None."""
    doc = sent.doc
    if start - 2 < sent.start or doc[start - 1].text != "(" or not _amount_word(doc[start - 2]):
        return None
    inside = doc[start:first]
    closed = any(t.text == ")" for t in inside) and not any(t.text == "(" for t in inside)
    return doc[start - 1] if closed else None


def _split_modifier(tok: Token, start: int) -> bool:
    """Say whether a noun right before a phrase modifies its first word though the parser made it a
    sibling ("sign a fisheries pact": "fisheries" read as a second object of "sign").
    """
    first = tok.doc[start]
    if tok.i != start - 1 or tok.pos_ != "NOUN" or tok.head.i != first.head.i:
        return False
    # "will sign the fisheries deal": "fisheries" the object, "deal" a clause of the same verb
    return (tok.dep_ == first.dep_ and first.dep_ in ("dobj", "nsubjpass", "pobj")) \
        or (tok.dep_ == "dobj" and _clause_read_in_a_name(first))


def _lists_parties(comma: Token, last: int, head: Token) -> bool:
    """Say whether a comma lies in the list of a document's parties ("between A, B and C"): a
    "between" of the document comes before it and the next party hangs on the document too.
    """
    doc = comma.doc
    party = next((t for t in doc[comma.i + 1:comma.i + 4] if t.pos_ not in ("DET", "CCONJ")), None)
    return party is not None and any(t.lower_ == "between" for t in doc[last + 1:comma.i]) \
        and _in_subtree(party, head) and party.pos_ == "PROPN" and not is_mention_noun(party)


def spaced_dash(tok: Token) -> bool:
    """Say whether a hyphen stands apart as a dash ("MoU on Tourism - signed by …"), not inside a word."""
    return tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


# Nouns of a place where documents are signed ("at the Presidential Palace", "at a ceremony").
_VENUE_NOUNS = BUILDING_NOUNS | {"hotel", "ceremony", "headquarters", "residence", "ministry", "office",
                                   "summit", "sidelines", "margins"}


def _venue(tok: Token) -> bool:
    """Say whether a preposition tells where or when something happened, not what a document is on:
    "at the Presidential Palace", "on Wednesday"."""
    objects = [c for c in tok.children if c.dep_ == "pobj"]
    if tok.lower_ in ("on", "at", "in") and any(c.ent_type_ in TIME_ENTS for c in objects):
        return True
    if tok.lower_ == "in" and noun_type(tok.head) is not None and any(c.ent_type_ == "GPE" for c in objects):
        return True  # "the … Agreement in Auckland": a document is not in a city, its signing was
    return tok.lower_ == "at" and any(c.ent_type_ in ("GPE", "FAC", "LOC") or c.lemma_.lower() in _VENUE_NOUNS
                                      for c in objects)


def gerund_stems(tok: Token) -> tuple[str, ...]:
    """Return the verbs a word ending in -ing may come from ("Amending" → "amend", "Revising" → "revise")."""
    low = tok.lower_
    return (low[:-3], low[:-3] + "e") if low.endswith("ing") else ()


def _keeps(child: Token, head: Token) -> bool:
    """Say whether a clause under the noun belongs to its name ("(MOU)", "deal to buy …")."""
    if child.dep_ == "appos" and child.i == head.i + 2 and head.doc[head.i + 1].text == "(":
        return True
    if child.dep_ == "punct" and child.text in ("(", ")", "’", "'", "”", "\""):
        return True
    if child.dep_ == "acl" and child.lemma_.lower() in CHANGING_VERBS and (
            child.tag_ == "VBG" or any(c.dep_ == "dobj" and is_mention_noun(c) for c in child.children)):
        return True  # "the Protocol Amending the Agreement on …", "a protocol to upgrade the … Agreement"
    if value_clause(child):
        return True  # "a grant agreement valued at 3 billion yen"
    if child.dep_ == "acl" and _title_gerund(child, head):
        return True  # "the Agreement Establishing the Joint Commission", "the Convention Concerning …"
    if child.dep_ == "acl" and noun_type(head) == "agreement" and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
        return not any(c.dep_ == "auxpass" for c in child.children)
    return False


def value_clause(child: Token) -> bool:
    """Say whether a participle under the noun states what the document is worth ("a grant agreement
    valued at 3 billion yen", "a loan agreement totalling $500 million", "a deal worth $5 million"): part
    of what it is."""
    worth = child.dep_ == "amod" and child.lower_ == "worth"
    return (child.dep_ == "acl" or worth) and child.lemma_.lower() in VALUE_VERBS and _tells_amount(child)


def _value_on_verb(head: Token, last: int) -> Token | None:
    """Return the value word right after a document's noun that the parser hung on the verb governing the
    noun ("signed a deal worth $45 million …": "worth" an adverbial clause of "signed"), else None."""
    doc = head.doc
    tok = doc[last + 1] if last + 1 < len(doc) else None
    if tok is None or head.dep_ not in ("dobj", "nsubjpass") or tok.head.i != head.head.i \
            or tok.i == head.head.i:
        return None
    return tok if tok.lemma_.lower() in VALUE_VERBS and _tells_amount(tok) else None


def _between_on_verb(head: Token, last: int) -> Token | None:
    """Return the "between" right after a document's noun that the parser hung on the verb governing the
    noun ("signed an MOU between the Ports Authority of A and the Customs Service of B") or on the event
    noun the document belongs to ("the signing of a MOU between A and B"), else None."""
    doc = head.doc
    tok = doc[last + 1] if last + 1 < len(doc) else None
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ == "of" and governor.head.pos_ == "NOUN":
        governor = governor.head  # "the signing of a MOU between A and B": hung on the event's noun
    elif head.dep_ not in ("dobj", "nsubjpass"):
        return None
    if tok is None or tok.lower_ != "between" or tok.head.i != governor.i or tok.i == governor.i:
        return None
    return tok if any(c.dep_ == "pobj" for c in tok.children) else None


def opens_next_clause(conj: Token, *, names: bool = True) -> bool:
    """Say whether an "and" opens the next clause, whose subject the parser may have taken into the phrase
    before it: "signed an agreement on mining and the ministers Ruto and Ochieng praised it" (the
    subject hangs on a later verb joined to the first), "… on mining and Peru's minister Ana Lopez
    welcomed it" (the later verb has no subject of its own, a person stands right before it), "… on mining
    and then held talks". Without `names`, a name proves nothing (goods the tagger takes for people)."""
    if conj.lower_ != "and" or conj.dep_ != "cc":
        return False
    doc = conj.doc
    for tok in doc[conj.i + 1:min(len(doc), conj.i + 8)]:
        if tok.tag_ in ("VBD", "VBZ", "VBP") and tok.dep_ == "conj" and tok.head.i == conj.head.i < conj.i:
            return all(t.pos_ == "ADV" for t in doc[conj.i + 1:tok.i])  # "… and then held talks"
        if tok.lower_ in ("and", "or") or tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i > tok.i and tok.head.dep_ == "conj" \
                and tok.head.pos_ == "VERB":
            return True
        if names and tok.ent_type_ == "PERSON" and _subjectless_verb_after(tok):
            return True
    return False


def _subjectless_verb_after(tok: Token) -> bool:
    """Say whether the next verb after a name is one joined to an earlier verb with no subject of its own."""
    verb = next((t for t in tok.doc[tok.i + 1:tok.sent.end] if t.pos_ in ("VERB", "AUX") or t.is_punct), None)
    return verb is not None and not verb.is_punct and verb.i - tok.i <= 4 and verb.dep_ == "conj" \
        and verb.head.i < tok.i and verb.pos_ == "VERB" \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _second_party(head: Token) -> tuple[Token, ...]:
    """Return the "and" and the noun the parser joined to a document's noun when they are the second of
    the parties it is "between" ("an MoU on culture between the Arts Council of A (ACC) and the Museum of
    B": "between" names one party only, the other hangs on the noun), else ()."""
    between = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    objects = [c for c in between.children if c.dep_ == "pobj"] if between is not None else []
    if between is None or len(objects) != 1 or any(c.dep_ == "conj" for c in objects[0].children):
        return ()
    conj = next((c for c in head.children if c.dep_ == "conj" and c.i > between.i), None)
    if conj is None or is_mention_noun(conj) or conj.pos_ != "PROPN":
        return ()
    cc = [c for c in head.children if c.dep_ == "cc" and between.i < c.i < conj.i]
    return (*cc, conj) if cc else ()


def _tells_amount(tok: Token) -> bool:
    return any(t.like_num or t.ent_type_ == "MONEY" for t in tok.subtree)


def _value_clause_stops(verb: Token) -> set[int]:
    """Return the tokens of a value participle's clause that tell when or where, not what ("… valued at
    3 billion yen for the metro on Sunday": "on Sunday")."""
    stops: set[int] = set()
    for c in verb.children:
        when = c.dep_ in ("npadvmod", "advmod") and c.ent_type_ in TIME_ENTS
        if purpose_verb(c):
            continue  # "valued at $300 million to upgrade the port": what the money is for
        # "worth $5 million in grants": after "worth", "in" may tell the amount's form; only a place ends it
        loose = c.dep_ == "prep" and c.lower_ not in _NP_PREPS and not _tells_amount(c) \
            and (verb.dep_ == "acl" or c.lower_ != "in")
        if loose or when or c.dep_ in _NP_CHILD_STOP or _dating_prep(c) or _placing_prep(c):
            stops.update(t.i for t in c.subtree)
        elif c.dep_ in ("npadvmod", "pobj"):  # the amount: "worth $5 million in Lima", not "… in grants"
            stops.update(t.i for p in c.children if _placing_prep(p) for t in p.subtree)
    return stops


def _placing_prep(prep: Token) -> bool:
    """Say whether a preposition after an amount only tells where ("in Lima", "in the capital Accra")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.dep_ == "prep" and prep.lower_ in ("in", "at") and bool(objects) and all(
        o.ent_type_ in ("GPE", "LOC", "FAC") or any(t.lower_ in _PLACE_NOUNS for t in (o, *o.lefts))
        for o in objects)


# Nouns of a place ("in the Ghanaian capital Accra", "in the port city of …", "in the capital city Lusaka").
_PLACE_NOUNS = frozenset({"capital", "city", "town", "port"})


def purpose_verb(verb: Token) -> bool:
    """Say whether a verb opens a "to <verb> …" clause of purpose ("to upgrade Da Nang port")."""
    return verb.dep_ in ("advcl", "xcomp", "acl") and verb.tag_ == "VB" and verb.lower_ != "be" \
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1 for c in verb.children)


def _title_gerund(verb: Token, head: Token) -> bool:
    """Say whether a capitalised -ing word right after a capitalised document noun goes on with its
    title ("Agreement Establishing …", "Treaty Concerning …"), not a clause ("the Agreement, ending …")."""
    return verb.i == head.i + 1 and verb.lower_.endswith("ing") and verb.text[:1].isupper() \
        and head.text[:1].isupper() and not verb.is_sent_start


def _in_subtree(tok: Token, head: Token) -> bool:
    return tok.i == head.i or (head.left_edge.i <= tok.i <= head.right_edge.i
                               and any(a.i == head.i for a in tok.ancestors))


_DROPPED_POS = frozenset({"DET", "PUNCT", "SPACE"})  # before a subject


def subject_text(start: int, end: int, sent: Span) -> tuple[int, int]:
    """Return the char span of a subject, evaluative words and articles trimmed."""
    doc = sent.doc
    while start < end - 1 and (doc[start].lower_ in DROP_LEADING or doc[start].pos_ in _DROPPED_POS) \
            and not _opens_quote(doc, start, end):
        start += 1
    if start + 2 < end and _list_mark(doc[start], doc[start + 1]):
        start += 2  # "(1) Memorandum on …", "b) Agreement on …": the item's mark is no part of its name
    if end < len(doc) and end > start + 2 and doc[end].text == ")" and _list_mark(doc[end - 1], doc[end]):
        end -= 1  # "1) an MoU on forestry and 2) an agreement on …": the next item's mark, and what joins it
        while end > start + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].text in (",", ";")):
            end -= 1
    while end > start + 1 and (doc[end - 1].is_space or _stray_quote(doc, start, end)
                               or (not doc[end - 1].is_quote and doc[end - 1].tag_ == "POS")
                               or (doc[end - 1].is_left_punct and doc[end - 1].is_punct
                                   and not doc[end - 1].is_quote)):
        end -= 1  # a list line's line break, a quote mark that closes nothing of it, a possessive ("the
        # treaty's text"), a bracket its aside opens after the name ("an agreement on fishing (in Accra)")
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _list_mark(mark: Token, closing: Token) -> bool:
    """Say whether two words are a list item's mark: a number or a letter and its closing bracket or dot."""
    return closing.text in (")", ".") and not mark.whitespace_ and (
        (mark.text.isdigit() and len(mark.text) <= 2) or (len(mark.text) == 1 and mark.text.isalpha()
                                                          and mark.text.islower()))


def _stray_quote(doc: Doc, start: int, end: int) -> bool:
    """Say whether the last word of a subject is a quotation mark that closes nothing inside it; one that
    closes a quote the subject opens stays ("an MoU on 'rail links'")."""
    return doc[end - 1].is_quote and sum(t.is_quote for t in doc[start:end]) % 2 == 1


def _opens_quote(doc: Doc, start: int, end: int) -> bool:
    """Say whether a quotation mark opens a name closed before `end` ("\"One Visa, Free Travel\" deal")."""
    return doc[start].is_quote and any(t.is_quote for t in doc[start + 1:end])


def content_tokens(tokens: list[Token], pair: tuple[str, ...]) -> list[Token]:
    """Return the tokens that give a mention a subject of its own."""
    pair_low = {p.lower() for p in pair}
    return [t for t in tokens if not t.is_punct and t.lower_ not in GENERIC_WORDS
            and t.lower_ not in NOUN_TYPES and t.lemma_.lower() not in NOUN_TYPES
            and t.lower_ not in pair_low and t.pos_ not in ("DET", "ADP", "CCONJ", "PRON", "AUX")]


def counted(head: Token) -> int:
    """Return how many documents a count before the noun says ("15 MoUs"), 0 if none."""
    for c in head.children:
        if c.dep_ == "nummod" and c.ent_type_ != "DATE" and not _sum_of_money(c, head) \
                and not any(g.text in "$€£" for g in c.subtree):
            return _number(c.lower_)  # "the 2015 agreement": a year, not a count
    return 0


def _sum_of_money(number: Token, head: Token) -> bool:
    """Say whether a number before a document's noun is a sum of money; the small model may read "five
    accords" as one, the noun taken for a currency, when no word of money is there."""
    if number.ent_type_ != "MONEY":
        return False
    words = [t for t in number.doc[number.i:head.i + 1] if t.ent_type_ == "MONEY" and t.i != head.i]
    return head.ent_type_ != "MONEY" or any(t.is_currency or t.lower_ in CURRENCY_WORDS or t.lower_ in SCALES
                                            for t in words)


def _number(word: str) -> int:
    if word.isdigit():
        return int(word)
    if word in _ONE_OF:
        return 1
    return int(NUMBER_WORDS.get(word) or 2)  # "several", "numerous": more than one


def named_pair(np: Span) -> tuple[str, ...]:
    """Return the two states a name joins with a hyphen ("the Chile-Vietnam DTAA"), else ().

    A state hyphenated as a whole ("Guinea-Bissau", "Timor-Leste") is one state, not two.
    """
    doc, gaz = np.doc, gazetteer()
    for dash in np:
        if dash.text not in _PAIR_DASHES or dash.i == np.start or dash.i + 1 >= np.end:
            continue
        left, right = doc[dash.i - 1], doc[dash.i + 1]
        if left.whitespace_ or dash.whitespace_:
            continue
        if gaz.resolve(doc[left.i:right.i + 1].text) is not None:
            continue
        first, second = gaz.resolve(left.text), gaz.resolve(right.text)
        if first is not None and second is not None and first.name != second.name:
            return first.name, second.name
    return ()


def without_restated_amounts(text: str, span: Span) -> str:
    """Return a subject's text less the brackets that restate an amount before them ("a KWD 25
    million (about $81 million) loan agreement"): a figure told twice, no word of what the document is.
    """
    doc, cuts = span.doc, []
    for tok in span:
        if tok.text != "(" or tok.i == span.start or not _amount_word(doc[tok.i - 1]):
            continue
        close = next((t for t in doc[tok.i + 1:span.end] if t.text == ")"), None)
        if close is not None and any(_amount_word(t) for t in doc[tok.i + 1:close.i]):
            cuts.append((doc[tok.i - 1].idx + len(doc[tok.i - 1]), close.idx + 1))
    for lo, hi in reversed(cuts):
        text = text[:lo - span.start_char] + text[hi - span.start_char:]
    return text


def _amount_word(tok: Token) -> bool:
    """Say whether a word is part of an amount ("25", "million", "$81")."""
    return tok.like_num or tok.ent_type_ == "MONEY" or tok.is_currency or tok.lower_ in SCALES \
        or tok.lower_ in CURRENCY_WORDS
