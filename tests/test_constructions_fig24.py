"""Round 24, figures of real reports, proved on our own wording: an amount whose currency is named after
it in a heading's capitals ("85 Billion Kwacha") or with its people's word between ("40 million Norwegian
Kroners") is money, whole; a number of a year's shape after a plain hedge that the tagger leaves untagged
("some 1800 students") counts the plural after it; a bare number closing a range counts what its start
counts ("from 14 flights a week to 21"); an amount pledged with nothing it is for is investment. People: a
post's seat told between title and name ("the Ghanaian Ambassador in Lima Kofi Mensah", "Consul General in
Guangzhou, Ana Lopes") leaves the title the name's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from accord.core import Person
from tests.figure_support import Finder, find_figures, find_people, nlp

__all__ = ["find_figures", "find_people", "nlp"]  # the stages' fixtures, shared with the other tests


# ------------------------------------------------------------------ a currency named after the amount


@pytest.mark.parametrize(("text", "value", "number"), [
    ("Japan Grants Laos 85 Billion Kip Loan", None, None),  # no currency of ours: nothing new
    ("Peru Gives Ghana 60 Million Cedis Grant", "60 Million Cedis", 60e6),
    ("Norway will provide 40 million Norwegian Kroners for climate projects in Zambia.",
     "40 million Norwegian Kroners", 40e6),
    ("The grant of 12.5 million Swiss Francs will fund water works in Benin.",
     "12.5 million Swiss Francs", 12.5e6),
    ("Sweden pledged 300 million Swedish kronor to the fund, the minister said.",
     "300 million Swedish kronor", 300e6),
    ("Under the deal, Tokyo lends Accra 8.3 Billion Japanese Yen over thirty years.",
     "8.3 Billion", 8.3e9),  # the tagger's count stands
    ("China Hands Zambia 85 Billion Kwacha In Aid", "85 Billion Kwacha", 85e9),
])
def test_a_currency_named_after_the_amount_makes_money(find_figures: Finder, text: str, value: str | None,
                                                       number: float | None) -> None:
    found = [f for f in find_figures(text) if f.number is not None and f.number >= 1e6]
    if value is None:
        assert all("Kip" not in f.value for f in found)
        return
    assert [f.value for f in found][:1] == [value]
    assert found[0].number == pytest.approx(number)


@pytest.mark.parametrize("text", [
    # a currency's name that names a kind of thing after a small count
    "The two sides discussed three Yen loan projects and a port.",
    # the amount already read as money is left as it is
    "Peru gave Ghana $40 million in aid.",
])
def test_no_new_money_where_none_is_named(find_figures: Finder, text: str) -> None:
    values = [f.value for f in find_figures(text)]
    assert not any("Yen" in v for v in values)
    assert values.count("$40 million") == ("$40 million" in text)


# ------------------------------------------------------------------ a plain hedge before a year's shape


@pytest.mark.parametrize(("text", "value", "what"), [
    ("Some 1800 students from Laos study in Russia under the scholarship scheme.", "Some 1800", "students"),
    ("About 1500 Ghanaian nurses will be trained in Peru under the accord.", "About 1500", "Ghanaian nurses"),
    ("Nearly 2000 farmers received seeds from the Japanese grant.", "Nearly 2000", "farmers"),
    ("The embassy said around 1900 tourists from Benin visited Togo under the new visa scheme.",
     "around 1900", "tourists"),
    ("Peru will send roughly 1950 tonnes of rice to Ghana.", "roughly 1950", "tonnes of rice"),
])
def test_a_plain_hedge_before_a_year_shape_counts(find_figures: Finder, text: str, value: str,
                                                  what: str) -> None:
    found = [(f.value, f.what) for f in find_figures(text)]
    assert (value, what) in found


@pytest.mark.parametrize("text", [
    "Relations between the two states go back to about 1900, the minister recalled.",  # a year
    "Ghana opened its first embassy in Lima in about 1965, the envoy said.",  # a year after "in"
    "The two states have been friends for over 2000 years.",  # a span of time
])
def test_a_plain_hedge_before_a_year_is_no_count(find_figures: Finder, text: str) -> None:
    assert [f.value for f in find_figures(text) if f.number is not None and 1800 <= f.number <= 2100] == []


# ------------------------------------------------------------------ a range end counts what its start counts


@pytest.mark.parametrize(("text", "value", "what"), [
    ("The two sides agreed to raise flights between Accra and Lima from 14 flights a week to 21.",
     "21", "flights"),
    ("Ghana will raise its staff at the embassy from 12 diplomats to 20.",
     "20", "diplomats"),
    ("Peru will increase the scholarships it offers from 40 scholarships a year to 65.",
     "65", "scholarships"),
    ("Under the deal the quota goes from 300 nurses to 450 by 2027.", "450", "nurses"),
    ("Benin said it would expand the programme from 25 villages to 60.", "60", "villages"),
])
def test_a_range_end_counts_what_its_start_counts(find_figures: Finder, text: str, value: str,
                                                  what: str) -> None:
    assert (value, what) in [(f.value, f.what) for f in find_figures(text)]


@pytest.mark.parametrize(("text", "value"), [
    ("Peru handed 30 laptops to the school, and Ghana sent 20 to another.", "20"),  # no "from"
    ("Ghana will send 12 doctors, up from 8 last year.", "8"),  # the start itself, told after
])
def test_no_range_end_without_its_start(find_figures: Finder, text: str, value: str) -> None:
    assert [f.what for f in find_figures(text) if f.value == value] in ([], [None])


# ------------------------------------------------------------------ a bare pledge is one of investment


@pytest.mark.parametrize("text", [
    "The emir pledged $1.5 billion during the state visit to Ghana.",
    "Qatar committed $3 billion to Ghana on Monday.",
    "The Saudi crown prince has pledged 500 million dollars, the ministry said.",
    "Kuwait will commit $2 billion over five years.",
    "At the close of the talks, the visiting president pledged US$800 million.",
])
def test_a_bare_pledge_is_investment(find_figures: Finder, text: str) -> None:
    found = [f.what for f in find_figures(text) if f.number is not None and f.number >= 1e6]
    assert found == ["investment"]


@pytest.mark.parametrize("text", [
    "Japan pledged $20 million for flood relief in Benin.",  # what it is for is told
    "Peru pledged $5 million in aid to Ghana.",
    "Norway gave $4 million to the fund.",  # no pledge
])
def test_a_pledge_for_something_told_is_not_investment(find_figures: Finder, text: str) -> None:
    assert "investment" not in [f.what for f in find_figures(text)]


# ------------------------------------------------------------------ a post's seat between title and name


@pytest.mark.parametrize(("text", "name", "role", "country"), [
    ("The Ghanaian Ambassador in Lima Kofi Mensah met the Peruvian foreign minister on Monday.",
     "Kofi Mensah", "Ambassador", "Ghana"),
    ("Peruvian Ambassador in Accra Rosa Quispe handed over the donation to Ghana's health minister.",
     "Rosa Quispe", "Ambassador", "Peru"),
    ("Consul General in Guangzhou Ana Lopes met local officials to discuss trade with Ghana.",
     "Ana Lopes", "Consul General", None),
    ("\"We are ready to do more,\" said Consul General in Guangzhou, Ana Lopes.",
     "Ana Lopes", "Consul General", None),
    ("Benin's Ambassador in Abuja Paul Houngbo presented his credentials to the President of Nigeria.",
     "Paul Houngbo", "Ambassador", "Benin"),
])
def test_a_posts_seat_between_title_and_name(find_people: Callable[[str], list[Person]], text: str,
                                             name: str, role: str, country: str | None) -> None:
    found = {p.name: (p.role, p.country) for p in find_people(text)}
    assert found.get(name) == (role, country)


@pytest.mark.parametrize(("text", "name"), [
    # a town after "in" with no title before it is no seat of a post
    ("Talks in Lima Kofi Mensah described as useful ended on Monday.", "Kofi Mensah"),
    # a state after "in" is where the post is, not a town: the name keeps no title from before it
    ("The trade fair in Ghana Kofi Mensah opened drew many Peruvian firms.", "Kofi Mensah"),
])
def test_no_seat_without_a_title(find_people: Callable[[str], list[Person]], text: str, name: str) -> None:
    assert all(p.role is None for p in find_people(text) if p.name == name)
