"""Desk officers' manual entries as stored: provenance, withdrawal, and attached files by hash.

An entry is an article of media type "manual" (its facts stored like any article's) plus a
`manual_entries` row saying who entered it, when, on what reference, with which attached
file. Nothing here deletes: a withdrawn entry keeps its row, marked, and leaves the register
(`register_store` reads no facts of a withdrawn entry). Attached files are kept in the store
itself (`attachments`, by sha256), so a PostgreSQL store needs no shared folder.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from accord import shapes
from accord.core import ArticleFacts
from accord.errors import ManualEntryError
from accord.store.db import NotFoundError, Store, is_row_id, now, utc_iso
from accord.store.models import Attachment, ManualEntry, RegisteredArticle


class ManualNotFoundError(NotFoundError):
    """No manual entry with this article id (an unknown id, or an article read from a report)."""


@dataclass(frozen=True, slots=True)
class ManualData:
    """One manual entry's provenance and state, JSON-ready."""

    article_id: int
    kind: str
    entered_by: str
    entered_at: datetime
    reference: str
    attachment: str | None
    attachment_name: str | None
    withdrawn_at: datetime | None
    withdrawn_by: str | None
    withdrawn_why: str | None
    superseded_by: int | None

    @property
    def withdrawn(self) -> bool:
        """Say whether the entry was withdrawn (its facts no longer count)."""
        return self.withdrawn_at is not None

    def to_json(self) -> shapes.ManualEntry:
        """Return the provenance as a JSON-ready dict."""
        return {"article_id": self.article_id, "kind": self.kind, "entered_by": self.entered_by,
                "entered_at": utc_iso(self.entered_at), "reference": self.reference,
                "attachment": cast(shapes.Attachment, {"sha256": self.attachment,
                                                       "name": self.attachment_name})
                if self.attachment else None,
                "withdrawn": self.withdrawn,
                "withdrawn_at": utc_iso(self.withdrawn_at) if self.withdrawn_at else None,
                "withdrawn_by": self.withdrawn_by, "withdrawn_why": self.withdrawn_why,
                "superseded_by": self.superseded_by}


@dataclass(frozen=True, slots=True)
class Provenance:
    """Who entered a manual entry, when, on what reference, with which file (name and bytes)."""

    kind: str
    entered_by: str
    entered_at: datetime
    reference: str
    file_name: str | None = None
    file_bytes: bytes | None = None
    file_sha256: str | None = None  # a file already stored, when no bytes are given


def _data_of(row: ManualEntry, name: str | None) -> ManualData:
    return ManualData(row.article_id, row.kind, row.entered_by, row.entered_at, row.reference, row.attachment,
                      name, row.withdrawn_at, row.withdrawn_by, row.withdrawn_why, row.superseded_by)


def _keep_file(s: Session, name: str, data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    if s.get(Attachment, digest) is None:
        s.add(Attachment(sha256=digest, name=name, size=len(data), data=data, stored_at=now()))
        s.flush()
    return digest


def store_manual(store: Store, facts: ArticleFacts, provenance: Provenance) -> int:
    """Store an entry's article, facts, provenance and attached file in one transaction; return its id."""
    def also(s: Session, article_id: int) -> None:
        digest = provenance.file_sha256
        if provenance.file_bytes is not None:
            digest = _keep_file(s, provenance.file_name or "attachment", provenance.file_bytes)
        s.add(ManualEntry(article_id=article_id, kind=provenance.kind, entered_by=provenance.entered_by,
                          entered_at=provenance.entered_at, reference=provenance.reference,
                          attachment=digest))

    article_id = store.add(facts, also=also)
    if article_id is None:
        raise NotFoundError(f"{facts.article.name}: the same entry is already stored")
    return article_id


def _names(s: Session, rows: list[ManualEntry]) -> dict[str, str]:
    digests = [r.attachment for r in rows if r.attachment]
    if not digests:
        return {}
    query = select(Attachment.sha256, Attachment.name).where(Attachment.sha256.in_(digests))
    return {digest: name for digest, name in s.execute(query).all()}


def manual_entries(store: Store) -> list[ManualData]:
    """Return every manual entry (withdrawn ones too), by article id."""
    with store.session() as s:
        rows = list(s.scalars(select(ManualEntry).order_by(ManualEntry.article_id)))
        names = _names(s, rows)
        return [_data_of(r, names.get(r.attachment or "")) for r in rows]


def manual_entry(store: Store, article_id: int) -> ManualData | None:
    """Return the manual entry of this article, or None when it is not one."""
    if not is_row_id(article_id):
        return None
    with store.session() as s:
        row = s.get(ManualEntry, article_id)
        return _data_of(row, _names(s, [row]).get(row.attachment or "")) if row is not None else None


def withdraw_entry(store: Store, article_id: int, who: str, why: str,
                   superseded_by: int | None = None) -> ManualData:
    """Mark a manual entry withdrawn (who, when, why, what replaced it) and take it out of the register."""
    with store.transaction() as s:
        row = s.get(ManualEntry, article_id)
        if row is None:
            raise ManualNotFoundError(f"article {article_id} is not a manual entry")
        if row.withdrawn_at is not None:
            raise ManualEntryError(f"manual entry {article_id} was already withdrawn on "
                                      f"{row.withdrawn_at.date().isoformat()} by {row.withdrawn_by}")
        row.withdrawn_at, row.withdrawn_by, row.withdrawn_why = now(), who, why
        row.superseded_by = superseded_by
        # its facts leave the register at the next update (rebuilt by the caller)
        s.execute(delete(RegisteredArticle).where(RegisteredArticle.article_id == article_id))
        s.flush()
        return _data_of(row, _names(s, [row]).get(row.attachment or ""))


def attachment(store: Store, digest: str) -> tuple[str, bytes] | None:
    """Return the name and bytes of an attached file by its sha256, or None."""
    with store.session() as s:
        row = s.get(Attachment, digest)
        return (row.name, bytes(row.data)) if row is not None else None


def withdrawn_ids() -> Any:
    """Return the query of the ids of withdrawn manual entries' articles (their facts do not count)."""
    return select(ManualEntry.article_id).where(ManualEntry.withdrawn_at.is_not(None))
