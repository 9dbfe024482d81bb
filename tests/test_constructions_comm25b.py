"""Constructions of real reports (issue 9, comm25b), commitments, proved on our own wording.

A trip whose place is told with what the traveller will do there ("will fly to Arequipa, where he will meet
Boluarte on Friday") is one promise: the trip, its act the journey and its purpose, its date the one the
where-clause tells when the trip has none of its own; the where-clause is no promise of its own. A clause that
is no plan (past, or hoped) is left out of the trip's words. Talks told to go on or start again with no one
named ("discussions will continue on the trade deal") are the sides' act, told of the talks: "continue
discussions on …", as "direct flights will resume" is "resume direct flights".
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import Dated, dated

# ------------------------------------------------------------------ a trip and what is done where it goes


@pytest.mark.parametrize(("text", "expected"), [
    ("Mahama will then fly to Arequipa, where he will meet President Boluarte on Friday.",
     ("fly to Arequipa to meet President Boluarte", "on Friday", "2025-05-09")),
    ("The Peruvian trade minister would travel to Kumasi next week, where she would open a cocoa fair.",
     ("travel to Kumasi to open a cocoa fair", "next week", "2025-05-18")),
    ("President Mahama will visit Cusco on Thursday, where he will lay a wreath at the monument.",
     ("visit Cusco to lay a wreath at the monument", "on Thursday", "2025-05-08")),
    ("The delegation will head to Accra in June, where it will sign the fisheries protocol and meet "
     "business leaders.",
     ("head to Accra to sign the fisheries protocol and meet business leaders", "in June", "2025-06")),
    ("Boluarte is set to leave for Accra on Sunday, where she will address parliament.",
     ("leave for Accra to address parliament", "on Sunday", "2025-05-11")),
])
def test_a_trip_and_its_where_clause_are_one_promise(extractor: RulesExtractor, text: str,
                                                     expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the place's past is no part of the trip
    ("Mahama will travel to Arequipa, where the summit was held in 2019.",
     ("travel to Arequipa", None, None)),
    # a hope is no plan: the trip alone
    ("Mahama will then fly to Arequipa, where he hopes to meet President Boluarte.",
     ("fly to Arequipa", None, None)),
])
def test_a_where_clause_that_is_no_plan_stays_out(extractor: RulesExtractor, text: str,
                                                  expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


def test_a_past_trip_is_no_promise(extractor: RulesExtractor) -> None:
    assert dated(extractor, "Mahama flew to Arequipa, where he met President Boluarte.") == []


# ------------------------------------------------------------------ talks told to go on


@pytest.mark.parametrize(("text", "expected"), [
    ("Mahama and Boluarte agreed that discussions will continue on a trade agreement.",
     ("continue discussions on a trade agreement", None, None)),
    ("The ministers said talks would resume in Lima next month on the fisheries protocol.",
     ("resume talks in Lima on the fisheries protocol", "next month", "2025-06")),
    ("Both sides agreed that negotiations on the investment treaty will continue in September.",
     ("continue negotiations on the investment treaty", "in September", "2025-09")),
    ("The two presidents decided that consultations between the foreign ministries would continue on a "
     "regular basis.",
     ("continue consultations between the foreign ministries on a regular basis", None, None)),
    ("The presidents agreed that the dialogue on security would resume in July.",
     ("resume the dialogue on security", "in July", "2025-07")),
])
def test_talks_going_on_are_the_sides_act(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "Trade between the two countries will continue to grow.",  # a forecast
    "The talks continued on Tuesday with a session on fisheries.",  # past: no promise
])
def test_no_talks_promised(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []

