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
