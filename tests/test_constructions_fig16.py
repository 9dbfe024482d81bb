"""Round 16, figures: constructions written for these tests (not the dev articles)."""

from __future__ import annotations

import pytest

from tests.figure_support import Finder, figure_numbers, find_figures, nlp

__all__ = ["find_figures", "nlp"]  # the stages' fixtures, shared with the other figure tests


# --------------------------------------------------------------------------- "a 40m bridge": metres


@pytest.mark.parametrize("text", [
    "China will build a 40m bridge over the river near Vientiane under the accord.",
    "Under the grant, Japan will fund a 300m pipeline to the new water works in Siem Reap.",
    "India is financing a 500m pier at the harbour of Male.",
    "Korea will hand over a 60m patrol vessel to the Philippine navy next year.",
    "The two sides opened a 120m steel bridge across the border river on Friday.",
    "Turkey agreed to build a 1,200m runway for the airport in Mogadishu.",
])
def test_metres_glued_to_a_built_thing_are_no_amount(find_figures: Finder, text: str) -> None:
    assert [f for f in find_figures(text) if f.number is not None and f.number >= 1e6] == []


@pytest.mark.parametrize(("text", "number"), [
    ("A 40m grant from Korea will fund schools in Kigali.", 40e6),
    ("The fund gave a $40m bridge to Laos.", 40e6),
    ("China agreed to ship 40m tonnes of grain to Egypt.", 40e6),
])
def test_money_and_counts_with_m_stay(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


# --------------------------------------------------------------------------- the shilling mark "/-"


@pytest.mark.parametrize(("text", "numbers"), [
    ("Exports to Kenya rose to 1.1tril/- up from 885bn/- a year earlier, the ministry said.",
     [885e9, 1.1e12]),
    ("Tanzania's trade with Uganda reached 2.3tril/- in 2024.", [2.3e12]),
    ("Trade between Tanzania and Burundi stood at 450bn/- last year, up from 380bn/- in 2023.",
     [380e9, 450e9]),
    ("Japan will give Tanzania a grant of 60bn/- for the water project in Dodoma.", [60e9]),
    ("Kenyan investors pledged 2.5tril/- for the fertiliser plant in Tanga.", [2.5e12]),
    ("Zambia exported copper worth 14.6m/- to Tanzania.", [14.6e6]),
])
def test_amounts_with_the_shilling_mark(find_figures: Finder, text: str, numbers: list[float]) -> None:
    assert figure_numbers(find_figures(text)) == pytest.approx(numbers)


def test_tril_scales_a_ringgit_amount(find_figures: Finder) -> None:
    assert figure_numbers(find_figures("Malaysia and China signed deals worth RM1.2tril during the visit.")) \
        == pytest.approx([1.2e12])


@pytest.mark.parametrize("text", [
    "The road from Arusha to Namanga is 1/- of the fare, a typo said.",
    "The envoy, 58, arrived in Dodoma for talks on the railway.",
])
def test_no_shilling_amount_without_digits_and_scale(find_figures: Finder, text: str) -> None:
    assert [f for f in find_figures(text) if f.number and f.number > 100] == []


# --------------------------------------------------------------------------- what "worth"/"valued at" values


@pytest.mark.parametrize(("text", "what"), [
    ("Ghana and Peru signed agreements valued at $3 billion on Monday.", "agreements"),
    ("The two sides inked 11 deals worth $4.5 billion on Tuesday.", "deals"),
    ("The leaders witnessed the signing of seven MoUs worth $2 billion.", "MoUs"),
    ("Egypt and Greece signed contracts valued at $900 million last week.", "contracts"),
    ("The ministers signed nine pacts worth $1.2 billion on 3 March.", "pacts"),
])
def test_the_value_of_papers_names_them_without_count_or_date(
        find_figures: Finder, text: str, what: str) -> None:
    money = [f for f in find_figures(text) if f.number is not None and f.number >= 1e6]
    assert [f.what for f in money] == [what]


@pytest.mark.parametrize(("text", "what"), [
    ("Bilateral trade was valued at $12 billion in 2024.", "Bilateral trade in 2024"),
    ("Trade reached $8.8 billion in 2025.", "Trade in 2025"),
])
def test_a_level_keeps_its_period(find_figures: Finder, text: str, what: str) -> None:
    assert [f.what for f in find_figures(text)] == [what]


# --------------------------------------------------------------------------- "products ($5.5 billion)"


@pytest.mark.parametrize(("text", "numbers"), [
    ("India sells goods worth $16.1 billion to Dhaka, from farm products ($5.5 billion) to garments "
     "($3.5 billion) and machinery ($2.8 billion).", [2.8e9, 3.5e9, 5.5e9, 16.1e9]),
    ("Japan's aid covers roads ($40 million), schools ($12 million) and clinics ($8 million) in Laos.",
     [8e6, 12e6, 40e6]),
    ("The package funds a port upgrade (€300 million) in Piraeus.", [300e6]),
    ("Seoul will pay for the metro cars (US$450 million) under the contract with Manila.", [450e6]),
    ("The Saudi fund backs the dam (2 billion riyals) and a highway in Jordan.", [2e9]),
])
def test_an_amount_in_brackets_after_a_bare_noun_is_its_own(
        find_figures: Finder, text: str, numbers: list[float]) -> None:
    assert figure_numbers(find_figures(text)) == pytest.approx(numbers)


@pytest.mark.parametrize(("text", "numbers"), [
    ("Jamaica will receive a grant of J$40 million (US$255,000) for two clinics.", [40e6]),
    ("Tokyo approved a loan of $1.2 billion (S$1.6 billion) for the rail line.", [1.2e9]),
])
def test_a_bracketed_conversion_after_an_amount_stays_out(
        find_figures: Finder, text: str, numbers: list[float]) -> None:
    assert [n for n in figure_numbers(find_figures(text)) if n > 100] == pytest.approx(numbers)


# ------------------------------------------------------------------- "$ 162 m": spaced sign and letter


@pytest.mark.parametrize(("text", "number", "value"), [
    ("Rural bridges get $ 162 m boost from Tokyo", 162e6, "$ 162 m"),
    ("Korea pledges $ 50 m for Sri Lankan ports", 50e6, "$ 50 m"),
    ("China offered US$ 300 m in credit to Nepal.", 300e6, "US$ 300 m"),
    ("India extends £ 25 m line of credit to the Maldives", 25e6, "£ 25 m"),
    ("The bank signed a € 80 m loan with Colombo on Monday.", 80e6, "€ 80 m"),
])
def test_a_sign_and_a_letter_set_apart(find_figures: Finder, text: str, number: float, value: str) -> None:
    found = find_figures(text)
    assert figure_numbers(found) == [number]
    assert found[0].value == value


@pytest.mark.parametrize("text", [
    "The two presidents walked 50 m to the monument.",
    "Officials counted 300 m of new fencing along the line.",
])
def test_a_spaced_m_without_a_sign_is_no_money(find_figures: Finder, text: str) -> None:
    assert [n for n in figure_numbers(find_figures(text)) if n >= 1e6] == []


# ------------------------------------------------------------ whose trade: a deal's, or one state's


@pytest.mark.parametrize(("text", "number"), [
    ("Bangladesh and the United States have signed a deal to import 700,000 tons of wheat.", 700000),
    ("Bangladesh and the United States signed a deal to import 700,000 tons of high-quality wheat "
     "each year at fixed prices.", 700000),
    ("Vietnam and the Philippines signed an agreement to export 1.5 million tonnes of rice.", 1.5e6),
    ("Kenya and Pakistan signed a pact to import 50,000 tonnes of tea a year.", 50000),
    ("Egypt and Russia inked a contract to export 3 million tonnes of wheat.", 3e6),
])
def test_what_a_deal_to_trade_says_is_the_pairs(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


@pytest.mark.parametrize("text", [
    "India is expected to produce a record 106 million tonnes of wheat this year.",
    "Brazil is set to harvest 160 million tonnes of soybeans this season.",
    "Kenya plans to export 300,000 tonnes of tea this year.",
    "Korea exported $15.2 billion worth of chips last year.",
])
def test_one_states_own_output_through_a_verb_it_completes(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


# --------------------------------------------------------------------------- "just over": an approx of "over"


@pytest.mark.parametrize("text", [
    "Argentina's imports from Brazil were worth just over $16 billion last year.",
    "Trade between Chile and Peru reached well over $5 billion in 2024.",
    "Japan pledged slightly more than 40 billion yen to the Philippines.",
    "Kenya and Ethiopia signed deals worth just above $300 million.",
    "Bilateral trade was a little over $2 billion last year.",
    "Exports from Ghana to Peru were just over $900 million in 2024.",
    "The two sides signed deals worth just over $4 billion on Monday.",
    "Laos received a little more than $50 million in grants from Korea.",
    "Gulf investors took just more than 30 percent of the bonds Egypt sold to the UAE.",
])
def test_a_hedged_over_is_over(find_figures: Finder, text: str) -> None:
    assert [f.approx for f in find_figures(text)] == ["over"]


@pytest.mark.parametrize(("text", "approx"), [
    ("Trade fell to just under $3 billion in 2024.", "nearly"),
    ("Korea lent exactly $500 million to Laos.", None),
])
def test_other_hedges_keep_theirs(find_figures: Finder, text: str, approx: str | None) -> None:
    assert [f.approx for f in find_figures(text)] == [approx]


# ------------------------------------------------------------------- CFA franc codes before the amount


@pytest.mark.parametrize(("text", "value"), [
    ("France will give Niger a grant of FCFA 50 billion for schools.", "FCFA 50 billion"),
    ("The loan of CFAF 30 billion from Morocco will fund the road to Abidjan.", "CFAF 30 billion"),
    ("Morocco and Senegal signed accords worth FCFA 120 billion in Dakar.", "FCFA 120 billion"),
    ("Gabon received CFAF 8 billion from Equatorial Guinea under the deal.", "CFAF 8 billion"),
    ("Chad and Cameroon set up a fund of FCFA 15 billion for the border road.", "FCFA 15 billion"),
    ("Togo will lend CFAF 12 billion to Benin for the power line.", "CFAF 12 billion"),
])
def test_an_amount_keeps_its_cfa_code(find_figures: Finder, text: str, value: str) -> None:
    assert [f.value for f in find_figures(text)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("Senegal and Mauritania signed a gas deal worth 250 billion CFA francs.", "250 billion CFA francs"),
    ("China pledged 100 billion FCFA to Cameroon for the stadium.", "100 billion FCFA"),
])
def test_a_cfa_name_after_the_amount_still_read(find_figures: Finder, text: str, value: str) -> None:
    assert [f.value for f in find_figures(text)] == [value]


# ------------------------------------------------------------------- power in watts: a capacity, kept whole


@pytest.mark.parametrize(("text", "number", "value"), [
    ("The plant, built with an Indian loan, will add 1320 MW to the Bangladeshi grid.", 1320, "1320 MW"),
    ("The two premiers opened an 8MW solar farm in Port Louis.", 8, "8MW"),
    ("China will build a 600 MW coal plant in Sindh under the deal.", 600, "600 MW"),
    ("Egypt and Saudi Arabia will link their grids with a 3,000 MW line.", 3000, "3,000 MW"),
    ("Laos agreed to sell 500 megawatts of power to Cambodia.", 500, "500 megawatts"),
    ("India will help Sri Lanka install 2 GW of solar capacity.", 2, "2 GW"),
])
def test_a_power_capacity_is_one_figure_with_its_unit(
        find_figures: Finder, text: str, number: float, value: str) -> None:
    found = find_figures(text)
    assert [(f.number, f.value) for f in found] == [(number, value)]


@pytest.mark.parametrize("text", [
    "The 400 kV line will carry power from Ethiopia to Djibouti.",
    "The delegation was shown the new MW-class turbine design in Hamburg.",
])
def test_no_power_figure_without_watts_after_a_number(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize("text", [
    "Kenya has 3,000 MW of installed capacity.",
    "Vietnam produces 80,000 MW of power a year.",
])
def test_one_states_own_power_is_no_figure(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []
