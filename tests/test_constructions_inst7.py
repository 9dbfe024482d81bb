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
    "Under the 2008 accord on fisheries and shipping, boats from both sides may fish in the bay.",
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


# --------------------------------------------------------------------------- a second document after "and"


@pytest.mark.parametrize(("text", "types"), [
    ("The ministers will sign an agreement on visa exemption and an MoU on tourism.", ["agreement", "mou"]),
    ("Documents to be signed include an agreement on visa exemption and an MoU on tourism.",
     ["agreement", "mou"]),
    ("Ghana and Peru signed a treaty on legal assistance and an MoU on sports.", ["mou", "treaty"]),
    ("Officials said a protocol on plant health and an MoU on fisheries would be signed.",
     ["mou", "protocol"]),
    ("Kenya and Oman exchanged an agreement on labour mobility and an MoU on education.",
     ["agreement", "mou"]),
    ("The ministers inked an accord on border security and an MoU on disaster relief.", ["agreement", "mou"]),
])
def test_a_second_document_after_and_is_its_own(extractor: RulesExtractor, text: str,
                                                 types: list[str]) -> None:
    found = facts(extractor, text).instruments
    assert sorted(i.type for i in found) == types, found
    assert all(" and " not in i.subject for i in found), found


@pytest.mark.parametrize("text", [
    "The two countries signed an agreement on trade and investment.",
    "Peru and Ghana signed a memorandum on health and a number of other fields.",
])
def test_a_topic_joined_by_and_stays_one_document(extractor: RulesExtractor, text: str) -> None:
    assert len(facts(extractor, text).instruments) == 1


# --------------------------------------------------------------------------- a stage done, a later one ahead


@pytest.mark.parametrize(("text", "status"), [
    ("The two countries signed the protocol, which will enter into force after ratification.", "signed"),
    ("Peru and Ghana signed a treaty on extradition that will be ratified next year.", "signed"),
    ("Negotiators initialled the agreement on fisheries, which will be signed in June.", "finalized"),
    ("The two sides signed an agreement on tourism that will take effect in January.", "signed"),
    ("Ghana and Kenya signed a memorandum on health that will take effect next month.", "signed"),
    ("Oman and Peru signed a protocol on customs that will come into force in March.", "signed"),
])
def test_a_stage_ahead_does_not_undo_one_done(extractor: RulesExtractor, text: str, status: str) -> None:
    assert statuses(extractor, text) == [status]


@pytest.mark.parametrize("text", [
    "The two sides discussed an agreement on visas to be signed next month.",
    "Kenya and Peru will sign an agreement on trade that is expected to enter into force next year.",
])
def test_a_document_not_yet_signed_stays_planned(extractor: RulesExtractor, text: str) -> None:
    assert statuses(extractor, text) == ["planned"]


# --------------------------------------------------------------------------- a participle ends a name


@pytest.mark.parametrize(("text", "subject"), [
    ("The sides noted the progress made in implementing the Memorandum of Understanding on Energy "
     "Cooperation signed in 2021.", "Memorandum of Understanding on Energy Cooperation"),
    ("The leaders welcomed the Treaty on Mutual Legal Assistance ratified by both parliaments.",
     "Treaty on Mutual Legal Assistance"),
    ("The two leaders praised the Treaty on Good Neighbourliness signed in Moscow.",
     "Treaty on Good Neighbourliness"),
    ("Both sides recalled the Agreement on Visa Exemption signed in Beijing.", "Agreement on Visa Exemption"),
    ("The leaders welcomed the Agreement on Cultural Exchange signed in Lima.",
     "Agreement on Cultural Exchange"),
])
def test_a_participle_on_a_named_document_ends_its_name(extractor: RulesExtractor, text: str,
                                                        subject: str) -> None:
    assert [i.subject for i in facts(extractor, text).instruments] == [subject]


