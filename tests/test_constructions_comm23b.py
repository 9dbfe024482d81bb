"""Constructions of real reports (issue 9, comm23b), commitments, proved on our own wording.

A gathering told to be held or to take place that is named for a body of many states by its letters ("the
ECOWAS summit, which will be held in Abuja", "the next G20 summit will take place in May") is that body's
calendar, not the two sides' plan; a summit named for the pair ("the EU-Ghana summit"), numbered ("the IV
Summit") or held by the sides themselves stays theirs. "The Head of State" (or "head of government") who
will act is the leader named before, never "The head" with its office dropped. A span of years a thing
covers ("a memorandum for 2021-2023", "the 2025-2027 work programme") is no deadline of its act.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import Dated, dated, facts

# ------------------------------------------------------------------ a body's gathering, not the pair's


@pytest.mark.parametrize("text", [
    "The tour comes ahead of the annual ECOWAS summit, which will be held in Abuja in mid-December.",
    "The visit precedes the G20 summit, which will take place in Rio de Janeiro in November.",
    "The next AU summit will be held in Addis Ababa in February.",
    "The BRICS summit will be hosted by Brazil in July, officials said.",
    "The extraordinary SADC summit is to be convened in Harare next week, the bloc said.",
    "The COP30 conference will take place in Belem in November.",
])
def test_a_bodys_gathering_is_no_plan_of_the_pair(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The next Ghana-Peru summit will be held in Lima in June.",
     ("hold the next Ghana-Peru summit in Lima", "in June", "2025-06")),
    ("The next session of the joint commission will be held in Accra in June.",
     ("hold the next session of the joint commission in Accra", "in June", "2025-06")),
    ("Ghana and Peru will hold their next summit in Lima in June.",
     ("hold their next summit in Lima", "in June", "2025-06")),
    ("The IV Summit of the two sides will take place in Accra in October.",
     ("hold the IV Summit of the two sides in Accra", "in October", "2025-10")),
])
def test_the_pairs_own_gathering_stays_planned(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


# ------------------------------------------------------------------ "The Head of State will …"


@pytest.mark.parametrize(("text", "actor"), [
    ("President Mahama arrived in Lima on Monday for a state visit. "
     "The Head of State will hold discussions with President Boluarte on Wednesday.", "Mahama"),
    ("President Boluarte welcomed the Ghanaian delegation in Lima on Monday. "
     "The head of state will travel to Accra in July to sign the trade pact.", "Boluarte"),
    ("Prime Minister Mahama met business leaders in Lima on Monday. "
     "The Head of Government will visit the port of Callao on Thursday.", "Mahama"),
])
def test_the_head_of_state_is_the_leader_named_before(extractor: RulesExtractor, text: str,
                                                      actor: str) -> None:
    found = facts(extractor, text).commitments
    assert found and all(c.actor == actor for c in found)


def test_a_head_of_mission_is_no_office_of_state(extractor: RulesExtractor) -> None:
    text = ("President Mahama arrived in Lima on Monday for a state visit. "
            "The head of the trade mission will visit the port of Callao on Thursday.")
    assert all(c.actor != "Mahama" for c in facts(extractor, text).commitments)


# ------------------------------------------------------------------ a span of years a thing covers


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministers will sign the 2025-2027 work programme in Lima next month.",
     ("sign the 2025-2027 work programme in Lima", "next month", "2025-06")),
    ("Peru will fund the scholarship scheme for 2026–2028, the minister said.",
     ("fund the scholarship scheme for 2026–2028", None, None)),
    ("A cultural exchange programme for 2025-2028 will be signed in Accra on Friday.",
     ("sign a cultural exchange programme for 2025-2028 in Accra", "on Friday", "2025-05-09")),
    ("Both sides will adopt an action plan for 2026-2030 by the end of June.",
     ("adopt an action plan for 2026-2030", "by the end of June", "2025-06")),
    ("Ghana will renew the 2025-2026 fisheries protocol before December.",
     ("renew the 2025-2026 fisheries protocol", "before December", "2025-11")),
])
def test_a_span_of_years_is_the_things_not_a_deadline(extractor: RulesExtractor, text: str,
                                                      expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The two sides will implement the plan in 2025-2027.", ("implement the plan", "in 2025-2027", None)),
    ("Ghana will deliver the cocoa by 2026.", ("deliver the cocoa", "by 2026", None)),
])
def test_a_span_told_of_the_act_stays_its_deadline(extractor: RulesExtractor, text: str,
                                                   expected: Dated) -> None:
    assert dated(extractor, text) == [expected]
