"""`accord extract`: print facts as JSON without a database."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from accord.cli.app import app, err_console, fail, settings_of
from accord.core import Article
from accord.errors import AccordError, InputError
from accord.extract import extract_articles
from accord.ingest import IngestOptions, iter_articles


@app.command()
def extract(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (text, HTML, RSS/Atom).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the facts format (default).")] = True,
    workers: Annotated[int, typer.Option(min=1, help="Parse in N processes.")] = 1,
    pub_date: Annotated[str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD) "
                                                  "for articles whose text does not say.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet name for articles that do not say.")] = None,
) -> None:
    """Extract facts from articles and print them: one JSON object per article, one per line."""
    settings = settings_of(ctx)
    try:
        options = IngestOptions(date=date.fromisoformat(pub_date) if pub_date else None,
                                outlet=outlet, max_bytes=settings.max_bytes)
    except ValueError as exc:
        raise fail(f"--date: {exc}", 2) from exc
    articles: list[Article] = []
    failed = 0
    for item in iter_articles(paths, options):
        if isinstance(item, InputError):
            failed += 1
            err_console.print(f"[red]skipped[/] {item.message}", markup=True, highlight=False)
        else:
            articles.append(item)
    single = len(paths) == 1 and paths[0].is_file() and len(articles) == 1
    try:
        for facts in extract_articles(articles, settings, workers=workers):
            obj = facts.to_json()
            sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2 if single else None) + "\n")
    except AccordError as exc:
        raise fail(str(exc)) from exc
    sys.stdout.flush()
    if failed:
        raise typer.Exit(1)
