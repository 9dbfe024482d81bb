"""Constructions of house styles the dev sets lack (issue 9, gen16), proved on our own wording: a
party's act told in a relative clause on a signed text's terms ("signed an MoU, under which the two
governments will share data", "a deal whereby Chile will supply copper") is an undertaking; the contact
line closing a government press release ("Inquiries: Anna Virtanen, Special Adviser, tel. …") names
no person of the story; "each country" of a pair's text is each of the two, so "300 workers from each
country" is the pair's figure, not a total over all partners.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import actions, facts

# --------------------------------------------------------------------------- "under which X will …"


@pytest.mark.parametrize(("text", "act"), [
    ("The leaders also signed a Memorandum of Understanding on climate change adaptation, under which the "
     "two governments will share early-warning data on cyclones and sea-level rise.",
     "share early-warning data"),
    ("Kenya and Ghana signed an agreement on visas, under which Ghana will issue multiple-entry visas to "
     "Kenyan traders.", "issue multiple-entry visas"),
    ("The two ministers signed a protocol on fisheries under which Norway will train 40 Ghanaian inspectors "
     "every year.", "train 40 Ghanaian inspectors"),
    ("India and Mauritius signed a loan agreement, under which India will finance a new coast guard hospital "
     "in Port Louis.", "finance a new coast guard hospital"),
    ("Chile and Viet Nam signed a supply agreement whereby Chile will supply copper concentrate to "
     "Vietnamese smelters.", "supply copper concentrate"),
    ("Austria and Jordan signed a health agreement under which the Austrian side would train 200 "
     "Jordanian nurses by 2027.", "train 200 Jordanian nurses"),
])
def test_an_act_under_a_signed_texts_terms_is_an_undertaking(extractor: RulesExtractor, text: str,
                                                             act: str) -> None:
    found = facts(extractor, text)
    assert any(act in a for a in actions(found)), actions(found)
    assert any(i.status == "signed" for i in found.instruments)


@pytest.mark.parametrize("text", [
    "Peru and Korea signed an agreement on a gas pipeline through which gas will flow to the coast.",
    "Ghana bought a building in which the embassy will open its consular section.",
    "Kenya signed an MoU with Qatar, under which Kenyan workers could be hired by Qatari firms.",
])
def test_a_clause_describing_a_thing_is_no_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert not actions(facts(extractor, text))


# --------------------------------------------------------------------------- a release's contact line

STORY = "Minister Ville Tavio met Deputy Prime Minister Bui Thanh Son in Helsinki on Tuesday.\n"


@pytest.mark.parametrize(("contact", "name"), [
    ("Inquiries: Anna Virtanen, Special Adviser to the Minister for Foreign Trade, tel. +358 295 350 000",
     "Anna Virtanen"),
    ("Media contact: Head of Press Mette Holm, tel. +45 33 92 00 00", "Mette Holm"),
    ("For more information, please contact: Press Secretary Erik Lind, +46 8 405 10 00", "Erik Lind"),
    ("Enquiries: Kadri Tamm, press officer, Ministry of Foreign Affairs", "Kadri Tamm"),
    ("Contacts: Communication Director Ola Nordmann and adviser Kari Hansen, +47 23 95 00 00", "Kari Hansen"),
    ("For further information: Director General Pekka Mäkinen, tel. +358 295 351 234", "Pekka Mäkinen"),
])
def test_a_release_contact_is_no_person_of_the_story(extractor: RulesExtractor, contact: str,
                                                     name: str) -> None:
    names = [p.name for p in facts(extractor, STORY + contact).people]
    assert "Ville Tavio" in names and not any(name.split()[-1] in n for n in names), names


@pytest.mark.parametrize(("text", "name"), [
    ("The minister said he was in contact with Ambassador Sara Lund throughout the crisis.", "Sara Lund"),
    ("Contact between Foreign Minister Maria Malmer Stenergard and Minister Ahmed Attaf resumed on Monday.",
     "Ahmed Attaf"),
])
def test_contact_told_in_the_story_keeps_its_people(extractor: RulesExtractor, text: str, name: str) -> None:
    assert name in [p.name for p in facts(extractor, text).people]


# --------------------------------------------------------------------------- "from each country"


@pytest.mark.parametrize(("text", "number"), [
    ("Kenya and Qatar agreed on a scheme that would allow up to 300 workers from each country to take "
     "seasonal jobs in the other.", 300),
    ("Under the scheme, up to 300 workers from each country will take seasonal jobs in the other.", 300),
    ("Fiji and Tonga will each offer 25 scholarships to students from each country every year.", 25),
    ("The two countries agreed to post 12 police officers in each country's capital.", 12),
    ("Both sides will send 40 cadets from each nation to the joint academy.", 40),
])
def test_a_count_for_each_of_the_pair_is_the_pairs_figure(extractor: RulesExtractor, text: str,
                                                          number: int) -> None:
    assert number in [f.number for f in facts(extractor, text).figures]


@pytest.mark.parametrize("text", [
    "The United States imposed a 10 percent tariff on all trading partners.",
    "Viet Nam welcomed 17 million tourists from every country last year.",
    "The fund offers $5 million to each partner country.",
])
def test_a_count_over_every_partner_stays_a_total(extractor: RulesExtractor, text: str) -> None:
    assert not facts(extractor, text).figures
