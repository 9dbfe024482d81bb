"""The instruments stage on sentences written for the tests (not the dev articles)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from accord.core import Article, Instrument
from accord.extract.rules import instruments
from accord.extract.rules.context import Context
from accord.nlp import load_pipeline
from accord.settings import DEFAULT_MODEL

Find = Callable[[str], list[Instrument]]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(DEFAULT_MODEL)


def finder(nlp: Language, published: date, dateline: str | None = None) -> Find:
    """Return the instrument rules run on a text told on `published` (from `dateline`)."""
    def run(text: str) -> list[Instrument]:
        article = Article(name="t.txt", text=text, content_hash="x", published=published, dateline=dateline)
        found = instruments.find(Context(article, nlp(text)))
        for ins in found:  # every fact quotes the article exactly
            assert text[ins.evidence.start:ins.evidence.end] == ins.evidence.text
        return found
    return run


@pytest.fixture(scope="module")
def find(nlp: Language) -> Find:
    return finder(nlp, date(2025, 3, 6), "Ankara")


def subjects(found: list[Instrument]) -> list[str]:
    return [i.subject for i in found]


# --------------------------------------------------------------------------- lists


def test_list_of_subjects_gives_one_mou_each(find: Find) -> None:
    text = ("Turkey and Azerbaijan signed five memoranda of understanding on Monday. The MoUs signed "
            "at the ceremony cover cooperation in agriculture, science and technology, civil aviation, "
            "and youth and sports.")
    found = find(text)
    assert subjects(found) == ["agriculture", "science and technology", "civil aviation", "youth and sports"]
    assert {i.type for i in found} == {"mou"}
    assert {i.status for i in found} == {"signed"}
    assert [i.sectors for i in found] == [("agriculture",), ("science and technology",), ("aviation",),
                                          ("sport",)]


def test_last_pair_without_serial_comma_is_split(find: Find) -> None:
    text = "Kenya and Ghana signed agreements on tourism, fisheries and higher education on Tuesday."
    assert subjects(find(text)) == ["tourism", "fisheries", "higher education"]


def test_adjective_shared_by_two_nouns_stays_one_subject(find: Find) -> None:
    text = "Agreements were also reached on maritime and climate change cooperation."
    found = find(text)
    assert len(found) == 1
    assert found[0].sectors == ("maritime", "climate change")


def test_and_inside_a_prepositional_phrase_does_not_split(find: Find) -> None:
    text = ("The two governments signed MoUs on data sharing related to drug trafficking and "
            "human smuggling, and postal services.")
    assert subjects(find(text)) == ["data sharing related to drug trafficking and human smuggling",
                                    "postal services"]


def test_areas_such_as_lead_in_is_skipped(find: Find) -> None:
    text = ("Chile and Peru signed several MoUs aimed at boosting cooperation in areas such as "
            "mining, water resources and culture.")
    assert subjects(find(text)) == ["mining", "water resources", "culture"]


def test_summary_across_sectors_is_not_a_list_of_documents(find: Find) -> None:
    text = ("Chile and Peru signed a series of agreements across multiple sectors, including mining, "
            "water and culture.")
    assert find(text) == []


def test_agreed_to_collaborate_right_after_signings_names_agreements(find: Find) -> None:
    text = ("Egypt and Jordan signed MoUs on tourism and health. The two countries also agreed to "
            "collaborate on customs statistics, railway transport and disaster relief.")
    found = find(text)
    assert subjects(found)[2:] == ["customs statistics", "railway transport", "disaster relief"]
    assert {i.type for i in found[2:]} == {"agreement"}


def test_agreed_to_collaborate_without_signings_is_no_instrument(find: Find) -> None:
    text = "Egypt and Jordan agreed to collaborate on customs statistics, railway transport and tourism."
    assert find(text) == []


# --------------------------------------------------------------------------- named instruments


def test_named_instruments_joined_by_as_well_as_are_two(find: Find) -> None:
    text = ("Norway and Chile signed a Social Security Agreement as well as an Agreement on "
            "Cooperation between the foreign ministries of the two countries.")
    found = find(text)
    assert subjects(found) == ["Social Security Agreement",
                               "Agreement on Cooperation between the foreign ministries of the two countries"]
    assert {i.type for i in found} == {"agreement"}


def test_specific_noun_inside_a_generic_one_sets_the_type(find: Find) -> None:
    text = "Oman and Kenya on Monday signed a five-year ‘Action Plan for Maritime Cooperation’ agreement."
    found = find(text)
    assert len(found) == 1 and found[0].type == "programme"


def test_singular_mou_takes_its_subject(find: Find) -> None:
    text = "The two nations also signed an MOU on renewable energy and green hydrogen."
    found = find(text)
    assert subjects(found) == ["MOU on renewable energy and green hydrogen"]
    assert found[0].sectors[:1] == ("energy",)


def test_organisations_between_which_an_mou_is_signed_are_its_parties(find: Find) -> None:
    text = ("The forum also saw the signing of an MoU between the Federation of Chambers and the "
            "National Export Agency to promote exports.")
    found = find(text)
    assert len(found) == 1
    assert found[0].parties == ("the Federation of Chambers", "the National Export Agency")


def test_bracketed_second_noun_keeps_the_first_type(find: Find) -> None:
    text = ("The two sides signed a Programme (Roadmap) of Industrial Cooperation between the Ministry "
            "of Industry of Chile and the Ministry of Production of Peru for 2025-2027.")
    found = find(text)
    assert [i.type for i in found] == ["programme"]
    assert found[0].subject.startswith("Programme (Roadmap) of Industrial Cooperation between the Ministry")


def test_memorandum_without_a_subject_is_not_reported(find: Find) -> None:
    text = "Chile and Peru signed a Memorandum of Understanding (MoU) on Friday."
    assert find(text) == []


def test_a_name_inside_a_name_is_one_instrument(find: Find) -> None:
    text = "The two sides inked a Protocol on amendments to the Transit Trade Agreement."
    found = find(text)
    assert [(i.type, i.subject) for i in found] == [
        ("protocol", "Protocol on amendments to the Transit Trade Agreement")]


def test_package_listing_named_instruments_gives_those_instruments(find: Find) -> None:
    text = ("Oman and Kenya signed eight agreements, including a bilateral investment treaty and an "
            "MoU on port development.")
    found = find(text)
    assert [(i.type, i.subject) for i in found] == [("treaty", "bilateral investment treaty"),
                                                    ("mou", "MoU on port development")]


def test_letter_of_intent_is_an_instrument(find: Find) -> None:
    found = find("The two sides also exchanged a letter of intent on nuclear energy cooperation.")
    assert [(i.type, i.sectors) for i in found] == [("other", ("nuclear",))]


def test_bulleted_list_of_documents_gives_one_instrument_per_line(find: Find) -> None:
    text = ("The following documents were signed in the presence of the two presidents:\n"
            "- Agreement on cooperation in the field of higher education;\n"
            "- Protocol on cooperation between the foreign ministries for 2025-2026;\n"
            "- Memorandum of understanding on cooperation in the field of tourism.")
    found = find(text)
    assert [i.type for i in found] == ["agreement", "protocol", "mou"]
    assert [i.evidence.text[:4] for i in found] == ["- Ag", "- Pr", "- Me"]
    assert found[1].subject == "Protocol on cooperation between the foreign ministries for 2025-2026"
    assert found[1].date == "2025-03-06"  # "2025-2026" is the protocol's period, not its date


def test_list_after_a_colon_inherits_the_signing(find: Find) -> None:
    text = ("Kenya and Ghana signed three MoUs on Friday. The MoUs are:\n\n"
            "- MoU on disaster management and resilience;\n\n"
            "- MoU between the Kenya Ports Authority and the Ghana Ports Authority.")
    found = find(text)
    assert [(i.status, i.evidence.text[:6]) for i in found] == [("signed", "- MoU "), ("signed", "- MoU ")]


def test_deal_is_named_by_its_purpose(find: Find) -> None:
    text = "The ministers signed two deals to expand exports of Kenyan tea to Egypt."
    found = find(text)
    assert subjects(found) == ["two deals to expand exports of Kenyan tea to Egypt"]


# --------------------------------------------------------------------------- status


@pytest.mark.parametrize(("text", "status"), [
    ("Ghana and Togo inked an agreement on border demarcation.", "signed"),
    ("Ghana and Togo will sign an agreement on border demarcation next week.", "planned"),
    ("An agreement on border demarcation is expected to be signed during the visit.", "planned"),
    ("The leaders discussed a possible agreement on border demarcation.", "discussed"),
    ("Togo's parliament ratified the agreement on border demarcation.", "ratified"),
    ("The agreement on border demarcation entered into force in 2021.", "in_force"),
    ("A joint communique was issued at the end of the visit.", "issued"),
    ("The sides agreed to develop a roadmap for energy cooperation.", "planned"),
    ("Talks on a free trade agreement are expected to resume soon.", "discussed"),
    ("The visa waiver agreement, which takes effect on May 1, was signed on Friday.", "signed"),
])
def test_status_follows_tense_and_modality(find: Find, text: str, status: str) -> None:
    found = find(text)
    assert len(found) == 1
    assert found[0].status == status


def test_planned_instrument_has_no_date_and_signed_one_has(find: Find) -> None:
    planned = find("Ghana and Togo will sign an agreement on border demarcation next week.")
    signed = find("Ghana and Togo on Tuesday signed an agreement on border demarcation.")
    assert planned[0].date is None
    assert signed[0].date == "2025-03-04"  # the last Tuesday on or before 6 March 2025
    assert signed[0].place == "Ankara"  # no place in the sentence: the dateline


# --------------------------------------------------------------------------- one fact per document


def test_same_document_twice_is_one_instrument_with_the_most_specific_mention(find: Find) -> None:
    text = ("Oman and Kenya signed a ‘Strategic Partnership Roadmap’ agreement on Monday. "
            "The Strategic Partnership Roadmap between Oman and Kenya for 2025-2030 was signed by the "
            "foreign ministers.")
    found = find(text)
    assert len(found) == 1
    assert found[0].subject == "Strategic Partnership Roadmap between Oman and Kenya for 2025-2030"


def test_same_list_item_in_two_sentences_is_one_instrument(find: Find) -> None:
    text = ("Chile and Peru signed MoUs on mining and culture. Other agreements signed included "
            "partnerships in culture and fisheries.")
    assert subjects(find(text)) == ["mining", "culture", "fisheries"]


def test_names_sharing_one_word_are_different_documents(find: Find) -> None:
    text = ("Oman and Kenya signed an MoU on the Indian Ocean Economic Corridor. They had concluded a "
            "Comprehensive Economic Partnership Agreement in 2022.")
    assert len(find(text)) == 2


def test_documents_of_different_types_in_one_field_stay_apart(find: Find) -> None:
    text = ("Chile and Peru signed an agreement on cooperation between their defence ministries. "
            "They also signed a Programme of Military-Technical Cooperation between the defence ministries.")
    assert [i.type for i in find(text)] == ["agreement", "programme"]


def test_signed_and_planned_roadmaps_are_kept_apart(find: Find) -> None:
    text = ("Oman and Kenya signed the Roadmap for Strategic Partnership for 2025-2030. "
            "The ministers will meet next month to finalise a roadmap for the energy sector.")
    assert [i.status for i in find(text)] == ["signed", "planned"]


def test_two_unnamed_documents_in_a_named_domain(find: Find) -> None:
    text = ("The sides agreed to deepen cooperation in fisheries. Two agreements were signed to "
            "strengthen ties in this domain.")
    found = find(text)
    assert subjects(found) == ["fisheries", "fisheries"]


# --------------------------------------------------------------------------- exclusions


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed 12 MoUs and agreements on Monday.",
    "The leaders reached an agreement that talks should continue.",
    "The president named energy, mining and tourism as key areas for collaboration.",
    "Both sides reaffirmed support for the Paris Agreement and the UN Convention on the Law of the Sea.",
    "The accords were signed in the presence of both leaders.",
    "He announced plans for cultural exchange programs and scholarships.",
    "He said there were no arms deals to announce.",
])
def test_not_an_instrument(find: Find, text: str) -> None:
    assert find(text) == []


def test_empty_article_has_no_instruments(find: Find) -> None:
    assert find("") == []


def test_consensus_agreement_leaves_only_the_roadmap(find: Find) -> None:
    text = "Ghana and Togo have reached an agreement to develop a comprehensive roadmap for trade."
    found = find(text)
    assert [(i.type, i.status) for i in found] == [("roadmap", "planned")]


# --------------------------------------------------------------------------- signatories


def test_exchangers_are_signatories_but_witnesses_are_not(find: Find) -> None:
    exchanged = find("Chile and Peru signed an extradition treaty. Foreign Minister Ana Ruiz and "
                     "Interior Minister Pablo Vera exchanged the documents.")
    witnessed = find("President Ana Ruiz witnessed the signing of an extradition treaty.")
    assert exchanged[0].signatories == ("Ana Ruiz", "Pablo Vera")
    assert witnessed[0].signatories == ()


def test_a_nested_mou_list_is_not_also_read_as_the_package_list(find: Find) -> None:
    text = ("Turkey and Georgia on Thursday signed four agreements, including memoranda of understanding "
            "on railway transport, tourism and youth exchanges.")
    found = find(text)
    assert sorted(subjects(found)) == ["railway transport", "tourism", "youth exchanges"]
    assert {i.type for i in found} == {"mou"}


def test_a_headline_restating_the_body_gives_no_instrument_of_its_own(find: Find) -> None:
    text = ("Turkey and Georgia sign fisheries pact\n"
            "ANKARA: Turkey and Georgia on Thursday signed a memorandum of understanding on fisheries "
            "during talks between the two foreign ministers in Ankara, officials said.\n")
    found = find(text)
    assert [i.type for i in found] == ["mou"] and "fisheries" in found[0].subject


@pytest.mark.parametrize("text", [
    "The signing of the Chile-Peru trade agreement has been delayed because of the election.",
    "The Chile-Peru trade agreement has not been signed yet.",
    "Chile and Peru have yet to sign the trade agreement.",
    "The signing of the trade agreement was postponed to May.",
    "Chile and Peru failed to sign the trade agreement.",
    "Chile and Peru did not sign the fisheries agreement during the visit.",
    "The signing ceremony for the trade agreement was called off.",
])
def test_an_instrument_not_signed_is_never_signed(find: Find, text: str) -> None:
    assert [i.status for i in find(text)] == ["planned"]


@pytest.mark.parametrize("text", [
    "Chile and Peru signed the trade agreement on Monday.",
    "The signing ceremony for the trade agreement was held in Lima on Monday.",
    "The trade agreement, delayed for two years, was finally signed on Monday.",
])
def test_an_instrument_signed_after_a_delay_is_signed(find: Find, text: str) -> None:
    assert [i.status for i in find(text)] == ["signed"]


@pytest.mark.parametrize(("text", "when"), [
    ("Ghana has withdrawn from the fertiliser memorandum it signed with Morocco in 2023, the ministry "
     "said on Monday.", "2023"),
    ("Turkey pulled out of the grain agreement that it signed with Egypt in March 2024.", "2024-03"),
    ("The fisheries agreement, which Turkey signed with Tunisia in 2022, expired from January.", "2022"),
])
def test_a_signing_told_in_passing_keeps_its_own_past_date(find: Find, text: str, when: str) -> None:
    assert [i.date for i in find(text)] == [when]
