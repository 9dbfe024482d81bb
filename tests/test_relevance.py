"""Article relevance on articles written for the tests: off-topic ones yield no facts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor, relevance
from accord.settings import DEFAULT_MODEL
from tests.extract_support import facts as extract_facts

WEATHER = (
    "Heavy rain is forecast across the north of the country for the rest of the week, with "
    "temperatures dropping to 4 degrees Celsius on Thursday night. Forecasters said up to 80 "
    "millimetres could fall in 24 hours in the hills, and warned drivers of flooding on the "
    "coastal road. Schools in three districts will close on Friday. The cold spell is expected "
    "to last until the weekend, when skies should clear and temperatures climb back to 15 "
    "degrees. Farmers welcomed the rain after a dry autumn that left reservoirs at 40 percent "
    "of capacity, the lowest level in a decade. The weather service will publish an update on "
    "Wednesday morning and urged residents to avoid travel where possible."
)
SPORT = (
    "The Harbour Sharks have signed Brazilian striker Marco Lima to a two-year deal worth $3 "
    "million, the club said on Monday. Lima, 27, scored 19 goals in 31 games last season and "
    "agreed to the contract after a medical in the morning. He joins Japanese midfielder Ken "
    "Sato, who signed a one-year extension worth $800,000 including a signing bonus. The Sharks "
    "finished fourth last season with 61 points and lost the semi-final 2-1 on penalties. The "
    "coach said the new forward would start in Saturday's opener against the Valley Rovers, "
    "who have won four of their last five matches. Tickets for the game sold out within an "
    "hour, and the club expects a crowd of 32,000."
)
MARKETS = (
    "Shares fell for a third day on Tuesday as investors worried about rising interest rates. "
    "The main index closed down 1.8 percent at 7,412 points, its lowest close since March, "
    "while the currency weakened to 92.4 against the dollar. Bank stocks led the losses, with "
    "two of the largest lenders down more than 3 percent each. Oil prices slipped to $81 a "
    "barrel after inventories rose by 2.1 million barrels. Analysts said trading volumes were "
    "thin ahead of the central bank's decision on Thursday, when most economists expect a "
    "quarter-point rise. Gold gained 0.6 percent as traders sought safer assets, and bond "
    "yields climbed to 4.7 percent, the highest in eleven months."
)
CRIME = (
    "Police arrested three men on Sunday after a night-time raid on a warehouse in the port "
    "district, where officers found 240 kilograms of stolen copper cable. The suspects, aged "
    "between 24 and 41, were charged with theft and handling stolen goods and will appear in "
    "court on Wednesday. A fourth man is still being sought, and detectives have appealed for "
    "witnesses who saw a white van near the docks. The interior minister said thefts of cable "
    "had doubled in two years and cost rail operators about $5 million in repairs. Residents "
    "said the area had seen several break-ins since the summer, and local shop owners have "
    "asked for more patrols at night."
)
TALKS = (
    "The foreign ministers of Norway and Chile held talks in Oslo on Monday and signed a "
    "memorandum of understanding on fisheries research. The two ministers said bilateral "
    "cooperation had grown since the embassy opened in Santiago, and agreed to meet again "
    "next year. Trade between the two countries reached $1.2 billion last year. The Chilean "
    "delegation also visited the port of Bergen, where it was shown a salmon farm run by a "
    "joint venture. Officials said a second agreement, on renewable energy, was being drafted "
    "and could be signed when the Norwegian prime minister visits Chile in the spring."
)


TREATY_PAGE = (
    "Trade agreements with Peru\n"
    "Norway has one free trade agreement (FTA) with Peru, which entered into force on 1 July 2011. "
    "The agreement covers goods, services and public procurement, and exporters can claim lower "
    "tariffs by showing proof of origin. An updated text was concluded in 2023; Peru has ratified "
    "it, while the ratification by Norway is still pending. Until then the 2011 rules apply to "
    "all shipments. Guidance on rules of origin, customs forms and the tariff schedules is "
    "published on this page and updated when either side changes its duties."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    from accord.nlp import load_pipeline

    return load_pipeline(DEFAULT_MODEL)


def facts_of(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return extract_facts(extractor, text)


@pytest.mark.parametrize(
    "text", [WEATHER, SPORT, MARKETS, CRIME], ids=["weather", "sport", "markets", "crime"])
def test_an_article_off_relations_yields_no_facts(extractor: RulesExtractor, text: str) -> None:
    facts = facts_of(extractor, text)
    found = [facts.instruments, facts.commitments, facts.meetings, facts.people, facts.figures]
    assert found == [[], [], [], [], []]


@pytest.mark.parametrize("text", [
    TALKS,
    "Kenya and Peru signed a visa waiver agreement on Friday.",
    "The prime minister received the visiting ambassador of Ghana for a courtesy call. " * 3,
    "Both governments pledged to reopen consulates. Talks between the leaders went well. " * 6,
    "The president met his counterpart and the two sides agreed to expand bilateral trade. " * 8,
    TREATY_PAGE,  # an official page on an FTA's ratification uses treaty law's words instead
])
def test_an_article_about_relations_is_kept(nlp: Language, text: str) -> None:
    assert relevance.about_relations(nlp(text))


def test_the_relations_article_still_yields_its_facts(extractor: RulesExtractor) -> None:
    facts = facts_of(extractor, TALKS)
    assert facts.instruments and facts.meetings and facts.figures


def test_a_one_line_item_is_too_short_to_judge(nlp: Language) -> None:
    assert relevance.about_relations(nlp("The two sides agreed to raise trade to $5 billion."))
    assert not relevance.about_relations(nlp(SPORT))
    assert relevance.diplomacy_cues(nlp(CRIME)) == {"minister"}


@pytest.mark.parametrize("text", [
    "", "...", "Ministers of the Kingdom met the Premier; the MoU and the FTA were signed.",
    "The Embassy said: bilateral ties, ties, TIES! " * 3,
])
def test_the_cues_are_each_token_s_lemma_or_word_in_the_vocabulary(nlp: Language, text: str) -> None:
    doc = nlp(text)
    by_token = {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}
    assert relevance.diplomacy_cues(doc) == by_token & relevance.DIPLOMACY_LEMMAS
    words = sum(not t.is_punct and not t.is_space for t in doc)
    needed = min(relevance.MIN_CUES, words // relevance.WORDS_PER_CUE)
    assert relevance.about_relations(doc) == (len(by_token & relevance.DIPLOMACY_LEMMAS) >= needed)
