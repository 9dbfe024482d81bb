"""Consolidation across reports of one visit told in other house styles (events26, issue 9's cluster pairs).

Invented reports of one pair of states: a loan one report gives exactly and another as "over" a round
amount ("$1.2 billion", "over a billion dollars": one figure, and no conflict), a guest's tour of a
site on the way ("visited a car plant in the north on Wednesday") beside the stay it is part of ("his
official visit to Ghana": two visits), and a document signed in a sentence that also promises another
act by a deadline ("signed a memorandum, and undertook to open a ferry line before December 31": the
deadline is the promise's, not the signing's day).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from accord.core import ArticleFacts, Commitment, Meeting
from accord.extract.rules import RulesExtractor
from accord.resolve import consolidate
from tests.extract_support import facts
from tests.resolve_fixtures import amount_told, article, ev, record_groups

DAY = date(2026, 9, 22)  # a Tuesday
STATES = "Ghana and Japan."


# ------------------------------------------------------- figures: an exact amount and the round one below it

def _amount(name: str, text: str, value: str, approx: str | None = None) -> ArticleFacts:
    return amount_told(name, text, value, STATES, DAY, approx)


@pytest.mark.parametrize(("exact", "v1", "rough", "v2", "word"), [
    ("Japan will lend Ghana $1.2 billion for the coastal road.", "$1.2 billion",
     "Tokyo is putting over a billion dollars behind Ghana's coastal road.", "over a billion dollars",
     "over"),
    ("The loan of USD 1,200 million will pave the coastal road.", "USD 1,200 million",
     "More than $1 billion of Japanese money will pave the coastal road.", "$1 billion", "over"),
    ("Japan has trained 3,450 Ghanaian nurses since 2010.", "3,450",
     "Over 3,000 Ghanaian nurses have been trained in Japan.", "over 3,000", "over"),
    ("Ghana shipped 26,800 tonnes of cocoa to Japan last year.", "26,800",
     "More than 20,000 tonnes of Ghanaian cocoa reached Japan last year.", "20,000", "over"),
    ("Japanese firms have invested $540 million in Ghana's mines.", "$540 million",
     "Over $500 million of Japanese money sits in Ghana's mines.", "over $500 million", "over"),
])
def test_an_amount_and_the_round_one_it_is_over_are_one_figure(exact: str, v1: str, rough: str,
                                                                v2: str, word: str) -> None:
    a, b = _amount("a.txt", exact, v1), _amount("b.txt", rough, v2, word)
    assert record_groups([a, b], "figures") == [["a.txt", "b.txt"]]


@pytest.mark.parametrize(("exact", "v1", "rough", "v2", "word"), [
    # "over a billion" is not told of two and a half billion: that is over two
    ("Japan will lend Ghana $2.5 billion for the coastal road.", "$2.5 billion",
     "Tokyo is putting over a billion dollars behind Ghana's coastal road.", "over a billion dollars",
     "over"),
    # nor of an amount below it
    ("Japan will lend Ghana $950 million for the coastal road.", "$950 million",
     "Tokyo is putting over a billion dollars behind Ghana's coastal road.", "over a billion dollars",
     "over"),
    # "nearly" is below the round amount, and this one is far above it
    ("Japan will lend Ghana $1.2 billion for the coastal road.", "$1.2 billion",
     "Tokyo is putting nearly a billion dollars behind Ghana's coastal road.", "nearly a billion dollars",
     "nearly"),
    # a round amount told as exact is not a bound
    ("Japan will lend Ghana $1.2 billion for the coastal road.", "$1.2 billion",
     "Tokyo is putting a billion dollars behind Ghana's coastal road.", "a billion dollars", None),
])
def test_amounts_the_bound_does_not_tell_stay_apart(exact: str, v1: str, rough: str, v2: str,
                                                    word: str | None) -> None:
    a, b = _amount("a.txt", exact, v1), _amount("b.txt", rough, v2, word)
    assert record_groups([a, b], "figures") == [["a.txt"], ["b.txt"]]


def _figure_conflicts(a: ArticleFacts, b: ArticleFacts) -> list[tuple[str, list[str]]]:
    records = [r for r in consolidate([a, b]).records.values() if r.kind == "figures"]
    assert len(records) == 1
    return [(c.field, sorted(str(v.value) for v in c.values)) for c in records[0].conflicts]


@pytest.mark.parametrize(("exact", "v1", "rough", "v2"), [
    ("Japan will lend Ghana $1.2 billion for the coastal road.", "$1.2 billion",
     "Tokyo is putting over a billion dollars behind Ghana's coastal road.", "over a billion dollars"),
    ("The loan of USD 1,200 million will pave the coastal road.", "USD 1,200 million",
     "Tokyo is putting over $1 billion behind Ghana's coastal road.", "over $1 billion"),
])
def test_the_round_amount_an_exact_one_is_over_is_no_conflict(exact: str, v1: str, rough: str,
                                                              v2: str) -> None:
    a, b = _amount("a.txt", exact, v1), _amount("b.txt", rough, v2, "over")
    assert _figure_conflicts(a, b) == []


# ------------------------------------------------------- meetings: a tour of a site is not the stay

def _visit(name: str, text: str, place: str, day: date) -> ArticleFacts:
    first = text.split(". ")[0]
    return ArticleFacts(
        article(name, f"{text} {STATES}", DAY + timedelta(days=1)), "test", "1",
        meetings=[Meeting(kind="visit", participants=("John Mahama",), place=place, date=day.isoformat(),
                          evidence=ev(text, first))],
    )


STAY = "President John Mahama began his official visit to Japan on Monday. He met business leaders."


@pytest.mark.parametrize(("tour", "place"), [
    ("Mahama also visited a Toyota plant in Aichi on Wednesday. He flew home on Thursday.", "Aichi"),
    ("On Wednesday Mahama toured the Port of Yokohama. He flew home on Thursday.", "Yokohama"),
    ("Mahama paid a visit to the port of Kobe on Wednesday. He flew home on Thursday.", "Kobe"),
    ("John Mahama is visiting a solar panel factory in Osaka on Wednesday. He flew home on Thursday.",
     "Osaka"),
    ("Mahama toured the new Shinkansen line on Wednesday. He flew home on Thursday.", "Japan"),
])
def test_a_tour_of_a_site_is_not_the_stay(tour: str, place: str) -> None:
    a = _visit("a.txt", STAY, "Japan", DAY - timedelta(days=1))
    b = _visit("b.txt", tour, place, DAY + timedelta(days=1))
    assert record_groups([a, b], "meetings") == [["a.txt"], ["b.txt"]]


def test_two_reports_of_one_stay_still_join() -> None:
    a = _visit("a.txt", STAY, "Japan", DAY - timedelta(days=1))
    b = _visit("b.txt", "Mahama, who is visiting Japan, spoke at a university. He met students.", "Japan",
               DAY)
    assert record_groups([a, b], "meetings") == [["a.txt", "b.txt"]]


def test_two_reports_of_one_tour_still_join() -> None:
    a = _visit("a.txt", "Mahama visited a Toyota plant in Aichi on Wednesday. He met workers.", "Aichi",
               DAY + timedelta(days=1))
    b = _visit("b.txt", "On Wednesday Mahama toured the Toyota plant. He met workers.", "Aichi",
               DAY + timedelta(days=1))
    assert record_groups([a, b], "meetings") == [["a.txt", "b.txt"]]


def test_a_visit_for_talks_on_a_plant_is_no_tour() -> None:
    a = _visit("a.txt", STAY, "Japan", DAY - timedelta(days=1))
    b = _visit("b.txt", "Mahama paid a state visit to Japan for talks on a plant. He met Takaichi.", "Japan",
               DAY - timedelta(days=1))
    assert record_groups([a, b], "meetings") == [["a.txt", "b.txt"]]


# ------------------------------------------------------- instruments: a promise's deadline dates no signing

PUBLISHED = date(2026, 10, 16)  # a Friday


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed a fisheries memorandum, and undertook to launch a ferry service before "
    "December 31.",
    "Ghana and Togo signed an MoU on fisheries and agreed to open a joint border post by November 30.",
    "The two ministers signed a memorandum on fisheries and pledged to set up a working group before "
    "December 15.",
    "Ghana and Togo signed the fisheries memorandum; they will also hold a joint commission before 20 "
    "December.",
    "Ghana and Togo signed a memorandum of understanding on fisheries, committing to resume direct flights "
    "before 1 December.",
    "Ghana and Togo signed a fisheries memorandum, and undertook to launch a ferry service before "
    "31 December.",
])
def test_a_promises_deadline_is_not_the_signings_day(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=PUBLISHED)
    dates = [i.date for i in found.instruments if i.status == "signed"]
    assert dates
    assert all(d is None or not d.endswith(("-12-31", "-11-30", "-12-15", "-12-20", "-12-01")) for d in dates)


@pytest.mark.parametrize(("text", "day"), [
    ("Ghana and Togo signed a fisheries memorandum on October 13, and undertook to launch a ferry service.",
     "2026-10-13"),
    ("On Tuesday Ghana and Togo signed an MoU on fisheries and agreed to meet again.", "2026-10-13"),
])
def test_the_signings_own_day_stays(extractor: RulesExtractor, text: str, day: str) -> None:
    found = facts(extractor, text, published=PUBLISHED)
    assert [i.date for i in found.instruments] == [day]


# ------------------------------------------------------- conflicts: one deadline, to the day and to the month

_AGREED = "The two sides agreed to "
LINK = _AGREED + "open a direct sea link between Tema and Kobe"


def _deadline(name: str, text: str, deadline: str, told: str) -> ArticleFacts:
    first = text.split(". ")[0]
    return ArticleFacts(
        article(name, f"{text} {STATES}", PUBLISHED), "test", "1",
        commitments=[Commitment(actor="Ghana and Japan", action=LINK.removeprefix(_AGREED),
                                deadline_text=told, deadline=deadline, evidence=ev(text, first))],
    )


def _deadline_conflicts(a: ArticleFacts, b: ArticleFacts) -> list[tuple[str, list[str]]]:
    records = [r for r in consolidate([a, b]).records.values() if r.kind == "commitments"]
    assert len(records) == 1
    return [(c.field, sorted(str(v.value) for v in c.values)) for c in records[0].conflicts]


@pytest.mark.parametrize(("d1", "t1", "d2", "t2"), [
    ("2026-12", "by year-end", "2026-12-31", "before December 31"),
    ("2026-12", "by the end of the year", "2026-12-31", "by 31 December"),
    ("2026-12-31", "no later than December 31", "2026-12", "before the end of December"),
    ("2026-11", "by the end of November", "2026-11-30", "by November 30"),
    ("2027", "by the end of 2027", "2027-12-31", "by 31 December 2027"),
])
def test_a_day_that_ends_the_month_told_is_no_conflict(d1: str, t1: str, d2: str, t2: str) -> None:
    a = _deadline("a.txt", f"{LINK} {t1}. Officials said so.", d1, t1)
    b = _deadline("b.txt", f"{LINK} {t2}. Officials said so.", d2, t2)
    assert _deadline_conflicts(a, b) == []


@pytest.mark.parametrize(("d1", "t1", "d2", "t2"), [
    ("2026-12", "by year-end", "2026-12-15", "before December 15"),
    ("2026-12", "next month", "2026-12-02", "within two weeks"),
    ("2026-12", "in December", "2026-12-30", "by December 30"),
])
def test_deadlines_that_disagree_are_a_conflict(d1: str, t1: str, d2: str, t2: str) -> None:
    a = _deadline("a.txt", f"{LINK} {t1}. Officials said so.", d1, t1)
    b = _deadline("b.txt", f"{LINK} {t2}. Officials said so.", d2, t2)
    assert _deadline_conflicts(a, b) == [("deadline", sorted([d1, d2]))]


# ------------------------------------------------------- meetings: talks held "with whom" at a reception

@pytest.mark.parametrize("text", [
    "The President, John Mahama, was received this Tuesday at the Kantei by Prime Minister Sanae Takaichi, "
    "with whom he held a bilateral meeting within the framework of his visit to Japan, which began on "
    "Monday.",
    "President John Mahama was received on Tuesday by Prime Minister Sanae Takaichi, with whom he held talks "
    "on trade during his visit, which started on Sunday.",
    "On Tuesday Prime Minister Sanae Takaichi received President John Mahama, with whom she held a meeting "
    "that lasted an hour.",
    "President John Mahama was received on Tuesday by Prime Minister Sanae Takaichi, with whom he held talks "
    "on trade, which began on Monday.",
    "On Tuesday, President John Mahama was received at the Kantei by Prime Minister Sanae Takaichi, with "
    "whom he held a meeting.",
])
def test_talks_held_with_whom_are_the_reception(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, f"{text} {STATES}", published=DAY)
    talks = [m for m in found.meetings if m.kind in ("talks", "other")]
    assert len(talks) == 1
    assert talks[0].kind == "talks"
    assert talks[0].date == DAY.isoformat()
    assert {p.split()[-1] for p in talks[0].participants} == {"Mahama", "Takaichi"}


@pytest.mark.parametrize("text", [
    "President John Mahama was received on Tuesday by Prime Minister Sanae Takaichi. On Wednesday he held "
    "talks with Foreign Minister Toshimitsu Motegi, with whom he discussed trade.",
    "President John Mahama was received by the Emperor on Monday. On Tuesday he held talks with Prime "
    "Minister Sanae Takaichi, with whom he discussed trade.",
])
def test_talks_not_held_with_whom_stay_apart(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, f"{text} {STATES}", published=DAY + timedelta(days=1))
    assert len([m for m in found.meetings if m.kind in ("talks", "other")]) == 2
