"""Constructions of our own follow-up set gen23 (round 23, tuning half), proved on our own wording.

A list marked with "•" (or "▪") is read as one marked with "-": the mark was taken for its line's verb, and
"• complete the survey by June" under "the two sides decided to:" lost its undertaking. A document a
bullet under such a heading is to conclude is planned, not signed. A legislature that "gave (final)
approval to" or "granted its consent to" a document ratified it, as one that approved it did. A document
two sides "undertook", "resolved", "vowed" or "promised" to sign is planned. A post called consular or
diplomatic ("a consular desk", "a diplomatic post") is a facility a state promises to open. "Treasurer" is a
title.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import TALKS_LEAD, dated, facts

# ------------------------------------------------------------------ a "•" list under "decided to:"


@pytest.mark.parametrize(("text", "expected"), [
    ("According to the Agreed Minutes, the two countries decided to:\n"
     "• complete the joint survey of the border by 31 December 2025;\n"
     "• harmonise the opening hours of the border posts from 1 October.\n",
     [("complete the joint survey of the border", "2025-12-31"),
      ("harmonise the opening hours of the border posts", "2025-10-01")]),
    ("The two ministers agreed to:\n"
     "• reopen the consular section in Lima by the end of July;\n"
     "• convene the working group on fisheries within three months; and\n"
     "• hold the next round of talks in September.\n",
     [("reopen the consular section in Lima", "2025-07"),
      ("convene the working group on fisheries", "2025-08-06"),
      ("hold the next round of talks", "2025-09")]),
    ("The sides resolved to:\n"
     "▪ complete the new bridge at the border crossing by June 2026;\n"
     "▪ finish the feasibility study of the railway before the end of the year.\n",
     [("complete the new bridge at the border crossing", "2026-06"),
      ("finish the feasibility study of the railway", "2025-12")]),
    ("At the close of the session, the delegations decided to:\n"
     "• hold the next session in Accra in March 2026.\n",
     [("hold the next session in Accra", "2026-03")]),
    ("The commission decided to:\n"
     "• complete the demarcation of the river boundary by the end of November;\n"
     "• open a joint border market at the crossing from 1 January 2026;\n"
     "• harmonise the customs procedures by the end of the year.\n",
     [("complete the demarcation of the river boundary", "2025-11"),
      ("open a joint border market at the crossing", "2026-01-01"),
      ("harmonise the customs procedures", "2025-12")]),
])
def test_a_bulleted_decision_is_a_promise(extractor: RulesExtractor, text: str,
                                          expected: list[tuple[str, str]]) -> None:
    found = [(action, deadline) for action, _, deadline in dated(extractor, text)]
    for action, deadline in expected:
        assert any(a.startswith(action) and d == deadline for a, d in found), (action, found)


@pytest.mark.parametrize("text", [
    "The two sides noted the following achievements:\n"
    "• completed the joint survey of the border in March;\n"
    "• harmonised the opening hours of the border posts.\n",
    "The fair showed the following goods:\n"
    "• cement, cooking oil and maize flour;\n"
    "• tea, sugar and macadamia nuts.\n",
])
def test_a_bulleted_list_of_things_done_or_shown_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


# ------------------------------------------------------------------ a document a bullet is to conclude


@pytest.mark.parametrize("text", [
    "The two countries decided to:\n• conclude a memorandum of understanding on fisheries before the next "
    "session;\n• complete the border survey by June.\n",
    "The ministers agreed to:\n• sign an agreement on road transport by the end of the year.\n",
    "The sides resolved to:\n• sign a protocol on veterinary cooperation in 2026.\n",
])
def test_a_document_a_bullet_is_to_conclude_is_planned(extractor: RulesExtractor, text: str) -> None:
    statuses = [i.status for i in facts(extractor, text, lead=TALKS_LEAD).instruments]
    assert statuses and all(s == "planned" for s in statuses)


@pytest.mark.parametrize("text", [
    "At the session, the ministers signed the following:\n• an agreement on road transport;\n"
    "• a memorandum of understanding on fisheries.\n",
    "The two countries noted that:\n• the agreement on road transport was signed in March.\n",
])
def test_a_document_in_a_bullet_of_things_done_is_not_planned(extractor: RulesExtractor, text: str) -> None:
    statuses = [i.status for i in facts(extractor, text, lead=TALKS_LEAD).instruments]
    assert statuses and "planned" not in statuses


# ------------------------------------------------------------------ a legislature that gives its approval


@pytest.mark.parametrize("text", [
    "The Senate on Wednesday gave final approval to the social security agreement Peru signed with Ghana.",
    "Parliament granted its consent to the extradition treaty with Peru on Tuesday.",
    "Ghana's National Assembly gave its approval to the air services agreement with Peru.",
    "Lawmakers gave their final assent to the investment treaty with Ghana last week.",
    "On Monday, Congress gave the nod to the fisheries agreement signed with Ghana in May.",
])
def test_a_legislature_giving_approval_ratifies(extractor: RulesExtractor, text: str) -> None:
    assert [i.status for i in facts(extractor, text).instruments] == ["ratified"]


@pytest.mark.parametrize("text", [
    "The cabinet gave its approval to the air services agreement with Peru.",
    "The minister gave a copy of the air services agreement to the Senate.",
])
def test_approval_by_others_or_no_approval_is_no_ratification(extractor: RulesExtractor, text: str) -> None:
    assert "ratified" not in [i.status for i in facts(extractor, text).instruments]


# ------------------------------------------------------------------ undertaken to sign


@pytest.mark.parametrize("text", [
    "The two governments have also undertaken to sign an administrative arrangement on pension claims "
    "before the end of the year.",
    "Ghana and Peru undertook to sign a memorandum of understanding on tourism in July.",
    "The ministers resolved to sign the agreement on road transport at the next session.",
    "Peru vowed to sign the fisheries protocol with Ghana by March.",
    "The two leaders promised to conclude a visa waiver agreement within the year.",
])
def test_a_document_promised_for_signing_is_planned(extractor: RulesExtractor, text: str) -> None:
    assert [i.status for i in facts(extractor, text).instruments] == ["planned"]


@pytest.mark.parametrize("text", [
    "During the visit Ghana and Peru signed a memorandum of understanding on tourism, as promised.",
    "Having undertaken a review, the ministers signed the agreement on road transport on Monday.",
])
def test_a_document_signed_after_a_promise_is_signed(extractor: RulesExtractor, text: str) -> None:
    assert [i.status for i in facts(extractor, text).instruments] == ["signed"]


# ------------------------------------------------------------------ a consular or diplomatic post to open


@pytest.mark.parametrize(("text", "expected"), [
    ("In Accra, the ambassador said the embassy would open a consular desk for Peruvian residents in Kumasi "
     "next month.", ("open a consular desk for Peruvian residents in Kumasi", "2025-06")),
    ("Peru will open a diplomatic post in Accra in June.", ("open a diplomatic post in Accra", "2025-06")),
    ("Ghana plans to open a consular section in its embassy in Lima by the end of July.",
     ("open a consular section in its embassy in Lima", "2025-07")),
    ("The embassy will open a consular window in Cusco within two weeks, the envoy said.",
     ("open a consular window in Cusco", "2025-05-20")),
    ("Peru is to open a consular agency in Takoradi in September.",
     ("open a consular agency in Takoradi", "2025-09")),
])
def test_a_consular_post_to_open_is_a_promise(extractor: RulesExtractor, text: str,
                                             expected: tuple[str, str]) -> None:
    assert [(a, d) for a, _, d in dated(extractor, text)] == [expected]


@pytest.mark.parametrize("text", [
    "The consular desk in Kumasi was opened in May.",
    "Visitors will open a help desk account at the fair next month.",
])
def test_no_promise_of_a_post_opened_or_of_no_post(extractor: RulesExtractor, text: str) -> None:
    assert dated(extractor, text) == []


# ------------------------------------------------------------------ "Treasurer"


@pytest.mark.parametrize(("text", "name"), [
    ("Treasurer Ian Ling-Stuckey announced the first tranche yesterday.", "Ian Ling-Stuckey"),
    ("Peru's Treasurer, Ana Quispe, met the Ghanaian finance minister in Lima.", "Ana Quispe"),
    ("The loan was signed by Treasurer Kofi Mensah and the Peruvian ambassador.", "Kofi Mensah"),
])
def test_treasurer_is_a_title(extractor: RulesExtractor, text: str, name: str) -> None:
    people = {p.name: p.role for p in facts(extractor, text).people}
    assert people.get(name) == "Treasurer"
