"""Benchmark: what adding one article costs as the store grows (issue "never brick, never lose", item 4).

    .venv/bin/python bench/write_cost.py [--sizes 1000,10000,100000] [--seed 7] [--cache DIR]

The large stores are made of copies of real articles: the dev corpora's seed and "more"
articles (../shared/corpus, else examples/pakistan-belarus) are extracted once, then each
synthetic event takes one of them as its template and is reported by about five copies
with new content hashes, shifted dates, another pair of states and other people's names
(the generator of bench/consolidate_scaling.py; the text stays the template's). The copies
are written 1,000 at a time through `Store.add_many` and registered by one
`update_register` per batch (each row saves where its facts are filed, so a batch reads only
the rows its facts' blocks reach and memory stays bounded), in one pass that keeps the
smaller sizes on the way. Built stores are kept in the cache folder (one per size, seed
and schema revision), so a second run only measures.

Each measurement works on a copy: one real article not in the store (the first wide/
article) is ingested the way `accord ingest FILE` does it (`usecases.ingest_articles`:
extract, store, update the register) and timed, the language and embedding models loaded
beforehand; then, on a fresh copy, the register update alone (the article's facts already
stored); then what a write pays whatever it adds (reading the register's state, applying
the audit log, saving) alone. The target is < 1 s at 100k articles, and flat columns: one
article should cost what its own facts' blocks cost, not the store's size. Not part of the
tests: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import signal
import statistics
import threading
import time
from collections.abc import Collection
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

from consolidate_scaling import SHARED, real_facts, synthetic_reports
from rich.console import Console
from rich.progress import Progress
from rich.table import Table
from sqlalchemy import event

import accord.registry
from accord.core import Article, ArticleFacts
from accord.extract import extract_articles
from accord.ingest import IngestOptions, iter_articles
from accord.registry import update_register
from accord.resolve import Register, ResolveOptions
from accord.resolve.state import STATE_VERSION, UPGRADABLE
from accord.settings import Settings
from accord.store import Store
from accord.store.migrations import head_revision
from accord.store.register_store import (
    RowSource,
    article_facts_of_ids,
    load_state,
    registered_article_ids,
)
from accord.usecases import ingest_articles

REPO = Path(__file__).resolve().parents[1]


def newcomer() -> Article:
    """Return the real article to add: the first wide/ article, else the last example."""
    folder = SHARED / "corpus" / "wide" / "articles"
    paths = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    paths = paths or sorted((REPO / "examples" / "pakistan-belarus").glob("*.txt"))[-1:]
    return next(a for a in iter_articles(paths[:1], IngestOptions()) if isinstance(a, Article))


CHUNK = 1_000  # articles written in one transaction and registered by one update while building


def cached(size: int, seed: int, cache: Path, version: int = STATE_VERSION) -> Path:
    """Return where the built store of `size` articles is kept (by schema revision and register
    state version: a store of another state version is formed again whole by its first update,
    unless its rows can be brought up to date in place)."""
    return cache / f"store-{size}-seed{seed}-rev{head_revision()}-state{version}.db"


def upgrade(sizes: list[int], seed: int, cache: Path, options: ResolveOptions, console: Console) -> None:
    """Bring the cached stores of these sizes kept by the previous register state version up to date
    the way any store is: a copy takes one update (`update_register`, which saves in each row
    where its facts are filed and adds again the articles filed otherwise than the rules say)."""
    for size in sizes:
        old, new = cached(size, seed, cache, UPGRADABLE), cached(size, seed, cache)
        if new.exists() or not old.exists():
            continue
        part = new.with_suffix(".part")
        shutil.copyfile(old, part)
        store = Store.open(f"sqlite:///{part}")
        event.listen(store.engine, "connect", scratch)
        store.engine.dispose()
        with Clock() as took:
            update_register(store, recurate=True, options=options)
        store.close()
        part.rename(new)
        console.print(f"{size:,} articles: register state version {UPGRADABLE} to {STATE_VERSION} "
                      f"in {took} s", highlight=False)


def scratch(conn: Any, _record: object) -> None:
    """Set up a connection to the file being built: a scratch file, thrown away if the build stops,
    so nothing waits for the disk or keeps a rollback journal, and the block index (hundreds of
    entries per article, filed in random order) is written from a large page cache. What is
    stored is the same; only an interrupted build would not survive."""
    for pragma in ("synchronous=OFF", "journal_mode=OFF", "cache_size=-1000000"):
        conn.execute(f"PRAGMA {pragma}")


def build(sizes: list[int], seed: int, cache: Path, options: ResolveOptions,
          console: Console) -> dict[int, tuple[float, float]]:
    """Build the stores of these sizes not in the cache yet, in one pass; return the seconds each
    took to fill and to register (counted from the store the build started from).

    The real articles are extracted once; their synthetic copies are written `CHUNK` at a
    time in one transaction each (`Store.add_many`) and registered by one update per chunk,
    which gives the register a single update of them all gives. A smaller size is a copy
    of the store on the way to the largest (the copies come in a fixed order), and a
    build starts from the largest smaller store in the cache. Stopped (Ctrl-C, SIGTERM), it
    finishes the batch at hand and keeps the store it has as a cached size, which a later run
    builds on.
    """
    missing = sorted(n for n in sizes if not cached(n, seed, cache).exists())
    if not missing:
        return {}
    with console.status("extracting the real articles the synthetic ones are copies of"):
        templates = real_facts()
    cache.mkdir(parents=True, exist_ok=True)
    partial = cache / f"building-seed{seed}.part"
    partial.unlink(missing_ok=True)
    pattern = cached(0, seed, cache).name.replace("-0-", "-*-", 1)
    kept = [int(p.name.split("-")[1]) for p in cache.glob(pattern)]
    count = max((n for n in kept if n < missing[0]), default=0)
    if count:
        shutil.copyfile(cached(count, seed, cache), partial)
    store = Store.open(f"sqlite:///{partial}")
    event.listen(store.engine, "connect", scratch)
    store.engine.dispose()
    reports = itertools.islice(synthetic_reports(templates, seed), count, None)
    filled = registered = 0.0
    done: dict[int, tuple[float, float]] = {}
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task(f"building {missing[-1]:,}", total=missing[-1])
        for size in missing:
            while count < size and not stop.is_set():
                started = time.perf_counter()
                count += store.add_many(list(itertools.islice(reports, min(CHUNK, size - count))))
                filled += time.perf_counter() - started
                started = time.perf_counter()
                update_register(store, options=options)
                registered += time.perf_counter() - started
                progress.update(task, completed=count)
                progress.console.print(f"{count:,} articles: filled in {filled:.0f} s, registered in "
                                       f"{registered:.0f} s so far", highlight=False)
            store.engine.dispose()
            if stop.is_set():
                partial.rename(cached(count, seed, cache))
                console.print(f"stopped: {count:,} articles kept as {cached(count, seed, cache)}",
                              highlight=False)
                return done
            shutil.copyfile(partial, cached(size, seed, cache))
            done[size] = (filled, registered)
            console.print(f"built {size:,} articles: filled in {filled:.0f} s, "
                          f"registered in {registered:.0f} s", highlight=False)
    store.close()
    partial.unlink()
    return done


class Clock:
    """Wall and CPU seconds of one step (CPU time is the steadier figure on a shared machine)."""

    def __enter__(self) -> Clock:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self._wall, time.process_time() - self._cpu

    def __str__(self) -> str:
        return f"{self.wall:.2f} ({self.cpu:.2f})"


class Counting(RowSource):
    """The store's register rows, counting the article rows an update reads."""

    read: ClassVar[set[str]] = set()

    def article_rows(self, hashes: Collection[str]) -> dict[str, dict[str, Any]]:
        found = super().article_rows(hashes)
        Counting.read |= set(found)
        return found


