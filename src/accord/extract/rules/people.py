"""Rules that find people in a parsed article.

A person is a named individual, with the role and state the article gives: "Belarusian
Defence Minister Viktor Khrenin", "Aleksandr Lukashenko, President of the Republic of
Belarus". Candidates are spaCy's PERSON entities plus any run of capitalised words right
after a role title (the small model tags some names as ORG or GPE); each is cleaned of
titles and country words, then the mentions of one person are merged.
"""

from __future__ import annotations

import difflib
import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from accord.core import Person
from accord.datelines import dateline_credit, headline_span
from accord.extract.rules.context import Context
from accord.extract.rules.modality import looks_ahead
from accord.extract.rules.roles import (
    CONTACT_WORDS,
    CREDIT_WORDS,
    CREDITED_BY_WORDS,
    HOLDER_MODIFIERS,
    NON_PERSON_WORDS,
    PLACE_FEATURE_WORDS,
    PORTFOLIO_NOUNS,
    RANK_HEADS,
    RANK_MODIFIERS,
    REGION_MODIFIERS,
    REGION_WORDS,
    ROLE_ABBREVIATIONS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    ROLE_PLURALS,
    ROYAL_TITLES,
    TOPIC_TITLES,
    expand_role,
    is_role_word,
    words,
)
from accord.lexicon import (
    ACT_CLASSES,
    ANIMAL_NOUNS,
    BUILDING_NOUNS,
    DOCUMENT_NOUNS,
    HONORIFICS,
    SPEECH_VERBS,
    STATE_FORM_WORDS,
    VESSEL_NOUNS,
)
from accord.nlp import NAME_ABBREVIATIONS, TIME_ENTS, doc_text, ent_at, ents_in
from accord.normalize.countries import Country, fold, gazetteer
from accord.normalize.dates import is_month_name, is_weekday_name
from accord.normalize.numbers import ROMAN_NUMERAL
from accord.normalize.sectors import is_sector_phrase

_PARTICLES = words("da de do dos das del della di du bin binti bint al el van von der den ter la le los las "
                   "ibn")
# "son/daughter of": never the first word of a name, so a name read from one lost its given name
_PATRONYMIC = words("bin binti bint ibn")
# lower-case particles inside a Lusophone, Hispanic, Italian or Dutch name, before its surname
_INNER_PARTICLES = words("da de do dos das del della di du van von der den la")
# the particles that also mean "of" in a Romance tongue: before a state's name closing the run, the
# person's state as a Lusophone or Hispanic release writes it ("President X Y de Angola"), not his name
_ROMANCE_OF = words("de da do del di du")
_SUFFIXES = words("jr jr. sr sr. ii iii iv")
_PHRASE_GLUE = words("of and for the to")
_POSSESSIVE = frozenset(("'s", "’s", "'"))
# Bodies named after their state ("the Bank of Ghana", "the Reserve Bank of India", "the University of
# Lagos"): in a title, the state is the body's name and stays in the role.
_STATE_NAMED_BODIES = words("bank university")
_NAME_KEY_DROP = words("muhammad mohammad mohammed md jr sr")
_MAX_NAME_TOKENS = 5
# Endings of abstract nouns that no given name or surname has ("Reconciliation", "Tourism", "Partnership").
_ABSTRACT_ENDINGS = ("tion", "sion", "ism", "ship", "ogy")
# What sets a title off after a name: a comma, or a dash with spaces ("Shinichi Nakatani – Vice Minister …").
_APPOSITION_MARKS = frozenset((",", "–", "—", "("))  # and a bracket: "Olita Tupou (Deputy Secretary, …)"
# Letters after a name ("James Cleverly, MP, Secretary of State …", "Carla Barnett, CBE, …").
_POST_NOMINALS = words("mp cbe obe mbe kbe dbe cmg kcmg gcmg kc qc sc frs phd mla mna mpp mhr jp "
                       "egh ebs mbs cbs ogw hsc")  # and Kenya's orders ("Macharia Kamau, CBS, …")
# Words of where a person stands in a photograph ("(right)", "(second from left)", "(L)").
_POSITION_WORDS = words("left right centre center middle front back rear second third fourth from row l r c")
# The Arabic article hyphened to a surname ("Al-Kindi", "el-Sisi"), which a short mention may leave out.
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|az)[-‐‑]")
# Prepositions of place and time that open a sentence ("Outside Lima, …").
_PREPOSITIONS = words("in at on near outside inside from after before across throughout within during "
                      "beyond behind beside among amid")
# A title line is no longer than this; a longer unpunctuated line is prose.
_TITLE_LINE_MAX = 200
# The words of a state's formal name before the name itself ("the Republic of", "the Kingdom of").
_STATE_FORMS = words("the republic kingdom state states federation federal democratic socialist "
                     "united islamic people's union commonwealth sultanate of arab hashemite bolivarian "
                     "plurinational cooperative oriental people 's ’s")  # "People's" is two tokens
# Words of a trip to a place ("visit to Belarus", "arrived in Minsk", "visiting China").
_VISIT_WORDS = ACT_CLASSES["@visit"] | words("arrive come")
_SET_UP_VERBS = ACT_CLASSES["@build"]  # what they take is a thing made, never a person
# Role heads a company or a body can be called too ("Samsung, a leader in chips, said").
# What a journalist contributes to ("contributed to this report", "contributed reporting").
_REPORTS = words("report reporting story article")
# Prepositions that say what a document is on ("an MoU on …", "the Agreement for …").
_SUBJECT_PREPOSITIONS = words("on for regarding concerning")
# Determiners that open a title in apposition to the name after it ("a veteran diplomat, Mr X").
_ARTICLES = words("a an its their")
# Last words of a place one arrives at or passes through, which no title holds ("received at Cairo
# International Airport Turkish President X": the title starts past the place).
# (not "road", "bridge": portfolios hold them, "Minister of Road Transport and Bridges")
_GROUNDS = words("airport airbase causeway stadium terminal")
# Last words of a place named after a person ("King Khalid International Airport", "the X Causeway").
_PLACE_NAME_ENDS = BUILDING_NOUNS | _GROUNDS | words(
    "university mosque cathedral temple hospital school college institute port park tower bridge avenue road "
    "street highway square"
)
# Nouns of people of whom a name may be an example ("leaders such as …", "figures like …").
_PEOPLE_NOUNS = ROLE_HEADS | words("people person figure personality official dignitary celebrity guest "
                                   "politician statesman statesmen entrepreneur businessman businessmen "
                                   "executive investor tycoon billionaire")
# Verbs of speaking, in print and online.
_SPEAKING_VERBS = SPEECH_VERBS | words("tweet post write declare insist stress warn")
# Verbs whose subject, if the tagger calls it a person's name, is one: speaking, meeting, arriving.
_ACTS = frozenset().union(*ACT_CLASSES.values())

_PERSONS_VERBS = _SPEAKING_VERBS | ACT_CLASSES["@meet"] | _VISIT_WORDS
# What a lone name the tagger calls a place does that a place does not ("Erdogan visited Baghdad").
_TRAVEL_VERBS = words("visit travel fly tour arrive land meet")
# What two people do together, one of them named by a lone name ("Prabowo and Anwar Ibrahim held talks").
_JOINT_ACTS = _TRAVEL_VERBS | ACT_CLASSES["@meet"] | words(
    "hold witness inaugurate attend chair co-chair")
_BODY_ROLES = words("leader member head chief founder hero predecessor successor")
# Titles of those who comment on relations, not of those who conduct them (an author's line below a name).
_COMMENTATORS = _BODY_ROLES | words("analyst researcher expert economist professor activist politician "
                                    "lawmaker captain pilot wife husband spouse lady")
# The line above a signatory's name: "For the Government of …", "Signed for …", "On behalf of …".
_SIGNED_FOR = re.compile(r"(?i)^\s*(?:signed\s+)?(?:for|on\s+behalf\s+of)\b")
# What stands between two people of one list: a comma, then maybe "and"; or "and" ending it.
# "Minister of … and Senegalese Abroad", "… and Egyptian Expatriates": a people abroad is a portfolio
_ABROAD = words("abroad overseas diaspora expatriates emigrants")
_LIST_COMMA = re.compile(r"\s*,\s*(?:and\s+)?")
_LIST_AND = re.compile(r"\s+and\s+")
# "By Maria Lopez" opening a line (or after "photo)"), "WRITER: …", "(Photo: …)"; not "met by".
_CREDIT = re.compile(r"(?:(?:^|[^\w\s,])\s*By(?:\s+(?:Dr|Prof|Mr|Mrs|Ms)\.?)?"  # "By Dr. Farah …"
                     r"|(?i:\b(?:" + "|".join(sorted(CREDIT_WORDS - {"by"}))
                     + r")(?:\s+by)?)|(?i:\b(?:" + "|".join(sorted(CREDITED_BY_WORDS)) + r")\s+by))\W*"
                     # "… by Ama Serwaa and Kofi Adu": a name listed after a credited one
                     r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*(?:,\s*(?:and\b)?|\band\b|&)\s*){0,4}$")
_CREDIT_REACH = 80  # characters before a name looked at for its credit
# A release's contact line ("Inquiries: Special Adviser Anna Virtanen, tel. …", "Media contact: …",
# "For more information, please contact …"): the person to call, no person of the story.
_CONTACT_LINE = re.compile(r"\W*(?i:(?:media\s+|press\s+)?(?:" + "|".join(sorted(CONTACT_WORDS))
                           + r")\s*:|for\s+(?:more|further)\s+information\b)")
# A listed name's state after it ("Foreign ministers Ali Sabry of Sri Lanka and Wang Yi of China").
_OF_STATE = re.compile(r"\s+(?:of|from)\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")
_SHORT_STATE_CODES = re.compile(r"^[A-Z]{2,3}$")
# Courtesies said only of a person ("Mr Albanese", "Dr Mahathir"): the name after one is a person's
# whatever the tagger calls it ("His", "Sheikh" or "Hon." also open a body's or a place's name).
_PERSONAL_COURTESIES = words("mr mr. mrs mrs. ms ms. miss mister madam dr dr. cde cde.")  # Cde: Comrade
# Titles that are given names too, when an office stands before them ("Foreign Minister Amir Khan Muttaqi").
_GIVEN_NAME_TITLES = words("amir")
# Styles that a person known by one name is called with ("Sheikh Hasina", "Sheikha Moza").
_ONE_NAME_STYLES = words("sheikh sheikha shaikh shaikha")
# A peer's style, which goes before one surname and is called with it ("Lord Collins of Highbury", "Baroness
# Chapman"): the name is the style and the surname, a title telling that it is a person.
_PEER_STYLES = words("lord baroness lady")
# A royal style that is no office when an office stands before it ("Foreign Minister Prince Faisal").
_STYLES = words("prince princess")
# A diplomat's rank written as a style after another office ("Minister of State for Foreign Affairs
# Ambassador X"), not the office of the one named.
_RANK_STYLES = words("ambassador")
# An envoy's grade written after the title ("Ambassador Extraordinary and Plenipotentiary").
_ENVOY_GRADES = words("extraordinary plenipotentiary")
# Words that open a title only before its head, read otherwise as a preposition or a name's word.
_TITLE_OPENERS: dict[str, frozenset[str]] = {"under": words("secretary secretary-general"),
                                             "crown": words("prince princess")}
# Malaysian styles of two words, the first of which is a name word elsewhere ("Tan Sri", "Toh Puan").
_STYLE_PAIRS = frozenset((("tan", "sri"), ("puan", "sri"), ("toh", "puan")))
# A title word after an elided "de" ("Chargé d'Affaires"), which is no title case to Python.
_ELIDED_TITLE = re.compile(r"d['’][A-Z]\w*")
# Courtesy words run together ("H.E.Mr.").
_GLUED_TITLE = re.compile(r"([A-Z][a-z]+)[A-Z][a-z]")  # a space lost between two words ("AffairsVijitha")
# Words of "the Most Hon.", "the Right Honourable": opening a Commonwealth style, and the style itself.
_STYLE_OPENINGS = words("the most right very")
_HONOURABLE = words("hon honourable honorable rt")
_STYLE_WORDS = _STYLE_OPENINGS | _HONOURABLE
_JOINED_HONORIFIC = re.compile(r"(?i)h\.e\.(?:mr|mrs|ms|dr|prof)?\.?")


def _honorific(tok: Token) -> bool:
    return (tok.lower_ in HONORIFICS or _JOINED_HONORIFIC.fullmatch(tok.text) is not None or _tan_sri(tok)
            or _spaced_excellency(tok))


def _spaced_excellency(tok: Token) -> bool:
    """Say whether a token is a letter of "H. E." written apart (His or Her Excellency), not an initial."""
    doc = tok.doc
    if tok.text == "H." and tok.i + 1 < len(doc):
        return doc[tok.i + 1].text == "E."
    return tok.text == "E." and tok.i > 0 and doc[tok.i - 1].text == "H."


def _tan_sri(tok: Token) -> bool:
    """Say whether "Tan" opens the Malay honorific "Tan Sri" ("Tan Sri Mohd Zuki Ali"), not a surname."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.text == "Tan" and nxt is not None and ("tan", nxt.lower_) in _STYLE_PAIRS | {("tan", "seri")}


def _style_pair(doc: Doc, k: int, stop: int) -> bool:
    """Say whether tokens k, k+1 are a two-word style before a name ("Tan Sri Muhyiddin Yassin")."""
    return (k + 2 < stop and (doc[k].lower_, doc[k + 1].lower_) in _STYLE_PAIRS and doc[k + 1].is_title
            and _name_like(doc[k + 2]))


# Whose counterpart a person is: that person's name key (empty for "his"/"her"), and the sentence's start.
_Owner = tuple[tuple[str, ...], int]


@dataclass(slots=True)
class _Mention:
    name: str
    key: tuple[str, ...]
    role: str | None
    country: str | None
    start: int  # evidence span (role phrase + name), character offsets
    end: int
    after_place_word: bool = False
    tagged: bool = False  # spaCy (or the parse, for a lone speaker) calls the name a person's
    shared_title: bool = False  # the title is a plural one that the next listed names share
    listed: bool = False  # one of two or more names a plural title heads ("Presidents Xi and Prabowo")
    speaks: bool = False  # the name is the subject of a verb of speaking ("Netanyahu tweeted")
    marked: bool = False  # a courtesy or a state's possessive stands before it ("Mr Biden", "Russia's Putin")
    # whose counterpart the person is: that person's name key, or () for "his"/"her" (the
    # sentence's titled person before), with the sentence's start; None if no counterpart
    counterpart_of: _Owner | None = None


def find(ctx: Context) -> list[Person]:
    """Return the people of the article, one per real thing, each with its evidence."""
    mentions: list[_Mention] = []
    for sent in ctx.sentences:
        for start, end, needs_role in _candidate_spans(sent):
            mention = _mention(ctx, sent, start, end, needs_role)
            if mention is not None and not any(_overlaps(mention, m) for m in mentions):
                mentions.append(mention)
    mentions += [m for m in _speaker_labels(ctx) if not any(_overlaps(m, n) for n in mentions)]
    _share_list_state(ctx, mentions)
    _counterpart_titles(mentions, ctx.text)
    bylined = _byline_names(ctx.text)
    headline = headline_span(ctx.text)
    mentions = [m for m in mentions if not _headline_words(m, mentions, headline)]
    people = [_person(ctx, group) for group in _group(mentions)]
    people = [p for p in people if _name_key(p.name) not in bylined]  # the author's bio at the end
    people = [p for p in people if not _a_place_named(p.name)]
    if ctx.dateline_line and (credit := dateline_credit(ctx.dateline_line)):
        # "Havana, May 4 (Prensa Latina)": the agency, no one
        people = [p for p in people if p.name.casefold() != credit.casefold()]
    _state_told_elsewhere(ctx, people)
    _heading_state(ctx, people)
    _escorts_state(ctx, people)
    _behalf_state(ctx, people)
    return _home_state(ctx, people)


def _behalf_state(ctx: Context, people: list[Person]) -> None:
    """Give a person written without a state the state they act for, however many states the article
    marks: told right after the name ("signed by A on behalf of Peru and by B on behalf of Chile") or on
    the verb they are the subject of ("A signed for Peru")."""
    for p in people:
        if p.country is None:
            p.country = _behalf_after_name(ctx, p) or (_acting_for(ctx, p, ctx.pair) if ctx.pair else None)


def _behalf_after_name(ctx: Context, person: Person) -> str | None:
    """Return the state "on behalf of" names right after a person's name ("B, on behalf of the Government
    of Chile, …"), or None."""
    doc = ctx.doc
    span = doc.char_span(person.evidence.start, person.evidence.end, alignment_mode="expand")
    if span is None:
        return None
    j = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    if [t.lower_ for t in doc[j:j + 3]] != ["on", "behalf", "of"]:
        return None
    stop = min(len(doc), j + 10)
    for k in range(j + 3, stop):
        country, _ = _country_at(doc, k, stop)
        if country is not None:
            return country.name
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
            return None
    return None


def _escorts_state(ctx: Context, people: list[Person]) -> None:
    """Give a person written without a state who goes with another the state of whom they go with.

    "Minister X was accompanied by State Minister Y", "Y, accompanying Sultan X on his visit to Jordan",
    "Accompanying President X, Minister Y said …": Y is of X's state, not the host's.
    """
    pairs = [pair for tok in ctx.doc if tok.lemma_.lower() == _ESCORTING and (pair := _escort_and_led(tok))]
    if not pairs:
        return
    for p in people:
        if p.country is not None:
            continue
        own = _named_words(p.name)
        for escorts, led in pairs:
            if any(fold(t.lower_) in own for t in escorts) and not any(fold(t.lower_) in own for t in led):
                states = {q.country for q in people if q is not p and q.country
                          and any(fold(t.lower_) in _named_words(q.name) for t in led)}
                if not states:
                    states = _states_titled(people, p, led)
                if len(states) == 1:
                    p.country = states.pop()
                    break


