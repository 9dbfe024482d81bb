"""Constructions of real reports (round 24, issue 9), meetings' evidence, proved on our own wording.

A visit told first as the setting of something else ("the deal signed during X's visit to Lima", "X, who is on
an official visit to Ghana, met …", "on a tour of the region") and then reported ("X arrived in Accra on
Monday for a three-day visit", "X made a state visit to Peru") is shown by the report: the scorer matches a
meeting on its evidence, and a careful reader quotes where the visit is told, not where it is a backdrop.
A visit told only as a setting keeps that mention, as does one referred back to ("taking this visit as a
chance") or reported first.
"""
from __future__ import annotations

import pytest

from accord.extract.rules import RulesExtractor
from tests.extract_support import facts

# A title and a dateline above the body, so the body's first sentence is no page furniture.
LEAD = "Diplomatic news in brief\n\nACCRA, May 6 (Wire) -- "


def _visit_evidence(extractor: RulesExtractor, text: str) -> list[str]:
    return [m.evidence.text for m in facts(extractor, text, lead=LEAD).meetings if m.kind == "visit"]


# ------------------------------------------------------------------ the visit reported, after a setting

@pytest.mark.parametrize(("text", "reported"), [
    ("President Mahama held talks with President Boluarte, who is on an official visit to Ghana. "
     "Boluarte arrived in Accra on Sunday for a three-day visit and was received by the foreign minister.",
     "visit and"),
    ("Ghana and Peru signed four agreements during President Boluarte's visit to the Ghanaian capital. "
     "The Peruvian president arrived in Accra on Monday evening and was welcomed by the vice president.",
     "arrived"),
    ("Trade featured in the talks held during the state visit of President Boluarte to Ghana. "
     "Boluarte made a state visit to Ghana on Monday at the invitation of President Mahama.",
     "made a state visit"),
    ("Peruvian Foreign Minister Elmer Schialer, who is currently on a tour of West Africa, met "
     "President Mahama on Monday. Schialer began his tour in Accra on Sunday.",
     "began"),
    ("A memorandum on fisheries was signed on Tuesday during President Boluarte's visit to Accra, the "
     "ministry said. President Boluarte paid a state visit to Ghana from 5 to 7 May.",
     "paid a state visit"),
])
def test_a_visit_reported_after_its_setting_is_shown_by_the_report(extractor: RulesExtractor, text: str,
                                                                     reported: str) -> None:
    shown = _visit_evidence(extractor, text)
    assert len(shown) == 1
    assert reported in shown[0]
    assert text.index(shown[0]) > text.index(". ")


# ------------------------------------------------------------------ the setting stays when nothing reports it

@pytest.mark.parametrize(("text", "shown"), [
    ("President Mahama held talks with President Boluarte, who is on an official visit to Ghana.",
     "on an official visit"),
    ("Boluarte arrived in Accra on Sunday for a three-day visit. Ghana and Peru signed four agreements "
     "during the visit of the Peruvian president.", "arrived"),
    ("President Boluarte made a state visit to Ghana on Monday. Trade featured in the talks held "
     "during the state visit.", "made a state visit"),
    ("Four agreements were signed during President Boluarte's visit to Accra. Taking this visit as a chance, "
     "the two sides also launched a business council.", "during President Boluarte's visit"),
])
def test_a_setting_alone_or_a_visit_reported_first_keeps_its_mention(extractor: RulesExtractor, text: str,
                                                                     shown: str) -> None:
    found = _visit_evidence(extractor, text)
    assert len(found) == 1
    assert shown in found[0]
