"""Instrument constructions of issue 9 (third pass), on sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from accord.normalize.dates import resolve_done
from tests import test_instruments
from tests.test_instruments import Find, finder

nlp = test_instruments.nlp  # the instrument rules' fixture, shared with tests/test_instruments.py


@pytest.fixture(scope="module")
def find(nlp: Language) -> Find:
    return finder(nlp, date(2026, 11, 20))


# ------------------------------------------------- a counted package of MoUs named by its purpose

@pytest.mark.parametrize(("text", "typ", "subject"), [
    ("Senegal and Ghana signed four memoranda to boost trade.", "mou", "four memoranda to boost trade"),
    ("Peru and Chile inked three MoUs to expand fisheries.", "mou", "three MoUs to expand fisheries"),
    ("On Friday Vietnam and Laos signed two memorandums of understanding to upgrade border crossings.",
     "mou", "upgrade border crossings"),
    ("Chad and Niger signed two MOUs to train customs officers.", "mou", "train customs officers"),
    ("Qatar and Rwanda on Sunday signed five memoranda of understanding to open consulates.", "mou",
     "open consulates"),
])
def test_counted_package_with_purpose_is_one_instrument(find: Find, text: str, typ: str,
                                                        subject: str) -> None:
    found = find(text)
    assert len(found) == 1
    assert found[0].type == typ and subject in found[0].subject and found[0].status == "signed"


@pytest.mark.parametrize("text", [
    "Senegal and Ghana signed four memoranda to boost cooperation.",
    "The sides signed several MoUs to boost cooperation in various sectors.",
])
def test_package_only_furthering_relations_gives_none(find: Find, text: str) -> None:
    assert find(text) == []


# ------------------------------------------- a "to <verb> <object>" purpose is no plan of the deal

@pytest.mark.parametrize(("text", "day"), [
    ("Kenya on Monday signed a financing agreement with a Chinese bank to extend its railway.", "2026-11-16"),
    ("On Monday, Kenya signed an agreement to extend its railway.", "2026-11-16"),
    ("Mongolia and Japan signed an agreement to extend the airport.", "2026-11-20"),
    ("Chile and Peru on Thursday signed a protocol to amend their tax treaty.", "2026-11-19"),
    ("Last week Kenya signed a pact to extend the SGR line.", None),
])
def test_purpose_clause_keeps_deal_signed(find: Find, text: str, day: str | None) -> None:
    found = find(text)
    assert found and found[0].status == "signed"
    if day is not None:
        assert found[0].date == day


@pytest.mark.parametrize("text", [
    "Kenya and China will sign an agreement to extend the railway next week.",
    "Kenya and Uganda plan to sign a treaty to extend their pipeline.",
])
def test_purpose_clause_of_a_deal_ahead_stays_planned(find: Find, text: str) -> None:
    found = find(text)
    assert found and all(ins.status == "planned" for ins in found)


# ---------------------------------------------- a step reported done is not dated after the story

@pytest.mark.parametrize(("text", "status", "day"), [
    ("The two countries signed a trade agreement on 2 December.", "signed", "2025-12-02"),
    ("Ghana and Togo signed the border treaty on December 2.", "signed", "2025-12-02"),
    ("The fisheries protocol between Peru and Chile entered into force on 1 December.", "in_force",
     "2025-12-01"),
    ("Chile's Senate ratified the trade agreement with Peru on 3 December.", "ratified", "2025-12-03"),
    ("Mauritius and India signed the maritime accord on November 28.", "signed", "2025-11-28"),
])
def test_done_step_dated_before_the_story(find: Find, text: str, status: str, day: str) -> None:
    found = find(text)
    assert found and found[0].status == status and found[0].date == day


@pytest.mark.parametrize(("text", "day"), [
    ("Peru and Chile signed a trade agreement on 12 November.", "2026-11-12"),
    ("Peru and Chile signed a trade agreement on 2 December 2026.", "2026-12-02"),
])
def test_done_step_within_the_year_or_with_its_year_kept(find: Find, text: str, day: str) -> None:
    found = find(text)
    assert found and found[0].date == day


def test_resolve_done() -> None:
    ref = date(2026, 11, 20)
    assert resolve_done("on 2 December", ref) == "2025-12-02"
    assert resolve_done("in December", ref) == "2025-12"
    assert resolve_done("on 2 December 2026", ref) == "2026-12-02"
    assert resolve_done("on 10 November", ref) == "2026-11-10"
    assert resolve_done("on 29 February", date(2025, 1, 10)) == "2024-02-29"
