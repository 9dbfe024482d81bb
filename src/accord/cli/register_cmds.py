"""`accord register`, `commitments`, `initiatives`, `conflicts`, `timeline`, `brief`, `recompute` and the
curation commands.

Thin wrappers over `accord.registry`: each opens the store, calls one library function and
shows the result as a table or, with `--json`, as JSON. Values from articles reach the
terminal only as `rich.text.Text`, never as markup.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.text import Text

from accord.brief import build_brief, to_markdown, to_pdf
from accord.cli.app import app, console, day_option, fail, open_store, owners_of, settings_of
from accord.cli.tables import print_rows
from accord.cli.terminal import write_json, write_out
from accord.core import INITIATIVE_STATES
from accord.errors import AccordError
from accord.implementation import STATES as IMPLEMENTATION_STATES
from accord.owners import assignment_label, owner_label
from accord.read import (
    CommitmentView,
    ConflictView,
    InitiativeView,
    RecordQuery,
    RecordView,
    TimelineView,
    audit_json,
    audit_list,
    cite,
    commitment_list,
    conflict_list,
    current_register,
    initiative_list,
    instrument_list,
    list_csv,
    timeline_list,
)
from accord.registry import (
    assign_owner,
    merge_records,
    parse_pair,
    rebuild_register,
    set_status,
    split_record,
)
from accord.store import Store
from accord.store.register_store import AuditData
from accord.titles import record_title
from accord.track import STATUSES

T = TypeVar("T")

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
PairOpt = Annotated[str | None, typer.Option(
    "--pair", help="Only this pair of states, as ISO alpha-2 codes in either order (e.g. PK-BY).")]
NeedPairOpt = Annotated[str, typer.Option(
    "--pair", help="The pair of states, as ISO alpha-2 codes in either order (e.g. PK-BY).")]
AsOfOpt = Annotated[str | None, typer.Option(
    "--as-of", help="Judge deadlines on this day (YYYY-MM-DD; default: today).")]
WhyOpt = Annotated[str, typer.Option("--why", help="Why: kept in the audit log with the change.")]
WhoOpt = Annotated[str | None, typer.Option("--who", help="Who curates (default: $USER).")]
OwnerOpt = Annotated[str | None, typer.Option(
    "--owner", help="Only records this ministry or agency carries, assigned or suggested (any case).")]


def _store(ctx: typer.Context) -> AbstractContextManager[Store]:
    return open_store(settings_of(ctx))


def _call(fn: Callable[[], T]) -> T:
    """Return fn(), turning a library error into a CLI failure."""
    try:
        return fn()
    except AccordError as exc:
        raise fail(str(exc)) from exc


def _read(ctx: typer.Context, query: Callable[[Store], T]) -> T:
    """Return what a query of the read layer gives on the store, a library error as a CLI failure."""
    with _store(ctx) as store:
        return _call(lambda: query(store))


def _pair(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        return parse_pair(text)
    except AccordError as exc:
        raise fail(f"--pair: {exc.message}", 2) from exc


def _as_of(text: str | None) -> date:
    return day_option("--as-of", text) or date.today()


def _print_json(value: Any) -> None:
    write_json(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _cites(mentions: Sequence[Any]) -> str:
    return " ".join(dict.fromkeys(cite(m) for m in mentions))


# --------------------------------------------------------------------------- queries


def _instrument_row(v: RecordView) -> list[str]:
    f, r = v.record.fields, v.record
    official = len({m.article for m in r.mentions if m.official})
    manual = len({m.article for m in r.mentions if m.manual})
    count = len({m.article for m in r.mentions})
    # the owner under the subject: an eighth column would fold every word on an 80-column terminal
    subject = f"{f.get('subject')}\nowner: {owner_label(v.owner)}" if v.owner else str(f.get("subject"))
    return [r.id, str(f.get("type")), subject, ", ".join(f.get("sectors") or []),
            str(f.get("stage") or f.get("status")), str(f.get("date") or ""),
            f"{count} ({official} official{f', {manual} manual' if manual else ''})", _implementation_cell(v)]


def _implementation_cell(v: RecordView) -> str:
    found = v.implementation
    if found is None:
        return ""
    how = f" ({found.how})" if found.how and found.how != found.state else ""
    label = found.state.replace("_", " ") + how
    return f"{label}\n{found.reason}\n{_cites(found.evidence[1:])}".rstrip()


@app.command(name="register")
def register_cmd(
    ctx: typer.Context,
    pair: PairOpt = None,
    owner: OwnerOpt = None,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", help="Judge implementation on this day (YYYY-MM-DD; default: today).")] = None,
    implementation: Annotated[str | None, typer.Option(
        "--implementation",
        help=f"Only instruments in this state: {', '.join(IMPLEMENTATION_STATES)}.")] = None,
    dormant_after: Annotated[int | None, typer.Option(
        "--dormant-after", min=1, help="Months without reported activity that make a signed instrument "
        "dormant (default: ACCORD_DORMANT_AFTER, else 18).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """List the consolidated instruments: type, subject, sectors, stage, date, sources, owner, state."""
    if implementation is not None and implementation not in IMPLEMENTATION_STATES:
        raise fail(f"--implementation: choose one of {', '.join(IMPLEMENTATION_STATES)}", 2)
    query = RecordQuery(pair=_pair(pair), implementation=implementation, as_of=_as_of(as_of),
                        dormant_after=dormant_after or settings_of(ctx).dormant_after, owner=owner,
                        owners=owners_of(settings_of(ctx)))
    found = _read(ctx, lambda store: instrument_list(store, query))
    if as_json:
        _print_json([v.row_json() for v in found])
        return
    # the state is a column when a day or a state is asked for (the JSON always has it)
    judged = as_of is not None or implementation is not None
    columns = ("id", "type", "subject", "sectors", "stage", "date", "sources") + (
        (f"implementation {query.as_of}",) if judged else ())
    print_rows(columns, [_instrument_row(v)[:len(columns)] for v in found], "no instruments match")
    # each lifecycle step once, under the table: "ins-a signed as ins-b"
    for link in sorted({ln for v in found for ln in v.record.links}):
        console.print(Text(f"{link.source} {link.relation} {link.target}"))


def _commitment_row(v: CommitmentView) -> list[str]:
    f = v.record.fields
    deadline = " ".join(str(x) for x in (f.get("deadline_text"), f.get("deadline") and f"({f['deadline']})")
                        if x)
    steps = "".join(f"\n{h.kind}: {h.deadline_text or h.deadline or 'no date'} ({h.article})"
                    for h in v.history) if len(v.history) > 1 else ""
    # the owner under the actor: a seventh column would fold every word on an 80-column terminal
    actor = str(f.get("actor") or "") + (f"\nowner: {owner_label(v.owner)}" if v.owner else "")
    return [v.record.id, actor, str(f.get("action")), deadline, v.status,
            f"{v.reason}\n{_cites(v.evidence)}{steps}"]


@app.command(name="commitments")
def commitments_cmd(
    ctx: typer.Context,
    as_of: AsOfOpt = None,
    status: Annotated[str | None, typer.Option(
        "--status", help=f"Only commitments with this status: {', '.join(STATUSES)}.")] = None,
    pair: PairOpt = None,
    owner: OwnerOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List commitments with their status on a day, the evidence that decided it, and their owner."""
    if status is not None and status not in STATUSES:
        raise fail(f"--status: choose one of {', '.join(STATUSES)}", 2)
    day, key, table = _as_of(as_of), _pair(pair), owners_of(settings_of(ctx))
    found = _read(ctx, lambda store: commitment_list(store, day, status, key, owner, table))
    if as_json:
        _print_json([v.to_json() for v in found])
        return
    print_rows(("id", "actor", "action", "deadline", "status", "why"),
           [_commitment_row(v) for v in found], "no commitments match")


