"""Rules that find meetings in a parsed article."""

from __future__ import annotations

from accord.core import Meeting
from accord.extract.rules.context import Context


def find(ctx: Context) -> list[Meeting]:
    """Return the meetings of the article, one per real thing, each with its evidence."""
    return []
