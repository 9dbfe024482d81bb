"""Constructions of real follow-up and implementation reports (round 25, issue 9), proved on our own
wording: a standing body of the two sides named alone as the subject of a past verb of taking place ("the
Joint Bilateral Commission took place in Pretoria", "a Binational Commission was held in October") is a
commission session; a joint working group's sitting is one too ("the joint working group on trade held its
second meeting"); an encounter told passively as put on the calendar with "slated" or "set" ("the next
round of talks is slated for May") is a commitment and no meeting held; an encounter noun whose verb sets it
before another event ("The meeting comes ahead of the president's visit in mid-April") is not dated by that
event's time.
"""
from __future__ import annotations

from datetime import date

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts, meeting_kinds

# A title and a dateline above the body, so the body's first sentence is no page furniture.
LEAD = "Diplomatic news in brief\n\nAPIA, May 6 (Wire) -- "


def _kinds(extractor: RulesExtractor, text: str) -> list[str]:
    return meeting_kinds(facts(extractor, text, lead=LEAD))


def _planned(extractor: RulesExtractor, text: str) -> list[tuple[str, str | None]]:
    return [(c.action, c.deadline_text) for c in facts(extractor, text, lead=LEAD).commitments]


# ------------------------------------------------------------------ a standing body told to have sat


@pytest.mark.parametrize(("text", "place"), [
    ("The Chile-Ghana Joint Bilateral Commission took place from 4 to 6 March in Santiago.", None),
    ("A Presidential Binational Commission was held in October in Quito, Ecuador.", "Quito"),
    ("The Kenya-Peru Joint Permanent Commission took place in Nairobi on Monday.", "Nairobi"),
    ("Last week the Joint Trade Committee convened in Lusaka.", "Lusaka"),
    ("In February, the Intergovernmental Commission on Trade was held in Astana.", "Astana"),
    ("On Friday the bilateral committee on fisheries was held in Suva.", "Suva"),
])
def test_a_standing_body_told_sat_is_a_session(extractor: RulesExtractor, text: str,
                                               place: str | None) -> None:
    found = facts(extractor, text, lead=LEAD).meetings
    assert [m.kind for m in found] == ["commission_session"]
    if place is not None:
        assert found[0].place == place


@pytest.mark.parametrize("text", [
    # the body founded, acting on something, or ahead: no sitting told
    "The Joint Commission was established in 2005 to steer economic ties.",
    "The Joint Trade Committee took a decision to lower tariffs.",
    "The Joint Commission opened an office in Accra.",
    "The national committee was held responsible for the delay.",
])
def test_a_body_not_told_sat_is_no_session(extractor: RulesExtractor, text: str) -> None:
    assert "commission_session" not in _kinds(extractor, text)


def test_a_body_ahead_is_a_commitment(extractor: RulesExtractor) -> None:
    text = "The Joint Commission will take place in Accra in June."
    assert "commission_session" not in _kinds(extractor, text)
    assert [deadline for _, deadline in _planned(extractor, text)] == ["in June"]


# ------------------------------------------------------------------ a joint working group's sitting


@pytest.mark.parametrize("text", [
    "The joint working group on agriculture held its second meeting in Lima on Monday.",
    "The Ghana-Peru Joint Working Group on Trade met in Accra on Monday.",
    "The third meeting of the bilateral working group on consular affairs took place in Hanoi on Friday.",
    "On Monday the joint working group on energy convened its first session in Baku.",
    "The Intergovernmental Working Group on Transport met in Minsk on Tuesday.",
])
def test_a_joint_working_group_sits_in_session(extractor: RulesExtractor, text: str) -> None:
    assert _kinds(extractor, text) == ["commission_session"]


@pytest.mark.parametrize("text", [
    # a working group of one side, or its members met by someone: no joint sitting
    "The working group met in Accra on Monday.",
    "The minister met members of the working group on Monday.",
])
def test_other_groups_are_no_session(extractor: RulesExtractor, text: str) -> None:
    assert "commission_session" not in _kinds(extractor, text)


# ------------------------------------------------------------------ an encounter slated for a date


@pytest.mark.parametrize(("text", "deadline"), [
    ("The next round of consultations is slated for the first half of next year.",
     "the first half of next year"),
    ("The second round of talks is slated for early next year.", "early next year"),
    ("According to the envoy, the next session is slated for October in Lima.", "October"),
    ("The summit, the ministry said, is set for Lima in October.", "October"),
    ("A meeting of the two delegations is slated for 12 June in Accra.", "12 June"),
])
def test_an_encounter_slated_is_planned(extractor: RulesExtractor, text: str, deadline: str) -> None:
    assert not [k for k in _kinds(extractor, text) if k != "visit"]
    planned = _planned(extractor, text)
    assert len(planned) == 1 and planned[0][1] is not None and deadline in planned[0][1], planned


@pytest.mark.parametrize("text", [
    # a level fixed or a person's prospects: no encounter on the calendar
    "The tariff is set at five percent for the next two years.",
    "The minister is slated for promotion, officials said.",
])
def test_other_things_slated_are_no_plan(extractor: RulesExtractor, text: str) -> None:
    assert _planned(extractor, text) == []


# ------------------------------------------------------------------ another event's time is not its own


@pytest.mark.parametrize("text", [
    "The meeting comes ahead of the president's scheduled visit to Ghana in mid-April.",
    "The talks came a week before the president's visit to Ghana on 20 April.",
    "The meeting was held prior to the summit in April.",
    "The meeting came two days before the summit on 18 April.",
    "The talks come ahead of a visit by the king to Accra in April.",
    "The meeting comes after the signing of the deal on 14 April.",
])
def test_another_events_time_does_not_date_the_encounter(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, lead=LEAD, published=date(2025, 5, 6)).meetings
    own = [m for m in found if m.evidence.text.split()[1] in ("meeting", "talks")]
    assert own, found
    assert all(m.date is None or not m.date.startswith("2025-04") for m in own), own


@pytest.mark.parametrize(("text", "day"), [
    # the encounter's own time stays its day
    ("The meeting took place on 30 April ahead of the summit in June.", "2025-04-30"),
    ("On 29 April the talks were held in Accra before the visit.", "2025-04-29"),
])
def test_the_encounters_own_time_stays(extractor: RulesExtractor, text: str, day: str) -> None:
    found = facts(extractor, text, lead=LEAD, published=date(2025, 5, 6)).meetings
    assert day in [m.date for m in found], found
