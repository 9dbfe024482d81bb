"""Word lists the instrument rules use: instrument nouns, status verbs, generic words.

Kept apart from the rules so the genre's vocabulary can grow without touching logic.
"""

from __future__ import annotations

import re

from accord.lexicon import DOCUMENT_NOUNS, GENERAL_DOCUMENT_NOUNS, INSTRUMENT_TYPES, SIGNING_VERBS


def _wordlist(text: str) -> frozenset[str]:
    """Return the white-space separated words of a block of text."""
    return frozenset(text.split())


# Instrument nouns (lower-case surface form or lemma) -> instrument type.
NOUN_TYPES = INSTRUMENT_TYPES

# Nouns that are instruments only as part of a name ("Joint Initiative on Climate Change",
# "code of conduct") or with a modifier that makes them one ("joint statement").
TITLE_ONLY = frozenset({"initiative", "charter", "vision"})
# Nouns that name a document only in a fixed form, kept out of NOUN_TYPES so that elsewhere
# they stay ordinary words: the treaty-law "Exchange of Notes/Letters", a titled
# "Partnership for …" or "Framework for …".
FORM_TYPES: dict[str, str] = {"exchange": "agreement", "partnership": "other", "framework": "other",
                              "notes": "agreement", "minutes": "other"}
# Nouns of such a form that name a document only after one of these words: a joint commission's "Agreed
# Minutes" ("signed the Agreed Minutes of the session"); "after 23 minutes" is time.
NEEDS_BEFORE: dict[str, frozenset[str]] = {"minutes": frozenset({"agreed"})}
# Nouns of such a form that name it alone as what is exchanged, told what it is on ("exchanged notes on
# visa waivers"); "exchanged notes on the sidelines" compares them, "took notes" writes them.
EXCHANGED_FORMS = frozenset({"notes"})
EXCHANGE_TOPIC_PREPS = frozenset({"on", "concerning", "regarding"})
# Participles that tell what exchanged notes do ("exchanged notes establishing visa-free travel", "notes
# waiving visas for diplomats"): the notes are then a document, as with a topic after "on".
EXCHANGE_TOPIC_VERBS = frozenset({"establish", "provide", "grant", "waive", "abolish", "exempt", "extend",
                                  "amend", "allow", "introduce", "set"})
# Treaty law's initials, written in capitals, name a document as the head of their phrase
# ("pushed for a PTA and a BIT", "already has an FTA with …"); "FTA talks" are talks, "a bit" no treaty.
ACRONYM_TYPES: dict[str, str] = {
    "FTA": "agreement", "PTA": "agreement", "CEPA": "agreement", "EPA": "agreement", "DTAA": "agreement",
    "BIT": "treaty", "MLAT": "treaty",
}
# Nouns that name a document only when one of these word pairs follows them.
_LETTER_OF = tuple(("of", w) for w in ("intent", "arrangement", "understanding", "exchange"))
NEEDS_NEXT: dict[str, tuple[tuple[str, ...], ...]] = {
    "code": (("of", "conduct"),), "letter": _LETTER_OF, "letters": _LETTER_OF,
    "exchange": (("of", "notes"), ("of", "letters")),
}
# Fixed forms that are also acts, and the prepositions that make such an act only the means or moment of
# another stage ("entered into force by/through/upon/following an exchange of notes")
MEANS_FORMS = frozenset({"exchange"})
MEANS_PREPS = frozenset({"by", "through", "via", "upon", "following", "after", "with"})
# Participles that tell what a document is worth ("a grant agreement valued at/totalling/amounting to …")
VALUE_VERBS = frozenset({"value", "total", "amount", "worth"})
# Nouns that name a document only as a capitalised title followed by one of these words
# ("the Partnership for the Energy Transition", not "a strategic partnership"; "the Framework for
# Cooperation on Critical Minerals", not "a framework for talks")
TITLED_BEFORE = {"partnership": frozenset({"for"}), "framework": frozenset({"for", "on", "of"})}
JOINT_NOUNS = frozenset({"statement", "statements", "communique", "communiqué", "declaration"})

# Generic nouns ("the agreement") name a document only with content around them; these
# are always taken for an instrument when a status verb governs them.
SELF_NAMING = frozenset({"roadmap", "declaration", "treaty", "convention", "protocol"})
# plans, programmes, arrangements and contracts are instruments only when a verb of signing/adopting governs
# them ("with plans for cultural exchange programs" is a commitment, "security arrangements" no document)
VERB_BOUND = frozenset({"programme", "program", "plan", "arrangement", "contract"})
# An arrangement untitled is a document only when put in writing ("signed an arrangement on visa
# waivers"); one agreed on or reached ("a seating arrangement", "arrangements for the summit") is logistics.
PENNED_VERBS = frozenset({"sign", "ink", "conclude", "initial", "ratify", "exchange"})

# When a generic head noun carries a more specific one as modifier
# ("the 'Roadmap for Comprehensive Cooperation' agreement") the modifier's type wins.
GENERIC_TYPES = frozenset({"agreement", "other"})

