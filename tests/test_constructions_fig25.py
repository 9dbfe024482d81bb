"""Round 25, figures of real reports, proved on our own wording: the two ends of a change that the tagger
takes as one count or into a date ("has risen from 10 to 15", "rose from 20 to 32 last year") are two
figures; those a guest "called on", with "on" parsed as the verb's particle ("called on five ministers"),
are the scene, as "courtesy calls on three ministers" already were; a count picked out by a superlative
after "the" ("the two newest vessels") describes what is handed over, not a count of the relation; those
who do or get a rite of the day ("31 youths raised the flag", "15 pupils given the award") are the scene,
and so are the parts of a state where those a deal reaches are ("farmers in 12 districts")."""

from __future__ import annotations

import pytest

from tests.figure_support import Finder, figure_numbers, find_figures, nlp

__all__ = ["find_figures", "nlp"]  # the stages' fixtures, shared with the other tests


# ------------------------------------------------------------------ the two ends of a change


@pytest.mark.parametrize(("text", "numbers"), [
    ("The minister said the number of scholarships for Laotian students has risen from 10 to 15 this year.",
     [10, 15]),
    ("Grants to Ghanaian schools rose from 20 to 32 last year, the embassy said.", [20, 32]),
    ("Japan said the number of trainees will go up from 40 to 65 under the new programme.", [40, 65]),
    ("The quota of seasonal workers from Samoa was increased from 300 to 450.", [300, 450]),
    ("Under the accord, weekly cargo flights will climb from 6 to 11 next year.", [6, 11]),
    ("The envoy noted that Korean scholarships for Peru had doubled from 25 to 50 since the last visit.",
     [25, 50]),
])
def test_both_ends_of_a_change_are_figures(find_figures: Finder, text: str, numbers: list[float]) -> None:
    found = figure_numbers(find_figures(text))
    assert all(n in found for n in numbers)


@pytest.mark.parametrize(("text", "absent"), [
    ("The two sides discussed items from 4 to 9 on the agenda.", 9),  # no level that moved
    ("Peru and Chile extended the visa from 10 to 12 years.", 10),  # a span of years
    ("The talks ran from 3 to 5 March in Lima.", 3),  # days of a month
    ("Exports of Peruvian coffee to Korea rose from 2019 to 2023.", 2023),  # years
])
def test_no_change_no_second_end(find_figures: Finder, text: str, absent: float) -> None:
    assert absent not in figure_numbers(find_figures(text))


# ------------------------------------------------------------------ "called on five ministers"


@pytest.mark.parametrize("text", [
    "The visiting minister also called on five ministers of the host government.",
    "During the visit, the envoy called on three senior officials in Accra.",
    "Ms Lopez called on four governors and the Speaker on Tuesday.",
    "On Monday the delegation called on six members of the cabinet in Lima.",
    "The Foreign Secretary, who arrived on Sunday, called on two former presidents.",
])
def test_those_called_on_are_the_scene(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Japan called three meetings on the project in Accra.", 3),  # no one called on
    ("The minister called for 500 more scholarships for Ghanaian students.", 500),
])
def test_other_calls_keep_their_counts(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


# ------------------------------------------------------------------ "the two newest vessels"


@pytest.mark.parametrize("text", [
    "Japan handed over the two newest vessels to the Ghanaian navy.",
    "Peru delivered the three largest turbines to the plant in Ghana.",
    "The minister toured the four oldest schools built with Korean aid.",
    "Korea donated the two fastest patrol boats of its coast guard to Samoa.",
    "At the fair, the five biggest exporters of the two states showed their goods.",
])
def test_a_pick_by_a_superlative_is_no_figure(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Japan will deliver the two vessels to Ghana in May.", 2),  # no superlative
    ("Japan will deliver two new vessels and the fastest boat of its fleet to Ghana.", 2),
    ("Japan will hand over 12 of the newest patrol boats to Ghana.", 12),  # no "the" before the count
])
def test_other_counts_of_things_handed_over_stay(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


# ------------------------------------------------------------------ a rite of the day


@pytest.mark.parametrize("text", [
    "On the day, 31 youths raised the flag at the ceremony.",
    "Some 200 pupils sang the national anthems of both states.",
    "Twelve students received awards from the ambassador.",
    "Eight veterans laid wreaths at the memorial during the visit.",
    "The 14 winners were given medals by the Korean envoy.",
])
def test_those_in_a_rite_are_the_scene(find_figures: Finder, text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(("text", "number"), [
    ("Forty students will get scholarships to study in Japan.", 40),
    ("The 25 trainees received certificates after the course funded by Korea.", 25),
    ("Japan will send 30 experts to raise the quality of flag carriers.", 30),
])
def test_those_who_get_the_relations_help_stay(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))


# ------------------------------------------------------------------ the parts of a state a deal reaches


@pytest.mark.parametrize(("text", "absent"), [
    ("Japan will support farmers in 12 districts under the new grant.", 12),
    ("The clinics built with Korean aid serve patients across 40 villages.", 40),
    ("The project will train teachers in five provinces of Ghana.", 5),
    ("Seeds from Peru were handed to growers throughout 9 counties of the north.", 9),
    ("Water points funded by Japan now reach households in 23 municipalities.", 23),
])
def test_the_parts_of_a_state_reached_are_no_figure(find_figures: Finder, text: str, absent: float) -> None:
    assert absent not in figure_numbers(find_figures(text))


@pytest.mark.parametrize(("text", "number"), [
    ("The programme will cover 12 districts in the north.", 12),  # what it covers, as its object
    ("Korea will build 30 schools in four provinces.", 30),  # what is built stays
])
def test_what_a_deal_covers_or_builds_stays(find_figures: Finder, text: str, number: float) -> None:
    assert number in figure_numbers(find_figures(text))
