"""Ingest: files, folders, HTML pages and feeds in; `Article` values out.

The stage is split as the work is: `discover` finds the files and their kind, `decode`
reads and decodes bytes safely, `sources` turns each kind into articles (`htmltext` for
feed entry HTML), `metadata`, `dates` and `boilerplate` read what the text says about
itself, `language` rejects non-English text, `fingerprint` hashes content.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from accord.core import Article
from accord.errors import DuplicateInputError, InputError
from accord.ingest.discover import expand
from accord.ingest.fingerprint import content_hash
from accord.ingest.options import IngestOptions
from accord.ingest.sources import read_items

__all__ = ["IngestOptions", "content_hash", "iter_articles", "read_source"]


def read_source(path: Path, options: IngestOptions) -> list[Article]:
    """Return the articles in one file (several for a feed).

    Raises InputError when the file yields no article; a feed entry that fails while
    others succeed is left out here (iter_articles reports it).
    """
    items = read_items(path, options)
    articles = [item for item in items if isinstance(item, Article)]
    if not articles:
        errors = [item for item in items if isinstance(item, InputError)]
        raise errors[0] if errors else InputError(str(path), "no article found")
    return articles


def iter_articles(paths: Sequence[str | Path], options: IngestOptions) -> Iterator[Article | InputError]:
    """Yield each article found under `paths`, or an InputError for what cannot be read.

    Never stops on a bad input, and never yields the same content twice in one call: a
    repeat is reported as a duplicate of the first source it was read from.
    """
    seen: dict[str, str] = {}
    for found in expand(paths, follow_symlinks=options.follow_symlinks):
        if isinstance(found, InputError):
            yield found
            continue
        try:
            items = read_items(found, options)
        except InputError as exc:
            yield exc
            continue
        for item in items:
            if isinstance(item, Article):
                if item.content_hash in seen:
                    yield DuplicateInputError(item.source, seen[item.content_hash])
                    continue
                seen[item.content_hash] = item.source
            yield item
