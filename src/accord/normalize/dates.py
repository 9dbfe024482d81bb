"""Find time expressions in text and resolve them against a reference date.

Values follow the facts format: "YYYY-MM-DD", "YYYY-MM" or "YYYY", or None for vague
wording ("soon", "at the earliest") and fiscal years. Relative words resolve against the
reference date (the article's event date): "on Tuesday" in a report of what happened is
the Tuesday on or before it, in a forward-looking clause ("will meet on Monday", "by
Friday") the one on or after it. Callers that know the direction (a commitment's deadline
is always ahead) pass `future=True`; otherwise it is guessed from the words.

Everything is regular expressions compiled once; dateparser is not needed for the
English forms news copy uses and would cost a parse per candidate.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

__all__ = ["TimeExpr", "find_time_expressions", "last_weekday_on_or_before", "resolve"]


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression found in a string: its span, wording and resolved value."""

    start: int
    end: int
    text: str
    value: str | None
    kind: str  # "date" (a point) | "deadline" (within/in N weeks, by the end of …) | "vague"
    ahead: bool | None = None  # the clause looks ahead (True), back (False) or cannot tell


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "a couple of": 2, "a few": 3, "several": 3,
}

# Month names are matched case-sensitively (capitalised) so "may" the verb is not a month.
_MON = (r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WD = r"(?P<wd>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
_NUM = r"(?P<num>\d{1,3}|a\s+couple\s+of|a\s+few|" + "|".join(
    w for w in _NUMBER_WORDS if " " not in w) + ")"
_NOT_NUM_AFTER = r"(?![\d,]*\d)"
_FUTURE_LEAD = r"(?i:by|until|till|before|from|starting|effective|no later than|ahead of)"

_FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|'ll|would|to be held|is to|are to|was to|were to|scheduled|expected|"
    r"plans?|planned|planning|set to|due|intends?|intended|upcoming|forthcoming|aims? to|"
    r"going to|by|until|from|starting|effective|agreed to|pledged to|invited?|invitation)\b",
    re.IGNORECASE)
_PAST_WORDS = re.compile(r"\b(?:last|ago|since|earlier|previous|back in)\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"“(])|\n")
_CLAUSE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"“(])|\n|[,;:–—]\s|\bthat\s|\bwhen\s|\bafter\s")


def last_weekday_on_or_before(ref: date, weekday: int) -> date:
    """Return the latest date on or before `ref` that falls on `weekday` (Monday = 0)."""
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def _next_weekday_on_or_after(ref: date, weekday: int) -> date:
    return ref + timedelta(days=(weekday - ref.weekday()) % 7)


