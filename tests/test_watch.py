"""Fetching over HTTP and `accord watch`, against a site served on 127.0.0.1 by a thread of the test."""

from __future__ import annotations

import itertools
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.cli.watch_cmd import _stopped_by_signals
from accord.errors import InputError
from accord.ingest.web import USER_AGENT, Fetcher, FetchOptions, Validators
from accord.settings import Settings
from accord.store import Store
from accord.store.fetches import fetch_log, fetch_state
from accord.watch import Watcher, load_sources, parse_every
from tests.http_site import Answer, Site, serving, validated

# quick and patient enough for loopback; the slow route answers after SLOW seconds
FAST = FetchOptions(timeout=0.5, retries=1, backoff=0.01, delay=0.0, max_bytes=64 * 1024)
SLOW = 1.5

PAGE_TEXT = (
    "ISLAMABAD: Pakistan and Belarus signed a memorandum of understanding on cooperation in "
    "agriculture on Friday, the foreign office said. The two sides agreed to hold the next session "
    "of the joint ministerial commission in Minsk by December 2025, and to double trade within two years."
)
ENTRY_TEXT = (
    "MINSK: Belarusian President Aleksandr Lukashenko received Pakistan's Prime Minister Shehbaz Sharif "
    "for talks on Tuesday. Belarus and Pakistan signed an agreement on cooperation in the field of "
    "education and a roadmap on industrial cooperation. The leaders agreed to set up a joint working "
    "group on trade and to meet again in Islamabad next year. Trade between the two countries reached "
    "about $100 million last year, officials said, and both sides want it to grow further over the "
    "coming years through new investment in machinery, tractors and textiles."
)


def page(text: str, title: str) -> bytes:
    return (f"<!doctype html><html><head><title>{title}</title>"
            f'<meta property="article:published_time" content="2025-04-11"></head>'
            f"<body><nav>Home | World</nav><article><h1>{title}</h1><p>{text}</p></article>"
            "</body></html>").encode()


