"""Round 12, figures and people: constructions written for these tests (not the dev articles)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from accord.core import Person
from tests.figure_support import Finder, figure_numbers, find_figures, find_people, nlp

__all__ = ["find_figures", "find_people", "nlp"]  # the stages' fixtures, shared with the other figure tests


# --------------------------------------------------------------------------- those a report quotes


@pytest.mark.parametrize("text", [
    "Three sources familiar with the talks said the deal could be signed next week.",
    "Two senior officials told reporters in Jakarta that the loan was ready.",
    "According to four diplomats, the ministers disagree on the wording.",
    "Five officials, speaking on condition of anonymity, said the meeting had been postponed.",
    "The plan was confirmed by two sources close to the presidency.",
])
def test_a_count_of_those_quoted_is_no_figure(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Two diplomats said the two countries would sign 14 agreements on Friday.", 14),
    ("The ministry said Tokyo will fund three sources of clean water for the province.", 3),
])
def test_what_the_quoted_say_stays(find_figures: Finder, text: str, number: float) -> None:
    assert figure_numbers(find_figures(text)) == [number]


# --------------------------------------------------------------------------- how long an event runs


@pytest.mark.parametrize("text", [
    "The trade fair, which runs for five days, drew exhibitors from Ghana and Peru.",
    "The talks lasted two days.",
    "The exhibition will run for four days at the convention centre.",
    "The conference spanned two days at the Sheraton.",
    "The business forum will be held over two days in Kigali.",
])
def test_how_long_an_event_runs_is_no_figure(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("The roadmap will run for three-year periods, renewable by both sides.", 3),
    ("Under the deal, the exemption lasts 30 days for holders of ordinary passports.", 30),
])
def test_how_long_a_deal_runs_stays(find_figures: Finder, text: str, number: float) -> None:
    assert figure_numbers(find_figures(text)) == [number]


# --------------------------------------------------------------------------- the parts of a facility


@pytest.mark.parametrize("text", [
    "The port has two berths that would be handed to the Emirati operator.",
    "The hospital, built with Chinese help, has 400 beds.",
    "The terminal, which has 12 berths, is run by a Chinese firm.",
    "The airport boasts three runways and a cargo village.",
    "The plant houses six turbines built by a German firm.",
])
def test_a_facility_s_parts_are_no_figure(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("The new port will have four berths built by the Chinese contractor.", 4),
    ("Ghana has 200 scholarships for Peruvian students this year.", 200),
])
def test_what_a_facility_will_have_stays(find_figures: Finder, text: str,
                                         number: float) -> None:
    assert figure_numbers(find_figures(text)) == [number]


# --------------------------------------------------------------------------- a list of amounts after commas


@pytest.mark.parametrize(("text", "numbers"), [
    ("Japan pledged ¥15 billion to Vietnam, $2 billion to Indonesia and €300 million to the Philippines.",
     [3e8, 2e9, 1.5e10]),
    ("Japan pledged ¥15 billion to Vietnam, $2 billion to Indonesia.", [2e9, 1.5e10]),
    ("The fund set aside €40 million for ports, $25 million for railways.", [2.5e7, 4e7]),
    ("Seoul offered 1 trillion won to Poland, $500 million to Romania.", [5e8, 1e12]),
    ("The bank lent £200m for roads, €150m for bridges in the north.", [1.5e8, 2e8]),
])
def test_amounts_listed_after_commas_are_each_a_figure(
        find_figures: Finder, text: str, numbers: list[float]) -> None:
    assert figure_numbers(find_figures(text)) == numbers


@pytest.mark.parametrize(("text", "number"), [
    ("The deal is valued at 5.6 trillion won, or about $4 billion.", 5.6e12),
    ("Oslo will give NOK 500 million to Kenya, roughly $47 million.", 5e8),
])
def test_a_conversion_after_a_comma_stays_one_figure(
        find_figures: Finder, text: str, number: float) -> None:
    assert figure_numbers(find_figures(text)) == [number]


# --------------------------------------------------------------------------- currencies as papers write them


@pytest.mark.parametrize(("text", "number"), [
    ("Kuwait lent KD 100 million to Jordan for the water project.", 1e8),
    ("Qatar committed QR 3 billion to Lebanon's reconstruction.", 3e9),
    ("South Africa and Botswana agreed on R1.5 billion in joint infrastructure spending.", 1.5e9),
    ("The Philippines will receive P2.5 billion worth of patrol vessels from Japan.", 2.5e9),
    ("Zambia signed a K50 million deal with Tanzania on the railway.", 5e7),
])
def test_an_amount_after_a_currency_s_short_form(
        find_figures: Finder, text: str, number: float) -> None:
    found = find_figures(text)
    assert figure_numbers(found) == [number]


@pytest.mark.parametrize("text", [
    "The delegation met in room R2 of the ministry to review the plan.",
    "The K9 howitzer was shown to the visiting minister.",
])
def test_a_letter_before_digits_is_no_currency(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Bangladesh and India agreed a Tk 2,000 crore power deal.", "Tk 2,000 crore"),
    ("Uganda secured USh 3.7 trillion in financing for the pipeline.", "USh 3.7 trillion"),
    ("Kenya will receive KSh 10 billion from China for the expressway.", "KSh 10 billion"),
    ("Tanzania secured a TSh 500 billion loan from the Korean bank.", "TSh 500 billion"),
])
def test_a_short_form_stays_in_the_value(find_figures: Finder, text: str,
                                         value: str) -> None:
    assert [f.value for f in find_figures(text)] == [value]


# --------------------------------------------------------------------------- fractions


@pytest.mark.parametrize(("text", "number"), [
    ("Indonesia and Malaysia, which together account for a third of global palm oil, agreed to cooperate.",
     1 / 3),
    ("Russia supplies about a third of India's crude oil imports.", 1 / 3),
    ("China buys a quarter of Australia's exports.", 0.25),
    ("Two-thirds of the grant from Seoul will go to Ethiopian roads.", 2 / 3),
    ("Japan will take one-fifth of Qatar's gas under the new contract.", 0.2),
])
def test_a_fraction_is_a_figure(find_figures: Finder, text: str, number: float) -> None:
    assert figure_numbers(find_figures(text)) == pytest.approx([number])


@pytest.mark.parametrize("text", [
    "Indonesia holds a third of global nickel reserves.",
    "The leaders met in the third quarter of the year.",
])
def test_no_fraction_where_none_of_the_pair(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


# --------------------------------------------------------------------------- those an event left harmed


@pytest.mark.parametrize("text", [
    "The earthquake left 1,200 families homeless in the province.",
    "The storm left 300 people dead in the south of the country.",
    "Floods have left 5,000 villagers stranded, officials in Dhaka said.",
    "The clashes left 40 soldiers injured near the border.",
    "The landslide left 12 miners missing on Tuesday.",
])
def test_those_left_harmed_are_no_figure(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Japan left 20 patrol boats with the Philippine coast guard.", 20),
    ("The delegation left 15 signed agreements behind in Hanoi.", 15),
])
def test_what_is_left_otherwise_stays(find_figures: Finder, text: str, number: float) -> None:
    assert figure_numbers(find_figures(text)) == [number]


# --------------------------------------------------------------------------- the members of a group


@pytest.mark.parametrize("text", [
    "The Quad is made up of four countries: India, Japan, Australia and the United States.",
    "The bloc comprises 10 countries, from Myanmar to the Philippines.",
    "The alliance comprises 32 countries, most of them in Europe.",
    "The grouping is made up of nine nations.",
    "Senegal said the forum, made up of 12 countries, would meet in Dakar.",
])
def test_a_group_s_members_are_no_figure(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("The package comprises 12 agreements on trade and energy.", 12),
    ("The fleet is made up of 20 patrol boats donated by Japan.", 20),
])
def test_what_a_package_is_made_of_stays(find_figures: Finder, text: str,
                                         number: float) -> None:
    assert figure_numbers(find_figures(text)) == [number]


# --------------------------------------------------------------------------- people living abroad


@pytest.mark.parametrize("text", [
    "He thanked the 1,500 Filipino workers who live in Riyadh.",
    "The 5,000 Kenyan nurses who work in Britain will benefit from the deal.",
    "The 2 million Filipinos living in Saudi Arabia send money home.",
    "She met some of the 300,000 Nepali migrants who reside in Qatar.",
    "The 800 Peruvian nationals living in Ghana were invited to the reception.",
])
def test_those_living_abroad_by_a_clause_are_no_figure(
        find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Britain will recruit 5,000 Kenyan nurses under the agreement.", 5000),
    ("India will train 1,500 Sri Lankan civil servants who work in the ministries.", 1500),
])
def test_those_sent_or_trained_stay(find_figures: Finder, text: str, number: float) -> None:
    assert figure_numbers(find_figures(text)) == [number]


# --------------------------------------------------------------------------- a bank named after its state


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Governor of the Bank of Ghana Johnson Asiama met the delegation in Accra.",
     "Johnson Asiama", "Governor of the Bank of Ghana"),
    ("The Governor of the Central Bank of Nigeria, Olayemi Cardoso, signed the swap deal.",
     "Olayemi Cardoso", "Governor of the Central Bank of Nigeria"),
    ("The Governor of the State Bank of Pakistan, Jameel Ahmad, said the facility would be rolled over.",
     "Jameel Ahmad", "Governor of the State Bank of Pakistan"),
    ("Governor of the National Bank of Ethiopia Mamo Mihretu signed the currency swap.",
     "Mamo Mihretu", "Governor of the National Bank of Ethiopia"),
    ("Vice-Chancellor of the University of Ghana Nana Aba Appiah Amfo signed the memorandum.",
     "Nana Aba Appiah Amfo", "Vice-Chancellor of the University of Ghana"),
])
def test_a_bank_named_after_its_state_stays_in_the_role(
        find_people: Callable[[str], list[Person]], text: str, name: str, role: str) -> None:
    found = find_people(text)
    assert [(p.name, p.role) for p in found][:1] == [(name, role)]


@pytest.mark.parametrize(("text", "name", "role", "country"), [
    ("President of Ghana John Mahama welcomed the delegation.", "John Mahama", "President", "Ghana"),
    ("Minister of Finance of Kenya John Mbadi attended the signing.",
     "John Mbadi", "Minister of Finance", "Kenya"),
])
def test_a_state_after_an_office_still_leaves_the_role(
        find_people: Callable[[str], list[Person]], text: str, name: str, role: str, country: str) -> None:
    found = find_people(text)
    assert [(p.name, p.role, p.country) for p in found][:1] == [(name, role, country)]


# --------------------------------------------------------------------------- a bare tally


@pytest.mark.parametrize("text", [
    "The vote passed 312 to 48 in the lower house.",
    "The resolution was adopted 120 to 15 on Tuesday.",
    "The senators approved the treaty 68 to 30.",
    "Parliament backed the bill 201 against 40.",
    "The motion carried 97 to 3 after a short debate.",
])
def test_a_bare_tally_is_no_figure(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "numbers"), [
    ("The fleet will grow from 12 to 20 vessels under the deal.", [12, 20]),
    ("Seoul will deliver 12 to 15 patrol boats to Manila.", [12, 15]),
])
def test_a_range_is_no_tally(find_figures: Finder, text: str, numbers: list[float]) -> None:
    assert figure_numbers(find_figures(text)) == numbers


# --------------------------------------------------------------------------- an audience spoken to


@pytest.mark.parametrize("text", [
    "He spoke to 40 students at the University of Nairobi.",
    "The prime minister talked to 200 members of the diaspora in Doha.",
    "She spoke to about 300 business people at a luncheon in Jakarta.",
    "The envoy lectured to 60 cadets at the defence college.",
    "Modi spoke to 25,000 Indians at a stadium in Abu Dhabi.",
    "The minister spoke to 150 officials of the ministry before leaving.",
])
def test_an_audience_spoken_to_is_no_figure(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("India will give scholarships to 200 students from Jaffna.", 200),
    ("Japan will send 40 experts to Ghana to advise the ministry.", 40),
])
def test_those_given_to_stay(find_figures: Finder, text: str, number: float) -> None:
    assert figure_numbers(find_figures(text)) == [number]


# --------------------------------------------------------------------------- "up to" an amount


@pytest.mark.parametrize(("text", "value"), [
    ("Saudi Arabia will invest up to $15 billion in Pakistan, officials said.", "up to $15 billion"),
    ("Japan will provide a yen loan of up to ¥50 billion.", "up to ¥50 billion"),
    ("The bank may lend up to €2 billion to Egypt.", "up to €2 billion"),
    ("Seoul will offer close to $1 billion to Kyiv.", "close to $1 billion"),
    ("The deal is worth up to £300 million to Kenyan exporters.", "up to £300 million"),
])
def test_up_to_an_amount_is_one_amount(find_figures: Finder, text: str, value: str) -> None:
    found = find_figures(text)
    # round 13: "up to" is a ceiling with no approx (the dev gold's convention); "close to" is "nearly"
    approx = None if value.startswith("up to") else "nearly"
    assert [(f.value, f.approx) for f in found] == [(value, approx)]


def test_a_range_of_amounts_still_parts(find_figures: Finder) -> None:
    found = find_figures("The loan will be worth $2 billion to $3 billion, officials said.")
    assert figure_numbers(found) == [2e9, 3e9]
