"""Instrument constructions of issue 10 (packages, brackets, planned signings), on our own sentences."""

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


# ------------------------------------- "Among them is a … memorandum under which …": the package's status

@pytest.mark.parametrize(("text", "word", "day"), [
    ("Ghana and Togo signed five accords in Lome on Monday. Among them is a customs memorandum under which "
     "both sides will explore a single border post.", "customs", date(2026, 11, 16)),
    ("Zambia and Angola have signed several agreements to deepen ties in energy and rail, following talks in "
     "Luanda on Wednesday. Among them is a rail memorandum that will see Zambian firms explore for copper "
     "routes to Lobito.", "rail memorandum", date(2026, 11, 18)),
    ("Peru and Bolivia signed four pacts in La Paz on Tuesday. Among them was a lithium accord under which "
     "the two states will study a joint refinery.", "lithium", date(2026, 11, 17)),
    ("Oman and Jordan inked three deals on Sunday. Among these is an aviation memorandum under which the "
     "regulators will discuss new routes.", "aviation", date(2026, 11, 15)),
    ("The two presidents signed nine agreements in Abuja on Thursday. Among them was a health memorandum "
     "under which the ministries will consider a joint vaccine plant.", "health", date(2026, 11, 19)),
])
def test_package_member_takes_the_package_status(find: Find, text: str, word: str, day: date) -> None:
    ins = _one(find(text), word)
    assert ins.status == "signed"
    assert ins.date == day.isoformat()


@pytest.mark.parametrize(("text", "status"), [
    ("Egypt and Sudan discussed four possible deals in Cairo on Sunday. Among them was a river transport "
     "memorandum under which the ministries will study new routes.", "discussed"),
    ("Egypt and Sudan will sign four deals in Cairo next week. Among them is a river transport memorandum "
     "under which the ministries will study new routes.", "planned"),
])
def test_package_member_of_an_unsigned_package(find: Find, text: str, status: str) -> None:
    assert _one(find(text), "river transport").status == status


# ------------------------------------------------- "slated to be signed", "slated to sign": planned

@pytest.mark.parametrize("text", [
    "The trade pact is slated to be signed next week.",
    "A visa waiver agreement is slated to be signed in December.",
    "Kenya and Uganda are slated to sign a border treaty in Kampala on Monday.",
    "The two ministers are slated to ink a memorandum on fisheries during the visit.",
    "A double taxation convention, slated for signing next month, will cut costs for firms.",
    "Senegal and Mali slated the signing of a rail accord for March.",
])
def test_slated_signing_is_planned(find: Find, text: str) -> None:
    found = find(text)
    assert [i.status for i in found] == ["planned"], [(i.subject, i.status) for i in found]


@pytest.mark.parametrize(("text", "day"), [
    ("The trade pact was signed last week.", "2026-11"),
    ("A visa waiver agreement was signed in December.", "2025-12"),
])
def test_signing_done_stays_signed(find: Find, text: str, day: str) -> None:
    found = find(text)
    assert [(i.status, i.date) for i in found] == [("signed", day)]


@pytest.mark.parametrize(("text", "word", "place"), [
    ("Ghana and Togo signed five accords in Lome on Monday.\nAmong them is a customs memorandum under which "
     "both sides will explore a single border post.", "customs", "Lome"),
    ("Zambia and Angola have signed several agreements to deepen ties in energy and rail, following talks in "
     "Luanda on Wednesday.\nAmong them is a rail memorandum that will see Zambian firms explore for copper "
     "routes to Lobito.", "rail memorandum", "Luanda"),
    ("Chile and Peru signed four pacts in Santiago on Tuesday.\nAmong them was a lithium accord under which "
     "the two states will study a joint refinery.", "lithium", "Santiago"),
    ("The two presidents signed nine agreements in Abuja on Thursday.\nAmong them was a health memorandum "
     "under which the ministries will consider a joint vaccine plant.", "health", "Abuja"),
    ("Egypt and Sudan inked four deals in Cairo on Sunday.\nAmong them was a river transport memorandum.",
     "river transport", "Cairo"),
])
def test_package_member_takes_the_package_place(  # told in a paragraph of its own
        find: Find, text: str, word: str, place: str) -> None:
    assert _one(find(text), word).place == place


# ------------------------------------- "(about $81 million)" after an amount: a figure, not a subject word

@pytest.mark.parametrize(("text", "subject"), [
    ("Kuwait and Oman signed a KWD 25 million (about $81 million) loan agreement on Monday.",
     "KWD 25 million loan agreement"),
    ("Qatar and Nepal signed a QAR 40 million (roughly $11 million) grant agreement in Doha on Tuesday.",
     "40 million grant agreement"),
    ("Japan and Laos signed a 5 billion yen (about $33 million) loan agreement in Vientiane.",
     "5 billion yen loan agreement"),
    ("The EU and Kenya signed a €60 million ($65 million) financing agreement for solar plants.",
     "€60 million financing agreement for solar plants"),
    ("Kuwait and Jordan signed a KD 10 million (about $32 million) road agreement on Sunday.",
     "KD 10 million road agreement"),
])
def test_restated_amount_is_no_subject_word(find: Find, text: str, subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]


@pytest.mark.parametrize(("text", "subject"), [
    ("Chile and Peru signed the Lima Protocol (2026) on fisheries on Monday.",
     "Lima Protocol (2026) on fisheries"),
    ("Chile and Peru signed a memorandum of understanding (MoU) on fisheries on Monday.",
     "memorandum of understanding (MoU) on fisheries"),
])
def test_brackets_that_restate_no_amount_stay(find: Find, text: str, subject: str) -> None:
    assert [i.subject for i in find(text)] == [subject]


# ------------------------------ "will apply upon entry into force": signed, not yet applying, no signing day

@pytest.mark.parametrize("text", [
    "Upon entry into force, the treaty will allow citizens to travel without visas.",
    "The convention on double taxation will cut withholding taxes upon its entry into force.",
    "Upon its entry into force, the Ghana-Togo border agreement will replace the 1960 protocol.",
    "The new accord will abolish roaming fees upon its entry into force in January.",
    "The pact on pastoralism will apply upon ratification by both parliaments.",
])
def test_applying_upon_entry_into_force_is_signed(find: Find, text: str) -> None:
    found = find(text)
    assert [(i.status, i.date) for i in found] == [("signed", None)], [(i.subject, i.status) for i in found]


@pytest.mark.parametrize(("text", "status"), [
    ("Kenya will sign the treaty on fisheries upon approval by the cabinet.", "planned"),
    ("The treaty on fisheries entered into force last month.", "in_force"),
])
def test_a_stage_verb_upon_a_stage_keeps_its_own(find: Find, text: str, status: str) -> None:
    assert [i.status for i in find(text)] == [status]
