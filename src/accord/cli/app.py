"""The Typer application and what every command shares: settings, console, errors."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

import typer
from rich.console import Console

from accord.settings import Settings

app = typer.Typer(
    name="accord",
    help="Turn news reports on bilateral diplomacy into a source-grounded register of facts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option(
        "--db", help="Database URL or SQLite file path (default: ACCORD_DB or the user data dir).",
    )] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline package to parse with.")] = None,
    extractor: Annotated[str | None, typer.Option(help="Extractor back end by name.")] = None,
) -> None:
    """Global options; every command reads the settings they make."""
    settings = Settings.from_env().with_db(db)
    if model:
        settings = replace(settings, model=model)
    if extractor:
        settings = replace(settings, extractor=extractor)
    ctx.obj = settings


def settings_of(ctx: typer.Context) -> Settings:
    """Return the settings the global options made (or the environment's)."""
    obj = ctx.find_root().obj
    return obj if isinstance(obj, Settings) else Settings.from_env()


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print `message` as an error and return the Exit to raise."""
    err_console.print(f"[bold red]error:[/] {message}", markup=True, highlight=False)
    return typer.Exit(code)
