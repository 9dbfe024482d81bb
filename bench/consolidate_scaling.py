"""Benchmark: does consolidation grow near-linearly with the number of articles?

    .venv/bin/python bench/consolidate_scaling.py [--sizes 1000,2000,4000,8000] [--seed 7]

The real articles (../shared/corpus when present, else examples/pakistan-belarus) are
extracted once. Synthetic corpora are then made from their facts: each synthetic event
takes one real article as its template and is reported by about five "outlets", each
keeping a random 80% of the template's facts (outlets omit things), with the country pair,
the people's names (with the odd spelling variant), the dates and the places all varied
per event. Every size is consolidated from scratch; the table shows the time per article,
the comparisons made per article and, last, the cost of adding 50 more articles to the
largest register one by one (the incremental path).
Not part of the tests: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import itertools
import math
import random
import string
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from rich.console import Console
from rich.table import Table

from accord.core import Article, ArticleFacts, Commitment, Instrument, Meeting, Person
from accord.extract import extract_articles
from accord.ingest import IngestOptions, iter_articles
from accord.normalize.countries import Country, gazetteer
from accord.resolve import Register, ResolveOptions, consolidate
from accord.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REPORTS_PER_EVENT = 5


def real_facts() -> list[ArticleFacts]:
    """Return the extracted facts of the real sample articles (dated ones only)."""
    folders = [SHARED / "corpus" / "seeds", SHARED / "corpus" / "more" / "articles"]
    paths = [p for f in folders if f.is_dir() for p in sorted(f.glob("*.txt"))]
    paths = paths or sorted((REPO / "examples" / "pakistan-belarus").glob("*.txt"))
    articles = [a for a in iter_articles(paths, IngestOptions()) if isinstance(a, Article)]
    return [f for f in extract_articles(articles, Settings.from_env()) if f.article.published]


class Varier:
    """Makes one synthetic event's substitutions: states, names, dates."""

    def __init__(self, rng: random.Random, states: list[Country]) -> None:
        self.rng = rng
        self.states = states

    def name(self) -> str:
        def word() -> str:
            consonants, vowels = "bdfgklmnprstvz", "aeiou"
            n = self.rng.randint(2, 3)
            return "".join(self.rng.choice(consonants) + self.rng.choice(vowels) for _ in range(n)).title()
        return f"{word()} {word()}"

    def variant(self, name: str) -> str:
        """Return the name with one vowel changed (a spelling variant) one time in five."""
        if self.rng.random() > 0.2:
            return name
        vowels = [i for i, ch in enumerate(name) if ch in "aeiou"]
        if not vowels:
            return name
        i = self.rng.choice(vowels)
        return name[:i] + self.rng.choice([v for v in "aeiou" if v != name[i]]) + name[i + 1:]


def _shift(value: str | None, delta: timedelta) -> str | None:
    if not value:
        return value
    try:
        if len(value) == 10:
            return (date.fromisoformat(value) + delta).isoformat()
        if len(value) == 7:
            return (date.fromisoformat(value + "-15") + delta).isoformat()[:7]
        if len(value) == 4:
            return str(int(value) + round(delta.days / 365))
    except ValueError:
        return value
    return value


def synthetic_event(template: ArticleFacts, event: int, varier: Varier) -> list[ArticleFacts]:
    """Return the reports of one synthetic event built on `template`."""
    rng = varier.rng
    a_state, b_state = rng.sample(varier.states, 2)
    states = {}
    counts: dict[str, int] = {}
    for p in template.people:
        if p.country:
            counts[p.country] = counts.get(p.country, 0) + 1
    for ins in template.instruments:
        for party in ins.parties:
            counts[party] = counts.get(party, 0) + 1
    for old, new in zip(sorted(counts, key=lambda c: -counts[c])[:2], (a_state, b_state), strict=False):
        states[old] = new.name
    names = {p.name: varier.name() for p in template.people}
    assert template.article.published is not None
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(0, 15 * 365))
    delta = day - template.article.published
    place = a_state.capital or a_state.name
    reports = []
    for r in range(REPORTS_PER_EVENT):
        def keep() -> bool:
            return rng.random() < 0.8

        def state(x: str | None) -> str | None:
            return states.get(x, x) if x else x

        art = replace(template.article, name=f"syn-{event:05d}-{r}.txt",
                      content_hash=f"syn{event:05d}{r}{''.join(rng.choices(string.hexdigits, k=8))}",
                      published=day + timedelta(days=rng.randint(0, 1)),
                      outlet=f"Outlet {rng.randint(1, 40)}", dateline=place)
        out = ArticleFacts(art, template.extractor, template.extractor_version)
        out.people = [Person(name=varier.variant(names[p.name]), role=p.role, country=state(p.country),
                             evidence=p.evidence) for p in template.people if keep()]
        out.instruments = [replace(i, parties=tuple(state(x) or x for x in i.parties),
                                   date=_shift(i.date, delta), place=place if i.place else None,
                                   signatories=tuple(names.get(s, s) for s in i.signatories), cluster=None)
                           for i in template.instruments if keep()]
        out.meetings = [Meeting(kind=m.kind, participants=tuple(names.get(x, x) for x in m.participants),
                                place=place if m.place else None, date=_shift(m.date, delta),
                                evidence=m.evidence) for m in template.meetings if keep()]
        out.commitments = [Commitment(actor=c.actor, action=c.action, deadline_text=c.deadline_text,
                                      deadline=_shift(c.deadline, delta), evidence=c.evidence)
                           for c in template.commitments if keep()]
        out.figures = [replace(f, cluster=None) for f in template.figures if keep()]
        _check_types(out)
        reports.append(out)
    return reports


