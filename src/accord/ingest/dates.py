"""Publication dates written the ways news pages write them, parsed to `date`."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from typing import Any

_WEEKDAY = re.compile(r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\b\.?,?",
                      re.IGNORECASE)
_TIME = re.compile(
    r"(?:\bat\s+)?\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:[A-Z]{2,5}|(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?)\)?)?"
    r"|(?:\bat\s+)?\b\d{1,2}(?:\.\d{2})?\s*[ap]\.?m\.?(?!\w)",
    re.IGNORECASE)
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
_FORMATS = ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%Y %B %d", "%Y %b %d")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# A span of days in one month ("5-6 February 2026", "February 5 to 6, 2026"): a page dated so
# was written on its last day. Not inside an ISO date ("2024-11-26").
_DAY_SPAN = re.compile(r"(?<![\d-])\d{1,2}\s*(?:-|–|to)\s*(\d{1,2})(?![\d-])")
# "this 6th day of February 2026" (after ordinals are dropped): the day, then its month
_DAY_OF = re.compile(r"(?i)\b(?:this\s+)?(\d{1,2})\s+day\s+of\s+")


def parse_date(value: str) -> date | None:
    """Return the calendar date a short date phrase names, or None if it is not one.

    Accepts "November 27th, 2024", "19 Jun 2024 at 13:04", "Sun, November 4, 2018",
    "2024-11-26" and (through dateparser) other full dates; a phrase without a day,
    month and year is not a date here.
    """
    cleaned = clean_date_phrase(value)
    if not cleaned or not _YEAR.search(cleaned):
        return None
    for fmt in _FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return _dateparser_date(cleaned)


# A day in a URL's or file path's folders: /2024/05/17/, /2024-05-17/, /20240517/ (news CMSs file stories so).
_PATH_DAY = re.compile(r"[/\\](?P<y>(?:19|20)\d{2})([/-]?)(?P<m>0[1-9]|1[0-2])\2"
                       r"(?P<d>0[1-9]|[12]\d|3[01])(?=[/\\_.-])")


def path_date(source: str) -> date | None:
    """Return the day a URL or file path files an article under ("…/2024/05/17/story"), else None."""
    match = _PATH_DAY.search(source)
    if match is None:
        return None
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:  # 31 February
        return None


def clean_date_phrase(value: str) -> str:
    """Return a date phrase without weekday, time of day, ordinals and punctuation."""
    text = _TIME.sub(" ", value)
    text = _WEEKDAY.sub(" ", text)
    text = _ORDINAL.sub(r"\1", text)
    text = _DAY_OF.sub(r"\1 ", _DAY_SPAN.sub(r"\1", text))
    text = re.sub(r"(?i)\bsept\b", "Sep", text)
    text = re.sub(r"[,|·•]|(?<=[A-Za-z])\.", " ", text)
    return " ".join(text.split())


def _dateparser_date(text: str) -> date | None:
    parsed = _dateparser()(text, languages=["en"], settings={
        "REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True,
        "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date() if isinstance(parsed, datetime) else None


@cache
def _dateparser() -> Any:
    # dateparser takes about a second to import: only pay for it when strptime fails.
    import dateparser

    return dateparser.parse
