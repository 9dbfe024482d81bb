"""Implementation of instruments after signing: the constructions, the states, the CLI and API filters.

The sentences are written for these tests (real states, invented events).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from accord.api import models
from accord.cli import app
from accord.core import Article
from accord.implementation import STATES, Implementations, Source, reports_of
from accord.implementation.cues import cues_in, cues_of, end_of, months_of
from accord.resolve.model import Mention, Record
from tests.api_support import TestClient, app_for, sample_db


def kinds(sentence: str) -> dict[str, str]:
    return {c.kind: c.detail for c in cues_in(sentence)}


# --------------------------------------------------------------------------- constructions


@pytest.mark.parametrize(
    "sentence",
    [
        "The joint working group on halal trade held its first meeting in Lahore under the MoU signed "
        "last year.",
        "In line with the agreement on science and technology, the two academies launched a joint project "
        "on lasers.",
        "The first shipment of Belarusian tractors under the trade agreement arrived in Karachi on Monday.",
        "Pursuant to the memorandum of understanding on vocational education, forty Pakistani students "
        "graduated from a course in Minsk.",
        "Implementation of the roadmap on industrial cooperation has begun, officials said.",
        "A youth exchange was conducted within the framework of the cultural programme for 2025.",
    ],
)
def test_activity_under_a_document(sentence: str) -> None:
    assert "activity" in kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A joint working group will meet under the MoU next year.",  # a plan, not a thing done
        "The ministers signed an agreement on trade and held talks on energy.",  # no "under"
        "Both sides agreed to launch projects under the new agreement.",
        "Under the treaty, either party may request extradition.",  # says what it allows
    ],
)
def test_no_activity_without_a_thing_done_under_a_document(sentence: str) -> None:
    assert "activity" not in kinds(sentence)


@pytest.mark.parametrize(
    ("sentence", "months", "until", "renewable"),
    [
        ("The MoU on health, valid for five years, was signed by the two ministers.", 60, None, False),
        (
            "The agreement shall remain in force for a period of three years, renewable by mutual consent.",
            36,
            None,
            True,
        ),
        ("The extradition treaty will remain in force until 2030.", None, "2030", False),
        ("Both sides signed a five-year agreement on trade.", 60, None, False),
        ("The protocol is valid until 30 June 2028 and expires unless extended.", None, "2028-06-30", False),
        ("The programme for 2025-2027 was signed for a term of 24 months.", 24, None, False),
    ],
)
def test_validity_of_a_document(
    sentence: str, months: int | None, until: str | None, renewable: bool
) -> None:
    found = [c for c in cues_in(sentence) if c.kind == "validity"]
    assert len(found) == 1
    assert (found[0].months, found[0].until, found[0].renewable) == (months, until, renewable)


@pytest.mark.parametrize(
    "sentence",
    [
        "The agreement is valid and binding on both parties.",  # no term
        "The MoU on trade was signed five years ago.",
        "Trade grew for five years under the agreement.",
    ],
)
def test_no_validity_without_a_stated_term(sentence: str) -> None:
    assert "validity" not in kinds(sentence)


def test_automatic_renewal_is_not_an_end() -> None:
    [cue] = [
        c
        for c in cues_in(
            "The accord is valid for ten years and shall be automatically renewed for "
            "successive five-year periods."
        )
        if c.kind == "validity"
    ]
    assert cue.renewable and cue.automatic and cue.months == 120


@pytest.mark.parametrize(
    ("sentence", "months", "until"),
    [
        ("The two countries renewed the MoU on agriculture for another five years.", 60, None),
        (
            "The MoU on vocational education, valid for five years, was extended for a further three years.",
            36,
            None,
        ),
        ("The agreement on air services has been prolonged until June 2031.", None, "2031-06"),
        ("Officials said the extension of the roadmap was signed in Minsk.", None, None),
        ("Pakistan and Belarus extended the trade agreement by two years.", 24, None),
    ],
)
def test_renewal_of_a_document(sentence: str, months: int | None, until: str | None) -> None:
    found = [c for c in cues_in(sentence) if c.kind == "renewal"]
    assert len(found) == 1 and (found[0].months, found[0].until) == (months, until)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides renewed their commitment to the agreement.",
        "The agreement may be extended for two more years.",
        "Belarus extended an invitation to sign the MoU.",
    ],
)
def test_no_renewal_without_the_document_renewed(sentence: str) -> None:
    assert "renewal" not in kinds(sentence)


@pytest.mark.parametrize(
    ("sentence", "how"),
    [
        ("Belarus has suspended the agreement on international road transport.", "suspended"),
        ("Pakistan withdrew from the treaty on fisheries in March.", "withdrawn"),
        ("The MoU on media cooperation was terminated by mutual consent.", "terminated"),
        ("The government denounced the 1998 convention on double taxation.", "denounced"),
        ("Islamabad announced the termination of the agreement on visas.", "terminated"),
        ("The protocol on customs, officials confirmed, has been annulled.", "terminated"),
    ],
)
def test_termination_of_a_document(sentence: str, how: str) -> None:
    assert kinds(sentence).get("termination") == how


@pytest.mark.parametrize(
    "sentence",
    [
        "Belarus threatened to withdraw from the agreement on transport.",
        "The MoU has not been suspended, the ministry said.",
        "The parties may terminate the agreement with six months' notice.",
        "Talks on the termination of the agreement continued.",
    ],
)
def test_no_termination_when_not_done(sentence: str) -> None:
    assert "termination" not in kinds(sentence)


def test_terms_and_ends() -> None:
    assert months_of("valid for seven years") == 84 and months_of("an 18-month term") == 18
    assert months_of("valid indefinitely") is None
    assert end_of("until December 2029") == "2029-12" and end_of("until 2030") == "2030"
    assert end_of("until further notice") is None


def test_cue_spans_are_the_article_sentences() -> None:
    text = (
        "Mr. Ali spoke. The first meeting under the MoU on trade was held in Minsk. "
        "The agreement on transport was suspended."
    )
    found = cues_of(text)
    assert [c.kind for c in found] == ["activity", "termination"]
    assert [text[c.start : c.end] for c in found] == [
        "The first meeting under the MoU on trade was held in Minsk.",
        "The agreement on transport was suspended.",
    ]


# --------------------------------------------------------------------------- the states


SIGNED = date(2024, 11, 26)


def instrument(
    rid: str,
    type_: str,
    subject: str,
    sectors: list[str],
    stage: str = "signed",
    day: str | None = "2024-11-26",
) -> Record:
    quote = f"Pakistan and Belarus signed a {type_} on {subject}."
    mention = Mention("sig", "signing.txt", "instruments", 0, quote, 0, len(quote), SIGNED, "Dawn", False)
    fields = {
        "type": type_,
        "subject": subject,
        "sectors": sectors,
        "stage": stage,
        "status": "signed",
        "date": day,
        "pair": ["BY", "PK"],
    }
    return Record(rid, "instruments", fields, [mention])


TRADE = instrument("ins-trade", "mou", "halal trade", ["halal trade"])
HEALTH = instrument("ins-health", "mou", "health services", ["health"])
ROADS = instrument("ins-roads", "agreement", "international road transport", ["transport"])
PLANNED = instrument("ins-plan", "roadmap", "industry", ["industry"], stage="planned", day=None)


def states(*reports: tuple[str, str], dormant_after: int = 18) -> Implementations:
    sources = [
        Source(
            Article(
                name=f"r{i}.txt",
                text=text,
                content_hash=f"h{i}",
                published=date.fromisoformat(day),
                outlet="APP",
            ),
            False,
            frozenset({"BY-PK"}),
        )
        for i, (day, text) in enumerate(reports)
    ]
    return Implementations([TRADE, HEALTH, ROADS, PLANNED], reports_of(sources), dormant_after)


def state_of(found: Implementations, record: Record, day: str) -> str | None:
    judged = found.of(record, date.fromisoformat(day))
    return judged.state if judged else None


def test_nothing_reported_is_no_activity_then_dormant() -> None:
    found = states()
    assert state_of(found, TRADE, "2025-06-01") == "no_activity"
    assert state_of(found, TRADE, "2026-05-26") == "no_activity"  # 18 months to the day: not yet
    assert state_of(found, TRADE, "2026-05-27") == "dormant"
    assert state_of(states(dormant_after=30), TRADE, "2026-12-01") == "no_activity"


def test_unsigned_or_not_yet_signed_has_no_state() -> None:
    found = states()
    assert found.of(PLANNED, date(2026, 1, 1)) is None
    assert found.of(TRADE, date(2024, 11, 25)) is None


def test_activity_under_one_document_is_its_own() -> None:
    found = states(
        (
            "2025-03-10",
            "The first meeting of the joint group under the MoU on halal trade was held in Lahore.",
        )
    )
    assert state_of(found, TRADE, "2025-02-01") == "no_activity"  # reported later than that day
    judged = found.of(TRADE, date(2025, 4, 1))
    assert judged is not None and judged.state == "in_implementation"
    assert judged.last_activity == date(2025, 3, 10)
    assert [m.quote for m in judged.evidence[1:]] == [
        "The first meeting of the joint group under the MoU on halal trade was held in Lahore."
    ]
    assert judged.evidence[1].article == "h0" and judged.evidence[1].index == -1
    assert state_of(found, HEALTH, "2025-04-01") == "no_activity"
    # eighteen months after its last activity with nothing since: dormant again
    assert state_of(found, TRADE, "2026-09-11") == "dormant"


def test_a_bare_type_names_the_one_document_of_that_type_only() -> None:
    found = states(("2025-03-10", "A first convoy arrived in Minsk under the agreement."))
    assert state_of(found, ROADS, "2025-04-01") == "in_implementation"  # the only signed agreement
    found = states(("2025-03-10", "A first meeting was held under the MoU."))
    assert state_of(found, TRADE, "2025-04-01") == state_of(found, HEALTH, "2025-04-01") == "no_activity"


def test_validity_gives_expiring_then_expired() -> None:
    found = states(("2024-11-27", "The MoU on health services is valid for two years."))
    assert state_of(found, HEALTH, "2026-01-01") == "no_activity"
    assert state_of(found, HEALTH, "2026-06-01") == "expiring"
    judged = found.of(HEALTH, date(2027, 1, 1))
    assert judged is not None and judged.state == "expired" and judged.ends == date(2026, 11, 26)


def test_renewal_moves_the_end() -> None:
    found = states(
        ("2024-11-27", "The MoU on health services is valid for two years."),
        ("2026-10-01", "The two sides renewed the MoU on health services for another three years."),
    )
    assert state_of(found, HEALTH, "2026-09-01") == "expiring"
    judged = found.of(HEALTH, date(2026, 12, 1))
    assert judged is not None and judged.state == "renewed" and judged.ends == date(2029, 11, 26)


def test_termination_wins_and_says_how() -> None:
    found = states(
        ("2025-01-15", "A first convoy arrived under the agreement on road transport."),
        ("2025-08-01", "Belarus has suspended the agreement on international road transport."),
    )
    assert state_of(found, ROADS, "2025-05-01") == "in_implementation"
    judged = found.of(ROADS, date(2025, 9, 1))
    assert judged is not None and (judged.state, judged.how) == ("terminated", "suspended")


def test_api_states_are_the_library_states() -> None:
    assert models.ImplementationState.__args__ == STATES  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- the sample corpus, CLI and API


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_db(tmp_path_factory)


def register_json(db: Path, *args: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(app, ["--db", str(db), "register", *args, "--json"])
    assert result.exit_code == 0, result.output
    found: list[dict[str, object]] = json.loads(result.stdout)
    return found


def test_cli_the_sample_mous_are_dormant_late_in_2026_not_in_2025(db: Path) -> None:
    dormant = register_json(db, "--as-of", "2026-12-01", "--implementation", "dormant")
    mous = {str(v["id"]) for v in dormant if v["type"] == "mou" and v["date"] == "2024-11-26"}
    assert len(mous) >= 10
    early = {str(v["id"]): v.get("implementation") for v in register_json(db, "--as-of", "2025-06-01")}
    assert all(early[i]["state"] == "no_activity" for i in mous)  # type: ignore[index]
    assert register_json(db, "--as-of", "2025-06-01", "--implementation", "dormant") == []
    # the planned roadmap has no state and is never dormant
    assert all(v["stage"] != "planned" for v in dormant)


def test_cli_dormant_after_and_bad_state(db: Path) -> None:
    assert (
        register_json(db, "--as-of", "2026-12-01", "--implementation", "dormant", "--dormant-after", "36")
        == []
    )
    result = CliRunner().invoke(app, ["--db", str(db), "register", "--implementation", "asleep"])
    assert result.exit_code == 2 and "choose one of" in result.output


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(app_for(db)) as c:
        yield c


def test_api_records_filter_by_implementation(client: TestClient) -> None:
    answer = client.get(
        "/api/v1/records", params={"implementation": "dormant", "as_of": "2026-12-01", "limit": 500}
    )
    assert answer.status_code == 200
    body = answer.json()
    assert body["total"] >= 10
    assert {i["kind"] for i in body["items"]} == {"instruments"}
    assert {i["implementation"]["state"] for i in body["items"]} == {"dormant"}
    assert (
        client.get("/api/v1/records", params={"implementation": "dormant", "as_of": "2025-06-01"}).json()[
            "total"
        ]
        == 0
    )
    one = body["items"][0]["id"]
    detail = client.get(f"/api/v1/records/{one}", params={"as_of": "2025-06-01"}).json()
    assert detail["implementation"]["state"] == "no_activity"
    people = client.get("/api/v1/records", params={"implementation": "dormant", "kind": "people"})
    assert people.status_code == 200 and people.json()["total"] == 0  # only instruments have a state
    assert client.get("/api/v1/records", params={"implementation": "asleep"}).status_code == 422
    csv = client.get("/api/v1/records.csv", params={"implementation": "dormant", "as_of": "2026-12-01"}).text
    assert "implementation.state" in csv.splitlines()[0] and '"dormant"' in csv


def test_the_dashboard_register_filters_by_implementation_and_owner(client: TestClient) -> None:
    late = client.get("/register", params={"as_of": "2026-12-01", "implementation": "dormant"})
    assert late.status_code == 200
    rows = late.text.count('<tr id="ins-')
    assert rows >= 10 and late.text.count("status-dormant") == rows  # each row shows its state
    early = client.get("/register", params={"as_of": "2025-06-01", "implementation": "dormant"})
    assert early.status_code == 200 and '<tr id="ins-' not in early.text
    mine = client.get("/register", params={"owner": "Ministry of Foreign Affairs"})
    anyone = client.get("/register")
    assert 0 < mine.text.count('<tr id="ins-') < anyone.text.count('<tr id="ins-')
    assert client.get("/register", params={"implementation": "asleep"}).status_code == 400


def test_dormant_instruments_are_due_and_counted_in_the_progress_report(db: Path) -> None:
    def cli_json(*args: str) -> Any:
        result = CliRunner().invoke(app, ["--db", str(db), *args, "--json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    due = cli_json("due", "--as-of", "2026-12-01", "--within", "30d", "--pair", "PK-BY")
    dormant = [d for d in due if d["status"] == "dormant"]
    assert len(dormant) >= 10
    assert all(d["kind"] == "instruments" and d["due"] <= "2026-12-01" for d in dormant)
    # the MoUs of 26 November 2024 turned dormant 18 months on
    assert sum(d["due"] == "2026-05-26" for d in dormant) >= 10
    early_due = cli_json("due", "--as-of", "2025-06-01", "--pair", "PK-BY")
    assert not [d for d in early_due if d["status"] == "dormant"]
    report = cli_json("progress", "--pair", "PK-BY", "--as-of", "2026-12-01")
    assert report["total"]["implementation"]["dormant"] == len(dormant)
    early = cli_json("progress", "--pair", "PK-BY", "--as-of", "2025-06-01")
    counts = early["total"]["implementation"]
    assert counts["dormant"] == 0 and counts["no_activity"] > 0


def test_the_deadlines_calendar_has_the_dormant_instruments(client: TestClient) -> None:
    ics = client.get("/api/v1/deadlines.ics", params={"as_of": "2026-12-01", "pair": "PK-BY"})
    assert ics.status_code == 200 and ics.text.count("dormant") >= 10
    page = client.get("/progress", params={"pair": "PK-BY", "as_of": "2026-12-01"})
    assert page.status_code == 200 and "Signed instruments by implementation" in page.text
