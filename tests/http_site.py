"""A small web site on 127.0.0.1 for the fetch and watch tests: pages, feeds, 304s, errors, slow answers.

Each route is a function of the request that returns (status, headers, body, delay). The
server runs in a daemon thread for one test and is shut down after it; it never binds
anything but loopback.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True, slots=True)
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


Route = Callable[[dict[str, str]], Answer]


@dataclass(slots=True)
class Site:
    """The routes served, and what was asked: hits per path and each request's headers and time."""

    routes: dict[str, Route] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    asked: list[tuple[str, dict[str, str], float]] = field(default_factory=list)
    base: str = ""

    def add(self, path: str, answer: Answer | Route) -> None:
        self.routes[path] = answer if callable(answer) else (lambda _headers: answer)

    def url(self, path: str) -> str:
        return self.base + path


def validated(body: bytes, etag: str | None = None, last_modified: str | None = None,
              content_type: str = "application/rss+xml") -> Route:
    """Return a route answering 304 when the client's validators match, else 200 with them."""

    def route(headers: dict[str, str]) -> Answer:
        if etag and headers.get("if-none-match") == etag:
            return Answer(304)
        if last_modified and headers.get("if-modified-since") == last_modified:
            return Answer(304)
        sent = {"Content-Type": content_type}
        if etag:
            sent["ETag"] = etag
        if last_modified:
            sent["Last-Modified"] = last_modified
        return Answer(200, body, sent)

    return route


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            headers = {k.lower(): v for k, v in self.headers.items()}
            site.hits[self.path] += 1
            site.asked.append((self.path, headers, time.monotonic()))
            route = site.routes.get(self.path)
            answer = route(headers) if route else Answer(404, b"not found")
            if answer.delay:
                time.sleep(answer.delay)
            try:
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                if answer.status != 304:
                    self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                if answer.status != 304:
                    self.wfile.write(answer.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test): nothing to answer

        def log_message(self, *_args: object) -> None:
            pass

    return Handler


@contextmanager
def serving(site: Site) -> Iterator[Site]:
    """Serve `site` on 127.0.0.1 (a free port) while the block runs."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
