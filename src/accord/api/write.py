"""The routes that change the store: ingest an article, and curate the register.

Each needs `Authorization: Bearer <token>` with the token the server was started with; a
server started without one refuses every write (403). Every write takes the app's write
lock and runs the same library functions as the CLI (`accord ingest`, `merge`, `split`,
`set-status`, `assign`), so curation lands in the audit log with who and why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from fastapi import APIRouter, Depends, Request, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from accord.api import models
from accord.api.deps import SettingsDep, StoreDep, require_writer, write_lock_of
from accord.api.errors import ApiError, ApiRoute, error_responses
from accord.api.upload import Upload, UploadResult, ingest_upload
from accord.manual import ManualInput, add_entry, amend, withdraw
from accord.read import audit_json
from accord.store.register_store import AuditData
from accord.usecases import curate_merge, curate_owner, curate_split, curate_status

T = TypeVar("T")

router = APIRouter(route_class=ApiRoute, dependencies=[Depends(require_writer)])
WRITE_ERRORS = error_responses(400, 401, 403, 404, 422)
_TEXT_TYPES = ("text/plain", "text/html", "application/xhtml+xml", "application/rss+xml",
               "application/atom+xml", "application/xml", "text/xml")

_UPLOAD_BODY: dict[str, Any] = {
    "requestBody": {"required": True, "content": {
        # inline: the model is read by hand (one route, three content types), so FastAPI lists it nowhere
        "application/json": {"schema": models.ArticleUpload.model_json_schema()},
        "multipart/form-data": {"schema": {
            "type": "object", "required": ["file"],
            "properties": {"file": {"type": "string", "format": "binary"},
                           "published": {"type": "string", "format": "date"},
                           "outlet": {"type": "string", "maxLength": 200}}}},
        "text/plain": {"schema": {"type": "string"}},
    }},
}


async def _locked(request: Request, fn: Callable[[], T]) -> T:
    lock = write_lock_of(request.app.state)

    def run() -> T:
        with lock:
            return fn()
    return await run_in_threadpool(run)


def _optional_date(value: object, field: str) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        shown = str(value)[:40]
        raise ApiError(422, "bad_parameter", f"{field}: give a day as YYYY-MM-DD, not {shown!r}") from None


def _request_limit(max_bytes: int) -> int:
    # room for the JSON or multipart wrapping; the article itself is checked against max_bytes
    return 2 * max_bytes + 64 * 1024


def _too_large(limit: int) -> ApiError:
    return ApiError(413, "too_large", f"the request is over {limit} bytes: the article is too large")


async def read_body(request: Request, limit: int) -> bytes:
    """Return the request body, refusing (413) one longer than `limit` before it is all read."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


async def _from_json(request: Request, limit: int) -> Upload:
    try:
        body = models.ArticleUpload.model_validate_json(await read_body(request, limit))
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}"
                             for e in exc.errors())
        raise ApiError(422, "bad_input", problems) from None
    return Upload(body.text.encode("utf-8"), body.name, body.published, body.outlet)


async def _from_form(request: Request, max_bytes: int) -> Upload:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > _request_limit(max_bytes):
        raise _too_large(_request_limit(max_bytes))
    # the context closes the spooled files of the upload, whatever happens
    async with request.form(max_files=1, max_fields=10) as form:
        file = form.get("file")
        if not isinstance(file, UploadFile):
            raise ApiError(422, "bad_input", "multipart upload: send the article as a file field 'file'")
        data = await file.read(max_bytes + 1)
        outlet = form.get("outlet")
        published = _optional_date(form.get("published"), "published")
    return Upload(data, file.filename, published, outlet if isinstance(outlet, str) and outlet else None,
                  charset_of(file.content_type or ""))


def charset_of(content_type: str) -> str | None:
    """Return the charset a Content-Type names ("text/plain; charset=windows-1252"), if any."""
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip(' "'):
            return value.strip(' "')
    return None


