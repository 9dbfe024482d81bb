"""An event planned in its own noun phrase ("the president's state visit to Cairo, planned for April"):
the planner is the one whose event it is, and the action is the event, not its scheduling. Our own wording."""

from __future__ import annotations

from datetime import date

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


@pytest.mark.parametrize(("text", "actor", "action"), [
    ("Chilean President Ana Rojas's state visit to Oslo, planned for later this month, has been "
     "postponed.", "Ana Rojas", "visit to Oslo"),
    ("Prime Minister Arvid Kessler's official visit to Santiago, scheduled for June, was confirmed by "
     "both sides.",
     "Arvid Kessler", "visit to Santiago"),
    ("The Ghanaian president's working visit to Lima, slated for next month, was confirmed on Monday.",
     "Ghana", "visit to Lima"),
    ("Norwegian Foreign Minister Lene Dahl's trip to Accra, planned for September, was announced by "
     "the ministry on Tuesday.", "Lene Dahl", "trip to Accra"),
    ("Kenyan President Samuel Otieno's state visit to Peru, scheduled for March 2027, would be the "
     "first by a Kenyan leader.", "Samuel Otieno", "visit to Peru"),
])
def test_a_planned_event_is_its_owners_and_reads_without_its_scheduling(
        extractor: RulesExtractor, text: str, actor: str, action: str) -> None:
    found = facts(extractor, text, published=date(2026, 4, 2)).commitments
    planned = [c for c in found if c.deadline]
    assert planned, found
    assert planned[0].actor == actor and planned[0].action == action, planned


@pytest.mark.parametrize("text", [
    # the scheduling participle hangs on no event noun of the pair's
    "The vote, planned for later this month, was put off by parliament.",
    "Farmers' protests, scheduled for Friday, were called off after the rain.",
])
def test_what_is_no_planned_visit_gives_no_visitor(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).commitments
    assert not any("visit" in c.action for c in found), found


@pytest.mark.parametrize("text", [
    "Chilean President Ana Rojas arrived in Oslo on Monday for a state visit originally planned for April.",
    "The talks, initially scheduled for March, opened in Lima on Tuesday.",
    "Kenyan President Samuel Otieno began a visit to Peru previously set for May.",
])
def test_a_former_schedule_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=date(2026, 10, 20)).commitments
    assert not [c for c in found if c.deadline], found


@pytest.mark.parametrize(("text", "deadline"), [
    ("Morocco and Brazil agreed that the joint fisheries committee would hold its first meeting in Brasilia "
     "within three months.", "2026-07-02"),
    ("Peru said its new trade office in Accra will hold its first exhibition within two months.",
     "2026-06-02"),
    ("Their working group will hold its first session within six weeks.", "2026-05-14"),
    ("Chile will make its first payment under the loan within 90 days.", "2026-07-01"),
    ("The council will hold its first sitting within four months.", "2026-08-02"),
])
def test_ones_own_first_act_within_a_time_is_due_by_then(extractor: RulesExtractor, text: str,
                                                         deadline: str) -> None:
    found = facts(extractor, text, published=date(2026, 4, 2)).commitments
    assert [c.deadline for c in found] == [deadline], found


@pytest.mark.parametrize("text", [
    "Officials said that preparations for Prime Minister Arvid Kessler's visit to Chile were under way.",
    "Preparations for President Ana Rojas's state visit to Norway are well under way, the ministry said.",
    "Arrangements for the Ghanaian president's visit to Lima were in progress, an aide said.",
    "Preparations are under way for Prime Minister Arvid Kessler's visit to Chile.",
    "Work on the Norwegian king's visit to Accra is ongoing, the palace said.",
])
def test_a_visit_being_prepared_is_no_visit_held(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=date(2026, 4, 2)).meetings
    assert not [m for m in found if m.kind == "visit"], found


@pytest.mark.parametrize("text", [
    "Prime Minister Arvid Kessler paid a visit to Chile on Monday, with preparations for the summit "
    "under way.",
    "President Ana Rojas arrived in Oslo on Monday for a state visit to Norway.",
])
def test_a_visit_made_beside_preparations_is_still_a_visit(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=date(2026, 4, 2)).meetings
    assert [m for m in found if m.kind == "visit"], found


@pytest.mark.parametrize(("text", "action"), [
    ("The treaty will be signed at a later date.", "sign the treaty"),
    ("The agreement is expected to be signed later this year.", "sign the agreement"),
    ("A memorandum on fisheries will be signed in March.", "sign a memorandum on fisheries"),
    ("The next session would be held in Lima in May.", "hold the next session in Lima"),
    ("The protocol will be ratified by the end of the year.", "ratify the protocol"),
])
def test_a_passive_promise_reads_its_subject_as_written(extractor: RulesExtractor, text: str,
                                                        action: str) -> None:
    found = facts(extractor, text, published=date(2026, 4, 2)).commitments
    assert [c.action for c in found] == [action], found


@pytest.mark.parametrize(("text", "action"), [
    ("The Lima Protocol will be signed in March.", "sign the Lima Protocol"),
    ("Peru's new fisheries agreement will be signed in March.", "sign Peru's new fisheries agreement"),
])
def test_a_passive_promise_keeps_a_names_capitals(extractor: RulesExtractor, text: str, action: str) -> None:
    found = facts(extractor, text, published=date(2026, 4, 2)).commitments
    assert [c.action for c in found] == [action], found
