"""The ledger's tables (SQLAlchemy Core) and the migrations that create them.

The tables here describe the schema the migrations in ``reportedly/migrations/versions`` build; a
test checks that the two agree. Types are portable (``Text``, ``Float``, ``Boolean``, ``JSON``,
``DateTime``, ``LargeBinary``) so that the same migrations run on SQLite and PostgreSQL.

A document is a row per key (its canonical URL, else its id or origin) and text: the same key with
the same text is the same document, stored once. The same text under another key is a copy:
another row, ``duplicate_of`` the first row with that text (``duplicate_kind`` ``exact``) or
with nearly that text (``near``, by ``minhash``, the MinHash signature of its shingles), and its
figures have ``copy`` set so that they do not count as independent claims. ``skipped`` says why
a stored document was not extracted (its language).

Nothing in the ledger is deleted: ``corrections`` is an append-only log whose latest row per figure
gives the figure's current status (``active`` when there is none), and the latest ``moved`` row its
current series. That state is also kept on the figure (``current_status``, ``current_series_id``),
written in the same transaction as the correction, so that queries need not read the log; the log
stays the source of truth (:func:`corrected_state` reads a figure's state from it). A figure of an
extraction that a newer extractor version replaced (:meth:`reportedly.ledger.Ledger.reextract`)
keeps its row, ``replaced`` set, and a correction saying so. A correction carried over from a
replaced figure to its successor names the correction it repeats (``carried_from``).

A figure is *in force* when its status is not one of :data:`EXCLUDED_STATUSES` and no newer
extraction replaced it. ``dated`` is the day it refers to (the last day of its as-of time, else its
document's publication day), for filtering and ordering by time. Each series keeps a summary of its
figures in force (``figure_count``, ``claimant_count``: distinct named claimants, ``latest_as_of``:
the newest ``dated``), refreshed (:func:`refresh_series`) in the transaction of every write that
changes which figures a series has.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from importlib.resources import as_file, files

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.util import CommandError

#: Statuses a correction can give a figure. ``moved`` carries the series the figure moves to.
STATUSES: tuple[str, ...] = ("active", "wrong", "superseded", "retracted", "moved")

#: Statuses that take a figure out of the analytics (series bands, claimants, conflicts) and
#: out of the series' summaries: an error, a withdrawn figure, one its claimant has replaced.
EXCLUDED_STATUSES: frozenset[str] = frozenset({"wrong", "retracted", "superseded"})

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


def now() -> datetime:
    """The current time, in UTC."""
    return datetime.now(UTC)


documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("content_hash", sa.Text, nullable=False),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("doc_key", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.Text),
    sa.Column("language", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("duplicate_of", sa.Integer, sa.ForeignKey("documents.id")),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False, default=now),
    # 0002: readers' metadata, the language skip, duplicates
    sa.Column("author", sa.Text),
    sa.Column("site", sa.Text),
    sa.Column("record_offset", sa.BigInteger),
    sa.Column("format", sa.Text),
    sa.Column("skipped", sa.Text),
    sa.Column("duplicate_kind", sa.Text),
    sa.Column("minhash", sa.LargeBinary),
    sa.UniqueConstraint("doc_key", "content_hash", name="uq_documents_doc_key_content_hash"),
    sa.Index("ix_documents_published", "published"),
    sa.Index("ix_documents_content_hash", "content_hash"),
)

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False, unique=True),
    sa.Column("kind", sa.Text),
)

source_aliases = sa.Table(
    "source_aliases",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("alias", sa.Text, nullable=False, unique=True),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id"), nullable=False),
)

series = sa.Table(
    "series",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("key", sa.Text, nullable=False, unique=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("subject", sa.Text),
    sa.Column("measure", sa.Text),
    sa.Column("event", sa.Text),
    sa.Column("place", sa.Text),
    sa.Column("unit", sa.Text),
    sa.Column("flow", sa.Boolean, nullable=False, default=False),
    sa.Column("pinned", sa.Boolean, nullable=False, default=False),
    # 0003: a summary of the figures in force, refreshed by every write (refresh_series)
    sa.Column("figure_count", sa.Integer, nullable=False, default=0, server_default="0"),
    sa.Column("claimant_count", sa.Integer, nullable=False, default=0, server_default="0"),
    sa.Column("latest_as_of", sa.Text),
    # the series list's order and filter, read from the index alone (rows skipped by an offset
    # are never fetched)
    sa.Index("ix_series_latest_as_of", "latest_as_of", "id", "figure_count", "pinned"),
)

figures = sa.Table(
    "figures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("sentence", sa.Text, nullable=False),
    sa.Column("sentence_start", sa.Integer, nullable=False),
    sa.Column("low", sa.Float),
    sa.Column("high", sa.Float),
    sa.Column("qualifier", sa.Text, nullable=False),
    sa.Column("vague", sa.Boolean, nullable=False),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("object", sa.Text),
    sa.Column("unit", sa.Text),
    sa.Column("change", sa.Text),
    sa.Column("subject", sa.Text),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id")),
    sa.Column("source_text", sa.Text),
    sa.Column("role", sa.Text),
    sa.Column("via", sa.JSON, nullable=False),
    sa.Column("basis", sa.Text),
    sa.Column("hedge", sa.Text),
    sa.Column("as_of", sa.Text),
    sa.Column("stated_before", sa.Boolean, nullable=False),
    sa.Column("measure", sa.Text),
    sa.Column("event", sa.Text),
    sa.Column("flow", sa.Boolean, nullable=False),
    sa.Column("place", sa.Text),
    sa.Column("series_id", sa.Integer, sa.ForeignKey("series.id")),
    sa.Column("extractor_version", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, default=now),
    # 0002: a figure of a document that copies another (does not count as an independent claim)
    sa.Column("copy", sa.Boolean, nullable=False, default=False, server_default=sa.false()),
    # 0003: the corrected state (kept in step with the corrections) and the day it refers to
    sa.Column("current_status", sa.Text, nullable=False, default="active",
              server_default="active"),
    sa.Column("current_series_id", sa.Integer, sa.ForeignKey("series.id")),
    sa.Column("replaced", sa.Boolean, nullable=False, default=False, server_default=sa.false()),
    sa.Column("dated", sa.Text),
    sa.Index("ix_figures_document_id", "document_id"),
    sa.Index("ix_figures_series_id", "series_id"),
    sa.Index("ix_figures_source_id", "source_id", "dated", "id"),
    # a series' figures in order; the summaries' columns too, so that refreshing a series of
    # thousands of figures reads this index alone
    sa.Index("ix_figures_current_series_id", "current_series_id", "dated", "id",
             "current_status", "replaced", "source_id"),
    sa.Index("ix_figures_dated", "dated", "id"),
)

corrections = sa.Table(
    "corrections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("figure_id", sa.Integer, sa.ForeignKey("figures.id"), nullable=False),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("series_id", sa.Integer, sa.ForeignKey("series.id")),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("author", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, default=now),
    # 0003: the correction of a replaced figure this one repeats for its successor
    sa.Column("carried_from", sa.Integer, sa.ForeignKey("corrections.id")),
    sa.Index("ix_corrections_figure_id", "figure_id", "id"),
)

ingest_errors = sa.Table(
    "ingest_errors",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("origin", sa.Text, nullable=False),
    sa.Column("record", sa.Text),
    sa.Column("code", sa.Text, nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, default=now),
    sa.Column("record_offset", sa.BigInteger),
)


def in_force() -> sa.ColumnElement[bool]:
    """The condition that a figure is in force: its status not one of
    :data:`EXCLUDED_STATUSES`, not replaced by a re-extraction."""
    return sa.and_(figures.c.current_status.not_in(sorted(EXCLUDED_STATUSES)),
                   figures.c.replaced == sa.false())


def corrected_state(rows: Iterable[tuple[str, int | None]], series_id: int | None
                    ) -> tuple[str, int | None]:
    """A figure's status and series once its corrections (``(status, series_id)``, oldest first)
    are applied to the series it was resolved into: the last correction's status (``active``
    without any), the series of the last ``moved`` one (else ``series_id``)."""
    status = "active"
    for status, moved_to in rows:
        if status == "moved":
            series_id = moved_to
    return status, series_id


def dated(as_of: str | None, published: str | None) -> str | None:
    """The day (``YYYY-MM-DD``) a figure refers to: the last day of its as-of time (a day, a
    month, a year or ``start/end``), else its publication day; None when neither reads as a
    date."""
    for text in (as_of, published):
        if text:
            try:
                return _last_day(text.rpartition("/")[2]).isoformat()
            except ValueError:
                continue
    return None


def _last_day(text: str) -> date:
    parts = [int(p) for p in text[:10].split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    raise ValueError(text)


def refresh_series(conn: sa.Connection, ids: Iterable[int | None]) -> None:
    """Recompute the summary columns of the series ``ids`` (None and unknown ids ignored) from
    their figures in force, in the caller's transaction.

    The series rows are locked first, in id order (``SELECT ... FOR NO KEY UPDATE`` on
    PostgreSQL; SQLite has one writer at a time), and counted after: of two writers adding to
    one series, the second to lock it counts the first's figures, committed by then. The lock
    is the one the update itself takes, which does not wait for writers that only refer to the
    series (inserting its figures, a correction moving a figure to it): a stronger ``FOR
    UPDATE`` would, and two such writers would each wait for the other.
    """
    wanted = sorted({i for i in ids if i is not None})
    members = figures.c.current_series_id
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        conn.execute(sa.select(series.c.id).where(series.c.id.in_(chunk))
                     .order_by(series.c.id).with_for_update(key_share=True)).all()
        found = {row[0]: row[1:] for row in conn.execute(
            sa.select(members, sa.func.count(), sa.func.count(sa.distinct(figures.c.source_id)),
                      sa.func.max(figures.c.dated))
            .where(members.in_(chunk), in_force()).group_by(members))}
        conn.execute(
            sa.update(series).where(series.c.id == sa.bindparam("series_id")).values(
                figure_count=sa.bindparam("count"), claimant_count=sa.bindparam("claimants"),
                latest_as_of=sa.bindparam("latest")),
            [dict(zip(("series_id", "count", "claimants", "latest"),
                      (i, *found.get(i, (0, 0, None))), strict=True)) for i in chunk])


#: SQLite's full-text index of the figures' sentences and objects (migration 0004): an FTS5
#: trigram table kept in step by triggers. It and its shadow tables (``figures_text_data``, ...)
#: are outside :data:`metadata`.
TEXT_INDEX = "figures_text"


#: PostgreSQL's trigram indexes of the figures' sentences and objects (migration 0005, when the
#: server has the ``pg_trgm`` extension), for case-insensitive substring search (``ILIKE``).
#: They are outside :data:`metadata` too.
TRIGRAM_INDEXES: tuple[str, ...] = ("ix_figures_sentence_trgm", "ix_figures_object_trgm")


def outside_metadata(name: str | None, type_: str, _parent: object = None) -> bool:
    """Whether a database object is one the migrations keep outside :data:`metadata` (for
    Alembic's ``include_name``: those are left out of comparisons)."""
    if type_ == "index":
        return name in TRIGRAM_INDEXES
    return type_ == "table" and bool(name) and (
        name == TEXT_INDEX or str(name).startswith(f"{TEXT_INDEX}_"))


def database_url(url: str) -> str:
    """The SQLAlchemy URL of a ledger as given on the command line: a plain path is an SQLite
    file; ``postgresql://`` (and ``postgres://``) without a driver means psycopg 3
    (``postgresql+psycopg://``), the driver the ``postgres`` extra installs, where SQLAlchemy
    would pick psycopg2. Other URLs are kept as they are."""
    if "://" not in url:
        return f"sqlite:///{url}"
    scheme, _, rest = url.partition("://")
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return url


#: The PostgreSQL advisory lock :func:`migrate` holds while it migrates.
MIGRATION_LOCK = 7302641


@contextmanager
def _alembic_config() -> Iterator[Config]:
    """An Alembic configuration whose script location is the package's ``migrations``
    folder (no ``alembic.ini``)."""
    with as_file(files("reportedly") / "migrations") as location:
        config = Config()
        config.set_main_option("script_location", str(location))
        yield config


def head_revision() -> str:
    """The newest revision of the migrations shipped in the package."""
    from alembic.script import ScriptDirectory

    with _alembic_config() as config:
        return str(ScriptDirectory.from_config(config).get_current_head())


def migrate(engine: sa.Engine, revision: str = "head") -> None:
    """Bring the database up to ``revision`` with the migrations shipped in the package.

    No ``alembic.ini`` is needed: the script location is the package's ``migrations`` folder and
    the connection is handed to ``env.py`` through the config's attributes.

    On SQLite, migrations that change a constraint rebuild the table (Alembic's batch mode:
    copy, drop, rename), which enforced foreign keys would refuse while other tables refer to
    it. Foreign keys are off while the migrations run (the pragma cannot change inside a
    transaction, so it is set before), checked before the commit, and restored after.
    """
    with _alembic_config() as config:
        with engine.connect() as connection:
            sqlite = connection.dialect.name == "sqlite"
            if sqlite:
                enforced = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
                connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
                connection.commit()
            try:
                with connection.begin():
                    if connection.dialect.name == "postgresql":
                        # Two processes opening a fresh ledger at once: one migrates, the
                        # other waits.
                        connection.execute(sa.select(sa.func.pg_advisory_xact_lock(
                            MIGRATION_LOCK)))
                    config.attributes["connection"] = connection
                    command.upgrade(config, revision)
                    if sqlite:
                        _check_foreign_keys(connection)
            finally:
                if sqlite:
                    connection.exec_driver_sql(f"PRAGMA foreign_keys={'ON' if enforced else 'OFF'}")
                    connection.commit()


def _check_foreign_keys(connection: sa.Connection) -> None:
    """Refuse (roll back) a migration that left rows referring to nothing (SQLite)."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent, _ = broken[0]
        raise CommandError(f"migration left {len(broken)} rows with broken foreign keys "
                           f"(first: {table} row {rowid} refers to a missing {parent} row)")
