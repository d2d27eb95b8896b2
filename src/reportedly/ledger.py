"""The ledger: documents and their figures stored, claims queried, series summarized.

>>> with Ledger("sqlite:///:memory:") as ledger:
...     result = ledger.add(document, figures)
...     ledger.claims(source="NIS")
...     ledger.series()

One :class:`Ledger` wraps one database URL (SQLite by default, PostgreSQL alike). Opening it
brings the schema up to date. Each document is stored in one transaction with its sources, series
and figures; a document whose content hash is already stored is not stored again. Figures are never
updated or deleted: :meth:`Ledger.correct` appends to an audit log, and queries read the corrected
state from it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import combinations
from typing import Any, Self

import sqlalchemy as sa
from alembic.util import CommandError
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from reportedly import series as series_mod
from reportedly.claimants import aliases
from reportedly.errors import InputError, input_error
from reportedly.model import Claim, Document, Figure
from reportedly.store import (
    EXCLUDED_STATUSES,
    STATUSES,
    corrections,
    documents,
    ingest_errors,
    migrate,
    series,
    source_aliases,
    sources,
)
from reportedly.store import figures as figure_table

DEFAULT_URL = "sqlite:///reportedly.db"

#: The keys of a figure as :meth:`Ledger.claims` returns it: the extract contract, then the
#: ledger's own (row id, basis, hedge, the claimant's role, series id, extractor version,
#: document URL, status).
CLAIM_KEYS: tuple[str, ...] = (
    "id", "document", "published", "sentence", "text", "start", "end", "low", "high",
    "qualifier", "vague", "kind", "object", "unit", "change", "subject", "source", "via", "as_of",
    "basis", "hedge", "role", "series", "extractor_version", "url", "status",
)


@dataclass(frozen=True, slots=True)
class AddResult:
    """What :meth:`Ledger.add` did with a document.

    ``stored`` is False when a document with the same content hash was already in the ledger; then
    ``document_id`` is that document's and ``figures`` the number of figures it has.
    """

    document_id: int
    stored: bool
    figures: int


class Ledger:
    """A ledger of figures over one database.

    ``url`` is an SQLAlchemy URL (``sqlite:///path.db``, ``postgresql+psycopg://...``); a plain
    path is taken as an SQLite file. A URL that cannot be parsed, a missing driver or a database
    that cannot be reached raise :class:`~reportedly.errors.InputError` ``E302``.
    """

    def __init__(self, url: str = DEFAULT_URL) -> None:
        self.url = url if "://" in url else f"sqlite:///{url}"
        try:
            self.engine = sa.create_engine(self.url)
        except (SQLAlchemyError, ImportError) as exc:
            raise input_error(_safe_url(self.url), "E302", f"({_reason(exc)})") from exc
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            migrate(self.engine)
        except (SQLAlchemyError, ImportError, CommandError, OSError) as exc:
            self.engine.dispose()
            raise input_error(_safe_url(self.url), "E302", f"({_reason(exc)})") from exc

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

    def add(self, doc: Document, figures: Sequence[Figure], *,
            duplicate_of: int | None = None) -> AddResult:
        """Store a document with its figures, their claimants and their series, all or nothing.

        A document whose content hash is already stored is left as it is (``stored=False``).
        ``duplicate_of`` marks the document as a copy of another stored one, so that its figures
        do not count as independent claims. A database error or a value the database cannot
        take raises ``InputError`` ``E200``; any error leaves nothing of the document behind.
        """
        try:
            with self.engine.begin() as conn:
                doc_id = _insert_ignore(conn, documents, "content_hash", {
                    "content_hash": doc.hash, "origin": doc.origin, "doc_key": doc.name,
                    "url": doc.url, "title": doc.title, "published": doc.published,
                    "language": doc.language, "text": doc.text, "duplicate_of": duplicate_of,
                })
                if doc_id is None:
                    existing = conn.execute(sa.select(documents.c.id).where(
                        documents.c.content_hash == doc.hash)).scalar_one()
                    count = conn.execute(sa.select(sa.func.count()).where(
                        figure_table.c.document_id == existing)).scalar_one()
                    return AddResult(existing, stored=False, figures=count)
                cache: dict[str, int] = {}
                rows = [self._figure_row(conn, doc_id, fig, cache) for fig in figures]
                if rows:
                    conn.execute(sa.insert(figure_table), rows)
                return AddResult(doc_id, stored=True, figures=len(rows))
        except (SQLAlchemyError, TypeError, ValueError) as exc:
            # TypeError/ValueError: a value the driver cannot bind (psycopg raises them bare)
            raise input_error(doc.origin, "E200", _reason(exc)) from exc

    def record_error(self, error: InputError) -> None:
        """Keep a failed input in the ``ingest_errors`` table."""
        with self.engine.begin() as conn:
            conn.execute(sa.insert(ingest_errors).values(
                origin=error.origin, record=error.record, code=error.code,
                message=error.message))

    def correct(self, figure_id: int, status: str, reason: str, author: str, *,
                series_id: int | None = None) -> None:
        """Append a correction: the figure is ``wrong``, ``superseded``, ``retracted``, ``active``
        again, or ``moved`` to the series ``series_id``. Nothing is updated or deleted.

        An unknown figure raises ``InputError`` ``E300``, an unknown series ``E301``.
        """
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
        if (status == "moved") != (series_id is not None):
            raise ValueError("a series is given with status 'moved', and only then")
        with self.engine.begin() as conn:
            if conn.execute(sa.select(figure_table.c.id).where(
                    figure_table.c.id == figure_id)).first() is None:
                raise input_error(_safe_url(self.url), "E300", str(figure_id))
            if series_id is not None and conn.execute(sa.select(series.c.id).where(
                    series.c.id == series_id)).first() is None:
                raise input_error(_safe_url(self.url), "E301", str(series_id))
            conn.execute(sa.insert(corrections).values(
                figure_id=figure_id, status=status, series_id=series_id, reason=reason,
                author=author))

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
            needle = source.lower()
            # the bundled (and user) alias table first: "nis" → the NIS's canonical name
            canonical = aliases().resolve(source).canonical.lower()
            alias = sa.exists().where(source_aliases.c.source_id == sources.c.id,
                                      sa.func.lower(source_aliases.c.alias) == needle)
            query = query.where(sa.or_(sa.func.lower(sources.c.name).in_({needle, canonical}),
                                       alias))
        if search:
            query = query.where(sa.or_(figure_table.c.sentence.icontains(search, autoescape=True),
                                       figure_table.c.object.icontains(search, autoescape=True)))
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [_claim(row) for row in conn.execute(query)]

    def series(self) -> list[dict[str, Any]]:
        """Every series with at least one figure in force, by name, with its analytics.

        Figures marked ``wrong`` or ``retracted`` are left out of everything here. Keys: the
        series' own columns (``id``, ``key``, ``name``, ``subject``, ``measure``, ``event``,
        ``place``, ``unit``, ``flow``, ``pinned``) and

        - ``figures``: its figures as in :meth:`claims`, oldest first (as-of date, else
          publication date);
        - ``claimants``: the named claimants, sorted; figures stated in an article's own voice
          have no claimant and count in ``unattributed`` instead;
        - ``independent_claimants``: how many claimants remain once figures of documents marked
          as copies (``duplicate_of``) are left out; a relayed figure counts for its claimant;
        - ``reports``: how many documents state a figure of the series;
        - ``conflicts``: pairs of figures by different claimants whose intervals do not overlap
          (at any time, for now);
        - ``latest``: the newest figure's ``low``, ``high``, ``qualifier``, ``unit``, ``source``
          and ``as_of`` (its as-of date, else its publication date), and ``latest_by_claimant``
          the same per claimant.
        """
        query = _figure_select().add_columns(documents.c.duplicate_of)
        with self.engine.connect() as conn:
            groups: dict[int, list[tuple[dict[str, Any], bool]]] = {}
            for row in conn.execute(query):
                claim = _claim(row)
                if claim["series"] is None or claim["status"] in EXCLUDED_STATUSES:
                    continue
                groups.setdefault(claim["series"], []).append(
                    (claim, row.duplicate_of is not None))
            if not groups:
                return []
            rows = conn.execute(sa.select(series).where(series.c.id.in_(groups))).all()
        result = [_series_summary(dict(row._mapping), groups[row.id]) for row in rows]
        return sorted(result, key=lambda s: (s["name"].casefold(), s["id"]))

    def documents(self) -> list[dict[str, Any]]:
        """Stored documents in the order they came, without their text."""
        columns = [c for c in documents.c if c.name != "text"]
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(*columns).order_by(documents.c.id))
            return [_plain(row._mapping) for row in rows]

    def errors(self) -> list[dict[str, Any]]:
        """Recorded input errors, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(ingest_errors).order_by(ingest_errors.c.id))
            return [_plain(row._mapping) for row in rows]

    # -- internals ---------------------------------------------------------------------------

    def _figure_row(self, conn: sa.Connection, doc_id: int, fig: Figure,
                    cache: dict[str, int]) -> dict[str, Any]:
        claim = fig.claim
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
            "series_id": _series_id(conn, fig, cache),
            "extractor_version": fig.extractor or None,
        }


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
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


