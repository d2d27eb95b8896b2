"""The ledger's queries at scale: a generated SQLite ledger of a million figures in 50,000 series,
and the time of the queries an interface makes on it.

What it builds
--------------
A ledger migrated to the current schema (``Ledger(url)``), then filled in bulk (rows inserted in
large transactions with the figures' indexes built afterwards, not ``Ledger.add`` per document):

* ``--series`` series (default 50,000) of a heavy-tailed size: a few big series (the largest
  about 1.7% of all figures), most of them small (the median has about four figures);
* ``--figures`` figures (default 1,000,000) in documents of one to nine figures, published
  over two years (2024-01-01 to 2025-12-30); about 30% have an as-of time (a day or a month
  in the two months before publication);
* 40 claimants of Zipf-like weight (15% of figures are unattributed);
* corrections on about 1% of the figures: wrong, retracted, superseded, or moved to another
  series; the corrected state on the figure and the series' summaries as the ledger keeps them
  (computed by :func:`reportedly.store.refresh_series`, the function ``Ledger.add`` and
  ``Ledger.correct`` call).

What it measures
----------------
``time.perf_counter`` around each call of the public API on the built ledger (a fresh
:class:`~reportedly.ledger.Ledger`, its connection pool warm), after a warm-up, ``--runs``
calls each (default 300) with random arguments (seeded):

* the series list: the first page (``series_list()``), a deep page (an offset in the last
  half of the list), a name search;
* one series' timeline (``series_figures``), of a series drawn uniformly; and the largest
  series' timeline, for scale;
* a filtered figure query: ``figures(source=…, since=…, until=…, limit=100)`` for a random
  claimant and a window of one week to three months;
* writes, for what the summaries cost: ``correct`` (a move between two random series, both
  summaries refreshed) and ``add`` (a document of five figures into weighted series).

p50, p95 and max in milliseconds; the target is p95 under 50 ms for the reads.

Usage::

    python benchmarks/ledger.py [--figures N] [--series N] [--runs N] [--keep PATH]
                                [--db PATH] [--json]

``--keep PATH`` builds the ledger at PATH and leaves it there; ``--db PATH`` measures a ledger
built before (with ``--keep``) without building. One process; SQLite in WAL mode.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from array import array
from bisect import bisect
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from reportedly import dedup, store
from reportedly.ledger import Ledger
from reportedly.model import Claim, Document, Figure

TARGET_MS = 50.0
WARMUP = 20
START = date(2024, 1, 1)
DAYS = 730
CREATED = "2026-01-01 00:00:00.000000"
CHUNK = 20_000  # documents per insert batch

SOURCES = [
    "Ukraine's General Staff", "UK Ministry of Defence", "ISW", "Russian Ministry of Defence",
    "UN OHCHR", "UNHCR", "Pentagon", "NIS", "HUR", "Yonhap", "Reuters", "AP", "AFP",
    "Mediazona", "BBC Russian", "Kyiv Independent", "Meduza", "Oryx", "IISS", "NATO",
    "European Commission", "WHO", "UNICEF", "ICRC", "World Bank", "IMF", "Amnesty International",
    "Human Rights Watch", "OSCE", "IAEA", "Zelensky", "Syrskyi", "Budanov", "Shoigu", "Peskov",
    "Kremlin", "White House", "State Department", "JCS", "Unification Ministry",
]
SUBJECTS = [
    "Ukraine", "Russia", "North Korea", "Belarus", "Iran", "Syria", "Israel", "Gaza", "Lebanon",
    "Yemen", "Sudan", "Ethiopia", "Somalia", "Mali", "Niger", "Libya", "Iraq", "Afghanistan",
    "Myanmar", "Haiti", "Venezuela", "Colombia", "Mexico", "Armenia", "Azerbaijan", "Georgia",
    "Moldova", "Serbia", "Kosovo", "Taiwan", "China", "Japan", "South Korea", "Poland",
    "Romania", "Turkey", "Egypt", "Jordan", "Saudi Arabia", "Pakistan",
]
MEASURES = ["personnel", "killed", "wounded", "casualties", "captured", "displaced",
            "refugees", "drones", "missiles", "tanks", "territory", "aid", "arrests", "strikes"]
EVENTS = ["", "deployed", "evacuated", "detained", "launched", "destroyed", "shot down",
          "returned", "missing", "exchanged"]
PLACES = ["", "Kursk", "Donetsk", "Kharkiv", "Zaporizhzhia", "Kherson", "Crimea", "Belgorod",
          "Rafah", "Khan Younis", "Aleppo", "Idlib", "Darfur", "Khartoum", "Tigray", "Sanaa"]
QUALIFIERS = ["exact", "approximately", "more_than", "at_least", "at_most", "range"]


# -- building ------------------------------------------------------------------------------------


def series_rows(count: int, rng: random.Random) -> list[tuple]:
    rows = []
    for i in range(1, count + 1):
        subject, measure = rng.choice(SUBJECTS), rng.choice(MEASURES)
        event, place = rng.choice(EVENTS), rng.choice(PLACES)
        flow = rng.random() < 0.2
        unit = "km2" if measure == "territory" else None
        key = "|".join([subject, measure, event, place, unit or "",
                        "flow" if flow else "stock", str(i)]).casefold()
        name = " ".join(w for w in (subject, measure, event, f"in {place}" if place else "") if w)
        rows.append((i, key, f"{name} #{i}" + (" (new)" if flow else ""), subject, measure,
                     event or None, place or None, unit, flow, False))
    return rows


def series_of_figures(figures: int, series: int, rng: random.Random) -> array:
    """Each figure's series: every series once, the rest drawn with weights (i + 10)^-1.1."""
    cumulative = list(accumulate((i + 10) ** -1.1 for i in range(series)))
    chosen = array("i", range(1, series + 1))
    extra = figures - series
    chosen.extend(s + 1 for s in rng.choices(range(series), cum_weights=cumulative, k=extra))
    rng.shuffle(chosen)
    return chosen


