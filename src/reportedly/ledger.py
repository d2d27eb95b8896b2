"""The ledger: documents and their figures stored, claims queried, series summarized.

>>> with Ledger("sqlite:///:memory:") as ledger:
...     result = ledger.add(document, figures)
...     ledger.claims(source="NIS")
...     ledger.series()

One :class:`Ledger` wraps one database URL (SQLite by default, PostgreSQL alike). Opening it
brings the schema up to date. Each document is stored in one transaction with its sources, series
and figures. A document is identified by its key (:func:`document_key`: its canonical URL, else
its id or origin) and its text: stored again under the same key with the same text, it is left as
it is. The same text, or nearly (:mod:`reportedly.dedup`), under another key is a copy: stored,
linked to the first copy seen, its figures marked as copies so that they count once.
:meth:`Ledger.ingest` runs the whole loop over a batch (language, extraction, storage, failures)
and can be interrupted and run again: it resumes where it stopped. Figures are never deleted and
what was extracted is never rewritten: :meth:`Ledger.correct` appends to an audit log and keeps the
figure's corrected state (status, series) in step with it; :meth:`Ledger.reextract` stores a newer
extraction of a document beside the old one, carrying the old figures' corrections over.

Reading: :meth:`Ledger.claims` and :meth:`Ledger.series` (everything, analysed in memory), and
for large ledgers the paginated :meth:`Ledger.series_list`, :meth:`Ledger.series_figures`,
:meth:`Ledger.figures` and :meth:`Ledger.corrections`, which read the per-series summaries and the
corrected state kept on write (see :mod:`reportedly.store`) through indexes.
"""

from __future__ import annotations

import json
from collections import ChainMap
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Self

import sqlalchemy as sa
from alembic.util import CommandError
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from reportedly import analysis, dedup, language
from reportedly import series as series_mod
from reportedly.errors import InputError, input_error, why
from reportedly.model import Claim, Document, Figure, Series
from reportedly.names import aliases
from reportedly.store import (
    STATUSES,
    TEXT_INDEX,
    corrected_state,
    corrections,
    database_url,
    dated,
    documents,
    in_force,
    ingest_errors,
    migrate,
    refresh_series,
    series,
    source_aliases,
    sources,
)
from reportedly.store import figures as figure_table

if TYPE_CHECKING:
    from datasketch import MinHash

    from reportedly.watchlist import Watchlist

DEFAULT_URL = "sqlite:///reportedly.db"
#: The author of the corrections the ledger writes itself (figures replaced by a re-extraction).
LEDGER_AUTHOR = "reportedly"
#: How many claimant and series ids a Ledger keeps in memory (ids of rows already stored).
ID_CACHE_SIZE = 200_000
#: The PostgreSQL advisory lock :meth:`Ledger.add` holds while it stores a document (the
#: migrations take :data:`reportedly.store.MIGRATION_LOCK`).
STORE_LOCK = 7302642

#: The keys of a series as :meth:`Ledger.series_list` returns it: its own columns, then the
#: summary of its figures in force.
SERIES_KEYS: tuple[str, ...] = (
    "id", "key", "name", "subject", "measure", "event", "place", "unit", "flow", "pinned",
    "figure_count", "claimant_count", "latest_as_of",
)

#: The keys of a correction as :meth:`Ledger.corrections` returns it.
CORRECTION_KEYS: tuple[str, ...] = (
    "id", "figure_id", "status", "series_id", "reason", "author", "created_at", "carried_from",
)

#: The keys of a figure as :meth:`Ledger.claims` returns it: the extract contract, then the
#: ledger's own (row id, basis, hedge, the claimant's role, series id, extractor version,
#: document URL, status, and whether it is a copied document's figure).
CLAIM_KEYS: tuple[str, ...] = (
    "id", "document", "published", "sentence", "text", "start", "end", "low", "high",
    "qualifier", "vague", "kind", "object", "unit", "change", "subject", "source", "via", "as_of",
    "basis", "hedge", "role", "series", "extractor_version", "url", "status", "copy",
)


@dataclass(frozen=True, slots=True)
class AddResult:
    """What :meth:`Ledger.add` did with a document.

    ``stored`` is False when the document (same key, same text) was already in the ledger; then
    ``document_id`` is that document's and ``figures`` the number of figures it has.
    ``duplicate_of`` is the document it copies and ``duplicate_kind`` how (``exact``, ``near``);
    ``skipped`` why it was not extracted (its language), as given to :meth:`Ledger.add`.
    """

    document_id: int
    stored: bool
    figures: int
    duplicate_of: int | None = None
    duplicate_kind: str | None = None
    skipped: str | None = None


@dataclass(frozen=True, slots=True)
class Reextraction:
    """What :meth:`Ledger.reextract` did with a document.

    ``stored`` is False when the document's figures already came from ``extractor`` (nothing
    was done). ``figures`` new figures were stored; ``replaced`` figures of the previous
    extraction were marked replaced, ``matched`` of them being the same figure as a new one;
    ``carried`` corrections were carried over to the new figures.
    """

    document_id: int
    extractor: str
    stored: bool
    figures: int = 0
    replaced: int = 0
    matched: int = 0
    carried: int = 0


@dataclass(frozen=True, slots=True)
class Outcome:
    """What :meth:`Ledger.ingest` did with one input.

    ``name`` is the document's name (its id, else its origin) or, for an input that failed,
    where it failed (``path``, ``path:LINE``). ``status`` is ``stored``, ``unchanged`` (already
    in the ledger: same key, same text) or ``failed`` (``error`` says why; it is recorded).
    """

    name: str
    status: Literal["stored", "unchanged", "failed"]
    result: AddResult | None = None
    error: InputError | None = None

    @classmethod
    def added(cls, doc: Document, result: AddResult) -> Outcome:
        """What :meth:`Ledger.add` did with ``doc``: ``stored``, or ``unchanged``."""
        return cls(doc.name, "stored" if result.stored else "unchanged", result=result)


@dataclass(slots=True)
class IngestSummary:
    """Counts of a batch, outcome by outcome (:meth:`add`), and its failures.

    ``stored`` documents include copies (``exact`` + ``near`` = :attr:`duplicates`) and
    documents in other languages (``skipped``); ``figures`` counts the figures stored with them.
    """

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    exact: int = 0
    near: int = 0
    skipped: int = 0
    failed: int = 0
    figures: int = 0
    errors: list[InputError] = field(default_factory=list)

    @property
    def duplicates(self) -> int:
        return self.exact + self.near

    def add(self, outcome: Outcome) -> None:
        """Count one outcome."""
        self.read += 1
        if outcome.status == "failed":
            self.failed += 1
            if outcome.error is not None:
                self.errors.append(outcome.error)
        elif outcome.status == "unchanged" or outcome.result is None:
            self.unchanged += 1
        else:
            result = outcome.result
            self.stored += 1
            self.figures += result.figures
            self.exact += result.duplicate_kind == "exact"
            self.near += result.duplicate_kind == "near"
            self.skipped += result.skipped is not None

    def line(self) -> str:
        """``6 read, 5 stored, 0 unchanged, 2 duplicates (1 exact, 1 near), 1 skipped
        (language), 1 failed, 9 figures found``."""
        return (f"{self.read} read, {self.stored} stored, {self.unchanged} unchanged, "
                f"{self.duplicates} duplicates ({self.exact} exact, {self.near} near), "
                f"{self.skipped} skipped (language), {self.failed} failed, "
                f"{self.figures} figures found")

    def as_dict(self) -> dict[str, Any]:
        """The counts and the failures (origin, record, code, message), JSON-ready."""
        return {
            "read": self.read, "stored": self.stored, "unchanged": self.unchanged,
            "duplicates": self.duplicates, "exact": self.exact, "near": self.near,
            "skipped_language": self.skipped, "failed": self.failed, "figures": self.figures,
            "errors": [error.as_dict() for error in self.errors],
        }


