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


# ------------------------------------------------------------------ calling on people to do something


@pytest.mark.parametrize(("text", "count"), [
    ("Peru will call on 40 experts from Ghana to train its customs officers next year.", "40"),
    ("Ghana will call on 30 engineers from Peru to help build the new port at Takoradi.", "30"),
    ("Kenya called on 25 doctors from Cuba to staff its rural clinics under the health agreement.", "25"),
])
def test_a_request_to_counted_people_keeps_its_count(extractor: RulesExtractor, text: str,
                                                     count: str) -> None:
    assert count in [f.value for f in facts(extractor, text, lead=TALKS_LEAD).figures]


@pytest.mark.parametrize("text", [
    "During the visit, the trade minister called on two senior officials in Lima.",
    "The envoy called on three senior officials at the foreign ministry on Monday.",
])
def test_courtesy_calls_on_counted_people_are_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert facts(extractor, text, lead=TALKS_LEAD).figures == []
