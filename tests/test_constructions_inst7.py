"""Instrument constructions for unseen text (issue 9, round inst7), proved on our own wording:
status from a verb that looks ahead (mended lemmas, gerunds, "plan" tagged as a noun), a year
before a document, the entry into force as an event, concluded negotiations, documents in force.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


def statuses(extractor: RulesExtractor, text: str) -> list[str]:
    return [i.status for i in facts(extractor, text).instruments]


# --------------------------------------------------------------------------- verbs that look ahead


@pytest.mark.parametrize("text", [
    "Kenya hopes to sign a trade pact with Peru by December.",
    "The two sides hoped to conclude a treaty on extradition before the summit.",
    "Chile is hoping to ink an agreement on wine exports.",
    "The two countries look forward to signing next month a memorandum on health.",
    "Oman is looking forward to concluding the agreement on port fees.",
    "Both governments are keen on signing a treaty on legal assistance soon.",
    "The ministers will work towards ratifying the convention on double taxation.",
    "Norway and Peru committed to signing a protocol on seafarers.",
    "Fiji and Nepal plan to sign an agreement on labour mobility next year.",
])
def test_a_signing_looked_forward_to_is_planned(extractor: RulesExtractor, text: str) -> None:
    assert statuses(extractor, text) == ["planned"]


@pytest.mark.parametrize("text", [
    "The agreement on fisheries was signed after lengthy talks.",
    "The minister signed the agreement on tourism after hoping for years to see it done.",
    "After signing the memorandum on energy, the ministers held a press conference.",
])
def test_a_signing_done_stays_signed(extractor: RulesExtractor, text: str) -> None:
    assert statuses(extractor, text) == ["signed"]


# --------------------------------------------------------------------------- a year before the noun


@pytest.mark.parametrize("text", [
    "Under the 2015 agreement on maritime cooperation, both navies hold annual exercises.",
    "Under the 1998 treaty on border demarcation, patrols meet twice a year.",
    "Ghana and Peru reaffirmed their commitment to the 2010 agreement on cultural exchanges.",
    "The 2019 memorandum on education and health guides the work of both ministries.",
    "The new agreement replaces the 1987 convention on trade and navigation.",
])
def test_a_year_before_a_document_is_no_count_of_documents(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    assert len(found) <= 1 and all(len(i.subject.split()) > 1 for i in found), found


@pytest.mark.parametrize(("text", "count"), [
    ("Peru and Ghana signed 3 agreements on trade, health and mining.", 3),
    ("The two ministers signed two memorandums on fisheries and tourism.", 2),
])
def test_a_count_before_documents_still_lists_them(extractor: RulesExtractor, text: str, count: int) -> None:
    assert len(facts(extractor, text).instruments) == count


# --------------------------------------------------------------------------- entry into force


@pytest.mark.parametrize("text", [
    "Both sides welcomed the entry into force of the agreement on social security.",
    "The leaders celebrated the entry into force of the treaty on extradition.",
    "The entry into force of the air services agreement on 1 March opened new routes.",
    "Officials noted with satisfaction the entry into force of the protocol on veterinary checks.",
    "Peru and Chile hailed the entry into force of the convention on double taxation.",
])
def test_the_entry_into_force_of_a_document_puts_it_in_force(extractor: RulesExtractor, text: str) -> None:
    assert statuses(extractor, text) == ["in_force"]


@pytest.mark.parametrize("text", [
    "The leaders looked forward to the expected entry into force of the agreement on investment.",
    "The ministers will mark the entry into force of the memorandum on health next month.",
])
def test_an_entry_into_force_ahead_is_planned(extractor: RulesExtractor, text: str) -> None:
    assert statuses(extractor, text) == ["planned"]


# --------------------------------------------------------------------------- concluded negotiations


@pytest.mark.parametrize("text", [
    "Negotiations on the free trade agreement were concluded on Monday, and the text will be signed in June.",
    "The two sides concluded negotiations on a treaty on mutual legal assistance.",
    "Talks on the agreement on air services were completed last week.",
    "The negotiators wrapped up talks on a fisheries agreement in Accra.",
    "Ghana and Peru have finalised negotiations on an agreement on seasonal workers.",
])
def test_negotiations_concluded_finalize_the_document(extractor: RulesExtractor, text: str) -> None:
    assert statuses(extractor, text) == ["finalized"]


@pytest.mark.parametrize("text", [
    "The two sides will conclude negotiations on an investment treaty next year.",
    "Negotiations on the trade agreement have not been concluded.",
    "Talks on the agreement on visas continued on Tuesday.",
])
def test_negotiations_not_concluded_are_discussion(extractor: RulesExtractor, text: str) -> None:
    assert statuses(extractor, text) == ["discussed"]


# --------------------------------------------------------------------------- in force


@pytest.mark.parametrize("text", [
    "The 2019 memorandum on education remains in force until 2029.",
    "The treaty on extradition between Ghana and Peru is in force since 2021.",
    "The visa waiver agreement, signed in 2018, remains in effect.",
    "The agreement on air services between Chile and Oman was in force for a decade.",
    "Their agreement on fisheries stays in force despite the dispute.",
])
def test_a_document_said_to_be_in_force_is_in_force(extractor: RulesExtractor, text: str) -> None:
    assert statuses(extractor, text) == ["in_force"]


@pytest.mark.parametrize("text", [
    "The agreement on trade will remain in force for five years after it is signed.",
    "The agreement on investment is not in force yet.",
])
def test_a_document_not_yet_in_force_is_not(extractor: RulesExtractor, text: str) -> None:
    assert "in_force" not in statuses(extractor, text)