def fresh_copy(db: Path, trial: Path) -> None:
    """Copy the store and flush the copy to disk, so its first commit does not pay for the copy."""
    shutil.copyfile(db, trial)
    with trial.open("rb") as f:
        os.fsync(f.fileno())


def median(clocks: list[Clock]) -> Clock:
    """Return the median of several timings (wall and CPU seconds each the median of its own)."""
    out = Clock()
    out.wall = statistics.median(c.wall for c in clocks)
    out.cpu = statistics.median(c.cpu for c in clocks)
    return out


def measure(db: Path, article: Article, facts: ArticleFacts, settings: Settings,
            repeat: int = 1) -> tuple[Clock, Clock, Clock, int]:
    """Return the time to ingest one article (the median of `repeat` runs), to update the register
    with it alone (its facts already stored) and how many article rows that update read, and to
    re-curate with nothing new, each on a fresh copy of `db`."""
    trial = db.with_suffix(".trial")
    runs: list[Clock] = []
    try:
        for _ in range(repeat):
            fresh_copy(db, trial)
            with Store.open(f"sqlite:///{trial}") as store:
                with Clock() as added:
                    report = ingest_articles(store, [article], settings, sources=[article.name])
                assert report.stored, "the newcomer was not stored"
                with Clock() as recurate:
                    update_register(store, recurate=True)
            runs.append(added)
        fresh_copy(db, trial)
        with Store.open(f"sqlite:///{trial}") as store:
            store.add(facts)
            Counting.read = set()
            with Clock() as update:
                update_register(store, settings=settings)
    finally:
        trial.unlink(missing_ok=True)
    return median(runs), update, recurate, len(Counting.read)


