"""`ingest_articles`: the one ingest the CLI, the API, the watcher and the notebook API share."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from accord.core import Article
from accord.errors import ExtractionError
from accord.extract.rules import meetings
from accord.extract.rules.context import Context
from accord.settings import Settings
from accord.store import IngestRun, Store
from accord.usecases import ingest_articles

FIRST = ("NAIROBI, June 2, 2025: Kenya and Ghana signed a memorandum of understanding on fisheries. "
         "The two ministers agreed to meet again in Accra next month.\n")
SECOND = ("ACCRA, July 14, 2025: Ghana and Kenya held talks in Accra on fisheries and trade, as agreed "
          "in Nairobi in June.\n")
BROKEN = "LIMA, May 2, 2025: Peru and Chile met in Qxzvbn and signed a treaty on ports.\n"


def _article(name: str, text: str) -> Article:
    return Article(name=name, text=text, content_hash=f"hash-{name}", source=f"/in/{name}")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(f"sqlite:///{tmp_path / 'u.db'}")


def test_ingest_stores_reports_and_records_the_run(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    real = meetings.find

    def find(ctx: Context) -> list[object]:
        if "Qxzvbn" in ctx.article.text:
            raise KeyError("boom")
        return real(ctx)  # type: ignore[return-value]

    monkeypatch.setattr(meetings, "find", find)
    settings = Settings.from_env()
    first = ingest_articles(store, [_article("a.txt", FIRST)], settings, sources=["a.txt"])
    assert [f.article.name for f in first.stored] == ["a.txt"] and first.facts > 0
    assert first.register is not None and first.register.articles == 1

    batch = [_article("a.txt", FIRST), _article("b.txt", SECOND), _article("b2.txt", SECOND),
             _article("c.txt", BROKEN)]
    batch[2] = Article(name="b2.txt", text=SECOND, content_hash="hash-b.txt")  # the same text twice
    second = ingest_articles(store, batch, settings, sources=["folder"], unread=2)
    assert [f.article.name for f in second.stored] == ["b.txt"]
    assert [a.name for a in second.duplicates] == ["a.txt", "b2.txt"]
    assert [type(p) for p in second.problems] == [ExtractionError]
    assert "/in/c.txt" in str(second.problems[0]) and "KeyError" in str(second.problems[0])
    with store.session() as s:
        run = s.scalars(select(IngestRun).order_by(IngestRun.id.desc())).first()
        assert run is not None and run.finished_at is not None
        assert (run.added, run.duplicates, run.failed, run.inputs) == (1, 2, 3, ["folder"])
    store.close()
