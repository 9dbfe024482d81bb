"""Consolidation of one thing told by several reports in other words (issue 9's cluster pairs).

Invented reports of one pair of states on one day: a meeting whose people are named longer
or shorter, a bare amount ("US$1.6 billion", "$1.6bn") and a promise of the same target amount.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import ArticleFacts, Commitment, Figure, Meeting
from accord.normalize.numbers import parse_number
from tests.resolve_fixtures import article, ev, record_groups

DAY = date(2026, 3, 11)



def _talks(name: str, who: str, text: str) -> ArticleFacts:
    """A report of talks of `who`, told in its first sentence, in a text that names both states."""
    first = text.split(".")[0]
    return ArticleFacts(
        article(name, text, DAY), "test", "1",
        meetings=[Meeting(kind="talks", participants=(who,), date=DAY.isoformat(),
                          evidence=ev(text, first))],
    )


# ------------------------------------------------------- meetings: one person, named longer or shorter

@pytest.mark.parametrize(("long", "short"), [
    ("Abiy Ahmed Ali", "Abiy Ahmed"),                      # a grandfather's name a report leaves out
    ("Andrés Manuel López Obrador", "Andrés Manuel López"),  # a second surname dropped
    ("Taye Atske Selassie", "Taye Atske"),
    ("Gedion Timothewos Hesebon", "Gedion Timothewos"),
    ("Pedro Sánchez Pérez-Castejón", "Pedro Sánchez"),
])
def test_talks_of_one_person_named_longer_and_shorter_are_one_meeting(long: str, short: str) -> None:
    a = _talks("a.txt", long, f"{long} held talks in the capital on Wednesday. Ethiopia and Viet Nam.")
    b = _talks("b.txt", short, f"{short} met his counterpart on Wednesday. Ethiopia and Viet Nam.")
    assert record_groups([a, b], "meetings") == [["a.txt", "b.txt"]]


@pytest.mark.parametrize(("one", "other"), [
    ("Ruth Otieno", "Ruth Wanjiku"),     # same first name, another family
    ("Abiy Ahmed", "Ahmed Shide"),       # a shared word in another place
])
def test_talks_of_different_people_stay_apart(one: str, other: str) -> None:
    a = _talks("a.txt", one, f"{one} held talks in the capital on Wednesday. Ethiopia and Viet Nam.")
    b = _talks("b.txt", other, f"{other} met his counterpart on Wednesday. Ethiopia and Viet Nam.")
    assert record_groups([a, b], "meetings") == [["a.txt"], ["b.txt"]]


# ------------------------------------------------------- figures: a bare amount, told in its sentence

def _amount(name: str, text: str, value: str, what: str | None = None) -> ArticleFacts:
    return ArticleFacts(
        article(name, text, DAY), "test", "1",
        figures=[Figure(value=value, number=parse_number(value), what=what,
                        evidence=ev(text, text.split(". ")[0]))],
    )


@pytest.mark.parametrize(("first", "v1", "second", "v2"), [
    ("Bilateral trade between Chile and Indonesia reached US$1.6 billion in 2025, the ministry said.",
     "US$1.6 billion",
     "Two-way trade between Chile and Indonesia stood at $1.6bn last year, with copper leading.",
     "$1.6bn"),
    ("Trade between Chile and Indonesia was 1,600 million dollars last year.", "1,600 million dollars",
     "Chile and Indonesia did $1.6bn of trade in 2025, officials said.", "$1.6bn"),
    ("Chile will lend Indonesia $2.5bn for its ports, officials said.", "$2.5bn",
     "The Chile-Indonesia loan of 2,500 million dollars for ports was approved.", "2,500 million dollars"),
    ("Indonesia's exports to Chile rose to NZ$40m, officials said.", "NZ$40m",
     "Indonesian exports to Chile hit 40 million New Zealand dollars, up from last year.",
     "40 million New Zealand dollars"),
    ("Chile pledged £75m in grants for Indonesian schools.", "£75m",
     "A grant of 75 million pounds from Chile will fund schools in Indonesia.", "75 million pounds"),
])
def test_one_bare_amount_reported_twice_is_one_figure(first: str, v1: str, second: str, v2: str) -> None:
    a, b = _amount("a.txt", first, v1), _amount("b.txt", second, v2)
    assert record_groups([a, b], "figures") == [["a.txt", "b.txt"]]


def test_the_same_amount_for_other_things_stays_two_figures() -> None:
    a = _amount("a.txt", "Chile and Indonesia signed 12 agreements on Monday.", "12", "agreements")
    b = _amount("b.txt", "Chile and Indonesia sent 12 trainees to the navy school.", "12", "trainees")
    assert record_groups([a, b], "figures") == [["a.txt"], ["b.txt"]]


def test_other_amounts_stay_apart() -> None:
    a = _amount("a.txt", "Bilateral trade between Chile and Indonesia reached US$1.6 billion.",
                "US$1.6 billion")
    b = _amount("b.txt", "Bilateral trade between Chile and Indonesia reached US$1.9 billion.",
                "US$1.9 billion")
    assert record_groups([a, b], "figures") == [["a.txt"], ["b.txt"]]


# ---------------------------------------------------------------- commitments: the same target amount

def _promise(name: str, text: str, action: str) -> ArticleFacts:
    return ArticleFacts(
        article(name, text, DAY), "test", "1",
        commitments=[Commitment(actor="Ethiopia and Viet Nam", action=action,
                                evidence=ev(text, text.split(". ")[0]))],
    )


@pytest.mark.parametrize(("text", "action"), [
    ("Ethiopia and Viet Nam aim to grow two-way exchanges to $1 bn. Talks ended.",
     "grow two-way exchanges to $1 bn"),
    ("Ethiopia and Viet Nam want to lift two-way commerce to the $1bn mark. Talks ended.",
     "lift two-way commerce to the $1bn mark"),
    ("Ethiopia and Viet Nam hope to hit one billion dollars in commerce. Talks ended.",
     "hit one billion dollars in commerce"),
    ("Ethiopia and Viet Nam will see bilateral business climb to USD 1 billion. Talks ended.",
     "see bilateral business climb to USD 1 billion"),
    ("Ethiopia and Viet Nam pledged to make commerce worth $1 billion a year. Talks ended.",
     "make commerce worth $1 billion a year"),
])
def test_a_trade_target_of_the_same_amount_is_one_promise(text: str, action: str) -> None:
    first = "Ethiopia and Viet Nam agreed to raise two-way trade to US$1 billion. Talks ended."
    a = _promise("a.txt", first, "raise two-way trade to US$1 billion")
    b = _promise("b.txt", text, action)
    assert record_groups([a, b], "commitments") == [["a.txt", "b.txt"]]


def test_targets_of_other_amounts_stay_two_promises() -> None:
    a = _promise("a.txt", "Ethiopia and Viet Nam agreed to raise two-way trade to US$1 billion. Talks ended.",
                 "raise two-way trade to US$1 billion")
    b = _promise("b.txt", "Ethiopia and Viet Nam agreed to raise two-way trade to US$3 billion. Talks ended.",
                 "raise two-way trade to US$3 billion")
    assert record_groups([a, b], "commitments") == [["a.txt"], ["b.txt"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("raise trade to US$1 billion, from about $180 million last year", {1e9, 1.8e8}),
    ("lift trade to one billion US dollars", {1e9}),
    ("provide NOK 120 million over four years", {1.2e8}),
    ("hold three rounds of talks by 2030", set()),
    ("open 2 consulates", set()),
])
def test_amounts_named_in_a_promise(text: str, expected: set[float]) -> None:
    from accord.resolve.rules import amounts

    assert amounts(text) == expected
