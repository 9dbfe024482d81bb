"""People and figures on unseen text (issue 9, ppl10), proved on our own wording.

People: two titles chained by "and" name two people; a military rank after a post is no part of
the role; an office with a possessive ("the Prime Minister's Office"); "Al-" surnames match their
short form; a person written without a state takes the one the article ties to the surname
elsewhere, and one met in a third state does not take the surrounding text's state.
Figures: technical ratings, vague plurals of people or things, a state's own rates, an economy's
move, a disaster's damage and a firm's own staff are no figures of the relation.
"""

from __future__ import annotations

import pytest

from accord.core import Figure, Person
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts as extract_facts

# Enough of the genre's words that the article is read as one about relations.
LEAD = "Ghana and Peru signed a memorandum of understanding on trade cooperation during the state visit. "


def people(extractor: RulesExtractor, text: str, lead: str = LEAD) -> list[Person]:
    return list(extract_facts(extractor, text, lead=lead).people)


def person(extractor: RulesExtractor, text: str, name: str, lead: str = LEAD) -> Person:
    found = [p for p in people(extractor, text, lead) if p.name == name]
    assert found, [(p.name, p.role) for p in people(extractor, text, lead)]
    return found[0]


def figures(extractor: RulesExtractor, text: str) -> list[Figure]:
    return list(extract_facts(extractor, text, lead=LEAD).figures)


def numbers(extractor: RulesExtractor, text: str) -> list[float | None]:
    return [f.number for f in figures(extractor, text)]


# --------------------------------------------------------------------------- people


@pytest.mark.parametrize(("text", "first", "second", "role"), [
    ("Chairman of the National Assembly Kwame Mensah Asante and Prime Minister Rosa Quispe received "
     "the delegation.", "Kwame Mensah Asante", "Rosa Quispe", "Prime Minister"),
    ("President of the Senate Tsogbadrakh Batbold and Foreign Minister Battsetseg Batmunkh hosted a "
     "lunch.", "Tsogbadrakh Batbold", "Battsetseg Batmunkh", "Foreign Minister"),
    ("Head of the Presidential Administration Anton Vaino and Defence Minister Andrei Belousov "
     "attended.", "Anton Vaino", "Andrei Belousov", "Defence Minister"),
    ("Speaker of the National Assembly Tran Thanh Man and Prime Minister Pham Minh Chinh received the "
     "guests.", "Tran Thanh Man", "Pham Minh Chinh", "Prime Minister"),
    ("Chairman of the State Great Khural Dashzegviin Amarbayasgalan and Prime Minister Gombojavyn "
     "Zandanshatar received the delegation.", "Great Khural Dashzegviin Amarbayasgalan",
     "Gombojavyn Zandanshatar", "Prime Minister"),
])
def test_two_chained_titles_are_two_people(extractor: RulesExtractor, text: str, first: str,
                                           second: str, role: str) -> None:
    found = {p.name: p.role for p in people(extractor, text)}
    assert found.get(first) is not None and found.get(second) == role, found


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Minister of Trade and Industry Ama Owusu met the visitors.", "Ama Owusu",
     "Minister of Trade and Industry"),
    ("Minister of Foreign Affairs and Trade Kofi Mensah spoke first.", "Kofi Mensah",
     "Minister of Foreign Affairs and Trade"),
])
def test_a_portfolio_joined_by_and_stays_one_title(extractor: RulesExtractor, text: str, name: str,
                                                    role: str) -> None:
    assert person(extractor, text, name).role == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Chief of Air Staff Air Vice Marshal Frederick Asare inspected the aircraft.", "Frederick Asare",
     "Chief of Air Staff"),
    ("The Ghanaian side was led by Chief of Army Staff Major General Kofi Boateng.", "Kofi Boateng",
     "Chief of Army Staff"),
    ("Commander of the Navy Vice Admiral Luis Paredes toured the port.", "Luis Paredes",
     "Commander of the Navy"),
    ("Chief of Defence Staff General Ama Mensah received the Peruvian attaché.", "Ama Mensah",
     "Chief of Defence Staff"),
    ("Director of Military Intelligence Brigadier General Kwame Asante briefed the minister.",
     "Kwame Asante", "Director of Military Intelligence"),
])
def test_a_rank_after_a_post_is_no_part_of_the_role(extractor: RulesExtractor, text: str, name: str,
                                                    role: str) -> None:
    assert person(extractor, text, name).role == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Secretary General Kofi Mensah opened the session.", "Kofi Mensah", "Secretary General"),
    ("UN Secretary-General Ama Owusu welcomed the accord.", "Ama Owusu", "UN Secretary-General"),
    ("Director General Ana Ruiz signed for the agency.", "Ana Ruiz", "Director General"),
])
def test_a_title_ending_on_general_keeps_it(extractor: RulesExtractor, text: str, name: str,
                                            role: str) -> None:
    assert person(extractor, text, name).role == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Minister for Trade in the Prime Minister's Office Kofi Mensah signed for Ghana.", "Kofi Mensah",
     "Minister for Trade in the Prime Minister's Office"),
    ("Minister of State in the President's Office Ama Owusu chaired the session.", "Ama Owusu",
     "Minister of State in the President's Office"),
    ("Deputy Secretary in the President's Office Ana Ruiz opened the fair.", "Ana Ruiz",
     "Deputy Secretary in the President's Office"),
    ("Director in the Vice President's Office Kofi Boateng spoke to the press.", "Kofi Boateng",
     "Director in the Vice President's Office"),
    ("Deputy Minister in the Chief Minister's Office Kwame Asante hosted lunch.", "Kwame Asante",
     "Deputy Minister in the Chief Minister's Office"),
])
def test_an_office_with_a_possessive_holds_the_title(extractor: RulesExtractor, text: str, name: str,
                                                     role: str) -> None:
    assert person(extractor, text, name).role == role


@pytest.mark.parametrize(("text", "full"), [
    ("Foreign Minister Hasan Al-Kindi met the Peruvian envoy. Kindi said the talks were good.",
     "Hasan Al-Kindi"),
    ("Trade Minister Omar el-Masri signed the deal. Masri said it was historic.", "Omar el-Masri"),
    ("Ambassador Khalid Al-Harthy hosted the reception. Harthy said the guests were welcome.",
     "Khalid Al-Harthy"),
    ("Foreign Minister Badr Al-Busaidi met Ama Owusu. Busaidi said the two had agreed.", "Badr Al-Busaidi"),
    ("Energy Minister Nasser Al-Jaber toured the plant. Jaber said output would double.", "Nasser Al-Jaber"),
    ("Energy Minister Salim Al-Aufi toured the plant. Later, Aufi told reporters it would expand.",
     "Salim Al-Aufi"),
    ("Ambassador Fahad Al-Rashid hosted the reception. Rashid said ties were strong.", "Fahad Al-Rashid"),
])
def test_an_al_surname_matches_its_short_form(extractor: RulesExtractor, text: str, full: str) -> None:
    names = [p.name for p in people(extractor, text)]
    assert full in names and len([n for n in names if full.split()[-1].split("-")[-1] in n]) == 1, names


@pytest.mark.parametrize(("text", "name", "state"), [
    ("Kenya and Japan signed three agreements. President William Ruto, who is visiting Tokyo, met "
     "Prime Minister Shigeru Ishiba. Ruto of Kenya praised the deal.", "William Ruto", "Kenya"),
    ("Chile and Peru agreed to link their grids. President Gabriel Boric met President Dina "
     "Boluarte. Chile's Boric said the line would be built by 2030.", "Gabriel Boric", "Chile"),
    ("Kenya and Japan signed a pact. President William Ruto met Prime Minister Shigeru Ishiba. Ishiba "
     "of Japan praised the deal.", "Shigeru Ishiba", "Japan"),
    ("Ghana and Japan signed a pact. President John Mahama met Prime Minister Shigeru Ishiba in Tokyo. "
     "Mahama of Ghana praised the deal.", "John Mahama", "Ghana"),
    ("Vietnam and Peru signed a pact. Prime Minister Pham Minh Chinh met the press. Vietnam's Chinh "
     "praised the deal.", "Pham Minh Chinh", "Vietnam"),
])
def test_a_stateless_person_takes_the_state_tied_to_the_surname(extractor: RulesExtractor, text: str,
                                                                 name: str, state: str) -> None:
    assert person(extractor, text, name, lead="").country == state


@pytest.mark.parametrize(("text", "name"), [
    ("VIENTIANE, May 2 - Japanese Prime Minister Shigeru Ishiba and Vietnam signed three accords. Prime "
     "Minister Ishiba left for the airport. He flies on to Manila, where he meets President Ferdinand "
     "Marcos Jr tomorrow.", "Ferdinand Marcos Jr"),
    ("Ghanaian Foreign Minister Ama Owusu signed the Peru accord in Accra. She then flew to Bogota, "
     "where she met President Gustavo Petro.", "Gustavo Petro"),
    ("SEOUL, May 2 - Polish Defence Minister Wladyslaw Kosiniak-Kamysz and Korea signed an arms deal. "
     "Defence Minister Ahn Gyu-back met him. He went on to Tokyo, where he met Prime Minister Shigeru "
     "Ishiba.", "Shigeru Ishiba"),
])
def test_a_person_met_in_a_third_state_takes_no_home_state(extractor: RulesExtractor, text: str,
                                                           name: str) -> None:
    assert person(extractor, text, name, lead="").country is None


# --------------------------------------------------------------------------- figures


@pytest.mark.parametrize("text", [
    "Kenya will sell power to Tanzania through the new 400 kV interconnector.",
    "The two sides will build a 220 kV line between the border towns.",
    "The network will run on the 2.4 GHz band across both capitals.",
    "A magnitude 6.1 earthquake struck the port before the visit.",
    "The utility will install a 132 kV substation near the border.",
    "The new cable carries 10 Gbps between the two capitals.",
    "A 5.8-magnitude quake shook the region on Sunday.",
])
def test_a_technical_rating_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize("text", [
    "The dispute had left hundreds of trucks stranded at the border.",
    "Hundreds of families fled the fighting near the border.",
    "Thousands of containers piled up at the port during the strike.",
    "Hundreds of students waved flags as the motorcade passed.",
    "Tens of thousands of migrants cross the border every year.",
])
def test_a_vague_plural_of_people_or_things_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("The president brought back dozens of bilateral deals from the tour.", 12),
    ("Peru has mineral deposits worth trillions of dollars, the minister said.", 1e12),
])
def test_a_vague_plural_of_deals_or_money_stays(extractor: RulesExtractor, text: str, number: float) -> None:
    assert number in numbers(extractor, text)


@pytest.mark.parametrize("text", [
    "The central bank cut its benchmark interest rate by 25 basis points to 4.75 percent.",
    "Ghana's policy rate stands at 27 percent, the highest in a decade.",
    "Its economy grew 3.3 percent in 2024 after contracting 0.4 percent in 2023.",
    "An earthquake damaged 1,500 houses in the province last week.",
    "The floods destroyed 3,000 homes and 40 schools in the north.",
    "The trains will be built by Hyundai Rotem, which has 4,000 employees.",
    "LG, which has 270,000 staff, will supply the equipment.",
    "Cambodia's economy is worth $32 billion, the bank said.",
    "Samsung, whose sales jumped 40 percent last year, will build the plant.",
])
def test_a_states_own_rates_a_disaster_and_a_firms_staff_are_no_figures(extractor: RulesExtractor,
                                                                        text: str) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Peru will build a 500 MW solar plant with Ghanaian investment.", 500),
    ("The project will employ 1,200 workers during construction.", 1200),
    ("Ghana will cut its tariff rate on Peruvian goods to 5 percent.", 5),
    ("The plant will have 300 employees once it opens.", 300),
])
def test_figures_of_the_cooperation_stay(extractor: RulesExtractor, text: str, number: float) -> None:
    assert number in numbers(extractor, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Ghana and Peru signed a pact. Mahama arrived in Lima on Sunday and met Boluarte.", "Mahama"),
    ("Indonesia and Brazil signed a pact. Lula arrived in Jakarta on Sunday.", "Lula"),
    ("Turkey and Egypt signed a pact. Erdogan met business leaders in Cairo on Tuesday.", "Erdogan"),
    ("Russia and Kazakhstan signed a pact. Putin arrived in Astana on Monday.", "Putin"),
    ("Japan and Peru signed a pact. Kishida visited Lima for the first time.", "Kishida"),
    ("Ghana and Peru signed a pact. Akufo-Addo travelled to Lima with a large delegation.", "Akufo-Addo"),
])
def test_a_lone_tagged_name_that_meets_or_arrives_is_a_person(extractor: RulesExtractor, text: str,
                                                              name: str) -> None:
    assert name in [p.name for p in people(extractor, text, lead="")]


@pytest.mark.parametrize("text", [
    "Peru and Korea signed a deal. Posco and Hyundai met the minister in Lima. Daewoo arrived with a team.",
    "Peru and Korea signed a deal. Hanwha visited the plant in Arequipa on Monday.",
])
def test_a_firm_that_meets_or_visits_is_no_person(extractor: RulesExtractor, text: str) -> None:
    assert people(extractor, text, lead="") == []
