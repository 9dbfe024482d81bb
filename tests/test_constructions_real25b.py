"""Constructions of real reports (round 25, issue 9), meetings, proved on our own wording: an encounter
told due by a state ("the next session of the commission is due to be held in June", "the summit is slated
to be held in Lusaka") is planned, no sitting held last June; one told in the present progressive with days
after the report's only ("is paying a state visit to Nepal on 12 and 13 May", told on the 6th) is a
programme announced, no visit under way; the one received in a passive reception is the one on the visit
it is received for ("X was welcomed at the airport for her official visit to Nepal").
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# A title and a dateline above the body (published 6 May 2025), so the first sentence is no page furniture.
LEAD = "Diplomatic news in brief\n\nAPIA, May 6 (Wire) -- "


def _meetings(extractor: RulesExtractor, text: str) -> list[tuple[str, list[str], str | None]]:
    return [(m.kind, list(m.participants), m.date) for m in facts(extractor, text, lead=LEAD).meetings]


# ------------------------------------------------------------------ an encounter due by a state


@pytest.mark.parametrize("text", [
    "The next session of the Joint Commission is due to be held in Accra in June.",
    "The summit is slated to be held in Lusaka in June.",
    "The fourth meeting of the joint committee is due to take place in Kigali in September.",
    "According to the ministry, the Joint Permanent Commission was slated to convene in Gaborone in "
    "November.",
    "Talks between the two presidents are due to be held in Rome next month, the ministry said.",
])
def test_an_encounter_due_by_a_state_is_not_held(extractor: RulesExtractor, text: str) -> None:
    assert _meetings(extractor, text) == []


@pytest.mark.parametrize(("text", "kind"), [
    # held: a past verb, or a clause telling the plan it was held against
    ("The joint commission met in Accra in March.", "commission_session"),
    ("The joint commission, which was due to meet in Accra in March, met on Monday.", "commission_session"),
])
def test_an_encounter_held_stays(extractor: RulesExtractor, text: str, kind: str) -> None:
    assert [k for k, _, _ in _meetings(extractor, text)] == [kind]


# ------------------------------------------------------------------ a progressive with days ahead


@pytest.mark.parametrize("text", [
    "President Faure Gnassingbe is paying a state visit to Nepal on 12 and 13 May.",
    "President Faure Gnassingbe is paying a state visit to Nepal from May 12 to 14.",
    "Prime Minister Lina Soto is making an official visit to Kenya on May 20.",
    "Prime Minister Lina Soto is holding talks with President Ram Paudel in Kathmandu on 12 May.",
    "The joint commission is meeting in Accra from 10 to 12 May, the ministry said.",
    "The two leaders are holding a summit in Lusaka on May 25.",
])
def test_a_progressive_with_days_ahead_is_no_encounter_held(extractor: RulesExtractor, text: str) -> None:
    assert _meetings(extractor, text) == []


@pytest.mark.parametrize("text", [
    # under way: no day, a day of the report's week, a span begun, or a day it runs until
    "President Faure Gnassingbe is paying a state visit to Nepal this week.",
    "President Faure Gnassingbe is paying a state visit to Nepal from 5 to 8 May.",
    "Prime Minister Lina Soto is visiting Nepal until 8 May.",
    "Prime Minister Lina Soto is on a state visit to Nepal.",
    "Prime Minister Lina Soto paid a state visit to Nepal on 12 April.",
])
def test_a_visit_under_way_or_done_stays(extractor: RulesExtractor, text: str) -> None:
    assert [k for k, _, _ in _meetings(extractor, text)] == ["visit"]


# ------------------------------------------------------------------ the guest of a passive reception


@pytest.mark.parametrize(("text", "guest"), [
    ("Prime Minister Sione Vaka was welcomed to Government House in Wellington for his first official "
     "New Zealand visit.", "Sione Vaka"),
    ("Prime Minister Lina Soto was welcomed at the airport in Kathmandu for her official visit to Nepal.",
     "Lina Soto"),
    ("On Monday, President Ram Paudel was received at the palace for a three-day state visit to Bhutan.",
     "Ram Paudel"),
    ("Foreign Minister Grace Obi was greeted at the airport in Lima on her working visit to Peru.",
     "Grace Obi"),
    ("President Hilda Heine was warmly welcomed in Suva on Monday for a state visit to Fiji.", "Hilda Heine"),
])
def test_the_one_received_is_on_the_visit(extractor: RulesExtractor, text: str, guest: str) -> None:
    visits = [people for kind, people, _ in _meetings(extractor, text) if kind == "visit"]
    assert len(visits) == 1 and guest in visits[0], _meetings(extractor, text)


@pytest.mark.parametrize(("text", "absent"), [
    # the thing received is no visitor; an active host is not the one on the visit
    ("The agreement was welcomed by the ministers during the visit of President Ram Paudel to Bhutan.",
     "ministers"),
    ("President Tomas Ruiz welcomed Foreign Minister Grace Obi to Suva for her official visit to Fiji.",
     "Tomas Ruiz"),
])
def test_no_visitor_from_what_or_who_receives(extractor: RulesExtractor, text: str, absent: str) -> None:
    for kind, people, _ in _meetings(extractor, text):
        if kind == "visit":
            assert absent not in people, people


def test_a_sitting_told_held_before_the_due_one_stays(extractor: RulesExtractor) -> None:
    text = "The joint commission, which met in Tashkent in February, is due to meet again in Baku in June."
    assert [k for k, _, _ in _meetings(extractor, text)] == ["commission_session"]


# ------------------------------------------------------------------ the place a clause on the noun tells


@pytest.mark.parametrize("text", [
    "Trade issues are being discussed at the fifth session of the Joint Commission which opened today in "
    "Accra.",
    "Ministers reviewed trade at the fifth session of the Joint Commission, which was held in Accra on "
    "Monday.",
    "Both sides took stock of the projects during the third meeting of the joint committee, which took "
    "place in Accra on Monday.",
    "The two delegations signed the minutes at the second sitting of the Joint Permanent Commission, which "
    "was convened in Accra on Monday.",
    "The fifth session of the Joint Commission, which opened on Monday in Accra, reviewed trade.",
])
def test_a_sitting_takes_the_place_its_clause_tells(extractor: RulesExtractor, text: str) -> None:
    places = [m.place for m in facts(extractor, text, lead=LEAD).meetings if m.kind == "commission_session"]
    assert places == ["Accra"]


@pytest.mark.parametrize("text", [
    # the clause tells another thing's place, or a sitting ahead
    "Ministers reviewed trade at the fifth session of the Joint Commission, whose secretariat is based in "
    "Accra.",
    "Ministers met on Monday to prepare the fifth session of the Joint Commission, which will be held in "
    "Accra in June.",
])
def test_no_place_from_a_clause_of_another_thing(extractor: RulesExtractor, text: str) -> None:
    for m in facts(extractor, text, lead=LEAD).meetings:
        assert m.place != "Accra", m