def _insert_ignore(conn: sa.Connection, table: sa.Table, key: str,
                   values: dict[str, Any]) -> int | None:
    """Insert a row unless one with the same ``key`` exists; the new row's id, else None.

    On SQLite and PostgreSQL this is one ``INSERT ... ON CONFLICT DO NOTHING``, safe when two
    writers insert the same key at once.
    """
    dialect = conn.dialect.name
    if dialect in ("sqlite", "postgresql"):
        insert = (sqlite.insert if dialect == "sqlite" else postgresql.insert)(table)
        stmt = insert.values(**values).on_conflict_do_nothing(index_elements=[key])
        return conn.execute(stmt.returning(table.c.id)).scalar_one_or_none()
    if conn.execute(sa.select(table.c.id).where(table.c[key] == values[key])).first():
        return None
    return conn.execute(sa.insert(table).values(**values)).inserted_primary_key[0]


def _get_or_create(conn: sa.Connection, table: sa.Table, key: str,
                   values: dict[str, Any]) -> int:
    new = _insert_ignore(conn, table, key, values)
    if new is not None:
        return new
    return conn.execute(sa.select(table.c.id).where(table.c[key] == values[key])).scalar_one()


def _source_id(conn: sa.Connection, claim: Claim, cache: dict[str, int]) -> int | None:
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


