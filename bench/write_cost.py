"""Benchmark: what adding one article costs as the store grows (issue "never brick, never lose", item 4).

    .venv/bin/python bench/write_cost.py [--sizes 1000,10000] [--seed 7]

For each size a fresh SQLite store is filled with that many synthetic reports (the generator
of bench/consolidate_scaling.py: real articles' facts re-dated, re-named and re-paired into
events of five reports each), stored and registered. Then one real article not in the store
is ingested the way `accord ingest FILE` does it (`usecases.ingest_articles`: extract, store,
update the register) and timed; then what any write pays whatever it adds (restoring the
saved register, applying the audit log, saving) is timed alone. The target is that
the last column stays flat: one article should cost what its own facts cost, not the store's
size. Not part of the tests: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from consolidate_scaling import SHARED, real_facts, synthetic_corpus
from rich.console import Console
from rich.progress import track
from rich.table import Table

from accord.core import Article
from accord.ingest import IngestOptions, iter_articles
from accord.registry import update_register
from accord.settings import Settings
from accord.store import Store
from accord.usecases import ingest_articles

REPO = Path(__file__).resolve().parents[1]


def newcomer() -> Article:
    """Return the real article to add: the first wide/ article, else the last example."""
    folder = SHARED / "corpus" / "wide" / "articles"
    paths = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    paths = paths or sorted((REPO / "examples" / "pakistan-belarus").glob("*.txt"))[-1:]
    return next(a for a in iter_articles(paths[:1], IngestOptions()) if isinstance(a, Article))


def measure(size: int, seed: int, folder: Path, console: Console) -> tuple[float, float, float, float]:
    """Return (seconds to fill, to register, to add one article, to restore and save the register)."""
    settings = Settings.from_env()
    store = Store.open(f"sqlite:///{folder / f'store-{size}.db'}")
    started = time.perf_counter()
    for facts in track(synthetic_corpus(real_facts(), size, seed), description=f"filling {size:,}",
                       console=console, transient=True):
        store.add(facts)
    filled = time.perf_counter() - started
    started = time.perf_counter()
    update_register(store)
    registered = time.perf_counter() - started
    article = newcomer()
    started = time.perf_counter()
    report = ingest_articles(store, [article], settings, sources=[article.name])
    added = time.perf_counter() - started
    assert report.stored, "the newcomer was not stored"
    # what every write pays whatever it adds: restore the saved register, apply the audit log, save
    started = time.perf_counter()
    update_register(store, recurate=True)
    update = time.perf_counter() - started
    store.close()
    return filled, registered, added, update


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="store sizes, comma-separated")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    console = Console()
    table = Table(title="Adding one article to a store of N articles")
    for column in ("articles in store", "fill (s)", "register all (s)", "add one article (s)",
                   "restore + save alone (s)"):
        table.add_column(column, justify="right")
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            filled, registered, added, update = measure(size, args.seed, Path(tmp), console)
            table.add_row(f"{size:,}", f"{filled:.1f}", f"{registered:.1f}", f"{added:.2f}", f"{update:.2f}")
            console.print(f"{size:,}: add one article {added:.2f} s (restore + save alone {update:.2f} s)")
    console.print(table)


if __name__ == "__main__":
    main()