def _initiative_row(v: InitiativeView) -> list[str]:
    f = v.record.fields
    since = f" since {v.status.since.isoformat()}" if v.status.since else ""
    carried = ", ".join(f"{c.record} ({c.relation.replace('_', ' ')})" for c in v.carriers)
    carried += f"\nowner: {owner_label(v.owner)}" if v.owner else ""
    evidence = f"“{v.status.evidence.quote}” {cite(v.status.evidence)}" if v.status.evidence else ""
    return [v.record.id, str(f.get("type")).replace("_", " "), str(f.get("subject")),
            ", ".join(f.get("sectors") or []), v.status.state.replace("_", " ") + since, evidence, carried]


@app.command(name="initiatives")
def initiatives_cmd(
    ctx: typer.Context,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", help="Say where each initiative stood on this day (YYYY-MM-DD; default: today).")] = None,
    state: Annotated[str | None, typer.Option(
        "--state", help=f"Only initiatives in this state: {', '.join(INITIATIVE_STATES)}.")] = None,
    pair: PairOpt = None,
    owner: OwnerOpt = None,
    as_json: JsonOpt = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV with a header row.")] = False,
) -> None:
    """List initiatives (ventures, projects, offers, links, areas) with their state on a day."""
    if state is not None and state not in INITIATIVE_STATES:
        raise fail(f"--state: choose one of {', '.join(INITIATIVE_STATES)}", 2)
    if as_json and as_csv:
        raise fail("--json and --csv: choose one", 2)
    day, key, table = _as_of(as_of), _pair(pair), owners_of(settings_of(ctx))
    found = _read(ctx, lambda store: initiative_list(store, day, state, key, owner, table))
    if as_json:
        _print_json([v.to_json() for v in found])
    elif as_csv:
        write_out(list_csv("initiatives", found))
    else:
        print_rows(("id", "type", "subject", "sectors", "state", "evidence", "carried by"),
               [_initiative_row(v) for v in found], "no initiatives match")