_ESCORTING = "accompany"


def _states_titled(people: list[Person], escort: Person, led: list[Token]) -> set[str]:
    """Return the states of the people other than `escort` whose whole title the words of whom one goes
    with name, when these name no one ("Y, who accompanied the President": the President named before)."""
    if any(t.pos_ == "PROPN" and not is_role_word(t.lower_) for t in led):
        return set()
    words = {t.lower_ for t in led}
    return {q.country for q in people if q is not escort and q.country and q.role
            and set(q.role.lower().split()) <= words}


def _named_words(name: str) -> set[str]:
    """Return the words a name is told by, less its particles ("haitham", "tarik" of "Haitham bin Tarik")."""
    return {w for w in _name_key(name) if w not in _PARTICLES}


def _escort_and_led(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """Return the words of who goes with another and of whom they go with, for a verb of accompanying:
    its agent and its passive subject ("X was accompanied by Y"), the noun it qualifies and its object
    ("Y, accompanying X", "Y, who accompanied X"), or its subject and object ("Y accompanied X")."""
    def subtree(tok: Token | None) -> list[Token]:
        return list(tok.subtree) if tok is not None else []

    def child(dep: str) -> Token | None:
        return next((c for c in verb.children if c.dep_ == dep), None)

    agent = child("agent")
    if agent is not None:
        led = subtree(child("nsubjpass")) or ([verb.head] if verb.dep_ == "acl" else [])
        return (subtree(agent), led) if led else None
    obj = child("dobj")
    if obj is None:
        return None
    who = child("nsubj")
    relative = verb.dep_ == "relcl" and (who is None or who.lower_ in ("who", "that"))
    if verb.dep_ == "acl" or relative:  # "Y, accompanying X", "Y, who accompanied X"
        own = {t.i for t in verb.subtree}
        return [t for t in verb.head.subtree if t.i not in own], subtree(obj)
    subject = child("nsubj") or (next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                                 if verb.dep_ == "advcl" else None)
    return (subtree(subject), subtree(obj)) if subject is not None else None


# A transcript's speaker label in capitals: "PENNY WONG, MINISTER FOR FOREIGN AFFAIRS: …".
_SPEAKER_LABEL = re.compile(r"(?m)^[ \t]*((?:[A-Z][A-Z'’.-]+[ \t]+){1,3}[A-Z][A-Z'’-]+),[ \t]*"
                            r"([A-Z][A-Z,'’& \t-]*[A-Z]):")


def _headline_words(mention: _Mention, mentions: list[_Mention], headline: tuple[int, int]) -> bool:
    """Say whether a "name" the headline tells is capitalised words of it ("… Sign Strategic Agreements To
    Enhance Bilateral, Regional Integration", "Lula and Kirchner Sign Over 20 Treaties"): a headline's name
    stands when its words are those of people the rest names (with a title, when one of them is)."""
    start, end = headline
    if not (start <= mention.start and mention.end <= end):
        return False
    told = {w.lower() for m in mentions if not start <= m.start < end for w in m.name.split()}
    if mention.role is not None:
        # "Sri Lankan PM Discuss Bilateral Ties …", "Thai PM Meet … On Border Row": a title's "name" that
        # opens with an act or a preposition and of which no one below shares a word is the headline's
        # words ("President Boluarte To Visit Ghana" names her)
        words_ = mention.name.split()
        return (bool(told) and _an_act_or_preposition(words_[0].lower())
                and not any(w.lower() in told for w in words_))
    return not all(w.lower() in told for w in mention.name.split())


def _an_act_or_preposition(word: str) -> bool:
    """Say whether a headline's capitalised word is a preposition or an act ("On", "Discuss", "Meets")."""
    forms = (word, word.removesuffix("es"), word.removesuffix("s"))  # "Meets", "Discusses"
    return word in _PREPOSITIONS or any(w in _ACTS for w in forms)


def _a_place_named(name: str) -> bool:
    """Say whether a "person" the tagger found is a state or a capital by its whole name ("Buenos Aires and
    Brasilia signed …")."""
    gaz = gazetteer()
    return gaz.by_capital(name) is not None or gaz.resolve(name) is not None


def _speaker_labels(ctx: Context) -> list[_Mention]:
    """Return the people a transcript names in its speaker labels, with the role the label gives.

    The name and title are in capitals, which the tagger reads poorly ("PENNY WONG" as an ORG).
    A label with no title ("JOURNALIST:", "PRIME MINISTER:") names no one.
    """
    out: list[_Mention] = []
    for m in _SPEAKER_LABEL.finditer(ctx.text):
        title = m.group(2).split()
        if not any(w.lower() in ROLE_HEADS for w in title) or ctx.article.is_skipped(m.start(1), m.end(2)):
            continue
        name = " ".join(w.capitalize() for w in m.group(1).split())
        role = " ".join(w.lower() if w.lower() in _PHRASE_GLUE else w.capitalize() for w in title)
        out.append(_Mention(name=name, key=_name_key(name), role=expand_role(role), country=None,
                            start=m.start(1), end=m.end(2), tagged=True, speaks=True))
    return out


# A byline opening one of the first lines: "By Dr. Farah Al-Mansouri, Senior Fellow, …"
_BYLINE = re.compile(r"^[ \t]*(?i:by)[ \t]+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?[ \t]+)?"
                     r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})[ \t]*(?:,|\||$)", re.MULTILINE)
_BYLINE_LINES = 12


def _byline_names(text: str) -> set[tuple[str, ...]]:
    """Return the name keys of the authors a text's opening byline credits: no people of the story."""
    top = "\n".join(text.splitlines()[:_BYLINE_LINES])
    return {_name_key(m.group("name")) for m in _BYLINE.finditer(top)}


def _state_told_elsewhere(ctx: Context, people: list[Person]) -> None:
    """Give a person written without a state the one the article ties to their surname elsewhere.

    "President William Ruto …", then "Kenya's Ruto" or "Ruto of Kenya": the state is Kenya's.
    A surname tied to two states, or one that two people share, is left alone.
    """
    doc = ctx.doc
    for p in people:
        if p.country is not None or len(p.name.split()) < 2:
            continue
        surname = p.name.split()[-1]
        if sum(q.name.split()[-1] == surname for q in people) > 1:
            continue
        states = {found for tok in doc if tok.text == surname and (found := _state_of_mention(tok))}
        if len(states) == 1:
            p.country = next(iter(states))


def _state_of_mention(tok: Token) -> str | None:
    """Return the state a name word is marked with: a possessive before ("Kenya's Ruto") or "of" after."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text in _POSSESSIVE and (found := _country_token(doc[tok.i - 2])):
        return found.name
    return _state_after(doc, tok.sent, tok.i + 1)[0]


def _heading_state(ctx: Context, people: list[Person]) -> None:
    """Give a titled person the state the heading's unnamed title names.

    "Joint Statement on the Official Visit of the President of the Republic of Ghana to …",
    then "President John Mahama …": the one President left without a state is Ghana's. A
    title the heading gives two states, or two stateless people hold, is left alone, and so
    is one a person marked with that state holds.
    """
    titled: dict[str, set[str]] = {}
    end = max(ctx.body_start, _title_lines_end(ctx.text))
    for sent in ctx.sentences:
        if sent.start_char >= end:
            break
        for role, country in _unnamed_titles(sent):
            titled.setdefault(role.lower(), set()).add(country)
    bare = [p for p in people if p.country is None and p.role is not None]
    # "… Call with the Foreign Minister of Senegal", then "Senegalese Foreign Minister X": the
    # heading's title is X's, not the one left bare's
    held = {((q.role or "").lower(), q.country) for q in people if q.country}
    for p in bare:
        role = (p.role or "").lower()
        states = {s for s in titled.get(role, set()) if (role, s) not in held}
        if len(states) == 1 and sum((q.role or "").lower() == role for q in bare) == 1:
            p.country = next(iter(states))


def _title_lines_end(text: str) -> int:
    """Return where the lines that open a text unpunctuated (its title lines) end."""
    pos = 0
    for line in text[:2000].splitlines(keepends=True):
        body = line.strip()
        if body and (body[-1] in ".!?\"”’)" or len(body) > _TITLE_LINE_MAX):
            return pos
        pos += len(line)
    return pos


def _unnamed_titles(sent: Span) -> list[tuple[str, str]]:
    """Return (role, state) of each "<title> of <state>" phrase of a line ("the President of Ghana")."""
    doc = sent.doc
    out: list[tuple[str, str]] = []
    for tok in sent:
        if tok.lower_ not in ROLE_HEADS or tok.is_lower or tok.i + 1 >= sent.end:
            continue
        if doc[tok.i + 1].lower_ != "of":
            continue
        k = tok.i + 2
        while k < sent.end and _country_at(doc, k, sent.end)[0] is None and doc[k].lower_ in _STATE_FORMS:
            k += 1  # "of the Republic of …"
        if k >= sent.end or _country_at(doc, k, sent.end)[0] is None:
            continue
        first = tok.i
        while first > sent.start and _role_phrase_token(doc[first - 1]) \
                and doc[first - 1].lower_ not in _PHRASE_GLUE:
            first -= 1
        role, country = _parse_role(doc, first, _country_at(doc, k, sent.end)[1])
        if role is not None and country is not None:
            out.append((role, country))
    return out


def _share_list_state(ctx: Context, mentions: list[_Mention]) -> None:
    """Give the titled people of a comma list the state its first title names.

    The names a plural title heads take its singular ("Ministers A, B and C").

    "Chile's Foreign Minister A, Mining Minister B and Trade Undersecretary C": the state
    before the first title is each one's. A lone "and" does not carry it ("talks between
    Chilean Foreign Minister A and Foreign Minister B" may name both sides).
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    listed = False
    for before, after in itertools.pairwise(ordered):
        between = _past_home_state(ctx.text[before.end:after.start])
        comma = _LIST_COMMA.fullmatch(between) is not None
        listed = comma or (listed and _LIST_AND.fullmatch(between) is not None)
        if before.shared_title and after.role is None and (listed or _LIST_AND.fullmatch(between)):
            after.role, after.shared_title = before.role, True  # "Cabinet Secretaries A and B"
            before.listed = after.listed = True
            after.country = after.country or before.country
        if listed and before.country and after.country is None and after.role:
            after.country = before.country


def _past_home_state(between: str) -> str:
    """Return the words between two listed names less the first one's state ("… A of Kenya and B …")."""
    home = _OF_STATE.match(between)
    if home is None or _state(home.group(1)) is None:
        return between
    return between[home.end():]


def _home_state(ctx: Context, people: list[Person]) -> list[Person]:
    """Return people with the unmarked ones given the state the article does not mark.

    Reports mark the visitors ("Belarusian Defence Minister …") and leave their own
    side bare ("Commerce Minister …"): when exactly one state of the pair is ever
    marked, the unmarked people belong to the other. A story told from the marked
    state's own soil (its dateline) leaves that state's own people bare: there the
    unmarked are the marked state's, unless their sentence takes them to the other
    ("talks in Tokyo with Prime Minister …"), where they are left without a state.
    """
    pair = ctx.pair
    if len(pair) != 2:
        return people
    for p in people:
        if p.country is None and p.role is not None:
            p.country = _met_on_soil(ctx, p, pair)
    marked = {p.country for p in people if p.country}
    if len(marked) != 1 or not marked <= set(pair):
        return people  # both sides marked, or the pair is not what the people say
    home = next(c for c in pair if c not in marked)
    told_from = ctx.told_from
    # … unless the story is of a visit to that soil: then the bare-titled are the visitors
    # ("MINSK: … during Prime Minister X's official visit to Belarus")
    at_home = told_from is not None and told_from.name in marked and not _visited(ctx, told_from)
    own = ctx.credited_state  # "DOHA, May 4 (BSS) - …": the visitor's own agency, filing from the host's soil
    at_home = at_home and not (own is not None and own.name in pair and own.name not in marked)
    # … nor when it is the marked side's own people who visit the other ("DAKAR — Senegal's President
    # arrived in Budapest …"): the bare-titled are then their hosts
    at_home = at_home and not _visited_by(ctx, home, [p for p in people if p.country in marked])
    if at_home:
        # "BUENOS AIRES — Argentine President …; Foreign Minister … will visit Seoul": the
        # story is told from the marked side's soil, whose own people it may leave bare
        home = next(iter(marked))
    for p in people:
        if p.country is None and p.role is not None and not (at_home and _names_other_side(ctx, p, home)) \
                and not _elsewhere(ctx, p, home):
            p.country = _acting_for(ctx, p, pair) or home
    return people