# Verbs by the status they give an instrument they govern.
SIGNED_VERBS = SIGNING_VERBS
PLANNED_VERBS = frozenset({
    "develop", "draft", "prepare", "finalize", "finalise", "elaborate",
    "expect", "plan", "intend", "await", "schedule", "slate",
})
# Planning verbs that tell nothing of a sentence's other documents ("the visit planned for May").
PLANNING_VERBS = frozenset({"expect", "plan", "schedule", "slate"})
# Verbs that end talks or work on a text ("agreed to conclude negotiations on a BIT by June", "to finish
# work on a convention"): done ahead, the text is planned.
TALKS_ENDING_VERBS = frozenset({"conclude", "complete", "finalize", "finalise", "finish", "wrap"})
# Stages a document waits for once signed ("pending ratification", "awaits entry into force").
AWAITED_STAGES = frozenset({"ratification", "approval", "entry"})
# Adjectives a document becomes once it applies ("became operational", "became effective"): in force.
APPLYING_WORDS = frozenset({"operational", "effective", "applicable", "operative"})
DISCUSSED_VERBS = frozenset({
    "discuss", "explore", "negotiate", "consider", "review", "recall", "reinvigorate", "revive",
    "propose", "talk", "examine", "debate", "deliberate", "study", "mull", "pursue",
})
# Verbs of a one-sided proposal: what they take as object ("pushed for a trade treaty") is
# an instrument under discussion, and they say nothing of other documents in the sentence.
PROPOSAL_VERBS = frozenset({"push", "pitch", "float", "suggest", "urge"})
ISSUED_VERBS = frozenset({"issue", "adopt", "release", "publish", "endorse", "launch", "unveil"})
# "announced a new Partnership for …" issues it, "announced deals on …" tells they were made;
# it says nothing of other documents in the sentence ("announced that talks on a treaty would start").
ANNOUNCING_VERBS = frozenset({"announce"})
RATIFIED_VERBS = frozenset({"ratify"})
# Verbs that make one document into another ("upgraded the MoU into an agreement", "elevated it to a
# treaty"): what it is made into has come into being, as if signed.
FORMALISING_VERBS = frozenset({"upgrade", "elevate", "turn", "convert", "transform", "raise"})
# A document that ends (accord.lexicon.EXPIRY_VERBS: "the deal expired", "the MoU lapsed") was signed,
# and keeps that status (the status list has no ended one); the time of those verbs is the end's.
# Verbs that conclude a text without signing it: "the negotiators initialled the agreement".
FINALIZED_VERBS = frozenset({"initial"})
# Verbs that ready a text for signing: planned while under way ("are finalising", "to finalise"),
# finalized once done ("finalised the agreement", "the text has been finalized").
FINISHING_VERBS = frozenset({"finalize", "finalise"})

# Nouns naming what happens to an instrument ("the signing of", "early conclusion of").
EVENT_NOUNS: dict[str, str] = {
    "signing": "signed", "conclusion": "signed", "ratification": "ratified", "accession": "ratified",
    "adoption": "issued", "finalisation": "planned", "finalization": "planned",
    "talks": "discussed", "discussion": "discussed", "discussions": "discussed",
    "negotiation": "discussed", "negotiations": "discussed", "speculation": "planned",
}

# Verbs that greet a document as something reached ("welcomed the agreement on …"): it is
# concluded (`finalized`) unless a stage is told of it.
WELCOMING_VERBS = frozenset({"welcome", "hail", "applaud", "commend", "praise", "laud", "salute"})

# Heads of a to-infinitive that put the infinitive in the future ("expected to sign").
FUTURE_GOVERNORS = frozenset({
    "expect", "plan", "intend", "aim", "set", "seek", "want", "hope", "prepare", "decide",
    "likely", "intention", "effort", "efforts", "plans", "need", "work", "ready", "willing",
    "look", "agree", "propose", "schedule", "due", "going", "wish", "try", "move", "sit",
    "reconvene", "meet", "be", "slate", "announce", "commit", "pledge", "eager", "keen",
    "ask", "instruct", "task", "direct", "mandate", "request",
    "push", "press", "strive", "endeavour", "endeavor", "attempt",
    "undertake", "resolve", "vow", "promise",
})
# Words a gerund after "to"/"on" looks ahead under ("look forward to signing", "keen on signing",
# "committed to concluding"); "succeeded in signing" tells an act done.
GERUND_GOVERNORS = frozenset({"look", "keen", "commit", "committed", "eager", "intent", "forward",
                              "dedicated"})
# Nouns of intent a gerund hangs on through a preposition ("with the aim of signing", "with a view to
# concluding", "in the hope of ratifying"): the act is still ahead.
INTENT_NOUNS = frozenset({"aim", "goal", "view", "intention", "purpose", "hope", "prospect", "objective",
                          "target", "plan", "plans", "possibility", "expectation"})