def _conflict_row(v: ConflictView) -> list[str]:
    sides = [f"{side.value}: " + "; ".join(
        f"“{m.quote}” {cite(m)} {'official' if m.official else 'media'}" for m in side.mentions)
        for side in v.conflict.values]
    return [f"{record_title(v.record)}\n{v.record.id}", v.conflict.field, "\n".join(sides)]


@app.command(name="conflicts")
def conflicts_cmd(ctx: typer.Context, pair: PairOpt = None, as_json: JsonOpt = False) -> None:
    """List where sources disagree: each side with its quote, its source and whether it is official."""
    key = _pair(pair)
    found = _read(ctx, lambda store: conflict_list(store, key))
    if as_json:
        _print_json([v.to_json() for v in found])
        return
    print_rows(("record", "field", "sides"), [_conflict_row(v) for v in found],
               "no conflicts between sources")


def _timeline_row(v: TimelineView) -> list[str]:
    return [v.when.isoformat(), v.kind, v.label, v.record.id, _cites(v.record.mentions)]


@app.command(name="timeline")
def timeline_cmd(ctx: typer.Context, pair: NeedPairOpt, as_json: JsonOpt = False) -> None:
    """List the meetings, signings and deadlines of a pair of states in date order."""
    key = _pair(pair)
    assert key is not None
    found = _read(ctx, lambda store: timeline_list(store, key))
    if as_json:
        _print_json([v.to_json() for v in found])
        return
    print_rows(("date", "kind", "what", "record", "sources"), [_timeline_row(v) for v in found],
           "nothing dated for this pair")


PdfOpt = Annotated[Path | None, typer.Option(
    "--pdf", help="Also write the brief as a PDF file to this path.", dir_okay=False)]


@app.command(name="brief")
def brief_cmd(ctx: typer.Context, pair: NeedPairOpt, as_of: AsOfOpt = None, as_json: JsonOpt = False,
              pdf: PdfOpt = None) -> None:
    """Print a one-page Markdown brief of a relationship; every sentence cites its sources."""
    key, day = _pair(pair), _as_of(as_of)
    assert key is not None
    found = _read(ctx, lambda store: build_brief(current_register(store), key, day))
    text = to_markdown(found)
    if pdf is not None:
        try:
            pdf.write_bytes(to_pdf(found))
        except OSError as err:
            raise fail(f"cannot write {pdf}: {err.strerror}", 1) from err
    if as_json:
        _print_json({**found.to_json(), "markdown": text, "words": found.words()})
    else:
        write_out(text)


