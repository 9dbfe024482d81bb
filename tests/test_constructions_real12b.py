"""Constructions of real reports (issue 9, real12b), proved on our own wording.

People: two people of one family name joined in one phrase ("President A Tan and First Lady B
Tan") are two people, each with the title written before their name; an initial, a short form
or a spelling of the same given name still joins the fuller name.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts as extract_facts

LEAD = "Ghana and Peru signed a memorandum of understanding on trade cooperation during the state visit. "


def people(extractor: RulesExtractor, text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_facts(extractor, text, lead=LEAD).people}


# --------------------------------------------------------------------------- one family name, two people


@pytest.mark.parametrize(("text", "first", "second"), [
    ("President Michael Tan and First Lady Mary Tan will host the Ghanaian leader in Lima.",
     ("Michael Tan", "President"), ("Mary Tan", "First Lady")),
    ("Prime Minister Kwame Asante received Peru's envoy, and Finance Minister Kofi Asante joined them.",
     ("Kwame Asante", "Prime Minister"), ("Kofi Asante", "Finance Minister")),
    ("Foreign Minister Rosa Mendoza met Trade Minister Ramon Mendoza of Peru in Accra on Monday.",
     ("Rosa Mendoza", "Foreign Minister"), ("Ramon Mendoza", "Trade Minister")),
    ("Vice President Samuel Boateng and Senate Speaker Sarah Boateng welcomed the Peruvian delegation.",
     ("Samuel Boateng", "Vice President"), ("Sarah Boateng", "Senate Speaker")),
    ("Ambassador Peter Grant handed his letters to President Paula Grant at the State House.",
     ("Peter Grant", "Ambassador"), ("Paula Grant", "President")),
    ("Governor Ahmed Khan greeted Deputy Minister Aisha Khan at the airport in Lima.",
     ("Ahmed Khan", "Governor"), ("Aisha Khan", "Deputy Minister")),
])
def test_two_given_names_of_one_family_are_two_people(
        extractor: RulesExtractor, text: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    found = people(extractor, text)
    assert found.get(first[0]) == first[1]
    assert found.get(second[0]) == second[1]


@pytest.mark.parametrize(("text", "full", "role"), [
    ("President Shahbaz Quispe met the Ghanaian envoy. Later, Shehbaz Quispe spoke to reporters.",
     "Shahbaz Quispe", "President"),
    ("Foreign Minister Jonathan Mensah visited Lima. J. Mensah said the talks were useful.",
     "Jonathan Mensah", "Foreign Minister"),
    ("Prime Minister Muhammad Aziz arrived in Accra. Mohammed Aziz later met the Ghanaian leader.",
     "Muhammad Aziz", "Prime Minister"),
])
def test_one_given_name_spelt_twice_stays_one_person(
        extractor: RulesExtractor, text: str, full: str, role: str) -> None:
    found = people(extractor, text)
    surname = full.split()[-1]
    assert [n for n in found if n.endswith(surname)] == [full]
    assert found[full] == role


# --------------------------------------------------------------------------- the period of a change

def whats(extractor: RulesExtractor, text: str) -> dict[str, str | None]:
    return {f.value: f.what for f in extract_facts(extractor, text, lead=LEAD).figures}


@pytest.mark.parametrize(("text", "value", "what"), [
    ("Bilateral trade grew by 6.2% year on year, the statistics office said.", "6.2%", "Bilateral trade"),
    ("Tourist arrivals from Ghana rose 11 percent month on month.", "11 percent",
     "Tourist arrivals from Ghana"),
    ("Remittances from Peru rose 4% month on month, the central bank said.", "4%", "Remittances from Peru"),
    ("Peruvian exports to Ghana grew by 9.1 percent year over year.", "9.1 percent",
     "Peruvian exports to Ghana"),
    ("Cocoa exports to Peru fell 6 percent year on year.", "6 percent", "Cocoa exports to Peru"),
    ("Ghanaian cocoa sales to Peru expanded 7 percent year on year.", "7 percent", None),
])
def test_period_of_a_change_is_not_what_is_counted(
        extractor: RulesExtractor, text: str, value: str, what: str | None) -> None:
    assert whats(extractor, text)[value] == what


@pytest.mark.parametrize(("text", "value", "what"), [
    ("Ghana will ship 200 tonnes of cocoa to Peru every year on a fixed contract.", "200 tonnes", "cocoa"),
    ("Peruvian fish exports to Ghana jumped 14 percent year-on-year.", "14 percent",
     "Peruvian fish exports to Ghana"),
    ("Peru pledged 500 scholarships for Ghanaian students over five years.", "500", "scholarships"),
])
def test_other_periods_keep_what_they_count(
        extractor: RulesExtractor, text: str, value: str, what: str) -> None:
    assert whats(extractor, text)[value] == what


# --------------------------------------------------------------------------- initials without stops

@pytest.mark.parametrize(("text", "name", "role"), [
    ("External Affairs Minister S Jaishankar met Peru's foreign minister in Lima on Monday.",
     "S Jaishankar", "External Affairs Minister"),
    ("Finance Minister K Mensah said Ghana would repay the Peruvian loan by 2027.",
     "K Mensah", "Finance Minister"),
    ("Trade Minister R Quispe received the Ghanaian delegation in Lima.", "R Quispe", "Trade Minister"),
    ("Prime Minister KP Sharma Oli will visit Accra in June.", "KP Sharma Oli", "Prime Minister"),
    ("Defence Minister A Boateng and his Peruvian counterpart signed the pact in Accra.",
     "A Boateng", "Defence Minister"),
])
def test_initials_without_stops_open_a_titled_name(
        extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    assert people(extractor, text).get(name) == role


@pytest.mark.parametrize(("text", "name", "role"), [
    ("US Ambassador Mark Smith met President John Mahama in Accra.", "Mark Smith", "Ambassador"),
    ("Ghana's Foreign Minister S. Ablakwa met his Peruvian counterpart in Accra.",
     "S. Ablakwa", "Foreign Minister"),
])
def test_an_abbreviation_or_a_stopped_initial_stays_as_it_was(
        extractor: RulesExtractor, text: str, name: str, role: str) -> None:
    found = people(extractor, text)
    assert found.get(name) == role
    assert not any(n.startswith("US ") for n in found)


# --------------------------------------------------------------------------- who is expected to act

def undertakings(extractor: RulesExtractor, text: str) -> list[tuple[str | None, str]]:
    return [(c.actor, c.action) for c in extract_facts(extractor, text, lead=LEAD).commitments]


@pytest.mark.parametrize("text", [
    "Officials in both capitals expect bilateral trade to grow further next year.",
    "Ghana expects Peruvian investment to double by 2027.",
    "Peruvian officials expect Ghanaian cocoa exports to climb by 2026.",
])
def test_expecting_a_measure_to_change_is_no_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert undertakings(extractor, text) == []


@pytest.mark.parametrize(("text", "actor", "action"), [
    ("Peru expects Ghana to open an embassy in Lima next year.", "Ghana", "open an embassy in Lima"),
    ("The Ghanaian government expects President Rosa Quispe to visit Accra in October.",
     "Rosa Quispe", "visit Accra"),
    ("Accra expects the Peruvian side to deliver the first vessels by March.",
     "Peru", "deliver the first vessels"),
])
def test_the_one_expected_to_act_is_the_actor(
        extractor: RulesExtractor, text: str, actor: str, action: str) -> None:
    assert undertakings(extractor, text) == [(actor, action)]


@pytest.mark.parametrize(("text", "actor"), [
    ("Ghana expects the fisheries agreement to be signed in June.", "Ghana"),
    ("Peru said it expects to send the first shipment of fertiliser to Ghana by May.", "Peru"),
])
def test_expecting_ones_own_act_or_a_passive_keeps_the_subject(
        extractor: RulesExtractor, text: str, actor: str) -> None:
    assert [a for a, _ in undertakings(extractor, text)] == [actor]