def day(offset: int) -> str:
    return (START + timedelta(days=offset)).isoformat()


def as_of_time(published: int, rng: random.Random) -> str | None:
    roll = rng.random()
    if roll >= 0.3:
        return None
    when = START + timedelta(days=max(0, published - rng.randint(0, 60)))
    return when.isoformat() if roll < 0.2 else when.strftime("%Y-%m")


def documents_and_figures(figures: int, series: list[tuple], rng: random.Random
                          ) -> Iterator[tuple[list[tuple], list[tuple], list[tuple]]]:
    """Batches of (documents, figures, corrections) rows, in id order."""
    assignment = series_of_figures(figures, len(series), rng)
    source_weights = list(accumulate(1 / (rank + 1) for rank in range(len(SOURCES))))
    done, doc_id = 0, 0
    docs: list[tuple] = []
    figs: list[tuple] = []
    fixes: list[tuple] = []
    while done < figures:
        doc_id += 1
        published = rng.randrange(DAYS)
        count = min(rng.randint(1, 9), figures - done)
        sentences, start = [], 0
        for _ in range(count):
            done += 1
            series_id = assignment[done - 1]
            _, _, _, subject, measure, event, place, unit, flow, _ = series[series_id - 1]
            source = None
            if rng.random() >= 0.15:
                source = bisect(source_weights, rng.random() * source_weights[-1]) + 1
            low = float(rng.randint(1, 5000) * rng.choice((1, 10, 100)))
            qualifier = rng.choice(QUALIFIERS)
            high = None if qualifier in ("more_than", "at_least") else (
                low * 2 if qualifier == "range" else low)
            low_value = None if qualifier == "at_most" else low
            text = f"{int(low):,} {measure}"
            said = SOURCES[source - 1] if source else "Officials"
            sentence = (f"{said} said {text} were {event or 'reported'} "
                        f"{'in ' + place if place else 'by ' + subject}.")
            offset = start + len(said) + 6
            as_of = as_of_time(published, rng)
            status, current = "active", series_id
            if rng.random() < 0.01:  # a correction
                roll = rng.random()
                status = ("wrong" if roll < 0.5 else "moved" if roll < 0.8
                          else "retracted" if roll < 0.9 else "superseded")
                moved_to = rng.randint(1, len(series)) if status == "moved" else None
                current = moved_to or series_id
                fixes.append((done, status, moved_to, "benchmark correction", "bench", CREATED))
            figs.append((
                done, doc_id, offset, offset + len(text), text, sentence, start, low_value,
                high, qualifier, False, "count" if unit is None else "measure", measure, unit,
                None, subject, source, said if source else None, None, "[]", None, None, as_of,
                False, measure, event, flow, place, series_id, "reportedly.rules/bench",
                CREATED, False, status, current, False,
                store.dated(as_of, day(published))))
            sentences.append(sentence)
            start += len(sentence) + 1
        body = " ".join(sentences)
        docs.append((doc_id, hashlib.sha256(f"{doc_id} {body}".encode()).hexdigest(),
                     f"bench/{doc_id}.txt", f"https://news{doc_id % 300}.example/{doc_id}",
                     f"https://news{doc_id % 300}.example/{doc_id}", f"Report {doc_id}",
                     day(published), "en", body, CREATED, "text"))
        if len(docs) >= CHUNK:
            yield docs, figs, fixes
            docs, figs, fixes = [], [], []
    if docs:
        yield docs, figs, fixes


