"""Pages and feeds over HTTP: a polite fetcher, and URLs read into articles.

The fetcher keeps to what a well-behaved crawler does: it says who it is (User-Agent),
asks robots.txt first, waits between requests to one host, gives up after a timeout,
retries what may pass (timeouts, 5xx, 429) with a growing pause, follows a few redirects,
refuses bodies over the size limit, and asks "changed since?" (ETag, Last-Modified) when
it has fetched the URL before. Every wait can be cut short by a stop event (Ctrl-C).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from accord.core import Article
from accord.errors import InputError
from accord.ingest.discover import sniff_kind
from accord.ingest.label import UrlLabel
from accord.ingest.options import IngestOptions
from accord.ingest.sources import (
    clean_text,
    entry_article,
    entry_text,
    parse_feed,
    read_data,
    with_source_hash,
)
from accord.version import __version__

USER_AGENT = f"accord/{__version__} (register of bilateral diplomacy; fetches politely, obeys robots.txt)"
# a feed entry with fewer words than this is a teaser: the article is on the page it links to
MIN_ENTRY_WORDS = 80
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How politely and how patiently to fetch."""

    timeout: float = 20.0           # seconds for connecting and for each read
    retries: int = 2                # further tries after a timeout, a refused connection, 429 or 5xx
    backoff: float = 2.0            # seconds before the first retry, doubled for each next one
    delay: float = 1.0              # seconds between two requests to one host
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class Validators:
    """What a server said about a URL's version last time (sent back as If-None-Match / -Modified-Since)."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class Fetched:
    """One fetch's outcome: the status and body, or the error that stopped it."""

    url: str
    status: int | None = None               # None when no answer came (timeout, refused, robots)
    data: bytes | None = None               # None for 304 and for errors
    final_url: str | None = None            # after redirects
    validators: Validators = Validators()
    error: str | None = None
    at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and self.status < 400

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def is_url(text: str) -> bool:
    """Say whether an input names an http(s) URL rather than a file."""
    return urlsplit(text).scheme.lower() in ("http", "https")


