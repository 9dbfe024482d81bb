"""Constructions of commitments (issue 9, comm19), in our own wording.

A state the press names by a form other than its canonical one ("Korea" after a dateline, "Viet Nam") or
by a hyphened name the tagger splits ("Timor-Leste") is a side of the pair, named whole. An act whose
object is the pronoun of a relative clause ("the buses, which Japan pledged to deliver") is done to the
clause's antecedent.
"""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import dated, facts

# --------------------------------------------------------------------------- states named whole


@pytest.mark.parametrize(("text", "actor"), [
    ("Talks on trade\n\nSEOUL, May 2 - Korea and Viet Nam will hold the next round of trade talks in "
     "Hanoi, the ministry said on Tuesday.\n", "South Korea and Vietnam"),
    ("Border deal\n\nDILI, 4 March - Timor-Leste and Indonesia pledged on Monday to reopen two border "
     "crossings by June, officials said.\n", "East Timor and Indonesia"),
    ("Fisheries pact\n\nBISSAU, June 3 (Reuters) - Senegal and Timor-Leste agreed on Friday to set up a "
     "joint fisheries commission.\n", "Senegal and East Timor"),
    ("Language school\n\nDILI, Aug 8 (Lusa) - Timor-Leste and Portugal agreed on Tuesday to set up a joint "
     "language institute.\n", "East Timor and Portugal"),
    ("Border talks\n\nJAKARTA, 8 August - Timor-Leste and Indonesia will hold border talks in October, the "
     "ministry said.\n", "East Timor and Indonesia"),
])
def test_a_state_named_by_a_press_form_is_a_side(extractor: RulesExtractor, text: str, actor: str) -> None:
    assert [c.actor for c in facts(extractor, text).commitments] == [actor]


@pytest.mark.parametrize(("text", "actor"), [
    ("Energy ties\n\nBusan, Nov 12 - Korea and Ghana will sign a memorandum on solar energy next month, "
     "the energy ministry said.\n", "South Korea and Ghana"),
    ("Air links\n\nPRAGUE, April 9 - Czechia and Bosnia-Herzegovina agreed to open a direct flight "
     "between their capitals by September.\n", "Czech Republic and Bosnia and Herzegovina"),
])
def test_a_state_already_named_whole_stays(extractor: RulesExtractor, text: str, actor: str) -> None:
    assert [c.actor for c in facts(extractor, text).commitments] == [actor]


@pytest.mark.parametrize(("text", "entities"), [
    ("The Korea Herald reported that Peru and Chile would hold talks.",
     ["The Korea Herald", "Peru", "Chile"]),
    ("The Korea Development Institute and Peru's central bank signed a note.",
     ["The Korea Development Institute"]),
    ("Viet Nam Airlines and Peru's flag carrier will share codes.", []),
])
def test_no_state_is_made_of_other_names(extractor: RulesExtractor, text: str, entities: list[str]) -> None:
    doc = extractor.nlp(text)
    assert [e.text for e in doc.ents if e.label_ in ("GPE", "ORG")][:len(entities)] == entities
    assert not any(e.label_ == "GPE" and e.text in ("Korea", "Viet Nam") for e in doc.ents)


# --------------------------------------------------------------------- the act's object in a relative clause


@pytest.mark.parametrize(("text", "action"), [
    ("Ghana welcomed the forty tractors, which Peru has pledged to deliver by December.",
     "deliver the forty tractors"),
    ("The new fish market, which Peru agreed to build in Tema, will open to traders from both countries.",
     "build the new fish market in Tema"),
    ("Ghana thanked Peru for the vaccines that it promised to send next month.", "send the vaccines"),
    ("The ministers inspected the bridge that both sides decided to complete by June.",
     "complete the bridge"),
    ("Accra praised the grain silos which Lima has vowed to finance.", "finance the grain silos"),
])
def test_the_object_of_a_relative_clause_is_the_acts(extractor: RulesExtractor, text: str,
                                                     action: str) -> None:
    assert [a for a, _, _ in dated(extractor, text)] == [action]


@pytest.mark.parametrize(("text", "actions"), [
    ("The port, which opened in 2019, handles most of the cocoa.", []),
    ("Ghana will build the road that leads to the border.", ["build the road"]),
])
def test_a_relative_clause_gives_no_object_where_none_is_missing(extractor: RulesExtractor, text: str,
                                                                 actions: list[str]) -> None:
    assert [a for a, _, _ in dated(extractor, text)] == actions
