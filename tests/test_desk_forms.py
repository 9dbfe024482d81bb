"""Curation from the dashboard in process: sign-in, CSRF and origin checks, forms landing in the audit log."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from accord.web.curate import local_path
from tests.api_support import TestClient, app_for, sample_db, writable_copy

TOKEN = "desk-token-51c9"
OFFICER = "Ayesha Khan"
ORIGIN = {"Origin": "http://127.0.0.1"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_db(tmp_path_factory)


@pytest.fixture()
def desk(db: Path, tmp_path: Path) -> Iterator[TestClient]:
    """Return a client of a server with a token (over a copy of the sample store), not signed in yet."""
    with TestClient(app_for(writable_copy(db, tmp_path), token=TOKEN)) as c:
        yield c


def csrf_of(page: str) -> str:
    """Return the CSRF token a page's forms carry."""
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found is not None, "the page has no form with a CSRF token"
    return html.unescape(found.group(1))


def sign_in(client: TestClient, who: str = OFFICER, next_path: str = "/") -> Any:
    """Sign in through the form as a browser would; return the answer to the post."""
    form = client.get(f"/sign-in?next={next_path}")
    assert form.status_code == 200
    return client.post("/sign-in", data={"csrf": csrf_of(form.text), "token": TOKEN, "who": who,
                                         "next": next_path}, headers=ORIGIN, follow_redirects=False)


def records(client: TestClient, kind: str) -> list[dict[str, Any]]:
    return list(client.get(f"/api/v1/records?kind={kind}&limit=500").json()["items"])


def audit(client: TestClient) -> list[dict[str, Any]]:
    return list(client.get("/api/v1/audit").json()["items"])


def mergeable(client: TestClient) -> tuple[str, str]:
    """Return two records of one kind and pair (what the merge form offers)."""
    people = records(client, "people")
    first = people[0]
    other = next(p for p in people[1:] if p["pair"] == first["pair"])
    return first["id"], other["id"]


def options(page: str, name: str) -> list[str]:
    """Return the values a page's select `name` offers."""
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', page, re.S)
    assert select is not None, f"no select {name!r} on the page"
    return [html.unescape(v) for v in re.findall(r'<option value="([^"]*)"', select.group(1))]


def test_read_only_server_shows_no_forms_and_takes_no_posts(db: Path) -> None:
    with TestClient(app_for(db)) as client:
        rid = records(client, "people")[0]["id"]
        page = client.get(f"/records/{rid}")
        assert page.status_code == 200
        assert 'method="post"' not in page.text and "Sign in" not in page.text
        assert "set-cookie" not in page.headers
        assert client.get("/sign-in").status_code == 404
        refused = client.post(f"/records/{rid}/merge", data={"other": rid, "why": "x"}, headers=ORIGIN)
        assert refused.status_code == 403 and "read-only" in refused.text
        assert audit(client) == []


def test_signing_in_keeps_a_strict_http_only_session_cookie(desk: TestClient) -> None:
    anonymous = desk.get("/").text
    assert 'href="/sign-in?next=/"' in anonymous and 'method="post"' not in anonymous
    answer = sign_in(desk, next_path="/register")
    assert answer.status_code == 303 and answer.headers["location"] == "/register"
    cookie = answer.headers["set-cookie"].lower()
    assert cookie.startswith("accord_desk=") and "httponly" in cookie and "samesite=strict" in cookie
    assert "secure" not in cookie  # plain http: a Secure cookie would never come back
    page = desk.get("/register").text
    assert f"Signed in as <strong>{OFFICER}</strong>" in page and f"Signed in as {OFFICER}." in page
    assert f"Signed in as {OFFICER}." not in desk.get("/register").text  # the message shows once


def test_the_cookie_is_secure_over_https(db: Path, tmp_path: Path) -> None:
    app = app_for(writable_copy(db, tmp_path), token=TOKEN)
    with TestClient(app, base_url="https://127.0.0.1") as client:
        form = client.get("/sign-in")
        assert "secure" in form.headers["set-cookie"].lower()


