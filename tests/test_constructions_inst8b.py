"""Instrument constructions for unseen text (issue 9, round inst8b), proved on our own wording:
a hyphenated pair in a document's name, a state's government as a party, an arrangement put in
writing, and a subject that ends before the one who says the sentence.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# --------------------------------------------------------------------------- a pair in the name


@pytest.mark.parametrize(("text", "parties"), [
    ("The Chile-Vietnam DTAA was ratified by the Chilean senate on Tuesday.", {"Chile", "Vietnam"}),
    ("Officials signed the Kenya-Peru Fisheries Agreement in Lima.", {"Kenya", "Peru"}),
    ("The Ghana–Norway trade pact entered into force in May.", {"Ghana", "Norway"}),
    ("Kenya and Peru met in Lima. Kenya and Peru agreed to meet again. "
     "The Chile-Vietnam DTAA was signed in 2019.", {"Chile", "Vietnam"}),
    ("Negotiators initialled a Norway-Ghana protocol on shipping last week.", {"Norway", "Ghana"}),
])
def test_a_hyphenated_pair_in_a_name_gives_both_parties(extractor: RulesExtractor, text: str,
                                                        parties: set[str]) -> None:
    found = facts(extractor, text).instruments
    assert [set(i.parties) for i in found] == [parties], found


@pytest.mark.parametrize(("text", "absent"), [
    ("Kenya and the Timor-Leste government signed a trade agreement.", "Leste"),
    ("Kenya and Guinea-Bissau signed an accord on fisheries in Nairobi.", "Bissau"),
])
def test_a_state_hyphenated_as_a_whole_is_no_pair(extractor: RulesExtractor, text: str, absent: str) -> None:
    found = facts(extractor, text).instruments
    assert found and all(absent not in p.split() for i in found for p in i.parties), found
    assert all(len(i.parties) <= 2 for i in found)


def test_a_pair_in_another_documents_name_stays_apart(extractor: RulesExtractor) -> None:
    text = ("Kenya and Peru signed a trade agreement in Lima on Monday. Kenya and Peru agreed to meet again. "
            "The Chile-Peru trade agreement was signed in 2006.")
    found = facts(extractor, text).instruments
    assert sorted(sorted(i.parties) for i in found) == [["Chile", "Peru"], ["Kenya", "Peru"]], found


# --------------------------------------------------------------------------- a state's government


@pytest.mark.parametrize(("text", "parties"), [
    ("Kenya and Peru signed an MoU between the Government of the Sultanate of Oman and the Government "
     "of the Republic of Kenya.", {"Oman", "Kenya"}),
    ("An agreement between the Government of Ghana and the Government of the Kingdom of Norway was "
     "signed in Accra.", {"Ghana", "Norway"}),
    ("A memorandum of understanding between the Government of the Republic of Chile and the Government of "
     "the Socialist Republic of Viet Nam was signed on Tuesday.", {"Chile", "Vietnam"}),
    ("The treaty between the Government of Peru and the Government of Kenya on extradition entered "
     "into force on Monday.", {"Peru", "Kenya"}),
    ("A convention between the Government of Ghana and the Government of Norway on double taxation will be "
     "signed in June.", {"Ghana", "Norway"}),
])
def test_a_states_government_as_a_party_is_the_state(extractor: RulesExtractor, text: str,
                                                     parties: set[str]) -> None:
    found = facts(extractor, text).instruments
    assert [set(i.parties) for i in found] == [parties], found


@pytest.mark.parametrize(("text", "state"), [
    ("An MoU between the Kenya Ports Authority and the Peruvian National Port Authority was signed.",
     "Kenya"),
    ("A deal between Safaricom and the Government Printing Office of Ghana was signed in Accra.", "Ghana"),
])
def test_other_bodies_are_not_their_state(extractor: RulesExtractor, text: str, state: str) -> None:
    found = facts(extractor, text).instruments
    assert len(found) == 1 and len(found[0].parties) == 2 and state not in found[0].parties, found


# --------------------------------------------------------------------------- arrangements


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana and Norway signed a Grant Funding Arrangement for clean water.", "signed"),
    ("Kenya and Peru signed an arrangement on visa waivers.", "signed"),
    ("An arrangement on the mutual recognition of driving licences was signed by Chile and Vietnam on "
     "Friday.", "signed"),
    ("The two ministers inked a financing arrangement for a new port in Mombasa.", "signed"),
    ("Chile and Vietnam concluded a working holiday arrangement last year.", "signed"),
    ("Kenya and Peru will sign a Reciprocal Healthcare Arrangement in June.", "planned"),
])
def test_an_arrangement_put_in_writing_is_a_document(extractor: RulesExtractor, text: str,
                                                     status: str) -> None:
    found = facts(extractor, text).instruments
    assert [(i.type, i.status) for i in found] == [("agreement", status)], found


@pytest.mark.parametrize("text", [
    "Kenya and Peru signed a Letter of Arrangement on coast guard vessels.",
    "A letter of arrangement on the loan of trainer aircraft was signed by Ghana and Norway.",
])
def test_a_letter_of_arrangement_stays_a_letter(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    named = [(i.type, i.subject.lower().startswith("letter of arrangement")) for i in found]
    assert named == [("other", True)], found


@pytest.mark.parametrize("text", [
    "Security arrangements for the visit of the Peruvian president were discussed by the police.",
    "Kenya and Peru agreed on arrangements for the summit next month.",
    "Ghana made travel arrangements for its delegation to Oslo.",
    "Kenya and Peru reached a seating arrangement for the talks.",
])
def test_arrangements_of_logistics_are_none(extractor: RulesExtractor, text: str) -> None:
    assert facts(extractor, text).instruments == []


# --------------------------------------------------------------------------- who says the sentence


@pytest.mark.parametrize(("text", "subject"), [
    ("Kenya and Peru signed a memorandum on tourism, the ministry said in a statement.",
     "memorandum on tourism"),
    ("Kenya and Peru signed a memorandum on tourism and fisheries, the Ministry of Foreign Affairs says.",
     "memorandum on tourism and fisheries"),
    ("Ghana and Norway signed an agreement on maritime security, the Norwegian embassy in Accra announced.",
     "agreement on maritime security"),
    ("Chile and Vietnam will sign a protocol on rice exports, a government spokesman told reporters.",
     "protocol on rice exports"),
    ("Chile and Vietnam have signed a treaty on extradition, the Vietnamese government confirmed.",
     "treaty on extradition"),
    ("An MoU on health was signed by Ghana and Norway, the two governments stated on Friday.",
     "MoU on health"),
])
def test_a_subject_ends_before_who_says_it(extractor: RulesExtractor, text: str, subject: str) -> None:
    found = facts(extractor, text).instruments
    assert [i.subject for i in found] == [subject], found


@pytest.mark.parametrize(("text", "subject"), [
    ("Kenya and Peru signed a memorandum on tourism, education and sport.",
     "memorandum on tourism, education and sport"),
    ("Ghana and Norway signed an agreement on fisheries, shipping, the ministry of ports and energy.",
     "agreement on fisheries, shipping, the ministry of ports and energy"),
])
def test_a_listed_subject_goes_on_past_its_commas(extractor: RulesExtractor, text: str, subject: str) -> None:
    found = facts(extractor, text).instruments
    assert [i.subject for i in found] == [subject], found


# --------------------------------------------------------------------------- a clause of its own


@pytest.mark.parametrize(("text", "status"), [
    ("Kenya and Peru signed a trade agreement, and a memorandum on fisheries is still under discussion.",
     "discussed"),
    ("Kenya and Peru exchanged views on regional security, and a possible defence pact was mentioned.",
     "discussed"),
    ("The ministers signed an MoU on health, and officials said a treaty on extradition could follow "
     "next year.",
     "planned"),
    ("Ghana and Norway signed a shipping accord on Monday, but a protocol on fisheries remains on the "
     "table.",
     "discussed"),
    ("Ghana and Norway inked a fisheries accord, and a convention on shipping was raised by the Norwegian "
     "side.",
     "discussed"),
    ("Chile and Vietnam concluded a rice deal; and a protocol on fisheries was brought up by the ministers.",
     "discussed"),
])
def test_a_document_in_a_joined_clause_takes_no_stage_from_the_other(extractor: RulesExtractor, text: str,
                                                                    status: str) -> None:
    found = facts(extractor, text).instruments
    assert found and found[-1].status == status, found  # the joined clause's document comes last
    assert all(i.status == "signed" for i in found[:-1]), found


@pytest.mark.parametrize(("text", "statuses"), [
    ("Kenya and Peru signed a trade agreement and a memorandum on fisheries.", ["signed", "signed"]),
    ("Kenya and Peru signed a trade agreement, and a memorandum on fisheries was also signed.",
     ["signed", "signed"]),
    ("Ghana and Norway signed a shipping accord and a protocol on fisheries was initialled.",
     ["signed", "finalized"]),
    ("Kenya and Peru met in Lima, and a memorandum on fisheries was signed.", ["signed"]),
])
def test_documents_sharing_a_verb_or_with_their_own_keep_it(extractor: RulesExtractor, text: str,
                                                           statuses: list[str]) -> None:
    assert [i.status for i in facts(extractor, text).instruments] == statuses


# --------------------------------------------------------------------------- several documents, one phrase


@pytest.mark.parametrize(("text", "subjects"), [
    ("Ghana and Norway signed MoUs on the protection of fish stocks and training for fishermen.",
     ["protection of fish stocks", "training for fishermen"]),
    ("Memoranda on the promotion of tourism and cooperation in higher education were signed by Kenya "
     "and Peru.",
     ["promotion of tourism", "cooperation in higher education"]),
    ("Kenya and Peru signed agreements on the avoidance of double taxation and assistance in customs "
     "matters.",
     ["avoidance of double taxation", "assistance in customs matters"]),
    ("After the talks, Memoranda of Understanding (MoUs) on the avoidance of double taxation and "
     "training for civil servants were exchanged in the presence of the two presidents.",
     ["avoidance of double taxation", "training for civil servants"]),
    ("Kenya and Peru signed memoranda on the promotion of exports and cooperation in fisheries.",
     ["promotion of exports", "cooperation in fisheries"]),
])
def test_several_documents_split_where_an_act_has_its_own_phrase(extractor: RulesExtractor, text: str,
                                                                  subjects: list[str]) -> None:
    assert [i.subject for i in facts(extractor, text).instruments] == subjects


@pytest.mark.parametrize("text", [
    "Kenya and Peru signed agreements on the supply of vaccines and medicines for children.",
    "Memoranda on the prevention of money laundering and terrorism financing were exchanged.",
    "Kenya and Peru signed an agreement on the avoidance of double taxation and training for civil servants.",
    "Kenya and Peru signed memoranda on the financing of roads and bridges in rural areas.",
])
def test_one_subject_stays_whole(extractor: RulesExtractor, text: str) -> None:
    assert len(facts(extractor, text).instruments) == 1


# --------------------------------------------------------------------------- a place in another clause


@pytest.mark.parametrize("text", [
    "Kenya and Peru signed a trade agreement on Monday, a pact that will set up a port authority in Mombasa.",
    "Ghana and Norway signed an agreement on shipping, with a joint office to open in Oslo.",
    "Chile and Vietnam signed an accord creating a rice exchange based in Hanoi.",
    "Ghana and Norway concluded a treaty which sets up a tribunal sitting in Oslo.",
    "Kenya and Peru signed a fisheries accord that will be overseen by a board based in Callao.",
])
def test_a_place_in_a_clause_about_something_else_is_not_where_it_was_signed(
        extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    assert found and all(i.place is None for i in found), found


@pytest.mark.parametrize(("text", "place"), [
    ("The agreement, which was signed in Lima on Monday, covers fisheries between Kenya and Peru.", "Lima"),
    ("Kenya and Peru signed a trade agreement in Nairobi, where the joint committee will sit.", "Nairobi"),
    ("Kenya and Peru signed a trade agreement in Lima that will open markets.", "Lima"),
])
def test_where_it_was_signed_stays(extractor: RulesExtractor, text: str, place: str) -> None:
    assert [i.place for i in facts(extractor, text).instruments] == [place]


# --------------------------------------------------------------------------- "and" joining clauses


@pytest.mark.parametrize(("text", "subject"), [
    ("The ministers signed an MoU on health, and officials said a treaty on extradition could follow "
     "next year.", "MoU on health"),
    ("Kenya and Peru signed a memorandum on fisheries and the two leaders held a press conference.",
     "memorandum on fisheries"),
    ("Chile and Vietnam signed an agreement on rice exports and Vietnam pledged to buy more wine.",
     "agreement on rice exports"),
    ("Kenya and Peru signed an MoU on mining, and it will take effect in May.", "MoU on mining"),
    ("Ghana and Norway signed a pact on ports, and the Ghanaian minister thanked his hosts.",
     "pact on ports"),
])
def test_a_subject_ends_where_and_opens_another_clause(extractor: RulesExtractor, text: str,
                                                       subject: str) -> None:
    assert facts(extractor, text).instruments[0].subject == subject


@pytest.mark.parametrize(("text", "subject"), [
    ("Kenya and Peru signed a memorandum on fisheries and tourism.", "memorandum on fisheries and tourism"),
    ("Kenya and Peru signed a memorandum on fisheries, tourism and trade.",
     "memorandum on fisheries, tourism and trade"),
])
def test_and_between_topics_goes_on(extractor: RulesExtractor, text: str, subject: str) -> None:
    assert [i.subject for i in facts(extractor, text).instruments] == [subject]


# --------------------------------------------------------------------------- contracts


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana and Norway signed a supply contract for vaccines.", "signed"),
    ("Poland signed a contract with a South Korean firm for 180 tanks.", "signed"),
    ("The two governments signed a contract for the delivery of two frigates.", "signed"),
    ("A contract for 48 howitzers was signed by Kenya and Peru on Monday.", "signed"),
    ("Kenya and Peru will sign a contract on the supply of grain next month.", "planned"),
])
def test_a_contract_signed_is_a_document_of_type_other(extractor: RulesExtractor, text: str,
                                                       status: str) -> None:
    assert [(i.type, i.status) for i in facts(extractor, text).instruments] == [("other", status)]


@pytest.mark.parametrize("text", [
    "The firm won a contract to build a bridge in Lima.",
    "His contract with the club runs until 2027.",
    "The contract workers went on strike in Nairobi.",
])
def test_a_contract_no_one_signs_is_none(extractor: RulesExtractor, text: str) -> None:
    assert facts(extractor, text).instruments == []
