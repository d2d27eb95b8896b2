"""Bulk: extraction results as Parquet tables, and loading them into a ledger.

``reportedly spark extract`` (:mod:`reportedly.spark`) writes what it read and extracted as
three Parquet tables under one directory; ``reportedly load`` (:func:`load`) stores them in a
ledger. The tables:

- ``documents``: one row per document read — its key (:func:`~reportedly.ledger.document_key`),
  content hash, origin, id, URL, title, publication date, language (as decided by
  :func:`reportedly.language.language_of`), author, site, record offset, format, why its
  extraction was ``skipped`` (its language), how many figures it has, the extractor version and
  its clean text (:data:`DOCUMENT_COLUMNS`);
- ``figures``: one row per figure, with the keys of the extract contract
  (:data:`reportedly.export.CONTRACT_KEYS`: ``document``, ``published``, the span, interval,
  claimant, relays, as-of time, ``extractor`` …), its document's key and its place in the
  document (``index``) (:data:`FIGURE_COLUMNS`);
- ``errors``: one row per input, record or document that failed: origin, record, code, detail,
  message and byte offset (:data:`ERROR_COLUMNS`).

Every row has a ``seq``: the place of its input in the order ``reportedly ingest`` reads the same
inputs (file number ``<< 32`` + position in the file). Loading goes through the documents and
errors in that order, so that the first copy seen of a text is the same one as with
``reportedly ingest``, and stores each document with its figures through
:meth:`Ledger.add <reportedly.ledger.Ledger.add>`, :data:`BATCH` documents to a transaction
(:meth:`Ledger.batch <reportedly.ledger.Ledger.batch>`): claimants, aliases, series, copies and
series summaries come out as ``ingest`` makes them. Loading is idempotent: documents already
stored are left as they are and errors already recorded are not recorded again.

>>> with Ledger("sqlite:///ledger.db") as ledger:
...     summary = load(ledger, "out/")      # an IngestSummary: read, stored, unchanged, …
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportedly.errors import InputError, input_error
from reportedly.export import CONTRACT_KEYS
from reportedly.model import Document, Figure

if TYPE_CHECKING:
    from reportedly.ledger import IngestSummary, Ledger, Outcome

#: The three tables, as sub-directories of the output directory.
TABLES: tuple[str, ...] = ("documents", "figures", "errors")
#: Documents stored in one transaction by :func:`load`.
BATCH = 100
#: A row's ``seq`` is its input file's number shifted by this many bits, plus its position.
SEQ_SHIFT = 32

#: Columns of the ``documents`` table and their types (``long``, ``double``, ``str``, ``bool``,
#: ``list`` of texts).
DOCUMENT_COLUMNS: dict[str, str] = {
    "seq": "long", "key": "str", "content_hash": "str", "origin": "str", "id": "str",
    "url": "str", "title": "str", "published": "str", "language": "str", "author": "str",
    "site": "str", "offset": "long", "format": "str", "skipped": "str", "figures": "long",
    "extractor": "str", "text": "str",
}
_CONTRACT_TYPES: dict[str, str] = {
    "start": "long", "end": "long", "sentence_start": "long", "low": "double", "high": "double",
    "vague": "bool", "stated_before": "bool", "flow": "bool", "via": "list",
}
#: Columns of the ``figures`` table: where the figure is (its document's ``seq`` and key, its
#: ``index`` among the document's figures), then the extract contract's keys.
FIGURE_COLUMNS: dict[str, str] = {
    "seq": "long", "index": "long", "doc_key": "str",
    **{key: _CONTRACT_TYPES.get(key, "str") for key in CONTRACT_KEYS},
}
#: Columns of the ``errors`` table. ``offset`` is the byte offset of a failed record in its file
#: when known (a WARC record's, or a document's that failed to extract).
ERROR_COLUMNS: dict[str, str] = {
    "seq": "long", "origin": "str", "record": "str", "code": "str", "detail": "str",
    "message": "str", "offset": "long",
}
COLUMNS: dict[str, dict[str, str]] = {
    "documents": DOCUMENT_COLUMNS, "figures": FIGURE_COLUMNS, "errors": ERROR_COLUMNS,
}
#: The columns each table is sorted by: input order.
_ORDER: dict[str, tuple[str, ...]] = {
    "documents": ("seq",), "figures": ("seq", "index"), "errors": ("seq",)}
_DOCUMENT_FIELDS = tuple(f.name for f in fields(Document))


def seq_of(file_number: int, position: int) -> int:
    """The ``seq`` of the ``position``-th result of the ``file_number``-th input."""
    return (file_number << SEQ_SHIFT) + position


# -- rows ----------------------------------------------------------------------------------------


def document_row(seq: int, doc: Document, skipped: str | None, figure_count: int,
                 extractor: str | None) -> tuple[Any, ...]:
    """A ``documents`` row (values in the order of :data:`DOCUMENT_COLUMNS`)."""
    from reportedly.ledger import document_key

    values = {"seq": seq, "key": document_key(doc), "content_hash": doc.hash,
              "skipped": skipped, "figures": figure_count, "extractor": extractor,
              **{name: getattr(doc, name) for name in _DOCUMENT_FIELDS}}
    return tuple(values[name] for name in DOCUMENT_COLUMNS)


def figure_row(seq: int, index: int, doc: Document, figure: Figure) -> tuple[Any, ...]:
    """A ``figures`` row (values in the order of :data:`FIGURE_COLUMNS`): the figure as the
    extract contract gives it (``reportedly extract --format jsonl``), bounds as floats."""
    from reportedly.ledger import document_key

    data = figure.to_dict()
    for bound in ("low", "high"):
        if data[bound] is not None:
            data[bound] = float(data[bound])
    data["via"] = [str(v) for v in data["via"]]
    values = {"seq": seq, "index": index, "doc_key": document_key(doc), "document": doc.name,
              "published": doc.published, **data}
    return tuple(values[name] for name in FIGURE_COLUMNS)


def error_row(seq: int, error: InputError, offset: int | None = None) -> tuple[Any, ...]:
    """An ``errors`` row (values in the order of :data:`ERROR_COLUMNS`); ``offset`` as
    :meth:`Ledger.record_error <reportedly.ledger.Ledger.record_error>` takes it."""
    values = {"seq": seq, "origin": error.origin, "record": error.record, "code": error.code,
              "detail": error.detail, "message": error.message, "offset": offset}
    return tuple(values[name] for name in ERROR_COLUMNS)


def row_document(row: dict[str, Any]) -> Document:
    """The Document of a ``documents`` row, as the reader made it (language as decided)."""
    return Document(**{name: row[name] for name in _DOCUMENT_FIELDS})


def row_figure(row: dict[str, Any]) -> Figure:
    """The Figure of a ``figures`` row."""
    return Figure.from_dict(row)


def row_error(row: dict[str, Any]) -> InputError:
    """The InputError of an ``errors`` row."""
    return input_error(row["origin"], row["code"], row["detail"] or "", row["record"])


# -- reading an output directory -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Loaded:
    """One item of an output directory, in input order: a document with its figures and why
    its extraction was skipped, or an error (``error``, with its record ``offset``)."""

    seq: int
    document: Document | None = None
    figures: tuple[Figure, ...] = ()
    skipped: str | None = None
    error: InputError | None = None
    offset: int | None = None


def table_files(directory: str | os.PathLike[str], table: str) -> list[Path]:
    """The Parquet files of one table, in name order (Spark's part files in partition order);
    hidden files and Spark's markers (``_SUCCESS``) left out. A missing table is an error."""
    folder = Path(directory) / table
    if not folder.is_dir():
        raise input_error(str(folder), "E100")
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and not p.name.startswith((".", "_"))
                  and p.name.endswith(".parquet"))


