"""Constructions of real reports (round 19, instruments): plural documents that a field before the noun
names ("signed trade agreements", "pushing to reach visa-free travel deals")."""
from __future__ import annotations

import pytest

from tests.test_constructions_real16a import find, nlp, told
from tests.test_instruments import Find

__all__ = ["find", "nlp"]  # the fixtures of tests/test_constructions_real16a.py, shared


# Plural documents with no list and no count, or a small one, whose field the words before the noun name.
@pytest.mark.parametrize(("body", "subject", "status"), [
    ("Kenya and Uganda signed trade agreements in Kampala on Monday.", "trade agreements", "signed"),
    ("Serbia is seeking to reach visa-free travel deals with Qatar.", "visa-free travel deals", "planned"),
    ("Vietnam hopes to conclude fisheries agreements with Indonesia this year.", "fisheries agreements",
     "planned"),
    ("Brazil and Argentina signed defence cooperation accords on Thursday.", "defence cooperation accords",
     "signed"),
    ("Ghana and Togo inked two energy agreements in Lome on Wednesday.", "energy agreements", "signed"),
    ("Nepal and Bangladesh are negotiating power trade agreements, officials said.",
     "power trade agreements", "discussed"),
])
def test_plural_documents_named_by_their_field(find: Find, body: str, subject: str, status: str) -> None:
    assert told(find, body) == [("agreement", subject, status)]


@pytest.mark.parametrize("body", [
    "Free trade agreements are important for growth, the minister of Kenya said.",  # no stage told
    "Kenya and Uganda signed cooperation agreements on Monday.",  # no field named
    "Peru and Chile have signed 25 trade agreements since independence.",  # a large count: none in particular
    "Chile has concluded fisheries agreements with several neighbours.",  # partners no name tells
])
def test_plural_documents_without_field_or_stage(find: Find, body: str) -> None:
    assert told(find, body) == []


@pytest.mark.parametrize("body", [
    "Peru has signed $4 billion worth of mining contracts with Chile since March.",
    "Chile and Peru welcomed the large commercial deals reached of about $2 billion in energy.",
])
def test_plural_documents_summed_by_money(find: Find, body: str) -> None:
    assert told(find, body) == []


# Members of a counted package told one by one, each with an ordinal and the document noun, as the
# subject of a verb saying what that one is on.
@pytest.mark.parametrize(("body", "expected"), [
    ("Fiji and Samoa signed two agreements on Friday. The first agreement covers fisheries.",
     [("agreement", "fisheries", "signed")]),
    ("Fiji and Samoa signed two agreements on Friday. The second agreement deals with mining.",
     [("agreement", "mining", "signed")]),
    ("Mongolia and Japan signed three memoranda in Tokyo. The first memorandum concerns coal exports, and "
     "the second memorandum covers student exchanges.",
     [("mou", "coal exports", "signed"), ("mou", "student exchanges", "signed")]),
    ("Laos and Cambodia concluded two memoranda. The first concerns border trade, while the second "
     "memorandum deals with tourism.", [("mou", "border trade", "signed"), ("mou", "tourism", "signed")]),
    ("Fiji and Samoa signed two agreements on Friday. The first agreement covers fisheries, and the second "
     "covers mining.", [("agreement", "fisheries", "signed"), ("agreement", "mining", "signed")]),
    ("Ecuador and Colombia will sign two treaties next week. The first treaty covers river navigation.",
     [("treaty", "river navigation", "planned")]),
])
def test_ordinal_member_told_by_its_verb(find: Find, body: str, expected: list[tuple[str, str, str]]) -> None:
    assert sorted(told(find, body)) == sorted(expected)


@pytest.mark.parametrize(("body", "expected"), [
    # meetings counted, not documents: their ordinals name no document
    ("Fiji and Samoa held two meetings on Friday. The first covered fisheries and the second covered mining.",
     []),
    # an ordinal of something else than a member
    ("Fiji and Samoa signed two agreements on Friday. The first time they met was in 2019.", []),
    ("Fiji and Samoa signed an agreement on fisheries on Friday. The first round of talks covered mining.",
     [("agreement", "agreement on fisheries", "signed")]),
])
def test_ordinal_member_not_told(find: Find, body: str, expected: list[tuple[str, str, str]]) -> None:
    assert told(find, body) == expected


def test_plural_documents_pointed_at_by_the(find: Find) -> None:
    body = "Chile and Peru praised the mining deals reached during the visit."  # told elsewhere, if at all
    assert told(find, body) == []
