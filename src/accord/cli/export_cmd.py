"""`accord export`: the whole register as JSON-LD, JSON Lines, CSV, a SQLite file, or for Datasette."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from accord.cli.app import app, day_option, err_console, fail, open_store, settings_of
from accord.errors import AccordError
from accord.export import FORMATS, export, export_datasette
from accord.registry import parse_pair


@app.command(name="export")
def export_cmd(
    ctx: typer.Context,
    fmt: Annotated[str | None, typer.Option("--format", help=f"One of {', '.join(FORMATS)}.")] = None,
    out: Annotated[Path | None, typer.Option(
        "--out", help="File to write (a folder for --datasette); default standard output.")] = None,
    datasette: Annotated[bool, typer.Option(
        "--datasette", help="Write register.db and metadata.json (labels, queries) to --out.")] = False,
    pair: Annotated[str | None, typer.Option(help="Only the records of one pair of states (PK-BY).")] = None,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", help="Day the commitments' status is computed for (default today).")] = None,
) -> None:
    """Export the register: articles, records with their quotes, conflicts."""
    if datasette == (fmt is not None):
        raise fail("choose one of --format FORMAT and --datasette", 2)
    if datasette and out is None:
        raise fail("--datasette: give the folder to write with --out", 2)
    day = day_option("--as-of", as_of)
    try:
        key = parse_pair(pair) if pair else None
    except AccordError as exc:
        raise fail(f"--pair: {exc.message}", 2) from exc
    with open_store(settings_of(ctx)) as store:
        try:
            if datasette:
                assert out is not None
                database = export_datasette(store, out, key, day)
                err_console.print(Text(f"wrote {database} and {out / 'metadata.json'}; open them with: "
                                       f"datasette {database} --metadata {out / 'metadata.json'}"))
                return
            assert fmt is not None
            text = export(store, fmt, out, key, day)
        except AccordError as exc:
            raise fail(str(exc)) from exc
    if text is not None:
        sys.stdout.write(text)
