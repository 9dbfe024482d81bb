"""Constructions of real reports (round 19, issue 9), meetings, proved on our own wording: a visit that
names no place of its own, told as the visitor leaves ("left Laos on Saturday, concluding a two-day
visit"), was made where the visitor left, not at the dateline; "talked" with what was talked of before the
person talked with ("talked trade with Prime Minister X on the sidelines of …") is talks.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


def _meetings(extractor: RulesExtractor, text: str) -> list[tuple[str, list[str], str | None]]:
    return [(m.kind, list(m.participants), m.place) for m in facts(extractor, text).meetings]


# ------------------------------------------------------------------ a visit placed by the place left

@pytest.mark.parametrize(("text", "place"), [
    ("HANOI - Vietnamese Prime Minister Pham Minh Chinh left Laos on Saturday, concluding a two-day "
     "official visit to the neighbouring country.", "Laos"),
    ("NEW DELHI, March 4 (Wire) - Prime Minister Narendra Modi returned home from Mauritius on Wednesday "
     "after wrapping up a two-day state visit.", "Mauritius"),
    ("CANBERRA (Wire) - Foreign Minister Penny Wong flew out of Fiji on Friday after a three-day visit.",
     "Fiji"),
    ("ANKARA, Oct 2 - Turkish President Recep Tayyip Erdogan departed Hungary on Monday evening, ending "
     "an official visit.", "Hungary"),
    ("SANTIAGO - Chilean Foreign Minister Alberto van Klaveren left Peru on Thursday at the close of a "
     "working visit.", "Peru"),
])
def test_a_visit_is_made_where_the_visitor_left(extractor: RulesExtractor, text: str, place: str) -> None:
    visits = [p for kind, _, p in _meetings(extractor, text) if kind == "visit"]
    assert visits == [place]


@pytest.mark.parametrize(("text", "place"), [
    # gone back home: the visit's place is neither the home city nor the dateline's
    ("NAIROBI - President William Ruto returned to Nairobi on Sunday after a three-day visit.", None),
    ("ACCRA - President John Mahama left for home on Sunday, concluding a three-day state visit.", None),
    # a visit that names where it went keeps it
    ("JAKARTA - President Joko Widodo left Nairobi on Wednesday after a state visit to Kenya.", "Kenya"),
])
def test_a_visit_is_not_placed_by_a_place_returned_to(extractor: RulesExtractor, text: str,
                                                       place: str | None) -> None:
    visits = [p for kind, _, p in _meetings(extractor, text) if kind == "visit"]
    assert visits == [place]


# ------------------------------------------------------------------ "talked trade with X"

@pytest.mark.parametrize(("text", "one", "other"), [
    ("Japanese Prime Minister Shigeru Ishiba talked trade with Indian Prime Minister Narendra Modi on the "
     "sidelines of the G20 summit in Rio de Janeiro on Monday.", "Shigeru Ishiba", "Narendra Modi"),
    ("Kenyan President William Ruto talked security and investment with Ethiopian Prime Minister Abiy "
     "Ahmed in Addis Ababa on Sunday.", "William Ruto", "Abiy Ahmed"),
    ("On Tuesday, German Chancellor Olaf Scholz talked energy with Norwegian Prime Minister Jonas Gahr "
     "Store in Oslo.", "Olaf Scholz", "Jonas Gahr Store"),
    ("Brazilian President Luiz Inacio Lula da Silva talked climate finance with French President Emmanuel "
     "Macron at the Elysee Palace in Paris on Friday.", "Luiz Inacio Lula da Silva", "Emmanuel Macron"),
    ("Foreign Minister Penny Wong talked regional security with her Fijian counterpart Lisiate Akolo in "
     "Suva on Thursday.", "Penny Wong", "Lisiate Akolo"),
])
def test_talking_a_topic_with_someone_is_talks(extractor: RulesExtractor, text: str, one: str,
                                               other: str) -> None:
    talks = [people for kind, people, _ in _meetings(extractor, text) if kind == "talks"]
    assert any(one in people and other in people for people in talks)


@pytest.mark.parametrize("text", [
    # talked with no one, or with a crowd or a state
    "Japanese Prime Minister Shigeru Ishiba talked trade with reporters in Tokyo on Monday.",
    "Kenyan President William Ruto talked up trade with China during a rally in Nakuru on Sunday.",
    "Foreign Minister Penny Wong talked tough on fishing rights in Canberra on Thursday.",
])
def test_talking_a_topic_with_no_one_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert _meetings(extractor, text) == []
