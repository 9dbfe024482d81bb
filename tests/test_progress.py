"""The follow-up desk: deadlines, changes and progress counts, and their CLI, API, feeds and PDF."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import feedparser
import pytest
import vobject
from pypdf import PdfReader
from typer.testing import CliRunner

from accord.cli import app
from accord.core import ArticleFacts, Commitment, Instrument, Meeting
from accord.curation import CuratedRegister, apply_curation
from accord.errors import AccordError
from accord.progress import Window, build_progress, deadlines, parse_window
from accord.registry import update_register
from accord.resolve import Record, consolidate
from accord.store import Store
from tests.api_support import TestClient, app_for
from tests.resolve_fixtures import PAIR, all_articles, article, ev

# Invented reports (real states, made-up events) on top of the Chile–Norway fixtures: promises in
# February 2025, a meeting that keeps one, and a roadmap article that reports a setback of two.
PROMISES = ("SANTIAGO: Foreign Minister Ana Soto will visit Oslo in April 2025. "
            "Chile and Norway will hold talks on fisheries in Bergen in May 2025. "
            "The two sides will hold consultations in Valparaiso in March 2025.")
MET = "VALPARAISO: Chilean and Norwegian officials held consultations in Valparaiso on Monday."
ROADMAP = ("OSLO: Chile and Norway adopted a Roadmap for Cooperation 2025-2026 on Tuesday. "
           "Norway will open a trade office in Santiago by June 2025. "
           "The visit of Foreign Minister Ana Soto to Oslo was postponed to September 2025. "
           "The talks on fisheries in Bergen were cancelled.")


def promises() -> ArticleFacts:
    t = PROMISES
    return ArticleFacts(article("p.txt", t, date(2025, 2, 3), outlet="El Diario"), "test", "1", commitments=[
        Commitment(actor="Ana Soto", action="visit Oslo", deadline_text="in April 2025", deadline="2025-04",
                   evidence=ev(t, "Foreign Minister Ana Soto will visit Oslo in April 2025")),
        Commitment(actor="Chile and Norway", action="hold talks on fisheries in Bergen",
                   deadline_text="in May 2025", deadline="2025-05",
                   evidence=ev(t, "Chile and Norway will hold talks on fisheries in Bergen in May 2025")),
        Commitment(actor="The two sides", action="hold consultations in Valparaiso",
                   deadline_text="in March 2025", deadline="2025-03",
                   evidence=ev(t, "The two sides will hold consultations in Valparaiso in March 2025"))])


def met() -> ArticleFacts:
    return ArticleFacts(article("m.txt", MET, date(2025, 3, 10), outlet="El Diario"), "test", "1", meetings=[
        Meeting(kind="talks", participants=(), place="Valparaiso", date="2025-03-10",
                evidence=ev(MET, "held consultations in Valparaiso"))])


def roadmap() -> ArticleFacts:
    t = ROADMAP
    return ArticleFacts(article("d.txt", t, date(2025, 5, 6), outlet="Nordic <Wire>"), "test", "1",
        instruments=[Instrument(type="roadmap", subject="Roadmap for Cooperation 2025-2026", parties=PAIR,
                                status="signed", date="2025-05-06",
                                evidence=ev(t, "adopted a Roadmap for Cooperation 2025-2026"))],
        commitments=[
            Commitment(actor="Norway", action="open a trade office in Santiago", deadline_text="by June 2025",
                       deadline="2025-06",
                       evidence=ev(t, "Norway will open a trade office in Santiago by June 2025")),
            Commitment(actor="Ana Soto", action="visit Oslo", deadline_text="to September 2025",
                       deadline="2025-09", change="postponed",
                       evidence=ev(t, "The visit of Foreign Minister Ana Soto to Oslo was postponed "
                                      "to September 2025")),
            Commitment(actor=None, action="talks on fisheries in Bergen", change="cancelled",
                       evidence=ev(t, "The talks on fisheries in Bergen were cancelled"))])


def desk_facts() -> list[ArticleFacts]:
    return [*all_articles(), promises(), met(), roadmap()]


@pytest.fixture(scope="module")
def register() -> CuratedRegister:
    return apply_curation(consolidate(desk_facts()), [])


def by_action(register: CuratedRegister, action: str) -> Record:
    return next(r for r in register.records.values() if r.fields.get("action") == action)


def trade(record: Record) -> str | None:
    """An owner lookup for the tests: the trade office is the Ministry of Trade's, the rest nobody's."""
    return "Ministry of Trade" if "trade office" in str(record.fields.get("action")) else None


# --------------------------------------------------------------------------- windows


@pytest.mark.parametrize(("text", "end"), [("30d", date(2025, 1, 31)), ("6w", date(2025, 2, 12)),
                                           ("3m", date(2025, 4, 1)), (" 1M ", date(2025, 2, 1))])
def test_a_window_ends_days_weeks_or_months_later(text: str, end: date) -> None:
    assert parse_window(text).end(date(2025, 1, 1)) == end


def test_a_month_window_keeps_to_the_months_last_day() -> None:
    assert Window(1, "m").end(date(2025, 1, 31)) == date(2025, 2, 28)


@pytest.mark.parametrize("text", ["30", "3y", "d", "-3d", "3 days", ""])
def test_a_bad_window_is_a_one_line_error(text: str) -> None:
    with pytest.raises(AccordError, match="number of days, weeks or months") as caught:
        parse_window(text)
    assert caught.value.code == "E503" and "\n" not in caught.value.message


# --------------------------------------------------------------------------- the numbers


def test_progress_counts_each_stage_and_status(register: CuratedRegister) -> None:
    report = build_progress(register, "CL-NO", date(2025, 6, 1))
    t = report.total
    # the MoU of November 2024 was formalised as the April 2025 agreement: one document, counted once
    assert t.instruments["signed"] == 2 and sum(t.instruments.values()) == 2
    # Rojas's visit to Norway (made late, in April) and Soto's visit to Oslo (postponed) are two promises
    assert t.commitments == {"fulfilled": 1, "fulfilled_late": 1, "overdue": 1, "postponed": 1,
                             "cancelled": 1, "open": 1, "no_deadline": 0}
    assert t.meetings == 3  # talks in Santiago, the visit to Oslo, the consultations in Valparaiso
    assert report.title == "Chile and Norway: progress as of 1 Jun 2025"


def test_an_earlier_day_counts_only_what_was_known_then(register: CuratedRegister) -> None:
    t = build_progress(register, "CL-NO", date(2025, 1, 1)).total
    assert t.instruments["signed"] == 1  # the MoU; the agreement and the roadmap came later
    assert t.commitments == {"fulfilled": 0, "fulfilled_late": 0, "overdue": 1, "postponed": 0,
                             "cancelled": 0, "open": 1, "no_deadline": 0}
    assert t.meetings == 1


def test_a_roadmap_counts_the_commitments_and_meetings_of_its_reports(register: CuratedRegister) -> None:
    (road,) = build_progress(register, "CL-NO", date(2025, 6, 1)).roadmaps
    assert road.label == "Roadmap for Cooperation 2025-2026, 6 May 2025"
    assert road.instruments["signed"] == 1
    # its article promises the trade office and reports the visit postponed and the talks cancelled;
    # the setbacks count as the statuses of the promises they are about, not as promises
    assert {k: v for k, v in road.commitments.items() if v} == {"open": 1}
    assert road.meetings == 0


def test_owners_group_and_filter_the_counts(register: CuratedRegister) -> None:
    report = build_progress(register, "CL-NO", date(2025, 6, 1), owner_of=trade)
    assert [t.label for t in report.owners] == ["Ministry of Trade"]
    assert report.owners[0].commitments["open"] == 1
    mine = build_progress(register, "CL-NO", date(2025, 6, 1), owner="ministry of trade", owner_of=trade)
    assert sum(mine.total.commitments.values()) == 1 and sum(mine.total.instruments.values()) == 0
    assert mine.title.endswith("(ministry of trade)")
    with pytest.raises(AccordError, match="no owners"):
        build_progress(register, "CL-NO", date(2025, 6, 1), owner="Ministry of Trade")


def test_changes_since_list_new_records_and_status_moves(register: CuratedRegister) -> None:
    report = build_progress(register, "CL-NO", date(2025, 6, 1), since=date(2025, 1, 1))
    moved = [(c.record, c.before, c.after, c.day) for c in report.changes if c.kind == "status"]
    visit = by_action(register, "visit Norway")  # Rojas's promised visit, made in April (late)
    assert moved == [(visit.id, "open", "fulfilled_late", date(2025, 4, 11))]
    new = {c.title for c in report.changes if c.kind == "new"}
    assert "Roadmap for Cooperation 2025-2026, 6 May 2025" in new
    assert "Undertaking to open a trade office in Santiago (due Jun 2025)" in new
    assert all(date(2025, 1, 1) < c.day <= date(2025, 6, 1) for c in report.changes)
    assert not any("Oslo within two weeks" in c.title for c in report.changes)  # reported in 2024


def test_a_report_needs_a_since_before_its_day_and_a_pair_with_records(register: CuratedRegister) -> None:
    with pytest.raises(AccordError, match="not before"):
        build_progress(register, "CL-NO", date(2025, 6, 1), since=date(2025, 6, 1))
    with pytest.raises(AccordError, match="nothing about the pair"):
        build_progress(register, "BY-PK", date(2025, 6, 1))


def test_deadlines_are_due_overdue_or_postponed(register: CuratedRegister) -> None:
    found = deadlines(register, date(2025, 6, 1), parse_window("30d"))
    assert [(d.record.fields["action"], d.status, d.due) for d in found] == [
        ("meet in Oslo", "overdue", date(2024, 12, 2)),
        ("open a trade office in Santiago", "open", date(2025, 6, 30))]
    assert found[1].sources == ("Nordic <Wire>",)
    assert found[0].sources == ("Ministry of Foreign Affairs of Norway (official)", "Daily Courier")
    # four months reach the postponement's new date; a cancelled or kept promise is never due
    later = deadlines(register, date(2025, 6, 1), parse_window("4m"))
    assert [(d.status, d.due) for d in later][-1] == ("postponed", date(2025, 9, 30))
    assert {d.status for d in later} == {"overdue", "open", "postponed"}
    assert deadlines(register, date(2025, 6, 1), parse_window("30d"), pair="BY-PK") == []


def test_deadlines_of_one_owner(register: CuratedRegister) -> None:
    found = deadlines(register, date(2025, 6, 1), parse_window("30d"), owner="Ministry of Trade",
                      owner_of=trade)
    assert [(d.record.fields["action"], d.owner) for d in found] == [
        ("open a trade office in Santiago", "Ministry of Trade")]


# --------------------------------------------------------------------------- CLI, API, feeds, PDF

runner = CliRunner()


@pytest.fixture(scope="module")
def desk_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a store holding the desk's invented reports and their register."""
    db = tmp_path_factory.mktemp("desk") / "desk.db"
    with Store.open(f"sqlite:///{db}") as store:
        for facts in desk_facts():
            store.add(facts)
        update_register(store)
    return db


def cli(db: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def test_due_lists_deadlines_as_json_csv_and_a_table(desk_db: Path) -> None:
    code, out, _ = cli(desk_db, "due", "--as-of", "2025-06-01", "--within", "4m", "--pair", "NO-CL", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [(r["status"], r["due"]) for r in rows] == [("overdue", "2024-12-02"), ("open", "2025-06-30"),
                                                      ("postponed", "2025-09-30")]
    assert set(rows[0]) >= {"what", "due", "status", "owner", "record", "sources"}
    code, out, _ = cli(desk_db, "due", "--as-of", "2025-06-01", "--csv")
    assert code == 0 and out.splitlines()[0].startswith('"due","status","what","owner","record","sources"')
    assert len(out.splitlines()) == 3
    code, out, _ = cli(desk_db, "due", "--as-of", "2025-06-01")
    assert code == 0 and "trade" in out and "office" in out and "overdue" in out
    assert max(len(line) for line in out.splitlines()) <= 80  # readable on an 80-column terminal


def test_due_refuses_a_bad_window_in_one_line(desk_db: Path) -> None:
    code, _, err = cli(desk_db, "due", "--within", "3y")
    assert code == 2 and err.strip().count("\n") == 0 and "--within" in err


def test_progress_prints_counts_json_html_and_pdf(desk_db: Path, tmp_path: Path) -> None:
    html, pdf = tmp_path / "p.html", tmp_path / "p.pdf"
    code, out, _ = cli(desk_db, "progress", "--pair", "CL-NO", "--as-of", "2025-06-01",
                       "--since", "2025-01-01", "--html", str(html), "--pdf", str(pdf))
    assert code == 0
    assert "Commitments: kept on time 1, kept late 1, overdue 1, postponed 1, cancelled 1, open 1" in out
    assert "Changes since 2025-01-01" in out
    page = html.read_text()
    assert "<style>" in page and "Nordic &lt;Wire&gt;" in page and "Nordic <Wire>" not in page
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Chile and Norway: progress as of 1 Jun 2025" in text and "Per roadmap" in text
    code, out, _ = cli(desk_db, "progress", "--pair", "CL-NO", "--as-of", "2025-06-01", "--json")
    assert code == 0 and json.loads(out)["total"]["commitments"]["cancelled"] == 1
    code, _, err = cli(desk_db, "progress", "--pair", "CL-NO", "--as-of", "2025-06-01",
                       "--since", "2025-07-01")
    assert code == 1 and "not before" in err


@pytest.fixture(scope="module")
def client(desk_db: Path) -> TestClient:
    return TestClient(app_for(desk_db))


def test_the_api_answers_the_progress_report(client: TestClient) -> None:
    body = client.get("/api/v1/progress", params={"pair": "NO-CL", "as_of": "2025-06-01",
                                                   "since": "2025-01-01"}).json()
    assert body["total"]["commitments"]["postponed"] == 1 and body["roadmaps"][0]["commitments"]["open"] == 1
    assert any(c["kind"] == "status" and c["after"] == "fulfilled_late" for c in body["changes"])
    assert client.get("/api/v1/progress", params={"pair": "CL-XX"}).status_code == 404
    assert client.get("/api/v1/progress", params={"pair": "BY-PK"}).status_code == 422


def test_the_deadlines_calendar_reads_back_with_vobject(client: TestClient) -> None:
    answer = client.get("/api/v1/deadlines.ics", params={"as_of": "2025-06-01", "within": "4m"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/calendar")
    cal = vobject.readOne(answer.text)
    events = sorted(cal.vevent_list, key=lambda e: e.dtstart.value)
    assert [e.dtstart.value for e in events] == [date(2024, 12, 2), date(2025, 6, 30), date(2025, 9, 30)]
    trade_office = events[1]
    assert trade_office.summary.value == "Undertaking to open a trade office in Santiago (due Jun 2025)"
    assert "Status: open" in trade_office.description.value
    assert "Nordic <Wire>" in trade_office.description.value
    record = trade_office.uid.value.split("@")[0]
    assert trade_office.url.value == f"http://127.0.0.1/records/{record}"
    assert client.get(f"/records/{record}").status_code == 200
    assert trade_office.dtend.value == date(2025, 7, 1)  # all day: the end is the next day
    assert isinstance(trade_office.dtstamp.value, datetime)
    again = vobject.readOne(client.get("/api/v1/deadlines.ics", params={"as_of": "2025-06-01",
                                                                        "within": "4m"}).text)
    assert sorted(e.uid.value for e in again.vevent_list) == sorted(e.uid.value for e in events)
    none = vobject.readOne(client.get("/api/v1/deadlines.ics", params={"as_of": "2020-01-01",
                                                                       "within": "1d"}).text)
    assert not hasattr(none, "vevent")
    assert client.get("/api/v1/deadlines.ics", params={"within": "3y"}).status_code == 422


def test_the_changes_feed_reads_back_with_feedparser(client: TestClient) -> None:
    answer = client.get("/api/v1/changes.atom", params={"pair": "CL-NO"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(answer.content)
    assert not feed.bozo and feed.feed.title == "accord: changes (CL-NO)"
    titles = [e.title for e in feed.entries]
    assert "New: Roadmap for Cooperation 2025-2026, 6 May 2025" in titles
    assert "Status: Undertaking to visit Norway (due Mar 2025)" in titles
    assert all(e.link.startswith("http://127.0.0.1/records/") for e in feed.entries)
    stamps = [e.updated_parsed for e in feed.entries]
    assert stamps == sorted(stamps, reverse=True)
    # dated when the store took the reports in (today), not the reports' own days; a deadline that
    # passed with nothing reported is dated the day after it
    new = [e for e in feed.entries if e.title.startswith("New: ")]
    assert new and all(e.updated_parsed[:3] == datetime.now(UTC).timetuple()[:3] for e in new)
    overdue = next(e for e in feed.entries
                   if e.title == "Status: Undertaking to meet in Oslo (due 2 Dec 2024)")
    assert overdue.updated_parsed[:3] == (2024, 12, 3) and "overdue" in overdue.summary


def test_the_progress_pages_render_and_the_pdf_holds_the_text(client: TestClient) -> None:
    params = {"pair": "CL-NO", "as_of": "2025-06-01", "since": "2025-01-01"}
    page = client.get("/progress", params=params)
    assert page.status_code == 200 and page.text.count("<svg") == 2
    assert "Nordic &lt;Wire&gt;" in page.text or "Nordic" not in page.text
    assert 'href="/progress.pdf?pair=CL-NO&amp;as_of=2025-06-01&amp;since=2025-01-01"' in page.text
    printed = client.get("/progress/print", params=params)
    assert printed.status_code == 200 and '/static/print.css' in printed.text
    pdf = client.get("/progress.pdf", params=params)
    assert pdf.headers["content-type"] == "application/pdf"
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages).split())
    for words in ("Chile and Norway: progress as of 1 Jun 2025", "Commitments by status: 6",
                  "Roadmap for Cooperation 2025-2026", "What changed since 1 Jan 2025",
                  "open → fulfilled late"):
        assert words in text
    assert client.get("/progress", params={"since": "yesterday"}).status_code == 400
    assert client.get("/progress.pdf", params={"pair": "CL-NO", "as_of": "2025-06-01",
                                                "since": "2025-07-01"}).status_code == 400


def test_due_and_progress_of_one_owner_from_an_owners_table(desk_db: Path, tmp_path: Path) -> None:
    table = tmp_path / "owners.toml"
    table.write_text('default = "Ministry of Foreign Affairs"\n[sectors]\ntrade = "Ministry of Trade"\n',
                     encoding="utf-8")
    args = ("--owners", str(table), "due", "--as-of", "2025-06-01", "--within", "4m", "--pair", "NO-CL")
    code, out, _ = cli(desk_db, *args, "--json")
    every = json.loads(out)
    assert code == 0 and {r["owner"] for r in every} == {"Ministry of Trade", "Ministry of Foreign Affairs"}
    code, out, _ = cli(desk_db, *args, "--owner", "ministry of TRADE", "--json")
    mine = json.loads(out)
    assert code == 0 and mine and all("trade office" in r["what"] for r in mine)
    assert len(mine) < len(every)
    code, out, _ = cli(desk_db, "--owners", str(table), "progress", "--pair", "CL-NO",
                       "--as-of", "2025-06-01", "--owner", "Ministry of Trade", "--json")
    counts = json.loads(out)["total"]["commitments"]
    assert code == 0 and sum(counts.values()) == len({r["record"] for r in mine})
