"""Constructions of real reports (issue 9, real24c), commitments, proved on our own wording.

A settlement reached "on" an act told as a gerund ("reached an agreement on setting up a joint
commission", "consensus was reached on resuming flights") undertakes the act, as "reached an agreement
to set up …" did; one on a topic ("an agreement on trade") or not reached undertakes nothing. An office
named by "head of state/government" is an actor as "the president" is.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import TALKS_LEAD, actions, dated, facts

# ------------------------------------------------------------------ a settlement on a gerund


@pytest.mark.parametrize(("text", "expected"), [
    ("The two presidents reached an agreement on setting up a joint commission on trade.",
     ("set up a joint commission on trade", None, None)),
    ("The sides reached consensus on establishing a joint working group by June.",
     ("establish a joint working group", "by June", "2025-06")),
    ("An understanding was reached on resuming direct flights between Accra and Lima in September.",
     ("resume direct flights between Accra and Lima", "in September", "2025-09")),
    ("Ghana and Peru struck a deal on opening consulates in both capitals.",
     ("open consulates in both capitals", None, None)),
    ("After long talks, the ministers sealed an accord about sharing weather data.",
     ("share weather data", None, None)),
])
def test_a_settlement_on_an_act_is_undertaken(extractor: RulesExtractor, text: str,
                                              expected: tuple[str, str | None, str | None]) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "The two sides reached an agreement on trade.",  # a topic, no act
    "The two sides did not reach an agreement on setting up a commission.",  # not reached
    "Negotiators reached a deal on fishing quotas.",  # "fishing" a modifier of the topic
    "An agreement was reached on Monday.",  # a day, no act
])
def test_no_settlement_on_an_act(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


# ------------------------------------------------------------------ "the Head of State will …"


@pytest.mark.parametrize(("text", "action"), [
    ("The Head of State will hold talks with President Boluarte.", "hold talks with President Boluarte"),
    ("The Head of State will hold discussions with his counterpart during the visit.",
     "hold discussions with his counterpart"),
    ("During the stay, the head of government will meet business leaders in Lima.",
     "meet business leaders in Lima"),
    ("The Head of State is expected to visit the port of Callao.", "visit the port of Callao"),
    ("The Head of Government would visit a cocoa farm with his host, the ministry said.",
     "visit a cocoa farm with his host"),
])
def test_the_head_of_state_undertakes(extractor: RulesExtractor, text: str, action: str) -> None:
    found = facts(extractor, text, lead=TALKS_LEAD)
    assert actions(found) == [action]
    assert found.commitments[0].actor is not None and "Head" in found.commitments[0].actor.title()


@pytest.mark.parametrize("text", [
    "The head of the roads agency will resign.",  # another head, of no state or side
    "The Head of State held talks with his counterpart on Monday.",  # past
])
def test_no_head_of_state_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert actions(facts(extractor, text, lead=TALKS_LEAD)) == []
