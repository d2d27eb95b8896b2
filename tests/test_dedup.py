"""Duplicates: exact and near copies, their signatures, and the index rebuilt from a ledger."""

from __future__ import annotations

import numpy as np
import sqlalchemy as sa

from articles import NEAR, ORIGINAL, SAME_TOPIC
from reportedly import dedup, store
from reportedly.ledger import Ledger
from reportedly.model import Claim, Document, Figure, content_hash


def page(text: str, url: str) -> Document:
    return Document(text=text, origin=url, url=url, published="2026-03-03", format="url")


def said(text: str, figure: str, source: str = "the regional emergency office") -> Figure:
    """A figure as the extractor would find it, where ``figure`` first occurs in ``text``."""
    start = text.index(figure)
    return Figure(text=figure, start=start, end=start + len(figure), low=1, high=1,
                  object="people", claim=Claim(source=source), sentence=figure)


# -- the measures ------------------------------------------------------------------------------


def test_exact_copies_hash_the_same_whatever_the_case_and_spacing():
    assert content_hash(ORIGINAL) == content_hash("  " + ORIGINAL.upper().replace(" ", "\n "))
    assert content_hash(ORIGINAL) != content_hash(NEAR)


def test_a_syndicated_copy_is_near_and_an_article_on_the_same_topic_is_not():
    # new headline, a byline, two sentences reworded: most 5-word runs are still shared
    assert dedup.jaccard(ORIGINAL, NEAR) >= dedup.NEAR
    # the same flood, the same places and office, in other words
    assert dedup.jaccard(ORIGINAL, SAME_TOPIC) < 0.1
    assert dedup.jaccard(NEAR, SAME_TOPIC) < 0.1


def test_shingles():
    assert dedup.shingles("The river, the RIVER.") == {"the river the river"}
    assert dedup.shingles("one two three four five six") == {
        "one two three four five", "two three four five six"}
    assert dedup.shingles("— 2 —") == {"2"}
    assert dedup.shingles("…") == set() and dedup.signature("…") is None
    assert dedup.jaccard("…", "…") == 0.0


def test_signatures_round_trip_through_bytes():
    minhash = dedup.signature(ORIGINAL)
    data = dedup.to_bytes(minhash)
    assert isinstance(data, bytes) and len(data) == dedup.SIGNATURE_BYTES
    back = dedup.from_bytes(data)
    assert np.array_equal(back.hashvalues, minhash.hashvalues)
    assert back.jaccard(minhash) == 1.0
    assert back.jaccard(dedup.signature(NEAR)) == minhash.jaccard(dedup.signature(NEAR))
    # no signature, or one made with other settings: computed again
    assert dedup.from_bytes(None) is None
    assert dedup.from_bytes(data[:-4]) is None


def test_the_index_finds_candidates_for_the_copy_only():
    index = dedup.Index([(1, dedup.signature(ORIGINAL))])
    assert len(index) == 1
    assert index.candidates(dedup.signature(NEAR)) == [1]
    assert index.candidates(dedup.signature(SAME_TOPIC)) == []
    assert dedup.Index().candidates(dedup.signature(NEAR)) == []


# -- in the ledger -----------------------------------------------------------------------------


def test_exact_and_near_copies_are_stored_and_linked(db_url):
    with Ledger(db_url) as ledger:
        first = ledger.add(page(ORIGINAL, "https://valley.example/floods"),
                           [said(ORIGINAL, "more than 4,200 people")])
        exact = ledger.add(page(ORIGINAL, "https://wire.example/varden"),
                           [said(ORIGINAL, "more than 4,200 people")])
        near = ledger.add(page(NEAR, "https://north.example/floods"),
                          [said(NEAR, "more than 4,200 people"),
                           said(NEAR, "Thousands evacuated", source="Northern Wire")])
        other = ledger.add(page(SAME_TOPIC, "https://farm.example/losses"),
                           [said(SAME_TOPIC, "4,200 people")])
        assert (first.duplicate_of, first.duplicate_kind) == (None, None)
        assert (exact.duplicate_of, exact.duplicate_kind) == (first.document_id, "exact")
        assert (near.duplicate_of, near.duplicate_kind) == (first.document_id, "near")
        assert (other.duplicate_of, other.duplicate_kind) == (None, None)
        copies = {(c["document"], c["text"]): c["copy"] for c in ledger.claims()}
    assert copies == {
        ("https://valley.example/floods", "more than 4,200 people"): False,
        ("https://wire.example/varden", "more than 4,200 people"): True,
        ("https://north.example/floods", "more than 4,200 people"): True,
        # the copy's own headline figure is not in the original: it counts on its own
        ("https://north.example/floods", "Thousands evacuated"): False,
        ("https://farm.example/losses", "4,200 people"): False,
    }


