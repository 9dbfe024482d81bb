"""Constructions of real reports (round 22, issue 9), people, proved on our own wording: a given name
written short with a stop ("Ma. Elena Cruz"); a surname after a lower-case particle the tagger left out
("Ana dos Reis Lopes"); a diplomat's post told by its seat before the name ("the Kenyan Ambassador in
Rome, X"); the agency of the dateline and an office's division are no people; plural portfolios listed
with commas before a title's head ("Roads, Bridges and Highways Secretary X"); an escort told in a
relative clause ("Y, who accompanied X") is of X's state.
"""
from __future__ import annotations

import pytest

from accord.core import Person
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# A title and a dateline above the body, so the body's first sentence is no page furniture.
LEAD = "Diplomatic news in brief\n\nPORT LOUIS, May 6 (Wire) -- "


def _people(extractor: RulesExtractor, text: str, lead: str = LEAD) -> list[Person]:
    return list(facts(extractor, text, lead=lead).people)


def _named(extractor: RulesExtractor, text: str, lead: str = LEAD) -> dict[str, Person]:
    return {p.name: p for p in _people(extractor, text, lead)}


# ------------------------------------------------------------------ a given name written short

@pytest.mark.parametrize(("text", "name"), [
    ("The visitors were welcomed by Undersecretary Ma. Elena Cruz of the Foreign Ministry.",
     "Ma. Elena Cruz"),
    ("The Secretary of Trade of Chile, Ma. Luisa Reyes, and the minister agreed to meet again.",
     "Ma. Luisa Reyes"),
    ("Ma. Cristina Santos, the trade secretary, opened the forum.", "Ma. Cristina Santos"),
    ("The accord was signed by Ambassador Ma. Rosario Dizon and the visiting minister.",
     "Ma. Rosario Dizon"),
    ("Talks were led by Foreign Secretary Ma. Theresa Villanueva on Monday.", "Ma. Theresa Villanueva"),
])
def test_a_given_name_written_short_stays_whole(extractor: RulesExtractor, text: str, name: str) -> None:
    people = _named(extractor, text)
    assert name in people
    assert not any(p in ("Ma", "Ma.") for p in people)


@pytest.mark.parametrize("text", [
    "The talks ended late. Ma and Lee signed nothing.",
    "The minister met officials of the Ma. district council.",
])
def test_a_short_name_alone_names_no_one(extractor: RulesExtractor, text: str) -> None:
    assert not any(p.name.startswith("Ma.") for p in _people(extractor, text))


# ------------------------------------------------------------------ a surname after a lower-case particle