def _month_number(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _add_months(ref: date, months: int) -> tuple[int, int]:
    index = ref.year * 12 + ref.month - 1 + months
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_in_year_nearest(ref: date, month: int, day: int, future: bool | None) -> date | None:
    """Return the month/day in the year that fits `ref` and the direction of the clause.

    Looking ahead: the first such day from two weeks before ref on (reports lag the event).
    Looking back: the last one up to two weeks after ref. Unknown: the nearest to ref.
    """
    candidates = [d for y in (ref.year - 1, ref.year, ref.year + 1)
                  if (d := _safe_date(y, month, day)) is not None]
    slack = timedelta(days=14)
    if future is True:
        ahead = [d for d in candidates if d >= ref - slack]
        return min(ahead) if ahead else None
    if future is False:
        behind = [d for d in candidates if d <= ref + slack]
        return max(behind) if behind else None
    return min(candidates, key=lambda d: abs((d - ref).days), default=None)


def _month_nearest(ref: date, month: int, future: bool | None) -> str:
    """Return YYYY-MM of the named month next (or last) to occur around ref."""
    if future is True:
        year = ref.year if month >= ref.month else ref.year + 1
    elif future is False:
        year = ref.year if month <= ref.month else ref.year - 1
    else:
        year = min((ref.year - 1, ref.year, ref.year + 1),
                   key=lambda y: abs((y - ref.year) * 12 + month - ref.month))
    return _ym(year, month)


# --------------------------------------------------------------------------- handlers
# Each handler returns (value, kind) for a match, given the reference date and the
# direction of the clause (True = ahead, False = back, None = unknown).

Handler = Callable[[re.Match[str], date | None, bool | None], tuple[str | None, str]]


def _h_iso(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    d = _safe_date(int(m["year"]), int(m["mm"]), int(m["day"]))
    return (d.isoformat() if d else None), "date"


def _h_full(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    d = _safe_date(int(m["year"]), _month_number(m["mon"]), int(m["day"]))
    return (d.isoformat() if d else None), "date"


def _h_range(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    # "from Jan. 4 to 6": a span of days is done (or due) on its last day.
    month, day = _month_number(m["mon"]), int(m["day2"])
    if m["year"]:
        d = _safe_date(int(m["year"]), month, day)
    elif ref is not None:
        d = _day_in_year_nearest(ref, month, day, future)
    else:
        d = None
    return (d.isoformat() if d else None), "date"


def _h_month_day(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    if ref is None:
        return None, "date"
    d = _day_in_year_nearest(ref, _month_number(m["mon"]), int(m["day"]), future)
    return (d.isoformat() if d else None), "date"


def _h_month_year(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    return _ym(int(m["year"]), _month_number(m["mon"])), "date"


def _h_month_next_year(m: re.Match[str], ref: date | None,
                       future: bool | None) -> tuple[str | None, str]:
    if ref is None:
        return None, "date"
    return _ym(ref.year + 1, _month_number(m["mon"])), "date"


def _h_month(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    if ref is None:
        return None, "date"
    # the month patterns name their lead word "lead" or "which"; a match has one of them
    groups = m.groupdict()
    lead = (groups.get("lead") or groups.get("which") or "").lower()
    if lead in ("next", "following", "coming"):
        future = True
    elif lead in ("last", "since", "previous"):
        future = False
    return _month_nearest(ref, _month_number(m["mon"]), future), "date"


def _h_weekday(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    if ref is None:
        return None, "date"
    weekday = _WEEKDAYS[m["wd"].lower()]
    lead = (m["lead"] or "").lower()
    if lead == "last":
        d = last_weekday_on_or_before(ref - timedelta(days=1), weekday)
    elif lead == "next":
        d = _next_weekday_on_or_after(ref + timedelta(days=1), weekday)
    elif future:
        d = _next_weekday_on_or_after(ref, weekday)
    else:
        d = last_weekday_on_or_before(ref, weekday)
    return d.isoformat(), "date"


_DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                "the day after tomorrow": 2, "the day before yesterday": -2}


def _h_relday(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    if ref is None:
        return None, "date"
    word = " ".join(m.group(0).lower().split())
    return (ref + timedelta(days=_DAY_OFFSETS.get(word, 0))).isoformat(), "date"


def _h_weekend(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    # A weekend is over (or due) on its Sunday.
    if ref is None:
        return None, "date"
    sunday = _next_weekday_on_or_after(ref, 6)
    if (m["lead"] or "").lower() == "last":
        sunday = last_weekday_on_or_before(ref, 6)
    elif (m["lead"] or "").lower() == "next" and ref.weekday() < 5:
        sunday += timedelta(days=7)
    return sunday.isoformat(), "date"


def _h_rel_period(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    """Resolve "next month", "this year", "last week", "the following year"."""
    if ref is None:
        return None, "date"
    step = {"next": 1, "following": 1, "coming": 1, "this": 0, "current": 0,
            "last": -1, "previous": -1, "past": -1}[m["which"].lower()]
    unit = m["unit"].lower()
    if unit == "year":
        return f"{ref.year + step:04d}", "date"
    if unit == "month":
        return _ym(*_add_months(ref, step)), "date"
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
    return _ym(monday.year, monday.month), "date"


def _count(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1)


def _h_within(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    if ref is None:
        return None, "deadline"
    unit = (m["unit"] or "fortnight").lower()
    n = 2 if unit == "fortnight" else _count(m["num"] or "a")
    if unit.startswith("day"):
        return (ref + timedelta(days=n)).isoformat(), "deadline"
    if unit.startswith("week") or unit == "fortnight":
        return (ref + timedelta(weeks=n)).isoformat(), "deadline"
    if unit.startswith("month"):
        return _ym(*_add_months(ref, n)), "deadline"
    return f"{ref.year + n:04d}", "deadline"


def _h_end_of(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    """Resolve "by the end of the year/2026/this month/next year", "year-end"."""
    if m["year"]:
        return f"{m['year']}-12", "deadline"
    if ref is None:
        return None, "deadline"
    which = (m["which"] or "this").lower()
    step = 1 if which in ("next", "following") else 0
    if (m["unit"] or "year").lower() == "month":
        return _ym(*_add_months(ref, step)), "deadline"
    return f"{ref.year + step:04d}-12", "deadline"


def _h_year(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    return m["year"], "date"


def _h_year_range(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    # "in 2015-16": an event is dated by the year it began; a deadline by the year it ends
    if future:
        end = m["year2"]
        return (m["year"][:2] + end if len(end) == 2 else end), "date"
    return m["year"], "date"


def _h_vague(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    return None, "vague"


_PATTERNS: tuple[tuple[re.Pattern[str], Handler], ...] = tuple(
    (re.compile(p), h) for p, h in (
        (r"\b" + _YEAR + r"-(?P<mm>[01]\d)-(?P<day>[0-3]\d)\b", _h_iso),
        (r"\b" + _DAY + r"\s+(?:of\s+)?" + _MON + r",?\s+" + _YEAR + r"\b", _h_full),
        (r"\b" + _MON + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", _h_full),
        (r"\b" + _MON + r"\s+" + _DAY + r"\s*(?:-|–|to|until|and)\s*(?P<day2>[0-3]?\d)\b"
         + r"(?!\s*(?:[A-Z][a-z]|,?\s*\d))(?:,?\s+" + _YEAR + r")?", _h_range),
        (r"(?i:(?:in\s+|by\s+|until\s+|before\s+|from\s+)?(?:(?:early|mid|late)[\s-]+)?)"
         + _MON + r"\s+(?:of\s+)?(?i:(?:the\s+)?(?:following|next)\s+year)\b", _h_month_next_year),
        (r"(?i:(?:in\s+|by\s+|until\s+|before\s+|from\s+|since\s+)?"
         r"(?:(?:early|mid|late|the\s+end\s+of|end\s+of)[\s-]+)?)"
         + _MON + r",?\s+(?:of\s+)?" + _YEAR + r"\b", _h_month_year),
        (r"\b" + _MON + r"\s+" + _DAY + r"\b" + _NOT_NUM_AFTER, _h_month_day),
        (r"\b" + _DAY + r"\s+(?:of\s+)?" + _MON + r"(?!\s*,?\s*\d)", _h_month_day),
        (r"(?i:\b(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?(?P<which>next|following|this|coming|"
         r"current|last|previous)\s+(?:(?:early|mid|late)[\s-]+)?)" + _MON + r"\b", _h_month),
        (r"(?i:\b(?P<lead>in|by|until|till|before|from|since|during|last|next|this|"
         r"early|late|mid|end\s+of)[\s-]+(?:(?:early|mid|late)[\s-]+)?)" + _MON + r"\b"
         + _NOT_NUM_AFTER, _h_month),
        (r"(?i:\b(?:(?P<lead>last|next|this|coming|on|by|until|from|since)\s+)?)" + _WD
         + r"(?i:\s+(?:morning|afternoon|evening|night))?\b", _h_weekday),
        (r"(?i)\b(?:the\s+day\s+after\s+tomorrow|the\s+day\s+before\s+yesterday|today|tonight|"
         r"yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|"
         r"(?:later|earlier)\s+(?:in\s+the|that|the\s+same)\s+day)\b", _h_relday),
        (r"(?i)\b(?:(?P<lead>this|next|last|the\s+coming|over\s+the)\s+)weekend\b", _h_weekend),
        (r"(?i)\b(?:(?:by|before|until|at|towards?)\s+)?(?:the\s+)?(?:end|close)\s+of\s+"
         r"(?:(?:the|this|(?P<which>next|following))\s+)?(?:(?P<unit>year|month)\b|" + _YEAR + r")"
         r"|\b(?:by\s+)?(?:the\s+)?year[-\s]end\b", _h_end_of),
        (r"(?i)\b(?:by\s+|during\s+|in\s+|within\s+)?(?:the\s+)?(?P<which>next|following|this|coming"
         r"|current|last|previous|past)\s+(?P<unit>year|month|week)\b", _h_rel_period),
        (r"(?i)\b(?:within|in|after|over\s+the\s+next|in\s+the\s+next|within\s+the\s+next)\s+"
         r"(?:" + _NUM + r"\s+(?P<unit>days?|weeks?|months?|years?)"
         r"|a\s+(?P<unit2>fortnight))(?:['’]s?\s+time|\s+from\s+now)?\b", _h_within),
        (r"(?i)\b(?:FY|fiscal(?:\s+year)?)\s*'?\d{2,4}(?:\s*[-/–]\s*\d{2,4})?\b", _h_vague),
        (r"(?i)\b(?:as\s+soon\s+as\s+possible|at\s+the\s+earliest(?:\s+possible\s+date|"
         r"\s+opportunity)?|as\s+early\s+as\s+possible|at\s+an\s+early\s+date|"
         r"in\s+the\s+(?:near\s+|not\s+too\s+distant\s+)?future|"
         r"in\s+the\s+coming\s+(?:days|weeks|months|years)(?:\s+or\s+(?:days|weeks|months|years))?|"
         r"over\s+the\s+(?:longer|long|medium|short)\s+term|soon|shortly)\b", _h_vague),
        (r"(?<![\d,.$€£])(?i:\b(?:in|during)\s+)" + _YEAR + r"\s*[-–/]\s*(?P<year2>\d\d(?:\d\d)?)\b",
         _h_year_range),
        (r"(?<![\d,.$€£])(?i:\b(?:(?:in|by|until|till|before|since|from|through|during)\s+)?)"
         + _YEAR + r"\b(?!\s*[-–/]\s*\d)(?![,.]\d)", _h_year),
    )
)


def _direction(text: str, start: int, end: int) -> bool | None:
    """Return True if the clause around text[start:end] looks ahead, False if back, else None.

    Only the clause the expression stands in counts ("the office announced Tuesday" is
    a report even in a sentence that goes on about what will happen).
    """
    own = text[start:end]
    if re.match(_FUTURE_LEAD, own) or re.match(r"(?i)next\b|coming\b", own):
        return True
    if _PAST_WORDS.search(own):
        return False
    begin = 0
    for b in _CLAUSE_BREAK.finditer(text, 0, start):
        begin = b.end()
    before = text[begin:start]
    if before.strip():
        return True if _FUTURE_WORDS.search(before) else None
    # The expression opens its clause ("On Monday, the leaders will sign …").
    stop = _SENTENCE_BREAK.search(text, end)
    after = text[end:stop.start() if stop else len(text)].split()[:8]
    return True if _FUTURE_WORDS.search(" ".join(after)) else None


def find_time_expressions(text: str, ref: date | None, *, future: bool | None = None) -> list[TimeExpr]:
    """Return the time expressions of `text` in order, longest match first where they overlap.

    `future` fixes the direction of weekday and month-day words; by default it is
    guessed from the clause each expression stands in.
    """
    return list(_find_cached(text, ref, future))


@lru_cache(maxsize=4096)
def _find_cached(text: str, ref: date | None, future: bool | None) -> tuple[TimeExpr, ...]:
    found: list[tuple[int, int, int, re.Match[str], Handler]] = []
    for priority, (pattern, handler) in enumerate(_PATTERNS):
        for m in pattern.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), -(m.end() - m.start()), priority, m, handler))
    # The more specific pattern wins an overlap ("by March 1" is a day, not a month).
    found.sort(key=lambda item: (item[2], item[1], item[0]))
    out: list[TimeExpr] = []
    for start, _neg_len, _prio, m, handler in found:
        if any(start < e.end and e.start < m.end() for e in out):
            continue
        direction = future if future is not None else _direction(text, m.start(), m.end())
        value, kind = handler(m, ref, direction)
        out.append(TimeExpr(m.start(), m.end(), m.group(0), value, kind, direction))
    return tuple(sorted(out, key=lambda e: e.start))


def resolve(expression: str, ref: date | None, *, future: bool | None = None) -> str | None:
    """Return the most precise value an expression states ("YYYY-MM-DD" … "YYYY"), or None.

    "On Saturday [April 5, 2025]" gives the explicit date; vague wording gives None.
    """
    # Precision first, then a calendar date over a relative word that restates it.
    ranked = [(len(e.value), any(c.isdigit() for c in e.text), -i, e.value)
              for i, e in enumerate(find_time_expressions(expression, ref, future=future))
              if e.value is not None]
    return max(ranked)[3] if ranked else None
