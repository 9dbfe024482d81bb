"""Round 11, figures and people: constructions written for these tests (not the dev articles)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from accord.core import Figure, Person
from tests.figure_support import find_figures, find_people, nlp

__all__ = ["find_figures", "find_people", "nlp"]  # the stages' fixtures, shared with the other figure tests


# --------------------------------------------------------------------------- a scale glued to money


@pytest.mark.parametrize(("text", "value", "number"), [
    ("The United States pledged US$100m to the Vietnamese clean energy programme.", "US$100m", 1e8),
    ("Japan will give $250m to Cambodia.", "$250m", 2.5e8),
    ("Australia gave A$20m on Tuesday to Fiji.", "A$20m", 2e7),
    ("The European Union promised €75m to Kenya.", "€75m", 7.5e7),
    ("China pledged ¥500m.", "¥500m", 5e8),
])
def test_a_scale_glued_to_money_is_taken_in(find_figures: Callable[[str], list[Figure]],
                                            text: str, value: str, number: float) -> None:
    found = find_figures(text)
    assert [(f.value, f.number) for f in found] == [(value, number)]


@pytest.mark.parametrize("text", [
    "The sprinter won the 100m final in Nairobi, and the two ministers signed 12 agreements.",
    "The ship is 300m long; the two navies will hold 3 joint drills a year.",
])
def test_a_glued_m_that_is_no_money_is_no_million(find_figures: Callable[[str], list[Figure]],
                                                  text: str) -> None:
    assert all(f.number is not None and f.number < 1e6 for f in find_figures(text))


@pytest.mark.parametrize(("text", "what"), [
    ("India extended a credit line of INR 4,000 crore to Sri Lanka.", None),
    ("The contract is valued at 5.6 trillion won.", None),
    ("Norway gave Ghana NOK 150m for forest protection.", None),
    ("Britain pledged £50m for Kenyan climate projects.", None),
    ("The bank approved a US$1.5bn loan to Egypt.", "loan"),
])
def test_a_currency_or_scale_is_no_what(find_figures: Callable[[str], list[Figure]],
                                        text: str, what: str | None) -> None:
    assert [f.what for f in find_figures(text)] == [what]


# --------------------------------------------------------------------------- a conversion after a comma


@pytest.mark.parametrize(("text", "numbers"), [
    ("The contract, valued at 5.6 trillion won, or about $4 billion, covers 72 launchers.", [5.6e12, 72]),
    ("Canada pledged C$50 million toward Ukraine's demining efforts, about US$37 million.", [5e7]),
    ("Thailand will invest 30 billion baht, roughly $850 million, in the corridor.", [3e10]),
    ("The deal is worth €2bn, or $2.2bn, to the French shipyard.", [2e9]),
    ("Ghana will borrow 12 billion cedis, or some $780 million, from the Chinese bank.", [1.2e10]),
])
def test_a_conversion_after_a_comma_is_one_figure(find_figures: Callable[[str], list[Figure]],
                                                  text: str, numbers: list[float]) -> None:
    assert [f.number for f in find_figures(text)] == numbers


@pytest.mark.parametrize(("text", "numbers"), [
    ("The two countries signed deals worth $5 billion, and Japan pledged a further ¥30 billion.",
     [5e9, 3e10]),
    ("Exports reached $4 billion, $1 billion more than a year before.", [4e9, 1e9]),
    ("Seoul will lend 2 trillion won, while Tokyo offered $900 million in grants.", [2e12, 9e8]),
])
def test_a_new_amount_after_a_comma_stays(find_figures: Callable[[str], list[Figure]],
                                          text: str, numbers: list[float]) -> None:
    assert [f.number for f in find_figures(text)] == numbers


# --------------------------------------------------------------------------- people: a body in a title


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Governor of the Bank of Ghana Johnson Pandit Asiama signed the swap line on Monday.",
     "Johnson Pandit Asiama", "Governor of the Bank of Ghana"),
    ("Director General of the World Health Organization Tedros Adhanom Ghebreyesus visited Jakarta.",
     "Tedros Adhanom Ghebreyesus", "Director General of the World Health Organization"),
    ("Commander of the Peruvian Navy Admiral Luis Polar Figari met his Korean counterpart in Busan.",
     "Luis Polar Figari", "Commander of the Navy"),
    ("Chief of the Kenyan Army General Daniel Kiprono arrived in Seoul.",
     "Daniel Kiprono", "Chief of the Army"),
    ("Chairman of the Ghanaian Cocoa Board Randy Abbey toured the port of Antwerp.",
     "Randy Abbey", "Chairman of the Cocoa Board"),
    ("Secretary General of the Association of Southeast Asian Nations Kao Kim Hourn visited Seoul.",
     "Kao Kim Hourn", "Secretary General of the Association of Southeast Asian Nations"),
    ("Commissioner of the Kenya Revenue Authority Humphrey Wattanga met Chinese customs officials.",
     "Humphrey Wattanga", "Commissioner of the Revenue Authority"),
])
def test_a_body_in_a_title_keeps_its_words_and_not_the_name(
        find_people: Callable[[str], list[Person]], text: str, name: str, role: str) -> None:
    found = find_people(text)
    assert [(p.name, p.role) for p in found][:1] == [(name, role)]


@pytest.mark.parametrize(("text", "role"), [
    ("Minister of Foreign Affairs of Peru Elmer Schialer arrived in Abuja.", "Minister of Foreign Affairs"),
    ("President of Ghana John Mahama met the delegation.", "President"),
])
def test_a_state_ending_a_title_is_still_left_out(find_people: Callable[[str], list[Person]],
                                                  text: str, role: str) -> None:
    assert [p.role for p in find_people(text)][:1] == [role]


# --------------------------------------------------------------------------- transcript speaker labels


@pytest.mark.parametrize(("text", "name", "role"), [
    ("PENNY WONG, MINISTER FOR FOREIGN AFFAIRS: Thank you. It is good to be back in Beijing.",
     "Penny Wong", "Minister for Foreign Affairs"),
    ("MARISE PAYNE, MINISTER FOR FOREIGN AFFAIRS AND MINISTER FOR WOMEN: We signed a new agreement.",
     "Marise Payne", "Minister for Foreign Affairs and Minister for Women"),
    ("RICHARD MARLES, DEPUTY PRIME MINISTER: I met my counterpart in Jakarta today.",
     "Richard Marles", "Deputy Prime Minister"),
    ("Transcript\n\nDAVID LAMMY, FOREIGN SECRETARY: The partnership is strong.\n\nQUESTION: And trade?",
     "David Lammy", "Foreign Secretary"),
    ("JACINDA ARDERN, PRIME MINISTER: Kia ora. We welcome the Chinese delegation.",
     "Jacinda Ardern", "Prime Minister"),
])
def test_a_speaker_label_names_a_person_with_a_role(find_people: Callable[[str], list[Person]],
                                                    text: str, name: str, role: str) -> None:
    found = {p.name: p.role for p in find_people(text)}
    assert found.get(name) == role


@pytest.mark.parametrize("text", [
    "JOURNALIST: Minister, what did you discuss today?",
    "PRIME MINISTER: We discussed trade and investment.",
    "BREAKING NEWS, LIVE UPDATES: the talks went on.",
])
def test_a_label_with_no_name_or_no_title_names_no_one(find_people: Callable[[str], list[Person]],
                                                       text: str) -> None:
    assert find_people(text) == []


# ------------------------------------------------------------------- a share of the world the pair holds


@pytest.mark.parametrize(("text", "number"), [
    ("Ghana and Cote d'Ivoire, which together produce nearly 60% of the world's cocoa, met.", 60),
    ("The two countries, which account for about 40 percent of global rice exports, signed a pact.", 40),
    ("Indonesia and the Philippines together hold 45% of the world's nickel ore reserves.", 45),
    ("Brazil and Argentina, whose farms grow 30 percent of the world's soybeans, signed a grain deal.", 30),
    ("Combined, Russia and Saudi Arabia pump about 20% of global crude output.", 20),
])
def test_a_share_of_the_world_the_pair_holds_is_a_figure(
        find_figures: Callable[[str], list[Figure]], text: str, number: float) -> None:
    assert [f.number for f in find_figures(text)] == [number]


@pytest.mark.parametrize("text", [
    "Indonesia, which holds about 22% of global nickel reserves, signed a battery deal with South Korea.",
    "China produces 43 percent of global steel output, the ministry said.",
    "Peru, which mines 10 percent of the world's copper, hosted the Korean delegation.",
])
def test_a_share_of_the_world_one_side_holds_is_no_figure(
        find_figures: Callable[[str], list[Figure]], text: str) -> None:
    assert find_figures(text) == []


# -------------------------------------------------------------------- a lone name joined to a person


@pytest.mark.parametrize(("text", "name"), [
    ("Secretary of State Antony Blinken arrived in Beijing. Blinken and Wang met for five hours.", "Wang"),
    ("Ruto and Modi met at State House on Monday.", "Ruto"),
    ("Marcos and Albanese travelled to Darwin together.", "Albanese"),
    ("Scholz and Ramaphosa met in Pretoria to discuss energy.", "Scholz"),
    ("Sanchez and Lula arrived in Madrid on Sunday.", "Sanchez"),
])
def test_a_lone_name_joined_to_a_person_that_meets_is_a_person(
        find_people: Callable[[str], list[Person]], text: str, name: str) -> None:
    assert name in [p.name for p in find_people(text)]


@pytest.mark.parametrize("text", [
    "Posco and Hyundai met the minister on Friday to discuss steel tariffs.",
    "Samsung visited the ministry to present its plans.",
    "Beijing met Washington halfway on tariffs.",
    "Moscow and Kyiv met in Istanbul for talks.",
    "The Quad met in Tokyo on Monday.",
    "Hyundai and Kia visited the plant in Chennai.",
])
def test_a_firm_a_state_or_a_name_alone_that_meets_is_no_person(
        find_people: Callable[[str], list[Person]], text: str) -> None:
    assert find_people(text) == []


def test_a_lone_name_the_tagger_calls_a_place_travelling_alone_is_left_out(
        find_people: Callable[[str], list[Person]]) -> None:
    found = find_people("Erdogan visited Baghdad and met Prime Minister Mohammed Shia al-Sudani.")
    assert [p.name for p in found] == ["Mohammed Shia al-Sudani"]
