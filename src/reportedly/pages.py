"""Pages: an HTML page (bytes, any encoding) → a :class:`~reportedly.model.Document`.

Decoding follows the browser's order: a byte-order mark, the charset the HTTP headers declare,
the page's own ``<meta charset>``, UTF-8 when the bytes are valid UTF-8, and last a guess by
``charset_normalizer``; bytes the chosen encoding cannot read become U+FFFD, never an error.
The article and its metadata (title, canonical URL, date, author, site, language) come from
trafilatura; what it does not keep (menus, sidebars, footers, cookie banners) is the furniture.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

import charset_normalizer
import trafilatura
from lxml import html as lxml_html

from reportedly.clean import is_iso_date, normalize
from reportedly.errors import InputError, input_error
from reportedly.model import Document

#: trafilatura's options: comments and tables are not the article's sentences.
EXTRACTION: dict[str, Any] = {
    "include_comments": False,
    "include_tables": False,
    "include_images": False,
    "include_links": False,
}
#: Where a page's own charset declaration is looked for.
META_BYTES = 4096
#: Labels browsers read as windows-1252 (WHATWG Encoding Standard).
_WINDOWS_1252 = frozenset({"ascii", "us-ascii", "iso-8859-1", "latin-1", "latin1", "l1"})
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_TAG = re.compile(r"<[a-zA-Z!/][^>]*>")
_REPLACED = re.compile("\ufffd+")
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


def decode_html(data: bytes, charset: str | None = None) -> str:
    """Decode a page's bytes; ``charset`` is what the HTTP ``Content-Type`` header declares.

    Without a declaration, UTF-8 is chosen when the bytes are valid UTF-8, or nearly (a few
    bad bytes among valid non-ASCII characters); otherwise charset_normalizer guesses. Never
    raises: undecodable bytes become U+FFFD.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace")
    declared = _encoding(charset) or _meta_charset(data[:META_BYTES])
    if declared:
        return data.decode(declared, "replace")
    as_utf8 = data.decode("utf-8", "replace")
    if "\ufffd" not in as_utf8 or _mostly_utf8(as_utf8):
        return as_utf8
    best = charset_normalizer.from_bytes(data).best()
    encoding = _encoding(best.encoding) if best is not None else None
    return data.decode(encoding, "replace") if encoding else as_utf8


def _mostly_utf8(text: str) -> bool:
    """Whether UTF-8 with a few bad bytes is the best reading: its valid non-ASCII characters
    are at least as many as the runs of bytes it could not read."""
    bad_runs = len(_REPLACED.findall(text))
    valid = sum(1 for char in text if char > "\x7f" and char != "\ufffd")
    return valid >= bad_runs


def _encoding(label: str | None) -> str | None:
    """The Python codec for a charset label, or ``None`` if it names none."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _WINDOWS_1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _meta_charset(head: bytes) -> str | None:
    """The charset a page declares in its first bytes (UTF-16 there means UTF-8, as browsers
    read it: bytes that can be searched for ``<meta`` are not UTF-16)."""
    match = _META_CHARSET.search(head)
    encoding = _encoding(match.group(1).decode("ascii", "replace")) if match else None
    return "utf-8" if encoding and encoding.startswith("utf-16") else encoding


def html_document(
    data: bytes | str, origin: str, *, url: str | None = None, charset: str | None = None
) -> Document | InputError:
    """The article in an HTML page, as a Document with ``format="html"``.

    ``url`` is where the page was found (a WARC target URI, a fetched URL); a canonical URL in
    the page wins over it. ``charset`` is the HTTP charset, if any. A page without article text
    is E103; a page trafilatura cannot read at all is E117.
    """
    markup = decode_html(data, charset) if isinstance(data, bytes) else data
    if not _TAG.sub("", markup).strip():
        return input_error(origin, "E103")
    try:
        tree = trafilatura.load_html(markup)
        if tree is None:
            return input_error(origin, "E117", "not parseable as HTML")
        declared_language = tree.get("lang")
        result = trafilatura.bare_extraction(tree, url=url, with_metadata=True, **EXTRACTION)
    except Exception as error:  # a third-party parser: one bad page must not stop the batch
        return input_error(origin, "E117", f"{type(error).__name__}: {error}")
    text = paragraphs(result.text if result is not None else None)
    if not text:
        return input_error(origin, "E103")
    published = result.date if result.date and is_iso_date(result.date) else None
    return Document(
        text=text,
        origin=origin,
        title=_clean(result.title),
        url=result.url or url,
        published=published,
        language=language_code(result.language or declared_language),
        author=_clean(result.author),
        site=_clean(result.sitename),
        format="html",
    )


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one paragraph per block.

    Plain text (no tags) is returned normalized.
    """
    if not _TAG.search(fragment):
        return paragraphs(fragment)
    try:
        result = trafilatura.bare_extraction(fragment, with_metadata=False, **EXTRACTION)
        text = result.text if result is not None else None
        if not text:  # too short for trafilatura: all of the fragment's text
            text = _text_content(fragment)
    except Exception:  # lxml refuses some fragments; their tags are then dropped by hand
        text = _TAG.sub(" ", fragment)
    return paragraphs(text)


def _text_content(fragment: str) -> str:
    """All the text of a fragment, a line break after each block element."""
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    return str(root.text_content())


def paragraphs(text: str | None) -> str:
    """Normalized text with one blank line between paragraphs (the clean-text convention)."""
    if not text:
        return ""
    lines = (" ".join(line.split()) for line in normalize(text).split("\n"))
    return "\n\n".join(line for line in lines if line)


def language_code(value: str | None) -> str | None:
    """The primary language subtag, lower case: ``en-GB`` → ``en``; ``None`` if there is none."""
    if not value:
        return None
    code = re.split(r"[-_]", value.strip(), maxsplit=1)[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


def _clean(value: str | None) -> str | None:
    value = " ".join(normalize(value).split()) if value else ""
    return value or None
