"""The dashboard's pages: each one reads the store once and renders one Jinja2 template.

Article text, titles, outlets and every extracted field are untrusted. Templates are
autoescaped and never mark such data safe; the only HTML built in Python is the highlighted
article text, which escapes every piece of the article itself (see `accord.web.highlight`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from accord.api.deps import get_owners, get_settings, store_of
from accord.brief import build_brief, to_pdf
from accord.core import INITIATIVE_STATES, INITIATIVE_TYPES
from accord.errors import AccordError
from accord.implementation import STATES as IMPLEMENTATION_STATES
from accord.owners import owner_names
from accord.progress import COMMITMENT_GROUPS, Progress, build_progress
from accord.read import (
    ArticleQuery,
    RecordQuery,
    article_detail,
    article_manual,
    commitment_list,
    commitments,
    conflict_list,
    conflicts,
    implementations,
    initiative_list,
    instrument_list,
    record_detail,
    timeline,
    timeline_list,
)
from accord.read import articles_page as queries_articles_page
from accord.registry import pair_key
from accord.resolve import Record
from accord.resolve.stages import STAGES
from accord.store import NotFoundError, Store
from accord.titles import record_title
from accord.web.charts import BarChart, bar_chart, sector_matrix, timeline_chart
from accord.web.context import (
    choose_pair,
    current_fact_index,
    load,
    pair_choices,
    parse_day,
    record_articles,
)
from accord.web.curate import offered
from accord.web.desk import desk_of
from accord.web.entries import entry_forms
from accord.web.highlight import Span, highlight
from accord.web.render import environment
from accord.web.render import error_page as _error
from accord.web.render import render as _render
from accord.web.tables import RegisterQuery, register_page

router = APIRouter(include_in_schema=False)

LATEST_EVENTS = 8
PER_PAGE = 100  # rows of the long lists (articles, commitments, conflicts) on one page


def _page_count(total: int) -> int:
    return max(1, -(-total // PER_PAGE))


def _cut(items: list[Any], page: int) -> tuple[list[Any], int, int]:
    """Return one page of a list, the page number (within range) and how many pages there are."""
    pages = _page_count(len(items))
    page = min(max(page, 1), pages)
    return items[(page - 1) * PER_PAGE:page * PER_PAGE], page, pages
DUE = ("open", "overdue")

# a record id in a status reason ("matched on time by meeting mtg-c6f5ff2a0d on …")
_RECORD_ID = re.compile(r"\b(?:ins|com|mtg|per|fig|ini)-[0-9a-f]{6,}\b")


class BadRequest(AccordError):
    """A query-string value the dashboard cannot use (a malformed date or pair)."""

    code = "E601"


def export_links(name: str, filters: Mapping[str, str | None], pair: str | None = None,
                 as_of: str | None = None) -> list[tuple[str, str]]:
    """Return a list page's downloads: the list as CSV and JSON with the page's filters, and the
    register of its pair (all pairs without one) as linked data."""
    query = urlencode({k: v for k, v in filters.items() if v})
    linked = urlencode({k: v for k, v in (("pair", pair), ("as_of", as_of)) if v})
    return [("CSV", f"/api/v1/{name}.csv?{query}"), ("JSON", f"/api/v1/{name}.json?{query}"),
            ("JSON-LD", f"/api/v1/register.jsonld?{linked}")]


def reason_parts(reason: str, records: Mapping[str, Record]) -> list[tuple[str, Record | None]]:
    """Return a status reason cut into text and the records it names, so each can be a link."""
    out: list[tuple[str, Record | None]] = []
    at = 0
    for match in _RECORD_ID.finditer(reason):
        record = records.get(match.group(0))
        if record is None:
            continue
        out += [(reason[at:match.start()], None), (record_title(record), record)]
        at = match.end()
    return [*out, (reason[at:], None)]


def _store(request: Request) -> Store:
    """Return the app's one store (the API's too), opened on the first request that needs it."""
    return store_of(request.app.state)


def _day(as_of: str | None) -> date:
    """Return the day a page is asked about (`as_of`), today by default."""
    try:
        return parse_day(as_of, date.today())
    except ValueError:
        raise BadRequest(f"as_of {as_of!r}: give a date as YYYY-MM-DD") from None


def _page(request: Request, handler: Any, *args: Any) -> HTMLResponse:
    """Return what a page handler renders, or the error page for a bad query or a missing thing."""
    try:
        result: HTMLResponse = handler(request, *args)
    except NotFoundError as exc:
        return _error(request, 404, exc.message)
    except AccordError as exc:
        return _error(request, 400, exc.message)
    return result


# --------------------------------------------------------------------------- overview


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, pair: str | None = None, as_of: str | None = None) -> HTMLResponse:
    """Return the overview of one pair of states: counts, latest events, commitments due."""
    return _page(request, _overview, pair or None, as_of)


def _overview(request: Request, pair: str | None, as_of: str | None) -> HTMLResponse:
    day = _day(as_of)
    store = _store(request)
    choices = pair_choices(store)
    key = choose_pair(choices, pair)
    # one read of the register for the four things the overview shows
    data = load(store)
    records = [r for r in data.register.records.values() if key and pair_key(r) == key]
    counts = {kind: sum(r.kind == kind for r in records)
              for kind in ("instruments", "commitments", "meetings", "figures", "initiatives")}
    events = timeline(data.register, key) if key else []
    due = [c for c in commitments(data.register, day, pair=key) if c.status in DUE] if key else []
    return _render("overview.html", request, pairs=choices, pair=key, counts=counts,
                   conflicts=len(conflicts(data.register, key)) if key else 0,
                   articles=record_articles(records), latest=list(reversed(events))[:LATEST_EVENTS],
                   due=due, as_of=day, facts=data.facts)


# --------------------------------------------------------------------------- register


@router.get("/register", response_class=HTMLResponse)
def register(request: Request, sector: str | None = None, type: str | None = None,
             status: str | None = None, q: str | None = None, year: str | None = None,
             sort: str = "date", page: int = 1, pair: str | None = None, as_of: str | None = None,
             implementation: str | None = None, owner: str | None = None) -> HTMLResponse:
    """Return the instruments as a filterable, sortable table, with their implementation and owner."""
    if year is not None and year.strip() and not year.strip().isdigit():
        return _error(request, 400, f"year {year!r}: give a year such as 2024")
    if implementation and implementation not in IMPLEMENTATION_STATES:
        return _error(request, 400, f"implementation {implementation!r}: choose one of "
                      + ", ".join(IMPLEMENTATION_STATES))
    query = RegisterQuery(sector or None, type or None, status or None, (q or "").strip() or None,
                          int(year) if year and year.strip() else None, sort, page)
    return _page(request, _register, query, pair or None, as_of, implementation or None,
                 (owner or "").strip() or None)


def _register(request: Request, query: RegisterQuery, pair: str | None, as_of: str | None,
              implementation: str | None, owner: str | None) -> HTMLResponse:
    store, day = _store(request), _day(as_of)
    views = instrument_list(store, RecordQuery(
        pair=pair, implementation=implementation, as_of=day,
        dormant_after=get_settings(request).dormant_after, owner=owner, owners=get_owners(request)))
    choices, facts = pair_choices(store), current_fact_index(store)
    table = register_page(views, query)
    exports = export_links("records", {"kind": "instruments", "pair": pair, "q": query.q,
                                       "implementation": implementation, "as_of": day.isoformat(),
                                       "owner": owner}, pair)
    return _render("register.html", request, table=table, query=query, exports=exports,
                   pair=choose_pair(choices, pair) if pair else None, pairs=choices, facts=facts,
                   as_of=day, implementation=implementation, owner=owner,
                   implementation_states=IMPLEMENTATION_STATES)


# --------------------------------------------------------------------------- commitments


@router.get("/commitments", response_class=HTMLResponse)
def commitments_page(request: Request, as_of: str | None = None, status: str | None = None,
                     pair: str | None = None, owner: str | None = None, page: int = 1) -> HTMLResponse:
    """Return the commitments tracker: each deadline, its status on a day, what decided it, its owner."""
    owner = (owner or "").strip() or None
    return _page(request, _commitments, as_of, status or None, pair or None, owner, page)


def _commitments(request: Request, as_of: str | None, status: str | None, pair: str | None,
                 owner: str | None, page: int) -> HTMLResponse:
    day = _day(as_of)
    store = _store(request)
    views = commitment_list(store, day, status, pair, owner, get_owners(request))
    shown, page, pages = _cut(views, page)
    choices, facts = pair_choices(store), current_fact_index(store)
    params = {k: v for k, v in (("as_of", as_of), ("status", status), ("pair", pair), ("owner", owner)) if v}
    records = load(store).register.records
    exports = export_links("commitments", {**params, "as_of": day.isoformat()}, pair, day.isoformat())
    return _render("commitments.html", request, views=shown, total=len(views), page=page, pages=pages,
                   params=params, as_of=day, status=status, owner=owner, exports=exports,
                   reasons={c.record.id: reason_parts(c.reason, records) for c in shown}, records=records,
                   pair=choose_pair(choices, pair) if pair else None, pairs=choices, facts=facts)


# --------------------------------------------------------------------------- initiatives


@router.get("/initiatives", response_class=HTMLResponse)
def initiatives_page(request: Request, as_of: str | None = None, state: str | None = None,
                     type: str | None = None, pair: str | None = None, owner: str | None = None,
                     page: int = 1) -> HTMLResponse:
    """Return the initiatives: each venture, project, offer, link or area, its state on a day, its report."""
    return _page(request, _initiatives, as_of, state or None, type or None, pair or None,
                 (owner or "").strip() or None, page)


def _initiatives(request: Request, as_of: str | None, state: str | None, kind: str | None, pair: str | None,
                 owner: str | None, page: int) -> HTMLResponse:
    if kind is not None and kind not in INITIATIVE_TYPES:
        raise BadRequest(f"type {kind!r}: choose one of {', '.join(INITIATIVE_TYPES)}")
    day = _day(as_of)
    store = _store(request)
    views = [v for v in initiative_list(store, day, state, pair, owner=owner, owners=get_owners(request))
             if kind is None or v.record.fields["type"] == kind]
    shown, page, pages = _cut(views, page)
    choices, facts = pair_choices(store), current_fact_index(store)
    params = {k: v for k, v in (("as_of", as_of), ("state", state), ("type", kind), ("pair", pair),
                                ("owner", owner)) if v}
    exports = export_links("initiatives", {**params, "type": None, "as_of": day.isoformat()}, pair,
                           day.isoformat())
    return _render("initiatives.html", request, views=shown, total=len(views), page=page, pages=pages,
                   params=params, as_of=day, state=state, kind=kind, owner=owner, exports=exports,
                   states=INITIATIVE_STATES, types=INITIATIVE_TYPES, records=load(store).register.records,
                   pair=choose_pair(choices, pair) if pair else None, pairs=choices, facts=facts)


# --------------------------------------------------------------------------- timeline, sectors, conflicts


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, pair: str | None = None) -> HTMLResponse:
    """Return a pair's meetings, signings and deadlines drawn on a time chart, and listed."""
    return _page(request, _timeline, pair or None)


