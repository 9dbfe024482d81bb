"""Round 18, lead: a commitment to a named thing keeps the thing's whole name ("their commitment to the
Indus Waters Treaty" is to the Indus Waters Treaty, not to "Treaty"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


def _actions(extractor: RulesExtractor, text: str) -> list[str]:
    return [c.action for c in facts(extractor, text).commitments]


# A commitment to a document in hand ("… to the Indus Waters Treaty", "… to the Paris Agreement") is no
# undertaking since real25c (tests/test_constructions_real25c.py); a strategy or programme keeps its name.
@pytest.mark.parametrize(("text", "action"), [
    ("SUVA, May 3 - Fiji and Tonga reiterated their commitment to the Blue Pacific Strategy at the meeting.",
     "Blue Pacific Strategy"),
    ("ABUJA, May 3 - Nigeria and Ghana reaffirmed their commitment to the trade facilitation programme.",
     "trade facilitation programme"),
])
def test_a_commitment_to_a_named_thing_keeps_its_name(extractor: RulesExtractor, text: str,
                                                      action: str) -> None:
    assert action in _actions(extractor, text)


@pytest.mark.parametrize(("text", "action"), [
    # an act, not a thing: the verb leads as before
    ("LIMA, May 3 - Peru stressed its commitment to strengthening border cooperation with Chile.",
     "strengthen border cooperation with Chile"),
    # a verb's own object after "agreed on" keeps its compounds as before
    ("QUITO, May 3 - Ecuador and Colombia agreed on an action plan for the border.",
     "action plan for the border"),
])
def test_acts_and_agreed_plans_read_as_before(extractor: RulesExtractor, text: str, action: str) -> None:
    assert action in _actions(extractor, text)
