"""CSV cells made safe for spreadsheets: no cell of article text runs as a formula.

A cell starting with =, +, -, @ (or a tab or carriage return, which some spreadsheets skip
before reading one of those) is read as a formula by Excel, LibreOffice and Sheets
("=HYPERLINK(…)" in a quote would become a live link). Such a cell is prefixed with an
apostrophe, which spreadsheets show as text and do not display. A number such as "-5" is a
value, not a formula, and is left as it is.
"""

from __future__ import annotations

import re

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def neutralise(cell: str) -> str:
    """Return `cell` as a spreadsheet will show it as text: a formula-like start gets a leading apostrophe."""
    if cell.startswith(_FORMULA_START) and not _NUMBER.match(cell):
        return "'" + cell
    return cell
