"""`accord extract`: print facts as JSON without a database."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from accord.cli.app import (
    EXIT_RUN_FAILED,
    DateOpt,
    EncodingOpt,
    FollowLinksOpt,
    OutletOpt,
    WorkersOpt,
    app,
    batch_exit,
    fail,
    ingest_options,
    report_bad_input,
    report_failed_extraction,
    settings_of,
)
from accord.cli.terminal import write_json
from accord.core import Article
from accord.errors import AccordError, InputError, UnsupportedInputError
from accord.ingest import iter_articles
from accord.pipeline import extract_batch


@app.command()
def extract(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (text, HTML, RSS/Atom).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the facts format (default).")] = True,
    workers: WorkersOpt = 1,
    pub_date: DateOpt = None,
    outlet: OutletOpt = None,
    encoding: EncodingOpt = None,
    follow_symlinks: FollowLinksOpt = False,
    consolidate_: Annotated[bool, typer.Option(
        "--consolidate/--no-consolidate",
        help="Merge facts across the files given and fill each fact's record and cluster ids.")] = True,
) -> None:
    """Extract facts from articles and print them: one JSON object per article, one per line."""
    settings = settings_of(ctx)
    options = ingest_options(settings, pub_date, outlet, encoding, follow_symlinks)
    failed = 0
    read = 0

    def articles() -> Iterator[Article]:
        # read as extraction asks for them: a folder is never held in memory whole
        nonlocal failed, read
        for item in iter_articles(paths, options):
            if isinstance(item, InputError):
                # a folder's image or notes is named, but is not a failed input
                failed += not isinstance(item, UnsupportedInputError)
                report_bad_input(item)
            else:
                read += 1
                yield item

    try:
        batch = extract_batch(articles(), settings, workers=workers, consolidate_facts=consolidate_)
    except AccordError as exc:
        raise fail(str(exc), EXIT_RUN_FAILED) from exc
    single = len(paths) == 1 and paths[0].is_file() and read == 1
    for error in batch.failed:
        report_failed_extraction(error)
    for facts in batch.facts:
        write_json(json.dumps(facts.to_json(), ensure_ascii=False, indent=2 if single else None) + "\n")
    sys.stdout.flush()
    outcome = batch_exit(failed, len(batch.failed))
    if outcome is not None:
        raise outcome
