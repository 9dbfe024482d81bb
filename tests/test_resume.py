"""An ingest cut short and run again, or split into several, leaves the store a single clean ingest would.

Articles are stored one by one as they are extracted; the register and the reference dates
of undated reports are worked out over the whole store at the end of each ingest. So the
store after any grouping of the same articles into ingests, or after a kill and a re-run,
holds the same articles, reference dates, facts, records, record ids and clusters.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from accord.core import Article, ArticleFacts
from accord.errors import ExtractionError
from accord.ingest import IngestOptions, iter_articles
from accord.settings import Settings
from accord.store import Store
from accord.store.models import ArticleRow, FactRow, RecordRow
from accord.usecases import ingest_articles

# Invented reports (real states, made-up events), written for these tests. The undated ones
# can resolve "in two weeks" only once they have the day of the talks from a dated report.
REPORTS = {
    "a-dated.txt": (" date 2031-05-07 OSLO: Norway and Chile on Monday signed a memorandum of "
                    "understanding on cooperation in fisheries and an agreement on renewable energy during "
                    "talks between Prime Minister Arvid Kessler and Chilean President Ana Rojas in Oslo. "
                    "Both sides would reconvene in Santiago within two weeks to finalise an action plan.\n"),
    "b-undated.txt": ("Norway and Chile signed an MoU on fisheries cooperation and an agreement on renewable "
                      "energy during talks between Prime Minister Arvid Kessler and President Ana Rojas in "
                      "Oslo today. Another meeting is scheduled in two weeks in Santiago to finalise the "
                      "action plan.\n"),
    "c-other.txt": (" date 2031-06-02 LIMA: Peru and Japan signed an agreement on mining cooperation in Lima "
                    "on Monday. The two foreign ministers agreed to meet again in Tokyo next month.\n"),
    "d-undated.txt": ("Peru and Japan signed an agreement on mining cooperation in Lima on Monday, after "
                      "talks between the two foreign ministers. They will meet again in Tokyo within a "
                      "month.\n"),
    "e-later.txt": (" date 2031-05-22 SANTIAGO: Norwegian Prime Minister Arvid Kessler arrived in Santiago "
                    "on Wednesday for talks with President Ana Rojas on the fisheries action plan.\n"),
}


def articles(folder: Path, names: Iterable[str]) -> list[Article]:
    paths = []
    folder.mkdir(exist_ok=True)
    for name in names:
        path = folder / name
        path.write_text(REPORTS[name], encoding="utf-8")
        paths.append(path)
    return [a for a in iter_articles(paths, IngestOptions()) if isinstance(a, Article)]


def ingest(db: Path, batch: list[Article]) -> None:
    with Store.open(f"sqlite:///{db}") as store:
        ingest_articles(store, batch, Settings.from_env(), sources=[a.name for a in batch])


def snapshot(db: Path) -> dict[str, Any]:
    """Return what a store holds, without row ids and times (which tell when, not what)."""
    with Store.open(f"sqlite:///{db}") as store, store.session() as s:
        arts = {a.id: a for a in s.scalars(select(ArticleRow))}
        facts = sorted((arts[f.article_id].content_hash, f.kind, f.start, f.end,
                        repr(sorted(f.fields.items())), f.cluster) for f in s.scalars(select(FactRow)))
        return {
            "articles": sorted((a.content_hash, a.published, a.reference_date) for a in arts.values()),
            "facts": facts,
            "records": sorted((r.id, repr(r.fields), repr(r.mentions), repr(r.conflicts), repr(r.links))
                              for r in s.scalars(select(RecordRow))),
        }


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The store after one ingest of every report."""
    tmp = tmp_path_factory.mktemp("clean")
    db = tmp / "clean.db"
    ingest(db, articles(tmp / "in", sorted(REPORTS)))
    return snapshot(db)


def test_an_undated_report_ingested_alone_is_dated_when_its_event_comes_in(
        tmp_path: Path, clean: dict[str, Any]) -> None:
    db = tmp_path / "two.db"
    ingest(db, articles(tmp_path / "in", ["b-undated.txt"]))
    alone = {h: ref for h, _pub, ref in snapshot(db)["articles"]}
    assert list(alone.values()) == [None]  # nothing yet to borrow a day from
    ingest(db, articles(tmp_path / "in", ["a-dated.txt"]))
    dated = {ref for _h, pub, ref in snapshot(db)["articles"] if pub is None}
    assert dated == {date(2031, 5, 5)}  # the Monday of the talks
    with Store.open(f"sqlite:///{db}") as store, store.session() as s:
        rows = s.scalars(select(FactRow).where(FactRow.kind == "commitments"))
        deadlines = {f.fields.get("deadline") for f in rows}
    assert "2031-05-19" in deadlines  # two weeks from the talks, in the undated report too
    ingest(db, articles(tmp_path / "in", sorted(set(REPORTS) - {"a-dated.txt", "b-undated.txt"})))
    assert snapshot(db) == clean


@pytest.mark.parametrize("groups", [
    [["e-later.txt", "d-undated.txt"], ["c-other.txt", "b-undated.txt", "a-dated.txt"]],
    [["a-dated.txt"], ["b-undated.txt"], ["c-other.txt"], ["d-undated.txt"], ["e-later.txt"]],
    [["d-undated.txt", "b-undated.txt"], ["e-later.txt", "a-dated.txt", "c-other.txt"]],
])
def test_any_grouping_into_ingests_gives_the_clean_store(
        tmp_path: Path, clean: dict[str, Any], groups: list[list[str]]) -> None:
    db = tmp_path / "grouped.db"
    for group in groups:
        ingest(db, articles(tmp_path / "in", group))
    assert snapshot(db) == clean


class Interrupted(Exception):
    """Stands for a kill: raised from the progress hook after some articles."""


@pytest.mark.parametrize("after", [0, 1, 2, 4])
def test_an_ingest_cut_short_keeps_what_it_finished_and_a_rerun_completes_it(
        tmp_path: Path, clean: dict[str, Any], after: int) -> None:
    db = tmp_path / "cut.db"
    batch = articles(tmp_path / "in", sorted(REPORTS))
    seen: list[ArticleFacts | ExtractionError] = []

    def stop(item: ArticleFacts | ExtractionError) -> None:
        seen.append(item)
        if len(seen) > after:
            raise Interrupted

    with Store.open(f"sqlite:///{db}") as store, pytest.raises(Interrupted):
        ingest_articles(store, batch, Settings.from_env(), sources=["cut"], on_extracted=stop)
    with Store.open(f"sqlite:///{db}") as store, store.session() as s:
        assert s.scalar(select(func.count()).select_from(ArticleRow)) == after  # kept, each whole
    ingest(db, batch)
    assert snapshot(db) == clean


def test_a_killed_ingest_process_run_again_gives_the_clean_store(tmp_path: Path,
                                                                 clean: dict[str, Any]) -> None:
    folder = tmp_path / "in"
    articles(folder, sorted(REPORTS))
    db = tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "accord", "--db", str(db), "ingest", str(folder)]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists() and _stored(db) >= 1:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.05)
    assert proc.wait(timeout=60) == -signal.SIGKILL  # killed while storing or updating the register
    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert snapshot(db) == clean


def _stored(db: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as conn:
            return int(conn.execute("select count(*) from articles").fetchone()[0])
    except sqlite3.Error:
        return 0
