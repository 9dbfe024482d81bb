"""The one options object that travels through ingest."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How to read inputs: fallbacks for what an article does not state, and limits."""

    date: date | None = None        # --date: used when the article does not state one
    outlet: str | None = None       # --outlet: used when the article does not name one
    max_bytes: int = 10 * 1024 * 1024
    encoding: str | None = None     # force a decoding (e.g. "cp1252") instead of refusing non-UTF-8
    follow_symlinks: bool = False   # read links found in a folder whose target stays inside it
    # what a user who sent non-UTF-8 text can do about it (the API has no --encoding)
    encoding_hint: str = "pass --encoding, e.g. --encoding cp1252"
