"""What an article's own text says about it: date stamp, print line, bylines, dateline, headline.

`find_metadata` reads the text without changing it and returns the facts it found plus
the spans to skip (stamp, metadata lines and boilerplate), so offsets stay true to the
source file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from accord.datelines import DATELINE_LINES, STAMP, is_place, match_dateline, speaker_labels
from accord.ingest.boilerplate import MAX_LINE, is_boilerplate
from accord.ingest.dates import parse_date

TOP_LINES = 12          # bylines, date lines and datelines sit in the first lines of a page

_PRINT_LINE = re.compile(
    r"(?:this (?:article|story) was )?(?:first |originally )?published in (?:the print edition of )?"
    r"(?P<outlet>[^,\n]{2,80}?),\s*(?P<date>.{3,40}\d{4})\.?", re.IGNORECASE)
# A date line's credits: a byline part ("By Sophie Marsh | 22 July 2026") and who posted it
# ("Posted On: 18 FEB 2026 7:40PM by PIB Delhi"); the date is what is left.
_CREDIT_PART = re.compile(r"(?i:by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}")
_TRAILING_CREDIT = re.compile(r"\s+by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\Z")
_PARTS = re.compile(r"\s+[|•·]\s+")
_DATE_LINE = re.compile(
    r"(?:(?P<label>first published|published|posted|updated|last updated|last modified|modified|"
    r"date|dated|broadcast|aired|first aired)"  # a broadcast's transcript: "Broadcast 21 October 2025"
    r"(?:\s+(?:on|at))?\s*[:|\-–—]?\s*)?(?P<rest>.{6,60})", re.IGNORECASE)

# A place's capitalised words ("Port Moresby", "San José")
_PLACE_WORDS = r"[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,3}"
# A letterhead's place and date on a line of their own ("Asunción, 22 April 2026",
# "Manila, 5-6 February 2026"): the page's date, and the place it is told from.
_PLACE_DATE_LINE = re.compile(rf"(?P<place>{_PLACE_WORDS}(?:,\s*{_PLACE_WORDS})?),\s*(?P<date>.{{6,40}})")
# An official text's closing line: "Done in Manila on 6 February 2026.", "Issued at Astana,
# this 3rd day of March 2026." It dates the text when nothing above it does.
_CLOSING_LINE = re.compile(
    rf"(?i:done|issued|signed|adopted)\s+(?:in|at)\s+(?P<place>{_PLACE_WORDS}),?\s+(?:on\s+)?"
    r"(?P<date>(?:this\s+)?\S.{5,40}?)\.?")
CLOSING_LINES = 3  # a closing line is one of the last lines of the text
_SMALL_WORDS = frozenset({"es", "de", "del", "da", "do", "la", "le", "les", "el", "al", "of", "am", "upon",
                          "sur"})
_HEADLINE_END = re.compile(r"[.:;,]['\"’”)]?\Z")
# A photo caption ends in its credit: "... Minsk. — PID", "... (Photo: Reuters)".
CAPTION_END = re.compile(r"\s[—–]\s*[A-Z][A-Za-z/]{1,15}\Z|(?i:\((?:photo|file|image|picture)\b[^)]*\))\Z")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the text: its stripped content and where that content lies."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class TextMetadata:
    """What the text says about itself, and the spans of it that are not article content."""

    published: date | None = None
    outlet: str | None = None
    dateline: str | None = None
    title: str | None = None
    skip: tuple[tuple[int, int], ...] = ()


def find_metadata(text: str) -> TextMetadata:
    """Return the stamp date, print line, byline dates, dateline, headline and skip spans of `text`."""
    skip: list[tuple[int, int]] = []
    body_from = 0
    if text.startswith("\ufeff"):
        skip.append((0, 1))
        body_from = 1
    stamp = STAMP.match(text)
    stamp_date = _iso_date(stamp.group(2)) if stamp else None
    if stamp and stamp_date:
        skip.append(stamp.span(1))
        body_from = stamp.end()
    lines = split_lines(text, body_from)
    outlet, print_date = None, None
    top_dates: dict[str, date] = {}
    kept: list[Line] = []
    letterhead: str | None = None
    for index, line in enumerate(lines):
        if printed := _print_line(line.text):
            outlet, print_date = outlet or printed[0], print_date or printed[1]
            skip.append((line.start, line.end))
        elif index < TOP_LINES and (dated := _date_line(line.text)):
            top_dates.setdefault(dated[0], dated[1])
            skip.append((line.start, line.end))
        elif index < TOP_LINES and (placed := _place_date_line(line.text)):
            letterhead = letterhead or placed[0]
            top_dates.setdefault("published", placed[1])
            skip.append((line.start, line.end))
        elif index >= len(lines) - CLOSING_LINES and (closing := _closing_line(line.text)):
            letterhead = letterhead or closing[0]
            top_dates.setdefault("closing", closing[1])
            skip.append((line.start, line.end))
        elif is_boilerplate(line.text):
            skip.append((line.start, line.end))
            if index < TOP_LINES and (byline := match_dateline(line.text)):  # "By Staff Reporter | ACCRA"
                letterhead = letterhead or title_case_place(byline.group("place"))
        else:
            kept.append(line)
    skip.extend(speaker_labels(text))  # "Ms PRICE (14:23):", "[00:00:19] ANCHOR:": who speaks, not what
    opening = _dateline_match(kept[:DATELINE_LINES])
    dateline = title_case_place(opening.group("place")) if opening else letterhead
    # a wire story names its agency in the dateline; that is its outlet when no other is given
    outlet = outlet or _group(opening, "agency") or _group(opening, "slashed")
    # a dateline that gives its year ("OTTAWA, March 3, 2025 (Wire) -") dates a story with no other date
    day = _group(opening, "day")
    published = (stamp_date or print_date or top_dates.get("published") or top_dates.get("updated")
                 or (parse_date(day) if day else None) or top_dates.get("closing"))
    title = _headline(kept)
    return TextMetadata(published, outlet, dateline, title, merge_spans(skip))


def split_lines(text: str, start: int = 0) -> list[Line]:
    """Return the non-blank lines of text[start:], each trimmed of surrounding white space."""
    out: list[Line] = []
    pos = start
    for raw in text[start:].splitlines(keepends=True):
        content = raw.strip()
        if content:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(pos + lead, pos + lead + len(content), content))
        pos += len(raw)
    return out


def merge_spans(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Return the spans sorted, with overlapping or touching ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def find_dateline(lines: list[Line]) -> str | None:
    """Return the place of a dateline opening one of `lines`, title-cased ("ISLAMABAD:" → "Islamabad")."""
    m = _dateline_match(lines)
    return title_case_place(m.group("place")) if m else None


def _group(m: re.Match[str] | None, name: str) -> str | None:
    """Return a dateline's named part (its agency, its day), trimmed, if it has one."""
    value = m.groupdict().get(name) if m else None
    return value.strip() if value else None


