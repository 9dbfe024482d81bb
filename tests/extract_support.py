"""Extracting one invented text with the rules, for the tests of constructions and stages."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from accord.core import Article, ArticleFacts, Meeting
from accord.extract.rules import RulesExtractor

KINDS = ("instruments", "commitments", "meetings", "people", "figures", "initiatives")


def facts(extractor: RulesExtractor, text: str, *, lead: str = "", published: date = date(2025, 5, 6),
          name: str = "t.txt") -> ArticleFacts:
    """Return what the rules find in `lead + text`, checking that every fact quotes the text exactly."""
    article = Article(name=name, text=lead + text, content_hash=name + text, published=published)
    found = next(extractor.extract([article]))
    for kind in KINDS:
        for fact in getattr(found, kind):
            assert article.text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
    return found


def actions(found: ArticleFacts) -> Sequence[str]:
    return [c.action for c in found.commitments]


def meeting_kinds(found: ArticleFacts) -> list[str]:
    return [m.kind for m in found.meetings]


def meetings(extractor: RulesExtractor, text: str) -> list[Meeting]:
    return list(facts(extractor, text).meetings)


def of_kind(extractor: RulesExtractor, text: str, kind: str) -> list[Meeting]:
    return [m for m in meetings(extractor, text) if m.kind == kind]


def named(meeting: Meeting, name: str) -> bool:
    return any(name in p for p in meeting.participants)


# A sentence of talks between two states, so a lone promise after it has its sides.
TALKS_LEAD = "Ghana and Peru held talks on trade cooperation during the state visit. "

Dated = tuple[str, str | None, str | None]


def dated(extractor: RulesExtractor, text: str) -> list[Dated]:
    """Return each promise's action, deadline as written and deadline resolved, after `TALKS_LEAD`
    (published 6 May 2025)."""
    return [(c.action, c.deadline_text, c.deadline)
            for c in facts(extractor, text, lead=TALKS_LEAD).commitments if c.change is None]
