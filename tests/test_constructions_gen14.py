"""Whole-article constructions of agency styles the dev sets lack (issue 9, gen14), proved on our own
wording: an act of the pair's history ("opened its embassy in Nairobi in 1968") is no act reported done;
"During their talks, the two leaders …" is the two leaders' meeting; an invitation to firms is no
promise.
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


# --------------------------------------------------------------------------- "During their talks, the two …"

LEAD = "Prime Minister Shigeru Ishiba and President Shavkat Mirziyoyev agreed on Wednesday to expand trade. "


@pytest.mark.parametrize("text", [
    "During their summit talks at the prime minister's office, the two leaders also agreed to launch a "
    "dialogue.",
    "During their talks in Tokyo, the two leaders agreed to open a direct flight.",
    "At their meeting in Tokyo, both leaders welcomed the new loan.",
    "In their talks at the Akasaka Palace, the two leaders discussed critical minerals.",
    "Over their working lunch, the two leaders spoke about tourism.",
])
def test_their_meeting_told_in_the_leaders_clause_is_the_two_leaders(extractor: RulesExtractor,
                                                                     text: str) -> None:
    found = facts(extractor, LEAD + text).meetings
    theirs = [m for m in found if "their" in m.evidence.text]
    assert theirs and all({"Shigeru Ishiba", "Shavkat Mirziyoyev"} <= set(m.participants) for m in theirs), [
        (m.participants, m.evidence.text) for m in found]


def test_their_talks_stay_apart_from_ministers_talks_of_another_day(extractor: RulesExtractor) -> None:
    text = (LEAD + "During their summit talks, the two leaders also agreed to launch a dialogue. "
            "Separately, Foreign Minister Takeshi Iwaya held talks with his Uzbek counterpart "
            "Bakhtiyor Saidov on Tuesday.")
    talks = [m for m in facts(extractor, text).meetings if m.kind == "talks"]
    assert len(talks) == 2, [(m.participants, m.evidence.text) for m in talks]


@pytest.mark.parametrize("text", [
    "During their talks in Tokyo, the ministers agreed to open a direct flight.",
    "During their visit to Osaka, officials toured a factory.",
])
def test_their_meeting_in_a_clause_of_others_is_not_the_two_leaders(extractor: RulesExtractor,
                                                                    text: str) -> None:
    found = facts(extractor, LEAD + text).meetings
    assert not any("their" in m.evidence.text and "Shigeru Ishiba" in m.participants for m in found)


# --------------------------------------------------------------------------- inviting firms


@pytest.mark.parametrize("text", [
    "Berdimuhamedov, in turn, invited Russian gas companies to take part in the development of the field.",
    "Ruto invited Turkish investors to invest in Kenya's special economic zones.",
    "The president invited Japanese firms to build a car plant near Tashkent.",
    "Marcos invited Malaysian businessmen to take part in the Manila trade fair.",
    "Tokayev invited Mongolian enterprises to join the logistics hub in Khorgos.",
])
def test_an_invitation_to_firms_is_no_promise(extractor: RulesExtractor, text: str) -> None:
    assert not actions(facts(extractor, text))


@pytest.mark.parametrize("text, act", [
    ("Ruto invited Erdogan to visit Nairobi next year.", "visit Nairobi"),
    ("Peru invited Ghana to join the forum.", "join the forum"),
])
def test_an_invitation_to_a_leader_or_state_stays_a_promise(extractor: RulesExtractor, text: str,
                                                            act: str) -> None:
    assert any(act in a for a in actions(facts(extractor, text)))
