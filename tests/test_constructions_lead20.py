"""Two mends of round 20, proved on our own wording.

Two acts in one field are not split by round 20's rule for acts on things of their own: "the avoidance of
double taxation and the prevention of fiscal evasion" are a tax treaty's two aims, where "the avoidance of
double taxation and the establishment of a joint commission" are two documents' subjects.

A meeting's date is never the words of a date: a date the resolver left unread gives its year (the
format's coarsest date), and not when that year is after the report's.
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts
from tests.test_constructions_real16a import find, nlp, subjects
from tests.test_instruments import Find

__all__ = ["find", "nlp"]  # the fixtures of tests/test_constructions_real16a.py, shared


@pytest.mark.parametrize(("text", "subject"), [
    ("Peru and Chile signed agreements on the avoidance of double taxation and the prevention of fiscal "
     "evasion.", "avoidance of double taxation and the prevention of fiscal evasion"),
    ("Kenya and Oman signed conventions for the elimination of double taxation and the prevention of tax "
     "evasion on Monday.", "elimination of double taxation and the prevention of tax evasion"),
    ("Agreements on the promotion of investments and the protection of investments were signed by "
     "Ghana and Togo.", "promotion of investments and the protection of investments"),
    ("Uganda and Kenya signed MoUs for the avoidance of double taxation and the prevention of tax evasion.",
     "avoidance of double taxation and the prevention of tax evasion"),
    ("Conventions on the elimination of double taxation and the prevention of fiscal evasion were inked by "
     "Peru and Chile.", "elimination of double taxation and the prevention of fiscal evasion"),
])
def test_two_acts_in_one_field_are_one_subject(find: Find, text: str, subject: str) -> None:
    assert subjects(find, text) == [subject]


@pytest.mark.parametrize(("text", "expected"), [
    # acts in two fields, or in a field and none the taxonomy knows: two documents
    ("Peru and Chile signed MoUs on the avoidance of double taxation and the promotion of tourism.",
     ["avoidance of double taxation", "promotion of tourism"]),
    ("Kenya and Oman signed agreements on the readmission of migrants and the suppression of drug "
     "trafficking.", ["readmission of migrants", "suppression of drug trafficking"]),
    ("Ghana and Togo signed memoranda on the promotion of investments and the recognition of diplomas.",
     ["promotion of investments", "recognition of diplomas"]),
])
def test_two_acts_in_two_fields_are_two_subjects(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


_ISO = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


@pytest.mark.parametrize("text", [
    "President John Mahama held talks with Prime Minister Robert Abela in Accra on Tuesday, 16th September, "
    "2025, the presidency said.",
    "Foreign Minister Elmer Schialer met his Chilean counterpart Alberto van Klaveren in Lima on Friday the "
    "14th of March 2025.",
    "Prime Minister Anthony Albanese held talks with President Prabowo Subianto in Jakarta on the first "
    "Monday of February 2025.",
    "President William Ruto received Prime Minister Abiy Ahmed at State House in Nairobi in the last week of "
    "April 2025.",
    "Chancellor Olaf Scholz met Prime Minister Jonas Gahr Store in Oslo during the Easter week of 2025.",
])
def test_a_meeting_s_date_is_a_date_or_none(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=date(2025, 5, 20)).meetings
    assert found
    assert all(m.date is None or _ISO.fullmatch(m.date) for m in found)


def test_a_year_after_the_report_is_no_meeting_s_year(extractor: RulesExtractor) -> None:
    text = ("President John Mahama held talks with Prime Minister Robert Abela in Accra on Tuesday, 16th "
            "September, 2026, the presidency said.")
    found = facts(extractor, text, published=date(2025, 5, 20)).meetings
    assert found and not any((m.date or "").startswith("2026") for m in found)


# ----------------------------- a fronted bound that is a clause of its own ("Before the year is out, …")


def _dated(extractor: RulesExtractor, text: str) -> list[tuple[str, str | None]]:
    found = facts(extractor, text, published=date(2025, 3, 3)).commitments
    return [(c.action, c.deadline) for c in found]


@pytest.mark.parametrize(("text", "deadline"), [
    ("Before the year is out, Kenya and Peru will open consulates in Mombasa and Arequipa.", "2025-12"),
    ("Before the month is over, Ghana will send a trade mission to Lima.", "2025-03"),
    ("Before the year is over, the two sides will sign an air services agreement, the ministers said.",
     "2025-12"),
    ("By the time the year is out, Fiji and Samoa will hold the first session of their joint commission.",
     "2025-12"),
    ("Before the month is out, Chile is to send a team of engineers to Jakarta to survey the port.",
     "2025-03"),
])
def test_a_fronted_bound_of_its_own_clause_dates_the_promise(extractor: RulesExtractor, text: str,
                                                             deadline: str) -> None:
    found = _dated(extractor, text)
    assert found and all(d == deadline for _, d in found)


def test_a_bound_fronting_another_clause_dates_not_the_promise(extractor: RulesExtractor) -> None:
    text = "Before the year is out, prices will rise, and Kenya will open a consulate in Mombasa in 2027."
    assert all(d != "2025-12" for a, d in _dated(extractor, text) if "consulate" in a)


def test_a_bound_of_a_deed_done_dates_nothing_ahead(extractor: RulesExtractor) -> None:
    text = "Before the year was out, Kenya and Peru had opened consulates in Mombasa and Arequipa."
    assert all(d is None for _, d in _dated(extractor, text))
