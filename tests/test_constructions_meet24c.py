"""Constructions of real reports (round 24, issue 9), meetings' evidence, proved on our own wording.

A visit told first only as under way, the setting of another act ("X, who is on an official visit to Ghana,
met …", "X, currently on a tour of the region, …"), and then reported with its day or its length ("X arrived
in Accra on Sunday for a three-day visit", "made a state visit to Ghana on Monday") is shown by the report:
the scorer matches a meeting on its evidence, and a careful reader quotes where the visit is told, not where
it is a backdrop. A visit told only as under way keeps that mention, as does one whose later mention is
undated, referred back to ("taking this visit as a chance") or one reported first.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# A title and a dateline above the body, so the body's first sentence is no page furniture.
LEAD = "Diplomatic news in brief\n\nACCRA, May 6 (Wire) -- "


def _visit_evidence(extractor: RulesExtractor, text: str) -> list[str]:
    return [m.evidence.text for m in facts(extractor, text, lead=LEAD).meetings if m.kind == "visit"]


# ---------------------------------------------------------- the visit reported after "who is on a visit"

@pytest.mark.parametrize(("text", "reported"), [
    ("President Mahama held talks with President Boluarte, who is on an official visit to Ghana. "
     "Boluarte arrived in Accra on Sunday for a three-day visit and was received by the foreign minister.",
     "visit"),
    ("Peruvian Foreign Minister Elmer Schialer, who is currently on a tour of West Africa, met "
     "President Mahama on Monday. Schialer began his tour in Accra on Sunday.",
     "began"),
    ("The Peruvian president, who is on a state visit to Ghana, toured a cocoa farm. "
     "Boluarte made a state visit to Ghana on Monday at the invitation of President Mahama.",
     "made a state visit"),
    ("President Boluarte, currently on an official visit to Ghana, laid a wreath at the memorial. "
     "Boluarte arrived in Accra on Sunday evening and was welcomed by the vice president.",
     "arrived"),
    ("Ghana's vice president met Peru's trade minister Ursula Desilu, who is on a working visit to Ghana. "
     "Desilu landed in Kumasi on Monday for a four-day working visit.",
     "landed"),
])
def test_a_visit_reported_after_it_is_told_under_way_is_shown_by_the_report(
        extractor: RulesExtractor, text: str, reported: str) -> None:
    shown = _visit_evidence(extractor, text)
    assert len(shown) == 1
    assert reported in shown[0]
    assert text.index(shown[0]) > text.index(". ")


# ------------------------------------------------------------------ the first mention stays

@pytest.mark.parametrize(("text", "shown"), [
    ("President Mahama held talks with President Boluarte, who is on an official visit to Ghana.",
     "on an official visit"),
    ("Boluarte arrived in Accra on Sunday for a three-day visit. Ghana and Peru signed four agreements "
     "during the visit of the Peruvian president.", "arrived"),
    ("Four agreements were signed during President Boluarte's visit to Accra. Taking this visit as a chance, "
     "the two sides also launched a business council.", "during President Boluarte's visit"),
])
def test_a_visit_told_under_way_alone_or_reported_first_keeps_its_mention(
        extractor: RulesExtractor, text: str, shown: str) -> None:
    found = _visit_evidence(extractor, text)
    assert len(found) == 1
    assert shown in found[0]
