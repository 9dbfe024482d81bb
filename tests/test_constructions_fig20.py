"""Round 20, figures: constructions written for these tests (not the dev articles)."""

from __future__ import annotations

import pytest

from tests.figure_support import Finder, figure_numbers, find_figures, nlp

__all__ = ["find_figures", "nlp"]  # the stages' fixtures, shared with the other figure tests


def by_number(found: list, number: float):  # type: ignore[no-untyped-def]
    return next((f for f in found if f.number == pytest.approx(number)), None)


# --------------------------------------------------------------------------- "climbed 25.3 per cent to …"


@pytest.mark.parametrize(("text", "number"), [
    ("Vietnamese exports to Kenya climbed 25.3 per cent to US$210 million last year.", 25.3),
    ("Peruvian coffee sales to Korea jumped 41.7 per cent to $88 million in 2024.", 41.7),
    ("Two-way trade between Chile and Thailand rose 12.6 per cent to $1.9 billion.", 12.6),
    ("Imports of Malaysian palm oil by Pakistan fell 8.2 per cent to RM3 billion.", 8.2),
    ("Cambodian rice exports to China advanced 19.8 per cent to 2.1 billion yuan.", 19.8),
])
def test_a_share_the_tagger_took_for_money_stays_a_percentage(
        find_figures: Finder, text: str, number: float) -> None:
    figure = by_number(find_figures(text), number)
    assert figure is not None and "per cent" in figure.value


@pytest.mark.parametrize("text", [
    "The yen traded at 300 per cent of its 1990 value against the dollar, the bank said.",
    "Ghana's inflation eased to 23.4 per cent in April, the statistics office said.",
])
def test_a_share_of_no_deal_is_still_no_figure(find_figures: Finder, text: str) -> None:
    assert [f for f in find_figures(text) if f.number in (300, 23.4)] == []


# --------------------------------------------------------------------------- "£9 billion (…, $13.7 billion)"


@pytest.mark.parametrize(("text", "kept"), [
    ("Britain and Ghana will sign trade deals worth £7 billion (8.1 billion euros, $8.8 billion).", 7e9),
    ("The EU pledged €1.4 billion ($1.5 billion / £1.2 billion) to Morocco for the energy corridor.", 1.4e9),
    ("Japan will lend KSh 12 billion (about $93 million; €85 million) to Kenya for the port.", 12e9),
    ("Korea offered $46m (€42m, or £37m) for the hospital in Tanzania.", 46e6),
    ("China will grant 3 million RMB, which is equivalent to about US$415,000, to the Ghanaian ministry.",
     3e6),
])
def test_every_restatement_of_an_amount_in_one_bracket_is_the_same_figure(
        find_figures: Finder, text: str, kept: float) -> None:
    money = [f.number for f in find_figures(text) if f.number is not None and f.number > 1000]
    assert money == [pytest.approx(kept)]


@pytest.mark.parametrize(("text", "numbers"), [
    ("Korea gave $47m (€43m) for the hospital, and Japan added £38m for roads.", [38e6, 47e6]),
    ("A $9 billion package (€5 billion in grants, €3 billion in loans) was agreed with Egypt.",
     [3e9, 5e9, 9e9]),
])
def test_an_amount_after_the_bracket_or_a_part_inside_it_is_no_restatement(
        find_figures: Finder, text: str, numbers: list[float]) -> None:
    money = [n for n in figure_numbers(find_figures(text)) if n > 1000]
    assert money == [pytest.approx(n) for n in numbers]


# --------------------------------------------------------------------------- "Dh3.67 billion", "approx."


@pytest.mark.parametrize(("text", "number", "value"), [
    ("The UAE announced an investment of Dh3.67 billion in Egypt's ports.", 3.67e9, "Dh3.67 billion"),
    ("Abu Dhabi will invest Dhs 500 million in the Kenyan port, officials said.", 5e8, "Dhs 500 million"),
    ("Malaysia and Turkey signed deals worth US$1.3 billion (approx. RM6.1 billion) in Ankara.", 1.3e9,
     "US$1.3 billion"),
    ("The grant to Nepal, approx. Rs 540 million, will fund 30 schools.", 5.4e8, "approx. Rs 540 million"),
    ("Korea will give approx. $3.5m to Ghana for clinics.", 3.5e6, "approx. $3.5m"),
])
def test_a_dirham_code_and_a_short_hedge_keep_the_amount_whole(
        find_figures: Finder, text: str, number: float, value: str) -> None:
    figure = by_number(find_figures(text), number)
    assert figure is not None and figure.value == value


def test_a_short_hedge_keeps_the_sentence_whole(find_figures: Finder) -> None:
    found = find_figures("Malaysia and Turkey signed deals worth US$1.3 billion (approx. RM6.1 billion) in "
                         "Ankara.")
    assert figure_numbers(found) == [pytest.approx(1.3e9)]
    assert found[0].evidence.text.endswith("in Ankara.")


