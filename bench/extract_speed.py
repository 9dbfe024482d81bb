"""Benchmark: accord's extraction against the bare spaCy pipeline on the same texts.

    .venv/bin/python bench/extract_speed.py [--articles N] [--workers 1,2]

Texts: the seed and more/ articles of ../shared/corpus when present, else
examples/pakistan-belarus, repeated until there are about N (default 100). For each
worker count it times `nlp.pipe` (n_process = workers) and `extract_articles`
(which parses and applies the rules), reports articles/s and words/s, the ratio
extract/bare (the target is at least 0.6), and the peak resident memory of this
process plus its children during that phase. Then, when `accord.store` is available,
the time to ingest and store the unrepeated sample into a temporary SQLite file.

Last, the whole-process comparison (`--rounds`, default 3; 0 skips it): the unrepeated
sample is copied into a temporary folder and two commands run in turn on it, each a new
Python process: the bare pipeline (`spacy.load` of the same model, then `nlp.pipe` over the
texts) and `accord extract FOLDER --json --workers 1` (reading, parsing, rules and
consolidation), run from a copy of `src/` with its bytecode compiled, as an installed
package runs. Each run's wall time and CPU time (user + system, `os.wait4`) and its
peak resident memory (sampled every 10 ms) are kept; the medians are compared, bare/accord
(the target is at least 1.0; on a shared machine the CPU ratio is the steadier figure).
Not part of the tests: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import compileall
import dataclasses
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psutil
from rich.console import Console
from rich.table import Table

from accord.core import Article
from accord.errors import AccordError
from accord.extract import extract_articles
from accord.ingest import IngestOptions, iter_articles
from accord.nlp import load_pipeline
from accord.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TARGET_RATIO = 0.6
WHOLE_TARGET = 1.0
# the bare pipeline as a whole process: load the model, parse every text of the folder
BARE_SCRIPT = """
import pathlib, sys
import spacy
nlp = spacy.load(sys.argv[1])
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[2]).iterdir()) if p.is_file()]
for _ in nlp.pipe(texts, batch_size=16):
    pass
"""


def sample_paths() -> list[Path]:
    """Return the article files to read: the dev corpus if beside the repo, else the example."""
    shared = [SHARED / "corpus" / "seeds", SHARED / "corpus" / "more" / "articles"]
    paths = [p for folder in shared if folder.is_dir() for p in sorted(folder.glob("*.txt"))]
    return paths or sorted((REPO / "examples" / "pakistan-belarus").glob("*.txt"))


def read_articles(paths: list[Path]) -> list[Article]:
    """Return the articles the ingest makes of paths (unreadable files are left out)."""
    return [a for a in iter_articles(paths, IngestOptions()) if isinstance(a, Article)]


def repeated(articles: list[Article], count: int) -> list[Article]:
    """Return `count` articles cycling through the sample, each with its own name."""
    out = []
    for i in range(count):
        article = articles[i % len(articles)]
        out.append(dataclasses.replace(article, name=f"{i:04d}-{article.name}"))
    return out


class PeakMemory:
    """Samples the resident memory of this process and its children in a thread."""

    def __init__(self, interval: float = 0.02) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _total(self) -> int:
        me = psutil.Process()
        total = int(me.memory_info().rss)
        for child in me.children(recursive=True):
            try:
                total += int(child.memory_info().rss)
            except psutil.Error:
                continue  # the child ended between listing and reading
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._total())
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self.peak = self._total()
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()


@dataclasses.dataclass(slots=True)
class Timing:
    label: str
    workers: int
    seconds: float
    peak_bytes: int


@contextmanager
def measured(label: str, workers: int, out: list[Timing]) -> Iterator[None]:
    """Time the block and record its peak memory under `label`."""
    with PeakMemory() as memory:
        start = time.perf_counter()
        yield
        seconds = time.perf_counter() - start
    out.append(Timing(label, workers, seconds, memory.peak))


def bare_spacy(texts: list[str], model: str, workers: int) -> Callable[[], None]:
    nlp = load_pipeline(model)

    def run() -> None:
        for _ in nlp.pipe(texts, n_process=workers, batch_size=16):  # as the extractor batches
            pass

    return run


def accord_extract(articles: list[Article], settings: Settings, workers: int) -> Callable[[], None]:
    def run() -> None:
        for _ in extract_articles(articles, settings, workers=workers):
            pass

    return run


def store_seconds(articles: list[Article], settings: Settings) -> float | None:
    """Return the seconds to extract and store the articles in a new SQLite file, if the store exists."""
    try:
        from accord.store import Store
    except ImportError:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        store = Store.open(f"sqlite:///{tmp}/bench.db")
        try:
            for facts in extract_articles(articles, settings):
                store.add(facts)
        finally:
            store.close()
        return time.perf_counter() - start


@dataclasses.dataclass(slots=True)
class ProcessRun:
    wall: float
    cpu: float
    peak_bytes: int


def run_process(argv: list[str], env: dict[str, str]) -> ProcessRun:
    """Run argv to its end (output discarded) and return its wall time, CPU time and peak RSS.

    The peak is sampled (psutil): the kernel's ru_maxrss of a child counts the pages of the
    parent it was forked from, which would give it this process's size.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        child = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                peak = max(peak, int(child.memory_info().rss))
            except psutil.Error:
                return  # ended
            done.wait(0.01)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    assert proc.stderr is not None
    errors = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[2:4]} exited {proc.returncode}: {errors.decode(errors='replace')[-400:]}")
    return ProcessRun(wall, usage.ru_utime + usage.ru_stime, peak)


