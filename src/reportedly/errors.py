"""Errors a user can grep: one line, the input named, a stable code.

Every problem with an input becomes an :class:`InputError` carrying a code from :class:`Errors`.
Batch commands record it, print ``CODE origin: message`` and go on with the next document.
"""

from __future__ import annotations

from dataclasses import dataclass


class Errors:
    """Stable error codes and their message templates."""

    E100 = "no such file or directory"
    E101 = "not valid UTF-8 text ({detail})"
    E102 = "binary file, not text ({detail})"
    E103 = "empty document"
    E104 = "malformed JSON record ({detail})"
    E105 = "JSON record has no usable 'text' ({detail})"
    E106 = "bad 'published' date {detail!r}: expected YYYY-MM-DD"
    E107 = "cannot read ({detail})"
    E108 = "document too large ({detail})"
    E109 = "bad seed header ({detail})"
    E110 = "bad alias file ({detail})"
    E111 = "compressed data larger than the limit ({detail})"
    E112 = "HTTP error ({detail})"
    E113 = "could not fetch ({detail})"
    E114 = "response too large ({detail})"
    E115 = "bad WARC record ({detail})"
    E116 = "bad feed ({detail})"
    E117 = "could not extract the page ({detail})"
    E118 = "unsupported content type ({detail})"
    E119 = "not an http(s) URL ({detail})"
    E120 = "corrections token too short ({detail}; at least 16)"
    E200 = "could not store document ({detail})"
    E201 = "extraction failed ({detail})"
    E202 = "language identification failed ({detail})"
    E300 = "no such figure: {detail}"
    E301 = "no such series: {detail}"
    E302 = "cannot open ledger {detail}"
    E303 = "cannot read watchlist ({detail})"
    E304 = "bad watchlist rule ({detail})"
    E305 = "duplicate watchlist rule name ({detail})"
    E306 = "more than one series matches ({detail})"
    E307 = "no such document: {detail}"
    E308 = "cannot write export ({detail})"


class ReportedlyError(Exception):
    """Base class of the errors reportedly raises on purpose."""


@dataclass
class InputError(ReportedlyError):
    """A problem with one input: where it is, which code, and what went wrong."""

    origin: str
    code: str
    detail: str = ""
    record: str | None = None

    def __post_init__(self) -> None:
        Exception.__init__(self, self.line())

    @property
    def message(self) -> str:
        template = getattr(Errors, self.code)
        return template.format(detail=self.detail)

    @property
    def where(self) -> str:
        """``path:LINE`` for a JSONL record, ``path@OFFSET`` for a WARC record, ``feed#N`` for a
        feed entry, else the origin."""
        if not self.record:
            return self.origin
        joiner = "" if self.record[:1] in ("@", "#") else ":"
        return f"{self.origin}{joiner}{self.record}"

    def line(self) -> str:
        """The one line shown to users: ``E101 path/to/file: not valid UTF-8 text (...)``."""
        return f"{self.code} {self.where}: {self.message}"

    def as_dict(self) -> dict[str, str | None]:
        """``origin``, ``record``, ``code`` and ``message``, JSON-ready (as summaries list
        failures)."""
        return {"origin": self.origin, "record": self.record, "code": self.code,
                "message": self.message}


def input_error(origin: str, code: str, detail: str = "", record: str | None = None) -> InputError:
    """Build an :class:`InputError` (checks that the code exists)."""
    if not hasattr(Errors, code):
        raise ValueError(f"unknown error code {code}")
    return InputError(origin=origin, code=code, detail=detail, record=record)


def first_line(value: object) -> str:
    """The first non-blank line of ``str(value)`` (an exception's message as one line)."""
    return (str(value).strip().splitlines() or [""])[0]


def why(exc: BaseException) -> str:
    """An unexpected exception as a one-line detail: ``TypeName: first line``."""
    return f"{type(exc).__name__}: {first_line(exc)}"
