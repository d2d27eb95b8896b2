"""The web UI and API on a large ledger: page and API times beside datasette on the same file.

What it measures
----------------
A ledger of ``--figures`` figures in ``--series`` series (default 1,000,000 and 50,000), built
by ``benchmarks/ledger.py`` (or given with ``--db``, built before with ``ledger.py --keep``),
served by ``reportedly serve`` in its own process; this process requests pages over HTTP on
localhost (httpx, one connection kept alive) and times each whole request, ``--runs`` times
(default 100) with random arguments (seeded), after a warm-up:

* HTML: the series index (first page, a deep page, a name search), one series' page (chart and
  table) of a series drawn uniformly and of the largest one, a figure page (its sentence in its
  document), a document page, text search;
* JSON: ``/api/series`` (a deep page), ``/api/figures`` filtered by claimant and a day window,
  ``/api/series/ID``.

The peer is datasette (``datasette serve --immutable``) on the same SQLite file, asked for the
closest pages it has: a page of the series table sorted by date, the figures of one series
(``current_series_id`` = ID, sorted by date), one figure's row, and a text filter on sentences
(``sentence__contains``). p50, p95 and max in milliseconds; the target for reportedly's pages is
p95 under 250 ms, and for its API p95 under 50 ms.

Usage::

    python benchmarks/web.py [--figures N] [--series N] [--runs N] [--db PATH] [--no-peer]
                             [--json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
WARMUP = 5


def _ledger_bench() -> Any:
    spec = importlib.util.spec_from_file_location("ledger_bench", HERE / "ledger.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(command: list[str], port: int) -> subprocess.Popen:
    """Start a server and wait until it answers."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{command[0]} exited: {process.stderr.read().decode()[-2000:]}")
        try:
            httpx.get(f"http://127.0.0.1:{port}/", timeout=30)
            return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"{command[0]} did not start")


def timings(client: httpx.Client, make_path: Callable[[], str], runs: int) -> dict[str, float]:
    samples = []
    for i in range(WARMUP + runs):
        path = make_path()
        began = time.perf_counter()
        response = client.get(path)
        elapsed = (time.perf_counter() - began) * 1000
        if response.status_code != 200:
            raise RuntimeError(f"{path}: HTTP {response.status_code} {response.text[:300]}")
        if i >= WARMUP:
            samples.append(elapsed)
    samples.sort()
    return {"p50": statistics.median(samples),
            "p95": samples[min(len(samples) - 1, int(len(samples) * 0.95))],
            "max": samples[-1]}


def facts(path: Path) -> dict[str, Any]:
    """Ids and names to draw requests from."""
    db = sqlite3.connect(path)
    try:
        live = [row[0] for row in db.execute(
            "SELECT id FROM series WHERE figure_count > 0 ORDER BY id")]
        largest = db.execute(
            "SELECT id FROM series ORDER BY figure_count DESC LIMIT 1").fetchone()[0]
        return {
            "series": live, "largest": largest,
            "figures": db.execute("SELECT max(id) FROM figures").fetchone()[0],
            "documents": db.execute("SELECT max(id) FROM documents").fetchone()[0],
            "claimants": [row[0] for row in db.execute("SELECT name FROM sources")],
            "words": [row[0] for row in db.execute(
                "SELECT DISTINCT object FROM figures WHERE object IS NOT NULL LIMIT 20")],
        }
    finally:
        db.close()


