"""Commitments' precision, round 10c (issue 9): the round-10 cues (a present tense dated ahead, a party
bidding its own people, a treaty's "Parties shall") against sentences of our own that look like promises
but are none, and the promises that must stay.
"""

from __future__ import annotations

import pytest

from accord.core import ArticleFacts
from accord.extract.rules import RulesExtractor
from tests.extract_support import actions, facts

# Published Tuesday 6 May 2025; the talks were on Monday 5 May.
_LEAD = "Ghana and Peru held talks in Accra on Monday, the foreign ministry said.\n"


def found_in(extractor: RulesExtractor, text: str) -> ArticleFacts:
    return facts(extractor, text, lead=_LEAD)


# ------------------------------------------------- a present tense that tells a habit or a document's terms


@pytest.mark.parametrize("text", [
    "Each year the joint commission meets in Lima in September.",
    "The joint commission usually meets in Lima in September.",
    "The joint commission normally meets in September.",
    "The committee meets in September every year.",
    "The two foreign ministers traditionally attend the cocoa fair in Kumasi in June.",
    "The protocol provides that the joint commission meets in Lima in September.",
    "The memorandum says the two sides hold consultations in Accra in October.",
    "The agreement stipulates that Peru hosts the trade committee in November.",
    "Microsoft hosts its developer conference in Lima in September.",
    "The airline holds its annual shareholder meeting in Accra in October.",
])
def test_a_habit_a_documents_terms_or_a_firms_event_is_no_plan(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize(("text", "act"), [
    ("The joint commission meets in Lima in September.", "meet in Lima"),
    ("Mahama visits Lima next week.", "visit Lima"),
    ("The two trade ministers sign the fisheries protocol in July, officials said.",
     "sign the fisheries protocol"),
    ("Peru hosts the next round of the political consultations in October.", "host the next round"),
    ("Both foreign ministers attend the cocoa fair in Kumasi in June.", "attend the cocoa fair"),
    ("The Ghanaian foreign minister visits Lima in August, the ministry said.", "visit Lima"),
])
def test_a_present_tense_dated_ahead_stays_a_plan(extractor: RulesExtractor, text: str, act: str) -> None:
    assert [a for a in actions(found_in(extractor, text)) if a.startswith(act)]


# ------------------------------------------------- a bid that is a firm's, or recalled from the past


@pytest.mark.parametrize("text", [
    "The airline asked its officials to resume flights to Lima in June.",
    "The company ordered its engineers to finish the rig survey by September.",
    "The corporation asked its experts to finish the pipeline design by July.",
    "In 2019 the two presidents asked their ministers to draft a road map by 2020.",
    "In 2021 Peru ordered its officials to prepare a plan for the consulate by 2022.",
])
def test_a_firms_or_an_old_bid_undertakes_nothing(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize(("text", "act"), [
    ('"We have asked our teams to finish work on a tax convention before the end of the year," Mahama said.',
     "finish work on a tax convention"),
    ("Mahama ordered his officials to prepare a plan for the Lima consulate by July.",
     "prepare a plan for the Lima consulate"),
    ("On Monday the two presidents asked their ministers to draft a road map by September.",
     "draft a road map"),
    ("Peru has charged its negotiators to close the fisheries chapter within two months.",
     "close the fisheries chapter"),
    ("The ministers urged their agencies to speed up the shea butter licences.",
     "speed up the shea butter licences"),
])
def test_a_party_bidding_its_own_people_still_undertakes(extractor: RulesExtractor, text: str,
                                                         act: str) -> None:
    assert [a for a in actions(found_in(extractor, text)) if a.startswith(act)]


# ------------------------------------------------- a rule of a treaty in force, quoted


@pytest.mark.parametrize("text", [
    "Under Article 5 of the 1998 treaty, the Parties shall consult each other twice a year.",
    "The 2001 agreement provides that the Parties shall exchange information within thirty days.",
    "Under the 2010 air services agreement, the Parties shall designate airlines within 60 days.",
    "Article 12 of the convention states that the Parties shall settle disputes within six months.",
])
def test_a_quoted_rule_of_a_treaty_in_force_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert actions(found_in(extractor, text)) == []


@pytest.mark.parametrize(("text", "act"), [
    ("Under the draft, the Parties shall notify each other of new sanitary rules within 60 days.",
     "notify each other of new sanitary rules"),
    ("The Parties shall exchange information on plant health within thirty days of a request.",
     "exchange information on plant health"),
    ("Under the new agreement, the Parties shall designate contact points within one month of signature.",
     "designate contact points"),
    ("The Contracting Parties shall exchange lists of experts within 90 days.", "exchange lists of experts"),
])
def test_the_new_texts_parties_shall_still_undertake(extractor: RulesExtractor, text: str, act: str) -> None:
    assert [a for a in actions(found_in(extractor, text)) if a.startswith(act)]
