"""Round 25 (second figures pass), proved on our own wording: a count given as a range "between" two
numbers ("between 20 and 30 scholarships", "Between 10 and 15 students will travel") is one figure from
its lower end, as "20 to 30 nurses" already was, where the tagger took it into a date or kept the upper
end alone; and the start of a range under a noun's "from" ("an increase from 40 to 65 in the number of
flights") is a figure, not a count of places come from; and people a state itself strains or needs to
feed or serve ("Malawi is struggling to feed 1.9 million people") are its own, no figure of the pair."""

from __future__ import annotations

import pytest

from tests.figure_support import Finder, figure_numbers, find_figures, nlp

__all__ = ["find_figures", "nlp"]  # the stages' fixtures, shared with the other tests


# ------------------------------------------------------------------ a range "between" two numbers


@pytest.mark.parametrize(("text", "number", "value"), [
    ("Between 10 and 15 students will travel to Peru next year under the accord.", 10, "Between 10 and 15"),
    ("Chile will grant between 20 and 30 scholarships to Peruvian students.", 20, "between 20 and 30"),
    ("Korea will train between 20 and 25 Ghanaian nurses each year.", 20, "between 20 and 25"),
    ("Under the grant, between 2,000 and 3,000 farmers in Samoa will get seeds from Japan.", 2000,
     "between 2,000 and 3,000"),
    ("The embassy said that between 40 and 60 Fijian police officers would be trained by India.", 40,
     "between 40 and 60"),
])
def test_a_range_between_two_numbers_is_one_figure(
        find_figures: Finder, text: str, number: float, value: str) -> None:
    found = find_figures(text)
    assert figure_numbers(found) == [number]
    assert found[0].value == value


@pytest.mark.parametrize("text", [
    "Trade between 2020 and 2024 grew steadily, the ministers noted.",  # years
    "The talks will be held in Lima between 10 and 12 March.",  # days of a month
    "Between 5 and 10 per cent of the loan from Japan is a grant.",  # a share of something else
])
def test_no_count_between_times_or_shares(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


def test_a_money_range_keeps_both_ends(find_figures: Finder) -> None:
    found = find_figures("The bank will lend between $200 million and $300 million to Kenya.")
    assert figure_numbers(found) == [200_000_000, 300_000_000]


# ------------------------------------------------------------------ a noun's range from one number to another


@pytest.mark.parametrize(("text", "numbers"), [
    ("A rise from 30 to 45 in the number of weekly flights between the two capitals was agreed.", [30, 45]),
    ("The two ministers welcomed a rise from 12 to 18 in the scholarships Japan offers Ghana.", [12, 18]),
    ("A jump from 300 to 450 in the quota of Samoan seasonal workers was announced.", [300, 450]),
    ("They noted the expansion from 8 to 14 in weekly cargo flights between Lima and Seoul.", [8, 14]),
    ("An increase from 40 to 65 in the number of Korean trainees was agreed.", [40, 65]),
])
def test_a_nouns_range_keeps_its_start(find_figures: Finder, text: str, numbers: list[float]) -> None:
    found = figure_numbers(find_figures(text))
    assert all(n in found for n in numbers)


@pytest.mark.parametrize(("text", "absent"), [
    ("Visitors from 21 countries attended the trade fair in Accra.", 21),  # places come from
    ("Delegates from 14 states and 3 agencies met in Lima.", 14),
])
def test_counts_of_places_come_from_stay_out(find_figures: Finder, text: str, absent: float) -> None:
    assert absent not in figure_numbers(find_figures(text))


# ------------------------------------------------------------------ those a state itself strains to feed


@pytest.mark.parametrize("text", [
    "Malawi is struggling to feed about 1.9 million people after the drought.",
    "Zambia needs to feed some 2 million people this year, officials said.",
    "The country is battling to house 300,000 people displaced by the floods.",
    "Lesotho strives to serve 40,000 people in the highlands.",
    "Mozambique struggled to shelter nearly 500,000 people after the cyclone.",
])
def test_those_a_state_strains_to_serve_are_its_own(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Japan will help Malawi feed about 1.9 million people.", 1_900_000),  # the pair's help
    ("Japan needs to train 500 Ghanaian nurses under the deal.", 500),  # not people a state serves
    ("Japan will struggle to deliver 300 buses to Kenya on time.", 300),
    ("Malawi struggles to feed its people, and Japan pledged $5 million in food aid.", 5_000_000),
])
def test_help_and_other_strains_keep_their_counts(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))
