"""Follow-through over chains nobody tuned on (round 21, chain21): a promise put off to a new time
("rescheduled to May", "moved to June", "will now be held … by the end of May") is a commitment of its own,
kept or missed against that time, beside the first one it puts off; a promise that lists places is kept
only when each is reported done; a visit called off, then made in a report that recalls the setback,
keeps the promise late; the final tranche of a loan pays the loan out. Texts are invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord.curation import apply_curation
from accord.extract.rules import RulesExtractor
from accord.pipeline import BatchResult
from accord.read.commitments import commitments
from accord.settings import DEFAULT_MODEL
from tests.extract_support import facts
from tests.test_follow import batch, status_of

# Published Tuesday 6 May 2025.
LEAD = "Oman and Tanzania signed an agreement on fisheries in Muscat on Monday, the ministry said.\n"


@pytest.fixture(scope="module")
def extractor() -> RulesExtractor:
    return RulesExtractor(DEFAULT_MODEL)


def reported(extractor: RulesExtractor, text: str) -> list[tuple[str | None, str | None, str | None]]:
    found = facts(extractor, text, lead=LEAD)
    return [(c.change, c.action, c.deadline) for c in found.commitments]


# ------------------------------------------------- put off to a new time


@pytest.mark.parametrize(("text", "action", "due"), [
    ("The fifth session of the joint commission, which had been planned for March, has been rescheduled to "
     "June.",
     "fifth session of the joint commission", "2025-06"),
    ("The joint commission meeting has been moved to July, the ministry said.",
     "joint commission meeting", "2025-07"),
    ("Officials said the visit by Oman's foreign minister was shifted to next month.",
     "visit by Oman's foreign minister", "2025-06"),
    ("The summit has been reset for October 14, officials said.", "summit", "2025-10-14"),
    ("The signing of the port agreement was pushed back to September.",
     "signing of the port agreement", "2025-09"),
    ("The second round of consultations will now be held in Dar es Salaam by the end of August, the "
     "ministry said.", "second round of consultations", "2025-08"),
])
def test_an_event_put_off_to_a_new_time_is_set_back_to_it(extractor: RulesExtractor, text: str, action: str,
                                                           due: str) -> None:
    assert reported(extractor, text) == [("postponed", action, due)]


@pytest.mark.parametrize("text", [
    # a new venue, not a new time
    "The joint commission meeting has been moved to Zanzibar, the ministry said.",
    # brought forward: moved, neither put off nor called off
    "The summit has been moved up to April, officials said.",
    # moving to do something is no setback
    "Tanzania moved to ratify the fisheries agreement on Monday.",
])
def test_a_new_venue_an_earlier_time_or_a_step_is_no_setback(extractor: RulesExtractor, text: str) -> None:
    assert [r for r in reported(extractor, text) if r[0] == "postponed"] == []


_FIRST = (" date 2031-01-14 \nDAR ES SALAAM - The sixth session of the Tanzania-Oman Joint Permanent "
          "Commission will be held in Muscat in March, the foreign minister said on Tuesday.\n")
_HELD = (" date 2031-05-20 \nMUSCAT - The sixth session of the Omani-Tanzanian Joint Commission was held in "
         "Muscat on Monday, co-chaired by the two foreign ministers.\n")


def _listed(result: BatchResult, as_of: date) -> list[tuple[str | None, str]]:
    views = commitments(apply_curation(result.register, []), as_of)
    return sorted((v.record.fields.get("deadline"), v.status) for v in views)


@pytest.mark.parametrize("moved", [
    " date 2031-03-04 \nMUSCAT - The sixth session of the Omani-Tanzanian Joint Commission will now be held "
    "in Muscat by the end of May, the ministry said on Tuesday.\n",
    " date 2031-03-04 \nMUSCAT - The sixth session of the Omani-Tanzanian Joint Commission, which had been "
    "due in March, has been rescheduled to May, the ministry said on Tuesday.\n",
    " date 2031-03-04 \nMUSCAT - The joint commission session with Tanzania has been moved to May, the "
    "ministry said on Tuesday.\n",
])
def test_a_new_time_frame_is_a_commitment_of_its_own_kept_on_time(tmp_path: Path, moved: str) -> None:
    result = batch(tmp_path, _FIRST, moved, _HELD)
    # the first promise is kept late, the restated one on time
    assert _listed(result, date(2031, 9, 30)) == [("2031-03", "fulfilled_late"), ("2031-05", "fulfilled")]
    restated = next(v for v in commitments(apply_curation(result.register, []), date(2031, 9, 30))
                    if v.record.fields.get("deadline") == "2031-05")
    assert restated.history[0].kind == "restated"
    # a report that counts promises counts it once, in the history of the one it puts off
    once = commitments(apply_curation(result.register, []), date(2031, 9, 30), restated=False)
    assert [v.record.fields.get("deadline") for v in once] == ["2031-03"]


def test_a_new_time_frame_that_passes_unkept_is_overdue(tmp_path: Path) -> None:
    moved = (" date 2031-03-04 \nMUSCAT - The sixth session of the Omani-Tanzanian Joint Commission has been "
             "moved to May, the ministry said on Tuesday.\n")
    result = batch(tmp_path, _FIRST, moved)
    assert _listed(result, date(2031, 9, 30)) == [("2031-03", "overdue"), ("2031-05", "overdue")]


def test_a_postponement_with_no_new_time_is_no_commitment_of_its_own(tmp_path: Path) -> None:
    off = (" date 2031-03-04 \nMUSCAT - The sixth session of the Omani-Tanzanian Joint Commission has been "
           "postponed, the ministry said on Tuesday.\n")
    result = batch(tmp_path, _FIRST, off)
    assert [deadline for deadline, _status in _listed(result, date(2031, 9, 30))] == ["2031-03"]


# ------------------------------------------------- a promise that lists places


_CONSULATES = (" date 2031-03-12 \nTASHKENT - Uzbekistan will open consulates general in Mumbai and Kolkata "
               "by the end of September, the foreign minister said on Wednesday after talks with his Indian "
               "counterpart.\n")


@pytest.mark.parametrize(("opened", "status"), [
    # one place of two: not kept, and its time has passed
    (" date 2031-10-21 \nMUMBAI - Uzbekistan opened its consulate general in Mumbai on Monday, its first "
     "mission in western India, the ambassador said.\n", "overdue"),
    (" date 2031-09-10 \nKOLKATA - Uzbekistan has inaugurated its consulate general in Kolkata, India's "
     "foreign ministry said on Wednesday.\n", "overdue"),
    # both, in one report
    (" date 2031-09-23 \nNEW DELHI - Uzbekistan opened consulates general in Mumbai and Kolkata on Monday, "
     "the ministry said.\n", "fulfilled"),
])
def test_a_promise_listing_places_is_kept_only_at_all_of_them(tmp_path: Path, opened: str,
                                                              status: str) -> None:
    result = batch(tmp_path, _CONSULATES, opened)
    assert status_of(result, "consulates", date(2032, 1, 31)) == status


def test_each_place_opened_in_its_own_report_keeps_the_promise(tmp_path: Path) -> None:
    mumbai = (" date 2031-08-19 \nMUMBAI - Uzbekistan opened its consulate general in Mumbai on Monday, "
              "India's foreign ministry said.\n")
    kolkata = (" date 2031-10-08 \nKOLKATA - Uzbekistan opened its consulate general in Kolkata on Tuesday, "
               "India's foreign ministry said.\n")
    result = batch(tmp_path, _CONSULATES, mumbai, kolkata)
    assert status_of(result, "consulates", date(2032, 1, 31)) == "fulfilled_late"


# ------------------------------------------------- a visit called off, then made


_VISIT = (" date 2031-01-21 \nNAIROBI - President Amani Otieno will pay a state visit to Ghana in March at "
          "the invitation of President Kofi Mensah, State House said on Tuesday.\n")
_CALLED_OFF = (" date 2031-02-26 \nNAIROBI - Kenyan President Amani Otieno has called off his state visit to "
               "Ghana planned for March, his office said on Wednesday. No new date was given.\n")


@pytest.mark.parametrize("made", [
    " date 2031-06-16 \nACCRA - Kenyan President Amani Otieno arrived in Accra on Sunday for a two-day state "
    "visit, months after the trip was called off in February.\n",
    " date 2031-06-16 \nACCRA - Kenyan President Amani Otieno began a state visit to Ghana on Sunday. The "
    "visit had been cancelled in February.\n",
])
def test_a_visit_called_off_then_made_in_a_report_recalling_it_is_kept_late(tmp_path: Path,
                                                                           made: str) -> None:
    result = batch(tmp_path, _VISIT, _CALLED_OFF, made)
    assert status_of(result, "state visit", date(2031, 9, 30)) == "fulfilled_late"


def test_a_visit_called_off_and_made_months_later_unrecalled_stays_cancelled(tmp_path: Path) -> None:
    made = (" date 2031-06-16 \nACCRA - Kenyan President Amani Otieno arrived in Accra on Sunday for a "
            "two-day state visit.\n")
    result = batch(tmp_path, _VISIT, _CALLED_OFF, made)
    assert status_of(result, "state visit", date(2031, 9, 30)) == "cancelled"


# ------------------------------------------------- the last tranche of a loan


@pytest.mark.parametrize(("text", "action"), [
    ("Georgia received the second and final tranche of $25 million of the Azerbaijani loan on Monday.",
     "deliver second and final tranche"),
    ("Tanzania received the last tranche of the Omani loan on Monday.",
     "deliver last tranche of the Omani loan"),
    ("On Monday Kenya received the final instalment of the Japanese credit, the Treasury said.",
     "deliver final instalment of the Japanese credit"),
])
def test_money_received_of_a_states_loan_is_delivered(extractor: RulesExtractor, text: str,
                                                      action: str) -> None:
    assert [(change, act) for change, act, _due in reported(extractor, text) if change == "done"] == [
        ("done", action)]


@pytest.mark.parametrize("text", [
    "Georgia received the first tranche of the loan on Monday.",
    "Georgia received a delegation from Azerbaijan on Monday.",
])
def test_money_of_no_named_giver_or_a_visit_received_is_not_delivered(extractor: RulesExtractor,
                                                                      text: str) -> None:
    assert [r for r in reported(extractor, text) if r[0] == "done"] == []


def test_the_final_tranche_pays_the_loan_out_late(tmp_path: Path) -> None:
    promise = (" date 2031-01-15 \nTBILISI - Azerbaijan will lend Georgia $40 million for a border crossing. "
               "The first tranche will be disbursed by the end of March, and the whole loan will be paid out "
               "by the end of June, the finance ministry said.\n")
    first = (" date 2031-03-20 \nBAKU - Azerbaijan disbursed the first tranche of $15 million of its loan to "
             "Georgia on Wednesday, the finance ministry said.\n")
    final = (" date 2031-07-09 \nTBILISI - Georgia received the second and final tranche of $25 million of "
             "the Azerbaijani loan on Tuesday, the finance minister said.\n")
    result = batch(tmp_path, promise, first, final)
    assert status_of(result, "whole loan", date(2031, 10, 31)) == "fulfilled_late"
    assert status_of(result, "first tranche", date(2031, 10, 31)) == "fulfilled"
    # the first tranche alone does not pay the whole loan out
    (tmp_path / "b").mkdir()
    assert status_of(batch(tmp_path / "b", promise, first), "whole loan", date(2031, 10, 31)) == "overdue"
