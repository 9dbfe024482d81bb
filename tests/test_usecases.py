"""`ingest_articles`: the one ingest the CLI, the API, the watcher and the notebook API share."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from accord import usecases
from accord.core import Article, ArticleFacts
from accord.errors import ExtractionError, InputError
from accord.extract.rules import meetings
from accord.extract.rules.context import Context
from accord.ingest import IngestOptions
from accord.settings import Settings
from accord.store import IngestRun, Store
from accord.usecases import ingest_articles, read_inputs

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


def test_a_folder_is_read_as_it_is_extracted_and_every_skip_is_counted(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    texts = [FIRST, SECOND, BROKEN.replace("Qxzvbn", "Lima"), "Norway and Chile met in Oslo on 3 May 2025.\n"]
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    (folder / "9-again.txt").write_text(SECOND, encoding="utf-8")  # a repeat among the inputs
    (folder / "2-empty.txt").write_text("", encoding="utf-8")  # unreadable: refused
    (folder / "photo.png").write_bytes(b"\x89PNG")  # not a kind accord reads
    events: list[str] = []
    real_read = usecases.iter_articles

    def reading(paths: list[Path], options: IngestOptions) -> Iterator[Article | InputError]:
        for item in real_read(paths, options):
            events.append(f"read {item.name if isinstance(item, Article) else 'skip'}")
            yield item
        events.append("folder exhausted")

    real_extract = usecases.extract_articles

    def extracting(articles: Iterable[Article], settings: Settings,
                   workers: int = 1) -> Iterator[ArticleFacts | ExtractionError]:
        for facts in real_extract(articles, settings, workers=workers, window=1):
            events.append(f"extracted {facts.article.name if isinstance(facts, ArticleFacts) else '?'}")
            yield facts

    monkeypatch.setattr(usecases, "iter_articles", reading)
    monkeypatch.setattr(usecases, "extract_articles", extracting)
    skipped: list[InputError] = []
    inputs = read_inputs([folder], IngestOptions(), on_skip=skipped.append)
    assert events == []  # nothing is read before extraction asks
    report = ingest_articles(store, inputs, Settings.from_env(), sources=[str(folder)], unread=inputs.unread)

    assert events.index("extracted 0.txt") < events.index("read 3.txt") < events.index("folder exhausted")
    assert [f.article.name for f in report.stored] == ["0.txt", "1.txt", "2.txt", "3.txt"]
    assert (inputs.repeats, len(inputs.refused), len(inputs.unsupported)) == (1, 1, 1)
    assert sorted(Path(e.source).name for e in skipped) == ["2-empty.txt", "photo.png"]
    with store.session() as s:
        run = s.scalars(select(IngestRun).order_by(IngestRun.id.desc())).first()
        assert run is not None and (run.added, run.failed) == (4, 1)  # the unreadable file is counted
    store.close()
