"""Meeting constructions of round 10c on unseen text (issue 9), proved on our own wording (the texts are
dated Tuesday 6 May 2025): talks told by a participle on a visit take the visit's days, and a meeting told
by its distance from another event ("a week after X hosted Y") is dated by its own clause only.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import meetings, named

# --------------------------------------------------------------------------- participle on a visit


def _talks(extractor: RulesExtractor, text: str, name: str) -> list:
    return [m for m in meetings(extractor, text) if m.kind != "visit" and named(m, name)]


@pytest.mark.parametrize(("text", "name", "day"), [
    ("German Chancellor Olaf Scholz paid a working visit to Poland from May 2 to 3, meeting Polish Prime "
     "Minister Donald Tusk in Warsaw.", "Tusk", "2025-05-02"),
    ("Kenyan President William Ruto made a state visit to Ghana on 28 and 29 April, meeting President "
     "John Mahama in Accra.", "Mahama", "2025-04-28"),
    ("Foreign Minister Penny Wong travelled to Jakarta from 14 to 16 April, meeting her counterpart "
     "Sugiono at the foreign ministry.", "Sugiono", "2025-04-14"),
    ("Czech Prime Minister Petr Fiala paid an official visit to Slovakia from 22 to 23 April, meeting "
     "Slovak President Peter Pellegrini in Bratislava.", "Pellegrini", "2025-04-22"),
    ("Japanese Prime Minister Shigeru Ishiba visited Manila on April 29 and 30, meeting President "
     "Ferdinand Marcos Jr. at Malacanang Palace.", "Marcos", "2025-04-29"),
])
def test_participle_talks_take_the_visit_days(extractor: RulesExtractor, text: str, name: str,
                                              day: str) -> None:
    found = _talks(extractor, text, name)
    assert found, meetings(extractor, text)
    assert all(m.date == day for m in found), found


@pytest.mark.parametrize(("text", "name", "day"), [
    # the participle's own day wins over the visit's
    ("German Chancellor Olaf Scholz paid a working visit to Poland from May 1 to 3, meeting Polish Prime "
     "Minister Donald Tusk on May 2.", "Tusk", "2025-05-02"),
    # a visit with no day of its own gives the participle none either: the report's day
    ("German Chancellor Olaf Scholz paid a working visit to Poland, meeting Polish Prime Minister "
     "Donald Tusk in Warsaw.", "Tusk", "2025-05-06"),
])
def test_participle_talks_own_day_or_none(extractor: RulesExtractor, text: str, name: str, day: str) -> None:
    found = _talks(extractor, text, name)
    assert found and all(m.date == day for m in found), found


# --------------------------------------------------------------------------- a meeting told by its distance


def _recalled(extractor: RulesExtractor, text: str, kind: str = "talks") -> list:
    return [m for m in meetings(extractor, text) if m.kind == kind and m.evidence.text.startswith(
        ("a week", "two days", "days", "a month", "three weeks"))]


@pytest.mark.parametrize(("text", "day"), [
    ("French President Emmanuel Macron spoke by phone with Indian Prime Minister Narendra Modi on Monday. "
     "The call came a week after Macron hosted Modi at the Elysee Palace.", None),
    ("Spanish Prime Minister Pedro Sanchez phoned Moroccan Prime Minister Aziz Akhannouch on Friday. "
     "The call came two days after Sanchez held talks with Akhannouch in Madrid.", None),
    ("Turkish President Recep Tayyip Erdogan called Hungarian Prime Minister Viktor Orban on Monday. "
     "The call came three weeks after Erdogan hosted Orban at the Dolmabahce Palace.", None),
    ("Indian Prime Minister Narendra Modi telephoned Japanese Prime Minister Shigeru Ishiba on Monday. "
     "The call came a month after Modi met Ishiba in New Delhi on 2 April.", "2025-04-02"),
    ("Australian Prime Minister Anthony Albanese spoke with New Zealand Prime Minister Christopher Luxon "
     "on Monday. The call came a week after Albanese hosted Luxon at Kirribilli House.", None),
    ("Greek Prime Minister Kyriakos Mitsotakis phoned Cypriot President Nikos Christodoulides on Monday. "
     "The call came days after Mitsotakis held talks with Christodoulides in Athens.", None),
])
def test_meeting_told_by_distance_is_dated_by_its_clause(extractor: RulesExtractor, text: str,
                                                         day: str | None) -> None:
    found = _recalled(extractor, text)
    assert len(found) == 1, meetings(extractor, text)
    assert found[0].date == day, found


@pytest.mark.parametrize(("text", "day"), [
    # no distance told: "after" orders the two on the same day
    ("Spanish Prime Minister Pedro Sanchez hosted Moroccan Prime Minister Aziz Akhannouch at the Moncloa "
     "Palace on Monday.", "2025-05-05"),
    # the main clause's meeting keeps its day
    ("Italian Prime Minister Giorgia Meloni met Polish Prime Minister Donald Tusk in Rome on Monday, a "
     "week after she spoke with him by phone.", "2025-05-05"),
])
def test_meeting_not_told_by_distance_keeps_its_day(extractor: RulesExtractor, text: str, day: str) -> None:
    found = [m for m in meetings(extractor, text) if m.kind != "call"]
    assert found and found[0].date == day, found


# ---------------------------------------------------------- "he was accorded …, after which he held talks"


@pytest.mark.parametrize(("text", "guest"), [
    ("Prime Minister Mark Carney arrived in London on Monday. He was given a guard of honour at Downing "
     "Street, after which he held talks with Prime Minister Keir Starmer.", "Carney"),
    ("Indonesian President Prabowo Subianto arrived in Kuala Lumpur on Monday. He was accorded a guard of "
     "honour at Perdana Putra, after which he held talks with Prime Minister Anwar Ibrahim.", "Prabowo"),
    ("Kenyan President William Ruto landed in Accra on Sunday. On Monday he was received by President John "
     "Mahama at Jubilee House, after which the two held talks.", "Ruto"),
    ("Prime Minister Pham Minh Chinh arrived in Canberra on Monday. He was received by Governor-General Sam "
     "Mostyn at Government House, after which he held talks with Prime Minister Anthony Albanese.", "Chinh"),
    ("Foreign Minister Penny Wong arrived in Jakarta on Monday. She was received by President Prabowo "
     "Subianto at the Merdeka Palace, after which she held talks with Foreign Minister Sugiono.", "Wong"),
])
def test_passive_pronoun_is_the_person_before(extractor: RulesExtractor, text: str, guest: str) -> None:
    found = meetings(extractor, text)
    honours = [m for m in found if m.kind == "other"]
    assert honours and all(named(m, guest) for m in honours), found
    assert all(named(m, guest) for m in found if m.kind == "talks" and m.participants), found


@pytest.mark.parametrize("text", [
    # "it" is no person: the ceremony names only who received the guest
    ("Prime Minister Mark Carney arrived in London on Monday. The delegation was received by Foreign "
     "Secretary David Lammy at Lancaster House."),
    ("Prime Minister Mark Carney arrived in London on Monday. It was received by Foreign Secretary David "
     "Lammy at Lancaster House, after which talks began."),
])
def test_passive_non_person_subject_adds_no_one(extractor: RulesExtractor, text: str) -> None:
    found = [m for m in meetings(extractor, text) if m.kind != "visit"]
    assert all(not named(m, "Carney") for m in found), found
