"""Compare temporal-expression libraries with accord's own rules on deadline wordings; print a table.

    python bench/temporal_compare.py            # Markdown table on stdout

Each row is a deadline as reports word it, the day it was said and the end of the window it
gives (the value a tracker judges the promise by: "before March 2023" is February 2023,
"next week" said on Monday 1 May 2023 is Sunday 14 May). A library's answer is right when it
names that end at the expected granularity: its value (or, for a range, its last day) read
to the day, month or year the row expects. Libraries that are not installed are shown as
such; accord itself does not depend on any of them (see docs/temporal.md).
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from datetime import date, datetime, timedelta

from accord.normalize.dates import resolve

# wording, said on, expected end of window ("YYYY-MM-DD", "YYYY-MM" or "YYYY")
CASES: tuple[tuple[str, date, str], ...] = (
    ("in the first week of December", date(2024, 11, 20), "2024-12-07"),
    ("within the year", date(2024, 3, 5), "2024-12"),
    ("this year", date(2024, 3, 5), "2024"),
    ("before the end of the year", date(2024, 3, 5), "2024-12"),
    ("by the end of the year", date(2024, 3, 5), "2024-12"),
    ("later this month", date(2024, 3, 5), "2024-03"),
    ("mid-February", date(2024, 1, 10), "2024-02"),
    ("by the end of the first quarter", date(2024, 1, 10), "2024-03"),
    ("set to be signed on Wednesday", date(2024, 3, 4), "2024-03-06"),
    ("initially planned for Monday", date(2024, 3, 6), "2024-03-11"),
    ("before the summit in May", date(2024, 3, 6), "2024-05"),
    ("by the end of August", date(2020, 8, 7), "2020-08"),
    ("on January 1, 2021", date(2020, 10, 23), "2021-01-01"),
    ("from August 31 to September 3", date(2019, 7, 31), "2019-09-03"),
    ("next week", date(2023, 5, 1), "2023-05-14"),
    ("on May 7", date(2023, 5, 3), "2023-05-07"),
    ("in October or November", date(2023, 9, 27), "2023-11"),
    ("in July", date(2023, 6, 20), "2023-07"),
    ("before March 2023", date(2022, 9, 1), "2023-02"),
    ("by the end of 2026", date(2025, 4, 30), "2026-12"),
    ("within a period not exceeding two months", date(2023, 3, 10), "2023-05-10"),
    ("before the end of this quarter", date(2023, 2, 14), "2023-03"),
    ("on June 27 and 28 this year", date(2023, 5, 9), "2023-06-28"),
    ("by the end of the first quarter of 2024", date(2023, 5, 9), "2024-03"),
    ("in March 2024", date(2023, 7, 25), "2024-03"),
    ("in Ashgabat in 2024", date(2023, 11, 29), "2024"),
    ("by the end of February 2025", date(2024, 12, 11), "2025-02"),
    ("within 4 months", date(2025, 2, 18), "2025-06-18"),
    ("scheduled for March 2025", date(2025, 2, 18), "2025-03"),
    ("within two weeks", date(2024, 11, 26), "2024-12-10"),
    ("in February of the following year", date(2024, 11, 26), "2025-02"),
    ("next month", date(2022, 9, 30), "2022-10"),
    ("early April 2019", date(2018, 11, 4), "2019-04"),
    ("this weekend", date(2024, 1, 12), "2024-01-14"),
    ("by mid-2023", date(2022, 10, 1), "2023-06"),
    ("in the second half of 2025", date(2025, 1, 15), "2025-12"),
)

Parser = Callable[[str, date], "date | str | None"]


def _read(value: date | str | None, expected: str) -> str | None:
    """Return a library's answer read at the granularity of the expected value."""
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, date) else value
    return text[:len(expected)] if len(text) >= len(expected) else text


def accord_rules(text: str, ref: date) -> str | None:
    return resolve(text, ref, future=True)


def dateparser_search(text: str, ref: date) -> date | None:
    from dateparser.search import search_dates

    base = datetime(ref.year, ref.month, ref.day)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"}
    found = search_dates(text, languages=["en"], settings=settings)
    return found[-1][1].date() if found else None


