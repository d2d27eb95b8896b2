"""Clean: from the raw text of a saved news page to the article's clean text.

Three steps, each usable on its own:

1. :func:`normalize` evens out the characters (entities, exotic spaces, invisible characters, line
   endings) without touching dashes or quotes.
2. :func:`split_seed_header` takes off the ``date YYYY-MM-DD`` prefix a crawler fuses to the page's
   first line.
3. :func:`strip_furniture` drops what is not the article (bylines, share bars, captions, appeals,
   everything after "Related:") and keeps the title, the standfirst and the paragraphs. The patterns
   are data, in ``data/furniture.yml``; the code holds only the structural heuristics.

:func:`clean_page` runs the three.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from reportedly.errors import input_error

FURNITURE_PATH = Path(__file__).parent / "data" / "furniture.yml"

#: Unicode spaces (category Zs other than the plain space) mapped to a plain space, and invisible
#: characters (zero-width, word joiner, BOM, soft hyphen) removed.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
_SPACES += "\u202f\u205f\u3000"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
_TRANSLATE = {
    **{ord(char): " " for char in _SPACES},
    **{ord(char): None for char in _INVISIBLE},
    **{ord(char): "\n" for char in "\u2028\u2029\x85\x0b\x0c"},
}
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_HEADER = re.compile(r"date(?:[ \t]+(\S+))?(?:[ \t]+(.*))?")
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_BULLET = re.compile(r"(?:[-*•–—·]|\d{1,2}[.)])\s")


@dataclass(frozen=True, slots=True)
class CleanPage:
    """The article in a page: its title (if one was found) and its clean text.

    ``text`` is the title, the standfirst and the paragraphs, separated by blank lines; the title,
    when found, is its first line. ``standfirst`` is the summary under the title, if any.
    """

    title: str | None
    text: str
    standfirst: str | None = None


def normalize(text: str) -> str:
    """Even out a text's characters: entities, spaces, invisible characters, line endings.

    HTML entities left in the text are decoded; no-break, thin and other Unicode spaces become a
    plain space; zero-width characters and soft hyphens go; line endings become ``\\n``; spaces at
    the end of lines go. Dashes and quotes are kept as they are.
    """
    text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_TRANSLATE)
    return _TRAILING_SPACE.sub("", text)


def is_iso_date(value: str) -> bool:
    """Whether ``value`` is a real calendar date written ``YYYY-MM-DD``."""
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def split_seed_header(raw: str, origin: str = "-") -> tuple[str | None, str]:
    """Split the crawler's ``date YYYY-MM-DD`` prefix off a page.

    Returns the publication date (ISO) and the page text after the header; a page without the
    header comes back unchanged with ``None``. A header whose date is not a real ``YYYY-MM-DD``
    date raises :class:`~reportedly.errors.InputError` ``E109`` naming ``origin``.
    """
    body = raw.lstrip()
    first, newline, rest = body.partition("\n")
    match = _HEADER.fullmatch(first)
    if not match:
        return None, raw
    token, fused = match.group(1) or "", match.group(2) or ""
    if token and not any(char.isdigit() for char in token):
        return None, raw  # a page that happens to start with the word "date"
    if not is_iso_date(token):
        detail = f"date {token!r} is not YYYY-MM-DD" if token else "'date' without a date"
        raise input_error(origin, "E109", detail)
    return token, (fused + newline + rest) if fused else rest


def clean_page(raw: str, origin: str = "-") -> tuple[str | None, CleanPage]:
    """Normalize a raw page, split off its seed header and strip its furniture.

    Returns the publication date from the header (or ``None``) and the :class:`CleanPage`.
    Raises :class:`~reportedly.errors.InputError` ``E109`` for a malformed header.
    """
    published, page = split_seed_header(normalize(raw), origin)
    return published, strip_furniture(page)


# --- furniture -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Furniture:
    """The compiled contents of ``furniture.yml``."""

    boilerplate: re.Pattern[str]
    end_markers: re.Pattern[str]
    strong_captions: re.Pattern[str]
    weak_captions: re.Pattern[str]
    thresholds: dict[str, Any]


def _any_of(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


@cache
def furniture(path: Path = FURNITURE_PATH) -> Furniture:
    """Load and compile the furniture patterns (once per path)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    boilerplate = [pattern for group in data["boilerplate"].values() for pattern in group]
    return Furniture(
        boilerplate=_any_of(boilerplate),
        end_markers=_any_of(data["end_markers"]),
        strong_captions=_any_of(data["caption_cues"]["strong"]),
        weak_captions=_any_of(data["caption_cues"]["weak"]),
        thresholds=dict(data["thresholds"]),
    )


@dataclass(slots=True)
class _Line:
    index: int  # position among the page's lines, blank ones included
    text: str  # as in the page (leading indentation kept)
    stripped: str
    words: int
    terminal: bool  # ends like a sentence


def _line(index: int, text: str) -> _Line:
    stripped = text.strip()
    words = sum(1 for token in stripped.split() if any(char.isalnum() for char in token))
    return _Line(index, text, stripped, words, bool(_TERMINAL.search(stripped)))


def _is_caption(line: _Line, rules: Furniture) -> bool:
    if line.words > rules.thresholds["caption_max_words"]:
        return False
    if rules.strong_captions.search(line.stripped):
        return True
    return not line.terminal and bool(rules.weak_captions.search(line.stripped))


def _is_keyword_soup(line: _Line, rules: Furniture) -> bool:
    limits = rules.thresholds
    if line.words < limits["soup_min_words"]:
        return False
    punctuation = sum(line.stripped.count(mark) for mark in limits["soup_punctuation"])
    if punctuation > limits["soup_max_punctuation"]:
        return False
    tokens = [token for token in line.stripped.split() if any(char.isalpha() for char in token)]
    lower = sum(1 for token in tokens if token == token.lower())
    return bool(tokens) and lower / len(tokens) >= limits["soup_lowercase_ratio"]


