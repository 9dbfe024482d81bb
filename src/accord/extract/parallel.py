"""Run an extractor over many articles, in this process or in N worker processes.

One article that makes the back end raise must not cost the others: it comes out as an
`ExtractionError` in its place and the batch goes on.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, islice

from accord.core import Article, ArticleFacts
from accord.errors import ExtractionError
from accord.extract.base import Extractor, get_extractor
from accord.settings import Settings

log = logging.getLogger(__name__)

Extracted = ArticleFacts | ExtractionError

_worker_extractor: Extractor | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_extractor
    _worker_extractor = get_extractor(settings)


def _run_chunk(chunk: list[Article]) -> list[Extracted]:
    assert _worker_extractor is not None
    return list(isolated(_worker_extractor, chunk))


def isolated(extractor: Extractor, articles: Sequence[Article]) -> Iterator[Extracted]:
    """Yield each article's facts in input order, or its error where the back end raised.

    The back end runs over the whole batch (its parse is batched); when it raises, the
    article it was on is tried alone, so the error is pinned on the article that causes
    it, and the rest go on as a batch again.
    """
    pending = list(articles)
    while pending:
        done = 0
        try:
            for facts in extractor.extract(pending):
                yield facts
                done += 1
            return
        except Exception:  # whatever the back end raised, the batch goes on
            log.debug("extraction raised; retrying %s alone", pending[done].name, exc_info=True)
        yield _alone(extractor, pending[done])
        pending = pending[done + 1:]


def _alone(extractor: Extractor, article: Article) -> Extracted:
    try:
        return next(iter(extractor.extract([article])))
    except Exception as exc:  # reported as the article's error
        log.debug("extraction of %s failed", article.name, exc_info=True)
        return ExtractionError.of(article.source or article.name, exc)


def extract_articles(articles: Iterable[Article], settings: Settings, workers: int = 1,
                     chunk_size: int = 8, window: int = 64) -> Iterator[Extracted]:
    """Yield the facts (or the error) of each article in input order, in `workers` processes.

    Articles are read from `articles` as they are needed (in windows of `window`, or chunks
    of `chunk_size` per worker), so a caller can store each result before the next is read.
    """
    it = iter(articles)
    head = list(islice(it, 2))
    if workers <= 1 or len(head) <= 1:
        extractor: Extractor | None = None
        for part in _windows(chain(head, it), window):
            extractor = extractor or get_extractor(settings)
            yield from isolated(extractor, part)
        return
    ctx = mp.get_context("spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(settings,)) as pool:
        # the input is read here, in this thread, a few chunks per worker at a time
        for part in _windows(chain(head, it), chunk_size * workers * 4):
            for result in pool.imap(_run_chunk, _windows(part, chunk_size)):
                yield from result


def _windows(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while part := list(islice(it, size)):
        yield part