def _series_id(conn: sa.Connection, fig: Figure, cache: dict[str, int]) -> int | None:
    """The id of the series the figure belongs to, creating it; None if it has none."""
    resolved = series_mod.resolve(fig)
    if resolved is None:
        return None
    name = f"series:{resolved.key}"
    if name not in cache:
        cache[name] = _get_or_create(conn, series, "key", {
            "key": resolved.key, "name": resolved.name, "subject": resolved.subject,
            "measure": resolved.measure, "event": resolved.event, "place": resolved.place,
            "unit": resolved.unit, "flow": resolved.flow, "pinned": False,
        })
    return cache[name]


def _figure_select() -> sa.Select:
    """Figures with their document, claimant, current status and current series."""
    last_status = (sa.select(corrections.c.status)
                   .where(corrections.c.figure_id == figure_table.c.id)
                   .order_by(corrections.c.id.desc()).limit(1).scalar_subquery())
    moved_to = (sa.select(corrections.c.series_id)
                .where(corrections.c.figure_id == figure_table.c.id,
                       corrections.c.status == "moved")
                .order_by(corrections.c.id.desc()).limit(1).scalar_subquery())
    return (
        sa.select(
            figure_table,
            documents.c.doc_key, documents.c.published, documents.c.url,
            sources.c.name.label("source_name"),
            sa.func.coalesce(last_status, "active").label("status"),
            sa.func.coalesce(moved_to, figure_table.c.series_id).label("current_series"),
        )
        .select_from(figure_table.join(documents).outerjoin(sources))
        .order_by(documents.c.published.nulls_last(), figure_table.c.document_id,
                  figure_table.c.start, figure_table.c.id)
    )


