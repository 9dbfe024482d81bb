"""Constructions of real reports (issue 9, real23c), commitments, proved on our own wording.

A visit told by where a person "will be" is a plan when the stay is made for an encounter ("will be in
Accra to sign …", "this week to discuss … with …") or is a dated stay as a host's guest ("from 20 to 25
March as a guest of the government", "at the invitation of …"), as "will be in Accra for talks" already
was; a stay for its own sake, even dated (round 16), negated, or a state ("will be in a strong position")
is none. Discussions or negotiations one "will engage in" on a day told are an
encounter undertaken, as talks were; undated ("will engage constructively in discussions") an attitude.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import Dated, dated

# ------------------------------------------------------------------ a stay ahead: "will be in Lima …"


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ghanaian trade minister will be in Lima this week to discuss fisheries with his counterpart.",
     ("be in Lima to discuss fisheries with his counterpart", "this week", "2025-05-11")),
    ("President Boluarte will be in Accra on Friday at the invitation of President Mahama.",
     ("be in Accra at the invitation of President Mahama", "on Friday", "2025-05-09")),
    ("Mahama will be in Peru from 12 to 15 June as the guest of President Boluarte.",
     ("be in Peru as the guest of President Boluarte", "12 to 15 June", "2025-06-15")),
    ("Peru's foreign minister would be in Kumasi next week to sign the air services deal, the ministry said.",
     ("be in Kumasi to sign the air services deal", "next week", "2025-05-18")),
    ("The Ghanaian trade minister will be in Lima in July to meet business leaders.",
     ("be in Lima to meet business leaders", "in July", "2025-07")),
])
def test_a_stay_dated_or_for_an_encounter_is_a_visit_planned(extractor: RulesExtractor, text: str,
                                                             expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "Mahama will be in Lima until the talks end.",  # no day of its own, nothing to do there
    "The Ghanaian minister will be in Lima on Friday.",  # a stay for its own sake, though dated
    "Mahama will be in Lima as a guest of the government.",  # undated
    "Mahama will not be in Lima next week.",  # negated
    "Ghana will be in a strong position to export cocoa in 2026.",  # a state, no place
    "Peru will be in recession next year, the bank said.",  # a forecast
    "The Ghanaian minister was in Lima last week to discuss fisheries.",  # past: no plan
])
def test_no_stay_planned(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


# ------------------------------------------------------------------ "engage in discussions" on a day


@pytest.mark.parametrize(("text", "expected"), [
    ("\"Tomorrow we will engage in discussions on fisheries and mining,\" Mahama said.",
     ("engage in discussions on fisheries and mining", "Tomorrow", "2025-05-07")),
    ("Mahama said the two sides would engage in discussions on trade next week.",
     ("engage in discussions on trade", "next week", "2025-05-18")),
    ("Peru will engage in negotiations on a free trade agreement with Ghana in July.",
     ("engage in negotiations on a free trade agreement with Ghana", "in July", "2025-07")),
    ("Ghana and Peru will engage in talks on fisheries next week.",
     ("engage in talks on fisheries", "next week", "2025-05-18")),
    ("In June the two ministries will engage in technical discussions on the air services deal.",
     ("engage in technical discussions on the air services deal", "In June", "2025-06")),
])
def test_discussions_engaged_in_on_a_day_are_a_plan(extractor: RulesExtractor, text: str,
                                                    expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "Ghana will engage constructively in discussions with all partners.",  # an attitude, no day
    "Peru will engage with Ghana on fisheries.",  # openness, no encounter
    "The two sides engaged in discussions on trade on Monday.",  # held: past
])
def test_no_discussions_undertaken(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []
