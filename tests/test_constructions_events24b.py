"""Joining reports of one visit (events24b, issue 9's cluster pairs): what each report must get right.

Invented sentences: a visitor who "returned home from a visit to Y, where … after his meeting with
Prime Minister Z" made the visit (Z is the host, and Y's), talks "in" a capital the tagger takes for a
body are still there though a pledge before them names the state it goes to, and a leader's "press
statement" told with a possessive is the press conference.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

DAY = date(2026, 11, 12)  # a Thursday


def _kind(extractor: RulesExtractor, text: str, kind: str, *, lead: str = "") -> list[tuple[str, ...]]:
    found = facts(extractor, text, lead=lead, published=DAY)
    return [m.participants for m in found.meetings if m.kind == kind]


# ------------------------------------------------------- meetings: a visit come back from

@pytest.mark.parametrize(("text", "visitor", "host"), [
    ("President Lula returned to Brasilia on Friday from a state visit to Kenya, where two accords were "
     "signed after his meeting with President William Ruto.", "Lula", "William Ruto"),
    ("Chancellor Olaf Scholz returned home on Monday from an official visit to Chile, where he held talks "
     "with President Gabriel Boric.", "Olaf Scholz", "Gabriel Boric"),
    ("Prime Minister Anthony Albanese flew back to Canberra after a working visit to Indonesia, where a "
     "trade deal was agreed at his meeting with President Prabowo Subianto.", "Anthony Albanese",
     "Prabowo Subianto"),
    ("President Cyril Ramaphosa left for Pretoria after a state visit to Ghana, where he was received "
     "by President John Mahama.", "Cyril Ramaphosa", "John Mahama"),
    ("President Emmanuel Macron returned to Paris from a three-day visit to Nigeria, where he met "
     "President Bola Tinubu on Tuesday.", "Emmanuel Macron", "Bola Tinubu"),
])
def test_a_visit_come_back_from_is_its_subjects(
        extractor: RulesExtractor, text: str, visitor: str, host: str) -> None:
    visits = _kind(extractor, text, "visit")
    assert any(visitor in p for p in visits)
    assert all(host not in p for p in visits)


@pytest.mark.parametrize("text", [
    "President William Ruto welcomed President Lula on a state visit to Kenya on Friday.",
    "President Gabriel Boric received Chancellor Olaf Scholz, who is on an official visit to Chile.",
])
def test_a_visit_received_is_still_the_guests(extractor: RulesExtractor, text: str) -> None:
    visits = _kind(extractor, text, "visit")
    assert visits and all(not any(n.endswith(("Ruto", "Boric")) for n in p) for p in visits)


@pytest.mark.parametrize(("headline", "dateline", "text", "host", "state"), [
    ("Senegal and Hungary sign deals", "DAKAR, Nov 12",
     "Senegalese President Bassirou Faye returned to Dakar on Wednesday from an official visit to "
     "Hungary, where three agreements were signed after his meeting with Prime Minister Viktor Orban.",
     "Viktor Orban", "Hungary"),
    ("Ghana and Japan agree loan", "ACCRA, May 3",
     "The Ghanaian President, John Mahama, returned home from a state visit to Japan, where a loan "
     "was agreed after his talks with Prime Minister Shigeru Ishiba.", "Shigeru Ishiba", "Japan"),
    ("Peru and Brazil talk trade", "LIMA, June 2",
     "Peruvian Foreign Minister Elmer Schialer returned from a working visit to Brazil, where he met "
     "Foreign Minister Mauro Vieira.", "Mauro Vieira", "Brazil"),
    ("Kenya and Germany sign deals", "NAIROBI, March 9",
     "The Kenyan President, William Ruto, came back on Sunday from a visit to Germany, where two deals "
     "were signed after his meeting with Chancellor Friedrich Merz.", "Friedrich Merz", "Germany"),
    ("Viet Nam and Singapore hold talks", "HANOI, April 4",
     "Vietnamese Prime Minister Pham Minh Chinh returned to Hanoi from an official visit to Singapore, "
     "where he held talks with Prime Minister Lawrence Wong.", "Lawrence Wong", "Singapore"),
])
def test_who_is_met_where_a_visit_went_is_that_states(
        extractor: RulesExtractor, headline: str, dateline: str, text: str, host: str, state: str) -> None:
    found = facts(extractor, text, lead=f"{headline}\n{dateline} - ", published=DAY)
    assert [p.country for p in found.people if p.name == host] == [state]


@pytest.mark.parametrize(("headline", "dateline", "text", "visitor", "state"), [
    ("Hungary and Senegal sign deals", "DAKAR, Nov 12",
     "Hungarian President Tamas Sulyok left for Budapest after a state visit to Senegal, where "
     "President Bassirou Faye signed two agreements.", "Bassirou Faye", "Senegal"),
    ("Brazil and Peru talk trade", "LIMA, June 2",
     "Brazilian Foreign Minister Mauro Vieira returned from a visit to Peru, where Foreign Minister "
     "Elmer Schialer welcomed the agreement.", "Elmer Schialer", "Peru"),
])
def test_the_subject_of_the_where_clause_keeps_the_articles_reading(
        extractor: RulesExtractor, headline: str, dateline: str, text: str, visitor: str, state: str) -> None:
    found = facts(extractor, text, lead=f"{headline}\n{dateline} - ", published=DAY)
    assert all(p.country in (None, state) for p in found.people if p.name == visitor)


# ------------------------------------------------------- meetings: the talks' own place

@pytest.mark.parametrize(("text", "place"), [
    ("The United Arab Emirates pledged $1.5 billion of investment in Mozambique on Wednesday, after talks "
     "in Abu Dhabi between President Daniel Chapo and President Mohamed bin Zayed.", "Abu Dhabi"),
    ("Japan pledged $2 billion of aid in Peru on Monday, after talks in Tokyo between the two leaders.",
     "Tokyo"),
    ("Qatar promised 900 million dollars of investment in Kenya on Tuesday after a meeting in Doha "
     "between the two presidents.", "Doha"),
    ("The emirate committed $500 million in Rwanda on Friday, following talks in Abu Dhabi with "
     "President Paul Kagame.", "Abu Dhabi"),
    ("Norway pledged NOK 300 million in Malawi on Thursday after talks in Oslo between the two "
     "prime ministers.", "Oslo"),
])
def test_the_talks_own_place_wins_over_where_a_pledge_goes(
        extractor: RulesExtractor, text: str, place: str) -> None:
    found = facts(extractor, text, published=DAY)
    assert [m.place for m in found.meetings if m.kind == "talks"] == [place]


@pytest.mark.parametrize("text", [
    "The two presidents held talks on Wednesday on investment in Mozambique.",
    "Talks on the new port in Mozambique were held on Wednesday between the two ministers.",
])
def test_a_place_said_of_another_thing_is_not_the_talks(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=DAY)
    assert all(m.place != "Mozambique" for m in found.meetings)


# ------------------------------------------------------- meetings: a leader's own press statement

@pytest.mark.parametrize("text", [
    "In his press statement in New Delhi, President Muizzu thanked India for the credit line.",
    "During her press statement, Prime Minister Mia Mottley praised the new air link.",
    "In their joint press statement on Monday, the two presidents welcomed the agreements.",
    "President Lula, in his press statement after the talks, called the visit historic.",
    "In his media statement in Hanoi, Prime Minister Anthony Albanese announced new scholarships.",
])
def test_a_press_statement_told_with_a_possessive_is_the_press_conference(
        extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=DAY)
    assert [m.kind for m in found.meetings].count("press_conference") == 1


@pytest.mark.parametrize("text", [
    "The ministry issued a press statement on the agreements on Monday.",
    "The two sides adopted a joint statement on maritime security.",
])
def test_a_written_statement_is_no_press_conference(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text, published=DAY)
    assert "press_conference" not in [m.kind for m in found.meetings]
