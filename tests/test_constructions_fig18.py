"""Round 18, figures: constructions written for these tests (not the dev articles)."""

from __future__ import annotations

import pytest

from tests.figure_support import Finder, figure_numbers, find_figures, nlp

__all__ = ["find_figures", "nlp"]  # the stages' fixtures, shared with the other figure tests


def by_number(found: list, number: float):  # type: ignore[no-untyped-def]
    return next((f for f in found if f.number == pytest.approx(number)), None)


# --------------------------------------------------------------------------- "just over 12,000 tonnes"


@pytest.mark.parametrize(("text", "number", "value", "approx"), [
    ("India shipped just over 12,000 tonnes of rice to Bangladesh under the deal.", 12000, "just over",
     "over"),
    ("South Korea offered just over 2 trillion won in loans to Vietnam.", 2e12, "just over", "over"),
    ("A little over 900 megatonnes of cargo crossed the border under the transit pact.", 900, "A little over",
     "over"),
    ("Morocco sold slightly over 300,000 tonnes of phosphate to India.", 300000, "slightly over", "over"),
    ("Uganda delivered just over 700 tonnes of coffee to Egypt under the barter deal.", 700, "just over",
     "over"),
    ("India exported a little under 50,000 tonnes of sugar to Nepal.", 50000, "a little under", "nearly"),
])
def test_a_softened_hedge_is_read_whole(
        find_figures: Finder, text: str, number: float, value: str, approx: str) -> None:
    figure = by_number(find_figures(text), number)
    assert figure is not None and figure.value.startswith(value) and figure.approx == approx


@pytest.mark.parametrize("text", [
    "The two nations have been partners for just over 30 years, the envoy said.",
    "The talks in Lima ran just over 12 hours, the Bolivian envoy said.",
])
def test_a_softened_hedge_before_a_time_or_an_age_gives_no_figure(find_figures: Finder, text: str) -> None:
    assert [f for f in find_figures(text) if f.number in (30, 12)] == []


# --------------------------------------------------------------------------- "since 1992": a tally to now


