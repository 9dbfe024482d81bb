"""Whole-article constructions of agency styles the dev sets lack (issue 9, gen14), proved on our own
wording: an act of the pair's history ("opened its embassy in Nairobi in 1968") is no act reported done;
"agreed to start X and to launch Y", each "to" with a new thing of its own, is two promises.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import actions, facts

# --------------------------------------------------------------------------- history is no act done


@pytest.mark.parametrize("text", [
    "Türkiye opened its embassy in Nairobi in 1968, while Kenya opened its embassy in Ankara in 2012.",
    "Brazil opened an embassy in Accra in 1961.",
    "The consulate in Mombasa was reopened in 2009 after a decade.",
    "Direct flights between Lima and Seoul resumed in 2015.",
    "Peru inaugurated its consulate in Busan in March 2018.",
])
def test_an_act_dated_years_before_the_story_is_no_act_done(extractor: RulesExtractor, text: str) -> None:
    assert not [c for c in facts(extractor, text).commitments if c.change == "done"]


@pytest.mark.parametrize("text", [
    "Saudi Arabia reopened its embassy in Tehran on Sunday.",
    "Kenya opened a consulate in Istanbul in 2024.",
])
def test_an_act_of_the_news_stays_an_act_done(extractor: RulesExtractor, text: str) -> None:
    assert [c for c in facts(extractor, text).commitments if c.change == "done"]


# --------------------------------------------------------------------------- "to X and to Y"


@pytest.mark.parametrize("text, first, second", [
    ("The two leaders agreed to start negotiations on a trade agreement and to launch a dialogue of "
     "foreign ministers.", "start negotiations", "launch a dialogue"),
    ("Ghana and Peru decided to set up a business council and to organise a trade fair in Lima.",
     "set up a business council", "organise a trade fair"),
    ("During their talks, the presidents agreed to establish a joint fund and to create a youth exchange "
     "programme.", "establish a joint fund", "create a youth exchange programme"),
    ("Chile pledged to send a trade mission to Hanoi and to host a tourism fair next spring.",
     "send a trade mission", "host a tourism fair"),
    ("The ministers agreed to draft a roadmap on fisheries and to hold a forum of investors.",
     "draft a roadmap", "hold a forum"),
])
def test_two_infinitives_each_with_a_new_thing_are_two_promises(extractor: RulesExtractor, text: str,
                                                               first: str, second: str) -> None:
    acts = actions(facts(extractor, text))
    assert any(first in a and second not in a for a in acts), acts
    assert any(second in a and first not in a for a in acts), acts


@pytest.mark.parametrize("text", [
    "The sides pledged to sign the protocol and to implement it by June.",
    "The two leaders committed to broaden their dialogue and to pursue deeper cooperation in energy.",
])
def test_an_infinitive_on_the_same_or_an_own_thing_stays_one_promise(extractor: RulesExtractor,
                                                                      text: str) -> None:
    assert len(actions(facts(extractor, text))) == 1, actions(facts(extractor, text))