FIGURE_COLUMNS = (
    "id", "document_id", "start", "end", "text", "sentence", "sentence_start", "low", "high",
    "qualifier", "vague", "kind", "object", "unit", "change", "subject", "source_id",
    "source_text", "role", "via", "basis", "hedge", "as_of", "stated_before", "measure", "event",
    "flow", "place", "series_id", "extractor_version", "created_at", "copy", "current_status",
    "current_series_id", "replaced", "dated",
)
DOCUMENT_COLUMNS = ("id", "content_hash", "origin", "doc_key", "url", "title", "published",
                    "language", "text", "ingested_at", "format")


def insert(db: sqlite3.Connection, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" * len(columns))
    db.executemany(f'INSERT INTO {table} ({names}) VALUES ({marks})', rows)


def build(path: Path, figures: int, series: int, seed: int) -> dict[str, Any]:
    """Generate the ledger at ``path``; counts and the seconds each step took."""
    t0 = time.perf_counter()
    url = f"sqlite:///{path}"
    Ledger(url).close()  # the schema, by the migrations
    rng = random.Random(seed)
    engine = sa.create_engine(url)
    indexes = [ix for table in (store.figures, store.corrections, store.series)
               for ix in table.indexes]
    with engine.begin() as conn:
        for index in indexes:
            index.drop(conn)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA synchronous=OFF")
    db.execute("PRAGMA cache_size=-262144")
    db.execute("BEGIN")
    insert(db, "sources", ("id", "name"), list(enumerate(SOURCES, 1)))
    rows = series_rows(series, rng)
    insert(db, "series", ("id", "key", "name", "subject", "measure", "event", "place", "unit",
                          "flow", "pinned"), rows)
    counts = {"documents": 0, "figures": 0, "corrections": 0}
    correction_id = 0
    for docs, figs, fixes in documents_and_figures(figures, rows, rng):
        insert(db, "documents", DOCUMENT_COLUMNS, docs)
        insert(db, "figures", FIGURE_COLUMNS, figs)
        numbered = [(correction_id + n, *fix) for n, fix in enumerate(fixes, 1)]
        correction_id += len(fixes)
        insert(db, "corrections", ("id", "figure_id", "status", "series_id", "reason", "author",
                                   "created_at"), numbered)
        counts["documents"] += len(docs)
        counts["figures"] += len(figs)
        counts["corrections"] += len(fixes)
    db.execute("COMMIT")
    db.close()
    inserted = time.perf_counter()
    with engine.begin() as conn:
        for index in indexes:
            index.create(conn)
    indexed = time.perf_counter()
    with engine.begin() as conn:
        store.refresh_series(conn, range(1, series + 1))
    engine.dispose()
    done = time.perf_counter()
    return {**counts, "series": series, "sources": len(SOURCES),
            "seconds": {"insert": inserted - t0, "indexes": indexed - inserted,
                        "summaries": done - indexed, "total": done - t0},
            "bytes": path.stat().st_size}


# -- measuring -----------------------------------------------------------------------------------


def timings(call: Callable[[], Any], runs: int, warmup: int = WARMUP) -> dict[str, float]:
    for _ in range(warmup):
        call()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        call()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"runs": runs, "p50": statistics.median(times),
            "p95": times[min(len(times) - 1, round(0.95 * len(times)) - 1)], "max": times[-1]}


