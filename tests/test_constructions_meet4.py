"""Meeting and commitment constructions added in issue 9 (helper meet4), proved on our own
wording: positives that vary verb, voice, word order and punctuation, and negatives that
share the surface words but not the construction.
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


# --------------------------------------------------------------------------- fact sheet bullets

_SHEET = ("Peru and Canada held their third bilateral energy dialogue in Ottawa, and the ministers "
          "listed these steps of cooperation.\n")


@pytest.mark.parametrize(("lines", "action"), [
    # a heading line the parser joins to the bullet under it
    ("Clean Hydrogen\nExpanding the testing of fuel cells between the two national laboratories.", "expand"),
    ("Critical Minerals (CM)\nSharing survey data on lithium deposits to attract investors.", "shar"),  # tagged a noun: kept as written
    ("Grid Security\nContinuing to train operators in both countries on cyber defence.", "continue"),
    # a heading after a line that ends in a colon, all parsed as one sentence
    ("They named four areas:\nClean Hydrogen\nExpanding the testing of fuel cells at two laboratories.", "expand"),
    # a bare imperative bullet
    ("Continue joint efforts to certify electricians through regional workshops.", "continue"),
    ("Establish a working group on offshore wind permits, including for port upgrades.", "establish"),
    # a gerund bullet with a purpose clause and nothing else
    ("Cooperating to support methane monitoring at gas fields in both countries.", "cooperate"),
])
def test_a_bullet_under_a_heading_or_in_the_imperative_is_an_undertaking(
        extractor: RulesExtractor, lines: str, action: str) -> None:
    found = actions(facts(extractor, _SHEET + lines + "\n"))
    assert len(found) == 1 and found[0].lower().startswith(action)


@pytest.mark.parametrize("lines", [
    "ACHIEVING CLEAN ENERGY: Today the two ministers reviewed the state of the grid.",
    "EXPANDING TRADE: The two sides looked at the figures for last year.",
    "Clean Hydrogen\nExpanding trade in hydrogen is a priority for the region.",
    "Grid Security\nWelcoming the work done by the operators since last year.",
    # concluding or signing a document is an instrument, not a promise
    "Concluding an MOU on grid interconnection, signed between the two ministries.",
    "Clean Hydrogen\nSigning a memorandum on hydrogen certification between the two regulators.",
])
def test_a_run_in_heading_or_a_gerund_subject_is_no_bullet(extractor: RulesExtractor, lines: str) -> None:
    assert actions(facts(extractor, _SHEET + lines + "\n")) == []