def ctparse_parse(text: str, ref: date) -> date | str | None:
    from ctparse import ctparse

    result = ctparse(text, ts=datetime(ref.year, ref.month, ref.day), timeout=2)
    if result is None:
        return None
    res = result.resolution
    end = getattr(res, "t_to", None) or getattr(res, "t_from", None) or res
    if getattr(end, "year", None) is None:
        return None
    if getattr(end, "day", None) is None:
        return f"{end.year:04d}-{end.month:02d}" if getattr(end, "month", None) else f"{end.year:04d}"
    return date(end.year, end.month, end.day)


_DUCKLING: list[object] = []


def duckling_parse(text: str, ref: date) -> date | None:
    import duckling

    if not _DUCKLING:
        _DUCKLING.append(duckling.load_time_zones("/usr/share/zoneinfo"))
    stamp = int(datetime(ref.year, ref.month, ref.day).timestamp())
    ref_time = duckling.parse_ref_time(_DUCKLING[0], "UTC", stamp)
    lang = duckling.parse_lang("EN")
    context = duckling.Context(ref_time, duckling.default_locale_lang(lang))
    found = duckling.parse(text, context, duckling.parse_dimensions(["time"]), False)
    if not found:
        return None
    value = found[-1]["value"]
    if value.get("type") == "interval":
        end = value.get("to") or value.get("from")
        if end is None:
            return None
        day = date.fromisoformat(end["value"][:10])
        # duckling's interval end is exclusive: the window ends the grain before it
        return day - timedelta(days=1) if "to" in value else day
    return date.fromisoformat(value["value"][:10])


def recognizers_parse(text: str, ref: date) -> date | None:
    from recognizers_date_time import Culture, recognize_datetime

    found = recognize_datetime(text, Culture.English, reference=datetime(ref.year, ref.month, ref.day))
    for result in reversed(found):
        for value in (result.resolution or {}).get("values", []):
            if "end" in value:
                return date.fromisoformat(value["end"][:10]) - timedelta(days=1)  # end is exclusive
            if "value" in value and len(value["value"]) >= 10:
                return date.fromisoformat(value["value"][:10])
    return None


_TIMEXY: list[object] = []


def timexy_parse(text: str, ref: date) -> str | None:
    import re

    import spacy
    from timexy import Timexy  # noqa: F401  (registers the factory)

    if not _TIMEXY:
        nlp = spacy.blank("en")
        nlp.add_pipe("timexy", config={"kb_id_type": "timex3", "label": "timexy", "overwrite": False})
        _TIMEXY.append(nlp)
    doc = _TIMEXY[0](text)  # type: ignore[operator]
    for ent in reversed(doc.ents):
        m = re.search(r'value="([^"]+)"', ent.kb_id_)
        if m:
            return m.group(1)[:10]
    return None


PARSERS: dict[str, Parser] = {
    "accord rules": accord_rules,
    "dateparser 1.5.0": dateparser_search,
    "ctparse 0.3.6": ctparse_parse,
    "duckling (pyduckling-native-phihos 0.3.0)": duckling_parse,
    "recognizers-text-date-time 1.0.2a2": recognizers_parse,
    "timexy 0.1.3": timexy_parse,
}


def run(parser: Parser, text: str, ref: date) -> str:
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            value = parser(text, ref)
    except ImportError:
        return "n/a"
    except Exception as exc:  # a library failing on one wording is a result, not a crash
        return f"error ({type(exc).__name__})"
    return str(value) if value is not None else "–"


def main() -> None:
    names = list(PARSERS)
    right = dict.fromkeys(names, 0)
    print("| wording | said on | window ends | " + " | ".join(names) + " |")
    print("|---|---|---|" + "---|" * len(names))
    for text, ref, expected in CASES:
        cells = []
        for name in names:
            got = run(PARSERS[name], text, ref)
            ok = _read(got, expected) == expected if got[:1].isdigit() else False
            right[name] += ok
            cells.append(("**" + got + "**") if ok else got)
        print(f"| {text} | {ref.isoformat()} | {expected} | " + " | ".join(cells) + " |")
    print("| **right** | | | " + " | ".join(f"**{right[n]}/{len(CASES)}**" for n in names) + " |")


if __name__ == "__main__":
    main()
