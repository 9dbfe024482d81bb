"""One state giving another aid, a loan or goods is a report on relations in any words (round 16).

Short items on a donation, a loan or a delivery often use no word of the diplomacy vocabulary but
"embassy" or none at all ("China has donated 500 tonnes of rice to Sri Lanka", "the vessels that
Japan pledged to the Philippines"); the article gate dropped them whole. A giving verb with a state
in its subject and another after "to" (or as its indirect object) keeps the article; sport's "Brazil
handed Argentina a defeat" and a firm delivering to a state do not. Our own wording throughout.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from accord.extract.rules import RulesExtractor, relevance
from accord.settings import DEFAULT_MODEL
from tests.extract_support import facts

DAY = date(2031, 5, 12)
# Words of logistics, no word of diplomacy: the length that makes the gate ask for three cues.
LOGISTICS = (
    " The first trucks left the port on Wednesday morning and reached the northern depots by night."
    " Local officers counted the sacks and loaded them onto smaller lorries for the hill roads."
    " Roads in two districts were still closed after landslides, so some villages will be served by boat."
    " Volunteers at the depots worked through the weekend to sort the load by district and village."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    from accord.nlp import load_pipeline

    return load_pipeline(DEFAULT_MODEL)


@pytest.mark.parametrize("lead", [
    "China has donated 500 tonnes of rice to Sri Lanka for flood-hit families, the Chinese embassy said.",
    "A shipyard said it had delivered the last of the patrol vessels that Japan pledged to the Philippines.",
    "India has supplied 40,000 doses of measles vaccine to Nepal for the spring campaign in the hills.",
    "Kuwait has lent 200 million dollars to Jordan to finish the water pipeline from the aquifer.",
    "Turkey handed over 20 ambulances to Somalia at a ceremony in the capital's main hospital on Monday.",
    "South Korea donated Ghana 30 school buses, which will serve rural districts in the north.",
])
def test_one_state_giving_another_is_about_relations(nlp: Language, extractor: RulesExtractor,
                                                      lead: str) -> None:
    text = lead + LOGISTICS
    assert relevance.about_relations(nlp(text))
    found = facts(extractor, text, published=DAY)
    assert found.figures or found.commitments  # the gift's amount, or the pledge the delivery kept


@pytest.mark.parametrize("lead", [
    "Brazil handed Argentina their first home defeat in ten years with two late goals in Rio on Tuesday.",
    "Brazil gave Chile a scare in the first half before two goals settled the match in Santiago.",
    "A Japanese carmaker delivered 500 pickups to dealers in Kenya, the company said on Tuesday.",
    "Farmers in Kenya supplied 40 tonnes of tea to the auction in Mombasa, the board said.",
])
def test_a_match_a_firm_or_one_state_s_goods_are_not(nlp: Language, lead: str) -> None:
    assert not relevance.about_relations(nlp(lead + LOGISTICS))
