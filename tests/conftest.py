"""Shared fixtures: the seed article the user gave us, and a fresh ledger."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from reportedly import store
from reportedly.ledger import Ledger

SEED_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "seed"
SEED_NAME = "000_b4cc277280d0d5c6.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The seed page. Missing seed is a broken checkout, so the test fails rather than skips."""
    path = SEED_DIR / SEED_NAME
    if not path.is_file():
        pytest.fail(f"seed article not found at {path} (expected ../shared/seed/ next to the repo)")
    return path


@pytest.fixture
def db_url(tmp_path) -> str:
    """A fresh database: an SQLite file, or the emptied PostgreSQL of REPORTEDLY_TEST_DB."""
    url = os.environ.get("REPORTEDLY_TEST_DB")
    if not url:
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        store.metadata.drop_all(conn)
        conn.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()
    return url


@pytest.fixture
def ledger(db_url):
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
