"""Following sources: fetch feeds and pages on a schedule, store what is new, remember what was fetched.

One round asks every source once (conditionally, with the validators the store kept),
reads the pages its feeds point to that were never read, extracts the new articles as one
batch, stores them and updates the register. A source that fails is recorded with its
error and asked again next round; it never stops the others.
"""

from __future__ import annotations

import hashlib
import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from accord.core import Article, ArticleFacts
from accord.errors import InputError
from accord.ingest.options import IngestOptions
from accord.ingest.web import Fetched, Fetcher, Validators, is_url, read_fetched
from accord.settings import Settings
from accord.store import Store
from accord.store.fetches import FetchRecord, fetch_state, save_fetch
from accord.usecases import ingest_articles

# a source list is a few kilobytes; a larger file is not one
_MAX_LIST_BYTES = 2 * 1024 * 1024
_EVERY = re.compile(r"(\d+)\s*([smhd])", re.I)
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> float:
    """Return the seconds an interval such as "30m", "1h30m", "90s" or "2d" stands for."""
    cleaned = text.strip().lower().replace(" ", "")
    parts = _EVERY.findall(cleaned)
    if not parts or "".join(n + u for n, u in parts) != cleaned:
        raise ValueError(f"cannot read the interval {text!r}: write e.g. 30m, 1h, 1h30m, 90s")
    seconds = sum(int(n) * _UNIT_SECONDS[u] for n, u in parts)
    if seconds <= 0:
        raise ValueError(f"the interval {text!r} is not longer than zero")
    return float(seconds)


def load_sources(items: Sequence[str]) -> list[str]:
    """Return the URLs that the items name: URLs as given, OPML files' feeds, text files' lines.

    Raises InputError for a file that cannot be read or names no URL.
    """
    urls: list[str] = []
    for item in items:
        found = [item] if is_url(item) else _urls_in_file(Path(item))
        urls.extend(u for u in found if u not in urls)
    return urls


def _urls_in_file(path: Path) -> list[str]:
    try:
        data = path.read_bytes()[:_MAX_LIST_BYTES + 1]
    except OSError as exc:
        raise InputError(str(path), f"cannot read the source list ({exc.strerror or exc})") from None
    if len(data) > _MAX_LIST_BYTES:
        raise InputError(str(path), "too large for a list of sources")
    text = data.decode("utf-8", errors="replace")
    urls = _opml_urls(path, text) if "<opml" in text[:2048].lower() else _listed_urls(path, text)
    if not urls:
        raise InputError(str(path), "names no http(s) URL")
    return urls


def _opml_urls(path: Path, text: str) -> list[str]:
    """Return the feed URLs of an OPML file as feed readers export it (outline xmlUrl)."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise InputError(str(path), f"broken OPML ({exc})") from None
    found = (o.get("xmlUrl") or o.get("xmlurl") or o.get("url") or "" for o in root.iter("outline"))
    return [u.strip() for u in found if is_url(u.strip())]


def _listed_urls(path: Path, text: str) -> list[str]:
    """Return the URLs of a plain list: one a line, blank lines and # comments allowed."""
    urls = []
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if not entry:
            continue
        if not is_url(entry):
            raise InputError(f"{path}:{number}", f"not an http(s) URL: {entry[:100]!r}")
        urls.append(entry)
    return urls


@dataclass(slots=True)
class RoundReport:
    """What one round did: URLs fetched, unchanged, failed (with why), and the new articles."""

    fetched: int = 0
    unchanged: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    new: list[ArticleFacts] = field(default_factory=list)
    known: int = 0


