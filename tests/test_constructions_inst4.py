"""Instrument constructions of issue 9 (second pass), proved on our own wording: positives
that vary verb, voice, word order and list length, and negatives that share the surface
words but not the construction.
"""

from __future__ import annotations

import pytest

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor
from tests.extract_support import facts


def subjects(found: ArticleFacts) -> list[str]:
    return [i.subject for i in found.instruments]


# --------------------------------------------------------------------------- cited documents


@pytest.mark.parametrize("text", [
    "Both sides intend to fund solar parks, in line with the priorities of the Partnership for Clean Growth.",
    "The two sides will sign projects in accordance with the provisions of the Treaty of Lagos.",
    "The leaders discussed cooperation consistent with the goals of the framework of the Charter of "
    "the Andean Union.",
    "Trade rose in line with the targets of the Roadmap for Economic Cooperation signed last year.",
    "The ministers recalled the importance of the Treaty of Amity, the Protocol on Transit of 2004.",
])
def test_a_document_cited_through_what_it_holds_is_no_instrument(
        extractor: RulesExtractor, text: str) -> None:
    assert subjects(facts(extractor, text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministers discussed the priorities of the new fisheries agreement.", ["new fisheries agreement"]),
    ("They reviewed the goals of the Framework Agreement on Border Trade.",
     ["Framework Agreement on Border Trade"]),
])
def test_a_document_acted_on_through_what_it_holds_stays(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert subjects(facts(extractor, text)) == expected


# --------------------------------------------------------------------------- list anchors


@pytest.mark.parametrize("text", [
    "Peru has concluded trade deals with major partners covering more than half of its exports.",
    "Chile and Kenya began talks on a pact in May, including three rounds of negotiation and ten workshops.",
    "Kenya has signed tariff deals with the companies including Safaricom and Airtel.",
    "Two MoUs between the ministries covered these new arrangements, on top of nine other MoUs signed "
    "by firms.",
    "Ghana signed accords with neighbours covering Togo, Benin and Niger.",
])
def test_a_list_that_another_noun_holds_names_no_instruments(extractor: RulesExtractor, text: str) -> None:
    assert subjects(facts(extractor, text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Seven MoUs were signed in Hanoi, including on tourism, health and customs.",
     ["tourism", "health", "customs"]),
    ("The two sides signed four agreements covering trade, mining and education.",
     ["trade", "mining", "education"]),
    ("Accords covering fisheries and ports were exchanged on Monday.", ["fisheries", "ports"]),
    ("Agreements signed on Monday covered energy, fisheries and ports.", ["energy", "fisheries", "ports"]),
    ("The leaders oversaw the exchange of eight MoUs covering tourism, trade and education.",
     ["tourism", "trade", "education"]),
])
def test_a_list_the_documents_hold_gives_one_each(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert subjects(facts(extractor, text)) == expected


# --------------------------------------------------------------------------- a purpose after the parties


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya Airways signed an MoU with Boeing to lease six freighters.",
     "MoU with Boeing to lease six freighters"),
    ("The utility inked a Memorandum of Understanding with the Ministry of Energy to build two wind farms.",
     "Memorandum of Understanding with the Ministry of Energy to build two wind farms"),
    ("Air Peru concluded a deal with Airbus to buy 20 jets and train 100 pilots.",
     "deal with Airbus to buy 20 jets and train 100 pilots"),
    ("A mining firm signed a memorandum of understanding (MoU) with Ghana to extend its licence and "
     "expand a mine.",
     "memorandum of understanding (MoU) with Ghana to extend its licence and expand a mine"),
    ("The port operator struck an agreement with the city council to dredge the harbour.",
     "agreement with the city council to dredge the harbour"),
])
def test_a_purpose_after_the_parties_belongs_to_the_name(
        extractor: RulesExtractor, text: str, expected: str) -> None:
    assert subjects(facts(extractor, text)) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("They signed the Agreement on Science Cooperation between Chile and Peru to strengthen research.",
     "Agreement on Science Cooperation between Chile and Peru"),
    ("Chile signed an MoU on fisheries with Peru, to the surprise of observers.",
     "MoU on fisheries with Peru"),
    ("The ministry signed an agreement on rail with Siemens to be reviewed next year.",
     "agreement on rail with Siemens"),
])
def test_a_named_document_or_no_purpose_keeps_its_name(
        extractor: RulesExtractor, text: str, expected: str) -> None:
    assert subjects(facts(extractor, text)) == [expected]


