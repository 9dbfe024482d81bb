"""Rules that find commitments in a parsed article."""

from __future__ import annotations

from accord.core import Commitment
from accord.extract.rules.context import Context


def find(ctx: Context) -> list[Commitment]:
    """Return the commitments of the article, one per real thing, each with its evidence."""
    return []
