"""Run an extractor over many articles, in this process or in N worker processes.

One article that makes the back end raise must not cost the others: it comes out as an
`ExtractionError` in its place and the batch goes on.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
from collections.abc import Iterator, Sequence

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


def extract_articles(articles: Sequence[Article], settings: Settings, workers: int = 1,
                     chunk_size: int = 8) -> Iterator[Extracted]:
    """Yield the facts (or the error) of each article in input order, in `workers` processes."""
    if workers <= 1 or len(articles) <= 1:
        yield from isolated(get_extractor(settings), articles)
        return
    chunks = [list(articles[i:i + chunk_size]) for i in range(0, len(articles), chunk_size)]
    ctx = mp.get_context("spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(settings,)) as pool:
        for result in pool.imap(_run_chunk, chunks):
            yield from result
