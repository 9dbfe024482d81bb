"""Constructions of real signing reports (round 26, instruments): an infinitive standing as a headline's or
a heading's verb ("Ghana, Togo to sign …", "Documents to be signed during the visit: 1. …") looks ahead, and a
heading line with a signing ahead carries that stage to the lines listed under it; the scene of a signing
("on the sidelines of the summit", "in the presence of the leaders") ends a document's subject; notes
exchanged at a time, then on a topic ("exchanged notes on Monday on a grant …"), are a document; a relative
clause the parser tags as a participle ("memoranda that related to A and B") lists the documents' subjects."""
from __future__ import annotations

import pytest

from tests.test_constructions_real16a import find, nlp, subjects, told
from tests.test_instruments import Find

__all__ = ["find", "nlp"]  # the fixtures of tests/test_constructions_real16a.py, shared


def statuses(find: Find, text: str) -> list[tuple[str, str]]:
    return [(i.subject, i.status) for i in find(text)]


# ------------------------------------------------------ a headline's or a heading's infinitive looks ahead


@pytest.mark.parametrize(("text", "expected"), [
    ("Documents to be signed during the visit: 1. Agreement on visa exemption; 2. MoU on tourism.",
     [("Agreement on visa exemption", "planned"), ("tourism", "planned")]),
    ("Benin and Niger to sign agreement on livestock",
     [("agreement on livestock", "planned")]),
    ("Agreements to be signed in Lima include an MoU on mining and a protocol on customs.",
     [("MoU on mining", "planned"), ("protocol on customs", "planned")]),
    ("Fiji, Samoa to ink pact on tuna fishing next month",
     [("pact on tuna fishing", "planned")]),
    ("Instruments to be concluded during the state visit: a treaty on extradition and an agreement on "
     "air services.",
     [("treaty on extradition", "planned"), ("agreement on air services", "planned")]),
])
def test_an_infinitive_standing_as_the_verb_looks_ahead(find: Find, text: str,
                                                        expected: list[tuple[str, str]]) -> None:
    assert statuses(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a finite verb, or an infinitive under one, tells the stage itself
    ("Benin and Niger have signed an agreement on livestock.",
     [("agreement on livestock", "signed")]),
    ("Documents signed during the visit: 1. Agreement on visa exemption; 2. MoU on tourism.",
     [("Agreement on visa exemption", "signed"), ("tourism", "signed")]),
    ("To cut illegal catches, Peru signed an MoU on fisheries.", [("MoU on fisheries", "signed")]),
])
def test_a_finite_verb_keeps_its_own_stage(find: Find, text: str, expected: list[tuple[str, str]]) -> None:
    assert statuses(find, text) == expected


# ------------------------------------------------ a heading with a signing ahead, lines listed under it


@pytest.mark.parametrize(("text", "expected"), [
    ("The following agreements will be signed during the visit:\n- Agreement on air services\n"
     "- MoU on health cooperation",
     [("Agreement on air services", "planned"), ("MoU on health cooperation", "planned")]),
    ("The agreements to be signed in Accra:\n- Agreement on fisheries\n- Protocol on customs",
     [("Agreement on fisheries", "planned"), ("Protocol on customs", "planned")]),
    ("The following documents are expected to be signed:\n1. Agreement on air services\n"
     "2. Treaty on extradition",
     [("Agreement on air services", "planned"), ("Treaty on extradition", "planned")]),
    ("Two sides will sign these documents on Friday:\n* Memorandum on tourism\n* Agreement on visas",
     [("Memorandum on tourism", "planned"), ("Agreement on visas", "planned")]),
    ("The following instruments are due to be exchanged at the summit:\n- Agreement on mining\n"
     "- Programme of cultural exchanges",
     [("Agreement on mining", "planned"), ("Programme of cultural exchanges", "planned")]),
])
def test_a_heading_with_a_signing_ahead_carries_it_to_its_lines(find: Find, text: str,
                                                                expected: list[tuple[str, str]]) -> None:
    assert statuses(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a heading of signings done, or no heading at all, leaves its lines signed
    ("The following agreements were signed during the visit:\n- Agreement on air services\n"
     "- MoU on health cooperation",
     [("Agreement on air services", "signed"), ("MoU on health cooperation", "signed")]),
    ("The two sides signed these documents:\n- Agreement on fisheries\n- Protocol on customs",
     [("Agreement on fisheries", "signed"), ("Protocol on customs", "signed")]),
])
def test_a_heading_of_signings_done_leaves_its_lines_signed(find: Find, text: str,
                                                           expected: list[tuple[str, str]]) -> None:
    assert statuses(find, text) == expected


