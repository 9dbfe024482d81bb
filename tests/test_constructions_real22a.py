"""Constructions of real treaty reports (round 22, instruments): a stage ahead told of a shorter name of a
document signed a sentence before ("The expanded pact is expected to come into force") is that document's
next step, not a plan of its own; "a plethora of sectors" tells a package's breadth, no subject; "on" right
past a document object's day or place ("signed three MoUs on Monday, on A, B and C") opens what the
documents are on; a document named in a later sentence by no more than an item of a list told before ("The
MoUs are on A and B. … signed the MoU on A") is that item."""
from __future__ import annotations

import pytest

from tests.test_constructions_real16a import find, nlp, subjects, told
from tests.test_instruments import Find

__all__ = ["find", "nlp"]  # the fixtures of tests/test_constructions_real16a.py, shared


def statuses(find: Find, text: str) -> list[str]:
    return [i.status for i in find(text)]


# ------------------------------------------------------------------ a step ahead of a shorter name


@pytest.mark.parametrize("text", [
    "Peru and Ghana signed an expanded trade pact on Monday. The expanded pact is expected to come into "
    "force in 2027.",
    "Bolivia and Zambia signed a revised air services treaty on Friday. The revised treaty must still be "
    "ratified by both parliaments before it takes effect.",
    "Bolivia and Zambia signed a revised air services treaty on Friday. The air services treaty will enter "
    "into force once ratified.",
    "Chile and Kenya inked a new fisheries agreement in Nairobi. The fisheries agreement will take effect "
    "after ratification.",
    "Nepal and Laos signed an updated visa waiver protocol. This visa protocol is due to enter into force "
    "in March.",
])
def test_a_step_ahead_of_a_shorter_name_is_the_signed_documents(find: Find, text: str) -> None:
    assert statuses(find, text) == ["signed"]


@pytest.mark.parametrize(("text", "expected"), [
    # a name saying more than the signed one's is another document
    ("Peru and Ghana signed a trade agreement in 2019. The new trade agreement will be signed next year.",
     ["signed", "planned"]),
    ("Peru and Ghana signed a maritime trade agreement on Monday. The trade agreement on fisheries will "
     "be signed next year.", ["signed", "planned"]),
    # a document only to be signed stays ahead
    ("Bolivia and Zambia will sign an air services treaty on Friday. The air services treaty will enter "
     "into force in May.", ["planned"]),
])
def test_a_name_saying_more_or_a_plan_keeps_its_stage(find: Find, text: str, expected: list[str]) -> None:
    assert statuses(find, text) == expected


# ------------------------------------------------------------------ a package's breadth


@pytest.mark.parametrize("text", [
    "Fiji and Tonga signed a total of 14 agreements concerning a plethora of sectors on Tuesday.",
    "Fiji and Tonga signed 14 agreements covering a multitude of fields.",
    "Fiji and Tonga signed 14 agreements in a plethora of areas.",
    "A plethora of MoUs were signed by Fiji and Tonga, concerning a multitude of sectors.",
    "Fiji and Tonga signed 14 agreements covering a multitude of fields, including fisheries and tourism.",
])
def test_a_plethora_of_fields_is_no_subject(find: Find, text: str) -> None:
    assert all("plethora" not in s and "multitude" not in s for s in subjects(find, text))


# ------------------------------------------------------------------ "on" past a day or a place


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile and Kenya signed three MoUs on Monday, on child protection, tourism and water management.",
     ["child protection", "tourism", "water management"]),
    ("Chile and Kenya signed three MoUs on Monday on child protection, tourism and water management.",
     ["child protection", "tourism", "water management"]),
    ("Chile and Kenya signed three MoUs in Lima on Monday, on child protection, tourism and water "
     "management.", ["child protection", "tourism", "water management"]),
    ("Chile and Kenya on Tuesday signed four agreements, on fisheries, policing and tourism.",
     ["fisheries", "policing", "tourism"]),
    ("Chile and Kenya signed two agreements, on fisheries and tourism.", ["fisheries", "tourism"]),
    ("Benin and Niger inked two accords in Niamey, on livestock and river navigation.",
     ["livestock", "river navigation"]),
])
def test_on_past_a_day_or_place_opens_the_subjects(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an occasion after the day is no subject
    ("Chile and Kenya signed a trade agreement on Monday, on the eve of the summit.", ["trade agreement"]),
    ("Chile and Kenya signed two trade agreements in Lima, on the third day of a visit by the president.",
     ["trade agreements"]),
    ("Chile and Kenya signed two trade agreements on Monday, on the basis of the talks.",
     ["trade agreements"]),
])
def test_an_occasion_past_a_day_is_no_subject(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ------------------------------------------------------------------ a listed item named again


@pytest.mark.parametrize(("text", "count"), [
    ("Chile and Kenya signed three MoUs on Monday. The MoUs are on child protection, tourism and water "
     "management. Health Minister Ana Ruiz signed the MoU on child protection, while John Kamau signed "
     "the other two.", 3),
    ("Chile and Kenya signed three MoUs on Monday, on child protection, tourism and water management. "
     "The MoU on child protection was signed by Ana Ruiz.", 3),
    ("Peru and Ghana signed two agreements in Accra, on fisheries and tourism. Later, the ministers "
     "said the agreement on fisheries would protect stocks. The agreement on fisheries was signed by "
     "Jorge Diaz.", 2),
    ("Fiji and Tonga signed protocols on policing and customs. The protocol on customs was signed by the "
     "two finance ministers.", 2),
    ("Benin and Niger signed two MoUs on Monday. The two MoUs are on livestock and grazing routes. The "
     "MoU on livestock was signed by the agriculture ministers.", 2),
])
def test_a_listed_item_named_again_is_one_document(find: Find, text: str, count: int) -> None:
    assert len(find(text)) == count


@pytest.mark.parametrize(("text", "expected"), [
    # a name saying more than the item, or a stage of its own, is another document
    ("Chile and Kenya signed MoUs on tourism and health. The MoU on tourism statistics was signed later.",
     [("mou", "tourism", "signed"), ("mou", "health", "signed"), ("mou", "MoU on tourism statistics",
                                                                  "signed")]),
    ("Chile and Kenya signed MoUs on tourism and health. They will sign an agreement on tourism next year.",
     [("mou", "tourism", "signed"), ("mou", "health", "signed"), ("agreement", "agreement on tourism",
                                                                                "planned")]),
])
def test_a_name_saying_more_is_another_document(find: Find, text: str,
                                                expected: list[tuple[str, str, str]]) -> None:
    assert told(find, text) == expected
