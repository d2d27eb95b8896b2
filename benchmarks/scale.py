"""Scaling out: documents per second of one process beside Spark ``local[2]`` on the same crawl,
and the rate of ``reportedly load`` into SQLite (and PostgreSQL).

What it measures
----------------
* **Corpus.** A crawl generated here, deterministically: ``--docs`` news pages (default 3,000)
  made of ``benchmarks/throughput.py``'s news-style sentences in ``benchmarks/ingest.py``'s three
  page layouts, a share of them (``--copies``, default 5%) republished under another URL as
  syndicated copies, written as ``--shards`` WARC.gz files (default 8) with a ``request``
  record before every ``response``, as crawlers write them.
* **Single process.** :func:`reportedly.spark.run_local`: the whole job in one process on one
  core (a fresh interpreter of its own, not the one holding the Spark session): list the
  shards, read every record (WARC, trafilatura), decide the language, extract figures,
  claimants and dates, write the three Parquet tables. Beside it (once, after the rounds), the
  reading and extraction alone (``read_documents``, ``language_of``, ``extract_document``;
  nothing kept or written): the floor of any single-process run.
* **Spark local[2].** :func:`reportedly.spark.run` on a ``local[2]`` session over the same
  shards, for each ``--partitions`` value (``auto``, the job's default of four extraction
  tasks per core, or a number of tasks; default ``auto,4``): the same tables, written by
  Spark.
* **Warm-up.** Before any clock starts, both are run on a small crawl of the same shape
  (``WARMUP_PAGES`` pages a shard): imports, the spaCy pipelines, trafilatura's first call; for
  Spark the session, then one job per ``--partitions`` value, which starts every Python worker
  the timed runs use and builds the pipelines in each. The session start and the warm-up jobs
  are timed and printed apart (``startup``): a cluster pays them once per job and executor, not
  per document. PySpark stops a Python worker idle for a minute, as they all are while the
  single process runs: before each timed Spark run, the small job runs again (untimed).
  (Without this, the first Spark run of each round was 15–40% slower than the next.)
* **Speed-up.** The Spark rate with the job's default (``auto``) over the single-process rate,
  on the same input, fastest run against fastest run, and round by round (each round's single
  run over its Spark run: the machine's speed, which drifts, is about the same within a
  round); the two outputs are checked to hold the same
  documents, figures and errors.
* **Load.** ``reportedly load`` (:func:`reportedly.bulk.load`) of the Spark output into a
  fresh SQLite ledger: documents and figures per second. With ``REPORTEDLY_BENCH_POSTGRES``
  set to a PostgreSQL URL (a scratch database: its reportedly tables are dropped first), into
  PostgreSQL too.

Wall time with ``time.perf_counter``, in ``--repeat`` rounds (default 3): each round runs the
single process, then each Spark setting, so that whatever else the machine is doing falls on
both alike; the fastest run of each counts, and every time is printed. On the shared two-core
machine this was written on, the same run took from 24 to 37 seconds from one minute to the
next: single runs are not comparable. The load average is printed at the start and the end.

Usage::

    python benchmarks/scale.py [--docs N] [--shards S] [--partitions auto,8] [--repeat R]
                               [--copies F] [--keep DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

#: Pages per shard of the warm-up crawl.
WARMUP_PAGES = 10
#: JVM options of the benchmark's Spark session (none: the defaults, as on a cluster).
MASTER = "local[2]"


def crawl(folder: Path, docs: int, shards: int, copies: float, seed: int = 20250301) -> int:
    """Write the generated crawl as ``shards`` WARC.gz files; the number of pages."""
    from ingest import http_response, pages, write_warc

    found = pages(docs, seed)
    rng = random.Random(seed)
    copied = [(url.replace("news.example.org", "mirror.example.net"),
               html.replace("news.example.org", "mirror.example.net"))
              for url, html in rng.sample(found, int(len(found) * copies))]
    everything = found + copied
    folder.mkdir(parents=True, exist_ok=True)
    for shard in range(shards):
        part = everything[shard::shards]
        write_warc(folder / f"crawl-{shard:03d}.warc.gz",
                   ((url, http_response(html), kind) for url, html in part
                    for kind in ("request", "response")), gz=True)
    return len(everything)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def extract_only(folder: Path) -> dict[str, Any]:
    """The reading and extraction alone, in this process: nothing kept, nothing written."""
    from dataclasses import replace

    from reportedly import language
    from reportedly.errors import InputError
    from reportedly.ingest import read_documents
    from reportedly.pipeline import extract_document

    def loop() -> int:
        count = 0
        for item in read_documents([str(folder)]):
            if isinstance(item, InputError):
                continue
            doc = replace(item, language=language.language_of(item))
            if language.skip_reason(doc.language) is None:
                extract_document(doc)
            count += 1
        return count

    seconds, count = timed(loop)
    return {"seconds": seconds, "documents": count, "documents_per_second": count / seconds}


def rounds(folder: Path, warm: Path, work: Path, partitions: list[int | None],
           repeat: int) -> dict[str, Any]:
    """The single process and Spark, in turn, ``repeat`` rounds: each round runs the whole job
    in a process of its own (:func:`single_process`), then one Spark run per partitions value
    in this one. Before the clock starts, both are warmed up on the small crawl ``warm``
    (imports, the pipelines, trafilatura's first call; for Spark, the session, then a job per
    partitions value, which starts and warms every Python worker the timed runs use). The
    fastest run of each counts."""
    from reportedly import spark

    startup, session = timed(lambda: spark.session(MASTER, "reportedly-bench", conf={
        "spark.ui.showConsoleProgress": "false"}))
    session.sparkContext.setLogLevel("ERROR")
    warm_seconds = 0.0
    runs: dict[str, dict[str, Any]] = {}

    def record(name: str, seconds: float, summary: Any, out: Path) -> None:
        times = [*runs.get(name, {}).get("times", []), seconds]
        runs[name] = {"seconds": min(times), "times": times, "documents": summary.documents,
                      "figures": summary.figures, "failed": summary.failed,
                      "tasks": summary.partitions, "output": str(out)}

    def warm_job(n: int | None) -> float:
        seconds, _ = timed(lambda: spark.run(session, [str(warm)], str(work / "spark-warm"),
                                             partitions=n, overwrite=True))
        return seconds

    try:
        for n in partitions:
            warm_seconds += warm_job(n)
        for _ in range(repeat):
            out = work / "single"
            seconds, summary = single_process(folder, warm, out)
            record("single", seconds, summary, out)
            for n in partitions:
                # Spark stops Python workers idle for a minute (as they were during the single
                # run): a small job first starts them again, as a busy cluster keeps them
                warm_job(n)
                out = work / f"spark-{n or 'auto'}"
                seconds, summary = timed(lambda out=out, n=n: spark.run(
                    session, [str(folder)], str(out), partitions=n, overwrite=True))
                record(f"{n or 'auto'}", seconds, summary, out)
    finally:
        session.stop()
    single = runs.pop("single")
    return {"single": single, "spark": {"startup_seconds": startup,
                                        "warmup_seconds": warm_seconds, "runs": runs}}


def single_process(folder: Path, warm: Path, out: Path) -> tuple[float, Any]:
    """The whole job in one process of its own (a fresh interpreter, as `reportedly` runs; not
    this one, which holds the Spark session): warmed up on ``warm``, then timed on ``folder``."""
    from types import SimpleNamespace

    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--single",
                           str(folder), str(warm), str(out)],
                          check=True, capture_output=True, text=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result.pop("seconds"), SimpleNamespace(**result)


def _single(folder: str, warm: str, out: str) -> int:
    """The child of :func:`single_process`: warm up, time the job, print JSON."""
    from reportedly import spark

    spark.run_local([warm], out + "-warm")
    seconds, summary = timed(lambda: spark.run_local([folder], out))
    print(json.dumps({"seconds": seconds, "documents": summary.documents,
                      "figures": summary.figures, "failed": summary.failed,
                      "partitions": summary.partitions}))
    return 0


def _times(run: dict[str, Any]) -> str:
    return "runs: " + ", ".join(f"{t:.1f} s" for t in run["times"])


def same_output(a: Path, b: Path) -> bool:
    """Whether two outputs hold the same rows, table by table."""
    from reportedly import bulk

    return all(list(bulk.table_rows(a, table)) == list(bulk.table_rows(b, table))
               for table in bulk.TABLES)


def load_rate(out: Path, url: str) -> dict[str, Any]:
    from reportedly import bulk
    from reportedly.ledger import Ledger

    with Ledger(url) as ledger:
        seconds, summary = timed(lambda: bulk.load(ledger, out))
    return {"seconds": seconds, "documents": summary.read, "stored": summary.stored,
            "figures": summary.figures, "documents_per_second": summary.read / seconds,
            "figures_per_second": summary.figures / seconds}


def empty_postgres(url: str) -> None:
    """Drop reportedly's tables in the scratch database ``url``."""
    import sqlalchemy as sa

    from reportedly import store

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        store.metadata.drop_all(conn)
        conn.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["--single"]:
        return _single(*argv[1:4])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--copies", type=float, default=0.05)
    parser.add_argument("--partitions", default="auto,8",
                        help="extraction tasks of each Spark run, comma-separated; auto: the "
                             "job's default (2 per core)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="rounds of runs (the single process, then each Spark setting); "
                             "the fastest run of each counts")
    parser.add_argument("--keep", help="write the crawl and the outputs here and keep them")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    partitions = [None if n == "auto" else int(n) for n in args.partitions.split(",")]

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="reportedly-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    folder = work / "crawl"
    load_start = os.getloadavg()
    pages = crawl(folder, args.docs, args.shards, args.copies)
    warm = work / "warm-in"
    crawl(warm, WARMUP_PAGES * args.shards, args.shards, args.copies, seed=1)
    result: dict[str, Any] = {"pages": pages, "shards": args.shards, "cores": os.cpu_count(),
                              "load_average_start": load_start}
    result.update(rounds(folder, warm, work, partitions, args.repeat))
    result["extract_only"] = extract_only(folder)
    best_n = min(result["spark"]["runs"], key=lambda n: result["spark"]["runs"][n]["seconds"])
    best = result["spark"]["runs"][best_n]
    docs = result["single"]["documents"]
    result["single"]["documents_per_second"] = docs / result["single"]["seconds"]
    for run in result["spark"]["runs"].values():
        run["documents_per_second"] = run["documents"] / run["seconds"]
    result["best_partitions"] = best_n
    result["speedup"] = result["single"]["seconds"] / best["seconds"]
    if "auto" in result["spark"]["runs"]:
        result["speedup_default"] = (result["single"]["seconds"]
                                     / result["spark"]["runs"]["auto"]["seconds"])
    result["same_output"] = all(same_output(work / "single", Path(run["output"]))
                                for run in result["spark"]["runs"].values())
    result["load"] = {"sqlite": load_rate(Path(best["output"]),
                                          f"sqlite:///{work / 'loaded.db'}")}
    postgres = os.environ.get("REPORTEDLY_BENCH_POSTGRES")
    if postgres:
        empty_postgres(postgres)
        result["load"]["postgresql"] = load_rate(Path(best["output"]), postgres)
    result["load_average_end"] = os.getloadavg()
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)

    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    single_run = result["single"]
    print(f"{pages} generated pages ({docs} documents read, {single_run['figures']} figures) "
          f"in {args.shards} WARC.gz shards; {os.cpu_count()} cores; load average "
          f"{load_start[0]:.2f} at the start, {result['load_average_end'][0]:.2f} at the end\n")
    print(f"{'extraction':32} {'seconds':>8} {'docs/s':>8} {'speed-up':>9}")
    alone = result["extract_only"]
    ratio = single_run["seconds"] / alone["seconds"]
    print(f"{'one process, nothing written':32} {alone['seconds']:>8.1f} "
          f"{alone['documents_per_second']:>8.1f} {ratio:>8.2f}x")
    print(f"{'single process (1 core)':32} {single_run['seconds']:>8.1f} "
          f"{single_run['documents_per_second']:>8.1f} {1:>8.2f}x   {_times(single_run)}")
    for n, run in result["spark"]["runs"].items():
        label = f"Spark {MASTER}, {n} ({run['tasks']} tasks)"
        paired = sorted(a / b for a, b in zip(single_run["times"], run["times"], strict=True))
        print(f"{label:32} {run['seconds']:>8.1f} {run['documents_per_second']:>8.1f} "
              f"{single_run['seconds'] / run['seconds']:>8.2f}x   {_times(run)}; round by "
              f"round {', '.join(f'{r:.2f}x' for r in paired)} (median "
              f"{paired[len(paired) // 2]:.2f}x)")
    spark_info = result["spark"]
    print(f"\nSpark startup (not in the rates): session {spark_info['startup_seconds']:.1f} s, "
          f"warm-up job {spark_info['warmup_seconds']:.1f} s. Same documents, figures and "
          f"errors in every run: {'yes' if result['same_output'] else 'NO'}.\n")
    print(f"{'load into':32} {'seconds':>8} {'docs/s':>8} {'figures/s':>9}")
    for name, run in result["load"].items():
        print(f"{name:32} {run['seconds']:>8.1f} {run['documents_per_second']:>8.1f} "
              f"{run['figures_per_second']:>9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
