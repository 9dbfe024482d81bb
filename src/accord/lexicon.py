"""The genre's vocabulary: what reports of bilateral diplomacy call documents, acts and events.

Each list is written once here; extract, resolve and evaluate build the sets they need
from these (a rule that wants fewer words says which ones it leaves out and why).
Words are lower case: surface forms and spaCy lemmas.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """Return the white-space separated words of a block of text."""
    return frozenset(text.split())


# ----------------------------------------------------------------------------- documents

# The names of a signed document, singular and plural ("15 MoUs" and "15 agreements" count
# the same thing).
MOU_NOUNS = words("mou mous memorandum memoranda memorandums")
DOCUMENT_SINGULARS = words("mou memorandum agreement accord deal pact treaty protocol convention")
DOCUMENT_NOUNS = MOU_NOUNS | words(
    "agreement agreements accord accords deal deals pact pacts treaty treaties "
    "protocol protocols convention conventions"
)
# Words for any document, whatever it is ("cooperation documents", "15 instruments").
GENERAL_DOCUMENT_NOUNS = words("document documents instrument instruments")
# Words that make a document the broad one of its field ("an umbrella deal on defence cooperation").
BROAD_DOCUMENT_WORDS = words("umbrella framework overarching comprehensive")
# Plans and programmes: documents when signed or adopted, plans of action otherwise.
PLAN_NOUNS = words("roadmap programme program plan")
PLAN_PLURALS = words("roadmaps programmes programs plans")
# What leaders issue together.
STATEMENT_NOUNS = words("declaration statement communique communiqué")
STATEMENT_PLURALS = words("declarations statements communiques")

# The words that name a kind of document, by the type they name, as regular expressions:
# (one document, several). Resolve reads a quote's stated type with them, the implementation
# cues find the document a sentence is about.
DOCUMENT_FORMS: dict[str, tuple[str, str]] = {
    "agreement": (r"agreement|accord|deal|pact", r"agreements|accords|deals|pacts"),
    "mou": (r"mou|memorandum", r"mous|memoranda|memorandums"),
    "treaty": (r"treaty", r"treaties"),
    "protocol": (r"protocol", r"protocols"),
    "convention": (r"convention", r"conventions"),
    "roadmap": (r"road\s?map", r"road\s?maps"),
    "programme": (r"programme|program", r"programmes|programs"),
    "declaration": (r"declaration", r"declarations"),
}

# Instrument nouns (surface form or lemma) -> instrument type.
INSTRUMENT_TYPES: dict[str, str] = {
    "mou": "mou", "mous": "mou", "mou's": "mou", "memorandum": "mou", "memoranda": "mou",
    "memorandums": "mou",
    "agreement": "agreement", "accord": "agreement", "deal": "agreement", "pact": "agreement",
    "treaty": "treaty", "convention": "convention", "protocol": "protocol",
    "roadmap": "roadmap", "road-map": "roadmap",
    "programme": "programme", "program": "programme", "plan": "programme",
    "declaration": "declaration", "communique": "declaration", "communiqué": "declaration",
    "charter": "other", "initiative": "other", "code": "other", "letter": "other", "letters": "other",
    # "cooperation documents covering trade, …": a list of subjects makes them instruments
    "documents": "agreement",
    "document": "other",  # "signed a document confirming …": only with what it does (instruments_mentions)
    "vision": "declaration",  # "a Shared Vision for … Digital Partnership"
    # "signed a Grant Funding Arrangement": a document only when signed or named (instruments' VERB_BOUND)
    "arrangement": "agreement",
    # "signed a contract for the delivery of two frigates": a contract is `other` (VERB_BOUND too)
    "contract": "other",
}

# ----------------------------------------------------------------------------- acts

# Verbs that give an instrument they govern the status signed.
SIGNING_VERBS = frozenset({
    "sign", "ink", "exchange", "conclude", "formalize", "formalise", "seal", "secure", "reach",
    "strike", "clinch", "pen", "enter", "witness", "agree", "approve", "renew", "extend", "amend",
})

# Bodies whose approval of a signed document is its ratification ("the Senate approved the agreement").
LEGISLATURE_NOUNS = frozenset({"parliament", "senate", "congress", "legislature", "assembly", "duma",
                               "majlis", "lawmakers", "legislators", "deputies", "mps", "diet", "house",
                               "senators", "rada", "knesset", "sejm", "bundestag", "storting", "riksdag",
                               "sabha", "khural", "mazhilis", "hluttaw", "parliamentarians"})
# Verbs by which a legislature ratifies ("approved", "passed", "endorsed", "backed").
APPROVING_VERBS = frozenset({"approve", "pass", "endorse", "back", "adopt"})
# Acts of law that carry a ratification ("passed a bill to ratify the treaty", "signed a decree to ratify
# the MoU"), and the verbs that make them law: the ratification is done once the act is; an act only
# tabled or sent ("submitted a bill to ratify …") ratifies nothing yet.
ENACTMENT_NOUNS = frozenset({"bill", "law", "resolution", "decree", "act", "ordinance", "legislation"})
ENACTING_VERBS = APPROVING_VERBS | frozenset({"sign", "enact", "issue"})
# The verbs that throw such an act out ("rejected a bill to ratify …", "vetoed the law to ratify …"): the
# ratification is not done, and the document stays signed.
REJECTING_VERBS = frozenset({"reject", "defeat", "veto"})
# The same approval told by a noun a legislature gives or grants ("the Senate gave final approval to the
# agreement", "parliament granted its consent to the treaty").
APPROVAL_NOUNS = frozenset({"approval", "assent", "consent", "endorsement", "nod"})
GIVING_VERBS = frozenset({"give", "grant"})
# Verbs that hand money over, by the noun of what they hand ("will donate USD 25 million": a donation;
# "lend $300 million": a loan); and those nouns' kinds, one for every sum given for nothing back ("a grant
# of 25 million dollars" and "a donation of 25 million dollars" are one gift).
FUNDS_BY_VERB = {"donate": "donation", "lend": "loan", "loan": "loan"}
GIFT_NOUNS = frozenset({"grant", "grants", "donation", "donations", "gift", "gifts"})
# The words that end a state's title when it is not named ("the President of the Republic", "His Majesty's
# Kingdom"): a state, never a portfolio a list of portfolios goes on from.
STATE_FORM_WORDS = frozenset({"republic", "kingdom", "federation", "principality", "sultanate", "emirate",
                              "commonwealth", "confederation"})
# Verbs of a document's or a term's end ("the deal expired", "the MoU lapsed").
EXPIRY_VERBS = frozenset({"expire", "lapse"})
# Verbs by which a party ends a document ("Chad denounced the treaty", "terminated the MoU"); with
# "from", also "withdrew from the agreement" (WITHDRAWING_VERB).
ENDING_VERBS = frozenset({"terminate", "denounce", "abrogate", "annul", "revoke", "renounce"})
WITHDRAWING_VERB = "withdraw"
# Bodies of ministers whose approval readies a document for signing ("the cabinet approved the MoU").
CABINET_NOUNS = frozenset({"cabinet", "council"})
# Verbs by which ministers clear a text for signing ("approved", "endorsed", "cleared").
CLEARING_VERBS = frozenset({"approve", "endorse", "clear"})

# Verbs of the act of signing itself, a document in hand ("signed", "inked", "exchanged",
# "initialled"), not of agreeing on one.
SIGNING_ACTS = frozenset({"sign", "ink", "exchange", "initial"})
# Steps of a document's life a stretch of time is counted from ("thirty days after the exchange of the
# instruments"), and the verb that tells each done ("exchanged instruments of ratification").
COUNTED_STEPS: dict[str, str] = {"exchange": "exchange", "signing": "sign", "ratification": "ratify",
                                 "deposit": "deposit", "notification": "notify"}
# Lists of what a visit is to hold: "a meeting with investors is on the agenda", "on the itinerary".
AGENDA_NOUNS = frozenset({"agenda", "itinerary", "programme", "program", "schedule", "cards"})
# Words before a new time: "postponed to December", "rescheduled for next week".
NEW_TIME_PREPOSITIONS = frozenset({"to", "until", "till", "for"})
# Verbs and nouns that name the same act; lets "reconvene" meet "another meeting".
ACT_CLASSES: dict[str, frozenset[str]] = {
    "@meet": words(
        "meet meeting reconvene convene talk talks summit session discuss discussion consult consultation sit"
    ),
    "@visit": words("visit travel trip tour fly go"),
    "@sign": words("sign ink conclude formalize formalise finalize finalise seal agree ratify"),
    "@provide": words("share provide offer supply transfer extend give send support help assist fund "
                      "deliver disburse hand"),
    "@buy": words("buy purchase import procure acquire"),
    "@raise": words(
        "enhance strengthen deepen boost expand increase broaden promote raise improve "
        "intensify advance develop upgrade"
    ),
    "@keep": words("maintain sustain continue keep preserve remain"),
    "@invite": words("invite invitation host welcome"),
    "@build": words("build construct establish set create launch open"),
    "@complete": words("complete finish"),
}

# Verbs of training people: a count of those one side trains is the cooperation's, whoever they are
# ("25 Maldivian crew trained in India", "India trained 40 journalists from Laos").
TRAINING_VERBS = words("train retrain educate instruct teach mentor upskill")

# What a report makes of a promise's time: put off to a later one, or brought forward to an earlier one.
POSTPONED = "postponed"
ADVANCED = "advanced"
# Verbs that put something off or call it off, and what they make of it.
SETBACK_VERBS: dict[str, str] = {
    # "delayed" is left out: a project "delayed in recent years" goes on, it is not put off to a date
    "postpone": "postponed", "reschedule": "postponed", "reset": "postponed",
    "cancel": "cancelled", "scrap": "cancelled", "shelve": "cancelled", "suspend": "cancelled",
    "terminate": "cancelled", "abandon": "cancelled", "scrub": "cancelled", "defer": "postponed",
    "abort": "cancelled", "axe": "cancelled", "ax": "cancelled", "drop": "cancelled",
}
# Nouns that put something off or call it off.
SETBACK_NOUNS: dict[str, str] = {
    "postponement": "postponed", "cancellation": "cancelled",
    "suspension": "cancelled", "termination": "cancelled",
}
# Verbs that undo a setback told by its noun: "lifted the suspension", "the postponement was reversed".
UNDOING_VERBS = frozenset({"lift", "end", "reverse", "revoke", "rescind", "overturn", "withdraw", "annul"})
# Particle verbs: "called off", "put off", "pushed back".
SETBACK_PARTICLES: dict[tuple[str, str], str] = {
    ("call", "off"): "cancelled", ("put", "off"): "postponed", ("push", "back"): "postponed",
}

# Verbs that put an event "on hold" or "on ice", and the nouns that say so: put off, no new time.
HOLDING_VERBS = frozenset({"put", "place", "keep"})
HOLD_NOUNS = frozenset({"hold", "ice"})

# Verbs that move an event to another time, neither put off nor called off: "the visit was moved
# forward to July", "brought forward", "advanced", "shifted".
MOVING_VERBS = frozenset({"move", "bring", "shift"})
MOVING_PARTICLES = frozenset({"forward", "up"})

# Joint activities a promise can be about besides meetings: "a joint naval exercise", "a trade fair".
ACTIVITY_NOUNS = frozenset({"exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "festival",
                            "fair", "expo", "exhibition", "games", "concert"})
# Adverbs by which an event "will now take place" at another time than it was due.
RESCHEDULING_ADVERBS = frozenset({"now", "instead"})

# Those who judge relations from outside ("analysts", "observers"): what they agree on is no party's word.
ONLOOKERS = words("analyst observer expert commentator economist scholar pundit academic researcher critic "
                  "columnist")
# Words opening a clause of when another act is done ("… when the President visits"), parsed as adverbs.
WHEN_WORDS = frozenset({"when", "whenever"})

# Verbs that report what someone said ("…, he said", "Suharso, an analyst, told the paper").
SPEECH_VERBS = frozenset({"say", "tell", "add", "note", "state", "report", "announce", "confirm"})

# Ordinal words, first to twentieth: the n-th is at index n - 1.
ORDINAL_WORDS: tuple[str, ...] = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth")

# ----------------------------------------------------------------------------- events

# Nouns of a meeting between the sides (lemmas).
# Standing bodies of two states whose sittings are sessions ("the fifth session of the Joint Commission").
STANDING_BODY_NOUNS = frozenset({"commission", "committee", "council", "dialogue", "mechanism"})
# Offices of one side's government that sign documents for it ("between the two interior ministries").
GOVERNMENT_BODY_NOUNS = frozenset({"ministry", "government", "department", "agency", "authority"})
# Head nouns of a body of many states' name ("the Andean Cooperation Organisation", "the African Union").
BLOC_NOUNS = frozenset({"organisation", "organization", "union", "community", "league", "alliance",
                        "movement", "commonwealth"})
# Meals given for a guest: each is an event of its own beside a welcome or talks.
MEAL_NOUNS = frozenset({"lunch", "luncheon", "dinner", "banquet", "breakfast"})
MEETING_NOUNS = frozenset({"meeting", "visit", "talk", "talks", "summit", "session", "round", "forum",
                           "conference", "trip", "dialogue", "consultation", "exchange"})
# Nouns of talking held somewhere, beside the meetings ("negotiations in Addis Ababa"): where they were
# is the encounter's place.
TALKING_NOUNS = frozenset({"negotiation", "discussion"})

# What an act opens, resumes or starts that a promise can be about: missions, links and works
# ("reopen their embassies", "open a consulate", "resume direct flights"), not talks or markets.
FACILITY_NOUNS = frozenset({"embassy", "embassies", "consulate", "consulates", "mission", "missions",
                            "flight", "flights", "route", "routes", "border", "crossing", "office",
                            "bridge", "railway", "line", "port", "plant", "factory", "pipeline", "centre",
                            "center", "service", "services", "link", "links", "corridor", "checkpoint",
                            "headquarters", "secretariat"})
# Words that open a relative clause and stand in it for the noun it describes ("the doses that he promised").
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})
# Posts a state's trade keeps abroad, facilities only with a word of trade before them ("a trading house",
# "a trade house"), not "the house" alone.
TRADE_POST_NOUNS = frozenset({"house", "houses"})
TRADE_WORDS = frozenset({"trade", "trading", "commercial"})
# Words that make a thing both sides' ("a joint action plan", "a bilateral work plan", "a joint border post").
SHARED_WORDS = frozenset({"joint", "bilateral", "common", "mutual"})
# Words that make any post a facility one opens ("a consular desk", "a diplomatic post").
FACILITY_ADJECTIVES = frozenset({"consular", "diplomatic"})

# Envoys a state posts to the other ("a new ambassador will be sent to Lima within days").
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "consul", "attaché", "attache", "chargé"})
# the papers an envoy hands over ("his credentials", "letters of credence")
ENVOY_PAPERS = words("credential credentials credence")

# Works a promise can have built and then finished ("complete the water plant by 2027").
WORKS_NOUNS = FACILITY_NOUNS | frozenset({"project", "dam", "road", "highway", "hospital", "school",
                                          "stadium", "terminal", "airport", "refinery", "station", "tunnel",
                                          "canal", "farm"})
# Money and goods a promise can have handed over ("disburse the first tranche", "deliver the aircraft").
DELIVERED_NOUNS = frozenset({"tranche", "loan", "grant", "credit", "aid", "fund", "funds", "payment",
                             "instalment", "installment", "aircraft", "jet", "jets", "helicopter",
                             "helicopters", "vaccine", "vaccines", "dose", "doses", "equipment", "ship",
                             "ships", "vessel", "vessels", "shipment", "consignment", "batch", "assistance",
                             "bus", "buses", "boat", "boats"})

# Nouns of a firm: a deal with one is a commercial contract ("arms deals with South Korean companies"), and
# a promise of firms is theirs, not their state's ("Czech companies would take part in building …").
COMPANY_NOUNS = frozenset({"company", "firm", "consortium", "corporation", "manufacturer", "maker",
                           "contractor", "conglomerate", "shipbuilder", "producer"})
# Nouns of those who invest or trade, not of a party ("investors", "businessmen", "businesses").
INVESTOR_NOUNS = frozenset({"investor", "businessman", "businesspeople", "entrepreneur", "exporter",
                            "importer", "enterprise", "business"})

# ----------------------------------------------------------------------------- titles

# Courtesy words between a role and a name ("Senator Ishaq Dar", "H.E. Mr."): not the name.
HONORIFICS: frozenset[str] = words("""
mr mr. mrs mrs. ms ms. dr dr. h.e. h.e .e. h.h. h.m. h.r.h. his her their majesty majesties excellency
excellencies highness highnesses royal dato dato' datuk datin seri setia paduka tun pehin
senator sen. sir dame lord madam shri sri sheikh hon hon. rt rt. honourable honorable prof prof.
capt capt. col col. maj maj. lt lt. gen gen. adm adm. brig brig. amb amb. gov. rep.
cde cde.
""")

# Words of a person's title or form of address, dropped when names are compared.
TITLE_WORDS = words(
    "mr mrs ms dr prof h.e he his her excellency majesty highness president prime minister pm "
    "premier senator sen sheikh shaikh muhammad mohammad mohammed king queen prince chancellor "
    "secretary general gen foreign deputy vice chairman chair sir lord hon honourable honorable "
    "state counsellor ambassador minister's the of jr sr "
    # honorifics of chiefs and of the Malay and Hausa/Yoruba press ("Asiwaju Tinubu", "Datuk Seri Anwar")
    "asiwaju alhaji alhaja otunba chief tun datuk dato seri setia haji"
)

# The given name many Muslim names open with, in its spellings ("Mohamed", "Mohammed", "Muhammad"):
# TITLE_WORDS drops the commonest as a form of address ("Muhammad Shehbaz Sharif" is "Shehbaz Sharif").
MUHAMMAD_SPELLINGS = words("muhammad mohammad mohammed muhammed mohamed mohamad")

# ----------------------------------------------------------------------------- amounts

# Currencies by code and by name (lower case), written before an amount ("NOK 150 million",
# "Rs 500 crore") or after it ("2 billion yuan", "500 million dirhams").
CURRENCY_CODES = words(
    "usd eur gbp jpy cny rmb inr krw nok sek dkk chf cad aud nzd sgd hkd myr idr php thb vnd "
    "pkr bdt lkr npr aed sar qar kwd omr bhd egp zar ngn kes ghs etb tzs ugx brl ars clp pen "
    "mxn rub uah pln czk huf kzt uzs byn rs rm rp xof xaf "
    # as papers write them: "TSh 500 billion", "Sh5 billion", "Tk 2,000 crore", "FCFA 50 billion",
    # "Dh3 billion"
    "tsh ksh ush sh tk qr kd fcfa cfaf dh dhs "
    # the Pacific's, Africa's and Asia's smaller currencies ("VT814 million", "ZMW 2 billion")
    "vt vuv fjd pgk wst sbd mvr mnt zmw mwk bwp nad mzn aoa "
    # Europe's outside the euro ("ISK 41 billion", "RON 2 billion", "MDL 300 million")
    "isk ron mdl rsd bgn"
)
CURRENCY_NAMES = words(
    "dollar dollars euro euros pound pounds yen yuan renminbi won rupee rupees rupiah ringgit baht "
    "dong peso pesos real reais rand naira shilling shillings cedi cedis birr dirham dirhams riyal "
    "riyals rial rials dinar dinars taka krone kroner krona kronor franc francs lira ruble rubles "
    "rouble roubles hryvnia zloty forint tenge som lev leu "
    "kroners kwacha kina tala vatu rufiyaa pula manat lari dram somoni tugrik quetzal lempira cordoba "
    "guarani bolivar metical meticais kwanza króna krónur"
)
CURRENCY_WORDS = CURRENCY_CODES | CURRENCY_NAMES

# ----------------------------------------------------------------------------- named things

# Nouns of a journey to another state ("his visit to Hanoi", "a trip to Brazil", "her Gulf tour").
JOURNEY_NOUNS = words("visit trip tour")
# Participles that say what a thing is for ("intended to …", "aimed at …", "designed to", "meant for …").
AIM_PARTICIPLES = words("meant intended designed aimed")

# Ships and boats, whose names are often people's ("the frigate Almirante Grau", "USS Ronald Reagan").
VESSEL_NOUNS = words(
    "ship vessel warship frigate destroyer corvette cruiser carrier submarine tanker ferry yacht boat "
    "icebreaker liner freighter cutter"
)

# Last words of a building's name ("the Kenyatta International Convention Centre", "Treaty Hall"):
# a document noun or a person's name before them is part of the building's name.
BUILDING_NOUNS = words("centre center hall building house complex palace room")

# Animals, gifted, lent or kept: counted they are no figure, named they are no person
# ("two giant pandas", "the panda Bao Li"). Livestock is traded, so it is left out.
ANIMAL_NOUNS = words(
    "animal panda koala elephant tiger lion bear leopard cheetah giraffe zebra rhino rhinoceros "
    "gorilla chimpanzee orangutan monkey dolphin whale penguin eagle falcon kangaroo hippo "
    "hippopotamus crocodile wolf deer antelope alpaca llama condor parrot bird snake turtle tortoise "
    "horse stallion mare pony camel"
)
