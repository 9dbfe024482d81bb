"""People on unseen text (issue 9, figs9b), proved on our own wording.

A name after a portfolio that ends in a body or a place ("Governor of the Central Bank Ama Owusu",
"Mayor of Accra Kojo Bonsu"); titles and ranks the small model's parser split a sentence inside
("Chief of Defence Staff Lt Gen Thomas Oppong-Peprah", "ambassador to Sri Lanka Ama Owusu",
"Hon. Kwame Asante"); a courtesy that is a title and the role ("Peruvian Senator Carlos Cruz");
lone names a plural title heads ("Presidents Xi and Prabowo").
"""

from __future__ import annotations

import pytest

from accord.core import Person
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts as extract_facts

# Enough of the genre's words that the article is read as one about relations.
LEAD = "Ghana and Peru signed a memorandum of understanding on trade cooperation during the state visit. "


def people(extractor: RulesExtractor, text: str) -> list[Person]:
    return list(extract_facts(extractor, text, lead=LEAD).people)


def person(extractor: RulesExtractor, text: str, name: str) -> Person:
    found = [p for p in people(extractor, text) if p.name == name]
    assert found, [(p.name, p.role) for p in people(extractor, text)]
    return found[0]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Governor of the Central Bank Ama Owusu said reserves had grown.", "Ama Owusu",
     "Governor of the Central Bank"),
    ("The deal was welcomed by Secretary of the Treasury Ana Ruiz in Lima.", "Ana Ruiz",
     "Secretary of the Treasury"),
    ("Minister of Lands and Forestry Ama Sarpong visited the forest reserve.", "Ama Sarpong",
     "Minister of Lands and Forestry"),
    ("Mayor of Accra Kojo Bonsu greeted the Peruvian delegation.", "Kojo Bonsu", "Mayor of Accra"),
    ("Speaker of the National Assembly Alban Bagbin hosted the visitors.", "Alban Bagbin",
     "Speaker of the National Assembly"),
    ("On Tuesday, President of the Senate Rosa Quispe received the Ghanaian envoy.", "Rosa Quispe",
     "President of the Senate"),
])
def test_a_portfolio_ends_at_a_body_or_a_place(extractor: RulesExtractor, text: str, name: str,
                                                 role: str) -> None:
    assert person(extractor, text, name).role == role


@pytest.mark.parametrize("text", [
    "The Governor of the Central Bank said reserves had grown.",
    "The Minister of Lands and Forestry visited the forest reserve.",
    "The Mayor of Accra greeted the delegation.",
])
def test_a_portfolio_alone_names_no_one(extractor: RulesExtractor, text: str) -> None:
    assert people(extractor, text) == []


@pytest.mark.parametrize(("text", "name", "role", "country"), [
    ("The Chief of Defence Staff Lt Gen Thomas Oppong-Peprah inspected the guard.", "Thomas Oppong-Peprah",
     "Chief of Defence Staff", None),
    ("Ghana's ambassador to Sri Lanka Ama Owusu attended the ceremony.", "Ama Owusu", "ambassador", "Ghana"),
    ("Minister of State for Trade Hon. Kwame Asante opened the forum.", "Kwame Asante",
     "Minister of State for Trade", None),
    ("Deputy Minister for Finance Hon. Abena Osei-Asare spoke next.", "Abena Osei-Asare",
     "Deputy Minister for Finance", None),
    ("Peruvian Senator Carlos Cruz praised the agreement.", "Carlos Cruz", "Senator", "Peru"),
    ("Ghanaian Senator Kofi Mensah welcomed the visitors in Accra.", "Kofi Mensah", "Senator", "Ghana"),
    ("Chief of Army Staff Maj Gen Lawrence Gbetanu met Peruvian officers.", "Lawrence Gbetanu",
     "Chief of Army Staff", None),
])
def test_a_title_reaches_its_name_past_ranks_and_courtesies(extractor: RulesExtractor, text: str, name: str,
                                                             role: str, country: str | None) -> None:
    found = person(extractor, text, name)
    assert (found.role, found.country) == (role, country)


def test_a_foreign_ministers_courtesy_is_not_the_role(extractor: RulesExtractor) -> None:
    text = "Foreign Minister Senator Ishaq Dar met the Ghanaian delegation."
    assert person(extractor, text, "Ishaq Dar").role == "Foreign Minister"


def test_a_sentence_end_still_parts_a_rank_from_the_next_name(extractor: RulesExtractor) -> None:
    text = "The statement ended. Ama Owusu attended the ceremony."
    assert people(extractor, text) == []


