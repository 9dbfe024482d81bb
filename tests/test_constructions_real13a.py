"""Instrument constructions of real reports, round 13 (a purpose told by "in an effort to …", items
parted by semicolons), on our own sentences."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tests import test_instruments
from tests.test_instruments import Find, finder

nlp = test_instruments.nlp  # the instrument rules' fixture, shared with tests/test_instruments.py


@pytest.fixture(scope="module")
def find(nlp: Language) -> Find:
    return finder(nlp, date(2026, 11, 20))  # a Friday


def subjects(find: Find, text: str) -> list[str]:
    return [i.subject for i in find(text)]


# --------------------------- "in an effort to …": why documents were signed, not what they are on

@pytest.mark.parametrize(("text", "subject"), [
    ("Chile and Peru signed an agreement in an effort to deepen their ties.", "deepen their ties"),
    ("Kenya signed a deal with Tanzania in a move to open its market to Tanzanian maize.",
     "open its market to Tanzanian maize"),
    ("Egypt and Sudan inked an accord on Monday in an attempt to settle the row over the dam.",
     "settle the row over the dam"),
    ("Oman and India signed five memoranda in a bid to boost trade in dates.", "boost trade in dates"),
    ("The foreign ministers of Ghana and Togo signed a memorandum in a bid to reopen the border crossing "
     "at Aflao.", "reopen the border crossing"),
])
def test_purpose_after_in_names_the_document(find: Find, text: str, subject: str) -> None:
    assert subjects(find, text) == [subject]


@pytest.mark.parametrize("text", [
    "Chile and Peru signed three agreements in an effort to deepen their ties.",
    "Uruguay and Paraguay signed four accords in an attempt to strengthen relations.",
    "Kazakhstan and Kyrgyzstan signed several documents in a bid to boost cooperation.",
])
def test_package_signed_in_an_effort_to_bond_has_no_subject(find: Find, text: str) -> None:
    found = find(text)
    assert not any(w in i.subject for i in found for w in ("effort", "attempt", "bid"))
    assert found == []


@pytest.mark.parametrize(("text", "subject"), [
    ("Japan and India signed an MoU in the field of semiconductors.", "MoU in the field of semiconductors"),
    ("Brazil and Chile signed an agreement in support of the fishing industry.",
     "agreement in support of the fishing industry"),
])
def test_in_without_a_purpose_keeps_its_topic(find: Find, text: str, subject: str) -> None:
    assert subjects(find, text) == [subject]


# --------------------------- "MoUs in the fields of A; B; C and D": semicolons part the items

@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Togo signed four memoranda of understanding in the fields of energy; fisheries; culture; "
     "and youth.", ["energy", "fisheries", "culture", "youth"]),
    ("Peru and Bolivia signed three agreements covering mining; water management; and border security.",
     ["mining", "water management", "border security"]),
    ("The two governments inked MoUs on health; education and tourism.", ["health", "education", "tourism"]),
    ("Zambia and Malawi have signed five memoranda on cooperation in the areas of trade and investment; "
     "roads; health; tourism and wildlife management.",
     ["trade and investment", "roads", "health", "tourism", "wildlife management"]),
    ("Under the deal, Laos and Cambodia signed accords on electricity trade; railway links; and customs "
     "procedures at the border.", ["electricity trade", "railway links", "customs procedures"]),
])
def test_semicolons_part_the_items_of_a_list(find: Find, text: str, expected: list[str]) -> None:
    got = subjects(find, text)
    assert len(got) == len(expected)
    for want, have in zip(expected, got, strict=True):
        assert have.startswith(want)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya and Uganda signed three agreements on trade; officials said more would follow.", ["trade"]),
    ("Brazil and Angola signed two accords on oil exploration; the two presidents also discussed the war "
     "in Sudan.", ["oil exploration"]),
    ("Nepal and India signed an MoU on power trade; Prime Minister Rao welcomed it.", ["MoU on power trade"]),
])
def test_a_clause_after_a_semicolon_is_no_item(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# --------------------------- "Among them:\nAgreement on A;\nAgreement on B;": one item a line, no bullets

@pytest.mark.parametrize(("text", "expected"), [
    ("Twelve documents were signed in Astana on Friday. Among them:\n\nAgreement on road transport;\n\n"
     "Agreement on cooperation in the field of veterinary medicine;\n\nMemorandum on youth exchanges;",
     ["Agreement on road transport", "Agreement on cooperation in the field of veterinary medicine",
      "Memorandum on youth exchanges"]),
    ("The ministers of Uzbekistan and Tajikistan signed nine documents on Friday. These include:\n\n"
     "Protocol on amending the visa agreement;\n\nAgreement on cultural exchanges for 2027-2028;\n\n"
     "Agreement on the readmission of persons.",
     ["Protocol on amending the visa agreement", "Agreement on cultural exchanges",
      "Agreement on the readmission of persons"]),
    ("After the talks, the delegations of Oman and Kenya exchanged six documents. Among the documents "
     "were:\n\nMemorandum of understanding on fisheries;\n\nMemorandum of understanding on ports;\n\n"
     "Agreement on air services.",
     ["Memorandum of understanding on fisheries", "Memorandum of understanding on ports",
      "Agreement on air services"]),
    ("In the presence of the two presidents, the sides signed:\n\nTreaty on extradition;\n\n"
     "Treaty on legal assistance in criminal matters;\n\nAgreement on the protection of investments;",
     ["Treaty on extradition", "Treaty on legal assistance in criminal matters",
      "Agreement on the protection of investments"]),
    ("Seven agreements were concluded in Bishkek. They are:\nAgreement on customs cooperation;\n"
     "Agreement on border crossings;\nAgreement on mutual protection of classified information;\n"
     "Memorandum on tourism.",
     ["Agreement on customs cooperation", "Agreement on border crossings",
      "Agreement on mutual protection of classified information", "Memorandum on tourism"]),
])
def test_lines_ending_in_semicolons_are_list_items(find: Find, text: str, expected: list[str]) -> None:
    found = find(text)
    assert len(found) == len(expected)
    for want, ins in zip(expected, found, strict=True):
        assert ins.subject.startswith(want)
        assert ins.status == "signed"


@pytest.mark.parametrize("text", [
    "The parliament of Ghana debated the budget;\nAgreement on fisheries;\nAgreement on ports;",
    "Officials met on Monday.\nAgreement on fisheries;\nAgreement on ports;",
])
def test_semicolon_lines_with_no_lead_in_name_nothing(find: Find, text: str) -> None:
    assert find(text) == []


# --------------------------- "an agreement between A and B regarding …": the topic after the parties

@pytest.mark.parametrize(("text", "topic"), [
    ("Kenya and Ghana signed an agreement between their health ministries regarding malaria control.",
     "regarding malaria control"),
    ("An MoU between the Ministry of Education and the Government of Niger related to teacher training was "
     "then signed.", "related to teacher training"),
    ("The ministers signed an agreement between Chile and Peru concerning the exchange of tax information.",
     "concerning the exchange of tax information"),
    ("Chad signed an accord with the Qatar Fund for Development relating to the upkeep of rural clinics.",
     "relating to the upkeep of rural clinics"),
    ("Oman and Kenya inked a memorandum between their chambers of commerce on joint trade fairs.",
     "on joint trade fairs"),
])
def test_a_topic_after_the_parties_stays_in_the_subject(find: Find, text: str, topic: str) -> None:
    found = find(text)
    assert len(found) == 1
    assert found[0].subject.endswith(topic)


@pytest.mark.parametrize(("text", "expected", "status"), [
    ("The two presidents will witness the signing of memoranda of understanding between the two countries "
     "in the fields of transport and energy.", ["transport", "energy"], "planned"),
    ("Ministers signed agreements between the two governments on fisheries and ports.",
     ["fisheries", "ports"], "signed"),
    ("Chad signed memoranda with Qatar on health and water.", ["health", "water"], "signed"),
    ("Laos and Thailand signed three agreements between their border provinces on trade, tourism and "
     "policing.", ["trade", "tourism", "policing"], "signed"),
    ("Peru and Ecuador signed two protocols between their navies regarding search and rescue and "
     "fishing patrols.", ["search and rescue", "fishing patrols"], "signed"),
])
def test_a_list_after_the_parties_gives_one_document_each(find: Find, text: str, expected: list[str],
                                                          status: str) -> None:
    found = find(text)
    assert [i.subject for i in found] == expected
    assert {i.status for i in found} == {status}


@pytest.mark.parametrize(("text", "subject"), [
    ("Ghana signed an agreement with Kenya on Monday.", "agreement with Kenya"),
    ("Brazil signed a trade deal with India in New Delhi.", "trade deal with India"),
    ("Uganda signed an agreement with the Chinese firm for 20 years.", "agreement with the Chinese firm"),
])
def test_a_time_or_place_after_the_parties_is_no_topic(find: Find, text: str, subject: str) -> None:
    assert subjects(find, text) == [subject]


def test_what_the_parties_hold_is_no_topic(find: Find) -> None:
    assert find("Peru signed agreements with partners covering half of its exports.") == []