# --------------------------------------------------------------------------- "Tenor: 20 years"


@pytest.mark.parametrize(("text", "number"), [
    ("Loan amount: $260 million; Interest: 1.2%; Tenor: 22 years.", 22),
    ("Maturity: 38 years, including a grace period of 9 years.", 38),
    ("The repayment period will be 25 years, the Indian high commission said.", 25),
    ("The tenor of the Korean loan to Ghana is 35 years.", 35),
    ("The loan repayment period is 18 years, including a 4 year grace period.", 18),
    ("The Japanese loan has to be repaid in 26 years after the 10-year grace period.", 26),
])
def test_a_term_noun_tells_how_long_a_loan_runs(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


@pytest.mark.parametrize("text", [
    "The period of talks on the loan was 7 years, the minister said.",
    "Chairman: 24 years in office have not dimmed his interest in the loan.",
    "Japan will release the second tranche 7 months after the visit, the envoy said.",
])
def test_a_span_of_years_no_term_noun_names_is_no_figure(find_figures: Finder, text: str) -> None:
    assert [f for f in find_figures(text) if f.number in (7, 24)] == []


# --------------------------------------------------------------------------- "the World Bank approved …"


@pytest.mark.parametrize(("text", "number"), [
    ("The World Bank also approved $135 million in financing for Ghana's roads.", 135e6),
    ("The International Monetary Fund approved a $3.2 billion bailout for Sri Lanka.", 3.2e9),
    ("The Asian Development Bank has lent $520 million to Nepal's power utility since 2015.", 520e6),
    ("The IMF's $2.9 billion programme for Sri Lanka was discussed at the talks.", 2.9e9),
    ("The World Bank, which approved $140 million for six projects in Laos, welcomed the deal.", 140e6),
])
def test_a_sum_of_a_body_of_many_states_alone_is_no_figure_of_the_pair(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is None


@pytest.mark.parametrize(("text", "number"), [
    ("A $55 million loan from the China Development Bank will fund the Kenyan port.", 55e6),
    ("Kenya and the World Bank signed a $760 million loan for the highway.", 760e6),
    ("Japan will provide $310 million to Ghana for roads, the embassy said.", 310e6),
    ("The two states will build a bridge financed with 88 million euros from the World Bank.", 88e6),
])
def test_a_sum_a_state_lends_or_shares_stays_a_figure(find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


# --------------------------------------------------------------------------- "five-point-seven billion"


@pytest.mark.parametrize(("text", "number", "value"), [
    ("The deal with Poland is worth a combined five-point-seven billion dollars.", 5.7e9,
     "five-point-seven billion dollars"),
    ("Hanwha signed a deal with Romania worth one-point-three trillion won.", 1.3e12,
     "one-point-three trillion won"),
    ("Experts put the Polish order at some 14-point-eight billion dollars.", 14.8e9,
     "some 14-point-eight billion dollars"),
    ("Trade between Korea and Vietnam rose two-point-five percent last year.", 2.5, "two-point-five percent"),
    ("Seoul will lend Nairobi nine-point-two million dollars for the clinic.", 9.2e6,
     "nine-point-two million dollars"),
])
def test_a_decimal_read_out_in_words_is_one_amount(
        find_figures: Finder, text: str, number: float, value: str) -> None:
    found = find_figures(text)
    figure = by_number(found, number)
    assert figure is not None and figure.value == value
    assert [f for f in found if f.number in (2, 5, 7, 8, 3)] == []  # no part read on its own


@pytest.mark.parametrize("text", [
    "The point-of-sale terminals were donated to the Ghanaian customs service.",
    "The minister set out a three-point plan for the talks with Ghana.",
])
def test_point_in_other_words_reads_no_decimal(find_figures: Finder, text: str) -> None:
    assert [f for f in find_figures(text) if f.number is not None and f.number % 1] == []


# --------------------------------------------------------------------------- "a billion dollars"


@pytest.mark.parametrize(("text", "number"), [
    ("The United States will give Ghana a billion dollars for roads.", 1e9),
    ("China donated a million doses of vaccine to Zambia.", 1e6),
    ("Japan pledged more than a billion dollars to Kenya for the port.", 1e9),
    ("India will lend Nepal a billion rupees for the hydropower plant.", 1e9),
    ("Korea will ship a million tonnes of rice to the Philippines under the deal.", 1e6),
])
def test_one_of_a_scale_written_with_a_is_an_amount(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


@pytest.mark.parametrize("text", [
    "A million people watched the match between Ghana and Korea in Accra.",
    "The talks in Accra were a million miles from a deal, the envoy joked.",
])
def test_a_scale_of_no_thing_of_the_pair_is_no_figure(find_figures: Finder, text: str) -> None:
    assert 1e6 not in figure_numbers(find_figures(text))
