"""Setbacks and aims in our own wording: an event that "will now take place" at another time is put
off; a joint activity (an exercise, a fair) can be called off; an aim "so that it can enter into force
by …" of an undertaking is undertaken with its date."""

from __future__ import annotations

from datetime import date

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

SAID = date(2027, 10, 5)


@pytest.mark.parametrize(("text", "new"), [
    ("The fifth meeting of the Chile-Peru joint committee, which had been due in the third quarter, "
     "will now take place in December.", "2027-12"),
    ("The summit of the two presidents will now be held in March 2028, officials said.", "2028-03"),
    ("The second round of talks will instead take place in November, the ministry said.", "2027-11"),
    ("The business forum, which was scheduled for September, will now be held in January 2028.", "2028-01"),
    ("Their joint commission session, which had been planned for August, will now convene in "
     "February 2028.", "2028-02"),
])
def test_an_event_that_will_now_happen_later_is_put_off(extractor: RulesExtractor, text: str,
                                                       new: str) -> None:
    found = facts(extractor, text, published=SAID).commitments
    setbacks = [c for c in found if c.change]
    assert [(c.change, c.deadline) for c in setbacks] == [("postponed", new)], found
    assert not [c for c in found if not c.change], found  # and no new promise besides


@pytest.mark.parametrize("text", [
    "The summit of the two presidents will be held in March 2028, officials said.",
    "The fifth meeting of the joint committee will now take place as planned.",
])
def test_an_event_due_without_a_change_is_not_put_off(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=SAID).commitments
    assert not [c for c in found if c.change], found


@pytest.mark.parametrize("text", [
    "A planned joint naval exercise between Chile and Peru has been cancelled, the navy said.",
    "Peru has called off the joint military drill with Chile.",
    "The Chile-Peru trade exhibition in Lima was scrapped because of the strike.",
    "Organisers postponed the Peruvian cultural festival in Santiago to May 2028.",
    "The joint exhibition on Andean heritage has been shelved.",
])
def test_a_joint_activity_can_be_set_back(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=SAID).commitments
    assert [c for c in found if c.change], found


@pytest.mark.parametrize("text", [
    "Chile suspended imports of Peruvian fruit.",
    "The strike was called off after talks with the union.",
])
def test_what_is_no_event_or_activity_is_not_set_back(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=SAID).commitments
    assert not [c for c in found if c.change], found


@pytest.mark.parametrize(("text", "deadline"), [
    ("Chile and Peru pledged to complete their ratification procedures within the year so that the "
     "agreement can enter into force by January 2028.", "2028-01"),
    ("The two sides agreed to finish the feasibility study so that construction could begin in "
     "March 2028.", "2028-03"),
    ("Peru will submit the treaty to Congress so that it can take effect by the end of 2027.", "2027-12"),
    ("The ministers decided to speed up the talks so that the deal can be signed in December.", "2027-12"),
    ("Both governments committed to amend their visa rules so that the waiver can apply from "
     "February 2028.", "2028-02"),
])
def test_the_dated_aim_of_an_undertaking_is_undertaken(extractor: RulesExtractor, text: str,
                                                       deadline: str) -> None:
    found = facts(extractor, text, published=SAID).commitments
    assert deadline in [c.deadline for c in found], found
    assert len([c for c in found if not c.change]) == 2, found


@pytest.mark.parametrize("text", [
    # undated: the aim is only a purpose
    "Chile and Peru pledged to complete their ratification procedures so that the agreement can "
    "enter into force.",
    # no undertaking above it
    "The ministers met on Monday so that the deal could be signed by December.",
])
def test_an_undated_aim_or_one_of_no_undertaking_is_none(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=SAID).commitments
    aims = [c for c in found if "force" in c.action or "signed" in c.action or c.action.startswith("sign")]
    assert not [c for c in aims if c.deadline], found


@pytest.mark.parametrize("text", [
    "Rojas's visit to Norway moved forward to July",
    "The state visit of President Ana Rojas to Oslo has been brought forward to 8 July.",
    "Kessler's visit to Santiago was moved up by a week, the ministry said.",
    "The Norwegian king's trip to Chile has been brought forward to March.",
    "Officials said the president's visit to Accra had been moved forward because of the elections.",
])
def test_a_visit_moved_to_an_earlier_time_is_no_visit_held(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=date(2031, 6, 2)).meetings
    assert not [m for m in found if m.kind == "visit"], found


