"""Initiatives (issue 12): ventures, projects, offers, links and areas of cooperation as tracked records.

Constructions are proved on our own wording (several positives varying verb, voice and
order, negatives sharing the surface words but not the construction); then consolidation
across reports, the state as of a day, and the CLI, API and dashboard lists.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.core import ArticleFacts, Initiative
from accord.extract.rules import RulesExtractor
from accord.initiatives import carriers, initiative_status
from accord.resolve import Record, ResolveOptions, consolidate
from accord.resolve.canon import initiative_progress
from tests.api_support import TestClient, app_for, sample_db
from tests.extract_support import facts as extract_facts

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "pakistan-belarus"
runner = CliRunner()


def facts(extractor: RulesExtractor, text: str, published: date = date(2025, 5, 6),
          name: str = "t.txt") -> ArticleFacts:
    return extract_facts(extractor, text, published=published, name=name)


def found(extractor: RulesExtractor, text: str) -> list[Initiative]:
    return facts(extractor, text).initiatives


# --------------------------------------------------------------------------- offers


@pytest.mark.parametrize(("text", "words"), [
    ("Kenya offered to train 2,000 Ugandan nurses at its medical colleges.", "train 2,000 Ugandan nurses"),
    ("Japan proposed to finance a new container terminal in Vietnam.", "finance a new container terminal"),
    ("The Turkish side suggested to hold a joint trade fair in Azerbaijan next spring.",
     "hold a joint trade fair"),
    ("Qatar has extended an offer to supply liquefied natural gas to Pakistan at a discount.",
     "supply liquefied natural gas"),
    ("India's proposal to build a cancer hospital in Nepal was welcomed by the Nepalese prime minister.",
     "build a cancer hospital"),
    ("Under the scheme, Germany offers to recruit 20,000 skilled workers from Kenya.",
     "recruit 20,000 skilled workers"),
])
def test_an_offer_to_do_something_is_an_offer(extractor: RulesExtractor, text: str, words: str) -> None:
    offers = [f for f in found(extractor, text) if f.type == "offer"]
    assert len(offers) == 1 and offers[0].subject.startswith(words) and offers[0].state == "proposed"
    assert len(offers[0].parties) == 2


@pytest.mark.parametrize("text", [
    "Brazil offered its condolences to Argentina after the floods.",
    "Egypt offered to deepen ties with Jordan.",
    "The offer of Saudi Arabia was discussed by Pakistani officials.",
])
def test_an_offer_of_sympathy_or_of_ties_or_with_no_act_is_none(extractor: RulesExtractor, text: str) -> None:
    assert [f for f in found(extractor, text) if f.type == "offer"] == []


# --------------------------------------------------------------------------- joint ventures


@pytest.mark.parametrize(("text", "state"), [
    ("Vietnam and Laos agreed to set up a joint venture to mine bauxite.", "agreed"),
    ("Russian and Indian firms will establish joint ventures in shipbuilding.", "agreed"),
    ("A joint venture between Chinese and Serbian companies was launched in Belgrade to produce tyres.",
     "under_way"),
    ("The ministers discussed possible joint ventures in pharmaceuticals between Iran and Armenia.",
     "proposed"),
    ("Ghana and Nigeria have scrapped their joint venture in cocoa processing.", "dropped"),
])
def test_a_joint_venture_takes_the_state_of_its_verb(extractor: RulesExtractor, text: str,
                                                     state: str) -> None:
    ventures = [f for f in found(extractor, text) if f.type == "joint_venture"]
    assert [v.state for v in ventures] == [state] and "joint venture" in ventures[0].subject


@pytest.mark.parametrize("text", [
    "The Mexican minister said the venture capital market in Canada was growing.",
    "Chile and Peru took a joint decision on fishing quotas.",
])
def test_a_venture_that_is_not_joint_is_none(extractor: RulesExtractor, text: str) -> None:
    assert found(extractor, text) == []


# --------------------------------------------------------------------------- projects


@pytest.mark.parametrize(("text", "state", "sector"), [
    ("Indonesia and Malaysia launched a joint research project on palm oil.", "under_way",
     "science and technology"),
    ("The Sri Lankan housing project funded by India was completed in March.", "done", "urban development"),
    ("China and Pakistan agreed on new hydropower projects in Khyber Pakhtunkhwa.", "agreed", "energy"),
    ("The joint solar energy project between Morocco and Spain was inaugurated on Friday.", "done", "energy"),
    ("Bangladesh and India shelved the bilateral water project on the Teesta river.", "dropped", "water"),
])
def test_a_project_pursued_is_a_project(extractor: RulesExtractor, text: str, state: str,
                                        sector: str) -> None:
    projects = [f for f in found(extractor, text) if f.type == "project"]
    assert len(projects) == 1 and projects[0].state == state and sector in projects[0].sectors


@pytest.mark.parametrize("text", [
    "The project manager from Kenya met Ugandan engineers.",
    "A Nigerian project was mentioned in passing by Ghanaian reporters.",
])
def test_a_project_merely_named_is_none(extractor: RulesExtractor, text: str) -> None:
    assert found(extractor, text) == []


# --------------------------------------------------------------------------- connectivity


@pytest.mark.parametrize(("text", "subject", "state"), [
    ("Pakistan and Uzbekistan agreed to build a railway through Afghanistan.", "railway", "agreed"),
    ("Azerbaijan and Georgia opened a new highway between Baku and Tbilisi.",
     "new highway between Baku and Tbilisi", "done"),
    ("Ethiopia and Djibouti will launch direct flights between Addis Ababa and Djibouti City next month.",
     "direct flights between Addis Ababa and Djibouti City", "agreed"),
    ("India and Iran are developing the North-South Transport Corridor.", "North-South Transport Corridor",
     "under_way"),
    ("Belarus expressed interest in participating in connectivity projects with Pakistan such as the "
     "corridor.",
     "connectivity projects with Pakistan such as the corridor", "proposed"),
])
def test_links_built_or_run_are_connectivity(extractor: RulesExtractor, text: str, subject: str,
                                             state: str) -> None:
    links = [f for f in found(extractor, text) if f.type == "connectivity"]
    assert [(f.subject, f.state) for f in links] == [(subject, state)]


@pytest.mark.parametrize("text", [
    "The flight of the Thai king landed in Vientiane after talks with Laos.",
    "Korean officials described the corridor of the Japanese embassy.",
])
def test_a_flight_or_corridor_nobody_builds_or_runs_is_none(extractor: RulesExtractor, text: str) -> None:
    assert found(extractor, text) == []


# --------------------------------------------------------------------------- areas of cooperation


@pytest.mark.parametrize(("text", "areas", "state"), [
    ("The leaders of Kenya and Tanzania identified tourism, fisheries and energy as key areas for "
     "cooperation.",
     {"tourism", "fisheries", "energy"}, "proposed"),
    ("Brazil and Angola discussed priority sectors such as oil, agriculture and education.",
     {"oil", "agriculture", "education"}, "proposed"),
    ("The new areas of collaboration between Poland and Ukraine are defence and energy.",
     {"defence", "energy"}, "proposed"),
    ("Egypt and Sudan agreed on key sectors, including irrigation and electricity.",
     {"irrigation", "electricity"}, "agreed"),
    ("Officials of Ghana and Togo named cocoa processing and port logistics as priority areas of "
     "partnership.",
     {"cocoa processing", "port logistics"}, "proposed"),
    ("Key areas of cooperation between Chile and Argentina include mining and lithium processing.",
     {"mining", "lithium processing"}, "proposed"),
])
def test_each_key_area_listed_is_one_area(extractor: RulesExtractor, text: str, areas: set[str],
                                          state: str) -> None:
    listed = [f for f in found(extractor, text) if f.type == "area"]
    assert {f.subject for f in listed} == areas and {f.state for f in listed} == {state}
    assert all(f.parties for f in listed)


@pytest.mark.parametrize("text", [
    "Rural areas of Peru were hit by floods, Bolivian officials said.",
    "The key to better ties between Serbia and Croatia is trade.",
])
def test_areas_that_are_places_or_keys_are_none(extractor: RulesExtractor, text: str) -> None:
    assert found(extractor, text) == []


# --------------------------------------------------------------------------- first batches: under way


@pytest.mark.parametrize(("text", "subject"), [
    ("The first batch of 300 Nepalese workers left for Qatar under the labour agreement.",
     "Nepalese workers"),
    ("The first consignment of Kenyan avocados was shipped to China on Friday.", "Kenyan avocados"),
    ("The first tranche of the Saudi loan to Pakistan was released.", "Saudi loan"),
    ("The first group of Indian students arrived in Moscow on Monday, Russian officials said.",
     "Indian students"),
    ("The first contingent of Filipino nurses arrived in Germany under the scheme.", "Filipino nurses"),
])
def test_a_first_batch_that_went_is_an_initiative_under_way(extractor: RulesExtractor, text: str,
                                                            subject: str) -> None:
    assert [(f.subject, f.state) for f in found(extractor, text)] == [(subject, "under_way")]


@pytest.mark.parametrize("text", [
    "The first batch of Sri Lankan workers will leave for Israel next week.",
    "The first batch of questions from Indian reporters was about trade with Japan.",
])
def test_a_first_batch_still_to_go_or_that_is_no_delivery_is_none(extractor: RulesExtractor,
                                                                  text: str) -> None:
    assert found(extractor, text) == []


def test_an_initiative_said_twice_in_a_report_is_one_fact_at_its_furthest_state(
        extractor: RulesExtractor) -> None:
    text = ("Kenya and Ethiopia agreed to build a railway between Nairobi and Addis Ababa. Officials said "
            "that Kenya and Ethiopia launched the railway between Nairobi and Addis Ababa last year.")
    links = [f for f in found(extractor, text) if f.type == "connectivity"]
    assert len(links) == 1 and links[0].state == "under_way" and "launched" in links[0].evidence.text


# --------------------------------------------------------------------------- the sample corpus


def test_the_sample_corpus_has_the_workers_offer_and_the_key_areas(extractor: RulesExtractor) -> None:
    offer_text = (EXAMPLES / "004_1cdabd96cc36ddc2.txt").read_text(encoding="utf-8")
    offers = [f for f in facts(extractor, offer_text, date(2025, 4, 11)).initiatives if f.type == "offer"]
    assert any("150,000" in f.subject and "workers" in f.subject for f in offers)
    areas_text = (EXAMPLES / "000_846070d1f38a0bf4.txt").read_text(encoding="utf-8")
    listed = facts(extractor, areas_text, date(2024, 11, 27)).initiatives
    areas = {f.subject for f in listed if f.type == "area"}
    assert areas == {"agricultural machinery", "mining", "information technology",
                     "heavy machinery manufacturing"}


# --------------------------------------------------------------------------- consolidation, state over time


FLIGHTS = [
    ("agreed.txt", date(2025, 1, 10),
     "ISLAMABAD: Pakistan and Belarus agreed to launch direct flights between Islamabad and Minsk, "
     "the Pakistani foreign office said after talks with the Belarusian minister. The two sides also "
     "identified tourism and mining as key areas for cooperation."),
    ("launched.txt", date(2025, 6, 1),
     "MINSK: Direct flights between Islamabad and Minsk were launched on Sunday, Belarusian and Pakistani "
     "officials said. Pakistan and Belarus signed an agreement on air services."),
    ("suspended.txt", date(2025, 9, 3),
     "Belarus suspended the direct flights between Minsk and Islamabad, Pakistani officials said."),
]


@pytest.fixture(scope="module")
def flights(extractor: RulesExtractor) -> dict[str, Record]:
    register = consolidate([facts(extractor, text, day, name) for name, day, text in FLIGHTS],
                           ResolveOptions(semantic=None))
    records = [r for r in register.records.values() if r.kind == "initiatives"]
    return {str(r.fields["subject"]): r for r in records} | {"": Record("", "", {}, [])}


def test_one_initiative_reported_three_times_is_one_record(flights: dict[str, Record]) -> None:
    link = next(r for r in flights.values() if r.fields.get("type") == "connectivity")
    assert [h["state"] for h in link.fields["history"]] == ["agreed", "under_way", "dropped"]
    assert len({m.article for m in link.mentions}) == 3
    assert {"tourism", "mining"} <= set(flights)  # two areas: two records, not merged with the flights


def test_an_initiative_stands_where_the_reports_up_to_a_day_took_it(flights: dict[str, Record]) -> None:
    link = next(r for r in flights.values() if r.fields.get("type") == "connectivity")
    assert initiative_status(link, date(2024, 12, 31)) is None
    agreed = initiative_status(link, date(2025, 3, 1))
    assert agreed is not None and (agreed.state, agreed.since) == ("agreed", date(2025, 1, 10))
    going = initiative_status(link, date(2025, 6, 2))
    assert going is not None and going.state == "under_way" and going.evidence is not None
    assert "were launched" in going.evidence.quote
    dropped = initiative_status(link, date(2025, 12, 1))
    assert dropped is not None and (dropped.state, dropped.since) == ("dropped", date(2025, 9, 3))


def test_a_later_weaker_report_does_not_undo_progress_but_a_revival_does() -> None:
    steps = [{"state": "agreed", "reported": "2025-01-01"}, {"state": "proposed", "reported": "2025-02-01"},
             {"state": "dropped", "reported": "2025-03-01"}, {"state": "proposed", "reported": "2025-04-01"}]
    assert initiative_progress(steps[:2]) == (steps[0], "2025-01-01")
    assert initiative_progress(steps[:3]) == (steps[2], "2025-03-01")
    assert initiative_progress(steps) == (steps[3], "2025-04-01")
    assert initiative_progress([]) is None


def test_the_instrument_signed_in_the_same_report_carries_the_initiative(extractor: RulesExtractor) -> None:
    text = ("Pakistan and Belarus signed an agreement on air services under which they agreed to launch "
            "direct flights between Islamabad and Minsk.")
    register = consolidate([facts(extractor, text)], ResolveOptions(semantic=None))
    link = next(r for r in register.records.values() if r.kind == "initiatives")
    carried = carriers(link, register)
    assert any(c.kind == "instruments" and c.relation == "same_sentence" for c in carried)


def test_the_document_an_initiative_is_under_carries_it_not_another(extractor: RulesExtractor) -> None:
    text = ("Pakistan and Belarus signed an MoU on labour migration and an agreement on customs in Minsk "
            "on Monday. Belarusian officials said that the first batch of 500 Pakistani workers arrived in "
            "Minsk under the MoU.")
    register = consolidate([facts(extractor, text)], ResolveOptions(semantic=None))
    batch = next(r for r in register.records.values() if r.kind == "initiatives")
    under = {c.record for c in carriers(batch, register) if c.relation == "under"}
    types = {register.records[r].fields["type"] for r in under}
    assert types == {"mou"}


# --------------------------------------------------------------------------- CLI, API, dashboard


def cli(db: Path, *args: str) -> Any:
    result = runner.invoke(app, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def flights_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("flights")
    for name, day, text in FLIGHTS:
        (folder / name).write_text(f"Published: {day.strftime('%d %B %Y')}\n\n{text}\n", encoding="utf-8")
    db = folder / "accord.db"
    cli(db, "--similarity", "words", "ingest", str(folder))
    return db


def test_the_cli_lists_initiatives_as_of_a_day_by_state(flights_db: Path) -> None:
    listed = json.loads(cli(flights_db, "initiatives", "--as-of", "2025-07-01", "--json").stdout)
    states = {v["subject"]: v["state"] for v in listed}
    assert "under_way" in states.values() and states.get("mining") == "proposed"
    early = json.loads(cli(flights_db, "initiatives", "--as-of", "2024-12-01", "--json").stdout)
    assert early == []
    going = json.loads(cli(flights_db, "initiatives", "--as-of", "2025-07-01", "--state", "under_way",
                           "--json").stdout)
    assert [v["type"] for v in going] == ["connectivity"] and going[0]["evidence"]["quote"]
    paired = json.loads(cli(flights_db, "initiatives", "--pair", "PK-BY", "--json").stdout)
    assert len(paired) == len(json.loads(cli(flights_db, "initiatives", "--json").stdout)) >= 3
    rows = list(csv.DictReader(io.StringIO(cli(flights_db, "initiatives", "--csv").stdout)))
    assert {r["state"] for r in rows} >= {"dropped", "proposed"} and all(r["evidence.quote"] for r in rows)


def test_initiatives_carry_a_suggested_owner_and_filter_by_it(flights_db: Path) -> None:
    listed = json.loads(cli(flights_db, "initiatives", "--json").stdout)
    mining = next(v for v in listed if v["subject"] == "mining")
    assert mining["owner"]["suggested"] is True and mining["owner"]["name"]
    name = mining["owner"]["name"].upper()  # any case
    owned = json.loads(cli(flights_db, "initiatives", "--owner", name, "--json").stdout)
    assert "mining" in {v["subject"] for v in owned} and len(owned) < len(listed)
    assert json.loads(cli(flights_db, "initiatives", "--owner", "Ministry of Nothing", "--json").stdout) == []


def test_the_cli_refuses_a_bad_state_or_day_on_one_line(flights_db: Path) -> None:
    for args in (("--state", "finished"), ("--as-of", "soon"), ("--json", "--csv")):
        result = runner.invoke(app, ["--db", str(flights_db), "initiatives", *args])
        assert result.exit_code == 2 and "Traceback" not in result.output


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with TestClient(app_for(sample_db(tmp_path_factory))) as c:
        yield c


def test_the_api_lists_the_sample_initiatives_with_filters(client: TestClient) -> None:
    page = client.get("/api/v1/initiatives", params={"as_of": "2025-05-01", "limit": 100}).json()
    subjects = {v["subject"] for v in page["items"]}
    assert page["total"] == len(page["items"]) and "mining" in subjects
    assert any("150,000" in s for s in subjects)
    before = client.get("/api/v1/initiatives", params={"as_of": "2024-11-01"}).json()
    assert before["total"] == 0
    areas = client.get("/api/v1/initiatives.json", params={"as_of": "2025-05-01", "state": "proposed"}).json()
    assert {v["state"] for v in areas} == {"proposed"}
    assert client.get("/api/v1/initiatives", params={"state": "finished"}).status_code == 422
    owner = next(v for v in page["items"] if v["subject"] == "mining")["owner"]["name"]
    owned = client.get("/api/v1/initiatives", params={"as_of": "2025-05-01", "owner": owner}).json()
    assert 0 < owned["total"] < page["total"] and {v["owner"]["name"] for v in owned["items"]} == {owner}
    unknown = client.get("/api/v1/commitments", params={"pair": "XX-YY"}).status_code
    assert client.get("/api/v1/initiatives", params={"pair": "XX-YY"}).status_code == unknown >= 400


def test_the_api_csv_of_initiatives_is_neutralised(client: TestClient) -> None:
    response = client.get("/api/v1/initiatives.csv", params={"as_of": "2025-05-01"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows and all(not r["subject"].startswith(("=", "+", "-", "@")) for r in rows)


def test_the_dashboard_lists_initiatives_and_shows_one_with_its_source(client: TestClient) -> None:
    page = client.get("/initiatives", params={"as_of": "2025-05-01", "type": "area"})
    assert page.status_code == 200 and "Area of cooperation: mining" in page.text
    assert "Joint venture" not in page.text
    item = next(v for v in client.get("/api/v1/initiatives", params={"as_of": "2025-05-01"}).json()["items"]
                if v["type"] == "offer" and "150,000" in v["subject"])
    record = client.get(f"/records/{item['id']}", params={"as_of": "2025-05-01"})
    assert record.status_code == 200 and "generous offer" in record.text and "proposed" in record.text
    assert client.get("/initiatives", params={"type": "scheme"}).status_code == 400


def test_the_dashboard_lists_the_initiatives_of_one_owner(client: TestClient) -> None:
    every = client.get("/api/v1/initiatives", params={"as_of": "2025-05-01", "limit": 100}).json()["items"]
    owner = every[0]["owner"]["name"]
    theirs = {v["id"] for v in every if v["owner"] and v["owner"]["name"] == owner}
    page = client.get("/initiatives", params={"as_of": "2025-05-01", "owner": owner.upper()})
    assert page.status_code == 200 and all(f'id="{i}"' in page.text for i in theirs)
    others = {v["id"] for v in every} - theirs
    assert not any(f'id="{i}"' in page.text for i in others)
    nobody = client.get("/initiatives", params={"as_of": "2025-05-01", "owner": "Ministry of Nothing"})
    assert "0 initiatives" in nobody.text


def test_the_linked_data_export_has_each_initiative_as_a_project(flights_db: Path) -> None:
    doc = json.loads(cli(flights_db, "export", "--format", "jsonld").stdout)
    projects = [n for n in doc["@graph"] if n["@type"] == "Project"]
    assert {p["additionalType"] for p in projects} >= {"connectivity", "area"}
    link = next(p for p in projects if p["additionalType"] == "connectivity")
    assert len(link["subjectOf"]) == 3 and {m["name"] for m in link["member"]} <= {"Pakistan", "Belarus"}


def test_the_progress_report_counts_initiatives_by_state_on_its_day(flights_db: Path) -> None:
    def counts(day: str) -> dict[str, int]:
        out = json.loads(cli(flights_db, "progress", "--pair", "PK-BY", "--as-of", day, "--json").stdout)
        return dict(out["total"]["initiatives"])

    early, late = counts("2025-03-01"), counts("2025-12-01")
    assert early["agreed"] >= 1 and early["dropped"] == 0  # the flights agreed, not yet dropped
    assert late["dropped"] >= 1 and late["agreed"] == early["agreed"] - 1  # the flights dropped since
    text = cli(flights_db, "progress", "--pair", "PK-BY", "--as-of", "2025-12-01").stdout
    assert "Initiatives: " in text and "dropped 1" in text
