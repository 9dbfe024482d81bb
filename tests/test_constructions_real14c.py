"""Round 14, figures of real reports: constructions written for these tests in our own words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from accord.core import Article, Figure
from accord.extract.rules import figures
from accord.extract.rules.context import Context
from accord.nlp import load_pipeline
from accord.settings import DEFAULT_MODEL

Finder = Callable[[str], list[Figure]]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def find_figures(nlp: Language) -> Finder:
    def find(text: str) -> list[Figure]:
        article = Article(name="t.txt", text=text, content_hash="x", published=date(2025, 3, 4))
        return figures.find(Context(article, nlp(text)))
    return find


def _numbers(found: list[Figure]) -> list[float]:
    return sorted(f.number for f in found if f.number is not None)


# ---------------------------------------------- a currency's code with its abbreviating dot ("Rs. 450 crore")


@pytest.mark.parametrize(("text", "number", "value"), [
    ("The new hospital in Kathmandu costs Rs. 450 crore, paid for by India.", 4.5e9, "Rs. 450 crore"),
    ("India extended a line of credit of Rs. 1,000 crore to Nepal for roads.", 1e10, "Rs. 1,000 crore"),
    ("Pakistan received Rs. 2 billion from China for flood relief in Sindh.", 2e9, "Rs. 2 billion"),
    ("Dhaka and Delhi signed deals worth Tk. 3,000 crore on power lines.", 3e10, "Tk. 3,000 crore"),
    ("The Treasury signed a loan of Sh. 5 billion with the Korean embassy.", 5e9, "Sh. 5 billion"),
])
def test_dotted_code_is_the_amounts_currency(find_figures: Finder, text: str, number: float,
                                             value: str) -> None:
    found = find_figures(text)
    assert [(f.number, f.value) for f in found] == [(number, value)]


def test_dotted_code_does_not_take_a_sentence_stop(find_figures: Finder) -> None:
    found = find_figures("The ministers met in Colombo. 12 agreements were signed.")
    assert [(f.number, f.value) for f in found] == [(12, "12")]


def test_designated_model_number_stays_out(find_figures: Finder) -> None:
    assert find_figures("The navy will buy engines of the MTU 396 line from Germany.") == []


# ------------------------------------------------- a letter scale after a currency's code ("KSh 1.17b")


@pytest.mark.parametrize(("text", "number"), [
    ("Kenya signs KSh 2.4b loan deal with Germany for water works.", 2.4e9),
    ("Uganda gets USh 3.1b grant from Japan for rural schools.", 3.1e9),
    ("The two states agreed a Rs 5b credit for the port of Gwadar.", 5e9),
    ("Bangladesh and China signed a Tk 5b deal for the bridge.", 5e9),
    ("Nigeria gets NGN 60b loan from China for rail lines.", 6e10),
    ("Tanzania and Oman sign TSh 800m deal on fisheries.", 8e8),
])
def test_letter_scale_after_code(find_figures: Finder, text: str, number: float) -> None:
    assert _numbers(find_figures(text)) == [number]


@pytest.mark.parametrize(("text", "numbers"), [
    ("Kenya and Japan agreed on phase 2b of the port project.", []),
    ("The two leaders opened a 5km road built with a KSh 2 billion grant.", [2e9]),
])
def test_letter_without_a_currency_is_no_money_scale(find_figures: Finder, text: str,
                                                     numbers: list[float]) -> None:
    assert _numbers(find_figures(text)) == numbers


# ------------------------------------------------- one amount restated in another currency


@pytest.mark.parametrize(("text", "number"), [
    ("They signed an agreement worth 750 million dollars or the equivalent of 10.5 trillion rupiah.", 7.5e8),
    ("Egypt will receive $500 million or roughly 24 billion pounds under the Gulf deal.", 5e8),
    ("The deal is worth about $2 billion (about N3.1 trillion), the Nigerian minister said.", 2e9),
    ("The loan of US$ 80 million (Rp. 1.2 trillion) was signed by the two ministers.", 8e7),
    ("Beijing will provide a grant of 100 million yuan \"USD 14 million\" to Damascus.", 1e8),
    ("Seoul pledged $30 million, equivalent to 3.9 billion shillings, for Kenyan roads.", 3e7),
])
def test_restated_amount_is_one_figure(find_figures: Finder, text: str, number: float) -> None:
    assert _numbers(find_figures(text)) == [number]


@pytest.mark.parametrize(("text", "numbers"), [
    # two different sums, one in each currency, are two figures
    ("Japan gave $5 million to Laos and Korea gave 3 billion won to Cambodia.", [5e6, 3e9]),
    ("The fund has $40 million, and the bank lent a further 20 million euros.", [2e7, 4e7]),
])
def test_two_amounts_in_two_currencies_stay_two(find_figures: Finder, text: str,
                                                numbers: list[float]) -> None:
    assert _numbers(find_figures(text)) == numbers


@pytest.mark.parametrize(("text", "value"), [
    ("Indonesia and Japan signed a loan of 4.2 trillion IDR for the railway.", "4.2 trillion IDR"),
    ("The fund will invest 300 million USD in Uzbek solar plants.", "300 million USD"),
])
def test_code_after_the_amount_is_taken_in(find_figures: Finder, text: str, value: str) -> None:
    found = find_figures(text)
    assert [f.value for f in found] == [value]
    assert found[0].what is None or "IDR" not in found[0].what


# ------------------------------------------------- a rate of exchange is no figure


@pytest.mark.parametrize("text", [
    "The figure assumes 14,200 rupiah / US$ as the rate.",
    "Officials used a rate of 92 rubles per USD for the sums.",
    "The loan was priced at 1,300 won / $ on the day.",
    "The budget used 15,600 IDR / USD for its sums.",
    "The ministry assumed 280 rupees / $ in its plan.",
    "Their deal used 3.67 AED / USD as the fixed rate.",
])
def test_exchange_rate_with_slash_or_code(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


def test_amount_per_year_stays(find_figures: Finder) -> None:
    assert 4e7 in _numbers(find_figures("Japan will give Kenya $40 million per year for five years."))


# ------------------------------------------------- "and" of two amounts is no part of the first


@pytest.mark.parametrize(("text", "value"), [
    ("Japan pledged $40 million and $15 million to Kenya and Uganda respectively.", "$40 million"),
    ("The EU gave €12 million and €3 million to the two programmes.", "€12 million"),
    ("Saudi Arabia deposited $3 billion and $1.2 billion in two tranches.", "$3 billion"),
])
def test_joined_amounts_end_before_and(find_figures: Finder, text: str, value: str) -> None:
    assert value in [f.value for f in find_figures(text)]


# ------------------------------------------------- a loan's term: grace period, years to repay


@pytest.mark.parametrize(("text", "number"), [
    ("The loan is to be repaid after 40 years and carries an interest of 0.3 percent.", 40),
    ("Tokyo's credit comes with a grace period of ten years, the treasury said.", 10),
    ("The yen loan, with a grace period of 12 years, funds the port of Lamu.", 12),
    ("Seoul's credit will be repaid over 25 years, the ministers said in Nairobi.", 25),
    ("The credit, with a repayment period of 35 years, was signed in Nairobi.", 35),
])
def test_term_of_a_loan(find_figures: Finder, text: str, number: float) -> None:
    assert number in _numbers(find_figures(text))


def test_loan_repayable_over_years_has_no_hedge(find_figures: Finder) -> None:
    found = find_figures("The loan is repayable over 25 years, including a seven-year grace period.")
    assert sorted((f.number, f.approx) for f in found) == [(7, None), (25, None)]


@pytest.mark.parametrize("text", [
    "The debt was repaid after two years of talks between the ministries.",
    "Relations resumed after 30 years of silence between the two states.",
    "Kenya has repaid most of its Japanese loans over the past 20 years.",
])
def test_years_of_history_are_no_term(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


# ------------------------------------------------- a count of five digits the tagger took for a date


@pytest.mark.parametrize(("text", "number"), [
    ("The projects are worth over 12750 additional jobs for Kenyan workers.", 12750),
    ("The pledges are worth over 19350 additional jobs for Thai workers.", 19350),
    ("The accords are worth over 31250 new jobs for Egyptian youth.", 31250),
    ("The visit yielded deals worth over 15750 additional jobs for workers.", 15750),
    ("The investments will bring over 26850 additional jobs to Luzon.", 26850),
])
def test_five_digit_count_is_no_date(find_figures: Finder, text: str, number: float) -> None:
    assert _numbers(find_figures(text)) == [number]


@pytest.mark.parametrize("text", [
    "The two leaders met in 2019 and again in 2023.",
    "The 2030 target was set by both ministers on Monday.",
])
def test_years_stay_dates(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []
