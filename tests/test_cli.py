"""`accord ingest`, `facts`, `show`, `stats` on temporary databases."""

from __future__ import annotations

import csv
import io
import json
import shutil
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from sqlalchemy import func, select
from typer.testing import CliRunner, Result

from accord import usecases
from accord.cli import app, store_cmds
from accord.core import Article, ArticleFacts, Evidence, Person
from accord.errors import InputError
from accord.ingest import IngestOptions
from accord.read import CSV_COLUMNS
from accord.store import ArticleRow, FactRow, IngestRun, Store, db
from accord.store.facts import find_article
from tests.test_store import TEXT, sample

runner = CliRunner()
# article text that would do damage if it were read as Rich markup
HOSTILE = "Minister [bold red]Ivan Petrov[/] of [link=https://evil.example]Belarus[/link] spoke.\n"


def run(db: Path, *args: str) -> Result:
    """Return the result of `accord --db DB ARGS...`."""
    return runner.invoke(app, ["--db", str(db), *args])


def stats_of(db: Path) -> dict[str, Any]:
    result = run(db, "stats", "--json")
    assert result.exit_code == 0, result.output
    out: dict[str, Any] = json.loads(result.stdout)
    return out


def samples(examples_dir: Path) -> list[str]:
    """Return the five sample articles (the folder also holds a README)."""
    return [str(p) for p in sorted(examples_dir.glob("*.txt"))]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> tuple[Path, Result]:
    db = tmp_path_factory.mktemp("cli") / "accord.db"
    return db, run(db, "ingest", *samples(examples_dir))


@pytest.fixture
def hand_db(tmp_path: Path) -> Path:
    """Return a store holding one hand-built article of every fact kind and one hostile one."""
    db = tmp_path / "hand.db"
    hostile = Article(name="hostile[1].txt", text=HOSTILE, content_hash=uuid.uuid4().hex)
    start = HOSTILE.index("[bold red]")
    end = HOSTILE.index(" of ")
    with Store.open(f"sqlite:///{db}") as store:
        store.add(sample(name="one.txt"))
        store.add(ArticleFacts(hostile, "test", "1", people=[Person(
            evidence=Evidence(start, end, HOSTILE[start:end]), name="[bold red]Ivan Petrov[/]")]))
    return db


# --- ingest ----------------------------------------------------------------------------


def test_ingest_stores_the_five_samples(ingested: tuple[Path, Result]) -> None:
    db, result = ingested
    assert result.exit_code == 0, result.output
    assert "added: 5 articles" in result.stdout and "already in the store: 0" in result.stdout
    assert "refused: 0" in result.stdout
    assert stats_of(db)["articles"] == 5


def test_ingesting_again_adds_nothing(ingested: tuple[Path, Result], tmp_path: Path,
                                      examples_dir: Path) -> None:
    db = tmp_path / "again.db"
    shutil.copy(ingested[0], db)
    before = run(db, "facts", "--json").stdout
    # the same content twice in one batch is a duplicate too, not a failure
    result = run(db, "ingest", *samples(examples_dir), *samples(examples_dir))
    assert result.exit_code == 0, result.output
    assert "added: 0 articles" in result.stdout and "already in the store: 10" in result.stdout
    assert stats_of(db)["articles"] == 5
    assert run(db, "facts", "--json").stdout == before


def test_a_batch_with_bad_inputs_stores_the_good_one(tmp_path: Path, examples_dir: Path) -> None:
    good = tmp_path / "good.txt"
    shutil.copy(examples_dir / "001_71c46806b95f5b4e.txt", good)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / ("b" * 90 + ".txt")  # longer than a terminal line: still one line
    binary.write_bytes(bytes(range(256)) * 4)
    missing = tmp_path / "missing.txt"
    db = tmp_path / "batch.db"
    result = run(db, "ingest", str(missing), str(empty), str(binary), str(good))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 3, result.stderr
    for path, line in zip((missing, empty, binary), lines, strict=True):
        assert str(path) in line
    assert "refused: 3" in result.stdout and "added: 1 article " in result.stdout
    articles = json.loads(run(db, "facts", "--json").stdout)
    assert {a["article"] for a in articles} <= {"good.txt"}
    assert stats_of(db)["articles"] == 1


