"""Constructions that tell a meeting by what one side did to the other (issue 9).

Each test looks at the trigger token the patterns in `meetings` found and reads the parse:
a call placed to a person ("X called Y", "telephoned Y"), a call held ("held a call with
Y", "during their call"), a courtesy call ("called on the King"), a guest hosted or
received ("X hosted his counterpart", "received a delegation"), a sitting of a standing
body ("the third meeting of the Joint Trade Committee", "the joint commission met") and a
signing attended ("attended the signing", "signed … in a ceremony attended by …").
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.extract.rules.modality import aux_lemmas, is_planned, went_ahead
from accord.extract.rules.roles import ROLE_HEADS
from accord.lexicon import (
    DOCUMENT_NOUNS,
    ENVOY_PAPERS,
    GENERAL_DOCUMENT_NOUNS,
    MEAL_NOUNS,
    SIGNING_ACTS,
    STANDING_BODY_NOUNS,
)
from accord.nlp import TIME_ENTS, doc_text
from accord.normalize.countries import gazetteer
from accord.normalize.numbers import parse_number

# Nouns that stand for a person met, besides names and titles.
# Nouns of someone who stands for or beside another ("Ruto's aide", "the president's representative").
STANDING_FOR = frozenset({"counterpart", "aide", "representative", "emissary", "delegate"})
_GUEST_NOUNS = STANDING_FOR | frozenset({"delegation", "guest", "visitor", "leader", "official", "host"})
_CALL_VERBS = frozenset({"call", "phone", "telephone", "ring", "dial"})
# Verbs under which "a call" is one held ("held a call", "joined the call", "received a call from").
_CALL_HOLDERS = frozenset({"hold", "have", "make", "join", "conclude", "end", "receive", "take", "place"})
# Prepositions that set an event as the time of what follows ("during their call").
_SETTING_PREPS = frozenset({"during", "in", "on", "after", "following"})
HOSTING_VERBS = frozenset({"host", "receive", "welcome"})
# Standing bodies whose sittings are sessions ("the fifth session of the Joint Commission").
BODY_NOUNS = STANDING_BODY_NOUNS
_BODY_MODIFIERS = frozenset({"joint", "bilateral", "intergovernmental", "inter-governmental", "working",
                             "binational", "bi-national"})
_ATTENDING_VERBS = frozenset({"attend", "witness", "preside", "oversee", "grace"})


def is_guest(tok: Token) -> bool:
    """Say whether a noun is a person one meets: a name, a title or a word like "counterpart"."""
    lemma = tok.lemma_.lower()
    return (tok.ent_type_ == "PERSON" or tok.lower_ in ROLE_HEADS or lemma in ROLE_HEADS
            or lemma in _GUEST_NOUNS or _titled(tok) or _named_before(tok) or _title_after(tok))


def _titled(tok: Token) -> bool:
    """Say whether a proper noun is a name under a title the tagger missed ("Chancellor Merz", "President
    Ruto" tagged as nothing or as a body; "Ambassador of the Republic of X Nguyen Van A" taken in with
    the state's long name, the title hung on the name as a modifier)."""
    return tok.pos_ == "PROPN" and any(c.dep_ in ("compound", "nmod") and c.i < tok.i
                                       and c.lower_ in ROLE_HEADS for c in tok.children)


def _title_after(tok: Token) -> bool:
    """Say whether a proper noun is a name its title follows in apposition, the tagger taking it for a
    body ("received Murat Nurtleu, Deputy Prime Minister of Kazakhstan")."""
    return tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" and any(
        c.dep_ == "appos" and c.i > tok.i and c.lower_ in ROLE_HEADS and c.text[:1].isupper()
        for c in tok.children)


def _named_before(tok: Token) -> bool:
    """Say whether a proper noun is the last name of a person the text named before, the tagger taking
    it for a place or a body this time ("Macron hosted Modi in Paris")."""
    return tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" and any(
        e.label_ == "PERSON" and e.end <= tok.i and len(e) > 1 and e[-1].text == tok.text
        for e in tok.doc.ents)


def _urges(verb: Token) -> bool:
    """Say whether a verb takes a clause or a complement ("called on X to act", "called it a success")."""
    return any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in verb.children)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def calls_person(verb: Token) -> bool:
    """Say whether a verb places a call to a person ("called Prime Minister X", "phoned his counterpart")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CALL_VERBS or _urges(verb) or _passive(verb):
        return False
    return any(c.dep_ == "dobj" and is_guest(c) for c in verb.children)


def calls_on(verb: Token) -> bool:
    """Say whether "called on" pays a visit to a person ("called on the King"), not an appeal ("… to act")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "call" or _urges(verb):
        return False
    ons = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"]
    if any(_to_guest(c) for c in ons):
        return True
    # the parser may leave "on" bare and take the person for the verb's object ("called on Prime Minister X")
    return any(not any(g.dep_ == "pobj" for g in c.children) and any(
        d.dep_ == "dobj" and d.left_edge.i == c.i + 1 and is_guest(d) for d in verb.children) for c in ons)


def courtesy_visit_on(noun: Token) -> bool:
    """Say whether a courtesy visit is paid on a person ("paid a courtesy visit on Minister X", "a courtesy
    visit to President Y") or received from one ("received a courtesy visit from Ambassador Z", "a courtesy
    visit by the envoy"): a call on someone, as a courtesy call is; not one to a state or a city."""
    if noun.lower_ != "visit" or not any(c.lower_ == "courtesy" and c.i < noun.i for c in noun.children):
        return False
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    return any(c.dep_ in ("prep", "agent") and c.lower_ in ("on", "to", "from", "by")
               and any(g.dep_ == "pobj" and is_guest(g) for g in c.children)
               for h in holders for c in h.children)


