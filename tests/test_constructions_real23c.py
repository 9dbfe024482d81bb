"""Constructions of real reports (issue 9, real23c), commitments, proved on our own wording.

A visit told by where a person "will be" is a plan when the stay is dated ("will be in Lima this week",
"from 20 to 25 March") or made for an encounter ("will be in Accra to sign …", "to discuss … with …"), as
"will be in Accra for talks" already was; a stay undated and for nothing, negated, or a state ("will be in
a strong position") is none. An event "due to be held" (also "set", "slated" or "scheduled to") is ahead,
never a meeting held, whatever its day.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import TALKS_LEAD, Dated, dated, facts

# ------------------------------------------------------------------ a stay ahead: "will be in Lima …"


@pytest.mark.parametrize(("text", "expected"), [
    ("The Ghanaian trade minister will be in Lima this week to discuss fisheries with his counterpart.",
     ("be in Lima to discuss fisheries with his counterpart", "this week", "2025-05-11")),
    ("President Boluarte will be in Accra on Friday.",
     ("be in Accra", "on Friday", "2025-05-09")),
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
    "Mahama will not be in Lima next week.",  # negated
    "Ghana will be in a strong position to export cocoa in 2026.",  # a state, no place
    "Peru will be in recession next year, the bank said.",  # a forecast
    "The Ghanaian minister was in Lima last week to discuss fisheries.",  # past: no plan
])
def test_no_stay_planned(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


# ------------------------------------------------------------------ an event "due to be held" is ahead


@pytest.mark.parametrize("text", [
    "The next session of the joint commission is due to be held in Accra in June.",
    "The business forum is due to take place in Lima on 12 June.",
    "The second round of political consultations is set to be held in Lima in the autumn.",
    "The joint economic commission is slated to convene in Accra next month.",
    "The summit, which is due to be held in Lima, is expected to bring the two leaders together.",
    "A meeting of the working group is due to take place before the end of the year.",
])
def test_an_event_due_is_no_meeting_held(extractor: RulesExtractor, text: str) -> None:
    assert facts(extractor, text).meetings == []


@pytest.mark.parametrize(("text", "kind"), [
    ("The joint commission, due to meet in March, finally met in Accra on Monday.", "commission_session"),
    ("The business forum, due to take place in Lima last year, was finally held on Monday.", "business_forum"),
])
def test_an_event_once_due_and_then_held_is_a_meeting(extractor: RulesExtractor, text: str, kind: str) -> None:
    assert [m.kind for m in facts(extractor, text).meetings] == [kind]


def test_an_event_due_keeps_its_plan(extractor: RulesExtractor) -> None:
    found = facts(extractor, "The business forum is due to take place in Lima on 12 June.", lead=TALKS_LEAD)
    assert [(c.action, c.deadline) for c in found.commitments] == [("hold the business forum in Lima",
                                                                     "2025-06-12")]
