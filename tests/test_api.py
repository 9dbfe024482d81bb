"""The JSON API in-process: every route, each filter, pages, errors, the token rule, exports."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from accord import read
from accord.api import models
from accord.api.upload import safe_name
from accord.cli import app as cli_app
from accord.normalize.countries import Country, fold, gazetteer
from accord.read import CSV_COLUMNS, current_register
from accord.registry import merge_records
from accord.settings import Settings
from accord.store import Store
from accord.track import STATUSES
from tests.api_support import TestClient, app_for, sample_db, writable_copy

API = "/api/v1"
TOKEN = "test-token-7f3a"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

# Invented reports (real states, made-up events), written for these tests.
NEW_REPORT = (
    "Published: 3 March 2025\n\n"
    "ISLAMABAD: Pakistan and Belarus signed a memorandum of understanding on agriculture cooperation "
    "on Monday. Belarusian Foreign Minister Maxim Ryzhenkov held talks with Pakistani Foreign Minister "
    "Ishaq Dar in Islamabad. <script>alert(1)</script> The two sides agreed to hold the next round of "
    "talks in Minsk within a month.\n"
)
FEED_REPORT = (
    "Published: 5 June 2025\n\n"
    "MINSK: Belarus and Pakistan signed an agreement on cooperation in higher education on Thursday. "
    "Belarusian Prime Minister Roman Golovchenko received a Pakistani delegation in Minsk.\n"
)
GERMAN_REPORT = (
    "Pakistan und Belarus haben am Montag in Islamabad eine Absichtserklärung über die Zusammenarbeit "
    "in der Landwirtschaft unterzeichnet. Die beiden Seiten vereinbarten, die Gespräche fortzusetzen.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_db(tmp_path_factory)


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(app_for(db)) as c:
        yield c


@pytest.fixture()
def writer(db: Path, tmp_path: Path) -> Iterator[TestClient]:
    """Return a client of a server with a token, over a copy of the sample store."""
    with TestClient(app_for(writable_copy(db, tmp_path), token=TOKEN)) as c:
        yield c


def get(client: TestClient, url: str, status: int = 200) -> Any:
    response = client.get(API + url)
    assert response.status_code == status, response.text
    return response.json()


def every_item(client: TestClient, url: str, limit: int) -> list[dict[str, Any]]:
    """Return every item of a list by following its `next` links."""
    sep = "&" if "?" in url else "?"
    page = get(client, f"{url}{sep}limit={limit}")
    items = list(page["items"])
    while page["next"]:
        response = client.get(page["next"])
        assert response.status_code == 200
        page = response.json()
        items += page["items"]
    return items


def assert_error(response: Any, status: int, *words: str) -> None:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["status"] == status and error["code"] and error["message"]
    for word in words:
        assert word in error["message"], error["message"]


# --------------------------------------------------------------------------- articles


def test_articles_list_the_stored_articles_without_text(client: TestClient) -> None:
    page = get(client, "/articles")
    assert page["total"] == 5 and page["offset"] == 0 and page["next"] is None
    assert [a["id"] for a in page["items"]] == sorted(a["id"] for a in page["items"])
    assert all("text" not in a and a["facts"] > 0 for a in page["items"])
    assert {a["outlet"] for a in page["items"]} >= {"Dawn"}


def test_articles_filter_by_outlet_date_and_words(client: TestClient) -> None:
    assert [a["outlet"] for a in get(client, "/articles?outlet=dawn")["items"]] == ["Dawn"]
    dated = get(client, "/articles?since=2025-01-01")["items"]
    assert dated and all(a["published"] >= "2025-01-01" for a in dated)
    early = get(client, "/articles?until=2024-12-31")["items"]
    assert early and all(a["published"] <= "2024-12-31" for a in early)
    assert len(dated) + len(early) < 5  # undated articles drop out of a date range
    assert get(client, "/articles?q=zzzz-nothing")["total"] == 0


def test_one_article_with_its_text_and_facts(client: TestClient) -> None:
    first = get(client, "/articles?limit=1")["items"][0]
    article = get(client, f"/articles/{first['id']}")
    assert article["name"] == first["name"] and len(article["facts"]) == first["facts"]
    for fact in article["facts"]:
        ev = fact["evidence"]
        assert article["text"][ev["start"]:ev["end"]] == ev["text"]
    by_name = get(client, f"/articles/{first['name']}")
    by_hash = get(client, f"/articles/{first['content_hash'][:10]}")
    assert by_name["id"] == by_hash["id"] == first["id"]


def test_unknown_article_is_404(client: TestClient) -> None:
    assert_error(client.get(f"{API}/articles/999999"), 404, "999999")
    assert_error(client.get(f"{API}/articles/no-such-name.txt"), 404)
    assert_error(client.get(f"{API}/articles/{2**63}"), 404, str(2**63))  # past the database's integer
    assert_error(client.get(f"{API}/facts?article={2**63}"), 404)


# --------------------------------------------------------------------------- facts


def test_facts_total_matches_the_stats(client: TestClient) -> None:
    stats = get(client, "/stats")
    assert get(client, "/facts")["total"] == sum(stats["facts"].values())
    assert stats["articles"] == 5 and stats["first_published"] <= stats["last_published"]


@pytest.mark.parametrize("kind", ["instruments", "commitments", "meetings", "people", "figures"])
def test_facts_filter_by_kind(client: TestClient, kind: str) -> None:
    page = get(client, f"/facts?kind={kind}&limit=500")
    assert page["total"] == get(client, "/stats")["facts"][kind]
    assert all(f["kind"] == kind for f in page["items"])


def test_facts_filter_by_country(client: TestClient) -> None:
    everything = get(client, "/facts?limit=500")["items"]
    belarus = gazetteer().by_iso2("BY")
    assert belarus is not None
    found = get(client, "/facts?country=Belarusian&limit=500")["items"]
    assert found and len(found) < len(everything)
    assert [f["id"] for f in found] == [f["id"] for f in everything if names(f["fields"], belarus)]


def test_facts_filter_by_pair_in_either_order(client: TestClient) -> None:
    total = get(client, "/facts")["total"]
    one = get(client, "/facts?pair=PK-BY&limit=500")
    other = get(client, "/facts?pair=by-pk&limit=500")
    assert one["items"] == other["items"] and one["total"] == other["total"]
    assert 0 < one["total"] <= total
    assert get(client, "/facts?pair=FR-JP")["total"] < one["total"]


def test_facts_filter_by_sector_status_and_words(client: TestClient) -> None:
    trade = get(client, "/facts?sector=trade&limit=500")["items"]
    assert trade and all("trade" in f["fields"]["sectors"] for f in trade)
    signed = get(client, "/facts?status=signed&limit=500")["items"]
    assert signed and all(f["fields"]["status"] == "signed" for f in signed)
    assert get(client, "/facts?q=status")["total"] == 0  # field names are not searched
    roadmap = get(client, "/facts?q=ROADMAP&limit=500")["items"]
    assert roadmap
    assert all("roadmap" in (f["evidence"]["text"] + json.dumps(f["fields"])).lower() for f in roadmap)


def test_facts_filter_by_date_range_and_article(client: TestClient) -> None:
    late = get(client, "/facts?since=2025-01-01&until=2025-12-31&limit=500")["items"]
    assert late and all("2025-01-01" <= f["published"] <= "2025-12-31" for f in late)
    article = late[0]["article_id"]
    mine = get(client, f"/facts?article={article}&limit=500")["items"]
    assert mine and all(f["article_id"] == article for f in mine)
    assert_error(client.get(f"{API}/facts?article=999999"), 404)


def test_facts_pages_are_stable_and_do_not_overlap(client: TestClient) -> None:
    whole = get(client, "/facts?limit=500")
    walked = every_item(client, "/facts", 7)
    assert [f["id"] for f in walked] == [f["id"] for f in whole["items"]]
    assert len({f["id"] for f in walked}) == whole["total"]
    again = get(client, "/facts?limit=7&offset=14")
    assert again == get(client, "/facts?limit=7&offset=14")
    assert again["items"] == whole["items"][14:21] and again["total"] == whole["total"]
    past_end = get(client, f"/facts?offset={whole['total'] + 10}")
    assert past_end["items"] == [] and past_end["next"] is None


@pytest.mark.parametrize(("query", "words"), [
    ("limit=0", ["limit"]),
    ("limit=501", ["limit", "500"]),
    ("limit=ten", ["limit"]),
    ("offset=-1", ["offset"]),
    ("offset=99999999999999999999", ["offset"]),
    ("since=2024-13-01", ["since"]),
    ("until=yesterday", ["until"]),
    ("since=0", ["since", "YYYY-MM-DD"]),
    ("until=2025-01-01T00:00:00", ["until", "YYYY-MM-DD"]),
    ("kind=treaties", ["kind"]),
    ("pair=PK", ["pair"]),
    ("sector=knitting", ["sector"]),
    ("status=dreamt", ["status"]),
])
def test_bad_fact_parameters_are_422_with_a_message(client: TestClient, query: str, words: list[str]) -> None:
    assert_error(client.get(f"{API}/facts?{query}"), 422, *words)


@pytest.mark.parametrize(("query", "words"), [("pair=XX-PK", ["XX"]), ("country=Atlantis", ["Atlantis"])])
def test_well_formed_names_of_nothing_are_404(client: TestClient, query: str, words: list[str]) -> None:
    # the schema allows them, so they are not bad parameters: there is only nothing to find
    assert_error(client.get(f"{API}/facts?{query}"), 404, *words)


def test_a_range_that_ends_before_it_starts_is_empty(client: TestClient) -> None:
    response = client.get(f"{API}/facts?since=2025-02-01&until=2025-01-01")
    assert response.status_code == 200 and response.json()["total"] == 0


@pytest.mark.parametrize("as_of", ["0", "1", "2025-01-01T00:00:00Z", "tomorrow"])
def test_as_of_must_be_a_day(client: TestClient, as_of: str) -> None:
    assert_error(client.get(f"{API}/commitments?as_of={as_of}"), 422, "as_of", "YYYY-MM-DD")


@pytest.mark.parametrize(("method", "path", "allow"), [
    ("PUT", "/articles", "GET, POST"), ("DELETE", "/stats", "GET"),
    ("DELETE", "/records/merge", "GET, POST"), ("PATCH", "/commitments/x/status", "POST"),
])
def test_405_names_every_method_of_the_path(client: TestClient, method: str, path: str, allow: str) -> None:
    response = client.request(method, f"{API}{path}")
    assert_error(response, 405, allow)
    assert response.headers["allow"] == allow


def test_times_carry_their_zone(client: TestClient) -> None:
    [article] = client.get(f"{API}/articles?limit=1").json()["items"]
    assert article["ingested_at"].endswith("Z")
    [exported] = [a for a in client.get(f"{API}/articles.json").json() if a["id"] == article["id"]]
    assert exported["ingested_at"] == article["ingested_at"]


@pytest.mark.parametrize("path", ["/articles", "/facts", "/records", "/commitments", "/conflicts", "/audit"])
def test_an_offset_past_any_list_is_refused_not_sent_to_the_database(client: TestClient, path: str) -> None:
    assert_error(client.get(f"{API}{path}?offset=9223372036854775808"), 422, "offset")


# --------------------------------------------------------------------------- records


def test_records_carry_sources_and_conflicts(client: TestClient) -> None:
    records = every_item(client, "/records", 50)
    assert [r["id"] for r in records] == sorted(r["id"] for r in records)
    assert {r["kind"] for r in records} >= {"instruments", "commitments", "meetings", "people"}
    for r in records:
        assert r["sources"]["articles"] == len({m["article"] for m in r["mentions"]}) >= 1
        assert isinstance(r["conflicts"], list)


@pytest.mark.parametrize("kind", ["instruments", "commitments", "meetings", "people"])
def test_records_filter_by_kind_and_one_by_id(client: TestClient, kind: str) -> None:
    page = get(client, f"/records?kind={kind}&limit=500")
    assert page["total"] > 0 and all(r["kind"] == kind for r in page["items"])
    first = page["items"][0]
    assert get(client, f"/records/{first['id']}") == first


def test_records_filter_by_pair_conflicts_and_words(client: TestClient) -> None:
    total = get(client, "/records")["total"]
    paired = get(client, "/records?pair=BY-PK&limit=500")["items"]
    assert paired and all(r["pair"] == "BY-PK" for r in paired) and len(paired) < total  # people have none
    conflicted = get(client, "/records?conflicted=true&limit=500")["items"]
    assert conflicted and all(r["conflicts"] for r in conflicted)
    calm = get(client, "/records?conflicted=false")["total"]
    assert calm + len(conflicted) == total
    sharif = get(client, "/records?kind=people&q=sharif")["items"]
    assert sharif and all("sharif" in json.dumps(r["fields"]).lower() for r in sharif)


def test_unknown_record_is_404(client: TestClient) -> None:
    assert_error(client.get(f"{API}/records/ins-0000000000"), 404, "ins-0000000000")


# --------------------------------------------------------------------------- commitments, conflicts, timeline


def test_commitments_have_a_status_as_of_the_day_asked(client: TestClient) -> None:
    page = get(client, "/commitments?as_of=2025-01-01&limit=500")
    assert page["total"] == get(client, "/records?kind=commitments")["total"]
    assert all(c["as_of"] == "2025-01-01" and c["status"] in STATUSES and c["reason"] for c in page["items"])
    per_status = [get(client, f"/commitments?as_of=2025-01-01&status={s}")["total"] for s in STATUSES]
    assert sum(per_status) == page["total"]
    today = get(client, "/commitments?limit=1")["items"][0]
    assert today["as_of"] == date.today().isoformat()


def test_commitment_status_depends_on_the_day(client: TestClient) -> None:
    before = get(client, "/commitments?as_of=2024-11-01&status=overdue")["total"]
    after = get(client, "/commitments?as_of=2030-01-01&status=overdue")["total"]
    assert before == 0 and after > 0


def test_bad_commitment_parameters(client: TestClient) -> None:
    assert_error(client.get(f"{API}/commitments?as_of=2025-02-30"), 422, "as_of")
    assert_error(client.get(f"{API}/commitments?status=late"), 422, "status")
    assert_error(client.get(f"{API}/commitments?pair=PK-PK-BY"), 422, "pair")


def test_conflicts_match_the_records(client: TestClient) -> None:
    records = get(client, "/records?conflicted=true&limit=500")["items"]
    conflicts = every_item(client, "/conflicts", 3)
    assert len(conflicts) == sum(len(r["conflicts"]) for r in records) > 0
    assert all(len(c["sides"]) >= 2 for c in conflicts)
    sides = [s for c in conflicts for s in c["sides"]]
    assert all(m["source"] in ("official", "media") for s in sides for m in s["mentions"])
    paired = [c for c in conflicts if c["pair"] == "BY-PK"]
    assert 0 < get(client, "/conflicts?pair=BY-PK")["total"] == len(paired)
    assert get(client, "/conflicts?pair=FR-JP")["total"] == 0


def test_timeline_of_a_pair_in_date_order(client: TestClient) -> None:
    events = every_item(client, "/timeline?pair=PK-BY", 10)
    assert events and [e["date"] for e in events] == sorted(e["date"] for e in events)
    assert all(e["sources"] for e in events)
    assert every_item(client, "/timeline?pair=BY-PK", 500) == events
    assert_error(client.get(f"{API}/timeline"), 422, "pair")
    assert_error(client.get(f"{API}/timeline?pair=Pakistan"), 422, "pair")


def test_audit_log_starts_empty(client: TestClient) -> None:
    assert get(client, "/audit") == {"total": 0, "limit": 50, "offset": 0, "next": None, "items": []}


# --------------------------------------------------------------------------- exports


LISTS = [("articles", ""), ("facts", ""), ("records", ""), ("commitments", "?as_of=2025-01-01"),
         ("conflicts", ""), ("timeline", "?pair=PK-BY"), ("audit", "")]


@pytest.mark.parametrize(("name", "query"), LISTS)
def test_json_export_is_the_whole_list(client: TestClient, name: str, query: str) -> None:
    response = client.get(f"{API}/{name}.json{query}")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/json")
    assert f'{name}.json' in response.headers["content-disposition"]
    assert response.json() == every_item(client, f"/{name}{query}", 500)


@pytest.mark.parametrize(("name", "query"), LISTS)
def test_csv_export_has_a_row_per_item(client: TestClient, name: str, query: str) -> None:
    response = client.get(f"{API}/{name}.csv{query}")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert tuple(rows[0]) == CSV_COLUMNS[name]
    assert len(rows) - 1 == get(client, f"/{name}{query}")["total"]


def test_exports_take_the_filters(client: TestClient) -> None:
    people = list(csv.DictReader(io.StringIO(client.get(f"{API}/facts.csv?kind=people").text)))
    assert people and {r["kind"] for r in people} == {"people"}
    by_id = {f["id"]: f for f in get(client, "/facts?kind=people&limit=500")["items"]}
    for row in people:
        fact = by_id[int(row["id"])]
        assert row["evidence.text"] == fact["evidence"]["text"]
        assert json.loads(row["fields"]) == fact["fields"]
    people_records = get(client, "/records?kind=people")["items"]
    assert client.get(f"{API}/records.json?kind=people").json() == people_records
    assert_error(client.get(f"{API}/facts.csv?kind=nope"), 422, "kind")


# --------------------------------------------------------------------------- the store and the schema


def test_parallel_requests_share_the_store(client: TestClient) -> None:
    urls = ["/facts?limit=500", "/commitments?as_of=2025-01-01&limit=500", "/records?limit=500", "/stats"] * 3
    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(lambda url: get(client, url), urls))
    assert answers[:4] == answers[4:8] == answers[8:]


def test_the_register_is_read_again_only_after_it_changes(db: Path, tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{writable_copy(db, tmp_path)}") as store:
        first = current_register(store)
        assert current_register(store) is first
        assert current_register(store, with_facts=False) is not first
        people = [r.id for r in first.records.values() if r.kind == "people"][:2]
        merge_records(store, people, "one minister", "tester")
        again = current_register(store)
        assert again is not first and len(again.records) == len(first.records) - 1


def test_one_store_per_app_closed_at_shutdown(db: Path) -> None:
    app = app_for(db)
    with TestClient(app) as c:
        store = app.state.store
        assert c.get(f"{API}/stats").status_code == 200 and c.get(f"{API}/facts").status_code == 200
        assert app.state.store is store
    assert app.state.store is None


def test_a_bare_client_opens_the_store_on_first_request(db: Path) -> None:
    app = app_for(db)
    client = TestClient(app)  # no lifespan: the first request opens the store
    assert client.get(f"{API}/stats").json()["articles"] == 5
    app.state.store.close()


def test_openapi_lists_the_versioned_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/articles", "/articles/{key}", "/facts", "/facts.csv", "/facts.json", "/records",
                 "/records/{record_id}", "/commitments", "/conflicts", "/timeline", "/stats",
                 "/records/merge", "/records/split", "/commitments/{record_id}/status"):
        assert API + path in paths


# --------------------------------------------------------------------------- writes and the token


WRITES = [("/articles", {"text": NEW_REPORT}),
          ("/records/merge", {"records": ["a", "b"], "why": "same", "who": "me"}),
          ("/records/split", {"record": "a", "mention": "x:people:0", "why": "no", "who": "me"}),
          ("/commitments/com-1/status", {"status": "fulfilled", "why": "done", "who": "me"}),
          ("/records/ins-1/owner", {"owner": "Ministry of Commerce", "who": "me"}),
          ("/manual/1/amend", {"date": "2024-12-20", "why": "the 20th", "who": "me"})]


@pytest.mark.parametrize(("path", "body"), WRITES)
def test_writes_are_refused_without_a_configured_token(client: TestClient, path: str,
                                                       body: dict[str, Any]) -> None:
    assert_error(client.post(API + path, json=body), 403, "read-only")
    assert_error(client.post(API + path, json=body, headers=AUTH), 403)


@pytest.mark.parametrize(("path", "body"), WRITES)
def test_writes_need_the_right_bearer_token(writer: TestClient, path: str, body: dict[str, Any]) -> None:
    response = writer.post(API + path, json=body)
    assert_error(response, 401, "Bearer")
    assert response.headers["www-authenticate"] == "Bearer"
    assert_error(writer.post(API + path, json=body, headers={"Authorization": "Bearer wrong"}), 401)
    assert_error(writer.post(API + path, json=body, headers={"Authorization": f"Basic {TOKEN}"}), 401)


def test_post_article_ingests_extracts_and_registers(writer: TestClient) -> None:
    before = get(writer, "/stats")
    response = writer.post(f"{API}/articles", json={"text": NEW_REPORT, "name": "agri.txt"}, headers=AUTH)
    assert response.status_code == 201, response.text
    result = response.json()
    [article] = result["articles"]
    assert article["added"] and article["name"] == "agri.txt" and article["facts"] > 0
    assert result["register"]["articles"] == 1
    stored = get(writer, f"/articles/{article['id']}")
    assert stored["text"] == NEW_REPORT  # returned as data, markup and all
    assert stored["published"] == "2025-03-03"
    assert get(writer, "/stats")["articles"] == before["articles"] + 1
    records = get(writer, "/records?limit=500")["items"]
    assert any(m["article"] == stored["content_hash"] for r in records for m in r["mentions"])
    again = writer.post(f"{API}/articles", json={"text": NEW_REPORT}, headers=AUTH)
    assert again.status_code == 200 and not again.json()["articles"][0]["added"]
    assert again.json()["articles"][0]["id"] == article["id"]


def test_post_an_article_over_spacys_limit_is_stored(writer: TestClient) -> None:
    from tests.test_pipeline import long_text

    text = long_text()
    response = writer.post(f"{API}/articles", json={"text": text, "name": "long.txt"}, headers=AUTH)
    assert response.status_code == 201, response.text[:300]
    [article] = response.json()["articles"]
    assert article["added"] and article["facts"] > 0
    assert get(writer, f"/articles/{article['id']}")["text"] == text


def test_a_latin1_upload_is_told_what_the_api_can_do(writer: TestClient) -> None:
    data = NEW_REPORT.replace("Foreign", "Fóreign").encode("latin-1")
    refused = writer.post(f"{API}/articles", content=data, headers={**AUTH, "Content-Type": "text/plain"})
    assert_error(refused, 422, "not UTF-8", "charset")
    assert "--encoding" not in refused.text
    named = writer.post(f"{API}/articles", content=data,
                        headers={**AUTH, "Content-Type": "text/plain; charset=ISO-8859-1"})
    assert named.status_code == 201, named.text
    files = {"file": ("latin.txt", data.replace(b"Monday", b"Tuesday"), "text/plain; charset=latin-1")}
    assert writer.post(f"{API}/articles", files=files, headers=AUTH).status_code == 201


def test_post_article_as_a_file_upload_keeps_only_a_bare_name(writer: TestClient, tmp_path: Path) -> None:
    files = {"file": ("../../../etc/evil/report.txt", FEED_REPORT.encode(), "text/plain")}
    response = writer.post(f"{API}/articles", files=files, data={"outlet": "Test Wire"}, headers=AUTH)
    assert response.status_code == 201, response.text
    [article] = response.json()["articles"]
    stored = get(writer, f"/articles/{article['id']}")
    assert stored["name"] == "report.txt" and stored["source"] == "report.txt"
    assert stored["outlet"] == "Test Wire"
    assert not (tmp_path / "report.txt").exists()


def test_post_a_feed_ingests_each_entry(writer: TestClient) -> None:
    texts = (FEED_REPORT, NEW_REPORT.replace("<script>alert(1)</script>", ""))
    entries = "".join(f"<item><title>Report {n}</title><description>{text}</description></item>"
                      for n, text in enumerate(texts))
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{entries}</channel></rss>'
    files = {"file": ("wire.rss", feed.encode(), "application/rss+xml")}
    response = writer.post(f"{API}/articles", files=files, headers=AUTH)
    assert response.status_code == 201, response.text
    names = [a["name"] for a in response.json()["articles"]]
    assert names == ["wire.rss#1", "wire.rss#2"]
    assert get(writer, "/stats")["articles"] == 7


def test_post_article_as_a_text_body(writer: TestClient) -> None:
    response = writer.post(f"{API}/articles", content=FEED_REPORT.encode(),
                           headers={**AUTH, "Content-Type": "text/plain; charset=utf-8"})
    assert response.status_code == 201, response.text


@pytest.mark.parametrize(("kwargs", "status", "words"), [
    ({"json": {"text": ""}}, 422, ["text"]),
    ({"json": {"text": "   \n  "}}, 422, ["empty"]),
    ({"json": {"body": "hello"}}, 422, ["text"]),
    ({"json": {"text": GERMAN_REPORT}}, 422, ["not English"]),
    ({"json": {"text": NEW_REPORT, "published": "03/03/2025"}}, 422, ["published"]),
    ({"content": b"\x00\x01\x02binary", "headers": {"Content-Type": "text/plain"}}, 422, ["binary"]),
    ({"content": b"not json", "headers": {"Content-Type": "application/json"}}, 422, []),
    ({"content": b"<doc/>", "headers": {"Content-Type": "image/png"}}, 415, ["text/plain"]),
    ({"files": {"other": ("a.txt", b"x", "text/plain")}}, 422, ["file"]),
    ({"files": {"file": ("a.txt", NEW_REPORT.encode(), "text/plain")}, "data": {"published": "soon"}},
     422, ["published"]),
])
def test_bad_uploads_are_refused_with_the_reason(writer: TestClient, kwargs: dict[str, Any], status: int,
                                                 words: list[str]) -> None:
    headers = {**AUTH, **kwargs.pop("headers", {})}
    assert_error(writer.post(f"{API}/articles", headers=headers, **kwargs), status, *words)
    assert get(writer, "/stats")["articles"] == 5


def test_an_upload_over_the_size_limit_is_refused(db: Path, tmp_path: Path) -> None:
    with TestClient(app_for(writable_copy(db, tmp_path), token=TOKEN, max_bytes=100)) as c:
        assert_error(c.post(f"{API}/articles", json={"text": NEW_REPORT}, headers=AUTH), 422, "limit")
        huge = NEW_REPORT * 200
        assert_error(c.post(f"{API}/articles", json={"text": huge}, headers=AUTH), 413, "too large")
        assert_error(c.post(f"{API}/articles", content=huge.encode(),
                            headers={**AUTH, "Content-Type": "text/plain"}), 413)
        streamed = (NEW_REPORT.encode() for _ in range(200))  # chunked: no length declared
        assert_error(c.post(f"{API}/articles", content=streamed,
                            headers={**AUTH, "Content-Type": "text/plain"}), 413)
        files = {"file": ("big.txt", huge.encode(), "text/plain")}
        assert_error(c.post(f"{API}/articles", files=files, headers=AUTH), 413)
        assert get(c, "/stats")["articles"] == 5


def test_upload_names_are_reduced_to_a_bare_name() -> None:
    assert safe_name("../../etc/passwd", b"x") == "passwd"
    assert safe_name("C:\\Windows\\win.ini", b"x") == "win.ini"
    assert safe_name("..", b"x").startswith("upload-")
    assert safe_name("<b>news<b>.txt", b"x") == "b_news_b_.txt"
    assert safe_name(None, b"x") == safe_name("", b"x")


def _people(client: TestClient) -> list[dict[str, Any]]:
    return list(get(client, "/records?kind=people&limit=500")["items"])


def test_merge_records_is_audited(writer: TestClient) -> None:
    people = _people(writer)
    ids = [people[0]["id"], people[1]["id"]]
    body = {"records": ids, "why": "the same minister, spelled twice", "who": "analyst"}
    response = writer.post(f"{API}/records/merge", json=body, headers=AUTH)
    assert response.status_code == 200, response.text
    audit = response.json()["audit"]
    assert audit["action"] == "merge" and audit["who"] == "analyst" and audit["records"] == ids
    assert len(_people(writer)) == len(people) - 1
    assert get(writer, "/audit")["items"] == [audit]


def test_split_record_is_audited(writer: TestClient) -> None:
    record = next(r for r in get(writer, "/records?limit=500")["items"] if len(r["mentions"]) >= 2)
    mention = record["mentions"][-1]
    key = f"{mention['article'][:12]}:{mention['kind']}:{mention['index']}"
    body = {"record": record["id"], "mention": key, "why": "a different event", "who": "analyst"}
    response = writer.post(f"{API}/records/split", json=body, headers=AUTH)
    assert response.status_code == 200, response.text
    assert response.json()["audit"]["action"] == "split"
    after = get(writer, f"/records?kind={record['kind']}&limit=500")["items"]
    assert any(r["mentions"] == [mention] for r in after)
    assert next(r for r in after if r["id"] == record["id"])["mentions"] == record["mentions"][:-1]


def test_set_commitment_status_overrides_the_computed_one(writer: TestClient) -> None:
    commitment = get(writer, "/commitments?as_of=2030-01-01&status=overdue")["items"][0]
    body = {"status": "fulfilled", "why": "the ministry confirmed it", "who": "analyst"}
    response = writer.post(f"{API}/commitments/{commitment['id']}/status", json=body, headers=AUTH)
    assert response.status_code == 200, response.text
    now = get(writer, "/commitments?as_of=2030-01-01&limit=500")["items"]
    changed = next(c for c in now if c["id"] == commitment["id"])
    assert changed["status"] == "fulfilled" and changed["curated"]["who"] == "analyst"


@pytest.mark.parametrize(("path", "body", "status", "words"), [
    ("/records/merge", {"records": ["per-0000000000", "per-0000000001"], "why": "x", "who": "me"}, 404,
     ["per-0000000000"]),
    ("/records/merge", {"records": ["x"], "why": "x", "who": "me"}, 422, ["records"]),
    ("/records/merge", {"records": ["a", "b"], "who": "me"}, 422, ["why"]),
    ("/records/split", {"record": "per-0000000000", "mention": "a:people:0", "why": "x", "who": "me"},
     404, []),
    ("/commitments/com-0000000000/status", {"status": "fulfilled", "why": "x", "who": "me"}, 404, []),
    ("/commitments/com-0000000000/status", {"status": "finished", "why": "x", "who": "me"}, 422, ["status"]),
])
def test_bad_curation_is_refused(writer: TestClient, path: str, body: dict[str, Any], status: int,
                                 words: list[str]) -> None:
    assert_error(writer.post(API + path, json=body, headers=AUTH), status, *words)
    assert get(writer, "/audit")["total"] == 0


def test_curation_errors_from_the_register_are_422(writer: TestClient) -> None:
    people, commitment = _people(writer)[0], get(writer, "/records?kind=commitments&limit=1")["items"][0]
    body = {"records": [people["id"], commitment["id"]], "why": "x", "who": "me"}
    assert_error(writer.post(f"{API}/records/merge", json=body, headers=AUTH), 422, "one kind")
    status = {"status": "fulfilled", "why": "x", "who": "me"}
    assert_error(writer.post(f"{API}/commitments/{people['id']}/status", json=status, headers=AUTH), 422)
    split = {"record": people["id"], "mention": "nonsense", "why": "x", "who": "me"}
    assert_error(writer.post(f"{API}/records/split", json=split, headers=AUTH), 422)


# --------------------------------------------------------------------------- accord serve


@pytest.fixture()
def served(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Return what `accord serve` handed to uvicorn (which is not started)."""
    import uvicorn

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    monkeypatch.delenv("ACCORD_TOKEN", raising=False)
    return seen


def test_serve_binds_loopback_read_only_by_default(served: dict[str, Any], db: Path) -> None:
    result = CliRunner().invoke(cli_app, ["--db", str(db), "serve"])
    assert result.exit_code == 0, result.output
    assert served["host"] == "127.0.0.1" and served["port"] == 8765
    assert served["app"].state.token is None
    assert "http://127.0.0.1:8765/" in result.output and "read-only" in result.output


def test_serve_takes_host_port_and_token(served: dict[str, Any], db: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    result = CliRunner().invoke(cli_app, ["--db", str(db), "serve", "--host", "0.0.0.0", "--port", "9001",
                                          "--token", "abc"])
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"], served["app"].state.token) == ("0.0.0.0", 9001, "abc")
    assert "http://127.0.0.1:9001/" in result.output and "abc" not in result.output
    monkeypatch.setenv("ACCORD_TOKEN", "from-env")
    assert CliRunner().invoke(cli_app, ["--db", str(db), "serve"]).exit_code == 0
    assert served["app"].state.token == "from-env"


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8765", "127.0.0.1.evil.example", ""])
def test_a_forged_host_header_is_refused(db: Path, host: str) -> None:
    with TestClient(app_for(db)) as c:
        for path in ("/", "/register", f"{API}/facts", f"{API}/stats", "/openapi.json"):
            response = c.get(path, headers={"Host": host})
            assert response.status_code == 400, (path, host)
            assert "evil" not in response.text


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.1:8765", "localhost:8765", "LOCALHOST", "[::1]:8765"])
def test_local_host_headers_are_answered(db: Path, host: str) -> None:
    with TestClient(app_for(db)) as c:
        response = c.get(f"{API}/facts?limit=1", headers={"Host": host})
        assert response.status_code == 200
        assert response.json()["next"].startswith(f"http://{host}/")


def test_serve_answers_its_host_and_the_allowed_ones_only(served: dict[str, Any], db: Path) -> None:
    result = CliRunner().invoke(cli_app, ["--db", str(db), "serve", "--host", "192.0.2.7",
                                          "--allowed-host", "accord.lan", "--allowed-host", "FE80::1"])
    assert result.exit_code == 0, result.output
    with TestClient(served["app"]) as c:
        for host, status in [("192.0.2.7:8765", 200), ("accord.lan", 200), ("[fe80::1]", 200),
                             ("localhost", 200), ("evil.example", 400), ("192.0.2.8", 400)]:
            assert c.get(f"{API}/stats", headers={"Host": host}).status_code == status, host


def test_worker_processes_get_the_same_hosts(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from accord.server import allowed_hosts, app_from_env, server_environment

    hosts = allowed_hosts("0.0.0.0", ["accord.lan"])
    assert hosts == ("127.0.0.1", "localhost", "[::1]", "accord.lan")
    for name, value in server_environment(Settings(db_url=f"sqlite:///{db}"), None, hosts).items():
        monkeypatch.setenv(name, value)
    with TestClient(app_from_env()) as c:
        assert c.get(f"{API}/stats", headers={"Host": "accord.lan"}).status_code == 200
        assert c.get(f"{API}/stats", headers={"Host": "0.0.0.0"}).status_code == 400


def test_serve_reads_the_token_from_a_file(served: dict[str, Any], db: Path, tmp_path: Path) -> None:
    secret = tmp_path / "token"
    secret.write_text("s3cret-from-file\nignored\n", encoding="utf-8")
    result = CliRunner().invoke(cli_app, ["--db", str(db), "serve", "--token-file", str(secret)])
    assert result.exit_code == 0, result.output
    assert served["app"].state.token == "s3cret-from-file" and "s3cret" not in result.output
    secret.write_text("\n", encoding="utf-8")
    empty = CliRunner().invoke(cli_app, ["--db", str(db), "serve", "--token-file", str(secret)])
    assert empty.exit_code == 2 and "no token" in empty.output
    help_text = CliRunner().invoke(cli_app, ["serve", "--help"]).output
    assert "--token-file" in help_text and "ACCORD_TOKEN" in help_text


def test_serve_refuses_a_bad_port_or_database(served: dict[str, Any], tmp_path: Path) -> None:
    args = ["--db", str(tmp_path / "x.db"), "serve", "--port", "70000"]
    assert CliRunner().invoke(cli_app, args).exit_code == 2
    bad = CliRunner().invoke(cli_app, ["--db", "nosuchdriver://x", "serve"])
    assert bad.exit_code == 1 and "app" not in served


def names(fields: dict[str, Any], country: Country) -> bool:
    """Say, the slow way, whether a fact's fields name a state by any of its forms."""
    text = fold("\n".join(_values(fields)))
    return any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) for f in gazetteer().forms(country))


