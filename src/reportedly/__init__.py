"""reportedly: a ledger of the figures in the news.

Who claimed how many of what, where, as of when, citing whom — every figure linked back to the
sentence it came from.
"""

from reportedly.model import Claim, Document, Figure, Series, Source
from reportedly.pipeline import EXTRACTOR_VERSION, Options, extract, extract_document

__all__ = [
    "EXTRACTOR_VERSION",
    "AddResult",
    "Claim",
    "Document",
    "Figure",
    "Ledger",
    "Options",
    "Series",
    "Source",
    "extract",
    "extract_document",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    """``Ledger`` and ``AddResult`` load on first use: SQLAlchemy and Alembic are slow to import."""
    if name in ("Ledger", "AddResult"):
        from reportedly import ledger

        return getattr(ledger, name)
    raise AttributeError(f"module 'reportedly' has no attribute {name!r}")
