"""Constructions of real reports (round 22, issue 9), people, proved on our own wording: a name that closes
the sentence after a portfolio ending in a region ("… for the Middle East and North Africa X Y."); a
portfolio that goes on with "and the" and a region ("… for Asia and the Pacific X Y"); a continent in a
title ("… for Europe and North America") is no state of its holder; a peer named by style and surname
("Lord X of Y", "Baroness X") with a title is a person; portfolios listed with commas in a title after a
name ("X, Secretary of State for Foreign, Commonwealth and Development Affairs") are one title.
"""
from __future__ import annotations

import pytest

from accord.core import Person
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# A title and a dateline above the body, so the body's first sentence is no page furniture.
LEAD = "Diplomatic news in brief\n\nPORT LOUIS, May 6 (Wire) -- "


def _people(extractor: RulesExtractor, text: str) -> list[Person]:
    return list(facts(extractor, text, lead=LEAD).people)


def _named(extractor: RulesExtractor, text: str) -> dict[str, Person]:
    return {p.name: p for p in _people(extractor, text)}


# ------------------------------------------------------------------ a name after a region's portfolio

@pytest.mark.parametrize(("text", "name", "role"), [
    ("The delegation also met Minister of State for the Middle East and North Africa Laila Haddad.",
     "Laila Haddad", "Minister of State for the Middle East and North Africa"),
    ("On Monday she called on Under Secretary for Africa Tomas Quintero.",
     "Tomas Quintero", "Under Secretary for Africa"),
    ("Talks were later held with Minister of State for Asia and the Pacific Rosa Quispe.",
     "Rosa Quispe", "Minister of State for Asia and the Pacific"),
    ("Minister for Asia and the Pacific Kwame Mensah welcomed the guests on Friday.",
     "Kwame Mensah", "Minister for Asia and the Pacific"),
    ("The envoy was received by Deputy Minister for Europe and the Americas Elena Vargas.",
     "Elena Vargas", "Deputy Minister for Europe and the Americas"),
    ("The two sides signed a deal witnessed by Special Envoy for the Sahel Abdou Diallo!",
     "Abdou Diallo", "Special Envoy for the Sahel"),
])
def test_a_name_after_a_regions_portfolio(extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    people = _named(extractor, text)
    assert name in people
    assert people[name].role == role
    assert not any(region in people for region in ("Africa", "North Africa", "Pacific", "Americas"))


@pytest.mark.parametrize("text", [
    "She met the Minister of State for Trade Policy.",
    "The talks were attended by the Minister for Africa.",
    "The delegation met Minister of State for Asia and the Pacific.",
])
def test_a_portfolio_running_to_the_end_names_no_one(extractor: RulesExtractor, text: str) -> None:
    assert _people(extractor, text) == []


# ------------------------------------------------------------------ a continent in a title

@pytest.mark.parametrize(("text", "name", "role"), [
    ("Minister of State for Europe and North America, Stephen Okafor, received the delegation.",
     "Stephen Okafor", "Minister of State for Europe and North America"),
    ("The envoy met Under Secretary for Latin America Rosa Quispe on Monday.",
     "Rosa Quispe", "Under Secretary for Latin America"),
    ("Director General for South America Kwame Mensah said the talks went well.",
     "Kwame Mensah", "Director General for South America"),
])
def test_a_continent_in_a_title_is_no_state(extractor: RulesExtractor, text: str, name: str,
                                            role: str) -> None:
    person = _named(extractor, text)[name]
    assert person.role == role
    assert person.country is None


@pytest.mark.parametrize(("text", "name", "country"), [
    ("North Korean Foreign Minister Choe Son Hui met the delegation.", "Choe Son Hui", "North Korea"),
    ("The envoy met Foreign Minister of South Korea Cho Tae-yul on Monday.", "Cho Tae-yul", "South Korea"),
    ("Talks were held with President of South Africa Cyril Ramaphosa.", "Cyril Ramaphosa", "South Africa"),
])
def test_a_state_named_with_a_compass_word_stays(extractor: RulesExtractor, text: str, name: str,
                                                 country: str) -> None:
    assert _named(extractor, text)[name].country == country


# ------------------------------------------------------------------ a peer

@pytest.mark.parametrize(("text", "name", "role"), [
    ("He met Minister of State for South Asia and the Commonwealth, Lord Hartley of Wellsby, in London.",
     "Lord Hartley", "Minister of State for South Asia and the Commonwealth"),
    ("The visit was hosted by Baroness Penrose of Kirkdale, Minister for Development.",
     "Baroness Penrose", "Minister for Development"),
    ("Trade Envoy Lord Ashworth opened the forum on Tuesday.", "Lord Ashworth", "Trade Envoy"),
    ("Lord Hartley, Minister for Trade, signed the memorandum with Peru.", "Lord Hartley",
     "Minister for Trade"),
    ("The talks were led by Baroness Penrose, Minister of State for Africa, and Peru's trade minister.",
     "Baroness Penrose", "Minister of State for Africa"),
])
def test_a_titled_peer_is_a_person(extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    people = _named(extractor, text)
    assert people[name].role == role
    assert not any(p in people for p in ("South Asia", "Hartley", "Penrose"))


@pytest.mark.parametrize("text", [
    "The Lord Mayor of London hosted a dinner for the delegation.",
    "The House of Lords debated the treaty on Monday.",
])
def test_no_peer_without_a_name(extractor: RulesExtractor, text: str) -> None:
    assert _people(extractor, text) == []


# ------------------------------------------------------------------ portfolios listed in a title after a name

@pytest.mark.parametrize(("text", "name", "role"), [
    ("Anna Reyes, Secretary of State for Foreign, Commonwealth and Development Affairs, also attended.",
     "Anna Reyes", "Secretary of State for Foreign, Commonwealth and Development Affairs"),
    ("The deal was signed by Kwame Mensah, Minister of Trade, Industry and Cooperatives, on Monday.",
     "Kwame Mensah", "Minister of Trade, Industry and Cooperatives"),
    ("Rosa Quispe, Minister for Energy, Mines and Hydrocarbons, said output would rise.",
     "Rosa Quispe", "Minister for Energy, Mines and Hydrocarbons"),
])
def test_portfolios_listed_after_a_name_are_one_title(extractor: RulesExtractor, text: str, name: str,
                                                      role: str) -> None:
    assert _named(extractor, text)[name].role == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Kwame Mensah, Minister of Finance, said the loan was agreed.", "Kwame Mensah", "Minister of Finance"),
    ("Rosa Quispe, Minister of Trade, Kwame Mensah and the two envoys attended.", "Rosa Quispe",
     "Minister of Trade"),
])
def test_a_title_closed_by_a_comma_stays(extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert _named(extractor, text)[name].role == role


# ------------------------------------------------------------------ portfolios listed before a title's head

@pytest.mark.parametrize(("text", "name", "role"), [
    ("Chilean Energy, Water Resources and Irrigation Minister Pedro Soto joined the talks.",
     "Pedro Soto", "Energy, Water Resources and Irrigation Minister"),
    ("The talks were attended by Trade, Industry and Tourism Minister Rosa Quispe.",
     "Rosa Quispe", "Trade, Industry and Tourism Minister"),
    ("Foreign Affairs, Trade and Development Minister Kwame Mensah said the deal was good.",
     "Kwame Mensah", "Foreign Affairs, Trade and Development Minister"),
    ("On Monday, Agriculture, Fisheries and Forestry Secretary Ana Lima visited the port.",
     "Ana Lima", "Agriculture, Fisheries and Forestry Secretary"),
    ("Peru's Health, Labour and Welfare Minister Tomas Quintero and Ghana's envoy signed the deal.",
     "Tomas Quintero", "Health, Labour and Welfare Minister"),
])
def test_portfolios_listed_before_a_head_are_one_title(extractor: RulesExtractor, text: str, name: str,
                                                       role: str) -> None:
    assert _named(extractor, text)[name].role == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("In Lima, Trade and Industry Minister Rosa Quispe opened the forum.", "Rosa Quispe",
     "Trade and Industry Minister"),
    ("Kenya, Peru and Chile sent delegates; Foreign Minister Ana Lima led Chile's.", "Ana Lima",
     "Foreign Minister"),
])
def test_a_comma_before_a_title_that_lists_no_portfolio_stays_out(extractor: RulesExtractor, text: str,
                                                                   name: str, role: str) -> None:
    assert _named(extractor, text)[name].role == role


