"""Round 17, instruments of real reports: constructions written for these tests in our own words
(a bare document signed in one sentence, what it is on told by the next: "It covers …", "The document
focuses on …", "The MoU aims to …")."""

from __future__ import annotations

import pytest

from tests.test_constructions_real16a import find, nlp, told
from tests.test_instruments import Find

__all__ = ["find", "nlp"]  # the fixtures of tests/test_constructions_real16a.py, shared


# ----------------------------- a bare document whose aim or topic the next sentence tells


@pytest.mark.parametrize(("text", "expected"), [
    ("Tonga and Vanuatu signed an MoU on Wednesday. It covers disaster relief and weather data.",
     [("mou", "disaster relief and weather data", "signed")]),
    ("Botswana and Namibia signed a memorandum of understanding in Gaborone. It deals with wildlife "
     "corridors.",
     [("mou", "wildlife corridors", "signed")]),
    ("Laos and Cambodia will sign an agreement next week. The document focuses on hydropower trading.",
     [("agreement", "hydropower trading", "planned")]),
    ("Estonia and Finland signed a memorandum on Thursday. The text provides for joint ferry inspections.",
     [("mou", "joint ferry inspections", "signed")]),
    ("Jordan and Iraq signed an agreement on Monday. The agreement aims to expand electricity links.",
     [("agreement", "expand electricity links", "signed")]),
    ("Senegal and Gambia inked an MoU in Banjul on Saturday. This MoU seeks to ease cross-border "
     "transit.",
     [("mou", "ease cross-border transit", "signed")]),
])
def test_bare_document_told_by_next_sentence(find: Find, text: str,
                                             expected: list[tuple[str, str, str]]) -> None:
    assert told(find, text) == expected


@pytest.mark.parametrize("text", [
    # the next sentence tells nothing the document is on
    "Tonga and Vanuatu signed an MoU on Wednesday. It will take effect in March.",
    "Botswana and Namibia signed an agreement in Gaborone. It was the third such deal this year.",
    # two documents signed: "it" points to neither for sure
    "Laos and Cambodia signed an MoU and an agreement on Monday. It covers hydropower trading.",
    # a plural package is not pointed back to by "it"
    "Jordan and Iraq signed three agreements on Monday. It aims to expand electricity links.",
])
def test_next_sentence_names_no_bare_document(find: Find, text: str) -> None:
    assert [i for i in find(text) if i.subject in ("hydropower trading", "expand electricity links")] == []
    assert all(i.subject not in ("", "take effect in March") for i in find(text))


# ----------------------------- a place or a time after "worth <amount>" is no part of the name


@pytest.mark.parametrize(("text", "expected"), [
    ("Mali and Guinea signed a rail agreement worth 200 million dollars in the Guinean capital Conakry on "
     "Thursday.", "rail agreement worth 200 million dollars"),
    ("Chile and Argentina signed a gas deal worth 80 million dollars in the Argentine capital on Monday.",
     "gas deal worth 80 million dollars"),
    ("Oman and Yemen signed a road agreement worth 60 million dollars in the coastal city of Salalah.",
     "road agreement worth 60 million dollars"),
    ("Benin and Niger signed a fuel deal worth 70 million dollars in the Nigerien capital, Niamey, on "
     "Monday.", "fuel deal worth 70 million dollars"),
    ("Zambia and Malawi signed a power accord worth 30 million dollars in the capital city Lusaka.",
     "power accord worth 30 million dollars"),
    ("Togo and Ghana signed a customs agreement worth 10 million dollars in the port of Lome.",
     "customs agreement worth 10 million dollars"),
    ("Kenya and Uganda signed a rail agreement worth 40 million dollars in the border town of Busia.",
     "rail agreement worth 40 million dollars"),
])
def test_worth_clause_ends_before_place(find: Find, text: str, expected: str) -> None:
    assert [i.subject for i in find(text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # "in" telling the amount's form stays
    ("Laos and Thailand signed an agreement worth 9 million dollars in grants for rural clinics.",
     "agreement worth 9 million dollars in grants for rural clinics"),
    # "valued at": a place was already cut there
    ("Japan and Kenya signed a loan agreement valued at 10 billion yen in Nairobi.",
     "loan agreement valued at 10 billion yen"),
])
def test_worth_clause_keeps_amount_form(find: Find, text: str, expected: str) -> None:
    assert [i.subject for i in find(text)] == [expected]


# ----------------------------- a list verb after an ordinal that the small parser reads as a noun


@pytest.mark.parametrize(("text", "expected"), [
    ("Benin and Niger signed two agreements on Tuesday. The first concerns livestock and the second deals "
     "with river navigation.", ["livestock", "river navigation"]),
    ("Cuba and Vietnam signed two accords on Friday. The first deals with rice farming.", ["rice farming"]),
    ("Oman and Kuwait signed three MoUs. The first concerns desalination; the second deals with port fees.",
     ["desalination", "port fees"]),
    ("Peru and Bolivia signed two accords on Sunday. The first pertains to lithium mining.",
     ["lithium mining"]),
    ("Kenya and Tanzania inked three memoranda in Arusha. The first includes joint patrols on Lake "
     "Victoria, and the second concerns fish exports.", ["joint patrols on Lake Victoria", "fish exports"]),
    ("Laos and Thailand signed two MoUs on Monday. The first covers rail links, and the second deals with "
     "customs checks.", ["rail links", "customs checks"]),
])
def test_member_told_by_list_verb_read_as_noun(find: Find, text: str, expected: list[str]) -> None:
    assert [i.subject for i in find(text)] == expected
    assert {i.status for i in find(text)} == {"signed"}


@pytest.mark.parametrize("text", [
    # a plural noun after the ordinal that is the subject of a verb of its own
    "Fiji and Tonga signed two agreements. The first concerns about the deal came from fishermen.",
    "Fiji and Tonga signed two agreements. The first concerns were raised in May.",
    # no package counted before
    "Fiji and Tonga met on Monday. The first concerns fishing.",
])
def test_ordinal_noun_names_no_member(find: Find, text: str) -> None:
    assert find(text) == []
