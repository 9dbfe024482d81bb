"""Round 24, the lead's own: a single day in an amount's clause is when the amount was given or signed,
not a period it is measured over, so what the amount measures carries no day ("signed a grant of $46
million on Tuesday" measures a grant, not "grant in 2025-03-04"); a year, a month or a quarter still
dates a measured amount ("trade reached $2 billion in 2024")."""

from __future__ import annotations

import pytest

from tests.figure_support import Finder, find_figures, nlp

__all__ = ["find_figures", "nlp"]  # the stages' fixtures, shared with the other tests


def _what(find: Finder, text: str, number: float) -> str | None:
    return next(f.what for f in find(text) if f.number == number)


@pytest.mark.parametrize("text", [
    "Japan signed a grant of USD 46 million with Laos on Tuesday to build a bridge.",
    "On 22 February, China signed a grant of 46 million dollars with Laos.",
    "A grant of $46 million was handed over by the Korean envoy on Monday.",
    "The two ministers signed a grant worth 46 million euros in Vientiane on 3 March.",
    "Yesterday Kuwait's fund extended a grant of 46 million dollars to the Lao government.",
])
def test_a_day_in_the_clause_is_no_period_of_the_amount(find_figures: Finder, text: str) -> None:
    what = _what(find_figures, text, 46e6)
    assert what is None or not any(ch.isdigit() for ch in what)


@pytest.mark.parametrize(("text", "period"), [
    ("Trade between Laos and Japan reached 46 million dollars in 2024.", "2024"),
    ("Trade between Laos and Japan reached 46 million dollars last year.", "2024"),
    ("Trade between Laos and Japan stood at 46 million dollars in January 2025.", "2025-01"),
])
def test_a_year_or_a_month_still_dates_a_measured_amount(find_figures: Finder, text: str,
                                                         period: str) -> None:
    what = _what(find_figures, text, 46e6)
    assert what is not None and what.endswith(f"in {period}")
