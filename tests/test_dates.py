"""Resolution of time expressions against a reference date (sentences written for the tests)."""

from __future__ import annotations

from datetime import date

import pytest

from accord.normalize.dates import _CUES, _PATTERNS, find_time_expressions, last_weekday_on_or_before, resolve
from tests.conftest import written_texts

TUESDAY = date(2024, 11, 26)


@pytest.mark.parametrize(("expression", "expected"), [
    ("on Tuesday", "2024-11-26"),
    ("on Friday", "2024-11-22"),
    ("today", "2024-11-26"),
    ("this afternoon", "2024-11-26"),
    ("tonight", "2024-11-26"),
    ("yesterday", "2024-11-25"),
    ("tomorrow", "2024-11-27"),
    ("next month", "2024-12"),
    ("next year", "2025"),
    ("within two weeks", "2024-12-10"),
    ("in two weeks", "2024-12-10"),
    ("in two weeks’ time", "2024-12-10"),
    ("in 10 days", "2024-12-06"),
    ("within three months", "2025-02-26"),
    ("in February of the following year", "2025-02"),
    ("February next year", "2025-02"),
    ("in Q3 2025", "2025-09"),
    ("in February 2025", "2025-02"),
    ("early April 2019", "2019-04"),
    ("April 11, 2025", "2025-04-11"),
    ("11 April 2025", "2025-04-11"),
    ("2025-04-11", "2025-04-11"),
    ("by the end of the year", "2024-12"),
    ("by year-end", "2024-12"),
    ("by the end of 2026", "2026-12"),
    ("by 2030", "2030"),
    ("soon", None),
    ("as soon as possible", None),
    ("at the earliest", None),
    ("beginning in FY 2023", None),
    ("On Saturday [April 5, 2025]", "2025-04-05"),
])
def test_resolve_against_reference(expression: str, expected: str | None) -> None:
    assert resolve(expression, TUESDAY) == expected


def test_month_day_without_year_rolls_into_next_year_when_ahead() -> None:
    assert resolve("from Jan. 4 to 6", date(2025, 12, 30), future=True) == "2026-01-06"
    assert resolve("by March 1", date(2024, 11, 26)) == "2025-03-01"
    assert resolve("effective from March 1", date(2024, 1, 29)) == "2024-03-01"


def test_month_day_in_a_report_stays_in_the_past() -> None:
    assert resolve("the talks in Hanoi on Nov. 2", date(2018, 11, 4)) == "2018-11-02"


def test_weekday_direction_follows_the_clause() -> None:
    sunday = date(2026, 1, 4)
    text = "The president departed on Sunday and will hold talks with his host on Monday."
    values = [e.value for e in find_time_expressions(text, sunday)]
    assert values == ["2026-01-04", "2026-01-05"]
    said = find_time_expressions("The office announced Tuesday that he will travel.", date(2025, 12, 30))
    assert said[0].value == "2025-12-30"


def test_forced_future_weekday() -> None:
    assert resolve("on Monday", date(2023, 9, 10), future=True) == "2023-09-11"
    assert resolve("on Monday", date(2023, 9, 10)) == "2023-09-04"


def test_spans_point_into_the_text() -> None:
    text = "The ministers will reconvene in Minsk within two weeks, officials said on Tuesday."
    found = find_time_expressions(text, TUESDAY)
    assert [text[e.start:e.end] for e in found] == [e.text for e in found]
    assert [(e.text, e.kind) for e in found] == [("within two weeks", "deadline"), ("on Tuesday", "date")]


def test_not_dates() -> None:
    text = "They may sign the 2025-27 roadmap; the $3.7 billion plan covers 150,000 workers."
    assert find_time_expressions(text, TUESDAY) == []
    assert find_time_expressions("in recent years", TUESDAY) == []


def test_without_reference_only_absolute_dates_resolve() -> None:
    assert resolve("on Tuesday", None) is None
    assert resolve("March 3, 2025", None) == "2025-03-03"


def test_last_weekday_on_or_before() -> None:
    assert last_weekday_on_or_before(TUESDAY, 1) == TUESDAY
    assert last_weekday_on_or_before(TUESDAY, 2) == date(2024, 11, 20)


def test_event_date_is_the_reported_day_not_the_stamp() -> None:
    from accord.core import Article
    from accord.extract.rules.context import Context
    from accord.nlp import load_pipeline
    from accord.settings import DEFAULT_MODEL

    nlp = load_pipeline(DEFAULT_MODEL)
    text = ("PUBLISHED : 27 Nov 2024\nOSLO: Norway and Chile on Tuesday signed a trade pact. "
            "The ministers will meet again on Friday.")
    article = Article(name="t.txt", text=text, content_hash="x", published=date(2024, 11, 27))
    assert Context(article, nlp(text)).event_date == date(2024, 11, 26)
    ahead = "The ministers will meet on Friday in Oslo."
    article = Article(name="u.txt", text=ahead, content_hash="y", published=date(2024, 11, 27))
    assert Context(article, nlp(ahead)).event_date == date(2024, 11, 27)


