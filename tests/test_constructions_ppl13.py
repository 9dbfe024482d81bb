"""People and how meetings and commitments name their actors (issue 9, ppl13), on our own wording.

A lone name joined to a person as the subject of a shared act is a person ("Prabowo and Anwar
Ibrahim met"); "Sheikh" before a single name is part of how the person is called ("Sheikh
Hasina"); a counterpart holds the office, not its holder's "new" or "former"; a name opening a
sentence keeps the given name the tagger left out; a monarch's number is part of the name; an
outlet's name before a dash and a dateline with no dash are no part of the story's first sentence;
a title phrase ("the Russian president", "the visiting premier", "the Chinese leader") stands for the
one person the article names so, as a meeting's participant and a commitment's actor.
"""

from __future__ import annotations

import pytest

from accord.core import ArticleFacts, Person
from accord.datelines import dateline_span
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts as extract_facts

# Enough of the genre's words that the article is read as one about relations.
LEAD = "Ghana and Peru signed a memorandum of understanding on trade cooperation during the state visit. "


def found(extractor: RulesExtractor, text: str, lead: str = LEAD) -> ArticleFacts:
    return extract_facts(extractor, text, lead=lead)


def people(extractor: RulesExtractor, text: str, lead: str = LEAD) -> list[Person]:
    return list(found(extractor, text, lead).people)


def names(extractor: RulesExtractor, text: str, lead: str = LEAD) -> set[str]:
    return {p.name for p in people(extractor, text, lead)}


def person(extractor: RulesExtractor, text: str, name: str, lead: str = LEAD) -> Person:
    matches = [p for p in people(extractor, text, lead) if p.name == name]
    assert matches, [(p.name, p.role) for p in people(extractor, text, lead)]
    return matches[0]


# --------------------------------------------------------------------------- a lone name joined to a person


@pytest.mark.parametrize(("text", "name"), [
    ("Prabowo and Anwar Ibrahim met in Putrajaya on Monday to discuss border trade.", "Prabowo"),
    ("Jokowi and Lee Hsien Loong held talks in Singapore on Tuesday.", "Jokowi"),
    ("Anwar and Prabowo Subianto witnessed the signing of three agreements in Jakarta.", "Anwar"),
    ("Tokayev and Shavkat Mirziyoyev inaugurated a new border crossing on Friday.", "Tokayev"),
    ("Marcos and Ishiba held talks at Malacañang Palace.", "Marcos"),
    ("Sisi and Mahmoud Abbas discussed the ceasefire in Cairo.", "Sisi"),
])
def test_a_lone_name_joined_to_a_person_in_a_shared_act_is_one(extractor: RulesExtractor, text: str,
                                                                name: str) -> None:
    assert name in names(extractor, text)


@pytest.mark.parametrize(("text", "stray"), [
    ("Kenya and William Ruto met the press.", "Kenya"),
    ("Samsung and Lee Jae-yong signed a supply deal.", "Samsung"),
])
def test_a_state_or_firm_joined_to_a_person_is_none(extractor: RulesExtractor, text: str, stray: str) -> None:
    assert stray not in names(extractor, text)


# --------------------------------------------------------------------------- "Sheikh" before one name


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Hon'ble Prime Minister Sheikh Hasina received the Indian foreign secretary in Dhaka on Sunday.",
     "Sheikh Hasina", "Prime Minister"),
    ("Sheikh Hasina said Bangladesh would sign the water-sharing deal by December.",
     "Sheikh Hasina", "Sheikh"),
    ("Bangladeshi Prime Minister Sheikh Hasina met Indian Prime Minister Narendra Modi in New Delhi.",
     "Sheikh Hasina", "Prime Minister"),
    ("Sheikha Moza met the Rwandan first lady in Doha.", "Sheikha Moza", None),
    ("Sheikh Hasina and Narendra Modi held talks in New Delhi on Saturday.", "Sheikh Hasina", "Sheikh"),
])
def test_sheikh_before_one_name_is_part_of_it(extractor: RulesExtractor, text: str, name: str,
                                              role: str | None) -> None:
    assert person(extractor, text, name).role == role