async def read_request(request: Request, max_bytes: int) -> Upload:
    """Return the article a request carries: JSON, a multipart file, or a raw text body."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        return await _from_json(request, _request_limit(max_bytes))
    if kind == "multipart/form-data":
        return await _from_form(request, max_bytes)
    if kind in _TEXT_TYPES:
        # no name: the kind is told from the content, the label from its hash
        return Upload(await read_body(request, _request_limit(max_bytes)),
                      encoding=charset_of(request.headers.get("content-type", "")))
    raise ApiError(415, "unsupported_media_type",
                   "send the article as application/json ({\"text\": ...}), multipart/form-data "
                   "(a 'file' field) or text/plain")


def _ingest_json(result: UploadResult) -> dict[str, Any]:
    return {"articles": [{"id": a.id, "name": a.name, "added": a.added, "facts": a.facts}
                         for a in result.articles],
            "register": result.register.to_json()}


@router.post("/articles", response_model=models.IngestResult, status_code=201, tags=["writes"],
             responses={200: {"description": "Already stored: nothing added",
                              "model": models.IngestResult}, **error_responses(401, 403, 413, 415, 422, 500)},
             openapi_extra=_UPLOAD_BODY)
async def post_article(request: Request, response: Response, store: StoreDep,
                       settings: SettingsDep) -> dict[str, Any]:
    """Ingest an article (JSON, an uploaded file or a text body): extract, store, update the register."""
    upload = await read_request(request, settings.max_bytes)
    result = await _locked(request, lambda: ingest_upload(store, settings, upload))
    if not any(a.added for a in result.articles):
        response.status_code = 200
    return _ingest_json(result)


def _audit(entry: AuditData) -> dict[str, Any]:
    return {"audit": audit_json(entry)}


@router.post("/records/merge", response_model=models.CurationResult, responses=WRITE_ERRORS, tags=["writes"])
def merge(request: Request, store: StoreDep, body: models.MergeRequest) -> dict[str, Any]:
    """Make records of one kind one record; kept in the audit log and re-applied on every update."""
    with write_lock_of(request.app.state):
        return _audit(curate_merge(store, body.records, body.why, body.who))


@router.post("/records/split", response_model=models.CurationResult, responses=WRITE_ERRORS, tags=["writes"])
def split(request: Request, store: StoreDep, body: models.SplitRequest) -> dict[str, Any]:
    """Take one mention (ARTICLE:KIND:INDEX) out of a record into a record of its own."""
    with write_lock_of(request.app.state):
        return _audit(curate_split(store, body.record, body.mention, body.why, body.who))


@router.post("/commitments/{record_id}/status", response_model=models.CurationResult,
             responses=WRITE_ERRORS, tags=["writes"])
def commitment_status(request: Request, store: StoreDep, record_id: str,
                      body: models.StatusRequest) -> dict[str, Any]:
    """Set a commitment's status by hand; it overrides the computed status (kept in the audit log)."""
    with write_lock_of(request.app.state):
        return _audit(curate_status(store, record_id, body.status, body.why, body.who))


@router.post("/records/{record_id}/owner", response_model=models.CurationResult, responses=WRITE_ERRORS,
             tags=["writes"])
def record_owner(request: Request, store: StoreDep, record_id: str,
                 body: models.OwnerRequest) -> dict[str, Any]:
    """Assign the ministry or agency (and focal point) that carries a record; null `owner` clears it."""
    with write_lock_of(request.app.state):
        return _audit(curate_owner(store, record_id, body.owner, body.focal_point, body.why, body.who))


def _manual_input(body: models.ManualRequest) -> ManualInput:
    return ManualInput(kind=body.kind, pair=body.pair, who=body.who, reference=body.reference, text=body.text,
                       date=body.date, meeting_kind=body.meeting_kind, place=body.place,
                       participants=tuple(body.participants), type=body.type, subject=body.subject,
                       status=body.status, sectors=tuple(body.sectors), actor=body.actor, action=body.action,
                       deadline=body.deadline)


@router.post("/manual", response_model=models.ManualResult, status_code=201, responses=WRITE_ERRORS,
             tags=["writes"])
def post_manual(request: Request, store: StoreDep, body: models.ManualRequest) -> dict[str, Any]:
    """Enter a meeting, instrument or commitment no article reports; tracked like extracted facts, audited."""
    with write_lock_of(request.app.state):
        return add_entry(store, _manual_input(body)).to_json()


@router.post("/manual/{article_id}/withdraw", response_model=models.ManualResult, responses=WRITE_ERRORS,
             tags=["writes"])
def withdraw_manual(request: Request, store: StoreDep, article_id: int,
                    body: models.WithdrawRequest) -> dict[str, Any]:
    """Withdraw a manual entry: kept and marked, its facts leave the register; audited."""
    with write_lock_of(request.app.state):
        return withdraw(store, article_id, body.why, body.who).to_json()


@router.post("/manual/{article_id}/amend", response_model=models.ManualResult, responses=WRITE_ERRORS,
             tags=["writes"])
def amend_manual(request: Request, store: StoreDep, article_id: int,
                 body: models.AmendRequest) -> dict[str, Any]:
    """Correct a manual entry: a new entry with the changed fields supersedes it (kept, linked); audited."""
    changes: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v
                               for k, v in body.model_dump(exclude={"why"}, exclude_none=True).items()}
    with write_lock_of(request.app.state):
        return amend(store, article_id, changes, body.why).to_json()
