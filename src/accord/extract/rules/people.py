"""Rules that find people in a parsed article."""

from __future__ import annotations

from accord.core import Person
from accord.extract.rules.context import Context


def find(ctx: Context) -> list[Person]:
    """Return the people of the article, one per real thing, each with its evidence."""
    return []