class Watcher:
    """Follows a list of sources into one store; `run_round` once, or `run` until stopped."""

    def __init__(self, store: Store, settings: Settings, fetcher: Fetcher,
                 options: IngestOptions | None = None, log: Callable[[str], None] | None = None) -> None:
        self.store = store
        self.settings = settings
        self.fetcher = fetcher
        self.options = options or IngestOptions(max_bytes=settings.max_bytes)
        self.log = log or (lambda _line: None)

    @property
    def stop(self) -> threading.Event:
        return self.fetcher.stop

    def run(self, sources: Sequence[str], every: float | None,
            on_round: Callable[[RoundReport], None] | None = None) -> list[RoundReport]:
        """Run rounds until stopped (every `every` seconds), or one round when `every` is None."""
        reports: list[RoundReport] = []
        while True:
            reports.append(self.run_round(sources))
            if on_round is not None:
                on_round(reports[-1])
            if every is None or self.stop.wait(every):
                return reports

    def run_round(self, sources: Sequence[str]) -> RoundReport:
        """Fetch every source once, store the new articles, and return what happened."""
        report = RoundReport()
        articles: list[Article] = []
        for url in sources:
            if self.stop.is_set():
                break
            articles.extend(self._new(self._follow(url, report), report, articles))
        if articles:
            self._store(articles, report)
        return report

    def _follow(self, url: str, report: RoundReport) -> list[Article | InputError]:
        """Return what one source and the pages its feed points to hold."""
        state = fetch_state(self.store, url)
        got = self.fetcher.fetch(url, Validators(state.etag, state.last_modified) if state else None)
        if not self._counted(got, report):
            self._save(got, "feed", state, 0)
            return []
        if state is not None and state.body_hash == _hash(got.data):
            # a server without validators sent the same body again: nothing new in it
            report.unchanged += 1
            self._save(got, "feed", state, state.articles)
            return []
        read = read_fetched(got, self.options)
        items = list(read.items)
        for link in read.links:
            if not self.stop.is_set():
                items.extend(self._page(link, report))
        self._save(got, "feed", state, sum(isinstance(i, Article) for i in read.items))
        return items

    def _page(self, link: str, report: RoundReport) -> list[Article | InputError]:
        state = fetch_state(self.store, link)
        if state is not None and state.status is not None and state.status < 400 and state.error is None:
            return []  # read on an earlier round (or before a restart): pages do not change
        got = self.fetcher.fetch(link)
        if not self._counted(got, report):
            self._save(got, "page", state, 0)
            return []
        items = read_fetched(got, self.options).items
        self._save(got, "page", state, sum(isinstance(i, Article) for i in items))
        return items

    def _counted(self, got: Fetched, report: RoundReport) -> bool:
        """Count a fetch in the report; say whether it brought a body to read."""
        if got.not_modified:
            report.unchanged += 1
            return False
        if not got.ok:
            report.failed[got.url] = got.error or f"HTTP {got.status}"
            self.log(f"failed {got.url}: {report.failed[got.url]} (asked again next round)")
            return False
        report.fetched += 1
        return True

    def _new(self, items: list[Article | InputError], report: RoundReport,
             before: list[Article]) -> list[Article]:
        """Return the articles among `items` that neither the store nor this round has yet."""
        seen = {a.content_hash for a in before}
        new: list[Article] = []
        for item in items:
            if isinstance(item, InputError):
                self.log(f"skipped {item.message}")
            elif item.content_hash in seen or self.store.has_article(item.content_hash):
                report.known += 1
            else:
                seen.add(item.content_hash)
                new.append(item)
        return new

    def _save(self, got: Fetched, kind: str, before: FetchRecord | None, articles: int) -> None:
        failed = not got.ok and not got.not_modified
        kept = _validators(got, before)
        save_fetch(self.store, FetchRecord(
            url=got.url, kind=kind, fetched_at=got.at, status=got.status,
            etag=kept.etag, last_modified=kept.last_modified,
            body_hash=_hash(got.data) if got.data is not None else (before.body_hash if before else None),
            error=got.error, failures=(before.failures if before else 0) + 1 if failed else 0,
            articles=articles))

    def _store(self, articles: list[Article], report: RoundReport) -> None:
        result = ingest_articles(self.store, articles, self.settings, sources=[a.source for a in articles])
        for problem in result.problems:
            self.log(f"skipped {problem.message}")
        for facts in result.stored:
            report.new.append(facts)
            self.log(new_article_line(facts))


def new_article_line(facts: ArticleFacts) -> str:
    """Return the one log line for a newly stored article: date, outlet, title, facts, source."""
    a = facts.article
    day = a.published.isoformat() if a.published else "undated"
    title = " ".join((a.title or a.name).split())[:100]
    return f"new {day} {a.outlet or '-'}: {title} ({len(facts.all_facts())} facts) {a.source}"


def _validators(got: Fetched, before: FetchRecord | None) -> Validators:
    """Return the validators to keep: a new body's own, else the last ones (a 304 may renew them)."""
    if got.data is not None:
        return got.validators
    old = Validators(before.etag, before.last_modified) if before else Validators()
    if not got.not_modified:
        return old
    return Validators(got.validators.etag or old.etag, got.validators.last_modified or old.last_modified)


def _hash(data: bytes | None) -> str | None:
    return hashlib.sha256(data).hexdigest() if data is not None else None