def _met_on_soil(ctx: Context, person: Person, pair: tuple[str, ...]) -> str | None:
    """Return the state of the pair a person is met in, told by a clause on that state's name ("back from a
    visit to Peru, where … after his talks with Prime Minister X": X is Peru's), or None. Whoever does
    the clause's act (its subject) is the visitor, not the host."""
    span = ctx.doc.char_span(person.evidence.start, person.evidence.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    while tok.dep_ != "relcl" and tok.head.i != tok.i:
        if tok.dep_ in ("nsubj", "nsubjpass", "appos"):
            return None
        tok = tok.head
    place = tok.head
    if tok.dep_ != "relcl" or place.ent_type_ != "GPE" or place.head.lower_ not in ("to", "in"):
        return None
    ent = ent_at(ctx.doc, place.i)
    state = gazetteer().resolve(ent.text) if ent is not None else None
    return state.name if state is not None and state.name in pair else None


def _acting_for(ctx: Context, person: Person, pair: tuple[str, ...]) -> str | None:
    """Return the state of the pair a person's verb says they act for ("X signed on behalf of Qatar",
    "signed the deal for Kenya"), or None."""
    span = ctx.doc.char_span(person.evidence.start, person.evidence.end, alignment_mode="expand")
    verb = span.root.head if span is not None and span.root.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or verb.pos_ != "VERB":
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        held = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if held is not None and prep.lower_ == "on" and held.lower_ == "behalf":
            prep = next((c for c in held.children if c.dep_ == "prep" and c.lower_ == "of"), prep)
            held = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if held is None or prep.lower_ not in ("of", "for") or held.ent_type_ != "GPE":
            continue
        state = gazetteer().resolve(ctx.doc[held.left_edge.i:held.i + 1].text)
        if state is not None and (state.name in pair or len(pair) != 2):
            return state.name
    return None


def _visited(ctx: Context, state: Country) -> bool:
    """Say whether the article tells of a visit to a state or its capital ("visit to Belarus", "in Minsk")."""
    return bool(_visit_sentences(ctx, state))


def _visit_sentences(ctx: Context, state: Country, *, made: bool = False) -> list[Span]:
    """Return the sentences telling of a visit to a state or its capital ("visit to Belarus", "in Minsk").

    Made: only a visit under way or over ("arrived in Budapest"), not one to come ("will travel to Japan").
    """
    gaz = gazetteer()
    found = []
    for ent in ctx.doc.ents:
        if ent.label_ != "GPE" or (gaz.by_capital(ent.text) or gaz.resolve(ent.text)) != state:
            continue
        root = ent.root
        head = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("to", "in") else root.head
        if root.dep_ in ("pobj", "dobj") and head.lemma_.lower() in _VISIT_WORDS and not (
                made and looks_ahead(head)):
            found.append(root.sent)
    return found


def _visited_by(ctx: Context, state: str, visitors: list[Person]) -> bool:
    """Say whether a sentence that tells of a visit to a state (or its capital) names one of `visitors`."""
    country = gazetteer().country(state)
    if country is None or not visitors:
        return False
    return any(sent.start_char <= p.evidence.start < sent.end_char
               for sent in _visit_sentences(ctx, country, made=True) for p in visitors)


def _states_beside(ctx: Context, person: Person, *, hosted: bool = False) -> set[str]:
    """Return the states a person's sentence names, or whose capitals it names.

    Hosted: only places where the person is found, not where they go ("he meets X in Manila",
    not "X will visit Seoul").
    """
    span = ctx.doc.char_span(person.evidence.start, person.evidence.end, alignment_mode="expand")
    if span is None:
        return set()
    gaz = gazetteer()
    return {state.name for ent in span.sent.ents if ent.label_ in ("GPE", "NORP")
            and (not hosted or _hosted_at(span.root, ent.root))
            and (state := gaz.by_capital(ent.text) or gaz.resolve(ent.text)) is not None}


def _hosted_at(person: Token, place: Token) -> bool:
    """Say whether a place is where one meets a person, not where the person goes ("meets X in Manila")."""
    if place.dep_ == "pobj" and place.head.lower_ in ("in", "to", "at"):
        verb = place.head.head
    elif place.dep_ == "dobj" and place.head.lemma_.lower() in _VISIT_WORDS:
        verb = place.head
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return person.i not in subject and person.i not in {t.i for t in verb.subtree if t.dep_ == "appos"}


def _names_other_side(ctx: Context, person: Person, home: str) -> bool:
    """Say whether a person's sentence names the pair's other state or its capital."""
    return any(s != home and s in ctx.pair for s in _states_beside(ctx, person))


def _elsewhere(ctx: Context, person: Person, home: str) -> bool:
    """Say whether a person is met in a third state, home unnamed beside ("meets X in Manila")."""
    places = _states_beside(ctx, person, hosted=True)
    return any(s not in ctx.pair for s in places) and home not in _states_beside(ctx, person)


def _overlaps(a: _Mention, b: _Mention) -> bool:
    return a.start < b.end and b.start < a.end and a.key == b.key


# --------------------------------------------------------------------------- candidates


def _candidate_spans(sent: Span) -> list[tuple[int, int, bool]]:
    """Return (start, end, needs a title) token spans that may hold a name.

    PERSON entities and names right after a title stand on their own; a capitalised run
    after a comma is a name only if a title precedes it.
    """
    doc = sent.doc
    spans = [(_past_seat(doc, e.start, e.end), e.end, e.label_ != "PERSON") for e in ents_in(sent)
             if e.label_ == "PERSON"
             or (e.label_ != "NORP" and 2 <= len(e) <= 4 and all(_name_like(t) for t in e))]
    for tok in sent:
        if not _is_title_token(tok):
            continue
        j = _skip_to_name(doc, tok.i + 1, sent.end)
        k = _name_run(doc, j + _initials_before_name(doc, j, sent.end), sent.end)
        if k > j:
            spans.append((j, k, False))
            if tok.lower_ in ROLE_PLURALS:
                spans.extend(_listed_names(doc, k, sent.end))
        elif j + 1 < sent.end and _royal_style(doc, j + 1, sent.start):
            spans.append((j + 1, _name_run(doc, j + 1, sent.end), False))  # "King Sultan Ibrahim"
        elif j < sent.end and (doc[j].lower_ in ("for", "of") or _office_of_title(doc, j, sent.start)
                               or _on_a_topic(doc, j, sent.start)):
            spans.extend(_name_after_portfolio(doc, j + 1, sent.end))
    spans += [(t.i + 1, _name_run(doc, t.i + 1, sent.end), False) for t in sent if _before_a_name(t)]
    # "his South Korean counterpart Han Duck-soo": the tagger may call the name after it anything
    spans += [(j, _name_run(doc, j + _initials_before_name(doc, j, sent.end), sent.end), False) for t in sent
              if t.lower_ == "counterpart" and (j := t.i + 1) < sent.end]
    spans += [(t.i, t.i + 1, True) for t in sent if _lone_name_speaking(t)]
    spans += [(t.i + 1, t.i + 2, True) for t in sent if _peer(t)]  # "…, Lord Collins of Highbury,"
    spans += [(t.i, k, True) for t in sent if _line_of_a_name(t, k := _name_run(doc, t.i, sent.end))]
    spans += [(t.i, t.i + 1, False) for t in sent if _lone_name_travelling(t)]
    # "Minister of … of Belarus, Dmitry Pantus": spaCy may tag the name as ORG;
    # "…; Vikram Misri, Foreign Secretary of India", "seen off by Tshering Dorji, Minister of …":
    # a name in apposition to its title
    openers = [sent.start] + [t.i + 1 for t in sent if t.lower_ in (",", ";", "and", "by", "with")
                              and t.i + 1 < sent.end]
    for j in openers:
        after_comma = j > sent.start and doc[j - 1].text == ","
        if j + 2 < sent.end and doc[j].is_title and doc[j + 1].lower_ == "the" and _honorific(doc[j + 2]):
            j += 1  # "…, Senator the Hon Penny Wong,": a title opens the style
        if j + 1 < sent.end and doc[j].lower_ == "the" and _honorific(doc[j + 1]):
            j += 1  # "…, the Honourable Hugh Todd,"
        while j < sent.end and _honorific(doc[j]):
            j += 1  # "and His Excellency Santosh Jha, High Commissioner …"
        k = _name_run(doc, j, sent.end)
        if k - j == 1 and _who_clause_after(doc, k, sent.end):
            spans.append((j, k, True))  # "Butale, who is Botswana's Minister of Trade,": the clause titles
        if k - j >= 2 and (after_comma or ((p := _past_position(doc, k, sent.end)) < sent.end
                                           and doc[p].text == ",") or _title_in_brackets(doc, k, sent.end)):
            spans.append((j, k, True))
    return [(j, k, titled) for j, k, titled in spans if not (titled and _portfolio_listed(doc, j, k, sent))]


def _who_clause_after(doc: Doc, k: int, stop: int) -> bool:
    """Say whether a relative clause on a person opens at k (", who is …")."""
    return k + 1 < stop and doc[k].text == "," and doc[k + 1].lower_ == "who"


def _past_seat(doc: Doc, start: int, end: int) -> int:
    """Return where a name the tagger ran on from the seat of a post starts ("Ambassador in Abuja Paul
    Houngbo": "Abuja" is where the post is)."""
    seat = (start >= 2 and end - start >= 3 and doc[start - 1].lower_ == "in"
            and doc[start - 2].lower_ in ROLE_HEADS and _a_seat_town(doc[start]))
    return start + 1 if seat else start


def _peer(tok: Token) -> bool:
    """Say whether a peer's style stands before one surname ("Lord Collins", "Baroness Chapman of
    Darlington"), the surname alone a person's name (kept only with a title of its own)."""
    doc, k = tok.doc, tok.i + 1
    return (tok.lower_ in _PEER_STYLES and tok.is_title and k < tok.sent.end and _name_like(doc[k])
            and (k + 1 == tok.sent.end or not _name_like(doc[k + 1])))


def _line_of_a_name(tok: Token, end: int) -> bool:
    """Say whether the name run tok..end fills its line (a signatory's name, its title on the line below)."""
    doc = tok.doc
    opens = tok.i == 0 or "\n" in doc[tok.i - 1].text or "\n" in doc[tok.i - 1].whitespace_
    return opens and 2 <= end - tok.i <= 4 and (end == len(doc) or "\n" in doc[end].text
                                                 or "\n" in doc[end - 1].whitespace_)


def _before_a_name(tok: Token) -> bool:
    """Say whether a personal courtesy opens a name ("Mr Albanese", which the tagger may call NORP)."""
    return (tok.lower_ in _PERSONAL_COURTESIES and tok.i + 1 < tok.sent.end and _name_like(tok.nbor())
            and not _in_a_state(tok.nbor()))


def _portfolio_listed(doc: Doc, j: int, k: int, sent: Span) -> bool:
    """Say whether the run j..k after a comma is a portfolio of the title before it, the list going
    on ("Minister of Foreign Affairs, African Integration and Ivorians Abroad, Léon Kacou Adom")."""
    return (j > sent.start and doc[j - 1].text == "," and k + 1 < sent.end and doc[k].lower_ == "and"
            and doc[k + 1].is_title
            and not _is_title_token(doc[k + 1]) and not _heads_a_title(doc, k + 1)
            and _portfolio_comma(doc, j - 1, sent.start))


def _speaks(tok: Token) -> bool:
    """Say whether a name is the subject of a verb of speaking, meeting or arriving ("Netanyahu
    tweeted", "Putin said", "Prabowo arrived in Beijing", "Prabowo and Xi Jinping met")."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "Prabowo and Xi met"
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _PERSONS_VERBS


def _lone_name_speaking(tok: Token) -> bool:
    """Say whether one name alone is a speaker with a title in apposition.

    "Suharso, a senior analyst at the centre, said …": many people go by one name.
    """
    if tok.pos_ != "PROPN" or tok.ent_type_ in ("LOC", "FAC") or not _name_like(tok):
        return False  # the small model tags many lone names ORG, GPE or NORP: the parse decides
    if gazetteer().resolve(tok.text) or gazetteer().by_capital(tok.text):
        return False
    speaks = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS
    return speaks and any(c.dep_ == "appos" and c.lower_ in ROLE_HEADS - _BODY_ROLES for c in tok.children)


def _lone_name_travelling(tok: Token) -> bool:
    """Say whether one name alone, which the tagger calls no person, meets or travels with a person.

    "Blinken and Wang met", "Lula and Xi flew to Brasilia": joined to a tagged person as the subject
    of a verb of meeting or travelling. Alone ("Erdogan visited Baghdad") it is left out: a name
    that is no one's (a nickname of a person named in full, a firm) would count as well.
    """
    if not _lone_name(tok):
        return False
    if _lone_names_meet(tok):
        return True
    partner = tok.head if tok.dep_ == "conj" else next((c for c in tok.children if c.dep_ == "conj"), None)
    # one of the two is tagged a person: "Marcos and Ishiba held talks", the tagger calling one ORG
    with_person = partner is not None and "PERSON" in (partner.ent_type_, tok.ent_type_)
    if not with_person:
        return False
    subject = tok.head if tok.dep_ == "conj" else tok
    if subject.dep_ in ("nmod", "compound") and subject.head.ent_type_ == "PERSON":
        subject = subject.head  # "Prabowo and Anwar Ibrahim met": the parse hangs the pair on the last name
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_.lower() not in _JOINT_ACTS:
        return False
    return with_person


def _lone_name(tok: Token) -> bool:
    """Say whether a word may be one person's one-word name: a capitalised proper noun that names no
    state, capital or place and takes no article ("Abiy", "Prabowo", "Jokowi"; not "Kenya", "the Hague")."""
    if tok.pos_ != "PROPN" or tok.tag_ != "NNP" or tok.is_upper or not _name_like(tok):
        return False
    if tok.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON", ""):
        return False
    return not (any(c.dep_ == "det" for c in tok.children) or _in_a_state(tok)
                or gazetteer().by_capital(tok.text) is not None or gazetteer().resolve(tok.text) is not None)


def _lone_names_meet(tok: Token) -> bool:
    """Say whether two lone names meet each other, one the subject of a verb of meeting and the other
    its object or whom talks are held with ("Abiy met Ruto", "Prabowo received Anwar", "Jokowi held
    talks with Chinh"): two names on the two sides of one meeting are two people."""
    verb = tok.head
    if tok.dep_ == "dobj" or (tok.dep_ == "pobj" and verb.lower_ == "with"):
        verb = verb if tok.dep_ == "dobj" else verb.head.head if verb.head.dep_ == "dobj" else verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return verb.lemma_.lower() in _HOSTING_ACTS and subject is not None and _lone_pair(tok, subject)
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in _HOSTING_ACTS:
        return False
    guests = [c for c in verb.children if c.dep_ == "dobj"]
    guests += [g for held in (*verb.children, *guests) for c in held.children
               if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    guests += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
               for g in c.children if g.dep_ == "pobj"]
    return any(_lone_pair(tok, g) for g in guests)


def _lone_pair(one: Token, other: Token) -> bool:
    """Say whether two words joined by a meeting are both lone names the tagger calls no one: a word
    it calls a body or a place is a name only beside another it does not call a person ("Jokowi held
    talks with Chinh"); "Erdogan received Hamas" and "Hamas met Fatah" name bodies."""
    if not (_one_word(one) and _one_word(other) and _lone_name(other)):
        return False
    if one.ent_type_ not in ("", "PERSON") and other.ent_type_ == "PERSON":
        return False
    return not one.ent_type_ == other.ent_type_ == "ORG"


# Verbs by which one person meets another ("Abiy met Ruto", "held talks with", "received", "hosted").
_HOSTING_ACTS = words("meet receive host welcome hold talk")


def _one_word(tok: Token) -> bool:
    """Say whether a name is one word standing alone, not the last of a longer name ("Narendra Modi")."""
    return tok.dep_ not in ("compound", "flat") and not any(
        c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in tok.children)


def _listed_names(doc: Doc, k: int, stop: int) -> list[tuple[int, int, bool]]:
    """Return the names listed after the first one a plural title heads ("Ministers A, B and C")."""
    out: list[tuple[int, int, bool]] = []
    while k < stop:
        if doc[k].lower_ in ("of", "from") and _country_at(doc, k + 1, stop)[0] is not None:
            k = _country_at(doc, k + 1, stop)[1]  # "Foreign ministers A of Kenya and B of Peru"
        j = k + (doc[k].text == ",")
        j += j < stop and doc[j].lower_ == "and"
        end = _name_run(doc, j, stop)
        if j == k or end == j:
            break  # "Presidents Xi and Prabowo": a lone name the plural title heads is a person's
        out.append((j, end, False))
        k = end
    return out


def _name_after_portfolio(doc: Doc, j: int, stop: int) -> list[tuple[int, int, bool]]:
    """Return the name that ends a title's portfolio ("Minister for Digital Development and
    Information Josephine Teo"): the last run of name words in the capitalised phrase."""
    last = j
    clause_after = False  # the name is closed by ", and" opening the sentence's next clause
    while last < stop and (doc[last].lower_ in _PHRASE_GLUE or doc[last].text == ","
                           or _particle_inside(doc, last, stop)
                           or (doc[last].text[:1].isupper() and not doc[last].is_upper)
                           or _hyphen_joined(doc, last, stop) or _inside_name(doc, last, stop)
                           or _office_of_title(doc, last, j - 2) or _office_possessive(doc, last, j)):
        if doc[last].lower_ == "and" and last + 1 < stop and (
                ((doc[last + 1].ent_type_ == "NORP" or _country_token(doc[last + 1]))
                 and not (last + 2 < stop and doc[last + 2].lower_ in _ABROAD))
                # "… and Togolese Abroad, Robert Dussey": a people abroad is a portfolio
                or _is_title_token(doc[last + 1]) or _heads_a_title(doc, last + 1)):
            break  # "… Retno LP Marsudi and Kenyan Cabinet Secretary …", "… and Secretary to …",
            # "… and Prime Minister …"
        if _title_after_comma(doc, last) or (doc[last].lower_ == "and" and last + 1 < stop
                                              and not doc[last + 1].text[:1].isupper()
                                              and not _region_after_the(doc, last + 1, stop)):
            if doc[last].lower_ == "and" and doc[last - 1].text == "," and last - 1 > j:
                last, clause_after = last - 1, True  # "… Expatriates Badr Abdelatty, and the two …"
            break  # "Minister for Foreign Affairs A B, Minister for Finance C D": the next one's title;
            # "… Minister for Health A B and a delegation": the list goes on with no one titled
        last += 1  # "… Oppong-Peprah", "… Retno LP Marsudi": a hyphen or initials inside the name
    first = last
    while first > j and not _names_an_office(doc[first - 1]) and not _joined_to_portfolio(
            doc, first - 1, j) and (
            (_name_like(doc[first - 1]) and doc[first - 1].pos_ == "PROPN")
            or _particle_inside(doc, first - 1, stop)
            or _hyphen_joined(doc, first - 1, stop) or _inside_name(doc, first - 1, stop)):
        first -= 1
    if first == j and last - j >= 3:
        first = j + 1  # "Speaker of Parliament Moses Wetangula": a portfolio is at least one word
    # a name closing the sentence stands only past a word that ends the portfolio ("… for the Middle East
    # and North Africa Hamish Falconer."; not "… for Trade Development Cooperation Office.")
    ends_in_punct = doc[last].is_punct and not _title_after_comma(doc, last) and not clause_after \
        and not (first > j and _names_an_office(doc[first - 1])) if last < stop else False
    if last - first < 2 or first == j or last == stop or ends_in_punct:
        return []  # no name after the portfolio, or the phrase runs to the end
    return [(first, last, False)]


def _region_after_the(doc: Doc, k: int, stop: int) -> bool:
    """Say whether "the" at k opens a region or a place that goes on a portfolio ("… for Asia and the
    Pacific X", "… for Africa and the Middle East X"), not what the sentence goes on with."""
    return (doc[k].lower_ == "the" and k + 1 < stop and doc[k + 1].text[:1].isupper()
            and (doc[k + 1].lower_ in REGION_WORDS or doc[k + 1].ent_type_ in ("LOC", "GPE")))


def _joined_to_portfolio(doc: Doc, k: int, lo: int) -> bool:
    """Say whether word k is the portfolio "and" joins to the one before it, not a name's first word
    ("Minister of Road Transport and Bridges X", "Minister for Water and Power X"): the parser makes
    it the conjunct of the word before "and", or a plural it hangs on the name it makes that conjunct
    ("Minister for Railways and Harbours X"); or the tagger's person of two words or more starts after
    it ("Minister of Lands and Settlement Ruth Nyambura", parsed as the minister and someone else)."""
    if k - 2 < lo or doc[k - 1].lower_ != "and":
        return False
    tok = head = doc[k]
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if (head is tok or tok.tag_ == "NNPS") and head.dep_ == "conj" and head.head.i == k - 2:
        return True
    person = ent_at(doc, k + 1) if k + 1 < len(doc) else None
    return (not tok.ent_type_ and tok.is_title and person is not None and person.label_ == "PERSON"
            and person.start == k + 1 and len(person) >= 2)


def _particle_inside(doc: Doc, k: int, stop: int) -> bool:
    """Say whether k is a particle between two capitalised name words ("Maria del Carmen Squeff")."""
    first, last = k, k
    while first > 0 and doc[first - 1].lower_ in _PARTICLES and doc[first - 1].is_lower:
        first -= 1
    while last + 1 < stop and doc[last + 1].lower_ in _PARTICLES and doc[last + 1].is_lower:
        last += 1  # "Ana de la Cruz"
    return (doc[k].lower_ in _PARTICLES and doc[k].is_lower and first > 0 and last + 1 < stop
            and _name_like(doc[first - 1]) and _name_like(doc[last + 1]) and doc[last + 1].text[:1].isupper())


def _title_after_comma(doc: Doc, k: int) -> bool:
    """Say whether comma k ends a name in a list of titled names: the next title follows it and a word
    that is no title's stands before it ("… Affairs Shah Mahmood Qureshi, Minister for Finance …",
    "… Moses Kuria, Cabinet Secretary for …")."""
    return (doc[k].text == "," and k > 0 and not is_role_word(doc[k - 1].lower_)
            and doc[k - 1].pos_ == "PROPN" and k + 1 < len(doc)
            and (_heads_a_title(doc, k + 1) or (doc[k + 1].is_title and _heads_a_title(doc, k + 2))))


def _office_possessive(doc: Doc, k: int, lo: int) -> bool:
    """Say whether a possessive k is inside a portfolio ("… in the Prime Minister's Office X")."""
    return (k > lo and doc[k].text in _POSSESSIVE and doc[k - 1].lower_ in ROLE_HEADS
            and k + 1 < len(doc) and doc[k + 1].is_title)


def _names_an_office(tok: Token) -> bool:
    """Say whether a capitalised word ends a portfolio, not a name: a body ("the Central Bank",
    "the Treasury"), a place ("Mayor of Accra") or a portfolio's own noun ("… for Agrarian Reform")."""
    return (tok.lower_ in NON_PERSON_WORDS or tok.lower_ in REGION_WORDS or _a_capital(tok)
            or _country_token(tok) is not None or _portfolio_word(tok))


def _portfolio_word(tok: Token) -> bool:
    """Say whether a capitalised word is a portfolio's noun, never a name's: a portfolio noun ("Reform",
    "Process"), an abstract noun by its ending ("Reconciliation", "Tourism") or a people in the plural
    ("Overseas Pakistanis", "Filipinos Abroad")."""
    low = tok.lower_
    return (low in PORTFOLIO_NOUNS or low.endswith(_ABSTRACT_ENDINGS) or _a_people(tok)
            or (tok.text[:1].isupper() and is_sector_phrase(tok.text)))


def _a_people(tok: Token) -> bool:
    """Say whether a capitalised word is a demonym in the plural ("Pakistanis", "Filipinos")."""
    text = tok.text
    return text[:1].isupper() and text.endswith("s") and len(text) > 4 and _state(text[:-1]) is not None


def _a_capital(tok: Token) -> bool:
    return tok.text[:1].isupper() and gazetteer().by_capital(tok.text) is not None


def _a_seat_town(tok: Token) -> bool:
    """Say whether a word is a town a post sits in ("Ambassador in Lima", "Consul General in Guangzhou"):
    a capital, or a place the tagger names that is no state."""
    return _a_capital(tok) or (tok.text[:1].isupper() and tok.ent_type_ == "GPE"
                               and _state(tok.text) is None)


def _skip_to_name(doc: Doc, j: int, stop: int) -> int:
    """Return where a name after a title starts: past "Mr", commas, "(CEO)" and "to Sri Lanka"."""
    while j < stop:
        if _honorific(doc[j]) or doc[j].text == ",":
            j += 1
        elif _style_pair(doc, j, stop):
            j += 2
        elif doc[j].text == "(" and j + 2 < stop and doc[j + 2].text == ")" and doc[j + 1].is_upper:
            j += 3
        elif doc[j].text == "-" and j + 1 < stop and doc[j + 1].lower_ in ("elect", "designate"):
            j += 2  # "President-elect Prabowo Subianto"
        elif doc[j].lower_ in _ENVOY_GRADES or (doc[j].lower_ == "and" and j + 1 < stop
                                                and doc[j + 1].lower_ in _ENVOY_GRADES):
            j += 1  # "Ambassador Extraordinary and Plenipotentiary of Japan Isao Fukushima"
        elif doc[j].lower_ in ("to", "of") and j + 1 < stop and _country_at(doc, j + 1, stop)[0]:
            j = _country_at(doc, j + 1, stop)[1]
        elif (doc[j].lower_ in ("to", "of") and j + 2 < stop and doc[j + 1].lower_ == "the"
              and _country_at(doc, j + 2, stop)[0]):
            j = _country_at(doc, j + 2, stop)[1]  # "High Commissioner to the United Kingdom X"
        elif doc[j].lower_ == "in" and j + 2 < stop and _a_seat_town(doc[j + 1]) and _name_like(doc[j + 2]):
            j += 2  # "Ambassador in Accra Rosa Quispe": the post's seat
        else:
            return j
    return j


def _name_run(doc: Doc, j: int, stop: int) -> int:
    """Return the end of the run of name tokens from j ("Chan-o-cha" joins by hyphens)."""
    k = j
    while k < stop and k - j < _MAX_NAME_TOKENS + 4:
        tok = doc[k]
        if k - j >= 2 and _state_of_romance(doc, k, stop):
            break
        if _name_like(tok) or (k > j and _hyphen_joined(doc, k, stop)):
            k += 1
        elif k > j and (inner := _inside_name(doc, k, stop)):
            k += inner
        else:
            break
    return k


def _state_of_romance(doc: Doc, k: int, stop: int) -> bool:
    """Say whether doc[k] is a Romance "of" before a state's name that ends the name's run ("Joaquim
    Ribeiro de Angola"): the state the person is of, not the last of his name."""
    if doc[k].lower_ not in _ROMANCE_OF:
        return False
    country, after = _country_at(doc, k + 1, stop)
    return country is not None and (after >= stop or not _name_like(doc[after]))


_INITIALS = re.compile(r"[A-Z]{1,2}")


def _initial(tok: Token) -> bool:
    """Say whether a token is one or two capital initials written without stops ("K", "KP"), not a role's
    abbreviation ("PM")."""
    return _INITIALS.fullmatch(tok.text) is not None and tok.lower_ not in ROLE_ABBREVIATIONS


def _initials_before_name(doc: Doc, j: int, stop: int) -> int:
    """Return how many tokens of capital initials written without stops open a title's name ("External
    Affairs Minister S Jaishankar", "Prime Minister KP Sharma Oli", "K P Sharma Oli"), else 0."""
    k = j
    while k < j + 2 and k + 1 < stop and _initial(doc[k]) and doc[k].ent_type_ not in ("ORG", "GPE", "NORP"):
        k += 1
    if k == j or not _name_like(doc[k]) or doc[k].pos_ != "PROPN" or _country_at(doc, k - 1, stop)[0]:
        return 0
    return k - j


def _inside_name(doc: Doc, k: int, stop: int) -> int:
    """Return how many tokens from k a name goes on through, else 0.

    A quoted nickname ("Joko “Jokowi” Widodo"), capital initials ("Retno LP Marsudi") and a
    courtesy word between given name and surname ("Varuna Sri Dhanapala") stand inside a name
    that goes on after them.
    """
    tok = doc[k]
    if (tok.is_quote and k + 3 < stop and _name_like(doc[k + 1]) and doc[k + 2].is_quote
            and _name_like(doc[k + 3])):
        return 3
    if k + 1 >= stop or not _name_like(doc[k + 1]) or _country_at(doc, k, stop)[0] is not None:
        return 0
    if re.fullmatch(r"[A-Z]{1,3}", tok.text) or (tok.lower_ in HONORIFICS and tok.is_title and tok.is_alpha):
        return 1
    return 0


def _hyphen_joined(doc: Doc, k: int, stop: int) -> bool:
    """Say whether token k continues a hyphenated name ("Bahiddha-Nukara", "Chan-o-cha")."""
    tok, prev = doc[k], doc[k - 1]
    if prev.whitespace_:
        return False
    if tok.text == "-":
        return not tok.whitespace_ and k + 1 < stop and doc[k + 1].is_alpha
    return prev.text == "-" and tok.is_alpha


def _is_title_token(tok: Token) -> bool:
    low = tok.lower_
    if low in ROLE_ABBREVIATIONS:
        return tok.text.isupper()
    if low in ROLE_HEADS and tok.is_lower and tok.i + 2 < len(tok.doc):
        # "ministry spokesperson Randhir Jaiswal", "ambassador to Costa Rica Ana Ruiz": a lower-case
        # title before a full name
        j = _skip_to_name(tok.doc, tok.i + 1, len(tok.doc))
        name = tok.doc[j:j + 2]
        # "party chief To Lam": a capitalised word inside the sentence opens the name, whatever its tag
        return len(name) == 2 and all(_name_like(t) for t in name) and name[1].pos_ == "PROPN" and (
            name[0].pos_ == "PROPN" or name[0].is_title)
    return low in ROLE_HEADS and (tok.is_title or low in ("premier", "president", "minister")
                                  or _ELIDED_TITLE.fullmatch(tok.text) is not None)


def _name_like(tok: Token) -> bool:
    """Return whether a token can be part of a person's name."""
    text, low = tok.text, tok.lower_
    if low in _GIVEN_NAME_TITLES and tok.is_title and (_hyphened_on(tok) or (
            tok.i > 0 and _an_office(tok.doc[tok.i - 1]))):
        return True  # "Foreign Minister Amir Khan Muttaqi", "Hossein Amir-Abdollahian": a name
    if _honorific(tok) or low in ROLE_HEADS or low in ROLE_ABBREVIATIONS or low in ROLE_MODIFIERS:
        return False
    if (glued := _GLUED_TITLE.match(text)) and is_role_word(glued.group(1).lower()):
        return False  # "Minister of Foreign AffairsVijitha Herath": a title's last word run into the name
    if tok.ent_type_ == "DATE" and (is_weekday_name(text) or is_month_name(text)):
        return False  # "received Prime Minister Benjamin Netanyahu Tuesday": when, not his name
    if _opening_participle(tok):
        return False  # "Welcoming Biden and the US delegation, Thuong held …": a verb, not a name
    if (low in _PARTICLES or low in _SUFFIXES or re.fullmatch(r"(?:[A-Z]\.)+", text)
            or text in NAME_ABBREVIATIONS):
        return True  # "Ma." too: a given name written short ("Ma. Elena Cruz")
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if ROMAN_NUMERAL.fullmatch(text) and before is not None and before.is_title and before.is_alpha:
        return True  # "King Felipe VI", "Mohammed VI": a reign's number after the given name
    if _capitalised_surname(tok):
        return True
    bare = text.replace("-", "").replace("'", "").replace("’", "")
    return bool(bare) and bare.isalpha() and text[0].isupper() and any(c.islower() for c in text)


def _capitalised_surname(tok: Token) -> bool:
    """Say whether a word in capitals is a surname written first, as Japan's and others' releases write it
    ("Mr. MOTEGI Toshimitsu", "Mr. IWAYA Takeshi"): the tagger's person, a given name after it."""
    doc = tok.doc
    return (tok.is_upper and tok.is_alpha and len(tok) >= 3 and tok.ent_type_ == "PERSON"
            and tok.i + 1 < len(doc) and doc[tok.i + 1].ent_type_ == "PERSON" and doc[tok.i + 1].is_title
            and doc[tok.i + 1].is_alpha)


# Acts a sentence may open with, as a participle before the one it is done to ("Welcoming Biden, …").
_OPENING_ACTS = frozenset({"welcome", "greet", "receive", "meet", "host", "thank", "congratulate", "invite",
                           "praise", "address", "accompany", "visit", "call", "brief", "quote", "cite",
                           "recall"})


def _hyphened_on(tok: Token) -> bool:
    """Say whether a word is joined by a hyphen to the next ("Amir-Abdollahian")."""
    doc = tok.doc
    return (not tok.whitespace_ and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-"
            and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].is_title)


def _an_office(tok: Token) -> bool:
    """Say whether a word ends the title of an office, not of a reigning house ("Minister", not "King")."""
    return tok.lower_ in ROLE_HEADS and tok.lower_ not in ROYAL_TITLES and tok.text[:1].isupper()


def _opening_participle(tok: Token) -> bool:
    """Say whether a capitalised word opening its sentence is the participle of an act ("Welcoming",
    "Receiving"), however the tagger read it; a name ending so ("Browning", "Ding") is no act."""
    low = tok.lower_
    opens = tok.is_sent_start or (tok.i > 0 and "\n" in tok.doc[tok.i - 1].text_with_ws)
    return opens and low.endswith("ing") and (low[:-3] in _OPENING_ACTS or low[:-3] + "e" in _OPENING_ACTS
                                               or low[:-4] in _OPENING_ACTS)


def _country_token(tok: Token) -> Country | None:
    if not tok.text[:1].isupper():
        return None
    return _state(tok.text)


def _in_a_state(tok: Token) -> bool:
    """Say whether a word is part of a state's name or demonym ("Sri" and "Lankan" of "Sri Lankan")."""
    doc = tok.doc
    # a name opening before the word ("Barbuda" or "and" of "Antigua and Barbuda") or at it
    return _end_of_state_over(doc, tok.i) > tok.i or _country_at(doc, tok.i, len(doc))[0] is not None


def _state(text: str) -> Country | None:
    """Return the state a name or demonym denotes; "US", "UK" are read as "U.S.", "U.K."."""
    gaz = gazetteer()
    found = gaz.resolve(text)
    if found is None and _SHORT_STATE_CODES.match(text):
        found = gaz.resolve(".".join(text) + ".")
    return found


def _end_of_state_over(doc: Doc, i: int) -> int:
    """Return the end of a state's name of several words that opens before i and goes on past it
    ("Barbuda" or "and" of "Antigua and Barbuda"), else i."""
    for k in range(max(0, i - 4), i):
        country, after = _country_at(doc, k, min(len(doc), k + 5))
        if country is not None and after > i:
            return after
    return i


def _country_at(doc: Doc, i: int, stop: int) -> tuple[Country | None, int]:
    """Return the state named by the longest token run from i (up to 5 tokens, "and" or "the" inside:
    "Trinidad and Tobago", "Saint Vincent and the Grenadines") and its end."""
    for n in (5, 4, 3, 2, 1):
        inner = doc[i + 1:i + n - 1]
        if i + n <= stop and doc[i].text[:1].isupper() and doc[i + n - 1].text[:1].isupper() and all(
                t.text[:1].isupper() or (n >= 3 and t.lower_ in ("and", "the")) for t in inner):
            country = _state(doc[i:i + n].text)
            if country is not None:
                return country, i + n
    return None, i


# --------------------------------------------------------------------------- cleaning


def _across_patronymic(doc: Doc, sent: Span, start: int, end: int) -> tuple[int, int]:
    """Widen a name span over "bin"/"bint"/"ibn" and the given name before it and the names after it.

    "Minister of State for Foreign Trade Thani bin Ahmed …": the title took his given name;
    "Rahma bint Ibrahim Al Mahrouqi": spaCy tagged only "Ibrahim Al Mahrouqi".
    """
    if start > sent.start and doc[start].lower_ in _PATRONYMIC and _name_like(doc[start - 1]):
        start -= 1
    elif (start - 1 > sent.start and doc[start - 1].lower_ in _PATRONYMIC and _name_like(doc[start - 2])
          and doc[start - 2].lower_ not in _PARTICLES):
        start -= 2
    if (end - start == 1 and end + 1 < sent.end and doc[end].lower_ in _PATRONYMIC
            and _name_like(doc[end + 1])):
        end = _name_run(doc, end + 1, sent.end)  # "Sana bint Mohammed Suhail" read as "Sana"
    return start, end


def _given_name_after_title(doc: Doc, sent: Span, start: int, after: int, end: int) -> bool:
    """Say whether a state's one-word name right after a title's head is the holder's given name
    ("Defence Minister Israel Katz", "Foreign Secretary Bharat Raj Paudyal"): a state stands before
    a title or after "of", not between the title and the name."""
    return (after == start + 1 and start > sent.start and after < end and _name_like(doc[after])
            and doc[start - 1].is_title and doc[start - 1].lower_ in ROLE_HEADS)


def _mention(ctx: Context, sent: Span, start: int, end: int, needs_role: bool) -> _Mention | None:
    """Return the cleaned mention for a candidate token span, or None if it is no person."""
    doc = sent.doc
    start, end = _across_patronymic(doc, sent, start, end)
    # "Barbuda Gaston Browne" tagged in "… of Antigua and Barbuda Gaston Browne"
    start = min(_end_of_state_over(doc, start), end)
    while start < end:
        leading, after = _country_at(doc, start, end)
        if leading is not None and not _given_name_after_title(doc, sent, start, after, end):
            start = after  # "Belarus Aleksandr Lukashenko" tagged as one PERSON
        elif _style_pair(doc, start, end):
            start += 2  # "Tan Sri Muhyiddin Yassin"
        elif ((not _name_like(doc[start]) and not _initials_before_name(doc, start, end))
              or doc[start].text in _PARTICLES):
            start += 1  # "de Souza" reads from "Souza"; a capital "Le" opens "Le Thi Hang"
        else:
            break
    start = _past_a_body(doc, sent, start, end)  # "… of the World Health Organization Tedros Adhanom"
    start = _given_names_left_out(doc, sent, start, end)  # "…, Teresa Mera,": spaCy tagged only "Mera"
    end = _surname_left_out(doc, sent, end)  # "Tan Sri Muhyiddin Yassin": spaCy tagged up to "Muhyiddin"
    end = _surname_after_particle(doc, sent, start, end)  # "Ana dos Reis Lopes": spaCy tagged only "Ana"
    royal = _royal_style(doc, start, sent.start)
    run_end = _name_run(doc, start + _initials_before_name(doc, start, end), end)
    after_title = _past_title(doc, run_end, sent.end)
    if not royal and after_title > run_end and _name_run(doc, after_title, sent.end) > after_title:
        # "Retired Air Vice Marshal H.S. Sampath …": what stands before a title is the title's
        start, end = after_title, _name_run(doc, after_title, sent.end)
    end = min(end, _name_run(doc, start + _initials_before_name(doc, start, end), end))
    for n in (2, 1):
        if end - start - n >= 2 and is_sector_phrase(doc[start:start + n].text):
            start += n  # "… Foreign Employment, and Tourism Vijitha Herath": the portfolio's last word
    while end - start >= 3 and (_portfolio_word(doc[start]) or _joined_to_portfolio(doc, start, sent.start)):
        start += 1  # "Special Assistant on Overseas Pakistanis Zulfi Bukhari", tagged as one name
    while end > start and end < sent.end and _hyphen_joined(doc, end, sent.end):
        end += 1  # spaCy ends "Moon Jae-in" at "Jae"
    while end > start and (doc[end - 1].lower_ in _PARTICLES):
        end -= 1
    if end > start and royal:
        start -= 1  # "King Sultan Ibrahim": the second royal title is the name's
        while end + 1 < sent.end and doc[end].lower_ == doc[start].lower_ and _name_like(doc[end + 1]):
            end = _name_run(doc, end + 1, sent.end)  # "… Sultan Ibrahim Sultan Iskandar": his father's
    if end <= start or _is_credit(doc, start) or ctx.article.is_skipped(doc[start].idx, doc[end - 1].idx):
        return None
    if _opens_with_preposition(doc[start]):
        return None  # "In Accra, President …": a phrase of place, not a name
    tokens = doc[start:end]
    state_surname = _state_as_surname(ctx, tokens)
    given_state = _given_name_after_title(doc, sent, start, start + 1, end) and _country_token(doc[start])
    if any(t.lower_ in NON_PERSON_WORDS or (_country_token(t) and not state_surname and not (
            given_state and t.i == start)) for t in tokens):
        return None
    role, country, ev_start = _role_before(doc, sent, start)
    ev_end = end
    if role is None:
        role, country, ev_end = _role_after(doc, sent, _past_territory(doc, end, sent.end))
    elif _courtesy_only(role) and (office := _role_after(doc, sent, end))[0] is not None:
        # "Sheikh Mohamed bin Zayed, President of the UAE": the office told after the name, not the style
        role, country, ev_end = office[0], office[1] or country, office[2]
    if role is None and _alone_on_its_line(ctx, doc, start, end):
        role, country, ev_end = _title_line_below(ctx, doc, end)  # a signatory's name above the title
    if role is not None and country is None:
        country = _signed_for_state(ctx, doc, start)
    if state_surname and role is None:
        return None  # "Luís Montenegro" counts only with a title ("Prime Minister Luís Montenegro")
    if _a_places_namesake(doc[start:end].root):
        return None  # "visit the holy shrine of Imam Reza": whom a place honours is no one in the news
    if _in_a_places_name(doc, sent, start, end) or (
            role is not None and _title_of_a_place(doc, sent, ev_start, tokens)):
        return None
    if any(_royal_style(doc, k, ev_start) for k in range(ev_start + 2, start)):
        return None  # "Iskandar" of "King Sultan Ibrahim Sultan Iskandar": a king's name, whose father's
    counterpart = None
    if role is not None and _courtesy_only(role):
        # "his Bangladeshi counterpart Sheikh Hasina": a style after "counterpart" is no office
        counterpart, told = _counterpart_before(doc, sent, ev_start)
        if counterpart is not None:
            role, country = None, told or country
    if role is None and counterpart is None:
        role, country = _respective_title(doc, sent, start)  # "The presidents of Kenya and Uganda, A and B"
    if role is None and counterpart is None:
        role, country = _portfolio_in_series(doc, sent, start)
    if role is None and counterpart is None:
        role = _plural_title_said(tokens.root)  # "The ambassadors are A from Peru and B from Chile"
    if role is not None and _bare_title(role) and (held := _portfolio_in_brackets(doc, end, sent.end)):
        role = f"{role} of {held}"  # "The ministers include Dr A (Foreign Affairs)": of Foreign Affairs
    if role is None and counterpart is None:
        counterpart, country = _counterpart_before(doc, sent, start)
    if country is None:
        country, ev_end = _state_after(doc, sent, ev_end)
    if country is None:
        country = next((found.name for c in tokens.root.children
                        if c.dep_ == "poss" and (found := _country_token(c))), None)  # "Peru's Rosa Quispe"
    if role is None and any(t.lower_ in PLACE_FEATURE_WORDS for t in tokens):
        return None  # "Victoria Falls", "Lake Volta"; "Ambassador Lake Mensah" has a title
    if role is None and (_a_documents_subject(tokens.root) or _an_example_of_things(tokens.root)
                         or _a_reporter(tokens.root)
                         or _names_a_thing(doc, tokens)):
        return None
    if needs_role and _a_states_person(tokens):
        needs_role = False  # "Peru's Rosa Quispe and Ghana's Kwame Asante signed": the tagger said ORG
    if role is None and counterpart is None and (needs_role or doc[start].pos_ == "VERB"
                                                 or _names_a_body(doc, start)
                                                 or _alone_on_its_line(ctx, doc, start, end)):
        return None
    # spaCy calls it a person's name, or the parse does: a lone speaker with a title in apposition
    tagged = all(t.ent_type_ == "PERSON" for t in tokens) or (
        start > sent.start and _before_a_name(doc[start - 1]))  # "Mr Albanese", whatever the tagger says
    tagged = tagged or (end - start == 1 and start > sent.start and _peer(doc[start - 1]))  # "Lord Collins"
    joined = end - start == 1 and _lone_name_travelling(doc[start])  # "Prabowo and Anwar Ibrahim met"
    tagged = tagged or joined or (end - start == 1 and _lone_name_speaking(doc[start]))
    # "Butale, who is Botswana's Minister of Trade,": a lone name the clause after it titles
    tagged = tagged or (end - start == 1 and role is not None and _who_clause_after(doc, end, sent.end))
    if needs_role and ev_start < start and country is None and not tagged and _listed_on(doc, start, end) \
            and doc[start - 2].lower_ not in STATE_FORM_WORDS:  # "President of the Republic, X,": a name
        return None  # "Minister of Foreign Affairs, Foreign Employment, and Tourism …": a portfolio
    name = _without_nickname(tokens)
    if end - start == 1 and start > sent.start and doc[start - 1].lower_ in _ONE_NAME_STYLES | _PEER_STYLES:
        name = f"{doc[start - 1].text} {name}"  # "Sheikh Hasina": one name is called with its style
        if doc[start - 1].ent_iob_ == "I" and role is not None and role.lower() == doc[start - 1].lower_:
            role = None  # "Hassan Sheikh Mohamud": the style inside a tagged name is no title
    return _Mention(name=name, key=_name_key(tokens.text), role=role, country=country,
                    counterpart_of=counterpart,
                    start=doc[ev_start].idx, end=doc[ev_end - 1].idx + len(doc[ev_end - 1].text),
                    after_place_word=_after_place_word(doc, sent, start, end),
                    tagged=tagged, shared_title=any(t.lower_ in ROLE_PLURALS for t in doc[ev_start:start]),
                    speaks=joined or _speaks(tokens.root), marked=_marked(doc, sent, tokens))


def _state_as_surname(ctx: Context, tokens: Span) -> bool:
    """Say whether a name ends in a state's name that is the person's surname ("Luís Montenegro").

    Only the last word, written as the state's own name (no demonym), after given names that are no
    state's, and no state the article is about ("… Anwar Malaysia" stays a state).
    """
    last = tokens[-1]
    found = _country_token(last)
    return (len(tokens) >= 2 and found is not None and last.text == found.name and found.name not in ctx.pair
            and not any(_country_token(t) or _in_a_state(t) for t in tokens[:-1]))


def _marked(doc: Doc, sent: Span, tokens: Span) -> bool:
    """Say whether a courtesy or a state's possessive marks a lone name ("Mr Biden", "Russia's Xi")."""
    if tokens.start > sent.start and _honorific(doc[tokens.start - 1]):
        people = doc[tokens.start - 1:tokens.end].text
        return _state(people.removesuffix("s")) is None  # not "Sri Lankans", a people
    return any(c.dep_ == "poss" and _country_token(c) for c in tokens.root.children)


def _in_a_places_name(doc: Doc, sent: Span, start: int, end: int) -> bool:
    """Say whether a name is part of a place's ("the King Fahd Causeway", "X Conference Centre")."""
    k = start + 1
    while k < sent.end and k < end + 3 and doc[k].is_title:
        surname = k == end - 1 == start + 1 and doc[k].ent_type_ == "PERSON"
        if doc[k].lower_ in _PLACE_NAME_ENDS and not surname:
            return True  # … but "John House", tagged a person's name, is one
        k += 1
    return False


def _a_places_namesake(root: Token) -> bool:
    """Say whether a name is that of whom a place honours ("the shrine of Imam Reza", "the mausoleum
    of President Ho Chi Minh", "a wreath at the memorial to …")."""
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ in ("of", "to")
            and prep.head.lemma_.lower() in _NAMESAKE_PLACES)


