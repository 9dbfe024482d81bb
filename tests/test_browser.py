"""The dashboard in headless Chromium: what only a browser shows (scrolling to a fact, scripts, layout).

Runs a real uvicorn server on a free local port against a store of the sample articles
plus a hostile one, and saves a screenshot of each kind of page under
test-artifacts/screenshots/ for people to look at.
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from accord.server import create_app
from accord.settings import Settings
from tests.test_web import HOSTILE_NAME, build_store, ids

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
DESK_TOKEN = "browser-desk-token"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent: run make browser"),
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> Settings:
    return build_store(tmp_path_factory.mktemp("browser"), examples_dir)


@contextmanager
def running(app: Any) -> Iterator[str]:
    """Yield the address of a uvicorn server running `app` in a thread, stopped afterwards."""
    import uvicorn

    # bound and listening before the thread starts: the first request waits in the backlog
    # instead of the test polling for the server to come up
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    config = uvicorn.Config(app, log_level="warning", lifespan="off", ws="none")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    port = sock.getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def base_url(settings: Settings) -> Iterator[str]:
    """Yield the address of a read-only server over the test store."""
    with running(create_app(settings)) as url:
        yield url


@pytest.fixture(scope="module")
def desk_url(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Yield the address of a server with a write token, over a copy of the test store."""
    db = tmp_path_factory.mktemp("desk") / "desk.db"
    shutil.copyfile(settings.db_url.removeprefix("sqlite:///"), db)
    with running(create_app(settings.with_db(str(db)), token=DESK_TOKEN)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    """Yield a fresh laptop-sized page that records every dialog a script opens."""
    context = browser.new_context(viewport=LAPTOP)
    tab = context.new_page()
    tab.dialogs = []
    tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
    yield tab
    context.close()


def shoot(page: Any, name: str) -> Path:
    """Save a full-page screenshot and return its path (printed so a run shows where it is)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    print(f"screenshot: {path}")
    return path


def in_viewport(page: Any, selector: str) -> bool:
    """Say whether the first element the selector finds lies wholly inside the visible window."""
    box = page.locator(selector).first.bounding_box()
    height = page.evaluate("window.innerHeight")
    return box is not None and box["height"] > 0 and box["y"] >= 0 and box["y"] + box["height"] <= height


def test_overview_and_keyboard_navigation(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    assert "Belarus – Pakistan" in page.locator("h1").inner_text()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    shoot(page, "overview")
    page.set_viewport_size(PHONE)
    # nothing may force a phone to scroll sideways
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shoot(page, "overview-phone")


def test_register_filters_and_sorts(page: Any, base_url: str) -> None:
    page.goto(base_url + "/register")
    every = page.locator("#register-table tbody tr").count()
    page.fill("input[name=q]", "roadmap")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=roadmap"))
    rows = page.locator("#register-table tbody tr")
    assert 0 < rows.count() < every
    assert all("roadmap" in t.casefold() for t in rows.all_inner_texts())
    page.goto(base_url + "/register")
    header = page.locator('th[data-sort="sources"]')
    header.locator("a").click()  # sorted in the page by the script: the address does not change
    assert page.url == base_url + "/register"
    assert header.get_attribute("aria-sort") == "ascending"
    values = [int(v) for v in page.locator("#register-table tbody td:nth-child(6)").evaluate_all(
        "cells => cells.map(c => c.dataset.value)")]
    assert values == sorted(values) and len(set(values)) > 1
    header.locator("a").click()
    assert header.get_attribute("aria-sort") == "descending"
    shoot(page, "register")
    page.set_viewport_size(PHONE)
    # the wide table scrolls inside its own box, never the whole page
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shoot(page, "register-phone")


def test_a_fact_link_scrolls_to_its_emphasised_span(page: Any, base_url: str) -> None:
    page.goto(base_url + "/commitments?as_of=2030-01-01")
    shoot(page, "commitments")
    link = page.locator('.commitment a[href*="#fact-"]').first
    fact = link.get_attribute("href").split("#", 1)[1]
    link.click()
    page.wait_for_url(re.compile(rf"/articles/\d+#{fact}$"))
    target = page.locator(f"mark#{fact}")
    assert target.is_visible()
    assert in_viewport(page, f"mark#{fact}")
    assert page.evaluate("document.querySelector(':target').id") == fact
    emphasis = target.evaluate("m => getComputedStyle(m).backgroundColor")
    other = page.locator(f"mark.fact:not(#{fact}):not(.target-piece)").first
    assert emphasis != other.evaluate("m => getComputedStyle(m).backgroundColor")
    shoot(page, "article-fact")


@pytest.mark.parametrize("path", ["/timeline", "/sectors", "/conflicts", "/articles", "/brief",
                                  "/records/nope"])
def test_other_pages_render(page: Any, base_url: str, path: str) -> None:
    response = page.goto(base_url + path)
    assert response.status == (404 if path.startswith("/records/") else 200)
    if path == "/timeline":
        assert page.locator("#timeline-chart circle").count() > 0
        assert page.locator("#timeline-chart").bounding_box()["height"] > 100
    shoot(page, path.strip("/").replace("/", "-") or "overview")


def test_progress_page_draws_its_charts(page: Any, base_url: str) -> None:
    response = page.goto(base_url + "/progress?as_of=2025-06-01&since=2025-01-01")
    assert response.status == 200
    charts = page.locator("figure.bars svg")
    assert charts.count() == 2 and charts.first.bounding_box()["height"] > 60
    assert page.locator("figure.bars rect").count() >= 5  # a bar per commitment status at least
    assert "What changed since 1 Jan 2025" in page.locator("main").inner_text()
    shoot(page, "progress")


def test_initiatives_filter_by_state_and_lead_to_their_highlighted_source(page: Any, base_url: str) -> None:
    page.goto(base_url + "/initiatives?as_of=2030-01-01")
    every = page.locator("li.initiative").count()
    page.select_option("select[name=state]", "agreed")
    page.click("form.filters button")
    page.wait_for_url(re.compile(r"state=agreed"))
    agreed = page.locator("li.initiative")
    assert 0 < agreed.count() < every
    assert set(page.locator("li.initiative .badge").all_inner_texts()) == {"agreed"}
    shoot(page, "initiatives")
    agreed.first.locator(".head a.record").click()
    page.wait_for_url(re.compile(r"/records/ini-"))
    assert page.locator("blockquote.quote").count() >= 1
    page.locator("blockquote.quote footer a").first.click()
    page.wait_for_url(re.compile(r"/articles/\d+"))
    mark = page.locator("mark.fact-initiatives").first
    assert mark.is_visible()
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") not in ("", "rgba(0, 0, 0, 0)")


def test_hostile_article_scripts_never_run(page: Any, base_url: str, settings: Settings) -> None:
    article = ids(settings)[HOSTILE_NAME]
    for path in (f"/articles/{article}", "/articles", "/register?q=script", "/commitments", "/"):
        page.goto(base_url + path)
        assert page.evaluate("typeof window.__xss") == "undefined", path
        assert page.locator("script:not([src])").count() == 0, path
        assert page.locator("img, main svg[onload]").count() == 0, path
    page.goto(base_url + f"/articles/{article}")
    assert "<script>alert(1)</script>" in page.locator("#article-text").inner_text()
    shoot(page, "article-hostile")
    assert page.dialogs == []


def test_api_docs_list_the_operations_offline(page: Any, base_url: str) -> None:
    # every request the page makes stays on this server, and the CSP blocks nothing it needs
    outside: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(base_url) else outside.append(r.url))
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(base_url + "/docs")
    try:
        page.wait_for_selector(".opblock", timeout=15000)
    except Exception:
        raise AssertionError(f"no operations shown; console errors: {errors}") from None
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/v1/facts" in p for p in paths) and any("/api/v1/articles" in p for p in paths)
    assert outside == [] and not [e for e in errors if "Content Security Policy" in e]
    shoot(page, "api-docs")


def test_desk_officer_signs_in_splits_a_record_and_sees_the_audit_trail(page: Any, desk_url: str) -> None:
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("response", lambda r: problems.append(f"{r.status} {r.url}")
            if r.status >= 400 and not r.url.endswith("/favicon.ico") else None)
    found = page.request.get(desk_url + "/api/v1/records?kind=meetings&limit=500").json()["items"]
    record = next(r for r in found if len(r["mentions"]) >= 3)
    page.goto(f"{desk_url}/records/{record['id']}")
    assert page.locator("form.desk-form").count() == 0
    page.get_by_role("link", name="Sign in").click()
    page.wait_for_url(re.compile(r"/sign-in\?next="))
    shoot(page, "sign-in")
    page.get_by_label("Your name").fill("Desk Officer")
    page.get_by_label("Server token").fill(DESK_TOKEN)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{desk_url}/records/{record['id']}")
    assert "Signed in as Desk Officer" in page.locator("header.site").inner_text()
    assert page.get_by_role("status").inner_text() == "Signed in as Desk Officer."
    shoot(page, "record-curation-forms")
    split = page.locator('form[action$="/split"]')
    taken = split.locator("select[name=mention] option").last.get_attribute("value")
    split.locator("select[name=mention]").select_option(taken)
    split.get_by_label("Why").fill("a different visit, reported the same week")
    split.get_by_role("button").click()
    page.wait_for_load_state()
    assert page.get_by_role("status").inner_text().startswith("Saved: split a mention off")
    assert f"Reported by ({len(record['mentions']) - 1})" in page.locator("main").inner_text()
    trail = page.locator("table.audit tbody tr")
    assert trail.count() == 1
    assert trail.first.inner_text().split("\t")[1:] == ["Desk Officer", "split",
                                                         "a different visit, reported the same week"]
    assert taken not in page.locator('form[action$="/split"] select').inner_html()
    shoot(page, "record-audit-trail")
    page.set_viewport_size(PHONE)
    # long titles and quotes in the forms' choices must not make a phone scroll sideways
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shoot(page, "record-audit-trail-phone")
    page.set_viewport_size(LAPTOP)
    page.get_by_role("link", name="Enter a fact").click()
    page.wait_for_url(f"{desk_url}/add")
    assert page.locator('form[action="/add/meeting"] select[name=meeting_kind]').count() == 1
    shoot(page, "add-entry")
    assert problems == []


def test_the_desk_pages_show_owners_and_manual_entries(page: Any, base_url: str, settings: Settings) -> None:
    # last in the file: it writes to the store the other tests read
    from accord.manual import ManualInput, add_entry
    from accord.read import commitment_list, record_list
    from accord.store import Store

    with Store.open(settings.db_url) as store:
        added = add_entry(store, ManualInput("meeting", "PK-BY", "Desk officer A", "Note verbale 12/2024",
                                             place="Minsk", date="2024-12-09"))
        listed = commitment_list(store, date(2025, 6, 1))
        [minsk] = [c for c in listed if "Minsk" in str(c.record.fields["action"])]
        roadmap = next(v for v in record_list(store) if v.record.kind == "instruments"
                       and "Comprehensive" in str(v.record.fields.get("subject")))
    assert minsk.status == "fulfilled"
    page.goto(base_url + f"/records/{roadmap.record.id}")
    owner = page.locator("p.owner")
    assert owner.is_visible() and "suggested" in owner.inner_text()
    shoot(page, "record-owner")
    page.goto(base_url + f"/records/{minsk.record.id}?as_of=2025-06-01")
    assert page.locator(".tag.manual.decided").inner_text() == "decided by a manual entry"
    shoot(page, "record-decided-by-manual")
    page.goto(base_url + f"/records/{added.records[0]}")
    assert page.locator(".quote .tag.manual").first.is_visible()
    shoot(page, "record-manual")
    page.goto(base_url + f"/articles/{added.entry.article_id}")
    assert "Entered by Desk officer A" in page.locator("p.manual-entry").inner_text()
    shoot(page, "article-manual")
