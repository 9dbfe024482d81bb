"""Instruments: what real reports write around a document that is no document. Our own wording.

A name in quotation marks or a possessive ends where the name ends ("a "Treaty on Friendship"",
"the treaty's text"). An uncounted "agreement" with a word of consensus is a meeting of minds, not a
document ("reached substantial agreement on the deal"). Deals in general, named by their aims in a
phrase about something else ("a focus on trade deals to foster growth and help the economy"), are no
documents; deals signed to do so are. And a person's name ends before the weekday a report tells
the meeting with ("received Prime Minister Benjamin Netanyahu Tuesday").
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from accord.extract.rules import RulesExtractor
from tests import test_instruments
from tests.extract_support import facts
from tests.test_instruments import Find, finder

nlp = test_instruments.nlp  # the instrument rules' fixture, shared with tests/test_instruments.py


@pytest.fixture(scope="module")
def find(nlp: Language) -> Find:
    return finder(nlp, date(2031, 5, 12), "Lima")


@pytest.mark.parametrize(("text", "subject"), [
    ('Peru and Ghana signed a "Treaty on Friendship and Cooperation", the agency said.',
     "Treaty on Friendship and Cooperation"),
    ("Peru and Ghana signed a “Comprehensive Partnership Agreement” on Monday.",
     "Comprehensive Partnership Agreement"),
    ("The ministers signed a ‘Declaration of Intent’, the ministry said.", "Declaration of Intent"),
    ("Peru and Ghana on Monday signed the 'Memorandum on Tourism', officials said.", "Memorandum on Tourism"),
    ('Ghana and Peru inked a "Protocol on Consular Matters" on Monday.', "Protocol on Consular Matters"),
])
def test_a_quoted_name_ends_with_the_name(find: Find, text: str, subject: str) -> None:
    found = find(text)
    assert [i.subject for i in found] == [subject], [(i.subject, i.status) for i in found]


@pytest.mark.parametrize("text", [
    "Under the treaty’s terms, Peru and Ghana will exchange prisoners.",
    "In line with the agreement's provisions, Peru and Ghana will open consulates.",
])
def test_a_possessive_is_not_part_of_the_subject(find: Find, text: str) -> None:
    assert all(not i.subject.endswith(("’s", "'s")) for i in find(text)), [i.subject for i in find(text)]


@pytest.mark.parametrize("text", [
    "Peru and Ghana have reached “substantial agreement” on a visa waiver, the ministers said.",
    "Peru and Ghana reached broad agreement on the outline of a fisheries accord on Monday.",
    "The two sides found general agreement on the need for more flights.",
    "There was full agreement between Peru and Ghana on the importance of trade.",
    "Peru and Ghana reached agreement on a visa waiver, officials said.",
])
def test_uncounted_agreement_is_a_meeting_of_minds(find: Find, text: str) -> None:
    assert not [i for i in find(text) if i.subject.lower().startswith(("agreement", "substantial", "broad",
                                                                          "general", "full"))]


@pytest.mark.parametrize("text", [
    "Peru and Ghana reached an agreement on a visa waiver on Monday.",
    "Peru and Ghana signed an agreement on fisheries on Monday.",
])
def test_a_counted_agreement_is_still_a_document(find: Find, text: str) -> None:
    assert find(text)


@pytest.mark.parametrize("text", [
    "Peru has been renewing a focus on trade deals to foster economic growth and help its economy.",
    "The talks focused on trade deals to cut tariffs and boost exports.",
    "The minister stressed the role of investment agreements to create jobs and attract capital.",
    "Ghana's strategy puts an emphasis on trade pacts to open markets and raise exports.",
    "Analysts pointed to a push for defence deals to modernise the navy and train pilots.",
])
def test_deals_in_general_named_by_their_aims_are_no_documents(find: Find, text: str) -> None:
    assert find(text) == [], [(i.subject, i.status) for i in find(text)]


@pytest.mark.parametrize(("text", "subjects"), [
    ("Deals were signed to set up a joint shipping line, extradite fugitives and promote tourism.",
     ["set up a joint shipping line", "extradite fugitives", "promote tourism"]),
    ("Peru and Ghana signed deals to set up a shipping line and promote tourism.",
     ["set up a shipping line", "promote tourism"]),
])
def test_deals_signed_to_do_things_are_documents(find: Find, text: str, subjects: list[str]) -> None:
    assert [i.subject for i in find(text)] == subjects


# --- a person's name ends before the day it was told with ----------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("President Ruto received Japanese Prime Minister Fumio Kishida Tuesday, the first such visit in years.",
     "Fumio Kishida"),
    ("Peru's president hosted Ghana's President John Mahama Monday at the palace.", "John Mahama"),
    ("Kenya's foreign minister met his Peruvian counterpart Elmer Schialer Friday in Lima.",
     "Elmer Schialer"),
    ("The president welcomed Chilean Foreign Minister Alberto van Klaveren Wednesday for talks on trade.",
     "Alberto van Klaveren"),
    ("Ghana's President John Mahama received Peruvian Foreign Minister Elmer Schialer Sunday in Accra.",
     "Elmer Schialer"),
])
def test_a_weekday_after_a_name_is_not_part_of_it(extractor: RulesExtractor, text: str, name: str) -> None:
    names = [p.name for p in facts(extractor, text, published=date(2031, 5, 12)).people]
    assert name in names, names


@pytest.mark.parametrize(("text", "name"), [
    ("Prime Minister Theresa May met President Uhuru Kenyatta in Nairobi.", "Theresa May"),
    ("Ambassador June Omura met the Peruvian foreign minister in Lima on Monday.", "June Omura"),
])
def test_a_name_that_is_also_a_month_stays_whole(extractor: RulesExtractor, text: str, name: str) -> None:
    names = [p.name for p in facts(extractor, text, published=date(2031, 5, 12)).people]
    assert name in names, names


# --- how long an event or a pause lasted is no figure; a document's term is ----------------------------

@pytest.mark.parametrize("text", [
    "The three-day meeting of the Peru-Ghana Joint Commission opened in Lima on Monday.",
    "Peru reopened its embassy in Accra after a 7-Year Hiatus.",
    "The president began a two-week tour of Ghana and Peru on Monday.",
    "The four-day state visit of the Ghanaian president to Peru ended on Friday.",
    "Peru and Ghana resumed talks after a six-month pause in relations.",
])
def test_how_long_an_event_or_a_pause_lasted_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert facts(extractor, text, published=date(2031, 5, 12)).figures == []


@pytest.mark.parametrize(("text", "value"), [
    ("Peru and Ghana signed a three-year roadmap for cooperation in Lima.", "three-year"),
    ("Peru and Ghana agreed on a $300 million, 10-year loan for the port.", "10-year"),
])
def test_a_documents_term_is_still_a_figure(extractor: RulesExtractor, text: str, value: str) -> None:
    assert value in [f.value for f in facts(extractor, text, published=date(2031, 5, 12)).figures]
