"""Benchmark: latency and throughput of `accord serve` under 50 concurrent clients.

    .venv/bin/python bench/serve_latency.py [--articles 10000] [--clients 50] [--requests 2000]

Builds (once, cached under bench/.cache/) a store of N synthetic articles made as in
`consolidate_scaling.py` (events reported by five outlets, built from the real articles'
extracted facts), starts `accord serve` on 127.0.0.1 in a child process, and drives it from
a second process with C concurrent clients for a bounded number of requests per endpoint:
the overview page, the register filtered by sector, one article page and the facts API.
Prints p50/p99 latency and requests per second for each. Only loopback is ever contacted.
Not part of the tests: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
from rich.console import Console
from rich.table import Table

REPO = Path(__file__).resolve().parents[1]
CACHE = REPO / "bench" / ".cache"
sys.path.insert(0, str(REPO / "bench"))


def build_store(path: Path, size: int, console: Console) -> None:
    """Write `size` synthetic articles with their facts into a new store at `path`."""
    from consolidate_scaling import real_facts, synthetic_corpus

    from accord.registry import update_register
    from accord.store import Store

    with console.status("extracting the real articles the synthetic store is built from"):
        corpus = synthetic_corpus(real_facts(), size, seed=11)
    start = time.perf_counter()
    with Store.open(f"sqlite:///{path}") as store:
        for i, facts in enumerate(corpus, 1):
            store.add(facts)
            if i % 1000 == 0:
                console.print(f"  stored {i:,} articles ({time.perf_counter() - start:.0f} s)")
        with console.status("consolidating the register"):
            update_register(store)
    console.print(f"store of {size:,} articles built in {time.perf_counter() - start:.0f} s")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def server(db: Path, port: int, workers: int = 1) -> Iterator[str]:
    """Run `accord serve` on loopback in a child process; yield its base URL."""
    accord = Path(sys.executable).with_name("accord")
    proc = subprocess.Popen([str(accord), "--db", str(db), "serve", "--port", str(port),
                             "--workers", str(workers)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(base + "/api/v1/stats", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            raise RuntimeError("accord serve did not start within 120 s")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


async def _drive(base: str, path: str, clients: int, total: int) -> tuple[list[float], float, int]:
    latencies: list[float] = []
    errors = 0
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(total):
        queue.put_nowait(i)

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal errors
        while not queue.empty():
            queue.get_nowait()
            t0 = time.perf_counter()
            response = await http.get(path)
            latencies.append(time.perf_counter() - t0)
            errors += response.status_code >= 400

    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        await http.get(path)  # warm caches once
        start = time.perf_counter()
        await asyncio.gather(*(client(http) for _ in range(clients)))
        elapsed = time.perf_counter() - start
    return latencies, elapsed, errors


def load(base: str, path: str, clients: int, total: int) -> tuple[list[float], float, int]:
    """Return the latencies, elapsed seconds and error count of `total` GETs by `clients` clients."""
    return asyncio.run(_drive(base, path, clients, total))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=1000, help="requests per endpoint")
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    args = parser.parse_args()
    console = Console()
    CACHE.mkdir(parents=True, exist_ok=True)
    db = CACHE / f"serve-{args.articles}.db"
    if not db.exists():
        partial = db.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        build_store(partial, args.articles, console)
        os.replace(partial, db)
    with server(db, free_port(), args.workers) as base:
        article = httpx.get(base + "/api/v1/articles?limit=1", timeout=30).json()["items"][0]["id"]
        endpoints = {
            "overview page": "/",
            "register filtered by sector": "/register?sector=trade",
            "one article page": f"/articles/{article}",
            "facts API (list)": "/api/v1/facts?limit=50",
            "records API (list)": "/api/v1/records?kind=instruments&limit=50",
        }
        table = Table(title=f"accord serve ({args.workers} workers): {args.articles:,} articles, "
                            f"{args.clients} concurrent clients, {args.requests} requests per endpoint "
                            "(loopback)")
        for column in ("endpoint", "p50 ms", "p99 ms", "requests/s", "errors"):
            table.add_column(column, justify="right" if column != "endpoint" else "left")
        for name, path in endpoints.items():
            latencies, elapsed, errors = load(base, path, args.clients, args.requests)
            ordered = sorted(latencies)
            p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
            table.add_row(name, f"{1000 * statistics.median(ordered):.1f}", f"{1000 * p99:.1f}",
                          f"{len(ordered) / elapsed:.0f}", str(errors))
        console.print(table)
        console.print("target: p99 <= 100 ms for API list calls on 2 cores", highlight=False)


if __name__ == "__main__":
    main()
