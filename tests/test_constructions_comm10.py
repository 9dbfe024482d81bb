"""Commitment constructions for unseen text, round 10 (issue 9), proved on our own wording: an encounter
told in the present tense and dated ahead.
"""

from __future__ import annotations

import pytest

from accord.core import ArticleFacts, Commitment
from accord.extract.rules import RulesExtractor
from tests.extract_support import actions, facts

# Published Tuesday 6 May 2025; the talks were on Monday 5 May.
_LEAD = "Ghana and Peru held talks in Accra on Monday, the foreign ministry said.\n"


def found_in(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return facts(extractor, text, lead=_LEAD)


def only(extractor: RulesExtractor, text: str) -> Commitment:
    found = found_in(extractor, text).commitments
    assert len(found) == 1, [c.action for c in found]
    return found[0]


# ------------------------------------------------- a present tense dated ahead


@pytest.mark.parametrize(("text", "act", "deadline"), [
    ("Foreign Minister Elmer Schialer flies on to Santiago, where he meets President Gabriel Boric "
     "tomorrow.", "meet President Gabriel Boric", None),
    ("The joint commission meets in Lima in September.", "meet in Lima", "2025-09"),
    ("Mahama visits Lima next week.", "visit Lima", None),
    ("The two trade ministers sign the fisheries protocol in July, officials said.",
     "sign the fisheries protocol", "2025-07"),
    ("Peru hosts the next round of the political consultations in October.",
     "host the next round of the political consultations", "2025-10"),
    ("Both foreign ministers attend the cocoa fair in Kumasi in June.", "attend the cocoa fair in Kumasi",
     "2025-06"),
])
def test_a_present_tense_dated_ahead_is_a_plan(extractor: RulesExtractor, text: str, act: str,
                                                deadline: str | None) -> None:
    found = only(extractor, text)
    assert found.action.startswith(act)
    if deadline is not None:
        assert found.deadline == deadline
    assert found.deadline_text is not None


def test_a_standing_body_meeting_ahead_is_the_two_sides(extractor: RulesExtractor) -> None:
    assert only(extractor, "The joint commission meets in Lima in September.").actor == "Ghana and Peru"


@pytest.mark.parametrize("text", [
    "The joint commission meets twice a year.",                       # a habit, no date
    "Mahama meets business leaders in Kumasi.",                       # no date at all
    "Mahama and Boluarte attend the welcome ceremony in Accra on Monday.",  # a caption: the day gone by
    "Mahama meets business leaders every Friday.",                   # a habit
    "The commission met in Lima in March.",                           # past
])
def test_a_present_tense_without_a_date_ahead_is_no_plan(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []
