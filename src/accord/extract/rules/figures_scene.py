"""Counts around a visit that tell of one side or of the scene, not of the relation (issue 9, figs8).

Each test takes the token a number counts (`figures._counted`) and reads the parse around it:
one side's people living abroad, a firm's workforce, gifts handed to a person, places a tour
takes in, things of a past long gone, a price per unit.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from accord.extract.rules.roles import words
from accord.lexicon import CURRENCY_NAMES, SPEECH_VERBS, VESSEL_NOUNS
from accord.normalize.countries import gazetteer

# Verbs of where people live ("2.5 million Ghanaians live abroad", "800 expatriates are based in Lima").
_RESIDE_VERBS = words("live reside settle dwell base stay")
# Nouns of people, so that "1,500 Peruvians live in Ghana" and "4,000 nationals reside" are residents.
_RESIDENT_NOUNS = words("national citizen expatriate expat emigrant migrant immigrant people person resident "
                        "worker family")
# Bodies of one side's people abroad, measured as a whole ("the diaspora is estimated at 3,000").
_SETTLED_NOUNS = words("diaspora community")
# Those a firm or body has on its payroll ("which has 270,000 employees").
_STAFF_NOUNS = words("employee staff worker personnel workforce")
# Verbs and nouns of a gift handed over ("presented his host with two horses", "three camels as gifts").
_GIFT_NOUNS = words("gift present souvenir token memento")
_GIVE_VERBS = words("give present gift offer hand")
# Places counted on a journey ("the tour takes in four countries", "a tour of five capitals").
_PLACE_COUNTS = words("country nation capital city continent state region")
_TRIP_NOUNS = words("tour trip visit journey mission swing")
# A state's own parts where the people a deal reaches are ("farmers in 12 districts", "across 40 villages").
_AREA_NOUNS = words("district province county village municipality prefecture commune")
_WHERE_WORDS = words("in across throughout")
# Words of a unit a price is given per ("$8,000 a tonne"); a time makes it a rate of flow instead.
_PRICE_OPENERS = words("a an per each")
_PRICE_VERBS = words("cost fetch")
TIME_UNITS = words("year month week day annum quarter hour decade")
# Machines whose abilities a count describes ("the launcher can fire 12 rockets").
_MACHINE_NOUNS = VESSEL_NOUNS | words("launcher aircraft airliner plane jet helicopter drone missile rocket "
                                      "tank vehicle train locomotive engine reactor satellite radar")
# What a thing measures or holds of its own, told as "a N of …" ("a displacement of 2,600 tonnes").
_SPEC_NOUNS = words("displacement weight length width height range speed altitude depth tonnage fleet "
                    "arsenal")
# Verbs of speaking: who is counted as their subject is who spoke ("three sources said").
_SPEAK_VERBS = SPEECH_VERBS | words("speak brief insist warn")
# Nouns of those a report quotes without naming them ("two sources", "three sources close to the talks").
_SOURCE_NOUNS = words("source")
# Works and places whose parts a count describes ("the port has two berths", "the hospital has 400 beds").
_FACILITY_NOUNS = words("port terminal harbour harbor airport hospital clinic school university campus "
                        "stadium arena plant factory refinery mine dam bridge station building hall centre "
                        "center complex embassy hotel museum palace venue library fort")
_PART_VERBS = words("have boast feature house comprise handle hold seat accommodate")
# Those who guard an event, and the verbs that put them there ("2,000 police officers were deployed").
_GUARD_NOUNS = words("police policeman policemen policewoman officer personnel guard bodyguard")
_GUARD_MARKS = words("police security riot traffic")
_POST_VERBS = words("deploy mobilize mobilise station post assign")
# The honours of a welcome: a guard of honour, and what a salute fires ("82 blank rounds were fired").
_HONOUR_WORDS = words("honour honor ceremonial")
_FIRE_VERBS = words("fire shoot")
# What those in a rite of the day do or get ("31 youths raised the flag", "15 pupils given awards").
_RITE_NOUNS = words("flag anthem wreath award prize medal trophy")
# A vote's tally in a parliament ("71 votes in favour and 3 against", "voted 98 to 4", "312 deputies voting").
_VOTE_WORDS = words("vote ballot abstention")
# How long before the report a past is history, not the relation's present (years).
_HISTORY_YEARS = 20
_YEARS_AGO = re.compile(r"(?i)\b(\w+)(?:[\s-]\w+)?\s+years?\s+ago\b|\b(?:decades|centuries)\s+ago\b")
# Number words of twenty or more, which open "fifty years ago" and "a hundred years ago".
_SCORES = words("twenty thirty forty fifty sixty seventy eighty ninety hundred")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
# Prepositions of a span that runs from a past year to now ("since 1992").
_RUNNING_SINCE = words("since")
# Eras long gone that a phrase of time may name instead of a year ("during the Second World War").
_BYGONE = re.compile(r"(?i)\b(?:world war|cold war|colonial|empire)\b")


def vote_tally(counted: Token) -> bool:
    """Say whether a count is a vote's tally: votes cast ("3 against" beside "71 votes"), a vote's
    numbers ("voted 98 to 4") or those who voted ("312 deputies voting in favour")."""
    near = [counted, counted.head, counted.head.head]
    if any(t.lemma_.lower() in _VOTE_WORDS for t in near if t.pos_ in ("NOUN", "PROPN", "NUM")):
        return True  # "54 votes to 12": the "12" hangs on the votes through "to"
    if counted.pos_ == "NUM" and any(t.lemma_ == "vote" and t.pos_ == "VERB" for t in near):
        return True  # "voted 98 to 4"
    if any(c.lemma_ == "vote" and c.pos_ == "VERB" and c.dep_ in ("acl", "relcl") for c in counted.children):
        return True
    # "120 members voting for it and 9 against": a count joined to a tally is one too
    return counted.dep_ == "conj" and counted.head.i < counted.i and vote_tally(counted.head)


def speakers(counted: Token) -> bool:
    """Say whether a count is of those a report quotes: "three sources said", "two people familiar
    with the talks told Reuters", "according to two diplomats", "sources" of any kind."""
    if counted.lemma_.lower() in _SOURCE_NOUNS and counted.tag_ == "NNS" and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in counted.children):
        return True  # "two sources close to the talks"; not "three sources of finance"
    while counted.dep_ == "conj":
        counted = counted.head
    if counted.dep_ == "nsubj" and counted.head.lemma_.lower() in _SPEAK_VERBS:
        return True
    return counted.dep_ == "pobj" and counted.head.lower_ == "to" and counted.head.head.lower_ == "according"


def facility_parts(counted: Token) -> bool:
    """Say whether a count is of the parts a work or place has ("the port has two berths", "the
    hospital, which has 400 beds"); what it "will have" is what a deal brings."""
    verb = counted.head
    if counted.dep_ != "dobj" or verb.lemma_.lower() not in _PART_VERBS or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ == "aux" for c in verb.children):
        return False
    clause = verb.head if verb.dep_ == "conj" else verb  # "the airport has three runways and handles …"
    subjects = [v.head if c.tag_ == "WDT" and v.dep_ == "relcl" else c
                for v in {verb, clause} for c in v.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in _FACILITY_NOUNS for s in subjects)


def ceremony(counted: Token) -> bool:
    """Say whether a count is of the honours of a welcome ("more than 1,000 honour guard troops",
    "soldiers fired 82 blank rounds", "an extra 20 rounds fired from the park") or of a rite's people."""
    if any(t.lemma_.lower() in _HONOUR_WORDS for t in counted.subtree if t.i < counted.i):
        return True
    fired = counted.head if counted.dep_ in ("dobj", "nsubjpass") else None
    fired = fired or next((c for c in counted.children if c.dep_ == "acl"), None)
    if fired is not None and fired.lemma_.lower() in _FIRE_VERBS:
        return True
    return _in_a_rite(counted)


def _in_a_rite(counted: Token) -> bool:
    """Say whether a count is of those who do or get a rite of the day ("31 youths raised the flag", "some
    200 pupils sang the anthems", "among 15 students given the award"): the scene, not the relation; "40
    students will get scholarships" stays."""
    verbs = [counted.head] if counted.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [c for c in counted.children if c.dep_ == "acl"]
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _RITE_NOUNS for v in verbs for c in v.children)


