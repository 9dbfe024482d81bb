"""Follow-through constructions read from invented chains: acts reported done, planned arrivals, hedged dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import accord
from accord.core import Commitment
from accord.pipeline import BatchResult
from accord.resolve.model import Record
from accord.track import commitment_status, is_report
from tests.test_follow import batch


def promise_with(result: BatchResult, word: str) -> Record:
    found = [r for r in result.register.records.values()
             if r.kind == "commitments" and not is_report(r) and word in r.fields["action"]]
    assert len(found) == 1, [r.fields for r in result.register.records.values() if r.kind == "commitments"]
    return found[0]


def done_reports(text: str, published: str = "2031-08-07") -> list[Commitment]:
    return [c for c in accord.extract(text, published=published).commitments if c.change == "done"]


# --------------------------------------------------------------------------- acts reported done

DONE_POSITIVES = [
    ("Chile reopened its embassy in Oslo on Monday, seven years after the two states cut ties.",
     "reopen embassy", "2031-08-04"),
    ("Norway's embassy in Santiago was reopened on Tuesday, the foreign ministry of Norway said.",
     "reopen embassy", "2031-08-05"),
    ("Direct flights between Oslo and Santiago have resumed, the Chilean transport ministry said.",
     "resume", None),
    ("Ghana and Togo reopened the Aflao border crossing on 2 August after talks in Accra.",
     "reopen", "2031-08-02"),
    ("Kenya has opened a consulate in Kampala, Uganda's foreign minister said on Friday.",
     "open consulate", None),
    ("The two ministers launched the new ferry service between Mombasa and Dar es Salaam last week.",
     "launch", None),
]


@pytest.mark.parametrize(("text", "action", "day"), DONE_POSITIVES)
def test_an_act_reported_done_is_read_as_done(text: str, action: str, day: str | None) -> None:
    found = done_reports(text)
    assert len(found) == 1, found
    assert found[0].action.startswith(action)
    assert found[0].deadline == day
    assert text[found[0].evidence.start:found[0].evidence.end] == found[0].evidence.text


@pytest.mark.parametrize("text", [
    "Chile and Norway agreed to reopen their embassies within two months.",   # a promise, not a report
    "The embassy of Chile in Oslo will be reopened next month, Norway said.",  # planned
    "Chile has not reopened its embassy in Oslo, the opposition said.",        # negated
    "The Norwegian minister opened the second session of the joint commission in Santiago.",  # a meeting
    "Police opened fire on protesters near the embassy.",                      # no promisable object
])
def test_what_is_not_an_act_done_is_not_read_as_one(text: str) -> None:
    assert done_reports(text) == []


EMBASSIES_PROMISED = (" date 2031-03-10 BEIJING: Chile and Norway agreed to restore diplomatic relations and "
                      "reopen their embassies by the end of May, a joint statement said.\n")
EMBASSY_REOPENED = (" date 2031-08-07 OSLO: Chile reopened its embassy in Oslo on Sunday, seven years after "
                    "the two countries cut diplomatic ties.\n")
BORDER_REOPENED = (" date 2031-04-20 OSLO: Chile and Norway reopened the border crossing at Tromso on "
                   "Monday, officials said.\n")
FLIGHTS_PROMISED = (" date 2031-03-10 NAIROBI: Kenya and Uganda will resume direct flights between Nairobi "
                    "and Entebbe by June, the two transport ministers said on Monday.\n")
FLIGHTS_RESUMED = (" date 2031-05-20 NAIROBI: Kenya and Uganda resumed direct flights between Nairobi and "
                   "Entebbe on Tuesday after a gap of four years.\n")


def test_an_embassy_reported_reopened_late_fulfils_the_promise_late(tmp_path: Path) -> None:
    result = batch(tmp_path, EMBASSIES_PROMISED, EMBASSY_REOPENED)
    status = commitment_status(promise_with(result, "reopen"), result.register, date(2031, 12, 31))
    assert status.status == "fulfilled_late"
    assert any("reopened its embassy" in m.quote for m in status.evidence)


def test_flights_reported_resumed_in_time_fulfil_the_promise(tmp_path: Path) -> None:
    result = batch(tmp_path, FLIGHTS_PROMISED, FLIGHTS_RESUMED)
    assert commitment_status(promise_with(result, "resume"), result.register, date(2031, 12, 31)).status \
        == "fulfilled"


def test_another_act_or_object_reported_done_does_not_fulfil(tmp_path: Path) -> None:
    result = batch(tmp_path, EMBASSIES_PROMISED, BORDER_REOPENED)
    assert commitment_status(promise_with(result, "reopen"), result.register, date(2031, 12, 31)).status \
        == "overdue"
    (tmp_path / "b").mkdir()
    result = batch(tmp_path / "b", FLIGHTS_PROMISED, EMBASSY_REOPENED)
    assert commitment_status(promise_with(result, "resume"), result.register, date(2031, 12, 31)).status \
        == "overdue"


def test_an_act_reported_done_is_not_listed_as_a_promise(tmp_path: Path) -> None:
    result = batch(tmp_path, EMBASSY_REOPENED)
    records = [r for r in result.register.records.values() if r.kind == "commitments"]
    assert records and all(is_report(r) for r in records)