def _is_body(line: _Line, rules: Furniture) -> bool:
    return line.terminal and line.words >= rules.thresholds["body_min_words"]


def _candidates(page: str, rules: Furniture) -> tuple[list[_Line], set[int]]:
    """Drop the lines the patterns recognise; cut at an end marker once the body has begun.

    Returns the remaining lines and the indices of the captions dropped.
    """
    kept: list[_Line] = []
    captions: set[int] = set()
    seen: set[str] = set()
    body_seen = False
    for index, text in enumerate(page.split("\n")):
        line = _line(index, text)
        if not line.stripped:
            continue
        if rules.end_markers.fullmatch(line.stripped):
            if body_seen:
                break
            continue
        if line.words == 0 or rules.boilerplate.fullmatch(line.stripped):
            continue
        if _is_caption(line, rules):
            captions.add(index)
            continue
        key = " ".join(line.stripped.split()).casefold()
        if _is_keyword_soup(line, rules) or key in seen:
            continue
        if line.words >= rules.thresholds["title_min_words"]:
            seen.add(key)
        kept.append(line)
        body_seen = body_seen or _is_body(line, rules)
    return kept, captions


def _stands_alone(lines: list[_Line], position: int, rules: Furniture, wrapping: bool) -> bool:
    """Whether ``lines[position]`` is a unit of its own, not the start of a wrapped paragraph."""
    if position + 1 >= len(lines):
        return True
    return not _glued(lines[position], lines[position + 1], rules, wrapping)


def _title_and_standfirst(
    lines: list[_Line], captions: set[int], rules: Furniture, wrapping: bool
) -> tuple[int | None, int | None]:
    """Positions (in ``lines``) of the title and the standfirst, when the page has them."""
    limits = rules.thresholds
    substantial = (i for i, line in enumerate(lines) if line.words >= limits["title_min_words"])
    first = next(substantial, None)
    if first is None:
        return None, None
    title = lines[first]
    headline = title.words <= limits["title_max_words"] and title.stripped[-1] not in ".,:;"
    if not (headline and _stands_alone(lines, first, rules, wrapping)):
        return None, None
    second = first + 1
    if second >= len(lines) or lines[second].words < limits["title_min_words"]:
        return first, None
    caption_between = any(title.index < index < lines[second].index for index in captions)
    if caption_between or not _stands_alone(lines, second, rules, wrapping):
        return first, None
    return first, second


def _glued(line: _Line, following: _Line, rules: Furniture, wrapping: bool) -> bool:
    """Whether ``following`` continues ``line`` (a paragraph wrapped over several lines).

    A line ending like a sentence ends its unit. Otherwise a next line starting in lower case
    continues it; so does any next line when the page separates paragraphs by blank lines
    (``wrapping``) and ``line`` is too long to be a stray label. A page without blank lines has one
    paragraph a line (the usual crawler output), so a title does not run into the next line.
    """
    if following.index != line.index + 1 or line.terminal:
        return False
    if following.stripped[:1].islower():
        return True
    return wrapping and line.words > rules.thresholds["short_line_max_words"]


def _drop_stray_lines(
    lines: list[_Line], keep: set[int], rules: Furniture, wrapping: bool
) -> list[_Line]:
    """Drop short lines that stand alone without ending like a sentence (menus, outlet names).

    Lines at positions in ``keep`` (title, standfirst), lines of wrapped paragraphs and list items
    are kept.
    """
    wrapped: set[int] = set()
    for position in range(len(lines) - 1):
        if {position, position + 1} & keep:
            continue
        if _glued(lines[position], lines[position + 1], rules, wrapping):
            wrapped.update((position, position + 1))
    result = []
    for position, line in enumerate(lines):
        short = line.words <= rules.thresholds["short_line_max_words"] and not line.terminal
        exempt = position in keep or position in wrapped or _BULLET.match(line.stripped)
        if exempt or not short:
            result.append(line)
    return result


def _join(lines: list[_Line], apart: set[int]) -> str:
    """Join lines: a single newline between lines adjacent in the page, else a blank line.

    Lines whose page index is in ``apart`` (title, standfirst) are always set apart.
    """
    parts: list[str] = []
    previous: _Line | None = None
    for line in lines:
        if previous is not None:
            adjacent = line.index == previous.index + 1 and not {line.index, previous.index} & apart
            parts.append("\n" if adjacent else "\n\n")
        parts.append(line.text)
        previous = line
    return "".join(parts)


def strip_furniture(page: str, rules: Furniture | None = None) -> CleanPage:
    """Keep the article in a (normalized) page: title, standfirst and paragraphs.

    Lines matching the boilerplate patterns, captions, alt-text keyword soup and repeated lines are
    dropped; everything from an end-of-article marker ("Related:") on is cut; short stray lines
    without sentence punctuation go. Text without furniture comes back unchanged.
    """
    rules = rules or furniture()
    lines, captions = _candidates(page, rules)
    wrapping = bool(_BLANK_LINE.search(page.strip()))
    title_at, standfirst_at = _title_and_standfirst(lines, captions, rules, wrapping)
    keep = {position for position in (title_at, standfirst_at) if position is not None}
    apart = {lines[position].index for position in keep}
    kept = _drop_stray_lines(lines, keep, rules, wrapping)
    return CleanPage(
        title=lines[title_at].stripped if title_at is not None else None,
        text=_join(kept, apart),
        standfirst=lines[standfirst_at].stripped if standfirst_at is not None else None,
    )
