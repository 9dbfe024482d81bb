"""Unsafe outputs closed: CSV cells never run as formulas, every answer has its security
headers, and the API docs load nothing from outside the server."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app as cli_app
from accord.core import Article, ArticleFacts, Evidence, Person
from accord.read import to_csv
from accord.store import Store
from tests.api_support import TestClient, app_for, sample_db, writable_copy

API = "/api/v1"
FORMULAS = ["=2+5", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with TestClient(app_for(sample_db(tmp_path_factory))) as c:
        yield c


def _cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize("value", FORMULAS)
def test_a_text_cell_that_starts_a_formula_is_neutralised(value: str) -> None:
    rows = _cells(to_csv(["name", "n"], [{"name": value, "n": -3}]))
    assert rows[1] == ["'" + value, "-3"]  # the number stays a number


def test_plain_cells_are_unchanged() -> None:
    rows = _cells(to_csv(["name", "tags"], [{"name": "a = b, c", "tags": ["=x"]}]))
    assert rows[1] == ["a = b, c", '["=x"]']


def _formula_store(tmp_path: Path) -> Path:
    db = tmp_path / "formula.db"
    text = "=HYPERLINK(\"http://evil.example\") met Ivan Petrov.\n"
    start = text.index("=")
    end = text.index(" met")
    article = Article(name="=2+5.txt", text=text, content_hash=uuid.uuid4().hex)
    with Store.open(f"sqlite:///{db}") as store:
        store.add(ArticleFacts(article, "test", "1", people=[Person(
            evidence=Evidence(start, end, text[start:end]), name="Ivan Petrov")]))
    return db


def _no_live_formula(text: str) -> list[list[str]]:
    rows = _cells(text)
    assert len(rows) > 1
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    return rows


def test_cli_facts_csv_neutralises_names_and_quotes(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli_app, ["--db", str(_formula_store(tmp_path)), "facts", "--csv"])
    assert result.exit_code == 0, result.output
    rows = _no_live_formula(result.stdout)
    assert "'=2+5.txt" in rows[1] and any(c.startswith("'=HYPERLINK") for c in rows[1])


def test_api_csv_exports_neutralise_names_and_quotes(tmp_path: Path) -> None:
    with TestClient(app_for(_formula_store(tmp_path))) as c:
        for name in ("facts", "articles"):
            response = c.get(f"{API}/{name}.csv")
            assert response.status_code == 200
            assert "'=2+5.txt" in _no_live_formula(response.text)[1]


# --- headers ------------------------------------------------------------------------------

PATHS = ["/", "/register", "/conflicts", "/nowhere", f"{API}/facts", f"{API}/facts.csv",
         f"{API}/records/nope", f"{API}/nowhere", "/openapi.json", "/static/style.css", "/docs"]


@pytest.mark.parametrize("path", PATHS)
def test_every_response_has_the_security_headers(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    if response.headers["content-type"].startswith("text/html"):
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp


@pytest.mark.parametrize("path", [f"{API}/facts", f"{API}/records/nope", f"{API}/nowhere",
                                  f"{API}/facts?kind=<script>", "/openapi.json"])
def test_json_is_never_served_as_html(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.headers["content-type"].startswith("application/json")
    response.json()


def test_cached_answers_keep_the_headers(client: TestClient) -> None:
    first, again = client.get(f"{API}/stats"), client.get(f"{API}/stats")
    assert first.headers["x-content-type-options"] == again.headers["x-content-type-options"] == "nosniff"


# --- /docs --------------------------------------------------------------------------------


def test_docs_load_swagger_ui_from_the_server_only(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(s.startswith("/") and not s.startswith("//") for s in sources)
    assert "<script>" not in page.text  # no inline script: the CSP forbids them
    for source in sources:
        asset = client.get(source)
        assert asset.status_code == 200 and asset.content, source
    assert "SwaggerUIBundle" in client.get("/docs/assets/swagger-ui-bundle.js").text
    csp = page.headers["content-security-policy"]
    assert "connect-src 'self'" in csp and "script-src 'self'" in csp and "http" not in csp


def test_docs_serve_only_the_files_the_page_needs(client: TestClient) -> None:
    assert client.get("/docs/assets/index.html").status_code == 404
    assert client.get("/docs/assets/..%2F__init__.py").status_code == 404


# --- make demo ----------------------------------------------------------------------------


@pytest.mark.slow
def test_make_demo_again_keeps_the_curations(tmp_path_factory: pytest.TempPathFactory,
                                             tmp_path: Path) -> None:
    db = writable_copy(sample_db(tmp_path_factory), tmp_path)
    runner = CliRunner()

    def accord(*args: str) -> str:
        result = runner.invoke(cli_app, ["--db", str(db), *args])
        assert result.exit_code == 0, result.output
        return result.stdout

    first = json.loads(accord("commitments", "--json"))[0]["id"]
    accord("set-status", first, "fulfilled", "--why", "seen done in the minutes", "--who", "tester")
    root = Path(__file__).resolve().parents[1]
    # STAMP names a file that exists, so make does not install; BIN is this interpreter's folder
    done = subprocess.run(["make", "-C", str(root), "demo", f"STAMP={root / 'Makefile'}",
                           f"BIN={Path(sys.executable).parent}", f"DB={db}"],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    assert any(e["why"] == "seen done in the minutes" for e in json.loads(accord("audit", "--json")))
    after = {c["id"]: c for c in json.loads(accord("commitments", "--json"))}
    assert after[first]["status"] == "fulfilled" and after[first]["curated"]
