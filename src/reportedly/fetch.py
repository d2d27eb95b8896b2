"""Fetch: a URL → its body, with httpx, within a size limit and a time limit.

The fetcher follows up to five redirects, names itself in ``User-Agent``, asks only for the
content encodings it decodes itself (gzip, deflate) and decodes them with
:func:`reportedly.sniff.inflate`, so that no more than ``max_bytes + 1`` bytes of decoded content
are ever held: a small response that inflates to gigabytes is cut off (E114). Every failure is an
:class:`~reportedly.errors.InputError` naming the URL: E112 for an HTTP error status, E113 when
the server cannot be reached, times out or sends a broken body, E118 for media that are not text.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from types import TracebackType

import httpx

from reportedly import __version__
from reportedly.errors import InputError, input_error
from reportedly.sniff import GZIP_OR_ZLIB, MAX_BYTES, LimitExceeded, inflate, media_type

USER_AGENT = f"reportedly/{__version__} (+https://github.com/reportedly/reportedly)"
TIMEOUT = httpx.Timeout(10, connect=5)
MAX_REDIRECTS = 5
#: However slowly a server sends, a response taking longer than this is abandoned.
TOTAL_SECONDS = 120.0
#: The content encodings asked for, all decoded by :func:`reportedly.sniff.inflate`.
ACCEPT_ENCODING = "gzip, deflate"
_DECODED = frozenset({"gzip", "x-gzip", "deflate"})
#: Media refused before their body is read.
UNSUPPORTED_MEDIA = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip")


def is_url(value: str) -> bool:
    """Whether an input names an HTTP(S) URL rather than a path."""
    return value[:8].lower().startswith(("http://", "https://"))


def make_client(
    timeout: httpx.Timeout = TIMEOUT, transport: httpx.BaseTransport | None = None
) -> httpx.Client:
    """The HTTP client reportedly fetches with: redirects followed, its own User-Agent."""
    return httpx.Client(
        follow_redirects=True,
        timeout=timeout,
        headers={"User-Agent": USER_AGENT},
        max_redirects=MAX_REDIRECTS,
        transport=transport,
    )


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched response: the URL asked for, where it ended up, its media type and charset (from
    ``Content-Type``, lower case) and its body with the content encoding undone."""

    url: str
    final_url: str
    media_type: str | None
    charset: str | None
    body: bytes


class _Deadline(Exception):
    """The response took longer than :data:`TOTAL_SECONDS`."""


class Fetcher:
    """Fetches URLs with one ``httpx.Client``: the caller's, or its own (made on first use,
    closed by :meth:`close`)."""

    def __init__(self, client: httpx.Client | None = None, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self._client = client
        self._owned = client is None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = make_client()
        return self._client

    def close(self) -> None:
        """Close the client if the fetcher made it."""
        if self._owned and self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def fetch(self, url: str) -> Fetched | InputError:
        """GET ``url``: its :class:`Fetched` response, or the error that prevented it."""
        headers = {"Accept-Encoding": ACCEPT_ENCODING}
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                return self._read(url, response)
        except httpx.TimeoutException as error:
            return input_error(url, "E113", f"timed out ({type(error).__name__})")
        except httpx.TooManyRedirects:
            return input_error(url, "E113", f"more than {MAX_REDIRECTS} redirects")
        except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as error:
            return input_error(url, "E113", f"{type(error).__name__}: {error}")
        except _Deadline:
            return input_error(url, "E113", f"took longer than {TOTAL_SECONDS:g} s")

    def _read(self, url: str, response: httpx.Response) -> Fetched | InputError:
        if not response.is_success:
            return input_error(url, "E112", f"{response.status_code} {response.reason_phrase}")
        media, charset = media_type(response.headers.get("Content-Type"))
        if media and media.startswith(UNSUPPORTED_MEDIA):
            return input_error(url, "E118", media)
        encoding = response.headers.get("Content-Encoding", "").strip().lower()
        encoding = "" if encoding == "identity" else encoding
        if encoding and encoding not in _DECODED:
            return input_error(url, "E113", f"unsupported content encoding {encoding!r}")
        declared = response.headers.get("Content-Length", "")
        if not encoding and declared.isdigit() and int(declared) > self.max_bytes:
            return input_error(url, "E114", f"{declared} bytes, limit {self.max_bytes}")
        raw = _within(response.iter_raw(), time.monotonic() + TOTAL_SECONDS)
        try:
            if encoding:
                body = inflate(raw, self.max_bytes, GZIP_OR_ZLIB)
            else:
                body = _joined(raw, self.max_bytes)
        except LimitExceeded:
            return input_error(url, "E114", f"more than {self.max_bytes} bytes")
        except zlib.error as error:
            return input_error(url, "E113", f"bad {encoding} body: {error}")
        return Fetched(url, str(response.url), media, charset, body)


def _within(chunks: Iterable[bytes], deadline: float) -> Iterator[bytes]:
    for chunk in chunks:
        if time.monotonic() > deadline:
            raise _Deadline
        yield chunk


def _joined(chunks: Iterable[bytes], limit: int) -> bytes:
    """The chunks of an unencoded body, refusing more than ``limit`` bytes."""
    body = bytearray()
    for chunk in chunks:
        body += chunk
        if len(body) > limit:
            raise LimitExceeded(f"more than {limit} bytes")
    return bytes(body)
