"""Constructions the lead mended in round 25 (issue 9), proved on our own wording.

A small number in Roman letters is read by one pattern (`normalize.numbers.ROMAN_NUMERAL`) wherever it
matters: after a name it is a reign's number and part of the name ("King Felipe VI"); before a gathering
it is the gathering's number, not a body's letters ("the VIII Ghana-Peru Summit" stays the pair's plan),
while letters that only look Roman ("CDM", "MDC") name a body whose summit is no plan of the pair.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from accord.normalize.numbers import ROMAN_NUMERAL
from tests.extract_support import TALKS_LEAD, facts


@pytest.mark.parametrize("text", ["I", "III", "IV", "VI", "IX", "XII", "XIV", "XVI", "XXIX"])
def test_small_roman_numbers(text: str) -> None:
    assert ROMAN_NUMERAL.fullmatch(text)


@pytest.mark.parametrize("text", ["CDM", "MDC", "LLC", "IIII", "VV", "XXXX", "IVX", "DC"])
def test_letters_that_only_look_roman(text: str) -> None:
    assert not ROMAN_NUMERAL.fullmatch(text)


@pytest.mark.parametrize(("text", "name"), [
    ("King Felipe VI received President John Mahama in Madrid.", "Felipe VI"),
    ("Pope Leo XIV met Foreign Minister Ama Owusu.", "Pope Leo XIV"),
    ("President Mahama was received by King Charles III at the palace.", "Charles III"),
    ("The talks were opened by King Mswati III in Mbabane.", "Mswati III"),
    ("Sultan Haitham met Pope Leo XIV on Monday.", "Pope Leo XIV"),
])
def test_a_reigns_number_is_part_of_the_name(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in [p.name for p in facts(extractor, text, lead=TALKS_LEAD).people]


@pytest.mark.parametrize("text", [
    "The VIII Ghana-Peru Summit will be held in Lima in June.",
    "The XII Summit of Ghana and Peru will be held in Accra on June 13.",
    "The IV Ghana-Peru Business Forum will be held in Kumasi in July.",
])
def test_a_gatherings_number_is_no_body(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, lead=TALKS_LEAD)
    assert [c.actor for c in found.commitments] == ["Ghana and Peru"]


@pytest.mark.parametrize("text", [
    "The CDM summit will be held in Accra in June.",
    "The ECOWAS summit will be held in Accra in June.",
])
def test_a_bodys_letters_are_no_number(extractor: RulesExtractor, text: str) -> None:
    assert facts(extractor, text, lead=TALKS_LEAD).commitments == []
