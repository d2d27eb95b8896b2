"""Ingest: read inputs into :class:`~reportedly.model.Document` objects.

An input is a file path, a directory (walked recursively), ``-`` for standard input, or an
``http(s)://`` URL; ``urls_file`` names a file of URLs. What a file holds is told by its content
(:mod:`reportedly.sniff`), not its name: a text page (optionally with the seed ``date`` header),
an HTML page (:mod:`reportedly.pages`), JSON Lines (one record a line), an RSS/Atom feed
(:mod:`reportedly.feeds`, one Document per entry), a WARC or WARC.gz web archive
(:mod:`reportedly.warc`, one Document per archived page), or any of these gzipped. URLs are
fetched by :mod:`reportedly.fetch`. Each document is limited to ``max_bytes`` of decompressed
content. A bad input never stops a batch: it becomes an :class:`~reportedly.errors.InputError`
yielded in its place, and reading goes on.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any, BinaryIO, TextIO
from urllib.parse import urlsplit

import httpx

from reportedly.clean import clean_page, is_iso_date, normalize
from reportedly.errors import InputError, input_error
from reportedly.feeds import feed_documents
from reportedly.fetch import Fetched, Fetcher, is_url
from reportedly.model import Document
from reportedly.pages import decode_html, html_document
from reportedly.sniff import (
    BOM,
    HTML_TYPES,
    MAX_BYTES,
    SNIFF_BYTES,
    Format,
    LimitExceeded,
    binary_reason,
    chunks,
    inflate,
    sniff,
)
from reportedly.warc import read_warc_stream

#: Record keys copied onto the Document as they are (when they are strings).
RECORD_FIELDS = ("url", "title", "language")
#: Media types of feeds, as servers label them.
FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})

Result = Document | InputError


def read_documents(
    paths: Iterable[str | os.PathLike[str]],
    stdin: TextIO | BinaryIO | None = None,
    max_bytes: int = MAX_BYTES,
    urls_file: str | os.PathLike[str] | None = None,
    client: httpx.Client | None = None,
) -> Iterator[Result]:
    """Read every input named in ``paths``, then every URL in ``urls_file``.

    Yields a Document or an InputError for each document, in order. ``-`` reads ``stdin``
    (``sys.stdin`` by default); a directory is walked recursively in sorted order, hidden entries
    skipped; a name starting with ``http://`` or ``https://`` is fetched. ``urls_file`` has one
    URL a line; blank lines and lines starting with ``#`` are skipped. ``client`` is the
    ``httpx.Client`` to fetch with (the caller's to close); by default one is made, and closed
    when reading ends. ``max_bytes`` limits each document's decompressed size.
    """
    fetcher = Fetcher(client, max_bytes)
    try:
        for name in paths:
            path = os.fspath(name)
            if path == "-":
                source = stdin if stdin is not None else sys.stdin
                yield from read_stream(source, max_bytes=max_bytes)
            elif is_url(path):
                yield from read_url(path, fetcher)
            elif os.path.isdir(path):
                for entry in walk(path):
                    if isinstance(entry, InputError):
                        yield entry
                    else:
                        yield from read_file(entry, max_bytes)
            else:
                yield from read_file(path, max_bytes)
        if urls_file is not None:
            for url in read_url_list(os.fspath(urls_file), max_bytes):
                if isinstance(url, InputError):
                    yield url
                else:
                    yield from read_url(url, fetcher)
    finally:
        fetcher.close()


def walk(directory: str) -> Iterator[str | InputError]:
    """The files under ``directory``, recursively, in sorted order; hidden entries are skipped.

    Symbolic links to directories are not followed. A directory that cannot be listed yields an
    E107 error.
    """
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield input_error(directory, "E107", error.strerror or str(error))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(directory, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from walk(path)
        elif entry.is_symlink() and entry.is_dir():
            yield input_error(path, "E107", "symbolic link to a directory, not followed")
        else:
            yield path


def read_file(path: str, max_bytes: int = MAX_BYTES) -> Iterator[Result]:
    """Read one file, whatever it holds (see :func:`reportedly.sniff.sniff`).

    A WARC file is streamed record by record, whatever its size; a gzip file is decompressed up
    to ``max_bytes`` (E111 beyond); any other file larger than ``max_bytes`` is E108.
    """
    handle = _open(path)
    if isinstance(handle, InputError):
        yield handle
        return
    with handle:
        try:
            head = handle.read(SNIFF_BYTES)
        except OSError as error:
            yield input_error(path, "E107", error.strerror or str(error))
            return
        kind = sniff(head, path)
        if kind in (Format.WARC, Format.WARC_GZ):
            handle.seek(0)
            yield from read_warc_stream(handle, path, max_bytes)
            return
        if kind is Format.JSONL:
            handle.seek(0)
            yield from stream_jsonl(handle, path, max_bytes)
            return
        if kind is Format.GZIP:
            handle.seek(0)
            if _gzipped_jsonl(handle, path):
                with gzip.GzipFile(fileobj=handle) as inner:
                    yield from stream_jsonl(inner, path, max_bytes)
                return
            handle.seek(0)
            yield from _gunzipped(chunks(handle), path, max_bytes)
            return
        data = _whole(handle, head, path, max_bytes)
    if isinstance(data, InputError):
        yield data
    else:
        yield from read_data(data, path, kind, max_bytes)


def _open(path: str) -> BinaryIO | InputError:
    """A regular file opened for reading, or the error that prevents it."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return input_error(path, "E100")
    except OSError as error:
        return input_error(path, "E107", error.strerror or str(error))
    if not stat.S_ISREG(info.st_mode):
        return input_error(path, "E107", "not a regular file")
    try:
        return open(path, "rb")
    except OSError as error:
        return input_error(path, "E107", error.strerror or str(error))


def _whole(handle: BinaryIO, head: bytes, path: str, max_bytes: int) -> bytes | InputError:
    """All of an open file, ``head`` being what was already read of it; E108 past the limit."""
    size = os.fstat(handle.fileno()).st_size
    if size > max_bytes:
        return input_error(path, "E108", f"{size} bytes, limit {max_bytes}")
    try:
        data = head + handle.read(max_bytes + 1 - len(head))
    except OSError as error:
        return input_error(path, "E107", error.strerror or str(error))
    if len(data) > max_bytes:  # the file grew while it was read
        return input_error(path, "E108", f"more than {max_bytes} bytes")
    return data


def read_bytes(path: str, max_bytes: int = MAX_BYTES) -> bytes | InputError:
    """The bytes of a regular file, or the error that prevents reading them."""
    handle = _open(path)
    if isinstance(handle, InputError):
        return handle
    with handle:
        return _whole(handle, b"", path, max_bytes)


def read_data(
    data: bytes, origin: str, kind: Format, max_bytes: int = MAX_BYTES
) -> Iterator[Result]:
    """The documents in ``data`` (a file, standard input, a fetched body) of format ``kind``."""
    if kind is Format.HTML:
        yield html_document(data, origin)
    elif kind is Format.FEED:
        yield from feed_documents(data, origin)
    elif kind is Format.JSONL:
        yield from parse_jsonl(data, origin)
    elif kind in (Format.WARC, Format.WARC_GZ):
        yield from read_warc_stream(io.BytesIO(data), origin, max_bytes)
    elif kind is Format.GZIP:
        yield from _gunzipped([data], origin, max_bytes, nested=True)
    elif kind is Format.BINARY:
        yield input_error(origin, "E102", binary_reason(data) or "binary data")
    else:
        yield page_document(data, origin)


def _gunzipped(
    data: Iterable[bytes], origin: str, max_bytes: int, nested: bool = False
) -> Iterator[Result]:
    """The documents in gzip data (given in chunks), decompressed up to ``max_bytes``.

    Gzip data inside gzip data is refused (E102): a file that decompresses to itself must not
    be read forever.
    """
    try:
        content = inflate(data, max_bytes)
    except LimitExceeded:
        yield input_error(origin, "E111", f"more than {max_bytes} bytes once decompressed")
        return
    except zlib.error as error:
        yield input_error(origin, "E107", f"bad gzip data: {error}")
        return
    except OSError as error:
        yield input_error(origin, "E107", error.strerror or str(error))
        return
    name = origin.removesuffix(".gz").removesuffix(".GZ")
    kind = sniff(content[:SNIFF_BYTES], name)
    if kind is Format.GZIP and nested:
        yield input_error(origin, "E102", "gzip data inside gzip data")
    else:
        yield from read_data(content, origin, kind, max_bytes)


def read_stream(stream: TextIO | BinaryIO, max_bytes: int = MAX_BYTES) -> Iterator[Result]:
    """Read standard input (or any stream), whatever it holds; results have origin ``-``."""
    source: Any = getattr(stream, "buffer", stream)
    data = source.read(max_bytes + 1)
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    if len(data) > max_bytes:
        yield input_error("-", "E108", f"more than {max_bytes} bytes")
    else:
        yield from read_data(data, "-", sniff(data[:SNIFF_BYTES]), max_bytes)


# --- URLs ----------------------------------------------------------------------------------------


def read_url_list(path: str, max_bytes: int = MAX_BYTES) -> Iterator[str | InputError]:
    """The URLs listed in a file, one a line; blank lines and ``#`` comments are skipped.

    A line that is not an http(s) URL is E119 (record: its line number).
    """
    data = read_bytes(path, max_bytes)
    text = decode(data, path) if isinstance(data, bytes) else data
    if isinstance(text, InputError):
        yield text
        return
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        yield entry if is_url(entry) else input_error(path, "E119", entry, str(number))


def read_url(url: str, fetcher: Fetcher) -> Iterator[Result]:
    """Fetch ``url`` and read what it serves (origin: the URL as given)."""
    fetched = fetcher.fetch(url)
    if isinstance(fetched, InputError):
        yield fetched
    else:
        yield from fetched_documents(fetched, fetcher.max_bytes)


def fetched_documents(fetched: Fetched, max_bytes: int = MAX_BYTES) -> Iterator[Result]:
    """The documents in a fetched body: a page (``format="url"``), feed entries, and so on.

    The Content-Type decides between a page and a feed when the body agrees; text/plain is a
    text page; anything else is told by its content. Binary content is E118.
    """
    origin, body = fetched.url, fetched.body
    kind = url_format(fetched.media_type, body[:SNIFF_BYTES], urlsplit(fetched.final_url).path)
    if kind is Format.HTML:
        document = html_document(body, origin, url=fetched.final_url, charset=fetched.charset)
    elif kind in (Format.TEXT, Format.SEED):
        document = text_document(decode_html(body, fetched.charset), origin)
    elif kind is Format.BINARY:
        document = input_error(origin, "E118", fetched.media_type or "binary content")
    else:
        yield from read_data(body, origin, kind, max_bytes)
        return
    if isinstance(document, Document):
        document = replace(document, format="url", url=document.url or fetched.final_url)
    yield document


def url_format(media: str | None, head: bytes, name: str = "") -> Format:
    """The format of a fetched body, from its media type and first bytes."""
    sniffed = sniff(head, name)
    if media in HTML_TYPES and sniffed is not Format.FEED:
        return Format.HTML
    if media in FEED_TYPES and sniffed is not Format.HTML:
        return Format.FEED
    if media == "text/plain" and sniffed in (Format.HTML, Format.FEED):
        return Format.TEXT
    return sniffed


def decode(data: bytes, origin: str, record: str | None = None, base: int = 0) -> str | InputError:
    """Decode UTF-8 bytes (a leading BOM dropped), refusing binary data (E102) and bad UTF-8 (E101).

    The E101 detail gives the byte offset of the first bad byte in the file: its offset in ``data``
    plus ``base``, where ``data`` starts in the file.
    """
    skip = len(BOM) if data.startswith(BOM) else 0
    reason = binary_reason(data)
    if reason:
        return input_error(origin, "E102", reason, record)
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = error.start + skip
        detail = f"invalid byte 0x{data[offset]:02x} at offset {base + offset}"
        return input_error(origin, "E101", detail, record)


def page_document(data: bytes, origin: str) -> Result:
    """A text page (seed format or plain text) as a Document: cleaned, titled, dated.

    Its encoding is UTF-8 when the bytes are (nearly) UTF-8, else what charset_normalizer finds;
    bytes that cannot be read become U+FFFD. Binary data is refused (E102).
    """
    reason = binary_reason(data)
    if reason:
        return input_error(origin, "E102", reason)
    return text_document(decode_html(data), origin)


def text_document(text: str, origin: str) -> Result:
    """A decoded text page as a Document: furniture removed, the seed header read.

    ``format`` is ``"seed"`` when the page has the header, else ``"text"``.
    """
    if not text.strip():
        return input_error(origin, "E103")
    try:
        published, page = clean_page(text, origin)
    except InputError as error:
        return error
    if not page.text.strip():
        return input_error(origin, "E103")
    return Document(
        text=page.text,
        origin=origin,
        title=page.title,
        published=published,
        format="seed" if published else "text",
    )


def _gzipped_jsonl(handle: BinaryIO, path: str) -> bool:
    """Whether a gzip file holds JSON Lines (read then as a stream, whatever its size)."""
    try:
        with gzip.GzipFile(fileobj=handle) as inner:
            head = inner.read(SNIFF_BYTES)
    except (OSError, EOFError, zlib.error):
        return False
    finally:
        handle.seek(0)
    return sniff(head, path.removesuffix(".gz").removesuffix(".GZ")) is Format.JSONL


def stream_jsonl(handle: BinaryIO | gzip.GzipFile, origin: str,
                 max_bytes: int = MAX_BYTES) -> Iterator[Result]:
    """One result per non-empty line of a JSON Lines file, read line by line (a dump of any
    size streams in constant memory); a line longer than ``max_bytes`` is E108 and skipped."""
    offset = number = 0
    try:
        while line := handle.readline(max_bytes + 1):
            number += 1
            start = offset
            offset += len(line)
            if len(line) > max_bytes and not line.endswith(b"\n"):
                while (more := handle.readline(1 << 20)) and not more.endswith(b"\n"):
                    offset += len(more)
                offset += len(more)
                yield input_error(origin, "E108", f"line longer than {max_bytes} bytes",
                                  str(number))
                continue
            if number == 1 and line.startswith(BOM):
                line, start = line[len(BOM):], start + len(BOM)
            if line.strip():
                yield parse_record(line.rstrip(b"\r\n"), origin, number, start)
    except (OSError, EOFError, zlib.error) as error:
        yield input_error(origin, "E107", f"bad data after line {number}: {error}")


def parse_jsonl(data: bytes, origin: str) -> Iterator[Result]:
    """One result per non-empty line of JSON Lines ``data``; a bad line does not stop the rest."""
    reason = binary_reason(data)
    if reason:
        yield input_error(origin, "E102", reason)
        return
    # the data is within the size limit already, so no line can be too long
    yield from stream_jsonl(io.BytesIO(data), origin, max_bytes=len(data) + 1)


def parse_record(line: bytes, origin: str, number: int, offset: int = 0) -> Result:
    """One JSON Lines record (line ``number``, at byte ``offset``) as a Document.

    The Document's origin, and its id unless the record has one, is ``origin:LINE``.
    """
    record = str(number)
    text = decode(line, origin, record, offset)
    if isinstance(text, InputError):
        return text
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        reason = error.msg.removesuffix(" at")  # "Unterminated string starting at"
        return input_error(origin, "E104", f"{reason} at column {error.colno}", record)
    if not isinstance(value, dict):
        detail = f"expected an object, got {type(value).__name__}"
        return input_error(origin, "E104", detail, record)
    return record_document(value, origin, record)


def record_document(value: dict[str, Any], origin: str, record: str) -> Result:
    """A Document from a decoded JSON object, checking ``text`` and ``published``."""
    text = value.get("text")
    if not isinstance(text, str):
        detail = "missing" if text is None else f"'text' is {type(text).__name__}"
        return input_error(origin, "E105", detail, record)
    text = normalize(text).strip("\n")
    if not text.strip():
        return input_error(origin, "E103", record=record)
    published = value.get("published")
    if published is not None and not (isinstance(published, str) and is_iso_date(published)):
        return input_error(origin, "E106", str(published), record)
    where = f"{origin}:{record}"
    identifier = value.get("id")
    fields = {key: value[key] for key in RECORD_FIELDS if isinstance(value.get(key), str)}
    return Document(
        text=text,
        origin=where,
        id=str(identifier) if isinstance(identifier, str | int) else where,
        published=published,
        format="jsonl",
        **fields,
    )
