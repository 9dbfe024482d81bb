"""Round 22, figures: constructions written for these tests (not the dev articles)."""

from __future__ import annotations

import pytest

from tests.figure_support import Finder, figure_numbers, find_figures, nlp

__all__ = ["find_figures", "nlp"]  # the stages' fixtures, shared with the other figure tests


def by_number(found: list, number: float):  # type: ignore[no-untyped-def]
    return next((f for f in found if f.number == pytest.approx(number)), None)


# ------------------------------------------------------------------------- "Chile's share of Peru's exports"


@pytest.mark.parametrize(("text", "number"), [
    ("Chile's share of Vietnam's exports rose to 3.5 per cent last year.", 3.5),
    ("Peru's share of Korea's imports reached 2 percent in 2024.", 2),
    ("The share of Peru in Korea's imports climbed to 2.4 percent.", 2.4),
    ("Vietnam's share in Chile's exports fell to 4 per cent in 2024.", 4),
    ("Kenya's share of India's tea imports stood at 11 percent, the council said.", 11),
])
def test_one_sides_share_of_the_others_trade_is_the_pairs(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


@pytest.mark.parametrize(("text", "number"), [
    ("Kenya's share of world exports rose to 0.1 percent.", 0.1),
    ("Ghana's share of the cocoa market fell to 18 percent as talks with Peru went on.", 18),
])
def test_a_share_with_one_state_only_stays_out(find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is None


# --------------------------------------------------------------------------- "Rs. 3 billion 6 million"


@pytest.mark.parametrize(("text", "number"), [
    ("Trade between Sri Lanka and Pakistan reached Rs. 3 billion 6 million last year.", 3.006e9),
    ("India gave Nepal Rs. 2 billion 500 million for the new hospital in Pokhara.", 2.5e9),
    ("Exports from Kenya to Uganda were worth KSh 4 billion and 200 million in 2023.", 4.2e9),
    ("Japan will lend Laos 7 billion 300 million yen for the bridge.", 7.3e9),
    ("The Chinese grant to Nepal amounts to 1 million 250 thousand dollars.", 1.25e6),
])
def test_a_smaller_part_after_the_scale_adds_to_the_amount(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


@pytest.mark.parametrize(("text", "number"), [
    ("Trade between Peru and Chile reached $3 billion, up 6 percent on the year.", 3e9),
    ("India pledged $5 million, 2 million of it for schools in Nepal.", 5e6),
])
def test_a_larger_or_unscaled_number_after_an_amount_is_no_part(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


# --------------------------------------------------------------------------- "It achieved a growth of 18%"


@pytest.mark.parametrize(("text", "number"), [
    ("Trade between India and Nepal reached $8 billion last year. It achieved a growth of 18 percent.", 18),
    ("Bilateral trade between Peru and Korea stood at $3 billion in 2023. It posted growth of 9% in the "
     "year.", 9),
    ("Exports from Chile to Vietnam reached $1 billion. It recorded a growth of 12 percent, the envoy said.",
     12),
    ("The trade volume between Ghana and Turkey hit $2 billion. It registered growth of 7.5%.", 7.5),
    ("Imports from Peru rose sharply in 2024. It saw a growth of 21 percent after the deal.", 21),
])
def test_it_naming_back_the_pairs_trade_carries_its_growth(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


@pytest.mark.parametrize(("text", "number"), [
    ("Kenya's economy slowed in 2023. It achieved a growth of 5 percent, while trade with China fell.", 5),
    ("Ghana's economy held up. It recorded growth of 3.1% despite the loan talks with China.", 3.1),
])
def test_it_naming_back_an_economy_stays_out(find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is None


# --------------------------------------------------------------------------- "from 30 in 2024 to 80 in 2026"


@pytest.mark.parametrize(("text", "numbers"), [
    ("The number of scholarships will grow from 30 in 2024 to 80 in 2026.", [30, 80]),
    ("Flights between Peru and Chile will go from 14 a week to 21.", [14, 21]),
    ("Weekly flights between Lima and Seoul will increase from 3 to 7 in 2025.", [3, 7]),
    ("Grants for Laotian students will rise from 25 in 2023 to 60 in 2027.", [25, 60]),
    ("Direct flights between Nairobi and Accra will climb from 4 a week to 9.", [4, 9]),
])
def test_the_sides_of_a_range_the_tagger_took_into_a_date_are_counts(
        find_figures: Finder, text: str, numbers: list[float]) -> None:
    found = figure_numbers(find_figures(text))
    assert all(n in found for n in numbers)


@pytest.mark.parametrize(("text", "absent"), [
    ("Peru and Chile extended the visa from 10 to 12 years.", 10),
    ("The talks ran from 3 to 5 March in Lima.", 3),
    ("Exports of Peruvian coffee to Korea rose from 2019 to 2023.", 2019),
    ("The minister went from 3 provinces to 5 countries in a week.", 5),
])
def test_spans_days_years_and_places_stay_out(find_figures: Finder, text: str, absent: float) -> None:
    assert absent not in figure_numbers(find_figures(text))


# --------------------------------------------------------------------------- "employment directly of 1500"


@pytest.mark.parametrize(("text", "number"), [
    ("The factory will provide the employment directly of 1500 workers in Kenya.", 1500),
    ("The Korean plant will bring jobs directly for 1600 people in Ghana.", 1600),
    ("The Korean shipyard will take on 1800 welders in Ghana under the deal.", 1800),
    ("The port will give employment to 1850 dockers under the deal with China.", 1850),
    ("The Turkish project will create employment of 1900 youths in Senegal.", 1900),
])
def test_a_count_that_looks_like_an_old_year_in_its_own_phrase_is_no_past(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


@pytest.mark.parametrize(("text", "number"), [
    ("In 1957, 300 students crossed the ocean to study in Lima.", 300),
    ("In 1962, about 400 Kenyan students trained in Moscow.", 400),
])
def test_a_count_in_a_clause_of_long_ago_stays_out(find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is None


# --------------------------------------------------------------------------- "$5 million (2,000 tonnes)"


@pytest.mark.parametrize(("text", "kept", "restated"), [
    ("China gave $5 million (2,000 tonnes of rice) to Laos.", 5e6, 2000),
    ("Korea provided US$2 million (about 3,000 tonnes of fertiliser) to Laos.", 2e6, 3000),
    ("The grant of 3 million euros (1,500 tonnes of maize) reached Malawi.", 3e6, 1500),
    ("Japan handed over 5,000MT (50,000 bags) of rice to Timor-Leste.", 5000, 50000),
    ("India sent aid worth $1 million (800 tons of wheat) to Kabul.", 1e6, 800),
])
def test_a_weight_in_brackets_after_money_restates_the_aid(
        find_figures: Finder, text: str, kept: float, restated: float) -> None:
    found = find_figures(text)
    assert by_number(found, kept) is not None and by_number(found, restated) is None


@pytest.mark.parametrize(("text", "number"), [
    ("India gave $10 million (and 20 ambulances) to Nepal.", 20),
    ("The fund of $2 billion (50 projects) was launched by Japan and Laos.", 50),
])
def test_a_count_of_other_things_in_brackets_after_money_stays(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


# --------------------------------------------------------------------------- "a five-fold increase"


@pytest.mark.parametrize(("text", "number"), [
    ("Japan and Kenya saw a five-fold increase in trade since 2010.", 5),
    ("Trade between Peru and Chile has grown 3-fold since 2015.", 3),
    ("Exports from Ghana to India recorded a ten-fold rise in a decade.", 10),
    ("Investment from Korea in Laos posted a four-fold jump last year.", 4),
    ("The two sides want a 2-fold expansion of trade by 2030.", 2),
])
def test_a_fold_is_a_ratio_not_a_figure(find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is None


@pytest.mark.parametrize(("text", "number"), [
    ("Trade between Peru and Chile has grown 3-fold since 2015, to $4 billion.", 4e9),
    ("Peru and Chile signed five agreements on trade.", 5),
])
def test_the_amount_beside_a_fold_stays(find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


# --------------------------------------------------------------------------- "signed over 12 boats to"


@pytest.mark.parametrize(("text", "number"), [
    ("Japan signed over 12 patrol boats to the Philippines.", 12),
    ("Korea signed over 300 laptops to the Ghanaian ministry on Friday.", 300),
    ("The US passed over 40 vessels to the Vietnamese coast guard.", 40),
    ("China formally signed over 25 buses to the Kenyan police.", 25),
    ("India signed over 6 helicopters to the Sri Lankan air force last week.", 6),
])
def test_over_before_a_recipient_is_the_particle_of_the_handover(
        find_figures: Finder, text: str, number: float) -> None:
    figure = by_number(find_figures(text), number)
    assert figure is not None and figure.approx is None


@pytest.mark.parametrize(("text", "number"), [
    ("Japan and Peru signed over 12 agreements.", 12),
    ("Chile and Peru signed over 20 deals to boost trade.", 20),
])
def test_over_with_no_recipient_stays_a_hedge(find_figures: Finder, text: str, number: float) -> None:
    figure = by_number(find_figures(text), number)
    assert figure is not None and figure.approx == "over"
