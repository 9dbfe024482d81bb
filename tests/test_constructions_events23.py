"""Consolidation across reports of one event told in other house styles (events23, issue 9's cluster pairs).

Invented reports of one pair of states: a name spelt with a "j" one report's language writes
"y" ("Nikolajev", "Nikolayev"), two meetings of the same people on two days, one told as their
meeting "again", and an amount one report gives exactly and another roughly ("396,500",
"nearly 400,000"); and a memorandum "on jobs" filed under labour like one "on the employment of
workers".
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from accord.core import ArticleFacts, Figure, Meeting, Person
from accord.normalize.numbers import parse_number
from accord.normalize.sectors import sectors_for
from accord.resolve import consolidate
from tests.resolve_fixtures import amount_told, article, ev, record_groups

DAY = date(2026, 9, 8)  # a Tuesday
STATES = "Kazakhstan and Poland."



# ------------------------------------------------------- people: a glide "j" spelt "y"

def _person(name: str, who: str, country: str = "Kazakhstan") -> ArticleFacts:
    text = f"Deputy Prime Minister {who} opened the forum on Tuesday. {STATES}"
    return ArticleFacts(
        article(name, text, DAY), "test", "1",
        people=[Person(name=who, role="Deputy Prime Minister", country=country,
                       evidence=ev(text, f"Deputy Prime Minister {who}"))],
    )


@pytest.mark.parametrize(("one", "other"), [
    ("Kasym-Żomart Tokajew", "Kassym-Jomart Tokayev"),   # Polish spelling, English spelling
    ("Sergej Nikolajev", "Sergei Nikolayev"),
    ("Ilja Majorov", "Ilya Mayorov"),
    ("Tatjana Zujeva", "Tatyana Zuyeva"),
    ("Mihail Bojarski", "Mikhail Boyarski"),
])
def test_a_name_whose_j_between_vowels_is_spelt_y_is_one_person(one: str, other: str) -> None:
    assert record_groups([_person("a.txt", one), _person("b.txt", other)], "people") == [["a.txt", "b.txt"]]


@pytest.mark.parametrize(("one", "other", "country"), [
    ("Ilja Majorov", "Ilja Mazurov", "Kazakhstan"),    # a glide is not a "z"
    ("Jana Novak", "Ana Novak", "Kazakhstan"),         # a "j" that begins a name is kept
    ("Sergej Nikolajev", "Sergei Nikolayev", "Poland"),  # one spelling of another state's man
])
def test_names_a_glide_does_not_explain_stay_apart(one: str, other: str, country: str) -> None:
    groups = record_groups([_person("a.txt", one), _person("b.txt", other, country)], "people")
    assert groups == [["a.txt"], ["b.txt"]]


# ------------------------------------------------------- meetings: the same people again, the next day

def _meeting(name: str, text: str, day: date, kind: str = "talks") -> ArticleFacts:
    first = text.split(". ")[0]
    return ArticleFacts(
        article(name, f"{text} {STATES}", day), "test", "1",
        meetings=[Meeting(kind=kind, participants=("Karol Nawrocki", "Kassym-Jomart Tokayev"),
                          place="Astana", date=day.isoformat(), evidence=ev(text, first))],
    )


FIRST = "Karol Nawrocki held talks with Kassym-Jomart Tokayev in Astana on Tuesday. Trade was discussed."
NEXT = DAY + timedelta(days=1)


@pytest.mark.parametrize("second", [
    "On Wednesday, Nawrocki and Tokayev met again in Astana. They toured a plant.",
    "Nawrocki and Tokayev met once more in Astana on Wednesday. They toured a plant.",
    "The two presidents held a second round of talks in Astana on Wednesday. Energy was discussed.",
    "Nawrocki saw Tokayev for a second time in Astana, on Wednesday. They toured a plant.",
    "Tokayev and Nawrocki talked again on Wednesday in Astana. They toured a plant.",
])
def test_a_meeting_told_as_again_on_the_next_day_is_another_meeting(second: str) -> None:
    a = _meeting("a.txt", FIRST, DAY)
    b = _meeting("b.txt", second, NEXT)
    assert record_groups([a, b], "meetings") == [["a.txt"], ["b.txt"]]


def test_again_on_the_same_day_is_still_the_one_meeting() -> None:
    a = _meeting("a.txt", FIRST, DAY)
    second = "Nawrocki met Tokayev in Astana on Tuesday and again at dinner. Trade was discussed."
    b = _meeting("b.txt", second, DAY)
    assert record_groups([a, b], "meetings") == [["a.txt", "b.txt"]]


# ------------------------------------------------------- figures: an exact amount and its rounding

def _amount(name: str, text: str, value: str, approx: str | None = None) -> ArticleFacts:
    return amount_told(name, text, value, STATES, DAY, approx)


@pytest.mark.parametrize(("exact", "v1", "rough", "v2", "word"), [
    ("Some 396,500 Kazakh nationals work in Poland, the bureau said.", "396,500",
     "Nearly 400,000 Kazakhs work in Poland, sending money home.", "400,000", "nearly"),
    ("Trade between Kazakhstan and Poland reached $183.6 million last year.", "$183.6 million",
     "Kazakh-Polish trade was worth about $184 million last year.", "$184 million", "about"),
    ("Poland has granted 1,230 scholarships to Kazakh students.", "1,230",
     "Around 1,200 scholarships went to Kazakh students from Poland.", "1,200", "about"),
    ("Poland has granted 2,040 scholarships to Kazakh students.", "2,040",
     "Over 2,000 scholarships went to Kazakh students from Poland.", "2,000", "over"),
    ("Kazakhstan shipped 4.85 million tonnes of grain to Poland.", "4.85 million",
     "Almost 5 million tonnes of Kazakh grain reached Poland.", "5 million", "almost"),
])
def test_an_amount_and_its_rounding_are_one_figure(exact: str, v1: str, rough: str, v2: str,
                                                    word: str) -> None:
    a, b = _amount("a.txt", exact, v1), _amount("b.txt", rough, v2, word)
    assert record_groups([a, b], "figures") == [["a.txt", "b.txt"]]


@pytest.mark.parametrize(("exact", "v1", "rough", "v2", "word"), [
    # "nearly" is below: 404,000 is over it
    ("Some 404,000 Kazakh nationals work in Poland, the bureau said.", "404,000",
     "Nearly 400,000 Kazakhs work in Poland, sending money home.", "400,000", "nearly"),
    # too far from the round figure to be it
    ("Some 350,000 Kazakh nationals work in Poland, the bureau said.", "350,000",
     "About 400,000 Kazakhs work in Poland, sending money home.", "400,000", "about"),
    # neither is told as rough
    ("Some 396,500 Kazakh nationals work in Poland, the bureau said.", "396,500",
     "400,000 Kazakhs work in Poland, sending money home.", "400,000", None),
])
def test_amounts_that_are_not_one_roundings_stay_apart(exact: str, v1: str, rough: str, v2: str,
                                                       word: str | None) -> None:
    a, b = _amount("a.txt", exact, v1), _amount("b.txt", rough, v2, word)
    assert record_groups([a, b], "figures") == [["a.txt"], ["b.txt"]]


# ------------------------------------------------------- sectors: jobs are labour

@pytest.mark.parametrize("subject", ["jobs", "jobs and training", "seasonal jobs in agriculture"])
def test_jobs_are_labour(subject: str) -> None:
    assert "labour migration" in sectors_for(subject)


def test_job_words_that_are_not_jobs_are_not_labour() -> None:
    assert "labour migration" not in sectors_for("the Jobson Institute of Arts")


# ------------------------------------------------------- conflicts: only amounts that disagree

def _trade(name: str, sentence: str, value: str, approx: str | None = None,
           what: str | None = None) -> ArticleFacts:
    """An amount of trade, bare unless `what` says what it measures ("trade in 2025")."""
    return ArticleFacts(
        article(name, f"{sentence} {STATES}", DAY), "test", "1",
        figures=[Figure(value=value, number=parse_number(value), approx=approx, what=what,
                        evidence=ev(sentence, sentence))],
    )


def _figure_conflicts(a: ArticleFacts, b: ArticleFacts) -> list[tuple[str, list[str]]]:
    records = [r for r in consolidate([a, b]).records.values() if r.kind == "figures"]
    assert len(records) == 1
    return [(c.field, sorted(str(v.value) for v in c.values)) for c in records[0].conflicts]


@pytest.mark.parametrize(("first", "v1", "a1", "second", "v2", "a2"), [
    ("Trade reached $183.6 million in 2025.", "$183.6 million", None,
     "Trade was worth about $184 million in 2025.", "about $184 million", "about"),
    ("Trade stood at Sh23.7 billion ($183.6 million) in 2025.", "Sh23.7 billion", None,
     "Trade amounted to 183.6 million US dollars in 2025.", "183.6 million US dollars", None),
    ("Trade came to nearly $2 billion in 2025.", "nearly $2 billion", "nearly",
     "Trade came to about $2 billion in 2025.", "about $2 billion", "about"),
    ("Trade reached 1.47 billion US dollars in 2025.", "1.47 billion US dollars", None,
     "Trade was almost 1.5 billion dollars in 2025.", "almost 1.5 billion dollars", "nearly"),
    ("Trade reached NOK 1.2 billion, or about $110 million, in 2025.", "NOK 1.2 billion", None,
     "Trade reached $110 million in 2025, officials said.", "$110 million", None),
])
def test_one_amount_told_roughly_or_in_another_currency_is_no_conflict(
        first: str, v1: str, a1: str | None, second: str, v2: str, a2: str | None) -> None:
    assert _figure_conflicts(_trade("a.txt", first, v1, a1), _trade("b.txt", second, v2, a2)) == []


def test_amounts_that_disagree_are_a_conflict() -> None:
    a = _trade("a.txt", "Trade reached $8.8 billion in 2025.", "$8.8 billion", what="trade in 2025")
    b = _trade("b.txt", "Trade was about $7.5 billion in 2025.", "about $7.5 billion", "about",
               what="trade in 2025")
    assert _figure_conflicts(a, b) == [("value", ["$8.8 billion", "about $7.5 billion"])]


def test_nearly_against_over_is_a_conflict() -> None:
    a = _trade("a.txt", "Trade came to nearly $2 billion in 2025.", "nearly $2 billion", "nearly")
    b = _trade("b.txt", "Trade came to over $2 billion in 2025.", "over $2 billion", "over")
    assert _figure_conflicts(a, b) == [("approx", ["nearly", "over"])]
