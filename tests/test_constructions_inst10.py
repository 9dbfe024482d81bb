"""Instrument constructions of issue 10, on sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tests import test_instruments
from tests.test_instruments import Find, finder

nlp = test_instruments.nlp  # the instrument rules' fixture, shared with tests/test_instruments.py


@pytest.fixture(scope="module")
def find(nlp: Language) -> Find:
    return finder(nlp, date(2026, 11, 20))


# ------------------------------------------------- a passive package named by the clause's purpose

@pytest.mark.parametrize(("text", "typ", "subject"), [
    ("Five memoranda of understanding were signed by Qatar and Rwanda to open consulates.", "mou",
     "open consulates"),
    ("Three accords were inked between Peru and Chile to boost tourism.", "agreement", "boost tourism"),
    ("Two agreements were signed by Ghana and Togo on Monday to expand trade.", "agreement", "expand trade"),
    ("Four MoUs were concluded between Egypt and Jordan to improve water management.", "mou",
     "improve water management"),
    ("Six deals were sealed by Brazil and Angola to promote investment in mining.", "agreement",
     "promote investment in mining"),
])
def test_passive_package_named_by_its_purpose(find: Find, text: str, typ: str, subject: str) -> None:
    found = find(text)
    assert len(found) == 1
    assert found[0].type == typ and subject in found[0].subject and found[0].status == "signed"


@pytest.mark.parametrize("text", [
    "Three accords were inked between Peru and Chile to boost cooperation.",
    "Kenya and Uganda listed nine MoUs. The MoUs were signed to open consulates.",
])
def test_passive_package_without_a_purpose_of_its_own(find: Find, text: str) -> None:
    assert not [i for i in find(text) if "consulates" in i.subject or "cooperation" in i.subject]


# ------------------------------------------------- a document that changes an existing one

@pytest.mark.parametrize(("text", "subject"), [
    ("Germany and Chile signed a protocol to amend their 1998 tax treaty.",
     "protocol to amend their 1998 tax treaty"),
    ("Brazil and Peru signed an amending protocol to the 2006 investment treaty.",
     "amending protocol to the 2006 investment treaty"),
    ("Norway and Iceland signed a protocol amending the 2004 agreement on fisheries.",
     "protocol amending the 2004 agreement on fisheries"),
    ("On Tuesday Spain and Mexico signed a protocol to revise the convention on social security.",
     "protocol to revise the convention on social security"),
    ("Oman and Kenya signed the Additional Protocol to the Agreement on Air Services.",
     "Additional Protocol to the Agreement on Air Services"),
])
def test_protocol_changing_a_document_is_one_instrument(find: Find, text: str, subject: str) -> None:
    found = find(text)
    assert [(i.type, i.subject, i.status) for i in found] == [("protocol", subject, "signed")]


@pytest.mark.parametrize("text", [
    "Kenya and Peru agreed to extend the fisheries agreement.",
    "Vietnam and Cambodia plan to revise their border treaty next year.",
    "Japan and India will amend the 2011 economic partnership agreement.",
    "The two sides agreed to amend the fisheries agreement next year.",
    "Peru and Chile will amend the treaty on extradition.",
])
def test_existing_document_a_plan_would_change_is_no_new_one(find: Find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize("text", [
    "Ghana and Togo agreed to sign an agreement on fisheries.",
    "Canada and Korea signed an agreement to amend customs rules.",
])
def test_new_documents_stay(find: Find, text: str) -> None:
    assert len(find(text)) == 1


# ------------------------------------------------- names completed by "of Intent", topics after them

@pytest.mark.parametrize(("text", "subject"), [
    ("Spain and Morocco signed a Letter of Intent on renewable energy.",
     "Letter of Intent on renewable energy"),
    ("Spain and Morocco signed a letter of intent on renewable energy.",
     "letter of intent on renewable energy"),
    ("Germany and Namibia signed a Joint Declaration of Intent on green hydrogen.",
     "Joint Declaration of Intent on green hydrogen"),
    ("India and France signed an Arrangement on cooperation in maritime domain awareness.",
     "Arrangement on cooperation in maritime domain awareness"),
    ("India and Oman signed the Implementing Arrangement on maritime domain awareness.",
     "Implementing Arrangement on maritime domain awareness"),
])
def test_name_goes_on_to_its_topic(find: Find, text: str, subject: str) -> None:
    found = find(text)
    assert [i.subject for i in found] == [subject] and found[0].status == "signed"


@pytest.mark.parametrize("text", [
    "Chile and Peru signed MoUs in various domains.",
    "Chile and Peru signed a letter of intent in Lima.",
])
def test_field_word_or_place_is_no_topic(find: Find, text: str) -> None:
    assert all("domain" not in i.subject and "Lima" not in i.subject for i in find(text))


# ------------------------------------------------- plural documents of the past in general

@pytest.mark.parametrize("text", [
    "Agreements on agricultural investment signed over the years have often stalled.",
    "Previous MoUs on trade were never implemented, the minister said.",
    "Kenya and Uganda have signed dozens of deals on trade since 2010.",
    "Past agreements on fisheries between Chile and Peru were poorly enforced.",
    "Earlier accords on border security failed, officials admitted.",
    "Over the past decade, the two countries signed more than 40 agreements on trade, energy and health.",
    "In recent years Ghana and Togo signed memoranda on mining and ports.",
])
def test_documents_of_the_past_in_general_give_nothing(find: Find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize("text", [
    "Kenya and Uganda on Monday signed deals on trade, energy and health.",
    "On Friday Chile and Peru signed three memoranda on mining, ports and fisheries in Lima.",
])
def test_documents_of_the_day_stay(find: Find, text: str) -> None:
    assert len(find(text)) == 3


# ------------------------------------------------- the parties after a list are no part of its last subject

@pytest.mark.parametrize(("text", "last"), [
    ("Accords were reached in the fields of nuclear safety, fisheries and flood control between Chile "
     "and Peru.", "flood control"),
    ("Agreements on mining, energy and ports between Ghana and Togo were signed on Monday.", "ports"),
    ("Deals on shipping, tourism and customs between South Korea and the United Arab Emirates were signed.",
     "customs"),
    ("MoUs on culture, sport and youth between Fiji and Samoa were signed in Suva.", "youth"),
    ("Egypt signed protocols on health, water and education between Egypt and Sudan.", "education"),
])
def test_list_item_less_its_parties(find: Find, text: str, last: str) -> None:
    found = find(text)
    assert len(found) == 3 and found[-1].subject == last


def test_list_item_keeps_a_between_that_names_no_state(find: Find) -> None:
    found = find("Agreements on trade, energy and cooperation between universities were signed by Peru.")
    assert found[-1].subject == "cooperation between universities"


# ------------------------------------------------- one act making two things, each with its article

@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey and Iraq signed documents on the creation of a joint chamber of commerce and a youth council.",
     ["creation of a joint chamber of commerce", "youth council"]),
    ("Peru and Chile signed accords on the establishment of a joint fund and a business council.",
     ["establishment of a joint fund", "business council"]),
    ("Ghana and Togo signed MoUs on the construction of a bridge and a border post.",
     ["construction of a bridge", "border post"]),
    ("Memoranda on the opening of a consulate and a trade office were signed by Oman and Kenya.",
     ["opening of a consulate", "trade office"]),
    ("Laos and Vietnam inked agreements on the development of an industrial park and a dry port.",
     ["development of an industrial park", "dry port"]),
])
def test_plural_documents_on_two_things_made(find: Find, text: str, expected: list[str]) -> None:
    assert [i.subject for i in find(text)] == expected


@pytest.mark.parametrize("text", [
    "Peru and Chile signed MoUs on the supply of vaccines and medicines.",
    "Peru and Chile signed MoUs on the avoidance of double taxation and the prevention of fiscal evasion.",
])
def test_one_subject_of_things_without_articles_stays_whole(find: Find, text: str) -> None:
    assert len(find(text)) == 1
