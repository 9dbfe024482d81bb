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

from accord.lexicon import MEETING_NOUNS
from accord.normalize.numbers import NUMBER_WORDS, words_value

__all__ = ["ANCHORED_DAY", "TimeExpr", "anchored_offset", "find_time_expressions", "granularity",
           "last_weekday_on_or_before", "resolve"]


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression found in a string: its span, wording and resolved value."""

    start: int
    end: int
    text: str
    value: str | None
    kind: str  # "date" (a point) | "deadline" (within/in N weeks, by the end of …) | "vague"
    ahead: bool | None = None  # the clause looks ahead (True), back (False) or cannot tell


NOT_TIME = "not a time"  # what a handler says of words that only look like a time expression


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
# the counts a stretch of time is told in: every number word (`normalize.numbers`, "sixty days",
# "forty-five days") and the vague words only a stretch takes ("a few weeks", "several months")
_VAGUE_WORDS = {"a": 1, "an": 1, "a couple of": 2, "a few": 3, "several": 3}
_COUNT_WORDS = [w for w in sorted(NUMBER_WORDS, key=len, reverse=True) if w != "zero"]
_TENS = "|".join(w for w in NUMBER_WORDS if w.endswith("ty"))
_UNITS = "|".join(w for w, n in NUMBER_WORDS.items() if 0 < n < 10)
_TENS_UNITS = r"(?:" + _TENS + r")[\s-](?:" + _UNITS + r")"  # "forty-five", "twenty one"

# Month names are matched case-sensitively (capitalised) so "may" the verb is not a month.
_MON = (r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WD = r"(?P<wd>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
_NUM = (r"(?P<num>\d{1,3}|a\s+couple\s+of|a\s+few|several|an?|" + _TENS_UNITS + r"\b|"
        + "|".join(_COUNT_WORDS) + ")")
_NOT_NUM_AFTER = r"(?![\d,]*\d)"
# the lower end of a stretch given as a range ("in one or two months", "within 30 to 45 days",
# "within 2-3 weeks"): the promise is due by the upper end, which `_NUM` then reads
_LOWER_NUM = (r"(?:(?!" + _TENS_UNITS + r"\s+(?:day|week|month|year))(?:\d{1,3}|" + _TENS_UNITS + "|"
              + "|".join(_COUNT_WORDS) + r")\s*(?:or|to|-|–)\s*)?")  # not "forty-five" read as forty to five
# "for" leads a month only after a word that schedules ("planned for September") or a meeting it is set
# for ("scheduled the next round of talks for March", "set the session for June"); alone it is too often
# something else ("calls for May to resign")
_SCHEDULED_FOR = r"(?:" + "|".join(
    [rf"(?<={w}\s)" for w in ("scheduled", "slated", "planned", "set", "due", "fixed", "pencilled",
                              "penciled", "prepared", "arranged", "organised", "organized")]
    + [rf"(?<=\b{w}\s)" for n in sorted(MEETING_NOUNS) for w in (n, n + "s")]) + r")for"
_FUTURE_LEAD = r"(?i:by|until|till|before|from|starting|effective|no later than|ahead of)"

_FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|'ll|would|to be held|is to|are to|was to|were to|scheduled|expected|"
    r"plans?|planned|planning|set to|due|intends?|intended|upcoming|forthcoming|aims? to|"
    r"going to|by|until|from|starting|effective|agreed to|pledged to|invited?|invitation)\b",
    re.IGNORECASE)
_AGENT_BY = re.compile(r"(?i)\bby\b(?=\s+\S)")
# "officials from Vietnam", "delegates from the Philippines": where people come from, not a start in time
_ORIGIN_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
                          r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Next|Now|Today|Tomorrow|Mid|Early|Late)[a-z]*\b)[A-Z]")
_PAST_WORDS = re.compile(r"\b(?:last|ago|since|earlier|previous|back in)\b", re.IGNORECASE)
# the words before and after a month that make it an event's ("the February visit", "Lee's November summit")
_EVENT_DETERMINERS = ("the", "The", "his", "her", "its", "their", "our", "this", "last", "next", "'s", "’s")
_EVENT_NOUNS = MEETING_NOUNS | {"deadline", "signing", "ceremony", "agreement", "deal", "accord", "pact",
                                "treaty"}
# Words that make the time after them a limit; the patterns of a day or a span do not take them in.
# "as early as next week", "as soon as Friday": the earliest time told, its words the time's own too.
_NO_LATER_THAN = re.compile(r"(?i)\b(?:(?:no|not)\s+later\s+than|as\s+(?:early|soon)\s+as)\s+(?:the\s+)?\Z")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"“(])|\n")
_CLAUSE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"“(])|\n|[,;:–—]\s|\bthat\s|\bwhen\s|\bafter\s")


def last_weekday_on_or_before(ref: date, weekday: int) -> date:
    """Return the latest date on or before `ref` that falls on `weekday` (Monday = 0)."""
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def _next_weekday_on_or_after(ref: date, weekday: int) -> date:
    return ref + timedelta(days=(weekday - ref.weekday()) % 7)


def is_weekday_name(word: str) -> bool:
    """Say whether a word names a day of the week ("Tuesday")."""
    return word.lower() in _WEEKDAYS


def is_month_name(word: str) -> bool:
    """Say whether a word names a month ("October", "Oct.", not "may")."""
    return re.fullmatch(_MON, word) is not None


def _month_number(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _add_months(ref: date, months: int) -> tuple[int, int]:
    index = ref.year * 12 + ref.month - 1 + months
    return index // 12, index % 12 + 1


def add_months(day: date, months: int) -> date:
    """Return the day `months` months after `day` (the month's last day when it is shorter)."""
    year, month = _add_months(day, months)
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(f"no day {months} months after {day}")  # unreachable: 28 fits every month


def passed_when_told(deadline: str | None, told: date | None) -> bool:
    """Say whether an ISO deadline ("2031-01", "2031-01-15", "2030") had passed on the day it was told."""
    if not deadline or told is None or not _ISO_DEADLINE.fullmatch(deadline):
        return False
    return deadline < told.isoformat()[:len(deadline)]


_ISO_DEADLINE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


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
    if lead in ("next", "following", "coming") or lead.startswith("as"):  # "as early as June": ahead
        future = True
    elif lead in ("last", "since", "previous") or lead.endswith("past"):
        future = False  # "this past July"
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


# A day told from the day the sentence before names, opening its sentence ("The day before, the leaders
# held talks", "The following day", "A day later", "Two days earlier", "On the same day"): the number of
# days it moves. "The day before" and "the day after" take a comma, else they name their own event ("the
# day before the summit").
ANCHORED_DAY = re.compile(
    r"(?i)(?:on\s+)?(?:the\s+(?P<back>previous|preceding)\s+day|the\s+(?P<fore>next|following)\s+day"
    r"|the\s+day\s+(?P<rel>before|after)(?=\s*,)|(?:that|the)\s+(?P<same>same)\s+day"
    r"|(?P<num>an?|one|two|three|\d)\s+days?\s+(?P<way>later|earlier|before(?=\s*,)|after(?=\s*,)))\b")


def anchored_offset(m: re.Match[str]) -> int:
    """Return how many days an `ANCHORED_DAY` match moves from the day before it (-1 for "the day
    before", 2 for "two days later", 0 for "the same day")."""
    if m["back"]:
        return -1
    if m["fore"]:
        return 1
    if m["rel"]:
        return -1 if m["rel"].lower() == "before" else 1
    if m["same"]:
        return 0
    n = _count(m["num"])
    return -n if m["way"].lower() in ("earlier", "before") else n


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
    step = {"next": 1, "following": 1, "coming": 1, "upcoming": 1, "this": 0, "current": 0,
            "last": -1, "previous": -1, "past": -1}[m["which"].lower()]
    unit = m["unit"].lower()
    if unit == "year":
        return f"{ref.year + step:04d}", "date"
    if unit == "month":
        return _ym(*_add_months(ref, step)), "date"
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
    if step > 0 or (step == 0 and future):
        # a week ahead is due by its Sunday
        return (monday + timedelta(days=6)).isoformat(), "date"
    return _ym(monday.year, monday.month), "date"


def _h_ago(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    """Resolve "three years ago", "ten days ago", "two weeks ago" back from the story's day: a day
    for days, the month for weeks and months, the year for years; a vague count ("a few") is no time."""
    word = " ".join(m["num"].lower().split())
    if word in _VAGUE_COUNTS:
        return None, NOT_TIME
    if ref is None:
        return None, "date"
    n, unit = _count(word), m["unit"].lower()
    if unit.startswith("day"):
        return (ref - timedelta(days=n)).isoformat(), "date"
    if unit.startswith("week"):
        back = ref - timedelta(weeks=n)
        return _ym(back.year, back.month), "date"
    if unit.startswith("month"):
        return _ym(*_add_months(ref, -n)), "date"
    return f"{ref.year - n:04d}", "date"


_VAGUE_COUNTS = frozenset({"a few", "several", "a couple of"})


def _count(word: str) -> int:
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    return _VAGUE_WORDS.get(word) or int(words_value(word.replace("-", " ").split())) or 1


def _counts(word: str) -> bool:
    """Say whether words are a count ("30", "sixty", "forty-five", "a few"), not a word unknown."""
    word = " ".join(word.lower().split())
    return word.isdigit() or word in _VAGUE_WORDS or all(
        w in NUMBER_WORDS for w in word.replace("-", " ").split())


def day_after(day: date, number: str, unit: str) -> date | None:
    """Return the day a stretch told in words ("thirty", "days") after a day ends; None for a unit
    that is no stretch of the calendar."""
    word = " ".join(number.lower().split())
    if not _counts(word):
        return None  # a number word not known is no count of one
    n, unit = _count(word), unit.lower()
    if unit.startswith("day"):
        return day + timedelta(days=n)
    if unit.startswith("week"):
        return day + timedelta(weeks=n)
    if unit.startswith("month"):
        return add_months(day, n)
    return None


# "for the first time in 11 years", "the highest level in five years": a stretch since
# something last happened, not a time ahead (unless the clause looks ahead: "will hold the
# first round in two weeks")
_FIRST_TIME_BEFORE = re.compile(r"(?i)\bfirst\s+time\s+$")
_RECORD_BEFORE = re.compile(
    r"(?i)\b(?:first|only|most|least|best|worst|(?:high|low|larg|bigg|long|great|strong|fast|small|weak|slow"
    r"|sharp|steep|deep|short)est)\b(?:\s+[\w'’-]+){0,3}\s+$")


def _h_within(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    if m.group(0)[:3].lower() == "in ":
        before = m.string[max(0, m.start() - 60):m.start()]
        if _FIRST_TIME_BEFORE.search(before) or (future is not True and _RECORD_BEFORE.search(before)):
            return None, NOT_TIME
    if ref is None:
        return None, "deadline"
    unit = (m["unit"] or "fortnight").lower()
    n = 2 if unit == "fortnight" else _count(m["num"] or "a")
    if unit.startswith("day"):
        return (ref + timedelta(days=n)).isoformat(), "deadline"
    if unit.startswith("week") or unit == "fortnight":
        return (ref + timedelta(weeks=n)).isoformat(), "deadline"
    if unit.startswith("month"):
        # "within two months" of a dated statement ends on that day two months on
        year, month = _add_months(ref, n)
        return min(_month_end(year, month), date(year, month, 1) + timedelta(days=ref.day - 1)).isoformat(), \
            "deadline"
    # "within two years" of a dated statement ends on that day two years on, as months do
    due = _safe_date(ref.year + n, ref.month, ref.day) or _month_end(ref.year + n, ref.month)  # 29 February
    return due.isoformat(), "deadline"


def _h_end_of(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    """Resolve "by the end of the year/2026/this month/next year", "year-end"."""
    if m["year"] or (m["yearof"] and m["unit"].lower() == "year"):
        return f"{m['year'] or m['yearof']}-12", "deadline"
    if ref is None:
        return None, "deadline"
    which = (m["which"] or "this").lower()
    step = 1 if which in ("next", "following") else 0
    if (m["unit"] or m["unit2"] or m["unit3"] or m["unit4"] or "year").lower() == "month":
        return _ym(*_add_months(ref, step)), "deadline"
    return f"{ref.year + step:04d}-12", "deadline"


def _h_year(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    if _ends_a_name(m):
        return None, NOT_TIME
    return m["year"], "date"


# The capitalised word a year may close a name with ("the Governance Act 2010", "Vision 2030",
# "Agenda 2063"); a month's, a season's or a sentence's opening word is no such name.
_NAME_WORD = re.compile(r"\b([A-Z][a-z]+)[ \t]+\Z")


def _ends_a_name(m: re.Match[str]) -> bool:
    """Say whether a bare year (no "in"/"by" before it) closes a title: it dates nothing."""
    if not m.group(0)[:1].isdigit():
        return False
    before = m.string[max(0, m.start() - 30):m.start()]
    word = _NAME_WORD.search(before)
    if word is None or word.group(1).lower() in _SEASON_END or word.group(1)[:3].lower() in _MONTHS:
        return False
    return bool(before[:word.start()].rstrip()) and before[:word.start()].rstrip()[-1] not in ".!?:\n"


def _h_year_range(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    # "in 2015-16": an event is dated by the year it began; a deadline by the year it ends
    if future:
        end = m["year2"]
        return (m["year"][:2] + end if len(end) == 2 else end), "date"
    return m["year"], "date"


def _h_vague(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    return None, "vague"


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "last": 4, "final": 4}


def _month_end(year: int, month: int) -> date:
    nxt_year, nxt_month = _add_months(date(year, month, 1), 1)
    return date(nxt_year, nxt_month, 1) - timedelta(days=1)


def _year_of(m: re.Match[str], ref: date | None) -> int | None:
    """Return the year a quarter/half/week phrase names: its own, "this/next year", else ref's."""
    groups = m.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if ref is None:
        return None
    return ref.year + (1 if (groups.get("ywhich") or "").lower() in ("next", "following", "coming") else 0)


def _h_quarter(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    """Resolve "by the end of the first quarter of 2024", "this quarter", "Q3 2025" to its last month."""
    which = (m["qwhich"] or "").lower()
    if which and which[0] == "q":
        which = which[1:]
    if which in ("this", "current", "next", "coming", "following"):
        if ref is None:
            return None, "deadline"
        index = (ref.month - 1) // 3 + (0 if which in ("this", "current") else 1)
        return _ym(ref.year + index // 4, (index % 4) * 3 + 3), "deadline"
    year = _year_of(m, ref)
    if year is None:
        return None, "deadline"
    quarter = _ORDINALS.get(which) or int(which)
    if not m["year"] and ref is not None and future and _month_end(year, quarter * 3) < ref:
        year += 1  # "by the first quarter", said in May: next year's
    return _ym(year, quarter * 3), "deadline"


def _h_half(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    """Resolve "in the second half of 2024", "by mid-2023", "by the middle of next year" to its last month."""
    year = _year_of(m, ref)
    if year is None:
        return None, "deadline"
    first = (m["half"] or "first").lower() in ("first", "1st") or bool(m["mid"])
    return _ym(year, 6 if first else 12), "deadline"


# The last month of each (northern) season: a season is a window, and what is due in it is due by its end.
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}


def _h_season(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    """Resolve "in the spring", "by summer 2026", "this fall", "last winter" to the season's last month."""
    season = m["season"].lower()
    which = (m.groupdict().get("swhich") or "").lower()
    end = _SEASON_END[season]
    if m["year"]:
        return _ym(int(m["year"]) + (1 if season == "winter" else 0), end), "deadline"
    if ref is None:
        return None, "deadline"
    coming = ref.year if _month_end(ref.year, end) >= ref else ref.year + 1  # the season now or next to end
    start_year, start_month = _add_months(date(coming, end, 1), -2)
    started = date(start_year, start_month, 1) <= ref
    if which in ("next", "coming", "following"):
        year = coming + (1 if started else 0)
    elif which in ("last", "past"):
        year = coming - 1
    elif started or future:
        year = coming
    elif future is False:
        year = coming - 1
    else:  # the nearer of the last one and the coming one
        year = min((coming - 1, coming), key=lambda y: abs((_month_end(y, end) - ref).days))
    return _ym(year, end), "deadline"


def _h_week_of(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    """Resolve "in the first week of December" to the week's last day (the 7th … the month's end)."""
    month = _month_number(m["mon"])
    year = int(m["year"]) if m["year"] else None
    if year is None:
        if ref is None:
            return None, "date"
        year = int(_month_nearest(ref, month, future)[:4])
    n = _ORDINALS[m["ord"].lower()]
    last = _month_end(year, month)
    day = last if m["ord"].lower() in ("last", "final") else date(year, month, min(7 * n, last.day))
    return day.isoformat(), "date"


def _h_month_before(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    """Resolve "before March 2023" to the month before it (done by the end of February)."""
    month = _month_number(m["mon"])
    if m["year"]:
        year = int(m["year"])
    elif ref is not None:
        year = int(_month_nearest(ref, month, True if future is None else future)[:4])
    else:
        return None, "deadline"
    return _ym(*_add_months(date(year, month, 1), -1)), "deadline"


def _h_month_or(m: re.Match[str], ref: date | None, future: bool | None) -> tuple[str | None, str]:
    """Resolve "in October or November" to the later month: the promise holds until its end."""
    month = _month_number(m["mon2"])
    if m["year"]:
        return _ym(int(m["year"]), month), "date"
    if ref is None:
        return None, "date"
    first = _month_nearest(ref, _month_number(m["mon"]), future)
    year = int(first[:4]) + (1 if month < _month_number(m["mon"]) else 0)
    return _ym(year, month), "date"


# What each pattern family cannot match without (every match's own text contains it): a text
# lacking it skips the family's patterns, most texts asked about hold no date at all.
_CUES: dict[str, re.Pattern[str]] = {name: re.compile(p) for name, p in {
    "year": r"(?:19|20)\d\d",
    "month": r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec",  # month names are capitalised
    "quarter": r"(?i)quarter",
    "half": r"(?i)half|mid|semester",
    "season": r"(?i)spring|summer|autumn|winter|fall",
    "weekday": r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day",
    "relday": r"(?i)day|tonight|tomorrow|morning|afternoon|evening",
    "weekend": r"(?i)weekend",
    "end_of": r"(?i)end|close|within|is o",
    "period": r"(?i)year|month|week",
    "within": r"(?i)day|week|month|year|fortnight",
    "fiscal": r"(?i)fy|fiscal",
    "vague": r"(?i)soon|earl|future|com|term|shortly|course|time|forward|date|ahead|few|decade",
}.items()}
# Each pattern with the cue it needs (a key of _CUES) and the handler of its matches.
_PATTERNS: tuple[tuple[str, re.Pattern[str], Handler], ...] = tuple(
    (cue, re.compile(p), h) for cue, p, h in (
        ("year", r"\b" + _YEAR + r"-(?P<mm>[01]\d)-(?P<day>[0-3]\d)\b", _h_iso),
        # "from 3 to 5 January 2023", "on 4-6 February": a span of days written day first
        ("month", r"\b[0-3]?\d(?:st|nd|rd|th)?\s*(?:-|–|to|until|and)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+"
         r"(?:of\s+)?" + _MON + r"(?:,?\s+" + _YEAR + r")?\b", _h_range),
        ("month", r"\b" + _DAY + r"\s+(?:of\s+)?" + _MON + r",?\s+" + _YEAR + r"\b", _h_full),
        ("month", r"\b" + _MON + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", _h_full),
        ("quarter", r"(?i:\b(?:by|before|until|in|during|within|at|towards?|from)\s+)?(?i:(?:the\s+)?"
         r"(?:(?:end|close)\s+of\s+(?:the\s+)?)?)(?i:(?P<qwhich>first|second|third|fourth|last|final|1st|2nd"
         r"|3rd|4th|this|current|next|coming|following)\s+quarter\b)(?i:\s+of\s+(?:(?:the\s+)?(?P<ywhich>this"
         r"|next|current|following|coming)\s+year\b|" + _YEAR + r"\b))?", _h_quarter),
        ("year", r"\b(?P<qwhich>Q[1-4])\s*" + _YEAR + r"\b", _h_quarter),
        ("half",
         r"(?i)\b(?:(?:by|before|until|in|during|within|from)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
         r"(?:(?P<half>first|second|1st|2nd|latter)\s+(?:half|semester)|(?P<mid>mid(?:dle)?)(?=[\s-]+(?:of\s+)?(?:the\s+)?"
         r"(?:this|next|current|following|coming|year|(?:19|20)\d\d)))(?:[\s-]+of)?[\s-]+(?:the\s+)?"
         # "the year" alone is the report's own ("in the second half of the year")
         r"(?:(?:(?P<ywhich>this|next|current|following|coming)\s+)?year\b|" + _YEAR + r"\b)", _h_half),
        ("season",
         r"(?i)\b(?:(?:by|before|until|till|in|during|over|through|from)\s+(?:the\s+)?|(?P<swhich>this|next|"
         r"coming|following|last|past)\s+)(?:(?:early|late|mid)[\s-]+)?(?P<season>spring|summer|autumn|winter"
         r"|fall)\b(?:,?\s+(?:of\s+)?" + _YEAR + r"\b)?", _h_season),
        ("season", r"(?i)\b(?P<season>spring|summer|autumn|winter|fall)\s+" + _YEAR + r"\b", _h_season),
        ("month",
         r"(?i:\b(?:in|during|by|within)\s+)?(?i:the\s+)?(?P<ord>(?i:first|second|third|fourth|last|final|1st"
         r"|2nd|3rd|4th))\s+(?i:week)\s+of\s+" + _MON + r"(?:,?\s+" + _YEAR + r")?\b", _h_week_of),
        ("month",
         r"(?i:\b(?:before|prior\s+to|ahead\s+of)\s+)" + _MON + r"(?:,?\s+(?:of\s+)?" + _YEAR + r")?\b"
         + r"(?![\s,]*[0-3]?\d\b)", _h_month_before),
        ("month", r"(?i:\b(?:in|by|during|between)\s+)?" + _MON + r"\s+(?i:or|and)\s+"
         + _MON.replace("?P<mon>", "?P<mon2>") + r"(?:,?\s+" + _YEAR + r")?\b(?![\s,]*[0-3]?\d\b)",
         _h_month_or),
        ("month", r"\b" + _MON.replace("?P<mon>", "?P<mon1>") + r"\s+[0-3]?\d(?:st|nd|rd|th)?"
         + r"\s*(?:-|–|to|until|through)\s*" + _MON + r"\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b"
         + r"(?:,?\s+" + _YEAR + r")?", _h_range),
        ("month", r"\b" + _MON + r"\s+" + _DAY + r"\s*(?:-|–|to|until|and)\s*(?P<day2>[0-3]?\d)\b"
         + r"(?:,?\s+" + _YEAR + r"\b|(?!\s*(?:[A-Z][a-z]|,?\s*\d)))", _h_range),
        ("month", r"(?i:(?:in\s+|by\s+|until\s+|before\s+|from\s+)?(?:(?:early|mid|late)[\s-]+)?)"
         + _MON + r"\s+(?:of\s+)?(?i:(?:the\s+)?(?:following|next)\s+year)\b", _h_month_next_year),
        ("month", r"(?i:(?:in\s+|by\s+|until\s+|before\s+|from\s+|since\s+)?"
         r"(?:(?:early|mid|late|the\s+end\s+of|end\s+of|end)[\s-]+)?)"
         + _MON + r",?\s+(?:of\s+)?" + _YEAR + r"\b", _h_month_year),
        ("month", r"\b" + _MON + r"\s+" + _DAY + r"\b" + _NOT_NUM_AFTER, _h_month_day),
        ("month", r"\b" + _DAY + r"\s+(?:of\s+)?" + _MON + r"(?!\s*,?\s*\d)", _h_month_day),
        ("month", r"(?i:\b(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?(?P<which>next|following|this|coming|"
         r"current|last|previous|(?:this\s+)?past)\s+(?:(?:early|mid|late)[\s-]+)?)" + _MON + r"\b",
         _h_month),
        ("month", r"(?i:\b(?P<lead>in|by|until|till|to|before|from|since|during|last|next|this|"
         r"no[t]?\s+later\s+than|as\s+(?:early|soon)\s+as|(?:by|before|until)\s+the\s+end\s+of|"
         r"early|late|mid|end\s+of|end|" + _SCHEDULED_FOR + r")[\s-]+(?:(?:early|mid|late)[\s-]+"
         # "in the second half of March": the month
         r"|the\s+(?:first|second|latter|last)\s+(?:half|part|weeks?|days|fortnight)\s+of\s+)?)"
         + _MON + r"\b"
         + _NOT_NUM_AFTER, _h_month),
        # a month naming an event ("the February visit", "their June summit"): a month word
        # alone is too often a name ("Theresa May") to count without its event
        ("month", r"(?:" + "|".join(rf"(?<=\b{d}\s)" for d in _EVENT_DETERMINERS) + r")" + _MON
         + r"(?=\s+(?i:" + "|".join(sorted(_EVENT_NOUNS, key=len, reverse=True)) + r")\b)", _h_month),
        ("weekday", r"(?i:\b(?:(?P<lead>last|next|this|coming|on|by|until|from|since)\s+)?)" + _WD
         + r"(?i:\s+(?:morning|afternoon|evening|night))?\b", _h_weekday),
        ("relday", r"(?i)\b(?:the\s+day\s+after\s+tomorrow|the\s+day\s+before\s+yesterday|today|tonight|"
         r"yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|"
         r"(?:later|earlier)\s+(?:in\s+the|that|the\s+same)\s+day)\b", _h_relday),
        ("weekend", r"(?i)\b(?:(?P<lead>this|next|last|the\s+coming|over\s+the)\s+)weekend\b", _h_weekend),
        ("end_of", r"(?i)\b(?:(?:by|before|until|at|towards?)\s+)?(?:(?:the\s+)?(?:end|close)\s+of\s+"
         r"(?:(?:the\s+current|the|this|(?P<which>next|following))\s+)?|end-)(?:(?P<unit>year|month)\b"
         r"(?:\s+(?P<yearof>(?:19|20)\d\d)\b)?|" + _YEAR + r")"  # "the end of the year 2025": that year
         r"|\b(?:by\s+)?(?:the\s+)?year[-\s]end\b"
         r"|\bwithin\s+(?:the\s+current|the|this)\s+(?P<unit2>year|month)\b"
         # "by year's end", "before the month's end"
         r"|\b(?:(?:by|before|until|at|towards?)\s+)?(?:the\s+)?(?P<unit4>year|month)['’]s\s+end\b"
         # "before the year is out"
         r"|\b(?:before|by\s+the\s+time)\s+the\s+(?P<unit3>year|month)\s+is\s+(?:out|over)\b", _h_end_of),
        ("period",
         r"(?i)\b(?:(?:later|early|late)\s+(?:in\s+)?)?(?:by\s+|during\s+|in\s+|within\s+)?(?:the\s+)?"
         r"(?P<which>next|following|this|(?:up)?coming"
         r"|current|last|previous|past)\s+(?P<unit>year|month|week)\b", _h_rel_period),
        ("within", r"(?i)\b" + _NUM + r"\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", _h_ago),
        ("within", r"(?i)\b(?:within|in|after|over\s+the\s+next|in\s+the\s+next|within\s+the\s+next)\s+"
         r"(?:(?:a\s+)?period\s+(?:of\s+)?(?:(?:not\s+exceeding|no\s+(?:longer|more)\s+than|of\s+up\s+to|"
         r"up\s+to)\s+)?)?(?:" + _LOWER_NUM + _NUM + r"\s+(?P<unit>days?|weeks?|months?|years?)"
         r"|a\s+(?P<unit2>fortnight))(?:['’]s?\s+time|\s+from\s+now)?\b", _h_within),
        ("fiscal", r"(?i)\b(?:FY|fiscal(?:\s+year)?)\s*'?\d{2,4}(?:\s*[-/–]\s*\d{2,4})?\b", _h_vague),
        ("vague", r"(?i)\b(?:as\s+soon\s+as\s+possible|"
         r"at\s+(?:the|their|its|his|her|our|your)\s+earliest(?:\s+possible)?"
         r"(?:\s+(?:date|opportunity|time(?:[\s-]*frame)?|timeframe|moment|convenience|juncture))?|"
         r"as\s+early\s+as\s+possible|at\s+an\s+early\s+date|"
         r"in\s+the\s+(?:(?:very\s+)?near\s+|not\s+too\s+distant\s+)?future|"
         r"(?:in|over)\s+the\s+coming\s+(?:days|weeks|months|years)(?:\s+or\s+(?:days|weeks|months|years))?|"
         r"(?:in|over|within)\s+the\s+next\s+few\s+(?:days|weeks|months|years)|"
         r"in\s+the\s+(?:days|weeks|months|years)\s+(?:ahead|to\s+come)|"
         r"(?:by|before|towards?)\s+the\s+end\s+of\s+(?:the|this)\s+decade|"
         r"(?:over|in)\s+the\s+(?:longer|long|medium|short|near)\s+term|in\s+due\s+course|going\s+forward|"
         r"at\s+an?\s+(?:(?:mutually\s+)?(?:convenient|appropriate|suitable)\s+)time|"
         r"at\s+a\s+(?:later\s+)?date(?:\s+to\s+be\s+(?:agreed|determined|fixed|decided|set|announced)"
         r"(?:\s+upon)?(?:\s+(?:through|via)\s+diplomatic\s+channels)?)?|(?:very\s+)?(?:soon|shortly))\b",
         _h_vague),
        ("year", r"(?<![\d,.$€£])(?i:\b(?:in|during)\s+)" + _YEAR + r"\s*[-–/]\s*(?P<year2>\d\d(?:\d\d)?)\b",
         _h_year_range),
        ("year", r"(?<![\d,.$€£])(?i:\b(?:(?:in|by|until|till|before|since|from|through|during)\s+)?"
         r"(?:(?:early|late)[\s-]+)?)"
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
    # "signed by the two ministers on Monday": a "by" with words between it and the time names the
    # doer (or the means), not a limit
    before = _ORIGIN_FROM.sub(" ", _AGENT_BY.sub(" ", text[begin:start]))
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
    cued = {name: cue.search(text) is not None for name, cue in _CUES.items()}
    for priority, (needs, pattern, handler) in enumerate(_PATTERNS):
        if not cued[needs]:
            continue
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
        if kind == NOT_TIME:
            continue
        lead = _NO_LATER_THAN.search(text, 0, m.start())  # "no later than 30 June": the limit's own words
        begin = lead.start() if lead is not None else m.start()
        out.append(TimeExpr(begin, m.end(), text[begin:m.end()], value, kind, direction))
    return tuple(_weekdays_named(text, sorted(out, key=lambda e: e.start)))


# A weekday's name and the calendar day right after it ("Monday, May 22", "Thursday (May 7th)").
_WEEKDAY_WORD = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_BEFORE_ITS_DAY = re.compile(r"\s*,?\s*\(?\s*")


def _weekdays_named(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """Join a weekday and the calendar day it names ("on Monday May 22"): one time, the day's, not the
    weekday read on its own (the Monday before the story) beside it."""
    out: list[TimeExpr] = []
    for e in found:
        last = out[-1] if out else None
        if (last is not None and e.value is not None and len(e.value) == 10
                and _WEEKDAY_WORD.search(last.text) and not any(ch.isdigit() for ch in last.text)
                and _BEFORE_ITS_DAY.fullmatch(text[last.end:e.start])):
            out[-1] = TimeExpr(last.start, e.end, text[last.start:e.end], e.value, e.kind, e.ahead)
            continue
        out.append(e)
    return out


_GRAIN_WORDS = (("quarter", re.compile(r"(?i)\bquarter\b|\bQ[1-4]\b")),
                ("half", re.compile(r"(?i)\bhalf\b|\bsemester\b|\bmid(?:dle)?\b[\s-]+(?:of\s+)?(?:the\s+)?"
                                    r"(?:\w+\s+year|\d{4})")),
                ("week", re.compile(r"(?i)\bweek\b")))


def granularity(expr: TimeExpr) -> str | None:
    """Return how wide a resolved expression's window is: day, week, month, quarter, half or year."""
    if expr.value is None:
        return None
    for grain, words in _GRAIN_WORDS:
        if words.search(expr.text) and (grain != "week" or len(expr.value) == 10):
            return grain
    return {10: "day", 7: "month", 4: "year"}.get(len(expr.value))


def is_half_year(expr: TimeExpr) -> bool:
    """Say whether an expression names half a year ("in the second half of 2026", "by mid-2027"), not
    half a month ("in the second half of March")."""
    words = re.findall(r"[A-Za-z]+", expr.text)
    return granularity(expr) == "half" and not any(is_month_name(w) for w in words)


def resolve(expression: str, ref: date | None, *, future: bool | None = None) -> str | None:
    """Return the most precise value an expression states ("YYYY-MM-DD" … "YYYY"), or None.

    "On Saturday [April 5, 2025]" gives the explicit date; vague wording gives None.
    """
    # Precision first, then a calendar date over a relative word that restates it.
    ranked = [(len(e.value), any(c.isdigit() for c in e.text), -i, e.value)
              for i, e in enumerate(find_time_expressions(expression, ref, future=future))
              if e.value is not None]
    return max(ranked)[3] if ranked else None


def resolve_done(expression: str, ref: date) -> str | None:
    """Return the value of a time told of an act already done by `ref` (the story's day): a
    day or month with no year of its own is the last one on or before `ref` ("signed on
    2 December", told on 20 November, is the December before), however close ahead it falls.
    """
    value = resolve(expression, ref, future=False)
    if value is None or len(value) < 7 or value <= ref.isoformat()[:len(value)] \
            or re.search(_YEAR, expression):
        return value
    year, rest = int(value[:4]) - 1, value[4:]
    if rest == "-02-29":
        rest = "-02-28"
    return f"{year:04d}{rest}"


def day_given(text: str) -> date | None:
    """Return the day a person writes on the command line: ISO (2026-12-04) or a common written form
    ("4 December 2026", "Dec 4, 2026", "04.12.2026", "yesterday"); None when it names no one day.

    Numeric day and month read day first, as most of the world writes them.
    """
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            return None  # ISO-shaped but no day (2025-13-01): not to be read another way
    import dateparser

    found = dateparser.parse(text, languages=["en"], settings={
        "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY",
        "RETURN_AS_TIMEZONE_AWARE": False})
    return found.date() if found is not None else None