def _picks(query: Any, fact: Any, pairs: dict[str, str]) -> bool:
    """The facts query's meaning, in Python, for comparing with what the database returns."""
    if query.kind and fact.kind != query.kind:
        return False
    if query.sector and fold(query.sector) not in [fold(str(s)) for s in fact.fields.get("sectors") or []]:
        return False
    if query.status and fact.fields.get("status") != query.status:
        return False
    if query.since and (fact.published is None or fact.published < query.since):
        return False
    if query.country and not names(fact.fields, gazetteer().resolve(query.country)):
        return False
    if query.pair:
        key = "-".join(sorted(query.pair.upper().split("-")))
        states = [gazetteer().by_iso2(code) for code in key.split("-")]
        if pairs.get(fact.cluster or "") != key and not all(names(fact.fields, c) for c in states if c):
            return False
    haystack = fold("\n".join([fact.quote, *_values(fact.fields)]))
    return all(w in haystack for w in fold(query.q or "").split())


def _values(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for v in value.values():
            yield from _values(v)
    elif isinstance(value, list):
        for v in value:
            yield from _values(v)
    elif value is not None:
        yield str(value)


QUERIES = [{}, {"kind": "instruments"}, {"kind": "people", "country": "Pakistan"}, {"country": "Belarusian"},
           {"pair": "PK-BY"}, {"pair": "by-pk", "kind": "commitments"}, {"sector": "trade"},
           {"sector": "Trade", "status": "signed"}, {"status": "signed", "since": date(2025, 1, 1)},
           {"q": "roadmap"}, {"q": "MINSK two"}, {"q": "50%_"},
           {"pair": "PK-BY", "sector": "defence", "q": "the"},
           {"since": date(2024, 12, 1), "country": "Pakistan", "kind": "figures"}]


@pytest.mark.parametrize("given", QUERIES)
def test_the_database_picks_and_pages_the_facts_the_filters_describe(db: Path, given: dict[str, Any]) -> None:
    from accord import read
    from accord.store import Store

    with Store.open(f"sqlite:///{db}") as store:
        everything = read.fact_list(store, read.FactQuery())
        pairs = {r.record.id: r.pair for r in read.record_list(store)}
        query = read.FactQuery(**given)
        expected = [f.id for f in everything if _picks(query, f, pairs)]
        assert [f.id for f in read.fact_list(store, query)] == expected
        for offset in (0, 5, len(expected) - 3, len(expected) + 2):
            page = read.facts_page(store, query, 7, max(offset, 0))
            assert page.total == len(expected)
            assert [f.id for f in page.items] == expected[max(offset, 0):max(offset, 0) + 7]


def test_serve_with_workers_hands_uvicorn_a_factory_and_the_settings(
        served: dict[str, Any], db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    # `serve --workers` writes its settings into the environment: keep that inside this test
    monkeypatch.setattr(os, "environ", {k: v for k, v in os.environ.items() if not k.startswith("ACCORD_")})
    result = CliRunner().invoke(cli_app, ["--db", str(db), "serve", "--workers", "2", "--token", "t0k"])
    assert result.exit_code == 0, result.output
    assert served["app"] == "accord.server:app_from_env" and served["factory"] is True
    assert served["workers"] == 2 and served["host"] == "127.0.0.1"
    from accord.server import app_from_env

    built = app_from_env()  # what each worker process builds from the environment it inherits
    assert built.state.settings.db_url.endswith(str(db)) and built.state.token == "t0k"
    assert os.environ["ACCORD_DB"].endswith(str(db))


def test_an_upload_accord_fails_on_answers_500_and_keeps_the_server_up(
        writer: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from accord.extract.rules import meetings

    real = meetings.find

    def find(ctx: Any) -> Any:
        if "Qwertyuiop" in ctx.article.text:
            raise IndexError("no such group")
        return real(ctx)

    monkeypatch.setattr(meetings, "find", find)
    bad = NEW_REPORT.replace("Islamabad", "Qwertyuiop")
    assert_error(writer.post(f"{API}/articles", json={"text": bad}, headers=AUTH), 500,
                 "extraction failed", "IndexError")
    assert get(writer, "/stats")["articles"] == 5  # nothing half-stored
    ok = writer.post(f"{API}/articles", json={"text": FEED_REPORT}, headers=AUTH)
    assert ok.status_code == 201, ok.text  # the next request is served as usual


# --------------------------------------------------------------------------- one shape per list


def _list_values(store: Store) -> dict[str, tuple[Any, list[Mapping[str, Any]]]]:
    day = date(2025, 1, 1)
    return {
        "facts": (models.Fact, [f.to_json() for f in read.fact_list(store, read.FactQuery())]),
        "articles": (models.ArticleSummary, [a.to_json() for a in read.article_list(store)]),
        "records": (models.RecordModel, [r.to_json() for r in read.record_list(store)]),
        "commitments": (models.Commitment, [c.to_json() for c in read.commitment_list(store, day)]),
        "initiatives": (models.Initiative, [i.to_json() for i in read.initiative_list(store, day)]),
        "conflicts": (models.Conflict, [c.to_json() for c in read.conflict_list(store)]),
        "timeline": (models.TimelineEvent, [e.to_json() for e in read.timeline_list(store, "BY-PK")]),
        "audit": (models.Curation, [read.audit_json(a) for a in read.audit_list(store)]),
    }


def test_api_models_and_csv_layouts_match_the_library_serialisers(db: Path) -> None:
    with Store.open(f"sqlite:///{db}") as store:
        lists = _list_values(store)
    assert set(lists) | {"due"} == set(CSV_COLUMNS)
    for name, (model, items) in lists.items():
        # the API's model of a list is the shape its serialiser is typed with (`accord.shapes`)
        fields = set(model.__required_keys__)
        open_model = model.__pydantic_config__.get("extra") == "allow"  # a record's own fields pass through
        heads = {c.split(".")[0] for c in CSV_COLUMNS[name]}
        for item in items:
            assert fields <= set(item) if open_model else set(item) == fields, name
            assert heads <= set(item), name  # the CSV layout reads the JSON, flattened
        assert open_model or heads <= fields, name
    assert all(lists[name][1] for name in ("facts", "articles", "records", "commitments", "timeline"))