def call_held(noun: Token) -> bool:
    """Say whether the noun "call" is one held between people ("held a call with X", "during their
    call"), not an appeal ("a call for calm", "the call to action") or a courtesy call.
    """
    if noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ in ("NNS", "NNPS"):
        return False
    if any(c.lower_ == "courtesy" for c in noun.children if c.i < noun.i) or _hyphened_on(noun):
        return False  # a courtesy call, a "call-on": a call paid in person (their own trigger)
    if any(c.dep_ == "prep" and (c.lower_ == "for" or (c.lower_ == "to" and not _to_guest(c)))
           for c in noun.children):
        return False  # "a call for calm", "a call to action"; "placed a call to his counterpart" is one
    if any(c.dep_ in ("acl", "relcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
           for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.ent_type_ not in TIME_ENTS
                                                         for g in c.children) for c in noun.children):
        return False  # "renewed its call on the government to resign": an appeal; "a call on Tuesday" is one
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _CALL_HOLDERS:
        return True
    # "Biden's call with Lopez Obrador", "the call between the two presidents", "during their call"
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("with", "between")) for c in noun.children):
        return True
    # "discussed … in a call on Tuesday"
    return (noun.dep_ == "pobj" and noun.head.lower_ in _SETTING_PREPS
            and noun.head.head.pos_ in ("VERB", "AUX"))


def _hyphened_on(noun: Token) -> bool:
    """Say whether the noun "call" is written "call-on", a call paid on someone in person."""
    doc = noun.doc
    return (noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and not noun.whitespace_
            and doc[noun.i + 2].lower_ in ("on", "ons"))


def _to_guest(prep: Token) -> bool:
    return any(g.dep_ == "pobj" and is_guest(g) for g in prep.children)


def exchange_with(noun: Token) -> bool:
    """Say whether an exchange is one person's with another ("had a brief exchange with President X",
    "held an exchange of views with his counterpart"), not documents exchanged or an exchange rate."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in ("have", "hold"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" and _to_guest(c) for c in noun.children)


def hosts_guest(verb: Token) -> bool:
    """Say whether a verb hosts or receives a person ("X hosted his counterpart", "received a delegation",
    "welcomed X to the White House"; "X welcomes Y", a photo's caption, tells no more than the text)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HOSTING_VERBS:
        return False
    if _passive(verb):  # "Y was received in audience by X": an audience, not a welcome on arrival
        return any(received_in_audience(g) for c in verb.children for g in c.children)
    if verb.lemma_.lower() == "welcome" and verb.tag_ != "VBD":
        return False
    return (any(c.dep_ == "dobj" and is_guest(c) for c in verb.children) or bool(late_guests(verb))
            or _guest_after_setting(verb))


# Words that open a clause of what someone did while receiving a guest ("While receiving X, Y said",
# "Upon welcoming X, …"); a gerund at the head of the sentence opens one too ("Receiving X, Y said").
_OPENING_WORDS = frozenset({"while", "when", "upon", "on", "in", "after", "before"})


def receiving_guest(verb: Token) -> bool:
    """Say whether a gerund opens a clause of receiving a person ("While receiving Lao Ambassador X,
    the Prime Minister praised …", "Welcoming the visiting minister, President Y said …"); "receiving
    the award" or "welcoming the decision" takes no guest, and "is receiving tourists" opens no clause."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in HOSTING_VERBS:
        return False
    before = verb.nbor(-1) if verb.i > verb.sent.start else None
    if before is not None and before.lower_ not in _OPENING_WORDS:
        return False
    guest = _first_phrase_after(verb)
    return guest is not None and (is_guest(guest) or any(t.ent_type_ == "PERSON" for t in guest.subtree
                                                         if t.i > verb.i and t.i <= guest.i))


def _first_phrase_after(verb: Token) -> Token | None:
    """Return the head of the noun phrase right after a verb ("receiving [the visiting minister]"), the
    parser's dependencies aside (it often hangs a guest before the comma on the main verb)."""
    for chunk in verb.doc.noun_chunks:
        if chunk.start > verb.i:
            return chunk.root if chunk.start == verb.i + 1 and chunk.sent == verb.sent else None
    return None


def late_guests(verb: Token) -> list[Token]:
    """Return the guests standing after the day or the place, the parser hanging them there ("received
    at Bayan Palace the Prime Minister of Uzbekistan, X": "the Prime Minister" read as the palace's
    apposition or a second palace; "received at the palace in Lome the Prime Minister of Niger", on the
    city; "received this Tuesday the Prime Minister, X" read as a time)."""
    late = [c for c in verb.children
            if c.dep_ == "npadvmod" and c.i > verb.i and c.ent_type_ not in TIME_ENTS]
    late += [a for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "on")
             for g in c.subtree if g.dep_ == "pobj" for a in g.children
             if a.dep_ in ("appos", "conj") and a.i > g.i]
    late += _guest_taken_for_next_subject(verb)
    return [a for a in late if is_guest(a)]


