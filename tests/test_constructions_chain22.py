"""Follow-through over chains nobody tuned on (round 22, chain22): a time "re-set" with a hyphen, or given
after the object of an active "rescheduled … for August", is the new time of a setback; an event "brought
forward to September" is neither put off nor called off, yet judged by its earlier time; "in the second
half of 2026", left out of a deadline, is still a window for tracking; a promise of money is kept
by a report that "the full" sum was received; a promise listing four places is read over every report.
Texts are invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord.curation import apply_curation
from accord.extract.rules import RulesExtractor
from accord.pipeline import BatchResult
from accord.read.commitments import commitments
from accord.resolve.model import Record
from accord.track import window
from tests.extract_support import facts
from tests.test_constructions_chain21 import LEAD as _LEAD
from tests.test_constructions_chain21 import extractor, reported
from tests.test_follow import batch, status_of

__all__ = ["extractor"]  # the fixture of tests/test_constructions_chain21.py, shared

# ------------------------------------------------- a new time after a hyphen or after the object


@pytest.mark.parametrize(("text", "action", "due"), [
    ("The summit has been re-set for October 14, officials said.", "summit", "2025-10-14"),
    ("President Amina Salim's state visit to Oman was re-set for next month, her office said.",
     "state visit to Oman", "2025-06"),
    ("Oman and Tanzania have rescheduled the fourth session of their joint permanent commission for "
     "August, the ministry said.", "fourth session of their joint permanent commission", "2025-08"),
    ("Tanzania rescheduled the meeting of the joint committee on fisheries for August 20.",
     "meeting of the joint committee on fisheries", "2025-08-20"),
    ("The ministry has rescheduled the signing of the port agreement to September.",
     "signing of the port agreement", "2025-09"),
])
def test_a_new_time_re_set_or_after_the_object_is_read(extractor: RulesExtractor, text: str, action: str,
                                                       due: str) -> None:
    assert [(c, a, d) for c, a, d in reported(extractor, text) if c] == [("postponed", action, due)]


@pytest.mark.parametrize("text", [
    # a time of the putting off, not to which
    "Oman rescheduled the meeting of the joint committee on Monday.",
    # a time already past is no new time
    "The summit was re-set for April 2, 2024, officials said.",
])
def test_a_time_not_ahead_is_no_new_time(extractor: RulesExtractor, text: str) -> None:
    assert [d for c, _a, d in reported(extractor, text) if c == "postponed"] in ([], [None])


# ------------------------------------------------- brought forward


@pytest.mark.parametrize(("text", "action", "due"), [
    ("The session of the Oman-Tanzania joint commission due in Muscat in November has been brought "
     "forward to September, the ministry said.",
     "session of the Oman-Tanzania joint commission due in Muscat in November", "2025-09"),
    ("The summit has been moved up to July, officials said.", "summit", "2025-07"),
    ("The state visit to Dodoma was moved forward to June 12.", "state visit to Dodoma", "2025-06-12"),
    ("Officials said the joint commission meeting had been brought forward to next month.",
     "joint commission meeting", "2025-06"),
    ("The talks, first planned for December, were brought forward to October.", "talks", "2025-10"),
])
def test_an_event_brought_forward_to_a_time_is_advanced(extractor: RulesExtractor, text: str, action: str,
                                                        due: str) -> None:
    assert [(c, a, d) for c, a, d in reported(extractor, text) if c] == [("advanced", action, due)]


@pytest.mark.parametrize("text", [
    "Kessler's visit to Santiago was moved up by a week, the ministry said.",
    "The talks were brought forward because of the elections.",
    "Work on the port has moved forward in the past year.",
])
def test_brought_forward_with_no_time_sets_nothing(extractor: RulesExtractor, text: str) -> None:
    assert [r for r in reported(extractor, text) if r[0]] == []


_FIRST = (" date 2031-01-14 \nDAR ES SALAAM - Oman and Tanzania will hold the sixth session of their joint "
          "permanent commission in Muscat in November, the foreign minister said on Tuesday.\n")
_FORWARD = (" date 2031-06-10 \nMUSCAT - The sixth session of the Omani-Tanzanian joint permanent "
            "commission, which had been due in November, has been brought forward to September, the "
            "ministry said.\n")


def _listed(result: BatchResult, as_of: date) -> list[tuple[str | None, str]]:
    views = commitments(apply_curation(result.register, []), as_of)
    return sorted((v.record.fields.get("deadline"), v.status) for v in views)


def test_a_promise_brought_forward_is_judged_by_the_earlier_time(tmp_path: Path) -> None:
    result = batch(tmp_path, _FIRST, _FORWARD)
    # still to come in August; missed once September has passed, though November has not
    assert status_of(result, "sixth session", date(2031, 8, 1)) == "open"
    assert status_of(result, "sixth session", date(2031, 10, 15)) == "overdue"
    assert ("2031-09", "overdue") in _listed(result, date(2031, 10, 15))


def test_a_promise_brought_forward_and_kept_then_is_fulfilled(tmp_path: Path) -> None:
    held = (" date 2031-09-17 \nMUSCAT - The sixth session of the Omani-Tanzanian joint permanent commission "
            "opened in Muscat on Tuesday, co-chaired by the two foreign ministers.\n")
    result = batch(tmp_path, _FIRST, _FORWARD, held)
    assert status_of(result, "sixth session", date(2031, 10, 15)) == "fulfilled"


def test_a_promise_re_set_to_a_later_day_is_postponed(tmp_path: Path) -> None:
    visit = (" date 2031-08-20 \nMUSCAT - President Amina Salim will pay a state visit to Oman on "
             "September 9, her office said on Wednesday.\n")
    reset = (" date 2031-09-05 \nDODOMA - President Amina Salim's state visit to Oman has been re-set for "
             "October 14, her office said on Friday.\n")
    result = batch(tmp_path, visit, reset)
    assert status_of(result, "state visit", date(2031, 10, 1)) == "postponed"


# ------------------------------------------------- half a year: left out of a deadline, still a window


def _promised(deadline_text: str, reported: str) -> Record:
    fields = {"action": "hold the first session of the joint commission", "deadline": None,
              "deadline_text": deadline_text, "reported": reported, "pair": ["OM", "TZ"]}
    return Record("com-1", "commitments", fields, [])


@pytest.mark.parametrize(("told", "reported", "lo", "hi"), [
    ("in the second half of 2026", "2025-05-06", date(2026, 7, 1), date(2026, 12, 31)),
    ("by mid-2027", "2025-05-06", date(2027, 1, 1), date(2027, 6, 30)),
    ("in the first half of next year", "2025-05-06", date(2026, 1, 1), date(2026, 6, 30)),
    ("during the second half of the year", "2025-05-06", date(2025, 7, 1), date(2025, 12, 31)),
    ("by the middle of next year", "2025-11-20", date(2026, 1, 1), date(2026, 6, 30)),
])
def test_half_a_year_left_out_of_the_deadline_is_still_a_window(told: str, reported: str, lo: date,
                                                                  hi: date) -> None:
    due = window(_promised(told, reported))
    assert due is not None and (due.lo, due.hi) == (lo, hi)


@pytest.mark.parametrize("told", ["in the second half of March", "soon"])
def test_half_a_month_or_no_time_left_out_is_no_window(told: str) -> None:
    assert window(_promised(told, "2025-05-06")) is None


@pytest.mark.parametrize(("text", "told"), [
    ("The joint commission will meet in Dar es Salaam in the second half of 2026.",
     "in the second half of 2026"),
    ("Oman will open a consulate in Zanzibar by mid-2027.", "by mid-2027"),
    ("The two sides agreed to hold the next round of talks in the first half of next year.",
     "in the first half of next year"),
    ("Tanzania is to send a trade mission to Salalah during the second half of the year.",
     "during the second half of the year"),
    ("Both ministers pledged to sign the visa accord by the middle of next year.",
     "by the middle of next year"),
])
def test_half_a_year_is_told_but_no_deadline_of_the_fact(extractor: RulesExtractor, text: str,
                                                          told: str) -> None:
    found = facts(extractor, text, lead=_LEAD).commitments
    assert [(c.deadline_text, c.deadline) for c in found] == [(told, None)]


@pytest.mark.parametrize(("text", "due"), [
    ("The joint commission will meet in Dar es Salaam in the second half of June.", "2025-06"),
    ("Oman will open a consulate in Zanzibar by June 2026.", "2026-06"),
])
def test_half_a_month_or_a_month_stays_the_deadline(extractor: RulesExtractor, text: str, due: str) -> None:
    assert [c.deadline for c in facts(extractor, text, lead=_LEAD).commitments] == [due]


# ------------------------------------------------- money received in full


_LOAN = (" date 2031-01-15 \nBELGRADE - Hungary will lend Serbia 100 million euros for the Subotica railway "
         "by the end of June, the Hungarian foreign minister said on Wednesday.\n")


@pytest.mark.parametrize("received", [
    " date 2031-06-24 \nBELGRADE - Serbia has now received the full 100 million euros of the Hungarian loan, "
    "the finance minister said on Tuesday.\n",
    " date 2031-06-24 \nBELGRADE - Serbia received the whole 100 million euros of the Hungarian loan for "
    "the Subotica railway on Monday.\n",
    " date 2031-06-24 \nBELGRADE - Serbia received the second and final tranche of the Hungarian loan on "
    "Monday.\n",
])
def test_a_loan_received_in_full_keeps_the_promise(tmp_path: Path, received: str) -> None:
    result = batch(tmp_path, _LOAN, received)
    assert status_of(result, "lend", date(2031, 7, 31)) == "fulfilled"


@pytest.mark.parametrize("received", [
    " date 2031-06-24 \nBELGRADE - Serbia received the first tranche of 40 million euros of the Hungarian "
    "loan on Monday.\n",
    " date 2031-06-24 \nBELGRADE - Serbia received a delegation from Hungary on Monday.\n",
])
def test_a_part_of_a_loan_or_a_visit_received_keeps_nothing(tmp_path: Path, received: str) -> None:
    result = batch(tmp_path, _LOAN, received)
    assert status_of(result, "lend", date(2031, 7, 31)) == "overdue"


# ------------------------------------------------- four places, one a report


def test_a_promise_listing_four_places_is_read_over_every_report(tmp_path: Path) -> None:
    pledge = (" date 2031-02-10 \nASTANA - Kazakhstan will open consulates general in Antalya, Istanbul, "
              "Bursa and Trabzon by the end of September, the foreign minister said on Monday.\n")
    opened = [f" date 2031-{m:02d}-15 \n{c.upper()} - Kazakhstan opened its consulate general in {c} on "
              "Monday, the ministry said.\n"
              for m, c in ((4, "Antalya"), (5, "Istanbul"), (7, "Bursa"), (9, "Trabzon"))]
    (tmp_path / "all").mkdir()
    (tmp_path / "three").mkdir()
    every = batch(tmp_path / "all", pledge, *opened)
    assert status_of(every, "consulates", date(2031, 10, 31)) == "fulfilled"
    assert status_of(batch(tmp_path / "three", pledge, *opened[:3]), "consulates",
                     date(2031, 10, 31)) == "overdue"
