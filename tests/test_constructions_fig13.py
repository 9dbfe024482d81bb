"""Round 13, figures: constructions written for these tests (not the dev articles)."""

from __future__ import annotations

import pytest

from tests.figure_support import Finder, figure_numbers, find_figures, nlp

__all__ = ["find_figures", "nlp"]  # the stages' fixtures, shared with the other figure tests


# --------------------------------------------------------------------------- "up to": a ceiling


@pytest.mark.parametrize(("text", "number", "value"), [
    ("Tokyo will extend a loan of up to 41.2 billion yen to Hanoi.", 41.2e9, "up to 41.2 billion yen"),
    ("The fund will lend up to 3 billion yuan to Laotian farmers.", 3e9, "up to 3 billion yuan"),
    ("Seoul offered credit of up to 900 billion won for the metro line.", 900e9, "up to 900 billion won"),
    ("Riyadh signed an investment pact worth up to $5 billion with Islamabad.", 5e9, "up to $5 billion"),
    ("Fishing boats may land up to 400,000 tonnes a year under the accord.", 400000, "up to 400,000 tonnes"),
    ("Travellers may stay up to 60 days without a visa.", 60, "up to 60 days"),
])
def test_an_amount_up_to_a_ceiling_is_kept_without_approx(
        find_figures: Finder, text: str, number: float, value: str) -> None:
    found = find_figures(text)
    assert figure_numbers(found) == [number]
    assert found[0].value == value and found[0].approx is None


@pytest.mark.parametrize(("text", "approx"), [
    ("Trade reached nearly $4 billion last year.", "nearly"),
    ("The bank lent about 2 billion yuan to the utility.", "about"),
])
def test_other_leads_keep_their_approx(find_figures: Finder, text: str, approx: str) -> None:
    assert [f.approx for f in find_figures(text)] == [approx]


@pytest.mark.parametrize("text", [
    "The shilling traded at 129 to the dollar on Monday.",
    "The rupee weakened to 86 against the dollar.",
])
def test_an_exchange_rate_is_still_no_figure(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


# --------------------------------------------------------------------------- a conversion in brackets


@pytest.mark.parametrize(("text", "number"), [
    ("Jamaica will receive a grant of J$40 million (US$255,000) to equip two clinics.", 40e6),
    ("The loan of 41.2 billion yen (about $265 million) will fund flood defences.", 41.2e9),
    ("Beijing offered a credit line of 4 billion yuan (roughly 560 million U.S. dollars).", 4e9),
    ("The EU pledged €300 million (£255 million) for the corridor.", 300e6),
    ("Ottawa gave C$5 million (US$3.7 million) for demining in Ukraine.", 5e6),
    ("Firms will explore projects worth 1.2 trillion won (US$850 million) in Chile.", 1.2e12),
    ("Kenya will borrow Sh5 billion (US$38 million) from the bank.", 5e9),
    ("Jamaica will get J$25 million (about US$160,000) for the clinics.", 25e6),
    ("Ghana received a grant of GH¢60 million (US$5 million) for schools.", 60e6),
])
def test_a_bracketed_conversion_is_one_figure(find_figures: Finder, text: str, number: float) -> None:
    money = [f.number for f in find_figures(text) if f.number is not None and f.number > 1000]
    assert money == [number]


@pytest.mark.parametrize(("text", "number"), [
    ("Tanzania set aside Sh2 billion for the joint border post.", 2e9),
    ("Nairobi will lend Sh 750 million to the cross-border market.", 750e6),
])
def test_shillings_written_sh_are_money(find_figures: Finder, text: str, number: float) -> None:
    assert figure_numbers(find_figures(text)) == [number]


@pytest.mark.parametrize(("text", "numbers"), [
    ("The package totals $5 billion ($2 billion in grants) for the region.", [2e9, 5e9]),
    ("Canada gave C$5 million and, separately, US$3 million for mine clearance.", [3e6, 5e6]),
])
def test_a_bracketed_part_or_a_second_amount_stays(
        find_figures: Finder, text: str, numbers: list[float]) -> None:
    assert figure_numbers(find_figures(text)) == numbers


# --------------------------------------------------------------------------- a count the tagger calls money


@pytest.mark.parametrize("text", [
    "Bangladesh, a country of more than 170 million people, buys Indian cotton.",
    "Nigeria, with more than 200 million people, is the largest market in Africa.",
    "Pakistan, with more than 240 million people, is a big market for Saudi oil.",
    "Ethiopia, with nearly 130 million people, signed the accord.",
    "Uganda, a country of more than 45 million, joined the bloc.",
    "Ghana, a country of more than 30 million, is a stable democracy.",
])
def test_a_population_the_tagger_calls_money_is_no_figure(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("The investment of more than 200 million will create jobs in Kenya.", 200e6),
    ("Japan will provide more than $200 million in loans to Manila.", 200e6),
])
def test_money_with_no_counted_noun_stays(find_figures: Finder, text: str, number: float) -> None:
    assert figure_numbers(find_figures(text)) == [number]


# --------------------------------------------------------------------------- a deal's term in plain years