def compiled_copy(tmp: Path) -> str:
    """Return the folder of a copy of accord's source with its bytecode compiled.

    An installed accord runs from compiled modules (pip compiles them at install), as spaCy
    does in the bare run; the source tree, under PYTHONDONTWRITEBYTECODE, would be compiled
    again by every process.
    """
    src = tmp / "src"
    shutil.copytree(REPO / "src" / "accord", src / "accord", ignore=shutil.ignore_patterns("__pycache__"))
    if not compileall.compile_dir(src, quiet=1):
        raise RuntimeError(f"accord's source in {src} does not compile")
    return str(src)


def whole_process(paths: list[Path], model: str, rounds: int) -> dict[str, list[ProcessRun]]:
    """Return the runs of the bare pipeline and of `accord extract`, each a new process, alternated."""
    env = dict(os.environ)
    runs: dict[str, list[ProcessRun]] = {"bare spaCy": [], "accord extract": []}
    with tempfile.TemporaryDirectory() as tmp:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [compiled_copy(Path(tmp)), env.get("PYTHONPATH")]))
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for path in paths:
            shutil.copy(path, folder / path.name)
        commands = {
            "bare spaCy": [sys.executable, "-c", BARE_SCRIPT, model, str(folder)],
            "accord extract": [sys.executable, "-m", "accord", "extract", str(folder),
                               "--json", "--workers", "1"],
        }
        for _ in range(rounds):
            for label, argv in commands.items():
                runs[label].append(run_process(argv, env))
    return runs


def whole_table(runs: dict[str, list[ProcessRun]], n_articles: int) -> Table:
    rounds = len(runs["bare spaCy"])
    table = Table(title=f"whole process, {n_articles} articles, median of {rounds} alternated runs")
    for name in ("command", "wall s", "CPU s", "peak RSS (MiB)", "bare/accord wall", "bare/accord CPU"):
        table.add_column(name, justify="left" if name == "command" else "right")
    median = {label: (statistics.median(r.wall for r in rs), statistics.median(r.cpu for r in rs),
                      max(r.peak_bytes for r in rs)) for label, rs in runs.items()}
    bare = median["bare spaCy"]
    for label, (wall, cpu, peak) in median.items():
        ratios = ["", ""]
        if label != "bare spaCy":
            ratios = [f"[{'green' if v >= WHOLE_TARGET else 'red'}]{v:.2f}[/]"
                      for v in (bare[0] / wall, bare[1] / cpu)]
        table.add_row(label, f"{wall:.2f}", f"{cpu:.2f}", f"{peak / 2**20:.0f}", *ratios)
    return table


