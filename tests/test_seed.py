"""The seed article: exactly the nine expected figures, read from ../shared/seed/."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from reportedly import extract
from reportedly.clean import clean_page
from reportedly.names import aliases

FIELDS = ("low", "high", "qualifier", "object", "unit", "subject", "as_of")


def expected(seed_path) -> list[dict]:
    path = seed_path.with_name(seed_path.stem + ".expected.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def same_source(ours: str | None, theirs: str | None) -> bool:
    """Names may be written more fully; the canonical claimant must be the same."""
    if ours is None or theirs is None:
        return ours is theirs
    return aliases().resolve(ours).canonical == aliases().resolve(theirs).canonical


@pytest.fixture(scope="module")
def figures(seed_path):
    published, page = clean_page(seed_path.read_text(encoding="utf-8"))
    assert published == "2025-02-27"
    return page.text, [f for f in extract(page.text, published=published) if f.tracked]


def test_seed_yields_exactly_the_nine_expected_figures(figures, seed_path):
    text, found = figures
    want = expected(seed_path)
    assert [f.text for f in found] == [w["text"] for w in want]
    for fig, exp in zip(found, want, strict=True):
        for field in FIELDS:
            got = getattr(fig, field)
            assert got == exp[field], f"{exp['text']}: {field} {got!r} != {exp[field]!r}"
        assert same_source(fig.source, exp["source"]), (fig.text, fig.source, exp["source"])
        assert [aliases().resolve(v).canonical for v in fig.via] == [
            aliases().resolve(v).canonical for v in exp["via"]]
        assert text[fig.start:fig.end] == fig.text


def test_seed_figures_carry_basis_and_provenance(figures):
    _, found = figures
    by_text = {f.text: f for f in found}
    assert by_text["1,000 to 3,000 soldiers"].claim.basis == "anonymous sources"
    assert by_text["between 1,000 and 3,000 troops"].claim.basis == "its own sources"
    assert by_text["around 12,000 troops"].stated_before
    assert all(f.extractor.startswith("reportedly.rules/") for f in found)
    assert all(f.sentence_start <= f.start < f.end <= f.sentence_start + len(f.sentence)
               for f in found)


def test_seed_non_figures_are_not_extracted(figures):
    text, found = figures
    for phrase in ("2 minute read", "27/02/2025", "November 2024", "six months", "27 February"):
        assert not any(phrase in f.text or f.text in phrase for f in found), phrase
    assert "2 minute read" not in text


def test_extract_command_on_the_seed_prints_the_nine_figures(seed_path):
    """The acceptance command, run as a user would, in a real subprocess."""
    out = subprocess.run(
        [sys.executable, "-m", "reportedly", "extract", str(seed_path), "--format", "jsonl"],
        capture_output=True, text=True, check=True,
    ).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    want = expected(seed_path)
    assert len(rows) == 9
    for row, exp in zip(rows, want, strict=True):
        assert (row["text"], row["low"], row["high"], row["qualifier"], row["object"]) == (
            exp["text"], exp["low"], exp["high"], exp["qualifier"], exp["object"])
        assert same_source(row["source"], exp["source"])
        assert row["document"] == str(seed_path)
        assert row["published"] == "2025-02-27"
