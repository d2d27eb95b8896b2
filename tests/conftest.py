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