@pytest.mark.parametrize(("text", "number"), [
    ("Japan has funded nearly 40 projects in Cambodia since 1992.", 40),
    ("China has trained some 5,000 Zambian officials since 2000 under the programme.", 5000),
    ("Since 1995, Korea has sent 2,300 volunteers to Ethiopia.", 2300),
    ("Cuba has sent 400 doctors to Angola since 1976, the embassy said.", 400),
    ("India has granted 1,200 scholarships to Afghan students since 2002.", 1200),
])
def test_a_count_since_a_year_long_gone_runs_to_now(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


@pytest.mark.parametrize("text", [
    "In 1957, 300 students crossed the ocean to study in Moscow.",
    "During the Cold War, 5,000 Angolan students trained in Cuba.",
])
def test_a_count_in_a_past_long_gone_stays_out(find_figures: Finder, text: str) -> None:
    assert figure_numbers(find_figures(text)) == []


# --------------------------------------------------------------------------- "has gone up to $11 billion"


@pytest.mark.parametrize(("text", "value"), [
    ("Indonesian exports to India have gone up to US$11.2 billion, the envoy said.", "US$11.2 billion"),
    ("Trade between Chile and Korea shot up to $4 billion last year.", "$4 billion"),
    ("Bilateral trade went up to $3 billion from $2 billion, the ministry of Peru said.", "$3 billion"),
    ("Two-way trade between Kenya and India climbed up to 3.5 billion dollars in 2023.",
     "3.5 billion dollars"),
    ("Chinese investment in Serbia has moved up to $6 billion since the pact.", "$6 billion"),
])
def test_a_level_that_climbed_up_to_has_no_ceiling(find_figures: Finder, text: str, value: str) -> None:
    assert value in [f.value for f in find_figures(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("Japan will lend up to 41.2 billion yen to Vietnam for the metro.", "up to 41.2 billion yen"),
    ("China agreed to provide up to $500 million in credit to Zambia.", "up to $500 million"),
])
def test_a_ceiling_keeps_its_up_to(find_figures: Finder, text: str, value: str) -> None:
    assert value in [f.value for f in find_figures(text)]


# --------------------------------------------------------------------------- "80-lakh pieces"


@pytest.mark.parametrize(("text", "number"), [
    ("Bangladesh may export 80-lakh pieces of textiles to India duty free.", 8e6),
    ("Around 17-lakh pieces could be shipped to India in the last quarter under the quota.", 1.7e6),
    ("India will supply 3-lakh tonnes of rice and 2-lakh tonnes of wheat to Bangladesh.", 2e5),
    ("Nepal will buy a 5-crore rupee power line from India.", 5e7),
    ("India gifted 10-lakh vaccine doses to Sri Lanka.", 1e6),
])
def test_a_scale_joined_by_a_hyphen_scales_the_count(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


def test_a_hyphened_scale_leaves_what_it_counts(find_figures: Finder) -> None:
    text = "Bangladesh may export 80-lakh pieces of textiles to India duty free."
    figure = by_number(find_figures(text), 8e6)
    assert figure is not None and figure.what == "pieces of textiles"


@pytest.mark.parametrize(("text", "numbers"), [
    ("India and Bangladesh signed 4 pacts on the 2-day visit.", [4]),
    ("The two-lane bridge from Nepal to India cost Rs 50 crore.", [5e8]),
])
def test_no_scale_without_a_scale_word(find_figures: Finder, text: str, numbers: list[float]) -> None:
    assert figure_numbers(find_figures(text)) == pytest.approx(numbers)


# --------------------------------------------------------------------------- "two times higher": a ratio


@pytest.mark.parametrize("text", [
    "Trade between Kazakhstan and Uzbekistan is almost two times higher than in 2020.",
    "Trade between Russia and Iran grew 2.5 times over five years.",
    "Exports from Chile to China were three times as large as those to Japan.",
    "Kazakhstan's exports to Uzbekistan rose three times over the decade.",
    "Turnover with Vietnam is now four times more than it was, the Korean minister said.",
])
def test_a_ratio_of_two_levels_is_no_figure(find_figures: Finder, text: str) -> None:
    # a loan's interest rate is a figure of its own since round 21 ("an interest rate of 0.1%"): only the item
    # number must go
    assert [f for f in find_figures(text) if f.number is not None and 1 < f.number < 10] == []


@pytest.mark.parametrize(("text", "number"), [
    ("Ghana and Togo signed three agreements on trade and transit.", 3),
    ("China will send four times the number of teachers, 120 in all, to Laos.", 120),
])
def test_counts_beside_times_stay(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


# --------------------------------------------------------------------------- "2.The loan …": an item number


@pytest.mark.parametrize("text", [
    "Outline\n2.The loan covers water projects in Delhi, Japan said.",
    "5.These loans carry an interest rate of 0.1%.",
    "Terms\n3.The grant will fund schools in Kandy, Japan said.",
    "6.The project will build roads in Assam with Japanese funds.",
    "Notes\n2.The loan from Japan covers sewage works in Pune.",
])
def test_an_item_number_glued_to_its_first_word_is_no_figure(find_figures: Finder, text: str) -> None:
    # a loan's interest rate is a figure of its own since round 21 ("an interest rate of 0.1%"): only the item
    # number must go
    assert [f for f in find_figures(text) if f.number is not None and 1 < f.number < 10] == []


@pytest.mark.parametrize(("text", "number"), [
    ("Japan lent India 2.5 billion yen for the metro.", 2.5e9),
    ("Trade grew 3.4 percent, the Indian ministry said of its ties with Japan.", 3.4),
])
def test_decimals_stay(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


# --------------------------------------------------------------------------- "two yen loan projects"


@pytest.mark.parametrize(("text", "number"), [
    ("The two yen loan projects will build bridges in Mindanao, Japan said.", 2),
    ("Japan signed three yen loan agreements with Bangladesh on Monday.", 3),
    ("Japan signed four rupee loan deals with India.", 4),
    ("India opened two rupee credit lines for Sri Lanka.", 2),
    ("China extended two yuan loan facilities to Laos.", 2),
])
def test_a_currency_word_after_a_small_count_names_a_kind(
        find_figures: Finder, text: str, number: float) -> None:
    figure = by_number(find_figures(text), number)
    assert figure is not None and figure.value.split()[-1].lower() not in ("yen", "rupee", "yuan")


@pytest.mark.parametrize(("text", "value"), [
    ("Japan gave 500 yen to each student of the Lao school, the embassy said.", "500 yen"),
    ("Japan extended 50 billion yen loans to Kenya.", "50 billion yen"),
    ("Nepal will buy a 5-crore rupee power line from India.", "5-crore rupee"),
])
def test_an_amount_keeps_its_currency(find_figures: Finder, text: str, value: str) -> None:
    assert value in [f.value for f in find_figures(text)]


# --------------------------------------------------------------------------- "50 Federal, State, and local …"


@pytest.mark.parametrize(("text", "number", "what"), [
    ("The mission will bring nearly 50 Federal, State, and local officials on water issues to Israel.",
     50, "officials"),
    ("India will host 35 Federal, Regional, and local judges from Ethiopia under the accord.", 35, "judges"),
    ("Korea will train 120 Central, Provincial, and district health workers from Laos.", 120, "workers"),
    ("Japan will welcome 45 National, State, and local lawmakers from Malaysia under the programme.", 45,
     "lawmakers"),
    ("Brazil will receive 70 Federal, State, and municipal auditors from Portugal.", 70, "auditors"),
    ("Chile will send 15 Regional, Provincial, and local mayors to Spain under the twinning accord.", 15,
     "mayors"),
])
def test_a_count_of_coordinated_capitalised_kinds(
        find_figures: Finder, text: str, number: float, what: str) -> None:
    figure = by_number(find_figures(text), number)
    assert figure is not None and (figure.what or "").endswith(what)


@pytest.mark.parametrize(("text", "what"), [
    ("The accord will fund 12 Federal Police stations in Mexico.", "Federal Police stations"),
    ("The Kenyan delegation included 30 Senators and Governors, the Peruvian host said.", "Senators"),
])
def test_other_capitalised_counts_keep_their_noun(find_figures: Finder, text: str, what: str) -> None:
    assert what in [f.what for f in find_figures(text)]


# --------------------------------------------------------------------------- "over the next five years"


@pytest.mark.parametrize(("text", "number"), [
    ("We are finalizing a transport plan for Ghana over the next five years, the Korean minister said.", 5),
    ("Egypt and Russia signed a deal to import 700,000 tons of wheat each year at fixed prices for the next "
     "five years.", 5),
    ("Ghana will buy oil from Nigeria at a discount for the next three years under the accord.", 3),
    ("Russia signed a deal to supply 70 million tons of grain to China over a period of 12 years.", 12),
    ("Chile and Peru drew up a plan to link their power grids over the next eight years.", 8),
])
def test_the_span_a_deal_or_plan_runs_over_from_now(find_figures: Finder, text: str, number: float) -> None:
    figure = by_number(find_figures(text), number)
    assert figure is not None and figure.value.endswith(("years", "months")) and "next" not in figure.value


@pytest.mark.parametrize("text", [
    "Kenya's economy will grow by 5% over the next five years, the bank said of its ties with Peru.",
    "The two leaders will meet again within the next six months, the Thai envoy said.",
    "Trade between Laos and Vietnam doubled over the past five years, the ministry said.",
])
def test_a_span_ahead_with_no_deal_gives_no_figure(find_figures: Finder, text: str) -> None:
    assert [f for f in find_figures(text) if (f.value or "").endswith(("years", "months"))] == []


# --------------------------------------------------------------------------- "in 30-kilogram bags"


@pytest.mark.parametrize("text", [
    "Japan sent the rice in 30-kilogram bags to the Gambia under the grant.",
    "India shipped rice to Nepal in 50-kg jute bags under the aid pact.",
    "China delivered the aid in 20-foot containers to Laos.",
    "Korea donated rice in 10-kilo sacks to Ethiopia under the accord.",
    "Turkey supplied cooking oil in 5-litre bottles to Syria under the deal.",
])
def test_a_hyphened_measure_of_each_of_a_plural_is_no_figure(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("India unloaded a 5,000-tonne shipment of wheat for Afghanistan at Chabahar.", 5000),
    ("Russia sent a 40-ton cargo of grain to Eritrea under the accord.", 40),
])
def test_a_hyphened_measure_of_one_load_stays(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


# --------------------------------------------------------------------------- the period of a level


@pytest.mark.parametrize(("text", "year"), [
    ("In 2021, the trade turnover between Kazakhstan and Uzbekistan amounted to $254.3 million, adding that "
     "this is almost two times higher than in 2020.", "2021"),
    ("In 2023, trade between Peru and Korea reached $4 billion, noting that this was far above the level "
     "seen in 2019.", "2023"),
    ("In 2022, Turkish exports to Kenya stood at $420 million, adding that they were double those of 2015.",
     "2022"),
    ("In 2024, trade between Egypt and Greece hit $3.1 billion, stressing that it was higher than in 2021.",
     "2024"),
    ("In 2020, two-way trade between Nepal and Bangladesh amounted to $70 million, noting that it had been "
     "lower in 2016.", "2020"),
])
def test_a_level_takes_the_period_of_its_own_clause(find_figures: Finder, text: str, year: str) -> None:
    money = [f for f in find_figures(text) if f.number is not None and f.number >= 1e6]
    assert money and (money[0].what or "").endswith(year)


@pytest.mark.parametrize(("text", "what"), [
    ("Trade between Ghana and India reached $5 billion in 2022, up from $3 billion in 2020.",
     "Trade in 2022"),
    ("Bilateral trade between Laos and Thailand totalled $6.1 billion in 2024, the ministry said on Monday.",
     "Bilateral trade in 2024"),
])
def test_a_level_keeps_a_period_said_after_it(find_figures: Finder, text: str, what: str) -> None:
    assert what in [f.what for f in find_figures(text)]
