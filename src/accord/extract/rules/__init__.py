"""The default back end: spaCy's parse plus rules and lexicons for the diplomatic genre.

Stages run in order on one parse per article; later stages may use what earlier ones
found (commitments and meetings refer to the people found first).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from accord.core import Article, ArticleFacts
from accord.errors import ConfigError
from accord.extract.rules import commitments, figures, initiatives, instruments, meetings, people, relevance
from accord.extract.rules import gate as sentence_gate
from accord.extract.rules.context import Context
from accord.nlp import KeptParses, load_pipeline, parse_texts
from accord.settings import GATES, Settings

VERSION = "0.2.0"  # 0.2: initiatives
# the parses of undated articles this process extracted, until their second extraction
UNDATED_PARSES = KeptParses()


class RulesExtractor:
    """Rule-and-parse extractor; works offline on CPU."""

    name = "rules"
    version = VERSION

    def __init__(self, model: str, use_gate: bool = False) -> None:
        self.nlp = load_pipeline(model)
        self.gate = sentence_gate.load_gate() if use_gate else None
        if use_gate:
            self.version = f"{VERSION}+gate"  # the facts record that the gate filtered them

    def extract(self, articles: Iterable[Article]) -> Iterator[ArticleFacts]:
        """Yield the facts of each article in input order (one parse per article).

        The parse of an article with no date is kept: once the batch finds its day, it is
        extracted again from that parse (only its dates change), not parsed again.
        """
        batch = list(articles)
        kept = [UNDATED_PARSES.take(a.text) for a in batch]
        docs = parse_texts(self.nlp, (a.text for a, doc in zip(batch, kept, strict=True) if doc is None))
        for article, doc in zip(batch, kept, strict=True):
            doc = doc if doc is not None else next(docs)
            if article.published is None and article.reference_date is None:
                UNDATED_PARSES.keep(article.text, doc)
            yield self.extract_doc(article, doc)

    def extract_doc(self, article: Article, doc: object) -> ArticleFacts:
        """Return the facts of one article from its spaCy parse."""
        from spacy.tokens import Doc

        assert isinstance(doc, Doc)
        ctx = Context(article, doc)
        facts = ArticleFacts(article, self.name, self.version)
        if not relevance.about_relations(doc, len(ctx.country_mentions)):
            return facts  # weather, sport, markets, crime: whatever it counts is no fact of a relation
        facts.people = people.find(ctx)
        ctx.people = facts.people
        facts.figures = figures.find(ctx)
        facts.instruments = instruments.find(ctx)
        facts.meetings = meetings.find(ctx)
        facts.commitments = commitments.find(ctx)
        facts.initiatives = initiatives.find(ctx)
        if self.gate is not None:
            sentence_gate.apply(self.gate, facts, doc)  # the trained sentence gate vetoes candidates
        return facts


def make_extractor(settings: Settings) -> RulesExtractor:
    """Return the rules back end for these settings (the registry names it "rules")."""
    if settings.gate not in GATES:
        raise ConfigError(f"unknown gate {settings.gate!r} (ACCORD_GATE); choose {' or '.join(GATES)}")
    return RulesExtractor(settings.model, settings.gate == "on")