def test_each_input_error_is_one_line_and_the_batch_goes_on(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    good = Article(name="ok.txt", text="Pakistan and Belarus met.", content_hash=uuid.uuid4().hex)
    errors = [InputError("/x/" + "long-name-" * 12 + ".txt", "binary file, not text"),
              InputError("/x/[red]odd[/].txt", "empty file")]

    def fake_iter(paths: Sequence[Path], options: IngestOptions) -> Iterator[Article | InputError]:
        yield errors[0]
        yield good
        yield errors[1]

    monkeypatch.setattr(usecases, "iter_articles", fake_iter)
    db = tmp_path / "fake.db"
    result = run(db, "ingest", "anything")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"skipped {e.message}" for e in errors]
    assert stats_of(db)["articles"] == 1


def test_an_interrupted_ingest_keeps_whole_articles_only(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [sample(name=f"{i}.txt") for i in range(3)]

    by_hash = {af.article.content_hash: af for af in articles}

    def fake_extract(batch: Sequence[Article], settings: Any, workers: int = 1) -> Iterator[ArticleFacts]:
        yield from (by_hash[a.content_hash] for a in batch)

    calls = {"n": 0}
    insert_facts = db._insert_facts

    def interrupted_on_second(session: Any, row: Any, facts: ArticleFacts) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # Ctrl-C between the article row and its facts
        insert_facts(session, row, facts)

    monkeypatch.setattr(usecases, "iter_articles", lambda paths, options: iter(a.article for a in articles))
    monkeypatch.setattr(usecases, "extract_articles", fake_extract)
    monkeypatch.setattr(db, "_insert_facts", interrupted_on_second)
    path = tmp_path / "int.db"
    result = run(path, "ingest", "anything")
    assert result.exit_code != 0
    with Store.open(f"sqlite:///{path}") as store, store.session() as s:
        assert s.scalars(select(ArticleRow.name)).all() == ["0.txt"]
        assert s.scalar(select(func.count()).select_from(FactRow)) == 6
        run_row = s.scalars(select(IngestRun)).one()
        assert run_row.finished_at is None  # the run shows it was cut short
    monkeypatch.setattr(db, "_insert_facts", insert_facts)
    again = run(path, "ingest", "anything")  # running again completes the batch
    assert again.exit_code == 0 and "added: 2 articles" in again.stdout
    assert "already in the store: 1" in again.stdout


def test_an_article_the_store_refuses_is_one_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good, bad = sample(name="good.txt"), sample(name="bad.txt")
    bad.people[0].evidence = Evidence(0, 4, "nope")
    by_hash = {af.article.content_hash: af for af in (bad, good)}
    monkeypatch.setattr(usecases, "iter_articles", lambda paths, options: iter(by_hash[h].article
                                                                                  for h in by_hash))
    monkeypatch.setattr(usecases, "extract_articles",
                        lambda batch, settings, workers=1: iter(by_hash[a.content_hash] for a in batch))
    path = tmp_path / "refuse.db"
    result = run(path, "ingest", "anything")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["cannot store bad.txt: people evidence [0:4] does not quote "
                                          "the article text"]
    assert "added: 1 article " in result.stdout and "refused: 1" in result.stdout
    assert stats_of(path)["articles"] == 1


def test_progress_bar_only_on_a_terminal_and_a_long_run(monkeypatch: pytest.MonkeyPatch) -> None:
    assert store_cmds._progress().disable  # tests do not run on a terminal
    monkeypatch.setattr(store_cmds, "err_console", Console(stderr=True, force_terminal=True))
    progress = store_cmds._progress()
    assert not progress.disable
    task = progress.add_task("extracting", total=None)
    facts = ArticleFacts(Article(name="a.txt", text="x", content_hash="0" * 16), "rules", "test")
    try:
        for _ in range(store_cmds.PROGRESS_MIN_ARTICLES - 1):
            store_cmds._extracted(facts, progress, task)
        assert not progress.live.is_started  # a short run shows no bar
        store_cmds._extracted(facts, progress, task)
        assert progress.live.is_started
    finally:
        progress.stop()


def test_ingest_rejects_a_bad_date(tmp_path: Path, examples_dir: Path) -> None:
    result = run(tmp_path / "d.db", "ingest", "--date", "26/13/2024", str(examples_dir))
    assert result.exit_code == 2 and "--date" in result.stderr and "is not a day" in result.stderr


# --- facts -----------------------------------------------------------------------------


def test_facts_json_quotes_are_the_stored_text(ingested: tuple[Path, Result], hand_db: Path) -> None:
    for path in (ingested[0], hand_db):
        result = run(path, "facts", "--json")
        assert result.exit_code == 0, result.output
        records = json.loads(result.stdout)
        with Store.open(f"sqlite:///{path}") as store:
            for r in records:
                text = find_article(store, str(r["article_id"])).article.text
                ev = r["evidence"]
                assert text[ev["start"]:ev["end"]] == ev["text"]
    assert len(json.loads(run(hand_db, "facts", "--json").stdout)) == 7


def test_facts_csv(hand_db: Path) -> None:
    result = run(hand_db, "facts", "--csv", "--kind", "people")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS["facts"]
    assert {r["kind"] for r in rows} == {"people"} and len(rows) == 3
    assert any(r["evidence.text"] == "[bold red]Ivan Petrov[/]" for r in rows)


def test_facts_filters_by_country_and_article(hand_db: Path) -> None:
    belarus = json.loads(run(hand_db, "facts", "--json", "--country", "Belarusian").stdout)
    assert {(r["article"], r["kind"]) for r in belarus} == {("one.txt", "instruments"), ("one.txt", "people")}
    assert json.loads(run(hand_db, "facts", "--json", "--country", "Chile").stdout) == []
    only = json.loads(run(hand_db, "facts", "--json", "--article", "hostile[1].txt").stdout)
    assert [r["article"] for r in only] == ["hostile[1].txt"]


def test_facts_table_shows_text_literally(hand_db: Path) -> None:
    result = run(hand_db, "facts", "--kind", "people")
    assert result.exit_code == 0, result.output
    assert "[bold" in result.stdout and "Petrov" in result.stdout and "3 facts" in result.stdout


@pytest.mark.parametrize("args", [["--kind", "rumours"], ["--json", "--csv"]])
def test_facts_usage_errors(hand_db: Path, args: list[str]) -> None:
    assert run(hand_db, "facts", *args).exit_code == 2


def test_facts_unknown_country_or_article_fails(hand_db: Path) -> None:
    assert run(hand_db, "facts", "--country", "Atlantis").exit_code == 1
    result = run(hand_db, "facts", "--article", "[red]nope[/]")
    assert result.exit_code == 1 and "[red]nope[/]" in result.stderr


# --- show ------------------------------------------------------------------------------


def test_show_prints_the_text_and_a_legend(ingested: tuple[Path, Result]) -> None:
    db = ingested[0]
    result = run(db, "show", "000_846070d1f38a0bf4.txt")
    assert result.exit_code == 0, result.output
    for kind in ("instruments", "commitments", "meetings", "people", "figures"):
        assert kind in result.stdout
    assert "ISLAMABAD: Pakistan and Belarus on Tuesday signed" in result.stdout
    assert run(db, "show", "1").stdout == result.stdout
    assert run(db, "show", "000_846070d1f38a0bf4").stdout == result.stdout


def test_show_unknown_article_fails(ingested: tuple[Path, Result]) -> None:
    result = run(ingested[0], "show", "no-such-article")
    assert result.exit_code == 1 and "no stored article" in result.stderr


def test_show_never_reads_article_text_as_markup(hand_db: Path) -> None:
    result = run(hand_db, "show", "hostile[1].txt")
    assert result.exit_code == 0, result.output
    assert HOSTILE.strip() in result.stdout


def test_show_colours_each_span_by_kind(hand_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(f"sqlite:///{hand_db}") as store:
        record = find_article(store, "one.txt")
    text = store_cmds._highlighted(record)
    styled = {(s.start, s.end): str(s.style) for s in text.spans}
    for fact in record.facts:
        assert styled[(fact.start, fact.end)] == store_cmds.KIND_STYLES[fact.kind]
    assert styled[(0, 11)] == store_cmds.SKIP_STYLE
    # and on a colour terminal the quote arrives wrapped in escape codes
    monkeypatch.setattr(store_cmds, "console", Console(force_terminal=True, color_system="truecolor"))
    out = run(hand_db, "show", "one.txt").stdout
    assert "\x1b[" in out and "Over 150,000" in out and TEXT.split(":")[0] in out


# --- control characters ----------------------------------------------------------------

ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x9b31m\x7f"


@pytest.fixture
def escape_db(tmp_path: Path) -> Path:
    """Return a store whose one article has terminal escape sequences in its name, text and fact."""
    text = f"Minister {ESCAPES}Ivan Petrov\r\nof Belarus spoke{ESCAPES}.\r\n"
    article = Article(name=f"evil{ESCAPES}.txt", text=text, content_hash=uuid.uuid4().hex)
    start, end = text.index(ESCAPES), text.index("\r\nof")
    with Store.open(f"sqlite:///{tmp_path / 'esc.db'}") as store:
        store.add(ArticleFacts(article, "test", "1", people=[Person(
            evidence=Evidence(start, end, text[start:end]), name=text[start:end])]))
    return tmp_path / "esc.db"


def assert_inert(out: str) -> None:
    for control in ("\x1b", "\x9b", "\x07", "\x7f"):
        assert control not in out


@pytest.mark.parametrize("args", [["show", "1"], ["facts"], ["facts", "--json"], ["facts", "--csv"],
                                  ["show", f"evil{ESCAPES}"]])
def test_escape_sequences_from_articles_never_reach_the_terminal(escape_db: Path, args: list[str]) -> None:
    result = run(escape_db, *args)
    assert_inert(result.stdout)
    assert_inert(result.stderr)
    assert "Petrov" in result.stdout


def test_escapes_show_as_pictures_and_json_keeps_their_value(escape_db: Path) -> None:
    assert "\u241b]0;pwned" in run(escape_db, "show", "1").stdout
    [fact] = json.loads(run(escape_db, "facts", "--json").stdout)
    assert fact["evidence"]["text"].startswith(ESCAPES)


def test_show_spans_stay_in_place_with_escapes_and_crlf(escape_db: Path) -> None:
    with Store.open(f"sqlite:///{escape_db}") as store:
        record = find_article(store, "1")
    text = store_cmds._highlighted(record)
    [fact] = record.facts
    [span] = [s for s in text.spans if str(s.style) == store_cmds.KIND_STYLES["people"]]
    assert (span.start, span.end) == (fact.start, fact.end)
    assert text.plain[span.start:span.end].endswith("Ivan Petrov")
    assert len(text.plain) == len(record.article.text)


def test_a_file_name_with_escapes_is_printed_inert(tmp_path: Path) -> None:
    result = run(tmp_path / "a.db", "ingest", str(tmp_path / f"missing{ESCAPES}.txt"))
    assert result.exit_code == 1 and "missing" in result.stderr
    assert_inert(result.stderr)


@pytest.mark.parametrize("width", [40, 200])  # cards and a table
def test_register_tables_print_escapes_inert(capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch, width: int) -> None:
    import importlib

    from accord.cli import tables

    monkeypatch.setattr(importlib.import_module("accord.cli.app").console, "width", width)
    reason = "a reason long enough " * 3 + ESCAPES
    tables.print_rows(["subject", "source", "why"], [[f"trade{ESCAPES}", f"evil{ESCAPES}.txt", reason]],
                      "none")
    out = capsys.readouterr().out
    assert_inert(out)
    assert "trade\u241b" in out


_ROWS = [["com-0633f4a15a", "Belarus and Pakistan", "reconvene to further discuss the roadmap for future "
           "collaboration", "this afternoon (2024-11-26)", "fulfilled", "matched on time by meeting "
           "mtg-0dcaa5baf6 on 2024-11-26 [002_61ef2a6b099915ef.txt 2024-11-26]"],
          ["com-dff6d02753", "Belarus", "reconvene in Minsk", "", "overdue", "deadline passed"]]
_COLUMNS = ("id", "actor", "action", "deadline", "status", "why")


@pytest.mark.parametrize("width", [60, 80, 100, 220])
def test_a_list_never_folds_a_word_at_any_width(capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch, width: int) -> None:
    import importlib

    from accord.cli import tables

    monkeypatch.setattr(importlib.import_module("accord.cli.app").console, "width", width)
    tables.print_rows(_COLUMNS, _ROWS, "none")
    printed = capsys.readouterr().out
    words = {w.strip("[]()") for row in _ROWS for cell in row for w in cell.split()}
    assert words <= {w.strip("[]()│") for w in printed.split()}
    assert max(len(line.rstrip()) for line in printed.splitlines()) <= width


def test_cards_name_their_first_line_once_and_keep_empty_cells_in_place(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    from accord.cli import tables

    monkeypatch.setattr(importlib.import_module("accord.cli.app").console, "width", 80)
    tables.print_rows(_COLUMNS, _ROWS, "none")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "id · actor · deadline · status"
    assert lines[2] == "com-0633f4a15a  Belarus and Pakistan  this afternoon (2024-11-26)  fulfilled"
    assert "com-dff6d02753  Belarus  –  overdue" in lines  # the empty deadline keeps its place
    assert [ln.split(":")[0].strip() for ln in lines if ln.startswith("  ") and ":" in ln] == [
        "action", "why", "action", "why"]


def test_an_empty_list_says_so_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    from accord.cli import tables

    tables.print_rows(_COLUMNS, [], "no commitments match")
    out, err = capsys.readouterr()
    assert out == "" and "no commitments match" in err


# --- stats -----------------------------------------------------------------------------


def test_stats(ingested: tuple[Path, Result], hand_db: Path) -> None:
    data = stats_of(ingested[0])
    assert data["articles"] == 5 and set(data["facts"]) == {
        "instruments", "commitments", "meetings", "people", "figures", "initiatives"}
    assert sum(data["outlets"].values()) == 5
    hand = stats_of(hand_db)
    assert hand["articles"] == 2 and hand["facts"]["people"] == 3
    assert hand["first_published"] == "2024-11-26" and hand["undated"] == 1
    table = run(hand_db, "stats")
    assert table.exit_code == 0 and "articles" in table.stdout and "Dawn: 1" in table.stdout


def test_a_database_that_cannot_be_opened_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "not-a-db").write_bytes(b"this is not SQLite " * 100)
    result = run(tmp_path / "not-a-db", "stats")
    assert result.exit_code == 1 and "error" in result.stderr and "Traceback" not in result.output


HTML_PAGE = """<!doctype html>
<html><head><title>Chile and Norway sign fisheries pact</title>
<meta property="og:site_name" content="The Fjord Herald">
<meta property="article:published_time" content="2025-03-05T10:00:00Z"></head>
<body><nav>Home | World | Subscribe</nav>
<article><h1>Chile and Norway sign fisheries pact</h1>
<p>OSLO: Chile and Norway on Tuesday signed a memorandum of understanding on fisheries and an
agreement on renewable energy during talks between Prime Minister Arvid Kessler and Chilean President
Ana Rojas in Oslo.</p>
<p>The two sides agreed to hold the next round of talks in Santiago within two months, officials
said. More than 40 Norwegian companies attended a business forum on the sidelines of the visit.</p>
</article><footer>All rights reserved</footer></body></html>
"""
FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Andes Wire</title><link>https://example.org</link>
<item><title>Peru, Japan sign mining deal</title><pubDate>Tue, 11 Mar 2025 08:00:00 GMT</pubDate>
<description>&lt;p&gt;LIMA: Peru and Japan signed an agreement on mining cooperation in Lima on Monday,
during a visit by Japanese Foreign Minister Kenji Sato. Japan pledged to train 500 Peruvian
engineers by the end of the year.&lt;/p&gt;</description></item>
<item><title>Peru, Japan to meet again</title><pubDate>Wed, 12 Mar 2025 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Peruvian Foreign Minister Lucia Quispe said Peru and Japan would hold
a joint commission session in Tokyo next month to review the mining agreement signed this
week.&lt;/p&gt;</description>
</item></channel></rss>
"""


def test_html_and_feed_files_are_ingested_and_their_facts_listed(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "in" / "wire.xml").write_text(FEED, encoding="utf-8")
    db = tmp_path / "web.db"
    result = run(db, "ingest", str(tmp_path / "in"))
    assert result.exit_code == 0, result.output
    assert stats_of(db)["articles"] == 3  # the page and two feed entries
    listed = run(db, "facts", "--json")
    facts = json.loads(listed.stdout)
    by_article: dict[str, list[dict[str, Any]]] = {}
    for fact in facts:
        by_article.setdefault(str(fact["article"]), []).append(fact)
    assert len(by_article) == 3
    kinds = {f["kind"] for f in facts}
    assert {"instruments", "people", "commitments"} <= kinds
    subjects = " ".join(str(f["fields"]["subject"]) for f in facts if f["kind"] == "instruments")
    assert "fisheries" in subjects and "mining" in subjects
    deadlines = {f["fields"]["deadline"] for f in facts if f["kind"] == "commitments"}
    assert {"2025-12", "2025-04"} <= deadlines  # "by the end of the year", "next month" in the feed
    with Store.open(f"sqlite:///{db}") as store, store.session() as s:
        for row in s.scalars(select(FactRow)):
            text = s.get(ArticleRow, row.article_id).text  # type: ignore[union-attr]
            assert text[row.start:row.end] == row.quote
            assert "All rights reserved" not in text and "Subscribe" not in text


# --- conflicts on the sample corpus ---------------------------------------------------------


def test_sample_conflicts_are_only_real_disagreements(ingested: tuple[Path, Result]) -> None:
    db, _ = ingested
    found = json.loads(run(db, "conflicts", "--json").stdout)
    # the one real disagreement: reconvening in Minsk "next month" against "within two weeks"
    assert [(c["kind"], c["field"]) for c in found] == [("commitments", "deadline")]
    [minsk] = found
    assert {s["value"] for s in minsk["sides"]} == {"2024-12", "2024-12-10"}
    quotes = {s["value"]: [m["quote"] for m in s["mentions"]] for s in minsk["sides"]}
    assert any("next month" in q for q in quotes["2024-12"])
    assert any("within two weeks" in q for q in quotes["2024-12-10"])
    for side in minsk["sides"]:  # each quoted span once per side
        spans = [(m["article"], m["start"], m["end"]) for m in side["mentions"]]
        assert len(spans) == len(set(spans))
    table = run(db, "conflicts").stdout
    assert "Undertaking to" in table and minsk["record"] in table  # a readable title beside the id
