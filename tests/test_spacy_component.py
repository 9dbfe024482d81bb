"""The spaCy component: `nlp.add_pipe("accord")` sets doc._.accord with token-aligned spans."""

from __future__ import annotations

import doctest
import tomllib

import pytest
import spacy

import accord.spacy_component
from accord.spacy_component import DocFact
from tests.conftest import REPO

TEXT = ("MINSK: Belarusian President Aleksandr Lukashenko received Pakistan's Prime Minister "
        "Shehbaz Sharif for talks on Tuesday. The two sides signed an agreement on cooperation in "
        "education and agreed to set up a joint working group on trade by June 2025.")


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("accord", config={"published": "2025-04-08"})
    return pipeline


def test_doc_gets_its_facts_with_token_aligned_spans(nlp: spacy.language.Language) -> None:
    doc = nlp(TEXT)
    found: list[DocFact] = doc._.accord
    assert {f.kind for f in found} >= {"instruments", "commitments", "people"}
    for item in found:
        ev = item.fact.evidence
        assert TEXT[ev.start:ev.end] == ev.text
        # the span is made of whole tokens and covers the evidence exactly here (it ends on token edges)
        assert (item.span.start_char, item.span.end_char) == (ev.start, ev.end)
        assert item.span.doc is doc
    people = {item.fact.name for item in found if item.kind == "people"}  # type: ignore[attr-defined]
    assert {"Aleksandr Lukashenko", "Shehbaz Sharif"} <= people
    assert doc._.accord_error is None


def test_text_accord_cannot_read_gets_no_facts_and_a_reason(nlp: spacy.language.Language) -> None:
    assert nlp("   ")._.accord == []
    doc = nlp("Le Pakistan et la Biélorussie ont signé hier un accord de coopération commerciale "
              "et culturelle à Minsk, a annoncé le ministère des affaires étrangères.")
    assert doc._.accord == []
    assert doc._.accord_error is not None and doc._.accord_error.startswith("not English")


def test_factory_is_declared_as_a_spacy_entry_point() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    target = project["project"]["entry-points"]["spacy_factories"]["accord"]
    module, _, attr = target.partition(":")
    assert module == accord.spacy_component.__name__
    assert getattr(accord.spacy_component, attr) is accord.spacy_component.make_accord
    assert "accord" in spacy.registry.factories.get_all()


def test_module_doctest() -> None:
    result = doctest.testmod(accord.spacy_component)
    assert result.attempted > 0 and result.failed == 0
