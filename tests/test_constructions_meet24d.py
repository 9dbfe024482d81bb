"""Constructions of the gen24 set's tuning half (round 24, issue 9), meetings, proved on our own wording: a
meeting "of" officials ("It was preceded by a meeting of senior officials on Monday") is one of its own, not
the named people's talks or call told nearby; those a guest called
on or whose credentials were received ("paid courtesy calls on three of the highest authorities", "received
the credentials of four new heads of mission") are who was met, no figure.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# A title and a dateline above the body, so the body's first sentence is no page furniture.
LEAD = "Diplomatic news in brief\n\nAPIA, May 6 (Wire) -- "


def _meetings(extractor: RulesExtractor, text: str) -> list[tuple[str, list[str]]]:
    return [(m.kind, list(m.participants)) for m in facts(extractor, text, lead=LEAD).meetings]


def _numbers(extractor: RulesExtractor, text: str) -> list[float | None]:
    return [f.number for f in facts(extractor, text, lead=LEAD).figures]


# ------------------------------------------------------------------ those met are no figure

@pytest.mark.parametrize("text", [
    "The new envoy paid courtesy calls on three of the country's highest authorities.",
    "During his stay, the minister paid courtesy calls on four of the kingdom's senior leaders.",
    "President Ana Soto received the credentials of four new heads of mission on Monday.",
    "The King received the letters of credence of two new ambassadors at the palace.",
    "On Tuesday the Governor-General accepted the credentials of five new envoys.",
])
def test_those_met_are_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert _numbers(extractor, text) == []


@pytest.mark.parametrize(("text", "number"), [
    # a count the pair's relation brings stays a figure
    ("The two sides agreed on 300 scholarships for students of Ghana.", 300),
    ("Peru will call on 40 experts from Ghana to train its customs officers next year.", 40),
])
def test_other_counts_stay_figures(extractor: RulesExtractor, text: str, number: int) -> None:
    assert number in _numbers(extractor, text)


# ------------------------------------------------------------------ a meeting of officials told before

CALL = " Minister Grace Obi later paid a courtesy call on Vice President Tomas Ruiz at his office."


@pytest.mark.parametrize("text", [
    "The commission opened in Lima on Wednesday. It was preceded by a meeting of senior officials on Monday.",
    "The summit opened in Apia on Thursday, after a meeting of officials on Tuesday.",
    "The session ended on Wednesday. A meeting of senior officials was held on Monday and Tuesday.",
    "The talks were preceded on Monday by a meeting of technical officials.",
    "The ministers met on Friday. A meeting of senior trade officials took place on Wednesday.",
])
def test_a_meeting_of_officials_is_its_own(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text + CALL, lead=LEAD).meetings
    officials = [m for m in found if "officials" in m.evidence.text and "courtesy" not in m.evidence.text]
    calls = [m for m in found if "courtesy call" in m.evidence.text]
    assert officials and calls, found
    assert not any(m in calls for m in officials)


@pytest.mark.parametrize("text", [
    # a meeting of named people, or one "with" a group, keeps its reading
    "President Ana Soto held a meeting with Prime Minister Li Wei on Monday.",
    "Minister Grace Obi held a meeting of the two delegations with Minister Li Wei on Monday.",
])
def test_a_meeting_of_others_keeps_its_people(extractor: RulesExtractor, text: str) -> None:
    assert any(len(m.participants) == 2 for m in facts(extractor, text, lead=LEAD).meetings)
