"""Constructions added for articles nobody tuned the rules to (issue 9), proved on our own
wording: several positives varying verb, voice, word order and list length, and negatives
that share the surface words but not the construction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest

from accord.core import Article, ArticleFacts
from accord.extract.rules import RulesExtractor
from accord.settings import DEFAULT_MODEL


@pytest.fixture(scope="module")
def extractor() -> RulesExtractor:
    return RulesExtractor(DEFAULT_MODEL)


def facts(extractor: RulesExtractor, text: str) -> ArticleFacts:
    article = Article(name="t.txt", text=text, content_hash="x", published=date(2025, 5, 6))
    found = next(extractor.extract([article]))
    for kind in ("instruments", "commitments", "meetings", "people", "figures"):
        for fact in getattr(found, kind):
            assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
    return found


def actions(found: ArticleFacts) -> Sequence[str]:
    return [c.action for c in found.commitments]


# --------------------------------------------------------------------------- look forward to


@pytest.mark.parametrize(("text", "action"), [
    ("The two ministers look forward to signing a health agreement next month.", "sign"),
    ("They looked forward to meeting again at the summit in June.", "meet"),
    ("Chile looks forward to hosting the next round of the dialogue in 2026.", "host"),
    ("The United States and Peru look forward to working together on pandemic preparedness.", "work"),
    ("President Lula said he looked forward to welcoming the Chinese leader to Brasilia.", "welcome"),
])
def test_look_forward_to_doing_is_an_undertaking(extractor: RulesExtractor, text: str, action: str) -> None:
    found = actions(facts(extractor, text))
    assert len(found) == 1 and found[0].startswith(action)


@pytest.mark.parametrize("text", [
    "We look forward to the visit of the king.",
    "The minister looked back on the talks with satisfaction.",
    "The delegation looked at ways to expand trade.",
])
def test_looking_forward_to_a_thing_or_elsewhere_is_none(extractor: RulesExtractor, text: str) -> None:
    assert actions(facts(extractor, text)) == []
