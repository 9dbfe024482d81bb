"""Figures and people constructions added for issue 9 (figs4), proved on our own wording:
positives that vary verb, voice, word order and list length, and negatives that share the
surface words but not the construction.
"""

from __future__ import annotations

from datetime import date

import pytest

from accord.core import Article, ArticleFacts
from accord.extract.rules import RulesExtractor
from accord.settings import DEFAULT_MODEL

# Enough of the genre's words that the article is read as one about relations.
LEAD = "Kenya and Chile signed a memorandum of understanding on trade cooperation during the state visit. "


@pytest.fixture(scope="module")
def extractor() -> RulesExtractor:
    return RulesExtractor(DEFAULT_MODEL)


def facts(extractor: RulesExtractor, text: str) -> ArticleFacts:
    article = Article(name="t.txt", text=LEAD + text, content_hash="x", published=date(2025, 5, 6))
    found = next(extractor.extract([article]))
    for kind in ("people", "figures"):
        for fact in getattr(found, kind):
            assert article.text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
    return found


def numbers(extractor: RulesExtractor, text: str) -> list[float | None]:
    return [f.number for f in facts(extractor, text).figures]


def names(extractor: RulesExtractor, text: str) -> list[str]:
    return [p.name for p in facts(extractor, text).people]


# --------------------------------------------------------------------------- figures


@pytest.mark.parametrize(("text", "expected"), [
    ("India will train 1,500 Sri Lankan civil servants over the period.", 1500),
    ("Over 30 Belarusian companies took part in the business forum.", 30),
    ("Ghana will send 200 Ghanaian nurses to Chilean hospitals.", 200),
    ("Scholarships were granted to 45 Kenyan students by the ministry.", 45),
    ("The delegation included 12 Peruvian investors, the ministry said.", 12),
])
def test_a_count_before_a_demonym_counts_its_noun(extractor: RulesExtractor, text: str, expected: float) -> None:
    assert numbers(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "King Abdullah II received the delegation in the palace.",
    "The airline will lease Boeing 737 Max jets from a lessor.",
])
def test_a_number_inside_a_name_is_no_figure(extractor: RulesExtractor, text: str) -> None:
    assert numbers(extractor, text) == []
