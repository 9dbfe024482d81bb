"""Constructions of round 21 (issue 9, lead), proved on our own wording.

An event set for a time in the active voice is a plan of those who set it, as the passive ("the next round
is scheduled for March") already was: "Ghana and Peru scheduled the next round of consultations for March",
"fixed the date of the forum for 20 October". A month after "for" is a time when a meeting stands before it
("the session for August"), not only after a word that schedules; "calls for May to resign" stays none. A
setback's new time may carry its own "for" ("rescheduled the session for August").
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.extract.rules import RulesExtractor
from accord.normalize.dates import find_time_expressions
from tests.extract_support import TALKS_LEAD, facts

Promise = tuple[str | None, str, str | None, str | None]


def promises(extractor: RulesExtractor, text: str) -> list[Promise]:
    return [(c.actor, c.action, c.deadline_text, c.deadline)
            for c in facts(extractor, text, lead=TALKS_LEAD).commitments if c.change is None]


# ------------------------------------------------------------------ an event set for a time, active voice


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Peru scheduled the next round of consultations for March.",
     ("Ghana and Peru", "round of consultations", "for March", "2026-03")),
    ("Peru has scheduled the state visit of its president for early September.",
     ("Peru", "visit of its president", "early September", "2025-09")),
    ("The ministries fixed the date of the business forum for 20 October.",
     ("The ministries", "forum", "20 October.", "2025-10-20")),
    ("The leaders scheduled the next session in Lima in August.",
     ("Ghana and Peru", "session in Lima", "in August", "2025-08")),
    ("The two foreign ministers have set the next meeting for 14 July.",
     ("Ghana and Peru", "meeting", "14 July.", "2025-07-14")),
])
def test_an_event_set_for_a_time_is_a_plan(extractor: RulesExtractor, text: str, expected: Promise) -> None:
    assert promises(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "Ghana has not scheduled the talks for March.",  # negated
    "The leaders set the tone for the summit in May.",  # no event is set: the tone
    "The ministers set the agenda for the next meeting.",  # an agenda, no time
    "The two sides set a target of five billion dollars in trade.",  # a target is no event
])
def test_no_event_set_for_a_time(extractor: RulesExtractor, text: str) -> None:
    assert promises(extractor, text) == []


# ------------------------------------------------------------------ "for" a month after a meeting


@pytest.mark.parametrize(("text", "value"), [
    ("They scheduled the next round of consultations for March.", "2026-03"),
    ("The two sides rescheduled the joint commission session for August.", "2025-08"),
    ("They set the summit for November.", "2025-11"),
    ("The ministers booked the talks for June.", "2025-06"),
    ("They arranged a visit for October.", "2025-10"),
])
def test_a_month_for_which_a_meeting_is_set(text: str, value: str) -> None:
    assert [e.value for e in find_time_expressions(text, date(2025, 5, 9), future=True)] == [value]


@pytest.mark.parametrize("text", [
    "Protesters called for May to resign.",
    "The opposition is pressing for May to step down.",
])
def test_for_a_name_is_no_month(text: str) -> None:
    assert find_time_expressions(text, date(2025, 5, 9), future=True) == []


# ------------------------------------------------------------------ a setback's new time with its "for"


@pytest.mark.parametrize(("text", "deadline"), [
    ("The two sides rescheduled the joint commission session for August.", "2025-08"),
    ("Peru rescheduled the trade talks for September, the ministry said.", "2025-09"),
    ("Ghana postponed the minister's visit to Lima until October.", "2025-10"),
    ("The summit was rescheduled for 12 September.", "2025-09-12"),
    ("Officials rescheduled the signing ceremony for early November.", "2025-11"),
])
def test_a_setback_reads_its_new_time_with_its_for(extractor: RulesExtractor, text: str,
                                                   deadline: str) -> None:
    setbacks = [c for c in facts(extractor, text, lead=TALKS_LEAD).commitments if c.change == "postponed"]
    assert [c.deadline for c in setbacks] == [deadline]


def test_a_setback_with_no_new_time_has_none(extractor: RulesExtractor) -> None:
    setbacks = [c for c in facts(extractor, "The joint commission session was postponed indefinitely.",
                                 lead=TALKS_LEAD).commitments if c.change == "postponed"]
    assert [c.deadline for c in setbacks] == [None]
