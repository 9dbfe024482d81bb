"""One article that makes extraction raise never costs the rest of its batch."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.cli.app import EXIT_BAD_INPUT, EXIT_EXTRACT_FAILED
from accord.core import Article
from accord.errors import ExtractionError
from accord.extract import extract_articles
from accord.extract.rules import meetings
from accord.extract.rules.context import Context
from accord.settings import Settings

runner = CliRunner()
TRIGGER = "Zyxwvut"  # a word no real article holds: the fault below fires on it alone

GOOD = ("ISLAMABAD, March 3, 2025: Pakistan and Kenya signed a memorandum of understanding on "
        "agriculture on Monday. The two sides agreed to hold the next round of talks in Nairobi.\n")
SECOND = ("NAIROBI, April 9, 2025: Kenya and Pakistan signed an agreement on trade. Officials "
          "said the joint commission will meet next month.\n")
BAD = f"LIMA, May 2, 2025: Peru and Chile met in {TRIGGER}. They signed a treaty on fisheries.\n"


@pytest.fixture
def faulty_meetings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the meetings stage raise on articles that hold TRIGGER (a bug accord might have)."""
    real = meetings.find

    def find(ctx: Context) -> list[object]:
        if TRIGGER in ctx.article.text:
            raise IndexError("no such group")
        return real(ctx)  # type: ignore[return-value]

    monkeypatch.setattr(meetings, "find", find)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b_bad.txt").write_text(BAD, encoding="utf-8")
    (folder / "c_second.txt").write_text(SECOND, encoding="utf-8")
    return folder


def _articles() -> list[Article]:
    return [Article(name=f"{i}.txt", text=t, content_hash=f"h{i}", source=f"/in/{i}.txt")
            for i, t in enumerate((GOOD, BAD, SECOND, BAD + " ", GOOD + " "))]


@pytest.mark.usefixtures("faulty_meetings")
def test_a_failing_article_yields_its_error_in_place_and_the_rest_go_on() -> None:
    out = list(extract_articles(_articles(), Settings.from_env()))
    assert [type(x).__name__ for x in out] == ["ArticleFacts", "ExtractionError", "ArticleFacts",
                                               "ExtractionError", "ArticleFacts"]
    error = out[1]
    assert isinstance(error, ExtractionError)
    assert error.code == "E110" and error.source == "/in/1.txt"
    assert "IndexError: no such group" in str(error) and "\n" not in str(error)


@pytest.mark.usefixtures("faulty_meetings")
def test_ingest_of_a_folder_stores_every_good_article(tmp_path: Path) -> None:
    db, folder = tmp_path / "iso.db", _folder(tmp_path)
    result = runner.invoke(app, ["--db", str(db), "ingest", str(folder)])
    assert result.exit_code == EXIT_EXTRACT_FAILED, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "b_bad.txt" in lines[0] and "[E110]" in lines[0]
    assert "added: 2 articles" in result.stdout and "extraction failed: 1" in result.stdout
    stored = json.loads(runner.invoke(app, ["--db", str(db), "stats", "--json"]).stdout)
    assert stored["articles"] == 2
    # the failed article was kept out of the store, so the next run tries it again
    again = runner.invoke(app, ["--db", str(db), "ingest", str(folder)])
    assert "already in the store: 2" in again.stdout and "extraction failed: 1" in again.stdout


@pytest.mark.usefixtures("faulty_meetings")
def test_extract_of_a_folder_prints_every_good_article(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(_folder(tmp_path)), "--json", "--no-consolidate"])
    assert result.exit_code == EXIT_EXTRACT_FAILED, result.output
    printed = [json.loads(line)["article"] for line in result.stdout.splitlines()]
    assert printed == ["a_good.txt", "c_second.txt"]
    assert "b_bad.txt" in result.stderr and "extraction failed" in result.stderr


def test_a_failed_extraction_outranks_a_bad_input_in_the_exit_status(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path)
    (folder / "d_empty.txt").write_text("", encoding="utf-8")
    only_bad_input = runner.invoke(app, ["extract", str(folder), "--no-consolidate"])
    assert only_bad_input.exit_code == EXIT_BAD_INPUT
    real = meetings.find
    monkeypatch.setattr(meetings, "find", lambda ctx: (_ for _ in ()).throw(ValueError("x"))
                        if TRIGGER in ctx.article.text else real(ctx))
    both = runner.invoke(app, ["extract", str(folder), "--no-consolidate"])
    assert both.exit_code == EXIT_EXTRACT_FAILED
    assert len(both.stderr.splitlines()) == 2  # one line for each, nothing more


def test_an_extraction_error_survives_the_trip_from_a_worker_process() -> None:
    error = ExtractionError.of("x.txt", RuntimeError("a\nlong " + "word " * 80))
    back = pickle.loads(pickle.dumps(error))
    assert isinstance(back, ExtractionError) and str(back) == str(error)
    assert len(error.reason) <= 200 and "\n" not in error.reason


@pytest.mark.usefixtures("faulty_meetings")
def test_two_worker_processes_isolate_alike() -> None:
    out = list(extract_articles(_articles(), Settings.from_env(), workers=2, chunk_size=2))
    # forked workers inherit the fault: the same articles fail in the same places
    assert [isinstance(x, ExtractionError) for x in out] == [False, True, False, True, False]
