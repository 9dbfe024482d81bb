"""The dashboard in process: every page renders from a real store, filters filter, hostile text stays text."""

from __future__ import annotations

import json
import re
import sqlite3
import warnings
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from sqlalchemy import select

from accord.core import Article, MentionKey
from accord.ingest import IngestOptions, content_hash, iter_articles
from accord.pipeline import extract_batch
from accord.read import RecordView, TimelineView
from accord.registry import update_register
from accord.resolve import Mention, Record
from accord.server import create_app
from accord.settings import Settings
from accord.store import ArticleRow, FactRow, Store
from accord.store.facts import FactSite
from accord.web.charts import sector_matrix, timeline_chart
from accord.web.context import FactIndex
from accord.web.highlight import Span, highlight

XSS = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
ATTR = '" onmouseover="alert(1)'
SVG = "<svg onload=window.__xss=1>"
HOSTILE_NAME = f"{XSS}.txt"
PAGES = ("/", "/register", "/commitments", "/timeline", "/sectors", "/conflicts", "/articles", "/brief")


def hostile_article() -> Article:
    """Return an article whose text, title, outlet and name all try to inject markup."""
    text = (f"MINSK: Pakistan and Belarus on Monday signed a memorandum of understanding on {XSS} trade "
            f"and {IMG} health cooperation in Minsk.\n"
            f"Belarusian Foreign Minister Maxim Ryzhenkov {ATTR} said both sides would meet again within "
            f"two weeks to finalise a roadmap on {IMG} customs.\n"
            f"Bilateral trade reached $100 million {XSS} last year.\n"
            f"Officials said {SVG} the talks in Minsk went well.\n")
    return Article(name=HOSTILE_NAME, text=text, content_hash=content_hash(text), source="test",
                   published=date(2025, 3, 3), outlet=f"{IMG} Times", title=f"{XSS} {ATTR}")


def build_store(folder: Path, examples: Path) -> Settings:
    """Return settings for a new store holding the sample articles and the hostile one, registered."""
    settings = Settings.from_env().with_db(str(folder / "web.db"))
    articles = [a for a in iter_articles([examples], IngestOptions()) if isinstance(a, Article)]
    batch = extract_batch([*articles, hostile_article()], settings)
    with Store.open(settings.db_url) as store:
        for facts in batch.facts:
            assert store.add(facts) is not None
        update_register(store)
    return settings


def test_client(app: Any) -> Any:
    """Return a TestClient (starlette warns on import when only httpx, not httpx2, is installed)."""
    from starlette.exceptions import StarletteDeprecationWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StarletteDeprecationWarning)
        from fastapi.testclient import TestClient
    return TestClient(app, base_url="http://127.0.0.1")


test_client.__test__ = False  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> Settings:
    return build_store(tmp_path_factory.mktemp("web"), examples_dir)


@pytest.fixture(scope="module")
def client(settings: Settings) -> Iterator[Any]:
    with test_client(create_app(settings)) as c:
        yield c


def ids(settings: Settings) -> dict[str, int]:
    """Return the stored article ids by name."""
    with Store.open(settings.db_url) as store, store.session() as s:
        return {name: i for i, name in s.execute(select(ArticleRow.id, ArticleRow.name))}


def fact_of(settings: Settings, kind: str) -> tuple[int, int]:
    """Return (article id, fact id) of a stored fact of a kind from the sample articles."""
    with Store.open(settings.db_url) as store, store.session() as s:
        row = s.scalars(select(FactRow).join(ArticleRow).where(FactRow.kind == kind,
                                                                ArticleRow.name != HOSTILE_NAME)).first()
        assert row is not None
        return row.article_id, row.id


def rows(html: str) -> list[str]:
    """Return the body rows of the register table."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"<tr id=\"[^\"]+\">.*?</tr>", body, re.S)


# --------------------------------------------------------------------------- every page


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_with_the_shared_nav(client: Any, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert '<nav aria-label="Main">' in r.text and 'href="/register"' in r.text
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert "<main id=\"main\"" in r.text


def test_overview_defaults_to_the_pair_with_most_records(client: Any) -> None:
    r = client.get("/")
    assert "Belarus – Pakistan" in r.text
    assert re.search(r"<strong>\d+</strong> instruments", r.text)
    assert client.get("/?pair=PK-BY").text.count("<li><time") == r.text.count("<li><time") > 0


def test_a_malformed_pair_or_date_is_a_400_page(client: Any) -> None:
    assert client.get("/?pair=PK").status_code == 400
    assert client.get("/?pair=XX-YY").status_code == 404  # well formed, but no such state
    bad = client.get("/commitments?as_of=yesterday")
    assert bad.status_code == 400 and "YYYY-MM-DD" in bad.text


def test_unknown_ids_are_404_pages(client: Any) -> None:
    for path in ("/articles/99999", "/articles/nope", "/records/ins-0000000000"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert "Not found" in r.text and '<nav aria-label="Main">' in r.text


def test_static_assets_are_served_from_the_package(client: Any) -> None:
    assert "mark.fact:target" in client.get("/static/style.css").text
    assert "sortTable" in client.get("/static/app.js").text


# --------------------------------------------------------------------------- register


def test_register_filters_by_sector_type_status_and_text(client: Any) -> None:
    everything = rows(client.get("/register").text)
    trade = rows(client.get("/register", params={"sector": "trade"}).text)
    assert 0 < len(trade) < len(everything)
    assert all('href="/register?sector=trade"' in row for row in trade)
    mous = rows(client.get("/register", params={"type": "mou"}).text)
    assert mous and all(">mou</td>" in row for row in mous)
    planned = rows(client.get("/register", params={"status": "planned"}).text)
    assert planned and all(">planned</span>" in row for row in planned)
    roadmap = rows(client.get("/register", params={"q": "ROADMAP"}).text)
    assert roadmap and all("roadmap" in row.casefold() for row in roadmap)
    assert "No instrument matches" in client.get("/register", params={"q": "zzz-nothing"}).text


def test_register_sorts_on_the_server(client: Any) -> None:
    def dates(sort: str) -> list[str]:
        html = client.get("/register", params={"sort": sort}).text
        return re.findall(r'<td data-value="(\d{4}[^"]*)">', html)

    ascending = dates("date")
    assert ascending == sorted(ascending) and ascending != sorted(ascending, reverse=True)
    assert dates("-date") == sorted(ascending, reverse=True)


def test_register_rows_link_each_source_to_its_fact(client: Any, settings: Settings) -> None:
    html = client.get("/register").text
    links = set(re.findall(r'href="/articles/(\d+)#fact-(\d+)"', html))
    assert links
    with Store.open(settings.db_url) as store, store.session() as s:
        for article_id, fact_id in links:
            fact = s.get(FactRow, int(fact_id))
            assert fact is not None and fact.article_id == int(article_id)


# --------------------------------------------------------------------------- commitments, timeline, sectors


def test_commitments_show_a_status_badge_and_move_with_as_of(client: Any) -> None:
    early = client.get("/commitments", params={"as_of": "2024-11-20"}).text
    late = client.get("/commitments", params={"as_of": "2030-01-01"}).text
    assert "status-overdue" not in early and "status-open" in early
    assert "status-overdue" in late
    only = client.get("/commitments", params={"as_of": "2030-01-01", "status": "overdue"}).text
    assert only.count('class="commitment"') == late.count("badge status-overdue")


def test_timeline_draws_an_svg_with_a_dot_per_event(client: Any) -> None:
    html = client.get("/timeline", params={"pair": "PK-BY"}).text
    assert '<svg id="timeline-chart"' in html
    dots = html.count("<circle ")
    assert dots > 0 and dots == len(re.findall(r'<tr id="event-\d+">', html))
    assert {"dot-meeting", "dot-deadline"} <= set(re.findall(r"dot-\w+", html))


def test_sector_matrix_counts_link_back_to_the_register(client: Any) -> None:
    html = client.get("/sectors").text
    cell = re.search(r'href="/register\?sector=([^&"]+)&amp;year=(\d{4})"[^>]*>(\d+)</a>', html)
    assert cell is not None
    sector, year, count = cell.groups()
    listed = rows(client.get(f"/register?sector={sector}&year={year}").text)
    assert len(listed) == int(count)


def test_conflicts_show_each_side_with_official_or_media_sources(client: Any) -> None:
    html = client.get("/conflicts").text
    assert '<section class="side">' in html
    assert re.search(r'class="source (official|media)"', html)


# --------------------------------------------------------------------------- articles and facts


def test_article_page_marks_every_fact_with_its_anchor(client: Any, settings: Settings) -> None:
    article_id, fact_id = fact_of(settings, "commitments")
    html = client.get(f"/articles/{article_id}").text
    mark = re.search(rf'<mark class="fact fact-commitments" id="fact-{fact_id}"[^>]*>', html)
    assert mark is not None
    with Store.open(settings.db_url) as store, store.session() as s:
        fact_ids = s.scalars(select(FactRow.id).where(FactRow.article_id == article_id)).all()
    assert all(f'id="fact-{i}"' in html for i in fact_ids)
    assert html.count("<mark") - html.count("</mark>") == 0


def test_articles_page_lists_newest_first_a_page_at_a_time_and_searches(
        client: Any, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    from accord.web import pages

    with Store.open(settings.db_url) as store, store.session() as s:
        stored = s.execute(select(ArticleRow.id, ArticleRow.published, ArticleRow.name)).all()
    newest_first = sorted(stored, key=lambda r: (r.published is None, -(r.published or date.min).toordinal(),
                                                 r.id))
    monkeypatch.setattr(pages, "PER_PAGE", 2)
    walked: list[int] = []
    for page in range(1, len(stored) // 2 + 2):
        html = client.get(f"/articles?page={page}").text
        walked += [int(i) for i in re.findall(r'<td><a href="/articles/(\d+)">', html)]
    assert walked == [r.id for r in newest_first]
    assert 'rel="next"' in client.get("/articles?page=1").text
    one = newest_first[0]
    found = client.get("/articles", params={"q": one.name.upper()}).text
    assert re.findall(r'<td><a href="/articles/(\d+)">', found) == [str(one.id)]
    assert "0 articles" in client.get("/articles?q=zzzz-nothing").text
    assert client.get("/articles?page=99999999999999999999").status_code == 400


# The conflicts page pages with the same `_cut`; the sample corpus has one real conflict only
@pytest.mark.parametrize(("path", "pattern"), [
    ("/commitments?as_of=2025-06-01", r'<li id="(com-[0-9a-f]+)" class="commitment">'),
])
def test_long_lists_come_a_page_at_a_time(client: Any, monkeypatch: pytest.MonkeyPatch, path: str,
                                          pattern: str) -> None:
    from accord.web import pages

    whole = re.findall(pattern, client.get(path).text)
    assert len(whole) > 2
    monkeypatch.setattr(pages, "PER_PAGE", 2)
    walked: list[str] = []
    for page in range(1, len(whole) // 2 + 2):
        html = client.get(f"{path}{'&' if '?' in path else '?'}page={page}").text
        walked += re.findall(pattern, html)
        assert f"page {page} of {-(-len(whole) // 2)}" in html
    assert walked == whole
    last = client.get(f"{path}{'&' if '?' in path else '?'}page=999").text  # past the end: the last page
    assert re.findall(pattern, last) == whole[-(len(whole) % 2 or 2):] and 'rel="next"' not in last


def test_record_page_lists_its_sources(client: Any) -> None:
    html = client.get("/register").text
    record = re.search(r'href="/records/(ins-[0-9a-f]+)"', html)
    assert record is not None
    page = client.get(f"/records/{record.group(1)}")
    assert page.status_code == 200 and "Reported by" in page.text and "#fact-" in page.text


def test_brief_page_is_the_one_page_brief_with_its_pdf(client: Any) -> None:
    html = client.get("/brief", params={"pair": "PK-BY", "as_of": "2025-06-01"}).text
    assert "<h1>Belarus and Pakistan: brief as of 1 Jun 2025</h1>" in html
    assert "<cite>[Dawn, 27 Nov 2024" in html and ".txt]" not in html
    assert "Open conflicts between sources" in html and "reconvene in Minsk" in html
    pdf = client.get("/brief.pdf", params={"pair": "PK-BY", "as_of": "2025-06-01"})
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-") and "attachment" in pdf.headers["content-disposition"]
    assert client.get("/brief.pdf", params={"pair": "PK-XX"}).status_code == 400


def test_records_are_shown_by_readable_titles(client: Any) -> None:
    late = client.get("/commitments", params={"as_of": "2030-01-01"}).text
    # every record link reads as a title, never as its id
    links = re.findall(r'<a class="record" href="/records/([^"]+)"[^>]*>([^<]+)</a>', late)
    assert links and all(rid not in text for rid, text in links)
    # the record that decided a status is a link in the reason
    reasons = re.findall(r'<p class="reason">(.*?)</p>', late, re.S)
    assert any('href="/records/mtg-' in r or 'href="/records/ins-' in r for r in reasons)
    meeting = re.search(r'href="/records/(mtg-[0-9a-f]+)"', client.get("/timeline").text)
    assert meeting is not None
    page = client.get(f"/records/{meeting.group(1)}").text
    title = re.search(r"<h1>(.*?)</h1>", page, re.S)
    assert title is not None and ":" in title.group(1) and "mtg-" not in title.group(1)
    assert "_" not in re.search(r"<dt>kind</dt>\s*<dd>(.*?)</dd>", page, re.S).group(1)  # type: ignore[union-attr]


def test_highlight_nests_crossing_spans_and_escapes_the_text() -> None:
    text = "a <b> c & d"
    html = highlight(text, [Span(1, "people", 0, 5, 'x"y'), Span(2, "figures", 2, 9, "z")])
    assert html == ('<mark class="fact fact-people" id="fact-1" data-fact="1" title="x&#34;y">a '
                    '<mark class="fact fact-figures" id="fact-2" data-fact="2" title="z">&lt;b&gt;</mark>'
                    '</mark><mark class="fact fact-figures fact-cont" data-fact="2" title="z"> c &amp;</mark>'
                    ' d')


def test_highlight_drops_spans_outside_the_text() -> None:
    assert highlight("abc", [Span(1, "people", 2, 9, "t")]) == "abc"


# --------------------------------------------------------------------------- hostile input


def _hostile_pages(client: Any, settings: Settings) -> dict[str, str]:
    article_id = ids(settings)[HOSTILE_NAME]
    pages = {p: client.get(p).text for p in PAGES}
    pages["/brief?pair=PK-BY"] = client.get("/brief", params={"pair": "PK-BY"}).text
    pages["/register?q=script"] = client.get("/register", params={"q": "script"}).text
    pages[f"/articles/{article_id}"] = client.get(f"/articles/{article_id}").text
    return pages


def test_hostile_article_is_escaped_on_every_page(client: Any, settings: Settings) -> None:
    pages = _hostile_pages(client, settings)
    for path, html in pages.items():
        for raw in (XSS, IMG, ATTR, SVG, "onmouseover=\"", "<img src=x"):
            assert raw not in html, (path, raw)
    escaped = ("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;")
    shown = [p for p, html in pages.items() if any(e in html for e in escaped)]
    # the article itself, its listing, and every page where its facts land (shown, escaped)
    assert {"/articles", "/register", "/register?q=script", "/commitments"} <= set(shown)
    assert any(p.startswith("/articles/") for p in shown)
    article = next(html for p, html in pages.items() if p.startswith("/articles/"))
    assert "&lt;img src=x onerror=alert(1)&gt;" in article
    assert "&#34; onmouseover=&#34;alert(1)" in article


# --------------------------------------------------------------------------- building blocks


def _mention(kind: str, index: int, start: int, end: int) -> Mention:
    return Mention("hash", "a.txt", kind, index, "q", start, end, None, None, False)


def test_a_text_mention_links_to_the_tightest_fact_around_it() -> None:
    person, meeting = MentionKey("hash", "people", 0), MentionKey("hash", "meetings", 0)
    wide, tight = FactSite(person, 7, 70, 0, 40, None), FactSite(meeting, 7, 71, 10, 20, None)
    index = FactIndex(by_key={person: wide}, by_article={"hash": [wide, tight]},
                      article_ids={"hash": 7})
    assert index.url(_mention("people", 0, 0, 40)) == "/articles/7#fact-70"
    assert index.url(_mention("text", -1, 12, 18)) == "/articles/7#fact-71"
    assert index.url(_mention("text", -1, 30, 50)) == "/articles/7"
    assert index.url(Mention("other", "b.txt", "text", -1, "q", 0, 1, None, None, False)) is None


def _event(day: date, kind: str) -> TimelineView:
    return TimelineView(day, kind, "label", Record("r", "meetings", {}, []))


def test_timeline_chart_places_events_by_date_within_the_drawing() -> None:
    events = [_event(date(2024, 1, 1), "meeting"), _event(date(2024, 6, 1), "signing"),
              _event(date(2025, 1, 1), "deadline")]
    chart = timeline_chart(events)
    assert chart is not None
    xs = [d.x for d in chart.dots]
    assert xs == sorted(xs) and chart.left <= xs[0] and xs[-1] <= chart.width - chart.right
    assert len({d.y for d in chart.dots}) == 3  # one lane per kind
    assert chart.ticks and all(chart.left <= t.x <= chart.width for t in chart.ticks)
    assert timeline_chart([]) is None


def test_sector_matrix_counts_per_year_and_never_hides_a_single_instrument() -> None:
    def view(sectors: list[str], day: str | None) -> RecordView:
        return RecordView(Record("r", "instruments", {"sectors": sectors, "date": day}, []), ())

    matrix = sector_matrix([view(["trade"], "2023-05-01")] * 4 + [view(["trade", "health"], "2025-01-02"),
                           view([], None)])
    assert matrix.years == (2023, 2024, 2025) and matrix.undated == 1
    rows = {sector: (cells, total) for sector, cells, total in matrix.rows}
    assert rows["trade"] == (((4, 5), (0, 0), (1, 2)), 5)
    assert rows["health"] == (((0, 0), (0, 0), (1, 2)), 1)
    assert matrix.rows[0][0] == "trade"


def test_records_of_articles_naming_one_state_do_not_break_the_pair_choice(tmp_path: Path) -> None:
    text = ("LIMA: Peru on Monday signed an agreement on mining cooperation, Peruvian Foreign Minister "
            "Lucia Quispe said, adding that the ministry would publish it within two weeks.\n")
    settings = Settings.from_env().with_db(str(tmp_path / "one.db"))
    article = Article(name="one.txt", text=text, content_hash=content_hash(text), source="test",
                      published=date(2025, 3, 3))
    with Store.open(settings.db_url) as store:
        for facts in extract_batch([article], settings).facts:
            store.add(facts)
        update_register(store)
    from accord.server import create_app

    with test_client(create_app(settings)) as one:
        for path in ("/", "/register", "/timeline", "/sectors", "/commitments"):
            assert one.get(path).status_code == 200, path


# --------------------------------------------------------------------------- downloads


@pytest.mark.parametrize(("page", "list_name", "filters"), [
    ("/register?pair=PK-BY&q=roadmap", "records", {"kind": "instruments", "pair": "PK-BY", "q": "roadmap"}),
    ("/commitments?pair=PK-BY&status=overdue&as_of=2025-06-01", "commitments",
     {"pair": "PK-BY", "status": "overdue", "as_of": "2025-06-01"}),
    ("/conflicts?pair=PK-BY", "conflicts", {"pair": "PK-BY"}),
    ("/articles?q=Minsk", "articles", {"q": "Minsk"}),
    ("/timeline?pair=PK-BY", "timeline", {}),
])
def test_each_list_page_links_to_its_downloads_with_its_filters(client: Any, page: str, list_name: str,
                                                                filters: dict[str, str]) -> None:
    html = client.get(page).text
    links = dict(re.findall(r'<a href="([^"]+)" download>([^<]+)</a>', html))
    hrefs = {label: href.replace("&amp;", "&") for href, label in links.items()}
    assert set(hrefs) == {"CSV", "JSON", "JSON-LD"}, html
    for label in ("CSV", "JSON"):
        url = urlsplit(hrefs[label])
        assert url.path == f"/api/v1/{list_name}.{label.lower()}"
        assert filters.items() <= dict(parse_qsl(url.query)).items()
    csv_answer = client.get(hrefs["CSV"])
    assert csv_answer.status_code == 200 and csv_answer.headers["content-type"].startswith("text/csv")
    assert isinstance(client.get(hrefs["JSON"]).json(), list)
    linked = client.get(hrefs["JSON-LD"])
    assert linked.status_code == 200 and "@context" in json.loads(linked.text)


@pytest.mark.parametrize(("fmt", "media"), [
    ("jsonld", "application/ld+json"), ("jsonl", "application/x-ndjson"), ("csv", "text/csv"),
    ("sqlite", "application/vnd.sqlite3")])
def test_the_register_exports_from_the_api(client: Any, fmt: str, media: str, tmp_path: Path) -> None:
    answer = client.get(f"/api/v1/register.{fmt}", params={"pair": "BY-PK", "as_of": "2025-06-01"})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith(media)
    assert f'filename="register.{fmt}"' in answer.headers["content-disposition"]
    if fmt == "jsonld":
        assert any(node.get("@type") == "NewsArticle" for node in answer.json()["@graph"])
    elif fmt == "sqlite":
        path = tmp_path / "r.sqlite"
        path.write_bytes(answer.content)
        with sqlite3.connect(path) as db:
            assert db.execute("select count(*) from sqlite_master where type = 'table'").fetchone()[0] > 0
    else:
        assert "Roadmap" in answer.text or "roadmap" in answer.text


def test_the_register_export_refuses_what_it_cannot_do(client: Any) -> None:
    assert client.get("/api/v1/register.pdf").status_code == 422
    assert client.get("/api/v1/register.csv", params={"pair": "QQ-ZZ"}).status_code == 404
    assert client.get("/api/v1/register.csv", params={"pair": "nope"}).status_code == 422
