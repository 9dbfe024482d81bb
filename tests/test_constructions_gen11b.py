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


# --------------------------------------------------------------------------- what a paper is about

def _meetings(extractor: RulesExtractor, text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.evidence.text) for m in facts(extractor, " date 2025-04-17 Test\n" + text).meetings]


@pytest.mark.parametrize("text", [
    "The two ministers signed a Memorandum of Understanding on political consultations between the two "
    "foreign ministries.",
    "The Czech and Slovak sides signed an MoU on political consultations between the two foreign ministries "
    "on Tuesday.",
    "The ambassador delivered an invitation from the Emir for a state visit to Qatar.",
    "Lula accepted the invitation of President Ramaphosa for a state visit to South Africa.",
    "The minister conveyed the invitation of the Prime Minister for an official visit to Japan.",
    "She renewed the invitation of King Abdullah for an official visit to Jordan.",
])
def test_a_meeting_word_a_document_or_invitation_is_about_is_no_meeting(extractor: RulesExtractor,
                                                                         text: str) -> None:
    assert _meetings(extractor, text) == []


@pytest.mark.parametrize("text, kind", [
    ("The two ministers held consultations in Dakar on Monday.", "talks"),
    ("The agreement was signed after talks in Rabat on Tuesday.", "talks"),
    ("Modi paid a state visit to Ghana on Wednesday.", "visit"),
])
def test_meetings_that_took_place_stay(extractor: RulesExtractor, text: str, kind: str) -> None:
    assert kind in [k for k, _ in _meetings(extractor, text)]


# --------------------------------------------------------------------------- the two ministries

def _figures(extractor: RulesExtractor, text: str) -> list[float | None]:
    return [f.number for f in facts(extractor, " date 2025-04-17 Test\n" + text).figures]


@pytest.mark.parametrize("text", [
    "The ministers signed an agreement on consultations between the two ministries of foreign affairs.",
    "Exercises between the two armies will be held every year.",
    "The speakers said the two parliaments would set up friendship groups.",
    "A protocol links the two chambers of commerce.",
    "The two secretariats will meet in June.",
])
def test_the_two_bodies_of_the_pair_are_no_count(extractor: RulesExtractor, text: str) -> None:
    assert 2 not in _figures(extractor, text)


@pytest.mark.parametrize("text", [
    "Two ministries signed MoUs with Chinese firms.",
    "The two agreements were signed in Lima.",
])
def test_a_count_of_bodies_or_documents_stays(extractor: RulesExtractor, text: str) -> None:
    assert 2 in _figures(extractor, text)
