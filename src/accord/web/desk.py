"""The desk's session in the dashboard: who is signed in, the CSRF token, and checks on every form post.

A server started with a token lets a desk officer sign in with it (and a name, the "who" of
the audit log); the session is a cookie signed by Starlette's `SessionMiddleware` with a
key derived from the token (a new token ends every session), HttpOnly, SameSite=Strict,
Secure when the request came over https. Each session holds a random CSRF token that every
form posts back (synchronizer token), and a post must come from this server's own pages
(Sec-Fetch-Site, else Origin, else Referer). A read-only server has no sessions at all.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from fastapi import Request
from starlette.middleware.sessions import SessionMiddleware

from accord.api.deps import writes_allowed
from accord.api.errors import ApiError
from accord.api.write import read_body
from accord.errors import AccordError
from accord.web.headers import ASGIApp, Receive, Scope, Send

COOKIE = "accord_desk"
MAX_AGE = 8 * 3600  # a working day; then sign in again
CSRF_FIELD = "csrf"
FORM_LIMIT = 64 * 1024  # a curation form is a few short fields
MAX_FIELDS = 20
NAME_LIMIT = 80
READ_ONLY = "this server is read-only: start it with --token to curate from the dashboard"


class DeskRefused(AccordError):
    """A dashboard form post refused: signed out, no or a wrong CSRF token, or sent from another site."""

    code = "E602"


class FormError(AccordError):
    """A form post the dashboard cannot read: not a form, too large, not UTF-8."""

    code = "E603"


@dataclass(frozen=True, slots=True)
class Flash:
    """A message shown once on the next page: `kind` is "done" or "refused"."""

    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class Desk:
    """What a page needs to offer the desk's forms: who is signed in (None: nobody), the CSRF token."""

    who: str | None
    csrf: str
    flash: Flash | None


def session_key(token: str) -> str:
    """Return the key that signs session cookies, derived from the server's write token."""
    return hmac.new(token.encode(), b"accord dashboard session", hashlib.sha256).hexdigest()


class DeskSessions:
    """Starlette's SessionMiddleware with the cookie marked Secure exactly when the request is https."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        options: dict[str, Any] = {"secret_key": session_key(token), "session_cookie": COOKIE,
                                   "max_age": MAX_AGE, "same_site": "strict"}
        self.plain = SessionMiddleware(app, https_only=False, **options)
        self.secure = SessionMiddleware(app, https_only=True, **options)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        chosen = self.secure if scope.get("scheme") in ("https", "wss") else self.plain
        await chosen(scope, receive, send)


def _session(request: Request) -> dict[str, Any] | None:
    if not writes_allowed(request.app.state) or "session" not in request.scope:
        return None
    session: dict[str, Any] = request.session
    return session


def csrf_token(request: Request) -> str:
    """Return the session's CSRF token, making one when the session has none."""
    session = _session(request)
    if session is None:
        raise DeskRefused(READ_ONLY)
    token = session.get(CSRF_FIELD)
    if not isinstance(token, str) or not token:
        token = session[CSRF_FIELD] = secrets.token_urlsafe(32)
    return token


def desk_of(request: Request) -> Desk | None:
    """Return the desk state for a page (taking its flash message), or None on a read-only server."""
    session = _session(request)
    if session is None:
        return None
    who = session.get("who")
    flash = session.pop("flash", None)
    shown = Flash(str(flash[0]), str(flash[1])) if isinstance(flash, list) and len(flash) == 2 else None
    if not isinstance(who, str) or not who:
        return Desk(None, "", shown)
    return Desk(who, csrf_token(request), shown)


def flash(request: Request, kind: str, text: str) -> None:
    """Keep a message for the next page the session sees."""
    session = _session(request)
    if session is not None:
        session["flash"] = [kind, text]


def sign_in(request: Request, who: str) -> None:
    """Start a fresh session for `who` (a new CSRF token: one from before signing in is not kept)."""
    session = _session(request)
    if session is None:
        raise DeskRefused(READ_ONLY)
    session.clear()
    session["who"] = who
    session[CSRF_FIELD] = secrets.token_urlsafe(32)


def sign_out(request: Request) -> None:
    """End the session."""
    session = _session(request)
    if session is not None:
        session.clear()


def officer_name(text: str) -> str:
    """Return a desk officer's name as the audit log keeps it (one line, trimmed); refuse an empty one."""
    name = " ".join(text.split())
    if not name:
        raise DeskRefused("give your name: the audit log keeps who made each change")
    if len(name) > NAME_LIMIT:
        raise DeskRefused(f"a name of at most {NAME_LIMIT} characters, please")
    return name


def _same_origin(request: Request) -> bool:
    """Say whether a post comes from this server's own pages, as far as the browser tells."""
    site = request.headers.get("sec-fetch-site")
    if site is not None:  # set by the browser itself, a page cannot forge it
        return site == "same-origin"
    own = f"{request.url.scheme}://{request.url.netloc}".lower()
    origin = request.headers.get("origin")
    if origin is not None:
        return origin.lower() == own
    referer = request.headers.get("referer")
    if referer is not None:
        parts = urlsplit(referer)
        return f"{parts.scheme}://{parts.netloc}".lower() == own
    return True  # a client that is not a browser: the CSRF token decides


async def read_form(request: Request) -> dict[str, str]:
    """Return a posted form's fields after checking where it came from and its CSRF token."""
    if not writes_allowed(request.app.state):
        raise DeskRefused(READ_ONLY)
    if not _same_origin(request):
        raise DeskRefused("this form was sent from another site: only this server's own pages may send it")
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        raise FormError("send the form as application/x-www-form-urlencoded")
    try:
        body = await read_body(request, FORM_LIMIT)
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except ApiError:
        raise FormError(f"the form is over {FORM_LIMIT} bytes") from None
    except (UnicodeDecodeError, ValueError):
        raise FormError(f"the form could not be read (UTF-8, at most {MAX_FIELDS} fields)") from None
    fields = dict(pairs)
    session = _session(request)
    expected = session.get(CSRF_FIELD) if session is not None else None
    given = fields.pop(CSRF_FIELD, "")
    fresh = isinstance(expected, str) and bool(expected)
    if not fresh or not hmac.compare_digest(given.encode(), str(expected).encode()):
        raise DeskRefused("the form's security token is missing or out of date: reload the page, try again")
    return fields


def signed_in(request: Request) -> str:
    """Return who is signed in; refuse when nobody is."""
    session = _session(request)
    who = session.get("who") if session is not None else None
    if not isinstance(who, str) or not who:
        raise DeskRefused("sign in first: the dashboard takes changes from a signed-in desk officer")
    return who