@pytest.mark.parametrize(("text", "name"), [
    ("UAE President Sheikh Mohamed bin Zayed Al Nahyan met French President Emmanuel Macron in Paris.",
     "Mohamed bin Zayed Al Nahyan"),
    ("Sheikh Tamim bin Hamad Al Thani, the Emir of Qatar, received the Kenyan president in Doha.",
     "Tamim bin Hamad Al Thani"),
])
def test_sheikh_before_a_full_name_stays_a_style(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in names(extractor, text)


def test_sheikh_inside_a_name_is_no_role(extractor: RulesExtractor) -> None:
    text = "Hassan Sheikh Mohamud said Somalia would join the regional standby force."
    assert person(extractor, text, "Hassan Sheikh Mohamud").role is None


# --------------------------------------------------------------------------- a counterpart's office


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Nepal's new prime minister Sushila Karki met his Indian counterpart Narendra Modi in New Delhi.",
     "Narendra Modi", "prime minister"),
    ("Former Japanese prime minister Fumio Kishida met his Chinese counterpart Li Qiang in Seoul.",
     "Li Qiang", "prime minister"),
    ("Acting Foreign Minister Ana Ruiz held talks with her Chilean counterpart Alberto van Klaveren in Lima.",
     "Alberto van Klaveren", "Foreign Minister"),
    ("Newly elected President Maria Lopez received her Bolivian counterpart Luis Arce in Lima.",
     "Luis Arce", "President"),
    ("Outgoing Trade Minister Kofi Boateng met his Peruvian counterpart Rosa Quispe in Accra.",
     "Rosa Quispe", "Trade Minister"),
])
def test_a_counterpart_holds_the_office_only(extractor: RulesExtractor, text: str, name: str,
                                             role: str) -> None:
    assert person(extractor, text, name).role == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Deputy Foreign Minister Ana Ruiz met her Chilean counterpart Jorge Vidal in Lima.",
     "Jorge Vidal", "Deputy Foreign Minister"),
    ("Vice President Kwame Asante received his Peruvian counterpart Rosa Quispe in Accra.",
     "Rosa Quispe", "Vice President"),
])
def test_a_counterpart_keeps_the_rank_of_the_office(extractor: RulesExtractor, text: str, name: str,
                                                    role: str) -> None:
    assert person(extractor, text, name).role == role


# --------------------------------------------------------------------------- names of several styles


