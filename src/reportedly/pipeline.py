"""The extraction pipeline: clean text in, attributed and dated figures out."""

from __future__ import annotations

from reportedly.model import Document, Figure

EXTRACTOR_VERSION = "reportedly.figures.rules.v1"


def extract(text: str, published: str | None = None, lang: str | None = None) -> list[Figure]:
    """Find the figures a text states, with their claimants and as-of times (placeholder)."""
    return []


def extract_document(doc: Document) -> list[Figure]:
    """Extract the figures of one document."""
    return extract(doc.text, published=doc.published, lang=doc.language)
