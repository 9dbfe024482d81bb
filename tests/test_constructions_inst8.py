"""Instrument constructions for unseen text (issue 9, round inst8), proved on our own wording:
treaty-law initials as a document, a document a state holds with another, and a document of
states other than the article's two kept apart from the pair's own.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# --------------------------------------------------------------------------- treaty-law initials


@pytest.mark.parametrize(("text", "expected"), [
    ("Vietnam and Chile pushed for an FTA and a BIT during the visit.",
     [("agreement", "discussed"), ("treaty", "discussed")]),
    ("Kenya and Peru signed a CEPA in Lima on Monday.", [("agreement", "signed")]),
    ("Officials said the FTA between Chile and Vietnam would be signed in June.", [("agreement", "planned")]),
    ("The Chile-Vietnam DTAA was ratified by the Chilean senate on Tuesday.", [("agreement", "ratified")]),
    ("An MLAT was signed by Ghana and Norway to speed up requests for evidence.", [("treaty", "signed")]),
    ("Ghana and Togo will sign a PTA next year, their trade ministers said.", [("agreement", "planned")]),
])
def test_treaty_initials_name_a_document(extractor: RulesExtractor, text: str,
                                         expected: list[tuple[str, str]]) -> None:
    found = facts(extractor, text).instruments
    assert sorted((i.type, i.status) for i in found) == sorted(expected), found


@pytest.mark.parametrize("text", [
    "Vietnam eyes to conclude its FTA talks with Chile by the end of the year.",
    "The FTA partners Chile and Vietnam held talks on shipping.",
    "Chile and Vietnam discussed a bit of everything, from football to trade.",
    "The PTA meeting at the school of Ghana's embassy in Oslo drew many parents.",
])
def test_initials_modifying_another_noun_or_lower_case_name_none(extractor: RulesExtractor,
                                                                 text: str) -> None:
    assert facts(extractor, text).instruments == []


# --------------------------------------------------------------------------- held with another state


@pytest.mark.parametrize("text", [
    "Chile already has an FTA with Vietnam.",
    "Kenya, which already has a PTA with Peru, is now seeking closer ties.",
    "Ghana has a double taxation agreement with Norway, officials noted.",
    "Peru has had an extradition treaty with Kenya for a decade.",
    "Norway has a fisheries agreement with Ghana that covers tuna.",
])
def test_a_document_a_state_has_with_another_is_in_force(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    assert [i.status for i in found] == ["in_force"], found
    assert found[0].date is None  # in force since a day the story does not tell


@pytest.mark.parametrize("text", [
    "Chile will have an FTA with Vietnam by 2027, the minister said.",
    "Peru and Kenya had talks on a trade agreement in Lima.",
])
def test_having_talks_or_a_document_ahead_is_not_in_force(extractor: RulesExtractor, text: str) -> None:
    assert all(i.status != "in_force" for i in facts(extractor, text).instruments)


# --------------------------------------------------------------------------- other states' documents


@pytest.mark.parametrize(("text", "parties"), [
    ("Ghana and Norway signed a maritime security agreement in Accra. Ghana and Norway agreed to meet "
     "again. Norway and Sweden signed a defence pact last week.", {"Norway", "Sweden"}),
    ("Kenya and Peru met in Nairobi. Kenya and Peru signed an accord on fisheries. "
     "Unlike Kenya, Chile already has an FTA with Peru.", {"Chile", "Peru"}),
    ("Indonesia and Kenya signed three agreements. Indonesia and Kenya pushed for a PTA. "
     "In Tanzania, the Indonesian president also pushed for a BIT.", {"Indonesia", "Tanzania"}),
    ("China and Serbia agreed to cut tariffs. China and Serbia signed a trade agreement on Tuesday. A free "
     "trade agreement with Chile was signed by China in 2005.", {"China", "Chile"}),
    ("Peru and Kenya signed an accord on fisheries. Peru and Kenya agreed to meet again. "
     "Chile and Ecuador signed a treaty on fisheries in 2010.", {"Chile", "Ecuador"}),
])
def test_a_document_of_other_states_has_their_parties(extractor: RulesExtractor, text: str,
                                                      parties: set[str]) -> None:
    found = facts(extractor, text).instruments
    assert any(set(i.parties) == parties for i in found), found
    assert any(set(i.parties) != parties for i in found), found  # the pair's own stays apart


@pytest.mark.parametrize("text", [
    "Kenya and Peru signed a trade agreement in Nairobi on Monday. The agreement was signed by "
    "Kenya and Peru's trade ministers. The trade agreement between Kenya and Peru cuts tariffs.",
    "Ghana and Norway signed a fisheries agreement in Oslo. In Norway, officials hailed the "
    "fisheries agreement as a model.",
])
def test_the_pairs_own_document_told_again_stays_one(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    assert len(found) == 1, found


# --------------------------------------------------------------------------- a verb on another thing


@pytest.mark.parametrize("text", [
    "Despite years of talks, a free trade agreement between Chile and Peru has been in limbo since 2021 "
    "as relations soured and the two sides exchanged sanctions.",
    "A border treaty between Ghana and Togo remains a distant prospect, though both sides exchanged "
    "prisoners last year.",
    "The two sides exchanged gifts; a cultural agreement between Kenya and Peru is a goal for next year.",
    "After the ministers signed the guest book, a fisheries accord between Ghana and Norway was on the "
    "table.",
    "When the two sides exchanged gifts in Lima, a trade agreement between Chile and Peru was still only "
    "an idea.",
])
def test_a_verb_on_another_thing_gives_no_stage(extractor: RulesExtractor, text: str) -> None:
    assert all(i.status not in ("signed", "issued") for i in facts(extractor, text).instruments)


@pytest.mark.parametrize(("text", "status"), [
    ("The leaders witnessed the signing of a memorandum on tourism between Kenya and Peru.", "signed"),
    ("Kenya and Peru signed 12 documents, among them an agreement on air services.", "signed"),
    ("Ghana and Norway exchanged the instruments of ratification of their treaty on extradition.",
     "ratified"),
])
def test_a_verb_on_a_document_or_its_signing_still_tells_the_stage(extractor: RulesExtractor, text: str,
                                                                   status: str) -> None:
    assert [i.status for i in facts(extractor, text).instruments][:1] == [status]


# --------------------------------------------------------------------------- a signing looked forward to


@pytest.mark.parametrize("text", [
    "Kenya and Peru look forward to signing next month a memorandum of understanding on health "
    "cooperation.",
    "Ghana is keen on signing an agreement on energy with Norway.",
    "Kenya and Peru are committed to concluding a free trade agreement by 2026.",
    "Chile looks forward to ratifying the extradition treaty with Peru.",
    "Both leaders said they were eager to sign an air services agreement between Ghana and Togo.",
    "Ghana and Togo looked forward to the early signing of a protocol on border trade.",
])
def test_a_signing_looked_forward_to_is_planned(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    assert [i.status for i in found] == ["planned"], found


@pytest.mark.parametrize("text", [
    "Kenya succeeded in signing a trade agreement with Peru after years of talks.",
    "Ghana and Norway celebrated signing an agreement on fisheries on Monday.",
    "After signing a memorandum on tourism, Kenya and Peru agreed to meet again.",
])
def test_a_signing_done_stays_signed(extractor: RulesExtractor, text: str) -> None:
    assert [i.status for i in facts(extractor, text).instruments][:1] == ["signed"]


# --------------------------------------------------------------------------- welcomed, entered into force


@pytest.mark.parametrize("text", [
    "I welcome the agreement on the promotion of cocoa exports, the Norwegian minister told Ghana's "
    "president.",
    "The foreign ministers of Kenya and Peru hailed the accord on seasonal workers.",
    "Ghana and Togo applauded the protocol on cross-border trade.",
    "Chile's president praised the memorandum on lithium research with Peru.",
    "Both governments commended the treaty on mutual legal assistance between Kenya and Peru.",
])
def test_a_document_welcomed_is_concluded(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    assert [i.status for i in found] == ["finalized"], found


@pytest.mark.parametrize(("text", "status"), [
    ("The leaders welcomed the signing of a memorandum on tourism between Kenya and Peru.", "signed"),
    ("Ghana and Norway welcomed the proposal for a free trade agreement between them.", None),
    ("Kenya and Peru welcomed progress in talks on an investment treaty.", "discussed"),
])
def test_a_welcome_of_another_thing_tells_its_stage(extractor: RulesExtractor, text: str,
                                                    status: str | None) -> None:
    assert [i.status for i in facts(extractor, text).instruments][:1] == ([status] if status else [])


@pytest.mark.parametrize(("text", "status"), [
    ("The two foreign ministers welcomed the entry into force of the Kenya-Peru extradition treaty.",
     "in_force"),
    ("Ghana and Norway celebrated the entry into force of their agreement on fisheries.", "in_force"),
    ("Officials noted the entry into force of the Chile-Peru treaty on double taxation last month.",
     "in_force"),
    ("Kenya and Peru hailed the entry into force of the air services agreement between them.", "in_force"),
    ("Ghana and Togo welcomed the recent entry into force of a protocol on border trade.", "in_force"),
    ("Chile and Vietnam welcomed the early entry into force of their agreement on air services.", "planned"),
])
def test_the_entry_into_force_of_a_document(extractor: RulesExtractor, text: str, status: str) -> None:
    found = facts(extractor, text).instruments
    assert [i.status for i in found] == [status], found


# --------------------------------------------------------------------------- a document told by what it does


@pytest.mark.parametrize(("text", "words"), [
    ("The presidents of Kenya and Peru also signed a document today confirming their commitment to "
     "implementing this agreement.", "confirming their commitment"),
    ("Kenya and Peru signed an agreement establishing a joint business council.", "joint business council"),
    ("Ghana and Norway signed a document setting out the terms of their fisheries cooperation.",
     "setting out the terms"),
    ("A memorandum creating a joint fund for research was signed by Chile and Peru.", "joint fund"),
    ("Ghana and Togo inked a document creating a youth exchange scheme.", "youth exchange"),
])
def test_a_signed_document_is_named_by_what_it_does(extractor: RulesExtractor, text: str, words: str) -> None:
    found = facts(extractor, text).instruments
    assert [i.status for i in found] == ["signed"] and words in found[0].subject, found


@pytest.mark.parametrize("text", [
    "A document outlining Kenya's strategy toward Peru was seen by reporters.",
    "Ghana and Norway signed a document on Monday.",
    "Officials reading a document on trade met in Lima with Peru's minister and Kenya's envoy.",
])
def test_a_document_with_no_deed_or_not_signed_is_none(extractor: RulesExtractor, text: str) -> None:
    assert facts(extractor, text).instruments == []


# --------------------------------------------------------------------------- a participle opening the clause


@pytest.mark.parametrize(("text", "status"), [
    ("Announced on Monday, the normalisation deal between Kenya and Peru is the first in two decades.",
     "signed"),
    ("Signed in 2019, the extradition treaty between Ghana and Norway will be reviewed next year.", "signed"),
    ("Ratified by both parliaments, the border treaty between Kenya and Peru is being discussed again.",
     "ratified"),
    ("Initialled in Geneva, the air services agreement between Chile and Peru awaits signature.",
     "finalized"),
    ("Adopted at the summit, the joint declaration of Ghana and Togo will be reviewed in a year.", "issued"),
])
def test_a_participle_opening_the_clause_tells_the_documents_stage(extractor: RulesExtractor, text: str,
                                                                   status: str) -> None:
    found = facts(extractor, text).instruments
    assert [i.status for i in found] == [status], found


@pytest.mark.parametrize("text", [
    "Asked about the trade agreement between Chile and Peru, the minister declined to comment.",
    "Born in Lima, the ambassador said the fisheries agreement between Kenya and Peru would be signed "
    "next year.",
])
def test_a_participle_on_a_person_says_nothing_of_the_document(extractor: RulesExtractor, text: str) -> None:
    assert all(i.status in ("planned", "discussed") for i in facts(extractor, text).instruments)


# --------------------------------------------------------------------------- a firm's deal


@pytest.mark.parametrize("text", [
    "Peru signed arms deals with Kenyan companies in 2022 to buy patrol boats, drones and radars.",
    "The Peruvian navy agency and a consortium comprising Kenya Shipyards signed the second-stage deal "
    "in Lima.",
    "Kenya signed a deal with a Peruvian firm to build a power plant.",
    "Ghana clinched a deal with a Norwegian shipbuilder to buy two ferries.",
    "The deal with Chile's state copper company was signed by Peru's mining ministry.",
])
def test_a_deal_with_a_firm_is_a_contract(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    assert found and all(i.type == "other" for i in found), found


@pytest.mark.parametrize("text", [
    "Kenya and Peru signed a trade deal on Monday.",
    "Chile and Peru struck a deal on fishing quotas.",
    "Ghana signed an agreement with a Norwegian firm to build a power plant.",
])
def test_a_deal_between_states_or_an_agreement_keeps_its_type(extractor: RulesExtractor, text: str) -> None:
    assert all(i.type == "agreement" for i in facts(extractor, text).instruments)