@pytest.mark.parametrize(("text", "names", "role"), [
    ("Presidents Xi and Prabowo met in Beijing.", ["Xi", "Prabowo"], "President"),
    ("Presidents Mahama and Boluarte met in Lima on Monday.", ["Mahama", "Boluarte"], "President"),
    ("Ministers Sabry and Wang held talks.", ["Sabry", "Wang"], "Minister"),
    ("Presidents Ruto and Museveni opened the road.", ["Ruto", "Museveni"], "President"),
    ("Senators Cruz, Quispe and Mensah toured the port.", ["Cruz", "Quispe", "Mensah"], "Senator"),
])
def test_lone_names_a_plural_title_heads(extractor: RulesExtractor, text: str, names: list[str],
                                         role: str) -> None:
    found = {p.name: p.role for p in people(extractor, text)}
    assert all(found.get(n) == role for n in names), found


@pytest.mark.parametrize("text", [
    "Presidents of Ghana and Peru met in Lima.",
    "Ministers Ghana and Peru agreed on a plan.",
    "Governors from Accra and Lima joined the forum.",
    "The Presidents Cup and Ministers Trophy were awarded.",
])
def test_states_after_a_plural_title_are_no_people(extractor: RulesExtractor, text: str) -> None:
    assert people(extractor, text) == []


# --------------------------------------------------------------------------- figures


def numbers(extractor: RulesExtractor, text: str) -> list[float | None]:
    return [f.number for f in extract_facts(extractor, text, lead=LEAD).figures]


@pytest.mark.parametrize("text", [
    "The Ghanaian air force placed an order for 9 Embraer Super Tucano aircraft.",
    "Peru signed a deal for 9 Embraer Super Tucano jets.",
    "The air force placed an order for 9 Korea Aerospace FA-50 aircraft.",
    "Peru signed a deal for 9 Korea Aerospace FA-50 jets.",
    "Under the contract, the air force placed an order for 9 Embraer Super Tucano jets.",
])
def test_a_count_the_tagger_put_inside_a_makers_name(extractor: RulesExtractor, text: str) -> None:
    assert 9.0 in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "The 3M factory in Lima opened its doors to the Ghanaian delegation.",
    "Peru joined the G20 Summit in Rio de Janeiro.",
])
def test_a_number_inside_a_name_is_no_count(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Commander of the Navy Rear Adm. Issah Yakubu welcomed the ship.", "Issah Yakubu",
     "Commander of the Navy"),
    ("Peru's Deputy Minister of Foreign Trade Dr. Ana Cecilia Gervasi hosted talks.", "Ana Cecilia Gervasi",
     "Deputy Minister of Foreign Trade"),
    ("Ghana's High Commissioner to the United Kingdom Papa Owusu-Ankomah hosted a dinner.",
     "Papa Owusu-Ankomah", "High Commissioner"),
    ("Commander of the Fleet Vice Adm. Rosa Quispe received the Ghanaian cadets.", "Rosa Quispe",
     "Commander of the Fleet"),
    ("Peru's ambassador to the Czech Republic Rosa Quispe attended the reception.", "Rosa Quispe",
     "ambassador"),
])
def test_a_rank_a_courtesy_or_a_state_between_title_and_name(extractor: RulesExtractor, text: str, name: str,
                                                              role: str) -> None:
    assert person(extractor, text, name).role == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Her Majesty Queen Ama Serwaa received the Peruvian envoy.", "Ama Serwaa", "Queen"),
    ("His Excellency President John Mahama welcomed the guests.", "John Mahama", "President"),
])
def test_a_courtesy_before_the_title_still_leaves_the_title(extractor: RulesExtractor, text: str, name: str,
                                                            role: str) -> None:
    assert person(extractor, text, name).role == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Minister of State at the Presidency Abena Mensah opened the forum.", "Abena Mensah",
     "Minister of State at the Presidency"),
    ("Minister of State at the Presidency Dr. Abena Mensah opened the forum.", "Abena Mensah",
     "Minister of State at the Presidency"),
    ("Deputy Minister of Finance at the Treasury Ama Owusu met the bankers.", "Ama Owusu",
     "Deputy Minister of Finance at the Treasury"),
    ("Minister for Trade at the Ministry of Economy Kofi Mensah signed the deal.", "Kofi Mensah",
     "Minister for Trade at the Ministry of Economy"),
    ("Director of Trade at the Ministry of Foreign Affairs Rosa Quispe led the talks.", "Rosa Quispe",
     "Director of Trade at the Ministry of Foreign Affairs"),
])
def test_a_portfolio_tied_to_its_office(extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert person(extractor, text, name).role == role


@pytest.mark.parametrize("text", [
    "The Minister of State at the Presidency said the deal was signed in Lima.",
    "The Director of Trade at the Ministry of Foreign Affairs led the talks.",
])
def test_an_office_alone_names_no_one(extractor: RulesExtractor, text: str) -> None:
    assert people(extractor, text) == []
