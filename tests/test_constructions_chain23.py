"""Follow-through over chains nobody tuned on (round 23, chain23): an event brought forward with its object
between the verb and "forward"/"up", and judged by that earlier time when it is held; a rescheduling by two
states joined as one subject; planned works "dropped"; a promise to "bring" a document "into force"; a
minister's visit kept by a meeting that names only the ministers' office; a document suspended is a later
step of its life, linked to its signing. Texts are invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord.extract.rules import RulesExtractor
from accord.track import instrument_lifecycle
from tests.extract_support import facts
from tests.test_constructions_chain21 import LEAD as _LEAD
from tests.test_constructions_chain21 import extractor, reported
from tests.test_follow import batch, status_of

__all__ = ["extractor"]  # the fixture of tests/test_constructions_chain21.py, shared

# ------------------------------------------------- brought forward, the object between


@pytest.mark.parametrize(("text", "action", "due"), [
    ("Oman brought the talks forward to July.", "talks", "2025-07"),
    ("Tanzania has moved the state visit up to June 12, officials said.", "state visit", "2025-06-12"),
    ("The ministry brought the signing of the port agreement forward to September 3.",
     "signing of the port agreement", "2025-09-03"),
    ("Oman moved the meeting of the joint committee forward to next month, the ministry said.",
     "meeting of the joint committee", "2025-06"),
    ("Citing the elections, Tanzania brought the second round of its talks with Oman forward to August.",
     "second round of its talks with Oman", "2025-08"),
])
def test_an_event_brought_forward_with_its_object_between_is_advanced(
        extractor: RulesExtractor, text: str, action: str, due: str) -> None:
    assert [(c, a, d) for c, a, d in reported(extractor, text) if c] == [("advanced", action, due)]


@pytest.mark.parametrize("text", [
    "Oman moved the talks up the agenda to please Tanzania.",
    "Tanzania brought the issue forward at the talks.",
    "Oman brought its delegation to Dodoma in July.",
])
def test_bringing_or_moving_with_no_time_ahead_is_no_advance(extractor: RulesExtractor, text: str) -> None:
    assert [r for r in reported(extractor, text) if r[0]] == []


_TALKS = (" date 2032-03-10 \nZAGREB - Oman and Tanzania will hold the first round of talks on a shipping "
          "agreement in Muscat in October, the ministry said on Monday.\n")
_FORWARD = (" date 2032-05-20 \nMUSCAT - Oman brought the first round of the shipping talks with Tanzania "
            "forward to July, the foreign ministry said on Thursday.\n")


def test_talks_brought_forward_and_held_after_the_earlier_time_are_late(tmp_path: Path) -> None:
    held = (" date 2032-08-28 \nMUSCAT - Omani and Tanzanian negotiators held the first round of talks on a "
            "shipping agreement in Muscat on August 26 and 27, the ministry said.\n")
    result = batch(tmp_path, _TALKS, _FORWARD, held)
    assert status_of(result, "first round", date(2032, 12, 31)) == "fulfilled_late"


def test_talks_brought_forward_and_held_by_then_are_kept(tmp_path: Path) -> None:
    held = (" date 2032-07-16 \nMUSCAT - Omani and Tanzanian negotiators held the first round of talks on a "
            "shipping agreement in Muscat on July 14 and 15, the ministry said.\n")
    result = batch(tmp_path, _TALKS, _FORWARD, held)
    assert status_of(result, "first round", date(2032, 12, 31)) == "fulfilled"


# ------------------------------------------------- who set it back: states joined as one subject


def _actors(extractor: RulesExtractor, text: str) -> list[str | None]:
    return [c.actor for c in facts(extractor, text, lead=_LEAD).commitments if c.change]


@pytest.mark.parametrize(("text", "actor"), [
    ("Oman and Tanzania have rescheduled the session of the joint commission for August.",
     "Oman and Tanzania"),
    ("Kenya, Uganda and Tanzania postponed the summit to July.", "Kenya, Uganda and Tanzania"),
    ("Tanzania and Oman called off the joint naval exercise planned for June.", "Tanzania and Oman"),
    ("Djibouti and Ethiopia have put off the ninth session of their joint commission, the ministry said.",
     "Djibouti and Ethiopia"),
    ("President Samia Suluhu Hassan postponed her visit to Oman.", "President Samia Suluhu Hassan"),
])
def test_the_setback_is_of_every_state_named_in_its_subject(extractor: RulesExtractor, text: str,
                                                            actor: str) -> None:
    assert _actors(extractor, text) == [actor]


def test_a_joined_word_that_names_nobody_is_left_out(extractor: RulesExtractor) -> None:
    assert _actors(extractor, "Oman and its partners postponed the summit to July.") == ["Oman"]


# ------------------------------------------------- planned works dropped


@pytest.mark.parametrize(("text", "action"), [
    ("Malawi and Oman have dropped the planned one-stop border post at Mchinji.",
     "planned one-stop border post"),
    ("Tanzania dropped plans for a state visit to Oman.", "plans for a state visit to Oman"),
    ("Tanzania has scrapped the proposed bridge over the Ruvuma.", "proposed bridge over the Ruvuma"),
    ("The planned hospital in Zanzibar was cancelled in May, officials said.",
     "planned hospital in Zanzibar"),
    ("Oman has dropped the planned joint naval exercise with Tanzania.",
     "planned joint naval exercise with Tanzania"),
])
def test_planned_works_or_events_dropped_are_called_off(extractor: RulesExtractor, text: str,
                                                        action: str) -> None:
    assert [(c, a) for c, a, _d in reported(extractor, text) if c] == [("cancelled", action)]


@pytest.mark.parametrize("text", [
    "Oman dropped its visa requirement for Tanzanians.",
    "Exports to Oman dropped by 5 percent in May.",
    "Oman suspended flights to Tanzania after the storm.",
])
def test_dropping_what_is_no_plan_calls_nothing_off(extractor: RulesExtractor, text: str) -> None:
    assert [r for r in reported(extractor, text) if r[0]] == []


# ------------------------------------------------- bring a document into force


@pytest.mark.parametrize(("text", "action", "due"), [
    ("Oman and Tanzania will bring the agreement into force by January 1, 2026.",
     "bring the agreement into force", "2026-01-01"),
    ("The two governments will bring the treaty into force by March 2026, once both parliaments have "
     "ratified it.", "bring the treaty into force", "2026-03"),
    ("Tanzania will put the visa waiver into effect in July.", "put the visa waiver into effect", "2025-07"),
    ("Both sides pledged to bring the fisheries protocol into force before the end of the year.",
     "bring the fisheries protocol into force", "2025-12"),
    ("Oman will bring the air services agreement with Tanzania into force on September 1.",
     "bring the air services agreement with Tanzania into force", "2025-09-01"),
])
def test_bringing_a_document_into_force_by_a_time_is_a_promise(extractor: RulesExtractor, text: str,
                                                                action: str, due: str) -> None:
    found = facts(extractor, text, lead=_LEAD).commitments
    assert [(c.action, c.deadline) for c in found] == [(action, due)]


@pytest.mark.parametrize("text", [
    "The agreement will bring new investment into the region.",
    "The deal will bring the two sides closer.",
])
def test_bringing_other_things_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert facts(extractor, text, lead=_LEAD).commitments == []


def test_a_document_brought_into_force_keeps_the_promise(tmp_path: Path) -> None:
    signed = (" date 2032-03-12 \nMUSCAT - Oman and Tanzania signed an agreement on social security in "
              "Muscat on Monday. The two governments will bring the agreement into force by January 1, "
              "2033.\n")
    in_force = (" date 2032-12-02 \nDODOMA - The agreement on social security between Tanzania and Oman "
                "entered into force on December 1, the ministry said.\n")
    result = batch(tmp_path, signed, in_force)
    assert status_of(result, "into force", date(2033, 3, 31)) == "fulfilled"


# ------------------------------------------------- a visit kept by a meeting of the ministers' office

_VISIT = (" date 2032-06-20 \nNAIROBI - Omani Foreign Minister Badr Albusaidi will visit Kenya in July, "
          "the Kenyan foreign ministry said on Friday.\n")


@pytest.mark.parametrize("met", [
    "The foreign ministers of Kenya and Oman met in Nairobi on Wednesday and agreed to set up a joint "
    "commission.",
    "Kenya's and Oman's foreign ministers held talks in Nairobi on Wednesday on trade and shipping.",
    "The two ministers met in Nairobi on Wednesday to discuss direct flights between Kenya and Oman.",
])
def test_a_meeting_of_the_promised_office_keeps_a_visit(tmp_path: Path, met: str) -> None:
    result = batch(tmp_path, _VISIT, f" date 2032-07-17 \nNAIROBI - {met}\n")
    assert status_of(result, "visit", date(2032, 10, 31)) == "fulfilled"


@pytest.mark.parametrize("met", [
    "The trade ministers of Kenya and Oman met in Nairobi on Wednesday and agreed to set up a joint "
    "business council.",
    "The two presidents met in Nairobi on Wednesday to discuss direct flights between Kenya and Oman.",
])
def test_a_meeting_of_another_office_keeps_no_visit(tmp_path: Path, met: str) -> None:
    result = batch(tmp_path, _VISIT, f" date 2032-07-17 \nNAIROBI - {met}\n")
    assert status_of(result, "visit", date(2032, 10, 31)) == "overdue"


# ------------------------------------------------- a document suspended: a later step of it

_MOU = (" date 2032-02-14 \nMUSCAT - Oman and Tanzania on Thursday signed a memorandum of understanding "
        "on fisheries cooperation in Muscat.\n")


def test_a_suspended_memorandum_is_linked_to_its_signing(tmp_path: Path) -> None:
    signed = _MOU
    suspended = (" date 2032-04-11 \nDODOMA - Tanzania has suspended the memorandum of understanding on "
                 "fisheries cooperation it signed with Oman in February, the ministry said on Friday.\n")
    result = batch(tmp_path, signed, suspended)
    links = instrument_lifecycle(result.register)
    assert [ln.relation for ln in links] == ["suspended"]


def test_a_memorandum_signed_and_not_suspended_has_no_later_step(tmp_path: Path) -> None:
    signed = _MOU
    told = (" date 2032-04-11 \nDODOMA - The memorandum of understanding on fisheries cooperation that "
            "Tanzania signed with Oman in February has helped fishermen, the ministry said on Friday.\n")
    result = batch(tmp_path, signed, told)
    assert instrument_lifecycle(result.register) == []
