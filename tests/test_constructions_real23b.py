"""Constructions of real reports (round 23, issue 9), meetings, proved on our own wording: a courtesy visit
received from a person ("received a courtesy visit from Ambassador X") is a courtesy call, talks, as one paid
on a person is; meetings held apart with several people told in one summary line ("held separate meetings
with President X and Cabinet Secretary Y", the parser making one noun phrase of the list) are one meeting each
and each is the one told again on its own below; a courtesy call on someone named by title only, "and later
met with" another, is two meetings.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# A title and a dateline above the body, so the body's first sentence is no page furniture.
LEAD = "Diplomatic news in brief\n\nAPIA, May 6 (Wire) -- "


def _meetings(extractor: RulesExtractor, text: str) -> list[tuple[str, list[str]]]:
    return [(m.kind, list(m.participants)) for m in facts(extractor, text, lead=LEAD).meetings]


def _talks_with(extractor: RulesExtractor, text: str) -> list[list[str]]:
    return [people for kind, people in _meetings(extractor, text) if kind == "talks"]


# ------------------------------------------------------------------ a courtesy visit received

@pytest.mark.parametrize(("text", "guest"), [
    ("President Hilda Heine received a courtesy visit from Ambassador Tomas Ruiz at the Capitol on "
     "Monday.", "Tomas Ruiz"),
    ("The Samoan leader received a courtesy visit by the visiting Ambassador Tomas Ruiz in Apia.",
     "Tomas Ruiz"),
    ("The King received a courtesy visit from the outgoing envoy of Japan, Ambassador Kenji Sato, at the "
     "palace.", "Kenji Sato"),
    ("On Friday, Prime Minister Lina Soto received a courtesy visit from Minister Grace Obi.", "Grace Obi"),
    ("A courtesy visit by Minister Grace Obi to President Hilda Heine took place on Monday.", "Grace Obi"),
])
def test_a_courtesy_visit_received_is_talks(extractor: RulesExtractor, text: str, guest: str) -> None:
    found = _meetings(extractor, text)
    assert [kind for kind, _ in found] == ["talks"]
    assert guest in found[0][1]


@pytest.mark.parametrize("text", [
    # a courtesy visit to a state is a visit; one from a body to a ship is no meeting of people
    "Minister Grace Obi paid a courtesy visit to Fiji last week.",
    "The frigate received a courtesy visit from the harbour authorities of Fiji.",
])
def test_no_talks_for_a_courtesy_visit_to_a_place(extractor: RulesExtractor, text: str) -> None:
    assert "talks" not in [kind for kind, _ in _meetings(extractor, text)]


# ------------------------------------------------------------------ separate meetings told again

_TOLD_AGAIN = [
    # the summary line, then each meeting on its own
    "Foreign Minister Grace Obi of Ghana concluded a two-day visit to Kenya on Tuesday, during which she "
    "held separate meetings with President William Ruto and Prime Cabinet Secretary Musalia Mudavadi.\n\n"
    "On Monday, Obi met President Ruto at State House. Later on Monday, she held talks with Mudavadi at his "
    "office.",
    "During her three-day visit, Foreign Minister Grace Obi held separate meetings with President William "
    "Ruto and Cabinet Secretary Musalia Mudavadi.\n\nOn Monday, Obi met President Ruto at State House. On "
    "Tuesday, Obi and Mudavadi held talks at the ministry.",
    "Foreign Minister Grace Obi, who wrapped up a visit to Kenya on Tuesday, held separate talks with "
    "President William Ruto and Cabinet Secretary Musalia Mudavadi.\n\nThe meeting with Mudavadi took place "
    "at the ministry on Monday, officials said.",
    "Minister Ana Lopez held separate meetings with the President, Ruto, and the Prime Minister, Mudavadi, "
    "in Nairobi.\n\nLopez and Ruto discussed trade when they met at State House on Monday.",
    "Minister Ana Lopez met separately with President William Ruto and Speaker Moses Wetangula in Nairobi "
    "on Monday.\n\nRuto told Lopez that Kenya valued its ties with Chile.",
]


@pytest.mark.parametrize("text", _TOLD_AGAIN)
def test_separate_meetings_told_again_are_one_each(extractor: RulesExtractor, text: str) -> None:
    talks = _talks_with(extractor, text)
    assert len(talks) == 2
    assert sum(any("Ruto" in p for p in people) for people in talks) == 1


@pytest.mark.parametrize(("text", "count"), [
    # bilateral meetings with several: one with each
    ("On the sidelines, Minister Grace Obi held bilateral meetings with Foreign Minister Lisa Tamani of Fiji "
     "and Foreign Minister Peter Shanel of Solomon Islands.", 2),
    ("Minister Grace Obi held individual meetings with President Hilda Heine and Speaker Kenneth Kedi in "
     "Majuro.", 2),
    ("Minister Grace Obi held bilateral meetings with several leaders on the margins of the forum.", 1),
    ("The two presidents held bilateral talks in Suva on Monday.", 1),
    # one more met, told as such, stays a meeting of its own; talks held together are one
    ("During her visit, Minister Grace Obi held separate meetings with President William Ruto and Cabinet "
     "Secretary Musalia Mudavadi.\n\nObi also met Speaker Moses Wetangula on Tuesday.", 3),
    ("Minister Grace Obi held talks with President William Ruto and Cabinet Secretary Musalia Mudavadi in "
     "Nairobi on Monday.", 1),
])
def test_separate_meetings_and_others(extractor: RulesExtractor, text: str, count: int) -> None:
    assert len(_talks_with(extractor, text)) == count


# ------------------------------------------------------------------ a call on a title, and later another

@pytest.mark.parametrize("text", [
    "The Secretary paid a courtesy call on the Governor General, and later met with Prime Minister "
    "Jeremiah Manele.",
    "The Secretary called on the Governor General and later met with Prime Minister Jeremiah Manele at his "
    "office.",
    "Ambassador Tomas Ruiz paid a courtesy call on the President on Monday and subsequently met with Foreign "
    "Minister Peter Shanel.",
    "Minister Grace Obi held talks with President William Ruto on Monday and later met with Speaker Moses "
    "Wetangula.",
    "The envoy paid a courtesy call on the King, and afterwards met with Prime Minister Hu'akavameiliku.",
])
def test_a_call_and_a_later_meeting_are_two(extractor: RulesExtractor, text: str) -> None:
    assert len(_talks_with(extractor, text)) == 2


@pytest.mark.parametrize("text", [
    # one encounter told twice in one sentence, or one person met
    "The Secretary paid a courtesy call on Prime Minister Jeremiah Manele, and later met with him again.",
    "Ambassador Tomas Ruiz paid a courtesy call on President Hilda Heine at the Capitol on Monday.",
])
def test_one_call_is_one(extractor: RulesExtractor, text: str) -> None:
    assert len(_talks_with(extractor, text)) == 1