# Places named for a person they honour.
_NAMESAKE_PLACES = frozenset({"shrine", "mausoleum", "tomb", "grave", "memorial", "monument", "statue",
                              "bust", "birthplace"})


def _title_of_a_place(doc: Doc, sent: Span, ev_start: int, tokens: Span) -> bool:
    """Say whether "the" + title + one word is where something is ("at the General Diwan")."""
    if len(tokens) != 1 or ev_start <= sent.start:
        return False
    root = tokens.root
    return (doc[ev_start - 1].lower_ == "the" and root.dep_ == "pobj"
            and root.head.lower_ in _PREPOSITIONS and root.head.lower_ not in ("from", "after", "before"))


def _a_states_person(tokens: Span) -> bool:
    """Say whether a name after a state's possessive is a person's by what it does or stands beside.

    "Peru's Rosa Quispe and Ghana's Kwame Asante signed", "met Peru's Rosa Quispe", "Peru's Rosa
    Quispe said": a person beside it in the same form, or a verb of meeting or speaking.
    """
    root = tokens.root
    if len(tokens) < 2 or not any(c.dep_ == "poss" and _country_token(c) for c in root.children):
        return False
    beside = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    if any(t.ent_type_ == "PERSON" for t in beside):
        return True
    verb = root.head.lemma_.lower()
    return ((root.dep_ == "nsubj" and verb in _SPEAKING_VERBS | ACT_CLASSES["@meet"])
            or (root.dep_ == "dobj" and verb in ACT_CLASSES["@meet"]))