def serve_and_time(tool: str, server: subprocess.Popen, port: int,
                   pages: Sequence[tuple[str, str, Callable[[], str]]], runs: int,
                   slow: tuple[str, ...]) -> list[dict[str, Any]]:
    """Time each page on a started server (a tenth of the runs for pages named ``slow``),
    then stop the server."""
    results = []
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            for kind, name, make in pages:
                runs_here = max(5, runs // 10) if any(w in name for w in slow) else runs
                results.append({"tool": tool, "kind": kind, "what": name,
                                **timings(client, make, runs_here)})
                print(f"  measured {tool}: {name}", file=sys.stderr)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return results


def measure_reportedly(path: Path, known: dict[str, Any], runs: int, rng: random.Random
                       ) -> list[dict[str, Any]]:
    port = free_port()
    server = start([str(BIN / "reportedly"), "serve", "--db", f"sqlite:///{path}",
                    "--port", str(port)], port)
    pages: list[tuple[str, str, Callable[[], str]]] = [
        ("page", "series index, first page", lambda: "/"),
        ("page", "series index, deep page",
         lambda: f"/?offset={rng.randrange(len(known['series']) // 2, len(known['series']))}"),
        ("page", "series index, name search", lambda: f"/?q={rng.choice(known['words'])}"),
        ("page", "series page (random series)",
         lambda: f"/series/{rng.choice(known['series'])}"),
        ("page", "series page (largest series)", lambda: f"/series/{known['largest']}"),
        ("page", "figure page", lambda: f"/figures/{rng.randrange(1, known['figures'] + 1)}"),
        ("page", "document page",
         lambda: f"/documents/{rng.randrange(1, known['documents'] + 1)}"),
        ("page", "text search, a common word",
         lambda: f"/search?q={rng.choice(known['words'])}"),
        ("page", "text search, no match",
         lambda: f"/search?q=zq{rng.randrange(10**6)}"),
        ("api", "GET /api/series, deep page",
         lambda: f"/api/series?offset={rng.randrange(len(known['series']) // 2)}"),
        ("api", "GET /api/figures?claimant&since&until", lambda: _window(known, rng)),
        ("api", "GET /api/series/ID", lambda: f"/api/series/{rng.choice(known['series'])}"),
    ]
    return serve_and_time("reportedly", server, port, pages, runs,
                          slow=("largest", "no match"))


def _window(known: dict[str, Any], rng: random.Random) -> str:
    start = rng.randrange(0, 600)
    since = time.strftime("%Y-%m-%d", time.gmtime(1704067200 + start * 86400))
    until = time.strftime("%Y-%m-%d",
                          time.gmtime(1704067200 + (start + rng.randrange(7, 90)) * 86400))
    claimant = rng.choice(known["claimants"])
    return f"/api/figures?claimant={claimant}&since={since}&until={until}&limit=100"


def measure_datasette(path: Path, known: dict[str, Any], runs: int, rng: random.Random
                      ) -> list[dict[str, Any]]:
    exe = shutil.which("datasette", path=str(BIN)) or shutil.which("datasette")
    if exe is None:
        return []
    port = free_port()
    db = path.stem
    server = start([exe, "serve", "--immutable", str(path), "--port", str(port),
                    "--setting", "sql_time_limit_ms", "60000"], port)
    pages = [
        ("page", "series table by date, deep page",
         lambda: f"/{db}/series?_sort_desc=latest_as_of&_size=50&_next="
                 f"{rng.randrange(len(known['series']) // 2)}"),
        ("page", "figures of one series (random series)",
         lambda: f"/{db}/figures?current_series_id={rng.choice(known['series'])}"
                 "&_sort=dated&_size=100"),
        ("page", "one figure's row", lambda: f"/{db}/figures/{rng.randrange(1, known['figures'])}"),
        ("page", "text filter on sentences, a common word",
         lambda: f"/{db}/figures?sentence__contains={rng.choice(known['words'])}&_size=50"),
        ("page", "text filter on sentences, no match",
         lambda: f"/{db}/figures?sentence__contains=zq{rng.randrange(10**6)}&_size=50"),
    ]
    return serve_and_time("datasette", server, port, pages, runs, slow=("text filter",))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--figures", type=int, default=1_000_000)
    parser.add_argument("--series", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("--db", type=Path, help="a ledger built before (ledger.py --keep)")
    parser.add_argument("--no-peer", action="store_true", help="skip datasette")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db
        if path is None:
            path = Path(tmp) / "ledger.db"
            print(f"building {args.figures:,} figures in {args.series:,} series …",
                  file=sys.stderr)
            _ledger_bench().build(path, args.figures, args.series, args.seed)
        known = facts(path)
        results = measure_reportedly(path, known, args.runs, rng)
        if not args.no_peer:
            results += measure_datasette(path, known, args.runs, rng)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{'tool':<11} {'request':<42} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for row in results:
        print(f"{row['tool']:<11} {row['what']:<42} {row['p50']:8.1f} {row['p95']:8.1f} "
              f"{row['max']:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