def security_detail(counted: Token) -> bool:
    """Say whether a count is of police or guards posted for the occasion ("Police deployed 5,000
    officers to secure the summit", "some 2,000 police officers were deployed"); troops one side
    sends to the other ("80 soldiers deployed to the island") stay figures."""
    verb = counted.head
    if counted.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in _POST_VERBS:
        return False
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ == "xcomp":
        return False  # "agreed to deploy 300 police officers to the border post": a deal
    marks = {c.lemma_.lower() for c in counted.children if c.dep_ in ("compound", "amod")}
    subjects = {t.lemma_.lower() for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    lemma = counted.lemma_.lower()
    if subjects & _GUARD_MARKS:
        return True  # "Security forces deployed 3,000 troops along the route"
    return lemma in _GUARD_NOUNS and (lemma in _GUARD_MARKS or bool(marks & _GUARD_MARKS))


def residents(counted: Token) -> bool:
    """Say whether a count is of one side's people living somewhere, or of a diaspora as a whole.

    "About 2.5 million Ghanaians live abroad", "800 expatriates are based in Lima", "the
    diaspora is estimated at 3,000", "the community numbers 1,200 people".
    """
    subject = counted
    while subject.dep_ == "conj":
        subject = subject.head
    people = (subject.ent_type_ == "NORP" or subject.lemma_.lower() in _RESIDENT_NOUNS
              or any(c.ent_type_ == "NORP" for c in subject.children if c.dep_ in ("amod", "compound")))
    if people and subject.dep_ in ("nsubj", "nsubjpass") and subject.head.lemma_.lower() in _RESIDE_VERBS:
        return True
    if people and any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _RESIDE_VERBS | {"work"}
                      for c in subject.children):
        return True  # "the 5,000 Kenyan nurses who work in Britain", "2 million Filipinos living abroad"
    prep = counted.head
    if counted.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _SETTLED_NOUNS:
        return True  # "a diaspora of 3 million"
    for anc in (counted, *counted.ancestors):
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _SETTLED_NOUNS for c in anc.children):
            return True
        if anc.pos_ in ("VERB", "AUX") or anc.dep_ == "ROOT":
            break
    return False


def workforce(counted: Token) -> bool:
    """Say whether a count is of those a firm or body employs, told to describe it.

    "Codelco, which employs 15,000 people", "LG, which has 270,000 employees"; what a project
    "will employ" is what it brings.
    """
    verb = counted.head
    staffs = verb.lemma_.lower() == "employ" or (
        verb.lemma_ == "have" and counted.lemma_.lower() in _STAFF_NOUNS)
    if counted.dep_ != "dobj" or not staffs or verb.tag_ not in ("VBZ", "VBP"):
        return False
    return not any(c.dep_ == "aux" for c in verb.children)


