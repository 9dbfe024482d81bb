"""`accord ingest`, `facts`, `show`, `stats`: the commands that write and read the store.

Article text and anything derived from it (file names, quotes, fields) is untrusted: it
reaches the terminal only as `rich.text.Text`, never as markup.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from accord.cli.app import (
    EXIT_RUN_FAILED,
    DateOpt,
    EncodingOpt,
    FollowLinksOpt,
    OutletOpt,
    WorkersOpt,
    app,
    batch_exit,
    console,
    err_console,
    fail,
    ingest_options,
    open_store,
    report_bad_input,
    report_failed_extraction,
    settings_of,
)
from accord.cli.tables import Cell, print_rows
from accord.cli.terminal import printable, write_json, write_out
from accord.core import FACT_KINDS, ArticleFacts
from accord.errors import (
    AccordError,
    ExtractionError,
)
from accord.read import (
    FactQuery,
    Stats,
    StoredArticle,
    StoredFact,
    article_detail,
    fact_list,
    list_csv,
    list_json,
    store_stats,
)
from accord.usecases import IngestReport, Inputs, ingest_articles, read_inputs

KIND_STYLES: dict[str, str] = {
    "instruments": "black on green3",
    "commitments": "black on gold3",
    "meetings": "black on deep_sky_blue1",
    "people": "black on plum2",
    "figures": "black on light_salmon1",
    "initiatives": "black on light_cyan1",
}
SKIP_STYLE = "dim"
# below this many articles a run is short enough that a bar is only noise
PROGRESS_MIN_ARTICLES = 4


def _progress() -> Progress:
    """Return the count of articles extracted, shown on a terminal; it starts when `_extracted` says."""
    return Progress(
        TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err_console, transient=True, disable=not err_console.is_terminal,
    )


def _extracted(item: ArticleFacts | ExtractionError, progress: Progress, task: TaskID) -> None:
    if isinstance(item, ExtractionError):
        report_failed_extraction(item)
    progress.advance(task)
    # the inputs are read as they are extracted, so their number is not known beforehand
    if progress.tasks[task].completed >= PROGRESS_MIN_ARTICLES:
        progress.start()


def _print_summary(inputs: Inputs, report: IngestReport | None) -> None:
    added = len(report.stored) if report else 0
    facts = report.facts if report else 0
    refused = len(inputs.refused) + (len(report.refused) if report else 0)
    failed = len(report.failed) if report else 0
    duplicates = inputs.repeats + (len(report.duplicates) if report else 0)
    console.print(Text.assemble(
        ("added: ", "bold"), f"{added} article{'s' * (added != 1)} ({facts} facts)",
        ("   already in the store: ", "bold"), str(duplicates),
        ("   refused: ", "bold red" if refused else "bold"), str(refused),
        ("   extraction failed: ", "bold red" if failed else "bold"), str(failed),
        ("   not read (unsupported): ", "bold"), str(len(inputs.unsupported)),
    ), highlight=False, soft_wrap=True)


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(
        help="Files or folders (text, HTML, RSS/Atom, PDF, Word .docx), or page and feed URLs.")],
    pub_date: DateOpt = None,
    outlet: OutletOpt = None,
    encoding: EncodingOpt = None,
    follow_symlinks: FollowLinksOpt = False,
    workers: WorkersOpt = 1,
) -> None:
    """Read articles, extract their facts and store both; articles already stored are skipped."""
    settings = settings_of(ctx)
    options = ingest_options(settings, pub_date, outlet, encoding, follow_symlinks)
    with open_store(settings, create=True) as store:
        inputs = read_inputs(paths, options, on_skip=report_bad_input)
        try:
            progress = _progress()
            task = progress.add_task("extracting", total=None)
            try:
                report = ingest_articles(store, inputs, settings, sources=list(paths),
                                         workers=workers, unread=inputs.unread,
                                         on_extracted=lambda item: _extracted(item, progress, task))
            finally:
                progress.stop()
        except AccordError as exc:
            _print_summary(inputs, None)
            raise fail(str(exc), EXIT_RUN_FAILED) from exc
    for refusal in report.refused:
        err_console.print(Text(refusal.message, style="red"), soft_wrap=True, highlight=False)
    _print_summary(inputs, report)
    outcome = batch_exit(len(inputs.refused) + len(report.refused), len(report.failed))
    if outcome is not None:
        raise outcome


def _fact_cells(r: StoredFact) -> list[Cell]:
    return [str(r.id), r.article, Text(r.kind, style=KIND_STYLES.get(r.kind, "")), r.summary, r.quote]


@app.command()
def facts(
    ctx: typer.Context,
    kind: Annotated[str | None, typer.Option(help="Only facts of one kind: "
                                             f"{', '.join(FACT_KINDS)}.")] = None,
    country: Annotated[str | None, typer.Option(help="Only facts whose fields name this state "
                                                "(by name or demonym).")] = None,
    article: Annotated[str | None, typer.Option(help="Only facts of one article (id, name or "
                                                "hash prefix).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV with a header row.")] = False,
) -> None:
    """List stored facts with their article and quote (a table, or JSON / CSV)."""
    if as_json and as_csv:
        raise fail("choose one of --json and --csv", 2)
    if kind is not None and kind not in FACT_KINDS:
        raise fail(f"--kind: choose one of {', '.join(FACT_KINDS)}", 2)
    with open_store(settings_of(ctx)) as store:
        try:
            records = fact_list(store, FactQuery(kind=kind, country=country, article=article))
        except AccordError as exc:
            raise fail(str(exc)) from exc
    if as_json:
        write_json(list_json(records) + "\n")
    elif as_csv:
        write_out(list_csv("facts", records))
    elif records:
        print_rows(("id", "article", "kind", "fact", "quote"), [_fact_cells(r) for r in records], "")
        console.print(Text(f"{len(records)} facts", style="dim"))
    else:
        err_console.print(Text("no stored facts match"))


def _highlighted(record: StoredArticle) -> Text:
    article = record.article
    # one character for one, so the spans still fit: Rich itself would drop a CR (shifting
    # every later span), so the CR of a CRLF line end becomes a space
    text = Text(printable(article.text).replace("\r\n", " \n"))
    for start, end in article.skip:
        text.stylize(SKIP_STYLE, start, end)
    # longest first, so a short span inside a long one stays visible
    for fact in sorted(record.facts, key=lambda f: f.start - f.end):
        text.stylize(KIND_STYLES.get(fact.kind, "reverse"), fact.start, fact.end)
    return text


def _legend(record: StoredArticle) -> Text:
    counts = {k: sum(f.kind == k for f in record.facts) for k in FACT_KINDS}
    parts: list[Text | str] = []
    for kind in FACT_KINDS:
        parts += [Text(f" {kind} ", style=KIND_STYLES[kind]), f" {counts[kind]}   "]
    if record.article.skip:
        parts.append(Text("skipped (boilerplate)", style=SKIP_STYLE))
    return Text.assemble(*parts)


def _header(record: StoredArticle) -> Text:
    a = record.article
    lines = [("article", f"{record.id}  {a.name}"), ("title", a.title), ("source", a.source),
             ("published", a.published.isoformat() if a.published else None), ("outlet", a.outlet),
             ("dateline", a.dateline), ("hash", a.content_hash[:16]),
             ("stored", record.ingested_at.strftime("%Y-%m-%d %H:%M"))]
    out = Text()
    for label, value in lines:
        if value:
            out.append(f"{label:>10}: ", style="bold")
            out.append(value + "\n")
    return out


@app.command()
def show(
    ctx: typer.Context,
    article: Annotated[str, typer.Argument(help="Article id, file name or content-hash prefix.")],
) -> None:
    """Print one stored article with its evidence spans highlighted, one colour per fact kind."""
    with open_store(settings_of(ctx)) as store:
        try:
            record = article_detail(store, article)
        except AccordError as exc:
            raise fail(str(exc)) from exc
    console.print(_header(record), highlight=False, end="")
    console.print(_legend(record), highlight=False)
    console.print()
    console.print(_highlighted(record), soft_wrap=True, highlight=False)


def _stats_table(result: Stats) -> Table:
    table = Table(show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column()
    table.add_row("articles", str(result.articles))
    for kind, n in result.facts.items():
        table.add_row(kind, str(n))
    span = "–".join(d.isoformat() for d in (result.first_published, result.last_published) if d)
    undated = f" ({result.undated} undated)" if result.undated else ""
    table.add_row("published", (span or "none dated") + undated)
    for outlet, n in result.outlets.items():
        table.add_row("outlet", Text(f"{outlet}: {n}"))
    return table


@app.command(name="stats")
def stats_cmd(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON object.")] = False,
) -> None:
    """Print what the store holds: articles, facts per kind, outlets, date range."""
    with open_store(settings_of(ctx)) as store:
        result = store_stats(store)
    if as_json:
        write_json(json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        console.print(_stats_table(result), highlight=False)
