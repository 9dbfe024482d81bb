"""Constructions of real treaty reports (round 21, instruments): a document's entry into force told in the
present and dated ahead ("takes effect on 1 March") is concluded, not signed, while a signing told of it
wins; the stage a document "is expected to" reach ("to come into force") is no aim of it; "penned" signs a
document as "inked" does; "initialled" finalises it; a plural naming back ("The agreements were signed by
…") points to the documents of the sentence just before."""
from __future__ import annotations

import pytest

from tests.test_constructions_real16a import find, nlp, subjects, told
from tests.test_instruments import Find

__all__ = ["find", "nlp"]  # the fixtures of tests/test_constructions_real16a.py, shared


def statuses(find: Find, text: str) -> list[str]:
    return [i.status for i in find(text)]


# An entry into force told in the present, dated ahead: concluded (finalized), applying later; told with a
# modal or a verb of expecting it stays ahead (planned), as round 10 settled.
@pytest.mark.parametrize("body", [
    "The double taxation treaty between Peru and Ghana takes effect on 1 March.",
    "Under the extradition treaty between Bolivia and Zambia, which takes effect in June, fugitives will be "
    "handed over.",
    "The visa waiver agreement between Chile and Kenya comes into force on 1 January.",
    "The fisheries protocol between Fiji and Tonga, which enters into force next month, caps the catch.",
    "The air services agreement between Nepal and Laos takes effect from 1 May.",
])
def test_entry_into_force_told_in_the_present_is_concluded(find: Find, body: str) -> None:
    assert statuses(find, body) == ["finalized"]


@pytest.mark.parametrize("body", [
    "The air services agreement between Chile and Kenya will enter into force on 1 January.",
    "The visa exemption agreement between Nepal and Laos is expected to come into force within two months.",
    "The MoU on fisheries between Fiji and Tonga will come into effect next week.",
])
def test_entry_into_force_with_a_modal_is_ahead(find: Find, body: str) -> None:
    assert statuses(find, body) == ["planned"]


@pytest.mark.parametrize(("body", "expected"), [
    # a signing told of the same document wins over its entry ahead
    ("Chile and Kenya signed a visa waiver agreement, which takes effect on 1 January.", "signed"),
    ("Peru and Ghana signed an investment treaty on Monday; it will enter into force in May.", "signed"),
    # an entry done, or one told not to have happened
    ("The social security agreement between Peru and Bolivia came into force on Monday.", "in_force"),
    ("The air services agreement between Chile and Kenya has taken effect.", "in_force"),
    ("The treaty between Chile and Kenya has not yet entered into force.", "signed"),
])
def test_entry_told_with_another_stage(find: Find, body: str, expected: str) -> None:
    assert statuses(find, body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    # a later sentence telling the entry ahead of a document named before: one document, its stage kept
    ("Chile and Kenya signed an air services agreement on Monday. The agreement is expected to come into "
     "force within two months.", ["signed"]),
    ("Chile and Kenya signed an air services agreement on Monday. The agreement will enter into force "
     "in May.", ["signed"]),
    ("Chile and Kenya will sign an air services agreement on Monday. The agreement is expected to take "
     "effect in May.", ["planned"]),
    ("Chile and Kenya discussed an air services agreement on Monday. The agreement will enter into force "
     "in May.", ["planned"]),
])
def test_entry_ahead_told_back(find: Find, body: str, expected: list[str]) -> None:
    assert statuses(find, body) == expected


def test_the_stage_expected_is_no_aim(find: Find) -> None:
    # "is expected to come into force" tells the stage ahead, not what the document is for
    body = "The treaty, which Chile and Kenya signed in May, is expected to enter into force in July."
    assert subjects(find, body) == ["treaty"]
    assert statuses(find, body) == ["signed"]


# "penned" signs a document, whatever the voice or the number of documents.
@pytest.mark.parametrize(("body", "expected"), [
    ("Germany and Kuwait penned an agreement on visa exemption on Monday.",
     [("agreement", "agreement on visa exemption", "signed")]),
    ("The memorandum on tourism was penned by the ministers of Nepal and Laos.",
     [("mou", "memorandum on tourism", "signed")]),
    ("Peru and Bolivia have penned three agreements on trade, mining and culture.",
     [("agreement", "trade", "signed"), ("agreement", "mining", "signed"),
      ("agreement", "culture", "signed")]),
    ("On 13 March, Germany and Kuwait penned an agreement to allow holders of diplomatic passports to "
     "travel visa-free.",
     [("agreement", "agreement to allow holders of diplomatic passports to travel visa-free", "signed")]),
])
def test_penned_signs(find: Find, body: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted(told(find, body)) == sorted(expected)


@pytest.mark.parametrize("body", [
    "The Prime Minister of Nepal penned an article on relations with Laos.",
    "Nepal and Laos pen a new chapter in their ties, the minister said.",
])
def test_penned_no_document(find: Find, body: str) -> None:
    assert told(find, body) == []


# "initialled" (either spelling) agrees a text ahead of its signing.
@pytest.mark.parametrize("body", [
    "Nepal and Laos initialled an air services agreement on Monday.",
    "The text of the fisheries protocol between Fiji and Tonga was initialled in Suva.",
    "Negotiators from Peru and Bolivia initialled the draft treaty on extradition last week.",
    "Zambia and Malawi have initialled a trade agreement, which will be signed next month.",
    "Nepal and Bhutan initialed a hydropower agreement on Friday.",
])
def test_initialled_is_finalized(find: Find, body: str) -> None:
    assert statuses(find, body) == ["finalized"]


# A plural naming back ("The agreements were signed by …") points to the documents of the sentence just
# before, not to the article's first one, whose stage it leaves alone.
@pytest.mark.parametrize("body", [
    "Peru and Chile discussed a visa agreement, which takes effect in May. The premiers signed two deals on "
    "rice and fruit. The agreements were signed by the trade ministers.",
    "Peru and Chile discussed a visa agreement, which takes effect in May. The premiers signed two deals on "
    "rice and fruit. The agreements were then exchanged by the trade ministers.",
    "Peru and Chile discussed a visa agreement, which takes effect in May. Later the premiers inked an "
    "agreement on rice and one on fruit. The agreements were signed in Lima.",
    "Peru and Chile discussed a visa agreement, which takes effect in May. Officials also talked about the "
    "agreement on rice. The agreements were signed in Lima.",
    "Peru and Chile discussed a visa agreement, which takes effect in May. The premiers signed three "
    "protocols on rice, fruit and fish. The protocols were signed in Lima.",
])
def test_plural_names_back_to_the_sentence_before(find: Find, body: str) -> None:
    found = {i.subject: i.status for i in find(body)}
    assert found.pop("visa agreement") == "finalized"
    assert set(found.values()) == {"signed"}


@pytest.mark.parametrize(("body", "expected"), [
    # nothing of the type in the sentence before: the article's document, as for a singular
    ("Chile and Kenya discussed an air services agreement. The agreements were signed by the two foreign "
     "ministers in Nairobi on Monday.", ["signed"]),
    ("Chile and Kenya discussed an air services agreement. The ministers met in Nairobi. The agreements were "
     "signed on Monday.", ["signed"]),
])
def test_plural_with_nothing_just_before(find: Find, body: str, expected: list[str]) -> None:
    assert statuses(find, body) == expected
