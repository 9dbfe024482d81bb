"""Ingest an article sent to the API: bytes in, stored articles and an updated register out.

The same library steps as `accord ingest` (read → extract a consolidated batch → store →
update the register), except that the bytes come from the request, not a file. The name a
client gives is reduced to a bare file name and used only as a label and to tell the
kind by its extension: it never reaches the filesystem.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath

from accord.core import Article
from accord.errors import InputError
from accord.ingest import IngestOptions
from accord.ingest.sources import read_data, with_source_hash
from accord.read import article_detail
from accord.registry import UpdateResult
from accord.settings import Settings
from accord.store import Store
from accord.usecases import ingest_articles

_UNSAFE = re.compile(r"[^\w.\- ]+")
_MAX_NAME = 120


@dataclass(frozen=True, slots=True)
class Upload:
    """An article as a client sent it: raw bytes, a name, and what the text may not say."""

    data: bytes
    name: str | None = None
    published: date | None = None
    outlet: str | None = None
    encoding: str | None = None  # the charset its Content-Type names, if any


# what a client whose text is not UTF-8 can do: the API has no --encoding
ENCODING_HINT = "send UTF-8, or name the charset, e.g. Content-Type: text/plain; charset=windows-1252"


@dataclass(frozen=True, slots=True)
class Ingested:
    """One article of an upload: its stored id, whether it is new, and how many facts it has."""

    id: int
    name: str
    added: bool
    facts: int


@dataclass(frozen=True, slots=True)
class UploadResult:
    """What ingesting an upload did: its articles and the register update."""

    articles: list[Ingested]
    register: UpdateResult


def safe_name(name: str | None, data: bytes) -> str:
    """Return a bare file name for an upload: the last part of `name`, tamed, else one from its hash."""
    last = re.split(r"[\\/]", name or "")[-1]
    cleaned = _UNSAFE.sub("_", last).strip(" ._")[:_MAX_NAME]
    return cleaned or f"upload-{hashlib.sha256(data).hexdigest()[:12]}.txt"


def read_upload(upload: Upload, max_bytes: int) -> list[Article]:
    """Return the articles in an upload; raise InputError (with the reason) when there is none."""
    name = safe_name(upload.name, upload.data)
    if not upload.data:
        raise InputError(name, "empty upload")
    if len(upload.data) > max_bytes:
        raise InputError(name, f"upload is {len(upload.data)} bytes, over the {max_bytes} byte limit")
    options = IngestOptions(date=upload.published, outlet=upload.outlet, max_bytes=max_bytes,
                            encoding=upload.encoding, encoding_hint=ENCODING_HINT)
    # a pure path on purpose: the readers take its name and suffix, and it has no way to open a file
    label = PurePosixPath(name)
    items = [with_source_hash(item, upload.data) for item in read_data(label, upload.data, options)]
    articles = [item for item in items if isinstance(item, Article)]
    if not articles:
        errors = [item for item in items if isinstance(item, InputError)]
        raise errors[0] if errors else InputError(name, "no article found")
    return articles


def _ingested(store: Store, article: Article, added: bool) -> Ingested:
    stored = article_detail(store, article.content_hash)
    return Ingested(stored.id, stored.article.name, added, len(stored.facts))


def ingest_upload(store: Store, settings: Settings, upload: Upload) -> UploadResult:
    """Read, extract, store and register the articles of an upload; return what was done.

    An article whose text is already stored is reported (added=False), not stored again.
    When the store refuses an article or accord fails on one, the upload's other articles
    are stored and the error is raised (the API answers with it).
    """
    articles = read_upload(upload, settings.max_bytes)
    report = ingest_articles(store, articles, settings, sources=[f"upload:{a.name}" for a in articles])
    if report.problems:
        raise report.problems[0]
    added = {f.article.content_hash for f in report.stored}
    assert report.register is not None
    done = [_ingested(store, a, a.content_hash in added) for a in articles]
    return UploadResult(done, report.register)
