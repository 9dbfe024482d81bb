"""Constructions of instruments (round 26, second pass): a document's "between" the parser hangs on the
event noun the document belongs to ("witnessed the signing of a MOU between A's port and B") names the
document's parties; counted documents listed in pairs with no serial "and" ("two memoranda on tourism and
trade, fisheries and higher education") take one subject per comma segment when the segments match the
count, told with the noun or, for "the memoranda", in a sentence before; where a signing was, told again
in the next sentence by a bare document or the signing ("The signing ceremony took place in Brussels")."""
from __future__ import annotations

import pytest

from tests.test_constructions_real16a import find, nlp, subjects
from tests.test_instruments import Find

__all__ = ["find", "nlp"]  # the fixtures of tests/test_constructions_real16a.py, shared


# ------------------------------------------- "the signing of a MOU between …": the parties hung on the event


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister witnessed the signing of a MOU between Peru's Callao Port and Manta Port Authority.",
     ["MOU between Peru's Callao Port and Manta Port Authority"]),
    ("The governor attended the signing of a MOU between Kenya's Mombasa County and the Port of Durban.",
     ["MOU between Kenya's Mombasa County and the Port of Durban"]),
    ("Officials hailed the signing of a MOU between Chile's Antofagasta Port and Arica Port Authority.",
     ["MOU between Chile's Antofagasta Port and Arica Port Authority"]),
    ("Both mayors welcomed the conclusion of a MOU between Gabon's Owendo Port and Douala Port Authority.",
     ["MOU between Gabon's Owendo Port and Douala Port Authority"]),
    ("The ambassador witnessed the signing of a MOU between Ecuador's Manta Port and Callao Port Authority "
     "on Tuesday.",
     ["MOU between Ecuador's Manta Port and Callao Port Authority"]),
])
def test_a_between_hung_on_the_signing_belongs_to_the_document(find: Find, text: str,
                                                               expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a "between" hung on the document, or a document told with a topic, keeps its own reading
    ("The minister witnessed the signing of an MoU on fisheries between Peru and Chile.",
     ["MoU on fisheries"]),
    ("Officials signed a MOU between Peru's Callao Port and Manta Port Authority.",
     ["MOU between Peru's Callao Port and Manta Port Authority"]),
])
def test_a_between_of_the_document_is_read_as_before(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ------------------------------------------------------------ counted documents listed in pairs


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt and Romania signed two memorandums on tourism and trade, fisheries and higher education.",
     ["tourism and trade", "fisheries and higher education"]),
    ("Peru and Chile signed four memoranda on science, agriculture, small and medium-sized enterprises, "
     "water resources and irrigation.",
     ["science", "agriculture", "small and medium-sized enterprises", "water resources and irrigation"]),
    ("Three agreements were signed on oil and gas, roads and bridges, ports and shipping.",
     ["oil and gas", "roads and bridges", "ports and shipping"]),
    ("Benin and Togo signed two memorandums on Monday. The memorandums cover tourism and trade, fisheries "
     "and higher education.",
     ["tourism and trade", "fisheries and higher education"]),
    ("The sides inked two MoUs: on health and sanitation, youth and sports.",
     ["health and sanitation", "youth and sports"]),
])
def test_a_count_pairs_the_items_of_a_list(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no count, or a count the "and" items already match: every "and" parts the items as before
    ("The ministers signed agreements on tourism and trade, fisheries and higher education.",
     ["tourism", "trade", "fisheries", "higher education"]),
    ("Egypt and Romania signed four memorandums on tourism and trade, fisheries and higher education.",
     ["tourism", "trade", "fisheries", "higher education"]),
    ("The ministers signed three agreements on health, culture and sports, and education.",
     ["health", "culture and sports", "education"]),
])
def test_without_a_count_to_match_every_and_parts(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ------------------------------------------------------- where a signing was, told in the next sentence


def places(find: Find, text: str) -> list[tuple[str, str | None]]:
    return [(i.subject, i.place) for i in find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Hungary signed an MoU on water management. The signing ceremony took place in Brussels, "
     "Belgium, on Monday.", [("MoU on water management", "Brussels")]),
    ("Laos and Cambodia signed an agreement on border trade. The agreement was signed by the two deputy "
     "ministers in Vientiane.", [("agreement on border trade", "Vientiane")]),
    ("Mali and Guinea inked a protocol on mining. The signing was held at Conakry on Tuesday.",
     [("protocol on mining", "Conakry")]),
    ("Samoa and Tonga concluded a treaty on fishing rights. The treaty was signed in Apia after two days "
     "of talks.", [("treaty on fishing rights", "Apia")]),
    ("Kenya and Oman signed an accord on labour mobility. This accord was signed in Nairobi during the "
     "visit.", [("accord on labour mobility", "Nairobi")]),
])
def test_a_signing_told_again_in_the_next_sentence_says_where(find: Find, text: str,
                                                              expected: list[tuple[str, str | None]]) -> None:
    assert places(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the next sentence tells of something else: another event's place, or a journey
    ("Ghana and Hungary signed an MoU on water management. The closing session of the forum took place "
     "in Brussels.", [("MoU on water management", None)]),
    ("Laos and Cambodia signed an agreement on border trade. The delegations then flew to Pakse.",
     [("agreement on border trade", None)]),
    ("Mali and Guinea signed a protocol on mining. Protests took place in Conakry the same day.",
     [("protocol on mining", None)]),
])
def test_a_next_sentence_of_something_else_says_no_place(find: Find, text: str,
                                                         expected: list[tuple[str, str | None]]) -> None:
    assert places(find, text) == expected
