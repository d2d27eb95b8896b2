"""Bulk loading (``reportedly load``): the Parquet tables of an extraction job stored in a ledger
exactly as ``reportedly ingest`` stores the same inputs; reading bytes as files are read.

No Spark here: the tables are written by :func:`reportedly.spark.run_local`, the single-process
twin of the Spark job (``tests/test_spark.py`` checks that Spark writes the same tables).
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from articles import FRENCH, NEAR, ORIGINAL, SPANISH
from conftest import POSTGRES
from reportedly import bulk, language, spark, store
from reportedly.cli import main
from reportedly.errors import InputError
from reportedly.ingest import read_documents, read_file
from reportedly.ledger import IngestSummary, Ledger, document_error
from reportedly.model import Document, Figure
from reportedly.pipeline import extract_document

# -- inputs: every format, copies, a language skipped, and failures -------------------------------

WILDFIRE = """Wildfire near Korvath forces evacuations

Firefighters in the Korvath hills said on Sunday that the blaze had burned more than 1,200 \
hectares since Friday. The provincial fire service sent about 350 firefighters and 14 water \
bombers, according to its spokesperson. Police said at least 2,000 residents of three villages \
had been told to leave their homes.
"""

PORT = """Dock strike halts the port of Selmar

Dockworkers at Selmar walked out on Monday, and the port authority said nearly 40 ships were \
waiting offshore. The union, citing its own count, said 3,500 workers had joined the strike. \
Shipping agents estimate losses of up to 12 million euros a day, Reuters reported.
"""

HARBOUR = """date 2025-03-04

Harbour repairs to cost more

The city council said on Wednesday that repairs to the old harbour wall would cost 4.5 million \
euros, up from 3 million estimated last year. Engineers found cracks along about 300 metres of \
the wall.
"""

BRIDGE_NOTE = """The transport office said about 18,000 vehicles a day used the Selmar bridge \
before it closed in January. A ferry now carries up to 900 cars a day, officials said."""

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Grain stores run low in Dunmere</title>
<link rel="canonical" href="https://ledger.example.org/dunmere-grain">
<meta property="article:published_time" content="2025-02-20T07:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Grain stores run low in Dunmere</h1>
<p>The Dunmere food agency said on Thursday that its stores held about 40,000 tonnes of grain,
enough for six weeks. The agency said more than 120,000 families had asked for help since
December, according to its monthly report.</p>
<p>Aid groups, citing their own figures, put the number closer to 150,000 families.</p>
</article><footer>© 2025 Ledger</footer></body></html>"""


