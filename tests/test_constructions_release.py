"""A foreign ministry's release: its place and date run into the first sentence, its semesters and its
"both Foreign Ministers". Our own wording."""

from __future__ import annotations

from datetime import date

import pytest

from accord.datelines import match_dateline
from accord.extract.rules import RulesExtractor
from accord.ingest.metadata import find_metadata
from accord.normalize.dates import find_time_expressions
from tests.extract_support import facts


@pytest.mark.parametrize(("text", "published", "place"), [
    ("Mexico City, 20 January 2027. The Secretary of Foreign Affairs received the Minister of Peru.",
     date(2027, 1, 20), "Mexico City"),
    ("Lima, March 3, 2027. The Ministry of Foreign Affairs reports that the ministers met today.",
     date(2027, 3, 3), "Lima"),
    ("Buenos Aires, 5 May 2027 - The foreign ministers of Argentina and Kenya held talks.",
     date(2027, 5, 5), "Buenos Aires"),
    ("Santo Domingo, 12 June 2027: The two foreign ministers signed an agreement.", date(2027, 6, 12),
     "Santo Domingo"),
    ("Headline of the release\n\nTokyo, 16 June 2027. The commission met in Tokyo on 15 June.",
     date(2027, 6, 16), "Tokyo"),
])
def test_a_releases_place_and_date_run_into_its_first_sentence(text: str, published: date,
                                                               place: str) -> None:
    meta = find_metadata(text)
    assert meta.published == published and meta.dateline == place, meta


@pytest.mark.parametrize("line", [
    "In Lima, 20 January 2027. The ministers met.",   # a prepositional phrase, no dateline
    "Peru, Chile and Ghana signed the accord. The ministers met.",  # no date
    "Lima, 20 January. The ministers met.",  # no year: too easily a sentence's own words
])
def test_words_like_a_release_dateline_are_none(line: str) -> None:
    assert match_dateline(line) is None


@pytest.mark.parametrize(("text", "value"), [
    ("before the end of the first semester of 2027", "2027-06"),
    ("in the second semester of next year", "2028-12"),
    ("during the first semester of this year", "2027-06"),
    ("by the end of the 2nd semester of 2028", "2028-12"),
    ("in the first semester of 2028", "2028-06"),
])
def test_a_semester_is_a_half_year(text: str, value: str) -> None:
    found = find_time_expressions(text, date(2027, 1, 20), future=True)
    assert [e.value for e in found] == [value], found


def test_a_semester_of_a_school_is_no_time() -> None:
    assert find_time_expressions("the semester starts with exams", date(2027, 1, 20), future=True) == []


@pytest.mark.parametrize("sentence", [
    "Both Foreign Ministers committed to hold the joint commission before the end of the year.",
    "The two Heads of State agreed to hold the joint commission before the end of the year.",
    "Both trade ministers agreed to hold the joint commission before the end of the year.",
    "The two foreign ministers agreed to hold the joint commission before the end of the year.",
    "The two Heads of Government agreed to hold the joint commission before the end of the year.",
])
def test_both_ministers_are_the_pair(extractor: RulesExtractor, sentence: str) -> None:
    text = f"Mexico and Japan held talks in Tokyo on Monday. {sentence}"
    found = facts(extractor, text, published=date(2027, 1, 20)).commitments
    assert [c.actor for c in found] == ["Mexico and Japan"], found


@pytest.mark.parametrize("sentence", [
    "Japanese Foreign Minister Takeshi Iwaya will hold the joint commission before the end of the year.",
    "Mexico will hold the joint commission before the end of the year.",
])
def test_one_named_side_stays_that_side(extractor: RulesExtractor, sentence: str) -> None:
    text = f"Mexico and Japan held talks in Tokyo on Monday. {sentence}"
    found = facts(extractor, text, published=date(2027, 1, 20)).commitments
    assert found and found[0].actor != "Mexico and Japan", found
