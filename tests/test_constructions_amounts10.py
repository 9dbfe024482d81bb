"""Amounts as Malaysian and Indonesian papers write them: "US$500mil", "RM800mil", "Rp1.2 trillion".

"mil" and "bil" scale an amount as "mn" and "bn" do, and a currency's code may be glued to its
amount. Sentences in our own words.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from accord.core import Figure
from accord.normalize.numbers import parse_number
from tests.test_figures import find, nlp

__all__ = ["find", "nlp"]


@pytest.mark.parametrize(("text", "value", "number"), [
    ("Malaysia and Uzbekistan set a target of US$500mil in two-way trade.", "500mil", 5e8),
    ("The port deal between Malaysia and Uzbekistan is worth RM800mil, officials said.", "RM800mil", 8e8),
    ("Indonesia will invest Rp1.2 trillion in a Malaysian port, officials said.", "Rp1.2 trillion", 1.2e12),
    ("Malaysia pledged RM3.5bil for the Uzbek textile park.", "RM3.5bil", 3.5e9),
    ("Trade between Malaysia and Uzbekistan was about US$210mil last year.", "210mil", 2.1e8),
])
def test_an_amount_scaled_by_mil_or_bil_or_glued_to_its_code(
        find: Callable[[str], list[Figure]], text: str, value: str, number: float) -> None:
    found = [f for f in find(text) if value in f.value]
    assert [f.number for f in found] == [number]


@pytest.mark.parametrize("text", [
    "The military (mil) budget rose, officials in Kuala Lumpur said.",
    "RM officials met Uzbek officials in Kuala Lumpur on Monday.",
])
def test_words_like_the_scales_or_codes_are_no_amount(find: Callable[[str], list[Figure]], text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(("value", "number"), [("US$500mil", 5e8), ("RM2.1bil", 2.1e9), ("one billion", 1e9)])
def test_the_one_number_reading_has_the_scales(value: str, number: float) -> None:
    assert parse_number(value) == number