def _royal_style(doc: Doc, start: int, lo: int) -> bool:
    """Say whether the title before a name is a royal style after a royal title ("King Sultan Ibrahim")."""
    return (start - 2 >= lo and doc[start - 1].is_title and doc[start - 1].lower_ in ROYAL_TITLES
            and doc[start - 2].lower_ in ROYAL_TITLES)


def _state_after(doc: Doc, sent: Span, end: int) -> tuple[str | None, int]:
    """Return the state a name is "of" or "from" right after it ("President X of Ghana") and its end."""
    j = end
    if j >= sent.end or not (doc[j].lower_ in ("of", "from") or _state_of_romance(doc, j, sent.end)):
        return None, end
    j += 1
    while j < sent.end and (doc[j].lower_ in _STATE_FORMS or doc[j].lower_ == "of"):
        j += 1  # "… of the Republic of Ghana"
    country, after = _country_at(doc, j, sent.end)
    goes_on = after < sent.end and (doc[after].text in _POSSESSIVE or doc[after].pos_ == "PROPN")
    if country is None or goes_on:
        return None, end  # "… of Ghana's ruling party", "… of Ghana Airways": not the person's state
    return country.name, after


def _respective_title(doc: Doc, sent: Span, start: int) -> tuple[str | None, str | None]:
    """Return the title and state a name takes from a plural title of listed states before the names.

    "The foreign ministers of Ghana and Peru, Samuel Ablakwa and Elmer Schialer": each name, in turn,
    holds the title for the state in the same place; lists of different lengths say nothing.
    """
    names = _names_listed_around(doc, sent, start)
    if names is None:
        return None, None
    comma, place, count = names
    states: list[str] = []
    k = comma
    while k - 1 >= sent.start:
        found = _state_ending_at(doc, k, sent.start)
        if found is None:
            break
        states.insert(0, found[0].name)
        k = found[1]
        k -= doc[k - 1].lower_ == "the" if k - 1 >= sent.start else 0
        if k - 1 < sent.start or doc[k - 1].lower_ not in ("and", ","):
            break
        k -= 1
    if len(states) != count or count < 2 or k - 2 < sent.start or doc[k - 1].lower_ != "of":
        return None, None
    head = k - 2
    if doc[head].lower_ not in ROLE_PLURALS:
        return None, None
    first = head
    while first - 1 >= sent.start and doc[first - 1].lower_ in ROLE_MODIFIERS - _PHRASE_GLUE:
        first -= 1
    role, _ = _parse_role(doc, first, head + 1)
    return role, states[place]


def _state_ending_at(doc: Doc, k: int, lo: int) -> tuple[Country, int] | None:
    """Return the state named by the words that end at k, and where they start, if they name one."""
    for n in (3, 2, 1):
        found, stop = _country_at(doc, k - n, k) if k - n >= lo else (None, k)
        if found is not None and stop == k:
            return found, k - n
    return None


def _names_listed_around(doc: Doc, sent: Span, start: int) -> tuple[int, int, int] | None:
    """Return (the comma before a list of names, the place of the name at start, how many names),
    for a list in apposition ("…, A, B and C"); None if start opens no name of such a list."""
    place = 0
    k = start - 1
    while k >= sent.start and doc[k].lower_ in ("and", ",") and not (
            doc[k].text == "," and k - 1 >= sent.start and _country_token(doc[k - 1])):
        run = k
        while run - 1 >= sent.start and _name_like(doc[run - 1]):
            run -= 1
        if run == k or (doc[k].lower_ == "and" and k - 1 >= sent.start and doc[k - 1].text == ","):
            if run == k and doc[k].lower_ == "and" and doc[k - 1].text == ",":
                k -= 1  # ", and": one separator
                continue
            return None
        place += 1
        k = run - 1
    if k < sent.start or doc[k].text != ",":
        return None
    count, j = place + 1, _name_run(doc, start, sent.end)
    while j < sent.end and doc[j].lower_ in ("and", ","):
        j += 1 + (doc[j].text == "," and j + 1 < sent.end and doc[j + 1].lower_ == "and")
        after = _name_run(doc, j, sent.end)
        if after == j:
            break
        count, j = count + 1, after
    return k, place, count


def _portfolio_in_series(doc: Doc, sent: Span, start: int) -> tuple[str | None, str | None]:
    """Return (role, state) of a name after a portfolio in a series sharing one plural title ("Kenya's
    ministers of trade, A; of energy, B; …": B is Kenya's minister of energy), else (None, None)."""
    if start - 1 <= sent.start or doc[start - 1].text != ",":
        return None, None
    k = start - 2
    while k > sent.start and doc[k].lower_ != "of" and doc[k].text not in (",", ";"):
        k -= 1
    opener = doc[k - 1] if k - 1 >= sent.start else None
    after_item = opener is not None and (opener.text == ";"
                                         or (opener.lower_ == "and" and doc[k - 2].text == ";"))
    if doc[k].lower_ != "of" or k + 1 >= start - 1 or not after_item:
        return None, None
    title = next((t for t in reversed(doc[sent.start:k]) if t.lower_ in ROLE_PLURALS
                  and t.i + 1 < k and doc[t.i + 1].lower_ == "of"), None)
    if title is None:
        return None, None
    first = next((t.i + 1 for t in doc[title.i:k] if t.text == ","), None)
    if first is None:
        return None, None
    _, country, _ = _role_before(doc, sent, first)
    return f"{_singular(title)} of {doc[k + 1:start - 1].text}", country


_LISTING_VERBS = words("be include")  # "The ambassadors are …", "The new envoys include …"
_LIST_STEPS = 12


def _plural_title_said(root: Token) -> str | None:
    """Return the title a name holds as one of a list a plural title is said to be ("The ambassadors are
    A from Barbados, B from Peru and C", "The new foreign ministers include A of Chile and B"): the title
    in the singular, with the words of the office before it; else None.

    The parse hangs the later names on the states after the earlier ones ("Barbados, B"), so the walk
    climbs lists and "from"/"of" a state up to the first name, which the verb takes.
    """
    tok, steps = root, 0
    while tok.dep_ in ("conj", "appos", "pobj", "prep") and steps < _LIST_STEPS:
        if tok.dep_ == "prep" and tok.lower_ not in ("from", "of"):
            return None
        if tok.dep_ == "prep" and tok.head.pos_ != "PROPN":  # "are A from Barbados": "from" on the verb
            tok = next((c for c in tok.head.children if c.dep_ in ("attr", "dobj")), tok)
            break
        tok, steps = tok.head, steps + 1
    if tok.dep_ not in ("attr", "dobj") or tok.pos_ != "PROPN" \
            or tok.head.lemma_.lower() not in _LISTING_VERBS:
        return None
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ROLE_PLURALS:
        return None
    office = [c.text for c in subject.children if c.dep_ in ("amod", "compound") and c.i < subject.i
              and c.lower_ in ROLE_MODIFIERS and c.lower_ not in HOLDER_MODIFIERS]
    return " ".join(w.capitalize() for w in [*office, ROLE_PLURALS[subject.lower_]])


# Words between "his" and "counterpart" that tell of the counterpart's stay or term, not of whose.
_COUNTERPART_MODIFIERS = words("visiting new incoming outgoing")


_OWNERS = words("his her their")  # whose counterpart: the titled person before (and honorifics too)


def _counterpart_before(doc: Doc, sent: Span, start: int) -> tuple[_Owner | None, str | None]:
    """Return whose counterpart a name is and the counterpart's state ("his Malaysian counterpart X").

    "O'Brien's counterpart, Meir Ben-Shabbat" names the other by name; "his"/"her"/"their"
    points to the titled person before in the sentence (the key is then empty).
    """
    j = start - 1
    while j > sent.start and _honorific(doc[j]) and doc[j].lower_ not in _OWNERS:
        j -= 1  # "his Botswana counterpart Dr Unity Dow"
    if j >= sent.start and doc[j].text == ",":
        j -= 1
    if j < sent.start or doc[j].lemma_.lower() != "counterpart":
        return None, None
    j -= 1
    found = _state_ending_at(doc, j + 1, sent.start)  # the longest: "his South Korean", not "Korean"
    country, first = (found[0].name, found[1]) if found else (None, j + 1)
    j = first - 1
    while j > sent.start and doc[j].lower_ in _COUNTERPART_MODIFIERS:
        j -= 1  # "his visiting Bangladeshi counterpart"
    if j < sent.start:
        return None, None
    if doc[j].text in _POSSESSIVE and j - 1 >= sent.start:
        k = j - 1
        while k - 1 >= sent.start and _name_like(doc[k - 1]):
            k -= 1
        return ((_name_key(doc[k:j].text), sent.start_char), country)
    if doc[j].lower_ in _OWNERS:
        return (((), sent.start_char), country)
    return None, None