def test_a_wrong_token_does_not_sign_in(desk: TestClient) -> None:
    form = desk.get("/sign-in")
    answer = desk.post("/sign-in", data={"csrf": csrf_of(form.text), "token": "guess", "who": OFFICER},
                       headers=ORIGIN, follow_redirects=False)
    assert answer.status_code == 403 and "not this server" in answer.text
    assert "Signed in as" not in desk.get("/").text


def test_sign_in_needs_its_csrf_token(desk: TestClient) -> None:
    desk.get("/sign-in")
    answer = desk.post("/sign-in", data={"token": TOKEN, "who": OFFICER}, headers=ORIGIN,
                       follow_redirects=False)
    assert answer.status_code == 403 and "security token" in answer.text
    assert "Signed in as" not in desk.get("/").text


def test_a_post_without_csrf_token_is_403_and_changes_nothing(desk: TestClient) -> None:
    sign_in(desk)
    first, other = mergeable(desk)
    answer = desk.post(f"/records/{first}/merge", data={"other": other, "why": "same"}, headers=ORIGIN)
    assert answer.status_code == 403 and "text/html" in answer.headers["content-type"]
    assert "security token" in answer.text
    assert audit(desk) == []


def test_a_post_with_a_wrong_csrf_token_is_refused(desk: TestClient) -> None:
    sign_in(desk)
    first, other = mergeable(desk)
    real = csrf_of(desk.get(f"/records/{first}").text)
    forged = real[:-2] + ("AA" if not real.endswith("AA") else "BB")
    answer = desk.post(f"/records/{first}/merge", data={"csrf": forged, "other": other, "why": "same"},
                       headers=ORIGIN)
    assert answer.status_code == 403
    assert audit(desk) == []


@pytest.mark.parametrize("headers", [
    {"Origin": "http://evil.example"},
    {"Origin": "null"},
    {"Referer": "http://evil.example/page"},
    {"Sec-Fetch-Site": "cross-site", "Origin": "http://127.0.0.1"},
])
def test_a_post_from_another_site_is_refused_even_with_the_token(desk: TestClient,
                                                                 headers: dict[str, str]) -> None:
    sign_in(desk)
    first, other = mergeable(desk)
    csrf = csrf_of(desk.get(f"/records/{first}").text)
    answer = desk.post(f"/records/{first}/merge", data={"csrf": csrf, "other": other, "why": "same"},
                       headers=headers)
    assert answer.status_code == 403 and "another site" in answer.text
    assert audit(desk) == []


def test_a_signed_out_post_is_refused(desk: TestClient) -> None:
    desk.get("/sign-in")  # a session with a CSRF token, but nobody signed in
    first, other = mergeable(desk)
    csrf = csrf_of(desk.get("/sign-in").text)
    answer = desk.post(f"/records/{first}/merge", data={"csrf": csrf, "other": other, "why": "same"},
                       headers=ORIGIN)
    assert answer.status_code == 403 and "sign in first" in answer.text
    assert audit(desk) == []


def test_merge_through_the_form_is_audited_and_redirects_to_the_record(desk: TestClient) -> None:
    sign_in(desk)
    first, other = mergeable(desk)
    mentions = [len(desk.get(f"/api/v1/records/{rid}").json()["mentions"]) for rid in (first, other)]
    page = desk.get(f"/records/{first}").text
    assert f'action="/records/{first}/merge"' in page and other in options(page, "other")
    why = "the same minister, spelled twice"
    answer = desk.post(f"/records/{first}/merge",
                       data={"csrf": csrf_of(page), "other": other, "why": why},
                       headers={**ORIGIN, "Sec-Fetch-Site": "same-origin"}, follow_redirects=False)
    assert answer.status_code == 303
    merged = answer.headers["location"].removeprefix("/records/")
    entry = audit(desk)
    assert [(e["action"], e["who"], e["why"], e["records"]) for e in entry] == [
        ("merge", OFFICER, why, [first, other])]
    assert len(desk.get(f"/api/v1/records/{merged}").json()["mentions"]) == sum(mentions)
    shown = desk.get(answer.headers["location"]).text
    assert "Saved: merge with another record" in shown
    trail = shown[shown.index('id="audit-trail"'):]
    assert OFFICER in trail and why in trail and "merge" in trail


