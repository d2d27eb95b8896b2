"""The domain: documents, the figures stated in them, who claims them, and the series they track.

Everything here is plain data. Pipeline stages (``clean``, ``figures``, ``claimants``, ``timing``,
``series``) produce it; the ``store`` persists it; the CLI and web render it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Qualifier = Literal[
    "exact", "approximately", "more_than", "at_least", "at_most", "less_than", "range"
]
Kind = Literal["count", "measure", "money", "percent", "duration", "age", "other"]
Change = Literal["increase", "decrease"]

#: Kinds that are claims the ledger tracks. Durations and ages are found but not tracked.
TRACKED_KINDS: frozenset[str] = frozenset({"count", "measure", "money", "percent", "other"})


def content_hash(text: str) -> str:
    """A stable hash of a text, insensitive to case and whitespace differences."""
    normalized = re.sub(r"\s+", " ", text).strip().casefold()
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Document:
    """One article: its clean text and what is known about it.

    ``origin`` is where it came from (a path, ``path:line`` for a JSONL record, ``path@offset``
    for a WARC record, a fetched URL, or ``-``); ``id`` is the caller's identifier (the JSONL
    ``id``), else the origin. ``url`` is the page's own (canonical) address when known;
    ``offset`` the byte offset of its record in a container file (WARC); ``format`` what it was
    read from ("text", "seed", "html", "jsonl", "warc", "feed", "url").
    """

    text: str
    origin: str = "-"
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    author: str | None = None
    site: str | None = None
    offset: int | None = None
    format: str | None = None

    @property
    def name(self) -> str:
        """How the document is referred to in output: its id, else where it came from."""
        return self.id or self.origin

    @property
    def hash(self) -> str:
        return content_hash(self.text)


@dataclass(slots=True)
class Claim:
    """Who stands behind a figure and how it reached the article.

    ``source`` is the canonical claimant (``None`` when the article states the figure in its own
    voice); ``source_text`` is the name as written; ``via`` lists relays, nearest to the claimant
    first; ``basis`` is what an unnamed claimant rests on ("anonymous sources"); ``hedge`` is the
    word that weakens the claim ("estimate", "likely"); ``role`` is what the text says the
    claimant is ("head of the customs service").
    """

    source: str | None = None
    source_text: str | None = None
    role: str | None = None
    via: list[str] = field(default_factory=list)
    basis: str | None = None
    hedge: str | None = None


@dataclass(slots=True)
class Figure:
    """An amount of something a text states, located by character offsets into the clean text.

    The interval is ``[low, high]``; ``None`` is an open end. An exact figure has ``low == high``.
    """

    text: str
    start: int
    end: int
    low: float | None
    high: float | None
    qualifier: Qualifier = "exact"
    vague: bool = False
    kind: Kind = "count"
    object: str | None = None
    unit: str | None = None
    change: Change | None = None
    subject: str | None = None
    claim: Claim = field(default_factory=Claim)
    as_of: str | None = None
    stated_before: bool = False
    sentence: str = ""
    sentence_start: int = 0
    measure: str | None = None
    event: str | None = None
    flow: bool = False
    place: str | None = None
    extractor: str = ""

    @property
    def source(self) -> str | None:
        return self.claim.source

    @property
    def via(self) -> list[str]:
        return self.claim.via

    @property
    def tracked(self) -> bool:
        """Whether the ledger tracks this kind of figure (durations and ages it does not)."""
        return self.kind in TRACKED_KINDS

    def to_dict(self) -> dict[str, Any]:
        """The extract contract: one JSON object per figure (without the document keys)."""
        data = asdict(self)
        claim = data.pop("claim")
        data.update(claim)
        for key in ("low", "high"):
            value = data[key]
            if value is not None and float(value).is_integer():
                data[key] = int(value)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Figure:
        """A figure from its :meth:`to_dict` form (or a stored figure's, which has more keys:
        they are ignored; ``extractor_version`` stands for ``extractor``)."""
        claim = Claim(**{k: data[k] for k in _CLAIM_FIELDS if data.get(k) is not None})
        claim.via = list(claim.via)
        known = {k: data[k] for k in _FIGURE_FIELDS if k in data and data[k] is not None}
        if "extractor" not in known and data.get("extractor_version"):
            known["extractor"] = data["extractor_version"]
        return cls(**{"start": 0, "end": 0, "low": None, "high": None, **known}, claim=claim)


_CLAIM_FIELDS: tuple[str, ...] = tuple(Claim.__dataclass_fields__)
_FIGURE_FIELDS: tuple[str, ...] = tuple(f for f in Figure.__dataclass_fields__ if f != "claim")


@dataclass(slots=True)
class Source:
    """A claimant: a canonical name and the other names it goes by."""

    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None
    id: int | None = None


@dataclass(slots=True)
class Series:
    """Figures that measure the same quantity, followed across reports.

    ``pinned`` marks a series a watchlist rule names (key ``watch:<slug>``): figures go there
    by rule, not by automatic grouping.
    """

    key: str
    name: str
    subject: str | None = None
    measure: str | None = None
    event: str | None = None
    place: str | None = None
    unit: str | None = None
    flow: bool = False
    id: int | None = None
    pinned: bool = False
