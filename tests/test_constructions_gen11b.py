"""Constructions of gen11b's tuning articles (issue 9), proved on our own wording: an Arabic name
with "bin"/"bint"/"ibn" ("son/daughter of") keeps its given name when a title runs straight into it
("Minister of State for Foreign Trade Thani bin Ahmed Al Zeyoudi") or when spaCy tags only what
stands before or after the particle ("Sana" / "Ibrahim Al Mahrouqi").
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


def _people(extractor: RulesExtractor, text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in facts(extractor, text).people]


@pytest.mark.parametrize("text, name, role", [
    ("UAE Minister of State for Foreign Trade Thani bin Ahmed Al Zeyoudi met him in Nairobi.",
     "Thani bin Ahmed Al Zeyoudi", "Minister of State for Foreign Trade"),
    ("The Minister of Family Development Sana bint Mohammed Suhail attended the signing.",
     "Sana bint Mohammed Suhail", "Minister of Family Development"),
    ("Oman's Minister of Labour Mahad bin Said Baowain signed the MoU in Muscat.",
     "Mahad bin Said Baowain", "Minister of Labour"),
    ("Minister of Social Development Laila bint Ahmed Al Najjar met the students.",
     "Laila bint Ahmed Al Najjar", "Minister of Social Development"),
    ("Minister of Economy Abdulla bin Touq Al Marri said trade would double.",
     "Abdulla bin Touq Al Marri", "Minister of Economy"),
    ("Minister of Higher Education Rahma bint Ibrahim Al Mahrouqi met the delegation.",
     "Rahma bint Ibrahim Al Mahrouqi", "Minister of Higher Education"),
])
def test_a_name_keeps_its_given_name_across_bin(extractor: RulesExtractor, text: str, name: str,
                                                role: str) -> None:
    assert (name, role) in _people(extractor, text)


@pytest.mark.parametrize("text, expected", [
    ("Saudi Foreign Minister Faisal bin Farhan Al Saud arrived on Monday.",
     [("Faisal bin Farhan Al Saud", "Foreign Minister")]),
    ("Transport Minister Anthony Loke and Energy Minister Fadillah bin Yusof met the press.",
     [("Anthony Loke", "Transport Minister"), ("Fadillah bin Yusof", "Energy Minister")]),
    ("Minister of Culture Salem bin Khalid Al Qassimi opened the exhibition.",
     [("Salem bin Khalid Al Qassimi", "Minister of Culture")]),
])
def test_names_already_whole_stay_as_they_are(extractor: RulesExtractor, text: str,
                                              expected: list[tuple[str, str | None]]) -> None:
    assert _people(extractor, text) == expected


def test_a_bin_that_is_no_name_makes_no_person(extractor: RulesExtractor) -> None:
    assert _people(extractor, "Officials said the recycling bin project was agreed in Dubai.") == []