def _timeline(request: Request, pair: str | None) -> HTMLResponse:
    store = _store(request)
    choices = pair_choices(store)
    key = choose_pair(choices, pair)
    events = timeline_list(store, key) if key else []
    facts = current_fact_index(store)
    exports = export_links("timeline", {"pair": key}, key) if key else []
    return _render("timeline.html", request, events=events, chart=timeline_chart(events), pair=key,
                   pairs=choices, facts=facts, exports=exports)


@router.get("/sectors", response_class=HTMLResponse)
def sectors_page(request: Request, pair: str | None = None) -> HTMLResponse:
    """Return the heat map of instruments per sector and year."""
    return _page(request, _sectors, pair or None)


def _sectors(request: Request, pair: str | None) -> HTMLResponse:
    store = _store(request)
    views = instrument_list(store, RecordQuery(pair=pair))
    choices = pair_choices(store)
    return _render("sectors.html", request, matrix=sector_matrix(views),
                   pair=choose_pair(choices, pair) if pair else None, pairs=choices)


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts_page(request: Request, pair: str | None = None, page: int = 1) -> HTMLResponse:
    """Return every disagreement between sources, each side with its quotes and sources."""
    return _page(request, _conflicts, pair or None, page)


def _conflicts(request: Request, pair: str | None, page: int) -> HTMLResponse:
    store = _store(request)
    views = conflict_list(store, pair)
    shown, page, pages = _cut(views, page)
    choices, facts = pair_choices(store), current_fact_index(store)
    exports = export_links("conflicts", {"pair": pair}, pair)
    return _render("conflicts.html", request, views=shown, total=len(views), page=page, pages=pages,
                   params={"pair": pair} if pair else {}, exports=exports,
                   pair=choose_pair(choices, pair) if pair else None, pairs=choices, facts=facts)


