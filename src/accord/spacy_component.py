"""accord as a spaCy pipeline component: `nlp.add_pipe("accord")` sets `doc._.accord`.

>>> import spacy
>>> import accord.spacy_component
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("accord", config={"published": "2025-04-11"})
>>> doc = nlp("ISLAMABAD: Pakistan and Belarus signed a memorandum of understanding on trade on Friday.")
>>> [(found.kind, found.span.text) for found in doc._.accord if found.kind == "instruments"]
[('instruments', 'Pakistan and Belarus signed a memorandum of understanding on trade on Friday.')]

Each `doc._.accord` item is a `DocFact`: the typed fact (`.fact`, with its character
evidence) and `.span`, the evidence as a span of the doc's tokens. The facts come from
accord's own extractor, which parses the text with accord's pipeline package (whatever the
host pipeline's model is), so the component works after any tokenizer. A text accord cannot
read (empty, not English) gets no facts and the reason in `doc._.accord_error`.

The factory is declared as the entry point `spacy_factories: accord`, so spaCy finds it
without the import once accord is installed; importing this module registers it as well.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from accord.core import Fact
from accord.errors import InputError
from accord.settings import Settings


@dataclass(frozen=True, slots=True)
class DocFact:
    """One fact of a doc, with its evidence as a token-aligned span."""

    fact: Fact
    span: Span

    @property
    def kind(self) -> str:
        return self.fact.fact_kind


def _declare_extensions() -> None:
    for name in ("accord", "accord_error"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class AccordComponent:
    """The pipeline component: finds the doc's facts and aligns their evidence to tokens."""

    def __init__(self, name: str, published: str | None = None, model: str | None = None) -> None:
        self.name = name
        self.published = date.fromisoformat(published) if published else None
        base = Settings.from_env()
        self.settings = replace(base, model=model) if model else base
        _declare_extensions()

    def __call__(self, doc: Doc) -> Doc:
        from accord.library import extract

        doc._.accord, doc._.accord_error = [], None
        if not doc.text.strip():
            return doc
        try:
            found = extract(doc.text, published=self.published, settings=self.settings)
        except InputError as exc:
            doc._.accord_error = exc.reason
            return doc
        doc._.accord = [DocFact(fact, _span(doc, fact)) for fact in found.facts]
        return doc


def _span(doc: Doc, fact: Fact) -> Span:
    """Return the smallest token span covering the fact's evidence."""
    span = doc.char_span(fact.evidence.start, fact.evidence.end, alignment_mode="expand")
    if span is None:  # only when the evidence is all white space, which Evidence.of never gives
        raise ValueError(f"evidence [{fact.evidence.start}:{fact.evidence.end}] covers no token")
    return span


@Language.factory("accord", default_config={"published": None, "model": None})
def make_accord(nlp: Language, name: str, published: str | None, model: str | None) -> AccordComponent:
    """Return the accord component (`published`: YYYY-MM-DD that relative dates resolve against)."""
    return AccordComponent(name, published, model)


_declare_extensions()
