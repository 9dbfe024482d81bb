"""The figures and people stages run on one invented text, for the figure constructions' tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from accord.core import Article, Figure, Person
from accord.extract.rules import figures, people
from accord.extract.rules.context import Context
from accord.nlp import load_pipeline
from accord.settings import DEFAULT_MODEL

Finder = Callable[[str], list[Figure]]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(DEFAULT_MODEL)


def stage_context(nlp: Language, text: str) -> Context:
    """Return the context one stage reads an invented text in (published 4 March 2025)."""
    article = Article(name="t.txt", text=text, content_hash="x", published=date(2025, 3, 4))
    return Context(article, nlp(text))


@pytest.fixture(scope="module")
def find_figures(nlp: Language) -> Finder:
    return lambda text: figures.find(stage_context(nlp, text))


@pytest.fixture(scope="module")
def find_people(nlp: Language) -> Callable[[str], list[Person]]:
    return lambda text: people.find(stage_context(nlp, text))


def figure_numbers(found: list[Figure]) -> list[float]:
    """Return the numbers of the figures found, in order of size."""
    return sorted(f.number for f in found if f.number is not None)
