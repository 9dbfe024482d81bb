"""What `accord watch` fetched: one row per URL with its last answer, read back on restart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from accord.errors import StoreError
from accord.store.db import Store
from accord.store.models import FetchRow


@dataclass(frozen=True, slots=True)
class FetchRecord:
    """One URL's last fetch as the store keeps it."""

    url: str
    kind: str                       # "feed" (a source to ask again) or "page" (read once)
    fetched_at: datetime
    status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    error: str | None = None
    failures: int = 0
    articles: int = 0


def fetch_state(store: Store, url: str) -> FetchRecord | None:
    """Return the last fetch of `url`, None when it was never fetched."""
    with store.session() as s:
        row = s.get(FetchRow, url)
        return None if row is None else _record_of(row)


def fetch_log(store: Store) -> list[FetchRecord]:
    """Return every URL's last fetch, most recent first."""
    with store.session() as s:
        rows = s.scalars(select(FetchRow).order_by(FetchRow.fetched_at.desc(), FetchRow.url)).all()
        return [_record_of(r) for r in rows]


def save_fetch(store: Store, record: FetchRecord) -> None:
    """Store `record` as its URL's last fetch (replacing the one before)."""
    try:
        with store.transaction() as s:
            row = s.get(FetchRow, record.url) or FetchRow(url=record.url)
            for name in FetchRecord.__slots__:
                setattr(row, name, getattr(record, name))
            s.add(row)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot record the fetch of {record.url}: {exc}") from exc


def _record_of(row: FetchRow) -> FetchRecord:
    return FetchRecord(**{name: getattr(row, name) for name in FetchRecord.__slots__})