def _number(value: float | None) -> float | int | None:
    if value is not None and float(value).is_integer():
        return int(value)
    return value


def _claim(row: sa.Row) -> dict[str, Any]:
    m = row._mapping
    return {
        "id": m["id"], "document": m["doc_key"], "published": m["published"],
        "sentence": m["sentence"], "text": m["text"], "start": m["start"], "end": m["end"],
        "low": _number(m["low"]), "high": _number(m["high"]), "qualifier": m["qualifier"],
        "vague": bool(m["vague"]), "kind": m["kind"], "object": m["object"], "unit": m["unit"],
        "change": m["change"], "subject": m["subject"], "source": m["source_name"],
        "via": list(m["via"] or []), "as_of": m["as_of"], "basis": m["basis"],
        "hedge": m["hedge"], "role": m["role"], "series": m["current_series"],
        "extractor_version": m["extractor_version"], "url": m["url"], "status": m["status"],
    }


def _plain(mapping: Any) -> dict[str, Any]:
    """A row as a JSON-ready dict (times as ISO strings)."""
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in mapping.items()}


def when(claim: dict[str, Any]) -> str:
    """The date a figure refers to: the end of its as-of time, else its publication date."""
    as_of = claim.get("as_of")
    if as_of:
        return as_of.rsplit("/", 1)[-1]
    return claim.get("published") or ""


def overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures' intervals ``[low, high]`` (None: open end) share a value."""
    a_low, a_high = a["low"], a["high"]
    b_low, b_high = b["low"], b["high"]
    if a_high is not None and b_low is not None and a_high < b_low:
        return False
    return not (b_high is not None and a_low is not None and b_high < a_low)


#: Two figures whose times lie this close together speak of the same moment.
SAME_TIME = timedelta(days=14)


def period(claim: dict[str, Any]) -> tuple[date, date] | None:
    """The days a figure refers to: its as-of time (a day, month, year or interval), else the
    day it was published."""
    text = claim.get("as_of") or claim.get("published")
    if not text:
        return None
    first, _, last = text.partition("/")
    try:
        return _bounds(first)[0], _bounds(last or first)[1]
    except ValueError:
        return None


def _bounds(text: str) -> tuple[date, date]:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        start = date(parts[0], parts[1], 1)
        end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return start, end
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def same_time(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures refer to the same moment (their periods, widened by two weeks,
    meet). Figures far apart in time show change, not disagreement."""
    pa, pb = period(a), period(b)
    if pa is None or pb is None:
        return False
    return pa[0] - SAME_TIME <= pb[1] and pb[0] - SAME_TIME <= pa[1]


def conflicting_pairs(claims: Sequence[dict[str, Any]]) -> list[tuple[dict, dict]]:
    """Pairs of figures by different named claimants, about the same time, whose intervals do
    not overlap."""
    named = [claim for claim in claims if claim["source"] is not None]
    return [(a, b) for a, b in combinations(named, 2)
            if a["source"] != b["source"] and same_time(a, b) and not overlap(a, b)]


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
        "conflicts": len(conflicting_pairs(figs)),
        "latest": _latest(figs[-1]),
        "latest_by_claimant": dict(sorted(by_claimant.items(), key=lambda kv: kv[0].casefold())),
        "figures": figs,
    }
