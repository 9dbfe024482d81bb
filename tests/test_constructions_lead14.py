"""Constructions seen in real agency, ministry and regional reports outside the development sets
(round 14). Our own wording throughout.

Commitments: leaders who direct or instruct "the ministers responsible for X", "the ministries
concerned" or "the officials in charge of X" to act hand them an undertaking, though the parser hangs
the act under the object's own modifier ("for trade to meet"); "asked the relevant ministries to
…" bids a party's own people, as "asked our teams to …" does. Instruments: "as well as" parts the
subjects of one list as a comma or "and" does ("memoranda on fisheries as well as tourism"), and
"housing and urban development" is one field.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from accord.extract.rules import RulesExtractor
from tests import test_instruments
from tests.extract_support import facts
from tests.test_instruments import Find, finder

nlp = test_instruments.nlp  # the instrument rules' fixture, shared with tests/test_instruments.py

DAY = date(2031, 5, 12)


@pytest.fixture(scope="module")
def find(nlp: Language) -> Find:
    return finder(nlp, DAY, "Accra")


# -- an instruction to the ministers whose business it is --------------------------------------------

@pytest.mark.parametrize(("text", "action"), [
    ("The two presidents directed the ministers responsible for energy to meet and settle the power "
     "supply dispute.", "settle the power supply dispute"),
    ("The leaders instructed the ministries concerned to open a trade office in Lome.",
     "open a trade office"),
    ("Ruto and Museveni directed the officials responsible for the border to reopen the Busia crossing.",
     "reopen the Busia crossing"),
    ("The heads of state instructed the agencies concerned to draft a joint plan on locust control.",
     "draft a joint plan on locust control"),
    ("The two prime ministers asked the relevant ministries to prepare a visa waiver agreement.",
     "prepare a visa waiver agreement"),
    ("The presidents asked the ministers responsible for finance to finish the loan documents by June.",
     "finish the loan documents"),
])
def test_an_instruction_to_the_ministers_in_charge_is_an_undertaking(extractor: RulesExtractor, text: str,
                                                                     action: str) -> None:
    found = facts(extractor, text, published=DAY).commitments
    assert any(action in c.action for c in found), [c.action for c in found]


@pytest.mark.parametrize("text", [
    "The minister said the people concerned to leave the area had been warned.",
    "The leaders were concerned to see the slow progress on the railway.",
    "The airline asked the passengers concerned to rebook their flights.",
])
def test_concern_and_a_firms_request_are_no_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert [c.action for c in facts(extractor, text, published=DAY).commitments] == []


# -- "as well as" inside a list of subjects --------------------------------------------------------

@pytest.mark.parametrize(("text", "subjects"), [
    ("Ghana and Togo signed memoranda of understanding on fisheries as well as tourism.",
     ["fisheries", "tourism"]),
    ("Others are memoranda on animal health as well as housing and urban development.",
     ["animal health", "housing and urban development"]),
    ("The ministers signed agreements on customs, mining as well as road transport.",
     ["customs", "mining", "road transport"]),
    ("Memoranda on higher education as well as youth and sports were exchanged at the palace.",
     ["higher education", "youth and sports"]),
    ("Kenya and Chile signed accords on wine trade as well as the mutual recognition of diplomas.",
     ["wine trade", "mutual recognition of diplomas"]),
])
def test_as_well_as_parts_the_subjects_of_a_list(find: Find, text: str, subjects: list[str]) -> None:
    found = [i.subject for i in find(text)]
    assert sorted(found) == sorted(subjects), found


@pytest.mark.parametrize(("text", "subjects"), [
    ("Ghana and Togo signed an agreement on housing and urban development.",
     ["housing and urban development"]),
    ("The ministers signed an accord on fisheries, as well as a protocol on customs.",
     ["fisheries", "customs"]),
])
def test_one_field_and_a_document_after_as_well_as_stay_as_they_are(find: Find, text: str,
                                                                      subjects: list[str]) -> None:
    found = [i.subject for i in find(text)]
    assert all(any(s in f for f in found) for s in subjects) and len(found) == len(subjects), found


# -- the writer's aside: "It should be noted that X signed …" -------------------------------------

@pytest.mark.parametrize(("text", "subject"), [
    ("It should be noted that the two presidents signed a joint declaration in February.",
     "joint declaration"),
    ("It must be recalled that Ghana and Togo signed a memorandum on fisheries in 2019.", "fisheries"),
    ("It should be noted both ministers inked a protocol on customs during the visit.", "customs"),
    ("It should be mentioned that the two sides concluded an accord on air services last year.",
     "air services"),
    ("It must be remembered that Peru and Chile signed a treaty on extradition in 2001.", "extradition"),
])
def test_a_writers_aside_does_not_make_a_signing_a_plan(find: Find, text: str, subject: str) -> None:
    found = [(i.subject, i.status) for i in find(text) if subject in i.subject]
    assert found and all(status != "planned" for _, status in found), find(text)


@pytest.mark.parametrize(("text", "subject"), [
    ("The ministers said the two sides should sign a memorandum on fisheries soon.", "fisheries"),
    ("It is hoped that the two sides will sign an accord on air services in May.", "air services"),
])
def test_a_clause_of_its_own_looking_ahead_stays_a_plan(find: Find, text: str, subject: str) -> None:
    found = [(i.subject, i.status) for i in find(text) if subject in i.subject]
    assert found and all(status == "planned" for _, status in found), found


# -- meetings: "last year", two pairs, "were going to" ------------------------------------------------

@pytest.mark.parametrize(("text", "when"), [
    ("The foreign ministers of Ghana and Togo held talks in Lome last year.", "2030"),
    ("Last year, the foreign ministers of Ghana and Togo held talks in Lome.", "2030"),
    ("Earlier this year, the two presidents held talks in Lome.", "2031"),
    ("The defence ministers of Kenya and Chile met in Nairobi last month.", "2031-04"),
    ("President Ruto paid a state visit to Chile last year.", "2030"),
])
def test_a_held_meeting_is_dated_by_a_time_told_from_the_report(extractor: RulesExtractor, text: str,
                                                               when: str) -> None:
    found = facts(extractor, text, published=DAY).meetings
    assert [m.date for m in found] == [when], [(m.kind, m.date) for m in found]


@pytest.mark.parametrize("text", [
    "The foreign ministers held talks in Lome in 2019 on the Roadmap for 2025-2027.",
    "The foreign ministers held talks in Lome on Monday.",
])
def test_a_meetings_own_day_still_wins(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=DAY).meetings
    assert [m.date for m in found] in (["2019"], ["2031-05-12"]), [(m.kind, m.date) for m in found]


@pytest.mark.parametrize("text", [
    "President John Mahama and his Togolese counterpart Faure Gnassingbe on Tuesday signed six agreements "
    "during Mahama's visit to Lome. After signing the agreements the two presidents held a meeting behind "
    "closed doors. Mahama met earlier Tuesday with Togolese opposition leader Jean-Pierre Fabre.",
    "President William Ruto and his Ugandan counterpart Yoweri Museveni on Monday signed four agreements "
    "during Ruto's visit to Kampala. After the signing the two presidents held talks in private. Ruto met "
    "later Monday with Ugandan opposition leader Bobi Wine.",
    "President Gabriel Boric and his Brazilian counterpart Lula da Silva on Friday signed nine agreements "
    "during Boric's visit to Brasilia. After the ceremony the two leaders held a meeting behind closed "
    "doors. Boric met earlier Friday with Senate President Rodrigo Pacheco.",
    "Prime Minister Anwar Ibrahim and his Thai counterpart Srettha Thavisin on Monday signed two agreements "
    "during Anwar's visit to Bangkok. After signing the deals the two prime ministers held a meeting. Anwar "
    "met earlier Monday with Thai opposition leader Pita Limjaroenrat.",
    "President Cyril Ramaphosa and his Kenyan counterpart William Ruto on Wednesday signed five agreements "
    "during Ramaphosa's visit to Nairobi. After the signing the two presidents held talks behind closed "
    "doors. Ramaphosa met later Wednesday with former President Uhuru Kenyatta.",
])
def test_one_person_meeting_two_others_is_two_meetings(extractor: RulesExtractor, text: str) -> None:
    found = [m for m in facts(extractor, text, published=DAY).meetings if m.kind == "talks"]
    assert len(found) == 2 and all(len(m.participants) == 2 for m in found), [m.participants for m in found]


@pytest.mark.parametrize("text", [
    "President Mahama and President Gnassingbe held talks in Lome on Tuesday. Mahama, Gnassingbe and "
    "Foreign Minister Robert Dussey then met in a wider format on Tuesday.",
    "President Ruto held talks with President Museveni in Kampala on Monday. Ruto and Museveni "
    "discussed the oil pipeline.",
])
def test_a_wider_telling_of_the_same_talks_stays_one(extractor: RulesExtractor, text: str) -> None:
    found = [m for m in facts(extractor, text, published=DAY).meetings if m.kind == "talks"]
    assert len(found) == 1, [m.participants for m in found]


@pytest.mark.parametrize("text", [
    "The two leaders confirmed that the joint cabinet meetings were going to take place.",
    "Officials said the summit was going to take place in Lome.",
    "The diplomat said the talks were going to be held in Abuja.",
    "Ghana's president said the commission session was going to open in Accra.",
    "The ministers indicated that the joint commission meeting is going to take place in Kumasi.",
])
def test_an_encounter_going_to_happen_is_not_held(extractor: RulesExtractor, text: str) -> None:
    assert [m.kind for m in facts(extractor, text, published=DAY).meetings] == []


@pytest.mark.parametrize("text", [
    "The joint commission meeting took place in Kumasi on Monday.",
    "The summit, which was going to take place in March, opened in Lome on Monday.",
])
def test_an_encounter_told_held_stays_held(extractor: RulesExtractor, text: str) -> None:
    assert len(facts(extractor, text, published=DAY).meetings) == 1


# -- "This came during a meeting": the agencies' way of placing the sentence before ----------------

@pytest.mark.parametrize(("text", "who"), [
    ("KUWAIT, May 12 (KUNA) -- Kuwait's Foreign Minister Abdullah Al-Yahya and Oman's Foreign Minister "
     "Badr Albusaidi have discussed bilateral ties and regional developments. This came over a phone call "
     "on Monday.", {"Abdullah Al-Yahya", "Badr Albusaidi"}),
    ("DOHA, May 12 (QNA) -- Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani and Jordan's "
     "Foreign Minister Ayman Safadi reviewed cooperation between the two countries. This came during a "
     "meeting in Doha on Sunday.", {"Mohammed bin Abdulrahman Al Thani", "Ayman Safadi"}),
    ("RIYADH, May 12 (SPA) -- Saudi Foreign Minister Prince Faisal bin Farhan and his Egyptian counterpart "
     "Badr Abdelatty discussed the situation in Gaza. This came during a phone call on Tuesday.",
     {"Faisal bin Farhan", "Badr Abdelatty"}),
    ("ABU DHABI, May 12 (WAM) -- Sheikh Abdullah bin Zayed and Elmar Mammadyarov, Azerbaijan's Foreign "
     "Minister, have discussed the friendship ties between the two countries. This came over a phone call "
     "wherein the ministers reviewed regional developments.", {"Abdullah bin Zayed", "Elmar Mammadyarov"}),
    ("MANAMA, May 12 (BNA) -- Bahrain's Foreign Minister Abdullatif Al Zayani discussed regional issues "
     "with his Egyptian counterpart Badr Abdelatty. That came during a phone call on Monday.",
     {"Abdullatif Al Zayani", "Badr Abdelatty"}),
])
def test_what_this_came_during_was_held_by_the_two_just_named(extractor: RulesExtractor, text: str,
                                                             who: set[str]) -> None:
    found = facts(extractor, text, published=DAY).meetings
    assert len(found) == 1 and set(found[0].participants) == who, [(m.kind, m.participants) for m in found]


@pytest.mark.parametrize("text", [
    "KUWAIT, May 12 (KUNA) -- The foreign ministers discussed regional issues. This came during a phone "
    "call on Monday.",
    "President William Ruto, President Yoweri Museveni and President Samia Suluhu Hassan discussed the "
    "crisis. This came during a meeting in Arusha on Sunday.",
])
def test_no_pair_is_guessed_without_two_people_just_named(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=DAY).meetings
    assert all(len(m.participants) != 2 for m in found), [(m.kind, m.participants) for m in found]


# -- people: a title heading the next listed name; names listed under a plural title -----------------

@pytest.mark.parametrize(("text", "name", "other"), [
    ("He was accompanied by Minister of Foreign Affairs Shah Qureshi, Advisor to the Prime Minister on "
     "Commerce Abdul Dawood, Secretary Foreign Affairs Sohail Mehmood, and senior officials.", "Abdul Dawood",
     "secretary"),
    ("Those at the table were Senator Ana Rojas, Governor Luis Soto and two advisers.", "Ana Rojas",
     "governor"),
    ("The minister was joined by Mr Eliud Owalo, Trade Advisor Peter Kamau and Member of Parliament Grace "
     "Onyango.", "Eliud Owalo", "advisor"),
    ("Also present were Dr Amina Mohamed, Principal Secretary Korir Sing'oei and the ambassador.",
     "Amina Mohamed", "secretary"),
    ("The visitors met Ms Carmen Vega, Deputy Minister Luis Soto and local officials.", "Carmen Vega",
     "deputy"),
    ("The delegation included Energy Minister Opiyo Wandayi, Trade Advisor Peter Kamau and others.",
     "Opiyo Wandayi", "advisor"),
])
def test_a_title_heading_the_next_name_is_not_the_names_before(extractor: RulesExtractor, text: str,
                                                               name: str, other: str) -> None:
    people = {p.name: p.role for p in facts(extractor, text, published=DAY).people}
    assert name in people and other not in (people[name] or "").lower(), people


@pytest.mark.parametrize(("text", "names", "role"), [
    ("The delegation includes cabinet ministers Aden Duale, Alice Wahome and Soipan Tuya.",
     ["Alice Wahome", "Soipan Tuya"], "cabinet minister"),
    ("The prime minister is accompanied by federal ministers Shah Mahmood Qureshi, Chaudhry Fawad Hussain, "
     "Asad Umar and Hammad Azhar.", ["Chaudhry Fawad Hussain", "Asad Umar", "Hammad Azhar"],
     "federal minister"),
    ("The president was accompanied by cabinet secretaries Aden Duale, Alice Wahome, Soipan Tuya and Eliud "
     "Owalo, Trade Advisor Peter Kamau and others.", ["Alice Wahome", "Eliud Owalo"], "cabinet secretary"),
])
def test_names_listed_under_a_plural_title_take_its_singular(extractor: RulesExtractor, text: str,
                                                             names: list[str], role: str) -> None:
    people = {p.name: p.role for p in facts(extractor, text, published=DAY).people}
    assert all((people.get(n) or "").lower() == role for n in names), people


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Kenya's Foreign Minister Musalia Mudavadi, the former premier, met the press.", "Musalia Mudavadi",
     "Foreign Minister"),
    ("Musalia Mudavadi, Kenya's Foreign Minister, met Ruto.", "Musalia Mudavadi", "Foreign Minister"),
])
def test_an_apposition_after_a_name_stays_its_title(extractor: RulesExtractor, text: str, name: str,
                                                   role: str) -> None:
    people = {p.name: p.role for p in facts(extractor, text, published=DAY).people}
    assert role.lower() in (people.get(name) or "").lower(), people


# -- "H. E." written apart; "the two statesmen" are the pair ------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("The President of Ghana, H. E. John Mahama, received his guest.", "John Mahama"),
    ("H. E. Evaristo Carvalho arrived in Malabo on Tuesday.", "Evaristo Carvalho"),
    ("The events began when the President of Equatorial Guinea, H. E. Obiang Nguema Mbasogo, received his "
     "counterpart.", "Obiang Nguema Mbasogo"),
    ("The talks were opened by H. E. Amina Mohamed, Kenya's Cabinet Secretary for Sports.", "Amina Mohamed"),
    ("The ambassador of Chile, H. E. Rosa Quispe, presented her credentials.", "Rosa Quispe"),
])
def test_his_excellency_written_apart_is_no_part_of_the_name(extractor: RulesExtractor, text: str,
                                                             name: str) -> None:
    assert [p.name for p in facts(extractor, text, published=DAY).people] == [name]


@pytest.mark.parametrize("text", [
    "A press conference by the two African statesmen was the last event.",
    "The two statesmen then held a press conference in Malabo.",
    "The two dignitaries planted a tree at the palace.",
    "The two counterparts reviewed a guard of honour.",
    "The two monarchs attended a banquet in Muscat.",
    "Later the two statesmen signed the visitors' book.",
    "The two time-tested friends look for joint celebrations in 2031.",
    "The two partners agreed to meet again in Lima.",
])
def test_the_two_statesmen_are_the_pair_not_a_count(extractor: RulesExtractor, text: str) -> None:
    assert [f.value for f in facts(extractor, text, published=DAY).figures] == []


@pytest.mark.parametrize(("text", "value"), [
    ("Kenya will send 40 statesmen and scholars to the forum.", "40"),
    ("The fund will train 300 diplomats over five years.", "300"),
])
def test_a_count_of_people_sent_stays_a_figure(extractor: RulesExtractor, text: str, value: str) -> None:
    assert value in [f.value for f in facts(extractor, text, published=DAY).figures]


# -- "in future" is no subject; what a party is to ensure is its act --------------------------------

@pytest.mark.parametrize("text", [
    "The two Heads of State pledged to ensure implementation of the two MoUs and other instruments to be "
    "signed in future.",
    "More agreements will be signed in future, the minister said.",
    "Further memoranda are to be signed in future, officials said.",
    "Other accords will be concluded in future.",
    "The protocol will be signed in future.",
])
def test_in_future_is_no_subject(find: Find, text: str) -> None:
    assert [i.subject for i in find(text) if i.subject.lower() in ("future", "in future")] == []


@pytest.mark.parametrize(("text", "action"), [
    ("The two Heads of State pledged to ensure immediate implementation of the two MoUs and other "
     "instruments to be signed in future.", "ensure immediate implementation of the two MoUs"),
    ("The leaders agreed to ensure the new bridge is completed by June.",
     "ensure the new bridge is completed"),
    ("The ministers undertook to ensure that the border post reopens in May.",
     "ensure that the border post reopens"),
    ("Kenya will ensure the loan is disbursed within three months.", "ensure the loan is disbursed"),
    ("The two sides agreed to guarantee that trucks cross the border within a day.",
     "guarantee that trucks cross the border"),
])
def test_what_a_party_is_to_ensure_is_its_act(extractor: RulesExtractor, text: str, action: str) -> None:
    assert any(c.action.startswith(action) for c in facts(extractor, text, published=DAY).commitments), \
        [c.action for c in facts(extractor, text, published=DAY).commitments]


@pytest.mark.parametrize("text", [
    "Heavy rains in May ensured that the harvest was good.",
    "Officials said they could not ensure the road would open on time.",
])
def test_nothing_to_ensure_or_a_denial_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert [c.action for c in facts(extractor, text, published=DAY).commitments] == []


@pytest.mark.parametrize(("text", "subject"), [
    ("The two sides signed an agreement on cooperation in future technologies.", "future technologies"),
    ("They signed a memorandum on the future of the railway.", "future of the railway"),
])
def test_a_future_that_is_a_topic_stays_one(find: Find, text: str, subject: str) -> None:
    assert any(subject in i.subject for i in find(text)), [i.subject for i in find(text)]


# -- "yesterday" is the writer's day, as a weekday is --------------------------------------------------

@pytest.mark.parametrize(("text", "when"), [
    ("President Irfaan Ali, yesterday met Canadian High Commissioner, Lilian Chatterjee during a courtesy "
     "call at State House.", "2031-05-11"),
    ("President Ruto met President Museveni at State House yesterday.", "2031-05-11"),
    ("Yesterday, Foreign Minister Ana Rojas held talks with her Chilean counterpart in Lima.", "2031-05-11"),
    ("President Ruto spoke by phone with President Museveni yesterday evening.", "2031-05-11"),
    ("Prime Minister Modi arrived in Nairobi yesterday on a state visit.", "2031-05-11"),
])
def test_yesterday_is_the_day_before_the_report(extractor: RulesExtractor, text: str, when: str) -> None:
    found = facts(extractor, text, published=DAY).meetings
    assert found and all(m.date == when for m in found), [(m.kind, m.date) for m in found]


@pytest.mark.parametrize(("text", "when"), [
    ("President Ruto met President Museveni at State House on Sunday.", "2031-05-11"),
    ("President Ruto met President Museveni at State House on 9 May 2031.", "2031-05-09"),
])
def test_a_weekday_or_a_calendar_day_is_read_as_before(extractor: RulesExtractor, text: str,
                                                       when: str) -> None:
    assert [m.date for m in facts(extractor, text, published=DAY).meetings] == [when]


# -- a dated caption over a body that dates the meeting is its picture -----------------------------

@pytest.mark.parametrize("text", [
    "Prime Minister Anwar meets President Prabowo in Jakarta yesterday. (Photo: Bernama)\nOn Sunday, Prime "
    "Minister Anwar held talks with President Prabowo on the South China Sea.",
    "President Ruto greets President Museveni at State House in Nairobi on Sunday. (Photo: PCS)\nOn Sunday, "
    "President Ruto held talks with President Museveni on the oil pipeline.",
    "Foreign Minister Rojas meets Foreign Minister Alberto van Klaveren in Lima on Sunday. (Photo: Andina)\n"
    "Foreign Minister Rojas held talks with Foreign Minister Alberto van Klaveren on Sunday.",
    "King Abdullah receives President Macron at the palace in Amman yesterday. (Photo: Petra)\nKing "
    "Abdullah held talks with President Macron on Sunday.",
    "Premier Li meets Chancellor Weber in Beijing on Sunday. (Photo: Xinhua)\nOn Sunday, Premier Li held "
    "talks with Chancellor Weber.",
])
def test_a_caption_dated_as_the_body_does_not_show_the_meeting(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=DAY).meetings
    caption_end = text.index("\n")
    assert found and all(m.evidence.start > caption_end for m in found), [m.evidence.text for m in found]


@pytest.mark.parametrize("text", [
    "President Ruto meets President Museveni at State House in Nairobi on Sunday. (Photo: PCS)\nKenya and "
    "Uganda share a long border.",
    "Premier Li meets Chancellor Weber in Beijing on Sunday. (Photo: Xinhua)\nTrade between China and "
    "Germany rose last year.",
])
def test_a_caption_alone_still_shows_its_meeting(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=DAY).meetings
    assert found and found[0].evidence.start < text.index("\n"), [m.evidence.text for m in found]
