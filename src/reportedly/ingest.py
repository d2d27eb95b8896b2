"""Ingest: read inputs into :class:`~reportedly.model.Document` objects.

An input is a file path, a directory (walked recursively), a ``.jsonl`` file (one record a line) or
``-`` for standard input. A bad input never stops a batch: it becomes an
:class:`~reportedly.errors.InputError` yielded in its place, and reading goes on.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO, TextIO

from reportedly.clean import clean_page, is_iso_date, normalize
from reportedly.errors import InputError, input_error
from reportedly.model import Document

#: Files (and standard input) larger than this many bytes are refused (E108).
MAX_BYTES = 20 * 1024 * 1024
#: How much of a file the binary sniffing looks at, and the share of control characters in it
#: above which a file is taken for binary.
SNIFF_BYTES = 8192
MAX_CONTROL_SHARE = 0.1
#: Record keys copied onto the Document as they are (when they are strings).
RECORD_FIELDS = ("url", "title", "language")

_BOM = b"\xef\xbb\xbf"
#: Control bytes that are not text (tab, newline, carriage return, form feed, escape are text).
_CONTROL = frozenset(range(32)) - {9, 10, 11, 12, 13, 27}

Result = Document | InputError


def read_documents(
    paths: Iterable[str | os.PathLike[str]],
    stdin: TextIO | BinaryIO | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Result]:
    """Read every input named in ``paths``, yielding a Document or an InputError for each.

    ``-`` reads ``stdin`` (``sys.stdin`` by default): JSON Lines when its first non-empty line is
    a JSON object, else one text page. A directory is walked recursively in sorted order, hidden
    entries skipped. A ``.jsonl`` file yields one Document per record (origin ``path:LINE``); any
    other file is read as a text page, optionally with a seed ``date`` header.
    """
    for name in paths:
        path = os.fspath(name)
        if path == "-":
            yield from read_stream(stdin if stdin is not None else sys.stdin, max_bytes=max_bytes)
        elif os.path.isdir(path):
            for entry in walk(path):
                if isinstance(entry, InputError):
                    yield entry
                else:
                    yield from read_file(entry, max_bytes)
        else:
            yield from read_file(path, max_bytes)


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
    """Read one file: a ``.jsonl`` file gives one result per record, any other file one page."""
    data = read_bytes(path, max_bytes)
    if isinstance(data, InputError):
        yield data
    elif path.lower().endswith(".jsonl"):
        yield from parse_jsonl(data, path)
    else:
        yield page_document(data, path)


def read_bytes(path: str, max_bytes: int = MAX_BYTES) -> bytes | InputError:
    """The bytes of a regular file, or the error that prevents reading them."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return input_error(path, "E100")
    except OSError as error:
        return input_error(path, "E107", error.strerror or str(error))
    if not stat.S_ISREG(info.st_mode):
        return input_error(path, "E107", "not a regular file")
    if info.st_size > max_bytes:
        return input_error(path, "E108", f"{info.st_size} bytes, limit {max_bytes}")
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as error:
        return input_error(path, "E107", error.strerror or str(error))


def read_stream(stream: TextIO | BinaryIO, max_bytes: int = MAX_BYTES) -> Iterator[Result]:
    """Read standard input (or any stream): JSON Lines, or else one text page with origin ``-``."""
    source: Any = getattr(stream, "buffer", stream)
    data = source.read(max_bytes + 1)
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    if len(data) > max_bytes:
        yield input_error("-", "E108", f"more than {max_bytes} bytes")
    elif _looks_like_jsonl(data):
        yield from parse_jsonl(data, "-")
    else:
        yield page_document(data, "-")


def _looks_like_jsonl(data: bytes) -> bool:
    for line in data.removeprefix(_BOM).splitlines():
        if line.strip():
            try:
                return isinstance(json.loads(line), dict)
            except (ValueError, UnicodeDecodeError):
                return False
    return False


def decode(data: bytes, origin: str, record: str | None = None, base: int = 0) -> str | InputError:
    """Decode UTF-8 bytes (a leading BOM dropped), refusing binary data (E102) and bad UTF-8 (E101).

    The E101 detail gives the byte offset of the first bad byte in the file: its offset in ``data``
    plus ``base``, where ``data`` starts in the file.
    """
    skip = len(_BOM) if data.startswith(_BOM) else 0
    reason = binary_reason(data)
    if reason:
        return input_error(origin, "E102", reason, record)
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = error.start + skip
        detail = f"invalid byte 0x{data[offset]:02x} at offset {base + offset}"
        return input_error(origin, "E101", detail, record)


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


def page_document(data: bytes, origin: str) -> Result:
    """A text page (seed format or plain text) as a Document: cleaned, titled, dated."""
    text = decode(data, origin)
    if isinstance(text, InputError):
        return text
    if not text.strip():
        return input_error(origin, "E103")
    try:
        published, page = clean_page(text, origin)
    except InputError as error:
        return error
    if not page.text.strip():
        return input_error(origin, "E103")
    return Document(text=page.text, origin=origin, title=page.title, published=published)


def parse_jsonl(data: bytes, origin: str) -> Iterator[Result]:
    """One result per non-empty line of JSON Lines ``data``; a bad line does not stop the rest."""
    reason = binary_reason(data)
    if reason:
        yield input_error(origin, "E102", reason)
        return
    offset = len(_BOM) if data.startswith(_BOM) else 0
    for number, line in enumerate(data[offset:].split(b"\n"), start=1):
        if line.strip():
            yield parse_record(line, origin, number, offset)
        offset += len(line) + 1


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
        return input_error(origin, "E104", f"{error.msg} at column {error.colno}", record)
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
        **fields,
    )
