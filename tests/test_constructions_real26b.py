"""Constructions of real reports (round 26, issue 9), meetings, proved on our own wording: a press
conference addressed is told once ("addressed a joint press conference"); a line noun that is only the means
or the form of an encounter ("the consultations were held in the format of a video conference", "held talks
via videoconference") makes that encounter a call, no second one; a body's sitting recalled in a clause on
it stays background, as round 21 has it ("the commission, which last met in Lusaka in 2019, will convene
again").
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# A title and a dateline above the body (published 6 May 2025), so the first sentence is no page furniture.
LEAD = "Diplomatic news in brief\n\nAPIA, May 6 (Wire) -- "


def _meetings(extractor: RulesExtractor, text: str, lead: str = LEAD) -> list[tuple[str, list[str]]]:
    return [(m.kind, list(m.participants)) for m in facts(extractor, text, lead=lead).meetings]


# ------------------------------------------------------------------ a press conference addressed


@pytest.mark.parametrize("text", [
    "The two ministers addressed a joint press conference on Monday.",
    "Later, President Ana Ruiz and Prime Minister Tomas Vidal addressed a joint press conference in Suva.",
    "The foreign ministers addressed the press conference after signing the accord.",
    "Addressing a joint news conference in Apia, the two leaders praised the ties.",
    "Minister Ana Ruiz addressed a press briefing at the ministry on Tuesday.",
])
def test_a_press_conference_addressed_is_one(extractor: RulesExtractor, text: str) -> None:
    found = _meetings(extractor, text)
    assert [k for k, _ in found].count("press_conference") == 1, found


@pytest.mark.parametrize("text", [
    # the press told alone is still the briefing; a press release is no encounter
    "The two ministers addressed the media after signing the accord.",
    "Minister Ana Ruiz briefed reporters at the ministry on Tuesday.",
])
def test_a_press_told_alone_stays_a_briefing(extractor: RulesExtractor, text: str) -> None:
    assert [k for k, _ in _meetings(extractor, text)] == ["press_conference"]


def test_a_press_release_addressed_is_no_briefing(extractor: RulesExtractor) -> None:
    text = "The ministry addressed a press release to the embassies on Tuesday."
    assert "press_conference" not in [k for k, _ in _meetings(extractor, text)]


# ------------------------------------------------------------------ an encounter held over a line


@pytest.mark.parametrize("text", [
    "The first political consultations between the foreign ministries of Fiji and Chile were held in the "
    "format of a video conference on Monday.",
    "The talks were held in a videoconference format on Monday.",
    "The two ministers held talks in video conference format.",
    "Deputy Foreign Minister Ana Ruiz and her counterpart Tomas Vidal held talks via videoconference on "
    "Monday.",
    "The two ministers held talks in the form of a video conference on Monday.",
    "On Monday the two ministers held talks by video conference.",
])
def test_an_encounter_over_a_line_is_one_call(extractor: RulesExtractor, text: str) -> None:
    assert [k for k, _ in _meetings(extractor, text)] == ["call"]


@pytest.mark.parametrize(("text", "kinds"), [
    # a line of another act, or a video conference of its own, stays its own encounter
    ("President Ana Ruiz joined a video conference of regional leaders on Monday.", ["call"]),
    ("The two ministers held talks in Suva on Monday and then joined a video conference with donors.",
     ["talks", "call"]),
])
def test_a_line_of_its_own_stays(extractor: RulesExtractor, text: str, kinds: list[str]) -> None:
    assert sorted(k for k, _ in _meetings(extractor, text)) == sorted(kinds)


# --------------------------------------- a clause on a body tells no sitting of its own here


@pytest.mark.parametrize("text", [
    # the clause tells a sitting ahead, or none held
    "The joint commission, which will meet in June, was set up in 2010.",
    "The joint commission, which has not met since 2015, will convene in June.",
])
def test_no_sitting_from_a_clause_ahead_or_denied(extractor: RulesExtractor, text: str) -> None:
    assert _meetings(extractor, text) == []
