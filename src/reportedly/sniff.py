"""Sniff: what an input is, by its content, and decompression that stops at a size limit.

:func:`sniff` looks at the first bytes of an input (a file, standard input, an HTTP body) and
names its :class:`Format`; the file name is only a hint for what content alone cannot tell.
:func:`inflate` decompresses gzip or zlib data without ever holding more than ``limit + 1``
bytes of output, so a small file that expands to gigabytes (a "bomb") is refused cheaply.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import BinaryIO

#: The per-document limit, in bytes of decompressed content: files, WARC records, HTTP bodies.
MAX_BYTES = 20 * 1024 * 1024
#: How much of an input sniffing looks at, and the share of control characters in it above
#: which an input is taken for binary.
SNIFF_BYTES = 8192
MAX_CONTROL_SHARE = 0.1
#: Decompressor window bits: gzip only, and gzip or zlib (HTTP "deflate" is zlib-wrapped).
GZIP = 16 + zlib.MAX_WBITS
GZIP_OR_ZLIB = 32 + zlib.MAX_WBITS
CHUNK_BYTES = 64 * 1024

BOM = b"\xef\xbb\xbf"
#: Control bytes that are not text (tab, newline, carriage return, form feed, escape are text).
_CONTROL = frozenset(range(32)) - {9, 10, 11, 12, 13, 27}
_GZIP_MAGIC = b"\x1f\x8b"
_WARC_MAGIC = b"WARC/1."
_COMMENT = re.compile(rb"<!--.*?(?:-->|$)", re.DOTALL)
_TAG = re.compile(rb"<([!?]?[a-z][\w:.-]*)")
_SEED = re.compile(rb"date(?:[ \t]+\S*\d|[ \t]*(?:\r?\n|$))")
#: Root elements of feeds; elements that make a page HTML when they come first; and tags whose
#: presence anywhere in the first bytes does.
FEED_ROOTS = frozenset({b"rss", b"feed", b"rdf:rdf"})
HTML_ROOTS = frozenset(
    {b"html", b"head", b"body", b"article", b"meta", b"title", b"main", b"div", b"p", b"section"}
)
HTML_MARKERS = (b"<html", b"<head", b"<body", b"<article")
#: Media types of HTML pages.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


class Format(StrEnum):
    """What an input holds."""

    TEXT = "text"  # a text page
    SEED = "seed"  # a text page with the crawler's ``date YYYY-MM-DD`` header
    HTML = "html"
    JSONL = "jsonl"
    FEED = "feed"  # RSS, Atom or RDF
    WARC = "warc"
    WARC_GZ = "warc.gz"
    GZIP = "gzip"  # any other gzip data: decompress, then sniff again
    BINARY = "binary"


class LimitExceeded(Exception):
    """Decompressed data went past the limit."""


def sniff(head: bytes, name: str = "") -> Format:
    """The format of an input whose first bytes are ``head`` (``SNIFF_BYTES`` are enough).

    Magic numbers first (gzip, WARC), then binary data, markup (HTML or a feed, by its root
    element), JSON Lines (the first non-empty line is a JSON object), the seed header, and plain
    text. ``name`` is a hint: text in a ``.jsonl`` file is read as JSON Lines (so that a bad first
    record is reported as such).
    """
    if head.startswith(_GZIP_MAGIC):
        return Format.WARC_GZ if peek_gzip(head).startswith(b"WARC/") else Format.GZIP
    if head.startswith(_WARC_MAGIC):
        return Format.WARC
    head = head[:SNIFF_BYTES].removeprefix(BOM)
    if binary_reason(head):
        return Format.BINARY
    text = head.lstrip()
    markup = _markup(text) if text.startswith(b"<") else None
    if markup:
        return markup
    if _first_line_is_object(text):
        return Format.JSONL
    if name.lower().endswith(".jsonl"):
        return Format.JSONL
    return Format.SEED if _SEED.match(text) else Format.TEXT


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` looks binary (a NUL byte, too many control bytes), or ``None`` if it is text."""
    nul = data.find(b"\0")
    if nul >= 0:
        return f"NUL byte at offset {nul}"
    sample = data[:SNIFF_BYTES]
    control = sum(1 for byte in sample if byte in _CONTROL)
    if sample and control / len(sample) > MAX_CONTROL_SHARE:
        return f"{control} control bytes in the first {len(sample)}"
    return None


def _markup(text: bytes) -> Format | None:
    """HTML or a feed, by the first element of markup ``text``; ``None`` when it is neither."""
    lowered = _COMMENT.sub(b"", text.lower())
    for match in _TAG.finditer(lowered):
        name = match.group(1)
        if name == b"!doctype":
            if lowered[match.end() :].lstrip().startswith(b"html"):
                return Format.HTML
            continue
        if name.startswith((b"?", b"!")):
            continue
        if name in FEED_ROOTS:
            return Format.FEED
        if name in HTML_ROOTS:
            return Format.HTML
        break
    return Format.HTML if any(marker in lowered for marker in HTML_MARKERS) else None


def _first_line_is_object(text: bytes) -> bool:
    """Whether the first line of ``text`` (starting at a non-space) is a JSON object.

    A line cut off by the end of the sniffed bytes counts when it opens like an object.
    """
    line, newline, _ = text.partition(b"\n")
    if not newline and len(text) >= SNIFF_BYTES - len(BOM):
        return re.match(rb'\{\s*["}]', line) is not None
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, UnicodeDecodeError):
        return False


def peek_gzip(head: bytes, size: int = 64) -> bytes:
    """The first ``size`` bytes the gzip data ``head`` decompresses to (empty if it is corrupt)."""
    try:
        return zlib.decompressobj(GZIP).decompress(head, size)
    except zlib.error:
        return b""


def chunks(handle: BinaryIO, size: int = CHUNK_BYTES) -> Iterator[bytes]:
    """The bytes of an open binary file, ``size`` at a time."""
    while chunk := handle.read(size):
        yield chunk


def inflate(data: Iterable[bytes], limit: int, wbits: int = GZIP) -> bytes:
    """Decompress the gzip (or, with ``wbits``, zlib) stream ``data``, given in chunks.

    Concatenated gzip members are read one after the other. At most ``limit + 1`` bytes are ever
    decompressed: past ``limit``, :class:`LimitExceeded` is raised. Corrupt or truncated data
    raises :class:`zlib.error`.
    """
    out = bytearray()
    decompressor = zlib.decompressobj(wbits)
    started = False
    for chunk in data:
        pending = chunk
        while pending:
            if decompressor.eof:
                if not pending.strip(b"\0"):
                    break  # padding after the last member
                decompressor = zlib.decompressobj(wbits)
            started = True
            out += decompressor.decompress(pending, limit + 1 - len(out))
            if len(out) > limit:
                raise LimitExceeded(f"more than {limit} bytes")
            pending = decompressor.unused_data if decompressor.eof else decompressor.unconsumed_tail
    if started and not decompressor.eof:
        raise zlib.error("truncated compressed data")
    return bytes(out)


def media_type(value: str | None) -> tuple[str | None, str | None]:
    """A ``Content-Type`` value's media type and charset, lower case (``None`` when absent)."""
    if not value:
        return None, None
    media, *params = value.split(";")
    charset = None
    for param in params:
        key, _, found = param.partition("=")
        if key.strip().lower() == "charset":
            charset = found.strip().strip("\"'").lower() or None
    return media.strip().lower() or None, charset