def sixth_reports(db: Path, positions: list[int], options: ResolveOptions) -> list[tuple[int, float]]:
    """Return the article rows read and the CPU seconds taken, for each stored article at these
    positions, by an update adding a sixth report of its event: a copy of it under another content
    hash, added in memory to the register kept in rows (nothing is written)."""
    out = []
    with Store.open(f"sqlite:///{db}") as store:
        state = load_state(store)
        assert state is not None, "the store has no register"
        ids = sorted(registered_article_ids(store))
        for n in positions:
            _id, facts = article_facts_of_ids(store, [ids[n]])[0]
            copy = replace(facts, article=replace(facts.article, name=f"sixth-{n}.txt",
                                                  content_hash=f"sixth{n:06d}{facts.article.content_hash}"))
            Counting.read = set()
            register = Register.over(Counting(store), state, options)
            with Clock() as took:
                register.add_all([copy])
            out.append((len(Counting.read - {copy.article.content_hash}), took.cpu))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000", help="store sizes, comma-separated")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/accord-write-cost"),
                        help="folder keeping the built stores between runs")
    parser.add_argument("--repeat", type=int, default=3,
                        help="times one article is added to each size (the median is shown)")
    parser.add_argument("--sixth", default="50,250,450,650,850",
                        help="stored articles (by position) whose event gets a sixth report; '' for none")
    args = parser.parse_args()
    accord.registry.RowSource = Counting  # type: ignore[misc]
    console = Console()
    settings = Settings.from_env()
    options = ResolveOptions.from_settings(settings)
    article = newcomer()
    # the models load once per process whatever the store's size: loaded before any timing
    facts = next(f for f in extract_articles([article], settings) if isinstance(f, ArticleFacts))
    if options.semantic is not None:
        options.semantic.prepare(["a memorandum of understanding on trade"])
    sizes = [int(s) for s in args.sizes.split(",")]
    upgrade(sizes, args.seed, args.cache, options, console)
    built = build(sizes, args.seed, args.cache, options, console)
    table = Table(title="Adding one article to a store of N articles (copies of real articles)")
    for column in ("articles in store", "store (MB)", "fill (s)", "register all (s)",
                   "add one article: median s (CPU s)", "its register update", "article rows it read",
                   "re-curate alone"):
        table.add_column(column, justify="right")
    sizes = [size for size in sizes if cached(size, args.seed, args.cache).exists()]  # less any not built
    for size in sizes:
        db = cached(size, args.seed, args.cache)
        filled, registered = (f"{t:.0f}" for t in built[size]) if size in built else ("cached", "cached")
        added, update, recurate, read = measure(db, article, facts, settings, args.repeat)
        table.add_row(f"{size:,}", f"{db.stat().st_size / 1e6:,.0f}", filled, registered, str(added),
                      str(update), f"{read:,}", str(recurate))
        console.print(f"{size:,}: add one article {added} s (its register update {update} s reading "
                      f"{read:,} article rows, "
                      f"re-curate alone {recurate} s; CPU seconds in brackets)", highlight=False)
    console.print(table)
    positions = [int(p) for p in args.sixth.split(",") if p]
    for size in sizes if positions else ():
        found = sixth_reports(cached(size, args.seed, args.cache), positions, options)
        console.print(f"{size:,}: a sixth report of stored articles {args.sixth} reads "
                      + ", ".join(f"{read:,}" for read, _ in found) + " article rows ("
                      + ", ".join(f"{cpu:.2f}" for _, cpu in found) + " CPU s)", highlight=False)


if __name__ == "__main__":
    main()
