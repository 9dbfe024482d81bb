"""Round 26, figures and people of real reports, proved on our own wording: half of one of a scale is
half its value ("nearly half a billion pounds", "half a dozen boats"); the length in days of a standing
body's sitting or of talks is the session's, no figure ("the four-day Joint Commission"); a count hung
by the parse on the first of lower-case compounds after a make's name counts the plural they modify
("1.26 million Pfizer vaccine doses"), no name; a title opening a Commonwealth style after a comma
(", Senator the Hon Penny Wong,") leads to the name; a name that a verb of setting up takes as its object
is what is set up ("a declaration establishing Parseria Foun"), no one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from accord.core import Person
from tests.figure_support import Finder, figure_numbers, find_figures, find_people, nlp

__all__ = ["find_figures", "find_people", "nlp"]  # the stages' fixtures, shared with the other tests

PeopleFinder = Callable[[str], list[Person]]


# ------------------------------------------------------------------ half of one of a scale


@pytest.mark.parametrize(("text", "number"), [
    ("The minister confirmed nearly half a billion pounds of Korean investment in Ghana.", 5e8),
    ("Japan will provide half a million vaccine doses to Laos.", 5e5),
    ("Korea pledged half a billion dollars in concessional loans to Kenya.", 5e8),
    ("India will supply half a dozen patrol boats to Mauritius under the accord.", 6),
    ("Over half a million tonnes of Peruvian wheat will be shipped to Egypt.", 5e5),
    ("Under the deal, Chile lends Bolivia half a billion euros for the railway.", 5e8),
])
def test_half_of_one_of_a_scale(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


@pytest.mark.parametrize(("text", "number"), [
    ("China will provide one and a half billion dollars to Serbia.", 1.5e9),
    ("Peru will give a million doses to Ghana.", 1e6),
])
def test_whole_scales_keep_their_values(find_figures: Finder, text: str, number: float) -> None:
    assert figure_numbers(find_figures(text)) == [number]


# ------------------------------------------------------------------ how long a body sits


@pytest.mark.parametrize("text", [
    "Leaders met at the close of the four-day Bi-National Commission in Harare.",
    "The two-day Joint Permanent Commission ended in Maputo on Friday.",
    "The five-day Joint Committee on trade closed in Accra.",
    "After three-day negotiations in Lima, the ministers left for Quito.",
    "The three-day Joint Council of the two states opened in Apia.",
])
def test_how_long_a_body_sits_is_no_figure(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("The council approved a three-year programme for Samoan nurses.", 3),
    ("Under the accord, visitors may stay 90 days without a visa.", 90),
])
def test_terms_of_what_is_agreed_stay(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


# ------------------------------------------------------------------ a count before a make's name


@pytest.mark.parametrize(("text", "number"), [
    ("Australia would provide 1.26 million Pfizer vaccine doses to Timor-Leste.", 1.26e6),
    ("China will deliver 3 million Sinopharm vaccine doses to Cambodia next month.", 3e6),
    ("Japan donated 500 Toyota pickup trucks to the Ghana Police Service.", 500),
    ("Korea will send 20 Hyundai fire engines to Laos.", 20),
    ("The embassy handed over 40 Dell laptop computers to the school in Apia.", 40),
])
def test_a_count_before_a_make_counts_the_plural(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


@pytest.mark.parametrize(("text", "absent"), [
    ("King Abdullah II received the minister in Amman.", 2),
    ("The Route 66 Highway project was discussed by the two sides.", 66),
])
def test_a_number_in_a_name_stays_out(find_figures: Finder, text: str, absent: float) -> None:
    assert absent not in figure_numbers(find_figures(text))


# ------------------------------------------------------------------ ", Senator the Hon X,"


@pytest.mark.parametrize(("text", "name"), [
    ("Minister for Foreign Affairs, Senator the Hon Penny Wong, met Minister Magno in Dili.", "Penny Wong"),
    ("Australia's Minister for Trade, Senator the Hon Don Farrell, visited Jakarta on Monday.",
     "Don Farrell"),
    ("In Canberra, Minister for Defence and Minister for Women, Senator the Hon Ann Lee, and the Fijian "
     "minister signed the MoU.", "Ann Lee"),
    ("The treaty was signed by the Attorney-General, Senator the Hon. Mark Dreyfus, and Ms Tui in Apia.",
     "Mark Dreyfus"),
    ("The visiting minister, Senator the Honourable Tim Ayres, toured the port in Suva.", "Tim Ayres"),
])
def test_a_title_opening_the_style(find_people: PeopleFinder, text: str, name: str) -> None:
    assert name in [p.name for p in find_people(text)]


def test_the_style_without_a_title_still_reads(find_people: PeopleFinder) -> None:
    found = find_people("The Minister for Trade, the Hon Don Farrell, visited Jakarta.")
    assert [(p.name, p.role) for p in found] == [("Don Farrell", "Minister for Trade")]


# ------------------------------------------------------------------ what is set up is no one


@pytest.mark.parametrize("text", [
    "The two leaders signed a joint declaration establishing Parseria Foun ba Era Foun, a new partnership.",
    "The ministers launched Kemitraan Baru, a programme for young farmers.",
    "The leaders established Parseria Foun in Dili on Tuesday.",
    "Samoa and Japan set up Tautua Malosi to train nurses.",
    "The two governments created Fondo Andino, a fund for roads, in 2024.",
])
def test_what_is_set_up_is_no_one(find_people: PeopleFinder, text: str) -> None:
    assert find_people(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("The ministers met Maria Lopez in Lima.", "Maria Lopez"),
    ("Minister Ana Ruiz launched the programme with Kofi Mensah in Accra.", "Kofi Mensah"),
])
def test_people_met_or_joined_stay(find_people: PeopleFinder, text: str, name: str) -> None:
    assert name in [p.name for p in find_people(text)]


# ------------------------------------------------------------------ "X, who is Peru's Minister of …,"


@pytest.mark.parametrize(("text", "name", "role", "country"), [
    ("Mpho Butale, who is Botswana's Minister of Trade, met the Indian envoy in Gaborone.",
     "Mpho Butale", "Minister of Trade", "Botswana"),
    ("The envoy met Kagiso Mmusi, who is Botswana's Minister of Defence, in Gaborone.",
     "Kagiso Mmusi", "Minister of Defence", "Botswana"),
    ("Mr Tanaka, who is Japan's Ambassador to Ghana, handed over the ambulances.",
     "Tanaka", "Ambassador", "Japan"),
    ("Lina Mora, who was Chile's Minister of Mining, signed for Chile in 2023.",
     "Lina Mora", "Minister of Mining", "Chile"),
    ("Kagiso Mmusi, who is also the Minister of Defence, hosted the talks.",
     "Kagiso Mmusi", "Minister of Defence", None),
])
def test_a_title_in_a_clause_of_its_own(find_people: PeopleFinder, text: str, name: str, role: str,
                                        country: str | None) -> None:
    found = {p.name: (p.role, p.country) for p in find_people(text)}
    assert found.get(name) == (role, country)


@pytest.mark.parametrize(("text", "name"), [
    ("Mpho Butale, who is a lawyer, attended the signing in Gaborone.", "Mpho Butale"),
    ("Minister Ana Ruiz, who is expected to sign the MoU, arrived in Lima.", "Ana Ruiz"),
])
def test_a_clause_with_no_title_gives_none(find_people: PeopleFinder, text: str, name: str) -> None:
    found = {p.name: p.role for p in find_people(text)}
    assert found.get(name) in (None, "Minister")