@pytest.mark.parametrize(("text", "name"), [
    ("Abiy Ahmed Ali and Hassan Sheikh Mohamud held talks in Addis Ababa on Sunday.", "Abiy Ahmed Ali"),
    ("Spanish King Felipe VI received Mexican President Claudia Sheinbaum at the Royal Palace.", "Felipe VI"),
    ("Moroccan King Mohammed VI received French President Emmanuel Macron in Rabat.", "Mohammed VI"),
    ("Thai King Rama X received Bhutanese Prime Minister Tshering Tobgay in Bangkok.", "Rama X"),
    ("Norwegian King Harald V received Ghanaian President John Mahama at the Royal Palace in Oslo.",
     "Harald V"),
])
def test_a_name_keeps_its_opening_word_and_its_reign(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in names(extractor, text)


def test_a_roman_number_after_no_name_is_none(extractor: RulesExtractor) -> None:
    text = "The talks covered Phase II of the rail project, Ambassador Lee said."
    assert not any("II" in n for n in names(extractor, text))


# --------------------------------------------------------------------------- outlets and datelines


@pytest.mark.parametrize(("text", "body"), [
    ("Islam Times - British Foreign Secretary James Cleverly has postponed his visit to China.", "British"),
    ("Gulf News – Emirati Foreign Minister Abdullah bin Zayed met his Omani counterpart.", "Emirati"),
    ("Daily Express | Nigerian President Bola Tinubu arrived in Accra on Monday.", "Nigerian"),
    ("New Delhi, Nov 12 (IANS) Prime Minister Narendra Modi held talks with the Bhutanese king.", "Prime"),
    ("Seoul, Oct 5 US President Donald Trump will meet South Korean President Lee Jae-myung.", "US"),
    ("Kathmandu, Feb 2 Nepal and India signed an agreement on cross-border power trade.", "Nepal"),
])
def test_an_opening_credit_or_dateline_ends_before_the_story(text: str, body: str) -> None:
    span = dateline_span(text)
    assert span is not None and text[span[1]:].startswith(body)


@pytest.mark.parametrize("text", [
    "Kenya and Peru - a partnership renewed. The two states signed a treaty.",
    "Update - the ministers met again on Monday.",
    "Lima, the capital, hosted the talks on Monday.",
    "Kumasi, May 3 Cabinet meeting notes were released.",  # no capital: a place and a day, not a dateline
])
def test_no_credit_where_none_is(text: str) -> None:
    assert dateline_span(text) is None


def test_an_outlet_is_no_part_of_an_actor(extractor: RulesExtractor) -> None:
    text = ("Islam Times - British Foreign Secretary James Cleverly has postponed his visit to China, "
            "officials said.")
    actors = [c.actor or "" for c in found(extractor, text, lead="").commitments]
    assert actors and not any("Times" in a for a in actors)


@pytest.mark.parametrize("text", [
    "Beijing, March 3 Chinese President Xi Jinping met Brazilian President Lula da Silva on Monday.",
    "Seoul, Oct 5 US President Donald Trump met South Korean President Lee Jae-myung in Gyeongju on Monday.",
    "Hanoi, Jan 9 (VNA) Prime Minister Pham Minh Chinh received Lao Premier Sonexay Siphandone on Monday.",
    "Abuja, 3 March (NAN) President Bola Tinubu held talks with Ghanaian President John Mahama on Monday.",
    "Accra, June 2 Ghanaian President John Mahama met Peruvian President Rosa Quispe on Monday.",
])
def test_a_dateline_without_a_dash_is_no_part_of_the_meeting(extractor: RulesExtractor, text: str) -> None:
    talks = [m for m in found(extractor, text, lead="").meetings if m.kind == "talks"]
    assert talks and all(m.evidence.start > text.index(",") for m in talks)
    assert all(m.date == "2025-05-05" for m in talks)  # Monday before the story's day, not the dateline's


# --------------------------------------------------------------------------- a title standing for a person


@pytest.mark.parametrize(("text", "name"), [
    ("Russian President Vladimir Putin arrived in New Delhi on Thursday for a two-day state visit. "
     "The Russian president held talks with Prime Minister Narendra Modi on Friday.", "Vladimir Putin"),
    ("Chinese President Xi Jinping arrived in Hanoi on Monday. The Chinese leader held talks with "
     "Vietnamese Prime Minister Pham Minh Chinh on Tuesday.", "Xi Jinping"),
    ("Vietnamese Prime Minister Pham Minh Chinh arrived in Tokyo on Monday. The visiting premier met "
     "Japanese Prime Minister Sanae Takaichi on Tuesday.", "Pham Minh Chinh"),
    ("Kenyan President William Ruto arrived in Accra on Monday. The Kenyan leader met Ghanaian "
     "President John Mahama on Tuesday.", "William Ruto"),
    ("Peruvian Foreign Minister Rosa Quispe flew to Accra on Sunday. On Monday, Ghanaian Foreign "
     "Minister Kwame Asante held talks with the Peruvian minister.", "Rosa Quispe"),
])
def test_a_title_phrase_is_a_meetings_participant(extractor: RulesExtractor, text: str, name: str) -> None:
    talks = [m for m in found(extractor, text, lead="").meetings if m.kind == "talks"]
    assert talks and any(name in m.participants for m in talks)


@pytest.mark.parametrize(("text", "actor"), [
    ("Vietnamese Prime Minister Pham Minh Chinh arrived in Tokyo on Monday. The visiting premier "
     "promised to expand labour exchanges.", "Pham Minh Chinh"),
    ("Kenyan President William Ruto met Ghanaian President John Mahama in Accra. The Kenyan leader "
     "pledged to open a trade office in Kumasi by June.", "William Ruto"),
    ("Peruvian Prime Minister Ana Vargas met Ghanaian President John Mahama in Accra. The Peruvian "
     "premier promised to send a trade mission in March.", "Ana Vargas"),
    ("Japanese Prime Minister Sanae Takaichi met Chinese President Xi Jinping in Gyeongju. The Chinese "
     "leader promised to lift the ban on Japanese seafood by July.", "Xi Jinping"),
    ("Chinese Premier Li Qiang arrived in Canberra on Saturday. The Chinese leader promised to resume "
     "imports of Australian lobster.", "Li Qiang"),
])
def test_a_title_phrase_is_a_commitments_actor(extractor: RulesExtractor, text: str, actor: str) -> None:
    assert actor in [c.actor for c in found(extractor, text, lead="").commitments]


@pytest.mark.parametrize("text", [
    # two holders of the title of one state: no one person is meant
    ("Kenyan President William Ruto and Kenyan Prime Minister Musalia Mudavadi met Ghanaian President "
     "John Mahama. The Kenyan leader promised to open a trade office in Kumasi."),
    # the vice president is no president
    ("Kenyan Vice President Kithure Kindiki met Ghanaian President John Mahama in Accra. The Kenyan "
     "president promised to open a trade office in Kumasi."),
])
def test_a_title_phrase_of_no_one_person_names_no_one(extractor: RulesExtractor, text: str) -> None:
    actors = [c.actor or "" for c in found(extractor, text, lead="").commitments]
    assert not any(n in a for a in actors for n in ("Ruto", "Mudavadi", "Kindiki"))


# --------------------------------------------------------------------------- a name after "counterpart"


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Japanese Prime Minister Fumio Kishida met his South Korean counterpart Han Duck-soo in Seoul.",
     "Han Duck-soo", "Prime Minister"),
    ("Peruvian President Dina Boluarte met her Indonesian counterpart Prabowo in Jakarta.",
     "Prabowo", "President"),
    ("Kenyan President William Ruto met his Ethiopian counterpart Taye in Addis Ababa.", "Taye", "President"),
    ("Malaysian Foreign Minister Mohamad Hasan met his Indonesian counterpart Retno in Bali.",
     "Retno", "Foreign Minister"),
    ("Chilean President Gabriel Boric met his Argentine counterpart Milei in Santiago.",
     "Milei", "President"),
])
def test_a_name_after_counterpart_is_a_person(extractor: RulesExtractor, text: str, name: str,
                                              role: str) -> None:
    assert person(extractor, text, name).role == role