# --------------------------------------------------------------------------- articles and records


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, q: str | None = None, page: int = 1) -> HTMLResponse:
    """Return the stored articles, newest first, with how many facts each holds, a page at a time."""
    return _page(request, _articles, (q or "").strip() or None, page)


def _articles(request: Request, q: str | None, page: int) -> HTMLResponse:
    store = _store(request)
    page = max(page, 1)
    found = queries_articles_page(store, ArticleQuery(q=q, newest=True), PER_PAGE,
                                  (page - 1) * PER_PAGE)
    pages = _page_count(found.total)
    return _render("articles.html", request, articles=found.items, total=found.total, page=page, pages=pages,
                   q=q or "", exports=export_links("articles", {"q": q}))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    """Return one article's text with every evidence span highlighted and its facts listed."""
    if not article_id.isdigit():
        return _error(request, 404, f"no article with id {article_id!r}")
    return _page(request, _article, int(article_id))


def _article(request: Request, article_id: int) -> HTMLResponse:
    store = _store(request)
    found = article_detail(store, str(article_id))
    if found.id != article_id:
        raise NotFoundError(f"no article with id {article_id}")
    spans = [Span(f.id, f.kind, f.start, f.end, f"{f.kind}: {f.summary}") for f in found.facts]
    manual, desk = article_manual(store, article_id), desk_of(request)
    return _render("article.html", request, record=found, article=found.article, desk=desk,
                   text=highlight(found.article.text, spans), manual=manual,
                   entry_forms=entry_forms(store, manual) if desk and desk.who else [])