def _counterpart_titles(mentions: list[_Mention], text: str) -> None:
    """Give a counterpart the title of the one whose counterpart they are (an NSA's counterpart is an NSA),
    unless the counterpart is titled in their own words elsewhere ("met her counterpart, X. … Minister for
    Y X said"): their own office, not the other's, is theirs."""
    titled = [m for m in mentions if m.role]
    for m in mentions:
        if m.role is not None or m.counterpart_of is None:
            continue
        if any(_same_person(m.key, o.key) for o in titled):
            continue
        key, sent_start = m.counterpart_of
        if key:
            owners = [o for o in mentions if o.role and _same_person(key, o.key)]
        else:
            owners = [o for o in mentions if o.role and sent_start <= o.start < m.start]
            if not owners:
                # "Motegi also met his Italian counterpart, X": the one named bare, titled where first named
                words = set(_name_key(text[sent_start:m.start]))
                owners = [o for o in mentions if o.role and o.start < sent_start and o.key
                          and any(w in words for w in o.key)]
        if owners:
            m.role = _office_only(owners[-1].role)


def _office_only(role: str | None) -> str | None:
    """Return a role less the words that tell of its holder ("new", "former", "acting")."""
    if role is None:
        return None
    office = [w for w in role.split() if w.lower().strip("-") not in HOLDER_MODIFIERS]
    return " ".join(office) if office else role


def _past_a_body(doc: Doc, sent: Span, start: int, end: int) -> int:
    """Return where a name starts once the last words of a body the tagger took in are left out.

    "Chairman of the Ghanaian Cocoa Board Randy Abbey" tagged as one run: the name follows the
    body's last word ("Board", "Organization", "Bank"), two name words at least.
    """
    last = max((k for k in range(start, end - 2) if doc[k].lower_ in NON_PERSON_WORDS), default=None)
    if last is None or start == sent.start or not all(_name_like(t) for t in doc[last + 1:end]):
        return start
    return last + 1


def _given_names_left_out(doc: Doc, sent: Span, start: int, end: int) -> int:
    """Return where a tagged name starts once the given names the tagger left out are taken in.

    "…, Teresa Mera," and "President of Senate Ana Lopez Vega" where spaCy tagged "Mera" and
    "Lopez Vega": the words before are compounds of the name. A portfolio's last word is not
    ("Governor of Region Kwame …": what the words hang from is a title's "of").
    """
    k = start
    while (k - 1 >= sent.start and _name_like(doc[k - 1]) and doc[k - 1].pos_ == "PROPN"
           and doc[k - 1].dep_ == "compound" and start <= doc[k - 1].head.i < end
           and doc[k - 1].ent_type_ in ("", "PERSON") and not _in_a_state(doc[k - 1])
           and not _names_an_office(doc[k - 1])):  # "… Minister's Office Kofi Mensah"
        k -= 1
    if k == start and k - 2 >= sent.start and doc[k - 1].text in _INNER_PARTICLES and (
            given := doc[k - 2]).is_title and given.pos_ == "PROPN" and _name_like(given) and (
            given.ent_type_ in ("", "PERSON") and not _in_a_state(given) and not _names_an_office(given)):
        k -= 2  # "…, Ana dos Santos Pereira,": spaCy tagged only "Santos Pereira"
    initials = 0
    while initials < 2 and k - initials - 1 > sent.start and _initial(doc[k - initials - 1]):
        initials += 1
    if initials and is_role_word(doc[k - initials - 1].lower_):
        k -= initials  # "Foreign Minister AH Mahmood Ali", spaCy tagging only "Ali"
    if k == sent.start and k < start and gazetteer().by_capital(doc[k].text):
        k += 1  # "Abiy Ahmed Ali …" opening a sentence is a name; "Hanoi Nguyen …" a dateline's place
    return k if k < start and (k == sent.start or doc[k - 1].lower_ not in _PHRASE_GLUE) else start


def _surname_left_out(doc: Doc, sent: Span, end: int) -> int:
    """Return where a tagged name ends once the surname the tagger left out is taken in.

    The name's last tagged word is a compound of the next word, a name word the tagger left untagged.
    """
    last = doc[end - 1]
    if end >= sent.end or last.ent_type_ != "PERSON" or last.dep_ != "compound" or last.head.i != end:
        return end
    nxt = doc[end]
    if (nxt.ent_type_ or nxt.pos_ != "PROPN" or not _name_like(nxt) or _names_an_office(nxt)
            or nxt.lower_ in _PARTICLES):
        return end
    return end + 1


def _surname_after_particle(doc: Doc, sent: Span, start: int, end: int) -> int:
    """Return where a name ends once the surname after a lower-case particle is taken in ("Ana dos Reis
    Lopes", "Luis de la Fuente"), the tagger having ended it at the given name."""
    k = end
    while k < sent.end and k - end < 2 and doc[k].text in _INNER_PARTICLES:
        k += 1
    if k == end or end <= start or not doc[end - 1].is_title or not _name_like(doc[end - 1]):
        return end
    run = _name_run(doc, k, sent.end)
    names = [t for t in doc[k:run] if t.is_title and not _names_an_office(t) and _country_token(t) is None]
    return run if run > k and len(names) == run - k else end


def _names_a_thing(doc: Doc, tokens: Span) -> bool:
    """Say whether a name is a ship's or an animal's ("the frigate Almirante Grau", "the pandas, A and B"), or
    the name of what is set up ("launched Kemitraan Baru")."""
    nouns = VESSEL_NOUNS | ANIMAL_NOUNS
    k = tokens.start - 1
    if k >= 0 and doc[k].is_upper and doc[k].is_alpha:
        k -= 1  # a prefix of the navy ("USS", "INS")
    if k >= 0 and doc[k].lemma_.lower() in nouns:
        return True
    head = tokens.root
    while head.head != head and (head.dep_ in ("conj", "appos", "compound", "oprd")
                                 or (head.dep_ == "acl" and head.lemma_ in ("name", "call"))):
        head = head.head  # "a panda named Xin Xin": through the naming verb to what it names
        if head.lemma_.lower() in nouns:
            return True
    # "a declaration establishing Parseria Foun", "launched Kemitraan Baru": what is set up is no one
    return head.dep_ == "dobj" and head.head.lemma_.lower() in _SET_UP_VERBS


def _a_documents_subject(tok: Token) -> bool:
    """Say whether a name is what a document is on ("an MoU on Multi-sectoral Grant Assistance")."""
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ in _SUBJECT_PREPOSITIONS
            and prep.head.lemma_.lower() in DOCUMENT_NOUNS)


def _a_reporter(tok: Token) -> bool:
    """Say whether a name is the journalist's, by what the sentence says the name does.

    "Sarah Namusoke reports from Kampala" (no object, no clause of what is reported), "Ama Serwaa
    contributed to this report", "Kofi Adu contributed reporting".
    """
    verb = tok.head
    if tok.dep_ != "nsubj":
        return False
    kids = list(verb.children)
    if verb.lemma_.lower() == "report":
        return (any(c.dep_ == "prep" and c.lower_ == "from" for c in kids)
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in kids))
    if verb.lemma_.lower() != "contribute":
        return False
    told = [g for c in kids if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    told += [c for c in kids if c.dep_ in ("dobj", "xcomp")]
    return any(t.lemma_.lower() in _REPORTS for t in told)


def _an_example_of_things(tok: Token) -> bool:
    """Say whether a name is given as one of some things ("corporate giants such as Charoen Pokphand").

    Examples of people ("leaders such as Xi", "figures like Mandela") stay people.
    """
    prep = tok.head
    if tok.dep_ != "pobj" or not (prep.lower_ in ("like", "including")
                                  or (prep.lower_ == "as" and any(c.lower_ == "such"
                                                                  for c in prep.children))):
        return False
    kind = prep.head
    return kind.pos_ == "NOUN" and not {kind.lemma_.lower(), kind.lower_} & _PEOPLE_NOUNS


def _opens_with_preposition(tok: Token) -> bool:
    """Say whether a capitalised word opening a clause is a preposition (the tagger may take it for a name).

    Only where a clause starts: after a title, "To" opens a name ("General Secretary To Lam").
    """
    if not tok.is_title or tok.lower_ in _PARTICLES:
        return False
    if not (tok.is_sent_start or tok.i == 0 or tok.nbor(-1).is_punct):
        return False
    return tok.pos_ == "ADP" or tok.dep_ == "prep" or tok.lower_ in _PREPOSITIONS


def _past_title(doc: Doc, k: int, stop: int) -> int:
    """Return the index after title words from k ("Vice Marshal", "Dr."), else k."""
    while k < stop and (doc[k].lower_ in ROLE_HEADS or doc[k].lower_ in ROLE_MODIFIERS
                        or doc[k].lower_ in HONORIFICS) and not doc[k].is_lower:
        k += 1
    return k


def _without_nickname(tokens: Span) -> str:
    """Return a name as written, less a quoted nickname ("Joko “Jokowi” Widodo" -> "Joko Widodo")."""
    kept: list[Token] = []
    i = 0
    while i < len(tokens):
        if tokens[i].is_quote and i + 2 < len(tokens) and tokens[i + 2].is_quote:
            i += 3
            continue
        kept.append(tokens[i])
        i += 1
    return " ".join(t.text for t in kept) if len(kept) < len(tokens) else tokens.text


def _names_a_body(doc: Doc, start: int) -> bool:
    """Say whether an untitled name names a body: after "<title> of" ("CEO of Comite Colbert") or
    "the" ("the Israeli Shin Bet")."""
    j = start - 1
    if j >= 0 and (doc[j].ent_type_ == "NORP" or _country_token(doc[j]) is not None):
        j -= 1
    if j >= 0 and doc[j].lower_ == "the":
        return True
    return start >= 2 and doc[start - 1].lower_ == "of" and (
        doc[start - 2].lower_ in ROLE_HEADS or doc[start - 2].lower_ in ROLE_ABBREVIATIONS)


def _alone_on_its_line(ctx: Context, doc: Doc, start: int, end: int) -> bool:
    """Say whether an untitled name fills its line: a byline set on a line of its own."""
    text = ctx.text
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    line_start = text.rfind("\n", 0, first) + 1
    line_end = text.find("\n", last)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:first].strip() and not text[last:line_end].strip()


def _title_line_below(ctx: Context, doc: Doc, end: int) -> tuple[str | None, str | None, int]:
    """Return (role, state, evidence end) from the title line right below a name's own line.

    "Samuel Okudzeto Ablakwa / Minister for Foreign Affairs": a signatory or a speaker set out in
    lines. A line that is prose (a full stop, a verb) or a commentator's title is none.
    """
    text = ctx.text
    below = text.find("\n", doc[end - 1].idx) + 1
    line_end = text.find("\n", below)
    line = text[below:len(text) if line_end < 0 else line_end]
    if below == 0 or not line.strip() or len(line) > _TITLE_LINE_MAX or line.rstrip()[-1] in ".!?:":
        return None, None, end
    first = below + len(line) - len(line.lstrip())
    span = doc.char_span(first, first + len(line.strip()), alignment_mode="contract")
    if span is None or not all(_role_phrase_token(t) or t.text == "," for t in span):
        return None, None, end
    if not any(t.lower_ in ROLE_HEADS - _COMMENTATORS for t in span):
        return None, None, end
    role, country = _parse_role(doc, span.start, span.end)
    return (role, country, span.end) if role else (None, None, end)


def _signed_for_state(ctx: Context, doc: Doc, start: int) -> str | None:
    """Return the state a signatory signs for, told before the name on its line or on the line above.

    "For the Republic of Ghana: Samuel Okudzeto Ablakwa, …", or "For the Government of Ghana" above.
    """
    text = ctx.text
    line_start = text.rfind("\n", 0, doc[start].idx) + 1
    before = text[line_start:doc[start].idx]
    if before.strip():
        first, last = line_start, doc[start].idx
    else:
        first, last = text.rfind("\n", 0, max(line_start - 1, 0)) + 1, max(line_start - 1, 0)
    line = text[first:last].strip()
    if not _SIGNED_FOR.match(line) or len(line) > _TITLE_LINE_MAX or line[-1] in ".!?,;":
        return None
    span = doc.char_span(first, last, alignment_mode="contract")
    states = {found.name for k in range(span.start, span.end)
              if (found := _country_at(doc, k, span.end)[0])} if span is not None else set()
    return next(iter(states)) if len(states) == 1 else None


def _listed_on(doc: Doc, start: int, end: int) -> bool:
    """Say whether words after a comma go on as a list: ", Foreign Employment, and …"."""
    return start > 0 and doc[start - 1].text == "," and end < len(doc) and doc[end].text == ","


def _after_place_word(doc: Doc, sent: Span, start: int, end: int) -> bool:
    """Say whether an untitled name follows "in"/"at"/"to" ("on": a topic) and so is likely a place, or is
    joined to one that does ("hospitals in Concepción and Pedro Juan Caballero")."""
    root = doc[start:end].root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    joined = root.i < start and root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS
    return joined or (start > sent.start and doc[start - 1].lower_ in _PLACE_PREPOSITIONS)


_PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "from", "near", "via", "opposite", "on"})


def _is_credit(doc: Doc, start: int) -> bool:
    """Say whether a name is a byline or photo credit ("By Kim Eun-jung", "WRITER: …"), or a release's
    contact ("Inquiries: Anna Virtanen, …")."""
    text = doc_text(doc)
    before = text[max(0, doc[start].idx - _CREDIT_REACH):doc[start].idx].split("\n")[-1]
    line = text[text.rfind("\n", 0, doc[start].idx) + 1:doc[start].idx]
    return _CREDIT.search(before) is not None or _CONTACT_LINE.match(line) is not None


def _name_key(name: str) -> tuple[str, ...]:
    """Return the folded words a name is compared by ("Muhammad", "Jr." left out if others remain)."""
    parts = tuple(re.findall(r"[\w'’-]+", fold(name)))
    kept = tuple(w for w in parts if w not in _NAME_KEY_DROP)
    return kept if len(kept) >= 2 else parts


# --------------------------------------------------------------------------- roles


def _courtesy_only(role: str) -> bool:
    """Say whether a role is one word of courtesy that is a style as well ("Sheikh", "Dato", "Shri")."""
    words = role.lower().split()
    return len(words) == 1 and (words[0] in HONORIFICS or words[0] + "." in HONORIFICS)


def _role_before(doc: Doc, sent: Span, start: int) -> tuple[str | None, str | None, int]:
    """Return (role, state, evidence start) from the title written before a name.

    A courtesy that is a title too ("Peruvian Senator Carlos Cruz") is the role when no title
    stands before it.
    """
    found = _role_before_courtesy(doc, sent, start, past_titles=True)
    if found[0] is None:
        found = _role_before_courtesy(doc, sent, start, past_titles=False)
    return _without_style(found[0]), found[1], found[2]


def _without_style(role: str | None) -> str | None:
    """Return a role less a prince's style between office and name ("Foreign Minister Prince Faisal"), or
    less a diplomat's rank kept as a style after an office told in full ("Under Secretary of State for
    Political Affairs Ambassador X": the office is the role)."""
    if role is None:
        return None
    parts = role.split()
    if (len(parts) > 1 and parts[-1].lower() in _STYLES and parts[-2].lower() not in _PHRASE_GLUE | {"crown"}
            and any(w.lower() in ROLE_HEADS for w in parts[:-1])):
        return " ".join(parts[:-1])
    if (len(parts) > 3 and parts[-1].lower() in _RANK_STYLES and parts[-2].lower() not in _PHRASE_GLUE
            and any(w.lower() in _PHRASE_GLUE for w in parts[:-1])
            and any(w.lower() in ROLE_HEADS and w.lower() not in _RANK_STYLES for w in parts[:-2])):
        return " ".join(parts[:-1])
    return role


def _past_courtesy(doc: Doc, j: int, lo: int, past_titles: bool) -> int:
    """Return the index before the courtesy words that end at j ("H.E. Mr.", "Hon." split "Hon" ".")."""
    while j >= lo:
        tok = doc[j]
        abbreviated = (tok.text == "." and j - 1 >= lo and not doc[j - 1].whitespace_
                       and doc[j - 1].lower_ + "." in HONORIFICS)
        if abbreviated:
            j -= 2
        elif _honorific(tok) and (past_titles or tok.lower_ not in ROLE_HEADS):
            j -= 1
        elif tok.lower_ in RANK_MODIFIERS and j + 1 < len(doc) and _honorific(doc[j + 1]):
            j -= 1  # "Rear Adm.", "Brigadier Gen.": the rank's first word
        elif _leads_a_style(doc, j):
            j -= 1  # "the Most Hon.", "the Rt. Hon.", "Senator the Hon.": the style's opening words
        else:
            break
    return j


def _leads_a_style(doc: Doc, j: int) -> bool:
    """Say whether token j opens a Commonwealth style of address ("the" or "Most" of "Prime Minister the
    Most Hon. Dr. X", "Right" of "the Right Honourable X"), not the article of a role ("the Minister")."""
    return (doc[j].lower_ in _STYLE_OPENINGS and j + 1 < len(doc)
            and doc[j + 1].lower_.rstrip(".") in _STYLE_WORDS)


