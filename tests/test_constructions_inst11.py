"""Instrument constructions of issue 11 (amounts in brackets, signing places, stages other than signing),
on our own sentences."""

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


def _one(found: list, word: str):
    hits = [i for i in found if word in i.subject]
    assert len(hits) == 1, [(i.subject, i.status) for i in found]
    return hits[0]


# --------------------------- "a Rs 800 crore (nearly $96 million) credit line agreement": the amount opens it

@pytest.mark.parametrize(("text", "subject"), [
    ("India and Sri Lanka on Monday signed a Rs 800 crore (nearly $96 million) credit line agreement for "
     "railway upgrades.", "Rs 800 crore credit line agreement for railway upgrades"),
    ("Bangladesh and India signed a Tk 1,000 crore (over $90 million) deal for a power line on Wednesday.",
     "Tk 1,000 crore deal for a power line"),
    ("The UAE and Morocco signed a 12 million dirham (around $1.2 million) agreement to build schools on "
     "Wednesday.", "12 million dirham agreement to build schools"),
    ("Ethiopia and Djibouti signed a 300 million birr (around $5 million) pact on road maintenance.",
     "300 million birr pact on road maintenance"),
    ("Nepal and India inked a 5 billion rupee (about $37 million) grant agreement for schools on Tuesday.",
     "5 billion rupee grant agreement for schools"),
])
def test_amount_restated_in_brackets_opens_the_subject(find: Find, text: str, subject: str) -> None:
    found = find(text)
    assert [i.subject for i in found] == [subject]


@pytest.mark.parametrize(("text", "subject"), [
    # brackets that are no restated amount stay
    ("Chile and Peru signed the Comprehensive Economic Partnership Agreement (CEPA) on Monday.",
     "Comprehensive Economic Partnership Agreement (CEPA)"),
    ("Saudi Arabia and Pakistan signed a SAR 300 million (about $80 million) grant agreement on Tuesday.",
     "SAR 300 million grant agreement"),
    ("Pakistan and China signed a PKR 40 billion (roughly $140 million) loan agreement for a motorway.",
     "PKR 40 billion loan agreement for a motorway"),
])
def test_other_brackets_are_kept_as_before(find: Find, text: str, subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]


# ------------------------------- "… on maritime cooperation in Jakarta": the city it was signed in ends it

@pytest.mark.parametrize(("text", "subject"), [
    ("Fiji and Samoa signed a memorandum on fisheries cooperation in Apia on Tuesday.",
     "memorandum on fisheries cooperation"),
    ("Turkey and Qatar signed an agreement on defence cooperation in Doha on Sunday.",
     "agreement on defence cooperation"),
    ("Mexico and Guatemala signed a memorandum on border security in Tapachula.",
     "memorandum on border security"),
    ("Rwanda and Burundi signed a pact on trade in Kigali last week.", "pact on trade"),
    ('"On Friday the Indonesian Foreign Minister, Sugiono, and I signed a memorandum of understanding on '
     'maritime cooperation in Jakarta," Wong said.', "memorandum of understanding on maritime cooperation"),
])
def test_signing_city_is_not_part_of_the_subject(find: Find, text: str, subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]


@pytest.mark.parametrize(("text", "subject"), [
    # a place of what the document is about: a state, a region, a thing built there
    ("Japan and India signed an agreement on investment in Kenya on Tuesday.", "agreement on investment in Kenya"),
    ("Brazil and Angola signed a memorandum on cooperation in South Africa.",
     "memorandum on cooperation in South Africa"),
    ("Uganda and Egypt signed a memorandum on the construction of a hospital in Kampala on Monday.",
     "memorandum on the construction of a hospital in Kampala"),
])
def test_place_of_the_subject_itself_is_kept(find: Find, text: str, subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]
