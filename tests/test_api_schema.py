"""The OpenAPI document: valid, complete, and the API it describes never answers 5xx to what it allows.

A bounded schemathesis run (25 generated requests per operation) against the app in-process,
over the sample store: every read route, and the write routes on a server without a
token (so they must refuse, never fail).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.routing import APIRoute
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import CHECKS, load_all_checks

from accord.api import read, write
from accord.server import LOCAL_HOSTS
from tests.api_support import TestClient, app_for, sample_db

MAX_EXAMPLES = 25
CHECKED_EXAMPLES = 8  # per operation and mode: the whole run must fit in CI


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    # schemathesis addresses an in-process app as "testserver"
    return app_for(sample_db(tmp_path_factory), hosts=(*LOCAL_HOSTS, "testserver"))


@pytest.fixture(scope="module")
def openapi(app: FastAPI) -> dict[str, Any]:
    with TestClient(app) as client:
        response = client.get("/openapi.json")
    assert response.status_code == 200
    document: dict[str, Any] = response.json()
    return document


@pytest.fixture(scope="module")
def api_schema(app: FastAPI) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", app).include(path_regex="^/api/v1/")


def test_openapi_document_is_valid(api_schema: Any) -> None:
    api_schema.validate()  # raises on a document that breaks the OpenAPI meta-schema


def test_every_api_route_is_in_the_document(openapi: dict[str, Any]) -> None:
    # the API's own routers, since the app keeps included routers behind a private wrapper
    routes = [("/api/v1" + route.path, method.lower()) for r in (read.router, write.router)
              for route in r.routes if isinstance(route, APIRoute) for method in route.methods or ()]
    assert len(routes) >= 25
    paths = openapi["paths"]
    missing = [f"{method.upper()} {path}" for path, method in routes if method not in paths.get(path, {})]
    assert not missing, missing


def test_the_document_declares_bearer_auth_for_writes(openapi: dict[str, Any]) -> None:
    writes = [op for ops in openapi["paths"].values() for method, op in ops.items() if method == "post"]
    assert len(writes) == 8  # articles, merge, split, status, owner, manual, withdraw, amend
    assert all(op.get("security") == [{"HTTPBearer": []}] for op in writes)
    assert openapi["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"


def test_the_document_describes_the_three_ways_to_send_an_article(openapi: dict[str, Any]) -> None:
    body = openapi["paths"]["/api/v1/articles"]["post"]["requestBody"]["content"]
    assert set(body) == {"application/json", "multipart/form-data", "text/plain"}
    assert body["application/json"]["schema"]["required"] == ["text"]
    assert "$ref" not in str(body)


def test_the_document_declares_the_error_shape(openapi: dict[str, Any]) -> None:
    facts = openapi["paths"]["/api/v1/facts"]["get"]["responses"]
    assert facts["422"]["content"]["application/json"]["schema"]["required"] == ["error"]


def _operations() -> list[tuple[str, str]]:
    return sorted((method, "/api/v1" + route.path) for r in (read.router, write.router)
                  for route in r.routes if isinstance(route, APIRoute) for method in route.methods or ())


@pytest.mark.parametrize(("method", "path"), _operations())
def test_no_request_the_document_allows_gets_a_5xx(api_schema: Any, method: str, path: str) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    def check(case: Any) -> None:
        response = case.call()
        assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.text[:500]}"
        if method == "POST":  # a server without a token refuses every write
            assert response.status_code in (403, 422), response.text[:300]

    check()


def _all_checks() -> list[Any]:
    load_all_checks()
    return list(CHECKS.get_all())


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=lambda m: m.value)
@pytest.mark.parametrize(("method", "path"), _operations())
def test_the_server_does_what_the_document_says(api_schema: Any, method: str, path: str,
                                               mode: GenerationMode) -> None:
    """schemathesis --checks all, bounded: documented statuses, headers and shapes, schema-valid
    requests accepted, invalid ones refused, Allow on 405."""
    operation = api_schema[path][method]
    checks = _all_checks()
    try:
        strategy = operation.as_strategy(generation_mode=mode)
    except Exception as exc:  # pragma: no cover - an operation with nothing to negate
        pytest.skip(f"no {mode.value} cases: {exc}")

    @given(case=strategy)
    @settings(max_examples=CHECKED_EXAMPLES, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    def check(case: Any) -> None:
        case.call_and_validate(checks=checks)

    try:
        check()
    except Unsatisfiable:  # an operation without parameters has no invalid request to make
        assert mode is GenerationMode.NEGATIVE


def test_sample_store_is_shared(tmp_path_factory: pytest.TempPathFactory) -> None:
    first: Path = sample_db(tmp_path_factory)
    assert sample_db(tmp_path_factory) == first and first.stat().st_size > 0