def _role_before_courtesy(doc: Doc, sent: Span, start: int,
                          past_titles: bool) -> tuple[str | None, str | None, int]:
    j = _past_courtesy(doc, start - 1, sent.start, past_titles)
    if j == start - 1 and j > sent.start and doc[j].text == ",":
        # "Ghanaian President, His Excellency, Nana Akufo-Addo": the courtesy set off by commas
        past = _past_courtesy(doc, j - 1, sent.start, past_titles)
        j = past if past < j - 1 else j
    courtesy = j < start - 1
    if courtesy and j > sent.start and doc[j].lower_ == "the":
        j -= 1  # "…, the Honourable Hugh Todd"
    if j - 2 >= sent.start and doc[j].text == ")" and doc[j - 2].text == "(" and doc[j - 1].is_upper:
        j -= 3  # "Chief Executive Officer (CEO) Son Jae-il"
    comma_after_courtesy = False
    comma = j > sent.start and doc[j].text == ","
    if comma:
        comma_after_courtesy = courtesy
        j -= 1  # "Minister of … of Belarus, Dmitry Pantus"
        if (j - 2 >= sent.start and doc[j - 1].lower_ == "in" and doc[j - 2].lower_ in ROLE_HEADS
                and _a_seat_town(doc[j])):
            j -= 2  # "the Kenyan Ambassador in Rome, X": the post's seat told after the title
    elif (j - 2 >= sent.start and doc[j - 1].lower_ == "in" and doc[j - 2].lower_ in ROLE_HEADS
          and _a_seat_town(doc[j])):
        j -= 2  # "the Ghanaian Ambassador in Lima Kofi Mensah": the seat told between title and name
    if j < sent.start or doc[j].lower_ in _PHRASE_GLUE:
        return None, None, start  # "premier to the Southeast Asian …": no title touches the name
    end = j + 1
    while j >= sent.start and not _opens_a_name(doc, j) and doc[j].lower_ not in _GROUNDS and (
            _role_phrase_token(doc[j]) or _joins_phrase(doc, j, end)
            or _portfolio_comma(doc, j, sent.start) or _portfolios_before_head(doc, j, end)
            or (_plural_portfolio(doc[j]) and any(_portfolios_before_head(doc, c, end)
                                                  for c in (j - 1, j + 1)))
            or _office_of_title(doc, j, sent.start)
            or _in_charge(doc, j, sent.start) or _on_a_topic(doc, j, sent.start)):
        j -= 1
    opened = doc[j + 1].lower_ == "the" or j < sent.start or doc[j].lower_ in _ARTICLES or (
        j - 1 >= sent.start and doc[j].lower_ == "then" and doc[j - 1].lower_ in _ARTICLES | {"the"}) or (
        doc[j].pos_ in ("ADP", "VERB", "AUX", "CCONJ"))  # "met with Qatar's Amir, Sheikh Tamim": after a verb
    first = _trim_phrase(doc, j + 1, end)
    # "… A and Permanent Secretary …, Mrs B", "signed by A and Namibia's Minister of Trade, Hon. B": the title
    # after "and" is B's
    opened = opened or (first > sent.start and doc[first - 1].lower_ in ("and", "the"))
    if comma_after_courtesy and not opened:
        # "X, President of Egypt, H.E. Y": the title before the comma is X's, unless a
        # determiner opens it ("The Peruvian envoy, Ms Rosa Quispe, …") or it opens the sentence
        return None, None, start
    if comma and (_ends_in_name(doc, first, end) or (_apposition_of_the_name_before(doc, sent, first, end)
                                                     and _titled_after(doc, sent, start))):
        return None, None, start  # "ministers A B, C D": the name before the comma is a name
    end = _given_names_after_state(doc, first, end)
    if _a_seat_of_office(doc, first, end):
        return None, None, start  # "at the Prime Minister's Office, Mr. Modi …": a place, no title
    role, country = _parse_role(doc, first, _before_rank(doc, first, end))
    if role is None:
        return None, None, start
    return role, country, first


# Buildings and seats an office-holder's possessive names ("the President's Office", "the Prime
# Minister's residence"): places, not the title of the name after them.
_SEATS = frozenset({"office", "palace", "house", "residence", "secretariat", "building", "headquarters",
                    "lodge", "compound", "mansion"})


def _titled_after(doc: Doc, sent: Span, start: int) -> bool:
    """Say whether the name from start has its own title in apposition after it ("B, deputy minister, …")."""
    return _role_after(doc, sent, _name_run(doc, start, sent.end))[0] is not None


def _apposition_of_the_name_before(doc: Doc, sent: Span, first: int, end: int) -> bool:
    """Say whether the title between two commas is the name's before it ("A, ambassador of Nepal to China,
    B, joint secretary …": the ambassador is A, B having a title of its own after it)."""
    k = first - 1 - (first - 1 >= sent.start and doc[first - 1].lower_ in ("the", "a", "an"))
    if k - 1 < sent.start or doc[k].text != ",":
        return False
    head = doc[end - 1]
    return doc[k - 1].ent_type_ == "PERSON" or (
        head.dep_ == "appos" and head.head.i == k - 1 and head.head.pos_ == "PROPN" and _name_like(head.head))


def _a_seat_of_office(doc: Doc, first: int, end: int) -> bool:
    """Say whether a title-like phrase is an office-holder's seat ("the Prime Minister's Office"), not a
    title held in it ("Minister of State in the President's Office")."""
    return end - first >= 3 and doc[end - 1].lower_ in _SEATS and doc[end - 2].lower_ in ("'s", "’s") \
        and not any(t.lower_ in ("in", "at", "of", "for") for t in doc[first:end - 2])


def _given_names_after_state(doc: Doc, first: int, end: int) -> int:
    """Return where a title ends when the state closing it is followed by given names the tagger left out.

    "Governor of the Bank of Ghana Johnson Pandit Asiama", spaCy tagging only "Asiama": the title
    ends at "Ghana", and "Johnson Pandit" are the person's.
    """
    for i in range(first + 1, end):
        found, stop = _country_at(doc, i, end)
        if found is None or doc[i - 1].lower_ not in ("of", "the") or not first < stop < end:
            continue
        given = doc[stop:end]
        if len(given) <= 3 and all(_name_like(t) and t.pos_ == "PROPN" and not is_role_word(t.lower_)
                                   and t.lower_ not in NON_PERSON_WORDS and _country_token(t) is None
                                   for t in given):
            return stop
    return end


def _before_rank(doc: Doc, first: int, end: int) -> int:
    """Return where a post ends when a military rank follows it ("Chief of Air Staff Air Vice Marshal").

    The rank is the person's grade, not the post: it is cut off when a whole title stands before
    it, one that does not end on a head word ("Secretary General", "Director General" are one title).
    """
    if end - 1 <= first or doc[end - 1].lower_ not in RANK_HEADS:
        return end
    k = end - 1
    while k - 1 > first and doc[k - 1].lower_ in RANK_MODIFIERS | {"chief", "field"} and doc[k - 1].is_title:
        k -= 1
    post = doc[k - 1]
    if (not post.whitespace_ or not post.is_alpha or post.lower_ in _PHRASE_GLUE or post.lower_ in ROLE_HEADS
            or not _has_head(doc, first, k)):  # … nor "Secretary-General"
        return end
    return k


def _opens_a_name(doc: Doc, j: int) -> bool:
    """Say whether courtesy j opens a name, so no title reaches past it ("… Trade Dr. Ana Cecilia")."""
    return (_honorific(doc[j]) and doc[j].lower_ not in ROLE_HEADS and j + 1 < len(doc)
            and _name_like(doc[j + 1]) and not _in_a_state(doc[j + 1]))


def _office_of_title(doc: Doc, j: int, lo: int) -> bool:
    """Say whether "at"/"in" j ties a title to its office ("State Secretary at the Ministry of …")."""
    return (doc[j].lower_ in ("at", "in") and j - 1 >= lo and j + 2 < len(doc)
            and doc[j - 1].is_title and _title_ends_at(doc, j - 1, lo)
            and doc[j + 1].lower_ == "the" and doc[j + 2].is_title)


def _in_charge(doc: Doc, j: int, lo: int) -> bool:
    """Say whether j, read backwards, is in the "in charge of" of a title ("Minister Delegate in charge of
    the Budget")."""
    low = doc[j].lower_
    if low == "charge":
        return j - 1 >= lo and doc[j - 1].lower_ == "in" and j + 1 < len(doc) and doc[j + 1].lower_ == "of"
    return low == "in" and j + 2 < len(doc) and doc[j + 1].lower_ == "charge" and doc[j + 2].lower_ == "of"


def _on_a_topic(doc: Doc, j: int, lo: int) -> bool:
    """Say whether "on" j, read backwards, ties a title to its topic ("Adviser on Commerce", "Special Envoy
    on Climate Change", "Adviser to the Prime Minister on Finance"): a title-case word after it, and an
    adviser's or envoy's title in the title-case words before it."""
    topic = j + 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")  # "… on the Peace Process"
    if doc[j].lower_ != "on" or topic >= len(doc) or not doc[topic].is_title:
        return False
    k = j - 1
    while k >= lo and (doc[k].is_title or doc[k].lower_ in _PHRASE_GLUE):
        if doc[k].lower_ in TOPIC_TITLES:
            return True
        k -= 1
    return False


def _title_ends_at(doc: Doc, k: int, lo: int) -> bool:
    """Say whether a title ends at k: its head, or "<head> of <portfolio>" ("Minister of State")."""
    if doc[k].lower_ in ROLE_HEADS:
        return True
    return k - 2 >= lo and doc[k - 1].lower_ in ("of", "for") and doc[k - 2].lower_ in ROLE_HEADS


def _portfolio_comma(doc: Doc, j: int, lo: int) -> bool:
    """Say whether comma j lists a title's portfolios ("Minister of Foreign Affairs, Tourism …")."""
    if doc[j].text != "," or j - 1 < lo or not doc[j - 1].is_title:
        return False
    if j + 1 < len(doc) and doc[j + 1].lower_ in ("and", "the") and _heads_a_title(doc, j + 2):
        # "…, and Minister of Transport …", "the Minister of … of Ecuador, Gabriela Salazar, the
        # Minister of …": the comma ends one person's title and name ("…, and National Policies, X"
        # is the title's last portfolio)
        return False
    if doc[j - 1].ent_type_ == "PERSON" or _title_after_comma(doc, j):
        return False
    k = j - 1
    while k >= lo and (doc[k].is_title or doc[k].lower_ in _PHRASE_GLUE or doc[k].text == ","):
        if doc[k].lower_ in ROLE_HEADS:
            return any(t.lower_ in ("of", "for") for t in doc[k:j])
        k -= 1
    return False


def _heads_a_title(doc: Doc, k: int) -> bool:
    """Say whether the words from k hold a title's head ("National Security Adviser")."""
    while k < len(doc) and doc[k].lower_ in ROLE_MODIFIERS:
        k += 1
    return k < len(doc) and (doc[k].lower_ in ROLE_HEADS or doc[k].lower_ in ROLE_ABBREVIATIONS)


def _has_head(doc: Doc, start: int, end: int) -> bool:
    return any(t.lower_ in ROLE_HEADS or t.lower_ in ROLE_ABBREVIATIONS for t in doc[start:end])


def _portfolio_like(tok: Token) -> bool:
    """Say whether a word can end a portfolio before a title's head: a portfolio's noun, or a title-case
    modifier of a role that is no head ("Trade", "Foreign")."""
    low = tok.lower_
    return _portfolio_word(tok) or (tok.is_title and low in ROLE_MODIFIERS and low not in ROLE_HEADS)


def _portfolios_before_head(doc: Doc, j: int, end: int) -> bool:
    """Say whether comma j lists portfolios before a title's head ("Energy, Water Resources and Irrigation
    Minister X", "Trade, Industry and Tourism Minister X"): a portfolio's word before it, and after it
    title-case words joined by "and" up to the head, with no "of" or "for" between."""
    if doc[j].text != "," or j == 0 or not (doc[j - 1].is_title and (
            _portfolio_like(doc[j - 1]) or _plural_portfolio(doc[j - 1]))):
        return False
    between = doc[j + 1:end]
    return (len(between) >= 3 and between[-1].lower_ in ROLE_HEADS and any(t.lower_ == "and" for t in between)
            and all(t.is_title or t.lower_ == "and" for t in between)
            and not any((t.ent_type_ == "PERSON" and not _plural_portfolio(t)) or _country_token(t)
                        for t in between))


def _plural_portfolio(tok: Token) -> bool:
    """Say whether a capitalised word is a plural noun that may name a portfolio in a list before a head
    ("Roads, Bridges and Highways Secretary X"; the tagger may call "Bridges" a person)."""
    low = tok.lower_
    return (tok.is_title and tok.pos_ in ("NOUN", "PROPN") and low.endswith("s") and not low.endswith("ss")
            and (tok.tag_ in ("NNS", "NNPS") or not tok.ent_type_) and low not in ROLE_PLURALS
            and _country_token(tok) is None)


def _joined_portfolios(doc: Doc, first: int, i: int, end: int) -> bool:
    """Say whether "and" i joins two portfolios before one head ("Environment and Tourism Minister",
    "Trade and Industry Minister", "Lands and Natural Resources Minister"): a portfolio's noun on each
    side, the right one's last before the head, up to three title-case words ("Housing and Local
    Government Minister": two words or more, none a state's or a person's, need no portfolio noun)."""
    if doc[i].lower_ != "and" or not first < i or not (
            _portfolio_like(doc[i - 1]) or _plural_portfolio(doc[i - 1])):
        return False
    k = i + 1
    while k < min(end, i + 4) and doc[k].is_title and doc[k].lower_ not in ROLE_HEADS:
        k += 1
    right = doc[i + 1:k]
    return k > i + 1 and k < end and _has_head(doc, k, end) and (
        _portfolio_like(doc[k - 1]) or _plural_portfolio(doc[k - 1]) or (
        len(right) > 1 and not any(t.ent_type_ in ("PERSON", "GPE", "NORP") or _country_token(t)
                                   for t in right)))


def _trim_phrase(doc: Doc, first: int, end: int) -> int:
    """Return where the title phrase before a name really starts.

    A joined title ("Deputy Prime Minister and Foreign Minister") is kept only if its
    left part is a title too: "The Prime Minister and President Lukashenko" names two
    people, "Meeting of President Biden" is no title, "Thailand and President X" neither.
    """
    for i in range(end - 1, first - 1, -1):
        low = doc[i].lower_
        if (low not in ("and", "of", "for", "to") or _joined_portfolios(doc, first, i, end)
                or _end_of_state_over(doc, i) > i):
            continue  # "Bosnia and Herzegovina Foreign Minister": a state's "and"
        left_starts_the = doc[first].lower_ == "the"
        if (not _has_head(doc, first, i) or (left_starts_the and low == "and" and _has_head(doc, i + 1, end))
                or (low == "and" and (_ends_in_name(doc, first, i) or _name_before_title(doc, first, i, end)
                                      or _one_name_before_title(doc, first, i, end)))
                or (low == "and" and i + 1 < end and _country_at(doc, i + 1, end)[0] is not None
                    and not _people_abroad(doc, i + 1, end))):
            first = i + 1
            break
    for i in range(end - 1, first, -1):
        if doc[i].lower_ == "the" and doc[i - 1].lower_ not in _PHRASE_GLUE and doc[i - 1].text != "," and (
                doc[i - 1].pos_ != "ADP"):  # "State Secretary at the Ministry of …" is one title
            first = i  # "received at Bayan Palace the Prime Minister of …": the title opens at "the"
            break
    while first < end and doc[first].lower_ in _PHRASE_GLUE | _POSSESSIVE:
        first += 1
    return _past_kicker(doc, first, end)


def _past_kicker(doc: Doc, first: int, end: int) -> int:
    """Return where a title starts after a caption's kicker in capitals ("BILATERAL MEETING Foreign Affairs
    Secretary X"): two or more words in capitals, none a title's word, before a title-case word."""
    k = first
    while (k < end and doc[k].is_upper and doc[k].is_alpha and len(doc[k]) > 1
           and not is_role_word(doc[k].lower_) and _country_token(doc[k]) is None):
        k += 1
    long_word = any(len(t) > 3 for t in doc[first:k])
    return k if k - first >= 2 and long_word and k < end and doc[k].is_title else first


def _affairs_of_a_region(doc: Doc, k: int, end: int) -> bool:
    """Say whether the demonym at k names a desk's region ("… for American Affairs", "… for African
    Affairs"), after "for" or "of" and before "Affairs"."""
    after = _country_at(doc, k, end)[1]
    return (k > 0 and doc[k - 1].lower_ in ("for", "of") and after < end and doc[after].lower_ == "affairs"
            and doc[k].lower_ not in ("foreign", "external"))


def _a_continent(doc: Doc, k: int, lo: int) -> bool:
    """Say whether the state word at k ends a continent's name, a portfolio's region ("… for Europe and
    North America", "… for Latin America"): a compass word before it, the two naming no state."""
    return k > lo and doc[k - 1].lower_ in REGION_MODIFIERS and doc[k - 1].text[:1].isupper()


def _people_abroad(doc: Doc, k: int, end: int) -> bool:
    """Say whether the state word at k is a people abroad, a portfolio ("… and Togolese Abroad")."""
    after = _country_at(doc, k, end)[1]
    return after < end and doc[after].lower_ in _ABROAD


def _name_before_title(doc: Doc, first: int, i: int, end: int) -> bool:
    """Say whether "and" at i parts a portfolio's holder from the next title.

    "Deputy Minister of Defence Pramitha Bandara Tennakoon and Secretary to …": two name words
    before it, a title after it.
    """
    return (i - first >= 4 and i + 1 < end and (_is_title_token(doc[i + 1]) or _heads_a_title(doc, i + 1))
            and all(_name_like(t) and t.pos_ == "PROPN" for t in doc[i - 2:i]))