@pytest.mark.parametrize("text", [
    "The Peruvian minister met his counterpart Tuesday in Accra.",
    "The Peruvian minister met his Ghanaian counterpart Monday, then flew to Lima.",
])
def test_a_day_after_counterpart_is_no_name(extractor: RulesExtractor, text: str) -> None:
    assert not any(day in n for n in names(extractor, text) for day in ("Monday", "Tuesday"))


# --------------------------------------------------------------------------- "Amir" as a given name


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Pakistani Prime Minister Shehbaz Sharif met Afghan Foreign Minister Amir Khan Muttaqi in Islamabad.",
     "Amir Khan Muttaqi", "Foreign Minister"),
    ("Afghan Foreign Minister Amir Khan Muttaqi said Kabul would reopen the crossing by Friday.",
     "Amir Khan Muttaqi", "Foreign Minister"),
    ("Iranian Foreign Minister Hossein Amir-Abdollahian met Omani Foreign Minister Badr Albusaidi in Muscat.",
     "Hossein Amir-Abdollahian", "Foreign Minister"),
    ("Iranian Defence Minister Amir Nasirzadeh met his Peruvian counterpart in Lima.",
     "Amir Nasirzadeh", "Defence Minister"),
    ("Israeli Defence Minister Amir Peretz received the Peruvian envoy in Tel Aviv.",
     "Amir Peretz", "Defence Minister"),
])
def test_amir_after_an_office_is_a_given_name(extractor: RulesExtractor, text: str, name: str,
                                              role: str) -> None:
    assert person(extractor, text, name).role == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Qatari Amir Sheikh Tamim bin Hamad Al Thani received the Peruvian president in Doha.",
     "Tamim bin Hamad Al Thani", "Amir"),
    ("Kuwaiti Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received the Ghanaian president.",
     "Mishal Al-Ahmad Al-Jaber Al-Sabah", "Amir"),
])
def test_amir_as_a_rulers_title_stays_the_role(extractor: RulesExtractor, text: str, name: str,
                                               role: str) -> None:
    assert person(extractor, text, name).role == role