def capability(counted: Token) -> bool:
    """Say whether a count tells what a machine can do or what it measures.

    "The launcher, which can fire 12 rockets", "each aircraft is capable of carrying 300
    passengers", "the submarine can stay submerged for 21 days", "a displacement of 2,600
    tonnes"; "Peru can supply 20,000 tonnes" is an offer.
    """
    prep = counted.head
    if counted.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _SPEC_NOUNS:
        return True
    verb = next((t for t in counted.ancestors if t.pos_ in ("VERB", "AUX")
                 and t.dep_ not in ("xcomp", "pcomp", "acomp")), None)
    if verb is None:
        return False
    able = any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children)
    able = able or any(c.dep_ == "acomp" and c.lemma_.lower() in ("capable", "able") for c in verb.children)
    if not able:
        return False
    clause = verb.head if verb.dep_ == "conj" else verb  # "has …, and can stay submerged for 21 days"
    subject = next((c for v in (verb, clause) for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # "the launcher, which can fire 12 rockets"
    if subject is not None and _model_name(subject):
        return True  # "the Chunmoo can fire 12 rockets"
    return subject is not None and subject.lemma_.lower() in _MACHINE_NOUNS


def _model_name(tok: Token) -> bool:
    """Say whether a proper name is a make's or model's ("the Chunmoo", "the K9", "the Super Tucano").

    A name no state's that takes "the" is no person's; the tagger calls such names anything.
    """
    if tok.pos_ != "PROPN" or gazetteer().resolve(tok.text) is not None:
        return False
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    return the or tok.ent_type_ in ("", "PRODUCT")


def gift(counted: Token) -> bool:
    """Say whether a count is of things handed to a person as gifts.

    "presented his host with two horses", "gave the king three camels as gifts"; aid handed
    to a state ("donated 500,000 doses to Ghana") is not told this way.
    """
    thing = counted
    while thing.dep_ == "conj":
        thing = thing.head
    verb = thing.head.head if thing.dep_ == "pobj" and thing.head.lower_ == "with" else thing.head
    if verb.lemma_.lower() not in _GIVE_VERBS:
        return False
    if thing.dep_ == "pobj" and verb.lemma_.lower() == "present":
        return True  # "presented X with N things"
    return any(c.dep_ == "prep" and c.lower_ == "as"
               and any(t.lemma_.lower() in _GIFT_NOUNS for t in c.subtree)
               for c in (*verb.children, *thing.children))


def places_toured(counted: Token) -> bool:
    """Say whether a count is of places a journey takes in ("the tour takes in four countries").

    Also "a tour of five capitals" and "a visit to three African countries".
    """
    if counted.lemma_.lower() not in _PLACE_COUNTS:
        return False
    if counted.dep_ == "pobj" and counted.head.lower_ in ("of", "to", "through"):
        return counted.head.head.lemma_.lower() in _TRIP_NOUNS
    if counted.dep_ == "dobj":
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in _TRIP_NOUNS for c in counted.head.children)
    return False


def areas_reached(counted: Token) -> bool:
    """Say whether a count is of a state's own parts where those a deal reaches are ("will support farmers
    in 12 districts", "clinics across 40 villages"): where, not how much; "the programme will cover 12
    districts" stays."""
    return (counted.lemma_.lower() in _AREA_NOUNS and counted.dep_ == "pobj"
            and counted.head.lower_ in _WHERE_WORDS)


def unit_price(ent: Span) -> bool:
    """Say whether an amount is a price per unit of a good ("$8,000 a tonne", "a barrel cost $85").

    "$100 million a year" is a flow over time and stays.
    """
    doc = ent.doc
    verb = ent.root.head
    if verb.lemma_.lower() in _PRICE_VERBS and any(
            c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ in _PRICE_OPENERS for d in c.children)
            for c in verb.children):
        return True  # "a barrel of crude cost $85": what one unit costs
    i = ent.end
    if i < len(doc) and doc[i].lower_ in CURRENCY_NAMES:
        i += 1
    elif ent.label_ != "MONEY":
        return False
    if i + 1 >= len(doc) or doc[i].lower_ not in _PRICE_OPENERS:
        return False
    unit = doc[i + 1]
    return unit.pos_ == "NOUN" and unit.lemma_.lower() not in TIME_UNITS


def long_ago(counted: Token, ent: Span, today: date | None) -> bool:
    """Say whether a count tells of a past long gone ("In 1957, 300 students crossed the ocean").

    The count's clause is dated by a year, or "N years ago", at least twenty years before the report.
    """
    if today is None:
        return False
    # a count that heads its sentence ("During the Cold War, 5,000 students trained …") is its own clause
    clause = next((t for t in (counted, *counted.ancestors) if t.pos_ in ("VERB", "AUX")), counted.sent.root)
    for child in clause.children:
        if child.dep_ not in ("prep", "npadvmod", "advmod") or ent.start <= child.i < ent.end:
            continue
        if child.lower_ in _RUNNING_SINCE:
            continue  # "has funded 40 projects since 1992": a tally that runs to now, not a past gone
        # the count is no year of its own phrase ("provide the employment directly of 1500 workers")
        words_of = " ".join(t.text for t in child.subtree
                            if (t.like_num or t.is_alpha) and not ent.start <= t.i < ent.end)
        if _past(words_of, today.year) or _BYGONE.search(words_of):
            return True
    # "… in 1962, when 400 students went to Lima": a clause told of the year before it
    return clause.dep_ == "relcl" and clause.head.ent_type_ == "DATE" and _past(clause.head.text, today.year)


def _past(text: str, year: int) -> bool:
    """Say whether a phrase of time lies at least twenty years back from a year."""
    ago = _YEARS_AGO.search(text)
    if ago is not None:
        count = ago.group(1)
        if count is None:
            return True  # "decades ago"
        return int(count) >= _HISTORY_YEARS if count.isdigit() else count.lower() in _SCORES
    stated = _YEAR.search(text)
    return stated is not None and int(stated.group(1)) <= year - _HISTORY_YEARS