@dataclass(slots=True)
class _Batch:
    """An open :meth:`Ledger.batch`: its connection, and the series whose summaries to
    refresh before it commits."""

    conn: sa.Connection
    touched: set[int] = field(default_factory=set)


def document_key(doc: Document) -> str:
    """What identifies a document across runs: its canonical URL when known (the readers give
    the page's own address), else the caller's id (a JSONL ``id``), else where it was read from
    (``path``, ``path:LINE``, ``path@OFFSET``, a fetched URL)."""
    if doc.url and doc.url.strip():
        return doc.url.strip()
    return doc.name


def identify_and_extract(doc: Document,
                         extract: Callable[[Document], Sequence[Figure]] | None = None
                         ) -> tuple[Document, Sequence[Figure], str | None]:
    """``doc`` with its language, its figures (by ``extract``, default
    :func:`~reportedly.pipeline.extract_document`) and why it was not extracted (its
    language), as ingest, ``extract`` and Spark all do it. An exception in language
    identification raises ``InputError`` E202, one in extraction E201, naming the document,
    so that one bad document fails alone."""
    try:
        doc = replace(doc, language=language.language_of(doc))
    except Exception as exc:
        raise document_error(doc, "E202", why(exc)) from exc
    skipped = language.skip_reason(doc.language)
    if skipped is not None:
        return doc, [], skipped
    return doc, extract_figures(doc, extract), None


def extract_figures(doc: Document, extract: Callable[[Document], Sequence[Figure]] | None = None
                    ) -> Sequence[Figure]:
    """``doc``'s figures (by ``extract``, default :func:`~reportedly.pipeline.extract_document`);
    an exception in the extractor raises ``InputError`` E201 naming the document."""
    if extract is None:
        from reportedly.pipeline import extract_document as extract
    try:
        return extract(doc)
    except Exception as exc:
        raise document_error(doc, "E201", why(exc)) from exc


def document_error(doc: Document, code: str, detail: str = "") -> InputError:
    """An error about a document that was read, placed as the readers place theirs: a JSONL
    record's origin ``path:LINE`` is split into the file and the record (``LINE``), a WARC
    record's ``path@OFFSET`` into the file and ``@OFFSET``."""
    origin, record = doc.origin, None
    at = f"@{doc.offset}"
    head, sep, tail = origin.rpartition(":")
    jsonl = doc.format == "jsonl" or (doc.format is None and (
        head.lower().endswith(".jsonl") or head == "-"))
    if doc.offset is not None and origin.endswith(at) and len(origin) > len(at):
        origin, record = origin[:-len(at)], at
    elif sep and tail.isdigit() and jsonl:
        origin, record = head, tail
    return input_error(origin, code, detail, record)


