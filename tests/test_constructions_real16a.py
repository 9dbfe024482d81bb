"""Round 16, instruments of real reports: constructions written for these tests in our own words
(a later member of a package told with its noun left out, "… and the second on Y", "…, while the other
covers Y"; a bracket opened after a single document's name, "an agreement on fishing (in Accra)")."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tests import test_instruments
from tests.test_instruments import Find, finder

nlp = test_instruments.nlp  # the instrument rules' fixture, shared with tests/test_instruments.py
__all__ = ["nlp"]


@pytest.fixture(scope="module")
def find(nlp: Language) -> Find:
    return finder(nlp, date(2026, 12, 4))  # a Friday


def told(find: Find, text: str) -> list[tuple[str, str, str]]:
    return [(i.type, i.subject, i.status) for i in find(text)]


def subjects(find: Find, text: str) -> list[str]:
    return [i.subject for i in find(text)]


# ----------------------------- a later member told with its noun left out ("… and the second on Y")


@pytest.mark.parametrize(("text", "expected"), [
    ("Benin and Niger signed two agreements on Tuesday. The first was on livestock and the second on "
     "river navigation.",
     [("agreement", "on livestock", "signed"), ("agreement", "river navigation", "signed")]),
    ("Peru and Ecuador inked two memoranda in Quito. The first memorandum is on oil exploration, while the "
     "second covers border health posts.",
     [("mou", "oil exploration", "signed"), ("mou", "border health posts", "signed")]),
    ("Fiji and Tonga will sign two agreements next week. One of them is on policing and the other on "
     "tuna fishing.",
     [("agreement", "policing", "planned"), ("agreement", "tuna fishing", "planned")]),
    ("Armenia and Georgia signed three protocols. The first is on customs, the second on rail freight, "
     "and the third on tourism.",
     [("protocol", "on customs", "signed"), ("protocol", "rail freight", "signed"),
      ("protocol", "tourism", "signed")]),
    ("Uruguay and Paraguay signed two MoUs. The first MoU is about water management; the second on "
     "cattle vaccination.",
     [("mou", "water management", "signed"), ("mou", "cattle vaccination", "signed")]),
    ("Chad and Sudan signed two pacts. The first covers refugees and the second covers grazing routes.",
     [("agreement", "refugees", "signed"), ("agreement", "grazing routes", "signed")]),
])
def test_a_later_member_with_its_noun_left_out_is_a_document(find: Find, text: str,
                                                             expected: list[tuple[str, str, str]]) -> None:
    assert told(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "with" names a partner, not what the member is on
    ("Serbia signed its first trade pact with an Asian state on Monday, and the fourth with a country "
     "outside Europe.", ["first trade pact"]),
    # no document before the ordinal: a round, not a member
    ("Kenya won the first round and the second on penalties.", []),
    ("Ghana signed an agreement on trade on Monday, while the other countries watched.",
     ["agreement on trade"]),
])
def test_an_ordinal_that_joins_no_member_names_nothing(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ------------------------------- a bracket opened after a single document's name ("… on fishing (in Accra)")


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Togo signed an agreement on fishing (in Accra) on Monday.", "agreement on fishing"),
    ("Samoa and Tonga signed a memorandum of understanding on disaster relief [in Apia] yesterday.",
     "memorandum of understanding on disaster relief"),
    ("Azerbaijan and Turkey signed an agreement on visa exemption (signed by the ministers) on Friday.",
     "agreement on visa exemption"),
    ("Bolivia and Chile signed a treaty on lithium mining (at the border) on Thursday.",
     "treaty on lithium mining"),
    ("Laos and Vietnam signed a protocol on river transport (in Vientiane) on Wednesday.",
     "protocol on river transport"),
])
def test_a_bracket_after_a_single_name_is_not_its_subject(find: Find, text: str, expected: str) -> None:
    assert subjects(find, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya and Uganda signed an agreement on Information and Communications Technology (ICT) in Kampala.",
     "agreement on Information and Communications Technology (ICT)"),
    ("Serbia and Hungary signed a protocol on rail freight (the Budapest line) in Belgrade.",
     "protocol on rail freight (the Budapest line)"),
])
def test_a_closed_bracket_stays_in_the_name(find: Find, text: str, expected: str) -> None:
    assert subjects(find, text) == [expected]


# ---------------- a purpose told by "for" and a gerund on the signing verb ("was signed for facilitating …")


@pytest.mark.parametrize(("text", "expected"), [
    ("A memorandum of understanding was signed for facilitating trade across the border.",
     "facilitating trade across the border"),
    ("An agreement was signed for promoting tourism in the islands.", "promoting tourism in the islands"),
    ("Chile and Argentina signed an agreement on Monday for developing a joint lithium strategy.",
     "developing a joint lithium strategy"),
    ("A protocol was signed in Baku for expanding rail freight.", "expanding rail freight"),
    ("Tunisia and Libya inked a convention yesterday for fighting smuggling.", "fighting smuggling"),
])
def test_a_purpose_told_by_for_and_a_gerund_names_the_document(find: Find, text: str, expected: str) -> None:
    assert subjects(find, text) == [expected]


@pytest.mark.parametrize("text", [
    "The deal was signed for the sake of peace.",
    "The treaty will be signed for Chile by its foreign minister at a later date.",
])
def test_for_with_no_gerund_names_no_purpose(find: Find, text: str) -> None:
    assert all(not s.startswith(("sake", "Chile")) for s in subjects(find, text))


# ------------------------- what a document is said to be "related to" ("The first agreement is related to X")


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya and Uganda signed two agreements on Monday. The first agreement is related to border security.",
     ["border security"]),
    ("The second memorandum, signed by the two ministers, is related to public health.", ["public health"]),
    ("Chile and Peru signed three agreements. The agreements are related to mining, customs and tourism.",
     ["mining", "customs", "tourism"]),
    ("Georgia and Armenia signed two protocols. The second protocol is related to rail freight.",
     ["rail freight"]),
    ("Laos and Thailand signed four MoUs. The third MoU between their ministries is related to dam safety.",
     ["dam safety"]),
])
def test_what_a_document_is_related_to_names_it(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The delay is related to the agreement on trade.", []),
    ("Kenya and Uganda signed two agreements. The first agreement is related to the one signed in 2019.",
     ["first agreement"]),
])
def test_related_to_another_thing_names_nothing(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ------------------------- a bare signed document whose next sentence tells what it covers


@pytest.mark.parametrize(("text", "expected"), [
    ("Fiji and Samoa signed an MoU on Tuesday. The MoU covers maritime security.",
     [("mou", "maritime security", "signed")]),
    ("Ghana and Togo signed an agreement in Accra on Monday. The agreement covers cross-border fishing.",
     [("agreement", "cross-border fishing", "signed")]),
    ("Georgia and Armenia signed a memorandum of understanding in Tbilisi. The memorandum concerns customs "
     "data.", [("mou", "customs data", "signed")]),
    ("Fiji and Tonga inked an MoU on Friday. This MoU covers tuna stocks and labour mobility.",
     [("mou", "tuna stocks and labour mobility", "signed")]),
    ("Peru and Chile will sign an agreement next week. The agreement covers seasonal farm work.",
     [("agreement", "seasonal farm work", "planned")]),
])
def test_what_the_next_sentence_says_a_bare_document_covers_names_it(
        find: Find, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert told(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the document named its topic itself: what it covers is no second document
    ("Ghana and Togo signed an agreement on fishing on Monday. The agreement covers joint patrols.",
     ["agreement on fishing"]),
    # nothing was signed the sentence before
    ("Ghana and Togo held talks on Monday. The agreement covers joint patrols.", []),
    # another kind of document
    ("Ghana and Togo signed an agreement on Monday. The memorandum covers joint patrols.", []),
])
def test_a_description_with_no_bare_signing_before_names_nothing_new(find: Find, text: str,
                                                                     expected: list[str]) -> None:
    assert subjects(find, text) == expected


# ------------------ a count of "accords" the small model tags as money, and a named member that "covers" X


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru and Colombia signed five accords on Monday. The first is on trade.", ["on trade"]),
    ("Chad and Sudan signed two accords. The first covers refugees and the second covers grazing routes.",
     ["refugees", "grazing routes"]),
    ("Ghana and Togo signed three accords in Lome. The second is on cocoa smuggling.",
     ["on cocoa smuggling"]),
    ("Peru and Colombia signed five accords on Monday. The Framework Agreement between the two science "
     "councils covers agriculture and biotechnology.",
     ["Framework Agreement between the two science councils"]),
    ("Fiji and Tonga signed four accords. The Maritime Boundary Agreement covers the waters near Ata island.",
     ["Maritime Boundary Agreement"]),
])
def test_counted_accords_frame_their_members(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a real sum before the noun is money, no count
    ("Peru and Colombia signed a 500 million dollar accord on roads. The first phase is on the coast.",
     ["500 million dollar accord on roads"]),
    # nothing signed before: a named document described in the present has no status
    ("The Maritime Boundary Agreement covers the waters near Ata island.", []),
])
def test_money_and_unsigned_descriptions_frame_nothing(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected
