"""The figures stage on sentences written for the tests (not the dev articles)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from accord.core import Article, Figure
from accord.extract.rules import figures
from accord.extract.rules.context import Context
from accord.nlp import load_pipeline
from accord.normalize.numbers import parse_number
from accord.settings import DEFAULT_MODEL


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def find(nlp: Language) -> Callable[[str], list[Figure]]:
    def run(text: str) -> list[Figure]:
        article = Article(name="t.txt", text=text, content_hash="x", published=date(2025, 3, 4))
        return figures.find(Context(article, nlp(text)))
    return run


def numbers(found: list[Figure]) -> list[float | None]:
    return [f.number for f in found]


def test_counts_amounts_and_percentages(find: Callable[[str], list[Figure]]) -> None:
    text = ("The two countries signed 12 agreements worth $2.5 billion. "
            "Exports rose by 18% last year, and nearly 400 Chilean firms attended the forum.")
    found = find(text)
    assert numbers(found) == [12, 2.5e9, 18, 400]
    approx = {f.number: f.approx for f in found}
    assert approx[400] == "nearly"
    assert found[3].value == "nearly 400"
    for f in found:
        assert text[f.evidence.start:f.evidence.end] == f.evidence.text


def test_durations_but_not_dates_deadlines_or_visits(find: Callable[[str], list[Figure]]) -> None:
    text = ("On March 3, 2025 the ministers adopted a five-year action plan during a two-day visit. "
            "They will meet again within two weeks, and the 2025-27 programme starts in 2026.")
    assert numbers(find(text)) == [5]


def test_the_pair_is_not_a_figure(find: Callable[[str], list[Figure]]) -> None:
    text = "The two leaders agreed that both sides and the two nations gain; the two discussed trade."
    assert find(text) == []


def test_a_repeated_number_is_one_figure_with_the_best_wording(find: Callable[[str], list[Figure]]) -> None:
    text = ("'5,000 nurses'\nChile offered to hire over 5,000 nurses from Norway. "
            "The 5,000 nurses will start next year.")
    found = find(text)
    assert len(found) == 1
    assert (found[0].value, found[0].approx) == ("over 5,000", "over")


@pytest.mark.parametrize(("text", "expected"), [
    ("150,000", 150000), ("$1.45 billion", 1.45e9), ("three-year", 3), ("29.1%", 29.1),
    ("trillions of dollars", 1e12), ("$3.7B", 3.7e9), ("twenty five", 25), ("no number", None),
])
def test_parse_number(text: str, expected: float | None) -> None:
    assert parse_number(text) == expected


def test_amounts_spacy_may_miss_and_volumes(find: Callable[[str], list[Figure]]) -> None:
    text = ("Norway agreed on a €2bn investment fund and will ship 2.5 billion cubic metres of gas "
            "along a 224-km pipeline; the minister, 71, signed it.")
    assert numbers(find(text)) == [2e9, 2.5e9]


# --------------------------------------------------------------------------- markers and units


@pytest.mark.parametrize("text", [
    "1. The two sides signed a trade pact.\n2. They agreed to meet again.\n3. Both welcomed the visit.",
    "12. Japan and Chile reviewed their cooperation.",
    "Joint Statement of Chile and Japan (2)\nThe leaders met in Tokyo.",
    "The president held talks with the premier today (16) at the palace.",
    "4) The parties agreed to hold a review.\n5) They noted the new port.",
    "The new trains will run at up to 250 kph between the two capitals.",
    "Temperatures in the capital reached 38 degrees during the visit.",
    "01 A Protocol on customs cooperation was exchanged.\n02 A Memorandum on tourism was exchanged.",
    "07 Agreement on the transfer of sentenced persons",
    "3 The Ministry of Health and its counterpart signed a programme.",
    "4 An exchange of letters on fisheries was handed over.",
    "09\tA Memorandum of Understanding on ports",
])
def test_paragraph_numbers_days_in_brackets_speeds_and_temperatures_are_no_figures(
        find: Callable[[str], list[Figure]], text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("The two sides signed 12 agreements.", 12),
    ("Chile will buy (in stages) 48 trucks from Japan.", 48),
    ("They signed 3 deals.\nThe value was $40 million.", 3),
    ("Exports (worth 7 billion dollars) rose.", 7e9),
    ("The fund holds 250 million euros.", 2.5e8),
    ("3 MoUs were exchanged at the ceremony.", 3),
    ("Officials said:\n14 agreements were signed in all.", 14),
    ("Seven Memoranda of Understanding were exchanged in Colombo.", 7),
    ("Eight Memoranda on trade were signed on Monday.", 8),
])
def test_counts_near_brackets_or_line_starts_stay_figures(
        find: Callable[[str], list[Figure]], text: str, number: float) -> None:
    assert number in numbers(find(text))


@pytest.mark.parametrize("text", [
    "The attack killed more than 1,400 people, officials said.",
    "At least 30 civilians died in the floods before the visit.",
    "The shelling has injured 250 residents of the town.",
    "The trains reach 200kph on the new line.",
    "Some 5,000 families were displaced by the storm.",
])
def test_victims_and_speeds_are_no_figures_of_the_relation(
        find: Callable[[str], list[Figure]], text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("The deal will create 1,400 jobs in both countries.", 1400),
    ("Trade killed no jobs and grew by 12 percent.", 12),
])
def test_counts_beside_harm_words_but_not_of_victims_stay(
        find: Callable[[str], list[Figure]], text: str, number: float) -> None:
    assert number in numbers(find(text))
