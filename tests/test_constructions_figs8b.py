"""People and figures on unseen text (issue 9, figs8b), proved on our own wording.

A state written after a titled name ("President X of Ghana") is the person's; a title tied to
its office by "at" or "in" ("State Secretary at the Ministry of Foreign Affairs X") is whole;
a royal style after a royal title opens the name ("King Sultan Ibrahim") and a royal title is
not grouped with an office holder of the same surname; animals named in a report are no people;
a title's last portfolio after ", and" is the title's; a title and name in a place's name ("the
King Fahd Causeway", "at the General Diwan") is no person; a name after a state's possessive is
that state's person when it speaks, meets or stands beside a person ("Peru's Rosa Quispe and
Ghana's Kwame Asante signed"); a title a determiner opens before a comma and a courtesy is the
name's ("The Peruvian envoy, Ms Rosa Quispe, …"). Figures: a crowd an event draws is
no figure even when the tagger makes "trade" the subject of "The trade fair drew …", nor is how
long a thing done took ("the talks took about 18 months").
"""

from __future__ import annotations

import pytest

from accord.core import ArticleFacts, Person
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts as extract_facts

# Enough of the genre's words that the article is read as one about relations.
LEAD = "Ghana and Peru signed a memorandum of understanding on trade cooperation during the state visit. "


def found(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return extract_facts(extractor, text, lead=LEAD)


def person(extractor: RulesExtractor, text: str, name: str) -> Person:
    matches = [p for p in found(extractor, text).people if p.name == name]
    assert len(matches) == 1, [p.name for p in found(extractor, text).people]
    return matches[0]


def numbers(extractor: RulesExtractor, text: str) -> list[float | None]:
    return [f.number for f in found(extractor, text).figures]


def names(extractor: RulesExtractor, text: str) -> list[str]:
    return [p.name for p in found(extractor, text).people]


# --------------------------------------------------------------------------- "President X of Ghana"


@pytest.mark.parametrize(("text", "name", "state"), [
    ("President Kofi Boateng of Ghana said the deal would create jobs.", "Kofi Boateng", "Ghana"),
    ("The accord was signed by Foreign Minister Rosa Quispe of Peru and her counterpart.",
     "Rosa Quispe", "Peru"),
    ("Talks between Trade Minister Ama Owusu from Ghana and the visitors lasted an hour.",
     "Ama Owusu", "Ghana"),
    ("Yesterday, Vice President Luis Huaman of the Republic of Peru arrived in Accra.",
     "Luis Huaman", "Peru"),
    ("He was greeted by Ambassador Yaw Darko of Ghana, who hosted a dinner.", "Yaw Darko", "Ghana"),
    ("Kwesi Appiah of Ghana told reporters that the talks went well.", "Kwesi Appiah", "Ghana"),
])
def test_a_state_after_the_name_is_the_persons(extractor: RulesExtractor, text: str, name: str,
                                               state: str) -> None:
    assert person(extractor, text, name).country == state


@pytest.mark.parametrize(("text", "name"), [
    ("Senator Kofi Boateng of the ruling party opposed the deal with Peru.", "Kofi Boateng"),
    ("Chief Executive Kwame Mensah of Ghana Airways announced flights to Lima.", "Kwame Mensah"),
    ("Professor Ama Owusu from the University of Lima chaired the panel.", "Ama Owusu"),
])
def test_no_state_after_the_name_leaves_none(extractor: RulesExtractor, text: str, name: str) -> None:
    assert person(extractor, text, name).country is None


# --------------------------------------------------------------------------- title at its office


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The talks were led by State Secretary at the Ministry of Foreign Affairs Juan Carlos Mendoza.",
     "Juan Carlos Mendoza", "State Secretary at the Ministry of Foreign Affairs"),
    ("Permanent Secretary in the Ministry of Trade and Industry Kwame Asante signed for Ghana.",
     "Kwame Asante", "Permanent Secretary in the Ministry of Trade and Industry"),
    ("The minister met Director at the Department of Trade Elena Torres in Accra.",
     "Elena Torres", "Director at the Department of Trade"),
    ("Deputy Director in the Office of the President Kofi Mensah briefed the Peruvian guests.",
     "Kofi Mensah", "Deputy Director in the Office of the President"),
    ("On Monday, Counsellor at the Embassy of Peru Rosa Flores handed over the documents.",
     "Rosa Flores", "Counsellor at the Embassy"),
])
def test_a_title_at_its_office_is_whole(extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert person(extractor, text, name).role == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Ambassador Kwame Asante arrived at the Ministry of Trade on Monday.", "Kwame Asante", "Ambassador"),
    ("President Elena Torres spoke at the Ministry of Trade in Lima.", "Elena Torres", "President"),
])
def test_a_place_after_the_name_is_no_office(extractor: RulesExtractor, text: str, name: str,
                                             role: str) -> None:
    assert person(extractor, text, name).role == role


