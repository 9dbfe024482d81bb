"""The titles and roles lexicon shared by the people, meetings and commitments stages."""

from __future__ import annotations

# Words that make a phrase a role: "Defence Minister", "Ambassador", "spokesperson".
ROLE_HEADS: frozenset[str] = frozenset("""
president vice-president premier minister ministers secretary secretary-general undersecretary
ambassador envoy king queen prince princess emperor emir amir sultan sheikh monarch
chairman chairwoman chairperson chair governor spokesperson spokesman spokeswoman
councillor councilor adviser advisor commissioner chancellor mayor speaker director
director-general ceo chief head leader senator lawmaker mp deputy administrator
general commander attaché attache consul consul-general counsellor counselor
""".split())

# Words that may stand inside a role phrase even when written in lower case.
ROLE_MODIFIERS: frozenset[str] = frozenset("""
prime foreign deputy vice first acting principal executive national security presidential
state affairs external internal interior home defence defense finance commerce trade
economy economic industry agriculture information communications transport health education
energy planning high special senior assistant associate permanent federal provincial
general party communist standing committee council of the for and
""".split())

# Courtesy words between a role and a name ("Senator Ishaq Dar", "H.E. Mr."): not the name.
HONORIFICS: frozenset[str] = frozenset("""
mr mr. mrs mrs. ms ms. dr dr. h.e. h.e .e. his her majesty excellency highness royal
senator sen. sir dame lord madam shri sri sheikh hon. honourable honorable prof prof.
capt capt. col col. maj maj. lt lt. gen. adm adm. brig brig.
""".split())

# Abbreviated roles spelt out so that roles compare across articles.
ROLE_ABBREVIATIONS: dict[str, str] = {
    "pm": "Prime Minister", "fm": "Foreign Minister", "dpm": "Deputy Prime Minister",
    "cm": "Chief Minister", "ceo": "CEO",
}

# Last words of organisations and places that spaCy sometimes tags as persons.
NON_PERSON_WORDS: frozenset[str] = frozenset("""
group ministry party house palace corporation corp company bank agency council forum
initiative summit airlines airways electronics motors motor university institute office
government republic kingdom federation union association commission committee news
post times daily press tribune herald reuters bloomberg afp xinhua yonhap dawn pid
railway rail port airport road street avenue square hall centre center hotel
province district region city island islands sea ocean day week agreement mou
""".split())

# Words before a name that mark a byline or a credit, not a person of the story.
CREDIT_WORDS: frozenset[str] = frozenset("by writer writers photo photos credit reporting editing "
                                         "compiled reporter correspondent".split())


def is_role_word(word: str) -> bool:
    """Return whether a (lower-cased) word can stand in a role phrase."""
    return word in ROLE_HEADS or word in ROLE_MODIFIERS


def expand_role(role: str) -> str:
    """Return the role with abbreviations ("PM", "FM") spelt out."""
    return ROLE_ABBREVIATIONS.get(role.lower().strip("."), role)