def table_rows(directory: str | os.PathLike[str], table: str) -> Iterator[dict[str, Any]]:
    """The rows of one table in input order (``seq``, then ``index`` for figures), as dicts.

    Each file is streamed batch by batch when its rows are in order, as ``spark extract``
    writes them (else it is read whole and sorted), and the files are merged.
    """
    import heapq

    files = table_files(directory, table)
    order = _ORDER[table]
    batch = max(16, 65_536 // max(1, len(files)))  # a batch of every file is held at once
    streams = [_file_rows(path, order, batch) for path in files]
    if len(streams) == 1:
        yield from streams[0]
        return
    yield from heapq.merge(*streams, key=lambda row: tuple(row[k] for k in order))


def _file_rows(path: Path, order: Sequence[str], batch_size: int) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    keys = pq.read_table(path, columns=list(order)).to_pydict()
    pairs = list(zip(*(keys[k] for k in order), strict=True))
    if all(a <= b for a, b in itertools.pairwise(pairs)):
        for found in pq.ParquetFile(path).iter_batches(batch_size=batch_size):
            yield from found.to_pylist()
        return
    yield from sorted(pq.read_table(path).to_pylist(),
                      key=lambda row: tuple(row[k] for k in order))


def read_output(directory: str | os.PathLike[str]) -> Iterator[Loaded]:
    """Every document (with its figures) and error of an output directory, in input order."""
    figures = _Peekable(table_rows(directory, "figures"))
    errors = _Peekable(table_rows(directory, "errors"))
    for row in table_rows(directory, "documents"):
        seq = row["seq"]
        while errors.head is not None and errors.head["seq"] < seq:
            yield _error(errors.pop())
        while figures.head is not None and figures.head["seq"] < seq:
            figures.pop()  # a figure without its document: nothing to store it with
        found = []
        while figures.head is not None and figures.head["seq"] == seq:
            found.append(row_figure(figures.pop()))
        yield Loaded(seq, document=row_document(row), figures=tuple(found),
                     skipped=row["skipped"])
    while errors.head is not None:
        yield _error(errors.pop())


def _error(row: dict[str, Any]) -> Loaded:
    return Loaded(row["seq"], error=row_error(row), offset=row["offset"])


class _Peekable:
    """An iterator whose next item can be looked at (``head``: None at the end)."""

    def __init__(self, items: Iterator[dict[str, Any]]) -> None:
        self._items = items
        self.head: dict[str, Any] | None = next(items, None)

    def pop(self) -> dict[str, Any]:
        item = self.head
        assert item is not None
        self.head = next(self._items, None)
        return item


# -- loading -------------------------------------------------------------------------------------


def load(ledger: Ledger, directory: str | os.PathLike[str], *, batch_size: int = BATCH,
         progress: Callable[[Outcome], None] | None = None) -> IngestSummary:
    """Store an output directory of ``spark extract`` in ``ledger``, as ``reportedly ingest``
    stores the same inputs; the counts, as ``ingest`` gives them.

    Documents are stored in input order, each with its figures through :meth:`Ledger.add`
    (``skipped`` ones without figures), ``batch_size`` at a time in one transaction
    (:meth:`Ledger.batch`); a batch in which a document fails to store is rolled back and
    stored again one document at a time, so that only that document fails (E200, recorded). A
    document already stored under the same key with the same text is ``unchanged``. Errors are
    recorded with :meth:`Ledger.record_error` unless the same error (origin, record, code,
    message) is recorded already, so that loading twice stores nothing new. ``progress`` is
    called with each outcome, once it is committed.
    """
    from reportedly.ledger import IngestSummary, Outcome

    summary = IngestSummary()
    known = _recorded_errors(ledger)
    pending: list[Loaded] = []

    def flush() -> None:
        for outcome in _store_batch(ledger, pending, known):
            summary.add(outcome)
            if progress is not None:
                progress(outcome)
        pending.clear()

    for item in read_output(directory):
        if item.document is not None:
            pending.append(item)
            if len(pending) >= batch_size:
                flush()
            continue
        flush()  # the documents before it first, as ingest stores them
        assert item.error is not None
        _record(ledger, item.error, item.offset, known)
        failed = Outcome(item.error.where, "failed", error=item.error)
        summary.add(failed)
        if progress is not None:
            progress(failed)
    flush()
    return summary


def _store_batch(ledger: Ledger, items: Sequence[Loaded],
                 known: set[tuple[Any, ...]]) -> list[Outcome]:
    """Store documents in one transaction; one by one if any fails."""
    from sqlalchemy.exc import SQLAlchemyError

    if len(items) > 1:
        try:
            with ledger.batch():
                stored: set[tuple[str, str]] = set()
                return [_add(ledger, item, stored) for item in items]
        except (InputError, SQLAlchemyError):
            pass  # rolled back: one by one, so that only the document at fault fails
    return [_store(ledger, item, known) for item in items]


def _add(ledger: Ledger, item: Loaded, stored: set[tuple[str, str]]) -> Outcome:
    """Add a document to the open batch (``stored``: the keys and hashes it has), unless it
    is stored already: then, as :meth:`Ledger.ingest` does, it is not given to
    :meth:`Ledger.add` at all (which, on PostgreSQL, would take an id it does not use)."""
    from reportedly.ledger import Outcome, document_key

    doc = item.document
    assert doc is not None
    key = (document_key(doc), doc.hash)
    if key in stored or ledger.has(*key):
        return Outcome(doc.name, "unchanged")
    stored.add(key)
    return Outcome.added(doc, ledger.add(doc, item.figures, skipped=item.skipped))


def _store(ledger: Ledger, item: Loaded, known: set[tuple[Any, ...]]) -> Outcome:
    """Store one document in its own transaction; a failure (E200) is recorded."""
    from reportedly.ledger import Outcome

    doc = item.document
    assert doc is not None
    try:
        return _add(ledger, item, set())
    except InputError as error:
        _record(ledger, error, doc.offset, known)
        return Outcome(doc.name, "failed", error=error)


def _record(ledger: Ledger, error: InputError, offset: int | None,
            known: set[tuple[Any, ...]]) -> None:
    signature = (error.origin, error.record, error.code, error.message)
    if signature not in known:
        ledger.record_error(error, offset=offset)
        known.add(signature)


def _recorded_errors(ledger: Ledger) -> set[tuple[Any, ...]]:
    """The errors the ledger holds already (origin, record, code, message)."""
    import sqlalchemy as sa

    from reportedly.store import ingest_errors as table

    with ledger.engine.connect() as conn:
        rows = conn.execute(sa.select(table.c.origin, table.c.record, table.c.code,
                                      table.c.message))
        return {tuple(row) for row in rows}


# -- writing (single process) --------------------------------------------------------------------


def write_table(rows: Iterable[Sequence[Any]], table: str, directory: str | os.PathLike[str],
                name: str = "part-00000.parquet") -> int:
    """Write ``rows`` (tuples in the order of the table's columns) as the Parquet file
    ``DIRECTORY/TABLE/NAME`` with pyarrow, sorted by input order; the number of rows.

    This is how a single process (and ``spark extract`` writing to a local directory) writes
    the tables."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = COLUMNS[table]
    keys = [list(columns).index(k) for k in _ORDER[table]]
    rows = sorted(rows, key=lambda row: tuple(row[k] for k in keys))
    data = {column: [row[i] for row in rows] for i, column in enumerate(columns)}
    folder = Path(directory) / table
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    temporary = folder / f".{name}.tmp"
    pq.write_table(pa.Table.from_pydict(data, schema=arrow_schema(columns)), temporary)
    os.replace(temporary, target)
    return len(rows)


def arrow_schema(columns: dict[str, str]) -> Any:
    """The pyarrow schema of a table's columns."""
    import pyarrow as pa

    types = {"long": pa.int64(), "double": pa.float64(), "str": pa.string(),
             "bool": pa.bool_(), "list": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in columns.items()])
