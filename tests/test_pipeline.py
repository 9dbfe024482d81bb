"""A batch: extraction, consolidation, and reference dates for undated reports."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from accord.core import ArticleFacts
from accord.ingest import IngestOptions, iter_articles
from accord.nlp import KeptParses
from accord.pipeline import extract_batch
from accord.settings import Settings

DATED = (" date 2031-05-07 OSLO: Norway and Chile on Monday signed a memorandum of understanding "
         "on cooperation in fisheries and an agreement on renewable energy during talks between Prime "
         "Minister Arvid Kessler and Chilean President Ana Rojas in Oslo. Both sides would reconvene "
         "in Santiago within two weeks to finalise an action plan.\n")
UNDATED = ("Norway and Chile signed an MoU on fisheries cooperation and an agreement on renewable "
           "energy during talks between Prime Minister Arvid Kessler and President Ana Rojas in Oslo "
           "today. Another meeting is scheduled in two weeks in Santiago to finalise the action plan.\n")


def _batch(tmp_path: Path, *texts: str) -> list:  # type: ignore[type-arg]
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    articles = [a for a in iter_articles(paths, IngestOptions()) if not isinstance(a, Exception)]
    return [extract_batch(articles, Settings.from_env()), articles]


def test_an_undated_report_takes_the_event_day_from_a_dated_one(tmp_path: Path) -> None:
    batch, _ = _batch(tmp_path, DATED, UNDATED)
    dated, undated = batch.facts
    assert dated.article.published is not None and undated.article.published is None
    assert batch.inferred == {"1.txt": dated.article.published.replace(day=5)}  # Monday 2031-05-05
    deadlines = {c.deadline for c in undated.commitments}
    assert "2031-05-19" in deadlines  # two weeks from the Monday of the talks
    assert undated.to_json()["published"] is None  # inferred, never shown as stated


def test_an_undated_report_alone_keeps_unresolved_deadlines(tmp_path: Path) -> None:
    batch, _ = _batch(tmp_path, UNDATED)
    assert batch.inferred == {}
    assert all(c.deadline is None for c in batch.facts[0].commitments)


def test_unrelated_reports_lend_no_date(tmp_path: Path) -> None:
    other = (" date 2031-05-07 LIMA: Peru and Japan signed an agreement on mining cooperation in Lima "
             "on Monday.\n")
    batch, _ = _batch(tmp_path, other, UNDATED)
    assert batch.inferred == {}


# An article longer than spaCy's max_length (1,000,000 characters): real sentences apart by
# long runs of spaces, which parse fast, and a last paragraph past the millionth character.
LONG_FILLER = "\n\n" + " " * 30_000 + "\n\n"
LONG_TAIL = ("Chile and Norway also agreed to set up a joint commission on fisheries, Foreign Minister "
             "Arvid Kessler said.\n")


def long_text() -> str:
    return LONG_FILLER.join([UNDATED.strip()] * 41) + "\n\n" + LONG_TAIL


def test_an_article_over_spacys_limit_is_parsed_in_pieces_in_a_batch(tmp_path: Path) -> None:
    text = long_text()
    assert len(text) > 1_200_000
    batch, _ = _batch(tmp_path, text, DATED)
    assert not batch.failed
    long_facts, dated = batch.facts
    assert long_facts.article.text == text and dated.instruments
    facts = long_facts.all_facts()
    assert long_facts.instruments and long_facts.people
    for fact in facts:
        assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
    tail = [f for f in facts if f.evidence.start > 1_200_000]
    assert any("joint commission" in f.evidence.text for f in tail)


def test_an_undated_report_is_parsed_once_and_extracted_again_with_its_day(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import accord.extract.rules as rules

    parsed: list[str] = []
    real = rules.parse_texts

    def counting(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
        for text in texts:
            parsed.append(text)
            yield from real(nlp, [text])

    monkeypatch.setattr(rules, "parse_texts", counting)
    monkeypatch.setattr(rules, "UNDATED_PARSES", KeptParses())  # none kept by earlier tests
    batch, articles = _batch(tmp_path, DATED, UNDATED)
    assert batch.inferred and parsed == [DATED, UNDATED]  # redone with its day, from its first parse
    # the facts a fresh parse of the article with that day gives
    monkeypatch.setattr(rules, "parse_texts", real)
    expected = next(iter(rules.RulesExtractor(Settings.from_env().model).extract(
        [replace(articles[1], reference_date=batch.inferred["1.txt"])])))
    assert _unclustered(batch.facts[1]) == _unclustered(expected)


def _unclustered(facts: ArticleFacts) -> list[dict[str, object]]:
    return [{k: v for k, v in f.to_json().items() if k not in ("cluster", "record")}
            for f in facts.all_facts()]
