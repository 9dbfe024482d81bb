"""`accord watch`: follow pages and feeds, storing new articles as they appear."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Annotated

import typer
from rich.text import Text

from accord.cli.app import app, console, err_console, fail, open_store, settings_of
from accord.errors import AccordError
from accord.ingest.web import Fetcher, FetchOptions
from accord.watch import RoundReport, Watcher, load_sources, parse_every


@contextmanager
def _stopped_by_signals(stop: threading.Event) -> Iterator[None]:
    """Set `stop` on Ctrl-C or SIGTERM while the block runs (the round in hand ends cleanly)."""

    def handler(signum: int, _frame: FrameType | None) -> None:
        err_console.print(Text(f"stopping ({signal.Signals(signum).name}): finishing what is in hand"))
        stop.set()

    before = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in before.items():
            signal.signal(sig, old)


def _log(line: str) -> None:
    target = err_console if line.startswith(("failed", "skipped")) else console
    target.print(Text(line), soft_wrap=True, highlight=False)


def _round_line(number: int, report: RoundReport) -> Text:
    return Text(f"round {number}: fetched {report.fetched}, unchanged {report.unchanged}, "
                f"failed {len(report.failed)}, new articles {len(report.new)}, already stored {report.known}",
                style="dim")


@app.command()
def watch(
    ctx: typer.Context,
    sources: Annotated[list[str], typer.Argument(
        help="Page or feed URLs, OPML files (as feed readers export them) or text files of URLs.")],
    every: Annotated[str | None, typer.Option(help="Fetch again at this interval (30m, 1h, 90s).")] = None,
    once: Annotated[bool, typer.Option("--once", help="Fetch once and exit (for cron).")] = False,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds to wait for a server.")] = 20.0,
    delay: Annotated[float, typer.Option(min=0.0, help="Seconds between two requests to one host.")] = 1.0,
    retries: Annotated[int, typer.Option(min=0, help="Further tries after a timeout or 5xx.")] = 2,
) -> None:
    """Fetch pages and feeds (politely, obeying robots.txt), store new articles; again every interval."""
    if once == (every is not None):
        raise fail("choose one of --every INTERVAL and --once", 2)
    try:
        interval = parse_every(every) if every is not None else None
        urls = load_sources(sources)
    except ValueError as exc:
        raise fail(f"--every: {exc}", 2) from exc
    except AccordError as exc:
        raise fail(str(exc), 2) from exc
    settings = settings_of(ctx)
    options = FetchOptions(timeout=timeout, delay=delay, retries=retries, max_bytes=settings.max_bytes)
    rounds: list[RoundReport] = []
    with (open_store(settings, create=True) as store, Fetcher(options) as fetcher,
          _stopped_by_signals(fetcher.stop)):
        watcher = Watcher(store, settings, fetcher, log=_log)

        def on_round(report: RoundReport) -> None:
            rounds.append(report)
            err_console.print(_round_line(len(rounds), report), highlight=False)

        try:
            watcher.run(urls, interval, on_round)
        except AccordError as exc:
            raise fail(str(exc)) from exc
    if once and rounds[-1].failed:
        raise typer.Exit(1)
