"""Round 23, figures: constructions written for these tests (not the dev articles)."""

from __future__ import annotations

import pytest

from tests.figure_support import Finder, find_figures, nlp

__all__ = ["find_figures", "nlp"]  # the stages' fixtures, shared with the other figure tests


def by_number(found: list, number: float):  # type: ignore[no-untyped-def]
    return next((f for f in found if f.number == pytest.approx(number)), None)


# --------------------------------------------------------------- "Rs 2 billion 500 million" read as a law


@pytest.mark.parametrize(("text", "number"), [
    ("India gave Nepal a grant of Rs 2 billion 500 million for the hospital.", 2.5e9),
    ("Pakistan will lend Sri Lanka Rs. 4 billion 200 million under the credit line.", 4.2e9),
    ("Kenya paid KSh 1 billion and 300 million to Uganda for the power.", 1.3e9),
    ("The loan of INR 7 billion 50 million from India reached the Maldives in March.", 7.05e9),
    ("Bangladesh received Tk 3 billion 600 million from Japan for the bridge.", 3.6e9),
])
def test_a_coded_amount_keeps_its_smaller_part_whatever_the_tagger_calls_it(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


@pytest.mark.parametrize(("text", "number"), [
    ("India gave Nepal Rs 2 billion, 500 million of it for schools.", 2e9),
    ("Japan lent Laos Rs 5 million 2 billion tonnes of nothing.", 5e6),
])
def test_a_comma_or_a_larger_scale_is_no_smaller_part(find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


# --------------------------------------------------------------- "recruit 1650 technicians"


@pytest.mark.parametrize(("text", "number"), [
    ("Under the agreement Japan will recruit 1650 technicians from Nepal.", 1650),
    ("Korea will offer work to 1750 farmers from Vietnam under the programme.", 1750),
    ("A total of 1350 workers left Nepal for Korea under the permit system.", 1350),
    ("Japan sent 2000 tents and 1500 blankets to Turkey after the talks.", 2000),
    ("Israel has hired 1950 caregivers from Sri Lanka since the accord.", 1950),
])
def test_a_year_shaped_count_of_a_plural_with_no_determiner_is_a_count(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


@pytest.mark.parametrize(("text", "number"), [
    ("The 2024 elections in Peru were discussed by the two ministers.", 2024),
    ("Peru's 2026 elections were discussed by the two ministers.", 2026),
    ("Talks were held ahead of 2026 elections in Peru.", 2026),
    ("The ministers recalled the 1955 Bandung conference and the 1961 summit.", 1955),
    ("Since 2015 trade between Peru and Chile has doubled.", 2015),
])
def test_a_year_before_its_event_or_after_a_determiner_stays_a_year(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is None


# --------------------------------------------------------------- "benefit more than 100,000 children"


@pytest.mark.parametrize(("text", "number"), [
    ("The Korean grant will benefit more than 100,000 children in Laos.", 1e5),
    ("Japan will vaccinate 2.5 million children in Laos under the project.", 2.5e6),
    ("Thanks to the Chinese aid, 30,000 children in Malawi now eat at school.", 3e4),
    ("Australia's programme reached some 12,000 children across Fiji last year.", 1.2e4),
    ("India's grant pays the fees of 450 children of Nepali tea workers.", 450),
])
def test_more_children_than_a_family_are_those_the_aid_reaches(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


@pytest.mark.parametrize(("text", "number"), [
    ("The president, who has three children, arrived in Lima on Monday.", 3),
    ("Two children presented flowers to the visiting prime minister.", 2),
    ("The envoy travelled with his wife and four sons to Nairobi.", 4),
])
def test_a_family_stays_out(find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is None


# --------------------------------------------------------------- "has only $8bn left in foreign reserves"


@pytest.mark.parametrize(("text", "number"), [
    ("Pakistan has only $8bn left in foreign reserves as it seeks help from Riyadh.", 8e9),
    ("Egypt, which has $35 billion in reserves, signed the loan deal with China.", 35e9),
    ("Ghana holds about $9 billion in foreign exchange reserves, the envoy told Korean investors.", 9e9),
    ("With $4 billion left in its reserves, Sri Lanka turned to India for a credit line.", 4e9),
    ("Pakistan's foreign reserves stood at $8 billion, enough for two months of imports from China.", 2),
])
def test_an_amount_in_a_states_reserves_and_their_cover_stay_out(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is None


@pytest.mark.parametrize(("text", "number"), [
    ("Japan has $500 million in grants for projects in Laos.", 5e8),
    ("Saudi Arabia will deposit $3 billion in the State Bank of Pakistan to shore up its reserves.", 3e9),
    ("Peru and Chile agreed visa-free stays of up to three months for tourists.", 3),
])
def test_an_amount_given_or_a_stay_granted_stays(find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


# --------------------------------------------------------------- "13 500 tonnes", "684 000 families"


@pytest.mark.parametrize(("text", "number"), [
    ("Japan donated 13 500 tonnes of rice to Malawi on Friday.", 13500),
    ("The Emirati maize will benefit about 684 000 families in Malawi.", 684000),
    ("The UAE sent 7 600 tents to Mozambique after the talks.", 7600),
    ("China will provide 1 250 000 doses of vaccine to Senegal.", 1250000),
    ("Morocco will give grants to 3\u00a0000 Senegalese students under the accord.", 3000),
])
def test_thousands_parted_by_spaces_are_one_number(find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


@pytest.mark.parametrize(("text", "number"), [
    ("In 2019 100 students from Laos went to Russia under the accord.", 100),
    ("Japan sent 12 trucks and 500 tonnes of rice to Malawi.", 500),
])
def test_a_year_or_a_list_before_a_number_is_no_group_of_it(
        find_figures: Finder, text: str, number: float) -> None:
    assert by_number(find_figures(text), number) is not None


# --------------------------------------------------------------- "VT814 million", "85 billion kwacha"


@pytest.mark.parametrize(("text", "number"), [
    ("The grant is part of New Zealand's VT814 million commitment to Vanuatu's recovery.", 8.14e8),
    ("China will give Zambia a grant of 85 billion kwacha for the hospital.", 8.5e10),
    ("Japan gave Papua New Guinea 30 million kina for the road to Lae.", 3e7),
    ("Australia pledged 12 million tala to Samoa for the new wharf.", 1.2e7),
    ("India extended a credit line of MVR 800 million to the Maldives.", 8e8),
])
def test_the_smaller_currencies_of_aid_reports_are_money(
        find_figures: Finder, text: str, number: float) -> None:
    figure = by_number(find_figures(text), number)
    assert figure is not None


@pytest.mark.parametrize(("text", "number"), [
    ("Japan gave Tonga 12 patrol boats and 5 million dollars.", 12),
    ("The two leaders met 3 times in Lima.", 3),
])
def test_a_count_beside_money_stays_a_count(find_figures: Finder, text: str, number: float) -> None:
    found = find_figures(text)
    figure = by_number(found, number)
    assert figure is None or not figure.value.lower().endswith(("vatu", "kina", "tala"))
