"""Run an extractor over many articles, in this process or in N worker processes."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterator, Sequence

from accord.core import Article, ArticleFacts
from accord.extract.base import Extractor, get_extractor
from accord.settings import Settings

_worker_extractor: Extractor | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_extractor
    _worker_extractor = get_extractor(settings)


def _run_chunk(chunk: list[Article]) -> list[ArticleFacts]:
    assert _worker_extractor is not None
    return list(_worker_extractor.extract(chunk))


def extract_articles(articles: Sequence[Article], settings: Settings, workers: int = 1,
                     chunk_size: int = 8) -> Iterator[ArticleFacts]:
    """Yield the facts of each article in input order, parsing in `workers` processes."""
    if workers <= 1 or len(articles) <= 1:
        yield from get_extractor(settings).extract(articles)
        return
    chunks = [list(articles[i:i + chunk_size]) for i in range(0, len(articles), chunk_size)]
    ctx = mp.get_context("spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(settings,)) as pool:
        for result in pool.imap(_run_chunk, chunks):
            yield from result
