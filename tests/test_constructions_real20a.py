"""Constructions of real signing reports (round 20, instruments): a package's fields told as a range ("12
accords ranging from A to B"), by "be in the areas of", by "touch on" or "address"; a member told after a
comma with its noun left out ("an MoU on A, one on B"); notes exchanged on a topic, told by the verb alone."""
from __future__ import annotations

import pytest

from tests.test_constructions_real16a import find, nlp, subjects, told
from tests.test_instruments import Find

__all__ = ["find", "nlp"]  # the fixtures of tests/test_constructions_real16a.py, shared


# A package whose fields are told by their two ends: a participle or a verb of range, or "areas ranging".
@pytest.mark.parametrize(("body", "expected"), [
    ("Benin and Togo signed 12 agreements ranging from agriculture to space research on Monday.",
     [("agreement", "agriculture", "signed"), ("agreement", "space research", "signed")]),
    ("The nine memoranda signed in Lome range from health to tourism.",
     [("mou", "health", "signed"), ("mou", "tourism", "signed")]),
    ("Peru and Chile will sign several accords, ranging from customs to mining, next month.",
     [("agreement", "customs", "planned"), ("agreement", "mining", "planned")]),
    ("The protocols, which range from rail freight to water management, were signed by the two premiers.",
     [("protocol", "rail freight", "signed"), ("protocol", "water management", "signed")]),
    ("Laos and Cambodia concluded twenty memoranda ranging from hydropower to tourism promotion.",
     [("mou", "hydropower", "signed"), ("mou", "tourism promotion", "signed")]),
])
def test_package_fields_told_as_a_range(find: Find, body: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted(told(find, body)) == sorted(expected)


@pytest.mark.parametrize("body", [
    # the breadth of the fields, not two documents: the members, if told, come one by one
    "Chad and Niger signed a dozen agreements in areas ranging from fisheries to higher education.",
    "Chad and Niger inked five accords in fields ranging from energy to the arms industry on Monday.",
    "Prices of rice ranged from 300 to 400 dollars a tonne, the ministers of Chad and Niger said.",
    "Chad and Niger signed agreements worth amounts ranging from $2 million to $9 million.",
    "The Chad team ranged from veterans to newcomers in the final against Niger.",
])
def test_a_range_of_no_documents(find: Find, body: str) -> None:
    assert told(find, body) == []


# A package said to be "in the areas/fields of" its subjects by a plain "be".
@pytest.mark.parametrize(("body", "expected"), [
    ("The agreements signed by Ghana and Togo are in the areas of health, tourism and mining.",
     [("agreement", "health", "signed"), ("agreement", "tourism", "signed"),
      ("agreement", "mining", "signed")]),
    ("The agreements inked by Benin and Niger are in the areas of: extradition, livestock, and river "
     "transport.",
     [("agreement", "extradition", "signed"), ("agreement", "livestock", "signed"),
      ("agreement", "river transport", "signed")]),
    ("Laos and Vietnam signed four memoranda. The memoranda are in the fields of fisheries and aviation.",
     [("mou", "fisheries", "signed"), ("mou", "aviation", "signed")]),
    ("The two protocols to be signed next week are in the field of customs and rail freight.",
     [("protocol", "customs", "planned"), ("protocol", "rail freight", "planned")]),
    ("The deals that Kenya and Uganda signed are in the sectors of energy and roads.",
     [("agreement", "energy", "signed"), ("agreement", "roads", "signed")]),
])
def test_package_in_the_areas_of(find: Find, body: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted(told(find, body)) == sorted(expected)


@pytest.mark.parametrize("body", [
    "Laos and Vietnam signed four memoranda. The memoranda are in the archives of the ministry.",
    "The signed memoranda of Laos and Vietnam are in the hands of the two ministries.",
])
def test_in_of_no_field(find: Find, body: str) -> None:
    assert told(find, body) == []


# A package told by "touch on" or "address" what it is on.
@pytest.mark.parametrize(("body", "expected"), [
    ("Benin and Niger signed five agreements, which touch on agriculture, mining and culture.",
     [("agreement", "agriculture", "signed"), ("agreement", "mining", "signed"),
      ("agreement", "culture", "signed")]),
    ("Benin and Niger signed five agreements on Monday. The deals address agriculture, mining and culture.",
     [("agreement", "agriculture", "signed"), ("agreement", "mining", "signed"),
      ("agreement", "culture", "signed")]),
    ("Fiji and Tonga inked three memoranda addressing policing and tuna fishing.",
     [("mou", "policing", "signed"), ("mou", "tuna fishing", "signed")]),
    ("Fiji and Tonga signed two accords on Friday. The accords touch on fisheries and climate finance.",
     [("agreement", "fisheries", "signed"), ("agreement", "climate finance", "signed")]),
    ("Kenya and Uganda will sign two protocols that address roads and power lines.",
     [("protocol", "roads", "planned"), ("protocol", "power lines", "planned")]),
])
def test_package_touching_on_or_addressing(find: Find, body: str,
                                           expected: list[tuple[str, str, str]]) -> None:
    assert sorted(told(find, body)) == sorted(expected)


@pytest.mark.parametrize("body", [
    "Benin and Niger signed five agreements. The president addressed the nation on television.",
    "Benin and Niger signed five agreements. Their leaders touched on the war in Sudan.",
])
def test_address_or_touch_of_someone_else(find: Find, body: str) -> None:
    assert told(find, body) == []


# A member told after a comma with its noun left out, "one on …"/"another on …".
@pytest.mark.parametrize(("body", "expected"), [
    ("Benin and Niger signed three agreements: a framework agreement on trade, one on visa exemptions for "
     "diplomats, and a memorandum on labour.",
     [("agreement", "framework agreement on trade", "signed"), ("agreement", "visa exemptions for diplomats",
                                                                "signed"), ("mou", "memorandum on labour",
                                                                            "signed")]),
    ("Benin and Niger signed an agreement on fisheries, one on mining and one on tourism.",
     [("agreement", "agreement on fisheries", "signed"), ("agreement", "mining", "signed"),
      ("agreement", "tourism", "signed")]),
    ("Ghana and Togo will sign a protocol on customs, another on rail freight.",
     [("protocol", "protocol on customs", "planned"), ("protocol", "rail freight", "planned")]),
    ("Peru and Chile signed an MoU on mining, one regarding water, in Lima on Friday.",
     [("mou", "MoU on mining", "signed"), ("mou", "water", "signed")]),
    ("Laos and Vietnam inked a treaty on extradition, another concerning prisoner transfers.",
     [("treaty", "treaty on extradition", "signed"), ("treaty", "prisoner transfers", "signed")]),
])
def test_member_after_a_comma(find: Find, body: str, expected: list[tuple[str, str, str]]) -> None:
    assert told(find, body) == expected


@pytest.mark.parametrize("body", [
    "Benin and Niger signed an agreement on fisheries, one of the most important in years.",
    "Benin and Niger signed an agreement on fisheries, one for each of their ports.",
])
def test_one_after_a_comma_not_a_member(find: Find, body: str) -> None:
    assert len(told(find, body)) == 1


# Notes exchanged on a topic: the verb alone tells the document.
@pytest.mark.parametrize(("body", "subject"), [
    ("Benin and Niger exchanged notes on the visa exemption for holders of diplomatic passports.",
     "visa exemption for holders of diplomatic passports"),
    ("The foreign ministers of Benin and Niger exchanged notes concerning the demarcation of the river "
     "border.", "demarcation of the river border"),
    ("Notes were exchanged on the abolition of visas for diplomats between Benin and Niger.",
     "abolition of visas for diplomats"),
    ("Japan and Laos exchanged diplomatic notes on a grant for school buildings.",
     "grant for school buildings"),
    ("On Monday, Japan and Laos exchanged notes regarding a loan for a power line.", "loan for a power line"),
])
def test_notes_exchanged_on_a_topic(find: Find, body: str, subject: str) -> None:
    assert told(find, body) == [("agreement", subject, "signed")]


@pytest.mark.parametrize("body", [
    "The two ministers of Benin and Niger exchanged notes on the sidelines of the summit.",
    "The delegations of Benin and Niger exchanged notes on Monday.",
    "The ministers of Benin and Niger took notes on the border situation.",
    "Benin and Niger exchanged views on the border situation.",
])
def test_notes_of_no_document(find: Find, body: str) -> None:
    assert told(find, body) == []


# "document" as a word of a listed field does not end the list.
@pytest.mark.parametrize(("body", "last"), [
    ("Oman and Jordan signed five memoranda in the areas of mining, labour, document and archive management, "
     "and consumer protection.", "consumer protection"),
    ("Qatar and Oman signed MoUs on tourism, document management and customs.", "customs"),
    ("Kuwait and Oman inked four MoUs covering health, documents and records, and ports.", "ports"),
    ("The agreements signed by Chad and Niger cover roads, document security and livestock.", "livestock"),
    ("Peru and Chile signed accords on energy, travel document checks and fisheries.", "fisheries"),
])
def test_document_as_a_field_word(find: Find, body: str, last: str) -> None:
    assert subjects(find, body)[-1] == last


@pytest.mark.parametrize(("body", "expected"), [
    # a document of its own after the list still ends it
    ("Oman and Jordan signed MoUs on mining and labour, and a document on the border.", ["mining", "labour"]),
    ("Oman and Jordan signed MoUs on mining and labour and a treaty on extradition.",
     ["mining", "labour", "treaty on extradition"]),
])
def test_a_document_after_the_list_ends_it(find: Find, body: str, expected: list[str]) -> None:
    assert subjects(find, body) == expected


@pytest.mark.parametrize(("body", "subject"), [
    # notes on a document are that document's stage, no document of their own
    ("Japan and Laos exchanged notes on the air services agreement on Tuesday.", "air services agreement"),
    ("Chad and Niger exchanged diplomatic notes on the labour mobility agreement.",
     "labour mobility agreement"),
])
def test_notes_on_a_document(find: Find, body: str, subject: str) -> None:
    assert subjects(find, body) == [subject]


# The speaker told after a comma ends the document's name, though the parser may take the speaker for the
# main verb's object and the verb of saying for its participle.
@pytest.mark.parametrize(("body", "expected"), [
    ("Peru and Chile signed an MoU on fisheries, Chile's state news agency reported on Friday.",
     ["MoU on fisheries"]),
    ("Kenya and Uganda inked a protocol on border trade, Kenya's official news agency reported on Monday.",
     ["protocol on border trade"]),
    ("Fiji and Tonga signed an accord on policing, local media reported on Tuesday.", ["accord on policing"]),
    ("Ghana and Togo signed MoUs on health and energy, Ghana's presidency announced on Monday.",
     ["health", "energy"]),
    ("Laos and Vietnam signed a treaty on extradition, the Lao foreign ministry confirmed on Sunday.",
     ["treaty on extradition"]),
])
def test_speaker_after_a_comma_ends_the_name(find: Find, body: str, expected: list[str]) -> None:
    assert subjects(find, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Ghana and Togo signed MoUs on health, state media coverage and energy on Monday.",
     ["health", "state media coverage", "energy"]),
    ("Ghana and Togo signed MoUs on fisheries, news agency cooperation and tourism.",
     ["fisheries", "news agency cooperation", "tourism"]),
])
def test_no_speaker_after_a_comma(find: Find, body: str, expected: list[str]) -> None:
    assert subjects(find, body) == expected
