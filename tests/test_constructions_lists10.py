"""A list of whole documents, each with its own article and subject, is one instrument per document.

"signed an agreement on X, a memorandum on Y and a protocol on Z" names three documents whatever
their capitals; a package ("agreements and MoUs on A, B and C") and a document named twice stay
as they were. Sentences in our own words.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from tests import test_instruments
from tests.test_instruments import Find

nlp = test_instruments.nlp


@pytest.fixture(scope="module")
def find(nlp: Language) -> Find:
    return test_instruments.finder(nlp, date(2026, 3, 11), "Lima")


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya and Peru signed an agreement on air services, an MoU on fisheries and an MoU on health.",
     [("agreement", "agreement on air services"), ("mou", "MoU on fisheries"), ("mou", "MoU on health")]),
    ("Kenya and Peru signed an Agreement on Visa Exemption, a Memorandum on Tourism and a Protocol on "
     "Consular Affairs.",
     [("agreement", "Agreement on Visa Exemption"), ("mou", "Memorandum on Tourism"),
      ("protocol", "Protocol on Consular Affairs")]),
    ("Following the talks, five documents were signed, including an Agreement on air services, a Memorandum "
     "on cooperation in fisheries and a Memorandum on cooperation in higher education.",
     [("agreement", "Agreement on air services"), ("mou", "Memorandum on cooperation in fisheries"),
      ("mou", "Memorandum on cooperation in higher education")]),
    ("Among the instruments signed were an Agreement on the mobility of workers and a Protocol on medical "
     "evacuation.",
     [("agreement", "Agreement on the mobility of workers"), ("protocol", "Protocol on medical evacuation")]),
    ("The ministers signed a treaty on extradition, an agreement on the transfer of prisoners and a "
     "memorandum on police training.",
     [("treaty", "treaty on extradition"), ("agreement", "agreement on the transfer of prisoners"),
      ("mou", "memorandum on police training")]),
    ("Kenya and Peru signed an agreement on the model of the Chile-Peru agreement and a joint statement.",
     [("agreement", "agreement on the model of the Chile-Peru agreement"),
      ("declaration", "joint statement")]),
])
def test_each_document_of_a_list_is_its_own_instrument(find: Find, text: str,
                                                       expected: list[tuple[str, str]]) -> None:
    found = find(text)
    assert [(i.type, i.subject) for i in found] == expected
    assert {i.status for i in found} == {"signed"}


def test_a_package_named_by_two_plurals_keeps_one_document_per_field(find: Find) -> None:
    found = find("Kenya and Peru signed agreements and MoUs on trade, health and education.")
    assert [i.subject for i in found] == ["trade", "health", "education"]


def test_a_subject_that_holds_an_article_is_not_cut(find: Find) -> None:
    found = find("Kenya and Peru signed an MoU on the exchange of a liaison officer, "
                 "a step agreed last year.")
    assert len(found) == 1 and found[0].subject.startswith("MoU on the exchange of a liaison officer")


def test_two_bare_nouns_are_not_split_into_subjects(find: Find) -> None:
    found = find("Kenya and Peru signed a treaty and an agreement.")
    assert len(found) <= 1


# ------------------------------------------------------------------ one article's list items merged

@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya and Peru signed agreements on coffee trade and tourism. Later the ministers signed agreements "
     "on a partnership between the chambers of commerce and on culture.", 4),
    ("Kenya and Peru signed MoUs on coffee exports and fisheries. The ministers also signed MoUs on "
     "a trade fair and on sport.", 4),
    ("Kenya and Peru signed agreements on solar power and health. The ministers also signed agreements "
     "on oil refining and on education.", 4),
    ("Kenya and Peru signed MoUs on coffee exports and sport. The ministers also signed MoUs on "
     "the chambers of commerce and on fisheries.", 4),
    ("Kenya and Peru signed agreements on coffee exports and culture. The ministers also signed agreements "
     "on the chambers of commerce and on sport.", 4),
])
def test_items_of_one_sector_with_no_word_in_common_stay_two(find: Find, text: str, expected: int) -> None:
    assert len(find(text)) == expected


def test_an_item_told_again_with_a_shared_word_is_one(find: Find) -> None:
    found = find("Kenya and Peru signed agreements on trade and tourism. The agreements on bilateral trade "
                 "and on tourism promotion were signed by the ministers.")
    assert len(found) == 2
