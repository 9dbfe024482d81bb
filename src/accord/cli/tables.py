"""Lists printed for people: a table where it fits, one card per row where it would fold.

At 80 columns a six-column table gives each column about ten characters, and Rich folds
dates, ids and words mid-way ("collaborat|ion", "2024-11-2|6"). Below the width the
columns need, each row is printed as a card instead: its short cells on one line, the long
ones under it, each after its column's name, wrapped at spaces. The names of the first
line's cells are said once, above the cards.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.table import Table
from rich.text import Text

from accord.cli.app import console, err_console

_SHORT = 28  # a column whose cells are all this short and on one line goes on a card's first line
_WORDS = 20  # a column of words narrower than this folds them
_TOKEN = 24  # a column of single tokens this short (ids, dates, statuses) is never folded


Cell = str | Text  # a Text cell keeps its style ("meetings" in the kind's colour)


def print_rows(columns: Sequence[str], cells: Sequence[Sequence[Cell]], empty: str) -> None:
    """Print `cells` under `columns` as a table, or as cards where the table would fold its words."""
    if not cells:
        err_console.print(Text(empty))
        return
    texts = [[cell if isinstance(cell, Text) else Text(cell) for cell in row] for row in cells]
    rows = [[cell.plain for cell in row] for row in texts]
    if _table_width(columns, rows) > console.width:
        _print_cards(columns, texts)
        return
    table = Table(header_style="bold")
    for i, name in enumerate(columns):
        table.add_column(name, overflow="fold", no_wrap=_tokens(row[i] for row in rows))
    for row in texts:
        table.add_row(*row)
    console.print(table)


def _tokens(cells: Iterable[str]) -> bool:
    """Say whether a column holds only short single tokens: "ins-0de296eae4", "2024-11-26"."""
    return all(len(cell) <= _TOKEN and not any(c.isspace() for c in cell) for cell in cells)


def _cell_width(cell: str) -> int:
    return max((len(line) for line in cell.splitlines()), default=0)


def _table_width(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> int:
    """Return the width a table needs so that no column is narrower than its words want."""
    needed = 1
    for i, name in enumerate(columns):
        widest = max([len(name)] + [_cell_width(row[i]) for row in rows])
        needed += min(widest, _WORDS) + 3  # the cell's padding and its rule
    return needed


def _print_cards(columns: Sequence[str], texts: Sequence[Sequence[Text]]) -> None:
    rows = [[cell.plain for cell in row] for row in texts]
    said = [i for i in range(len(columns)) if any(row[i] for row in rows)] or [0]
    short = [i for i in said if all(len(row[i]) <= _SHORT and "\n" not in row[i] for row in rows)] or [0]
    label = max(len(name) for name in columns) + 1
    # the first line's cells go without their names: the names are said once, above
    console.print(Text(" · ".join(columns[i] for i in short), style="dim"))
    for row, text in zip(rows, texts, strict=True):
        console.print()
        # an empty cell keeps its place on the first line, so each value stays under its name
        head = Text("  ").join(Text(row[i], style="bold") if i == short[0] else text[i] or Text("–")
                               for i in short)
        console.print(head)
        card = Table.grid(padding=(0, 1))
        card.add_column(width=label + 2, no_wrap=True, style="dim")
        card.add_column(overflow="fold")
        for i, name in enumerate(columns):
            if i not in short and row[i]:
                card.add_row(Text(f"  {name}:"), text[i])
        if card.row_count:
            console.print(card)
