"""Errors the API answers with: one JSON shape for every 4xx and 5xx its routes give.

`{"error": {"status": 422, "code": "bad_parameter", "message": "...", "details": [...]}}`.
The shape is made by the routes' own class (`ApiRoute`), so the API keeps it whatever app
it is mounted in.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException
from starlette.routing import Match

from accord.curation import CurationError
from accord.errors import AccordError, ExtractionError, InputError, StoreError
from accord.read import BadQueryError
from accord.registry import QueryError
from accord.store import NotFoundError


class ApiError(Exception):
    """An answer other than success, with its HTTP status, a stable code and a message for people."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def error_body(status: int, code: str, message: str,
               details: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    """Return the JSON body of an error answer."""
    return {"error": {"status": status, "code": code, "message": message, "details": list(details)}}


def error_response(status: int, code: str, message: str, details: Sequence[dict[str, Any]] = (),
                   headers: dict[str, str] | None = None) -> JSONResponse:
    """Return an error answer in the API's one shape."""
    return JSONResponse(error_body(status, code, message, details), status_code=status, headers=headers)


def _where(loc: Sequence[Any]) -> str:
    # ("query", "limit") -> "limit"; ("body", "records", 0) -> "records.0"
    parts = [str(p) for p in loc[1:]] if len(loc) > 1 else [str(p) for p in loc]
    return ".".join(parts) or "request"


def validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Return each problem of a request that failed validation: where, and what is wrong."""
    return [{"field": _where(e.get("loc", ())), "message": str(e.get("msg", "invalid"))}
            for e in exc.errors()]


def _from_validation(exc: RequestValidationError) -> JSONResponse:
    details = validation_details(exc)
    message = "; ".join(f"{d['field']}: {d['message']}" for d in details) or "invalid request"
    return error_response(422, "bad_parameter", message, details)


def status_of(exc: AccordError) -> tuple[int, str]:
    """Return the HTTP status and code a library error answers with."""
    if isinstance(exc, NotFoundError):
        return 404, "not_found"
    if isinstance(exc, BadQueryError | QueryError):
        return 422, "bad_parameter"
    if isinstance(exc, CurationError):
        return 422, "bad_curation"
    if isinstance(exc, InputError):
        return 422, "bad_input"
    if isinstance(exc, StoreError):
        return 500, "store_error"
    if isinstance(exc, ExtractionError):
        return 500, "extraction_failed"
    return 422, "refused"


def _from_library(exc: AccordError) -> JSONResponse:
    status, code = status_of(exc)
    return error_response(status, code, exc.message, [{"field": "", "message": exc.message,
                                                       "accord_code": exc.code}])


class ApiRoute(APIRoute):
    """A route whose errors (bad parameters, library errors, refusals) answer in the API's JSON shape."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            try:
                return await handler(request)
            except RequestValidationError as exc:
                return _from_validation(exc)
            except ApiError as exc:
                return error_response(exc.status, exc.code, exc.message, headers=exc.headers)
            except AccordError as exc:
                return _from_library(exc)
            except HTTPException as exc:
                # what Starlette itself refuses (a multipart body with too many files, …)
                headers = dict(exc.headers) if exc.headers else None
                return error_response(exc.status_code, "bad_request", str(exc.detail), headers=headers)
        return guarded


# What the OpenAPI document says error answers look like.
ERROR_SCHEMA: dict[str, Any] = {
    "type": "object", "required": ["error"],
    "properties": {"error": {
        "type": "object", "required": ["status", "code", "message", "details"],
        "properties": {"status": {"type": "integer"}, "code": {"type": "string"},
                       "message": {"type": "string"},
                       "details": {"type": "array", "items": {"type": "object"}}}}},
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """Return the OpenAPI `responses` entries for these error statuses."""
    descriptions = {400: "A body that cannot be parsed",
                    401: "Missing or wrong bearer token", 403: "Writes are disabled on this server",
                    404: "No such article or record", 413: "Upload too large",
                    415: "Unsupported content type", 422: "Bad parameter or input"}
    return {s: {"description": descriptions.get(s, "Error"),
                "content": {"application/json": {"schema": ERROR_SCHEMA}}} for s in statuses}


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def _routed(request: Request, method: str) -> bool:
    """Say whether some route of the app takes `method` at the request's path."""
    scope = {**request.scope, "method": method}
    return any(route.matches(scope)[0] == Match.FULL for route in request.app.router.routes)


async def method_not_allowed(request: Request, _exc: Exception) -> Response:
    """Answer 405 naming, in Allow, every method some route of this path takes.

    Starlette names only the methods of the first route whose path matches, so a PUT to
    /api/v1/articles (read by one router, written by another) was told `Allow: GET`.
    """
    allow = ", ".join(m for m in _METHODS if _routed(request, m))
    return error_response(405, "method_not_allowed", f"{request.method} is not allowed here; use {allow}",
                          headers={"Allow": allow})
