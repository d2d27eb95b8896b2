"""Shared fixtures: the seed article the user gave us, and a fresh ledger.

The suite runs on SQLite files, or, with ``REPORTEDLY_TEST_DB`` set to a PostgreSQL URL
(``postgresql://user:pass@host/db``; ``make test`` sets it from ``REPORTEDLY_TEST_POSTGRES``), on
that database: every test that stores anything asks for a ledger through :func:`db_url` (or
:func:`fresh_db`), emptied for it. Tests about SQLite itself (its files, ``:memory:``, the
default path) are marked ``sqlite_only`` and skipped on PostgreSQL; tests that need PostgreSQL
(several processes writing at once) are marked ``postgres_only`` and skipped on SQLite.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from reportedly import store
from reportedly.ledger import Ledger

SEED_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "seed"
SEED_NAME = "000_b4cc277280d0d5c6.txt"

#: The PostgreSQL database the suite runs on, as given; None: SQLite files.
POSTGRES: str | None = os.environ.get("REPORTEDLY_TEST_DB") or None


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about SQLite itself; skipped when the suite runs on PostgreSQL")
    config.addinivalue_line(
        "markers", "postgres_only: needs PostgreSQL (REPORTEDLY_TEST_DB); skipped on SQLite")


def pytest_report_header(config: pytest.Config) -> str:
    if not POSTGRES:
        return "ledgers: SQLite files"
    shown = sa.make_url(store.database_url(POSTGRES)).render_as_string(hide_password=True)
    return f"ledgers: PostgreSQL, {shown}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if POSTGRES:
        marker, skip = "sqlite_only", pytest.mark.skip(reason="about SQLite: in the SQLite pass")
    else:
        marker, skip = "postgres_only", pytest.mark.skip(
            reason="needs PostgreSQL: set REPORTEDLY_TEST_POSTGRES (make test)")
    for item in items:
        if marker in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The seed page. Missing seed is a broken checkout, so the test fails rather than skips."""
    path = SEED_DIR / SEED_NAME
    if not path.is_file():
        pytest.fail(f"seed article not found at {path} (expected ../shared/seed/ next to the repo)")
    return path


_engines: dict[str, sa.Engine] = {}


HEAD = store.head_revision()