def _check_types(facts: ArticleFacts) -> None:
    assert all(isinstance(i, Instrument) for i in facts.instruments)


def synthetic_reports(templates: list[ArticleFacts], seed: int) -> Iterator[ArticleFacts]:
    """Yield synthetic reports without end (events of five reports each) built from the templates."""
    rng = random.Random(seed)
    states = [c for c in gazetteer().countries if c.population > 1_000_000]
    varier = Varier(rng, states)
    # templates in turn, so every size has the same mix of heavy and light events and the
    # per-article figures of two sizes differ by the corpus size alone
    for event in itertools.count():
        yield from synthetic_event(templates[event % len(templates)], event, varier)


def synthetic_corpus(templates: list[ArticleFacts], size: int, seed: int) -> list[ArticleFacts]:
    """Return the first `size` synthetic reports (see `synthetic_reports`)."""
    return list(itertools.islice(synthetic_reports(templates, seed), size))


def growth_exponent(sizes: list[int], costs: list[float]) -> float | None:
    """Return k of the best fit cost ~ size**k (least squares on logs); 1 is linear growth."""
    points = [(math.log(n), math.log(c)) for n, c in zip(sizes, costs, strict=True) if n > 0 and c > 0]
    if len(points) < 2:
        return None
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    spread = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / spread if spread else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000,2000,4000,8000")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    console = Console()
    with console.status("extracting the real articles the synthetic corpora are built from"):
        templates = real_facts()
    table = Table(title="consolidation scaling (synthetic events of 5 reports each)")
    for column in ("articles", "facts", "records", "seconds", "cpu s", "ms / article", "cpu ms / article",
                   "comparisons / article"):
        table.add_column(column, justify="right")
    sizes = [int(s) for s in args.sizes.split(",")]
    semantic = ResolveOptions().semantic
    if semantic is not None:  # load the model before the clock starts: a once-per-process cost
        start = time.perf_counter()
        semantic.prepare(["load the model"])
        console.print(f"embedding model loaded in {time.perf_counter() - start:.2f} s", highlight=False)
    cpu_costs: list[float] = []
    comparisons: list[float] = []
    last: tuple[Register, list[ArticleFacts]] | None = None
    for size in sizes:
        corpus = synthetic_corpus(templates, size, args.seed)
        fact_count = sum(len(f.all_facts()) for f in corpus)
        start, cpu = time.perf_counter(), time.process_time()
        register = consolidate(corpus)
        # CPU time is the steadier figure on a shared machine: waiting for a core is not work
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        cpu_costs.append(cpu)
        comparisons.append(register.comparisons)
        table.add_row(f"{size:,}", f"{fact_count:,}", f"{len(register.records):,}", f"{seconds:.2f}",
                      f"{cpu:.2f}", f"{1000 * seconds / size:.2f}", f"{1000 * cpu / size:.2f}",
                      f"{register.comparisons / size:.1f}")
        last = (register, corpus)
        console.print(f"  {size:,} articles consolidated in {seconds:.2f} s", highlight=False)
    console.print(table)
    if semantic is not None:
        encoded = getattr(semantic, "encoded", "?")
        console.print(f"similarity: {semantic.name}; texts encoded in all: {encoded}", highlight=False)
    else:
        console.print("similarity: words (ACCORD_SIMILARITY=words)", highlight=False)
    for label, costs in (("cpu time", cpu_costs), ("comparisons", comparisons)):
        k = growth_exponent(sizes, costs)
        if k is not None:
            console.print(f"growth exponent of {label}: {k:.2f} (cost ~ articles^k; 1.00 is linear)",
                          highlight=False)
    if last is not None:
        register, corpus = last
        extra = synthetic_corpus(templates, len(corpus) + 50, args.seed + 1)[-50:]
        start = time.perf_counter()
        for facts in extra:
            register.add(facts)
        seconds = time.perf_counter() - start
        console.print(f"incremental: 50 articles added one by one to the {len(corpus):,}-article register "
                      f"in {seconds:.2f} s ({1000 * seconds / 50:.1f} ms per article)", highlight=False)


if __name__ == "__main__":
    main()
