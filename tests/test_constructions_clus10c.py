"""Consolidation across reports written in other house styles (round 10, clus10c).

Invented reports of one pair of states: a promise of money written "US$100m" by one paper and
"$100 million" by another, or in riyals, rupees and ringgit with the scale glued to the number.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import ArticleFacts, Commitment
from accord.extract.rules import RulesExtractor
from accord.resolve.rules import amounts
from accord.resolve.text import head_act
from tests.extract_support import facts
from tests.resolve_fixtures import article, ev, record_groups

DAY = date(2026, 9, 21)



def _promise(name: str, text: str, actor: str, action: str, day: date = DAY) -> ArticleFacts:
    return ArticleFacts(
        article(name, text, day), "test", "1",
        commitments=[Commitment(actor=actor, action=action, evidence=ev(text, text.split(". ")[0]))],
    )


# ------------------------------------------------- amounts as papers write them, scale glued or short

@pytest.mark.parametrize(("text", "expected"), [
    ("pledge US$100m for the port", {1e8}),
    ("lend £5m to the clinics", {5e6}),
    ("reach US$500mil in trade", {5e8}),
    ("a target of RM2.1bil", {2.1e9}),
    ("deposit SR11.25 billion with the bank", {1.125e10}),
    ("a Rs840 billion facility", {8.4e11}),
    ("invest $1.2 bln in mines", {1.2e9}),
    ("ship 500 mln tonnes", {5e8}),
])
def test_amounts_written_in_house_styles(text: str, expected: set[float]) -> None:
    assert amounts(text) == expected


@pytest.mark.parametrize("text", [
    "deliver 500 tractors by 2027",
    "hold 3 meetings a year",
    "open the 2030 metro line",
])
def test_counts_and_years_are_no_amounts(text: str) -> None:
    assert amounts(text) == set()


# ------------------------------------------------- one promise of money told in two house styles

@pytest.mark.parametrize(("text", "actor", "action"), [
    ("Tokyo pledged US$100m for the Lamu port. Ruto flew home.", "Tokyo", "pledge US$100m"),
    ("Japan committed $100m to Lamu. Ruto flew home.", "Japan", "commit $100m"),
    ("Japan will put up 100 mln dollars for the new berths. Ruto flew home.", "Japan",
     "put up 100 mln dollars"),
    ("Japanese aid of US$ 100m will go to Lamu. Ruto flew home.", "Japan", "give US$ 100m"),
    ("Japan has promised a $100m grant. Ruto flew home.", "Japan", "promise a $100m grant"),
])
def test_one_promise_of_an_amount_in_two_styles_is_one(text: str, actor: str, action: str) -> None:
    first = "Japan will provide $100 million to expand the port of Lamu. Talks ended."
    a = _promise("a.txt", first + " Kenya and Japan.", "Japan",
                 "provide $100 million to expand the port of Lamu")
    b = _promise("b.txt", text + " Kenya and Japan.", actor, action)
    assert record_groups([a, b], "commitments") == [["a.txt", "b.txt"]]


def test_promises_of_other_amounts_in_short_style_stay_apart() -> None:
    a = _promise("a.txt", "Japan will provide $100 million to expand the port of Lamu. Kenya and Japan.",
                 "Japan", "provide $100 million to expand the port of Lamu")
    b = _promise("b.txt", "Japan pledged US$10m for the Lamu port. Kenya and Japan.", "Japan",
                 "pledge US$10m for the Lamu port")
    assert record_groups([a, b], "commitments") == [["a.txt"], ["b.txt"]]


def test_the_same_amount_months_apart_stays_two_promises() -> None:
    a = _promise("a.txt", "Japan will provide $100 million to upgrade roads in Mombasa. Kenya and Japan.",
                 "Japan", "provide $100 million to upgrade roads in Mombasa", date(2026, 3, 3))
    b = _promise("b.txt", "Tokyo pledged US$100m for the Lamu port. Kenya and Japan.", "Tokyo",
                 "pledge US$100m")
    assert record_groups([a, b], "commitments") == [["a.txt"], ["b.txt"]]


# ------------------------------------------------- "the next summit will take place in Lisbon": hold it there

# Published Tuesday 6 May 2025; the talks were on Monday 5 May.
_LEAD = "Ghana and Peru held talks in Accra on Monday, the foreign ministry said.\n"


@pytest.mark.parametrize(("text", "action"), [
    ("The next summit will take place in Lima in 2026.", "hold the next summit in Lima"),
    ("The third session of the joint commission would take place in Accra next year.",
     "hold the third session of the joint commission in Accra"),
    ("A business forum will take place in Kumasi in September, the minister said.",
     "hold a business forum in Kumasi"),
    ("The next round of political consultations shall take place in Lima in July.",
     "hold the next round of political consultations in Lima"),
    ("The VIII Summit will take place in Accra in 2026.", "hold the VIII Summit in Accra"),
    ("The two sides named a committee whose next meeting will take place in Accra in July.",
     "hold the next meeting in Accra"),
    ("They set up a council whose first session will be held in Lima in June.",
     "hold the first session in Lima"),
])
def test_an_event_that_will_take_place_is_held(extractor: RulesExtractor, text: str, action: str) -> None:
    found = facts(extractor, text, lead=_LEAD).commitments
    assert [c.action for c in found] == [action]
    assert found[0].actor == "Ghana and Peru"


@pytest.mark.parametrize("text", [
    "The talks took place in Accra on Monday in a warm atmosphere.",   # held: a meeting, not a promise
    "A change will take place in the way visas are issued.",           # no event of the two sides
])
def test_take_place_of_no_promised_event_is_no_hold(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, lead=_LEAD).commitments
    assert not any(c.action.startswith("hold") for c in found)


# ------------------------------------------------- the promise to hold it, told in either voice, is one

def test_a_summit_told_as_taking_place_and_as_held_is_one_promise(extractor: RulesExtractor) -> None:
    day = date(2026, 11, 21)
    lead = "Portugal and Cape Verde held their seventh summit in Praia on Friday.\n"
    a = facts(extractor, "The VIII Summit will take place in Lisbon in 2027.", lead=lead, published=day,
              name="a.txt")
    b = facts(extractor, "The next summit will be held in Portugal.", lead=lead, published=day, name="b.txt")
    assert record_groups([a, b], "commitments") == [["a.txt", "b.txt"]]


# ------------------------------------------------- a forum held, carried out, organised or staged is one act

@pytest.mark.parametrize(("action", "act"), [
    ("carry out a business forum in Santiago", "hold a business forum in Santiago"),
    ("organise a business forum in Santiago in October", "hold a business forum"),
    ("organize the next round of consultations in Hanoi", "hold consultations"),
    ("arrange a visit to Lima", "pay a visit to Lima"),
    ("carry out a Chile–Indonesia business forum in Santiago", "hold a business forum"),
    ("stage an investment forum", "hold an investment forum in Lima"),
])
def test_light_verbs_leave_the_act_to_their_object(action: str, act: str) -> None:
    assert head_act(action) == head_act(act)


@pytest.mark.parametrize(("action", "other"), [
    ("carry out joint patrols", "hold a business forum"),
    ("organise a trade fair", "organise a visit to Lima"),
])
def test_light_verbs_with_other_objects_differ(action: str, other: str) -> None:
    assert head_act(action) != head_act(other)


def test_a_forum_held_and_carried_out_is_one_promise() -> None:
    day = date(2026, 3, 10)
    first = "Indonesia and Chile agreed to hold a business forum in Santiago in October. Talks ended."
    second = ("Both ministers agreed to carry out a Chile–Indonesia business forum in Santiago during "
              "the month of October. Talks ended.")
    a = _promise("a.txt", first, "Indonesia and Chile", "hold a business forum in Santiago", day)
    b = _promise("b.txt", second, "Chile and Indonesia",
                 "carry out a Chile–Indonesia business forum in Santiago during the month of October", day)
    assert record_groups([a, b], "commitments") == [["a.txt", "b.txt"]]