# --------------------------------------------------------------------------- updates


@app.command(name="recompute")
def recompute_cmd(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """Rebuild the register from every stored fact, then apply the audit log's curation."""
    with _store(ctx) as store:
        result = _call(lambda: rebuild_register(store, settings=settings_of(ctx)))
    if as_json:
        _print_json(result.to_json())
    else:
        console.print(Text(f"{result.records} records from {result.articles} articles; "
                           f"{result.written} written, {result.removed} removed"), highlight=False)


def _done(entry: AuditData, as_json: bool) -> None:
    if as_json:
        _print_json(audit_json(entry, mentions=True))
    else:
        console.print(Text(f"{entry.action} of {', '.join(entry.records)} recorded (audit #{entry.id}) "
                           "and the register rebuilt"), highlight=False)


@app.command(name="merge")
def merge_cmd(
    ctx: typer.Context,
    records: Annotated[list[str], typer.Argument(help="Two or more record ids of one kind.")],
    why: WhyOpt,
    who: WhoOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Make several records one; kept in the audit log and re-applied on every update."""
    with _store(ctx) as store:
        entry = _call(lambda: merge_records(store, records, why, who))
    _done(entry, as_json)


@app.command(name="split")
def split_cmd(
    ctx: typer.Context,
    record: Annotated[str, typer.Argument(help="The record id.")],
    mention: Annotated[str, typer.Option(
        "--mention", help="The mention to take out, as ARTICLE:KIND:INDEX (article hash prefix or name).")],
    why: WhyOpt,
    who: WhoOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Take one mention out of a record into a record of its own; kept in the audit log."""
    with _store(ctx) as store:
        entry = _call(lambda: split_record(store, record, mention, why, who))
    _done(entry, as_json)


@app.command(name="set-status")
def set_status_cmd(
    ctx: typer.Context,
    commitment: Annotated[str, typer.Argument(help="The commitment record id.")],
    status: Annotated[str, typer.Argument(help=f"One of {', '.join(STATUSES)}.")],
    why: WhyOpt,
    who: WhoOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Set a commitment's status by hand; it overrides the computed one from then on."""
    with _store(ctx) as store:
        entry = _call(lambda: set_status(store, commitment, status, why, who))
    _done(entry, as_json)


@app.command(name="assign")
def assign_cmd(
    ctx: typer.Context,
    record: Annotated[str, typer.Argument(help="The record id.")],
    owner: Annotated[str | None, typer.Option("--owner", help="The ministry or agency carrying it.")] = None,
    focal_point: Annotated[str | None, typer.Option("--focal-point", help="The person to ask there.")] = None,
    clear: Annotated[bool, typer.Option("--clear", help="Remove the desk's owner.")] = False,
    why: Annotated[str, typer.Option("--why", help="Why: kept in the audit log with the change.")] = "",
    who: WhoOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Assign the ministry or agency (and focal point) that carries a record; kept in the audit log."""
    if clear == (owner is not None):
        raise fail("give --owner NAME, or --clear to unassign", 2)
    with _store(ctx) as store:
        entry = _call(lambda: assign_owner(store, record, owner, focal_point, why, who))
    _done(entry, as_json)


def _what(entry: AuditData) -> str:
    if entry.action == "assign-owner":
        return f"{entry.action} {assignment_label(entry.value)}"
    return entry.action + (f" {entry.value}" if entry.value else "")


@app.command(name="audit")
def audit_cmd(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """List every curation of the register: who, when, what and why, oldest first."""
    entries = _read(ctx, audit_list)
    if as_json:
        _print_json([audit_json(e, mentions=True) for e in entries])
        return
    print_rows(("#", "when", "who", "what", "records", "why"),
           [[str(e.id), e.at.strftime("%Y-%m-%d %H:%M"), e.who, _what(e),
             ", ".join(e.records), e.why] for e in entries], "no curation recorded")