def empty_postgres(url: str, *, keep_schema: bool = True) -> str:
    """Empty the PostgreSQL ledger at ``url`` (in the schema its connections create in,
    ``current_schema()``); ``url`` is returned.

    A ledger at the newest revision keeps its tables: their rows are deleted and their ids
    start at 1 again (a few milliseconds; the migrations from nothing take ~150 ms), unless
    ``keep_schema`` is False. Otherwise every table of the schema is dropped, ``alembic_version``
    and what the migrations keep outside the metadata with them, so that opening the ledger
    migrates from nothing.
    """
    engine = _engines.get(url)
    if engine is None:
        engine = _engines[url] = sa.create_engine(store.database_url(url), poolclass=sa.NullPool)
    with engine.begin() as conn:
        conn.execute(sa.text("SET LOCAL lock_timeout = '20s'"))  # a leaked session: fail, not hang
        names = set(conn.execute(sa.text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
        tables = [t.name for t in store.metadata.sorted_tables]
        if keep_schema and names == {*tables, "alembic_version"} and conn.execute(sa.text(
                "SELECT version_num FROM alembic_version")).scalars().all() == [HEAD]:
            for name in reversed(tables):
                conn.execute(sa.text(f"DELETE FROM {name}"))
            conn.execute(sa.text("SELECT " + ", ".join(
                f"setval(pg_get_serial_sequence('{name}', 'id'), 1, false)" for name in tables)))
        elif names:
            conn.execute(sa.text("DROP TABLE IF EXISTS "
                                 + ", ".join(f'"{name}"' for name in sorted(names))
                                 + " CASCADE"))
    return url


@pytest.fixture
def db_url(tmp_path) -> str:
    """A fresh ledger: an SQLite file, or the emptied PostgreSQL of REPORTEDLY_TEST_DB (at the
    newest revision, or empty of tables)."""
    if not POSTGRES:
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    return empty_postgres(POSTGRES)


@pytest.fixture
def empty_db_url(tmp_path) -> str:
    """A database without any table, for tests of the migrations: an SQLite file, or the
    PostgreSQL of REPORTEDLY_TEST_DB with every table dropped."""
    if not POSTGRES:
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    return empty_postgres(POSTGRES, keep_schema=False)


@pytest.fixture(scope="session")
def fresh_db(tmp_path_factory) -> Callable[[str], str]:
    """A factory of fresh, empty ledgers beside :func:`db_url`'s, by name, for a ledger that
    outlives one test (a module's): an SQLite file, or on PostgreSQL the schema ``t_NAME`` of
    REPORTEDLY_TEST_DB's database (created if missing, emptied), which the URL's connections
    create in and read from (``options=-csearch_path=t_NAME``)."""
    def fresh(name: str) -> str:
        if not POSTGRES:
            return f"sqlite:///{tmp_path_factory.mktemp(name) / 'ledger.db'}"
        schema = f"t_{name}"
        engine = sa.create_engine(store.database_url(POSTGRES), poolclass=sa.NullPool)
        with engine.begin() as conn:
            conn.execute(sa.text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
        engine.dispose()
        url = sa.make_url(POSTGRES).update_query_dict({"options": f"-csearch_path={schema}"})
        return empty_postgres(url.render_as_string(hide_password=False))

    return fresh


def copy_ledger(source: str, target: str) -> str:
    """Copy the ledger at ``source`` into the empty database ``target``, row for row (ids
    kept; on PostgreSQL the id sequences are moved past them); ``target`` is returned."""
    with Ledger(source) as src, Ledger(target) as dst:
        with src.engine.connect() as read, dst.engine.begin() as write:
            for table in store.metadata.sorted_tables:
                rows = [dict(row._mapping)
                        for row in read.execute(sa.select(table).order_by(table.c.id))]
                if rows:
                    write.execute(sa.insert(table), rows)
                if write.dialect.name == "postgresql":
                    write.execute(sa.text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"coalesce(max(id), 0) + 1, false) FROM {table.name}"))
    return target


@pytest.fixture
def ledger(db_url) -> Iterator[Ledger]:
    with Ledger(db_url) as opened:
        yield opened


# -- the web app: a real server on a free port, over a real ledger --------------------------------


DEMO_CORPUS = Path(__file__).resolve().parents[1] / "src" / "reportedly" / "data" / "demo.jsonl"
#: The corrections token the test servers are configured with.
TOKEN = "test-token-0123456789abcdef"


def build_demo(url: str) -> None:
    """The demo ledger (``reportedly demo``'s corpus) at ``url``."""
    from reportedly.ingest import read_documents

    with Ledger(url) as ledger:
        outcomes = list(ledger.ingest(read_documents([str(DEMO_CORPUS)])))
    assert outcomes and not [o for o in outcomes if o.status == "failed"]


class LiveServer:
    """The web app served by uvicorn in a thread; ``url`` is its base address."""

    def __init__(self, db: str, token: str | None, page_size: int = 50) -> None:
        import threading
        import time

        import uvicorn

        from reportedly.web import create_app

        app = create_app(db, token=token, page_size=page_size)
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning",
                                lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def demo_db(db_url) -> str:
    build_demo(db_url)
    return db_url


@pytest.fixture
def server(demo_db):
    """A server over the demo ledger that takes corrections with :data:`TOKEN`."""
    live = LiveServer(demo_db, TOKEN)
    yield live
    live.stop()


@pytest.fixture
def read_only_server(demo_db):
    live = LiveServer(demo_db, None)
    yield live
    live.stop()


def schema_drift(conn: sa.Connection) -> list[object]:
    """How the database behind ``conn`` differs from :data:`reportedly.store.metadata`
    (Alembic's autogenerate comparison; the text index, outside the metadata, left out)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    context = MigrationContext.configure(conn, opts={
        "include_name": lambda name, type_, parent: not store.outside_metadata(name, type_)})
    return list(compare_metadata(context, store.metadata))


def break_extraction(monkeypatch: pytest.MonkeyPatch, fails: Callable[[object], bool],
                     error: BaseException) -> None:
    """Make :func:`reportedly.pipeline.extract_document` raise ``error`` for the documents
    ``fails`` picks (fault injection: the others are extracted for real)."""
    from reportedly import pipeline

    real = pipeline.extract_document

    def extract(doc):  # type: ignore[no-untyped-def]
        if fails(doc):
            raise error
        return real(doc)

    monkeypatch.setattr(pipeline, "extract_document", extract)
