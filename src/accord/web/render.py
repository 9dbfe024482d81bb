"""The dashboard's one Jinja2 environment, and the page and error answers rendered from it.

Templates are autoescaped with undefined names an error; every page also gets its path
and the desk's state (who is signed in, a message to show once), for the header.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined

from accord.owners import assignment_label
from accord.read import record_sources
from accord.titles import day_words, kind_words, record_title
from accord.track import STATUSES
from accord.web.charts import LANES
from accord.web.context import distinct_quotes
from accord.web.desk import desk_of

ERROR_TITLES = {403: "Forbidden", 404: "Not found"}


def change_words(action: str, value: str | None) -> str:
    """Return what a curation's value says, for people (an assigned owner by its name)."""
    return assignment_label(value) if action == "assign-owner" else value or ""


environment = Environment(loader=PackageLoader("accord.web", "templates"), autoescape=True,
                          undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
# `desk`: None for a template rendered outside `render` (a printable file has no session)
environment.globals.update(STATUSES=STATUSES, LANES=LANES, source_count=record_sources,
                           distinct_quotes=distinct_quotes, title=record_title, kind_words=kind_words,
                           day_words=day_words, change_words=change_words, desk=None)


def render(name: str, request: Request, code: int = 200, **context: Any) -> HTMLResponse:
    """Return the page a template renders with `context`."""
    context.setdefault("desk", desk_of(request))
    html = environment.get_template(name).render(path=request.url.path, **context)
    # the security headers (CSP, nosniff, referrer policy) are added for every response by
    # `accord.web.headers.SecurityHeaders`
    return HTMLResponse(html, status_code=code)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """Return the error page: a title for the status and the message."""
    return render("error.html", request, status, title=ERROR_TITLES.get(status, "Bad request"),
                  message=message)
