"""Consolidation across reports in house styles the events sets lacked (round 11, clus11).

Invented reports of one pair of states: a state agency with full titles, a regional paper with
nicknames and "the two leaders", a wire that counts and gives one figure another report contradicts.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import ArticleFacts, Figure
from accord.resolve import consolidate
from tests.resolve_fixtures import article, ev

DAY = date(2026, 10, 15)


def _groups(reports: list[ArticleFacts], kind: str) -> list[list[str]]:
    register = consolidate(reports)
    return sorted(sorted(f"{m.article_name}:{m.quote}" for m in r.mentions)
                  for r in register.records.values() if r.kind == kind)


def _figures(name: str, text: str, *figures: tuple[str, str | None, str]) -> ArticleFacts:
    """An article of `text` with figures given as (value, what, quote)."""
    return ArticleFacts(
        article(name, text, DAY), "test", "1",
        figures=[Figure(value=v, what=w, evidence=ev(text, q)) for v, w, q in figures],
    )


# ------------------------------------------------- a count is not a span of time: "five agreements", "a five-year deal"

@pytest.mark.parametrize(("timed", "count"), [
    (("five-year", "deal", "a five-year deal"), ("five", "agreements", "five agreements")),
    (("two-year", "agreement", "a two-year agreement"), ("two", "MoUs", "two MoUs")),
    (("three-year", "MoU", "a three-year MoU"), ("3", "documents", "3 documents")),
    (("ten-year", "pact", "a ten-year pact"), ("10", "agreements", "10 agreements")),
    (("6-month", "accord", "a 6-month accord"), ("six", "deals", "six deals")),
    (("four-day", "protocol", "a four-day protocol"), ("four", "instruments", "four instruments")),
])
def test_a_span_of_time_stays_apart_from_a_count(timed: tuple[str, str | None, str],
                                                 count: tuple[str, str | None, str]) -> None:
    a = _figures("a.txt", f"Kenya and Japan signed {count[2]} in Nairobi.", count)
    b = _figures("b.txt", f"Kenya and Japan agreed on {timed[2]} in Nairobi.", timed)
    assert _groups([a, b], "figures") == [[f"a.txt:{count[2]}"], [f"b.txt:{timed[2]}"]]


def test_a_count_joins_the_count_beside_a_span() -> None:
    a = _figures("a.txt", "Kenya and Japan signed five agreements.", ("five", "agreements", "five agreements"))
    text = "Kenya and Japan signed a five-year deal and five agreements."
    b = _figures("b.txt", text, ("five-year", "deal", "a five-year deal"), ("five", "agreements", "five agreements"))
    assert ["a.txt:five agreements", "b.txt:five agreements"] in _groups([a, b], "figures")


@pytest.mark.parametrize(("one", "other"), [
    (("five", "agreements", "five agreements"), ("5", "documents", "5 documents")),
    (("five-year", "deal", "a five-year deal"), ("5-year", "agreement", "a 5-year agreement")),
    (("70%", "of rice imports", "70% of rice imports"), ("70 per cent", "of rice imports", "70 per cent of rice imports")),
    (("two-day", "visit", "a two-day visit"), ("two days", "visit", "two days visit")),
    (("3", "years of talks", "3 years of talks"), ("three years", "of talks", "three years of talks")),
])
def test_figures_of_one_unit_still_join(one: tuple[str, str | None, str], other: tuple[str, str | None, str]) -> None:
    a = _figures("a.txt", f"Kenya and Japan: {one[2]}, officials said.", one)
    b = _figures("b.txt", f"Kenya and Japan: {other[2]}, officials said.", other)
    assert _groups([a, b], "figures") == [[f"a.txt:{one[2]}", f"b.txt:{other[2]}"]]
