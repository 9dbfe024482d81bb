"""Constructions of real reports (issue 9, real26c), commitments, proved on our own wording.

A dateline filed from two places at once ("Accra/Lima, May 3 (XNA)") is the story's dateline, so its day
dates the report, not the promise the first sentence runs into; and a party that will let, allow, permit or
enable another to do something ("Peru will allow Ghana to open two consulates") undertakes it, where a
thing that lets ("the agreement will allow firms to bid") tells a forecast.
"""

from __future__ import annotations

import pytest

from accord.datelines import match_dateline
from accord.extract.rules import RulesExtractor
from tests.extract_support import TALKS_LEAD, Dated, actions, dated, facts

# ------------------------------------------------------------------ a dateline of two places


@pytest.mark.parametrize(("line", "place"), [
    ("Accra/Lima, May 3 (XNA) Ghana and Peru agreed to set up a joint business council.", "Accra/Lima"),
    ("Port Moresby/Suva, Jan 9 (PNS) The ministers will meet again.", "Port Moresby/Suva"),
    ("Lima / Quito, 12 March (Andes Wire) - Talks resumed.", "Lima / Quito"),
    ("Dakar/Banjul/Bissau, June 2 (Sene Press) Three leaders met.", "Dakar/Banjul/Bissau"),
    ("New Delhi/Male, Oct 5 (UNA) India pledged support.", "New Delhi/Male"),
])
def test_a_dateline_of_two_places(line: str, place: str) -> None:
    found = match_dateline(line)
    assert found is not None and found.group("place") == place


@pytest.mark.parametrize("line", [
    "Accra/Lima ties grew in May (officials said) after the visit.",
    "Trade and investment rose, May figures show.",
])
def test_no_dateline_of_two_places(line: str) -> None:
    assert match_dateline(line) is None


@pytest.mark.parametrize("text", [
    "Accra/Lima, May 3 (XNA) Ghana and Peru agreed to set up a joint business council.\n\nThey met in Accra.",
    "Lima/Accra, May 2 (PNA) The two sides agreed to open consulates in both capitals.\n\nMore later.",
    "Accra / Lima, Apr 30 (XNA) Ghana and Peru decided to set up a joint commission.\n\nIt meets yearly.",
])
def test_the_datelines_day_dates_no_promise(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text)
    assert found.commitments and all(c.deadline_text is None for c in found.commitments)


# ------------------------------------------------------------------ a party that lets another act


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru will allow Ghana to open two consulates.", ("allow Ghana to open two consulates", None, None)),
    ("Peru will allow Ghanaian trucks to use its ports from July.",
     ("allow Ghanaian trucks to use its ports", "from July", "2025-07")),
    ("Peru would permit Ghana to open a consulate in Cusco.",
     ("permit Ghana to open a consulate in Cusco", None, None)),
    ("Peru will enable Ghanaian students to study in Lima.",
     ("enable Ghanaian students to study in Lima", None, None)),
    ("The government will allow Ghanaian firms to bid for the contract by June.",
     ("allow Ghanaian firms to bid for the contract", "by June", "2025-06")),
])
def test_a_party_that_lets_another_undertakes(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "The agreement will allow Ghana to open two consulates.",  # a document lets: a forecast
    "The new port will enable Ghana to export more cocoa.",  # a thing
    "Lower tariffs would allow traders to cut prices.",
])
def test_a_thing_that_lets_is_a_forecast(extractor: RulesExtractor, text: str) -> None:
    assert actions(facts(extractor, text, lead=TALKS_LEAD)) == []


# ------------------------------------------------------------------ the event's days told in its own clause


@pytest.mark.parametrize(("text", "expected"), [
    ("The two sides will sign a trade deal during the visit, which starts on Monday.",
     ("sign a trade deal during the visit", "on Monday", "2025-05-12")),
    ("Ghana will sign the agreement during the summit, which opens on Thursday.",
     ("sign the agreement during the summit", "on Thursday", "2025-05-08")),
    ("Ghana will present the plan at the forum, which takes place on Friday.",
     ("present the plan at the forum", "on Friday", "2025-05-09")),
    ("Peru and Ghana are to unveil the road map at the forum, which convenes on Saturday.",
     ("unveil the road map at the forum", "on Saturday", "2025-05-10")),
    ("The ministers will sign the accord during the session, which begins May 20.",
     ("sign the accord during the session", "May 20", "2025-05-20")),
])
def test_an_event_told_in_the_present_dates_the_act(extractor: RulesExtractor, text: str,
                                                    expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "The two sides will sign a trade deal during the visit, which began on Monday.",  # under way, told past
    "Ghana will raise the matter at the summit, which it attended on Monday.",  # no run of the event
])
def test_an_event_told_otherwise_dates_nothing(extractor: RulesExtractor, text: str) -> None:
    assert all(deadline is None for _, _, deadline in dated(extractor, text))
