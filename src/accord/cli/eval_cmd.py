"""`accord eval`: score the extractor against a gold set and show the figures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from accord.cli.app import app, console, err_console, fail, settings_of
from accord.errors import AccordError
from accord.evaluate import (
    EvalReport,
    evaluate,
    load_split,
    parse_kinds,
    split_reports,
    write_floors,
)
from accord.evaluate_match import ATTRIBUTES


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def kinds_table(report: EvalReport) -> Table:
    """Return the per-kind table: gold, predicted and matched counts with P/R/F1."""
    table = Table(title="facts matched per kind")
    for name in ("kind", "gold", "pred", "matched", "P", "R", "F1"):
        table.add_column(name, justify="left" if name == "kind" else "right")
    rows = [*report.per_kind.items(), ("all (micro)", report.overall)]
    for kind, s in rows:
        table.add_row(kind, str(s.gold), str(s.pred), str(s.matched),
                      _pct(s.precision), _pct(s.recall), _pct(s.f1), end_section=kind == rows[-2][0])
    return table


def attributes_table(report: EvalReport) -> Table:
    """Return attribute accuracy on matched pairs whose gold states the attribute."""
    table = Table(title="attributes of matched facts")
    for name in ("attribute", "correct", "checked", "accuracy"):
        table.add_column(name, justify="left" if name == "attribute" else "right")
    for kind in report.kinds:
        for attr in ATTRIBUTES[kind]:
            a = report.attribute(f"{kind}.{attr}")
            table.add_row(f"{kind}.{attr}", str(a.correct), str(a.total), _pct(a.accuracy))
    return table


def cluster_line(report: EvalReport) -> str:
    """Return the one-line summary of cross-article cluster agreement."""
    c = report.clusters
    if c is None:
        return "clusters: n/a (needs gold ids and at least one predicted cluster)"
    p, r, f = c.figures or (None, None, None)
    return (f"clusters (pairs of matched facts across articles): P {_pct(p)}  R {_pct(r)}  F1 {_pct(f)}"
            f"  (same in pred {c.pred_same}, in gold {c.gold_same}, both {c.both_same})")


def _cluster_f1(report: EvalReport) -> float | None:
    c = report.clusters
    figures = c.figures if c is not None else None
    return figures[2] if figures is not None else None


def split_table(parts: dict[str, EvalReport]) -> Table:
    """Return P/R/F1 per kind side by side for each part of the split, with cluster F1."""
    table = Table(title="tuning / checking split")
    table.add_column("kind")
    for name, part in parts.items():
        for col in ("P", "R", "F1"):
            table.add_column(f"{name} ({len(part.articles)}) {col}" if col == "P" else col,
                             justify="right")
    first = next(iter(parts.values()))
    for kind in (*first.kinds, "all (micro)"):
        cells = []
        for part in parts.values():
            s = part.overall if kind == "all (micro)" else part.per_kind[kind]
            cells += [_pct(s.precision), _pct(s.recall), _pct(s.f1)]
        table.add_row(kind, *cells)
    table.add_row("clusters", *[c for p in parts.values() for c in ("", "", _pct(_cluster_f1(p)))])
    return table


@app.command("eval")
def eval_command(
    ctx: typer.Context,
    gold: Annotated[Path, typer.Option(help="Folder of gold files S.json.", file_okay=False)],
    articles: Annotated[Path, typer.Option(help="Folder of the articles S.txt.", file_okay=False)],
    json_out: Annotated[Path | None, typer.Option(
        "--json", help="Also write the figures here as JSON.")] = None,
    kinds: Annotated[list[str] | None, typer.Option(
        help="Kinds to score, comma-separated or repeated (default: all).")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Parse in N processes.")] = 1,
    write_floors_to: Annotated[Path | None, typer.Option(
        "--write-floors", help="Pin the current scores (less --margin) and the gold hash in this file.",
    )] = None,
    margin: Annotated[float, typer.Option(
        min=0.0, help="How far below the scores --write-floors pins.")] = 0.02,
    dump: Annotated[Path | None, typer.Option(
        help="Also save the predictions here, one S.json each.")] = None,
    split: Annotated[Path | None, typer.Option(
        help="A split file (eval/split.json): also score its tuning and checking parts.",
        dir_okay=False)] = None,
) -> None:
    """Extract facts from a gold set's articles and score them against the gold."""
    settings = settings_of(ctx)
    try:
        checking = load_split(split) if split is not None else None
        report = evaluate(gold, articles, settings, parse_kinds(kinds), workers=workers)
        parts = split_reports(report, gold, articles, checking) if checking is not None else {}
        if json_out is not None:
            figures = report.to_json()
            if parts:
                figures["split"] = {name: {k: v for k, v in part.to_json().items() if k != "articles"}
                                    | {"articles": sorted(part.articles)}
                                    for name, part in parts.items()}
            _write(json_out, json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
        if dump is not None:
            dump.mkdir(parents=True, exist_ok=True)
            for stem, facts in report.predictions.items():
                _write(dump / f"{stem}.json", json.dumps(facts, indent=1, ensure_ascii=False) + "\n")
        if write_floors_to is not None:
            write_floors(write_floors_to, report, margin)
    except AccordError as exc:
        raise fail(str(exc)) from exc
    for warning in report.warnings:
        err_console.print(f"[yellow]warning:[/] {warning}", markup=True, highlight=False)
    console.print(kinds_table(report))
    console.print(attributes_table(report))
    console.print(cluster_line(report), highlight=False)
    if parts:
        console.print(split_table(parts))
    overall = report.overall
    console.print(f"overall micro-F1 over {'+'.join(report.kinds)}: {overall.f1:.3f}", highlight=False)
    if write_floors_to is not None:
        console.print(f"floors written to {write_floors_to}", highlight=False)


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise fail(f"cannot write {path}: {exc}") from exc