# ------------------------------------------------------------------- the scene of a signing is no subject


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Togo signed an agreement on energy on the sidelines of the summit in Addis Ababa.",
     ["agreement on energy"]),
    ("Peru and Chile signed memoranda on migration and mining on the margins of the APEC meeting.",
     ["migration", "mining"]),
    ("Kenya and Uganda signed an MoU on cross-border trade in the presence of the two presidents.",
     ["MoU on cross-border trade"]),
    ("A protocol on rail freight was initialled on the eve of the state visit.",
     ["protocol on rail freight"]),
    ("The ambassador signed a treaty on legal assistance on behalf of the government of Nepal.",
     ["treaty on legal assistance"]),
])
def test_the_scene_of_a_signing_ends_the_subject(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a field that only sounds like a scene keeps its words
    ("Ghana and Togo signed an agreement on the presence of foreign troops.",
     ["agreement on the presence of foreign troops"]),
    ("Oman and Jordan signed an agreement on the occasion and the venue of joint exhibitions.",
     ["agreement on the occasion and the venue of joint exhibitions"]),
])
def test_a_field_named_like_a_scene_stays_the_subject(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ---------------------------------------------------------- notes exchanged at a time, then on a topic


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan and Laos exchanged notes on Monday on a grant for road building.",
     [("agreement", "grant for road building", "signed")]),
    ("Korea and Ghana exchanged notes on Tuesday on a loan for a water plant.",
     [("agreement", "loan for a water plant", "signed")]),
    ("Japan and Nepal exchanged notes in March on a grant for school buildings.",
     [("agreement", "grant for school buildings", "signed")]),
    ("Japan and Fiji exchanged notes on Friday on a grant for fishing boats.",
     [("agreement", "grant for fishing boats", "signed")]),
    ("Japan and Laos exchanged notes on a grant for road building on Monday.",
     [("agreement", "grant for road building", "signed")]),
])
def test_notes_exchanged_at_a_time_then_on_a_topic_are_a_document(
        find: Find, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert told(find, text) == expected


@pytest.mark.parametrize("text", [
    # notes compared or written are no document
    "The two delegations exchanged notes on Monday on the sidelines of the forum.",
    "Reporters took notes on Monday on the minister's speech.",
])
def test_notes_with_no_topic_or_not_exchanged_are_no_document(find: Find, text: str) -> None:
    assert find(text) == []


# --------------------------------------------------- a relative clause the parser reads as a participle


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister signed memoranda that related to science, agriculture and irrigation.",
     ["science", "agriculture", "irrigation"]),
    ("The two sides signed three agreements which related to tourism, health and culture.",
     ["tourism", "health", "culture"]),
    ("Egypt and Romania signed four MoUs that dealt with ports, textiles, banking and water.",
     ["ports", "textiles", "banking", "water"]),
    ("Peru and Bolivia signed two accords that pertained to mining and border roads.",
     ["mining", "border roads"]),
    ("The ministers signed agreements which relate to fisheries and tourism.",
     ["fisheries", "tourism"]),
])
def test_a_relative_clause_read_as_a_participle_lists_subjects(find: Find, text: str,
                                                               expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle after the noun with no relative pronoun, or a clause about something else
    ("The minister raised questions related to science and agriculture.", []),
    ("The ministers discussed issues that related to fisheries and tourism.", []),
])
def test_a_relative_clause_of_no_document_names_none(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ------------------------------------------- "this new MoU" pointing back to the document just told of


@pytest.mark.parametrize(("text", "expected"), [
    ("Benin and Niger signed an MoU on livestock on Monday. The signing of this new MoU will deepen ties.",
     ["MoU on livestock"]),
    ("Peru and Chile signed an agreement on mining. The new agreement will create jobs, officials said.",
     ["agreement on mining"]),
    ("Fiji and Tonga signed a memorandum on policing. This new Memorandum of Understanding replaces an "
     "old one.", ["memorandum on policing"]),
    ("Ghana and Togo inked a protocol on customs. The new protocol was signed in Lome.",
     ["protocol on customs"]),
    ("Oman and Kenya signed an MoU on tourism. Officials hailed the signing of the new MoU.",
     ["MoU on tourism"]),
])
def test_this_new_document_points_back(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "a new …", or "the new …" with no document told before, may be one of its own
    ("Peru and Chile signed an agreement on mining. They also plan a new agreement on fisheries.",
     ["agreement on mining", "new agreement on fisheries"]),
    ("Peru and Chile signed the new agreement on Monday.", ["new agreement"]),
])
def test_a_new_document_of_its_own_stays(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected
