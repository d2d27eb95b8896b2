"""Spark: extract the figures of a crawl on a cluster, into Parquet (``reportedly spark extract``).

Inputs are files or directories, local or on any filesystem Hadoop reads (``s3a://``,
``hdfs://``, ``gs://`` with its connector on the classpath): WARC and WARC.gz archives, JSON
Lines (plain or gzipped), HTML and text pages, each told by its content as ``reportedly ingest``
tells it. The job:

1. lists the inputs on the driver, in the order ``reportedly ingest`` reads them (a directory
   walked in sorted order, hidden entries skipped; a local path with :func:`reportedly.ingest.walk`
   itself), giving each file its number;
2. reads every file with reportedly's own readers, so that documents have the same fields,
   origins (``path``, ``path:LINE``, ``path@OFFSET``) and record offsets as in a single process:
   a local file is streamed by a task with :func:`reportedly.ingest.read_file` (the executors
   must see the path: local mode, or a shared mount); a file at a Hadoop URI is read whole by
   Spark's ``binaryFile`` source and handed to the same readers (:func:`read_blob`);
3. spreads the documents evenly over ``partitions`` tasks which, each over its partition
   (:func:`process`), decide each document's language and extract its figures with
   :func:`reportedly.pipeline.extract_document` (the spaCy pipeline, the language model and
   the word lists are built once per Python worker, and Spark reuses its workers);
4. writes the tables of :mod:`reportedly.bulk` (``documents``, ``figures``, ``errors``) as
   Parquet under the output directory, in input order: in local mode to a local directory,
   each task writes its own sorted files with pyarrow; otherwise Spark writes them (to any
   Hadoop URI), sorted.

A file, record or document that fails becomes a row of ``errors`` with the code the single
process gives it (E101 … E202), never lost, and the job goes on: a file Spark does not read
(gone, unreadable, or named with a leading ``_``, which Spark's file sources skip) is E107; a
file at a URI larger than :data:`MAX_FILE_BYTES` (read whole into a task's memory) is E108.
``reportedly load`` (:func:`reportedly.bulk.load`) then stores the output in a ledger.

On a cluster, run this module with ``spark-submit`` and the same arguments::

    spark-submit --master yarn $(python -c 'import reportedly.spark as s; print(s.__file__)') \\
        extract s3a://bucket/crawl/2025-03-01/ --output s3a://bucket/out/2025-03-01

(reportedly installed on every node; ``s3a://`` needs ``hadoop-aws`` on the classpath, e.g.
``--packages org.apache.hadoop:hadoop-aws:3.4.1``; see ``docs/scale.md``).
"""

from __future__ import annotations

import os
import sys

if __name__ == "__main__":  # run as a script (spark-submit): this folder would shadow the stdlib
    _here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _here]

import argparse
import gzip
import io
import json
import posixpath
import shutil
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from reportedly import bulk
from reportedly.errors import InputError, ReportedlyError, first_line, input_error, why
from reportedly.model import Document
from reportedly.sniff import MAX_BYTES, SNIFF_BYTES, Format, chunks, sniff

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

#: The Spark master when none is given and the job is not run by spark-submit.
DEFAULT_MASTER = "local[*]"
#: The largest file the job reads (whole, into one task): a JVM byte array's limit, less a
#: margin. A larger file is E108; split it (a WARC can be cut between records).
MAX_FILE_BYTES = 2**31 - 2**20
#: Rows per Parquet file written (about): a table of more rows is written as several files.
ROWS_PER_FILE = 100_000
#: Tasks for the extraction per core of the cluster, when ``partitions`` is not given: enough
#: that a slow task does not hold up the end of the job, few enough that each is worth its cost.
TASKS_PER_CORE = 2
#: Rows a task writes to one Parquet file at most (it holds them in memory until then).
CHUNK_ROWS = 20_000
#: The tables by the tag of their rows, as :func:`process` gives them.
_TAGS = {"d": "documents", "f": "figures", "e": "errors"}
_SKIPPED_AT = list(bulk.DOCUMENT_COLUMNS).index("skipped")
#: Where tasks write their files before moving them into place.
_ATTEMPTS = "_attempts"
#: How many errors a job's summary lists (all are in the ``errors`` table).
SHOWN_ERRORS = 1000
#: The detail of the error of a file Spark did not read.
LOST = ("Spark did not read the file (gone, unreadable, or named with a leading _ or ., "
        "which Spark's file sources skip)")
#: Characters a Hadoop path pattern treats specially (escaped so that a name is not a glob).
_GLOB = frozenset("\\{}[]*?")


class SparkUnavailable(ReportedlyError):
    """PySpark is not installed, or Java cannot be found."""


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to read: its number in input order, its origin (the path as ``reportedly ingest``
    names it), the URI Spark reads it by, and its size in bytes."""

    number: int
    origin: str
    uri: str
    size: int


@dataclass(slots=True)
class Listing:
    """The inputs in order: files to read, and inputs that failed already (by number)."""

    files: list[InputFile] = field(default_factory=list)
    errors: list[tuple[int, InputError]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.files) + len(self.errors)


@dataclass(slots=True)
class JobSummary:
    """What a ``spark extract`` job read and wrote."""

    output: str
    files: int = 0
    documents: int = 0
    skipped: int = 0
    figures: int = 0
    failed: int = 0
    partitions: int = 0
    seconds: float = 0.0
    errors: list[InputError] = field(default_factory=list)

    def line(self) -> str:
        """``3 files, 12 documents (1 skipped (language)), 40 figures, 2 failed → out/``."""
        return (f"{self.files} files, {self.documents} documents ({self.skipped} skipped "
                f"(language)), {self.figures} figures, {self.failed} failed → {self.output}")

    @classmethod
    def of(cls, output: str, files: int, stats: _Stats, lost: Sequence[tuple[Any, ...]],
           partitions: int, started: float) -> JobSummary:
        """The summary of a job that read ``files`` inputs, from what its tasks found
        (``stats``) and the error rows of the inputs no task read (``lost``)."""
        shown = sorted([*stats.errors, *lost], key=lambda row: row[0])[:SHOWN_ERRORS]
        return cls(output=output, files=files, documents=stats.counts["d"],
                   skipped=stats.counts["skipped"], figures=stats.counts["f"],
                   failed=stats.counts["e"] + len(lost), partitions=partitions,
                   seconds=time.perf_counter() - started,
                   errors=[bulk.row_error(dict(zip(bulk.ERROR_COLUMNS, row, strict=True)))
                           for row in shown])

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["errors"] = [error.as_dict() for error in self.errors]
        return data


# -- Spark ---------------------------------------------------------------------------------------


def require_spark() -> None:
    """Check that PySpark can be imported and Java found; :class:`SparkUnavailable` if not."""
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise SparkUnavailable(
            "PySpark is not installed: pip install 'reportedly[spark]' (it needs Java 17+)"
        ) from exc
    java_home = os.environ.get("JAVA_HOME")
    if not ((java_home and os.path.exists(os.path.join(java_home, "bin", "java")))
            or shutil.which("java")):
        raise SparkUnavailable("Java not found: Spark needs Java 17+ on PATH or in JAVA_HOME")


def session(master: str | None = None, app_name: str = "reportedly",
            conf: dict[str, str] | None = None) -> SparkSession:
    """A Spark session: on ``master``, else the one spark-submit was given, else
    :data:`DEFAULT_MASTER`; ``conf`` adds settings. On a local master, the Python workers run
    this interpreter (unless ``PYSPARK_PYTHON`` says otherwise)."""
    require_spark()
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    master = master or _submitted_conf().get("spark.master") or DEFAULT_MASTER
    builder = builder.master(master)
    if master.startswith("local"):
        # the workers run this Python, with reportedly installed (else "python3" on PATH)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _submitted_conf() -> dict[str, str]:
    """Settings given by spark-submit (which passes them to the Python driver)."""
    from pyspark import SparkConf

    return dict(SparkConf().getAll())


def run(spark: SparkSession, paths: Sequence[str], output: str, *,
        partitions: int | None = None, overwrite: bool = False,
        max_bytes: int = MAX_BYTES) -> JobSummary:
    """Read and extract every input of ``paths``; write the :mod:`reportedly.bulk` tables under
    ``output`` (a local directory or a Hadoop URI; on a cluster, a path every executor sees).
    ``partitions``: extraction tasks (default :data:`TASKS_PER_CORE` per core). An existing
    output is an error (E308) unless ``overwrite``. ``http(s)://`` URLs and ``-`` are not
    inputs here (``ValueError``)."""
    started = time.perf_counter()
    for path in paths:
        if path == "-" or urlsplit(path).scheme in ("http", "https"):
            raise ValueError(f"{path}: spark extract reads files and directories, not "
                             "standard input or URLs (use reportedly ingest)")
    sc = spark.sparkContext
    _check_output(spark, output, overwrite)
    listing = list_inputs(spark, paths)
    big = [f for f in listing.files if f.size > MAX_FILE_BYTES and not _is_local(f.uri)]
    readable = [f for f in listing.files if f not in big]
    listing.errors += [(f.number, input_error(
        f.origin, "E108", f"{f.size} bytes, limit {MAX_FILE_BYTES} for spark extract"))
        for f in big]
    tasks = partitions or max(1, TASKS_PER_CORE * sc.defaultParallelism)
    # a file that vanishes or cannot be read is skipped by Spark, then reported (E107)
    settings = {"spark.sql.files.ignoreMissingFiles": "true",
                "spark.sql.files.ignoreCorruptFiles": "true"}
    previous = {key: spark.conf.get(key, None) for key in settings}
    for key, value in settings.items():
        spark.conf.set(key, value)
    try:
        extracted = _read(spark, readable, tasks, max_bytes).repartition(tasks)
        if _is_local(output) and sc.master.startswith("local"):
            stats = _write_local(extracted, output, overwrite)
            lost = _lost(readable, stats, listing.errors)
            if lost:
                bulk.write_table(lost, "errors", output, name="part-driver.parquet")
        else:
            stats, lost = _write_spark(spark, extracted, output, overwrite, readable,
                                       listing.errors)
    finally:
        for key, value in previous.items():
            if value is None:
                spark.conf.unset(key)
            else:
                spark.conf.set(key, value)
    return JobSummary.of(output, listing.count, stats, lost, tasks, started)


def _lost(files: Sequence[InputFile], stats: _Stats,
          failed: Sequence[tuple[int, InputError]]) -> list[tuple[Any, ...]]:
    """Error rows of the inputs that failed before reading (``failed``, by file number) and of
    the ``files`` no task read (E107), in input order."""
    lost = [(f.number, input_error(f.origin, "E107", LOST)) for f in files
            if f.number not in stats.files]
    return [bulk.error_row(bulk.seq_of(number, 0), error)
            for number, error in sorted([*failed, *lost], key=lambda e: e[0])]


def _write_local(extracted: RDD[Any], output: str, overwrite: bool) -> _Stats:
    """Extract, each task writing its rows as Parquet files (sorted, :data:`CHUNK_ROWS` rows at
    most) straight into the local ``output``; what the tasks found."""
    for table in bulk.TABLES:
        folder = os.path.join(output, table)
        if overwrite:
            shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
    shutil.rmtree(os.path.join(output, _ATTEMPTS), ignore_errors=True)
    found = extracted.mapPartitionsWithIndex(
        lambda index, items: _task_files(index, process(items), output)).collect()
    shutil.rmtree(os.path.join(output, _ATTEMPTS), ignore_errors=True)
    return _Stats.merge(found)


def _task_files(index: int, rows: Iterable[tuple[str, Any]], output: str) -> Iterator[_Stats]:
    """Write a task's rows (sorted, in files of :data:`CHUNK_ROWS` at most) under an attempt
    folder, then move them into place, replacing what an earlier attempt of the task left."""
    from pyspark import TaskContext

    context = TaskContext.get()
    attempt = context.attemptNumber() if context is not None else 0
    staging = os.path.join(output, _ATTEMPTS, f"{index:05d}-{attempt}")
    stats = _Stats()
    pending: dict[str, list[Any]] = {tag: [] for tag in _TAGS}
    written: list[tuple[str, str]] = []

    def flush(tag: str) -> None:
        if pending[tag]:
            name = f"part-{index:05d}-{len(written):04d}.parquet"
            bulk.write_table(pending[tag], _TAGS[tag], staging, name=name)
            written.append((_TAGS[tag], name))
            pending[tag] = []

    for tag, row in rows:
        stats.add(tag, row)
        if tag in pending:
            pending[tag].append(row)
            if len(pending[tag]) >= CHUNK_ROWS:
                flush(tag)
    for tag in _TAGS:
        flush(tag)
    for table in bulk.TABLES:
        folder = os.path.join(output, table)
        for old in os.listdir(folder):
            if old.startswith(f"part-{index:05d}-"):
                os.remove(os.path.join(folder, old))
    for table, name in written:
        os.replace(os.path.join(staging, table, name), os.path.join(output, table, name))
    yield stats


def _write_spark(spark: SparkSession, extracted: RDD[Any], output: str, overwrite: bool,
                 readable: Sequence[InputFile], failed: Sequence[tuple[int, InputError]]
                 ) -> tuple[_Stats, list[tuple[Any, ...]]]:
    """Extract into a cached RDD, then write the tables with Spark (to any Hadoop URI)."""
    from pyspark import StorageLevel

    rows = extracted.mapPartitions(process).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        stats = _Stats.merge(rows.mapPartitions(
            lambda part: [_Stats.of(part)]).collect())  # runs the extraction
        lost = _lost(readable, stats, failed)
        for tag, table in _TAGS.items():
            found = rows.filter(lambda row, tag=tag: row[0] == tag).map(lambda row: row[1])
            if table == "errors" and lost:
                found = found.union(spark.sparkContext.parallelize(lost, 1))
            size = stats.counts[tag] + (len(lost) if table == "errors" else 0)
            _write(spark, found, table, output, size, overwrite)
    finally:
        rows.unpersist()
    return stats, lost


@dataclass(slots=True)
class _Stats:
    """What a partition of results holds: rows by table (and documents skipped), the numbers
    of the files read, and its first errors."""

    counts: Counter[str] = field(default_factory=Counter)
    files: set[int] = field(default_factory=set)
    errors: list[tuple[Any, ...]] = field(default_factory=list)

    def add(self, tag: str, row: Any) -> None:
        if tag == "file":
            self.files.add(row)
            return
        self.counts[tag] += 1
        if tag == "d" and row[_SKIPPED_AT] is not None:
            self.counts["skipped"] += 1
        elif tag == "e" and len(self.errors) < SHOWN_ERRORS:
            self.errors.append(row)

    @classmethod
    def of(cls, rows: Iterable[tuple[str, Any]]) -> _Stats:
        stats = cls()
        for tag, row in rows:
            stats.add(tag, row)
        return stats

    @classmethod
    def merge(cls, parts: Iterable[_Stats]) -> _Stats:
        total = cls()
        for part in parts:
            total.counts.update(part.counts)
            total.files |= part.files
            total.errors += part.errors
        return total


def _check_output(spark: SparkSession, output: str, overwrite: bool) -> None:
    """Refuse (E308) to start a job whose tables exist, unless they are to be overwritten."""
    if overwrite:
        return
    sc = spark.sparkContext
    jvm = sc._jvm  # type: ignore[attr-defined]
    for table in bulk.TABLES:
        path = jvm.org.apache.hadoop.fs.Path(_join(output, table))
        fs = path.getFileSystem(sc._jsc.hadoopConfiguration())  # type: ignore[attr-defined]
        if fs.exists(path):
            raise input_error(output, "E308", f"{_join(output, table)} exists; --overwrite "
                              "replaces it")


def _read(spark: SparkSession, files: Sequence[InputFile], tasks: int,
          max_bytes: int) -> RDD[Any]:
    """The results of reading ``files``: ``(seq, kind, payload)`` with ``kind`` ``doc`` (a
    Document's fields) or ``error`` (an error row), and one ``(-1, "file", number)`` per file
    read.

    Local files are read by the tasks themselves with :func:`reportedly.ingest.read_file`
    (streamed, whatever their size: the executors see the driver's filesystem in local mode,
    or a shared mount); files at Hadoop URIs with Spark's ``binaryFile`` source, then
    :func:`read_blob`.
    """
    sc = spark.sparkContext
    local = [(f.number, f.origin) for f in files if _is_local(f.uri)]
    remote = [f for f in files if not _is_local(f.uri)]
    parts: list[RDD[Any]] = []
    if local:
        parts.append(sc.parallelize(local, min(len(local), tasks)).mapPartitions(
            lambda items: _read_local(items, max_bytes)))
    if remote:
        by_uri = sc.broadcast({_uri_key(f.uri): (f.number, f.origin) for f in remote})
        frame = spark.read.format("binaryFile").load([_escape(f.uri) for f in remote])
        parts.append(frame.select("path", "content").rdd.mapPartitions(
            lambda rows: _read_remote(rows, by_uri.value, max_bytes)))
    return sc.union(parts) if parts else sc.emptyRDD()


def _read_local(items: Iterable[tuple[int, str]], max_bytes: int
                ) -> Iterator[tuple[int, str, Any]]:
    from reportedly.ingest import read_file

    for number, path in items:
        yield -1, "file", number
        yield from numbered(number, path, read_file(path, max_bytes))


def _read_remote(rows: Iterable[Any], names: dict[str, tuple[int, str]], max_bytes: int
                 ) -> Iterator[tuple[int, str, Any]]:
    for row in rows:
        found = names.get(_uri_key(row.path))
        if found is None:
            continue  # not a file listed (paths are escaped: cannot happen)
        number, origin = found
        yield -1, "file", number
        yield from numbered(number, origin, read_blob(bytes(row.content), origin, max_bytes))


def numbered(number: int, origin: str, results: Iterable[Document | InputError]
             ) -> Iterator[tuple[int, str, Any]]:
    """The results of reading the ``number``-th file, numbered (``seq``) in file order, as
    plain data: ``(seq, "doc", fields)`` or ``(seq, "error", error row)``. A reader that raises
    ends the file with an E107 error after what it read."""
    position = -1
    try:
        for position, result in enumerate(results):
            yield _plain(bulk.seq_of(number, position), result)
    except Exception as exc:  # one bad file must not stop the job
        error = input_error(origin, "E107", why(exc))
        yield _plain(bulk.seq_of(number, position + 1), error)


def _plain(seq: int, result: Document | InputError) -> tuple[int, str, Any]:
    if isinstance(result, InputError):
        return seq, "error", bulk.error_row(seq, result)
    return seq, "doc", asdict(result)


def process(items: Iterable[tuple[int, str, Any]]) -> Iterator[tuple[str, Any]]:
    """Decide each document's language and extract its figures, as ``reportedly ingest``
    does: ``("d", document row)``, then ``("f", figure row)`` per figure; ``("e", error row)``
    for a failed input or a document whose language identification (E202) or extraction
    (E201) raised; ``("file", number)`` passed on."""
    from reportedly.ledger import identify_and_extract
    from reportedly.pipeline import EXTRACTOR_VERSION, extract_document

    for seq, kind, payload in items:
        if kind == "file":
            yield "file", payload
            continue
        if kind == "error":
            yield "e", payload
            continue
        doc = Document(**payload)
        try:  # one bad document must not stop the job
            doc, figures, skipped = identify_and_extract(doc, extract_document)
        except InputError as error:
            yield "e", bulk.error_row(seq, error, doc.offset)
            continue
        yield "d", bulk.document_row(seq, doc, skipped, len(figures),
                                     None if skipped else EXTRACTOR_VERSION)
        for index, figure in enumerate(figures):
            yield "f", bulk.figure_row(seq, index, doc, figure)


def _write(spark: SparkSession, rows: RDD[Any], table: str, output: str, size: int,
           overwrite: bool) -> None:
    """Write one table, sorted by input order, in about :data:`ROWS_PER_FILE` rows a file."""
    frame = spark.createDataFrame(rows, spark_schema(bulk.COLUMNS[table]), verifySchema=False)
    order = ["seq", "index"] if table == "figures" else ["seq"]
    files = -(-size // ROWS_PER_FILE)
    if files > 1:  # ranges of input order, one a file, found by sampling
        frame = frame.repartitionByRange(files, *order).sortWithinPartitions(*order)
    else:
        frame = frame.coalesce(1).sortWithinPartitions(*order)
    frame.write.mode("overwrite" if overwrite else "errorifexists").parquet(
        _join(output, table))


def spark_schema(columns: dict[str, str]) -> Any:
    """The Spark schema of a table's columns (:data:`reportedly.bulk.COLUMNS`)."""
    from pyspark.sql import types as T

    kinds = {"long": T.LongType(), "double": T.DoubleType(), "str": T.StringType(),
             "bool": T.BooleanType(), "list": T.ArrayType(T.StringType())}
    return T.StructType([T.StructField(name, kinds[kind], True)
                         for name, kind in columns.items()])


# -- the same job in one process ---------------------------------------------------------------


def run_local(paths: Sequence[str], output: str, *, max_bytes: int = MAX_BYTES) -> JobSummary:
    """The job :func:`run` does, in this process without Spark, on local paths: the same tables
    (one Parquet file each, written with pyarrow), for comparison and for small inputs. The
    rows are held in memory until they are written."""
    from reportedly.ingest import read_file

    started = time.perf_counter()
    listing = list_inputs(None, paths)
    failed = dict(listing.errors)
    files = {f.number: f for f in listing.files}

    def items() -> Iterator[tuple[int, str, Any]]:
        for number in range(listing.count):
            if number in failed:
                yield -1, "error", bulk.error_row(bulk.seq_of(number, 0), failed[number])
            else:
                origin = files[number].origin
                yield from numbered(number, origin, read_file(origin, max_bytes))

    stats = _Stats()
    tables: dict[str, list[Any]] = {tag: [] for tag in _TAGS}
    for tag, row in process(items()):
        stats.add(tag, row)
        if tag in tables:
            tables[tag].append(row)
    for tag, name in _TAGS.items():
        bulk.write_table(tables[tag], name, output)
    return JobSummary.of(output, listing.count, stats, [], 1, started)


# -- reading bytes as reportedly reads files -----------------------------------------------------


def read_blob(data: bytes, origin: str, max_bytes: int = MAX_BYTES
              ) -> Iterator[Document | InputError]:
    """The documents (or errors) in the bytes of a file, as
    :func:`reportedly.ingest.read_file` reads the file itself: told by content (``origin``
    is the name hint), WARC and JSON Lines streamed record by record, gzip decompressed up to
    ``max_bytes`` (E111), any other file larger than ``max_bytes`` E108."""
    from reportedly.ingest import _gunzipped, _gzipped_jsonl, read_data, stream_jsonl
    from reportedly.warc import read_warc_stream

    kind = sniff(data[:SNIFF_BYTES], origin)
    handle = io.BytesIO(data)
    if kind in (Format.WARC, Format.WARC_GZ):
        yield from read_warc_stream(handle, origin, max_bytes)
    elif kind is Format.JSONL:
        yield from stream_jsonl(handle, origin, max_bytes)
    elif kind is Format.GZIP:
        if _gzipped_jsonl(handle, origin):
            with gzip.GzipFile(fileobj=handle) as inner:
                yield from stream_jsonl(inner, origin, max_bytes)
        else:
            handle.seek(0)
            yield from _gunzipped(chunks(handle), origin, max_bytes)
    elif len(data) > max_bytes:
        yield input_error(origin, "E108", f"{len(data)} bytes, limit {max_bytes}")
    else:
        yield from read_data(data, origin, kind, max_bytes)


# -- listing inputs ------------------------------------------------------------------------------


def list_inputs(spark: SparkSession | None, paths: Sequence[str]) -> Listing:
    """The files under ``paths`` in the order ``reportedly ingest`` reads them, numbered, and
    the inputs that cannot be read (a missing path is E100, as in a single process).

    Local paths (no scheme) are walked with :func:`reportedly.ingest.walk`, so that origins and
    order are exactly those of a single process; others (``s3a://``, ``file://``, ``hdfs://``)
    are listed with Hadoop's filesystem API through ``spark``, in the same order (entries sorted
    by name, hidden ones skipped)."""
    listing = Listing()
    for path in paths:
        if _is_local(path):
            entries: Iterator[tuple[str, str, int] | InputError] = _local_entries(path)
        else:
            if spark is None:
                raise ValueError(f"{path}: listing a Hadoop URI needs a Spark session")
            entries = _hadoop_entries(spark, path)
        for entry in entries:
            number = listing.count
            if isinstance(entry, InputError):
                listing.errors.append((number, entry))
            else:
                listing.files.append(InputFile(number, *entry))
    return listing


def _is_local(path: str) -> bool:
    scheme = urlsplit(path).scheme
    return not scheme or len(scheme) == 1  # "C:\\..." is a path


def _local_entries(path: str) -> Iterator[tuple[str, str, int] | InputError]:
    """A local path's files (a directory walked as :func:`reportedly.ingest.read_documents`
    walks it); whatever else is wrong with a file (missing, not a regular file, unreadable) is
    found when the task reads it, as in a single process."""
    from reportedly.ingest import walk

    names: Iterable[str | InputError] = walk(path) if os.path.isdir(path) else [path]
    for name in names:
        yield name if isinstance(name, InputError) else (name, name, _size(name))


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _hadoop_entries(spark: SparkSession, path: str
                    ) -> Iterator[tuple[str, str, int] | InputError]:
    """Files under a Hadoop URI, walked in sorted order; E100 when it does not exist."""
    from py4j.protocol import Py4JJavaError

    sc = spark.sparkContext
    jvm = sc._jvm  # type: ignore[attr-defined]
    hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
    try:
        fs = hadoop_path.getFileSystem(sc._jsc.hadoopConfiguration())  # type: ignore[attr-defined]
        status = fs.getFileStatus(hadoop_path)
    except Py4JJavaError as exc:
        java = exc.java_exception
        if java.getClass().getName() == "java.io.FileNotFoundException":
            yield input_error(path, "E100")
        else:
            yield input_error(path, "E107", first_line(java.toString()))
        return

    def walk(status: Any, origin: str) -> Iterator[tuple[str, str, int] | InputError]:
        if not status.isDirectory():
            yield origin, status.getPath().toString(), status.getLen()
            return
        try:
            children = sorted(fs.listStatus(status.getPath()),
                              key=lambda child: child.getPath().getName())
        except Py4JJavaError as exc:
            yield input_error(origin, "E107", first_line(exc.java_exception.toString()))
            return
        for child in children:
            name = child.getPath().getName()
            if not name.startswith("."):
                yield from walk(child, posixpath.join(origin, name))

    yield from walk(status, path)


def _uri_key(uri: str) -> str:
    """A URI as both Spark and Hadoop's listing give it: ``file:///x`` is ``file:/x``."""
    if uri.startswith("file://"):
        rest = uri[len("file://"):]
        return "file:" + rest[rest.find("/"):]
    return uri


def _escape(uri: str) -> str:
    """A URI with Hadoop's glob characters escaped, so that it names one file."""
    return "".join("\\" + ch if ch in _GLOB else ch for ch in uri)


def _join(base: str, name: str) -> str:
    return f"{base.rstrip('/')}/{name}"


# -- spark-submit --------------------------------------------------------------------------------


def arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The arguments of ``[extract] INPUT... --output DIR [--master URL] [--partitions N]
    [--overwrite] [--json]`` (those of ``reportedly spark extract``)."""
    parser = argparse.ArgumentParser(
        prog="reportedly.spark", description="Extract figures with Spark into Parquet.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    parser.add_argument("--output", required=True, metavar="DIR")
    parser.add_argument("--master", metavar="URL")
    parser.add_argument("--partitions", type=int, metavar="N")
    parser.add_argument("--overwrite", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["extract"]:
        args = args[1:]
    return parser.parse_args(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run a job as ``reportedly spark extract`` does (the entry point for spark-submit); exit
    code 1 when any input failed, 2 when the job cannot start (no Spark, an output that
    exists, an input that is not a file or directory)."""
    args = arguments(argv)
    try:
        spark = session(args.master)
        try:
            summary = run(spark, args.inputs, args.output, partitions=args.partitions,
                          overwrite=args.overwrite)
        finally:
            spark.stop()
    except (ReportedlyError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    else:
        for error in summary.errors[:20]:
            print(error.line(), file=sys.stderr)
        print(summary.line())
    return 1 if summary.failed else 0


if __name__ == "__main__":
    from reportedly.spark import main as _main  # functions pickled by module, not __main__

    sys.exit(_main())
