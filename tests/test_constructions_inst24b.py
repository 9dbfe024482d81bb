"""Constructions of signing reports (round 24, instruments, inst24b): the second of the bodies a document is
"between" that the parser hangs on the document's noun after the first one's initials in brackets ("an MoU
on X between the Arts Council of A (ACA) and the Museum of B"); a "between" the parser hangs on the verb
("signed an MOU between the Ports Authority of A and the Customs Service of B"); a lowercase pair inside an
earlier item of a comma list closed by its own "and" ("on trade and investment, health, and culture"); the
next clause's subject taken into a subject ("an agreement on mining and Peru's minister Ana Lopez welcomed
it"); a one-word field the tagger takes for a body before one it takes for a person ("Crafts and Art"); a
counted package's members after a stray "of;" ("the three agreements of; the X Corridor, …")."""
from __future__ import annotations

import pytest

from tests.test_constructions_real16a import find, nlp, subjects
from tests.test_instruments import Find

__all__ = ["find", "nlp"]  # the fixtures of tests/test_constructions_real16a.py, shared


def parties(find: Find, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(i.subject, i.parties) for i in find(text)]


# ------------------------------------------- the second party after the first one's initials in brackets


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile and Laos signed a Memorandum of Understanding on Cultural Cooperation between the Arts Council "
     "of Chile (ACC) and the National Museum of Laos (NML) on Friday.",
     [("Memorandum of Understanding on Cultural Cooperation between the Arts Council of Chile (ACC) and the "
       "National Museum of Laos (NML)", ("the Arts Council of Chile", "the National Museum of Laos"))]),
    ("Peru and Kenya signed an MoU between the Lima Chamber of Commerce (LCC) and the Kenya National "
     "Chamber of Commerce (KNCC).",
     [("MoU between the Lima Chamber of Commerce (LCC) and the Kenya National Chamber of Commerce (KNCC)",
       ("the Lima Chamber of Commerce", "the Kenya National Chamber of Commerce"))]),
])
def test_the_second_party_after_initials_in_brackets(find: Find, text: str,
                                                      expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert parties(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Fiji and Tonga signed an Agreement on Fisheries between the Fiji Ocean Board (FOB) and the Tonga "
     "Marine Institute (TMI) in Suva.",
     ["Agreement on Fisheries between the Fiji Ocean Board (FOB) and the Tonga Marine Institute (TMI)"]),
    ("Ghana and Peru signed a Memorandum of Understanding on Youth Exchange between the Ghana Youth "
     "Authority (GYA) and the Peru Sports Institute on Monday.",
     ["Memorandum of Understanding on Youth Exchange between the Ghana Youth Authority (GYA) and the Peru "
      "Sports Institute"]),
    ("Benin and Niger signed an MoU on Health between the Benin Medical Council (BMC) and the Niger "
     "Nursing Board (NNB).",
     ["MoU on Health between the Benin Medical Council (BMC) and the Niger Nursing Board (NNB)"]),
    # negatives: two parties under "between" already, or a second document after it
    ("Chile and Laos signed an MoU between the Arts Council of Chile and the National Museum of Laos.",
     ["MoU between the Arts Council of Chile and the National Museum of Laos"]),
    ("Ghana and Peru signed an agreement on trade between the two states and a memorandum on health.",
     ["agreement on trade", "memorandum on health"]),  # the two states sign it (inst25b)
])
def test_a_document_between_two_bodies_keeps_both(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ------------------------------------------------------------- "between" hung on the verb


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Togo signed an MOU between the Ghana Ports Authority and the Togo Customs Service on Monday.",
     [("MOU between the Ghana Ports Authority and the Togo Customs Service",
       ("the Ghana Ports Authority", "the Togo Customs Service"))]),
    ("Ghana and Togo signed an MOU between the Ghana Ports Authority and the Togo Customs Service.",
     [("MOU between the Ghana Ports Authority and the Togo Customs Service",
       ("the Ghana Ports Authority", "the Togo Customs Service"))]),
    ("Ghana and Togo signed an agreement between the Ghana Ports Authority and the Togo Customs Service "
     "on Monday.",
     [("agreement between the Ghana Ports Authority and the Togo Customs Service",
       ("the Ghana Ports Authority", "the Togo Customs Service"))]),
    ("An MoU between the Fiji Revenue Authority and the Tonga Customs Department was signed on Tuesday.",
     [("MoU between the Fiji Revenue Authority and the Tonga Customs Department",
       ("the Fiji Revenue Authority", "the Tonga Customs Department"))]),
    ("Ghana and Togo signed a memorandum of understanding between the Ghana Ports Authority and the Togo "
     "Customs Service on Monday.",
     [("memorandum of understanding between the Ghana Ports Authority and the Togo Customs Service",
       ("the Ghana Ports Authority", "the Togo Customs Service"))]),
])
def test_a_document_named_by_its_parties_only(find: Find, text: str,
                                              expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert parties(find, text) == expected


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed an MOU on Monday.",  # no parties, no subject: nothing to record
    "Ghana and Togo signed an MOU, and the talks between the two ministers went on for hours.",
])
def test_a_bare_document_stays_unrecorded(find: Find, text: str) -> None:
    assert subjects(find, text) == []


