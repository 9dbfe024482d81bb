"""Owners: suggested from a record's sectors through the owners table, assigned by the desk,
kept across recomputation, and filtered on in the CLI and the API."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from accord.normalize.sectors import labels
from accord.owners import OwnersFileError, load_owners, parse_owners, shipped_owners
from tests.api_support import TestClient, app_for, sample_db, writable_copy
from tests.test_register_cli import by, ok_json, run

API = "/api/v1"
TOKEN = "owners-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


# --------------------------------------------------------------------------- the table


def test_the_shipped_table_names_only_known_sectors_and_has_a_default() -> None:
    table = shipped_owners()
    assert {s for s, _ in table.sectors} <= set(labels())
    assert table.default is not None and table.default.suggested
    assert table.suggest(["fisheries"]).name == "Ministry of Maritime Affairs"  # type: ignore[union-attr]
    assert table.suggest(["no such sector"]) == table.default


def test_a_bad_owners_file_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "owners.toml"
    bad.write_text('default = "MFA"\n[sectors]\ntrade = "Commerce"\nwidgets = "Ministry of Widgets"\n')
    with pytest.raises(OwnersFileError, match=r"owners\.toml: line 4: 'widgets' is not a sector"):
        load_owners(bad)
    with pytest.raises(OwnersFileError, match=r"line 2"):
        parse_owners('default = "MFA"\n[sectors\n', "x.toml")
    with pytest.raises(OwnersFileError, match=r"x\.toml: line 3: give an owner as a name"):
        parse_owners('[sectors]\n\ntrade = 3\n', "x.toml")


def test_the_cli_refuses_a_bad_owners_file_in_one_line(hand_db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "owners.toml"
    bad.write_text('[sectors]\n"fisheries" = \n')
    result = run(hand_db, "--owners", str(bad), "register")
    assert result.exit_code == 2
    assert "owners.toml" in result.output and "line 2" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


# --------------------------------------------------------------------------- CLI


def test_an_owner_is_suggested_from_sectors_and_a_deployment_table_replaces_it(hand_db: Path,
                                                                                tmp_path: Path) -> None:
    # the fixture's instruments state no sectors: their subject names one
    energy = by(ok_json(hand_db, "register"), subject="renewable energy")
    assert energy["owner"] == {"name": "Ministry of Energy", "focal_point": None, "suggested": True}
    oslo = by(ok_json(hand_db, "commitments", "--as-of", "2025-06-01"), action="meet in Oslo")
    assert oslo["owner"]["name"] == "Ministry of Foreign Affairs"  # no sector: the default
    table = tmp_path / "owners.toml"
    table.write_text('default = "Foreign Office"\n[sectors]\n'
                     'energy = { name = "Energy Directorate", focal_point = "Ms Berg" }\n')
    assert by(ok_json(hand_db, "--owners", str(table), "register"), subject="renewable energy")["owner"] == {
        "name": "Energy Directorate", "focal_point": "Ms Berg", "suggested": True}
    listed = ok_json(hand_db, "--owners", str(table), "commitments", "--as-of", "2025-06-01")
    assert by(listed, action="meet in Oslo")["owner"]["name"] == "Foreign Office"


def test_an_assigned_owner_survives_recompute_and_filters_case_insensitively(
        hand_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USER", "desk")
    record = by(ok_json(hand_db, "register"), subject="renewable energy")["id"]
    entry = ok_json(hand_db, "assign", record, "--owner", "Ministry of Fisheries", "--focal-point", "Ms X",
                    "--why", "lead ministry")
    assert (entry["action"], entry["who"], entry["records"]) == ("assign-owner", "desk", [record])
    ok_json(hand_db, "recompute")
    owned = ok_json(hand_db, "register", "--owner", "ministry of FISHERIES")
    assert [i["id"] for i in owned] == [record]
    assert owned[0]["owner"] == {"name": "Ministry of Fisheries", "focal_point": "Ms X", "suggested": False}
    assert record not in [i["id"] for i in ok_json(hand_db, "register", "--owner", "Ministry of Energy")]
    table = run(hand_db, "register", "--owner", "Ministry of Fisheries")
    assert table.exit_code == 0 and "owner:" in table.stdout
    ok_json(hand_db, "assign", record, "--clear")
    assert by(ok_json(hand_db, "register"), id=record)["owner"]["suggested"] is True
    assert [e["action"] for e in ok_json(hand_db, "audit")] == ["assign-owner", "assign-owner"]
    assert run(hand_db, "assign", record).exit_code == 2  # neither --owner nor --clear
    assert run(hand_db, "assign", "ins-nope", "--owner", "X").exit_code == 1


def test_commitments_filter_by_owner(hand_db: Path) -> None:
    every = ok_json(hand_db, "commitments", "--as-of", "2025-06-01")
    target = every[0]
    ok_json(hand_db, "assign", target["id"], "--owner", "Protocol Department")
    owned = ok_json(hand_db, "commitments", "--as-of", "2025-06-01", "--owner", "protocol department")
    assert [c["id"] for c in owned] == [target["id"]]
    assert owned[0]["status"] == target["status"] and owned[0]["owner"]["suggested"] is False


# --------------------------------------------------------------------------- the sample corpus and the API


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_db(tmp_path_factory)


@pytest.fixture()
def writer(sample: Path, tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(app_for(writable_copy(sample, tmp_path), token=TOKEN)) as c:
        yield c


def _roadmap(items: list[dict[str, Any]]) -> dict[str, Any]:
    [found] = [r for r in items if r["kind"] == "instruments"
               and "comprehensive cooperation" in str(r["fields"].get("subject")).lower()]
    return found


def test_the_roadmap_gets_a_suggested_owner_through_the_api(writer: TestClient) -> None:
    records = writer.get(f"{API}/records.json?kind=instruments").json()
    roadmap = _roadmap(records)
    assert roadmap["owner"]["suggested"] is True and roadmap["owner"]["name"]
    same = writer.get(f"{API}/records", params={"owner": roadmap["owner"]["name"].upper(),
                                               "kind": "instruments"}).json()
    assert roadmap["id"] in [r["id"] for r in same["items"]]
    rows = list(csv.DictReader(io.StringIO(writer.get(f"{API}/records.csv?kind=instruments").text)))
    row = next(r for r in rows if r["id"] == roadmap["id"])
    assert (row["owner.name"], row["owner.suggested"]) == (roadmap["owner"]["name"], "True")


def test_post_owner_needs_the_token_is_audited_and_shows_on_the_record_page(writer: TestClient) -> None:
    roadmap = _roadmap(writer.get(f"{API}/records.json?kind=instruments").json())
    url = f"{API}/records/{roadmap['id']}/owner"
    body = {"owner": "Ministry of Planning", "focal_point": "<b>Ms X</b>", "who": "desk", "why": "lead"}
    assert writer.post(url, json=body).status_code == 401
    done = writer.post(url, json=body, headers=AUTH)
    assert done.status_code == 200, done.text
    assert done.json()["audit"]["action"] == "assign-owner"
    record = writer.get(f"{API}/records/{roadmap['id']}").json()
    assert record["owner"] == {"name": "Ministry of Planning", "focal_point": "<b>Ms X</b>",
                               "suggested": False}
    owned = writer.get(f"{API}/commitments.json", params={"owner": "ministry of planning"}).json()
    assert owned == []  # the roadmap is an instrument: no commitment is assigned to it
    page = writer.get(f"/records/{roadmap['id']}").text
    assert "Ministry of Planning" in page and "&lt;b&gt;Ms X&lt;/b&gt;" in page and "<b>Ms X</b>" not in page
    assert [e["action"] for e in writer.get(f"{API}/audit").json()["items"]] == ["assign-owner"]
    assert writer.post(f"{API}/records/ins-nope/owner", json=body, headers=AUTH).status_code == 404


def test_the_dashboard_commitments_filter_by_owner_and_show_it(writer: TestClient) -> None:
    every = writer.get("/commitments?as_of=2025-06-01").text
    assert every.count('class="owner muted"') > 1 and "suggested" in every
    [first] = writer.get(f"{API}/commitments.json?as_of=2025-06-01").json()[:1]
    writer.post(f"{API}/records/{first['id']}/owner", headers=AUTH,
                json={"owner": "Protocol <Department>", "who": "desk"})
    page = writer.get("/commitments", params={"as_of": "2025-06-01", "owner": "protocol <department>"}).text
    assert page.count('class="commitment"') == 1 and "Protocol &lt;Department&gt;" in page
    assert "owner=protocol+%3Cdepartment%3E" in page  # the downloads keep the filter
