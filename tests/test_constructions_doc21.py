"""A document keeps one id across its life: each step its own record, every step's facts one `cluster`.

Invented reports: a tax agreement signed, later ratified, later in force (three records, linked, one
document); two documents of one signing (two documents); meetings, people and promises (their
`cluster` is their record).
"""

from __future__ import annotations

from pathlib import Path

from accord.core import Instrument, fact_from_json
from accord.pipeline import BatchResult
from accord.resolve.model import Link
from tests.test_lifecycle import batch

SIGNED = (" date 2031-03-03 NAIROBI: Kenya and Peru signed an agreement on the avoidance of double taxation "
          "in Nairobi on Monday, the foreign ministry said. Foreign Minister Amina Otieno met Foreign "
          "Minister Jorge Salas for talks, and the two sides agreed to hold a joint commission in Lima "
          "by June.\n")
RATIFIED = (" date 2031-09-19 LIMA: Peru's Congress on Thursday ratified the agreement on the avoidance of "
            "double taxation with Kenya, which the two countries signed in Nairobi in March.\n")
IN_FORCE = (" date 2032-01-06 NAIROBI: The agreement between Kenya and Peru on the avoidance of double "
            "taxation entered into force on January 1, the revenue authority said.\n")
TWO_SIGNED = (" date 2031-03-03 NAIROBI: Kenya and Peru signed an agreement on the avoidance of double "
              "taxation and a memorandum of understanding on cooperation in tourism on Monday.\n")
FOLLOW_UP = (" date 2031-03-05 LIMA: Foreign Minister Jorge Salas said on Wednesday that his talks with "
             "Foreign Minister Amina Otieno in Nairobi had been fruitful.\n")


def _instruments(result: BatchResult, words: str) -> list[Instrument]:
    return [i for f in result.facts for i in f.instruments if words in i.subject]


def _links(result: BatchResult) -> set[Link]:
    return {ln for r in result.register.records.values() for ln in r.links}


def test_a_document_signed_ratified_and_in_force_is_one_document_of_three_records(tmp_path: Path) -> None:
    result = batch(tmp_path, SIGNED, RATIFIED, IN_FORCE)
    steps = _instruments(result, "taxation")
    records = {i.record for i in steps}
    assert len(records) == 3  # the store keeps each step as its own record
    signed = next(i.record for i in steps if i.status == "signed")
    assert {i.cluster for i in steps} == {signed}  # and the facts give them the signing's id
    assert all(result.register.document_of(str(r)) == signed for r in records)
    linked = {(ln.source, ln.target) for ln in _links(result)}
    assert all((signed, r) in linked for r in records - {signed})


def test_the_document_does_not_hang_on_the_order_of_the_reports(tmp_path: Path) -> None:
    result = batch(tmp_path, IN_FORCE, RATIFIED, SIGNED)
    steps = _instruments(result, "taxation")
    signed = next(i.record for i in steps if i.status == "signed")
    assert len({i.record for i in steps}) == 3 and {i.cluster for i in steps} == {signed}


def test_the_json_of_a_later_step_carries_the_document_and_its_own_record(tmp_path: Path) -> None:
    result = batch(tmp_path, SIGNED, IN_FORCE)
    later = next(i for i in _instruments(result, "taxation") if i.status == "in_force")
    data = later.to_json()
    assert data["cluster"] != data["record"] and data["record"] == later.record
    again = fact_from_json("instruments", data)
    assert (again.cluster, again.record) == (later.cluster, later.record)


def test_two_documents_of_one_signing_stay_two(tmp_path: Path) -> None:
    result = batch(tmp_path, TWO_SIGNED, IN_FORCE)
    tax = _instruments(result, "taxation")
    tourism = _instruments(result, "tourism")
    assert tourism and len({i.cluster for i in tax}) == 1
    assert {i.cluster for i in tourism} == {i.record for i in tourism}
    assert not {i.cluster for i in tax} & {i.cluster for i in tourism}


def test_a_document_told_once_is_its_own_record(tmp_path: Path) -> None:
    result = batch(tmp_path, TWO_SIGNED)
    assert all(i.cluster == i.record is not None for f in result.facts for i in f.instruments)


def test_meetings_people_and_promises_keep_their_record_as_cluster(tmp_path: Path) -> None:
    result = batch(tmp_path, SIGNED, FOLLOW_UP, RATIFIED)
    others = [x for f in result.facts for x in (*f.meetings, *f.people, *f.commitments)]
    assert others and all(x.cluster == x.record is not None for x in others)
    salas = {p.cluster for f in result.facts for p in f.people if "Salas" in p.name}
    assert len(salas) == 1  # one person across two reports, as before


MOU = (" date 2031-03-03 NAIROBI: Kenya and Peru signed a memorandum of understanding on cooperation in "
       "fisheries on Monday.\n")
FORMAL = (" date 2031-10-07 LIMA: Kenya and Peru signed an agreement on cooperation in fisheries in Lima on "
          "Tuesday.\n")


def test_an_mou_formalised_as_an_agreement_is_two_documents(tmp_path: Path) -> None:
    result = batch(tmp_path, MOU, FORMAL)
    steps = _instruments(result, "fisheries")
    assert any(ln.relation == "formalised as" for ln in _links(result))
    assert len({i.record for i in steps}) == 2 and all(i.cluster == i.record for i in steps)
