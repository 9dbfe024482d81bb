"""Extraction and consolidation of a batch of articles, as `extract`, `eval` and `ingest` run it.

An article whose text states no date cannot resolve "in two weeks" or "on Tuesday". When
other articles of the batch report the same event (they share enough records after a first
consolidation), the day they give that event becomes the undated article's reference date,
and the article is extracted again with it. Its `published` stays null: the date is
inferred, not stated.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from accord.core import Article, ArticleFacts, Instrument, Meeting
from accord.errors import ExtractionError
from accord.extract import extract_articles
from accord.resolve import Register, ResolveOptions, consolidate
from accord.settings import Settings


@dataclass(slots=True)
class BatchResult:
    """The facts of each article (input order, clusters filled) and their register.

    An article the extractor failed on is in `failed`, not in `facts`.
    """

    facts: list[ArticleFacts]
    register: Register
    inferred: dict[str, date]  # article name -> reference date taken from other reports
    failed: list[ExtractionError] = field(default_factory=list)


def extract_batch(articles: Iterable[Article], settings: Settings, workers: int = 1,
                  consolidate_facts: bool = True,
                  on_extracted: Callable[[ArticleFacts | ExtractionError], None] | None = None,
                  ) -> BatchResult:
    """Return the batch's facts, consolidated across articles when asked.

    `articles` is read as extraction needs them. `on_extracted` is called as each article's
    first extraction finishes (for progress), with its facts or with the error that kept it out.
    """
    results: list[ArticleFacts] = []
    failed: list[ExtractionError] = []
    for item in extract_articles(articles, settings, workers=workers):
        if isinstance(item, ExtractionError):
            failed.append(item)
        else:
            results.append(item)
        if on_extracted is not None:
            on_extracted(item)
    options = ResolveOptions.from_settings(settings)
    if not consolidate_facts:
        return BatchResult(results, Register(options), {}, failed)
    register = consolidate(results, options)
    dates = reference_dates(results, register)
    if not dates:
        return BatchResult(results, register, {}, failed)
    redo = [replace(f.article, reference_date=dates[f.article.content_hash])
            for f in results if f.article.content_hash in dates]
    # a second extraction that fails keeps the first one (it only lacked the date)
    again = {f.article.content_hash: f for f in extract_articles(redo, settings, workers=workers)
             if isinstance(f, ArticleFacts)}
    results = [again.get(f.article.content_hash, f) for f in results]
    register.add_all(again.values())  # only the parts of the register the redone articles reach
    inferred = {f.article.name: dates[f.article.content_hash]
                for f in results if f.article.content_hash in again}
    return BatchResult(results, register, inferred, failed)


def reference_dates(results: Sequence[ArticleFacts], register: Register) -> dict[str, date]:
    """Return, for each undated article of a batch sharing its event with a dated one, that event's day."""
    by_hash = {f.article.content_hash: f for f in results}
    out: dict[str, date] = {}
    for facts in results:
        if facts.article.published is None and facts.article.reference_date is None:
            day = reference_date(facts, register, by_hash)
            if day is not None:
                out[facts.article.content_hash] = day
    return out


def reference_date(facts: ArticleFacts, register: Register,
                   reports: Mapping[str, ArticleFacts]) -> date | None:
    """Return the day of the event an undated article shares with the dated report it is most linked to.

    `register` holds the article's facts and `reports` the facts of the articles it may be
    linked to (those not in it are passed over). The day depends on the two articles only,
    so it is the same whether they came in one batch or in two.
    """
    floor = register.options.undated_affinity
    links = register.article_links(facts.article.content_hash)
    dated = [(share, h) for h, share in links.items()
             if share >= floor and h in reports and reports[h].article.published is not None]
    if not dated:
        return None
    # the most linked report wins; ties go to the earliest, then the smallest hash
    best = max(dated, key=lambda sh: (sh[0], _neg_ordinal(reports[sh[1]]), sh[1]))[1]
    return shared_event_day(facts, reports[best])


def shared_event_day(undated: ArticleFacts, dated: ArticleFacts) -> date | None:
    """Return the day a dated report gives the events it shares with an undated one, else None.

    Only a meeting or signing both reports name lends its day: a report of the talks that
    followed a declaration must not date the declaration's own report with the talks' day.
    """
    shared = {f.record for f in undated.all_facts() if f.record}
    events: list[Meeting | Instrument] = [*dated.meetings, *dated.instruments]
    days = Counter(d for f in events if f.record in shared and (d := f.date) and len(d) == 10)
    if days:
        return date.fromisoformat(max(days.items(), key=lambda kv: (kv[1], kv[0]))[0])
    if not any(f.record in shared for f in events):
        return None  # they share people or promises, not an event
    return event_day(dated)


def event_day(facts: ArticleFacts) -> date | None:
    """Return the day an article gives its main event: its meetings' commonest day, else its date."""
    days = Counter(m.date for m in facts.meetings if m.date and len(m.date) == 10)
    if days:
        return date.fromisoformat(max(days.items(), key=lambda kv: (kv[1], kv[0]))[0])
    return facts.article.published


def _neg_ordinal(facts: ArticleFacts) -> int:
    published = facts.article.published
    return -published.toordinal() if published else 0