# --------------------------------------------------------------------------- royal styles


@pytest.mark.parametrize(("text", "name"), [
    ("King Sultan Ibrahim received the Peruvian delegation at the palace.", "Sultan Ibrahim"),
    ("The envoy was received by King Sultan Abdullah on Monday.", "Sultan Abdullah"),
    ("A letter from King Sultan Idris was read out at the ceremony.", "Sultan Idris"),
    ("Peru's president paid a courtesy call on King Sultan Nazrin in Accra.", "Sultan Nazrin"),
    ("The visitors, who met King Sultan Hassan and the cabinet, left on Friday.", "Sultan Hassan"),
])
def test_a_royal_style_after_a_royal_title_opens_the_name(extractor: RulesExtractor, text: str,
                                                          name: str) -> None:
    assert person(extractor, text, name).role == "King"


@pytest.mark.parametrize("text", [
    "King Sultan Ibrahim hosted a lunch. Prime Minister Anwar Ibrahim also attended.",
    "Prime Minister Anwar Ibrahim met the envoy before King Sultan Ibrahim received him.",
    "Sultan Ibrahim and Prime Minister Anwar Ibrahim welcomed the Peruvian delegation.",
])
def test_a_royal_title_is_no_office_holder_of_the_same_surname(extractor: RulesExtractor, text: str) -> None:
    people = {p.name: p.role for p in found(extractor, text).people}
    assert people.get("Anwar Ibrahim") == "Prime Minister"
    assert len(people) == 2


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Sultan Haitham bin Tarik received the Ghanaian envoy in Muscat.", "Haitham bin Tarik", "Sultan"),
    ("King Charles hosted President Kofi Boateng. Charles said ties were strong.", "Charles", "King"),
])
def test_one_royal_title_stays_the_title(extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert person(extractor, text, name).role == role


def test_a_minister_named_again_by_surname_stays_one(extractor: RulesExtractor) -> None:
    text = "Prime Minister Anwar Ibrahim met the envoy. Later Mr Ibrahim said the talks went well."
    assert names(extractor, text) == ["Anwar Ibrahim"]


# --------------------------------------------------------------------------- named animals


@pytest.mark.parametrize("text", [
    "The two pandas, Bao Li and Qing Bao, arrived in Lima on Monday.",
    "The panda Xin Mei will stay in Accra for ten years under the loan.",
    "A giant panda named Mei Lan was born at the zoo in Lima.",
    "Ghana sent two koalas, Ama Koko and Yaw Koko, as a gift to Peru.",
    "Peru lent Ghana an elephant called Raja Gaj for the exhibition.",
])
def test_a_named_animal_is_no_person(extractor: RulesExtractor, text: str) -> None:
    assert names(extractor, text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Juan Perez, who looks after the two pandas, said they were healthy.", "Juan Perez"),
    ("The panda keeper, Juan Perez, said the animals were healthy.", "Juan Perez"),
])
def test_people_beside_animals_stay(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in names(extractor, text)


@pytest.mark.parametrize("text", [
    "King Sultan Ahmad Sultan Yusuf received the envoy. Sultan Ahmad Yusuf said ties were strong.",
    "Sultan Ahmad Yusuf arrived on Monday. The guests met King Sultan Ahmad Sultan Yusuf at the palace.",
])
def test_a_kings_fathers_name_is_his_and_the_style_no_title(extractor: RulesExtractor, text: str) -> None:
    people = found(extractor, text).people
    assert [(p.name, p.role) for p in people] == [("Sultan Ahmad Sultan Yusuf", "King")]


# --------------------------------------------------------------------------- portfolios listed with "and"


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The MoU was handed over by Secretary to the Ministry of Finance, Planning, and National Policies, "
     "Kofi Mensah and the Peruvian envoy.",
     "Kofi Mensah", "Secretary to the Ministry of Finance, Planning, and National Policies"),
    ("Peru was represented by the Minister of Production, Fisheries, and Foreign Trade, Rosa Quispe, "
     "who signed the deal.", "Rosa Quispe", "Minister of Production, Fisheries, and Foreign Trade"),
    ("The Minister of Foreign Affairs, Trade, and Regional Integration, Elena Torres, welcomed the deal.",
     "Elena Torres", "Minister of Foreign Affairs, Trade, and Regional Integration"),
    ("The guests met the Minister of Foreign Affairs, Trade and Industry, Kofi Mensah, and the Minister "
     "of Defence, Ama Owusu.", "Kofi Mensah", "Minister of Foreign Affairs, Trade and Industry"),
    ("The Minister of Trade and Industry, Kofi Mensah, and the Minister of Defence, Ama Owusu, attended.",
     "Kofi Mensah", "Minister of Trade and Industry"),
])
def test_a_titles_last_portfolio_after_and_is_the_titles(extractor: RulesExtractor, text: str, name: str,
                                                          role: str) -> None:
    assert person(extractor, text, name).role == role


