"""Core types: evidence spans, the facts format and its inverse."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from accord.core import (
    FACT_KINDS,
    Article,
    ArticleFacts,
    Commitment,
    Evidence,
    Figure,
    Initiative,
    Instrument,
    Meeting,
    Person,
    fact_from_json,
)


def test_evidence_of_trims_white_space_and_keeps_the_invariant() -> None:
    text = "Pakistan and Belarus signed  an MoU. \n"
    ev = Evidence.of(text, 0, len(text))
    assert ev.text == "Pakistan and Belarus signed  an MoU."
    assert text[ev.start:ev.end] == ev.text


@given(st.text(), st.integers(0, 50), st.integers(0, 50))
def test_evidence_of_always_points_into_the_text(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    ev = Evidence.of(text, start, end)
    assert text[ev.start:ev.end] == ev.text
    assert start <= ev.start <= ev.end <= end


def _sample() -> ArticleFacts:
    text = "ISLAMABAD: Prime Minister Shehbaz Sharif met President Lukashenko. They signed 15 MoUs."
    art = Article(name="a.txt", text=text, content_hash="x", dateline="Islamabad")
    ev = Evidence.of(text, 11, 66)
    facts = ArticleFacts(art, "rules", "0")
    facts.instruments.append(Instrument(type="mou", subject="trade", sectors=("trade",),
                                        parties=("Pakistan", "Belarus"), evidence=ev))
    facts.commitments.append(Commitment(actor="Pakistan", action="visit Belarus", deadline="2025-02",
                                        deadline_text="in February 2025", evidence=ev))
    facts.meetings.append(Meeting(kind="talks", participants=("Shehbaz Sharif",), evidence=ev))
    facts.people.append(Person(name="Shehbaz Sharif", role="Prime Minister", country="Pakistan", evidence=ev))
    facts.figures.append(Figure(value="15", number=15, what="MoUs", evidence=ev))
    facts.initiatives.append(Initiative(type="area", subject="mining", sectors=("mining",), state="proposed",
                                        parties=("Pakistan", "Belarus"), evidence=ev))
    return facts


def test_to_json_has_every_kind_and_the_article_fields() -> None:
    obj = _sample().to_json()
    assert obj["article"] == "a.txt" and obj["dateline"] == "Islamabad" and obj["published"] is None
    for kind in FACT_KINDS:
        assert len(obj[kind]) == 1
        assert obj[kind][0]["cluster"] is None
        assert set(obj[kind][0]["evidence"]) == {"start", "end", "text"}
    assert obj["meetings"][0]["kind"] == "talks"
    assert obj["instruments"][0]["parties"] == ["Pakistan", "Belarus"]


def test_fact_from_json_inverts_to_json() -> None:
    facts = _sample()
    for kind in FACT_KINDS:
        original = getattr(facts, kind)[0]
        assert fact_from_json(kind, original.to_json()) == original


def test_article_skip_spans() -> None:
    art = Article(name="a", text="x" * 20, content_hash="h", skip=((10, 20),))
    assert art.is_skipped(12, 18)
    assert not art.is_skipped(5, 12)