def _guest_taken_for_next_subject(verb: Token) -> list[Token]:
    """Return a guest standing after a verb with no object of its own that the parser made the subject of
    the verb joined after it ("received on Monday in Lome his counterpart X, who is touring the region,
    and both signed …": X read as the subject of "signed")."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return []
    return [s for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
            for s in c.children if s.dep_ == "nsubj" and verb.i < s.i < c.i
            and not any(t.dep_ == "cc" and t.i < s.left_edge.i and t.head is c for t in c.children)]


# what the parser makes of a guest set off after an inserted setting ("received, in her office, His
# Excellency Mr X, Minister of …": "Excellency" a noun phrase modifying the verb, or left unattached)
SET_OFF_GUEST = frozenset({"npadvmod", "dep", "appos"})


def _guest_after_setting(verb: Token) -> bool:
    """Say whether a guest follows a setting set off by commas after the verb ("X received, in her
    office, His Excellency Mr Y, Minister of Foreign Affairs"; "received, in the afternoon, the Vice
    Premier")."""
    setting = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.nbor(-1).is_punct]
    return bool(setting) and any(
        c.dep_ in SET_OFF_GUEST and c.i > setting[0].i and c.nbor(-1).is_punct is False
        and (is_guest(c) or any(a.dep_ == "appos" and is_guest(a) for a in c.children))
        for c in verb.children)


def _standing_body(noun: Token) -> bool:
    """Say whether a noun names a standing body of the two sides ("the Joint Trade Committee", "the joint
    working group on agriculture")."""
    mods = [c for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound", "nmod")]
    if noun.lemma_.lower() == "group":
        return any(c.lower_ == "working" for c in mods) and any(c.lower_ in _BODY_MODIFIERS - {"working"}
                                                               for c in mods)
    if noun.lemma_.lower() not in BODY_NOUNS or _one_sided(noun):
        return False
    if noun.text[0].isupper() or any(c.lower_ in _BODY_MODIFIERS for c in mods):
        return True
    # a body whose name names both sides: "the Kenya-Uganda maritime cooperation committee"
    return len(_states_named([t for c in mods for t in c.subtree])) >= 2


# Bodies that sit as one side, or as many states, never as a pair ("the cabinet", "the parliament").
_ONE_SIDE_BODIES = frozenset({"cabinet", "parliament", "politburo", "senate", "congress", "legislature",
                              "party", "assembly", "board", "bureau", "league", "court", "government"})


def _one_sided(noun: Token) -> bool:
    """Say whether a body is one side's own or a body of many states: "the Zambian cabinet", "the
    UN Security Council", "the Arab League council"; not "the Joint Commission" nor "the
    Kenya-Uganda Trade Committee", whose words name both sides.
    """
    lemma = noun.lemma_.lower()
    if lemma not in _ONE_SIDE_BODIES and lemma not in BODY_NOUNS:
        return False
    mods = [t for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound", "nmod", "poss")
            for t in c.subtree]
    if any(t.lower_ in _BODY_MODIFIERS for t in mods) or len(_states_named(mods)) >= 2:
        return False
    if lemma in _ONE_SIDE_BODIES:
        return True
    return any(t.ent_type_ in ("ORG", "NORP", "GPE") or (t.is_title and t.pos_ == "PROPN") for t in mods)


def _states_named(words: list[Token]) -> set[str]:
    """Return the states that words name ("Kenya-Uganda", "Indian-Japanese")."""
    places = gazetteer()
    return {found.name for t in words if t.is_alpha and (found := places.resolve(t.text)) is not None}


_HOLDING = frozenset({"hold", "convene"})


def one_body_sits(tok: Token) -> bool:
    """Say whether a body of one side, or of many states, met by itself with no one met ("the Zambian
    cabinet met on Monday", "the UN Security Council met", "the cabinet held its weekly meeting"); not
    "the cabinet met the visiting minister" nor "the Joint Commission met". A body's meeting told by
    a noun alone ("a session of the National Assembly") may be one a visitor addressed, and is left
    to the other rules.
    """
    words = [tok]
    if tok.lower_ in ("meeting", "session") and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _HOLDING:
        tok = tok.head  # "the cabinet held its weekly meeting": the body holds it by itself
        words.append(tok)
    elif tok.lemma_.lower() not in ("meet", "convene") or any(c.dep_ == "dobj" for c in tok.children):
        return False
    if tok.pos_ != "VERB" or any(c.dep_ == "prep" and c.lower_ in ("with", "between")
                                 for w in words for c in w.children):
        return False
    bodies = _subjects(tok)
    return any(b.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in b.children) and _one_sided(b)
               for b in bodies)


def _subjects(verb: Token) -> list[Token]:
    """Return a verb's subjects, a relative pronoun read as the noun it stands for ("the commission,
    which last met in 2011": the commission)."""
    return [verb.head if c.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else c
            for c in verb.children if c.dep_ == "nsubj"]


def _body_acts(verb: Token) -> bool:
    """Say whether a verb's subject is a standing body ("the Joint Commission met")."""
    return any(_standing_body(c) for c in _subjects(verb))


def body_sitting(tok: Token) -> bool:
    """Say whether a meeting word is a sitting of a standing body: "the third meeting of the Joint
    Committee", "the fifth session of the joint commission", "the Joint Commission met", "the joint
    committee held its first session", "the two ministers co-chaired the meeting".
    """
    if tok.pos_ == "VERB":
        return _body_acts(tok)
    if tok.dep_ in ("dobj", "nsubjpass") and _co_chaired(tok.head):
        return True  # "X and Y co-chaired the meeting", "the session was co-chaired by X and Y"
    if tok.dep_ == "dobj" and _body_acts(tok.head):
        return True  # "the joint trade committee held its first session"
    if any(c.dep_ == "compound" and _named_body(c, tok) for c in tok.children):
        return True  # "the joint commission meeting was held in Kampala"
    if went_ahead(tok) and any(c.dep_ == "compound" and _plain_body(c) for c in tok.children):
        return True  # "the commission session opened in Abuja on Monday"
    if any(c.dep_ == "poss" and c.lemma_.lower() in BODY_NOUNS and not _one_sided(c) for c in tok.children):
        return True  # "on the sidelines of the committee's fifth session meeting"
    # "the session of the Ghana and Nigeria Joint Commission": the parser may join the body to the first
    # state ("Ghana" the object, "Commission" its conjunct)
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and any(_standing_body(b) for b in (g, *g.conjuncts)) for g in c.children)
               for c in tok.children)