def test_a_near_copy_with_other_figures_keeps_them(ledger):
    template = ("The defence ministry said air defences shot down {} drones overnight over the "
                "border regions, and that no one was hurt.")
    yesterday, today = template.format(45), template.format(32)
    assert dedup.jaccard(yesterday, today) >= dedup.NEAR  # the same words, another number
    ledger.add(page(yesterday, "https://mod.example/1"), [said(yesterday, "45 drones")])
    result = ledger.add(page(today, "https://mod.example/2"), [said(today, "32 drones")])
    assert result.duplicate_kind == "near"
    assert [c["copy"] for c in ledger.claims()] == [False, False]


def test_the_index_rebuilt_from_the_ledger_finds_a_copy_from_an_earlier_run(db_url):
    with Ledger(db_url) as ledger:
        original = ledger.add(page(ORIGINAL, "https://valley.example/floods"), [])
    with Ledger(db_url) as ledger:  # a new run: the index comes from the stored signatures
        near = ledger.add(page(NEAR, "https://north.example/floods"), [])
        assert len(ledger._index) == 1
    assert (near.duplicate_of, near.duplicate_kind) == (original.document_id, "near")


def test_an_original_another_writer_stored_since_the_index_was_built_is_found(db_url):
    """Two ledgers on one database, as two processes: each store takes in the originals the
    other stored since (once each: its own are indexed as it stores them)."""
    with Ledger(db_url) as first, Ledger(db_url) as second:
        first.add(page(SAME_TOPIC, "https://farm.example/losses"), [])  # first's index: built
        second.add(page("A short note.", "https://note.example/1"), [])
        original = second.add(page(ORIGINAL, "https://valley.example/floods"), [])
        near = first.add(page(NEAR, "https://north.example/floods"), [])
        assert (near.duplicate_of, near.duplicate_kind) == (original.document_id, "near")
        first.add(page("Another note.", "https://note.example/2"), [])
        assert len(first._index) == 4  # its two originals and second's two, each once
        second.add(page("A third note.", "https://note.example/3"), [])
        assert len(second._index) == 5


def test_documents_stored_without_a_signature_get_one_when_the_index_is_built(db_url):
    with Ledger(db_url) as ledger:
        original = ledger.add(page(ORIGINAL, "https://valley.example/floods"), [])
        with ledger.engine.begin() as conn:  # as a ledger from before migration 0002 has it
            conn.execute(sa.update(store.documents).values(minhash=None))
    with Ledger(db_url) as ledger:
        near = ledger.add(page(NEAR, "https://north.example/floods"), [])
        assert near.duplicate_of == original.document_id
        with ledger.engine.connect() as conn:
            stored = conn.execute(sa.select(store.documents.c.minhash).where(
                store.documents.c.id == original.document_id)).scalar_one()
    assert dedup.from_bytes(stored).jaccard(dedup.signature(ORIGINAL)) == 1.0


def test_copies_are_not_indexed_and_originals_are(db_url):
    with Ledger(db_url) as ledger:
        ledger.add(page(ORIGINAL, "https://valley.example/floods"), [])
        ledger.add(page(NEAR, "https://north.example/floods"), [])
        ledger.add(page(SAME_TOPIC, "https://farm.example/losses"), [])
        assert len(ledger._index) == 2
    with Ledger(db_url) as ledger:
        ledger.add(page("A short note.", "https://note.example/1"), [])
        assert len(ledger._index) == 3  # rebuilt: the two originals, then the note
