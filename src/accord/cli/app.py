"""The Typer application and what every command shares: settings, console, errors."""

from __future__ import annotations

import codecs
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.text import Text

from accord.cli.terminal import guard
from accord.errors import AccordError, InputError
from accord.ingest import IngestOptions
from accord.normalize.dates import day_given
from accord.settings import SIMILARITIES, Settings

if TYPE_CHECKING:
    from accord.owners import OwnerTable
    from accord.store import Store

app = typer.Typer(
    name="accord",
    help="Turn news reports on bilateral diplomacy into a source-grounded register of facts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)
guard(console, err_console)


class _Notices(logging.Handler):
    """Prints the library's notices (a long step starting, e.g. the register formed again) on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        err_console.print(record.getMessage(), style="dim", highlight=False, markup=False, soft_wrap=True)


_library_log = logging.getLogger("accord")
_library_log.setLevel(logging.INFO)
if not any(isinstance(h, _Notices) for h in _library_log.handlers):
    _library_log.addHandler(_Notices(logging.INFO))


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option(
        "--db", help="Database URL or SQLite file path (default: ACCORD_DB or the user data dir).",
    )] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline package to parse with.")] = None,
    extractor: Annotated[str | None, typer.Option(help="Extractor back end by name.")] = None,
    similarity: Annotated[str | None, typer.Option(
        help=f"How consolidation compares texts the word rules leave open: {' or '.join(SIMILARITIES)}.",
    )] = None,
    owners: Annotated[Path | None, typer.Option(
        "--owners", help="Sector -> owner table (TOML) to suggest owners from (default: ACCORD_OWNERS or "
        "the shipped accord/data/owners.toml).", dir_okay=False)] = None,
) -> None:
    """Global options; every command reads the settings they make."""
    settings = Settings.from_env().with_db(db)
    if model:
        settings = replace(settings, model=model)
    if extractor:
        settings = replace(settings, extractor=extractor)
    if similarity:
        settings = replace(settings, similarity=similarity.strip().lower())
    if owners:
        settings = replace(settings, owners=owners)
    from accord.resolve.embeddings import check_similarity

    try:
        check_similarity(settings.similarity)
    except AccordError as exc:
        raise fail(f"{exc.message} (--similarity or ACCORD_SIMILARITY)", 2) from exc
    ctx.obj = settings


GLOBAL_OPTIONS = ("--db", "--model", "--extractor", "--similarity", "--owners")


def hoist_global_options(args: list[str]) -> list[str]:
    """Return the arguments with global options given after the command moved before it.

    `accord facts --db x.db` then means `accord --db x.db facts`, as a user would expect.
    """
    before: list[str] = []
    rest = list(args)
    while rest and rest[0].startswith("-"):  # global options already before the command
        before.append(rest.pop(0))
        if before[-1] in GLOBAL_OPTIONS and rest:
            before.append(rest.pop(0))
    if not rest:
        return before
    command, tail = rest[0], rest[1:]
    hoisted: list[str] = []
    kept: list[str] = []
    i = 0
    while i < len(tail):
        arg = tail[i]
        if arg == "--":  # everything after is an argument, never an option
            kept += tail[i:]
            break
        if arg in GLOBAL_OPTIONS and i + 1 < len(tail):
            hoisted += tail[i:i + 2]
            i += 2
            continue
        (hoisted if arg.split("=", 1)[0] in GLOBAL_OPTIONS and "=" in arg else kept).append(arg)
        i += 1
    return [*before, *hoisted, command, *kept]


def day_option(option: str, text: str | None) -> date | None:
    """Return the day a date option gives (ISO or a common written form); exit 2 with one line when none."""
    if text is None:
        return None
    found = day_given(text)
    if found is None:
        raise fail(f"{option}: {text!r} is not a day: give YYYY-MM-DD or a written date such as "
                   "'4 December 2026'", 2)
    return found


def owners_of(settings: Settings) -> OwnerTable:
    """Return the owner table the settings name (exit 2 with the file and line when it is bad)."""
    from accord.owners import load_owners  # with the register's types: not for `extract`

    try:
        return load_owners(settings.owners)
    except AccordError as exc:
        raise fail(f"--owners: {exc}", 2) from exc


def settings_of(ctx: typer.Context) -> Settings:
    """Return the settings the global options made (or the environment's)."""
    obj = ctx.find_root().obj
    return obj if isinstance(obj, Settings) else Settings.from_env()


# Exit statuses of the commands that read a batch of inputs (README, "Exit statuses").
EXIT_BAD_INPUT = 1  # some inputs were refused (unreadable, binary, empty, too large): the rest went in
EXIT_USAGE = 2  # the command line itself is wrong
EXIT_EXTRACT_FAILED = 3  # accord failed on some articles (its own error, reported): the rest went in
EXIT_RUN_FAILED = 4  # the run stopped: the store or the configuration failed


def batch_exit(bad_inputs: int, failed_extractions: int) -> typer.Exit | None:
    """Return the Exit a batch ends with, or None when every input went through.

    accord's own failure outranks a bad input: it is the one to report upstream.
    """
    if failed_extractions:
        return typer.Exit(EXIT_EXTRACT_FAILED)
    if bad_inputs:
        return typer.Exit(EXIT_BAD_INPUT)
    return None


def report_failed_extraction(error: AccordError) -> None:
    """Print one line naming an article accord could not extract, with the error's code."""
    err_console.print(Text.assemble(("failed ", "bold red"), str(error)), soft_wrap=True, highlight=False)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print `message` (plain text, never markup) as an error and return the Exit to raise."""
    err_console.print(Text.assemble(("error: ", "bold red"), message), soft_wrap=True, highlight=False)
    return typer.Exit(code)


def report_bad_input(item: InputError) -> None:
    """Print one line naming a skipped input and the reason (file names are not markup)."""
    err_console.print(Text.assemble(("skipped ", "red"), item.message), soft_wrap=True, highlight=False)


# Options shared by the commands that read articles (`ingest`, `extract`).
DateOpt = Annotated[str | None, typer.Option(
    "--date", help="Publication date (YYYY-MM-DD) for articles whose text does not say.")]
OutletOpt = Annotated[str | None, typer.Option(help="Outlet name for articles that do not say.")]
EncodingOpt = Annotated[str | None, typer.Option(
    help="Decode text files with this encoding (e.g. cp1252) instead of refusing non-UTF-8.")]
WorkersOpt = Annotated[int, typer.Option(min=1, help="Parse in N processes.")]
FollowLinksOpt = Annotated[bool, typer.Option(
    "--follow-symlinks", help="In folders, read symbolic links whose target stays inside the folder "
    "(links are refused by default; links out of the folder always).")]


def ingest_options(settings: Settings, pub_date: str | None, outlet: str | None,
                   encoding: str | None, follow_symlinks: bool = False) -> IngestOptions:
    """Return the ingest options the shared CLI options describe (exit 2 when invalid)."""
    published = day_option("--date", pub_date)
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            raise fail(f"--encoding: unknown encoding {encoding!r}", 2) from exc
    return IngestOptions(date=published, outlet=outlet, max_bytes=settings.max_bytes, encoding=encoding,
                         follow_symlinks=follow_symlinks)


def missing_sqlite_file(url: str) -> Path | None:
    """Return the file a SQLite URL names when it does not exist (None for other URLs)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url[len(prefix):] in ("", ":memory:"):
        return None
    path = Path(url[len(prefix):].split("?", 1)[0])
    return None if path.exists() else path


@contextmanager
def open_store(settings: Settings, *, create: bool = False) -> Iterator[Store]:
    """Yield the store the settings name (exit 1 with the reason when it cannot be opened).

    Only a command that fills a store (`create`) may start a new SQLite file: elsewhere a
    mistyped `--db` would show an empty register as if it were the truth.
    """
    from accord.store import Store

    missing = None if create else missing_sqlite_file(settings.db_url)
    if missing is not None:
        raise fail(f"no store at {missing}: check --db (or ACCORD_DB), or fill one with `accord ingest`")
    try:
        store = Store.open(settings.db_url)
    except AccordError as exc:
        raise fail(str(exc)) from exc
    try:
        yield store
    finally:
        store.close()
