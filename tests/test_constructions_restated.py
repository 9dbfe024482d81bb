"""Promises told again in a later report, and the words around them. Our own wording.

A follow-up report restates the promise it follows up ("the two countries had agreed in December
to open a consulate within six months"): its time counts from when it was agreed, not from the
report. A facility "would now open in September" is put off to then. A state the tagger takes for
an organisation ("the UAE") is a state all the same, and "very soon" is a vague time.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

TOLD = date(2031, 4, 14)


def promises(extractor: RulesExtractor, text: str) -> list[tuple[str | None, str, str | None]]:
    found = facts(extractor, text, published=TOLD).commitments
    return [(c.actor, c.action, c.deadline) for c in found if not c.change]


@pytest.mark.parametrize(("text", "deadline"), [
    ("Peru and Ghana had agreed in December to open a consulate in Kumasi within six months.", "2031-06"),
    ("The two countries agreed in January to reopen their embassies within two months, officials "
     "recalled.", "2031-03"),
    ("Ghana and Peru had also agreed in October 2030 to launch direct flights within eight months.",
     "2031-06"),
    # the time of another clause is not when it was agreed: from the report's day
    ("Peru and Ghana, whose ministers met in January, agreed to hold talks within two months.", "2031-06-14"),
    ("Peru and Ghana had agreed on 10 January to hold talks within two weeks.", "2031-01-24"),
])
def test_a_period_counts_from_when_the_promise_was_made(extractor: RulesExtractor, text: str,
                                                       deadline: str) -> None:
    assert any(d == deadline for _, _, d in promises(extractor, text)), promises(extractor, text)


@pytest.mark.parametrize(("text", "deadline"), [
    # agreed a few days ago, or with no time of its own: from the report's day
    ("Peru and Ghana agreed on Monday to open a consulate in Kumasi within six months.", "2031-10-14"),
    ("Peru and Ghana agreed to open a consulate in Kumasi within six months.", "2031-10-14"),
])
def test_a_period_of_a_promise_just_made_counts_from_the_report(extractor: RulesExtractor, text: str,
                                                               deadline: str) -> None:
    assert any(d == deadline for _, _, d in promises(extractor, text)), promises(extractor, text)


@pytest.mark.parametrize(("text", "action", "deadline"), [
    ("An official said on Sunday that the consulate would now open in September.", "open consulate",
     "2031-09"),
    ("The embassy in Lima will instead reopen in March 2032, the ministry said.", "reopen embassy",
     "2032-03"),
    ("The trade office, officials said, will now open in November.", "open trade office", "2031-11"),
    ("Ghana's new consulate in Lima would now open in July, the foreign ministry said.", "open", "2031-07"),
    ("The Peruvian embassy in Accra will instead open in October.", "open", "2031-10"),
])
def test_a_facility_that_will_now_open_later_is_put_off(extractor: RulesExtractor, text: str, action: str,
                                                       deadline: str) -> None:
    found = [c for c in facts(extractor, text, published=TOLD).commitments if c.change == "postponed"]
    assert found and found[0].action.startswith(action) and found[0].deadline == deadline, found


@pytest.mark.parametrize("text", [
    "The consulate will open in September.",  # a plan, not a change of one
    "The minister would now open talks with the union in September.",  # talks are no facility
])
def test_what_opens_without_a_change_or_is_no_facility_is_not_put_off(extractor: RulesExtractor,
                                                                      text: str) -> None:
    assert not [c for c in facts(extractor, text, published=TOLD).commitments if c.change == "postponed"]


@pytest.mark.parametrize(("text", "actor"), [
    ("The UAE and Ghana agreed on Monday to open a consulate in Kumasi within six months.",
     "United Arab Emirates and Ghana"),
    ("Ghana and the UAE will hold talks on trade in May.", "Ghana and United Arab Emirates"),
])
def test_a_state_tagged_as_an_organisation_is_a_state(extractor: RulesExtractor, text: str,
                                                      actor: str) -> None:
    assert any(a == actor for a, _, _ in promises(extractor, text)), promises(extractor, text)


@pytest.mark.parametrize("text", [
    'Mahama said he would visit Lima "very soon".',
    "Mahama said he would visit Lima very soon.",
    "Mahama said he would visit Lima “very soon”.",
    "Mahama said he would visit Lima very shortly.",
    "Mahama said he would visit Lima in the very near future.",
])
def test_very_soon_is_a_vague_time_and_leaves_the_action_whole(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=TOLD).commitments
    assert [c.action for c in found] == ["visit Lima"], found
    assert found[0].deadline is None and "very" in (found[0].deadline_text or ""), found


@pytest.mark.parametrize("text", [
    "Peru and Ghana agreed on Monday that the joint commission would meet in Lima in May.",
    "Peru and Ghana agreed on Tuesday that talks would resume in May.",
    "The two sides decided on Monday that a working group would be set up by June.",
    "Peru and Ghana agreed last week that their ministers would meet in May.",
    "Peru and Ghana agreed on Monday that the embassy would reopen in May.",
])
def test_an_agreement_on_a_day_that_something_happens_has_no_empty_act(extractor: RulesExtractor,
                                                                         text: str) -> None:
    found = facts(extractor, text, published=TOLD).commitments
    assert found and all(c.action.strip() for c in found), found
    assert all(c.deadline != TOLD.isoformat() for c in found), found  # the day agreed is no deadline
