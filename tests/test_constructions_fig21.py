"""Round 21, figures: constructions written for these tests (not the dev articles)."""

from __future__ import annotations

import pytest

from tests.figure_support import Finder, figure_numbers, find_figures, nlp

__all__ = ["find_figures", "nlp"]  # the stages' fixtures, shared with the other figure tests


def by_number(found: list, number: float):  # type: ignore[no-untyped-def]
    return next((f for f in found if f.number == pytest.approx(number)), None)


# --------------------------------------------------------------------------- "2000 metric tonnes of rice"


@pytest.mark.parametrize(("text", "number"), [
    ("India shipped 2000 tonnes of wheat to Afghanistan through Chabahar.", 2000),
    ("Japan delivered 1900 tons of rice to the Philippines last month.", 1900),
    ("The aid is part of over 2000 metric tonnes of rice that China pledged to Nepal.", 2000),
    ("Korea will send 2020 tonnes of fertiliser to Laos before the planting season.", 2020),
    ("Vietnam sold 1998 tonnes of pepper to Egypt under the barter deal.", 1998),
])
def test_a_number_like_a_year_before_its_unit_is_a_quantity(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


@pytest.mark.parametrize("text", [
    "The two countries have been friends since 2000 and opened a trade office in Lima.",
    "In 2000 tonnes of goods crossed the border, the old customs books said.",
])
def test_a_year_alone_is_still_no_quantity(find_figures: Finder, text: str) -> None:
    assert by_number(find_figures(text), 2000) is None


# --------------------------------------------------------------------------- "handed over 500 tonnes"


@pytest.mark.parametrize(("text", "number", "value"), [
    ("Japan handed over 1,900 tons of rice to the Philippines on Friday.", 1900, "1,900 tons"),
    ("China handed over $5 million worth of equipment to the Nepali army.", 5e6, "$5 million"),
    ("Korea turned over 300 laptops to the Ghanaian ministry.", 300, "300"),
    ("The envoy formally handed over 45 ambulances to Zambia's health minister.", 45, "45"),
    ("Japan handed over 20 fire engines to the Sri Lankan navy in Colombo.", 20, "20"),
])
def test_over_as_the_particle_of_a_handover_is_no_hedge(
        find_figures: Finder, text: str, number: float, value: str) -> None:
    figure = by_number(find_figures(text), number)
    assert figure is not None and figure.value == value and figure.approx is None


@pytest.mark.parametrize(("text", "number"), [
    ("Korea gave over 300 laptops to the Ghanaian ministry.", 300),
    ("China handed more than 40 buses to the Kenyan police.", 40),
])
def test_a_hedge_after_another_verb_stays_a_hedge(find_figures: Finder, text: str, number: float) -> None:
    figure = by_number(find_figures(text), number)
    assert figure is not None and figure.approx == "over"


# --------------------------------------------------------------------------- "one and a half billion dollars"


@pytest.mark.parametrize(("text", "number"), [
    ("China pledged one and a half billion dollars to Laos for the railway.", 1.5e9),
    ("Japan will lend Kenya two and a half billion dollars over a decade.", 2.5e9),
    ("India promised three-and-a-half million tonnes of wheat to Egypt.", 3.5e6),
    ("The UAE will invest four and a quarter billion dollars in Ghana's ports.", 4.25e9),
    ("Turkey and Iraq want trade to reach 1 and a half billion dollars a month.", 1.5e9),
])
def test_a_whole_and_a_half_is_read_as_one_amount(find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


@pytest.mark.parametrize(("text", "absent"), [
    ("The minister stayed one and a half days in Lima before heading to Quito.", 1.5),
    ("Korea gave twenty-five and a half million dollars to Peru.", 20.5e6),
])
def test_a_half_with_no_scale_or_inside_a_longer_number_is_not_read_so(
        find_figures: Finder, text: str, absent: float) -> None:
    assert by_number(find_figures(text), absent) is None


@pytest.mark.parametrize(("text", "value", "approx"), [
    ("Well over a hundred Ghanaian firms took part in the forum with Turkish buyers.",
     "Well over a hundred", "over"),
    ("Nearly a hundred Peruvian exporters met Korean importers in Seoul.", "Nearly a hundred", "nearly"),
    ("About a dozen Indian firms signed deals with Kenyan partners.", "About a dozen", "about"),
])
def test_a_hundred_keeps_its_article_and_its_hedge(
        find_figures: Finder, text: str, value: str, approx: str) -> None:
    figure = next((f for f in find_figures(text) if f.value == value), None)
    assert figure is not None and figure.approx == approx


# --------------------------------------------------------------------------- a loan's interest rate


@pytest.mark.parametrize(("text", "number"), [
    ("Japan will lend Kenya $300 million at an interest rate of 1 per cent for the new port.", 1),
    ("Korea will lend Peru $200 million at an annual interest rate of 0.5 percent.", 0.5),
    ("The Chinese loan to Laos carries an interest rate of 2 percent and a long grace period.", 2),
    ("India extended a credit line of $500 million to Sri Lanka, with an interest rate of 1.75%.", 1.75),
    ("Under the credit, the interest rate of this loan is 1.6 per cent, the embassy said.", 1.6),
])
def test_the_interest_a_loan_carries_is_one_of_its_terms(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


@pytest.mark.parametrize(("text", "number"), [
    ("The central bank raised its benchmark interest rate to 6.5 percent as loan demand slowed.", 6.5),
    ("Ghana's policy rate stands at 27 percent while talks on the loan continued.", 27),
    ("The interest rate in Kenya rose to 13 percent, the central bank said.", 13),
])
def test_a_states_own_rate_stays_out_even_beside_a_loan(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is None


# ------------------------------------------------------------------------- "12% of Chile's exports to China"


@pytest.mark.parametrize(("text", "number"), [
    ("Copper accounts for 12% of Chile's exports to China.", 12),
    ("Tea makes up 30 percent of Kenya's exports to Pakistan.", 30),
    ("About 45 per cent of Vietnam's rice exports to the Philippines go through Manila.", 45),
    ("Garments were 60% of Bangladesh's exports to Canada last year.", 60),
    ("Soybeans made up 18 percent of Brazil's imports from Argentina.", 18),
])
def test_a_share_of_one_sides_trade_with_the_other_is_the_pairs(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


@pytest.mark.parametrize(("text", "number"), [
    ("Around 60 percent of Ghana's electricity comes from hydropower.", 60),
    ("Some 40 percent of Kenya's exports are tea and flowers.", 40),
])
def test_a_share_of_one_sides_own_trade_with_no_partner_stays_out(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is None


# --------------------------------------------------------------------------- "repayable in 20 years"


@pytest.mark.parametrize(("text", "number"), [
    ("The loan is repayable in 20 years including 5 years of grace period.", 20),
    ("The loan is repayable in 20 years including 5 years of grace period.", 5),
    ("The repayment period will be 30 years, which includes 10 years grace period.", 10),
    ("The repayment period is 25 years with a 7 years grace period.", 7),
    ("The Korean credit will be paid back over 25 years, the finance ministry said.", 25),
    ("Payments on the Japanese loan start after eight years of grace.", 8),
])
def test_a_loans_term_told_in_other_words_is_a_figure(
        find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


@pytest.mark.parametrize(("text", "number"), [
    ("The loan was finally paid back after two years of talks.", 2),
    ("The embassy has been open for 20 years, the ambassador said at the loan signing.", 20),
])
def test_a_span_of_years_of_something_else_stays_out(find_figures: Finder, text: str, number: float) -> None:
    assert number not in figure_numbers(find_figures(text))


# ------------------------------------------------------------------------- "trade … achieved a growth of 18%"


@pytest.mark.parametrize(("text", "number"), [
    ("Trade between the two countries achieved a growth of 18 percent last year.", 18),
    ("The volume of trade between Qatar and Turkey posted growth of 9% in 2023.", 9),
    ("Bilateral exports recorded a growth of 12 percent, the minister said.", 12),
    ("Two-way trade registered a growth of 7.5 per cent in the first half.", 7.5),
    ("Imports from Peru saw a growth of 21 percent after the deal took effect.", 21),
])
def test_the_growth_the_pairs_trade_recorded_is_the_pairs(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


@pytest.mark.parametrize(("text", "number"), [
    ("The economy achieved a growth of 5 percent last year, while trade with China fell.", 5),
    ("Kenya's economy recorded growth of 5.6% in 2023.", 5.6),
])
def test_an_economys_own_growth_stays_out(find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is None


# ------------------------------------------------------------------------- "500 tonnes (10,000 bags) of rice"


@pytest.mark.parametrize(("text", "kept", "restated"), [
    ("Myanmar shipped 500 metric tons (10,000 bags) of rice to Sri Lanka.", 500, 10000),
    ("A consignment of 1,000 tonnes (100,000 packs) of rice from China reached Colombo.", 1000, 100000),
    ("China has so far given 7,000 tonnes of rice (700,000 packs) to the schools of Laos.", 7000, 700000),
    ("India sent 2,000 tons of wheat (40,000 sacks) to Kabul by road.", 2000, 40000),
    ("Thailand will deliver 250 tonnes (5,000 cartons) of dried fish to Cambodia.", 250, 5000),
])
def test_a_count_in_brackets_after_a_weight_restates_it(
        find_figures: Finder, text: str, kept: float, restated: float) -> None:
    found = find_figures(text)
    assert by_number(found, kept) is not None and by_number(found, restated) is None


@pytest.mark.parametrize(("text", "number"), [
    ("Japan gave 300 tonnes of seed (and 20 tractors) to Laos.", 20),
    ("China signed five agreements (three contracts) with Nepal.", 3),
    ("The rice (10,000 bags) came from Myanmar under the aid deal with Laos.", 10000),
])
def test_a_count_in_brackets_after_no_weight_stays(find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


# --------------------------------------------------------------------------- "from 12 in 2024 to 50 in 2025"


@pytest.mark.parametrize(("text", "numbers"), [
    ("Scholarships for Fijian students will move from 12 in 2024 to 50 in 2025.", [12, 50]),
    ("Scholarships for Laotian students will rise from 40 in 2023 to 100 in 2026.", [40, 100]),
    ("Japan's grants to Laos rose from 14 in 2021 to 22 in 2023, the embassy said.", [14, 22]),
    ("Peru will send more teachers to Chile, from 35 in 2024 to 70 in 2026.", [35, 70]),
    ("Thai scholarships for Cambodian students will rise from 60 in 2024 to 150 in 2026.", [60, 150]),
])
def test_a_range_whose_sides_carry_years_is_no_tally(
        find_figures: Finder, text: str, numbers: list[float]) -> None:
    found = figure_numbers(find_figures(text))
    assert all(n in found for n in numbers)


@pytest.mark.parametrize("text", [
    "The motion on the trade deal with Peru passed 312 to 48 in parliament.",
    "The treaty with Chile was carried 97 to 3 by the senate.",
])
def test_a_tally_is_still_no_figure(find_figures: Finder, text: str) -> None:
    assert [n for n in figure_numbers(find_figures(text)) if n in (312, 48, 97, 3)] == []