class Ledger:
    """A ledger of figures over one database.

    ``url`` is an SQLAlchemy URL (``sqlite:///path.db``, ``postgresql://user:pass@host/db``);
    a plain path is taken as an SQLite file, and ``postgresql://`` means the psycopg 3 driver
    (:func:`reportedly.store.database_url`). A URL that cannot be parsed, a missing driver or a
    database that cannot be reached raise :class:`~reportedly.errors.InputError` ``E302``.
    ``watchlist`` is handed to :func:`reportedly.series.resolve` for every figure stored: its
    rules put figures in the series they name.

    Several processes can write one PostgreSQL ledger at once (SQLite takes one writer at a
    time): see :meth:`add`.
    """

    def __init__(self, url: str = DEFAULT_URL, watchlist: Watchlist | None = None) -> None:
        self.url = database_url(url)
        self.watchlist = watchlist
        try:
            self.engine = sa.create_engine(self.url)
        except (SQLAlchemyError, ImportError) as exc:
            hint = ""
            if isinstance(exc, ImportError) and self.url.startswith("postgresql+psycopg:"):
                hint = "; pip install 'reportedly[postgres]'"
            raise input_error(_safe_url(self.url), "E302", f"({_reason(exc)}{hint})") from exc
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            migrate(self.engine)
        except (SQLAlchemyError, ImportError, CommandError, OSError) as exc:
            self.engine.dispose()
            raise input_error(_safe_url(self.url), "E302", f"({_reason(exc)})") from exc
        #: The near-copy index, built from the stored signatures on first use; the highest id
        #: of the originals read into it from the ledger, and the ids above that it has already
        #: (this ledger's own, added as they are stored).
        self._index: dedup.Index | None = None
        self._indexed_to = 0
        self._own: set[int] = set()
        #: Ids of the claimants, aliases and series already stored ("source:NIS" → 3).
        self._ids: dict[str, int] = {}
        #: The open :meth:`batch`, if any.
        self._batch: _Batch | None = None

    def __repr__(self) -> str:
        return f"Ledger({_safe_url(self.url)!r})"

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    # -- writing -----------------------------------------------------------------------------

    def has(self, key: str, content_hash: str) -> bool:
        """Whether a document with this key (:func:`document_key`) and this text
        (:func:`~reportedly.model.content_hash`) is stored."""
        with self.engine.connect() as conn:
            return conn.execute(sa.select(documents.c.id).where(
                documents.c.doc_key == key, documents.c.content_hash == content_hash)
            ).first() is not None

    def add(self, doc: Document, figures: Sequence[Figure], *,
            duplicate_of: int | None = None, skipped: str | None = None) -> AddResult:
        """Store a document with its figures, their claimants and their series, all or nothing.

        A document already stored under the same key (:func:`document_key`) with the same text is
        left as it is (``stored=False``). A copy of a stored document under another key, word
        for word (same content hash) or nearly (:mod:`reportedly.dedup`), is stored linked to
        the first copy seen (``duplicate_kind`` ``exact`` or ``near``), its figures marked as
        copies so that they do not count as independent claims (a near copy's only where the
        original states the same figure); ``duplicate_of`` marks the document as a copy of that
        stored one instead, every figure a copy. ``skipped`` records why the document was not
        extracted. A database error or a value the database cannot take raises
        ``InputError`` ``E200``; any error leaves nothing of the document behind. The summaries
        of the series the figures join are refreshed in the same transaction.

        A stored document is never extracted again here, whatever the figures given: a newer
        extraction of it is stored with :meth:`reextract`.

        Several processes can add to one PostgreSQL ledger at once. Their store transactions
        (not the extraction before them) take turns, under an advisory lock
        (:data:`STORE_LOCK`), so that each sees what the others stored: a document two of them
        store is stored once (``stored=False`` for the second), and one copying a document
        another process just stored is found to be a copy, word for word or nearly (the
        near-copy index takes in the originals stored since it was last read). Claimants and
        series are created once (unique keys, ``INSERT ... ON CONFLICT DO NOTHING``), and the
        series' summaries count every writer's figures (:func:`~reportedly.store.refresh_series`).
        """
        key, digest = document_key(doc), doc.hash
        minhash = dedup.signature(doc.text)
        try:
            if duplicate_of is None:
                self._near_index()  # built (outside the write transaction) on first use
            with self._transaction() as conn:
                if conn.dialect.name == "postgresql":
                    conn.execute(sa.select(sa.func.pg_advisory_xact_lock(STORE_LOCK)))
                if duplicate_of is None:
                    self._catch_up(conn)  # originals other processes stored meanwhile
                copied: str | None = None  # a near copy's original text
                if duplicate_of is not None:
                    original = conn.execute(sa.select(documents.c.content_hash).where(
                        documents.c.id == duplicate_of)).scalar()
                    kind = "exact" if original == digest else "near"
                else:
                    duplicate_of, kind, copied = self._copy_of(conn, doc.text, digest, minhash)
                doc_id = _insert_ignore(conn, documents, ("doc_key", "content_hash"), {
                    "content_hash": digest, "origin": doc.origin, "doc_key": key,
                    "url": doc.url, "title": doc.title, "published": doc.published,
                    "language": doc.language, "text": doc.text, "duplicate_of": duplicate_of,
                    "author": doc.author, "site": doc.site, "record_offset": doc.offset,
                    "format": doc.format, "skipped": skipped, "duplicate_kind": kind,
                    "minhash": dedup.to_bytes(minhash) if minhash is not None else None,
                })
                if doc_id is None:
                    existing = conn.execute(sa.select(
                        documents.c.id, documents.c.duplicate_of, documents.c.duplicate_kind,
                        documents.c.skipped).where(documents.c.doc_key == key,
                                                   documents.c.content_hash == digest)).one()
                    count = conn.execute(sa.select(sa.func.count()).where(
                        figure_table.c.document_id == existing.id)).scalar_one()
                    return AddResult(existing.id, stored=False, figures=count,
                                     duplicate_of=existing.duplicate_of,
                                     duplicate_kind=existing.duplicate_kind,
                                     skipped=existing.skipped)
                # ids of claimants and series met before: rows committed, so they stay
                cache: ChainMap[str, int] = ChainMap({}, self._ids)
                rows = [self._figure_row(conn, doc_id, doc.published, fig, cache,
                                         _is_copy(fig, duplicate_of, copied))
                        for fig in figures]
                if rows:
                    conn.execute(sa.insert(figure_table), rows)
                    self._refresh(conn, (row["current_series_id"] for row in rows))
            if len(self._ids) < ID_CACHE_SIZE:
                self._ids.update(cache.maps[0])  # committed now
        except (SQLAlchemyError, TypeError, ValueError) as exc:
            # TypeError/ValueError: a value the driver cannot bind (psycopg raises them bare)
            raise document_error(doc, "E200", _reason(exc)) from exc
        if duplicate_of is None and minhash is not None and self._index is not None:
            self._index.add(doc_id, minhash)  # committed: an original later copies can match
            self._own.add(doc_id)  # indexed already: not again when catching up
        return AddResult(doc_id, stored=True, figures=len(rows), duplicate_of=duplicate_of,
                         duplicate_kind=kind, skipped=skipped)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Store the documents :meth:`add` is given within it in one transaction, committed at
        the end, where the summaries of the series they joined are refreshed once: the same
        ledger as adding them one by one, in fewer, larger writes (for bulk loading).

        Any error rolls the whole batch back and propagates, an :meth:`add` that fails (E200)
        included: add those documents one by one then. Inside a batch, write nothing through
        another method (on SQLite its connection would wait for the batch's). Batches do not
        nest. On PostgreSQL the batch holds :data:`STORE_LOCK` until it commits.
        """
        if self._batch is not None:
            raise RuntimeError("Ledger.batch() does not nest")
        self._near_index()  # built (outside the write transaction) on first use
        try:
            with self.engine.begin() as conn:
                self._batch = _Batch(conn)
                yield
                refresh_series(conn, self._batch.touched)
        except BaseException:
            # what was kept in memory of the rolled-back documents goes: read again when needed
            self._ids, self._index, self._indexed_to, self._own = {}, None, 0, set()
            raise
        finally:
            self._batch = None

    def _transaction(self) -> AbstractContextManager[sa.Connection]:
        """A document's write transaction: its own, or the open batch's."""
        if self._batch is None:
            return self.engine.begin()
        return nullcontext(self._batch.conn)

    def _refresh(self, conn: sa.Connection, ids: Iterable[int | None]) -> None:
        """Refresh the series' summaries now, or at the end of the open batch."""
        if self._batch is None:
            refresh_series(conn, ids)
        else:
            self._batch.touched.update(i for i in ids if i is not None)

    def ingest(self, items: Iterable[Document | InputError], *,
               extract: Callable[[Document], Sequence[Figure]] | None = None
               ) -> Iterator[Outcome]:
        """Store every document of ``items`` (what :func:`reportedly.ingest.read_documents`
        yields) with its figures, one transaction each; yield what became of each input.

        - An input that failed to read is recorded (:meth:`errors`) and yielded as failed.
        - A document already stored under the same key with the same text is ``unchanged``:
          nothing is stored and it is not extracted again. So an interrupted ingest, run again,
          resumes where it stopped, and nothing it committed is lost.
        - The document's language is decided (:func:`reportedly.language.language_of`); one
          the extractor does not read is stored unextracted, with the reason (``skipped``).
        - Otherwise it is extracted with ``extract`` (default
          :func:`reportedly.pipeline.extract_document`) and stored with :meth:`add`, copies
          linked to their originals. An exception in language identification (E202) or
          extraction (E201), or a store that fails (E200), fails that document only: it is
          recorded and the batch goes on.
        """
        if extract is None:
            from reportedly import pipeline

            extract = pipeline.extract_document
        for item in items:
            if isinstance(item, InputError):
                self.record_error(item)
                yield Outcome(item.where, "failed", error=item)
                continue
            outcome = self._ingest_one(item, extract)
            if outcome.error is not None:
                self.record_error(outcome.error, offset=item.offset)
            yield outcome

    def _ingest_one(self, doc: Document,
                    extract: Callable[[Document], Sequence[Figure]]) -> Outcome:
        if self.has(document_key(doc), doc.hash):
            return Outcome(doc.name, "unchanged")
        try:
            doc, figures, skipped = identify_and_extract(doc, extract)
            result = self.add(doc, figures, skipped=skipped)
        except InputError as error:
            return Outcome(doc.name, "failed", error=error)
        return Outcome.added(doc, result)

    def record_error(self, error: InputError, *, offset: int | None = None) -> None:
        """Keep a failed input in the ``ingest_errors`` table: where (origin, record, and the
        byte ``offset`` of the record in a container file: given, else the error's own, else
        read from a record ``@OFFSET``), which code, and the message."""
        if offset is None:
            offset = getattr(error, "offset", None)
        record = error.record or ""
        if offset is None and record[:1] == "@" and record[1:].isdigit():
            offset = int(record[1:])  # a WARC record's place, as the reader gives it
        with self.engine.begin() as conn:
            conn.execute(sa.insert(ingest_errors).values(
                origin=error.origin, record=error.record, code=error.code,
                message=error.message, record_offset=offset))

    def correct(self, figure_id: int, status: str, reason: str, author: str, *,
                series_id: int | None = None) -> None:
        """Append a correction: the figure is ``wrong``, ``superseded``, ``retracted``, ``active``
        again, or ``moved`` to the series ``series_id``. Nothing is deleted: the correction is
        appended to the log, and in the same transaction the figure's corrected state
        (``current_status``, and ``current_series_id`` on a move) follows it and the summaries
        of the series it leaves and joins are refreshed.

        An unknown figure raises ``InputError`` ``E300``, an unknown series ``E301``.
        """
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
        if (status == "moved") != (series_id is not None):
            raise ValueError("a series is given with status 'moved', and only then")
        with self.engine.begin() as conn:
            # the figure's row locked first: concurrent corrections apply in the log's order
            before = conn.execute(sa.select(figure_table.c.current_series_id).where(
                figure_table.c.id == figure_id).with_for_update()).first()
            if before is None:
                raise input_error(_safe_url(self.url), "E300", str(figure_id))
            if series_id is not None and conn.execute(sa.select(series.c.id).where(
                    series.c.id == series_id)).first() is None:
                raise input_error(_safe_url(self.url), "E301", str(series_id))
            conn.execute(sa.insert(corrections).values(
                figure_id=figure_id, status=status, series_id=series_id, reason=reason,
                author=author))
            state: dict[str, Any] = {"current_status": status}
            if status == "moved":
                state["current_series_id"] = series_id
            conn.execute(sa.update(figure_table).where(figure_table.c.id == figure_id)
                         .values(**state))
            refresh_series(conn, (before.current_series_id, series_id))

    def reextract(self, document_id: int, figures: Sequence[Figure],
                  extractor: str) -> Reextraction:
        """Store a newer extraction of a stored document: ``figures``, extracted from its text
        by the extractor version ``extractor``, all or nothing.

        The figures of the previous extraction keep their rows: each is marked ``replaced``
        (out of the series and of :meth:`figures`) with a correction by ``reportedly``,
        ``superseded``, "re-extracted with EXTRACTOR as figure N" (or ", not found again").
        A new figure that is the same figure as an old one (same character span; else the same
        text in the same sentence, nearest first; else an overlapping span, largest overlap
        first; each old figure matched once) gets the old figure's corrections, every one in
        order, appended to the log under its id (same status, series, reason and author,
        ``carried_from`` the row repeated), so that it stands as corrected: wrong, moved,
        retracted. New figures count in the series they resolve into (or were moved to), with
        the claimants and copies rules of :meth:`add`; the series' summaries are refreshed.

        A document whose figures already come from ``extractor`` is left as it is
        (``stored=False``): running a re-extraction twice stores it once. An unknown document
        raises ``InputError`` ``E307``; a database error ``E200``.
        """
        # ids of claimants and series met before: rows committed, so they stay
        cache: ChainMap[str, int] = ChainMap({}, self._ids)
        try:
            with self.engine.begin() as conn:
                result = self._reextract(conn, document_id, figures, extractor, cache)
        except (SQLAlchemyError, TypeError, ValueError) as exc:
            raise input_error(_safe_url(self.url), "E200", _reason(exc)) from exc
        if len(self._ids) < ID_CACHE_SIZE:
            self._ids.update(cache.maps[0])  # committed now
        return result

    def _reextract(self, conn: sa.Connection, document_id: int, figures: Sequence[Figure],
                   extractor: str, cache: MutableMapping[str, int]) -> Reextraction:
        f = figure_table
        doc = conn.execute(sa.select(documents.c.published, documents.c.duplicate_of,
                                     documents.c.duplicate_kind)
                           .where(documents.c.id == document_id).with_for_update()).first()
        if doc is None:
            raise input_error(_safe_url(self.url), "E307", str(document_id))
        old = conn.execute(sa.select(f.c.id, f.c.start, f.c.end, f.c.text, f.c.sentence,
                                     f.c.extractor_version, f.c.current_series_id)
                           .where(f.c.document_id == document_id, f.c.replaced == sa.false())
                           .order_by(f.c.id).with_for_update()).all()
        if any(row.extractor_version == extractor for row in old):
            return Reextraction(document_id, extractor, stored=False)
        copied: str | None = None  # a near copy's original text
        if doc.duplicate_of is not None and doc.duplicate_kind == "near":
            copied = conn.execute(sa.select(documents.c.text).where(
                documents.c.id == doc.duplicate_of)).scalar()
        rows = [{**self._figure_row(conn, document_id, doc.published, fig, cache,
                                    _is_copy(fig, doc.duplicate_of, copied)),
                 "extractor_version": extractor} for fig in figures]
        ids: list[int] = []
        if rows:
            ids = list(conn.execute(sa.insert(f).returning(f.c.id, sort_by_parameter_order=True),
                                    rows).scalars())
        touched = {row.current_series_id for row in old}
        successor: dict[int, int] = {}  # old figure id → new figure id
        carried = 0
        for new, index in _same_figures(old, rows).items():
            new_id, old_id = ids[new], old[index].id
            successor[old_id] = new_id
            log = conn.execute(sa.select(corrections.c.id, corrections.c.status,
                                         corrections.c.series_id, corrections.c.reason,
                                         corrections.c.author)
                               .where(corrections.c.figure_id == old_id)
                               .order_by(corrections.c.id)).all()
            if not log:
                continue
            conn.execute(sa.insert(corrections), [
                {"figure_id": new_id, "status": c.status, "series_id": c.series_id,
                 "reason": c.reason, "author": c.author, "carried_from": c.id} for c in log])
            carried += len(log)
            status, current = corrected_state(((c.status, c.series_id) for c in log),
                                              rows[new]["series_id"])
            rows[new]["current_series_id"] = current
            conn.execute(sa.update(f).where(f.c.id == new_id).values(
                current_status=status, current_series_id=current))
        touched.update(row["current_series_id"] for row in rows)
        if old:
            conn.execute(sa.insert(corrections), [
                {"figure_id": row.id, "status": "superseded", "series_id": None,
                 "reason": f"re-extracted with {extractor}" + (
                     f" as figure {successor[row.id]}" if row.id in successor
                     else ", not found again"),
                 "author": LEDGER_AUTHOR} for row in old])
            conn.execute(sa.update(f).where(f.c.id.in_([row.id for row in old])).values(
                current_status="superseded", replaced=True))
        refresh_series(conn, touched)
        return Reextraction(document_id, extractor, stored=True, figures=len(rows),
                            replaced=len(old), matched=len(successor), carried=carried)

    # -- reading -----------------------------------------------------------------------------

    def claims(self, source: str | None = None, search: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Stored figures as dicts with the keys :data:`CLAIM_KEYS`, in publication order.

        ``source`` matches a claimant's canonical name or any of its aliases, ignoring case;
        ``search`` is a case-insensitive substring of the sentence or the counted object. Every
        figure is listed, whatever its status (the ``status`` key tells).
        """
        query = _figure_select()
        if source is not None:
            query = query.where(_source_match(source))
        if search:
            query = query.where(self._text_match(search))
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return _claims(conn.execute(query))

    def series(self) -> list[dict[str, Any]]:
        """Every series with at least one figure in force, by name, with its analytics.

        Figures marked ``wrong``, ``retracted`` or ``superseded``
        (:data:`~reportedly.store.EXCLUDED_STATUSES`), and those a re-extraction replaced, are
        left out of everything here. Keys: the series' own columns (``id``, ``key``, ``name``,
        ``subject``, ``measure``, ``event``, ``place``, ``unit``, ``flow``, ``pinned``) and

        - ``figures``: its figures as in :meth:`claims`, oldest first (as-of date, else
          publication date);
        - ``claimants``: the named claimants, sorted; figures stated in an article's own voice
          have no claimant and count in ``unattributed`` instead;
        - ``independent_claimants``: how many claimants remain once figures of copied documents
          (``copy``: an exact or near copy of another document) are left out; a relayed figure
          counts for its claimant;
        - ``reports``: how many documents state a figure of the series;
        - ``conflicts``: pairs of figures by different claimants whose intervals do not overlap
          (at any time, for now);
        - ``latest``: the newest figure's ``low``, ``high``, ``qualifier``, ``unit``, ``source``
          and ``as_of`` (its as-of date, else its publication date), and ``latest_by_claimant``
          the same per claimant.
        """
        query = _figure_select().where(figure_table.c.current_series_id.is_not(None), in_force())
        with self.engine.connect() as conn:
            groups: dict[int, list[tuple[dict[str, Any], bool]]] = {}
            for claim in _claims(conn.execute(query)):
                groups.setdefault(claim["series"], []).append((claim, claim["copy"]))
            if not groups:
                return []
            rows = conn.execute(sa.select(*(series.c[k] for k in SERIES_KEYS[:10]))
                                .where(series.c.id.in_(groups))).all()
        result = [_series_summary(_series_row(row), groups[row.id]) for row in rows]
        return sorted(result, key=lambda s: (s["name"].casefold(), s["id"]))

    def series_list(self, limit: int = 50, offset: int = 0,
                    search: str | None = None) -> list[dict[str, Any]]:
        """A page of series, most recent first: dicts with the keys :data:`SERIES_KEYS`.

        The series' own columns, then the summary of its figures in force (status not in
        :data:`~reportedly.store.EXCLUDED_STATUSES`, not replaced by a re-extraction):
        ``figure_count``, ``claimant_count`` (distinct named claimants) and ``latest_as_of``,
        the day the newest of them refers to (``YYYY-MM-DD``: the last day of its as-of time,
        else its publication day). Ordered by ``latest_as_of``, newest first (series without a
        dated figure last), then the newest series (highest id) first; series with no figure in
        force are left out unless pinned. ``search`` is a case-insensitive substring of the
        name. The summaries are kept on write and the order and filter are read from one
        index, so a page, even a deep one, is a walk along that index.
        """
        query = (sa.select(*(series.c[k] for k in SERIES_KEYS))
                 .where(sa.or_(series.c.figure_count > 0, series.c.pinned == sa.true()))
                 .order_by(series.c.latest_as_of.desc().nulls_last(), series.c.id.desc())
                 .limit(limit).offset(offset))
        if search:
            query = query.where(series.c.name.icontains(search, autoescape=True))
        with self.engine.connect() as conn:
            return [_series_row(row) for row in conn.execute(query)]

    def series_figures(self, series_id: int, *,
                       include_excluded: bool = False) -> list[dict[str, Any]]:
        """The figures of one series in its corrected state, as :meth:`claims` gives them,
        oldest first (by the day each refers to, else undated first, then by id).

        A figure moved by a correction is in the series it was moved to, not in the one it was
        resolved into; ``status`` is its current status. Figures wrong, retracted or superseded
        are left out (as in :meth:`series`) unless ``include_excluded``; figures replaced by a
        re-extraction always are (their successors stand for them). An unknown series has no
        figures.
        """
        query = _figure_select(order=False).where(
            figure_table.c.current_series_id == series_id)
        query = query.where(in_force() if not include_excluded
                            else figure_table.c.replaced == sa.false())
        query = query.order_by(figure_table.c.dated.nulls_first(), figure_table.c.id)
        with self.engine.connect() as conn:
            return _claims(conn.execute(query))

    def figures(self, series_id: int | None = None, source: str | None = None,
                since: str | None = None, until: str | None = None, search: str | None = None,
                limit: int = 100, offset: int = 0, *,
                document_id: int | None = None,
                newest_first: bool = False) -> list[dict[str, Any]]:
        """A page of figures, as :meth:`claims` gives them, oldest first (by the day each
        refers to, undated first, then by id).

        Every figure of each document's current extraction is listed, whatever its status (the
        ``status`` key tells); figures replaced by a re-extraction are not (:meth:`claims` and
        :meth:`corrections` keep them). ``series_id`` is the series a figure is in now (moves
        applied); ``source`` a claimant's canonical name or any of its aliases, ignoring case
        (as in :meth:`claims`); ``since`` and ``until`` (``YYYY-MM-DD``, both included) bound
        the day a figure refers to: the last day of its as-of time, else its document's
        publication day (undated figures are left out when either is given); ``search`` is a
        case-insensitive substring of the sentence or the counted object; ``document_id`` the
        stored document's id. ``newest_first`` reverses the order (undated figures last).
        """
        f = figure_table
        query = _figure_select(order=False).where(f.c.replaced == sa.false())
        if document_id is not None:
            query = query.where(f.c.document_id == document_id)
        if series_id is not None:
            query = query.where(f.c.current_series_id == series_id)
        if since is not None:
            query = query.where(f.c.dated >= since)
        if until is not None:
            query = query.where(f.c.dated <= until)
        if search:
            query = query.where(self._text_match(search))
        order = ((f.c.dated.desc().nulls_last(), f.c.id.desc()) if newest_first
                 else (f.c.dated.nulls_first(), f.c.id))
        query = query.order_by(*order).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            if source is not None:
                ids = self._source_ids(conn, source)
                if not ids:
                    return []
                # one claimant (the usual case) as an equality: the index gives the order
                query = query.where(f.c.source_id == ids[0] if len(ids) == 1
                                    else f.c.source_id.in_(ids))
            return _claims(conn.execute(query))

    def search(self, text: str, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """A page of the figures whose sentence or counted object holds ``text`` (ignoring
        case), as :meth:`claims` gives them, the most recently stored first; figures replaced
        by a re-extraction are left out. On SQLite the trigram index answers (three characters
        or more), so a page costs the same however many figures match."""
        f = figure_table
        query = _figure_select(order=False).where(f.c.replaced == sa.false())
        if self.engine.dialect.name == "sqlite" and len(text) >= 3:
            # joined and ordered by the index's own rowid: SQLite reads the matches newest
            # first from the index and stops at the page, however many there are
            index = sa.table(TEXT_INDEX, sa.column("rowid"))
            query = (query.join(index, index.c.rowid == f.c.id)
                     .where(sa.literal_column(TEXT_INDEX).op("MATCH")(_phrase(text)))
                     .order_by(index.c.rowid.desc()))
        else:
            query = query.where(self._text_match(text)).order_by(f.c.id.desc())
        query = query.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return _claims(conn.execute(query))

    def figure(self, figure_id: int) -> dict[str, Any]:
        """One figure, any status, replaced or not: the keys of :meth:`claims` and its
        provenance (``document_id``, ``sentence_start``, ``source_text`` as written,
        ``stated_before``, ``replaced``). An unknown figure raises ``InputError`` ``E300``."""
        f = figure_table
        query = (_figure_select(order=False)
                 .add_columns(f.c.document_id, f.c.sentence_start, f.c.source_text,
                              f.c.stated_before, f.c.replaced)
                 .where(f.c.id == figure_id))
        with self.engine.connect() as conn:
            result = conn.execute(query)
            keys = list(result.keys())
            row = result.first()
        if row is None:
            raise input_error(_safe_url(self.url), "E300", str(figure_id))
        found = dict(zip(keys, row, strict=True))
        return {**_claim(found), "document_id": found["document_id"],
                "sentence_start": found["sentence_start"], "source_text": found["source_text"],
                "stated_before": bool(found["stated_before"]),
                "replaced": bool(found["replaced"])}

    def series_row(self, series_id: int) -> dict[str, Any] | None:
        """One series' own columns and summary (the keys :data:`SERIES_KEYS`), or None."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(*(series.c[k] for k in SERIES_KEYS))
                               .where(series.c.id == series_id)).first()
        return _series_row(row) if row is not None else None

    def corrections(self, figure_id: int | None = None, *, limit: int | None = None,
                    offset: int = 0) -> list[dict[str, Any]]:
        """The corrections log, oldest first, or one figure's: dicts with the keys
        :data:`CORRECTION_KEYS` (``series_id`` is the series of a move; ``carried_from`` the
        correction of a replaced figure that a re-extraction repeated for this one;
        ``created_at`` an ISO time). Rows are only ever appended. ``limit`` and ``offset``
        page it."""
        query = sa.select(*(corrections.c[k] for k in CORRECTION_KEYS)).order_by(corrections.c.id)
        if figure_id is not None:
            query = query.where(corrections.c.figure_id == figure_id)
        if limit is not None:
            query = query.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [_plain(row._mapping) for row in conn.execute(query)]

    def document(self, document_id: int) -> Document:
        """A stored document as it was read (text and metadata); ``E307`` if there is none."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(documents).where(
                documents.c.id == document_id)).first()
        if row is None:
            raise input_error(_safe_url(self.url), "E307", str(document_id))
        return Document(text=row.text, origin=row.origin, id=row.doc_key, title=row.title,
                        url=row.url, published=row.published, language=row.language,
                        author=row.author, site=row.site, offset=row.record_offset,
                        format=row.format)

    def document_row(self, document_id: int) -> dict[str, Any]:
        """A stored document's row: its ``text`` and the columns :meth:`documents` lists;
        ``E307`` if there is none."""
        columns = [c for c in documents.c if c.name != "minhash"]
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(*columns).where(documents.c.id == document_id)).first()
        if row is None:
            raise input_error(_safe_url(self.url), "E307", str(document_id))
        return _plain(row._mapping)

    def documents(self, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Stored documents in the order they came, without their text and signature;
        ``limit`` and ``offset`` page them."""
        columns = [c for c in documents.c if c.name not in ("text", "minhash")]
        query = sa.select(*columns).order_by(documents.c.id)
        if limit is not None:
            query = query.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            rows = conn.execute(query)
            return [_plain(row._mapping) for row in rows]

    def errors(self) -> list[dict[str, Any]]:
        """Recorded input errors, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(ingest_errors).order_by(ingest_errors.c.id))
            return [_plain(row._mapping) for row in rows]

    # -- internals ---------------------------------------------------------------------------

    def _text_match(self, search: str) -> sa.ColumnElement[bool]:
        """Figures whose sentence or counted object holds ``search``, ignoring case: on SQLite,
        from the trigram index (:data:`~reportedly.store.TEXT_INDEX`) for three characters or
        more; else by reading the column."""
        f = figure_table
        if self.engine.dialect.name == "sqlite" and len(search) >= 3:
            matched = sa.select(sa.column("rowid")).select_from(sa.table(TEXT_INDEX)).where(
                sa.literal_column(TEXT_INDEX).op("MATCH")(_phrase(search)))
            return f.c.id.in_(matched)
        return sa.or_(f.c.sentence.icontains(search, autoescape=True),
                      f.c.object.icontains(search, autoescape=True))

    def _source_ids(self, conn: sa.Connection, name: str) -> list[int]:
        """The ids of the claimants ``name`` names (as :meth:`claims` matches them)."""
        return list(conn.execute(sa.select(sources.c.id).where(_source_match(name))
                                 .order_by(sources.c.id)).scalars())

    def _copy_of(self, conn: sa.Connection, text: str, digest: str, minhash: MinHash | None
                 ) -> tuple[int | None, str | None, str | None]:
        """The stored document ``text`` copies, how, and (for a near copy) the original's text:
        the first with the same content hash (``exact``), else the first original whose
        shingles it shares at :data:`dedup.NEAR` (``near``); ``(None, None, None)`` for an
        original."""
        exact = conn.execute(sa.select(sa.func.min(documents.c.id)).where(
            documents.c.content_hash == digest)).scalar()
        if exact is not None:
            return exact, "exact", None
        if minhash is None or self._index is None:
            return None, None, None
        candidates = self._index.candidates(minhash)
        if candidates:
            texts = {row.id: row.text for row in conn.execute(sa.select(
                documents.c.id, documents.c.text).where(documents.c.id.in_(candidates)))}
            for candidate in candidates:  # oldest first
                if candidate in texts and dedup.jaccard(text, texts[candidate]) >= dedup.NEAR:
                    return candidate, "near", texts[candidate]
        return None, None, None

    def _near_index(self) -> dedup.Index:
        """The index of stored originals' signatures, built from the ledger on first use (not
        before a document is new: a re-run over stored documents never builds it), then kept up
        to date by :meth:`add`, with its own documents and, in each of its transactions, those
        other processes stored meanwhile (:meth:`_catch_up`)."""
        if self._index is None:
            self._index = dedup.Index(self._signatures())
        return self._index

    def _catch_up(self, conn: sa.Connection) -> None:
        """Index the originals stored since the index last read the ledger, by other processes
        (this one's are in it already). On PostgreSQL this runs under :data:`STORE_LOCK`, under
        which documents get their ids in the order they are committed: none can appear later
        below the highest id read."""
        if self._index is None:
            return
        rows = conn.execute(sa.select(documents.c.id, documents.c.minhash).where(
            documents.c.duplicate_of.is_(None), documents.c.id > self._indexed_to)
            .order_by(documents.c.id)).all()
        for doc_id, data in rows:
            minhash = dedup.from_bytes(data)
            if doc_id not in self._own and minhash is not None:
                self._index.add(doc_id, minhash)
        if rows:
            self._indexed_to = rows[-1].id
            self._own = {i for i in self._own if i > self._indexed_to}

    def _signatures(self) -> Iterator[tuple[int, MinHash]]:
        """Every original's signature. Documents stored without one (before migration 0002,
        or with other dedup settings) get theirs computed from their text, and stored, once."""
        missing: list[int] = []
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(documents.c.id, documents.c.minhash).where(
                documents.c.duplicate_of.is_(None)).order_by(documents.c.id)).all()
        self._indexed_to = rows[-1].id if rows else 0
        for doc_id, data in rows:
            minhash = dedup.from_bytes(data)
            if minhash is None:
                missing.append(doc_id)
            else:
                yield doc_id, minhash
        for start in range(0, len(missing), 500):
            with self.engine.begin() as conn:
                texts = conn.execute(sa.select(documents.c.id, documents.c.text).where(
                    documents.c.id.in_(missing[start:start + 500]))).all()
                for doc_id, text in texts:
                    minhash = dedup.signature(text)
                    if minhash is not None:
                        conn.execute(sa.update(documents).where(documents.c.id == doc_id)
                                     .values(minhash=dedup.to_bytes(minhash)))
                        yield doc_id, minhash

    def _figure_row(self, conn: sa.Connection, doc_id: int, published: str | None, fig: Figure,
                    cache: MutableMapping[str, int], copy: bool = False) -> dict[str, Any]:
        claim = fig.claim
        series_id = _series_id(conn, fig, cache, self.watchlist)
        return {
            "document_id": doc_id, "start": fig.start, "end": fig.end, "text": fig.text,
            "sentence": fig.sentence, "sentence_start": fig.sentence_start,
            "low": fig.low, "high": fig.high, "qualifier": fig.qualifier, "vague": fig.vague,
            "kind": fig.kind, "object": fig.object, "unit": fig.unit, "change": fig.change,
            "subject": fig.subject, "source_id": _source_id(conn, claim, cache),
            "source_text": claim.source_text, "role": claim.role, "via": list(claim.via),
            "basis": claim.basis,
            "hedge": claim.hedge, "as_of": fig.as_of, "stated_before": fig.stated_before,
            "measure": fig.measure, "event": fig.event, "flow": fig.flow, "place": fig.place,
            "series_id": series_id, "extractor_version": fig.extractor or None, "copy": copy,
            "current_status": "active", "current_series_id": series_id, "replaced": False,
            "dated": dated(fig.as_of, published),
        }


def _is_copy(fig: Figure, duplicate_of: int | None, copied: str | None) -> bool:
    """Whether a figure of a copied document is a copy: every figure of an exact copy (or of a
    document marked as a copy by the caller), and those of a near copy that the original states
    too (its text, case and spacing aside). A figure the near copy changed or added is its own:
    a daily report written from the same template as yesterday's is nearly the same text, with
    other numbers."""
    if duplicate_of is None:
        return False
    if copied is None:
        return True
    return _spaced(fig.text) in _spaced(copied)


def _spaced(text: str) -> str:
    return " ".join(text.split()).casefold()


def _same_figures(old: Sequence[Any], new: Sequence[dict[str, Any]]) -> dict[int, int]:
    """Which new figures (by index in ``new``) are which old ones (index in ``old``), one to
    one: the same span first; then the same text in the same sentence, nearest first; then
    overlapping spans, largest overlap first. Both are figures of one document's text."""
    free = dict(enumerate(old))
    found: dict[int, int] = {}

    def pick(test: Callable[[Any, dict[str, Any]], bool],
             rank: Callable[[Any, dict[str, Any]], int]) -> None:
        for n, fig in enumerate(new):
            if n in found:
                continue
            candidates = [(rank(row, fig), o) for o, row in free.items() if test(row, fig)]
            if candidates:
                _, o = min(candidates)
                found[n] = o
                del free[o]

    pick(lambda row, fig: (row.start, row.end) == (fig["start"], fig["end"]), lambda *_: 0)
    pick(lambda row, fig: row.text == fig["text"] and row.sentence == fig["sentence"],
         lambda row, fig: abs(row.start - fig["start"]))
    pick(lambda row, fig: row.start < fig["end"] and fig["start"] < row.end,
         lambda row, fig: -(min(row.end, fig["end"]) - max(row.start, fig["start"])))
    return found


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # a write-ahead log, synced at checkpoints: a commit survives the process being killed,
    # and a document's transaction no longer waits for the disk
    if cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal":
        cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _safe_url(url: str) -> str:
    """The URL as shown in messages, its password hidden."""
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except SQLAlchemyError:
        return url


def _reason(exc: BaseException) -> str:
    """A one-line reason for a database error, without SQL or parameters."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def _insert_ignore(conn: sa.Connection, table: sa.Table, key: str | tuple[str, ...],
                   values: dict[str, Any]) -> int | None:
    """Insert a row unless one with the same ``key`` (a column, or columns under one unique
    constraint) exists; the new row's id, else None.

    On SQLite and PostgreSQL this is one ``INSERT ... ON CONFLICT DO NOTHING``, safe when two
    writers insert the same key at once.
    """
    keys = (key,) if isinstance(key, str) else key
    dialect = conn.dialect.name
    if dialect in ("sqlite", "postgresql"):
        insert = (sqlite.insert if dialect == "sqlite" else postgresql.insert)(table)
        stmt = insert.values(**values).on_conflict_do_nothing(index_elements=list(keys))
        return conn.execute(stmt.returning(table.c.id)).scalar_one_or_none()
    if conn.execute(sa.select(table.c.id).where(
            *(table.c[k] == values[k] for k in keys))).first():
        return None
    return conn.execute(sa.insert(table).values(**values)).inserted_primary_key[0]


def _get_or_create(conn: sa.Connection, table: sa.Table, key: str,
                   values: dict[str, Any]) -> int:
    new = _insert_ignore(conn, table, key, values)
    if new is not None:
        return new
    return conn.execute(sa.select(table.c.id).where(table.c[key] == values[key])).scalar_one()


def _source_id(conn: sa.Connection, claim: Claim, cache: MutableMapping[str, int]) -> int | None:
    """The claimant's id, creating the source (and the name as written, as an alias)."""
    if claim.source is None:
        return None
    name = f"source:{claim.source}"
    if name not in cache:
        cache[name] = _get_or_create(conn, sources, "name", {"name": claim.source})
    written = claim.source_text
    if written and written != claim.source and f"alias:{written}" not in cache:
        _insert_ignore(conn, source_aliases, "alias",
                       {"alias": written, "source_id": cache[name]})
        cache[f"alias:{written}"] = cache[name]
    return cache[name]


def _series_id(conn: sa.Connection, fig: Figure, cache: MutableMapping[str, int],
               watchlist: Watchlist | None = None) -> int | None:
    """The id of the series the figure belongs to, creating it; None if it has none."""
    resolved = _resolve(fig, watchlist)
    if resolved is None:
        return None
    name = f"series:{resolved.key}"
    if name not in cache:
        cache[name] = _get_or_create(conn, series, "key", {
            "key": resolved.key, "name": resolved.name, "subject": resolved.subject,
            "measure": resolved.measure, "event": resolved.event, "place": resolved.place,
            "unit": resolved.unit, "flow": resolved.flow,
            "pinned": resolved.pinned,
        })
    return cache[name]


def _resolve(fig: Figure, watchlist: Watchlist | None) -> Series | None:
    """:func:`reportedly.series.resolve`, given the watchlist when there is one."""
    if watchlist is None:
        return series_mod.resolve(fig)
    return series_mod.resolve(fig, watchlist=watchlist)


def _source_match(name: str) -> sa.ColumnElement[bool]:
    """Claimants named ``name``: by canonical name or any alias, ignoring case, the bundled
    (and user) alias table first ("nis" → the NIS's canonical name)."""
    needle = name.lower()
    canonical = aliases().resolve(name).canonical.lower()
    alias = sa.exists().where(source_aliases.c.source_id == sources.c.id,
                              sa.func.lower(source_aliases.c.alias) == needle)
    return sa.or_(sa.func.lower(sources.c.name).in_({needle, canonical}), alias)


#: The figure columns a claim is made of (see :func:`_claim`).
_CLAIM_COLUMNS = ("id", "sentence", "text", "start", "end", "low", "high", "qualifier", "vague",
                  "kind", "object", "unit", "change", "subject", "as_of", "basis", "hedge", "role",
                  "current_series_id", "extractor_version", "current_status", "copy")


def _phrase(text: str) -> str:
    """``text`` as one FTS5 phrase (the trigram index matches it as a substring)."""
    return '"' + text.replace('"', '""') + '"'


def _figure_select(order: bool = True) -> sa.Select:
    """Figures as claims: the columns :func:`_claim` reads, with their document's and
    claimant's, the current status and series as kept on the figure by :meth:`Ledger.correct`;
    in publication order unless ``order`` is False. ``via`` is read as text and decoded by
    :func:`_via` (most figures have no relay: no JSON parsing for them)."""
    query = (
        sa.select(
            *(figure_table.c[name] for name in _CLAIM_COLUMNS),
            sa.type_coerce(figure_table.c.via, sa.Text).label("via"),
            documents.c.doc_key, documents.c.published, documents.c.url,
            sources.c.name.label("source_name"),
        )
        .select_from(figure_table.join(documents).outerjoin(sources))
    )
    if order:
        query = query.order_by(documents.c.published.nulls_last(), figure_table.c.document_id,
                               figure_table.c.start, figure_table.c.id)
    return query


def _number(value: float | None) -> float | int | None:
    if value is not None and float(value).is_integer():
        return int(value)
    return value


def _via(value: Any) -> list[str]:
    """The relays as stored: JSON text (SQLite), or already decoded (PostgreSQL's driver)."""
    if isinstance(value, str):
        return [] if value == "[]" else list(json.loads(value))
    return list(value or [])


def _claims(result: sa.CursorResult) -> list[dict[str, Any]]:
    """The rows of a :func:`_figure_select` query as claims (dicts with :data:`CLAIM_KEYS`)."""
    keys = list(result.keys())
    return [_claim(dict(zip(keys, row, strict=True))) for row in result]


def _claim(m: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": m["id"], "document": m["doc_key"], "published": m["published"],
        "sentence": m["sentence"], "text": m["text"], "start": m["start"], "end": m["end"],
        "low": _number(m["low"]), "high": _number(m["high"]), "qualifier": m["qualifier"],
        "vague": bool(m["vague"]), "kind": m["kind"], "object": m["object"], "unit": m["unit"],
        "change": m["change"], "subject": m["subject"], "source": m["source_name"],
        "via": _via(m["via"]), "as_of": m["as_of"], "basis": m["basis"],
        "hedge": m["hedge"], "role": m["role"], "series": m["current_series_id"],
        "extractor_version": m["extractor_version"], "url": m["url"],
        "status": m["current_status"], "copy": bool(m["copy"]),
    }