def _dateline_match(lines: list[Line]) -> re.Match[str] | None:
    return next((m for line in lines if (m := match_dateline(line.text))), None)


def title_case_place(place: str) -> str:
    """Return a capitalised place name as it is usually written ("DAR ES SALAAM" → "Dar es Salaam")."""
    parts = re.split(r"(\s*/\s*)", " ".join(place.split()))
    return "/".join(_title_words(p) for p in parts if p.strip() and p.strip() != "/")


def _title_words(place: str) -> str:
    words = []
    for i, word in enumerate(place.lower().split()):
        if not (i and word in _SMALL_WORDS):
            # Capitals after a hyphen or a dot, not after an apostrophe: "Xi'an", "Saint-Denis".
            word = re.sub(r"(^|[-.])([a-z])", lambda m: m.group(1) + m.group(2).upper(), word)
        words.append(word)
    return " ".join(words)


def _print_line(line: str) -> tuple[str, date] | None:
    if len(line) > MAX_LINE:
        return None
    m = _PRINT_LINE.fullmatch(line)
    if not m:
        return None
    day = parse_date(m.group("date"))
    return (m.group("outlet").strip(), day) if day else None


def _date_line(line: str) -> tuple[str, date] | None:
    """Return ("published" or "updated", date) for a line that is only a (labelled) date and credits."""
    parts = [p for p in _PARTS.split(line) if not _CREDIT_PART.fullmatch(p)]
    if len(parts) != 1:
        return None
    m = _DATE_LINE.fullmatch(_TRAILING_CREDIT.sub("", parts[0]))
    if not m:
        return None
    day = parse_date(m.group("rest"))
    if day is None:
        return None
    label = (m.group("label") or "").lower()
    return ("updated" if "updated" in label or "modified" in label else "published"), day


def _place_date_line(line: str) -> tuple[str, date] | None:
    """Return (place, date) for a line that is only a place and a date ("Asunción, 22 April 2026")."""
    m = _PLACE_DATE_LINE.fullmatch(line)
    if not m or match_dateline(line) or not is_place(m.group("place")) or parse_date(m.group("place")):
        return None
    day = parse_date(m.group("date"))
    return (m.group("place").split(",")[0], day) if day else None


def _closing_line(line: str) -> tuple[str, date] | None:
    """Return (place, date) for an official text's closing line ("Done in Manila on 6 February 2026.")."""
    if len(line) > 100 or not (m := _CLOSING_LINE.fullmatch(line)):
        return None
    day = parse_date(m.group("date"))
    return (m.group("place").strip(), day) if day else None


def _headline(lines: list[Line]) -> str | None:
    """Return the first line if it reads as a headline over a longer text, else None."""
    if len(lines) < 2:
        return None
    first = lines[0].text
    words = first.split()
    if not (2 <= len(words) <= 40 and len(first) <= 300):
        return None
    if _HEADLINE_END.search(first) or CAPTION_END.search(first):
        return None
    if find_dateline(lines[:1]):
        return None
    return first


def _iso_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