@pytest.mark.parametrize(("text", "expected"), [
    ("The Prime Minister and President Kofi Boateng discussed the deal with Peru.",
     {"Kofi Boateng": "President"}),
    ("The delegation included the Minister of Energy, Kofi Mensah, and National Security Adviser Ama Owusu.",
     {"Kofi Mensah": "Minister of Energy", "Ama Owusu": "National Security Adviser"}),
])
def test_a_title_after_and_stays_another_persons(extractor: RulesExtractor, text: str,
                                                 expected: dict[str, str]) -> None:
    assert {p.name: p.role for p in found(extractor, text).people} == expected


# --------------------------------------------------------------------------- places named with a title


@pytest.mark.parametrize("text", [
    "The leaders crossed the King Fahd Causeway by car.",
    "The ceremony was held at the President Kofi Boateng Conference Centre in Accra.",
    "Flights from Lima land at the President Kofi Boateng International Airport.",
    "The new bridge, the President Rosa Quispe Bridge, links the two ports.",
    "The leaders met at the General Diwan in Accra.",
    "A state dinner followed in the Prince Diwan of the palace.",
])
def test_a_title_and_name_in_a_places_name_is_no_person(extractor: RulesExtractor, text: str) -> None:
    assert names(extractor, text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Peruvian Foreign Minister Rosa Quispe met President Boateng in Accra.", "Boateng"),
    ("The deal was signed in the presence of the President Boateng.", "Boateng"),
    ("Minister Kofi Boateng arrived at the Convention Centre in Lima.", "Kofi Boateng"),
])
def test_people_at_places_stay(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in names(extractor, text)


# --------------------------------------------------------------------------- crowds a fair draws


@pytest.mark.parametrize("text", [
    "The trade fair in Lima drew 5,000 visitors from both countries.",
    "The investment fair held in Accra drew 800 visitors.",
    "A tourism fair in Lima attracted 2,500 visitors last week.",
    "The book fair in Accra drew 12,000 visitors.",
    "The craft fair in Accra drew 6,000 visitors.",
    "The trade fair in Kumasi drew more than 20,000 visitors from the region.",
])
def test_a_crowd_a_fair_draws_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("The trade agreement will bring 5,000 jobs to Ghana.", 5_000),
    ("The trade deal drew $2 billion in new investment.", 2e9),
])
def test_what_a_trade_deal_brings_stays(extractor: RulesExtractor, text: str, count: float) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- how long a thing done took


