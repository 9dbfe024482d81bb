"""A goal the sides set themselves, dated or counted, is a commitment to its act.

"set a target of raising trade to $500 million within three years", "set the task of bringing
turnover to …", "set a goal of lifting trade … by the end of the decade". A goal with no time
and no amount ("set the goal of deepening ties") states a direction: no commitment. Our own words.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_commitments import nlp, run

__all__ = ["nlp"]

LEAD = "LIMA: Kenya and Peru on Tuesday held talks in Lima.\n"


@pytest.mark.parametrize(("body", "action"), [
    ("Kenya and Peru set a target of raising bilateral trade to $500 million within three years.",
     "raise bilateral trade to $500 million"),
    ("The parties set the task of bringing mutual trade turnover to 500 million dollars within three years.",
     "bring mutual trade turnover to 500 million dollars"),
    ("The leaders set a goal of lifting bilateral trade to one billion US dollars by the end of the decade.",
     "lift bilateral trade to one billion US dollars"),
    ("The ministers fixed an objective of doubling tourist arrivals to 40,000 a year by 2028.",
     "double tourist arrivals to 40,000 a year"),
    ("Both governments set themselves the target of connecting their power grids by 2029.",
     "connect their power grids"),
    ("The two presidents agreed a target to raise investment flows by 25 percent before 2030.",
     "raise investment flows by 25 percent"),
])
def test_a_goal_set_with_a_time_or_amount_is_a_commitment(nlp: Language, body: str, action: str) -> None:
    found = run(nlp, body, lead=LEAD)
    assert [c.action for c in found] == [action]
    assert found[0].actor is not None


@pytest.mark.parametrize("body", [
    "Kenya and Peru set the goal of deepening their friendship.",
    "The leaders did not set a target of raising trade to $500 million within three years.",
    "Kenya and Peru set a record for trade last year, reaching $500 million.",
])
def test_a_direction_or_a_goal_not_set_is_no_commitment(nlp: Language, body: str) -> None:
    assert run(nlp, body, lead=LEAD) == []