@router.get("/records/{record_id}", response_class=HTMLResponse)
def record_page(request: Request, record_id: str, as_of: str | None = None) -> HTMLResponse:
    """Return one record of the register: its fields, every source that reports it, its conflicts."""
    return _page(request, _record, record_id, as_of)


def _record(request: Request, record_id: str, as_of: str | None) -> HTMLResponse:
    day = _day(as_of)
    store = _store(request)
    view = record_detail(store, record_id, day, get_settings(request).dormant_after, get_owners(request))
    facts = current_fact_index(store)
    status = next((c for c in commitment_list(store, day) if c.record.id == record_id), None) \
        if view.record.kind == "commitments" else None
    initiative = next((v for v in initiative_list(store, day, owners=get_owners(request))
                       if v.record.id == record_id), None) \
        if view.record.kind == "initiatives" else None
    register = load(store).register
    desk = desk_of(request)
    return _render("record.html", request, record=view.record, owner=view.owner, status=status, as_of=day,
                   implementation=view.implementation, initiative=initiative,
                   facts=facts, notes=list(view.curation), records=register.records, desk=desk,
                   actions=offered(register, view.record) if desk and desk.who else [],
                   reason=reason_parts(status.reason, register.records) if status else [])


# --------------------------------------------------------------------------- brief


@router.get("/brief", response_class=HTMLResponse)
def brief_page(request: Request, pair: str | None = None, as_of: str | None = None) -> HTMLResponse:
    """Return the one-page brief of a pair of states as of a day, with links to its PDF."""
    return _page(request, _brief, pair or None, as_of)


def _brief(request: Request, pair: str | None, as_of: str | None) -> HTMLResponse:
    day = _day(as_of)
    store = _store(request)
    choices = pair_choices(store)
    key = choose_pair(choices, pair)
    found = build_brief(load(store).register, key, day) if key else None
    return _render("brief.html", request, brief=found, pair=key, pairs=choices, as_of=day)