# ------------------------------------------------------------------ a place before a title

@pytest.mark.parametrize(("text", "name", "role", "country"), [
    ("The minister was welcomed at Bole International Airport Turkish President Ahmet Yilmaz.",
     "Ahmet Yilmaz", "President", "Turkey"),
    ("Waiting on the tarmac of Jomo Kenyatta Airport, Foreign Minister Rosa Quispe greeted the guests.",
     "Rosa Quispe", "Foreign Minister", None),
    ("At Bandaranaike International Airport Indian Foreign Minister Ravi Kumar was welcomed by officials.",
     "Ravi Kumar", "Foreign Minister", "India"),
    ("At the King Fahd Causeway Saudi Trade Minister Majid Al-Qasabi met the visitors.",
     "Majid Al-Qasabi", "Trade Minister", "Saudi Arabia"),
    ("The guests arrived at Suvarnabhumi Airport, where Deputy Prime Minister Ana Lima met them.",
     "Ana Lima", "Deputy Prime Minister", None),
])
def test_a_place_before_a_title_is_no_part_of_it(extractor: RulesExtractor, text: str, name: str, role: str,
                                                 country: str | None) -> None:
    person = _named(extractor, text)[name]
    assert person.role == role
    assert person.country == country


# ------------------------------------------------------------------ who goes with another takes their state

