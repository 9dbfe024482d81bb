"""Follow-through over chains nobody tuned on (round 24, chain24): a setback noun undone ("lifted the
suspension of the memorandum") is no setback; a stretch counted from a step the report tells done
("thirty days after the exchange of the instruments") is a deadline; a meeting word the parser reads as
a verb but that stands as an object ("brought the second round of the fisheries talks … forward") is
moved, not held; a document ratified on one day and in force on a later one keeps a promise by its
in-force day. Texts are invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts
from tests.test_constructions_chain21 import LEAD as _LEAD
from tests.test_constructions_chain21 import extractor, reported
from tests.test_follow import batch, status_of

__all__ = ["extractor"]  # the fixture of tests/test_constructions_chain21.py, shared

# ------------------------------------------------- a setback undone


@pytest.mark.parametrize("text", [
    "Tanzania on Wednesday lifted the suspension of the memorandum of understanding on fisheries with Oman.",
    "Oman lifted its suspension of the shipping agreement with Tanzania on Monday.",
    "The suspension of the fisheries memorandum was lifted on Monday, the ministry said.",
    "Tanzania reversed the postponement of the summit with Oman.",
    "Oman has rescinded the cancellation of the joint naval exercise with Tanzania.",
])
def test_a_setback_undone_is_no_setback(extractor: RulesExtractor, text: str) -> None:
    assert [r for r in reported(extractor, text) if r[0]] == []


@pytest.mark.parametrize("text", [
    "Tanzania announced the suspension of the memorandum of understanding on fisheries with Oman.",
    "Oman confirmed the postponement of the summit with Tanzania.",
])
def test_a_setback_told_is_still_one(extractor: RulesExtractor, text: str) -> None:
    assert [r[0] for r in reported(extractor, text) if r[0]] != []


# ------------------------------------------------- a stretch counted from a step told done

_EXCHANGED = "Oman and Tanzania exchanged instruments of ratification of the treaty in Muscat on Thursday. "


@pytest.mark.parametrize(("text", "due"), [
    (_EXCHANGED + "The treaty will enter into force thirty days after the exchange of the instruments.",
     "2025-05-31"),
    ("Oman and Tanzania exchanged the ratification instruments on Thursday, and the treaty will enter into "
     "force 30 days after the exchange.", "2025-05-31"),
    ("Tanzania ratified the treaty on Monday. The treaty will take effect two months after the "
     "ratification.", "2025-07-05"),
    ("Oman and Tanzania signed the visa agreement on Monday. It will enter into force thirty days after "
     "the signing.", "2025-06-04"),
    (_EXCHANGED + "The protocol will take effect two weeks after the exchange.", "2025-05-15"),
])
def test_a_stretch_after_a_step_told_done_is_the_deadline(extractor: RulesExtractor, text: str,
                                                          due: str) -> None:
    assert [d for c, _a, d in reported(extractor, text) if c is None] == [due]


@pytest.mark.parametrize("text", [
    "The agreement will enter into force 30 days after the last notification.",
    "The treaty will enter into force thirty days after the exchange of the instruments of ratification.",
])
def test_a_stretch_after_a_step_still_ahead_has_no_day(extractor: RulesExtractor, text: str) -> None:
    assert [d for c, _a, d in reported(extractor, text) if c is None] == [None]


# ------------------------------------------------- a meeting word parsed a verb, moved


def _meetings(extractor: RulesExtractor, text: str) -> list[str]:
    return [m.kind for m in facts(extractor, text, lead=_LEAD).meetings]


@pytest.mark.parametrize("text", [
    "Citing the elections, Tanzania brought the second round of the fisheries talks with Oman forward to "
    "August, the ministry said on Friday.",
    "Tanzania brought the second round of the fisheries talks with Oman forward to August.",
    "Citing the heat, Oman brought the third round of the shipping talks with Tanzania forward to July.",
    "Tanzania brought the fisheries talks with Oman forward to August.",
    "Oman moved the next round of trade talks with Tanzania up to August.",
])
def test_talks_brought_forward_are_not_held(extractor: RulesExtractor, text: str) -> None:
    assert _meetings(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Tanzania held the second round of the fisheries talks with Oman in Zanzibar on Monday.",
    "The second round of the fisheries talks with Oman opened in Zanzibar on Monday.",
])
def test_talks_held_are_still_held(extractor: RulesExtractor, text: str) -> None:
    assert _meetings(extractor, text) == ["talks"]


# ------------------------------------------------- ratified on one day, in force on a later one

_EXCHANGE = (" date 2032-06-10 \nMUSCAT - Oman and Tanzania exchanged instruments of ratification of "
             "their extradition treaty in Muscat on Thursday. The treaty will enter into force thirty days "
             "after the exchange of the instruments.\n")


def test_a_treaty_in_force_on_the_day_counted_keeps_the_promise(tmp_path: Path) -> None:
    in_force = (" date 2032-07-20 \nDODOMA - The extradition treaty between Tanzania and Oman entered into "
                "force on July 10, the ministry said on Tuesday.\n")
    result = batch(tmp_path, _EXCHANGE, in_force)
    assert status_of(result, "into force", date(2032, 10, 31)) == "fulfilled"


def test_a_treaty_in_force_after_the_day_counted_is_late(tmp_path: Path) -> None:
    in_force = (" date 2032-09-20 \nDODOMA - The extradition treaty between Tanzania and Oman entered into "
                "force on September 1, the ministry said on Monday.\n")
    result = batch(tmp_path, _EXCHANGE, in_force)
    assert status_of(result, "into force", date(2032, 10, 31)) == "fulfilled_late"