@router.get("/brief.pdf")
def brief_pdf(request: Request, pair: str | None = None, as_of: str | None = None) -> Response:
    """Return the brief of a pair of states as a PDF file."""
    try:
        day = _day(as_of)
        store = _store(request)
        key = choose_pair(pair_choices(store), pair)
        if key is None:
            return _error(request, 404, "the store holds no pair of states to brief")
        found = build_brief(load(store).register, key, day)
    except AccordError as exc:
        return _error(request, 400, exc.message)
    name = f"brief-{key}-{day.isoformat()}.pdf"
    return Response(to_pdf(found), media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


# --------------------------------------------------------------------------- progress report


# Bar colours by status and stage: the status badges' own (style.css), drawn as SVG attributes
# so the PDF renderer needs no stylesheet for them.
BAR_COLOURS = {"fulfilled": "#6cc487", "fulfilled_late": "#f0c04a", "overdue": "#e06666",
               "postponed": "#b58be0", "cancelled": "#3a3f47", "open": "#7aa7e8", "no_deadline": "#c3c9d2",
               "planned": "#c3c9d2", "negotiating": "#a9c1e8", "concluded": "#7aa7e8", "signed": "#1f5fbf",
               "ratified": "#2f8f4e", "in_force": "#135c23", "suspended": "#f0c04a", "terminated": "#8e1b1b"}
MAIN_STAGES = ("signed", "ratified", "in_force")  # always drawn, even at nought


def progress_charts(report: Progress) -> dict[str, BarChart]:
    """Return the report's two charts: commitments by status, instruments by stage."""
    return {"commitments": bar_chart(report.total.commitments, COMMITMENT_GROUPS, tuple(COMMITMENT_GROUPS)),
            "instruments": bar_chart(report.total.instruments, keep=MAIN_STAGES)}


def _progress_context(report: Progress) -> dict[str, Any]:
    return {"report": report, "charts": progress_charts(report), "groups": COMMITMENT_GROUPS,
            "stages": [s for s in STAGES if s in MAIN_STAGES or report.total.instruments[s]],
            "initiative_states": INITIATIVE_STATES, "colours": BAR_COLOURS}


def progress_html(report: Progress, *, standalone: bool = False) -> str:
    """Return the printable progress report; `standalone` carries its stylesheet inside (a file, the PDF)."""
    from importlib.resources import files

    css = files("accord.web").joinpath("static", "print.css").read_text("utf-8") if standalone else None
    return environment.get_template("progress_print.html").render(css=css, links=not standalone,
                                                            **_progress_context(report))


def progress_pdf(report: Progress) -> bytes:
    """Return the printable progress report as a PDF (WeasyPrint lays out the same HTML)."""
    import logging

    from weasyprint import HTML

    logging.getLogger("fontTools").setLevel(logging.WARNING)  # font subsetting chatter
    return bytes(HTML(string=progress_html(report, standalone=True)).write_pdf())


def _report(request: Request, pair: str | None, as_of: str | None, since: str | None) -> Progress | None:
    day = _day(as_of)
    try:
        start = date.fromisoformat(since) if since else None
    except ValueError:
        raise BadRequest(f"since {since!r}: give a date as YYYY-MM-DD") from None
    store = _store(request)
    key = choose_pair(pair_choices(store), pair)
    if key is None:
        return None
    names = owner_names(get_owners(request))
    states = implementations(store, get_settings(request).dormant_after)
    return build_progress(load(store).register, key, day, start, owner_of=names, states=states)


@router.get("/progress", response_class=HTMLResponse)
def progress_page(request: Request, pair: str | None = None, as_of: str | None = None,
                  since: str | None = None) -> HTMLResponse:
    """Return the progress report of a pair as of a day: charts, counts per roadmap and owner, changes."""
    return _page(request, _progress, pair or None, as_of, since or None)


def _progress(request: Request, pair: str | None, as_of: str | None, since: str | None) -> HTMLResponse:
    report = _report(request, pair, as_of, since)
    choices = pair_choices(_store(request))
    if report is None:
        return _render("progress.html", request, report=None, pairs=choices, pair=None, query="")
    query = urlencode({k: v for k, v in (("pair", report.pair), ("as_of", report.as_of.isoformat()),
                                         ("since", report.since.isoformat() if report.since else None)) if v})
    return _render("progress.html", request, pairs=choices, pair=report.pair, query=query, links=True,
                   **_progress_context(report))


@router.get("/progress/print", response_class=HTMLResponse)
def progress_print(request: Request, pair: str | None = None, as_of: str | None = None,
                   since: str | None = None) -> HTMLResponse:
    """Return the progress report as a page made for printing."""
    return _page(request, _progress_print, pair or None, as_of, since or None)


def _progress_print(request: Request, pair: str | None, as_of: str | None, since: str | None) -> HTMLResponse:
    report = _report(request, pair, as_of, since)
    if report is None:
        raise NotFoundError("the store holds no pair of states to report on")
    return HTMLResponse(progress_html(report))


@router.get("/progress.pdf")
def progress_pdf_file(request: Request, pair: str | None = None, as_of: str | None = None,
                      since: str | None = None) -> Response:
    """Return the progress report as a PDF file."""
    try:
        report = _report(request, pair or None, as_of, since or None)
    except NotFoundError as exc:
        return _error(request, 404, exc.message)
    except AccordError as exc:
        return _error(request, 400, exc.message)
    if report is None:
        return _error(request, 404, "the store holds no pair of states to report on")
    name = f"progress-{report.pair}-{report.as_of.isoformat()}.pdf"
    return Response(progress_pdf(report), media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
