"""Instrument constructions of real reports, round 14 (quoted titles in a list, "such areas as", a
document that "is on" its topic, "and N other documents", "the signed agreement"), on our own sentences."""

from __future__ import annotations

import pytest

from tests.test_constructions_real13a import find, nlp, subjects
from tests.test_instruments import Find

__all__ = ["find", "nlp"]  # the instrument rules' fixtures, as real13a reads them (a Friday)


# --------------------------- quoted titles listed by commas: each quotation is one document

@pytest.mark.parametrize(("text", "expected"), [
    ('Kenya and Uganda signed the "Agreement on Cross-Border Trade", "Memorandum of Understanding on '
     'Fisheries" and "Protocol on Veterinary Inspection".',
     ["Agreement on Cross-Border Trade", "Memorandum of Understanding on Fisheries",
      "Protocol on Veterinary Inspection"]),
    ("The sides signed the 'Agreement on Road Haulage', 'Memorandum of Understanding on Schools' and "
     "'Protocol on Plant Quarantine'.",
     ["Agreement on Road Haulage", "Memorandum of Understanding on Schools", "Protocol on Plant Quarantine"]),
    ('In this regard, the "Memorandum of Understanding on Tourism", "Agreement on Air Services" and '
     '"Programme of Cultural Exchange for 2027-2029" were signed in Baku.',
     ["Memorandum of Understanding on Tourism", "Agreement on Air Services",
      "Programme of Cultural Exchange for 2027-2029"]),
    ("Among the documents signed by Azerbaijan and Georgia were “Agreement between the Government of "
     "Azerbaijan and the Government of Georgia on Rail Freight”, “Memorandum on Youth Exchanges”.",
     ["Agreement between the Government of Azerbaijan and the Government of Georgia on Rail Freight",
      "Memorandum on Youth Exchanges"]),
    ('Tajikistan and Kyrgyzstan signed the "Protocol on Cooperation between the Border Service under the '
     'Government of Tajikistan and the Border Service of Kyrgyzstan" and the "Agreement on Water Sharing".',
     ["Protocol on Cooperation between the Border Service under the Government of Tajikistan and the "
      "Border Service of Kyrgyzstan", "Agreement on Water Sharing"]),
])
def test_quoted_titles_listed_by_commas_are_one_document_each(find: Find, text: str,
                                                            expected: list[str]) -> None:
    assert subjects(find, text) == expected


def test_a_quoted_title_with_a_list_inside_stays_whole(find: Find) -> None:
    text = 'Kenya and Uganda signed the "Agreement on Trade, Transit and Transport" on Monday.'
    assert subjects(find, text) == ["Agreement on Trade, Transit and Transport"]


def test_a_quoted_remark_after_a_title_is_no_document(find: Find) -> None:
    text = ('Kenya and Uganda signed the "Agreement on Cross-Border Trade", which the minister called '
            '"a new chapter".')
    assert subjects(find, text) == ["Agreement on Cross-Border Trade"]


# --------------------------- "covering such areas as A, B and C": one document per area