# ------------------------------------------------------- a lowercase pair inside a comma list


@pytest.mark.parametrize(("text", "expected"), [
    ("The two countries signed accords on trade and investment, health, and culture.",
     ["trade and investment", "health", "culture"]),
    ("Kenya and Peru signed MoUs on oil and gas, fisheries, and tourism on Monday.",
     ["oil and gas", "fisheries", "tourism"]),
    ("Ghana and Chile signed agreements covering health, science and innovation, and sport.",
     ["health", "science and innovation", "sport"]),
    ("Fiji and Samoa signed memoranda on fisheries, arts and crafts, roads, and water.",
     ["fisheries", "arts and crafts", "roads", "water"]),
    ("Chad and Niger inked deals on cattle and sheep, grazing, and water or irrigation.",
     ["cattle and sheep", "grazing", "water", "irrigation"]),
    # negatives: no "and" of the list's own after its last comma, or no list at all
    ("Kenya and Ghana signed agreements on tourism and trade, fisheries and higher education on Tuesday.",
     ["tourism", "trade", "fisheries", "higher education"]),
    ("Kenya and Ghana signed agreements on tourism, fisheries and higher education on Tuesday.",
     ["tourism", "fisheries", "higher education"]),
])
def test_a_pair_inside_an_earlier_item_is_one_subject(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ------------------------------------------------------ the next clause's subject taken in


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Peru signed an agreement on mining and Peru's Minister Ana Lopez and Maria welcomed it.",
     ["agreement on mining"]),
    ("Chile and Laos signed a memorandum on tourism and education and Chile's President Maria Lopez hailed "
     "it as historic.", ["memorandum on tourism and education"]),
    ("Kenya and Peru inked a deal on coffee exports and the ministers Ruto and Mendoza praised it.",
     ["deal on coffee exports"]),
    ("Ghana and Peru signed an agreement on mining and trade and then held a press conference.",
     ["agreement on mining and trade"]),
    ("Ghana and Peru signed an agreement on fisheries and President John Mensah praised it.",
     ["agreement on fisheries"]),
    # negatives: a person inside the subject, a list of fields
    ("Ghana and Peru signed the Kofi Annan Agreement on Peacekeeping on Monday.",
     ["Kofi Annan Agreement on Peacekeeping"]),
    ("Ghana and Peru signed agreements on mining and on health.", ["mining", "health"]),
    # a gerund after "and" is one more item, not the next clause
    ("Kenya and Peru signed a series of deals on fishing, rice trade, solar power and fighting piracy.",
     ["fishing", "rice trade", "solar power", "fighting piracy"]),
])
def test_the_next_clause_is_no_part_of_the_subject(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# --------------------------------------------- a one-word field read as a body, then one read as a person


@pytest.mark.parametrize(("text", "expected"), [
    ("An MoU on Trade and Industry, Crafts and Art was signed by the two ministers.",
     ["MoU on Trade and Industry, Crafts and Art"]),
    ("Ghana and Peru signed an MoU on Trade and Industry, Crafts and Art on Monday.",
     ["MoU on Trade and Industry, Crafts and Art"]),
])
def test_a_field_read_as_a_body_before_one_read_as_a_person(find: Find, text: str,
                                                            expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ---------------------------------------------------- a counted package's members after a stray "of;"


@pytest.mark.parametrize(("text", "expected"), [
    ("The two sides signed the three major agreements of; the Lobito Corridor, the Trade Agreement and the "
     "Visa Agreement.", ["Lobito Corridor", "Trade Agreement", "Visa Agreement"]),
    ("Ghana and Peru signed two agreements of; the Volta Corridor and the Visa Agreement.",
     ["Volta Corridor", "Visa Agreement"]),
    ("The two sides signed three major agreements: the Lobito Corridor, the Trade Agreement and the Visa "
     "Agreement.", ["Lobito Corridor", "Trade Agreement", "Visa Agreement"]),
    ("Chile and Peru signed the four accords of; the Andes Railway, the Pacific Port, the Fisheries "
     "Agreement and the Visa Agreement.",
     ["Andes Railway", "Pacific Port", "Fisheries Agreement", "Visa Agreement"]),
    ("Kenya and Peru signed four agreements including; the Fisheries Agreement, the Tourism Agreement, the "
     "Air Services Agreement and the Visa Agreement.",
     ["Fisheries Agreement", "Tourism Agreement", "Air Services Agreement", "Visa Agreement"]),
    # negatives: a semicolon that ends the sentence's first clause
    ("Ghana and Peru signed two agreements; the ministers praised the Volta Corridor and the Visa Agreement.",
     ["Visa Agreement"]),
    ("Ghana and Peru signed three agreements; the Volta Corridor was opened later.", []),
])
def test_members_after_a_stray_of_and_semicolon(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected
