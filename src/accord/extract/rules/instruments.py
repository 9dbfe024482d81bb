"""Rules that find instruments in a parsed article."""

from __future__ import annotations

from accord.core import Instrument
from accord.extract.rules.context import Context


def find(ctx: Context) -> list[Instrument]:
    """Return the instruments of the article, one per real thing, each with its evidence."""
    return []
