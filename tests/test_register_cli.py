"""The register commands (query, recompute, curation) of the CLI on temporary databases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from typer.testing import CliRunner, Result

from accord.cli import app
from accord.store import Store
from accord.store.models import RecordRow
from tests.resolve_fixtures import visit_b

runner = CliRunner()

# Invented reports (real states, made-up events), written for these tests.
REPORTS = {
    "santiago.txt": (
        "Published: 18 November 2024\n\n"
        "SANTIAGO: Chile and Norway signed a memorandum of understanding on fisheries cooperation on "
        "Monday. Prime Minister Ingrid Halvorsen of Norway held talks with President Mateo Rojas of Chile "
        "in Santiago. The two sides agreed to reconvene in Oslo within two weeks.\n"
    ),
    "courier.txt": (
        "Published: 19 November 2024\n\n"
        "Norway and Chile signed an MoU on fisheries cooperation in Santiago on November 18, 2024. "
        "Norwegian Prime Minister Ingrid Halvorsen met Chilean President Mateo Rojas.\n"
    ),
    "oslo.txt": (
        "Published: 11 April 2025\n\n"
        "OSLO: Chilean President Mateo Rojas arrived in Oslo on a state visit on Friday. Chile and Norway "
        "signed an agreement on renewable energy during the visit.\n"
    ),
}


def run(db: Path, *args: str) -> Result:
    """Return the result of `accord --db DB ARGS...`."""
    return runner.invoke(app, ["--db", str(db), *args])


def ok_json(db: Path, *args: str) -> Any:
    result = run(db, *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def by(items: list[dict[str, Any]], **where: Any) -> dict[str, Any]:
    found = [i for i in items if all(i.get(k) == v for k, v in where.items())]
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------- queries


def test_register_lists_instruments_of_a_pair_given_in_either_order(hand_db: Path) -> None:
    listed = ok_json(hand_db, "register", "--pair", "NO-CL")
    assert listed == ok_json(hand_db, "register", "--pair", "cl-no")
    mou = by(listed, type="mou")
    assert (mou["subject"], mou["status"], mou["date"]) == ("renewable energy", "signed", "2024-11-18")
    assert mou["sources"] == {"articles": 2, "official": 1, "media": 1}
    assert ok_json(hand_db, "register", "--pair", "PK-BY") == []
    table = run(hand_db, "register")
    assert table.exit_code == 0 and "renewable" in table.stdout
    bad = run(hand_db, "register", "--pair", "Chile-Narnia")
    assert bad.exit_code == 2 and "ISO" in bad.output


@pytest.mark.parametrize(("width", "table"), [(80, False), (160, True)])
def test_the_register_prints_cards_where_a_table_would_fold_its_words(
        hand_db: Path, monkeypatch: pytest.MonkeyPatch, width: int, table: bool) -> None:
    import importlib

    monkeypatch.setattr(importlib.import_module("accord.cli.app").console, "width", width)
    listed = ok_json(hand_db, "register")
    shown = run(hand_db, "register")
    assert shown.exit_code == 0
    # every id, subject word, sector and owner is printed whole, whichever the layout
    words = {w for r in listed for w in [r["id"], *r["subject"].split(), *r["sectors"], r["date"]]}
    assert all(w in shown.stdout.split() or f"{w}," in shown.stdout.split() for w in words), shown.stdout
    assert ("┃" in shown.stdout) is table
    if not table:  # each card opens on its id; the first line's names are said once, above
        lines = shown.stdout.splitlines()
        assert lines[0].split(" · ")[0] == "id"
        assert ("sectors:" in shown.stdout) is any(r["sectors"] for r in listed)
        assert sorted(ln.split()[0] for ln in lines if ln.startswith("ins-") and "  " in ln) == sorted(
            r["id"] for r in listed)


def test_commitments_have_a_status_as_of_a_day_with_evidence(hand_db: Path) -> None:
    listed = ok_json(hand_db, "commitments", "--as-of", "2025-06-01")
    oslo = by(listed, action="meet in Oslo")
    assert oslo["status"] == "overdue" and oslo["evidence"][0]["quote"]
    visit = by(listed, action="visit Norway")
    assert visit["status"] == "fulfilled_late" and len(visit["evidence"]) == 2
    early = by(ok_json(hand_db, "commitments", "--as-of", "2024-11-20"), action="meet in Oslo")
    assert early["status"] == "open"
    overdue = ok_json(hand_db, "commitments", "--as-of", "2025-06-01", "--status", "overdue")
    assert [c["action"] for c in overdue] == ["meet in Oslo"]
    assert run(hand_db, "commitments", "--status", "late").exit_code == 2
    assert run(hand_db, "commitments", "--as-of", "June").exit_code == 2


def test_conflicts_show_each_side_with_quote_and_source(hand_db: Path) -> None:
    listed = ok_json(hand_db, "conflicts")
    kind = by(listed, field="type")
    sides = {s["value"]: s["mentions"] for s in kind["sides"]}
    assert set(sides) == {"mou", "agreement"}
    assert sides["mou"][0]["source"] == "official" and sides["agreement"][0]["source"] == "media"
    assert sides["agreement"][0]["outlet"] == "Daily Courier"
    assert "signed an agreement on renewable energy" in sides["agreement"][0]["quote"]
    assert run(hand_db, "conflicts").exit_code == 0


def test_timeline_is_in_date_order_and_needs_a_pair(hand_db: Path) -> None:
    events = ok_json(hand_db, "timeline", "--pair", "CL-NO")
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)
    assert {e["kind"] for e in events} == {"meeting", "signing", "deadline"}
    assert run(hand_db, "timeline").exit_code == 2


def test_brief_is_markdown_that_cites_its_sources(hand_db: Path) -> None:
    result = run(hand_db, "brief", "--pair", "NO-CL", "--as-of", "2025-06-01")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Chile and Norway") and "## Sources" in result.stdout
    assert "Daily Courier, 19 Nov 2024" in result.stdout
    as_json = ok_json(hand_db, "brief", "--pair", "CL-NO", "--as-of", "2025-06-01")
    assert as_json["markdown"] == result.stdout and as_json["pair"] == "CL-NO"
    assert run(hand_db, "brief", "--pair", "PK-BY").exit_code == 1


def test_brief_writes_a_pdf(hand_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    result = run(hand_db, "brief", "--pair", "CL-NO", "--as-of", "2025-06-01", "--pdf", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_bytes().startswith(b"%PDF-")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "Chile and Norway" in text and "Daily Courier, 19 Nov 2024" in text
    bad = run(hand_db, "brief", "--pair", "CL-NO", "--pdf", str(tmp_path / "missing" / "b.pdf"))
    assert bad.exit_code == 1 and "cannot write" in bad.output


# --------------------------------------------------------------------------- curation


def test_curation_through_the_cli_survives_recompute(hand_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USER", "analyst")
    commitments = ok_json(hand_db, "commitments", "--as-of", "2025-06-01")
    oslo, visit = by(commitments, action="meet in Oslo")["id"], by(commitments, action="visit Norway")["id"]
    merged = ok_json(hand_db, "merge", oslo, visit, "--why", "one promise")
    assert (merged["who"], merged["action"], merged["records"]) == ("analyst", "merge", [oslo, visit])
    after = ok_json(hand_db, "commitments", "--as-of", "2025-06-01")
    assert len(after) == 1
    merged_id = after[0]["id"]
    hash_b = visit_b().article.content_hash
    split = ok_json(hand_db, "split", merged_id, "--mention", f"{hash_b[:10]}:commitments:1",
                    "--why", "a different promise after all", "--who", "editor")
    assert split["who"] == "editor" and split["mentions"] == [[f"{hash_b}:commitments:1"]]
    after = ok_json(hand_db, "commitments", "--as-of", "2025-06-01")
    assert len(after) == 2
    rest = next(c for c in after if c["action"] != "visit Norway")
    ok_json(hand_db, "set-status", rest["id"], "fulfilled", "--why", "confirmed by the ministry")
    ok_json(hand_db, "recompute")
    final = ok_json(hand_db, "commitments", "--as-of", "2025-06-01")
    assert len(final) == 2
    assert by(final, id=rest["id"])["status"] == "fulfilled"
    assert by(final, id=rest["id"])["curated"]["why"] == "confirmed by the ministry"
    log = ok_json(hand_db, "audit")
    assert [(e["who"], e["action"]) for e in log] == [
        ("analyst", "merge"), ("editor", "split"), ("analyst", "set-status")]
    assert log[2]["value"] == "fulfilled" and log[2]["why"] == "confirmed by the ministry"
    bad = run(hand_db, "set-status", rest["id"], "kept", "--why", "x")
    assert bad.exit_code == 1 and "choose one of" in bad.output
    assert run(hand_db, "merge", rest["id"], "--why", "alone").exit_code == 1


# --------------------------------------------------------------------------- ingest


def write_reports(folder: Path, names: list[str]) -> list[str]:
    folder.mkdir()
    for name in names:
        (folder / name).write_text(REPORTS[name], encoding="utf-8")
    return [str(folder / n) for n in names]


def stored_records(db: Path) -> dict[str, Any]:
    with Store.open(f"sqlite:///{db}") as store, store.session() as s:
        return {r.id: (r.fields, r.mentions, r.updated_at) for r in s.scalars(select(RecordRow))}


def clusters(db: Path) -> set[tuple[str, str, str]]:
    return {(f["article"], f["evidence"]["text"], f["cluster"]) for f in ok_json(db, "facts")}


def test_ingest_keeps_the_register_and_order_does_not_matter(tmp_path: Path) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    names = sorted(REPORTS)
    paths = write_reports(tmp_path / "in", names)
    assert run(one, "ingest", *paths).exit_code == 0
    for path in reversed(paths):  # one at a time, in the other order
        assert run(two, "ingest", path).exit_code == 0
    assert ok_json(one, "register") and ok_json(one, "register") == ok_json(two, "register")
    assert ok_json(one, "commitments", "--as-of", "2025-06-01") == ok_json(two, "commitments",
                                                                           "--as-of", "2025-06-01")
    assert clusters(one) == clusters(two)
    assert all(c is not None and c.split("-")[0] in ("ins", "com", "mtg", "per", "fig")
               for _a, _q, c in clusters(one))
    before = stored_records(one)
    again = run(one, "ingest", *paths)
    assert again.exit_code == 0 and "already in the store: 3" in again.stdout
    assert stored_records(one) == before


def test_sample_articles(tmp_path: Path, examples_dir: Path) -> None:
    db = tmp_path / "pkby.db"
    assert run(db, "ingest", *sorted(str(p) for p in examples_dir.glob("*.txt"))).exit_code == 0
    listed = ok_json(db, "register", "--pair", "PK-BY")
    roadmaps = [i for i in listed if "comprehensive cooperation" in str(i["subject"]).lower()]
    assert len(roadmaps) == 1 and roadmaps[0]["type"] == "roadmap"
    assert roadmaps[0]["sources"]["articles"] == 3
    statuses = {(c["action"], c["deadline"]): c["status"]
                for c in ok_json(db, "commitments", "--as-of", "2025-06-01", "--pair", "BY-PK")}
    visit = [s for (action, deadline), s in statuses.items() if "visit" in action and deadline == "2025-02"]
    assert visit and set(visit) == {"fulfilled_late"}
    minsk = [s for (action, _d), s in statuses.items() if "reconvene in minsk" in action.lower()]
    assert minsk == ["overdue"]
