"""Round 15, instruments and figures of real reports: constructions written for these tests in our own words
(a capital scale letter glued to an amount, "US$90M"; the plural of initials with an apostrophe, "MoU's")."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tests import test_instruments
from tests.figure_support import Finder, find_figures
from tests.test_instruments import Find, finder

nlp = test_instruments.nlp  # the instrument rules' fixture, shared with tests/test_instruments.py
__all__ = ["find_figures", "nlp"]  # the stages' fixtures, shared with the other tests


@pytest.fixture(scope="module")
def find(nlp: Language) -> Find:
    return finder(nlp, date(2026, 11, 20))  # a Friday


# ------------------------------------------- a capital scale letter glued to an amount ("over $90M", "€2B")


@pytest.mark.parametrize(("text", "number", "value"), [
    ("Japan to grant Cambodia over $90M", 9e7, "over $90M"),
    ("Kuwait gives Egypt over US$400M", 4e8, "over US$400M"),
    ("The UAE grants Jordan over AED 500M in aid", 5e8, "over AED 500M"),
    ("Japan gives Laos about ¥2B for bridges", 2e9, "about ¥2B"),
    ("Saudi fund lends Pakistan at least $1B", 1e9, "at least $1B"),
    ("The bank approved over $15M for the two countries.", 1.5e7, "over $15M"),
])
def test_capital_scale_letter_scales_the_amount(find_figures: Finder, text: str, number: float,
                                                value: str) -> None:
    found = find_figures(text)
    assert [(f.number, f.value) for f in found] == [(number, value)]


def test_capital_scale_letter_keeps_its_hedge(find_figures: Finder) -> None:
    found = find_figures("Japan to grant Cambodia over $90M")
    assert [f.approx for f in found] == ["over"]


def test_a_capital_letter_that_opens_a_word_is_no_scale(find_figures: Finder) -> None:
    found = find_figures("Ghana received $40 Monday from each of 3 donors.")
    assert all(f.number != 4e7 for f in found)


def test_a_lower_case_scale_letter_still_scales(find_figures: Finder) -> None:
    found = find_figures("Japan to grant Cambodia over $90m")
    assert [(f.number, f.value) for f in found] == [(9e7, "over $90m")]


# ------------------------------- the plural of initials with an apostrophe ("MOU's on A, B and C")


def subjects(find: Find, text: str) -> list[str]:
    return [i.subject for i in find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The two presidents witnessed the signing of MOU's on fisheries, road transport and tourism.",
     ["fisheries", "road transport", "tourism"]),
    ("Ghana and Togo signed MoU's on fisheries and mining in Accra on Monday.", ["fisheries", "mining"]),
    ("Kenya and Uganda inked three MOU's covering trade, energy and railways.",
     ["trade", "energy", "railways"]),
    ("Kenya and Uganda inked three MOU's on trade, energy and railways.", ["trade", "energy", "railways"]),
    ("Officials from Chad and Niger exchanged MoU's on border security and health.",
     ["border security", "health"]),
    ("Zambia and Malawi also signed FTA’s on dairy and poultry.", ["dairy", "poultry"]),
])
def test_apostrophe_plural_of_initials_lists_its_documents(find: Find, text: str,
                                                          expected: list[str]) -> None:
    assert subjects(find, text) == expected


def test_an_owning_apostrophe_is_no_plural(find: Find) -> None:
    text = "Kenya and Uganda signed an MoU on trade. The MoU's terms cover fishing too."
    assert subjects(find, text) == ["MoU on trade"]


def test_provisions_of_one_mou_are_no_documents(find: Find) -> None:
    assert subjects(find, "The MoU's provisions on trade were agreed by Kenya and Uganda.") == []


def test_owners_with_an_apostrophe_are_no_plural(find: Find) -> None:
    assert subjects(find, "Kenya's and Uganda's ministers signed an MoU on fishing.") == ["MoU on fishing"]


# ----------------------- a short aside in brackets inside one item ("union (allied) relations and …")


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Togo signed agreements on union (allied) relations and the demarcation of their border.",
     ["union (allied) relations", "demarcation of their border"]),
    ("Kenya and Ethiopia signed MoUs on cross-border (pastoral) livestock movement and water sharing.",
     ["cross-border (pastoral) livestock movement", "water sharing"]),
    ("Chile and Peru signed accords on mining, port (cargo) logistics and tourism.",
     ["mining", "port (cargo) logistics", "tourism"]),
    ("Laos and Vietnam signed deals on hydropower (dam) construction and rail links.",
     ["hydropower (dam) construction", "rail links"]),
    ("Mali and Niger inked agreements on customs (tariff) cooperation, health and fishing.",
     ["customs (tariff) cooperation", "health", "fishing"]),
])
def test_an_aside_in_brackets_inside_an_item_keeps_the_list_going(find: Find, text: str,
                                                                  expected: list[str]) -> None:
    assert subjects(find, text) == expected


def test_initials_in_brackets_still_end_with_their_item(find: Find) -> None:
    text = "Ghana and Togo signed MoUs on information and communication technology (ICT), tourism and health."
    assert subjects(find, text) == ["information and communication technology (ICT)", "tourism", "health"]


def test_a_bracket_with_a_verb_inside_is_no_aside(find: Find) -> None:
    text = "Ghana and Togo signed MoUs on fishing (signed by the ministers) and mining."
    assert "fishing (signed by the ministers) and mining" not in subjects(find, text)


# ------------- a document counted by its ordinal, named by its complement ("The first was the Protocol on X")


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Togo signed two agreements on Monday. The first agreement was the Protocol on Fisheries.",
     ["Protocol on Fisheries"]),
    ("Chile and Peru signed three accords. The first accord is a memorandum on mining safety.",
     ["memorandum on mining safety"]),
    ("Kenya and Uganda signed two deals in Kampala. The second deal was the Joint Framework on Rail Transit.",
     ["Joint Framework on Rail Transit"]),
    ("India and Nepal signed two pacts. The first bilateral pact was the Treaty on Power Trade.",
     ["Treaty on Power Trade"]),
    ("Peru and Bolivia signed three MoUs. The third MoU was the Framework Agreement on Digital Trade.",
     ["Framework Agreement on Digital Trade"]),
])
def test_an_ordinal_named_by_its_complement_is_that_document(find: Find, text: str,
                                                             expected: list[str]) -> None:
    assert subjects(find, text) == expected


def test_a_subject_with_its_own_topic_stays(find: Find) -> None:
    text = ("Ghana and Togo signed an agreement on trade. "
            "The agreement on trade is the first FTA between them.")
    assert subjects(find, text) == ["agreement on trade"]


def test_a_document_named_by_a_common_noun_is_found_once(find: Find) -> None:
    text = ("Laos and Vietnam signed two documents on Friday. "
            "The first document was an agreement on hydropower.")
    assert subjects(find, text) == ["agreement on hydropower"]
