"""The follow-up desk's routes: deadlines as iCalendar, changes as Atom, the progress report as JSON.

Public like the other lists (GET, no token); the numbers come from `accord.progress`, the
files from `accord.feeds`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Query, Request, Response

from accord import read
from accord.api.deps import OwnersDep, SettingsDep, StoreDep
from accord.api.errors import ApiRoute, error_responses
from accord.api.read import AsOfQ, NeedPairQ, OwnerQ, PairQ, SinceQ
from accord.feeds import changes_atom, deadlines_ics
from accord.owners import owner_names
from accord.progress import build_progress, deadlines, feed_changes, parse_window

router = APIRouter(route_class=ApiRoute)

WithinQ = Annotated[str, Query(pattern=r"^\s*\d{1,4}\s*[dwmDWM]\s*$", max_length=12,
                               description="How far ahead: a number of days, weeks or months (30d, 6w, 3m).")]
ICS = "text/calendar; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"
BAD = error_responses(404, 422)
FEED_ENTRIES = 100


def record_link(request: Request) -> Callable[[str], str]:
    """Return what turns a record id into the absolute URL of its dashboard page."""
    base = str(request.base_url).rstrip("/")
    return lambda record_id: f"{base}/records/{quote(record_id)}"


def _pair(pair: str | None) -> str | None:
    return read.pair_of(pair) if pair else None


@router.get("/deadlines.ics", response_class=Response, tags=["desk"], responses={
    200: {"description": "One all-day event per deadline", "content": {ICS: {"schema": {"type": "string"}}}},
    **BAD})
def deadlines_calendar(request: Request, store: StoreDep, owners: OwnersDep, settings: SettingsDep,
                       pair: PairQ = None,
                       as_of: AsOfQ = None, within: WithinQ = "30d", owner: OwnerQ = None) -> Response:
    """Commitments due within the window, overdue, or postponed to a new day, as an iCalendar file."""
    register = read.tracking_register(store)
    found = deadlines(register, as_of or date.today(), parse_window(within), _pair(pair), owner,
                      owner_names(owners), read.implementations(store, settings.dormant_after))
    body = deadlines_ics(found, record_link(request), datetime.now(UTC))
    return Response(body, media_type=ICS, headers={"Content-Disposition": 'inline; filename="deadlines.ics"'})


@router.get("/changes.atom", response_class=Response, tags=["desk"], responses={
    200: {"description": "The latest changes, newest first",
          "content": {ATOM: {"schema": {"type": "string"}}}},
    **BAD})
def changes_feed(request: Request, store: StoreDep, owners: OwnersDep, pair: PairQ = None,
                 owner: OwnerQ = None) -> Response:
    """New records, commitments whose status moved, and curations, as an Atom feed."""
    key = _pair(pair)
    stored = {a.content_hash: a.ingested_at for a in read.article_list(store)}
    found = feed_changes(read.tracking_register(store), read.audit_list(store), date.today(), stored,
                         key, owner, owner_names(owners), limit=FEED_ENTRIES)
    title = "accord: changes" + (f" ({key})" if key else "")
    body = changes_atom(found, stored, record_link(request), str(request.url), title)
    return Response(body, media_type=ATOM)


@router.get("/progress", tags=["desk"], responses=BAD)
def progress_report(store: StoreDep, owners: OwnersDep, settings: SettingsDep, pair: NeedPairQ,
                    as_of: AsOfQ = None,
                    since: SinceQ = None, owner: OwnerQ = None) -> dict[str, Any]:
    """The progress report of a pair as of a day: counts per stage and status, per roadmap, changes since."""
    key = read.pair_of(pair)
    states = read.implementations(store, settings.dormant_after)
    return build_progress(read.tracking_register(store), key, as_of or date.today(), since, owner,
                          owner_names(owners), states).to_json()
