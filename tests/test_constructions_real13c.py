"""Constructions of real reports (issue 9, real13c), proved on our own wording.

Figures: money promised to a few states "in" a region is the pair's figure, not a total over all
partners; "the three ministers" counts people the text names, no figure. Commitments: an action
keeps the bracket it closes ("(BTA)") when its deadline is taken off; "at the earliest possible
time frame" is one time; "the two Andean nations" is the pair; the owner of a visit put off
("Minister X's visit … has been deferred") is who puts it off; a list of places stays in what is put
off; an upcoming visit put off is one setback, not a plan besides.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts as extract_facts

LEAD = "Ghana and Peru held talks on trade cooperation during the state visit. "


def figures(extractor: RulesExtractor, text: str) -> dict[str, str | None]:
    return {f.value: f.what for f in extract_facts(extractor, text, lead=LEAD).figures}


Said = tuple[str | None, str, str | None]


def commitments(extractor: RulesExtractor, text: str, lead: str = LEAD) -> list[Said]:
    return [(c.actor, c.action, c.change) for c in extract_facts(extractor, text, lead=lead).commitments]


# --------------------------------------------------------------------------- states in a region


@pytest.mark.parametrize(("text", "value"), [
    ("Tokyo will give 300 billion yen in loans to four countries in Central Asia over five years.",
     "300 billion yen"),
    ("The bank will lend 2 billion euros to three states in the Balkans by 2027.", "2 billion euros"),
    ("Seoul pledged $500 million for 10 nations in Southeast Asia.", "$500 million"),
    ("Japan will provide over 400 billion yen in aid to six countries in Southeast Asia over the next "
     "four years.", "over 400 billion yen"),
    ("Madrid will lend 400 million euros to five countries in Latin America by 2028.", "400 million euros"),
])
def test_money_for_states_in_a_region_is_kept(extractor: RulesExtractor, text: str, value: str) -> None:
    assert value in figures(extractor, text)


@pytest.mark.parametrize("text", [
    "Thailand received 28 million tourists from Europe and Africa last year.",
    "Kenya will export $1.2 billion of tea to 40 countries in Africa.",
])
def test_totals_over_a_region_stay_out(extractor: RulesExtractor, text: str) -> None:
    assert figures(extractor, text) == {}


# --------------------------------------------------------------------------- office holders the text names


@pytest.mark.parametrize(("text", "value"), [
    ("With this aim, the three Ministers agreed to stay in regular contact.", "three"),
    ("The four leaders will meet again in Lisbon in May.", "four"),
    ("The five presidents signed a declaration on water.", "five"),
    ("The 12 ministers of the bloc will meet in June.", "12"),
    ("After dinner the six ambassadors left for the airport.", "six"),
])
def test_the_named_office_holders_are_no_figure(extractor: RulesExtractor, text: str, value: str) -> None:
    assert value not in figures(extractor, text)


@pytest.mark.parametrize(("text", "value"), [
    ("Ghana sent 300 police officers to Liberia.", "300"),
    ("The 200 soldiers will be deployed in March.", "200"),
])
def test_counts_of_people_sent_stay(extractor: RulesExtractor, text: str, value: str) -> None:
    assert value in figures(extractor, text)


# --------------------------------------------------------------------------- a bracket closed


@pytest.mark.parametrize(("text", "action"), [
    ("The leaders will negotiate the first tranche of a Bilateral Trade Agreement (BTA) by fall 2026.",
     "negotiate the first tranche of a Bilateral Trade Agreement (BTA)"),
    ("Peru will attend the 8th Trilateral Ministerial Commission (TMC) on March 31.",
     "attend the 8th Trilateral Ministerial Commission (TMC)"),
    ("Ghana and Peru will set up a Joint Economic Commission (JEC) before the end of June.",
     "set up a Joint Economic Commission (JEC)"),
    ("Peru will join the Andean Power Pool (APP) in 2026.", "join the Andean Power Pool (APP)"),
    ("Peru will ratify the Regional Comprehensive Agreement (RCA) by the end of the year.",
     "ratify the Regional Comprehensive Agreement (RCA)"),
])
def test_an_action_keeps_the_bracket_it_closes(extractor: RulesExtractor, text: str, action: str) -> None:
    assert action in [a for _, a, _ in commitments(extractor, text)]


def test_no_bracket_is_added(extractor: RulesExtractor) -> None:
    actions = [a for _, a, _ in commitments(extractor, "Ghana will sign the fisheries agreement next month.")]
    assert actions == ["sign the fisheries agreement"]


@pytest.mark.parametrize("text", [
    "He looks forward to visiting Lima at the earliest possible time frame.",
    "The two sides will meet again at the earliest possible timeframe.",
    "Peru will sign the fisheries accord at the earliest possible time frame.",
    "Ghana will reopen its embassy in Lima at the earliest time frame.",
    "The joint commission will convene at its earliest possible time-frame.",
])
def test_earliest_time_frame_is_one_time(extractor: RulesExtractor, text: str) -> None:
    assert all("frame" not in a for _, a, _ in commitments(extractor, text))


# --------------------------------------------------------------------------- two states described


@pytest.mark.parametrize(("lead", "text", "pair"), [
    ("Egypt and Jordan signed deals. ", "The two Arab countries agreed to continue security coordination.",
     {"Egypt", "Jordan"}),
    ("Chile and Peru met in Lima. ", "The two Andean nations agreed to open a new border crossing next year.",
     {"Chile", "Peru"}),
    ("Ghana and Nigeria held talks. ", "The two West African neighbours will set up a joint committee.",
     {"Ghana", "Nigeria"}),
    ("Fiji and Tonga met in Suva. ", "Both Pacific states pledged to hold annual talks.", {"Fiji", "Tonga"}),
    ("Laos and Vietnam met in Hanoi. ", "The two Southeast Asian countries will build a railway by 2030.",
     {"Laos", "Vietnam"}),
])
def test_two_states_told_by_region_are_the_pair(
        extractor: RulesExtractor, lead: str, text: str, pair: set[str]) -> None:
    actors = [a for a, _, _ in commitments(extractor, text, lead=lead)]
    assert actors and set((actors[0] or "").split(" and ")) == pair


def test_three_states_are_not_the_pair(extractor: RulesExtractor) -> None:
    text = "Three West African states will set up a joint committee."
    actors = [a for a, _, _ in commitments(extractor, text, lead="Ghana and Nigeria met. ")]
    assert "Ghana and Nigeria" not in actors


# --------------------------------------------------------------------------- whose visit is put off


@pytest.mark.parametrize(("text", "actor"), [
    ("Defence Minister Kofi Mensah's two-day visit to Lima beginning May 2 has been deferred.",
     "Defence Minister Kofi Mensah"),
    ("President Ruto's state visit to Ghana has been postponed.", "President Ruto"),
    ("Chancellor Olaf Scholz's trip to Brazil was put off until March.", "Chancellor Olaf Scholz"),
    ("The foreign minister's visit to Accra has been postponed.", "foreign minister"),
    ("President Mahama met Ruto in Accra on Monday. His visit to Lima was postponed.", "Mahama"),
    ("Foreign Minister Ali Khan phoned his counterpart Rosa Diaz to explain the postponement of his visit "
     "to Lima.", "Foreign Minister Ali Khan"),
])
def test_the_owner_of_a_visit_put_off_is_its_actor(extractor: RulesExtractor, text: str, actor: str) -> None:
    assert (actor, "postponed") in [(a, c) for a, _, c in commitments(extractor, text)]


@pytest.mark.parametrize("text", [
    "Monday's summit in Lima was postponed.",
    "The visit to Lima was postponed.",
])
def test_no_owner_no_actor(extractor: RulesExtractor, text: str) -> None:
    assert [(a, c) for a, _, c in commitments(extractor, text) if c] == [(None, "postponed")]


@pytest.mark.parametrize(("text", "action"), [
    ("The minister on Sunday postponed his official visit to Germany, Denmark and Norway.",
     "official visit to Germany, Denmark and Norway"),
    ("The minister postponed his visits to Chile, Peru, and Brazil.", "visits to Chile, Peru, and Brazil"),
])
def test_a_list_of_places_stays_in_what_is_put_off(extractor: RulesExtractor, text: str, action: str) -> None:
    assert action in [a for _, a, c in commitments(extractor, text) if c]


@pytest.mark.parametrize("text", [
    "The minister on Sunday postponed his upcoming official visit to Germany.",
    "Peru postponed President Boluarte's upcoming trip to Ghana.",
    "Ghana cancelled the planned visit to Peru of its president.",
])
def test_an_upcoming_visit_put_off_is_one_setback(extractor: RulesExtractor, text: str) -> None:
    found = commitments(extractor, text)
    assert len(found) == 1 and found[0][2] in ("postponed", "cancelled")


# --------------------------------------------------------------------------- a purpose left bare


@pytest.mark.parametrize(("text", "action"), [
    ("Ghana and Peru agreed to expand trade to make their farmers richer.", "expand trade"),
    ("Chile will open an office in Accra to make trade easier.", "open an office in Accra"),
    ("Peru will train Ghanaian diplomats to make the embassy stronger.", "train Ghanaian diplomats"),
    ("The ministers agreed to simplify visas to get more tourists moving.", "simplify visas"),
    ("The leaders resolved to expand trade and investment to make their citizens more prosperous.",
     "expand trade and investment"),
])
def test_no_bare_purpose_verb_ends_an_action(extractor: RulesExtractor, text: str, action: str) -> None:
    assert action in [a for _, a, _ in commitments(extractor, text)]


@pytest.mark.parametrize(("text", "action"), [
    ("Kenya will build a port to help its exporters reach Asia.",
     "build a port to help its exporters reach Asia"),
    ("Ghana will send experts to train Peruvian farmers.", "send experts to train Peruvian farmers"),
])
def test_a_whole_purpose_stays(extractor: RulesExtractor, text: str, action: str) -> None:
    assert action in [a for _, a, _ in commitments(extractor, text)]


# --------------------------------------------------------------------------- an amount restated in brackets


@pytest.mark.parametrize(("text", "kept", "restated"), [
    ("Germany announced a grant of €2 million (approximately Rs 18 crore) for Nepal.", "€2 million",
     "Rs 18 crore"),
    ("China offered a 750 million RMB ($113mn) grant to Nepal.", "750 million RMB", "$113mn"),
    ("Norway pledged NOK 150 million (around $14 million) to Ghana.", "NOK 150 million",
     "around $14 million"),
    ("India handed over a cheque of US$ 25 million (approximately Tk 194 crore) to Bangladesh.",
     "US$ 25 million", "Tk 194 crore"),
    ("India will extend a credit line of $100 million (approximately Rs 689 crore) to Rwanda.",
     "$100 million", "Rs 689 crore"),
])
def test_an_amount_restated_in_brackets_is_one_figure(
        extractor: RulesExtractor, text: str, kept: str, restated: str) -> None:
    found = figures(extractor, text)
    assert kept in found and restated not in found


@pytest.mark.parametrize(("text", "values"), [
    ("Ghana will lend Peru $5 million (and Chile $3 million).", {"$5 million", "$3 million"}),
    ("Ghana will lend Peru $5 million (Chile gets 3 million euros).", {"$5 million", "3 million euros"}),
])
def test_a_second_amount_in_brackets_stays(extractor: RulesExtractor, text: str, values: set[str]) -> None:
    assert values <= set(figures(extractor, text))