FUTURE_ADVERBS = frozenset({"early", "soon", "eventual", "future", "upcoming", "possible", "proposed"})

# Verbs that say nothing of status ("MoUs covered …", "agreements included …"): the walk
# up the parse goes on past them.
NEUTRAL_VERBS = frozenset({
    "include", "cover", "focus", "aim", "design", "span", "be", "culminate", "mark",
    "highlight", "relate", "see", "involve",
})

# Consensus, not a document: "reached an agreement to develop a roadmap".
CONSENSUS_VERBS = frozenset({"reach", "have", "come", "arrive", "be"})
# Adjectives that make a bare "agreement" a meeting of minds ("reached substantial agreement on …"),
# and the verbs that do so with none ("reached agreement on …", "found agreement").
CONSENSUS_ADJECTIVES = frozenset({"substantial", "broad", "general", "full", "complete", "mutual", "basic",
                                  "wide", "common"})
MIND_MEETING_VERBS = frozenset({"reach", "find"})

# Words that give a mention no subject of its own ("these agreements", "15 key MoUs").
GENERIC_WORDS = _wordlist("""
a an the this that these those such other others several various many some few number
numerous multiple diverse different all every each any more most further additional
key important significant notable major critical crucial landmark historic total
bilateral mutual relevant respective priority area areas sector sectors field fields domain
domains sphere spheres interest interests cooperation co-operation collaboration
partnership partnerships occasion understanding of
two both sides side countries country nations nation states state two-way
and or & , ( ) ' " ‘ ’ “ ” - and also well as
""") | DOCUMENT_NOUNS | GENERAL_DOCUMENT_NOUNS

# Words that name the two signatories without naming them ("between the two countries", "between both
# governments", "between their ministries"): who signs, no part of what a document is on.
PAIR_REFERENCES = frozenset({"two", "both", "their", "countries", "nations", "states", "sides", "parties",
                             "governments", "ministries", "neighbours", "neighbors"})

# Evaluative words dropped from the front of a subject ("a critical MoU between …").
DROP_LEADING = _wordlist("""
a an the this that these those its their his her several various some other
important significant notable critical crucial key major landmark historic total also
""")

# Nouns ending a list item that only say it is a field ("health and defence sectors").
FIELD_NOUNS = frozenset({"sector", "sectors", "area", "areas", "field", "fields", "domain",
                         "domains", "sphere", "spheres"})

# Anchors after which a list of subjects follows ("cooperation in A, B and C").
TOPIC_HEADS = frozenset({"cooperation", "co-operation", "collaboration", "partnership",
                         "partnerships", "cooperate", "collaborate", "ties", "relations"})
TOPIC_PREPS = frozenset({"in", "on"})
LIST_ANCHORS = frozenset({"including", "covering", "covered", "covers", "cover", "spanning",
                          "spans", "span", "concerning", "regarding", "namely",
                          "include", "includes", "included", "concern", "concerns", "concerned",
                          "comprise", "comprises", "comprised", "address", "addresses", "addressing"})

# Multilateral instruments named in passing are not bilateral instruments.
MULTILATERAL = (
    "united nations", "un convention", "unfccc", "paris agreement", "paris climate",
    "law of the sea", "unclos", "kyoto", "wto", "world trade organization", "nato",
    "framework convention", "geneva convention", "vienna convention", "npt",
    "non-proliferation treaty", "grain initiative", "security council", "resolution",
)

# How the name of a body of many states reads ("the World Bank", "the International Monetary
# Fund", "the Asian Development Bank", "UNICEF"): a deal with one is not between two countries.
INTERNATIONAL_BODY = re.compile(
    r"\b(?:World|International|Multilateral|Global)\s+(?:\w+\s+)?(?:Bank|Fund|Organi[sz]ation|Agency|Programme|Program)\b"
    r"|\bDevelopment\s+Bank\b|\bMonetary\s+Fund\b|\bUnited\s+Nations\b|\b(?:IMF|UNDP|UNICEF|UNHCR|FAO)\b")

# What an act furthers when it is only goodwill, not one deed or document ("to boost
# cooperation", "looked forward to strengthening the partnership").
RELATION_NOUNS = frozenset({"cooperation", "co-operation", "collaboration", "ties", "tie", "relations",
                            "relationship", "partnership", "friendship", "links", "bond", "bonds"})

# Nouns of a purchase or supply that a bulleted line of a commercial package opens with
# ("- Purchases of $4.5 billion of farm goods", "- Procurement of aircraft").
TRANSACTION_NOUNS = frozenset({"purchase", "procurement", "acquisition", "sale", "supply", "order",
                               "import", "export"})
# Document nouns a wire story uses for a commercial contract (typed `other` when a firm is a party).
DEAL_NOUNS = frozenset({"deal", "deals", "contract", "contracts"})
# Plural nouns of a package of commercial deals that a list of such lines spells out.
DEAL_PLURALS = frozenset({"deals", "agreements", "contracts", "orders", "accords"})
