"""Property tests: the date resolver, the number parser and the extractor never raise.

Text is generated from the genre's own vocabulary (months with every lead word, weekdays,
relative expressions, numbers in words and digits, odd punctuation), because that is where
a rule's regular expression meets shapes its author did not write down.
"""

from __future__ import annotations

import math
import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.core import Article
from accord.extract import extract_articles
from accord.normalize.dates import find_time_expressions, resolve
from accord.normalize.numbers import parse_number
from accord.settings import Settings

MONTHS = ["January", "Feb.", "March", "Apr", "May", "June", "Jul.", "August", "Sept.", "Sep",
          "October", "Nov", "December"]
LEADS = ["in", "by", "until", "till", "before", "from", "since", "during", "last", "next", "this",
         "early", "late", "mid", "mid-", "end of", "the end of", "on", "coming", "following",
         "previous", "current", "the first week of", "later this", "by the end of the first quarter of"]
WEEKDAYS = ["Monday", "tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
RELATIVE = ["in two weeks", "within a fortnight", "next month", "later this month", "this year",
            "within the year", "before the end of the year", "in the near future", "soon",
            "the day after tomorrow", "yesterday", "next weekend", "within 60 days",
            "in a couple of months", "by year-end", "in 2015-16", "FY2025/26", "in the coming weeks"]
NUMBERS = ["15", "fifteen", "1,500", "$2.5 billion", "3.5 million", "twenty-one", "0", "2024",
           "31", "99", "1st", "22nd", "one hundred and five", "USD 40m", "€7bn", "10,00", "1.2.3"]
WORDS = ["Pakistan", "Belarus", "the two sides", "signed", "agreed to", "will visit", "postponed",
         "a memorandum of understanding", "MoUs", "agreements", "the joint commission", "met",
         "Prime Minister Shehbaz Sharif", "President", "talks", "the roadmap", "on trade", "and", "of"]
PUNCT = [" ", " ", " ", ", ", ". ", " — ", "–", "-", " (", ") ", '"', "…", "; ", "/", ",,", "  ", "\n",
         ": ", "'s ", "’"]

fragment = st.one_of(
    st.tuples(st.sampled_from(LEADS), st.sampled_from(MONTHS)).map(" ".join),
    st.tuples(st.sampled_from(MONTHS), st.sampled_from(NUMBERS)).map(" ".join),
    st.tuples(st.sampled_from(NUMBERS), st.sampled_from(MONTHS), st.sampled_from(NUMBERS)).map(" ".join),
    st.tuples(st.sampled_from(LEADS), st.sampled_from(WEEKDAYS)).map(" ".join),
    st.sampled_from(RELATIVE), st.sampled_from(NUMBERS), st.sampled_from(WORDS),
    st.text(alphabet="0123456789-–/.,:' ", max_size=6),
)
genre_text = st.lists(st.tuples(fragment, st.sampled_from(PUNCT)), min_size=1, max_size=14).map(
    lambda parts: "".join(f + p for f, p in parts))
ref_dates = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)))
VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@settings(max_examples=400, deadline=None)
@given(text=genre_text, ref=ref_dates, future=st.sampled_from([None, True, False]))
def test_time_expressions_never_raise_and_quote_their_text(text: str, ref: date | None,
                                                           future: bool | None) -> None:
    for expr in find_time_expressions(text, ref, future=future):
        assert 0 <= expr.start < expr.end <= len(text)
        assert text[expr.start:expr.end] == expr.text
        if expr.value is not None:
            assert VALUE.fullmatch(expr.value), expr
            if len(expr.value) == 10:
                date.fromisoformat(expr.value)
    value = resolve(text, ref, future=future)
    assert value is None or VALUE.fullmatch(value)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(genre_text, st.text(max_size=30)))
def test_numbers_never_raise_and_are_finite(text: str) -> None:
    value = parse_number(text)
    assert value is None or math.isfinite(value)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentences=st.lists(genre_text, min_size=1, max_size=6), ref=ref_dates)
def test_the_extractor_never_raises_and_every_span_quotes_the_text(sentences: list[str],
                                                                  ref: date | None) -> None:
    text = "\n".join(sentences)
    article = Article(name="generated.txt", text=text, content_hash="h", published=ref)
    (facts,) = extract_articles([article], Settings.from_env())
    assert not isinstance(facts, Exception), facts  # an ExtractionError here is a bug to fix
    for fact in facts.all_facts():
        ev = fact.evidence
        assert text[ev.start:ev.end] == ev.text