def _one_name_before_title(doc: Doc, first: int, i: int, end: int) -> bool:
    """Say whether "and" at i follows one title and one name and opens another title ("President Ruto
    and President Museveni", "Foreign Minister Ablakwa and Trade Minister …"): two people."""
    name = doc[i - 1]
    return (i - 2 >= first and doc[i - 2].lower_ in ROLE_HEADS and name.pos_ == "PROPN" and _name_like(name)
            and i + 1 < end and (_is_title_token(doc[i + 1]) or _heads_a_title(doc, i + 1)))


def _ends_in_name(doc: Doc, first: int, end: int) -> bool:
    """Say whether a phrase ends in a title and a name ("Adviser Ajit Doval")."""
    heads = [i for i in range(first, end) if doc[i].lower_ in ROLE_HEADS]
    if not heads:
        return False
    k = heads[-1] + 1
    while k < end and _honorific(doc[k]):
        k += 1  # "Health Minister Dr Cyril Mwale"
    tail = doc[k:end]
    return len(tail) >= 2 and all(_name_like(t) for t in tail)


def _title_in_brackets(doc: Doc, k: int, stop: int) -> bool:
    """Say whether a bracket at k opens a title ("Leonaitasi Kuluni (Deputy Secretary, Ministry of …)")."""
    return (k + 1 < stop and doc[k].text == "(" and doc[k + 1].is_title
            and any(t.lower_ in ROLE_HEADS for t in doc[k + 1:min(k + 5, stop)]))


_BRACKET_REACH = 8  # tokens a portfolio in brackets runs to
_BARE_RANKS = words("deputy vice assistant acting junior")  # of a title that names no portfolio


def _bare_title(role: str) -> bool:
    """Say whether a title names no portfolio ("Minister", "Deputy Minister"; not "Foreign Minister")."""
    *ranks, head = role.lower().split()
    return head in ROLE_HEADS and all(w in _BARE_RANKS for w in ranks)


def _portfolio_in_brackets(doc: Doc, k: int, stop: int) -> str | None:
    """Return the portfolio a bracket at k gives a bare title ("Dr A (Foreign Affairs)", "Cde B (Industry
    and Commerce)"): capitalised words each of an office or a sector, with "and" and commas between."""
    if k >= stop or doc[k].text != "(":
        return None
    close = next((i for i in range(k + 1, min(k + _BRACKET_REACH, stop)) if doc[i].text == ")"), None)
    inside = doc[k + 1:close] if close is not None and close > k + 1 else None
    if inside is None:
        return None
    for t in inside:
        glue = t.lower_ in ("and", "&", ",")
        office = t.is_title and (t.lower_ in ROLE_MODIFIERS | PORTFOLIO_NOUNS or is_sector_phrase(t.text))
        if not (glue or office) or t.lower_ in _POSITION_WORDS:
            return None
    return inside.text if inside[0].is_title and inside[-1].is_title else None


def _past_position(doc: Doc, k: int, stop: int) -> int:
    """Return the index after a caption's "(right)", "(second left)" or "(L)" at k, else k."""
    if k >= stop or doc[k].text != "(":
        return k
    close = next((i for i in range(k + 1, min(k + 5, stop)) if doc[i].text == ")"), None)
    if close is None or close == k + 1 or not all(t.lower_ in _POSITION_WORDS for t in doc[k + 1:close]):
        return k
    return close + 1


def _past_post_nominal(doc: Doc, k: int, stop: int) -> int:
    """Return the comma after a name's letters set off by commas (", MP,", ", CBE,"), else k."""
    if k + 2 < stop and doc[k].text == "," and doc[k + 1].lower_.strip(".") in _POST_NOMINALS and (
            doc[k + 2].text == ","):
        return k + 2
    return k


def _role_after(doc: Doc, sent: Span, end: int) -> tuple[str | None, str | None, int]:
    """Return (role, state, evidence end) from an apposition: "X, President of Belarus,", "X (left),
    Minister of …" in a caption."""
    end = _past_position(doc, end, sent.end)
    nominal = _past_post_nominal(doc, end, sent.end)
    if nominal > end and (office := _role_after(doc, sent, nominal))[0] is not None:
        return office  # "James Cleverly, MP, Secretary of State for …": the office after the letters
    if end >= sent.end or doc[end].text not in _APPOSITION_MARKS:
        return None, None, end  # "X, Minister of …", "X – Minister of …"
    j = end + 1
    if j < sent.end and doc[j].lower_ == "and":
        return None, None, end  # "…, and Minister of Transport X": the next item of a list
    if j + 1 < sent.end and doc[j].lower_ == "who" and doc[j + 1].lemma_ == "be":
        j += 2  # "Butale, who is Botswana's Minister of Trade,": the title in a clause of its own
        if j < sent.end and doc[j].lower_ in ("also", "currently", "now"):
            j += 1
    if j < sent.end and doc[j].lower_ in ("the", "a", "an"):
        j += 1
    first = j
    while j < sent.end and (_role_phrase_token(doc[j]) or _continues_phrase(doc, j)
                            or (j > first and _portfolios_listed_on(doc, j, sent.end))):
        if doc[j].lower_ == "and" and j + 1 < sent.end and (
                _country_token(doc[j + 1]) or (_name_like(doc[j + 1]) and doc[j + 1].ent_type_ == "PERSON")):
            break  # "…, Minister of Agriculture and Chinese Ambassador Han Zhiqiang"
        j += 1
    while j > first and doc[j - 1].is_lower and not _has_head(doc, j - 1, j):
        j -= 1  # "…, the investment minister in charge, said": the title ends on its head word
    if j < sent.end and j > first and doc[j].ent_type_ == "PERSON" and _name_like(doc[j]):
        return None, None, end  # "A, Trade Adviser B": the next item's title, heading its name
    role, country = _parse_role(doc, first, j)
    if role is None:
        return None, None, end
    return role, country, j


def _portfolios_listed_on(doc: Doc, j: int, stop: int) -> bool:
    """Say whether comma j, in a title after a name, lists its portfolios on to an "and" ("X, Secretary of
    State for Foreign, Commonwealth and Development Affairs, …"): capitalised words that head no title and
    name no state or person run from it to "and" and a capitalised word."""
    if doc[j].text != "," or not doc[j - 1].is_title or doc[j - 1].lower_ in ROLE_HEADS:
        return False
    k = j + 1
    while (k < stop and doc[k].is_title and doc[k].lower_ not in ROLE_HEADS and doc[k].ent_type_ != "PERSON"
           and _country_token(doc[k]) is None):
        k += 1
    return k > j + 1 and k + 1 < stop and doc[k].lower_ == "and" and doc[k + 1].is_title


def _past_territory(doc: Doc, end: int, stop: int) -> int:
    """Return where a peer's name ends past its territorial designation ("Lord Collins of Highbury"),
    else end."""
    if end - 2 < 0 or doc[end - 2].lower_ not in _PEER_STYLES or end + 1 >= stop or doc[end].lower_ != "of":
        return end
    k = end + 1
    while k < stop and _name_like(doc[k]) and _country_token(doc[k]) is None:
        k += 1
    return k if k > end + 1 else end


def _joins_phrase(doc: Doc, j: int, end: int) -> bool:
    """Say whether token j, read backwards, continues a title: "Secretary-General", "investment minister"."""
    tok = doc[j]
    if tok.text == "-":
        return not tok.whitespace_ and j > 0 and not doc[j - 1].whitespace_
    nxt = doc[j + 1] if j + 1 < end else None
    return (nxt is not None and tok.is_lower and tok.pos_ in ("NOUN", "ADJ")
            and nxt.is_lower and (is_role_word(nxt.lower_) or nxt.pos_ == "NOUN"))


def _continues_phrase(doc: Doc, j: int) -> bool:
    """Say whether token j, read forwards, continues a title after a name (lower-case words too)."""
    tok = doc[j]
    if tok.text == "-":
        return not tok.whitespace_ and j > 0 and not doc[j - 1].whitespace_
    return tok.is_lower and tok.pos_ in ("NOUN", "ADJ")


def _role_phrase_token(tok: Token) -> bool:
    low = tok.lower_
    if tok.is_title and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in _TITLE_OPENERS.get(low, ()):
        return True  # "Under Secretary of State X", "Crown Prince X" (tagged in the name): the title opens
    if (low in _PHRASE_GLUE or low in _POSSESSIVE or is_role_word(low) or low in ROLE_ABBREVIATIONS
            or low in _ABROAD):
        return True
    if tok.pos_ in ("VERB", "AUX", "PRON", "NUM") or tok.ent_type_ in TIME_ENTS:
        return False  # "Yesterday Governor Wang …": a time opens the clause, not the title
    if (tok.ent_type_ == "PERSON" and not _in_a_state(tok) and not _a_capital(tok)
            and not _portfolio_word(tok) and not _joined_to_portfolio(tok.doc, tok.i, tok.sent.start)):
        return False  # another person's name ends the title (spaCy may tag a state or a portfolio PERSON)
    return (tok.is_title and tok.pos_ in ("PROPN", "NOUN", "ADJ")) or (tok.is_upper and len(low) > 1)


def _of_state(parts: list[Token]) -> bool:
    """Say whether a title's words end in "<head> of State" ("Secretary of State", "Minister of State"),
    which the state's formal name after it ("… of the United States") leaves in the title."""
    return (len(parts) >= 3 and parts[-1].text == "State" and parts[-2].lower_ == "of"
            and parts[-3].lower_ in ROLE_HEADS)


def _parse_role(doc: Doc, first: int, end: int) -> tuple[str | None, str | None]:
    """Return (role, state) from a title phrase: country words out, "of <state>" out."""
    country: Country | None = None
    parts: list[Token] = []
    i = first
    while i < end:
        found, stop = _country_at(doc, i, end)
        if found is not None and (_affairs_of_a_region(doc, i, end) or _a_continent(doc, i, first)):
            parts.extend(doc[i:stop])  # "… for American Affairs": a desk, not the holder's state
            i = stop
            continue
        if found is not None and _people_abroad(doc, i, end):
            country = country or found  # "… and Beninese Abroad": the state's people, a portfolio kept
            parts.extend(doc[i:stop])
            i = stop
            continue
        if found is not None:
            country = country or found
            if _body_of_state(parts):
                parts.extend(doc[i:stop])  # "Governor of the Bank of Ghana": the bank's name kept
                i = stop
                continue
            if stop < end and doc[stop].is_title and doc[stop].lower_ not in _PHRASE_GLUE:
                if parts and parts[-1].lower_ == "of":
                    parts.extend(doc[i:stop])  # "… of the Communist Party of Vietnam Central Committee"
                i = stop  # "Commander of the Peruvian Navy": the demonym out, "of the Navy" kept
                continue
            if parts and parts[-1].lower_ == "the" and len(parts) > 1 and parts[-2].lower_ == "of":
                parts.pop()  # "… of the Philippines"
            if parts and parts[-1].lower_ == "of":  # "President of (the Republic of) Belarus"
                parts.pop()
                while parts and parts[-1].lower_ in _STATE_FORMS and not _of_state(parts):
                    parts.pop()
            i = stop
            continue
        if doc[i].lower_ not in _POSSESSIVE or (parts and _country_at(doc, i - 1, i)[0] is None):
            parts.append(doc[i])
        i += 1
    while parts and (parts[0].lower_ in _PHRASE_GLUE or (_honorific(parts[0]) and (
            len(parts) > 1 or parts[0].lower_ not in ROLE_HEADS))):
        parts.pop(0)  # "His Excellency President …": the courtesy is no part of the role ("Senator" alone is)
    while parts and parts[-1].lower_ in _PHRASE_GLUE:
        parts.pop()
    if not any(t.lower_ in ROLE_HEADS or t.lower_ in ROLE_ABBREVIATIONS for t in parts):
        return None, None
    # the plural head of a title before a list of names ("Cabinet Secretaries A and B"), not one
    # inside its complement ("Deputy Chairman of the Cabinet of Ministers")
    plural_head = len(parts) == 1 or parts[-2].lower_ not in _PHRASE_GLUE
    # "ministers of trade, A; of energy, B": the plural title shared by a series, each holding one
    head = next(t for t in parts if t.lower_ in ROLE_HEADS or t.lower_ in ROLE_ABBREVIATIONS)
    shared = head.lower_ in ROLE_PLURALS and head.i + 1 < end and doc[head.i + 1].lower_ == "of"
    text = "".join((_singular(t) if (t is parts[-1] and plural_head) or (t is head and shared) else t.text)
                   + t.whitespace_ for t in parts).strip()
    return expand_role(text), country.name if country else None


def _body_of_state(parts: list[Token]) -> bool:
    """Say whether a title's words so far end in a body that a state's name ends ("… the Bank of",
    "… the Central Bank of the")."""
    words_ = [t for t in parts if t.lower_ != "the"]
    return (len(words_) > 1 and words_[-1].lower_ == "of" and words_[-2].is_title
            and words_[-2].lower_ in _STATE_NAMED_BODIES)


def _singular(tok: Token) -> str:
    """Return a plural title word in the singular ("Secretaries" -> "Secretary"), else the word."""
    one = ROLE_PLURALS.get(tok.lower_)
    if one is None:
        return tok.text
    return one.capitalize() if tok.text[:1].isupper() else one


# --------------------------------------------------------------------------- merging


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Say whether two name keys denote one person ("Shahbaz Sharif", "Shehbaz Sharif")."""
    if not a or not b:
        return False
    a, b = _without_articles(a), _without_articles(b)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if set(short) <= set(long_) or _run_together(a) == _run_together(b):
        return True  # … or "Lee Jae-myung" and "Lee Jae Myung"
    if len(short) == 1:
        return any(len(w) >= 5 and difflib.SequenceMatcher(None, short[0], w).ratio() >= 0.85
                   for w in long_)
    if a[-1] == b[-1] and a[0][0] == b[0][0]:
        return not _other_given_name(a[0], b[0])
    # spellings of one name ("Mohamed Shafiq", "Mohammed Shafeeq"), word by word: a shared given name
    # makes two people's names alike as wholes ("Mohamed Shafeeq", "Mohamed Saeed")
    return len(a) == len(b) and difflib.SequenceMatcher(None, " ".join(a), " ".join(b)).ratio() >= 0.85 \
        and all(difflib.SequenceMatcher(None, x, y).ratio() >= _SPELLING_RATIO
                for x, y in zip(a, b, strict=True))


_SPELLING_RATIO = 0.75  # how alike two spellings of one name's word are ("shafiq", "shafeeq")


def _other_given_name(a: str, b: str) -> bool:
    """Say whether two given names of one family name are two people's ("Joe Biden" and "Jill
    Biden"), not an initial, a short form or a spelling of one ("S. Sharif", "Mohd", "Shahbaz")."""
    a, b = a.rstrip("."), b.rstrip(".")
    if min(len(a), len(b)) <= 2 or a.startswith(b) or b.startswith(a):
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() < 0.6


def _without_articles(key: tuple[str, ...]) -> tuple[str, ...]:
    """Return a name key less the Arabic article glued to its words ("al-kindi" -> "kindi")."""
    return tuple(_ARTICLE_PREFIX.sub("", w) or w for w in key)


def _run_together(key: tuple[str, ...]) -> str:
    """Return a name key's words run together without hyphens ("lee jae-myung" -> "leejaemyung")."""
    return "".join(key).replace("-", "")


def _titles_agree(m: _Mention, group: list[_Mention]) -> bool:
    """Say whether a mention's title may be a group's: a king is no office holder ("King Ibrahim")."""
    roles = [g.role for g in group if g.role]
    return m.role is None or not roles or any(_royal(m.role) == _royal(r) for r in roles)


def _royal(role: str) -> bool:
    return any(w in ROYAL_TITLES for w in role.lower().split())


def _group(mentions: list[_Mention]) -> list[list[_Mention]]:
    """Return the mentions grouped by person, fullest names first, untitled lone words dropped."""
    groups: list[list[_Mention]] = []
    for m in sorted(mentions, key=lambda m: (-len(m.key), -len(m.name))):  # "Sheikh Hasina" over "Hasina"
        home = next((g for g in groups if _same_person(m.key, g[0].key) and _titles_agree(m, g)), None)
        if home is None and len(m.key) == 1 and (m.role or m.marked):
            # "Prince Mohammed" after "Mohammed bin Salman": a titled given name the key leaves out
            home = next((g for g in groups
                         if _name_key(g[0].name.split()[0]) == m.key and _titles_agree(m, g)), None)
        if home is not None:
            home.append(m)
        elif (len(m.key) > 1 or (m.tagged and (m.role or m.speaks or m.marked)) or (m.listed and m.role)
              or (m.counterpart_of is not None and m.role)):  # "his Indonesian counterpart Prabowo"
            # a lone name counts with a title ("President Biden"), speaking or marked, or listed
            # with another under a plural title ("Presidents Xi and Prabowo", whichever the tagger
            # calls ORG; not "the Presidents Cup")
            groups.append([m])
    # an untitled name that is ever written "in X" / "to X" is a place spaCy took for a person
    groups = [g for g in groups if any(m.role for m in g) or not any(m.after_place_word for m in g)]
    groups.sort(key=lambda g: min(m.start for m in g))
    return groups


def _person(ctx: Context, group: list[_Mention]) -> Person:
    """Return one person from its mentions: fullest name, most specific role, best evidence."""
    name = group[0].name
    titled = [m for m in group if m.role]
    # "Sultan Ibrahim Iskandar" beside "King Sultan Ibrahim": a title that opens the name is its style
    styled = [m for m in titled if (m.role or "").lower() != name.split()[0].lower()]
    titled = styled or titled
    best = max(titled, key=lambda m: len(m.role or "")) if titled else min(group, key=lambda m: m.start)
    country = best.country or next((m.country for m in group if m.country), None)
    return Person(name=name, role=best.role, country=country,
                  evidence=ctx.evidence(best.start, best.end))