def test_set_status_through_the_form_overrides_the_computed_one(desk: TestClient) -> None:
    sign_in(desk)
    commitment = desk.get("/api/v1/commitments?as_of=2030-01-01&status=overdue").json()["items"][0]
    page = desk.get(f"/records/{commitment['id']}").text
    assert "fulfilled" in options(page, "status")
    form = {"csrf": csrf_of(page), "status": "fulfilled", "why": "the ministry confirmed it"}
    answer = desk.post(f"/records/{commitment['id']}/status", data=form, headers=ORIGIN,
                       follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == f"/records/{commitment['id']}"
    now = desk.get("/api/v1/commitments?as_of=2030-01-01&limit=500").json()["items"]
    assert next(c for c in now if c["id"] == commitment["id"])["status"] == "fulfilled"


def test_assigning_an_owner_through_the_form_shows_it_and_its_trail(desk: TestClient) -> None:
    sign_in(desk)
    rid = records(desk, "instruments")[0]["id"]
    page = desk.get(f"/records/{rid}").text
    form = {"csrf": csrf_of(page), "owner": "Ministry of <b>Commerce</b>", "focal_point": "Joint Secretary",
            "why": ""}
    answer = desk.post(f"/records/{rid}/owner", data=form, headers=ORIGIN, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == f"/records/{rid}"
    assert [(e["action"], e["who"]) for e in audit(desk)] == [("assign-owner", OFFICER)]
    shown = desk.get(f"/records/{rid}").text
    escaped = "Ministry of &lt;b&gt;Commerce&lt;/b&gt;"
    assert f"Owner: <strong>{escaped}</strong>, focal point Joint Secretary" in shown
    trail = shown[shown.index('id="audit-trail"'):]
    assert f"assign-owner: {escaped} (Joint Secretary)" in trail
    assert f'name="owner" value="{escaped}"' in shown  # the form starts from the owner assigned
    cleared = desk.post(f"/records/{rid}/owner", data={"csrf": form["csrf"], "owner": "", "why": "moved"},
                        headers=ORIGIN, follow_redirects=False)
    assert cleared.status_code == 303
    assert "assign-owner: (cleared)" in desk.get(f"/records/{rid}").text


def test_a_refused_curation_comes_back_with_the_reason(desk: TestClient) -> None:
    sign_in(desk)
    first, other = mergeable(desk)
    page = desk.get(f"/records/{first}").text
    answer = desk.post(f"/records/{first}/merge", data={"csrf": csrf_of(page), "other": other, "why": "  "},
                       headers=ORIGIN)
    assert answer.status_code == 200 and "Not saved: say why" in answer.text
    assert audit(desk) == []


def test_signed_in_pages_are_never_served_to_others(db: Path, tmp_path: Path) -> None:
    app = app_for(writable_copy(db, tmp_path), token=TOKEN)
    with TestClient(app) as officer, TestClient(app) as visitor:
        rid = records(officer, "people")[0]["id"]
        sign_in(officer)
        assert 'action="/records/' in officer.get(f"/records/{rid}").text
        seen = visitor.get(f"/records/{rid}")
        assert 'method="post"' not in seen.text and OFFICER not in seen.text
        assert "set-cookie" not in seen.headers
        # nor does a visitor's cached page reach the officer
        assert csrf_of(officer.get(f"/records/{rid}").text)


def test_sign_out_ends_the_session(desk: TestClient) -> None:
    sign_in(desk)
    page = desk.get("/").text
    answer = desk.post("/sign-out", data={"csrf": csrf_of(page)}, headers=ORIGIN, follow_redirects=False)
    assert answer.status_code == 303
    after = desk.get("/").text
    assert "Signed out." in after and "Signed in as" not in after


def test_a_hostile_name_stays_text(desk: TestClient) -> None:
    sign_in(desk, who='<script>alert(1)</script> "x"')
    page = desk.get("/").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_after_signing_in_only_local_pages_are_followed() -> None:
    assert local_path("/records/per-1?as_of=2025-01-01") == "/records/per-1?as_of=2025-01-01"
    assert local_path("//evil.example/x") == "/"
    assert local_path("https://evil.example/") == "/"
    assert local_path("/\\evil.example") == "/"
    assert local_path(None) == "/"


# --------------------------------------------------------------------------- manual entries


def enter_meeting(desk: TestClient, **fields: str) -> Any:
    """Post the add form for a meeting (signed in); return the answer."""
    page = desk.get("/add?kind=meeting")
    assert page.status_code == 200 and 'action="/add/meeting"' in page.text
    form = {"csrf": csrf_of(page.text), "pair": "PK-BY", "reference": "Note verbale 12/2024",
            "meeting_kind": "talks", "place": "Minsk", "date": "2024-12-09", "participants": "", "text": "",
            **fields}
    return desk.post("/add/meeting", data=form, headers=ORIGIN, follow_redirects=False)


def test_entering_a_meeting_through_the_form_stores_it_with_its_provenance(desk: TestClient) -> None:
    assert desk.get("/add", follow_redirects=False).headers["location"].startswith("/sign-in?next=")
    sign_in(desk)
    answer = enter_meeting(desk)
    assert answer.status_code == 303 and answer.headers["location"].startswith("/records/mtg-")
    entries = [e for e in audit(desk) if e["action"] == "add-manual"]
    assert [(e["who"], e["why"]) for e in entries] == [(OFFICER, "Note verbale 12/2024")]
    record = desk.get(answer.headers["location"]).text
    assert "Saved: manual meeting entered" in record and "Minsk" in record


def test_a_refused_entry_comes_back_filled_in(desk: TestClient) -> None:
    sign_in(desk)
    answer = enter_meeting(desk, reference="", place="Gomel <b>")
    assert answer.status_code == 400 and "Not saved: a manual meeting needs --reference" in answer.text
    assert 'name="place" value="Gomel &lt;b&gt;"' in answer.text
    assert [e for e in audit(desk) if e["action"] == "add-manual"] == []


def entered(desk: TestClient) -> int:
    """Enter a meeting and return its article id."""
    enter_meeting(desk)
    found = desk.get("/api/v1/articles?limit=500").json()["items"]
    return int(next(a["id"] for a in found if a["name"].startswith("manual meeting")))


def test_withdrawing_an_entry_from_its_article_page(desk: TestClient) -> None:
    sign_in(desk)
    article = entered(desk)
    page = desk.get(f"/articles/{article}").text
    assert f'action="/articles/{article}/withdraw"' in page and f'action="/articles/{article}/amend"' in page
    form = {"csrf": csrf_of(page), "why": "entered twice"}
    answer = desk.post(f"/articles/{article}/withdraw", data=form, headers=ORIGIN, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == f"/articles/{article}"
    last = audit(desk)[-1]
    assert (last["action"], last["who"], last["why"]) == ("withdraw", OFFICER, "entered twice")
    after = desk.get(f"/articles/{article}").text
    assert "Withdrawn" in after and f'action="/articles/{article}/withdraw"' not in after


def test_correcting_an_entry_supersedes_it(desk: TestClient) -> None:
    sign_in(desk)
    article = entered(desk)
    page = desk.get(f"/articles/{article}").text
    assert 'name="place" value="Minsk"' in page  # the correction form starts from the entry
    form = {"csrf": csrf_of(page), "pair": "PK-BY", "reference": "Note verbale 12/2024",
            "meeting_kind": "talks", "place": "Brest", "date": "2024-12-10", "participants": "", "text": "",
            "why": "held in Brest"}
    answer = desk.post(f"/articles/{article}/amend", data=form, headers=ORIGIN, follow_redirects=False)
    assert answer.status_code == 303
    new = int(answer.headers["location"].removeprefix("/articles/"))
    assert new != article and "Brest" in desk.get(f"/articles/{new}").text
    # the old entry names its successor
    assert f'href="/articles/{new}"' in desk.get(f"/articles/{article}").text
    assert [(e["action"], e["who"]) for e in audit(desk)][-1] == ("amend", OFFICER)
