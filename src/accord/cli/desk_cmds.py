"""`accord due` and `accord progress`: the follow-up desk's reminders and progress report.

Thin wrappers over `accord.progress` (the numbers) and `accord.web.pages` (the printable
HTML and its PDF), sharing the register commands' helpers.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from accord.cli.app import app, day_option, fail, owners_of, settings_of
from accord.cli.register_cmds import (
    AsOfOpt,
    JsonOpt,
    NeedPairOpt,
    OwnerOpt,
    PairOpt,
    _as_of,
    _call,
    _pair,
    _print_json,
    _store,
)
from accord.cli.tables import print_rows
from accord.cli.terminal import write_out
from accord.curation import CuratedRegister
from accord.errors import AccordError
from accord.implementation import Implementations
from accord.owners import owner_names
from accord.progress import COMMITMENT_GROUPS, Deadline, Progress, build_progress, deadlines, parse_window
from accord.read import current_register, implementations, list_csv


def _deadline_row(d: Deadline) -> list[str]:
    due = d.due.isoformat() if d.due else "no new date"
    # the owner under what is due: a sixth column would fold every word on an 80-column terminal
    what = f"{d.what}\nowner: {d.owner}" if d.owner else d.what
    return [due, d.status.replace("_", " "), what, d.record.id, ", ".join(d.sources)]


@app.command(name="due")
def due_cmd(
    ctx: typer.Context,
    within: Annotated[str, typer.Option(
        "--within", help="How far ahead: a number of days, weeks or months (30d, 6w, 3m).")] = "30d",
    as_of: AsOfOpt = None,
    pair: PairOpt = None,
    owner: OwnerOpt = None,
    as_json: JsonOpt = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.")] = False,
) -> None:
    """List what is due: commitments due within the window, overdue, or postponed without a new date."""
    try:
        window = parse_window(within)
    except AccordError as exc:
        raise fail(f"--within: {exc.message}", 2) from exc
    day, key = _as_of(as_of), _pair(pair)
    names = owner_names(owners_of(settings_of(ctx)))
    register, states = _register_and_states(ctx)
    found = _call(lambda: deadlines(register, day, window, key, owner, names, states))
    if as_json:
        _print_json([d.to_json() for d in found])
    elif as_csv:
        write_out(list_csv("due", found))
    else:
        print_rows(("due", "status", "what", "record", "sources"), [_deadline_row(d) for d in found],
               f"nothing due within {window} of {day.isoformat()}")


def _register_and_states(ctx: typer.Context) -> tuple[CuratedRegister, Implementations]:
    """Return the stored register and its instruments' implementation states (read once)."""
    with _store(ctx) as store:
        register = _call(lambda: current_register(store))
        return register, implementations(store, settings_of(ctx).dormant_after)


def _since(text: str | None) -> date | None:
    return day_option("--since", text)


def _statuses(counts: dict[str, int]) -> str:
    return ", ".join(f"{COMMITMENT_GROUPS[s]} {n}" for s, n in counts.items() if n) or "none"


def _summary(report: Progress) -> str:
    """Return the report as plain text: the counts, then what changed."""
    t = report.total
    stages = ", ".join(f"{s.replace('_', ' ')} {n}" for s, n in t.instruments.items() if n) or "none"
    lines = [report.title, "", f"Instruments: {stages}", f"Commitments: {_statuses(t.commitments)}",
             f"Meetings: {t.meetings}",
             "Initiatives: " + (", ".join(f"{k.replace('_', ' ')} {n}" for k, n in t.initiatives.items() if n)
                                or "none"),
             "Implementation of signed instruments: "
             + (", ".join(f"{k.replace('_', ' ')} {n}" for k, n in t.implementation.items() if n) or "none")]
    for heading, tallies in (("Per roadmap", report.roadmaps), ("Per owner", report.owners)):
        if tallies:
            lines += ["", heading]
            lines += [f"- {r.label}: {_statuses(r.commitments)}; meetings {r.meetings}" for r in tallies]
    if report.since is not None:
        lines += ["", f"Changes since {report.since.isoformat()}"]
        lines += [f"- {c.day.isoformat()} {c.record}: {c.title} ({c.detail})" for c in report.changes] \
            or ["- none"]
    return "\n".join(lines) + "\n"


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as err:
        raise fail(f"cannot write {path}: {err.strerror}", 1) from err


@app.command(name="progress")
def progress_cmd(
    ctx: typer.Context,
    pair: NeedPairOpt,
    as_of: AsOfOpt = None,
    owner: OwnerOpt = None,
    since: Annotated[str | None, typer.Option(
        "--since", help="Also list what changed after this day (YYYY-MM-DD), up to --as-of.")] = None,
    html: Annotated[Path | None, typer.Option(
        "--html", help="Also write the printable report as an HTML file.", dir_okay=False)] = None,
    pdf: Annotated[Path | None, typer.Option(
        "--pdf", help="Also write the report as a PDF file.", dir_okay=False)] = None,
    as_json: JsonOpt = False,
) -> None:
    """Print a pair's progress: instruments by stage, commitments by status, per roadmap, changes."""
    key, day, start = _pair(pair), _as_of(as_of), _since(since)
    assert key is not None
    names = owner_names(owners_of(settings_of(ctx)))
    register, states = _register_and_states(ctx)
    report = _call(lambda: build_progress(register, key, day, start, owner, names, states))
    if html is not None or pdf is not None:
        from accord.web.pages import progress_html, progress_pdf

        if html is not None:
            _write(html, progress_html(report, standalone=True).encode("utf-8"))
        if pdf is not None:
            _write(pdf, progress_pdf(report))
    if as_json:
        _print_json(report.to_json())
    else:
        write_out(_summary(report))
