"""Manual entries: a desk officer's meeting, instrument or commitment, stored with its provenance,
tracked like extracted facts, withdrawn or amended without deletion, every change audited."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text

from accord.errors import ManualEntryError
from accord.manual import ManualInput, add_entry, manual_article, withdraw
from accord.read import commitments
from accord.registry import load_register
from accord.store import Store
from accord.store.db import make_engine
from accord.store.manual import attachment, manual_entries
from accord.store.migrations import upgrade
from tests.api_support import TestClient, app_for, sample_db, writable_copy
from tests.test_migrations import at_head, store_at  # noqa: F401  (at_head is a fixture)
from tests.test_register_cli import by, ok_json, run
from tests.test_store import pg_store  # noqa: F401  (a fixture)

API = "/api/v1"
TOKEN = "manual-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
AS_OF = "2025-06-01"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_db(tmp_path_factory)


def minsk(db: Path) -> dict[str, Any]:
    """Return the sample's commitment to reconvene in Minsk as `accord commitments` gives it."""
    listed = ok_json(db, "commitments", "--as-of", AS_OF)
    [found] = [c for c in listed if "reconvene in minsk" in c["action"].lower()]
    return found


# --------------------------------------------------------------------------- the entry as an article


def test_the_entry_text_names_the_pair_and_the_evidence_covers_it_exactly() -> None:
    entry = ManualInput("meeting", "PK-BY", "Desk officer A", "Note verbale 12/2024", text="Held at the MFA.",
                        place="Minsk", date="2024-12-09")
    facts = manual_article(entry, datetime(2026, 12, 4, 9, 30, tzinfo=UTC))
    [meeting] = facts.meetings
    text_ = facts.article.text
    assert (meeting.evidence.start, meeting.evidence.end, meeting.evidence.text) == (0, len(text_), text_)
    assert "Belarus" in text_ and "Pakistan" in text_ and "Minsk" in text_
    assert text_.endswith("Held at the MFA.")
    assert (facts.article.media_type, facts.extractor, str(facts.article.published)) == (
        "manual", "manual", "2024-12-09")


@pytest.mark.parametrize(("changes", "message"), [
    ({"kind": "initiative"}, "choose one of meeting"),
    ({"date": "2024-13-01"}, "YYYY-MM-DD"),
    ({"kind": "instrument", "type": "mou"}, "needs --subject"),
    ({"kind": "instrument", "type": "mou", "subject": "x", "sectors": ("widgets",)}, "not a sector"),
    ({"kind": "commitment", "action": "visit", "deadline": "next week"}, "YYYY-MM-DD, YYYY-MM"),
    ({"pair": "PK-XX"}, "is not a state.s ISO alpha-2"),
    ({"reference": " "}, "needs --reference"),
])
def test_a_bad_entry_is_refused_with_a_clear_message(changes: dict[str, Any], message: str) -> None:
    base: dict[str, Any] = {"kind": "meeting", "pair": "PK-BY", "who": "A", "reference": "NV 1",
                            "place": "Minsk"}
    with pytest.raises(Exception, match=message) as found:
        manual_article(ManualInput(**{**base, **changes}), datetime(2026, 12, 4, tzinfo=UTC))
    assert found.value.code in ("E510", "E501")  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- the Minsk target


def test_a_manual_minsk_meeting_fulfils_the_commitment_and_amend_and_withdraw_follow(
        sample: Path, tmp_path: Path) -> None:
    db = writable_copy(sample, tmp_path)
    assert minsk(db)["status"] == "overdue"
    note = tmp_path / "nv-12-2024.pdf"
    note.write_bytes(b"%PDF-1.4 note verbale 12/2024")
    added = ok_json(db, "add", "meeting", "--pair", "PK-BY", "--who", "Desk officer A", "--reference",
                    "Note verbale 12/2024", "--place", "Minsk", "--date", "2024-12-09", "--file", str(note),
                    "--text", "The delegation met at the Ministry of Foreign Affairs.")
    entry = added["entry"]
    assert (entry["entered_by"], entry["reference"], entry["manual"]) == (
        "Desk officer A", "Note verbale 12/2024", True)
    assert entry["attachment"] == {"sha256": hashlib.sha256(note.read_bytes()).hexdigest(),
                                   "name": "nv-12-2024.pdf"}
    decided = minsk(db)
    assert decided["status"] == "fulfilled"
    [manual] = [m for m in decided["evidence"] if m["manual"]]
    assert manual["kind"] == "meetings" and "Minsk" in manual["quote"] and manual["start"] == 0
    assert added["records"][0] in decided["reason"]
    with Store.open(f"sqlite:///{db}") as store:
        assert attachment(store, entry["attachment"]["sha256"]) == ("nv-12-2024.pdf", note.read_bytes())

    amended = ok_json(db, "amend", str(entry["article_id"]), "--date", "2024-12-20",
                      "--who", "Desk officer B", "--why", "the note verbale gives the 20th")
    assert amended["replaced"]["superseded_by"] == amended["entry"]["article_id"]
    assert amended["replaced"]["withdrawn"] and amended["entry"]["attachment"] == entry["attachment"]
    assert minsk(db)["status"] == "fulfilled_late"

    withdrawn = ok_json(db, "withdraw", str(amended["entry"]["article_id"]), "--why", "no meeting took place",
                        "--who", "Desk officer C")
    assert withdrawn["entry"]["withdrawn_by"] == "Desk officer C"
    assert minsk(db)["status"] == "overdue"
    again = run(db, "withdraw", str(amended["entry"]["article_id"]), "--why", "twice")
    assert again.exit_code == 1 and "already withdrawn" in again.output
    assert run(db, "withdraw", "1", "--why", "a report").exit_code == 1  # only manual entries
    with Store.open(f"sqlite:///{db}") as store:
        assert [e.withdrawn for e in manual_entries(store)] == [True, True]  # both kept
    log = ok_json(db, "audit")
    assert [(e["action"], e["who"]) for e in log] == [
        ("add-manual", "Desk officer A"), ("amend", "Desk officer B"), ("withdraw", "Desk officer C")]
    ok_json(db, "recompute")
    assert minsk(db)["status"] == "overdue"  # a withdrawn entry stays out of a rebuilt register


# --------------------------------------------------------------------------- other kinds, the CLI's checks


def test_manual_instruments_and_commitments_join_the_register(hand_db: Path) -> None:
    ok_json(hand_db, "add", "instrument", "--pair", "NO-CL", "--who", "A", "--reference", "Treaty series 7",
            "--type", "agreement", "--subject", "fisheries", "--sectors", "fisheries", "--date", "2025-03-01")
    instrument = by(ok_json(hand_db, "register"), subject="fisheries")
    assert [m["manual"] for m in instrument["mentions"]] == [True]
    assert instrument["pair"] == ["CL", "NO"]
    assert instrument["owner"]["name"] == "Ministry of Maritime Affairs"
    ok_json(hand_db, "add", "commitment", "--pair", "CL-NO", "--who", "A", "--reference", "Minutes 3",
            "--actor", "Chile", "--action", "open a trade office in Oslo", "--deadline", "2025-09")
    promise = by(ok_json(hand_db, "commitments", "--as-of", AS_OF), action="open a trade office in Oslo")
    assert promise["status"] == "open" and promise["evidence"][0]["manual"] is True
    meeting = ["add", "meeting", "--pair", "CL-NO", "--who", "A", "--reference", "x"]
    wrong = run(hand_db, *meeting, "--subject", "y")
    assert wrong.exit_code == 2 and "--subject is only for instruments" in wrong.output
    missing = run(hand_db, "add", "meeting", "--pair", "CL-NO", "--reference", "x")
    assert missing.exit_code == 2 and "--who" in missing.output
    bad = run(hand_db, *meeting, "--date", "9/12")
    assert bad.exit_code == 1 and len(bad.output.strip().splitlines()) == 1 and "E510" in bad.output


# --------------------------------------------------------------------------- the API and the pages


@pytest.fixture()
def writer(sample: Path, tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(app_for(writable_copy(sample, tmp_path), token=TOKEN)) as c:
        yield c


def test_the_api_adds_and_withdraws_entries_with_the_token_and_pages_mark_them(writer: TestClient) -> None:
    body = {"kind": "meeting", "pair": "PK-BY", "who": "<i>Desk</i>", "reference": "NV <12>",
            "place": "Minsk", "date": "2024-12-09"}
    assert writer.post(f"{API}/manual", json=body).status_code == 401
    made = writer.post(f"{API}/manual", json=body, headers=AUTH)
    assert made.status_code == 201, made.text
    article_id, record = made.json()["entry"]["article_id"], made.json()["records"][0]
    article = writer.get(f"{API}/articles/{article_id}").json()
    assert article["media_type"] == "manual" and article["manual"]["reference"] == "NV <12>"
    page = writer.get(f"/articles/{article_id}").text
    assert "Entered by &lt;i&gt;Desk&lt;/i&gt; on" in page and "reference NV &lt;12&gt;" in page
    assert 'class="tag manual"' in writer.get(f"/records/{record}").text
    gone = writer.post(f"{API}/manual/{article_id}/withdraw", json={"why": "duplicate", "who": "desk"},
                       headers=AUTH)
    assert gone.status_code == 200 and gone.json()["entry"]["withdrawn"] is True
    assert writer.get(f"{API}/articles/{article_id}").json()["manual"]["withdrawn_why"] == "duplicate"
    assert "Withdrawn" in writer.get(f"/articles/{article_id}").text
    again = writer.post(f"{API}/manual/{article_id}/withdraw", json={"why": "x", "who": "desk"}, headers=AUTH)
    assert again.status_code == 422
    report = writer.post(f"{API}/manual/1/withdraw", json={"why": "x", "who": "d"}, headers=AUTH)
    assert report.status_code == 404
    past_any_id = writer.post(f"{API}/manual/{2**63}/withdraw", json={"why": "x", "who": "d"}, headers=AUTH)
    assert past_any_id.status_code == 404, past_any_id.text  # not the driver's overflow as a 5xx
    assert [e["action"] for e in writer.get(f"{API}/audit").json()["items"]] == ["add-manual", "withdraw"]


def test_the_api_amends_an_entry_with_the_token_and_keeps_the_old_one(writer: TestClient) -> None:
    body = {"kind": "meeting", "pair": "PK-BY", "who": "desk", "reference": "NV 12", "place": "Minsk",
            "date": "2024-12-09"}
    made = writer.post(f"{API}/manual", json=body, headers=AUTH)
    assert made.status_code == 201, made.text
    old = made.json()["entry"]["article_id"]
    fix = {"date": "2024-12-20", "why": "the note gives the 20th", "who": "officer"}
    assert writer.post(f"{API}/manual/{old}/amend", json=fix).status_code == 401
    assert writer.post(f"{API}/manual/{old}/amend", json={**fix, "action": "visit"},
                       headers=AUTH).status_code == 422  # a commitment's field on a meeting
    done = writer.post(f"{API}/manual/{old}/amend", json=fix, headers=AUTH)
    assert done.status_code == 200, done.text
    new = done.json()["entry"]["article_id"]
    assert new != old and done.json()["replaced"]["superseded_by"] == new
    assert writer.get(f"{API}/articles/{old}").json()["manual"]["withdrawn"] is True
    article = writer.get(f"{API}/articles/{new}").json()
    assert "2024-12-20" in json.dumps(article["facts"]) and "2024-12-09" not in json.dumps(article["facts"])
    audit = writer.get(f"{API}/audit").json()["items"]
    assert audit[-1]["action"] == "amend" and audit[-1]["who"] == "officer"


# --------------------------------------------------------------------------- migration 0009


def test_migration_0009_widens_the_audit_value_and_adds_the_manual_tables(at_head: Path,  # noqa: F811
                                                                          tmp_path: Path) -> None:
    db = store_at(at_head, "0008", tmp_path)
    engine = make_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO audit_log (at, who, action, records, mentions, value, why) VALUES "
                          "('2026-01-01 00:00:00', 'desk', 'set-status', '[]', '[]', 'fulfilled', 'done')"))
    upgrade(engine, "0009")
    tables = set(inspect(engine).get_table_names())
    assert {"manual_entries", "attachments"} <= tables
    with engine.begin() as conn:
        assert conn.execute(text("SELECT value FROM audit_log")).scalar() == "fulfilled"
        long_value = "x" * 400
        conn.execute(text("UPDATE audit_log SET value = :v"), {"v": long_value})
        assert conn.execute(text("SELECT value FROM audit_log")).scalar() == long_value
    engine.dispose()
    with Store.open(f"sqlite:///{db}") as store:
        assert store.article_facts(1).article.name == "one.txt"


# --------------------------------------------------------------------------- PostgreSQL


def test_manual_entries_and_long_owners_on_postgresql(pg_store: Store) -> None:  # noqa: F811
    from accord.registry import assign_owner

    entry = ManualInput("instrument", "PK-BY", "desk", "Treaty series 9", type="mou", subject="halal trade",
                        sectors=("halal trade",), date="2024-11-26", file_name="mou.pdf",
                        file_bytes=b"%PDF mou")
    added = add_entry(pg_store, entry)
    [record] = added.records
    assign_owner(pg_store, record,
                 "Ministry of Commerce, Trade Development Authority of Pakistan (Europe desk)",
                 "Director General, Europe and Central Asia", "lead", "desk")
    found = load_register(pg_store).records[record]
    assert found.fields["owner"]["focal_point"] == "Director General, Europe and Central Asia"
    assert [m.manual for m in found.mentions] == [True]
    withdraw(pg_store, added.entry.article_id, "entered twice", "desk")
    assert record not in load_register(pg_store).records
    assert commitments(load_register(pg_store), datetime(2025, 6, 1).date()) == []
    with pytest.raises(ManualEntryError):
        withdraw(pg_store, added.entry.article_id, "again", "desk")


def test_an_amendment_keeps_the_fields_it_does_not_change_and_refuses_another_kinds(hand_db: Path) -> None:
    made = ok_json(hand_db, "add", "meeting", "--pair", "CL-NO", "--who", "A", "--reference", "Minutes 4",
                   "--kind", "visit", "--place", "Oslo", "--participants", "Mateo Rojas, Ingrid Halvorsen",
                   "--date", "2025-04-11", "--text", "A state visit.")
    article = str(made["entry"]["article_id"])
    wrong = run(hand_db, "amend", article, "--subject", "fisheries", "--why", "x")
    assert wrong.exit_code == 1 and "--subject is only for instruments" in wrong.output
    fixed = ok_json(hand_db, "amend", article, "--place", "Bergen", "--why", "it was in Bergen", "--who", "B")
    assert fixed["entry"]["reference"] == "Minutes 4" and fixed["entry"]["entered_by"] == "B"
    with Store.open(f"sqlite:///{hand_db}") as store:
        facts = store.article_facts(fixed["entry"]["article_id"])
    [meeting] = facts.meetings
    assert (meeting.kind, meeting.place, meeting.date, meeting.participants) == (
        "visit", "Bergen", "2025-04-11", ("Mateo Rojas", "Ingrid Halvorsen"))
    assert facts.article.text.endswith("\nA state visit.")
