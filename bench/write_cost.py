"""Benchmark: what adding one article costs as the store grows (issue "never brick, never lose", item 4).

    .venv/bin/python bench/write_cost.py [--sizes 1000,10000,100000] [--seed 7] [--cache DIR]

For each size a SQLite store is filled with that many synthetic reports (the generator of
bench/consolidate_scaling.py: real articles' facts re-dated, re-named and re-paired into
events of five reports each, written with `Store.add`, no parsing) and registered. Built
stores are kept in the cache folder (one per size, seed and schema revision), so a second
run only measures. Each measurement works on a copy: one real article not in the store is
ingested the way `accord ingest FILE` does it (`usecases.ingest_articles`: extract, store,
update the register) and timed, the language and embedding models loaded beforehand; then,
on a fresh copy, the register update alone (the article's facts already stored); then what
a write pays whatever it adds (reading the register's state, applying the audit log,
saving) alone. The target is < 1 s at 100k articles, and flat columns: one article
should cost what its own facts' blocks cost, not the store's size. Not part of the tests:
timings depend on the machine.
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from consolidate_scaling import SHARED, real_facts, synthetic_corpus
from rich.console import Console
from rich.progress import track
from rich.table import Table
from sqlalchemy import event

from accord.core import Article, ArticleFacts
from accord.extract import extract_articles
from accord.ingest import IngestOptions, iter_articles
from accord.registry import update_register
from accord.resolve import ResolveOptions
from accord.settings import Settings
from accord.store import Store
from accord.store.migrations import head_revision
from accord.usecases import ingest_articles

REPO = Path(__file__).resolve().parents[1]


def newcomer() -> Article:
    """Return the real article to add: the first wide/ article, else the last example."""
    folder = SHARED / "corpus" / "wide" / "articles"
    paths = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    paths = paths or sorted((REPO / "examples" / "pakistan-belarus").glob("*.txt"))[-1:]
    return next(a for a in iter_articles(paths[:1], IngestOptions()) if isinstance(a, Article))


def built(size: int, seed: int, cache: Path, console: Console) -> tuple[Path, float, float]:
    """Return a registered store of `size` synthetic articles (from the cache when there), and the
    seconds it took to fill and to register (0 when cached)."""
    db = cache / f"store-{size}-seed{seed}-rev{head_revision()}.db"
    if db.exists():
        return db, 0.0, 0.0
    cache.mkdir(parents=True, exist_ok=True)
    partial = db.with_suffix(".part")
    partial.unlink(missing_ok=True)
    store = Store.open(f"sqlite:///{partial}")
    # a scratch file built in one go: no need to wait for the disk at every article
    event.listen(store.engine, "connect", lambda conn, _record: conn.execute("PRAGMA synchronous=OFF"))
    store.engine.dispose()
    started = time.perf_counter()
    for facts in track(synthetic_corpus(real_facts(), size, seed), description=f"filling {size:,}",
                       console=console, transient=True):
        store.add(facts)
    filled = time.perf_counter() - started
    started = time.perf_counter()
    update_register(store)
    registered = time.perf_counter() - started
    store.close()
    partial.rename(db)
    return db, filled, registered


def measure(db: Path, article: Article, facts: ArticleFacts,
            settings: Settings) -> tuple[float, float, float]:
    """Return the seconds to ingest one article, to update the register with it alone (its facts
    already stored), and to re-curate with nothing new, each on a fresh copy of `db`."""
    trial = db.with_suffix(".trial")
    try:
        shutil.copyfile(db, trial)
        with Store.open(f"sqlite:///{trial}") as store:
            started = time.perf_counter()
            report = ingest_articles(store, [article], settings, sources=[article.name])
            added = time.perf_counter() - started
            assert report.stored, "the newcomer was not stored"
            started = time.perf_counter()
            update_register(store, recurate=True)
            recurate = time.perf_counter() - started
        shutil.copyfile(db, trial)
        with Store.open(f"sqlite:///{trial}") as store:
            store.add(facts)
            started = time.perf_counter()
            update_register(store, settings=settings)
            update = time.perf_counter() - started
    finally:
        trial.unlink(missing_ok=True)
    return added, update, recurate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000",
                        help="store sizes, comma-separated (100000 builds for hours: add it to measure it)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/accord-write-cost"),
                        help="folder keeping the built stores between runs")
    args = parser.parse_args()
    console = Console()
    settings = Settings.from_env()
    article = newcomer()
    # the models load once per process whatever the store's size: loaded before any timing
    facts = next(f for f in extract_articles([article], settings) if isinstance(f, ArticleFacts))
    semantic = ResolveOptions.from_settings(settings).semantic
    if semantic is not None:
        semantic.prepare(["a memorandum of understanding on trade"])
    table = Table(title="Adding one article to a store of N articles")
    for column in ("articles in store", "fill (s)", "register all (s)", "add one article (s)",
                   "its register update (s)", "re-curate alone (s)"):
        table.add_column(column, justify="right")
    for size in (int(s) for s in args.sizes.split(",")):
        db, filled, registered = built(size, args.seed, args.cache, console)
        added, update, recurate = measure(db, article, facts, settings)
        table.add_row(f"{size:,}", f"{filled:.1f}" if filled else "cached",
                      f"{registered:.1f}" if registered else "cached", f"{added:.2f}", f"{update:.2f}",
                      f"{recurate:.2f}")
        console.print(f"{size:,}: add one article {added:.2f} s (its register update {update:.2f} s, "
                      f"re-curate alone {recurate:.2f} s)")
    console.print(table)


if __name__ == "__main__":
    main()