def rss(site: Site) -> bytes:
    return (f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Ministry News</title><link>{site.url("/")}</link>
<description>Statements</description>
<item><title>Talks in Minsk</title><guid>t1</guid><link>{site.url("/talks")}</link>
<pubDate>Tue, 08 Apr 2025 09:00:00 +0000</pubDate><description>{ENTRY_TEXT}</description></item>
<item><title>MoU on agriculture</title><guid>t2</guid><link>/news/mou</link>
<pubDate>Fri, 11 Apr 2025 09:00:00 +0000</pubDate>
<description>Pakistan and Belarus sign an MoU.</description></item>
<item><title>Closed page</title><guid>t3</guid><link>{site.url("/private/secret")}</link>
<description>Not for robots.</description></item>
</channel></rss>""").encode()


@pytest.fixture
def site() -> Iterator[Site]:
    with serving(Site()) as s:
        robots = b"User-agent: *\nDisallow: /private/\n"
        s.add("/robots.txt", Answer(200, robots, {"Content-Type": "text/plain"}))
        s.add("/feed.xml", validated(rss(s), etag='"v1"'))
        s.add("/news/mou", Answer(200, page(PAGE_TEXT, "MoU on agriculture"), {"Content-Type": "text/html"}))
        s.add("/private/secret", Answer(200, page(PAGE_TEXT, "secret"), {"Content-Type": "text/html"}))
        s.add("/page", validated(page(PAGE_TEXT, "A page"), last_modified="Fri, 11 Apr 2025 10:00:00 GMT",
                                 content_type="text/html"))
        s.add("/broken", Answer(500, b"oops"))
        s.add("/slow", Answer(200, b"late", delay=SLOW))
        s.add("/moved", Answer(302, b"", {"Location": "/page"}))
        s.add("/loop", Answer(302, b"", {"Location": "/loop"}))
        s.add("/hop", Answer(301, b"", {"Location": "/private/secret"}))
        s.add("/huge", Answer(200, b"x" * (FAST.max_bytes + 1)))
        yield s


# --------------------------------------------------------------------------- the fetcher


def test_a_page_is_fetched_with_our_user_agent(site: Site) -> None:
    with Fetcher(FAST) as fetcher:
        got = fetcher.fetch(site.url("/page"))
    assert (got.ok, got.status) == (True, 200)
    assert got.data == page(PAGE_TEXT, "A page")
    assert got.validators == Validators(None, "Fri, 11 Apr 2025 10:00:00 GMT")
    assert {headers["user-agent"] for _, headers, _ in site.asked} == {USER_AGENT}


def test_conditional_get_gives_304(site: Site) -> None:
    with Fetcher(FAST) as fetcher:
        first = fetcher.fetch(site.url("/feed.xml"))
        again = fetcher.fetch(site.url("/feed.xml"), first.validators)
        since = Validators(last_modified="Fri, 11 Apr 2025 10:00:00 GMT")
        page_again = fetcher.fetch(site.url("/page"), since)
    assert first.validators.etag == '"v1"'
    assert (again.status, again.not_modified, again.data) == (304, True, None)
    assert page_again.not_modified
    asked = {path: headers for path, headers, _ in site.asked}
    assert asked["/page"]["if-modified-since"] == "Fri, 11 Apr 2025 10:00:00 GMT"


def test_errors_are_values_and_only_passing_ones_are_retried(site: Site) -> None:
    with Fetcher(FAST) as fetcher:
        missing = fetcher.fetch(site.url("/nowhere"))
        broken = fetcher.fetch(site.url("/broken"))
    assert (missing.ok, missing.error) == (False, "HTTP 404")
    assert (broken.ok, broken.error) == (False, "HTTP 500")
    assert site.hits["/nowhere"] == 1
    assert site.hits["/broken"] == 1 + FAST.retries


def test_a_slow_answer_times_out_and_is_retried(site: Site) -> None:
    started = time.monotonic()
    with Fetcher(FAST) as fetcher:
        got = fetcher.fetch(site.url("/slow"))
    assert got.error == "timed out after 0.5 s"
    assert got.status is None
    assert site.hits["/slow"] == 1 + FAST.retries
    assert time.monotonic() - started < SLOW * (FAST.retries + 1)


def test_redirects_are_followed_within_the_limit(site: Site) -> None:
    with Fetcher(FAST) as fetcher:
        moved = fetcher.fetch(site.url("/moved"))
        loop = fetcher.fetch(site.url("/loop"))
    assert (moved.status, moved.final_url) == (200, site.url("/page"))
    assert loop.error == f"more than {FAST.max_redirects} redirects"
    assert site.hits["/loop"] == FAST.max_redirects + 1


def test_robots_txt_is_obeyed_and_read_once(site: Site) -> None:
    with Fetcher(FAST) as fetcher:
        refused = fetcher.fetch(site.url("/private/secret"))
        fetcher.fetch(site.url("/page"))
        hopped = fetcher.fetch(site.url("/hop"))
    assert refused.error == "disallowed by robots.txt"
    assert hopped.error == f"redirected to {site.url('/private/secret')}, which robots.txt disallows"
    assert site.hits["/hop"] == 1
    assert site.hits["/private/secret"] == 0
    assert site.hits["/robots.txt"] == 1


def test_robots_txt_that_redirects_is_followed() -> None:
    with serving(Site()) as moved, Fetcher(FAST) as fetcher:
        moved.add("/robots.txt", Answer(301, b"", {"Location": "/rules.txt"}))
        moved.add("/rules.txt", Answer(200, b"User-agent: *\nDisallow: /closed\n"))
        moved.add("/open", Answer(200, b"hello"))
        assert fetcher.fetch(moved.url("/open")).ok
        assert fetcher.fetch(moved.url("/closed")).error == "disallowed by robots.txt"


def test_a_site_without_robots_txt_may_be_fetched() -> None:
    with serving(Site()) as bare, Fetcher(FAST) as fetcher:
        bare.add("/a", Answer(200, b"hello"))
        assert fetcher.fetch(bare.url("/a")).ok


def test_a_body_over_the_size_limit_is_refused(site: Site) -> None:
    with Fetcher(FAST) as fetcher:
        got = fetcher.fetch(site.url("/huge"))
    assert (got.ok, got.data, got.error) == (False, None, "over the 0.1 MB limit")


def test_requests_to_one_host_are_spaced_by_the_delay(site: Site) -> None:
    with Fetcher(FetchOptions(timeout=1, delay=0.3)) as fetcher:
        for _ in range(3):
            fetcher.fetch(site.url("/page"))
    times = [at for path, _, at in site.asked if path == "/page"]
    assert len(times) == 3
    assert all(b - a >= 0.29 for a, b in itertools.pairwise(times))


def test_a_stop_cuts_the_waits_short(site: Site) -> None:
    stop = threading.Event()
    with Fetcher(FetchOptions(timeout=1, delay=30), stop=stop) as fetcher:
        fetcher.fetch(site.url("/page"))
        threading.Timer(0.2, stop.set).start()
        started = time.monotonic()
        fetcher.fetch(site.url("/page"))
    assert time.monotonic() - started < 5


# --------------------------------------------------------------------------- watching


def settings_for(tmp_path: Path) -> Settings:
    return Settings(db_url=f"sqlite:///{tmp_path / 'watch.db'}", similarity="words")


def test_a_round_stores_new_articles_and_a_restart_fetches_nothing_again(site: Site, tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    sources = [site.url("/feed.xml"), site.url("/broken"), site.url("/page")]
    lines: list[str] = []
    with Store.open(settings.db_url) as store, Fetcher(FAST) as fetcher:
        first = Watcher(store, settings, fetcher, log=lines.append).run_round(sources)
    new = {f.article.source: f for f in first.new}
    # the full entry is read from the feed, the teaser's page fetched, and the page source read
    assert set(new) == {site.url("/talks"), site.url("/news/mou"), site.url("/page")}
    assert new[site.url("/talks")].article.text.startswith("MINSK: Belarusian President")
    assert new[site.url("/news/mou")].article.title == "MoU on agriculture"
    assert first.failed == {site.url("/broken"): "HTTP 500",
                            site.url("/private/secret"): "disallowed by robots.txt"}
    assert any(line.startswith("new 2025-04-08 Ministry News: Talks in Minsk (") for line in lines)
    assert site.hits["/private/secret"] == 0
    hits = dict(site.hits)

    with Store.open(settings.db_url) as store, Fetcher(FAST) as fetcher:  # a restart
        again = Watcher(store, settings, fetcher).run_round(sources)
        log = {r.url: r for r in fetch_log(store)}
    assert again.new == []
    assert site.hits["/news/mou"] == hits["/news/mou"]          # a page read once is not fetched again
    assert site.hits["/feed.xml"] == hits["/feed.xml"] + 1      # the feed is asked, conditionally
    assert site.hits["/broken"] > hits["/broken"]               # the failing source is asked again
    assert log[site.url("/feed.xml")].status == 304
    assert log[site.url("/feed.xml")].etag == '"v1"'
    assert (log[site.url("/broken")].status, log[site.url("/broken")].failures) == (500, 2)
    assert log[site.url("/news/mou")].kind == "page"


def test_the_same_article_on_a_page_source_is_stored_once(site: Site, tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    with Store.open(settings.db_url) as store, Fetcher(FAST) as fetcher:
        report = Watcher(store, settings, fetcher).run_round([site.url("/page"), site.url("/moved")])
        assert fetch_state(store, site.url("/moved")) is not None
    assert [f.article.source for f in report.new] == [site.url("/page")]
    assert report.known == 1


def test_watch_once_from_the_command_line(site: Site, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "w.db"), "--similarity", "words", "watch",
                                      "--once", "--timeout", "0.5", "--delay", "0", "--retries", "0",
                                      site.url("/feed.xml"), site.url("/broken")])
    assert result.exit_code == 1, result.output  # a source failed: cron hears of it
    out = " ".join(result.output.split())
    assert "new 2025-04-08 Ministry News: Talks in Minsk" in out
    assert f"failed {site.url('/broken')}: HTTP 500 (asked again next round)" in out
    assert "round 1: fetched" in out


def test_ingest_takes_urls(site: Site, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "i.db"), "--similarity", "words", "ingest",
                                      site.url("/page"), site.url("/nowhere")])
    out = " ".join(result.output.split())
    assert "added: 1 article" in out
    assert f"{site.url('/nowhere')}: HTTP 404" in out
    assert result.exit_code == 1


def test_watch_needs_every_or_once() -> None:
    result = CliRunner().invoke(app, ["watch", "https://example.org/feed"])
    assert result.exit_code == 2
    assert "choose one of --every INTERVAL and --once" in result.output


def test_sources_from_opml_and_lists(tmp_path: Path) -> None:
    opml = tmp_path / "feeds.opml"
    opml.write_text('<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>'
                    '<outline text="News"><outline type="rss" text="A" xmlUrl="https://a.example/rss"/>'
                    '<outline type="rss" text="B" xmlUrl="https://b.example/atom"/></outline></body></opml>')
    listed = tmp_path / "urls.txt"
    listed.write_text("# ministries\nhttps://c.example/news\n\nhttps://a.example/rss\n")
    assert load_sources([str(opml), str(listed), "https://d.example/"]) == [
        "https://a.example/rss", "https://b.example/atom", "https://c.example/news", "https://d.example/"]
    listed.write_text("https://c.example/news\nnot a url\n")
    with pytest.raises(InputError, match=r"urls\.txt:2: not an http"):
        load_sources([str(listed)])


@pytest.mark.parametrize(("text", "seconds"), [("30m", 1800), ("1h30m", 5400), ("90s", 90), ("2d", 172800)])
def test_intervals(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "30", "m", "0m", "1x", "1h 2"])
def test_bad_intervals(text: str) -> None:
    with pytest.raises(ValueError):
        parse_every(text)


def test_sigterm_stops_gracefully() -> None:
    stop = threading.Event()
    before = signal.getsignal(signal.SIGTERM)
    with _stopped_by_signals(stop):
        os.kill(os.getpid(), signal.SIGTERM)
        assert stop.wait(5)
    assert signal.getsignal(signal.SIGTERM) is before


def test_run_ends_when_stopped(site: Site, tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    with Store.open(settings.db_url) as store, Fetcher(FAST) as fetcher:
        watcher = Watcher(store, settings, fetcher)
        rounds = watcher.run([site.url("/broken")], every=0.05, on_round=lambda r: (
            fetcher.stop.set() if site.hits["/broken"] >= 4 else None))
    assert len(rounds) == 2
