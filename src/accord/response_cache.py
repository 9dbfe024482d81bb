"""Repeated GETs answered from memory until the store changes (ASGI middleware).

The register only changes on ingest and curation, so a page or API answer computed once
stays right until then. An answer is kept under (path, query, today, store version): the
day is part of the key because pages judge deadlines "as of today". The store's version
(`read.register_version`) is read at most once per `recheck` seconds; a write through
this server (any non-GET request) empties the cache at once, so its effect is seen by the
next read. A write by another process (`accord ingest` beside a running server) shows
within `recheck` seconds. Requests for an answer that is being computed wait for it rather
than compute it again (a burst of clients on a cold server costs one computation).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from starlette.concurrency import run_in_threadpool

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
Entry = tuple[int, list[tuple[bytes, bytes]], bytes]

MAX_ENTRIES = 512
MAX_BODY = 2 * 1024 * 1024  # bigger answers (whole exports) are computed each time


@dataclass(slots=True)
class _Flight:
    """One answer being computed: set `done` when it is, with `entry` when it may be kept."""

    done: asyncio.Event = field(default_factory=asyncio.Event)
    entry: Entry | None = None


class ResponseCache:
    """Serve a GET's earlier answer while the store is unchanged."""

    def __init__(self, app: ASGIApp, version_of: Callable[[Any], object], *,
                 recheck: float = 1.0, max_entries: int = MAX_ENTRIES, owner: Any = None,
                 private_cookie: str | None = None) -> None:
        self.app = app
        # a request bearing this cookie (a signed-in session) gets a page of its own, never a kept one
        self.private_cookie = private_cookie.encode() if private_cookie else None
        if owner is not None:
            owner.response_cache = self  # so the app (and its tests) can reach the cache
        self.version_of = version_of  # the app's state -> the store's current version
        self.recheck = recheck
        self.max_entries = max_entries
        self.hits = 0
        self._entries: OrderedDict[tuple[Any, ...], Entry] = OrderedDict()
        self._lock = threading.Lock()
        self._version: object = None
        self._checked = float("-inf")
        # answers being computed now, by key: requests for the same one wait instead (event loop only)
        self._flights: dict[tuple[Any, ...], _Flight] = {}
        self._checking: asyncio.Event | None = None  # set while the store's version is being read

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] != "GET" or _has_auth(scope) or _has_cookie(scope, self.private_cookie):
            if scope["method"] not in ("GET", "HEAD", "OPTIONS"):
                self.clear()  # a write: whatever it changed is read afresh
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""), date.today(), await self._current(scope))
        hit = self._get(key)
        if hit is None and key in self._flights:
            # the same answer is being computed for another request: wait for it
            flight = self._flights[key]
            await flight.done.wait()
            hit = flight.entry
        if hit is not None:
            self.hits += 1
            await _replay(hit, send)
            return
        if key in self._flights:  # the other request's answer is not one to keep
            await self.app(scope, receive, send)
            return
        flight = self._flights[key] = _Flight()
        try:
            await self.app(scope, receive, self._recorder(key, send, flight))
        finally:
            del self._flights[key]
            flight.done.set()

    def clear(self) -> None:
        """Forget every kept answer and the known version."""
        with self._lock:
            self._entries.clear()
            self._checked = float("-inf")

    async def _current(self, scope: Scope) -> object:
        now = time.monotonic()
        if now - self._checked < self.recheck:
            return self._version
        if self._checking is not None:  # one check at a time; meanwhile the last known version holds
            if self._version is None:
                await self._checking.wait()
            return self._version
        self._checking = checking = asyncio.Event()
        try:
            version = await run_in_threadpool(self.version_of, scope["app"].state)
            with self._lock:
                if version != self._version:
                    self._entries.clear()
                self._version, self._checked = version, now
        finally:
            self._checking = None
            checking.set()
        return self._version

    def _get(self, key: tuple[Any, ...]) -> Entry | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def _put(self, key: tuple[Any, ...], entry: Entry) -> None:
        with self._lock:
            self._entries[key] = entry
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def _recorder(self, key: tuple[Any, ...], send: Send, flight: _Flight) -> Send:
        status = 0
        headers: list[tuple[bytes, bytes]] = []
        chunks: list[bytes] = []
        size = 0

        async def record(message: Message) -> None:
            nonlocal status, headers, size
            if message["type"] == "http.response.start":
                status, headers = message["status"], list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                body = message.get("body", b"")
                chunks.append(body)
                size += len(body)
                # an answer that sets a cookie belongs to one visitor: never kept
                keep = status == 200 and size <= MAX_BODY and not any(n.lower() == b"set-cookie"
                                                                        for n, _ in headers)
                if not message.get("more_body", False) and keep:
                    flight.entry = (status, headers, b"".join(chunks))
                    self._put(key, flight.entry)
            await send(message)

        return record


def _has_auth(scope: Scope) -> bool:
    return any(name.lower() == b"authorization" for name, _ in scope.get("headers", []))


def _has_cookie(scope: Scope, name: bytes | None) -> bool:
    if name is None:
        return False
    for header, value in scope.get("headers", []):
        if header.lower() == b"cookie" and any(part.strip().startswith(name + b"=")
                                               for part in value.split(b";")):
            return True
    return False


async def _replay(entry: Entry, send: Send) -> None:
    status, headers, body = entry
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
