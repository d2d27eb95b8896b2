"""Shared fixtures: the seed article the user gave us."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "seed"
SEED_NAME = "000_b4cc277280d0d5c6.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The seed page. Missing seed is a broken checkout, so the test fails rather than skips."""
    path = SEED_DIR / SEED_NAME
    if not path.is_file():
        pytest.fail(f"seed article not found at {path} (expected ../shared/seed/ next to the repo)")
    return path