def body_went_ahead(tok: Token) -> bool:
    """Say whether a standing body of the two sides, named alone, is told to have sat: the subject of a
    past verb of taking place with no object ("the Joint Bilateral Commission took place in Pretoria",
    "a Binational Commission was held in October", "the Joint Trade Committee convened in Lusaka");
    not "the commission took a decision", "the committee opened an office" nor "was established"."""
    if not _standing_body(tok) or not went_ahead(tok):
        return False
    verb = tok.head
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "take":
        return len(objects) == 1 and objects[0].lower_ == "place"
    if verb.lemma_.lower() == "hold":
        return tok.dep_ == "nsubjpass"  # "the commission held that …" is no sitting
    return not objects


def _named_body(body: Token, noun: Token) -> bool:
    """Say whether a word before a meeting noun names a standing body of the two sides, the parser
    hanging its modifier on the noun ("joint" in "the joint commission meeting")."""
    if _standing_body(body):
        return True
    return (body.lemma_.lower() in BODY_NOUNS and not _one_sided(body)
            and any(c.dep_ == "amod" and c.i < body.i and c.lower_ in _BODY_MODIFIERS for c in noun.children))


def _plain_body(body: Token) -> bool:
    """Say whether a word before a sitting noun is a body noun alone ("commission" in "the commission
    session"), which names the two sides' standing body where the sitting is told as held."""
    return body.lemma_.lower() in BODY_NOUNS and not _one_sided(body) and not any(
        c.dep_ in ("amod", "compound", "nmod", "poss") for c in body.children)


def _co_chaired(verb: Token) -> bool:
    """Say whether a verb is "co-chaired" (the parser splits "co-" off as a word of its own)."""
    text = doc_text(verb.doc)
    return verb.lower_.startswith(("cochair", "co-chair")) or (
        verb.lemma_.lower() == "chair" and text[max(0, verb.idx - 3):verb.idx].lower() == "co-")


def signing_attended(tok: Token) -> bool:
    """Say whether a signing is an event attended ("attended the signing", "signed … in a ceremony
    attended by …", "at a ceremony where they signed", "witnessed a documents-exchange ceremony").
    """
    if tok.lower_ == "ceremony" and _handing_over(tok):
        return True
    if proceeded_to(tok):
        return True
    if tok.lower_ == "signing":
        return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _ATTENDING_VERBS
    if tok.lower_ == "signature":
        return False
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and (
        tok.head.head.lemma_.lower() in SIGNING_ACTS and tok.head.head.pos_ == "VERB")


_PROCEEDED_ACTS = frozenset({"signing", "signature", "exchange"})


def proceeded_to(act: Token) -> bool:
    """Say whether people went on to sign, as a communiqué translated from French tells a signing
    ceremony ("the two parties proceeded to the signature of:", "proceeded with the signing of …",
    "proceeded to the exchange of documents")."""
    prep = act.head
    return (act.lower_ in _PROCEEDED_ACTS and act.dep_ == "pobj" and prep.lower_ in ("to", "with")
            and prep.head.lemma_.lower() == "proceed" and prep.head.pos_ == "VERB")


def _handing_over(ceremony: Token) -> bool:
    """Say whether a ceremony is named for documents signed or exchanged ("a documents-exchange
    ceremony", "the MoU-signing ceremony", "an exchange-of-notes ceremony"), not a welcome."""
    mods = [t for c in ceremony.children if c.i < ceremony.i and c.dep_ in ("compound", "amod", "nmod")
            for t in c.subtree]
    return any(t.lemma_.lower() in SIGNING_ACTS for t in mods)


# Documents handed over at an exchange ("an exchange of documents", "the exchange of notes").
HANDED_NOUNS = DOCUMENT_NOUNS | GENERAL_DOCUMENT_NOUNS | frozenset({"note", "notes", "letter", "letters"})
# Verbs under which an exchange of documents is an event held or attended.
_EVENT_VERBS = _ATTENDING_VERBS | frozenset({"hold", "take", "follow", "conduct"})


def documents_exchanged(noun: Token) -> bool:
    """Say whether "exchange" is documents handed over at an event held or attended ("attended an
    exchange of documents", "an exchange of notes was held", "after the exchange of instruments"),
    not an exchange of views, nor one planned in a document's text."""
    if noun.pos_ != "NOUN" or noun.tag_ == "NNS":
        return False
    handed = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    if not any(g.lemma_.lower() in HANDED_NOUNS or g.lower_ in HANDED_NOUNS for g in handed):
        return False
    if noun.dep_ in ("dobj", "nsubjpass", "nsubj") and noun.head.lemma_.lower() in _EVENT_VERBS:
        # "the exchange of notes took place", not "the exchange of notes takes effect": the text's clause
        return not (noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "take"
                    and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in noun.head.children))
    if proceeded_to(noun):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in _SETTING_PREPS | {"at"}


# Words of a guest's leaving ("send-off" is split by the parser, and its trigger is "off").
# Verbs by which honours are a guest's welcome ("welcomed with military honours", "accorded a 21-gun
# salute", "greeted by an honour guard", "a gun salute was fired").
_WELCOMING_VERBS = frozenset({"welcome", "receive", "greet", "meet", "accord", "give", "offer", "render",
                              "fire", "inspect", "review", "honour", "honor"})


