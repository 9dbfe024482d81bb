"""Talking to a leader told by any form of "speak"/"talk" ("has spoken with", "after talking with"),
with the one the participle's clause names as a participant; and what both sides "should" or "must"
do, told by one of them, as the two sides' undertaking. Our own wording."""

from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import actions, facts, named


@pytest.mark.parametrize(("text", "kind", "people"), [
    ("Prime Minister Anthony Albanese has spoken with President Prabowo Subianto about the fishing dispute.",
     "call", ("Albanese", "Prabowo")),
    ("Chancellor Friedrich Merz had spoken with President Cyril Ramaphosa twice since January.",
     "call", ("Merz", "Ramaphosa")),
    ("After speaking with Prime Minister Narendra Modi, President William Ruto said tea exports would rise.",
     "talks", ("Modi", "Ruto")),
    ("After talking with Prime Minister Fumio Kishida, President Yoon Suk Yeol said the two nations were "
     "close.", "talks", ("Kishida", "Yoon")),
    ("Before meeting with President Luiz Inacio Lula da Silva in Brasilia, Prime Minister Mark Carney "
     "toured a factory.", "talks", ("Lula", "Carney")),
])
def test_talking_to_a_leader_in_any_verb_form(extractor: RulesExtractor, text: str, kind: str,
                                              people: tuple[str, ...]) -> None:
    found = [m for m in facts(extractor, text).meetings if m.kind == kind]
    assert len(found) == 1, found
    assert all(named(found[0], p) for p in people), found


@pytest.mark.parametrize("text", [
    "Speaking with reporters in Nairobi, President William Ruto praised the tea deal.",
    "President Ruto will be talking with journalists about the budget on Friday.",
])
def test_talking_to_the_press_is_no_meeting(extractor: RulesExtractor, text: str) -> None:
    assert not [m for m in facts(extractor, text).meetings if m.kind in ("talks", "call")]


@pytest.mark.parametrize(("text", "actor", "action"), [
    ("Wang said Thailand and China must promote the early implementation of the rail project.",
     "Thailand and China", "promote the early implementation of the rail project"),
    ("President Ruto said Kenya and India should deepen cooperation on pharmaceuticals.",
     "Kenya and India", "deepen cooperation on pharmaceuticals"),
    ("Macron said France and Vietnam must speed up major joint projects in energy.",
     "France and Vietnam", "speed up major joint projects in energy"),
    ("Chile and Peru should set up a joint commission on fisheries, the foreign minister said.",
     "Chile and Peru", "set up a joint commission on fisheries"),
    ("Ghana's president said both Ghana and Norway must open new shipping routes.",
     "Ghana and Norway", "open new shipping routes"),
])
def test_what_both_sides_should_or_must_do(extractor: RulesExtractor, text: str, actor: str,
                                           action: str) -> None:
    found = facts(extractor, text).commitments
    assert [(c.actor, c.action) for c in found] == [(actor, action)], found


@pytest.mark.parametrize("text", [
    "Analysts said the talks should produce a deal on tariffs.",
    "President Ruto said India should buy more Kenyan tea.",
])
def test_what_one_side_or_a_thing_should_do_is_no_undertaking(extractor: RulesExtractor, text: str) -> None:
    assert not actions(facts(extractor, text)), text
