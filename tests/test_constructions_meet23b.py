"""Constructions of real reports (round 23, issue 9), meetings, proved on our own wording: a
name written after "the Honourable" or "the Right Honourable" is one who met; a dateline with the state
between its place and its full date ("Apia, Samoa, 3 May 2026 - ") is no day of the meeting the first
sentence dates "yesterday"; a meeting told by its distance from a dated act ("a day after the talks")
is dated from that act.
"""
from __future__ import annotations

from datetime import date

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# A title and a dateline above the body, so the body's first sentence is no page furniture.
LEAD = "Diplomatic news in brief\n\nPORT VILA, May 6 (Wire) -- "


def _meetings(extractor: RulesExtractor, text: str,
              lead: str = LEAD) -> list[tuple[str, list[str], str | None]]:
    return [(m.kind, list(m.participants), m.date) for m in facts(extractor, text, lead=lead).meetings]


# ------------------------------------------------------------------ "the Honourable X"

@pytest.mark.parametrize(("text", "name"), [
    ("Prime Minister Ana Lima, supported by Secretary Grace Obi, met with Samoa Prime Minister the "
     "Honourable Tomas Ruiz in Apia on Monday.", "Tomas Ruiz"),
    ("Minister Grace Obi met with Tonga's Deputy Prime Minister the Honourable Samuel Tupou on Monday.",
     "Samuel Tupou"),
    ("President Ana Lima received Foreign Minister the Right Honourable Peter Aiona at the Palace.",
     "Peter Aiona"),
    ("President Ana Lima received Foreign Minister the Honourable Peter Aiona at the Palace on Monday.",
     "Peter Aiona"),
    ("Minister Grace Obi held a meeting with the Honourable John Smith, Minister of Trade, in Apia.",
     "John Smith"),
])
def test_a_name_after_the_honourable_met(extractor: RulesExtractor, text: str, name: str) -> None:
    people = [p for _, ps, _ in _meetings(extractor, text) for p in ps]
    assert name in people


@pytest.mark.parametrize("text", [
    # the style alone, or the style of a house: nobody named
    "Minister Grace Obi addressed the Honourable House in Apia on Monday.",
    "Minister Grace Obi met the Speaker of the Honourable Assembly in Suva on Monday.",
])
def test_no_name_after_the_style(extractor: RulesExtractor, text: str) -> None:
    people = [p for _, ps, _ in _meetings(extractor, text) for p in ps]
    assert all("Honourable" not in p and p != "House" for p in people)


# ------------------------------------------------------------------ a dateline with its state

@pytest.mark.parametrize("lead", [
    "Pacific news\n\nSuva, Fiji, 6 May 2025 - ",
    "Pacific news\n\nApia, Samoa, 6 May 2025 – ",
    "Pacific news\n\nLusaka, Zambia, May 6, 2025 - ",
    "Pacific news\n\nHoniara, Solomon Islands, 6 May 2025: ",
    "Pacific news\n\nSuva, 6 May 2025 - ",
])
def test_yesterday_after_a_dated_dateline(extractor: RulesExtractor, lead: str) -> None:
    text = "Prime Minister Ana Lima met Prime Minister Tomas Ruiz yesterday to discuss fisheries."
    assert [d for _, _, d in _meetings(extractor, text, lead=lead)] == ["2025-05-05"]


@pytest.mark.parametrize("lead", [
    # a day told in the sentence is its own
    "Pacific news\n\nSuva, Fiji - ",
    "Pacific news\n\nSuva, Fiji, 6 May 2025 - ",
])
def test_a_day_of_its_own_stays(extractor: RulesExtractor, lead: str) -> None:
    text = "Prime Minister Ana Lima met Prime Minister Tomas Ruiz on 2 May to discuss fisheries."
    assert [d for _, _, d in _meetings(extractor, text, lead=lead)] == ["2025-05-02"]


# ------------------------------------------------------------------ "a day after the meeting"

@pytest.mark.parametrize(("text", "day"), [
    ("President Ana Lima toured the terminal on Thursday, a day after the bilateral meeting in Nairobi "
     "with President William Ruto.", "2025-04-30"),
    ("The two ministers signed the accord on Friday, two days after their talks in Lima with President "
     "Dina Boluarte.", "2025-04-30"),
    ("Minister Ana Lima toured the port on Friday, two days after her meeting with Minister Luis Vega.",
     "2025-04-30"),
    ("President Ana Lima opened the plant on Thursday, a week after her talks with President William Ruto.",
     "2025-04-24"),
    ("Minister Ana Lima flew home on Friday, a week after the talks in Quito with President Luis Vega.",
     "2025-04-25"),
])
def test_a_meeting_a_day_apart(extractor: RulesExtractor, text: str, day: str) -> None:
    assert [d for k, _, d in _meetings(extractor, text) if k == "talks"] == [day]


@pytest.mark.parametrize(("text", "day"), [
    # the meeting's own day wins; with no span of time, the clause's day stays the meeting's
    ("President Ana Lima toured the terminal on Thursday after the meeting with President William Ruto.",
     "2025-05-01"),
    ("President Ana Lima toured the terminal on Thursday, a day after the meeting with President William "
     "Ruto on 28 April.", "2025-04-28"),
])
def test_no_day_apart(extractor: RulesExtractor, text: str, day: str | None) -> None:
    assert [d for k, _, d in _meetings(extractor, text) if k == "talks"] == [day]


def test_published_day() -> None:
    assert date(2025, 5, 6).isoweekday() == 2  # a Tuesday: "Thursday" is 1 May, "Friday" 2 May
