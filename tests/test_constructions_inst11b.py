"""Instrument constructions of round 11b (an exchange of notes as a means, a document's worth, plural
members of a package), on our own sentences."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tests import test_instruments
from tests.test_instruments import Find, finder

nlp = test_instruments.nlp  # the instrument rules' fixture, shared with tests/test_instruments.py


@pytest.fixture(scope="module")
def find(nlp: Language) -> Find:
    return finder(nlp, date(2026, 11, 20))  # a Friday


# --------------------------- "entered into force by an exchange of notes": the exchange is only the means

@pytest.mark.parametrize(("text", "real"), [
    ("The agreement on visa exemption between Vietnam and Chile entered into force on Monday by an "
     "exchange of notes between the two foreign ministries.", "visa exemption"),
    ("The investment protection treaty between South Korea and Uzbekistan took effect on Tuesday following "
     "an exchange of letters in Tashkent.", "investment protection treaty"),
    ("The extradition treaty between India and Mongolia became effective on 1 November via an exchange of "
     "notes in Ulaanbaatar.", "extradition treaty"),
    ("The air services agreement between Chile and Argentina entered into force this week with the exchange "
     "of letters between the two transport ministers.", "air services agreement"),
    ("The New Zealand-Samoa fisheries arrangement will enter into force upon the exchange of notes "
     "confirming that both sides have completed their procedures.", None),
])
def test_an_exchange_of_notes_as_a_means_is_no_document(find: Find, text: str, real: str | None) -> None:
    found = find(text)
    assert not any("exchange" in i.subject.lower() for i in found), [(i.subject, i.status) for i in found]
    if real is not None:
        assert [i.status for i in found if real in i.subject] == ["in_force"]


@pytest.mark.parametrize(("text", "subject", "status"), [
    ("Japan and Mongolia on Tuesday signed an Exchange of Notes in Ulaanbaatar.",
     "Exchange of Notes", "signed"),
    ("Under the Exchange of Letters signed in January, Malaysia and Thailand will open a border market.",
     "Exchange of Letters", "signed"),
])
def test_an_exchange_of_notes_signed_is_a_document(find: Find, text: str, subject: str, status: str) -> None:
    assert [(i.subject, i.status) for i in find(text)] == [(subject, status)]


# --------------------------- "a grant agreement valued at 3 billion yen for …": the worth is part of it

@pytest.mark.parametrize(("text", "subject"), [
    ("Bangladesh and Japan signed a grant agreement valued at 3 billion yen for the Dhaka metro rail on "
     "Sunday.", "grant agreement valued at 3 billion yen for the Dhaka metro rail"),
    ("Laos and China signed a loan agreement totalling $500 million for the Vientiane ring road.",
     "loan agreement totalling $500 million for the Vientiane ring road"),
    ("Senegal and France signed a financing agreement amounting to 45 million euros for rural roads on "
     "Tuesday.", "financing agreement amounting to 45 million euros for rural roads"),
    ("Vietnam and South Korea on Thursday signed a credit agreement valued at $300 million.",
     "credit agreement valued at $300 million"),
    ("A loan agreement totaling 80 million dollars was signed by Mongolia and Kuwait in Ulaanbaatar on "
     "Wednesday.", "loan agreement totaling 80 million dollars"),
])
def test_a_documents_worth_stays_in_its_subject(find: Find, text: str, subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]


@pytest.mark.parametrize(("text", "subject"), [
    ("Kenya and Japan signed a loan agreement for the Mombasa port, valued at 20 billion yen, on Friday.",
     "loan agreement for the Mombasa port"),
    ("Ghana and Germany signed a grant agreement for rural clinics on Monday, valued by officials at "
     "12 million euros.", "grant agreement for rural clinics"),
])
def test_a_worth_told_apart_is_not_the_subject(find: Find, text: str, subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]


# --------------------------- "Some of them are memoranda on …": plural members, "memoranda" tagged JJ

_PACKAGE = "Peru and South Korea signed a package of eight agreements on Thursday. "


@pytest.mark.parametrize(("text", "subjects"), [
    ("Some of them are memoranda on lithium and copper mining.", ["lithium", "copper mining"]),
    ("Several of the deals are memoranda of understanding on health and education.", ["health", "education"]),
    ("Among them were memoranda on fisheries and tourism.", ["fisheries", "tourism"]),
    ("Two of them are memoranda on water supply and forestry.", ["water supply", "forestry"]),
    ("Some of them were memoranda on customs and ports.", ["customs", "ports"]),
])
def test_plural_members_of_a_package(find: Find, text: str, subjects: list[str]) -> None:
    found = find(_PACKAGE + text)
    assert sorted(i.subject for i in found) == sorted(subjects)
    assert {i.status for i in found} == {"signed"}


@pytest.mark.parametrize("text", [
    "Some of them are similar to the deals of last year.",
    "Some of them are hopeful that more will follow.",
])
def test_no_member_without_a_document(find: Find, text: str) -> None:
    assert find(_PACKAGE + text) == []


# --------------------------- "the MoU expired on March 31, officials said on Friday": no day of signing

@pytest.mark.parametrize("text", [
    "The memorandum of understanding on electric power trade between Nepal and India expired on "
    "March 31 without being renewed, officials said on Friday.",
    "The fisheries agreement between Senegal and Mauritania lapsed at the end of June, the ministry "
    "announced on Tuesday.",
    "The labour mobility MoU between Fiji and New Zealand expired last month, the minister told parliament "
    "on Wednesday.",
    "The currency swap agreement between Turkey and Qatar expired on Sunday, the central bank said "
    "on Monday.",
    "The visa agreement between Ghana and Togo lapsed in October, a spokesman said on Thursday.",
])
def test_an_ended_document_is_not_dated_by_the_report(find: Find, text: str) -> None:
    assert [(i.status, i.date) for i in find(text)] == [("signed", None)]


@pytest.mark.parametrize(("text", "day"), [
    ("The memorandum between Peru and Chile, signed on 2 May, lapsed on Friday.", "2026-05-02"),
    ("Morocco and Spain signed a fisheries agreement on Monday.", "2026-11-16"),
])
def test_a_signing_day_stays(find: Find, text: str, day: str) -> None:
    assert [i.date for i in find(text)] == [day]
