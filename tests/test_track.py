"""Follow-through of commitments, instrument lifecycle and the timeline on invented articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from accord.resolve import Register, consolidate
from accord.resolve.model import Record
from accord.track import commitment_status, instrument_lifecycle, timeline
from tests.resolve_fixtures import all_articles, visit_a, visit_b


def commitment(register: Register, word: str) -> Record:
    found = [r for r in register.records.values() if r.kind == "commitments" and word in r.fields["action"]]
    assert len(found) == 1, found
    return found[0]


def test_visit_promised_for_march_done_in_april_is_fulfilled_late() -> None:
    register = consolidate(all_articles())
    status = commitment_status(commitment(register, "visit"), register, date(2025, 6, 1))
    assert status.status == "fulfilled_late"
    assert status.deadline == "2025-03"
    assert any(m.article_name == "c.txt" for m in status.evidence)


def test_reconvene_within_two_weeks_is_overdue_not_kept_by_a_visit_months_later() -> None:
    register = consolidate(all_articles())
    status = commitment_status(commitment(register, "Oslo"), register, date(2025, 6, 1))
    assert status.status == "overdue"


def test_deadline_not_passed_is_open() -> None:
    register = consolidate([visit_a(), visit_b()])
    status = commitment_status(commitment(register, "visit"), register, date(2025, 1, 10))
    assert status.status == "open"


def test_event_before_the_deadline_fulfils() -> None:
    register = consolidate(all_articles())
    record = commitment(register, "visit")
    record.fields["deadline"] = "2025-04"
    assert commitment_status(record, register, date(2025, 6, 1)).status == "fulfilled"


def test_without_deadline_status_depends_on_a_match() -> None:
    register = consolidate(all_articles())
    record = commitment(register, "visit")
    record.fields["deadline"] = None
    assert commitment_status(record, register, date(2025, 6, 1)).status == "fulfilled"
    assert commitment_status(record, register, date(2025, 1, 1)).status == "no_deadline"


def test_lifecycle_and_timeline() -> None:
    register = consolidate(all_articles())
    links = instrument_lifecycle(register)
    assert [ln.relation for ln in links] == ["formalised as"]
    entries = timeline(register, ("Norway", "Chile"))
    assert [e.date for e in entries] == sorted(e.date for e in entries)
    kinds = [e.kind for e in entries]
    assert {"meeting", "signing", "deadline"} <= set(kinds)
    assert entries[-1].date == date(2025, 4, 11)


def test_seed_follow_through(shared_dir: Path) -> None:
    from tests.gold_loader import seed_facts

    register = consolidate(seed_facts())
    as_of = date(2025, 6, 1)
    statuses = {}
    for record in register.records.values():
        if record.kind == "commitments":
            key = (record.fields["action"].lower(), record.fields["deadline"])
            statuses[key] = commitment_status(record, register, as_of).status
    visit = [s for (a, d), s in statuses.items() if a.startswith("visit belarus")]
    signing = [s for (a, d), s in statuses.items() if "agreements" in a and d == "2025-02"]
    reconvene = [s for (a, d), s in statuses.items() if "minsk" in a or "another meeting" in a]
    assert visit == ["fulfilled_late"]
    assert signing == ["fulfilled_late"]
    assert reconvene == ["overdue"]