@pytest.mark.parametrize("text", [
    "President Ana Rojas's visit to Oslo moved ahead with talks on fisheries on Monday.",
    "Rojas's visit to Norway brought new deals on fisheries on Monday.",
])
def test_a_visit_that_went_on_is_still_held(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=date(2031, 6, 2)).meetings
    assert [m for m in found if m.kind == "visit"], found


@pytest.mark.parametrize(("text", "action", "change"), [
    ("The first meeting of the Ghana-Peru joint trade committee, planned in Lima last week, did not take "
     "place, and no new date has been set.", "joint trade committee", "postponed"),
    ("The joint fisheries committee, which was to have met in Accra in June, never convened, officials "
     "said.", "committee", "postponed"),
    ("The summit was not held as planned because of the storm.", "summit", "postponed"),
    ("The trade talks did not go ahead in March, the ministry said.", "talks", "postponed"),
    ("The state visit never took place.", "visit", "postponed"),
    ("The joint naval exercise will not take place this year, the navy said.", "exercise", "cancelled"),
    ("The visit will not go ahead, the palace said.", "visit", "cancelled"),
])
def test_an_event_reported_not_held_is_set_back(extractor: RulesExtractor, text: str, action: str,
                                                change: str) -> None:
    found = [c for c in facts(extractor, text, published=date(2031, 6, 2)).commitments if c.change]
    assert len(found) == 1 and action in found[0].action and found[0].change == change, found


@pytest.mark.parametrize("text", [
    "The joint committee did not meet the deadline for its report.",
    "The two ministers did not meet on Monday, but spoke by telephone.",
    "The project never took off.",
])
def test_what_is_no_event_not_held_sets_nothing_back(extractor: RulesExtractor, text: str) -> None:
    assert not [c for c in facts(extractor, text, published=date(2031, 6, 2)).commitments if c.change]


@pytest.mark.parametrize(("text", "deadline"), [
    ("The first meeting of the council, which was expected in Lima by the end of March, is now likely to "
     "take place in April, the spokesperson said.", "2031-04"),
    ("The summit is now expected to be held in May.", "2031-05"),
    ("The joint commission's session is now set to take place in July, officials said.", "2031-07"),
    ("The state visit is now scheduled to take place in September.", "2031-09"),
    ("The talks are now due to be held in October, the ministry said.", "2031-10"),
])
def test_an_event_now_expected_later_is_put_off(extractor: RulesExtractor, text: str, deadline: str) -> None:
    found = [c for c in facts(extractor, text, published=date(2031, 3, 7)).commitments if c.change]
    assert [(c.change, c.deadline) for c in found] == [("postponed", deadline)], found


@pytest.mark.parametrize("text", [
    "The summit is likely to take place in May.",  # a plan, no change of one
    "Trade is now expected to grow in May.",  # no event
])
def test_an_event_expected_without_now_is_no_setback(extractor: RulesExtractor, text: str) -> None:
    assert not [c for c in facts(extractor, text, published=date(2031, 3, 7)).commitments if c.change]


@pytest.mark.parametrize("text", [
    "She said dates for the Crown Prince's visit to Lima were being worked out.",
    "The timing of the president's visit to Lima has not been set.",
    "Arrangements for the king's visit to Accra were finalised on Monday.",
    "The date of President Ruto's visit to Ghana was announced on Monday.",
    "Modalities for the minister's visit to Lima are being discussed.",
])
def test_a_visit_whose_dates_are_being_fixed_is_no_visit_held(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=date(2031, 3, 7)).meetings
    assert not [m for m in found if m.kind == "visit"], found


@pytest.mark.parametrize("text", [
    "President Ruto's visit to Ghana brought two deals on Monday.",
    "The programme of President Ruto's visit to Ghana included talks on Monday.",
])
def test_a_visit_told_with_its_outcome_is_held(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=date(2031, 3, 7)).meetings
    assert [m for m in found if m.kind == "visit"], found