def welcomed_with_honours(noun: Token, *, reception: bool = False) -> bool:
    """Say whether ceremonial honours welcome a guest: the noun is what a guest was welcomed with or
    by, or what was accorded, given or fired ("was received with full military honours", "was given a
    21-gun salute"); not honours told of otherwise ("buried with military honours" has no guest). With
    `reception`, also those a reception verb tells ("X received Y with military honours"), which are part
    of that meeting, not one of their own."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("with", "by"):
        head = verb_of(head.head)
        if hosts_guest(head) and not reception:
            return False  # "X received her counterpart with military honours": the reception told
    elif noun.dep_ not in ("dobj", "nsubjpass", "dative"):
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in _WELCOMING_VERBS


def verb_of(word: Token) -> Token:
    """Return the verb a phrase is told of: the word itself, or the verb whose object it hangs on
    ("welcomed Y with honours", the parser hanging "with honours" on Y)."""
    return word.head if word.dep_ == "dobj" else word


_FAREWELL_WORDS = frozenset({"off", "send-off", "sendoff", "farewell"})
# Verbs by which a guest is given a send-off ("was given a warm send-off", "accorded a farewell").
_GIVING_VERBS = frozenset({"give", "accord", "receive", "get", "hold", "attend", "host", "organise",
                           "organize", "throw", "bid"})
# What a farewell names when it is an event ("a farewell ceremony", "a send-off reception", "a farewell
# dinner").
_FAREWELL_EVENTS = MEAL_NOUNS | frozenset({"ceremony", "reception"})


def seen_off(tok: Token) -> bool:
    """Say whether a send-off or farewell is a guest seen off by a person ("after a send-off at the
    airport by Minister X", "X was given a warm farewell", "a farewell ceremony was held for X"),
    not a farewell to a thing ("bade farewell to the policy") or a word before a speech."""
    if tok.lower_ not in _FAREWELL_WORDS:
        return False
    if tok.dep_ == "prt" and tok.head.lemma_.lower() == "see":
        if _passive(tok.head):  # "X was seen off at the airport by Minister Y"
            return any(c.dep_ == "agent" and _to_guest(c) for c in tok.head.children) and any(
                c.dep_ == "nsubjpass" and is_guest(c) for c in tok.head.children)
        return any(c.dep_ == "dobj" and is_guest(c) for c in tok.head.children)  # "X saw off his counterpart"
    word = tok.head if tok.dep_ == "prt" and tok.head.lower_ == "send" else tok  # "send-off" split in two
    event = word.dep_ in ("compound", "amod") and word.head.lemma_.lower() in _FAREWELL_EVENTS
    noun = word.head if event else tok
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("by", "for", "to") and _to_guest(c) for c in noun.children):
        return True
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in _GIVING_VERBS:
        return False
    # "… was held at the airport, attended by Vice President X": who attended saw the guest off
    words = [*verb.children, *(g for c in verb.children if c.dep_ == "advcl" for g in c.children)]
    return any((c.dep_ in ("nsubj", "nsubjpass", "dative") and c.i != noun.i and is_guest(c))
               or (c.dep_ in ("prep", "agent") and c.lower_ in ("by", "for", "to") and _to_guest(c))
               for c in words)


# Verbs that give a meal to guests ("offered a lunch", "a dinner hosted by X", "a banquet was held").
_MEAL_GIVING = _GIVING_VERBS - {"receive", "get", "attend"} | {"offer", "lay"}


def meal_given(noun: Token) -> bool:
    """Say whether a meal is one a host gave ("X offered a lunch for Y", "a luncheon hosted by X for
    Y", "an informal dinner was held …, hosted by X"), told by the giving verb and a host or guest named
    with it; not a meal only talked of ("the dinner menu", "skipped lunch")."""
    if noun.lemma_.lower() not in MEAL_NOUNS or noun.pos_ != "NOUN":
        return False
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _MEAL_GIVING]
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _MEAL_GIVING:
        verbs.append(noun.head)
        verbs += [c for c in noun.head.children if c.dep_ == "advcl" and c.lemma_.lower() in _MEAL_GIVING]
    words = [c for v in verbs for c in v.children] + (list(noun.children) if verbs else [])
    return any(_host_or_guest(c) for c in words)


_HONOUR_WORDS = frozenset({"honour", "honor"})


def _host_or_guest(word: Token) -> bool:
    """Say whether a verb's or a meal's dependant names its host or guest ("by X", "for X", "to X", "in
    honour of X", X as the subject)."""
    if word.dep_ == "nsubj":
        return is_guest(word)
    if word.dep_ == "prep" and word.lower_ == "in":  # "in honour of the visiting President"
        honours = [h for h in word.children if h.dep_ == "pobj" and h.lemma_.lower() in _HONOUR_WORDS]
        return any(_to_guest(o) for h in honours for o in h.children if o.dep_ == "prep")
    marks = word.dep_ == "agent" or (word.dep_ in ("prep", "dative") and word.lower_ in ("by", "for", "to"))
    return marks and _to_guest(word)


# Verbs whose object is an encounter made known before it happens ("announced the state visit").
_ANNOUNCING_VERBS = frozenset({"announce", "confirm"})


def announced(tok: Token) -> bool:
    """Say whether an encounter noun is what a side announces or confirms ("the Cabinet Spokesman
    announced the president's state visit to China", "confirming the leader's second state visit"):
    news of an encounter ahead, not a report of one held.
    """
    return (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in _ANNOUNCING_VERBS)


# Verbs under which an audience or a tete-a-tete is one held ("granted an audience").
_AUDIENCE_HOLDERS = frozenset({"grant", "give", "hold", "have", "receive"})


def audience_held(noun: Token) -> bool:
    """Say whether an audience or a tete-a-tete is a meeting held ("the king granted an audience to
    the minister", "in an audience with the Pope", "held a tete-a-tete"), not listeners ("the
    audience applauded")."""
    if noun.pos_ != "NOUN" or noun.tag_ == "NNS":
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _AUDIENCE_HOLDERS:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in _SETTING_PREPS and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)


# Verbs of handing an envoy's credentials to the head of state ("presented his credentials to X"), and
# of the head of state taking them ("received the credentials of Ambassador X").
_CREDENTIALS_HANDED = frozenset({"present", "hand", "submit", "deliver"})
_CREDENTIALS_TAKEN = frozenset({"receive", "accept"})


def credentials_presented(verb: Token) -> bool:
    """Say whether an envoy's credentials were handed to someone in person ("presented his letters of
    credence to President X", "handed over her credentials to the King", "credentials were presented to
    …") or taken from the envoy ("received the credentials of Ambassador X", "accepted the letters of
    credence from the new envoys", "received the letters of credence of four heads of mission"): the ceremony
    is an encounter; not credentials only told of ("his credentials as an economist")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _CREDENTIALS_HANDED | _CREDENTIALS_TAKEN:
        return False
    papers = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # the papers themselves ("credentials", "letters of credence", "copies of credentials"), not a word
    # of a clause said of the one received ("received X, who presented his credentials")
    named = [g for c in papers for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]
    if not any(w.lower_ in ENVOY_PAPERS for w in (*papers, *named)):
        return False
    if verb.dep_ == "relcl" and verb.head.dep_ == "dobj" and hosts_guest(verb.head.head):
        return False  # "X received Ambassador Y, who presented his credentials": the reception told
    if lemma in _CREDENTIALS_HANDED:  # who hands them over gives them "to" someone
        return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for h in (verb, *papers)
                   for c in h.children)
    # who takes them has them "of" or "from" a person ("of Ambassador X", "from the new envoys")
    givers = [g for h in (verb, *papers, *named) for c in h.children
              if c.dep_ == "prep" and c.lower_ in ("of", "from") for g in c.children if g.dep_ == "pobj"]
    # a title in the plural is the envoys' too ("of four new heads of mission")
    return any(g.ent_type_ == "PERSON" or g.lower_ in ROLE_HEADS or g.lemma_.lower() in ROLE_HEADS
               for g in givers)


def received_in_audience(noun: Token) -> bool:
    """Say whether "audience" tells how someone was received ("was also received in audience by the
    Prime Minister")."""
    prep = noun.head
    return (noun.dep_ == "pobj" and noun.lower_ == "audience" and prep.lower_ == "in"
            and prep.head.lemma_.lower() == "receive")


def bilateral_held(word: Token) -> bool:
    """Say whether "bilateral" is a meeting held, the adjective standing for its noun ("held a bilateral
    with X", "in a bilateral on the sidelines"), not a word before a noun ("bilateral trade")."""
    if word.dep_ in ("amod", "compound") or any(c.dep_ == "amod" and c.i > word.i for c in word.children):
        return False
    if word.dep_ == "dobj":
        return word.head.lemma_.lower() in _AUDIENCE_HOLDERS
    return word.dep_ == "pobj" and word.head.lower_ in _SETTING_PREPS | {"at"} and any(
        c.dep_ in ("prep", "poss") for c in word.children)


# Verbs of being somewhere or sitting down whose "for talks" tells the talks held there ("the
# leader was in Washington last week for talks", "they sat down for talks"); a departure's is ahead.
_BEING_VERBS = frozenset({"be", "sit", "gather", "convene", "meet", "assemble", "stop", "stay", "join"})


def gathered_for(noun: Token) -> bool:
    """Say whether an encounter noun is what people were gathered for ("was in Hanoi for talks")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    verb = noun.head.head
    return verb.lemma_.lower() in _BEING_VERBS and verb.tag_ == "VBD"


# Verbs of a journey done whose "for the summit" or "to attend the summit" tells the gathering one came
# to, under way ("arrived in Vilnius for the NATO summit"); "left for" and "headed to" are still on the
# way.
_ARRIVING_VERBS = frozenset({"arrive", "land", "reach", "fly", "travel", "come"})


def came_for(noun: Token) -> Token | None:
    """Return the arrival a gathering is what people arrived for ("arrived for the G7 summit", "arrived
    in Johannesburg to attend the BRICS summit", "landed in Kazan for the summit"), else None; not what
    they will travel to ("will fly to Rome for the summit")."""
    came = noun.dep_ == "pobj" and noun.head.lower_ == "for"
    attended = (noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("attend", "join")
                and noun.head.dep_ in ("advcl", "xcomp") and "to" in aux_lemmas(noun.head))
    if not (came or attended):
        return None
    verb = noun.head.head
    done = verb.lemma_.lower() in _ARRIVING_VERBS and verb.tag_ in ("VBD", "VBN") and not is_planned(verb)
    return verb if done else None


def talks_to_guest(verb: Token) -> bool:
    """Say whether "talking to" is talking with a person met ("was talking to Ambassador X, who called on
    him", "Talking to the visiting minister, …"), not to supporters, students or the press."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "talk":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and is_guest(g) and g.lower_ not in _PRESS_NOUNS for g in c.children)
        for c in verb.children)


# Whom one talks to at a press event, no guest met.
_PRESS_NOUNS = frozenset({"reporters", "journalists", "media", "press", "newsmen", "correspondents"})


def conferred(verb: Token) -> bool:
    """Say whether people conferred in person ("the two ministers conferred at the ministry", "X conferred
    with President Y"), not an honour conferred ("conferred the award on X", "was conferred upon him") nor
    a talk over a line (a call, its own trigger)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "confer" or _passive(verb) or held_remotely(verb):
        return False
    if any(c.lower_ in ("by", "over", "via") and any(g.lower_ in _LINES for g in c.children)
           for c in verb.children):
        return False  # "conferred by telephone", the parser's agent of a participle
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(
            g.dep_ == "pobj" and g.ent_type_ not in TIME_ENTS for g in c.children)) for c in verb.children):
        return False
    withs = _objects_of(verb, word="with")
    if withs:
        return any(is_guest(g) for g in withs)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        subjects.append(verb.head)  # "The two ministers conferred at …", the parser's phrase of a noun
    return any((is_guest(c) and c.tag_ in ("NNS", "NNPS")) or any(g.dep_ == "conj" for g in c.children)
               for c in subjects)


def _objects_of(*heads: Token, word: str) -> list[Token]:
    """The objects of one preposition under these words ("sat down with X": X)."""
    return [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == word
            for g in c.children if g.dep_ == "pobj"]


def plays_host(verb: Token) -> bool:
    """Say whether someone played host to a person ("played host to his Maltese counterpart X"), not to a
    gathering or a place ("played host to the summit")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "play":
        return False
    host = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "host"), None)
    if host is None:
        return False
    tos = _objects_of(verb, host, word="to")
    return any(is_guest(g) for g in tos)


def sat_down(verb: Token) -> bool:
    """Say whether people sat down together or with a person ("X sat down with Y", "the two leaders
    sat down together"), not with a document or a plan ("sat down with the budget")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "sit" or _passive(verb):
        return False
    withs = _objects_of(verb, word="with")
    if withs:
        return any(is_guest(g) for g in withs)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(c.lower_ == "together" for c in verb.children) and any(
        is_guest(c) or any(g.dep_ == "conj" for g in c.children) for c in subjects)


def convened(verb: Token) -> bool:
    """Say whether people convened ("the trade ministers convened in Nairobi"), not a body convened."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "convene" or _passive(verb):
        return False
    if any(c.dep_ == "dobj" for c in verb.children):
        return False  # "convened the Joint Commission": the body's sitting is told by its own noun
    return any(c.dep_ == "nsubj" and is_guest(c) for c in verb.children)


# Nouns of gatherings that have triggers of their own ("the sidelines of the G20 summit").
GATHERING_NOUNS = frozenset({"summit", "conference", "forum", "meeting", "talks", "visit",
                              "session", "commission", "trip", "tour"})


# The nouns of "on the sidelines/margins of".
_ASIDE_WORDS = frozenset({"sideline", "sidelines", "margin", "margins"})


def named_aside(tok: Token) -> bool:
    """Say whether "the sidelines/margins of" names a gathering by its name alone ("on the sidelines
    of COP27", "on the margins of the UN General Assembly"), not one told by a noun of its own
    ("of the G20 summit") or any other thing ("the margins of the visit")."""
    if tok.lemma_.lower() not in _ASIDE_WORDS:
        return False
    events = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj"]
    return any(g.tag_ in ("NNP", "NNPS") and g.lemma_.lower() not in GATHERING_NOUNS for g in events)



# Verbs whose own trigger tells the encounter set beside a gathering ("met X on the sidelines of …").
_OWN_TRIGGER_VERBS = frozenset({"meet", "hold", "have", "exchange", "speak", "call", "host", "receive",
                              "welcome", "visit", "attend", "sign", "sit", "convene"})
def dealt_with_aside(aside: Token) -> bool:
    """Say whether "the sidelines/margins of" a gathering is where one person dealt with another ("X
    raised the issue with Y on the sidelines of the summit", "discussed trade with Y on the margins of
    …"): talks, though no word of meeting is said; not what officials did there unnamed ("the deal was
    discussed by officials on the sidelines"), nor "met Y on the sidelines", told by its own trigger."""
    verb = aside_verb(aside)
    if verb is None or verb.lemma_.lower() in _OWN_TRIGGER_VERBS:
        return False
    return any(c.dep_ == "nsubj" and is_guest(c) for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "with" and _to_guest(c) for c in verb.children)


def acting_verb(tok: Token) -> Token:
    """Return the verb whose clause tells an encounter found by a word of it: "saw off his counterpart"
    (the particle), "raised it with X on the sidelines of …" (the sidelines); else the word itself."""
    if tok.dep_ == "prt" and tok.head.pos_ == "VERB" and tok.head.lower_ != "send":
        return tok.head
    return aside_verb(tok) or tok


def spoke_aside(verb: Token) -> bool:
    """Say whether a verb of speaking is set beside a gathering ("spoke with X on the sidelines of the
    G20"): people who spoke there met in person."""
    return any(aside_verb(g) == verb for g in verb.subtree if g.lemma_.lower() in _ASIDE_WORDS)


def aside_verb(tok: Token) -> Token | None:
    """Return the verb set on the sidelines or margins of a gathering ("spoke with X on the sidelines of
    the summit": "spoke"), else None."""
    if tok.lemma_.lower() not in _ASIDE_WORDS or tok.dep_ != "pobj" or tok.head.lower_ not in ("on", "at"):
        return None
    verb = tok.head.head
    if verb.dep_ == "pobj" and verb.head.dep_ == "prep":  # "agreed on a deal on the sidelines of …"
        verb = verb.head.head
    return verb if verb.pos_ == "VERB" else None


# Counts of people that tell a tally of meetings, not one ("met with more than 50 heads of state").
_MANY_PEOPLE = 5
_MANY_WORDS = frozenset({"dozen", "dozens", "hundred", "hundreds", "scores"})


def _count(word: Token) -> float | None:
    """Return the number a counting word gives ("50", "twelve"), else None."""
    return parse_number(word.text)


def _many(noun: Token) -> bool:
    """Say whether a noun is counted as many ("more than 50 heads", "dozens of leaders")."""
    if noun.lemma_.lower() in _MANY_WORDS:
        return True
    counts = [n for c in noun.children if c.dep_ == "nummod" and (n := _count(c)) is not None]
    return any(n >= _MANY_PEOPLE for n in counts)


def tallied(verb: Token) -> bool:
    """Say whether "met" counts many encounters, not one: "has met with more than 50 heads of state",
    "met dozens of world leaders", "has met Xi more than 40 times"; not "met two ministers"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "meet":
        return False
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() == "time" and any(
            (n := _count(g)) is not None and n >= 2 for g in c.children if g.dep_ == "nummod")
           for c in verb.children):
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += _objects_of(verb, word="with")
    for obj in objects:
        # "dozens of world leaders": the count is the head and the people its "of"
        people = [obj, *(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj")]
        if _many(obj) and any(is_guest(p) for p in people):
            return True
    return False


# Words that tell an encounter held over a link, not in person ("met virtually", "a virtual meeting").
_REMOTE_WORDS = frozenset({"virtually", "virtual", "online", "remotely"})


def held_remotely(tok: Token) -> bool:
    """Say whether talks were held over a link: "the leaders met virtually", "held a virtual meeting",
    "talks held online"; a call, not talks in person."""
    words = [c for c in tok.children if c.dep_ in ("advmod", "amod")]
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
        words += [c for c in tok.head.children if c.dep_ == "advmod"]  # "talks were held online"
    # "met virtually on Monday": the parser may hang the adverb on the time phrase after it
    words += [g for c in tok.children if c.dep_ in ("acl", "prep") for g in c.children if g.dep_ == "advmod"]
    return any(w.lower_ in _REMOTE_WORDS for w in words) or _over_a_line(tok) or (
        tok.dep_ == "dobj" and _over_a_line(tok.head))


# Means of talking apart: "by telephone", "over the phone", "via video link".
_LINES = frozenset({"telephone", "phone", "video", "videoconference", "video-conference", "link",
                    "videolink"})


def _over_a_line(tok: Token) -> bool:
    """Say whether words are said over a line ("exchanged views by telephone", "met via video link")."""
    words = (tok, *(c for c in tok.children if c.dep_ == "dobj"))  # "exchanged views over the phone"
    return any(c.dep_ == "prep" and c.lower_ in ("by", "over", "via") and any(
        g.dep_ == "pobj" and g.lower_ in _LINES for g in c.children) for w in words for c in w.children)


# Words that make a conversation one over a line, a call ("a telephone conversation").
_LINE_WORDS = _LINES | {"telephonic", "phonic"}
_CONVERSATION_HOLDERS = frozenset({"hold", "have", "conduct"})


def conversation_held(noun: Token) -> bool:
    """Say whether a conversation is people's talks in person ("X and Y held a one-on-one conversation in
    the Kremlin", "had a long conversation with Chancellor X", "a conversation between the two ministers
    took place"), not a call ("a telephone conversation"), a debate ("a national conversation on
    reform") nor one with people who are no side ("a conversation with students")."""
    if noun.pos_ != "NOUN" or any(c.lower_ in _LINE_WORDS for c in noun.children) or held_remotely(noun):
        return False
    partners = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "between")]
    if partners:
        return any(_to_guest(c) for c in partners) and noun.dep_ in ("dobj", "nsubj", "nsubjpass")
    holder = noun.head  # "X and Y held a conversation", "the two leaders had a conversation"
    if noun.dep_ != "dobj" or holder.lemma_.lower() not in _CONVERSATION_HOLDERS:
        return False
    subjects = [c for c in holder.children if c.dep_ == "nsubj" and is_guest(c)]
    # two people as the subject (the parser may hang "X and" on the verb, not on Y)
    joined = any(c.dep_ == "cc" and c.i < noun.i for c in holder.children)
    return any(joined or s.tag_ in ("NNS", "NNPS")
               or any(g.dep_ == "conj" and is_guest(g) for g in s.children) for s in subjects)


# What people exchange when they talk ("exchanged views with X").
_TALKED_OVER = frozenset({"view", "opinion", "idea"})


def views_exchanged(verb: Token) -> bool:
    """Say whether people exchanged views with a person over a line or at a place ("exchanged views with
    X by telephone", "exchanged views with X in Beijing"); unplaced, it may have been by letter."""
    talked = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _TALKED_OVER]
    if verb.pos_ != "VERB" or not talked:
        return False
    with_guest = any(c.dep_ == "prep" and c.lower_ == "with" and _to_guest(c) for w in (verb, *talked)
                     for c in w.children)
    # "X and Y exchanged views": the two subjects with each other
    paired = any(c.dep_ == "nsubj" and is_guest(c) and any(is_guest(g) for g in c.conjuncts)
                 for c in verb.children)
    if not (with_guest or paired):
        return False
    placed = any(t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and t.ent_type_ in ("GPE", "FAC", "LOC")
                 for t in verb.subtree)
    return placed or _over_a_line(verb)