@pytest.mark.parametrize(("text", "name", "country"), [
    ("Peruvian Foreign Minister Ana Lima arrived in Accra. Minister Lima was accompanied by Deputy Minister "
     "of Trade Tomas Quintero.", "Tomas Quintero", "Peru"),
    ("Chilean President Pedro Soto met Kenyan President William Ruto in Nairobi. Foreign Minister Rosa "
     "Quispe, accompanying President Soto on his visit to Kenya, signed the memorandum.", "Rosa Quispe",
     "Chile"),
    ("Omani Sultan Haitham bin Tarik arrived in Amman. Trade Minister Qais Al Yousef accompanied Sultan "
     "Haitham to the talks.", "Qais Al Yousef", "Oman"),
    ("Ghanaian President Kwame Mensah, accompanied by Finance Minister Ama Boateng, held talks with "
     "Peruvian President Ana Lima.", "Ama Boateng", "Ghana"),
    ("Nepalese Prime Minister Ram Sharma flew to Tokyo. Sharma was accompanied by Foreign Secretary Hari "
     "Thapa and Commerce Secretary Gita Rai.", "Gita Rai", "Nepal"),
])
def test_who_accompanies_another_is_of_their_state(extractor: RulesExtractor, text: str, name: str,
                                                  country: str) -> None:
    assert _named(extractor, text)[name].country == country


@pytest.mark.parametrize(("text", "name", "country"), [
    # a state of one's own stands; an escort of no one named with a state takes none from the host
    ("Peruvian Foreign Minister Ana Lima was accompanied by Chilean Trade Minister Pedro Soto.", "Pedro Soto",
     "Chile"),
    ("Minister Tomas Quintero was accompanied by his wife at the dinner in Lima.", "Tomas Quintero", None),
])
def test_an_escorts_own_state_stays(extractor: RulesExtractor, text: str, name: str,
                                    country: str | None) -> None:
    assert _named(extractor, text)[name].country == country


# ------------------------------------------------------------------ two people of one given name

@pytest.mark.parametrize(("text", "names"), [
    ("He met Minister of Finance Mohamed Shafeeq and Minister of Trade Mohamed Saeed.",
     {"Mohamed Shafeeq", "Mohamed Saeed"}),
    ("Talks were held with Health Minister Ahmed Naseem and Transport Minister Ahmed Nazeer on Monday.",
     {"Ahmed Naseem", "Ahmed Nazeer"}),
    ("Foreign Minister Abdulla Shahid and Defence Force chief Abdulla Shamaal signed the two memoranda.",
     {"Abdulla Shahid", "Abdulla Shamaal"}),
])
def test_two_people_of_one_given_name_stay_two(extractor: RulesExtractor, text: str, names: set[str]) -> None:
    assert names <= set(_named(extractor, text))


@pytest.mark.parametrize("text", [
    "Finance Minister Mohamed Shafiq said the loan was agreed. Minister Mohammed Shafeeq added that talks "
    "went well.",
    "President Volodymyr Zelensky met the envoy. Zelenskyy said the talks were useful.",
])
def test_spellings_of_one_name_are_one_person(extractor: RulesExtractor, text: str) -> None:
    assert len(_people(extractor, text)) == 1
