"""The actions front ends ask of accord, each written once.

The CLI, the API, the watcher and the notebook API all ingest through `ingest_articles`:
read articles in, extract and store each one, and bring the register up to date (where an
undated report borrows its event's day from another). An
article the extractor fails on or the store refuses is reported in the result and the
others go on.

The API and the dashboard's forms curate through `curate_merge`, `curate_split`,
`curate_status` and `curate_owner`: the registry's curation, with an unknown record id told apart (not found)
from a curation that cannot be made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from accord.core import Article, ArticleFacts
from accord.errors import (
    AccordError,
    DuplicateInputError,
    ExtractionError,
    InputError,
    StoreError,
    UnsupportedInputError,
)
from accord.extract import extract_articles
from accord.ingest import IngestOptions, iter_articles
from accord.ingest.web import is_url, iter_urls
from accord.read import record_detail
from accord.registry import (
    UpdateResult,
    assign_owner,
    merge_records,
    set_status,
    split_record,
    update_register,
)
from accord.settings import Settings
from accord.store import Store
from accord.store.register_store import AuditData

__all__ = ["IngestReport", "Inputs", "curate_merge", "curate_owner", "curate_split", "curate_status",
           "ingest_articles", "read_inputs"]


@dataclass(slots=True)
class Inputs:
    """Articles read from files, folders and URLs one at a time, and the inputs passed over so far.

    Iterate it once: each article is read when asked for, so a folder of any size is never
    held in memory whole; the counts are complete once the iteration has ended.
    """

    items: Iterator[Article | InputError]
    on_skip: Callable[[InputError], None] | None = None
    repeats: int = 0  # the same content twice among the inputs (nothing to add)
    refused: list[InputError] = field(default_factory=list)  # could not be read
    unsupported: list[InputError] = field(default_factory=list)  # of a kind accord does not read

    def __iter__(self) -> Iterator[Article]:
        for item in self.items:
            if isinstance(item, DuplicateInputError):
                self.repeats += 1
            elif isinstance(item, InputError):
                (self.unsupported if isinstance(item, UnsupportedInputError) else self.refused).append(item)
                if self.on_skip is not None:
                    self.on_skip(item)
            else:
                yield item

    def unread(self) -> int:
        """Return how many inputs could not be read so far."""
        return len(self.refused)


def read_inputs(inputs: Sequence[str | Path], options: IngestOptions,
                on_skip: Callable[[InputError], None] | None = None) -> Inputs:
    """Return a reader of files, folders and page or feed URLs; `on_skip` hears of each input passed over."""
    files = [i for i in inputs if not is_url(str(i))]
    urls = [str(i) for i in inputs if is_url(str(i))]
    return Inputs(chain(iter_articles(files, options), iter_urls(urls, options)), on_skip)


@dataclass(slots=True)
class IngestReport:
    """What one ingest did with each article it was given."""

    stored: list[ArticleFacts] = field(default_factory=list)
    duplicates: list[Article] = field(default_factory=list)  # in the store already, or twice in the batch
    refused: list[StoreError] = field(default_factory=list)  # articles the store would not take
    failed: list[ExtractionError] = field(default_factory=list)  # articles the extractor raised on
    register: UpdateResult | None = None

    @property
    def facts(self) -> int:
        """Return how many facts the stored articles brought."""
        return sum(len(f.all_facts()) for f in self.stored)

    @property
    def problems(self) -> list[AccordError]:
        """Return every article-level error, refusals first (the input's fault before accord's)."""
        return [*self.refused, *self.failed]


def ingest_articles(store: Store, articles: Iterable[Article], settings: Settings, *,
                    sources: Sequence[str], workers: int = 1, unread: int | Callable[[], int] = 0,
                    on_extracted: Callable[[ArticleFacts | ExtractionError], None] | None = None,
                    ) -> IngestReport:
    """Extract and store the articles not stored yet, update the register; return what happened.

    Each article is stored as soon as it is extracted, so an ingest cut short keeps what it
    finished and the next one picks up the rest; the register is brought up to date once, at
    the end, over the whole store (which is also where an undated report finds its event's
    day), so the result is the same however the articles were grouped into ingests.
    `sources` names what was read and `unread` counts the inputs that could not be read (or
    counts them when the articles have all been read: `Inputs.unread`), for the run's record
    in the store. The run is closed when the ingest ends or a library
    error stops it; an interrupt (Ctrl-C) leaves it open, which is how the store shows a
    batch that was cut short (every article stored is whole).
    """
    report = IngestReport()
    run_id = store.start_run(list(sources), settings.extractor)
    version: str | None = None
    try:
        for item in extract_articles(_new_articles(store, articles, report), settings, workers=workers):
            if on_extracted is not None:
                on_extracted(item)
            if isinstance(item, ExtractionError):
                report.failed.append(item)
                continue
            version = item.extractor_version
            _store_one(store, item, run_id, report)
    except AccordError:
        _finish(store, run_id, report, version, unread)
        raise
    _finish(store, run_id, report, version, unread)
    report.register = update_register(store, settings=settings)
    return report


def _new_articles(store: Store, articles: Iterable[Article], report: IngestReport) -> Iterator[Article]:
    seen: set[str] = set()
    for article in articles:
        if article.content_hash in seen or store.has_article(article.content_hash):
            report.duplicates.append(article)
        else:
            seen.add(article.content_hash)
            yield article


def _store_one(store: Store, facts: ArticleFacts, run_id: int, report: IngestReport) -> None:
    try:
        added = store.add(facts, run_id=run_id)
    except StoreError as exc:
        # one article the store refuses (bad evidence, odd text) must not end the batch
        report.refused.append(exc)
        return
    if added is None:
        report.duplicates.append(facts.article)  # stored meanwhile by another process
    else:
        report.stored.append(facts)


def _finish(store: Store, run_id: int, report: IngestReport, version: str | None,
            unread: int | Callable[[], int]) -> None:
    unreadable = unread() if callable(unread) else unread
    store.finish_run(run_id, len(report.stored), len(report.duplicates), len(report.problems) + unreadable,
                     version)


# --------------------------------------------------------------------------- curation


def curate_merge(store: Store, record_ids: Sequence[str], why: str, who: str | None = None) -> AuditData:
    """Merge records of one kind and return the audit entry (an unknown id: RecordNotFoundError)."""
    for record_id in record_ids:
        record_detail(store, record_id)
    return merge_records(store, record_ids, why, who)


def curate_split(store: Store, record_id: str, mention: str, why: str, who: str | None = None) -> AuditData:
    """Take one mention out of a record and return the audit entry (an unknown id: RecordNotFoundError)."""
    record_detail(store, record_id)
    return split_record(store, record_id, mention, why, who)


def curate_status(store: Store, record_id: str, status: str, why: str, who: str | None = None) -> AuditData:
    """Set a commitment's status by hand and return the audit entry (an unknown id: RecordNotFoundError)."""
    record_detail(store, record_id)
    return set_status(store, record_id, status, why, who)


def curate_owner(store: Store, record_id: str, owner: str | None, focal_point: str | None = None,
                 why: str = "", who: str | None = None) -> AuditData:
    """Assign a record's owner (None: clears it); return the audit entry (unknown id: RecordNotFoundError)."""
    record_detail(store, record_id)
    return assign_owner(store, record_id, owner, focal_point, why, who)
