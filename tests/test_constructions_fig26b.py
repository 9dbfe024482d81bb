"""Round 26, second pass on figures and people of real reports, proved on our own wording: the resident,
permanent and country representatives and directors of aid agencies and missions hold titles ("Mitsuo Ono,
Resident Representative of JICA,"); "Cde" is a courtesy, kept out of the name; a courtesy between
"counterpart" and the name hides no one ("his Botswana counterpart Dr Unity Dow"); a plural title said of
a list of names is each one's ("The ambassadors are A from Peru and B from Chile"); a lone surname that a
who-clause titles is a person ("Butale, who is Botswana's Minister of Trade,"); and a count of people one
side trains is the cooperation's, whatever they are ("25 Maldivian crew trained in India")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from accord.core import Person
from tests.figure_support import Finder, figure_numbers, find_figures, find_people, nlp

__all__ = ["find_figures", "find_people", "nlp"]  # the stages' fixtures, shared with the other tests

PeopleFinder = Callable[[str], list[Person]]


def _roles(found: list[Person]) -> dict[str, str | None]:
    return {p.name: p.role for p in found}


# ------------------------------------------------------------------ representatives and directors


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The loan was signed by Mitsuo Ono, Resident Representative of JICA, for Japan, and Ali Hamid for "
     "the Maldives.", "Mitsuo Ono", "Resident Representative of JICA"),
    ("JICA Resident Representative Hiroshi Tanaka signed the grant with Minister Kofi Asare.",
     "Hiroshi Tanaka", "JICA Resident Representative"),
    ("Peru's Permanent Representative to the UN, Rosa Quispe, met the Ghanaian delegation.",
     "Rosa Quispe", "Permanent Representative to the UN"),
    ("Park Min-jun, Regional Director of KOICA, handed over the clinic to the Ministry of Health.",
     "Park Min-jun", "Regional Director of KOICA"),
    ("The equipment was handed over by Sara Lind, Country Director of KOICA in Laos.",
     "Sara Lind", "Country Director of KOICA"),
])
def test_representatives_and_directors_are_titles(find_people: PeopleFinder, text: str, name: str,
                                                  role: str) -> None:
    assert _roles(find_people(text)).get(name, "absent") == role


@pytest.mark.parametrize("text", [
    "The representative of the bank said the loan would be disbursed in June.",
    "Residents of the country welcomed the new bridge built with Korean aid.",
])
def test_representative_alone_is_no_one(find_people: PeopleFinder, text: str) -> None:
    assert find_people(text) == []


# ------------------------------------------------------------------ "Cde" is a courtesy


@pytest.mark.parametrize(("text", "name"), [
    ("Cde Oppah Chirwa, the Minister of Defence, met the Botswana delegation in Harare.", "Oppah Chirwa"),
    ("The delegation was led by Cde Tendai Moyo, Zimbabwe's Minister of Foreign Affairs.", "Tendai Moyo"),
    ("Minister Cde Grace Ncube signed for Zimbabwe on Friday.", "Grace Ncube"),
    ("Vice President Cde. Farai Dube opened the business forum in Bulawayo.", "Farai Dube"),
    ("The MoU was signed by Cde Rudo Sibanda and Dr Kagiso Mmusi in Gaborone.", "Rudo Sibanda"),
])
def test_cde_stays_out_of_the_name(find_people: PeopleFinder, text: str, name: str) -> None:
    names = [p.name for p in find_people(text)]
    assert name in names
    assert not any(n.lower().startswith("cde") for n in names)


# ------------------------------------------------------------------ a courtesy after "counterpart"


@pytest.mark.parametrize(("text", "name", "role", "country"), [
    ("Zimbabwe's Foreign Minister Tendai Moyo met his Botswana counterpart Dr Unity Dow in Gaborone.",
     "Unity Dow", "Foreign Minister", "Botswana"),
    ("Kenya's Trade Minister Moses Kuria held talks with his Ugandan counterpart, Dr. Grace Akello, "
     "in Nairobi.", "Grace Akello", "Trade Minister", "Uganda"),
    ("President Ruto welcomed his Tanzanian counterpart Mrs Samia Suluhu Hassan to Nairobi.",
     "Samia Suluhu Hassan", "President", "Tanzania"),
    ("Peru's Defence Minister Walter Astudillo phoned her Chilean counterpart, Ms Maya Fernandez.",
     "Maya Fernandez", "Defence Minister", "Chile"),
    ("Ghana's Health Minister Kwaku Agyeman met his Cuban counterpart Prof. Jose Portal in Havana.",
     "Jose Portal", "Health Minister", "Cuba"),
])
def test_a_courtesy_after_counterpart(find_people: PeopleFinder, text: str, name: str, role: str,
                                      country: str) -> None:
    found = {p.name: (p.role, p.country) for p in find_people(text)}
    assert found.get(name) == (role, country)


def test_a_counterpart_without_a_courtesy_still_reads(find_people: PeopleFinder) -> None:
    found = find_people("Indian Defence Minister Rajnath Singh spoke with his Australian counterpart Richard "
                        "Marles.")
    assert {p.name: (p.role, p.country) for p in found}["Richard Marles"] == ("Defence Minister", "Australia")


# ------------------------------------------------------------------ a plural title said of a list


@pytest.mark.parametrize(("text", "role"), [
    ("The ambassadors are Carla Best from Barbados, Luis Soto from Peru and Amina Yusuf from Kenya.",
     "Ambassador"),
    ("The new foreign ministers include Ana Gomez of Chile and Kofi Mensah of Ghana.", "Foreign Minister"),
    ("The envoys who presented credentials were Jan Novak of Slovakia and Maria Lopez of Peru.", "Envoy"),
    ("The governors were Rosa Quispe and Pedro Vargas.", "Governor"),
    ("The two trade ministers are Lina Mora from Chile and Kwame Asante from Ghana.", "Trade Minister"),
])
def test_a_plural_title_said_of_a_list(find_people: PeopleFinder, text: str, role: str) -> None:
    found = find_people(text)
    assert len(found) >= 2
    assert {p.role for p in found} == {role}


@pytest.mark.parametrize("text", [
    "The winners are Carla Best from Barbados and Luis Soto from Peru.",
    "The ministers met Kofi Mensah and Ana Gomez in Accra.",
    "The presidents were guests of Carla Best at the dinner.",
])
def test_no_plural_title_said_gives_none(find_people: PeopleFinder, text: str) -> None:
    assert all(p.role is None for p in find_people(text))


# ------------------------------------------------------------------ "Butale, who is …"


@pytest.mark.parametrize(("text", "name", "role", "country"), [
    ("Butale, who is Botswana's Minister of Trade, met the Indian envoy in Gaborone.",
     "Butale", "Minister of Trade", "Botswana"),
    ("Kuria, who is Kenya's Trade Minister, signed the deal with Peru.", "Kuria", "Trade Minister", "Kenya"),
    ("The envoy later met Mmusi, who is also the Minister of Defence, in Gaborone.",
     "Mmusi", "Minister of Defence", None),
    ("Quispe, who was Peru's Ambassador to Ghana, opened the trade fair.", "Quispe", "Ambassador", "Peru"),
    ("On Monday, Asante, who is Ghana's Minister of Finance, signed the loan with the bank.",
     "Asante", "Minister of Finance", "Ghana"),
])
def test_a_lone_surname_titled_by_a_clause(find_people: PeopleFinder, text: str, name: str, role: str,
                                           country: str | None) -> None:
    found = {p.name: (p.role, p.country) for p in find_people(text)}
    assert found.get(name) == (role, country)


@pytest.mark.parametrize("text", [
    "Mensah, who is a lawyer, attended the signing in Accra.",
    "Smith, who visited Lima last year, returned to Peru.",
    "Kenya, who is the chair of the bloc, hosted the talks.",
])
def test_a_lone_word_without_a_title_in_the_clause(find_people: PeopleFinder, text: str) -> None:
    assert find_people(text) == []


# ------------------------------------------------------------------ people one side trains


@pytest.mark.parametrize(("text", "number"), [
    ("Under the programme, 25 Maldivian crew trained in India this year.", 25),
    ("India trained 25 Maldivian crew members at its naval academy.", 25),
    ("Kenya will train 15 journalists from Rwanda under the media accord.", 15),
    ("Some 40 Lao reporters were trained in Hanoi under the agreement.", 40),
    ("Japan will educate 60 crew members of the Samoan patrol boat.", 60),
])
def test_people_trained_are_counted(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


@pytest.mark.parametrize("text", [
    "The ship, with a crew of 38, docked in Colombo.",
    "Some 300 journalists covered the summit in Lima.",
    "The two crew members were rescued by the Chilean navy.",
])
def test_a_scene_of_crew_or_press_stays_out(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


# ------------------------------------------------------------------ a portfolio in brackets


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The ministers include Dr Tendai Moyo (Foreign Affairs), Dr Grace Ncube (Industry and Commerce) and "
     "Cde Oppah Chirwa (Defence).", "Oppah Chirwa", "Minister of Defence"),
    ("The ministers include Dr Tendai Moyo (Foreign Affairs) and Dr Grace Ncube (Health).",
     "Tendai Moyo", "Minister of Foreign Affairs"),
    ("Minister Grace Ncube (Mines and Mining Development) led the talks in Gaborone.",
     "Grace Ncube", "Minister of Mines and Mining Development"),
    ("Deputy Minister Farai Dube (Finance) signed the loan with the bank in Harare.",
     "Farai Dube", "Deputy Minister of Finance"),
    ("The secretaries are Rosa Quispe (Trade) and Pedro Vargas (Energy).", "Pedro Vargas",
     "Secretary of Energy"),
])
def test_a_portfolio_in_brackets(find_people: PeopleFinder, text: str, name: str, role: str) -> None:
    assert _roles(find_people(text)).get(name) == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Minister Grace Ncube (right) greets the Botswana delegation in Harare.", "Grace Ncube", "Minister"),
    ("Minister Grace Ncube (ZANU-PF) spoke at the forum in Harare.", "Grace Ncube", "Minister"),
])
def test_a_bracket_of_no_portfolio(find_people: PeopleFinder, text: str, name: str, role: str) -> None:
    assert _roles(find_people(text)).get(name) == role
