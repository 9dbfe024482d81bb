"""Constructions of real reports (round 24, issue 9), meetings, proved on our own wording: a guest received
after the day and the place and followed by a clause of its own and a joined verb ("received on Monday in
Lome his counterpart X, who is touring the region, and both signed …"), the parser making the guest the
subject of the joined verb, is still the one received: talks, and a later "after the talks" is that meeting.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# A title and a dateline above the body, so the body's first sentence is no page furniture.
LEAD = "Diplomatic news in brief\n\nLOME, May 6 (Wire) -- "


def _meetings(extractor: RulesExtractor, text: str) -> list[tuple[str, list[str]]]:
    return [(m.kind, list(m.participants)) for m in facts(extractor, text, lead=LEAD).meetings]


def _talks_with(extractor: RulesExtractor, text: str) -> list[list[str]]:
    return [people for kind, people in _meetings(extractor, text) if kind == "talks"]


# ------------------------------------------------------------------ a guest read as the next verb's subject

@pytest.mark.parametrize(("text", "guest"), [
    ("Brazil's Foreign Minister Mauro Vieira received on Monday in Brasilia his Japanese counterpart Takeshi "
     "Iwaya, who is on a tour of Latin America, and both agreed to expand the working holiday programme.",
     "Takeshi Iwaya"),
    ("Brazil's Foreign Minister Mauro Vieira received on Monday in Brasilia his Japanese counterpart Takeshi "
     "Iwaya, who is on a tour of Latin America, and both signed a memorandum expanding the working holiday "
     "programme.", "Takeshi Iwaya"),
    ("Togo's Foreign Minister Robert Dussey received on Monday in Lome his New Zealand counterpart Winston "
     "Peters, who is on a five-nation tour of Africa, and both signed an arrangement expanding the youth "
     "exchange scheme.", "Winston Peters"),
    ("Chile's Foreign Minister Alberto van Klaveren received on Friday in Santiago his Korean counterpart "
     "Cho Tae-yul, who is on a tour of Latin America, and both agreed to expand the working holiday "
     "programme.", "Cho Tae-yul"),
    ("Mexico's Foreign Minister Juan Ramon de la Fuente hosted on Monday in Mexico City his Guatemalan "
     "counterpart Carlos Martinez, who is on a tour of the region, and both agreed to open two crossings.",
     "Carlos Martinez"),
])
def test_a_late_guest_read_as_the_next_subject_is_talks(extractor: RulesExtractor, text: str,
                                                         guest: str) -> None:
    talks = _talks_with(extractor, text)
    assert len(talks) == 1
    assert any(guest.split()[-1] in p for p in talks[0])


def test_after_the_talks_is_the_meeting_told_before(extractor: RulesExtractor) -> None:
    text = ("Brazil's Foreign Minister Mauro Vieira received on Monday in Brasilia his Japanese counterpart "
            "Takeshi Iwaya, who is on a tour of Latin America, and both agreed to expand the working holiday "
            "programme.\n\n\"Our ties are strong,\" Iwaya told reporters after the talks.")
    talks = _talks_with(extractor, text)
    assert len(talks) == 1
    assert any("Vieira" in p for p in talks[0])


@pytest.mark.parametrize("text", [
    # the guest is the object; the joined verb has a subject of its own after "and"
    "President Faure Gnassingbe received the report on Monday in Lome, and the minister signed a decree.",
    # a reception of a thing, the next subject a body
    "The ministry received on Monday in Lome the new vaccines, and the agency distributed them.",
])
def test_no_guest_taken_from_a_subject_of_its_own(extractor: RulesExtractor, text: str) -> None:
    assert _talks_with(extractor, text) == []
