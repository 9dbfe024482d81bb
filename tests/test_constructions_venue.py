"""A document's subject ends where the place it was signed begins ("… at the Presidential Palace"), less
the pair it is "between" ("between their countries": who signs, round 25), and
a stage told after "the deal" ("for the deal to take effect") is no purpose in its name. Our own wording."""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


@pytest.mark.parametrize(("text", "subject"), [
    ("Egypt and Peru signed a fisheries agreement between their countries at the Presidential Palace on "
     "Monday.", "fisheries agreement"),
    ("Ghana and Norway signed a memorandum of understanding on tourism between the two sides at the State "
     "House in Accra.", "memorandum of understanding on tourism"),
    ("Chile and Oman signed an agreement on visa exemption between the two governments at a ceremony in "
     "Muscat.", "agreement on visa exemption"),
    ("Kenya and Peru signed a trade agreement between their ministries at the Kenyatta International "
     "Convention Centre.", "trade agreement"),
    ("Vietnam and Chile inked an air services agreement between the two countries at the Foreign Ministry "
     "in Hanoi.", "air services agreement"),
])
def test_where_a_document_was_signed_is_not_its_subject(extractor: RulesExtractor, text: str,
                                                       subject: str) -> None:
    found = facts(extractor, text).instruments
    assert [i.subject for i in found] == [subject], found


@pytest.mark.parametrize(("text", "word"), [
    # "at" that is part of what the document is about stays
    ("Egypt and Peru signed an agreement on cooperation at sea between their coast guards.", "sea"),
    ("Ghana and Norway signed a protocol on search and rescue at sea.", "sea"),
])
def test_at_that_is_what_a_document_is_on_stays(extractor: RulesExtractor, text: str, word: str) -> None:
    found = facts(extractor, text).instruments
    assert found and word in found[0].subject, found


@pytest.mark.parametrize("text", [
    "Chile's Senate ratified the trade agreement with Peru, clearing the way for the deal to take effect "
    "next year.",
    "Ghana's parliament approved the tax treaty with Norway, allowing the pact to enter into force in "
    "January.",
    "Kenya ratified the air services agreement with Peru so that the accord can come into force in May.",
    "Oman's council backed the investment treaty with Chile, paving the way for the deal to take effect "
    "soon.",
    "Peru's Congress ratified the fisheries agreement with Egypt, leaving the deal to enter into force "
    "in the spring.",
])
def test_a_stage_after_the_deal_is_no_second_document(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    assert len(found) == 1, found


@pytest.mark.parametrize("text", [
    "Kenya and Peru signed a trade agreement at the Kenyatta International Convention Centre.",
    "Ghana and Norway signed a fisheries protocol in the Treaty Hall of the foreign ministry.",
])
def test_a_document_noun_in_a_buildings_name_is_no_document(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    assert len(found) == 1 and found[0].type != "convention", found


@pytest.mark.parametrize("text", [
    "Peru and Kenya signed a deal to build a fish-processing plant in Mombasa.",
    "Ghana and Norway signed an agreement to take over the management of the port.",
])
def test_a_purpose_in_a_deals_name_stays(extractor: RulesExtractor, text: str) -> None:
    found = facts(extractor, text).instruments
    assert found and " to " in found[0].subject, found


@pytest.mark.parametrize(("text", "subject"), [
    ("Morocco and Brazil signed a memorandum of understanding on visa facilitation on Wednesday.",
     "memorandum of understanding on visa facilitation"),
    ("Ghana and Peru signed an agreement on air services on 4 March.", "agreement on air services"),
    ("Chile and Oman signed a protocol on customs cooperation in January 2026.",
     "protocol on customs cooperation"),
    ("Kenya and Norway signed a treaty on extradition on Monday morning.", "treaty on extradition"),
    ("Egypt and Peru signed a memorandum on tourism at noon on Friday.", "memorandum on tourism"),
])
def test_when_a_document_was_signed_is_not_its_subject(extractor: RulesExtractor, text: str,
                                                      subject: str) -> None:
    found = facts(extractor, text).instruments
    assert [i.subject for i in found] == [subject], found


@pytest.mark.parametrize(("text", "subject"), [
    ("Officials initialled a Mutual Legal Assistance Treaty in New Delhi on Tuesday.",
     "Mutual Legal Assistance Treaty"),
    ("The leaders signed the Chile-Norway Digital Economy Partnership Agreement in Oslo on Tuesday.",
     "Chile-Norway Digital Economy Partnership Agreement"),
    ("Ghana and Peru signed an Extradition Treaty in Accra.", "Extradition Treaty"),
    ("Kenya and Chile signed the Framework Agreement on Fisheries Cooperation in Nairobi last week.",
     "Framework Agreement on Fisheries Cooperation"),
    ("The ministers signed a Memorandum of Understanding on Tourism in Lima on Friday.",
     "Memorandum of Understanding on Tourism"),
])
def test_the_city_a_named_document_was_signed_in_is_not_its_subject(extractor: RulesExtractor, text: str,
                                                                    subject: str) -> None:
    found = facts(extractor, text).instruments
    assert [i.subject for i in found] == [subject], found


@pytest.mark.parametrize(("text", "word"), [
    ("Ghana and Peru signed a Memorandum of Understanding on Cooperation in Fisheries.", "Fisheries"),
    ("Kenya and Chile signed an agreement on investment in infrastructure.", "infrastructure"),
])
def test_a_field_after_in_stays_in_the_subject(extractor: RulesExtractor, text: str, word: str) -> None:
    found = facts(extractor, text).instruments
    assert found and word in found[0].subject, found


@pytest.mark.parametrize(("text", "subject"), [
    ("“We will sit down this afternoon to finalise a roadmap on trade,” he said.", "roadmap on trade"),
    ("“Both sides will sign a memorandum on fisheries,” the minister said.", "memorandum on fisheries"),
    ("\"We hope to conclude an agreement on visas,\" she told reporters.", "agreement on visas"),
    ("“They will soon sign a treaty on extradition,” officials said on Monday.", "treaty on extradition"),
    ("“Peru will sign a protocol on mining,” said the minister.", "protocol on mining"),
])
def test_a_quoted_documents_subject_ends_at_the_closing_quote(extractor: RulesExtractor, text: str,
                                                             subject: str) -> None:
    found = facts(extractor, text).instruments
    assert [i.subject for i in found] == [subject], found