@pytest.mark.parametrize(("text", "name"), [
    ("The Minister of Foreign Affairs and Cooperation, Bendito dos Reis Lopes, agreed to meet.",
     "Bendito dos Reis Lopes"),
    ("The Minister of Planning, Ana dos Santos Pereira, signed the accord.", "Ana dos Santos Pereira"),
    ("Foreign Minister Joaquim da Costa Ribeiro met his counterpart.", "Joaquim da Costa Ribeiro"),
    ("The Minister of Finance, Luis de la Fuente Ortiz, attended the forum.", "Luis de la Fuente Ortiz"),
    ("The envoy, Maria das Dores Vieira, presented her credentials.", "Maria das Dores Vieira"),
])
def test_a_surname_after_a_particle_is_the_names(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in _named(extractor, text)


@pytest.mark.parametrize(("text", "name"), [
    ("The envoy, Kwame Mensah, de facto head of the mission, spoke first.", "Kwame Mensah"),
    ("Foreign Minister Ana Torres said the deal was de facto closed.", "Ana Torres"),
])
def test_a_particle_before_no_name_stays_out(extractor: RulesExtractor, text: str, name: str) -> None:
    people = _named(extractor, text)
    assert name in people
    assert not any(" de " in p or " da " in p for p in people)


# ------------------------------------------------------------------ a post's seat before the name

@pytest.mark.parametrize(("text", "name", "role", "country"), [
    ("The Lao Ambassador in Havana, Sisavath Inthavong, presented his credentials.", "Sisavath Inthavong",
     "Ambassador", "Laos"),
    ("The accord was signed by the minister and the Kenyan High Commissioner in Pretoria, Grace Wanjiru.",
     "Grace Wanjiru", "High Commissioner", "Kenya"),
    ("Also present was the Peruvian Ambassador in Tokyo, Rosa Quispe.", "Rosa Quispe", "Ambassador", "Peru"),
    ("The Ghanaian Ambassador in Berlin, Kwame Mensah, opened the exhibition on Friday.", "Kwame Mensah",
     "Ambassador", "Ghana"),
    ("Talks included the Chilean Consul in Lima, Ana Torres, and two aides.", "Ana Torres", "Consul",
     "Chile"),
])
def test_a_posts_seat_before_the_name(extractor: RulesExtractor, text: str, name: str, role: str,
                                      country: str) -> None:
    person = _named(extractor, text)[name]
    assert (person.role, person.country) == (role, country)


@pytest.mark.parametrize(("text", "name"), [
    ("The talks in Havana, Sisavath Inthavong said, went well.", "Sisavath Inthavong"),
    ("Ministers met in Pretoria, Grace Wanjiru told reporters.", "Grace Wanjiru"),
])
def test_a_place_after_no_title_gives_no_role(extractor: RulesExtractor, text: str, name: str) -> None:
    people = _named(extractor, text)
    assert name not in people or people[name].role is None


# ------------------------------------------------------------------ an agency or an office, no person

@pytest.mark.parametrize(("lead", "text", "outlet"), [
    ("Diplomatic news in brief\n\nHAVANA, May 6 (Caribe Noticias) -- ",
     "Caribe Noticias reported that the two sides signed three agreements.", "Caribe Noticias"),
    ("Diplomatic news in brief\n\nLIMA, May 6 (Andes Express) -- ",
     "The two ministers met, Andes Express learned from officials.", "Andes Express"),
    ("Diplomatic news in brief\n\nDILI, May 6 (Rota Informa) -- ",
     "According to Rota Informa, the President met the visiting minister.", "Rota Informa"),
])
def test_the_datelines_agency_is_no_person(extractor: RulesExtractor, lead: str, text: str,
                                           outlet: str) -> None:
    assert outlet not in _named(extractor, text, lead)


@pytest.mark.parametrize("text", [
    "The President's Media Division said the President met the visiting minister.",
    "The Prime Minister's Press Division said the two leaders spoke by phone.",
])
def test_an_offices_division_is_no_person(extractor: RulesExtractor, text: str) -> None:
    assert not any("Division" in p.name for p in _people(extractor, text))


@pytest.mark.parametrize(("lead", "text", "name"), [
    ("Diplomatic news in brief\n\nHAVANA, May 6 (Caribe Noticias) -- ",
     "President Ana Ruiz said the agreements would be signed in June.", "Ana Ruiz"),
    (LEAD, "The head of the Media Division, Director Kwame Mensah, said the talks went well.",
     "Kwame Mensah"),
])
def test_people_beside_an_agency_stay(extractor: RulesExtractor, lead: str, text: str, name: str) -> None:
    assert name in _named(extractor, text, lead)


# ------------------------------------------------------------------ plural portfolios listed before a head

@pytest.mark.parametrize(("text", "name", "role"), [
    ("Roads, Bridges and Highways Secretary Juan Dela Cruz signed the accord.", "Juan Dela Cruz",
     "Roads, Bridges and Highways Secretary"),
    ("He met Ports, Harbours and Shipping Minister Ali Omar on Monday.", "Ali Omar",
     "Ports, Harbours and Shipping Minister"),
    ("The talks were led by Lands, Forests and Fisheries Minister Grace Wanjiru.", "Grace Wanjiru",
     "Lands, Forests and Fisheries Minister"),
    ("Railways, Roads and Waterways Minister Kwame Mensah said work would begin.", "Kwame Mensah",
     "Railways, Roads and Waterways Minister"),
    ("The visitors called on Mines, Metals and Minerals Secretary Rosa Quispe.", "Rosa Quispe",
     "Mines, Metals and Minerals Secretary"),
])
def test_plural_portfolios_listed_before_a_head(extractor: RulesExtractor, text: str, name: str,
                                               role: str) -> None:
    assert _named(extractor, text)[name].role == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Ana Torres, Carlos Ruiz and Trade Minister Ali Omar attended.", "Ali Omar", "Trade Minister"),
    ("The talks covered ports, roads and bridges; Transport Minister Kwame Mensah led them.", "Kwame Mensah",
     "Transport Minister"),
])
def test_names_listed_before_a_title_stay_apart(extractor: RulesExtractor, text: str, name: str,
                                               role: str) -> None:
    assert _named(extractor, text)[name].role == role


# ------------------------------------------------------------------ an escort told in a relative clause

_VISIT = "President Karim Nasser of Egypt arrived in Amman on Monday. "


@pytest.mark.parametrize(("text", "name"), [
    (_VISIT + "Minister Ali Hassan, who accompanied President Nasser, met the press.", "Ali Hassan"),
    (_VISIT + "Trade Minister Omar Farouk, who accompanies Nasser on the visit, spoke at the forum.",
     "Omar Farouk"),
    (_VISIT + "The talks were joined by Minister Samir Adel, who had accompanied Nasser since Cairo.",
     "Samir Adel"),
    (_VISIT + "Finance Minister Hoda Ramzi, who accompanied Karim Nasser, signed two accords.",
     "Hoda Ramzi"),
    (_VISIT + "Investment Minister Tarek Said, who is accompanying President Nasser, met investors.",
     "Tarek Said"),
])
def test_an_escort_in_a_relative_clause_takes_the_led_ones_state(extractor: RulesExtractor, text: str,
                                                                 name: str) -> None:
    assert _named(extractor, text)[name].country == "Egypt"


@pytest.mark.parametrize(("text", "name"), [
    (_VISIT + "Jordanian Minister Ali Hassan, who accompanied President Nasser, met the press.",
     "Ali Hassan"),
    (_VISIT + "Minister Ali Hassan, who welcomed President Nasser, met the press.", "Ali Hassan"),
])
def test_no_escorts_state_where_one_is_told_or_none_escorts(extractor: RulesExtractor, text: str,
                                                            name: str) -> None:
    assert _named(extractor, text)[name].country != "Egypt"