@pytest.mark.parametrize(("text", "expected"), [
    ("Laos and Cambodia signed a number of cooperation documents covering such areas as trade, "
     "health and customs on Monday.", ["trade", "health", "customs"]),
    ("Chile and Peru signed several agreements in such fields as mining and fisheries.",
     ["mining", "fisheries"]),
    ("Ghana and Togo inked six deals spanning such sectors as energy, agriculture, tourism and transport.",
     ["energy", "agriculture", "tourism", "transport"]),
    ("The two presidents witnessed the signing of documents on such areas as education and culture.",
     ["education", "culture"]),
    ("Oman and India exchanged memoranda covering such domains as shipping, ports and fisheries.",
     ["shipping", "ports", "fisheries"]),
])
def test_such_areas_as_lists_the_subjects(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize("text", [
    "Laos and Cambodia signed a number of cooperation documents covering such areas as well.",
    "Laos and Cambodia signed documents in various areas as the talks ended.",
])
def test_such_areas_with_no_list_name_nothing(find: Find, text: str) -> None:
    assert subjects(find, text) == []


# --------------------------- "The first MoU … is on X": what "be" says a document is on names it

@pytest.mark.parametrize(("text", "expected"), [
    ("Nepal and Bhutan signed four MoUs on Sunday. The first MoU between the two governments is on "
     "hydropower development.", ["hydropower development"]),
    ("Chile and Peru signed two memoranda on Monday. The first memorandum is on copper mining. "
     "The second is on tourism.", ["copper mining", "on tourism"]),
    ("Ghana and Togo exchanged three agreements. The second agreement between their ministries is about "
     "road safety.", ["road safety"]),
    ("Kenya and Uganda signed two deals. The first deal between the two ports authorities is on cargo "
     "handling.", ["cargo handling"]),
    ("Oman and India signed five accords on Tuesday. The third accord signed by the ministers is on "
     "date palm research.", ["date palm research"]),
])
def test_what_a_document_is_on_names_it(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize("text", [
    "Nepal and Bhutan signed four MoUs on Sunday. The first MoU between the two governments is on the table.",
    "Nepal and Bhutan signed four MoUs on Sunday. The first MoU is on Monday.",
])
def test_what_is_on_a_table_or_a_day_names_nothing(find: Find, text: str) -> None:
    assert all("table" not in s and "Monday" not in s for s in subjects(find, text))


# --------------------------- "a declaration on X and six other documents": the others are not X

@pytest.mark.parametrize(("text", "expected"), [
    ("China and Chad signed a declaration on the partnership between the two countries and six other "
     "documents on Tuesday.", ["declaration on the partnership between the two countries"]),
    ("Brazil and Angola signed a memorandum on agriculture and four other instruments on Friday.",
     ["memorandum on agriculture"]),
    ("Peru and Bolivia signed a roadmap on lithium and some other documents.", ["roadmap on lithium"]),
    ("Oman and India signed a memorandum on fisheries and several other memoranda.",
     ["memorandum on fisheries"]),
    ("Egypt and Sudan signed a protocol on customs cooperation and two more documents.",
     ["protocol on customs cooperation"]),
])
def test_other_documents_after_and_end_the_name(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt and Sudan signed an agreement on trade and investment.", ["agreement on trade and investment"]),
    ("Egypt and Sudan signed an agreement on health and other fields.",
     ["agreement on health and other fields"]),
])
def test_and_with_no_other_document_goes_on_with_the_name(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# --------------------------- "Under the signed agreement, …": the document named before

@pytest.mark.parametrize("text", [
    "Iran and Iraq signed a memorandum on the environment on Tuesday. Under the signed agreement, the two "
    "will share data on dust storms.",
    "Chile and Peru signed a treaty on extradition. Under the signed agreement, suspects will be handed over "
    "within 30 days.",
    "Oman and India signed an MoU on fisheries. According to the signed memorandum, the two sides will hold "
    "joint patrols.",
    "Egypt and Sudan signed a protocol on customs on Monday. The signed protocol will take effect next "
    "month.",
    "Ghana and Togo inked an accord on power trade. The inked accord lets Ghana sell power to Togo.",
])
def test_the_signed_document_points_back(find: Find, text: str) -> None:
    found = find(text)
    assert len(found) == 1 and found[0].status == "signed" and "signed" not in found[0].subject.split()[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile and Peru signed the Signed Copies Protocol on archives.", ["Signed Copies Protocol on archives"]),
    ("Ghana and Togo signed an agreement on signed contracts of sale.",
     ["agreement on signed contracts of sale"]),
])
def test_signed_inside_a_name_or_topic_stays(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


# --------------------------- "a memorandum on A and one on B": "one" opens a second member

@pytest.mark.parametrize(("text", "expected"), [
    ("India and Japan signed a memorandum on mental health and one that deals with drug safety.",
     ["memorandum on mental health", "drug safety"]),
    ("India and Japan signed a memorandum on mental health and one on drug safety.",
     ["memorandum on mental health", "drug safety"]),
    ("Fiji and Samoa concluded an agreement on fisheries and one which covers maritime patrols.",
     ["agreement on fisheries", "maritime patrols"]),
    ("Chile and Peru signed a protocol on border crossings and one for customs data.",
     ["protocol on border crossings", "customs data"]),
    ("Ghana and Togo exchanged an MoU on cocoa research and one that pertains to seed banks.",
     ["MoU on cocoa research", "seed banks"]),
])
def test_and_one_opens_a_second_member(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


def test_one_inside_a_topic_opens_no_member(find: Find) -> None:
    text = "India and Japan signed an agreement on one health and nutrition."
    assert subjects(find, text) == ["agreement on one health and nutrition"]


def test_one_with_no_topic_of_its_own_opens_no_member(find: Find) -> None:
    text = "India and Japan signed an agreement on trade and one that officials praised."
    assert len(subjects(find, text)) == 1


# --------------------------- a treaty ratified by each side is one document, ratified

@pytest.mark.parametrize("text", [
    "Kenya's parliament ratified the treaty on extradition with Uganda on Tuesday. Uganda's lawmakers "
    "ratified the treaty in March.",
    "The Senate of Chile ratified the agreement on air services with Peru. Peru's congress ratified the "
    "agreement last year.",
    "Armenia's parliament ratified the Treaty on Friendship with Georgia on Monday. Lawmakers in Georgia "
    "ratified the accord on September 30.",
    "Mongolia's Great Khural ratified the convention on double taxation with Laos. The National Assembly "
    "of Laos ratified the convention in June.",
    "Fiji's parliament ratified the agreement on fisheries with Tonga on Thursday, weeks after Tonga's "
    "assembly ratified the deal. Tonga's king also ratified the agreement in May.",
])
def test_a_document_ratified_by_each_side_is_one(find: Find, text: str) -> None:
    found = find(text)
    assert [i.status for i in found] == ["ratified"]


def test_a_ratification_after_a_signing_is_still_told(find: Find) -> None:
    text = ("Chile and Peru signed a treaty on mining in May. The Chilean Senate ratified the treaty on "
            "Monday.")
    assert "ratified" in [i.status for i in find(text)]


def test_two_treaties_ratified_stay_two(find: Find) -> None:
    text = ("Kenya's parliament ratified the treaty on extradition with Uganda and the agreement on "
            "fisheries with Tanzania on Tuesday.")
    assert len(find(text)) == 2


# --------------------------- "One of these MoUs aims to A, while the second one is meant for B"

@pytest.mark.parametrize(("text", "expected"), [
    ("Qatar and Oman signed two MoUs on Monday. One of these MoUs aims to protect coral reefs while the "
     "second one is meant for mutual recognition of pilot licences.",
     ["protect coral reefs", "mutual recognition of pilot licences"]),
    ("Chad and Niger signed three agreements. One of them aims at joint border patrols.",
     ["joint border patrols"]),
    ("Peru and Bolivia signed two memoranda on Friday. One of the memoranda seeks to open a lithium "
     "research centre.", ["open a lithium research centre"]),
    ("Laos and Vietnam signed two accords. One of those accords is designed for cross-border power trade.",
     ["cross-border power trade"]),
    ("Nepal and Bhutan signed two MoUs on Sunday. One of them is about hydropower training, while the "
     "other one is intended for tourism promotion.", ["hydropower training", "tourism promotion"]),
])
def test_members_told_by_one_of_them(find: Find, text: str, expected: list[str]) -> None:
    assert subjects(find, text) == expected


@pytest.mark.parametrize("text", [
    "Qatar and Oman signed two MoUs on Monday. One of the ministers aims to visit Muscat soon.",
    "Qatar and Oman signed two MoUs on Monday. One of them said the talks went well.",
])
def test_one_of_what_is_no_document_names_nothing(find: Find, text: str) -> None:
    assert subjects(find, text) == []
