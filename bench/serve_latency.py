"""Benchmark: latency and throughput of `accord serve` under 50 concurrent clients.

    .venv/bin/python bench/serve_latency.py [--articles 10000] [--clients 50] [--seconds 10]

Builds (once, cached under bench/.cache/) a store of N synthetic articles made as in
`consolidate_scaling.py` (events reported by five outlets, built from the real articles'
extracted facts), starts `accord serve` on 127.0.0.1 in a child process, and drives it from
a second process with C concurrent clients: wrk (Debian's `wrk`) when it is installed, else
asyncio clients in Python. Loads: the overview page, the register filtered by sector, one
article page, the facts and records APIs, each asked again and again (as many readers of
one page would; answered from the response cache after the first), and loads where every
request is new (many article pages, filtered and paged facts and records, each with a
unique parameter), which measure what an answer costs to compute. Prints p50/p99 latency
and requests per second for each. Only loopback is ever contacted. Not part of the tests:
timings depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
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


WRK_SCRIPT = """
local paths = {%s}
local unique = %s
local i = 0
request = function()
  i = i + 1
  local path = paths[(i - 1) %% #paths + 1]
  if unique then
    path = path .. "&n=" .. i
  end
  return wrk.format("GET", path)
end
"""


@dataclass(frozen=True)
class Result:
    p50_ms: float
    p99_ms: float
    rate: float
    errors: int


def _ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip()).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk_load(base: str, paths: list[str], unique: bool, clients: int, seconds: int) -> Result:
    """Drive the server with wrk (one thread, `clients` connections) for `seconds`; parse its report."""
    lua = WRK_SCRIPT % (", ".join(json.dumps(p) for p in paths), "true" if unique else "false")
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(lua)
    try:
        out = subprocess.run(["wrk", "-t1", f"-c{clients}", f"-d{seconds}s", "--timeout", "30s", "--latency",
                              "-s", f.name, base], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(f.name)
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))  # type: ignore[union-attr]
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = (int(bad.group(1)) if bad else 0) + (sum(int(x) for x in sock.groups()) if sock else 0)
    return Result(p50, p99, rate, errors)


async def _drive(base: str, paths: list[str], unique: bool, clients: int,
                 total: int) -> tuple[list[float], float, int]:
    latencies: list[float] = []
    errors = 0
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(total):
        queue.put_nowait(i)

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal errors
        while not queue.empty():
            i = queue.get_nowait()
            path = paths[i % len(paths)] + (f"&n={i}" if unique else "")
            t0 = time.perf_counter()
            response = await http.get(path)
            latencies.append(time.perf_counter() - t0)
            errors += response.status_code >= 400

    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        start = time.perf_counter()
        await asyncio.gather(*(client(http) for _ in range(clients)))
        elapsed = time.perf_counter() - start
    return latencies, elapsed, errors


def python_load(base: str, paths: list[str], unique: bool, clients: int, total: int) -> Result:
    """Drive the server from asyncio clients in this process (when wrk is not installed)."""
    latencies, elapsed, errors = asyncio.run(_drive(base, paths, unique, clients, total))
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    return Result(1000 * statistics.median(ordered), 1000 * p99, len(ordered) / elapsed, errors)


def scenarios(base: str) -> dict[str, tuple[list[str], bool]]:
    """Return each measured load: the paths its requests cycle through, and whether each is unique.

    A unique request (an extra `n` parameter) is never answered from the response cache: it
    measures what a page or list costs to compute, with the register already in memory.
    """
    ids = [a["id"] for a in httpx.get(base + "/api/v1/articles?limit=500", timeout=60).json()["items"]]
    sectors = ["trade", "energy", "agriculture", "defence", "education", "health", "tourism", "culture"]
    facts = [f"/api/v1/facts?sector={s}&limit=50&offset={50 * k}" for s in sectors for k in range(3)]
    return {
        "overview page": (["/"], False),
        "register filtered by sector": (["/register?sector=trade"], False),
        "one article page": ([f"/articles/{ids[0]}"], False),
        "facts API (list)": (["/api/v1/facts?limit=50"], False),
        "records API (list)": (["/api/v1/records?kind=instruments&limit=50"], False),
        "500 article pages, uncached": ([f"/articles/{i}?view=1" for i in ids], True),
        "facts API by sector and page, uncached": (facts, True),
        "facts API by pair and words, uncached": ([
            "/api/v1/facts?pair=PK-BY&q=agreement&limit=50",
            "/api/v1/facts?country=Belarus&kind=people&limit=50"], True),
        "records API by kind, uncached": ([f"/api/v1/records?kind={k}&limit=50&offset=100"
                                           for k in ("instruments", "meetings", "commitments")], True),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=10, help="per endpoint, with wrk")
    parser.add_argument("--requests", type=int, default=1000, help="per endpoint, without wrk")
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument("--python-client", action="store_true",
                        help="use the asyncio clients even if wrk is installed")
    args = parser.parse_args()
    console = Console()
    CACHE.mkdir(parents=True, exist_ok=True)
    db = CACHE / f"serve-{args.articles}.db"
    if not db.exists():
        partial = db.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        build_store(partial, args.articles, console)
        os.replace(partial, db)
    use_wrk = shutil.which("wrk") is not None and not args.python_client
    if not use_wrk:
        console.print("wrk not found (Debian package `wrk`): the load comes from asyncio clients in Python, "
                      "which cost more CPU than the server on a 2-core machine", style="yellow")
    with server(db, free_port(), args.workers) as base:
        loads = scenarios(base)
        with console.status("waiting for the server to read the register"):
            for paths, _unique in loads.values():
                httpx.get(base + paths[0], timeout=600).raise_for_status()  # warm: the register is read once
        per_load = f"wrk, {args.seconds} s" if use_wrk else f"{args.requests} requests"
        table = Table(title=f"accord serve ({args.workers} worker{'s' if args.workers > 1 else ''}): "
                            f"{args.articles:,} articles, {args.clients} concurrent clients "
                            f"({per_load} per load, loopback)")
        for column in ("load", "p50 ms", "p99 ms", "requests/s", "errors"):
            table.add_column(column, justify="right" if column != "load" else "left")
        for name, (paths, unique) in loads.items():
            with console.status(name):
                result = (wrk_load(base, paths, unique, args.clients, args.seconds) if use_wrk
                          else python_load(base, paths, unique, args.clients, args.requests))
            table.add_row(name, f"{result.p50_ms:.1f}", f"{result.p99_ms:.1f}", f"{result.rate:.0f}",
                          str(result.errors))
        console.print(table)
        console.print("target: p99 <= 100 ms for API list calls on 2 cores", highlight=False)


if __name__ == "__main__":
    main()
