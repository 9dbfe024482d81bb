"""Constructions of real reports (issue 9, comm26b), commitments, proved on our own wording.

A promise told as made last week or this week ("Last week Peru pledged to build a hospital") is the
report's own news, where one made last year is background; a passive reception joined to a journey
("will visit Accra in June and will be received by the President") is a step of that visit, not a second
promise; and an event's days told in its own clause date an act done by a means ("by signing a pact during
the visit, which begins July 15") or at an event a party hosts ("the summit, which Peru hosts on Thursday").
"""

from __future__ import annotations

import pytest

from accord.core import Article
from accord.extract.rules import RulesExtractor
from tests.extract_support import TALKS_LEAD, Dated, actions, dated, facts

# ------------------------------------------------------------------ a promise of the report's own week


@pytest.mark.parametrize(("text", "expected"), [
    ("Last week Peru pledged to build a hospital in Accra.", ("build a hospital in Accra", None, None)),
    ("Earlier this week, Ghana and Peru agreed to open consulates in both capitals.",
     ("open consulates in both capitals", None, None)),
    ("This week the two sides decided to set up a joint business council.",
     ("set up a joint business council", None, None)),
    ("Ghana and Peru agreed last week to resume direct flights by October.",
     ("resume direct flights", "by October", "2025-10")),
    ("Peru last week pledged to train 50 Ghanaian diplomats.", ("train 50 Ghanaian diplomats", None, None)),
    ("In the past week, Ghana agreed to open an embassy in Lima.", ("open an embassy in Lima", None, None)),
])
def test_a_promise_of_the_reports_week_is_its_news(extractor: RulesExtractor, text: str,
                                                   expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "Earlier in the day, Peru agreed to open a consulate in Kumasi.",
    "Later in the day, Peru pledged to open a consulate in Kumasi.",
    "Earlier in the week the two sides decided to open consulates in both capitals.",
    "Earlier today, Peru agreed to open a consulate in Kumasi.",
    "Earlier on Monday, Peru agreed to open a consulate in Kumasi.",
])
def test_earlier_in_the_day_is_the_reports_news(extractor: RulesExtractor, text: str) -> None:
    assert len(actions(facts(extractor, text, lead=TALKS_LEAD))) == 1


@pytest.mark.parametrize("text", [
    "Last year Peru pledged to build a hospital in Accra.",  # background: an old decision recalled
    "Peru earlier agreed to open a consulate in Kumasi.",  # a bare "earlier"
    "Earlier, Peru agreed to open a consulate in Kumasi.",
    "In 2019 the two sides agreed to hold consultations every year.",
    "Last month, Ghana and Peru agreed to open consulates.",
])
def test_an_older_promise_stays_background(extractor: RulesExtractor, text: str) -> None:
    assert actions(facts(extractor, text, lead=TALKS_LEAD)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, Ghana and Peru agreed to set up a joint business council.",
     ["set up a joint business council"]),
    ("Ghana and Peru agreed on Friday to open consulates.", ["open consulates"]),
    ("On May 2, Ghana and Peru agreed to open consulates.", []),  # a date: which year, which week?
    ("In 2019, Ghana and Peru agreed to open consulates.", []),
])
def test_with_no_date_a_weekday_is_the_reports_week(extractor: RulesExtractor, text: str,
                                                     expected: list[str]) -> None:
    article = Article(name="t.txt", text=TALKS_LEAD + text, content_hash="t" + text, published=None)
    assert [c.action for c in next(extractor.extract([article])).commitments] == expected


# ------------------------------------------------------------------ a reception on a journey


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru's president will pay a state visit to Ghana on Friday and will be received by President Mahama.",
     ["pay a state visit to Ghana"]),
    ("The Peruvian foreign minister will visit Accra in June and will be received by the President.",
     ["visit Accra"]),
    ("Peru's defence minister is to travel to Accra next month and will be welcomed by his counterpart.",
     ["travel to Accra"]),
    ("Ghana's foreign minister will travel to Lima next week and will be received by President Boluarte.",
     ["travel to Lima"]),
    ("The Ghanaian envoy will travel to Lima in June and will be welcomed by the foreign minister.",
     ["travel to Lima"]),
])
def test_a_reception_on_a_journey_is_no_second_promise(extractor: RulesExtractor, text: str,
                                                       expected: list[str]) -> None:
    assert actions(facts(extractor, text, lead=TALKS_LEAD)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a reception told alone is the promise, told as a reception
    ("Peru's president will be received by President Mahama on Friday.",
     ("be received by President Mahama", "on Friday", "2025-05-09")),
])
def test_a_reception_told_alone_is_kept(extractor: RulesExtractor, text: str, expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


def test_a_meeting_joined_to_a_journey_is_kept(extractor: RulesExtractor) -> None:
    found = facts(extractor, "Peru's president will fly to Accra on Friday and will meet President Mahama.",
                  lead=TALKS_LEAD)
    assert actions(found) == ["fly to Accra", "meet President Mahama"]


# ------------------------------------------------------------------ an event's days on the means or its host


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Peru are set to deepen ties by signing a trade pact during the visit, which begins July 15.",
     ("deepen ties by signing a trade pact during the visit", "July 15", "2025-07-15")),
    ("Peru plans to strengthen cooperation by launching a fund at the summit, which opens on Thursday.",
     ("strengthen cooperation by launching a fund at the summit", "on Thursday", "2025-05-08")),
    ("Ghana will present the plan during the summit, which Peru hosts on Thursday.",
     ("present the plan during the summit", "on Thursday", "2025-05-08")),
    ("Peru will announce the fund at the meeting, which Ghana hosts on Friday.",
     ("announce the fund at the meeting", "on Friday", "2025-05-09")),
    ("Peru will sign the deal during the summit, which Ghana welcomes on Friday.",
     ("sign the deal during the summit", "on Friday", "2025-05-09")),
])
def test_an_event_dates_the_means_and_the_hosted_event(extractor: RulesExtractor, text: str,
                                                       expected: Dated) -> None:
    assert dated(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "Ghana and Peru will deepen ties by signing a pact after the visit, which began on Monday.",  # told past
    "Peru will sign the deal at the summit, which Ghana hosted on Friday.",
    "Peru will sign the deal at the summit, which Ghana attends on Friday.",  # attending: no run of the event
])
def test_an_event_told_otherwise_still_dates_nothing(extractor: RulesExtractor, text: str) -> None:
    assert all(deadline is None for _, _, deadline in dated(extractor, text))
