"""Feeds: an RSS, Atom or RDF feed → one :class:`~reportedly.model.Document` per entry.

feedparser reads the feed from bytes (never from a URL or a path: fetching is
:mod:`reportedly.fetch`'s job). An entry's text is its content, else its summary, HTML turned into
text by :func:`reportedly.pages.html_to_text`; its origin is ``feed#N`` (N counts entries from 1).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

import feedparser

from reportedly.errors import InputError, input_error
from reportedly.model import Document
from reportedly.pages import html_to_text, language_code


def feed_documents(data: bytes, origin: str) -> Iterator[Document | InputError]:
    """One Document per entry of the feed in ``data`` (``format="feed"``).

    ``origin`` is the feed's path or URL. An entry without text is E103 (record ``#N``); a feed
    feedparser cannot read, with no entries, is E116. A feed that is merely empty yields nothing.
    """
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.bozo:
            reason = parsed.get("bozo_exception")
            detail = f"{type(reason).__name__}: {reason}" if reason else "unreadable"
            yield input_error(origin, "E116", detail)
        return
    channel = parsed.feed
    for number, entry in enumerate(parsed.entries, start=1):
        yield entry_document(entry, channel, origin, number)


def entry_document(entry: Any, channel: Any, origin: str, number: int) -> Document | InputError:
    """Entry ``number`` (from 1) of a parsed feed as a Document; ``channel`` is the feed's head."""
    record = f"#{number}"
    text = html_to_text(_body(entry))
    if not text:
        return input_error(origin, "E103", record=record)
    return Document(
        text=text,
        origin=f"{origin}{record}",
        title=entry.get("title") or None,
        url=entry.get("link") or None,
        published=published_day(entry),
        language=language_code(entry.get("language") or channel.get("language")),
        author=(entry.get("author_detail") or {}).get("name") or entry.get("author") or None,
        site=channel.get("title") or None,
        format="feed",
    )


def _body(entry: Any) -> str:
    """The entry's HTML: its longest content, else its summary."""
    contents = [item.get("value", "") for item in entry.get("content", [])]
    return max(contents, key=len, default="") or entry.get("summary", "")


def published_day(entry: Any) -> str | None:
    """The entry's publication (else update) day, ``YYYY-MM-DD``, in the feed's own time zone.

    feedparser's parsed times are in UTC, which moves a late-evening story to the next day; the
    date as written is read first, the UTC one is the fallback.
    """
    for key in ("published", "updated"):
        written = entry.get(key)
        day = _written_day(written) if isinstance(written, str) else None
        if day:
            return day
        parsed: time.struct_time | None = entry.get(f"{key}_parsed")
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def _written_day(value: str) -> str | None:
    """The day of an RFC 822 (RSS) or RFC 3339 (Atom) date-time, as written."""
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None