def test_a_year_range_dates_a_past_event_by_its_start_and_a_deadline_by_its_end() -> None:
    from accord.normalize.dates import find_time_expressions

    past = find_time_expressions("He recalled the visit to Oslo in 2015-16.", date(2025, 4, 11))
    ahead = find_time_expressions("The plan will be carried out in 2025-2027.", date(2025, 4, 11))
    assert [(t.text, t.value) for t in past] == [("in 2015-16", "2015")]
    assert [(t.text, t.value) for t in ahead] == [("in 2025-2027", "2027")]


@pytest.mark.parametrize(("text", "month"), [
    ("announced during the February visit", "2031-02"),
    ("as agreed at their June summit", "2031-06"),
    ("the October talks ended without a deal", "2030-10"),
    ("since his March trip to Lagos", "2031-03"),
    ("the May deadline was missed", "2031-05"),
])
def test_a_month_naming_an_event_is_its_date(text: str, month: str) -> None:
    assert [e.value for e in find_time_expressions(text, date(2031, 6, 20), future=False)] == [month]


@pytest.mark.parametrize(("text", "month"), [
    ("the visit, planned for September, was confirmed", "2031-09"),
    ("talks scheduled for November", "2031-11"),
    ("a summit slated for early March", "2032-03"),
    ("the session, set for July, is ready", "2031-07"),
    ("the vote due for October", "2031-10"),
])
def test_a_month_an_event_is_scheduled_for_is_its_date(text: str, month: str) -> None:
    assert [e.value for e in find_time_expressions(text, date(2031, 6, 20), future=True)] == [month]


@pytest.mark.parametrize("text", ["the opposition called for May to resign", "a vote for May's party",
                                  "thanks for August support"])
def test_for_before_a_month_word_without_a_schedule_is_no_date(text: str) -> None:
    assert find_time_expressions(text, date(2031, 6, 20), future=True) == []


@pytest.mark.parametrize("text", [
    "the May government fell", "Theresa May visited Oslo", "talks with May ended"])
def test_a_month_word_without_its_event_is_not_a_date(text: str) -> None:
    assert find_time_expressions(text, date(2031, 6, 20), future=False) == []


@pytest.mark.parametrize(("text", "future", "value"), [
    ("will open the line in the spring", True, "2032-05"),  # said in November: next spring
    ("by summer 2033", True, "2033-08"),
    ("talks resume this fall", None, "2031-11"),
    ("met last winter", False, "2031-02"),
    ("in the spring of 2030", None, "2030-05"),
    ("before next autumn", True, "2032-11"),  # autumn is running: next year's
    ("by the winter", True, "2032-02"),
])
def test_a_season_is_due_by_its_last_month(text: str, future: bool | None, value: str) -> None:
    found = find_time_expressions(text, date(2031, 11, 12), future=future)
    assert [(e.value, e.kind) for e in found] == [(value, "deadline")]


@pytest.mark.parametrize("text", ["a fall in trade", "the fall of the old regime", "the Arab Spring",
                                  "spring water exports", "a summer school for diplomats"])
def test_season_words_that_are_not_times(text: str) -> None:
    assert find_time_expressions(text, date(2031, 11, 12)) == []


@pytest.mark.parametrize("text", [
    "The premier toured the port, for the first time in 11 years.",
    "Trade between them reached its highest level in five years.",
    "It was the first such visit in two decades and the first round of talks in three years.",
    "Exports suffered the sharpest fall in six months.",
    "The only state visit in four years came when the king stayed in Hue.",
])
def test_a_stretch_since_something_last_happened_is_not_a_time(text: str) -> None:
    assert [e.text for e in find_time_expressions(text, TUESDAY) if e.kind == "deadline"] == []


@pytest.mark.parametrize(("text", "value"), [
    ("They will hold the first round in two weeks.", "2024-12-10"),
    ("The two ministers will sign the accord in two weeks.", "2024-12-10"),
    ("The first joint patrol is to start in three months.", "2025-02-26"),
    ("Both sides will submit the largest request in ten days.", "2024-12-06"),
    ("In two weeks the plant opens for the first time.", "2024-12-10"),
])
def test_a_time_ahead_stays_a_time_beside_record_words(text: str, value: str) -> None:
    assert [e.value for e in find_time_expressions(text, TUESDAY) if e.kind == "deadline"] == [value]


def test_every_match_holds_its_patterns_cue() -> None:
    """A text without a pattern's cue is not searched with it: no match of it may lack the cue.

    Searched: the tests' sentences and the example articles; every pattern must match in them.
    """
    texts = written_texts()
    unmatched = []
    for i, (needs, pattern, _handler) in enumerate(_PATTERNS):
        matches = [m.group(0) for text in texts for m in pattern.finditer(text) if m.group(0)]
        assert [m for m in matches if not _CUES[needs].search(m)] == [], (i, pattern.pattern)
        if not matches:
            unmatched.append(i)
    assert unmatched == []


@pytest.mark.parametrize(("expression", "expected"), [
    ("from 3 to 5 January 2023", "2023-01-05"),
    ("on 4-6 February 2024", "2024-02-06"),
    ("from January 3 to 5, 2023", "2023-01-05"),
    ("between 12 and 14 March", "2025-03-14"),
])
def test_a_span_of_days_written_either_way_keeps_its_year(expression: str, expected: str) -> None:
    assert resolve(expression, date(2025, 5, 6), future=False) == expected
