"""Constructions the lead settled in round 26, on sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tests import test_instruments
from tests.test_instruments import Find, finder

nlp = test_instruments.nlp  # the instrument rules' fixture, shared with tests/test_instruments.py

TOLD = date(2026, 11, 20)


@pytest.fixture(scope="module")
def find(nlp: Language) -> Find:
    return finder(nlp, TOLD)


# ------------------------------------ talks on a text to be opened ahead: the text is planned

@pytest.mark.parametrize("text", [
    "The two presidents agreed to launch negotiations on a preferential trade agreement as soon as possible.",
    "Malawi and Zambia decided to begin talks on a double taxation convention.",
    "Officials will start negotiations on a social security agreement before the end of March.",
    "The ministers agreed that their teams would commence negotiations on an air services agreement in 2027.",
    "Both sides plan to open negotiations on a bilateral investment treaty next year.",
    "Nepal and Bhutan are expected to initiate talks on a hydropower agreement soon.",
])
def test_talks_to_be_opened_give_a_planned_text(find: Find, text: str) -> None:
    found = find(text)
    assert found and {i.status for i in found} == {"planned"}


@pytest.mark.parametrize("text", [
    "Malawi and Zambia began talks on a double taxation convention in June.",
    "The two sides launched negotiations on a preferential trade agreement last year.",
    "Officials started negotiations on a social security agreement on Monday.",
])
def test_talks_opened_stay_discussed(find: Find, text: str) -> None:
    assert [i.status for i in find(text)] == ["discussed"]