@pytest.mark.parametrize("text", [
    "The talks on the agreement took about 18 months.",
    "It took six months to finalise the text of the memorandum.",
    "The ratification process took some 14 months in Ghana's parliament.",
    "Drafting the agreement took three months, the ministry said.",
    "The review of the treaty took eight weeks.",
    "The last round of talks took ten days in Lima.",
])
def test_how_long_a_thing_done_took_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "count"), [
    ("The new bridge will take 18 months to build.", 18),
    ("Construction is expected to take about 30 months.", 30),
    ("The visa allows stays of up to 90 days.", 90),
])
def test_how_long_a_thing_ahead_takes_stays(extractor: RulesExtractor, text: str, count: int) -> None:
    assert count in numbers(extractor, text)


# --------------------------------------------------------------------------- "Peru's Rosa Quispe"


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru's Rosa Quispe and Ghana's Kwame Asante signed the agreement.",
     {"Rosa Quispe": "Peru", "Kwame Asante": "Ghana"}),
    ("Ghana's Kwame Asante met Peru's Rosa Quispe in Lima.",
     {"Kwame Asante": "Ghana", "Rosa Quispe": "Peru"}),
    ("Peru's Rosa Quispe said the talks had gone well.", {"Rosa Quispe": "Peru"}),
    ("The agreement was signed by Peru's Rosa Quispe and Ghana's Kwame Asante.",
     {"Rosa Quispe": "Peru", "Kwame Asante": "Ghana"}),
    ("Peru's Rosa Quispe told reporters that the deal was ready.", {"Rosa Quispe": "Peru"}),
])
def test_a_name_after_a_states_possessive_is_its_person(extractor: RulesExtractor, text: str,
                                                       expected: dict[str, str]) -> None:
    assert {p.name: p.country for p in found(extractor, text).people} == expected


@pytest.mark.parametrize("text", [
    "Peru's Central Reserve Bank said inflation had eased.",
    "Ghana's Volta River Authority and Peru's Electro Peru signed the deal.",
    "Ghana's Cocoa Board signed the agreement with Peru's fishing firms.",
])
def test_a_states_body_is_no_person(extractor: RulesExtractor, text: str) -> None:
    assert names(extractor, text) == []


# --------------------------------------------------------------------------- "the envoy, Ms X"


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The Peruvian envoy, Ms Rosa Quispe, met Ghana's trade minister.", "Rosa Quispe", "envoy"),
    ("Ghana sent its ambassador, Mr Kwame Asante, to the talks in Lima.", "Kwame Asante", "ambassador"),
    ("The talks were led by the deputy foreign minister, Dr Rosa Quispe, and the Ghanaian envoy.",
     "Rosa Quispe", "deputy foreign minister"),
    ("A senior diplomat, Mr Kwame Asante, said the deal was close.", "Kwame Asante", "senior diplomat"),
    ("The Peruvian trade minister, H.E. Rosa Quispe, opened the forum in Accra.", "Rosa Quispe",
     "trade minister"),
])
def test_a_title_a_determiner_opens_before_a_courtesy_is_the_names(extractor: RulesExtractor, text: str,
                                                                   name: str, role: str) -> None:
    assert person(extractor, text, name).role == role


@pytest.mark.parametrize(("text", "expected"), [
    ("The meeting was attended by H.E. Kwame Asante, President of Ghana, H.E. Rosa Quispe, "
     "President of Peru.",
     {"Kwame Asante": "President", "Rosa Quispe": "President"}),
    ("Kwame Asante, Minister of Trade, Mr Luis Huaman and the envoy attended.",
     {"Kwame Asante": "Minister of Trade", "Luis Huaman": None}),
])
def test_a_title_after_a_name_stays_that_names(extractor: RulesExtractor, text: str,
                                               expected: dict[str, str | None]) -> None:
    assert {p.name: p.role for p in found(extractor, text).people} == expected