def whole_summary(runs: dict[str, list[ProcessRun]]) -> str:
    """Return the whole-process ratio bare/accord in one line: medians of wall and CPU time."""
    bare, accord = runs["bare spaCy"], runs["accord extract"]
    wall = statistics.median(r.wall for r in bare) / statistics.median(r.wall for r in accord)
    cpu = statistics.median(r.cpu for r in bare) / statistics.median(r.cpu for r in accord)
    return (f"whole-process ratio bare/accord: wall {wall:.2f}, CPU {cpu:.2f} "
            f"(target at least {WHOLE_TARGET:.1f}; CPU is the steadier figure on a shared machine)")


def rate_table(timings: list[Timing], n_articles: int, n_words: int) -> Table:
    table = Table(title=f"in process: extraction speed on {n_articles} articles ({n_words:,} words)")
    for name in ("run", "workers", "seconds", "articles/s", "words/s", "extract/bare", "peak RSS (MiB)"):
        table.add_column(name, justify="left" if name == "run" else "right")
    bare = {t.workers: t.seconds for t in timings if t.label == "bare spaCy"}
    for t in timings:
        ratio = ""
        if t.label != "bare spaCy" and t.workers in bare:
            value = bare[t.workers] / t.seconds
            style = "green" if value >= TARGET_RATIO else "red"
            ratio = f"[{style}]{value:.2f}[/]"
        table.add_row(t.label, str(t.workers), f"{t.seconds:.2f}", f"{n_articles / t.seconds:.1f}",
                      f"{n_words / t.seconds:,.0f}", ratio, f"{t.peak_bytes / 2**20:.0f}")
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100, help="how many articles to time (default 100)")
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="whole-process runs of each command (default 3; 0 skips them)")
    args = parser.parse_args()
    console = Console()
    if not console.is_terminal:
        console = Console(width=120)  # piped output is not cut to 80 columns
    settings = Settings.from_env()
    sample = read_articles(sample_paths())
    if not sample:
        console.print("no sample articles found")
        return 1
    articles = repeated(sample, max(args.articles, len(sample)))
    texts = [a.text for a in articles]
    n_words = sum(len(t.split()) for t in texts)
    try:
        load_pipeline(settings.model)  # loading the model is not what is timed
        timings: list[Timing] = []
        for workers in (int(w) for w in args.workers.split(",")):
            with measured("bare spaCy", workers, timings):
                bare_spacy(texts, settings.model, workers)()
            with measured("accord extract", workers, timings):
                accord_extract(articles, settings, workers)()
        stored = store_seconds(sample, settings)
    except AccordError as exc:
        console.print(f"error: {exc}")
        return 1
    console.print(rate_table(timings, len(articles), n_words))
    folders = sorted({str(p.parent) for p in sample_paths()})
    console.print(f"sample: {len(sample)} distinct articles from {', '.join(folders)}; "
                  f"model {settings.model}", highlight=False)
    if stored is None:
        console.print("store: accord.store is not available, ingest+store time skipped")
    else:
        console.print(f"ingest+store of the {len(sample)} distinct articles into a new SQLite file: "
                      f"{stored:.2f} s ({len(sample) / stored:.1f} articles/s)", highlight=False)
    usage_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    usage_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    console.print(f"peak RSS (ru_maxrss): this process {usage_self / 1024:.0f} MiB, "
                  f"largest child {usage_children / 1024:.0f} MiB", highlight=False)
    if args.rounds > 0:
        paths = [p for p in sample_paths() if p.is_file()]
        runs = whole_process(paths, settings.model, args.rounds)
        console.print(whole_table(runs, len(paths)))
        console.print(whole_summary(runs), highlight=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
