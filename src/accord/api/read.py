"""The read-only routes: articles, facts, records, commitments, initiatives, conflicts, timeline, stats,
audit.

Every list answers as a page (`/facts`) and as whole-list exports (`/facts.json`,
`/facts.csv`) with the same filters, all from `accord.read`.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BeforeValidator

from accord import read, shapes
from accord.api import models
from accord.api.deps import OwnersDep, SettingsDep, StoreDep
from accord.api.errors import ApiRoute, error_responses
from accord.core import INSTRUMENT_STATUSES
from accord.export import export
from accord.normalize.sectors import labels as sector_labels
from accord.read import CSV_COLUMNS, to_csv

router = APIRouter(route_class=ApiRoute)

LimitQ = Annotated[int, Query(ge=1, le=read.MAX_LIMIT, description="Page size (1 to 500).")]
OffsetQ = Annotated[int, Query(ge=0, le=read.MAX_OFFSET, description="How many items to skip.")]
PAIR_PATTERN = r"^\s*[A-Za-z]{2}\s*[-/]\s*[A-Za-z]{2}\s*$"
PAIR_HELP = ("Two ISO alpha-2 codes, either order (PK-BY); a code no state has answers 404. "
             "A malformed pair answers 422.")
PairQ = Annotated[str | None, Query(max_length=20, pattern=PAIR_PATTERN, description=PAIR_HELP,
                                    examples=["PK-BY"])]
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_day(value: object) -> object:
    # pydantic would also take "0" (1970-01-01) or a date-time: a day is written YYYY-MM-DD
    if isinstance(value, str) and not _ISO_DAY.fullmatch(value):
        raise ValueError("give a day as YYYY-MM-DD")
    return value


SinceQ = Annotated[date | None, BeforeValidator(_iso_day), Query(
    description="From this day (YYYY-MM-DD), inclusive; a range that ends before it starts is empty.")]
UntilQ = Annotated[date | None, BeforeValidator(_iso_day),
                   Query(description="Up to this day (YYYY-MM-DD), inclusive.")]
TextQ = Annotated[str | None, Query(max_length=200, description="Words that must all occur (case ignored).")]
CSV_CONTENT: dict[int | str, dict[str, Any]] = {
    200: {"description": "The whole list as CSV", "content": {"text/csv": {"schema": {"type": "string"}}}}}
BAD = error_responses(404, 422)


def page_json(request: Request, page: read.Page[Any],
              render: Callable[[Any], Mapping[str, Any]]) -> dict[str, Any]:
    """Return a page as the API answers it, with the URL of the next page."""
    following = page.next_offset
    next_url = str(request.url.include_query_params(offset=following)) if following is not None else None
    return {"total": page.total, "limit": page.limit, "offset": page.offset, "next": next_url,
            "items": [render(item) for item in page.items]}


def _to_json(item: read.Serialisable) -> Mapping[str, Any]:
    return item.to_json()


def csv_export(name: str, rows: Sequence[Mapping[str, Any]]) -> Response:
    """Return a whole list as a CSV download named after the list."""
    return Response(to_csv(CSV_COLUMNS[name], rows), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


def json_export(name: str, rows: Sequence[Mapping[str, Any]]) -> JSONResponse:
    """Return a whole list as a JSON array download named after the list."""
    return JSONResponse(list(rows), headers={"Content-Disposition": f'attachment; filename="{name}.json"'})


# --------------------------------------------------------------------------- articles


def article_query(q: TextQ = None, outlet: Annotated[str | None, Query(max_length=200)] = None,
                  since: SinceQ = None, until: UntilQ = None) -> read.ArticleQuery:
    """Return the article filters a request gives."""
    return read.ArticleQuery(q=q, outlet=outlet, since=since, until=until)


ArticleQ = Annotated[read.ArticleQuery, Depends(article_query)]


@router.get("/articles", response_model=models.Page[models.ArticleSummary], responses=BAD, tags=["articles"])
def list_articles(request: Request, store: StoreDep, query: ArticleQ, limit: LimitQ = read.DEFAULT_LIMIT,
                  offset: OffsetQ = 0) -> dict[str, Any]:
    """Stored articles (without their text), oldest stored first."""
    return page_json(request, read.articles_page(store, query, limit, offset), _to_json)


@router.get("/articles.json", response_model=list[models.ArticleSummary], responses=BAD, tags=["exports"])
def export_articles_json(store: StoreDep, query: ArticleQ) -> JSONResponse:
    """Every stored article the filters pick, as a JSON array."""
    return json_export("articles", [a.to_json() for a in read.article_list(store, query)])


@router.get("/articles.csv", response_class=Response, responses={**CSV_CONTENT, **BAD}, tags=["exports"])
def export_articles_csv(store: StoreDep, query: ArticleQ) -> Response:
    """Every stored article the filters pick, as CSV."""
    return csv_export("articles", [a.to_json() for a in read.article_list(store, query)])


@router.get("/articles/{key}", response_model=models.ArticleDetail, responses=error_responses(404),
            tags=["articles"])
def get_article(store: StoreDep, key: str) -> shapes.ArticleDetail:
    """One article by id, name or content-hash prefix, with its text and facts (the text is data)."""
    found = read.article_detail(store, key)
    return read.article_json(found, read.article_manual(store, found.id))


# --------------------------------------------------------------------------- facts


KindQ = Annotated[models.FactKind | None, Query(description="Only facts of one kind.")]


CountryQ = Annotated[str | None, Query(max_length=100, description="A state named in the fields.")]
SectorQ = Annotated[str | None, Query(max_length=50, description="An instrument's sector.",
                                      json_schema_extra={"enum": list(sector_labels())})]
InstrumentStatusQ = Annotated[str | None, Query(max_length=30, description="An instrument's stated status.",
                                                json_schema_extra={"enum": list(INSTRUMENT_STATUSES)})]
ArticleKeyQ = Annotated[str | None, Query(max_length=100, description="Article id, name or hash prefix.")]


def fact_query(kind: KindQ = None, country: CountryQ = None, pair: PairQ = None, sector: SectorQ = None,
               status: InstrumentStatusQ = None, since: SinceQ = None, until: UntilQ = None, q: TextQ = None,
               article: ArticleKeyQ = None) -> read.FactQuery:
    """Return the fact filters a request gives (dates are the article's publication day)."""
    return read.FactQuery(kind=kind, country=country, pair=pair, sector=sector, status=status,
                             since=since, until=until, q=q, article=article)


FactQ = Annotated[read.FactQuery, Depends(fact_query)]


@router.get("/facts", response_model=models.Page[models.Fact], responses=error_responses(404, 422),
            tags=["facts"])
def list_facts(request: Request, store: StoreDep, query: FactQ, limit: LimitQ = read.DEFAULT_LIMIT,
               offset: OffsetQ = 0) -> dict[str, Any]:
    """Stored facts with their article and quote, by article, kind and place in the text."""
    return page_json(request, read.facts_page(store, query, limit, offset), _to_json)


@router.get("/facts.json", response_model=list[models.Fact], responses=error_responses(404, 422),
            tags=["exports"])
def export_facts_json(store: StoreDep, query: FactQ) -> JSONResponse:
    """Every stored fact the filters pick, as a JSON array."""
    return json_export("facts", [f.to_json() for f in read.fact_list(store, query)])


@router.get("/facts.csv", response_class=Response, responses={**CSV_CONTENT, **error_responses(404, 422)},
            tags=["exports"])
def export_facts_csv(store: StoreDep, query: FactQ) -> Response:
    """Every stored fact the filters pick, as CSV (`fields` as a JSON object per row)."""
    return csv_export("facts", [f.to_json() for f in read.fact_list(store, query)])


# --------------------------------------------------------------------------- records


ImplementationQ = Annotated[models.ImplementationState | None, Query(
    description="Only instruments in this implementation state on as_of (other kinds have none).")]
StatesAsOfQ = Annotated[date | None, BeforeValidator(_iso_day), Query(
    description="Judge instruments' implementation on this day, YYYY-MM-DD (default: today).")]
OwnerQ = Annotated[str | None, Query(max_length=300, description="Only records this ministry or agency "
                                     "carries, assigned or suggested (case ignored).")]


def record_query(settings: SettingsDep, owners: OwnersDep, kind: KindQ = None, pair: PairQ = None,
                 q: TextQ = None,
                 conflicted: Annotated[bool | None, Query(description="Only records with (true) or "
                                                          "without (false) conflicts.")] = None,
                 implementation: ImplementationQ = None, as_of: StatesAsOfQ = None,
                 owner: OwnerQ = None) -> read.RecordQuery:
    """Return the record filters a request gives (the day fixed, so pages of one list agree)."""
    return read.RecordQuery(kind=kind, pair=pair, q=q, conflicted=conflicted,
                               implementation=implementation, as_of=as_of or date.today(),
                               dormant_after=settings.dormant_after, owner=owner, owners=owners)


RecordQ = Annotated[read.RecordQuery, Depends(record_query)]


@router.get("/records", response_model=models.Page[models.RecordModel], responses=BAD, tags=["register"])
def list_records(request: Request, store: StoreDep, query: RecordQ, limit: LimitQ = read.DEFAULT_LIMIT,
                 offset: OffsetQ = 0) -> dict[str, Any]:
    """Records of the register (instruments, meetings, people, commitments, figures), by id."""
    return page_json(request, read.records_page(store, query, limit, offset), _to_json)


@router.get("/records.json", response_model=list[models.RecordModel], responses=BAD, tags=["exports"])
def export_records_json(store: StoreDep, query: RecordQ) -> JSONResponse:
    """Every record the filters pick, as a JSON array."""
    return json_export("records", [r.to_json() for r in read.record_list(store, query)])


@router.get("/records.csv", response_class=Response, responses={**CSV_CONTENT, **BAD}, tags=["exports"])
def export_records_csv(store: StoreDep, query: RecordQ) -> Response:
    """Every record the filters pick, as CSV."""
    return csv_export("records", [r.to_json() for r in read.record_list(store, query)])


@router.get("/records/{record_id}", response_model=models.RecordModel, responses=error_responses(404),
            tags=["register"])
def get_record(store: StoreDep, settings: SettingsDep, owners: OwnersDep, record_id: str,
               as_of: StatesAsOfQ = None) -> shapes.Record:
    """One record of the register by id, with its owner and every mention, conflict, link and curation (an
    instrument's implementation state on `as_of`)."""
    return read.record_detail(store, record_id, as_of, settings.dormant_after, owners).to_json()


# --------------------------------------------------------------------------- commitments


AsOfQ = Annotated[date | None, BeforeValidator(_iso_day),
                  Query(description="Judge deadlines on this day, YYYY-MM-DD (default: today).")]
StatusQ = Annotated[models.CommitmentStatus | None, Query(description="Only commitments in this status.")]


@router.get("/commitments", response_model=models.Page[models.Commitment], responses=BAD, tags=["register"])
def list_commitments(request: Request, store: StoreDep, owners: OwnersDep, as_of: AsOfQ = None,
                     status: StatusQ = None, pair: PairQ = None, owner: OwnerQ = None,
                     limit: LimitQ = read.DEFAULT_LIMIT, offset: OffsetQ = 0) -> dict[str, Any]:
    """Commitments with their status on `as_of`, the evidence that decided it and their owner, by deadline."""
    page = read.commitments_page(store, as_of or date.today(), status, pair, limit, offset, owner, owners)
    return page_json(request, page, _to_json)


@router.get("/commitments.json", response_model=list[models.Commitment], responses=BAD, tags=["exports"])
def export_commitments_json(store: StoreDep, owners: OwnersDep, as_of: AsOfQ = None, status: StatusQ = None,
                            pair: PairQ = None, owner: OwnerQ = None) -> JSONResponse:
    """Every commitment the filters pick, with its status on `as_of`, as a JSON array."""
    found = read.commitment_list(store, as_of or date.today(), status, pair, owner, owners)
    return json_export("commitments", [c.to_json() for c in found])


@router.get("/commitments.csv", response_class=Response, responses={**CSV_CONTENT, **BAD}, tags=["exports"])
def export_commitments_csv(store: StoreDep, owners: OwnersDep, as_of: AsOfQ = None, status: StatusQ = None,
                           pair: PairQ = None, owner: OwnerQ = None) -> Response:
    """Every commitment the filters pick, with its status on `as_of`, as CSV."""
    found = read.commitment_list(store, as_of or date.today(), status, pair, owner, owners)
    return csv_export("commitments", [c.to_json() for c in found])


# --------------------------------------------------------------------------- initiatives


StateQ = Annotated[models.InitiativeState | None,
                   Query(description="Only initiatives in this state on `as_of`.")]
InitiativeAsOfQ = Annotated[date | None, BeforeValidator(_iso_day),
                            Query(description="Say where each initiative stood on this day, YYYY-MM-DD "
                                              "(default: today).")]


@router.get("/initiatives", response_model=models.Page[models.Initiative], responses=BAD, tags=["register"])
def list_initiatives(request: Request, store: StoreDep, owners: OwnersDep, as_of: InitiativeAsOfQ = None,
                     state: StateQ = None, pair: PairQ = None, owner: OwnerQ = None,
                     limit: LimitQ = read.DEFAULT_LIMIT, offset: OffsetQ = 0) -> dict[str, Any]:
    """Initiatives with their state on `as_of`, the report that set it, what carries them and their owner."""
    page = read.initiatives_page(store, as_of or date.today(), state, pair, limit, offset, owner, owners)
    return page_json(request, page, _to_json)


@router.get("/initiatives.json", response_model=list[models.Initiative], responses=BAD, tags=["exports"])
def export_initiatives_json(store: StoreDep, owners: OwnersDep, as_of: InitiativeAsOfQ = None,
                            state: StateQ = None, pair: PairQ = None, owner: OwnerQ = None) -> JSONResponse:
    """Every initiative the filters pick, with its state on `as_of`, as a JSON array."""
    found = read.initiative_list(store, as_of or date.today(), state, pair, owner, owners)
    return json_export("initiatives", [v.to_json() for v in found])


@router.get("/initiatives.csv", response_class=Response, responses={**CSV_CONTENT, **BAD}, tags=["exports"])
def export_initiatives_csv(store: StoreDep, owners: OwnersDep, as_of: InitiativeAsOfQ = None,
                           state: StateQ = None, pair: PairQ = None, owner: OwnerQ = None) -> Response:
    """Every initiative the filters pick, with its state on `as_of`, as CSV."""
    found = read.initiative_list(store, as_of or date.today(), state, pair, owner, owners)
    return csv_export("initiatives", [v.to_json() for v in found])


# --------------------------------------------------------------------------- the whole register

_EXPORT_TYPES = {"jsonld": "application/ld+json", "jsonl": "application/x-ndjson",
                 "csv": "text/csv; charset=utf-8", "sqlite": "application/vnd.sqlite3"}
ExportFormat = Literal["jsonld", "jsonl", "csv", "sqlite"]


@router.get("/register.{fmt}", response_class=Response, tags=["exports"], responses={
    200: {"description": "The register (records, sources, statuses on as_of) in the format asked",
          "content": {media: {"schema": {"type": "object" if fmt == "jsonld" else "string"}}
                      for fmt, media in _EXPORT_TYPES.items()}},
    **BAD})
def export_register(store: StoreDep, fmt: ExportFormat, pair: PairQ = None, as_of: AsOfQ = None) -> Response:
    """The whole register (of one pair) as linked data (schema.org JSON-LD), JSON lines, CSV or SQLite."""
    key = read.pair_of(pair) if pair else None
    headers = {"Content-Disposition": f'attachment; filename="register.{fmt}"'}
    if fmt == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "register.sqlite"
            export(store, fmt, path, key, as_of)
            return Response(path.read_bytes(), media_type=_EXPORT_TYPES[fmt], headers=headers)
    return Response(export(store, fmt, None, key, as_of), media_type=_EXPORT_TYPES[fmt], headers=headers)


# --------------------------------------------------------------------------- conflicts, timeline


@router.get("/conflicts", response_model=models.Page[models.Conflict], responses=BAD, tags=["register"])
def list_conflicts(request: Request, store: StoreDep, pair: PairQ = None,
                   limit: LimitQ = read.DEFAULT_LIMIT, offset: OffsetQ = 0) -> dict[str, Any]:
    """Where sources disagree: each side with its quotes, articles and outlets, by record."""
    return page_json(request, read.conflicts_page(store, pair, limit, offset), _to_json)


@router.get("/conflicts.json", response_model=list[models.Conflict], responses=BAD, tags=["exports"])
def export_conflicts_json(store: StoreDep, pair: PairQ = None) -> JSONResponse:
    """Every conflict (of one pair), as a JSON array."""
    return json_export("conflicts", [c.to_json() for c in read.conflict_list(store, pair)])


@router.get("/conflicts.csv", response_class=Response, responses={**CSV_CONTENT, **BAD}, tags=["exports"])
def export_conflicts_csv(store: StoreDep, pair: PairQ = None) -> Response:
    """Every conflict (of one pair), as CSV (the sides as JSON)."""
    return csv_export("conflicts", [c.to_json() for c in read.conflict_list(store, pair)])


NeedPairQ = Annotated[str, Query(max_length=20, pattern=PAIR_PATTERN, description=PAIR_HELP,
                                 examples=["PK-BY"])]


@router.get("/timeline", response_model=models.Page[models.TimelineEvent], responses=BAD, tags=["register"])
def list_timeline(request: Request, store: StoreDep, pair: NeedPairQ, limit: LimitQ = read.DEFAULT_LIMIT,
                  offset: OffsetQ = 0) -> dict[str, Any]:
    """Meetings, signings and deadlines of a pair of states, in date order."""
    read.check_page(limit, offset)
    return page_json(request, read.paginate(read.timeline_list(store, pair), limit, offset), _to_json)


@router.get("/timeline.json", response_model=list[models.TimelineEvent], responses=BAD, tags=["exports"])
def export_timeline_json(store: StoreDep, pair: NeedPairQ) -> JSONResponse:
    """A pair's whole timeline, as a JSON array."""
    return json_export("timeline", [e.to_json() for e in read.timeline_list(store, pair)])


@router.get("/timeline.csv", response_class=Response, responses={**CSV_CONTENT, **BAD}, tags=["exports"])
def export_timeline_csv(store: StoreDep, pair: NeedPairQ) -> Response:
    """A pair's whole timeline, as CSV."""
    return csv_export("timeline", [e.to_json() for e in read.timeline_list(store, pair)])


# --------------------------------------------------------------------------- stats, audit


@router.get("/stats", response_model=models.Stats, tags=["store"])
def get_stats(store: StoreDep) -> shapes.Stats:
    """How many articles and facts (per kind) the store holds, by outlet and date."""
    return read.store_stats(store).to_json()


@router.get("/audit", response_model=models.Page[models.Curation], responses=BAD, tags=["register"])
def list_audit(request: Request, store: StoreDep, limit: LimitQ = read.DEFAULT_LIMIT,
               offset: OffsetQ = 0) -> dict[str, Any]:
    """Every curation (merge, split, set-status): who, when, what and why, oldest first."""
    read.check_page(limit, offset)
    return page_json(request, read.paginate(read.audit_list(store), limit, offset), read.audit_json)


@router.get("/audit.json", response_model=list[models.Curation], tags=["exports"])
def export_audit_json(store: StoreDep) -> JSONResponse:
    """The whole audit log, as a JSON array."""
    return json_export("audit", [read.audit_json(a) for a in read.audit_list(store)])


@router.get("/audit.csv", response_class=Response, responses=CSV_CONTENT, tags=["exports"])
def export_audit_csv(store: StoreDep) -> Response:
    """The whole audit log, as CSV."""
    return csv_export("audit", [read.audit_json(a) for a in read.audit_list(store)])
