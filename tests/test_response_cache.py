"""Repeated GETs come from memory, and never outlive a change to the store."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from accord.core import Article
from accord.ingest import content_hash
from accord.pipeline import extract_batch
from accord.read import StoreCache, register_is_read
from accord.registry import update_register
from accord.response_cache import ResponseCache
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


def _get(path: str) -> dict[str, Any]:
    return {"type": "http", "method": "GET", "path": path, "query_string": b"", "headers": [],
            "app": SimpleNamespace(state=None)}


async def _nothing() -> dict[str, Any]:
    return {"type": "http.request", "body": b"", "more_body": False}


@pytest.mark.parametrize("status", [200, 500])
def test_requests_arriving_while_an_answer_is_computed_wait_for_it(status: int) -> None:
    async def scenario() -> tuple[int, list[list[dict[str, Any]]]]:
        calls = 0
        entered, release = asyncio.Event(), asyncio.Event()

        async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
            nonlocal calls
            calls += 1
            entered.set()
            if scope["path"] == "/slow":
                await release.wait()
            await send({"type": "http.response.start", "status": status, "headers": []})
            await send({"type": "http.response.body", "body": b"answer"})

        cache = ResponseCache(app, version_of=lambda _state: 1, recheck=3600)
        await cache(_get("/first"), _nothing, _collect([]))  # the version is known from here on
        calls = 0
        sent: list[list[dict[str, Any]]] = [[] for _ in range(5)]
        tasks = [asyncio.create_task(cache(_get("/slow"), _nothing, _collect(out))) for out in sent]
        await entered.wait()
        for _ in range(20):  # let the other four requests reach the cache
            await asyncio.sleep(0)
        release.set()
        await asyncio.gather(*tasks)
        return calls, sent

    calls, sent = asyncio.run(scenario())
    # a keepable answer is computed once for all five; an error is not shared, each computes its own
    assert calls == (1 if status == 200 else 5)
    for out in sent:
        assert out[0]["status"] == status and out[-1]["body"] == b"answer"


def _collect(out: list[dict[str, Any]]) -> Any:
    async def send(message: dict[str, Any]) -> None:
        out.append(message)
    return send


def test_threads_wanting_one_store_value_share_one_computation(tmp_path: Path) -> None:
    calls, entered, go = [], threading.Event(), threading.Event()

    def compute(store: Store) -> object:
        calls.append(store)
        entered.set()
        go.wait(timeout=30)
        return object()

    cache: StoreCache[object] = StoreCache(compute)
    with Store.open(f"sqlite:///{tmp_path / 'x.db'}") as store:
        start = threading.Barrier(5)
        results: list[object] = []

        def worker() -> None:
            start.wait(timeout=30)
            results.append(cache.get(store))

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for t in threads:
            t.start()
        start.wait(timeout=30)
        entered.wait(timeout=30)
        go.set()
        for t in threads:
            t.join(timeout=30)
        assert len(calls) == 1 and len(set(map(id, results))) == 1 and len(results) == 4
        assert cache.holds(store)


def test_the_server_reads_the_register_as_it_starts(db: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(StoreCache, "freeze", False)  # undone after the test, unlike in a server
    copy = writable_copy(db, tmp_path)
    app = create_app(Settings(db_url=f"sqlite:///{copy}"), warm=True)
    with TestClient(app) as client:
        app.state.warming.join(timeout=120)
        store = app.state.store
        assert register_is_read(store, with_facts=False)
        # its records keep their sources' actions: judging commitments needs no facts read
        assert not register_is_read(store, with_facts=True)
        assert StoreCache.freeze  # what a server process loads stays out of full collections
        assert client.get("/").status_code == 200


def test_one_version_check_at_a_time_others_answer_with_the_last_known_version() -> None:
    checks: list[int] = []
    release = threading.Event()

    def version_of(_state: object) -> int:
        checks.append(1)
        if len(checks) > 1:
            release.wait(timeout=30)  # the second check is slow: requests must not pile up behind it
        return 1

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"answer"})

    async def scenario() -> tuple[int, int]:
        cache = ResponseCache(app, version_of=version_of, recheck=0.0)
        await cache(_get("/x"), _nothing, _collect([]))  # computed and kept; version known
        slow = asyncio.create_task(cache(_get("/x"), _nothing, _collect([])))  # starts the second check
        while len(checks) < 2:
            await asyncio.sleep(0)
        for _ in range(4):  # meanwhile: answered at once from memory, no check of their own
            await cache(_get("/x"), _nothing, _collect([]))
        hits_before_release = cache.hits
        release.set()
        await slow
        return hits_before_release, len(checks)

    hits, calls = asyncio.run(scenario())
    assert hits == 4 and calls == 2


def test_records_saved_without_their_actions_are_judged_from_the_facts(db: Path, tmp_path: Path) -> None:
    from datetime import date

    from sqlalchemy import select

    from accord.read import commitment_list, tracking_register
    from accord.store.models import RecordRow

    copy = writable_copy(db, tmp_path)
    with Store.open(f"sqlite:///{copy}") as store:
        judged = [(c.record.id, c.status) for c in commitment_list(store, date(2025, 6, 1))]
        assert judged and tracking_register(store) is not None
        assert not register_is_read(store, with_facts=True)
    with Store.open(f"sqlite:///{copy}") as store:  # as an older accord saved them
        with store.transaction() as s:
            for row in s.scalars(select(RecordRow).where(RecordRow.kind == "commitments")):
                row.fields = {k: v for k, v in row.fields.items() if k != "actions"}
        assert [(c.record.id, c.status) for c in commitment_list(store, date(2025, 6, 1))] == judged
        assert register_is_read(store, with_facts=True)