def measure(path: Path, runs: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed + 1)
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        listed = conn.execute(sa.select(sa.func.count()).select_from(store.series)
                              .where(store.series.c.figure_count > 0)).scalar_one()
        top = conn.execute(sa.select(store.series.c.id, store.series.c.figure_count)
                           .order_by(store.series.c.figure_count.desc()).limit(1)).one()
        last_series = conn.execute(sa.select(sa.func.max(store.series.c.id))).scalar_one()
        last_figure = conn.execute(sa.select(sa.func.max(store.figures.c.id))).scalar_one()
        names = list(conn.execute(sa.select(store.sources.c.name)).scalars())
    engine.dispose()
    results = []

    def row(name: str, target: bool, call: Callable[[], Any], count: int = runs,
            note: str = "") -> None:
        result = {"query": name, **timings(call, count), "note": note}
        if target:
            result["target_met"] = result["p95"] < TARGET_MS
        results.append(result)
        print(f"  {name}: p95 {result['p95']:.1f} ms", file=sys.stderr)

    def window() -> dict[str, str]:
        since = rng.randrange(DAYS)
        return {"since": day(since), "until": day(since + rng.randint(7, 90))}

    with Ledger(f"sqlite:///{path}") as ledger:
        row("series_list(): first page", True, lambda: ledger.series_list())
        row("series_list(): deep page", True, lambda: ledger.series_list(
            offset=rng.randint(listed // 2, max(listed // 2, listed - 50))),
            note=f"offset in the last half of {listed:,}")
        row("series_list(search=…)", True, lambda: ledger.series_list(
            search=rng.choice(SUBJECTS + MEASURES + PLACES[1:])))
        row("series_figures(): one series", True,
            lambda: ledger.series_figures(rng.randint(1, last_series)),
            note="series drawn uniformly")
        row("series_figures(): the largest series", False,
            lambda: ledger.series_figures(top.id), count=max(20, runs // 10),
            note=f"{top.figure_count:,} figures")
        row("figures(source, since, until)", True, lambda: ledger.figures(
            source=rng.choice(names), limit=100, **window()),
            note="window of 7 to 90 days")
        figure_ids = [rng.randint(1, last_figure) for _ in range(runs + WARMUP)]
        row("correct(): move (write)", False, lambda: ledger.correct(
            figure_ids.pop(), "moved", "benchmark", "bench", series_id=rng.randint(1, last_series)),
            note="both series' summaries refreshed")
        ledger._index = dedup.Index()  # the near-copy index of the stored documents is not
        # what is measured here (the generated documents have no signatures to load)
        documents = iter(range(10**9))
        row("add(): a document of 5 figures (write)", False,
            lambda: ledger.add(bench_document(next(documents), rng), bench_figures(rng)),
            note="summaries refreshed")
    return results


def bench_document(n: int, rng: random.Random) -> Document:
    return Document(text=f"Benchmark report {n}: {rng.random()} figures were said.",
                    origin=f"bench-add/{n}", published=day(rng.randrange(DAYS)))


def bench_figures(rng: random.Random) -> list[Figure]:
    figures = []
    for i in range(5):
        subject, measure = rng.choice(SUBJECTS[:5]), rng.choice(MEASURES[:4])
        figures.append(Figure(text=f"{i + 1},000 {measure}", start=i * 20, end=i * 20 + 12,
                              low=1000.0 * (i + 1), high=1000.0 * (i + 1), object=measure,
                              subject=subject, claim=Claim(source=rng.choice(SOURCES)),
                              extractor="reportedly.rules/bench"))
    return figures


# -- report --------------------------------------------------------------------------------------


def report(built: dict[str, Any] | None, results: list[dict[str, Any]], path: Path) -> None:
    if built:
        s = built["seconds"]
        print(f"Built {built['figures']:,} figures in {built['series']:,} series "
              f"({built['documents']:,} documents, {built['sources']} claimants, "
              f"{built['corrections']:,} corrections) in {s['total']:.1f} s: "
              f"insert {s['insert']:.1f} s, indexes {s['indexes']:.1f} s, "
              f"summaries {s['summaries']:.1f} s; {built['bytes'] / 1024**2:,.0f} MiB at {path}")
    print(f"\n{'query':42} {'runs':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  "
          f"p95 < {TARGET_MS:.0f} ms")
    for r in results:
        met = "—" if "target_met" not in r else ("yes" if r["target_met"] else "NO")
        print(f"{r['query']:42} {r['runs']:>5} {r['p50']:>8.2f} {r['p95']:>8.2f} "
              f"{r['max']:>8.2f}  {met:>4}  {r['note']}")
    targeted = [r for r in results if "target_met" in r]
    print(f"\n{sum(r['target_met'] for r in targeted)} of {len(targeted)} read targets met")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--figures", type=int, default=1_000_000)
    parser.add_argument("--series", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=20260601)
    parser.add_argument("--keep", type=Path, help="build the ledger here and keep it")
    parser.add_argument("--db", type=Path, help="measure this ledger, built before with --keep")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.series > args.figures:
        parser.error("--series cannot exceed --figures")
    with tempfile.TemporaryDirectory() as tmp:
        built = None
        path = args.db
        if path is None:
            path = args.keep or Path(tmp) / "ledger.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            print(f"building {args.figures:,} figures in {args.series:,} series…",
                  file=sys.stderr)
            built = build(path, args.figures, args.series, args.seed)
        results = measure(path, args.runs, args.seed)
        if args.json:
            json.dump({"built": built, "results": results}, sys.stdout, indent=2)
            print()
        else:
            report(built, results, path)
    return 0 if all(r.get("target_met", True) for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
