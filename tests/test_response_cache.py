"""Repeated GETs come from memory, and never outlive a change to the store."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.core import Article
from accord.ingest import content_hash
from accord.pipeline import extract_batch
from accord.registry import update_register
from accord.server import create_app
from accord.settings import Settings
from accord.store import Store
from tests.api_support import TestClient, sample_db, writable_copy

TOKEN = "cache-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
REPORT = ("OSLO: Norway and Chile on Monday signed a memorandum of understanding on fisheries "
          "during talks between Prime Minister Arvid Kessler and President Ana Rojas in Oslo.\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample_db(tmp_path_factory)


def _client(db: Path, tmp_path: Path, recheck: float = 60.0) -> tuple[TestClient, Path]:
    copy = writable_copy(db, tmp_path)
    app = create_app(Settings(db_url=f"sqlite:///{copy}"), TOKEN, cache_recheck=recheck)
    return TestClient(app), copy


def test_a_repeated_get_is_answered_from_memory(db: Path, tmp_path: Path) -> None:
    client, _ = _client(db, tmp_path)
    with client:
        first = client.get("/api/v1/records?kind=instruments&limit=5")
        second = client.get("/api/v1/records?kind=instruments&limit=5")
        cache = client.app.state.response_cache  # type: ignore[attr-defined]
        assert first.status_code == second.status_code == 200
        assert second.content == first.content and cache.hits == 1
        assert second.headers["content-type"] == first.headers["content-type"]
        client.get("/api/v1/records?kind=instruments&limit=6")  # another query: computed
        assert cache.hits == 1


def test_a_write_through_the_server_is_seen_by_the_next_read(db: Path, tmp_path: Path) -> None:
    client, _ = _client(db, tmp_path)
    with client:
        before = client.get("/api/v1/stats").json()["articles"]
        posted = client.post("/api/v1/articles", json={"text": REPORT, "name": "oslo.txt"}, headers=AUTH)
        assert posted.status_code in (200, 201), posted.text
        assert client.get("/api/v1/stats").json()["articles"] == before + 1


def test_a_write_by_another_process_is_seen_once_the_version_is_checked(db: Path, tmp_path: Path) -> None:
    client, copy = _client(db, tmp_path, recheck=0.0)
    with client:
        before = client.get("/api/v1/stats").json()["articles"]
        settings = Settings(db_url=f"sqlite:///{copy}")
        article = Article(name="oslo.txt", text=REPORT, content_hash=content_hash(REPORT), source="test")
        with Store.open(settings.db_url) as store:  # as `accord ingest` beside the server would
            for facts in extract_batch([article], settings).facts:
                store.add(facts)
            update_register(store)
        assert client.get("/api/v1/stats").json()["articles"] == before + 1


def test_requests_with_credentials_are_never_answered_from_memory(db: Path, tmp_path: Path) -> None:
    client, _ = _client(db, tmp_path)
    with client:
        client.get("/api/v1/stats", headers=AUTH)
        client.get("/api/v1/stats", headers=AUTH)
        assert client.app.state.response_cache.hits == 0  # type: ignore[attr-defined]
