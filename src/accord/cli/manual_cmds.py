"""`accord add`, `withdraw` and `amend`: a desk officer's manual entries (see `accord.manual`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from accord.cli.app import app, console, fail
from accord.cli.register_cmds import JsonOpt, _call, _print_json, _store
from accord.errors import AccordError
from accord.manual import KINDS, ManualInput, ManualResult, add_entry, amend, check_fields, withdraw
from accord.registry import parse_pair

KindArg = Annotated[str, typer.Argument(help=f"What is entered: {', '.join(KINDS)}.")]
ArticleArg = Annotated[int, typer.Argument(help="The manual entry's article id (`accord add` prints it).")]
Who = Annotated[str | None, typer.Option("--who", help="Who enters it (kept as its provenance).")]
Reference = Annotated[str | None, typer.Option(
    "--reference", help='The source it rests on, e.g. "Note verbale 12/2024".')]
TextOpt = Annotated[str | None, typer.Option("--text", help="The officer's own note, kept after the sentence "
                                                            "generated from the fields.")]
FileOpt = Annotated[Path | None, typer.Option("--file", help="A file to attach (kept in the store by hash).",
                                              exists=False, dir_okay=False)]
PairOpt = Annotated[str | None, typer.Option("--pair", help="The pair of states (e.g. PK-BY).")]
DateOpt = Annotated[str | None, typer.Option("--date", help="The day it happened (YYYY-MM-DD): the meeting "
                                                            "held, the instrument signed, the promise made.")]
MeetingKind = Annotated[str | None, typer.Option("--kind", help="Meeting: talks, visit, summit, call, … "
                                                                "(default talks).")]
Place = Annotated[str | None, typer.Option("--place", help="Meeting: where it was held.")]
Participants = Annotated[str | None, typer.Option("--participants", help="Meeting: names, comma-separated.")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="Instrument: mou, agreement, treaty, roadmap, …")]
Subject = Annotated[str | None, typer.Option("--subject", help="Instrument: what it is about.")]
Status = Annotated[str | None, typer.Option("--status", help="Instrument: signed (default), ratified, …")]
Sectors = Annotated[str | None, typer.Option("--sectors", help="Instrument: sectors, comma-separated.")]
Actor = Annotated[str | None, typer.Option("--actor", help="Commitment: who promised.")]
Action = Annotated[str | None, typer.Option("--action", help="Commitment: what was promised.")]
Deadline = Annotated[str | None, typer.Option("--deadline",
    help="Commitment: by when (YYYY-MM-DD, YYYY-MM or YYYY).")]
Why = Annotated[str, typer.Option("--why", help="Why: kept in the audit log with the change.")]


def _split(text: str | None) -> tuple[str, ...] | None:
    return None if text is None else tuple(p.strip() for p in text.split(",") if p.strip())


def _changes(kind: str | None, **given: Any) -> dict[str, Any]:
    """Return the options given (None: not given), refusing one another kind's entry has."""
    changes = {k: v for k, v in given.items() if v is not None}
    if kind is not None:
        try:
            check_fields(kind, changes)
        except AccordError as exc:
            raise fail(exc.message, 2) from exc
    if "pair" in changes:
        try:
            changes["pair"] = parse_pair(changes["pair"])
        except AccordError as exc:
            raise fail(f"--pair: {exc}", 2) from exc
    return changes


def _attach(entry: ManualInput, file: Path | None) -> ManualInput:
    return entry if file is None else _call(lambda: entry.with_file(file))


def _shown(result: ManualResult, what: str, as_json: bool) -> None:
    if as_json:
        _print_json(result.to_json())
        return
    e = result.entry
    console.print(Text(f"{what} manual {e.kind} #{e.article_id} (reference {e.reference}, "
                       f"by {e.entered_by}); "
                       f"records: {', '.join(result.records) or 'none'}; audit #{result.audit.id}"),
                  highlight=False)


@app.command(name="add")
def add_cmd(ctx: typer.Context, kind: KindArg, pair: PairOpt = None, who: Who = None,
            reference: Reference = None,
            text: TextOpt = None, file: FileOpt = None, day: DateOpt = None, meeting_kind: MeetingKind = None,
            place: Place = None, participants: Participants = None, type_: TypeOpt = None,
            subject: Subject = None, status: Status = None, sectors: Sectors = None, actor: Actor = None,
            action: Action = None, deadline: Deadline = None, as_json: JsonOpt = False) -> None:
    """Enter a meeting, instrument or commitment no article reports; it is tracked like the rest."""
    if kind not in KINDS:
        raise fail(f"KIND {kind!r}: choose one of {', '.join(KINDS)}", 2)
    if not pair or not who or not reference:
        raise fail("a manual entry needs --pair, --who and --reference", 2)
    changes = _changes(kind, pair=pair, meeting_kind=meeting_kind, place=place,
                       participants=_split(participants), type=type_, subject=subject, status=status,
                       sectors=_split(sectors), actor=actor, action=action, deadline=deadline)
    entry = _attach(ManualInput(kind=kind, who=who, reference=reference, text=text, date=day,
                                **changes), file)
    with _store(ctx) as store:
        result = _call(lambda: add_entry(store, entry))
    _shown(result, "added", as_json)


@app.command(name="withdraw")
def withdraw_cmd(ctx: typer.Context, article: ArticleArg, why: Why, who: Who = None,
                 as_json: JsonOpt = False) -> None:
    """Withdraw a manual entry: kept and marked, its facts leave the register; kept in the audit log."""
    with _store(ctx) as store:
        result = _call(lambda: withdraw(store, article, why, who))
    _shown(result, "withdrew", as_json)


@app.command(name="amend")
def amend_cmd(ctx: typer.Context, article: ArticleArg, why: Why, who: Who = None, reference: Reference = None,
              text: TextOpt = None, file: FileOpt = None, pair: PairOpt = None, day: DateOpt = None,
              meeting_kind: MeetingKind = None, place: Place = None, participants: Participants = None,
              type_: TypeOpt = None, subject: Subject = None, status: Status = None, sectors: Sectors = None,
              actor: Actor = None, action: Action = None, deadline: Deadline = None,
              as_json: JsonOpt = False) -> None:
    """Correct a manual entry: a new entry (the old one's fields with the options given) supersedes it."""
    from accord.registry import default_who

    changes = _changes(None, pair=pair, reference=reference, text=text, date=day, meeting_kind=meeting_kind,
                       place=place, participants=_split(participants), type=type_, subject=subject,
                       status=status, sectors=_split(sectors), actor=actor, action=action, deadline=deadline)
    changes["who"] = who or default_who()
    if file is not None:
        attached = _attach(ManualInput("meeting", "", "", ""), file)
        changes.update(file_name=attached.file_name, file_bytes=attached.file_bytes)
    with _store(ctx) as store:
        result = _call(lambda: amend(store, article, changes, why))
    _shown(result, "amended: now", as_json)
