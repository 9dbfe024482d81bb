"""Whether an article is about relations between states at all.

A report on weather, sport, markets or crime may name countries, sign players to
"deals" and count money, but it reports no instrument, undertaking or encounter between
states; every fact found in it would be noise. Such articles use next to none of the
words diplomacy is reported in (ministers, talks, treaties, embassies, bilateral ties),
while the shortest readout of a phone call between leaders uses several. So an article
is about relations when it uses enough distinct words of that vocabulary: one per
`WORDS_PER_CUE` words of text, up to `MIN_CUES` (a one-line item is too short to judge and
is always kept). Domestic news has ministers, presidents and a government too ("the
interior minister said the government would install scanners"): a longer article is about
relations only if it also names two states or uses a word only relations between states
are told in (`BETWEEN_STATES_LEMMAS`).
"""

from __future__ import annotations

from spacy.attrs import IS_PUNCT, IS_SPACE, LEMMA, LOWER
from spacy.tokens import Doc, Token

from accord.extract.rules.modality import particle_of
from accord.extract.rules.roles import words
from accord.lexicon import DELIVERED_NOUNS
from accord.nlp import ent_at
from accord.normalize.countries import gazetteer

# Lemmas (lower case) that only relations between states are told in: no office a state has
# at home. Treaty law's words are among them: an official page on a trade agreement's
# ratification and entry into force may use no other word of the vocabulary.
BETWEEN_STATES_LEMMAS = words(
    "bilateral diplomatic diplomacy diplomat ambassador embassy consulate consul envoy summit "
    "memorandum memoranda mou mous treaty communique communiqué delegation counterpart ties "
    "state-visit ratify ratification fta ftas accession intergovernmental inter-governmental"
)
# Lemmas (lower case) that news about relations between states is written in. Words that
# sport and business share with diplomacy ("deal", "contract", "sign", "foreign",
# "agree") are left out on purpose: they are what a negative article is full of.
DIPLOMACY_LEMMAS = BETWEEN_STATES_LEMMAS | words(
    "minister ministry president premier chancellor king sultan emir monarch "
    "accord agreement protocol cooperation co-operation partnership talks relation relations "
    "government sovereignty leader visit statesman"
)
# Two-word names (first word lower case, then the second word's lemma) of offices and
# occasions only relations between states have, though neither word alone is one: a
# high commissioner is an ambassador between Commonwealth states (a police commissioner is
# not), a foreign minister deals only with other states ("foreign players" do not).
BETWEEN_STATES_PHRASES = frozenset({
    ("high", "commissioner"), ("high", "commission"), ("foreign", "minister"), ("foreign", "ministry"),
    ("foreign", "affairs"), ("foreign", "secretary"), ("foreign", "office"), ("state", "visit"),
    ("official", "visit"), ("joint", "commission"), ("joint", "statement"),
})
_PHRASE_FIRSTS = frozenset(first for first, _ in BETWEEN_STATES_PHRASES)
# Two distinct words can come from one stray sentence ("the minister said"); three do not.
MIN_CUES = 3
WORDS_PER_CUE = 40


def diplomacy_cues(doc: Doc) -> frozenset[str]:
    """Return the distinct words of the diplomacy vocabulary the text uses."""
    # each distinct lemma and word once, not each token (making a Token costs more than a look-up)
    strings = doc.vocab.strings
    lemmas, lowers = doc.to_array([LEMMA, LOWER]).T
    found = {w for w in (strings[h].lower() for h in set(lemmas.tolist())) if w in DIPLOMACY_LEMMAS}
    found |= {w for w in (strings[h] for h in set(lowers.tolist())) if w in DIPLOMACY_LEMMAS}
    return frozenset(found | _phrase_cues(doc))


def _phrase_cues(doc: Doc) -> set[str]:
    """Return the two-word names of `BETWEEN_STATES_PHRASES` the text uses ("high commissioner")."""
    found = set()
    for tok in doc[:-1]:
        if tok.lower_ in _PHRASE_FIRSTS:
            pair = (tok.lower_, doc[tok.i + 1].lemma_.lower())
            if pair in BETWEEN_STATES_PHRASES:
                found.add(" ".join(pair))
    return found


def about_relations(doc: Doc, states: int = 2) -> bool:
    """Say whether the article, naming `states` distinct states, reports on relations between states.

    Else it yields no facts. One state giving another aid, a loan or goods is such a report in any
    words ("China has donated 500 tonnes of rice to Sri Lanka", "the vessels that Japan pledged to the
    Philippines"), however few of the vocabulary's it uses.
    """
    flags = doc.to_array([IS_PUNCT, IS_SPACE])
    words = int((flags == 0).all(axis=1).sum())  # neither punctuation nor space
    needed = min(MIN_CUES, words // WORDS_PER_CUE)
    cues = diplomacy_cues(doc)
    if len(cues) < needed:
        return states >= 2 and gives_between_states(doc)
    return needed < MIN_CUES or states >= 2 or any(c in BETWEEN_STATES_LEMMAS or " " in c for c in cues)


# Verbs of one state giving another something (aid, loans, goods); "give", "offer" and "hand" without
# "over" are left out, sport's idioms ("Brazil handed Argentina a defeat", "gave Chile a scare").
GIVING_LEMMAS = words("donate pledge grant provide deliver lend supply gift extend disburse")
# Verbs that give in sport's idioms too ("gave Chile a scare", "offered Peru a draw"): one state giving
# another only when what is given is money or aid ("will give US$1 million to Haiti", "commit a grant to").
GIVING_MONEY_LEMMAS = words("give commit offer contribute")


def gives_between_states(doc: Doc) -> bool:
    """Say whether a sentence tells one state giving another something: a state in the giving verb's
    subject (or agent), another after its "to" or right after the verb ("donated Nepal 300 tonnes")."""
    for verb in doc:
        lemma = verb.lemma_.lower()
        giving = lemma in GIVING_LEMMAS or (lemma == "hand" and particle_of(verb) == "over") or (
            lemma in GIVING_MONEY_LEMMAS and _gives_money_or_aid(verb))
        if verb.pos_ != "VERB" or not giving:
            continue
        givers = _states_in([t for c in verb.children if c.dep_ in ("nsubj", "agent") for t in c.subtree])
        to = [t for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
              for t in c.subtree]
        takers = _states_in(to + ([doc[verb.i + 1]] if verb.i + 1 < len(doc) else []))
        if givers and takers and givers != takers:
            return True
    return False


def _gives_money_or_aid(verb: Token) -> bool:
    """Say whether a verb's object is a sum of money or aid ("give US$1 million", "commit a loan")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return any(t.ent_type_ == "MONEY" or t.lemma_.lower() in DELIVERED_NOUNS
               for o in objects for t in o.subtree)


def _states_in(tokens: list[Token]) -> set[str]:
    """Return the states named among `tokens`, by an entity's words or a word's own (the small model may
    tag "Sri Lanka" a person)."""
    places = gazetteer()
    names = {(ent.start, ent.text) if (ent := ent_at(t.doc, t.i)) is not None else (t.i, t.text)
             for t in tokens if t.pos_ == "PROPN"}
    return {country.name for _, name in names if (country := places.resolve(name)) is not None}
