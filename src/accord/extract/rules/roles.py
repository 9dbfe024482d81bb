"""The titles and roles lexicon shared by the people, meetings and commitments stages."""

from __future__ import annotations

from accord.lexicon import (
    DOCUMENT_NOUNS,
    GENERAL_DOCUMENT_NOUNS,
    STATEMENT_NOUNS,
    STATEMENT_PLURALS,
)


def words(text: str) -> frozenset[str]:
    """Return the set of white-space separated words of a lexicon entry."""
    return frozenset(text.split())


# Words that make a phrase a role: "Defence Minister", "Ambassador", "spokesperson".
ROLE_HEADS: frozenset[str] = words("""
president vice-president premier minister ministers secretary secretary-general undersecretary
ambassador envoy king queen prince princess emperor emir amir sultan sheikh monarch
chairman chairwoman chairperson chair governor spokesperson spokesman spokeswoman
councillor councilor adviser advisor commissioner chancellor mayor speaker director
director-general ceo chief head leader senator lawmaker mp deputy administrator
general commander attaché attache consul consul-general counsellor counselor
member activist hero founder predecessor successor officer marshal admiral
professor expert analyst researcher economist diplomat politician captain pilot
wife husband spouse lady delegate d'affaires d’affaires treasurer representative
""")

# Titles whose holder is named to a topic with "on" ("Adviser on Commerce", "Special Envoy on Climate").
TOPIC_TITLES: frozenset[str] = words("adviser advisor envoy assistant commissioner rapporteur coordinator")

# Titles of a reigning house: one of them after another ("King Sultan Ibrahim") opens the name,
# and a person so titled is not one of a government's office holders of the same surname.
ROYAL_TITLES: frozenset[str] = words("king queen prince princess emperor empress emir amir sultan monarch")

# Titles in the plural that head a list of names ("Cabinet Secretaries A and B"), each name's
# title being the singular.
ROLE_PLURALS: dict[str, str] = {
    "presidents": "president", "secretaries": "secretary", "ambassadors": "ambassador", "envoys": "envoy",
    "governors": "governor", "commissioners": "commissioner", "advisers": "adviser", "advisors": "advisor",
    "senators": "senator", "lawmakers": "lawmaker", "mayors": "mayor", "ministers": "minister",
}
ROLE_HEADS = ROLE_HEADS | frozenset(ROLE_PLURALS)

# Words that may stand inside a role phrase even when written in lower case (portfolio nouns
# that are sectors, "Tourism", "Culture", are read as sectors, `normalize.sectors`).
ROLE_MODIFIERS: frozenset[str] = words("""
prime foreign deputy vice first acting principal executive national security presidential
elect designate rear retired
state affairs external internal interior home defence defense finance commerce trade
economy economic industry agriculture information communications transport health education
energy planning high special senior assistant associate permanent federal provincial
general party communist standing committee council of the for and independence top staff
development cooperation resources relations works welfare growth sanitation lands chargé
extraordinary plenipotentiary resident regional country
""")

# Nouns that end a portfolio after a title and never stand in a name ("Secretary for Agrarian Reform X",
# "Adviser on the Peace Process X", "Minister for Overseas Workers X"), other than sectors.
PORTFOLIO_NOUNS: frozenset[str] = words("""
reform reforms process change affairs matters policy policies action rights resilience diaspora
overseas abroad workers veterans pensions services protection integration solidarity unity
enterprise enterprises innovation safety equality justice statistics housing expatriates emigrants
""")

# World regions a portfolio names ("Minister of State for the Middle East and North Africa", "for Asia and
# the Pacific"): the portfolio's last word, never a name's, so a name after it starts past it.
REGION_WORDS: frozenset[str] = words("""
africa asia europe america americas pacific caribbean commonwealth arctic antarctic balkans sahel maghreb
levant oceania eurasia indo-pacific
""")
# Words that make a continent of a state's name after them ("North America", "Latin America", "Central Asia").
REGION_MODIFIERS: frozenset[str] = words("north south east west central latin northern southern eastern "
                                         "western")

# Words of a role that tell of its holder, not of the office: a counterpart holds the office only
# ("Nepal's new prime minister A met his Indian counterpart B": B is no new prime minister).
HOLDER_MODIFIERS: frozenset[str] = words("new newly elected newly-elected re-elected former acting outgoing "
                                         "incoming interim caretaker then elect designate visiting veteran")


# First words of a military rank written before its abbreviated head ("Rear Adm.", "Brigadier Gen.").
RANK_MODIFIERS: frozenset[str] = words("rear vice air lieutenant major brigadier")

# Last words of a military rank written in full ("Air Vice Marshal", "Major General", "Rear Admiral").
RANK_HEADS: frozenset[str] = words("general marshal admiral colonel brigadier commodore")

# Abbreviated roles spelt out so that roles compare across articles.
ROLE_ABBREVIATIONS: dict[str, str] = {
    "pm": "Prime Minister", "fm": "Foreign Minister", "dpm": "Deputy Prime Minister",
    "cm": "Chief Minister", "ceo": "CEO",
}

# Last words of organisations and places that spaCy sometimes tags as persons.
NON_PERSON_WORDS: frozenset[str] = words("""
group ministry party house palace corporation corp company bank agency council forum
initiative summit airlines airways electronics motors motor university institute office
government republic kingdom federation union association commission committee news
post times daily press tribune herald reuters bloomberg afp xinhua yonhap dawn pid
railway rail port airport road street avenue square hall centre center hotel
province district region city island islands sea ocean day week release
stadium museum foundation academy college notice gazette
organization organisation navy army fund authority bureau board nations
assembly parliament treasury senate congress cabinet secretariat administration division
""") | DOCUMENT_NOUNS | GENERAL_DOCUMENT_NOUNS | STATEMENT_NOUNS | STATEMENT_PLURALS
# (a document's title line, "Joint Statement on the Official Visit of the President of …", names no one)

# Words of a landform or waterway in a name ("Victoria Falls", "Lake Volta"): with no title, no person.
PLACE_FEATURE_WORDS: frozenset[str] = words("falls lake river mount mountain canal gulf strait dam")

# Words before a name that mark a byline or a credit, not a person of the story ("Writing by …",
# "Translated by …" closing a wire or a translated story too).
CREDIT_WORDS: frozenset[str] = words("by writer writers photo photos credit reporting editing "
                                     "compiled reporter correspondent writing edited translated "
                                     "translation translator written")
# Words that head a release's contact line ("Inquiries: Anna Virtanen, Special Adviser, tel. …",
# "Media contact: …"), with a colon after them: the person to call, no person of the story.
CONTACT_WORDS: frozenset[str] = words("inquiries enquiries contact contacts")
# Words that mark a credit only with "by" after them ("Story by …", "Additional reporting by …").
CREDITED_BY_WORDS: frozenset[str] = words("story text words article interview")


def is_role_word(word: str) -> bool:
    """Return whether a (lower-cased) word can stand in a role phrase."""
    return word in ROLE_HEADS or word in ROLE_MODIFIERS


def expand_role(role: str) -> str:
    """Return the role with abbreviations ("PM", "FM") spelt out."""
    return ROLE_ABBREVIATIONS.get(role.lower().strip("."), role)
