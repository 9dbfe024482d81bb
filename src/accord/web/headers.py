"""Security headers on every answer the server gives (pages, API, static files, errors).

An ASGI middleware rather than per-route headers, so no route (a new one, an error page,
a cached answer) can forget them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Pages take scripts and styles only from our own /static: an injected tag in article text
# could not run even if escaping ever failed.
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
# The API docs also fetch /openapi.json and send requests to the API from the page
DOCS_CSP = PAGE_CSP + "; connect-src 'self'"
# Anything that is not a page (JSON, CSV, scripts) may load nothing when opened directly
DATA_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"
ALWAYS = ((b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"))


def _with_headers(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """Return response headers with the security ones added (a route's own CSP is kept)."""
    names = {name.lower() for name, _ in headers}
    out = list(headers)
    out += [(name, value) for name, value in ALWAYS if name not in names]
    if b"content-security-policy" not in names:
        kind = dict((n.lower(), v) for n, v in headers).get(b"content-type", b"")
        out.append((b"content-security-policy",
                    (PAGE_CSP if kind.startswith(b"text/html") else DATA_CSP).encode()))
    return out


class SecurityHeaders:
    """Add nosniff, a referrer policy and a content security policy to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = _with_headers(list(message.get("headers", [])))
            await send(message)

        await self.app(scope, receive, send_with_headers)