# --------------------------------------------------------------------------- coordinated names


@pytest.mark.parametrize(("text", "expected"), [
    ("The leaders welcomed the signing of the Memorandum of Implementation and Letter of Arrangement "
     "for the transfer of two aircraft.", ["Memorandum of Implementation", "Letter of Arrangement"]),
    ("Chile and Peru signed the Treaty of Friendship and Protocol on Fisheries on Monday.",
     ["Treaty of Friendship", "Protocol on Fisheries"]),
    ("The ministers exchanged the Agreement on Air Services, Protocol on Customs and Memorandum on Tourism.",
     ["Agreement on Air Services", "Protocol on Customs", "Memorandum on Tourism"]),
    ("Ghana and Togo inked the Convention on Extradition and Treaty on Mutual Legal Assistance.",
     ["Convention on Extradition", "Treaty on Mutual Legal Assistance"]),
    ("They signed an Agreement on Tourism and Memorandum of Understanding on Health.",
     ["Agreement on Tourism", "Memorandum of Understanding on Health"]),
])
def test_coordinated_names_are_one_document_each(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert subjects(facts(extractor, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya ratified the Agreement on Trade and Economic Cooperation.",
     ["Agreement on Trade and Economic Cooperation"]),
    ("They signed a Memorandum of Understanding and Cooperation Agreement on Fisheries.",
     ["Memorandum of Understanding and Cooperation Agreement on Fisheries"]),
])
def test_one_name_with_inner_coordination_stays_one(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert subjects(facts(extractor, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru signed MoUs on trade and fisheries, among other things.", ["trade", "fisheries"]),
    ("Chile signed the Protocol on Transit and Customs, among others.", ["Protocol on Transit and Customs"]),
    ("Ghana and Togo inked accords on water and energy, among other fields.", ["water", "energy"]),
    ("Kenya and Peru signed the Agreement on Port Services, among other documents.",
     ["Agreement on Port Services"]),
    ("Accords were exchanged on mining and tourism, among other areas of cooperation.",
     ["mining", "tourism"]),
])
def test_a_hedge_after_a_comma_is_no_item_and_no_part_of_a_name(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert subjects(facts(extractor, text)) == expected


# --------------------------------------------------------------------------- goods bought under deals


@pytest.mark.parametrize(("text", "expected"), [
    ("Poland signed arms deals with Korean firms in 2022 to purchase K2 tanks, K9 howitzers and "
     "Chunmoo launchers.",
     ["K2 tanks", "K9 howitzers", "Chunmoo launchers"]),
    ("Norway signed deals with Korean firms in 2023 to buy K9 howitzers, K2 tanks and Chunmoo launchers.",
     ["K9 howitzers", "K2 tanks", "Chunmoo launchers"]),
    ("Romania signed deals in 2024 to purchase Abrams tanks, Patriot batteries and Piranha vehicles.",
     ["Abrams tanks", "Patriot batteries", "Piranha vehicles"]),
    ("Chile signed major deals with Brazilian companies in 2021 to acquire Gripen fighters, Embraer jets and "
     "Tucano trainers.", ["Gripen fighters", "Embraer jets", "Tucano trainers"]),
    ("Peru signed deals with Korean firms to buy K9 howitzers, FA-50 jets and Chunmoo rockets.",
     ["K9 howitzers", "FA-50 jets", "Chunmoo rockets"]),
])
def test_each_good_a_plural_deal_buys_is_one_instrument(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert subjects(facts(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    "The minister told John Smith, Mary Jones and Ali Khan that the deals were signed.",
    "Poland signed deals to purchase tanks and howitzers, officials said.",
])
def test_people_or_a_short_list_give_no_goods(extractor: RulesExtractor, text: str) -> None:
    assert len(subjects(facts(extractor, text))) <= 1


# --------------------------------------------------------------------------- uncounted packages


@pytest.mark.parametrize("text", [
    "Poland clinched additional deals to bolster its military capabilities.",
    "Egypt signed several agreements to modernise its fleet.",
    "They inked further accords to expand the port.",
    "Kenya signed more deals to secure fuel supplies.",
    "Other MoUs were exchanged to improve the roads.",
])
def test_an_uncounted_package_with_one_aim_is_no_instrument(extractor: RulesExtractor, text: str) -> None:
    assert subjects(facts(extractor, text)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru signed three deals to expand the port.", ["three deals to expand the port"]),
    ("Several agreements on trade, health and mining were signed.", ["trade", "health", "mining"]),
])
def test_a_counted_or_listed_package_keeps_its_documents(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert subjects(facts(extractor, text)) == expected


# --------------------------------------------------------------------------- bulleted purchases


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile and Peru commend the commercial deals reached during the visit. This includes:\n"
     "- Purchases of approximately $15 billion of Chilean copper.\n"
     "- Procurement of Peruvian fishmeal worth $2 billion.",
     ["Purchases of Chilean copper", "Procurement of Peruvian fishmeal"]),
    ("The two sides announced contracts worth $9 billion:\n"
     "• Purchase of 30 wide-body aircraft by Kenya Airways.\n"
     "• Supply of liquefied natural gas over ten years.\n"
     "• Sale of wheat to the state grain board.",
     ["Purchase of 30 wide-body aircraft", "Supply of liquefied natural gas",
      "Sale of wheat to the state grain board"]),
    ("Business deals signed at the forum included:\n"
     "1. Acquisition of a stake in the port operator.\n"
     "2. Orders for 12 electric locomotives.",
     ["Acquisition of a stake in the port operator", "Orders for 12 electric locomotives"]),
    ("The leaders welcomed agreements reached by companies:\n"
     "- Imports of $3 billion of Brazilian beef.\n"
     "- Exports of machinery to Brazil.",
     ["Imports of Brazilian beef", "Exports of machinery to Brazil"]),
    ("Ghana and Togo hailed the deals struck on Monday:\n"
     "- Procurement of solar panels.",
     ["Procurement of solar panels"]),
])
def test_each_purchase_line_under_a_package_of_deals_is_one_deal(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    found = facts(extractor, text).instruments
    assert [i.subject for i in found] == expected
    assert all(i.type == "other" for i in found)


@pytest.mark.parametrize("text", [
    "Key steps of the plan include:\n- Purchases of farm goods by the state.\n- Procurement of vaccines.",
    "The two sides signed deals on Monday.\n\nThe ministry said:\n- Purchases of farm goods rose.",
    "Chile and Peru commend the commercial deals reached. This includes:\n- Tariffs on copper will fall.",
])
def test_purchases_under_no_package_or_lines_of_another_kind_are_no_deal(
        extractor: RulesExtractor, text: str) -> None:
    assert [i for i in facts(extractor, text).instruments if i.type == "other"] == []


# --------------------------------------------------------------------------- members of a counted package


@pytest.mark.parametrize(("text", "expected"), [
    ("Three MoUs will be signed on Friday. The first is between Kenya Power and Siemens on grid automation.",
     [("mou", "planned", "between Kenya Power and Siemens on grid automation")]),
    ("Two agreements were signed in Lima. The first is on fisheries research. "
     "The second is on port dredging.",
     [("agreement", "signed", "on fisheries research"), ("agreement", "signed", "on port dredging")]),
    ("The sides will sign four memoranda next week.\nThe second memorandum between the two central banks "
     "covers payment systems.",
     [("mou", "planned", "second memorandum between the two central banks")]),
    ("Ghana and Togo exchanged two agreements. "
     "The first was between their customs services on transit cargo.",
     [("agreement", "signed", "between their customs services on transit cargo")]),
    ("Three deals are expected to be signed. The first is between Air Chile and Airbus on pilot training. "
     "It follows talks. The third deal between LAN and Boeing covers spare parts.",
     [("agreement", "planned", "between Air Chile and Airbus on pilot training"),
      ("agreement", "planned", "third deal between LAN and Boeing")]),
])
def test_the_members_of_a_counted_package_are_told_by_ordinals(
        extractor: RulesExtractor, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = facts(extractor, text).instruments
    assert [(i.type, i.status, i.subject) for i in found] == expected


@pytest.mark.parametrize("text", [
    "The first is between Kenya Power and Siemens on grid automation.",
    "Three MoUs will be signed on Friday. The first meeting is with business leaders in Nairobi.",
    "Two agreements were signed in Lima. The third is on port dredging.",
])
def test_ordinals_without_a_counted_package_or_beyond_it_name_none(
        extractor: RulesExtractor, text: str) -> None:
    assert [i for i in facts(extractor, text).instruments if i.type in ("mou", "agreement")] == []


# --------------------------------------------------------------------------- gerund items


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya and Peru signed deals on tourism, fisheries and fighting drug trafficking.",
     ["tourism", "fisheries", "fighting drug trafficking"]),
    ("Chile signed MoUs on mining and preventing forest fires.", ["mining", "preventing forest fires"]),
    ("Ghana inked accords covering trade, health and protecting wetlands.",
     ["trade", "health", "protecting wetlands"]),
    ("Li announced a series of deals on tourism, fruit trade, green-tech cooperation and "
     "fighting transborder crime.",
     ["tourism", "fruit trade", "green-tech cooperation", "fighting transborder crime"]),
    ("MoUs on energy, transport and training nurses were exchanged.",
     ["energy", "transport", "training nurses"]),
])
def test_a_gerund_coordinated_with_listed_subjects_is_one_more_item(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert subjects(facts(extractor, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two MoUs on trade and investment were signed, boosting ties.", ["trade", "investment"]),
    ("They signed MoUs on trade and health and promised more talks.", ["trade", "health"]),
])
def test_a_verb_after_the_list_is_no_item(extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert subjects(facts(extractor, text)) == expected


# --------------------------------------------------------------------------- furniture before a dateline


@pytest.mark.parametrize(("text", "expected"), [
    ("(LEAD) Kenya signs rail deal with Peru(ATTN: ADDS details in last para) NAIROBI, May 5 (Yonhap) -- "
     "Kenya said Tuesday it has signed an agreement on fisheries with Peru, officials said.",
     ["agreement on fisheries with Peru"]),
    ("Ghana seals port treaty with Togo | World news ACCRA, March 3, 2025 (AFP) - Ghana signed an accord on "
     "customs cooperation with Togo on Monday.", ["accord on customs cooperation with Togo"]),
    ("(2nd LD) Korea, Poland sign arms deal (ATTN: UPDATES) SEOUL, Dec. 30 (Yonhap) -- Hanwha signed an "
     "agreement on missile production with the Polish agency on Monday.",
     ["agreement on missile production with the Polish agency"]),
    ("Brazil clinches beef pact with China (adds quotes) BEIJING, April 2 (Reuters) - Brazil and China "
     "signed a protocol on beef exports on Tuesday.", ["protocol on beef exports"]),
    ("(URGENT) Chile, Peru sign water accord (ATTN: recasts) LIMA, June 1 (Yonhap) -- Chile and Peru "
     "signed a treaty on shared aquifers on Friday.", ["treaty on shared aquifers"]),
])
def test_what_stands_before_a_dateline_on_its_line_is_page_furniture(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    assert subjects(facts(extractor, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("NAIROBI, May 5 (Reuters) - Kenya and Peru signed a rail deal and an agreement on fisheries in Lima.",
     ["rail deal", "agreement on fisheries"]),
    ("Kenya and Peru signed a rail deal and an agreement on fisheries, officials in Nairobi said.",
     ["rail deal", "agreement on fisheries"]),
])
def test_a_body_that_opens_its_line_keeps_its_documents(
        extractor: RulesExtractor, text: str, expected: list[str]) -> None:
    found = subjects(facts(extractor, text))
    assert len(found) == len(expected) and all(f.startswith(e) for f, e in zip(found, expected, strict=True))