@pytest.mark.parametrize(("text", "number"), [
    ("The agreement will remain in force for five years and may be renewed.", 5),
    ("The loan will run for 20 years with a grace period.", 20),
    ("The memorandum shall be valid for 10 years.", 10),
    ("The contract runs for three years from the date of signature.", 3),
    ("The lease is for 25 years.", 25),
    ("The credit has a maturity of 40 years.", 40),
    ("The two sides agreed to extend the accord for another five years.", 5),
    ("The agreement, valid for five years, covers fisheries and ports.", 5),
    ("The MoU will be in effect for three years.", 3),
])
def test_a_deals_term_in_plain_years_is_a_figure(find_figures: Finder, text: str, number: float) -> None:
    assert figure_numbers(find_figures(text)) == [number]


@pytest.mark.parametrize("text", [
    "The agreement has been under negotiation for five years.",
    "The two sides have cooperated on energy for 20 years.",
    "Talks on the treaty dragged on for 12 years.",
    "The president has ruled the country for 30 years.",
    "Relations between the two countries go back more than 60 years.",
])
def test_other_spans_of_years_are_no_figure(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


# --------------------------------------------------------------------------- the second count of a harm


@pytest.mark.parametrize("text", [
    "The storm left 300 people dead and 2,000 homeless.",
    "The typhoon left 12 people dead and 3,000 without power.",
    "The quake killed 200 people and left 5,000 homeless.",
    "The floods left 40 villagers missing and 9,000 displaced.",
    "Rebels abducted 20 villagers and burned 15 homes.",
])
def test_a_second_count_of_a_harm_is_no_figure(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "numbers"), [
    ("Seoul will send 300 engineers and 2,000 tonnes of rice.", [300, 2000]),
    ("The deal covers 20 buses and leaves 5,000 tonnes of wheat for later shipment.", [20, 5000]),
])
def test_a_second_count_of_a_deal_stays(find_figures: Finder, text: str, numbers: list[float]) -> None:
    assert figure_numbers(find_figures(text)) == numbers


# --------------------------------------------------------------------------- the scene of a visit


@pytest.mark.parametrize("text", [
    "A crowd of 50,000 watched the parade.",
    "An audience of 800 heard the president speak.",
    "The motorcade of 40 cars crossed the city.",
    "The visitor inspected a guard of honour of 150 soldiers.",
    "Some 2,000 police officers were deployed to guard the talks.",
    "Police deployed 5,000 officers to secure the summit.",
    "About 3,000 security personnel were deployed around the venue.",
    "Security forces deployed 3,000 troops along the motorcade route.",
    "The stadium, which holds 60,000 spectators, hosted the rally.",
    "The hall seats 1,200 people.",
    "The museum houses 5,000 artefacts.",
    "The airport has three runways and handles 20 million passengers a year.",
])
def test_the_scene_of_a_visit_is_no_figure(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("India deployed 80 soldiers to the island to run the aircraft.", 80),
    ("The stadium China will build in Accra will hold 60,000 spectators.", 60000),
    ("Turkey will train 500 police officers for Somalia.", 500),
    ("The two sides agreed to deploy 300 police officers to the joint border post.", 300),
])
def test_what_one_side_sends_or_builds_stays(find_figures: Finder, text: str, number: float) -> None:
    assert figure_numbers(find_figures(text)) == [number]


# --------------------------------------------------------------------------- more currency signs


@pytest.mark.parametrize(("text", "number", "value"), [
    ("Ghana received a grant of GH¢60 million for schools.", 60e6, "GH¢60 million"),
    ("Accra and Lomé will share a GH₵12 million border post.", 12e6, "GH₵12 million"),
    ("Lagos received ₦5 billion from the joint fund.", 5e9, "₦5 billion"),
    ("Manila will grant ₱2 million to the sister city.", 2e6, "₱2 million"),
    ("Ankara pledged ₺300 million for the school.", 300e6, "₺300 million"),
])
def test_amounts_with_other_signs_are_money(
        find_figures: Finder, text: str, number: float, value: str) -> None:
    found = find_figures(text)
    assert figure_numbers(found) == [number] and found[0].value == value


@pytest.mark.parametrize("text", [
    "Fuel sold at ₦600 per litre in Lagos on Monday.",
    "Rice sold at GH¢450 a bag in Accra markets last week.",
])
def test_a_price_per_unit_in_other_signs_is_no_figure(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


# --------------------------------------------------------------------------- the honours of a welcome


@pytest.mark.parametrize("text", [
    "The welcome featured some 600 honour guard soldiers and a military band.",
    "Nearly 300 ceremonial troops lined the square as the guest arrived.",
    "Artillery fired 21 rounds as the president stepped onto the tarmac.",
    "Gunners shot 19 volleys from the fort to greet the visitor.",
    "About 800 soldiers took part in the welcome parade at the palace.",
    "Some 400 dancers participated in the opening ceremony of the visit.",
    "Cannons fired 41 shots from the palace to mark the arrival.",
])
def test_the_honours_of_a_welcome_are_no_figure(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("More than 30 Kenyan companies took part in the business forum.", 30),
    ("About 120 officials participated in the talks on the border.", 120),
    ("Seoul will supply 50,000 rounds of ammunition to Warsaw.", 50000),
])
def test_taking_part_in_talks_or_supplying_arms_stays(find_figures: Finder, text: str, number: float) -> None:
    assert figure_numbers(find_figures(text)) == [number]
