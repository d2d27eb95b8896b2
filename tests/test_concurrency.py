"""Two `reportedly ingest` processes writing one PostgreSQL ledger at once.

Both read the same documents in the same order (so they reach each of them at about the same
time), each with documents of its own between them, among which word-for-word and near copies of
the other's. The ledger they leave must be the one a single process leaves from the same inputs:
every document stored once, every figure, claimant, alias and series once, the series' summaries
counting every figure, one document of each copied pair marked as the copy, nothing failed.
SQLite takes one writer at a time (its tests are elsewhere): these run on PostgreSQL only.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from reportedly import store
from reportedly.ingest import read_documents
from reportedly.ledger import Ledger
from reportedly.model import Claim, Document, Figure

pytestmark = pytest.mark.postgres_only

CLAIMANTS = ["The Tessalian Red Crescent", "The Interior Ministry", "The UN refugee agency",
             "The regional emergency office", "The Brask relief committee",
             "The Orlan valley council", "Doctors of the North", "The Meridian Post"]
THINGS = ["shelters", "schools", "clinics", "buses", "tents", "wells", "bridges", "trucks",
          "kitchens", "generators", "ferries", "warehouses"]
PLACES = ["the Orlan Valley", "Brask", "the Varden valley", "Tessaly"]


def article(n: int, headline: str = "") -> str:
    """A short dispatch whose figures go to a few of a dozen series, with one of eight
    claimants (some written with an article: an alias)."""
    claimant, place = CLAIMANTS[n % len(CLAIMANTS)], PLACES[n % len(PLACES)]
    first, second = THINGS[n % len(THINGS)], THINGS[(n * 5 + 3) % len(THINGS)]
    return (f"{headline or f'A dispatch from {place}'}\n\n"
            f"{claimant} said about {1000 + 37 * n:,} people had been displaced by the fighting "
            f"in {place}. Aid workers said {10 + n} {first} were running and {2 + n % 7} "
            f"{second} had been lost since the start of the month.")


def record(key: str, text: str, day: int) -> str:
    return json.dumps({"id": key, "url": f"https://news.example/{key}",
                       "published": f"2025-03-{1 + day % 28:02d}", "text": text})


def inputs(root: Path) -> tuple[Path, Path]:
    """Two JSONL files: 16 documents in both, in the same order, each followed by one of the
    file's own (6 originals, an exact copy and a near copy of the other file's own)."""
    shared = [record(f"shared-{n}", article(n), n) for n in range(16)]
    own: dict[str, list[str]] = {"a": [], "b": []}
    for side, base in (("a", 100), ("b", 200)):
        own[side] = [record(f"{side}-{n}", article(base + n), n) for n in range(6)]
    # the same text in each file under another address (two pairs), and a near copy: the
    # same dispatch under another headline and a byline
    for n, side in ((300, "a"), (301, "b")):
        other = "b" if side == "a" else "a"
        own[side].append(record(f"{side}-original-{n}", article(n), n))
        own[other].append(record(f"{other}-copy-{n}", article(n), n))
    near = article(302, "Fighting empties the valley")
    own["a"].append(record("a-near-302", article(302, "Families flee the fighting"), 3))
    own["b"].append(record("b-near-302", "By a staff correspondent, Northern Wire\n" + near, 3))
    paths = []
    for side in ("a", "b"):
        padded = own[side] + [""] * (len(shared) - len(own[side]))
        lines = [line for pair in zip(shared, padded, strict=True) for line in pair if line]
        path = root / f"{side}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


def state(url: str) -> dict[str, Any]:
    """What a ledger holds, in terms that do not depend on the order things were stored in
    (ids aside): which of a copied pair is the copy is left to :func:`copies`."""
    d, f, s = store.documents, store.figures, store.series
    with Ledger(url) as ledger, ledger.engine.connect() as conn:
        docs = conn.execute(sa.select(d.c.doc_key, d.c.content_hash)).all()
        figures = conn.execute(
            sa.select(d.c.doc_key, f.c.start, f.c.end, f.c.text, store.sources.c.name,
                      s.c.key, f.c.current_status)
            .select_from(f.join(d, f.c.document_id == d.c.id).outerjoin(store.sources)
                         .outerjoin(s, f.c.current_series_id == s.c.id))).all()
        series = conn.execute(sa.select(s.c.key, s.c.figure_count, s.c.claimant_count,
                                        s.c.latest_as_of)).all()
        aliases = conn.execute(sa.select(store.source_aliases.c.alias, store.sources.c.name)
                               .join(store.sources)).all()
        sources = conn.execute(sa.select(store.sources.c.name)).scalars().all()
        errors = conn.execute(sa.select(sa.func.count()).select_from(store.ingest_errors)
                              ).scalar_one()
    return {
        "documents": Counter(map(tuple, docs)), "figures": Counter(map(tuple, figures)),
        "series": Counter(map(tuple, series)), "aliases": Counter(map(tuple, aliases)),
        "sources": Counter(sources), "errors": errors,
    }


def copies(url: str) -> tuple[Counter, int]:
    """The copies: (duplicate kind, the copied document's key without its side) of each, and
    how many figures are marked as copies."""
    d, f = store.documents, store.figures
    original = d.alias("original")
    with Ledger(url) as ledger, ledger.engine.connect() as conn:
        pairs = conn.execute(sa.select(d.c.duplicate_kind, d.c.doc_key, original.c.doc_key,
                                       original.c.duplicate_of)
                             .join(original, d.c.duplicate_of == original.c.id)).all()
        copied = conn.execute(sa.select(sa.func.count()).where(f.c.copy)).scalar_one()
    assert all(row[3] is None for row in pairs), "a copy of a copy"
    return Counter((kind, key.rsplit("-", 1)[1], first.rsplit("-", 1)[1])
                   for kind, key, first, _ in pairs), copied


def test_two_ingest_processes_lose_nothing_and_store_nothing_twice(tmp_path, db_url, fresh_db):
    first, second = inputs(tmp_path)
    runs = [subprocess.Popen([sys.executable, "-m", "reportedly", "ingest", str(path),
                              "--db", db_url, "--format", "json"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for path in (first, second)]
    summaries = []
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
        summaries.append(json.loads(out))
    assert all(s["failed"] == 0 and s["errors"] == [] for s in summaries), summaries
    # each document stored by one of them; the other found it there
    assert sum(s["read"] for s in summaries) == 2 * 16 + 2 * 9
    assert sum(s["stored"] for s in summaries) == 16 + 2 * 9
    assert sum(s["unchanged"] for s in summaries) == 16
    assert sum(s["exact"] for s in summaries) == 2 and sum(s["near"] for s in summaries) == 1

    alone = fresh_db("concurrency_single")
    with Ledger(alone) as ledger:
        outcomes = list(ledger.ingest(read_documents([str(first), str(second)])))
    assert [o.status for o in outcomes].count("stored") == 16 + 2 * 9

    together, single = state(db_url), state(alone)
    assert together["errors"] == single["errors"] == 0
    assert sum(together["documents"].values()) == 16 + 2 * 9
    assert max(together["documents"].values()) == 1  # no document stored twice
    assert max(together["figures"].values()) == 1  # nor any figure
    for part in ("documents", "figures", "series", "aliases", "sources"):
        assert together[part] == single[part], part
    assert len(single["series"]) >= len(THINGS) and len(single["sources"]) >= len(CLAIMANTS)
    assert copies(db_url) == copies(alone)
    # the summaries kept on write are what the figures give
    with Ledger(db_url) as ledger:
        for row in ledger.series_list(limit=1000):
            figures = ledger.series_figures(row["id"])
            assert row["figure_count"] == len(figures), row
            assert row["claimant_count"] == len({f["source"] for f in figures} - {None}), row


def test_corrections_while_documents_are_stored_wait_for_each_other_without_deadlock(db_url):
    """A writer storing figures of two series and one moving a figure between them, at once:
    each refers to the series the other refreshes (they lock them without waiting for such
    references), and the summaries count every figure."""
    def fig(n: int, obj: str) -> Figure:
        text = f"{n} {obj}"
        return Figure(text=text, start=0, end=len(text), low=n, high=n, object=obj,
                      subject="Tessaly", claim=Claim(source=f"Office {n % 5}"),
                      sentence=f"{text} were counted.")

    with Ledger(db_url) as ledger:
        ledger.add(Document(text="first", origin="0.txt", published="2025-03-01"),
                   [fig(1, "tents"), fig(2, "wells")])
        moving = ledger.claims()[0]["id"]
        tents, wells = (c["series"] for c in ledger.claims())
    failures: list[BaseException] = []

    def store_documents() -> None:
        with Ledger(db_url) as ledger:
            for n in range(3, 60):
                # wells first, then tents: the order the mover goes the other way
                ledger.add(Document(text=f"report {n}", origin=f"{n}.txt",
                                    published="2025-03-02"), [fig(n, "wells"), fig(n, "tents")])

    def move_back_and_forth() -> None:
        with Ledger(db_url) as ledger:
            for n in range(60):
                ledger.correct(moving, "moved", "r", "desk", series_id=(wells, tents)[n % 2])

    threads = [threading.Thread(target=_recording(work, failures))
               for work in (store_documents, move_back_and_forth)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    with Ledger(db_url) as ledger:
        counts = {row["id"]: row["figure_count"] for row in ledger.series_list(limit=10)}
        assert counts == {tents: 58, wells: 58}  # the moved figure back in tents
        assert counts == {i: len(ledger.series_figures(i)) for i in (tents, wells)}


def _recording(work: Callable[[], None], failures: list[BaseException]) -> Callable[[], None]:
    def run() -> None:
        try:
            work()
        except BaseException as exc:
            failures.append(exc)

    return run