class Fetcher:
    """An HTTP client that fetches politely (see the module doc); one per run, reused."""

    def __init__(self, options: FetchOptions | None = None, stop: threading.Event | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.options = options or FetchOptions()
        self.stop = stop or threading.Event()
        self._client = httpx.Client(
            # redirects are followed by hand (_once), so that each hop is checked against robots.txt
            headers={"User-Agent": self.options.user_agent}, follow_redirects=False,
            timeout=self.options.timeout, transport=transport)
        self._robots: dict[str, RobotFileParser] = {}
        self._last: dict[str, float] = {}

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def fetch(self, url: str, validators: Validators | None = None) -> Fetched:
        """Return what fetching `url` gave, never raising for network or HTTP trouble."""
        if not is_url(url):
            return Fetched(url, error="not an http(s) URL")
        if not self.allowed(url):
            return Fetched(url, error="disallowed by robots.txt")
        return self._with_retries(url, _conditional_headers(validators))

    def allowed(self, url: str) -> bool:
        """Say whether the site's robots.txt lets this User-Agent fetch `url`."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            # robots.txt itself may be fetched (and redirect within its site) while it is read
            self._robots[origin] = _robots_of([])
            self._robots[origin] = self._read_robots(origin)
        return self._robots[origin].can_fetch(self.options.user_agent, url)

    def _read_robots(self, origin: str) -> RobotFileParser:
        got = self._with_retries(origin + "/robots.txt", {})
        # RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx, no
        # answer) means "assume disallowed" until it can be read
        if got.status is not None and 400 <= got.status < 500:
            return _robots_of([])
        if got.ok and got.data is not None:
            return _robots_of(got.data.decode("utf-8", errors="replace").splitlines())
        return _robots_of(["User-agent: *", "Disallow: /"])

    def _with_retries(self, url: str, headers: dict[str, str]) -> Fetched:
        pause = self.options.backoff
        for attempt in range(self.options.retries + 1):
            got = self._once(url, headers)
            if not _worth_retrying(got) or attempt == self.options.retries or self.stop.is_set():
                return got
            self.stop.wait(pause)
            pause *= 2
        raise AssertionError("unreachable: the loop returns on its last attempt")

    def _once(self, url: str, headers: dict[str, str]) -> Fetched:
        """Return one try at `url`, redirects followed by hand: each hop is polite and asks robots.txt."""
        current = url
        for _hop in range(self.options.max_redirects + 1):
            answer = self._hop(url, current, headers)
            if isinstance(answer, Fetched):
                return answer
            if not self.allowed(answer):
                return Fetched(url, error=f"redirected to {answer}, which robots.txt disallows")
            current = answer
        return Fetched(url, error=f"more than {self.options.max_redirects} redirects")

    def _hop(self, url: str, current: str, headers: dict[str, str]) -> Fetched | str:
        """Return the answer at `current`, or the URL it redirects to."""
        self._wait_turn(current)
        try:
            response = self._client.send(self._client.build_request("GET", current, headers=headers),
                                         stream=True)
            try:
                target = response.next_request.url if response.is_redirect and response.next_request else None
                if target is None:
                    return self._answer(url, response)
            finally:
                response.close()
        except httpx.TimeoutException:
            return Fetched(url, error=f"timed out after {self.options.timeout:g} s")
        except httpx.HTTPError as exc:
            return Fetched(url, error=f"cannot fetch ({type(exc).__name__}: {_one_line(exc)})")
        finally:
            self._last[_host(current)] = time.monotonic()
        if target.scheme not in ("http", "https"):
            return Fetched(url, response.status_code, error=f"redirected to a non-HTTP URL ({target.scheme})")
        return str(target)

    def _wait_turn(self, url: str) -> None:
        last = self._last.get(_host(url))
        if last is not None:
            self.stop.wait(max(0.0, last + self.options.delay - time.monotonic()))

    def _answer(self, url: str, response: httpx.Response) -> Fetched:
        final = str(response.url)
        validators = Validators(response.headers.get("etag"), response.headers.get("last-modified"))
        if response.status_code == 304 or response.status_code >= 400:
            reason = None if response.status_code == 304 else f"HTTP {response.status_code}"
            return Fetched(url, response.status_code, None, final, validators, reason)
        data = self._body(response)
        if data is None:
            limit = self.options.max_bytes / (1024 * 1024)
            too_big = f"over the {limit:.1f} MB limit"
            return Fetched(url, response.status_code, None, final, validators, too_big)
        return Fetched(url, response.status_code, data, final, validators)

    def _body(self, response: httpx.Response) -> bytes | None:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.options.max_bytes:
            return None
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.options.max_bytes:
                return None
            chunks.append(chunk)
        return b"".join(chunks)


def _robots_of(lines: list[str]) -> RobotFileParser:
    robots = RobotFileParser()
    robots.parse(lines)  # parse() also marks it read: an unread parser forbids everything
    return robots


def _conditional_headers(validators: Validators | None) -> dict[str, str]:
    headers: dict[str, str] = {}
    if validators and validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators and validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    return headers


def _worth_retrying(got: Fetched) -> bool:
    if got.status is None:
        return got.error is not None and got.error.startswith(("timed out", "cannot fetch"))
    return got.status in _RETRY_STATUSES


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:200] or "no detail"


@dataclass(slots=True)
class PageRead:
    """The articles read from one fetched body, and the pages its feed entries point to."""

    items: list[Article | InputError]
    links: list[str]


def read_fetched(got: Fetched, options: IngestOptions) -> PageRead:
    """Return the articles in a fetched body: a page, a document, or a feed's full entries.

    A feed entry that is only a teaser (short, with a link) is not an article: its link is
    returned, to be fetched as a page.
    """
    if got.data is None:
        return PageRead([InputError(got.url, got.error or f"HTTP {got.status}, no body")], [])
    label = UrlLabel(got.final_url or got.url)
    try:
        if sniff_kind(label, got.data) == "feed":
            return _read_feed(label, got.data, options)
        items = read_data(label, got.data, options)
    except InputError as exc:
        return PageRead([exc], [])
    return PageRead([with_source_hash(item, got.data) for item in items], [])


def _read_feed(label: UrlLabel, data: bytes, options: IngestOptions) -> PageRead:
    parsed = parse_feed(label, data, options)
    feed_title = clean_text(parsed.feed.get("title"))
    out = PageRead([], [])
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        link = urljoin(label.url, link) if isinstance(link, str) and link.strip() else None
        if link and len(entry_text(entry).split()) < MIN_ENTRY_WORDS:
            out.links.append(link)
            continue
        source = link or f"{label.url}#{number}"
        name = UrlLabel(link).name if link else f"{label.name}#{number}"
        item = entry_article(name, source, entry, feed_title, options)
        if item is not None:
            out.items.append(item)
    return out


def read_url(fetcher: Fetcher, url: str, options: IngestOptions,
             on_fetch: Callable[[Fetched], None] | None = None) -> Iterator[Article | InputError]:
    """Yield the articles at `url` (a page, a document or a feed and the pages it links to).

    A URL that cannot be fetched or read gives one InputError, never an exception.
    """
    got = fetcher.fetch(url)
    if on_fetch is not None:
        on_fetch(got)
    read = read_fetched(got, options)
    yield from read.items
    for link in read.links:
        if fetcher.stop.is_set():
            return
        page = fetcher.fetch(link)
        if on_fetch is not None:
            on_fetch(page)
        yield from read_fetched(page, options).items


def iter_urls(urls: Sequence[str], options: IngestOptions,
              fetch: FetchOptions | None = None) -> Iterator[Article | InputError]:
    """Yield the articles at each URL (see read_url), with one fetcher for them all."""
    if not urls:
        return
    with Fetcher(fetch or FetchOptions(max_bytes=options.max_bytes)) as fetcher:
        for url in urls:
            yield from read_url(fetcher, url, options)