def test_a_participle_of_the_topic_stays_in_it(extractor: RulesExtractor) -> None:
    found = facts(extractor, "The two sides signed an agreement on goods produced in free zones.").instruments
    assert [i.subject for i in found] == ["agreement on goods produced in free zones"]


# --------------------------------------------------------------------------- an earlier text changed


@pytest.mark.parametrize("text", [
    "Ministers signed an addendum to the 2012 memorandum on port cooperation.",
    "The new agreement replaces the 1987 convention on trade.",
    "Parliament approved an amendment to the treaty on extradition.",
    "Chile and Peru signed a protocol to amend the convention on double taxation.",
    "The foreign ministers signed a supplement to the air services agreement.",
    "A protocol amending the double taxation convention was signed by the finance ministers.",
])
def test_a_text_another_changes_is_no_instrument_of_the_event(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    assert all(i.type == "protocol" for i in found), found


@pytest.mark.parametrize("text", [
    "The two countries signed an agreement on the replacement of old ferries.",
    "The two countries signed an agreement on seafarers replacing an earlier arrangement.",
])
def test_a_document_about_replacing_things_is_one(extractor: RulesExtractor, text: str) -> None:
    assert statuses(extractor, text) == ["signed"]


# --------------------------------------------------------------------------- groundwork for a document


@pytest.mark.parametrize("text", [
    "The two countries agreed on a framework for a reciprocal trade agreement.",
    "The visit paved the way for a treaty on extradition.",
    "The memorandum provides a basis for a future agreement on fisheries and aquaculture.",
    "The ministers took a first step towards an agreement on visa exemption.",
    "The leaders signed a roadmap that lays the foundation for a treaty on investment protection.",
])
def test_a_document_groundwork_is_laid_for_is_ahead(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    assert [i.status for i in found if i.type in ("agreement", "treaty")] == ["planned"], found


@pytest.mark.parametrize("text", [
    "The leaders signed a framework agreement on comprehensive cooperation.",
    "Three MoUs on trade, health and tourism were signed within the framework of the visit.",
])
def test_a_framework_itself_keeps_its_status(extractor: RulesExtractor, text: str) -> None:
    assert set(statuses(extractor, text)) == {"signed"}


# --------------------------------------------------------------------------- a document another act is on


@pytest.mark.parametrize(("text", "kept"), [
    ("The ministers adopted a plan to implement the agreement on trade.", []),
    ("Officials signed documents to enforce the treaty on extradition.", []),
    ("The two sides signed an action plan to carry out the convention on tourism.", ["programme"]),
    ("The two sides signed a protocol to implement the 2018 agreement on fisheries.", ["protocol"]),
    ("The leaders endorsed guidelines to apply the memorandum on labour mobility.", []),
])
def test_a_document_another_act_is_on_takes_no_stage_from_the_sentence(
        extractor: RulesExtractor, text: str, kept: list[str]) -> None:
    found = facts(extractor, text).instruments
    assert [i.type for i in found] == kept, found
    assert all(i.subject != "implement" for i in found), found


@pytest.mark.parametrize("text", [
    "Both sides signed the agreement on trade to boost exports.",
    "The two sides signed an agreement on customs to implement their trade pact.",
    "A convention was signed to combat drug trafficking.",
])
def test_a_document_signed_for_an_aim_is_signed(extractor: RulesExtractor, text: str) -> None:
    assert statuses(extractor, text) == ["signed"]


# --------------------------------------------------------------------------- a document held


@pytest.mark.parametrize("text", [
    "The two countries have had an extradition treaty since 1995.",
    "Unlike Peru, Chile already has a free trade agreement with Oman.",
    "Kenya and Ghana have a bilateral investment treaty that dates from 2001.",
    "Norway has an agreement on double taxation with Togo.",
    "Since 2010 Fiji and Nepal have had a memorandum on labour mobility.",
])
def test_a_document_two_states_have_is_in_force(extractor: RulesExtractor, text: str) -> None:
    assert statuses(extractor, text) == ["in_force"]


@pytest.mark.parametrize("text", [
    "Fiji does not have a fisheries agreement with Nepal.",
    "Both countries have an interest in a free trade agreement.",
    "The two countries will have a new agreement on visas next year.",
])
def test_a_document_not_held_now_is_not_in_force(extractor: RulesExtractor, text: str) -> None:
    assert "in_force" not in statuses(extractor, text)


# --------------------------------------------------------------------------- talk before a stage done


@pytest.mark.parametrize(("text", "subject"), [
    ("The pact on labour migration, first proposed in 2019, was finally signed on Friday.",
     "pact on labour migration"),
    ("The treaty on extradition was negotiated for a decade and finally signed in March.",
     "treaty on extradition"),
    ("The agreement on seafarers, long discussed by both sides, was signed in Lima.",
     "agreement on seafarers"),
    ("The memorandum on mining, first floated in 2020, was inked on Monday.", "memorandum on mining"),
    ("The accord on river management was debated for years and was finally signed last week.",
     "accord on river management"),
])
def test_a_document_talked_of_and_then_signed_is_signed(extractor: RulesExtractor, text: str,
                                                        subject: str) -> None:
    found = facts(extractor, text).instruments
    assert [(i.subject, i.status) for i in found] == [(subject, "signed")]


@pytest.mark.parametrize("text", [
    "The agreement on air services was discussed in 2022 and will be signed next year.",
    "The treaty on investment, first proposed in 2019, has not been signed.",
])
def test_a_document_talked_of_and_not_signed_is_not_signed(extractor: RulesExtractor, text: str) -> None:
    assert "signed" not in statuses(extractor, text)


# --------------------------------------------------------------------------- treaty law's initials


@pytest.mark.parametrize(("text", "found"), [
    ("In Togo, the President also pushed for a PTA and a BIT.", [("agreement", "PTA"), ("treaty", "BIT")]),
    ("Chile and Oman signed an FTA in 2023.", [("agreement", "FTA")]),
    ("The two leaders agreed to start negotiations on a CEPA.", [("agreement", "CEPA")]),
    ("Kenya and Peru will sign a BIT next month.", [("treaty", "BIT")]),
    ("Unlike Fiji, Nepal already has a PTA with Ghana.", [("agreement", "PTA with Ghana")]),
])
def test_treaty_initials_name_a_document(extractor: RulesExtractor, text: str,
                                         found: list[tuple[str, str]]) -> None:
    assert [(i.type, i.subject) for i in facts(extractor, text).instruments] == found


@pytest.mark.parametrize("text", [
    "It was a bit of a surprise when the ministers of Peru and Chile met.",
    "The PTA meeting of the school in Lima was cancelled.",
])
def test_words_like_initials_name_no_document(extractor: RulesExtractor, text: str) -> None:
    assert facts(extractor, text).instruments == []


# --------------------------------------------------------------------------- a stage hung on the topic


@pytest.mark.parametrize(("text", "subject"), [
    ("The two sides discussed the implementation of the agreement on trade signed last year.",
     "agreement on trade"),
    ("The leaders reviewed the memorandum on energy cooperation signed in 2021, which expires next year.",
     "memorandum on energy cooperation"),
    ("Ministers examined the protocol on veterinary checks initialled in March.",
     "protocol on veterinary checks"),
    ("Both sides considered the treaty on extradition ratified by Peru in 2020.", "treaty on extradition"),
    ("The officials studied the agreement on seafarers inked in Lima last year.", "agreement on seafarers"),
])
def test_a_stage_hung_on_the_topic_is_the_documents(extractor: RulesExtractor, text: str,
                                                    subject: str) -> None:
    found = facts(extractor, text).instruments
    assert [i.subject for i in found] == [subject], found
    assert found[0].status in ("signed", "finalized", "ratified"), found


@pytest.mark.parametrize(("text", "subject"), [
    ("The two sides signed an agreement on goods produced in free zones.",
     "agreement on goods produced in free zones"),
    ("The two sides discussed an agreement on workers employed abroad.",
     "agreement on workers employed abroad"),
])
def test_other_participles_stay_in_the_topic(extractor: RulesExtractor, text: str, subject: str) -> None:
    assert [i.subject for i in facts(extractor, text).instruments] == [subject]


# --------------------------------------------------------------------------- a document sought


@pytest.mark.parametrize("text", [
    "Peru is seeking a free trade agreement with Kenya.",
    "The two countries will pursue a treaty on extradition.",
    "Oman sought a deal on fishing rights with Fiji.",
    "Ghana has long sought an agreement on cocoa pricing with Chile.",
    "Fiji is pursuing a memorandum on labour mobility with Nepal.",
])
def test_a_document_sought_is_under_discussion(extractor: RulesExtractor, text: str) -> None:
    assert statuses(extractor, text) == ["discussed"]


@pytest.mark.parametrize("text", [
    "Kenya seeks to sign an agreement on tourism with Peru.",
    "The two countries sought and signed a treaty on extradition.",
])
def test_a_signing_sought_is_not_discussion(extractor: RulesExtractor, text: str) -> None:
    assert "discussed" not in statuses(extractor, text)


# --------------------------------------------------------------------------- a draft approved


@pytest.mark.parametrize("text", [
    "The cabinet approved the draft agreement on air services on Tuesday.",
    "The two sides agreed on a draft memorandum on tourism.",
    "The ministers exchanged the draft protocol on fisheries for review.",
    "The government approved a draft convention on social security with Peru.",
    "Negotiators sealed the draft treaty on border demarcation in Accra.",
])
def test_a_draft_approved_is_agreed_not_signed(extractor: RulesExtractor, text: str) -> None:
    assert statuses(extractor, text) == ["finalized"]


@pytest.mark.parametrize(("text", "status"), [
    ("The two sides discussed the draft agreement on visas.", "discussed"),
    ("Peru and Chile will sign the draft agreement on mining next month.", "planned"),
])
def test_a_draft_ahead_or_talked_of_keeps_its_status(extractor: RulesExtractor, text: str,
                                                     status: str) -> None:
    assert statuses(extractor, text) == [status]


# --------------------------------------------------------------------------- a charter signed


@pytest.mark.parametrize(("text", "status"), [
    ("The foreign ministers of Peru and Kenya signed a charter of strategic partnership.", "signed"),
    ("Ghana and Oman signed a charter on maritime cooperation.", "signed"),
    ("A charter on youth exchanges was signed by the two ministers.", "signed"),
    ("The two leaders inked a charter for a comprehensive partnership.", "signed"),
    ("Peru and Chile will sign a charter on cultural heritage next month.", "planned"),
])
def test_a_charter_signed_is_a_document(extractor: RulesExtractor, text: str, status: str) -> None:
    found = facts(extractor, text).instruments
    assert [(i.type, i.status) for i in found] == [("other", status)], found


@pytest.mark.parametrize("text", [
    "The airline launched a charter flight from Lima to Accra.",
    "Both sides of Peru and Chile respected the charter of the organisation.",
])
def test_a_charter_not_signed_is_none(extractor: RulesExtractor, text: str) -> None:
    assert facts(extractor, text).instruments == []


def test_two_mentions_of_a_finalized_document_merge(extractor: RulesExtractor) -> None:
    # both mentions agreed, not signed: merging them must rank "finalized" like any other stage
    text = ("Peru and Ghana have concluded negotiations on the Free Trade Agreement. Officials said the "
            "two nations completed the talks on the Free Trade Agreement last week and will sign it in May.")
    found = facts(extractor, text).instruments
    assert found and all(i.status in ("finalized", "planned") for i in found), found
