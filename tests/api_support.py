"""What the API tests share: one store filled from the sample articles, and an in-process client.

The store is built once per test session (both API test files use the same file) by the
library's own steps, as `accord ingest` takes them; tests that write work on a copy.
"""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Sequence
from pathlib import Path

import pytest
from fastapi import FastAPI

from accord.errors import InputError
from accord.ingest import IngestOptions, iter_articles
from accord.pipeline import extract_batch
from accord.registry import update_register
from accord.server import LOCAL_HOSTS, create_app
from accord.settings import Settings
from accord.store import Store
from tests.conftest import EXAMPLES

with warnings.catch_warnings():
    # starlette warns, on import only, that it prefers the httpx2 package to httpx
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient as _TestClient

__all__ = ["TestClient", "app_for", "sample_db", "writable_copy"]


class TestClient(_TestClient):
    """An in-process client that addresses the server as 127.0.0.1, one of the hosts it answers."""

    def __init__(self, app: FastAPI, base_url: str = "http://127.0.0.1") -> None:
        super().__init__(app, base_url=base_url)


def _fill(db: Path) -> None:
    articles = [a for a in iter_articles([EXAMPLES], IngestOptions()) if not isinstance(a, InputError)]
    settings = Settings(db_url=f"sqlite:///{db}")
    batch = extract_batch(articles, settings, consolidate_facts=True)
    with Store.open(settings.db_url) as store:
        for facts in batch.facts:
            store.add(facts)
        update_register(store)


def sample_db(factory: pytest.TempPathFactory) -> Path:
    """Return the SQLite file holding the five sample articles and their register (built once)."""
    db = factory.getbasetemp() / "api-sample" / "accord.db"
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        _fill(db)
    return db


def writable_copy(db: Path, folder: Path) -> Path:
    """Return a copy of a store file in `folder`, for a test that writes."""
    target = folder / "accord.db"
    shutil.copyfile(db, target)
    return target


def app_for(db: Path, token: str | None = None, max_bytes: int | None = None,
            hosts: Sequence[str] = LOCAL_HOSTS) -> FastAPI:
    """Return the server app over the store file `db` (writes need `token`, requests a Host in `hosts`)."""
    settings = Settings(db_url=f"sqlite:///{db}")
    if max_bytes is not None:
        settings = Settings(db_url=settings.db_url, max_bytes=max_bytes)
    return create_app(settings, token, hosts=hosts)