def _series_row(row: sa.Row) -> dict[str, Any]:
    data = dict(row._mapping)
    data["flow"], data["pinned"] = bool(data["flow"]), bool(data["pinned"])
    return data


def _plain(mapping: Any) -> dict[str, Any]:
    """A row as a JSON-ready dict (times as ISO strings)."""
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in mapping.items()}


def when(claim: dict[str, Any]) -> str:
    """The date a figure refers to: the end of its as-of time, else its publication date."""
    as_of = claim.get("as_of")
    if as_of:
        return as_of.rsplit("/", 1)[-1]
    return claim.get("published") or ""


def _latest(claim: dict[str, Any]) -> dict[str, Any]:
    return {"low": claim["low"], "high": claim["high"], "qualifier": claim["qualifier"],
            "unit": claim["unit"], "source": claim["source"], "as_of": when(claim)}


def _series_summary(row: dict[str, Any],
                    members: Iterable[tuple[dict[str, Any], bool]]) -> dict[str, Any]:
    ordered = sorted(members, key=lambda m: (when(m[0]), m[0]["id"]))
    figs = [claim for claim, _ in ordered]
    named = [claim for claim in figs if claim["source"] is not None]
    independent = {claim["source"] for claim, copied in ordered
                   if claim["source"] is not None and not copied}
    by_claimant = {claim["source"]: _latest(claim) for claim in named}
    return {
        **row,
        "flow": bool(row["flow"]), "pinned": bool(row["pinned"]),
        "claimants": sorted({claim["source"] for claim in named}, key=str.casefold),
        "independent_claimants": len(independent),
        "unattributed": len(figs) - len(named),
        "reports": len({claim["document"] for claim in figs}),
        "conflicts": len(analysis.conflicts(analysis.timeline(figs))),
        "latest": _latest(figs[-1]),
        "latest_by_claimant": dict(sorted(by_claimant.items(), key=lambda kv: kv[0].casefold())),
        "figures": figs,
    }
