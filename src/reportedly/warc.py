"""WARC: web archives (plain or gzipped, any size) → one Document per archived HTML page.

Records are streamed with FastWARC, one at a time; a record's body is read only when it is an HTML
page, and never past the size limit. A page's origin is ``path@OFFSET``, where OFFSET is where its
record starts in the file (for a ``.warc.gz``, where its gzip member starts), so that it can be
found again. Requests, revisits, metadata, warcinfo records, non-HTML responses and error pages
yield nothing; :class:`WarcStats` counts them.

A damaged file (garbage between records, a cut-off end) gives one E115 error naming the offset of
the first bad record, after the pages before it; a page whose record is cut off is not yielded.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from reportedly.errors import InputError, input_error
from reportedly.model import Document
from reportedly.pages import html_document
from reportedly.sniff import GZIP, HTML_TYPES, MAX_BYTES, Format, chunks, media_type, sniff

#: The most a WARC record header may take.
MAX_HEADER_BYTES = 64 * 1024
_CONTENT_LENGTH = re.compile(rb"^content-length:\s*(\d+)\s*$", re.IGNORECASE | re.MULTILINE)

Result = Document | InputError


@dataclass(slots=True)
class WarcStats:
    """What reading WARC files found: records seen, pages yielded, records skipped by reason."""

    records: int = 0
    documents: int = 0
    errors: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


def read_warc(
    path: str, max_bytes: int = MAX_BYTES, stats: WarcStats | None = None
) -> Iterator[Result]:
    """The HTML pages archived in the WARC (or WARC.gz) file at ``path``, as Documents.

    ``max_bytes`` limits each page (its archived body and what it decompresses to): a larger
    record is E108 (E111 when only its decompressed body is too large), skipped without being
    read. ``stats``, when given, is updated as records are read.
    """
    try:
        handle = open(path, "rb")
    except OSError as error:
        yield input_error(path, "E107", error.strerror or str(error))
        return
    with handle:
        yield from read_warc_stream(handle, path, max_bytes, stats)


def read_warc_stream(
    stream: BinaryIO, origin: str, max_bytes: int = MAX_BYTES, stats: WarcStats | None = None
) -> Iterator[Result]:
    """The HTML pages in a seekable binary WARC stream; ``origin`` names it in results."""
    stats = stats if stats is not None else WarcStats()
    compressed = stream.read(2) == b"\x1f\x8b"
    stream.seek(0)
    pending: tuple[int, Result] | None = None  # the last record's, held back until it is whole
    last: int | None = None
    failure = None
    try:
        for record in ArchiveIterator(stream, parse_http=True, auto_decode="all"):
            last = record.stream_pos
            stats.records += 1
            if pending is not None:
                yield _counted(pending[1], stats)
            result = record_result(record, origin, max_bytes, stats)
            pending = (last, result) if result is not None else None
    except (OSError, ValueError) as error:
        failure = str(error) or type(error).__name__
    damage = damaged_at(stream, last or 0, compressed)
    if pending is not None and pending[0] != damage:
        yield _counted(pending[1], stats)
    if damage is not None or failure:
        yield _counted(_damage_error(origin, damage, failure, last), stats)


def _counted(result: Result, stats: WarcStats) -> Result:
    if isinstance(result, Document):
        stats.documents += 1
    else:
        stats.errors += 1
    return result


def _damage_error(
    origin: str, damage: int | None, failure: str | None, last: int | None
) -> InputError:
    if damage is None:  # the damage could not be located: say after which record it was found
        where = f" after the record at offset {last}" if last is not None else ""
        return input_error(origin, "E115", f"{failure}{where}")
    return input_error(origin, "E115", failure or "truncated record", record=f"@{damage}")


def record_result(
    record: WarcRecord, origin: str, max_bytes: int, stats: WarcStats
) -> Result | None:
    """The Document of one WARC record, its error, or ``None`` for a record that is not a page."""
    kind = record.record_type
    if kind == WarcRecordType.response:
        status = record.http_headers.status_code if record.is_http else None
        if status is None or not 200 <= status < 300:
            return _skip(stats, f"HTTP {status}" if status else "not HTTP")
        content_type, charset = record.http_content_type, record.http_charset
    elif kind == WarcRecordType.resource:
        content_type, charset = media_type(record.headers.get("Content-Type"))
    else:
        return _skip(stats, str(kind))
    media = (content_type or "").split(";")[0].strip().lower()
    if media and media not in HTML_TYPES:
        return _skip(stats, "not HTML")
    offset = record.stream_pos
    where = f"@{offset}"
    if record.content_length > max_bytes:
        detail = f"{record.content_length} bytes, limit {max_bytes}"
        return input_error(origin, "E108", detail, where)
    body = record.reader.read(max_bytes + 1)
    if len(body) > max_bytes:
        return input_error(origin, "E111", f"more than {max_bytes} bytes", where)
    if not media and sniff(body) != Format.HTML:
        return _skip(stats, "not HTML")
    url = record.headers.get("WARC-Target-URI")
    document = html_document(body, f"{origin}{where}", url=url, charset=charset)
    if isinstance(document, InputError):
        return replace(document, origin=origin, record=where)
    return replace(document, format="warc", offset=offset)


def _skip(stats: WarcStats, reason: str) -> None:
    stats.skipped[reason] += 1


# --- damage --------------------------------------------------------------------------------------


def damaged_at(stream: BinaryIO, start: int, compressed: bool) -> int | None:
    """Where the archive is cut off or corrupt, at or after the record starting at ``start``.

    ``None`` when every record from ``start`` on is whole (or when ``start`` is not the start of
    a record, as in a WARC gzipped as a single member, and nothing can be told).
    """
    if compressed:
        return _bad_gzip_member(stream, start)
    end = _record_end(stream, start)
    if end is None:
        return start
    stream.seek(0, 2)
    size = stream.tell()
    if size < end - 4:  # the body is cut (the blank line that ends a record may be missing)
        return start
    stream.seek(end)
    rest = stream.read(MAX_HEADER_BYTES)
    return end if rest.strip() else None


def _record_end(stream: BinaryIO, start: int) -> int | None:
    """Where the uncompressed record at ``start`` ends, from its header; ``None`` if unreadable."""
    stream.seek(start)
    head = stream.read(MAX_HEADER_BYTES)
    blank = head.find(b"\r\n\r\n")
    length = _CONTENT_LENGTH.search(head, 0, blank) if blank >= 0 else None
    if not head.startswith(b"WARC/") or length is None:
        return None
    return start + blank + 4 + int(length.group(1)) + 4


def _bad_gzip_member(stream: BinaryIO, start: int) -> int | None:
    """The offset of the first corrupt or incomplete gzip member at or after ``start``."""
    stream.seek(start)
    if stream.read(2) != b"\x1f\x8b":
        return None
    stream.seek(start)
    member = offset = start
    decompressor = zlib.decompressobj(GZIP)
    for chunk in chunks(stream):
        data = chunk
        while data:
            if decompressor.eof:
                if not data.strip(b"\0"):
                    return None  # padding after the last member
                decompressor = zlib.decompressobj(GZIP)
                member = offset
            try:
                decompressor.decompress(data, 64 * 1024)
            except zlib.error:
                return member
            rest = decompressor.unused_data if decompressor.eof else decompressor.unconsumed_tail
            offset += len(data) - len(rest)
            data = rest
    return None if decompressor.eof else member