def _html(title: str, body: str, url: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    return (f"<html><head><title>{title}</title><link rel=\"canonical\" href=\"{url}\">"
            f"</head><body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
            ).encode()


def write_warc(path: Path, compress: bool = True, cut: int = 0) -> None:
    """A crawl: a warcinfo record, a request, three HTML pages, an image and a 404 page;
    ``cut`` bytes removed from its end (a damaged archive)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)

    def response(url: str, body: bytes, content_type: str = "text/html; charset=utf-8",
                 status: str = "200 OK") -> None:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response",
                                                      payload=io.BytesIO(body),
                                                      http_headers=headers))

    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
    writer.write_record(writer.create_warc_record(
        "https://courier.example.net/korvath", "request",
        payload=io.BytesIO(b"GET /korvath HTTP/1.1\r\nHost: courier.example.net\r\n\r\n")))
    title, _, body = WILDFIRE.partition("\n\n")
    response("https://courier.example.net/korvath", _html(title, body,
                                                          "https://courier.example.net/korvath"))
    response("https://courier.example.net/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")
    title, _, body = PORT.partition("\n\n")
    response("https://wire.example.com/selmar", _html(title, body,
                                                      "https://wire.example.com/selmar"))
    response("https://courier.example.net/gone", b"<html><body>Not here.</body></html>",
             status="404 Not Found")
    response("https://diario.example.es/varden", _html("Inundaciones en Varden", SPANISH,
                                                       "https://diario.example.es/varden"))
    data = out.getvalue()
    path.write_bytes(data[:len(data) - cut] if cut else data)


def build_inputs(root: Path) -> Path:
    """A folder of inputs in every format the job reads, with copies and failures."""
    root.mkdir(parents=True, exist_ok=True)
    write_warc(root / "crawl.warc.gz")
    write_warc(root / "damaged.warc", compress=False, cut=40)
    lines = [
        json.dumps({"id": "wire-1", "url": "https://wire.example.com/varden",
                    "published": "2025-03-04", "text": ORIGINAL}),
        '{"id": "wire-2", "text": "The office said 40 people were',  # malformed: E104
        json.dumps({"id": "wire-3", "title": "no text"}),  # E105
        json.dumps({"id": "wire-4", "published": "2025-03-05", "text": FRENCH}),  # skipped
        json.dumps({"id": "wire-5", "published": "2025-03-05", "text": ORIGINAL}),  # exact copy
        json.dumps({"id": "wire-6", "published": "2025-03-05", "text": NEAR}),  # near copy
        json.dumps({"id": "wire-7", "published": "04/03/2025", "text": PORT}),  # E106
    ]
    (root / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(root / "more.jsonl.gz", "wt", encoding="utf-8") as out:
        out.write(json.dumps({"id": "more-1", "published": "2025-03-06", "text": PORT}) + "\n")
        out.write(json.dumps({"id": "more-2", "text": BRIDGE_NOTE, "language": "en"}) + "\n")
    notes = root / "notes"
    notes.mkdir(exist_ok=True)
    (notes / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (notes / "bridge [1].txt").write_text(BRIDGE_NOTE, encoding="utf-8")
    (notes / "empty.txt").write_text("  \n", encoding="utf-8")  # E103
    (notes / "blob.bin").write_bytes(bytes(range(256)) * 4)  # E102
    (notes / ".hidden.txt").write_text(WILDFIRE, encoding="utf-8")  # not read
    (root / "_grain.html").write_text(PAGE, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_inputs(tmp_path_factory.mktemp("bulk") / "inputs")


# -- the single-process reference: what `reportedly ingest` reads and extracts -------------------


def single_process(paths: list[str]) -> list[tuple[str, Any]]:
    """What a single process reads and extracts from ``paths``, in order:
    ``("doc", (Document, skipped, figures))`` or ``("error", (InputError, offset))``."""
    found: list[tuple[str, Any]] = []
    for item in read_documents(paths):
        if isinstance(item, InputError):
            found.append(("error", (item, None)))
            continue
        doc = Document(**{**_fields(item), "language": language.language_of(item)})
        skipped = language.skip_reason(doc.language)
        found.append(("doc", (doc, skipped, [] if skipped else extract_document(doc))))
    return found


def _fields(doc: Document) -> dict[str, Any]:
    return {name: getattr(doc, name) for name in Document.__dataclass_fields__}


def loaded_items(directory: Path | str) -> list[tuple[str, Any]]:
    """An output directory read back in the shape of :func:`single_process`."""
    items: list[tuple[str, Any]] = []
    for item in bulk.read_output(directory):
        if item.document is not None:
            items.append(("doc", (item.document, item.skipped, list(item.figures))))
        else:
            items.append(("error", (item.error, None)))
    return items


def assert_same_items(got: list[tuple[str, Any]], expected: list[tuple[str, Any]]) -> None:
    """Same documents (every field), same figures (every contract field), same errors, in
    the same order."""
    assert [kind for kind, _ in got] == [kind for kind, _ in expected]
    for (kind, value), (_, want) in zip(got, expected, strict=True):
        if kind == "error":
            assert value[0].line() == want[0].line()
            assert (value[0].origin, value[0].record) == (want[0].origin, want[0].record)
        else:
            doc, skipped, figures = value
            assert _fields(doc) == _fields(want[0])
            assert skipped == want[1]
            assert [f.to_dict() for f in figures] == [f.to_dict() for f in want[2]]
            assert figures == want[2]


# -- the ledger, table by table ------------------------------------------------------------------

#: Columns that differ between two runs whatever they store: when rows were written.
_TIMES = {"ingested_at", "created_at"}


def dump(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every ledger table (ids included, times left out)."""
    engine = sa.create_engine(store.database_url(url), poolclass=sa.NullPool)
    tables = {}
    with engine.connect() as conn:
        for table in store.metadata.sorted_tables:
            columns = [c for c in table.c if c.name not in _TIMES]
            rows = conn.execute(sa.select(*columns).order_by(table.c.id)).all()
            tables[table.name] = [tuple(row) for row in rows]
    engine.dispose()
    return tables


def contents(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every ledger table, ids left out and references given by what they refer
    to (a document's key, a claimant's name, a series' key), sorted: the same for two ledgers
    whose ids differ (PostgreSQL's sequences move on in a transaction rolled back)."""
    engine = sa.create_engine(store.database_url(url), poolclass=sa.NullPool)
    refs = {"duplicate_of": (store.documents, "doc_key"), "document_id": (store.documents,
            "doc_key"), "source_id": (store.sources, "name"), "series_id": (store.series, "key"),
            "current_series_id": (store.series, "key"), "figure_id": (store.figures, "text")}
    found: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        names = {column: dict(conn.execute(sa.select(table.c.id, table.c[name])).all())
                 for column, (table, name) in refs.items()}
        for table in store.metadata.sorted_tables:
            columns = [c.name for c in table.c if c.name not in _TIMES | {"id", "carried_from"}]
            rows = conn.execute(sa.select(*(table.c[c] for c in columns))).all()
            found[table.name] = sorted(
                (tuple(names[c].get(v) if c in names else v for c, v in zip(columns, row,
                                                                               strict=True))
                 for row in rows), key=repr)
    engine.dispose()
    return found


def ingest(paths: list[str], url: str) -> IngestSummary:
    summary = IngestSummary()
    with Ledger(url) as ledger:
        for outcome in ledger.ingest(read_documents(paths)):
            summary.add(outcome)
    return summary


# -- tests ---------------------------------------------------------------------------------------


def test_bytes_are_read_as_the_file_is(inputs: Path) -> None:
    for path in sorted(p for p in inputs.rglob("*") if p.is_file()):
        origin = str(path)
        got = list(spark.read_blob(path.read_bytes(), origin))
        want = list(read_file(origin))
        assert [_as_plain(r) for r in got] == [_as_plain(r) for r in want], path.name


def test_bytes_past_the_limit_are_refused_as_files_are(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(BRIDGE_NOTE * 20, encoding="utf-8")
    got = list(spark.read_blob(path.read_bytes(), str(path), max_bytes=1000))
    want = list(read_file(str(path), max_bytes=1000))
    assert [_as_plain(r) for r in got] == [_as_plain(r) for r in want]
    assert want[0].code == "E108"


def _as_plain(result: Document | InputError) -> Any:
    return result.line() if isinstance(result, InputError) else _fields(result)


def test_local_job_tables_hold_what_a_single_process_reads(inputs: Path, tmp_path: Path
                                                           ) -> None:
    summary = spark.run_local([str(inputs)], str(tmp_path / "out"))
    expected = single_process([str(inputs)])
    assert_same_items(loaded_items(tmp_path / "out"), expected)
    kinds = [kind for kind, _ in expected]
    assert (summary.documents, summary.failed) == (kinds.count("doc"), kinds.count("error"))
    codes = {item[0].code for kind, item in expected if kind == "error"}
    assert codes == {"E102", "E103", "E104", "E105", "E106", "E115"}
    assert summary.skipped == 1  # the French record
    assert summary.figures == sum(len(v[2]) for k, v in expected if k == "doc") > 20


def test_load_gives_the_ledger_ingest_gives_and_is_idempotent(inputs: Path, tmp_path: Path,
                                                              db_url: str, fresh_db) -> None:
    out = tmp_path / "out"
    spark.run_local([str(inputs)], str(out))
    ingested, loaded = fresh_db("bulk_ingested"), db_url
    by_ingest = ingest([str(inputs)], ingested)
    with Ledger(loaded) as ledger:
        by_load = bulk.load(ledger, out)
    assert by_load.as_dict() == by_ingest.as_dict()
    # copies: a JSONL record of a wire text, a page and a record of one story, a note in two
    # files; the damaged archive's pages are the crawl's (same URL, same text): unchanged
    assert (by_load.exact, by_load.near, by_load.skipped, by_load.unchanged) == (3, 1, 1, 2)
    tables = dump(loaded)
    assert tables == dump(ingested)
    assert len(tables["series"]) > 5 and len(tables["sources"]) > 3
    with Ledger(loaded) as ledger:
        again = bulk.load(ledger, out)
    assert again.stored == 0 and again.unchanged == by_load.stored + by_load.unchanged
    assert dump(loaded) == tables  # nothing new: no document, figure or error twice


def test_a_document_that_fails_to_store_fails_alone(inputs: Path, tmp_path: Path, db_url: str,
                                                     fresh_db, monkeypatch) -> None:
    """A store error (E200) in a batch: the batch is rolled back and stored one by one, so
    that the ledger is the one ingest makes, where that document alone failed."""
    out = tmp_path / "out"
    spark.run_local([str(inputs)], str(out))
    figure_row = Ledger._figure_row

    def failing(self: Ledger, conn: Any, doc_id: int, published: Any, fig: Figure,
                *args: Any, **kwargs: Any) -> dict[str, Any]:
        if "37 villages" in fig.sentence:  # the wire story and its copies
            raise ValueError("a value the database cannot take")
        return figure_row(self, conn, doc_id, published, fig, *args, **kwargs)

    monkeypatch.setattr(Ledger, "_figure_row", failing)
    ingested, loaded = fresh_db("bulk_ingested"), db_url
    by_ingest = ingest([str(inputs)], ingested)
    with Ledger(loaded) as ledger:
        by_load = bulk.load(ledger, out, batch_size=4)
    assert by_load.as_dict() == by_ingest.as_dict()
    assert [e.code for e in by_load.errors].count("E200") == 3  # the story, its two copies
    assert contents(loaded) == contents(ingested)
    if not POSTGRES:  # the ids too (PostgreSQL's sequences do not roll back with the batch)
        assert dump(loaded) == dump(ingested)


def test_load_reads_tables_written_out_of_order(inputs: Path, tmp_path: Path) -> None:
    """Parquet files whose rows are not in input order (another writer) are sorted, and
    files merged."""
    out = tmp_path / "out"
    spark.run_local([str(inputs)], str(out))
    for table in bulk.TABLES:
        path = out / table / "part-00000.parquet"
        rows = pq.read_table(path)
        half = rows.num_rows // 2
        path.unlink()
        pq.write_table(rows.slice(half), out / table / "part-00000.parquet")
        backwards = rows.slice(0, half).take(list(reversed(range(half))))
        pq.write_table(backwards, out / table / "part-00001.parquet")
    assert_same_items(loaded_items(out), single_process([str(inputs)]))


def test_load_command(inputs: Path, tmp_path: Path, db_url: str) -> None:
    out = tmp_path / "out"
    spark.run_local([str(inputs)], str(out))
    url = db_url
    runner = CliRunner()
    result = runner.invoke(main, ["load", str(out), "--db", url, "--format", "json"])
    assert result.exit_code == 1, result.output  # the inputs' failures
    summary = json.loads(result.stdout)
    assert (summary["stored"], summary["failed"]) == (12, 6)
    again = runner.invoke(main, ["load", str(out), "--db", url])
    assert again.stdout.startswith(f"{summary['read']} read, 0 stored,")
    missing = runner.invoke(main, ["load", str(tmp_path / "nowhere"), "--db", url])
    assert missing.exit_code == 2 and "E100" in missing.output


def test_a_document_that_fails_to_extract_is_an_error_row(monkeypatch) -> None:
    from reportedly import pipeline

    def broken(doc: Document) -> list[Figure]:
        raise RuntimeError("boom\nmore")

    monkeypatch.setattr(pipeline, "extract_document", broken)
    doc = Document(text=ORIGINAL, origin="feed.jsonl:3", id="x", format="jsonl")
    rows = list(spark.process([(bulk.seq_of(2, 2), "doc", _fields(doc))]))
    assert [tag for tag, _ in rows] == ["e"]
    error = bulk.row_error(dict(zip(bulk.ERROR_COLUMNS, rows[0][1], strict=True)))
    assert error.line() == document_error(doc, "E201", "RuntimeError: boom").line()
    assert (error.origin, error.record) == ("feed.jsonl", "3")
