"""Ingest of real inputs (#5): HTML pages, WARC archives, feeds, gzip files and URLs.

Every input is written by the tests themselves, in their own words; the only network is a local
HTTP server the URL tests start on 127.0.0.1.
"""

from __future__ import annotations

import functools
import gzip
import io
import json
import threading
import time
import tracemalloc
import zlib
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import httpx
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from reportedly.errors import InputError
from reportedly.fetch import USER_AGENT, Fetcher, make_client
from reportedly.ingest import read_documents
from reportedly.model import Document
from reportedly.pipeline import extract_document
from reportedly.sniff import Format, LimitExceeded, inflate, sniff
from reportedly.warc import WarcStats, read_warc

Result = Document | InputError

# --- pages, in three layouts ---------------------------------------------------------------------

FLOOD = "The health ministry said at least 40 people were killed."
STRIKE = "The port authority said 23 vessels were waiting at anchor."
BRIDGE = "The city council said about 12,000 vehicles crossed the bridge each day."

NEWS_PAGE = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Floods in the valley leave dozens dead | The Riverside Courier</title>
<link rel="canonical" href="https://courier.example.net/world/2025/03/valley-floods">
<meta property="og:site_name" content="The Riverside Courier">
<meta property="article:published_time" content="2025-03-04T08:15:00Z">
<meta name="author" content="Mara Lindqvist">
</head>
<body>
<header><nav><ul>
<li><a href="/">Home</a></li><li><a href="/world">World desk</a></li>
<li><a href="/subscribe">Subscribe today and save</a></li>
</ul></nav></header>
<main><article>
<h1>Floods in the valley leave dozens dead</h1>
<p>Heavy rain swept through the lower valley over the weekend, washing away roads and two
footbridges near the old mill town.</p>
<p>{FLOOD} Rescue teams were still searching the riverbanks on Monday evening, according to
local officials.</p>
<p>Farmers in the area said the water rose faster than anyone had expected, and many families
spent the night on the roofs of their homes.</p>
</article></main>
<footer><p>Copyright 2025 The Riverside Courier. All rights reserved.</p>
<p>Follow us on social media for breaking alerts.</p></footer>
</body>
</html>
"""

BLOG_PAGE = f"""<!DOCTYPE html>
<html>
<head>
<title>Notes from the harbour: the strike enters its third week</title>
<meta property="og:title" content="The strike enters its third week">
<meta property="og:url" content="https://harbournotes.example.org/posts/strike-week-three">
<meta property="og:site_name" content="Harbour Notes">
<meta property="article:published_time" content="2025-05-19">
<meta name="author" content="Tomas Ferreira">
</head>
<body><div id="wrapper">
<div class="sidebar left"><h3>Categories</h3><ul>
<li><a href="/c/ports">Ports and shipping</a></li><li><a href="/c/labour">Labour news</a></li>
</ul></div>
<div class="post">
<h2 class="post-title">The strike enters its third week</h2>
<div class="post-meta">Posted by Tomas Ferreira</div>
<div class="post-content">
<p>Dock workers walked out again this morning, and the queue of container ships outside the
breakwater has grown longer every day since the dispute began.</p>
<p>{STRIKE} Union leaders told a rally that the talks would resume only after the wage offer
was improved.</p>
<p>Shop owners near the quay said business had slowed, though a few cafes reported more
customers than usual from the picket lines.</p>
</div>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share by email</a></div>
</div>
<div class="sidebar right"><h3>Popular posts</h3><ul>
<li><a href="/p/1">Ten years of the ferry line</a></li>
<li><a href="/p/2">Why the lighthouse went dark</a></li></ul>
<p>Subscribe to our newsletter for weekly updates.</p></div>
</div></body>
</html>
"""

MINIMAL_PAGE = f"""<html><head><title>Bridge closure</title></head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies or
manage your preferences.</div>
<p>The old iron bridge over the canal was closed to traffic on Friday after engineers found
cracks in two of its supports.</p>
<p>{BRIDGE} Drivers were told to expect long delays on the ring road.</p>
<p>Repairs are expected to take several months, the council added in a short statement.</p>
</body></html>
"""

LAYOUTS = {
    "news.html": (
        NEWS_PAGE,
        FLOOD,
        ["Subscribe today", "World desk", "All rights reserved", "Follow us"],
        {
            "title": "Floods in the valley leave dozens dead",
            "url": "https://courier.example.net/world/2025/03/valley-floods",
            "published": "2025-03-04",
            "author": "Mara Lindqvist",
            "site": "The Riverside Courier",
            "language": "en",
        },
    ),
    "blog.html": (
        BLOG_PAGE,
        STRIKE,
        ["Categories", "Ports and shipping", "Popular posts", "lighthouse", "newsletter", "Share"],
        {
            "title": "The strike enters its third week",
            "url": "https://harbournotes.example.org/posts/strike-week-three",
            "published": "2025-05-19",
            "author": "Tomas Ferreira",
            "site": "Harbour Notes",
        },
    ),
    "minimal.html": (
        MINIMAL_PAGE,
        BRIDGE,
        ["cookies", "preferences"],
        {"title": "Bridge closure", "url": None, "published": None, "author": None},
    ),
}


def read(*paths: str | Path, **options: object) -> list[Result]:
    return list(read_documents([str(path) for path in paths], **options))  # type: ignore[arg-type]


def codes(results: list[Result]) -> list[str]:
    return [result.code if isinstance(result, InputError) else "doc" for result in results]


def only_document(results: list[Result]) -> Document:
    assert len(results) == 1 and isinstance(results[0], Document), results
    return results[0]


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_html_layouts_text_without_furniture_and_metadata(tmp_path: Path, name: str) -> None:
    page, sentence, furniture, metadata = LAYOUTS[name]
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    document = only_document(read(path))
    assert (document.origin, document.format, document.offset) == (str(path), "html", None)
    assert sentence in " ".join(document.text.split())
    for words in furniture:
        assert words not in document.text, words
    for key, value in metadata.items():
        assert getattr(document, key) == value, key
    assert "\n\n" in document.text  # paragraphs are set apart, as in clean text pages


def test_html_page_through_the_pipeline(tmp_path: Path) -> None:
    path = tmp_path / "news.html"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    figures = extract_document(only_document(read(path)))
    killed = [figure for figure in figures if figure.text == "at least 40 people"]
    assert len(killed) == 1
    assert (killed[0].low, killed[0].qualifier, killed[0].source) == (
        40,
        "at_least",
        "health ministry",
    )


def test_windows_1252_page_without_charset(tmp_path: Path) -> None:
    text = (
        "Les autorités ont déclaré qu’au moins 40 personnes ont été tuées près de Genève. "
        "« C’est très grave », a déclaré le maire à la presse."
    )
    path = tmp_path / "page.html"
    path.write_bytes(f"<html><body><article><p>{text}</p></article></body></html>".encode("cp1252"))
    document = only_document(read(path))
    assert "40 personnes ont été tuées près de Genève" in document.text
    assert "« C’est très grave »" in document.text


def test_invalid_utf8_bytes_in_a_page(tmp_path: Path) -> None:
    text = "Officials said 17 fishermen were rescued off the café-lined coast near Málaga."
    body = f"<html><body><p>{text}</p><p>Broken: \xff\xfe here.</p></body></html>"
    data = body.encode("utf-8").replace(b"\xc3\xbf\xc3\xbe", b"\xff\xfe\x80")
    path = tmp_path / "broken.html"
    path.write_bytes(data)
    document = only_document(read(path))
    assert text in document.text
    assert "\ufffd" in document.text  # the bad bytes are replaced, nothing crashes


def test_html_declared_charset_wins(tmp_path: Path) -> None:
    body = '<html><head><meta charset="iso-8859-1"></head><body><p>Año: 12 heridos.</p></body>'
    path = tmp_path / "declared.html"
    path.write_bytes(body.encode("latin-1"))
    assert "Año: 12 heridos." in only_document(read(path)).text


def test_html_without_text_e103(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<!DOCTYPE html><html><head><title></title></head><body></body></html>")
    error = read(path)[0]
    assert isinstance(error, InputError) and (error.code, error.origin) == ("E103", str(path))


# --- WARC ----------------------------------------------------------------------------------------


def http_headers(content_type: str, status: str = "200 OK") -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")


def write_warc(path: Path, compress: bool) -> dict[str, int]:
    """A small archive: the offsets of its records, by name."""
    offsets: dict[str, int] = {}
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compress)

        def write(name: str, record: object) -> None:
            offsets[name] = out.tell()
            writer.write_record(record)

        write("warcinfo", writer.create_warcinfo_record(path.name, {"software": "tests"}))
        request = b"GET /world/valley-floods HTTP/1.1\r\nHost: courier.example.net\r\n\r\n"
        write(
            "request",
            writer.create_warc_record(
                "https://courier.example.net/world/valley-floods",
                "request",
                payload=io.BytesIO(request),
            ),
        )
        write(
            "news",
            writer.create_warc_record(
                "https://courier.example.net/world/valley-floods?ref=home",
                "response",
                payload=io.BytesIO(NEWS_PAGE.encode()),
                http_headers=http_headers("text/html; charset=utf-8"),
            ),
        )
        write(
            "image",
            writer.create_warc_record(
                "https://courier.example.net/logo.png",
                "response",
                payload=io.BytesIO(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
                http_headers=http_headers("image/png"),
            ),
        )
        write(
            "json",
            writer.create_warc_record(
                "https://courier.example.net/api/latest",
                "response",
                payload=io.BytesIO(json.dumps({"latest": [1, 2, 3]}).encode()),
                http_headers=http_headers("application/json"),
            ),
        )
        write(
            "metadata",
            writer.create_warc_record(
                "https://courier.example.net/world/valley-floods",
                "metadata",
                payload=io.BytesIO(b"via: https://courier.example.net/\r\n"),
                warc_content_type="application/warc-fields",
            ),
        )
        write(
            "revisit",
            writer.create_revisit_record(
                "https://courier.example.net/world/valley-floods",
                digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                refers_to_uri="https://courier.example.net/world/valley-floods",
                refers_to_date="2025-03-04T09:00:00Z",
                http_headers=http_headers("text/html"),
            ),
        )
        write(
            "missing",
            writer.create_warc_record(
                "https://courier.example.net/gone",
                "response",
                payload=io.BytesIO(b"<html><body><p>This page was not found.</p></body></html>"),
                http_headers=http_headers("text/html", "404 Not Found"),
            ),
        )
        write(
            "bridge",
            writer.create_warc_record(
                "https://citynews.example.com/bridge",
                "response",
                payload=io.BytesIO(MINIMAL_PAGE.encode()),
                http_headers=http_headers("text/html"),
            ),
        )
    offsets["end"] = path.stat().st_size
    return offsets


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_html_responses_become_documents(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    offsets = write_warc(path, compress=name.endswith(".gz"))
    stats = WarcStats()
    news, bridge = list(read_warc(str(path), stats=stats))
    assert isinstance(news, Document) and isinstance(bridge, Document)
    assert (news.origin, news.offset, news.format) == (
        f"{path}@{offsets['news']}",
        offsets["news"],
        "warc",
    )
    # The page's canonical URL wins over the target URI; without one, the target URI is used.
    assert news.url == "https://courier.example.net/world/2025/03/valley-floods"
    assert FLOOD in " ".join(news.text.split()) and "Subscribe" not in news.text
    assert (news.published, news.site) == ("2025-03-04", "The Riverside Courier")
    assert (bridge.origin, bridge.url) == (
        f"{path}@{offsets['bridge']}",
        "https://citynews.example.com/bridge",
    )
    assert BRIDGE in " ".join(bridge.text.split())
    assert (stats.records, stats.documents, stats.errors) == (9, 2, 0)
    assert stats.skipped == Counter(
        {"warcinfo": 1, "request": 1, "metadata": 1, "revisit": 1, "not HTML": 2, "HTTP 404": 1}
    )
    # read_documents finds the archive by its content, whatever its name.
    renamed = path.rename(tmp_path / "archive.bin")
    assert [result.offset for result in read(renamed)] == [offsets["news"], offsets["bridge"]]


@pytest.mark.parametrize("name", ["cut.warc.gz", "cut.warc"])
def test_truncated_warc_error_with_offset_after_earlier_documents(
    tmp_path: Path, name: str
) -> None:
    whole = tmp_path / f"whole-{name}"
    offsets = write_warc(whole, compress=name.endswith(".gz"))
    path = tmp_path / name
    cut = (offsets["bridge"] + offsets["end"]) // 2  # halfway through the last record
    path.write_bytes(whole.read_bytes()[:cut])
    results = read(path, tmp_path / "missing.txt")
    assert codes(results) == ["doc", "E115", "E100"]  # the next input is still read
    assert results[0].origin == f"{path}@{offsets['news']}"
    error = results[1]
    assert isinstance(error, InputError)
    assert (error.origin, error.record) == (str(path), f"@{offsets['bridge']}")
    assert error.line() == f"E115 {path}@{offsets['bridge']}: bad WARC record (truncated record)"


def test_corrupt_warc_record_error_names_its_offset(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    offsets = write_warc(whole, compress=False)
    data = whole.read_bytes()
    path = tmp_path / "corrupt.warc"
    garbage = b"this is not a WARC record\r\n\r\n"
    path.write_bytes(data[: offsets["image"]] + garbage + data[offsets["image"] :])
    results = read(path)
    assert codes(results) == ["doc", "E115"]
    assert results[1].record == f"@{offsets['image']}"  # type: ignore[union-attr]


def test_warc_record_larger_than_the_limit_e108(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    offsets = write_warc(path, compress=True)
    results = read(path, max_bytes=len(MINIMAL_PAGE) + 10)  # the news page is larger
    assert codes(results) == ["E108", "doc"]
    assert results[0].record == f"@{offsets['news']}"  # type: ignore[union-attr]
    assert results[1].offset == offsets["bridge"]  # type: ignore[union-attr]


def test_warc_gzip_encoded_bomb_in_a_record_is_cut_off(tmp_path: Path) -> None:
    path = tmp_path / "bomb.warc.gz"
    bomb = gzip.compress(b" " * (8 << 20))
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
            protocol="HTTP/1.1",
        )
        writer.write_record(
            writer.create_warc_record(
                "https://bomb.example/", "response", payload=io.BytesIO(bomb), http_headers=headers
            )
        )
    error = read(path, max_bytes=1 << 20)[0]
    assert isinstance(error, InputError) and (error.code, error.record) == ("E111", "@0")


def test_warc_resource_records_with_html_are_pages(tmp_path: Path) -> None:
    path = tmp_path / "browser.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        for uri, content_type, body in [
            ("https://citynews.example.com/bridge", "text/html; charset=utf-8", MINIMAL_PAGE),
            ("urn:text:https://citynews.example.com/bridge", "text/plain", "Plain text copy."),
        ]:
            record = writer.create_warc_record(
                uri, "resource", payload=io.BytesIO(body.encode()), warc_content_type=content_type
            )
            writer.write_record(record)
    document = only_document(read(path))
    assert (document.origin, document.url, document.format) == (
        f"{path}@0",
        "https://citynews.example.com/bridge",
        "warc",
    )


# --- formats by content, in a mixed directory ----------------------------------------------------

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Valley Wire</title><link>https://wire.example.com/</link><language>en-us</language>
<item><title>Flood toll rises</title><link>https://wire.example.com/flood</link>
<pubDate>Tue, 04 Mar 2025 09:30:00 +0000</pubDate>
<author>desk@wire.example.com (News Desk)</author>
<description>&lt;p&gt;The health ministry said at least &lt;b&gt;40&lt;/b&gt; people were
killed.&lt;/p&gt;&lt;p&gt;Roads remain closed.&lt;/p&gt;</description></item>
<item><title>Bridge shut</title><link>https://wire.example.com/bridge</link>
<pubDate>Wed, 05 Mar 2025 23:30:00 -0500</pubDate>
<description>The city council said 12,000 vehicles used the bridge daily.</description></item>
<item><title>Headline only</title><link>https://wire.example.com/empty</link></item>
</channel></rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Notes</title>
<id>urn:example:harbour</id><updated>2025-05-20T10:00:00Z</updated>
<entry><title>Strike week three</title><link href="https://harbournotes.example.org/p/3"/>
<id>urn:example:3</id><published>2025-05-18T22:00:00-03:00</published>
<updated>2025-05-19T10:00:00Z</updated><author><name>Tomas Ferreira</name></author>
<content type="html">&lt;p&gt;The port authority said 23 vessels were waiting at anchor.&lt;/p&gt;
&lt;p&gt;Talks resume on Monday.&lt;/p&gt;</content></entry>
<entry><title>Picket grows</title><link href="https://harbournotes.example.org/p/4"/>
<id>urn:example:4</id><updated>2025-05-20T10:00:00Z</updated>
<summary>Union leaders said 300 workers joined the picket.</summary></entry>
</feed>
"""


def test_rss_file_one_document_per_entry(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_bytes(RSS)
    flood, bridge, empty = read(path)
    assert isinstance(flood, Document) and isinstance(bridge, Document)
    assert flood.origin == f"{path}#1" and flood.format == "feed"
    assert flood.text == (
        "The health ministry said at least 40 people were killed.\n\nRoads remain closed."
    )
    assert (flood.title, flood.url, flood.published) == (
        "Flood toll rises",
        "https://wire.example.com/flood",
        "2025-03-04",
    )
    assert (flood.author, flood.site, flood.language) == ("News Desk", "Valley Wire", "en")
    assert bridge.origin == f"{path}#2"
    assert bridge.published == "2025-03-05"  # the day as the feed wrote it, not UTC's
    assert isinstance(empty, InputError)
    assert (empty.code, empty.origin, empty.record) == ("E103", str(path), "#3")


def test_atom_file_one_document_per_entry(tmp_path: Path) -> None:
    path = tmp_path / "harbour.atom"
    path.write_bytes(ATOM)
    strike, picket = read(path)
    assert isinstance(strike, Document) and isinstance(picket, Document)
    assert strike.text.startswith("The port authority said 23 vessels were waiting at anchor.")
    assert (strike.origin, strike.url, strike.published, strike.author) == (
        f"{path}#1",
        "https://harbournotes.example.org/p/3",
        "2025-05-18",
        "Tomas Ferreira",
    )
    assert (picket.text, picket.published) == (
        "Union leaders said 300 workers joined the picket.",
        "2025-05-20",
    )


def test_broken_feed_e116(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut &oops')
    error = read(path)[0]
    assert isinstance(error, InputError) and (error.code, error.origin) == ("E116", str(path))


def test_mixed_directory_detected_by_content(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a_page.txt").write_text(NEWS_PAGE)  # HTML with a text extension
    (folder / "b_records.data").write_text(  # JSON Lines with a made-up extension
        json.dumps({"id": "r1", "text": "Officials counted 9 damaged houses."})
        + "\n{not json\n"
        + json.dumps({"text": "Two schools were closed."})
        + "\n"
    )
    (folder / "c_feed.txt").write_bytes(ATOM)
    (folder / "d_seed.html").write_text(  # a seed text page with an HTML extension
        "date 2025-03-01 Support us\n\nQuake rescue goes on\n\n"
        "Rescuers pulled 14 people from the rubble overnight, the fire service said.\n"
    )
    write_warc(folder / "e_archive.dat", compress=True)
    with gzip.open(folder / "f_notes.gz", "wb") as handle:
        handle.write(b"Engineers inspected 31 bridges after the storm, the agency said.\n")
    with gzip.open(folder / "g_dump.jsonl.gz", "wb") as handle:
        handle.write(json.dumps({"text": "Five ferries were cancelled."}).encode() + b"\n")
    (folder / "h_photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "i_corrupt.gz").write_bytes(gzip.compress(b"some text here")[:-6])

    results = read(folder)

    summary = [
        (result.origin, result.code if isinstance(result, InputError) else result.format)
        for result in results
    ]
    warc = f"{folder}/e_archive.dat"
    assert [(origin.split("@")[0], kind) for origin, kind in summary] == [
        (f"{folder}/a_page.txt", "html"),
        (f"{folder}/b_records.data:1", "jsonl"),
        (f"{folder}/b_records.data", "E104"),
        (f"{folder}/b_records.data:3", "jsonl"),
        (f"{folder}/c_feed.txt#1", "feed"),
        (f"{folder}/c_feed.txt#2", "feed"),
        (f"{folder}/d_seed.html", "seed"),
        (warc, "warc"),
        (warc, "warc"),
        (f"{folder}/f_notes.gz", "text"),
        (f"{folder}/g_dump.jsonl.gz:1", "jsonl"),
        (f"{folder}/h_photo.txt", "E102"),
        (f"{folder}/i_corrupt.gz", "E107"),
    ]
    malformed = results[2]
    assert isinstance(malformed, InputError) and malformed.where == f"{folder}/b_records.data:2"
    assert results[6].published == "2025-03-01"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"", Format.TEXT),
        (b"Plain words.\n", Format.TEXT),
        (b"date 2025-03-01 Home\nText.", Format.SEED),
        (b"\xef\xbb\xbf  \n<!doctype HTML><p>x", Format.HTML),
        (b"<!-- saved --><html><body>x", Format.HTML),
        (b"<article><p>Only an article.</p></article>", Format.HTML),
        (b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', Format.HTML),
        (b'<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><rss version="2.0">', Format.FEED),
        (b'<feed xmlns="http://www.w3.org/2005/Atom">', Format.FEED),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', Format.FEED),
        (b'{"text": "x"}\n{"text": "y"}\n', Format.JSONL),
        (b'{"text": "' + b"x" * 9000, Format.JSONL),  # a first record longer than the sniff
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", Format.WARC),
        (gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n"), Format.WARC_GZ),
        (gzip.compress(b"just text"), Format.GZIP),
        (b"\x00\x01\x02", Format.BINARY),
        (b"%PDF-1.7\n\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f", Format.BINARY),
    ],
)
def test_sniff(head: bytes, expected: Format) -> None:
    assert sniff(head) == expected


def test_inflate_limits_members_and_truncation() -> None:
    two_members = gzip.compress(b"first ") + gzip.compress(b"second")
    assert inflate([two_members[:7], two_members[7:]], 100) == b"first second"
    with pytest.raises(LimitExceeded):
        inflate([gzip.compress(bytes(10_000))], 1_000)
    with pytest.raises(zlib.error):
        inflate([two_members[:-3]], 100)


def write_gzip_bomb(path: Path, megabytes: int) -> None:
    """``megabytes`` MiB of zeros, gzipped a chunk at a time (small on disk and in memory)."""
    zeros = bytes(1 << 20)
    with gzip.GzipFile(path, "wb", compresslevel=9) as handle:
        for _ in range(megabytes):
            handle.write(zeros)


def test_gzip_bomb_file_refused_without_exhausting_memory(tmp_path: Path) -> None:
    path = tmp_path / "report.txt.gz"
    write_gzip_bomb(path, 200)
    assert path.stat().st_size < 1 << 20
    limit = 1 << 20
    tracemalloc.start()
    try:
        results = read(path, tmp_path / "missing.txt", max_bytes=limit)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert codes(results) == ["E111", "E100"]
    assert results[0].line() == (
        f"E111 {path}: compressed data larger than the limit "
        f"(more than {limit} bytes once decompressed)"
    )
    assert peak < 8 * limit  # at most the limit (and a copy or two) was ever decompressed
    # With the default limit (20 MiB), the same file is refused too.
    assert codes(read(path)) == ["E111"]


def test_stdin_html_and_gzip() -> None:
    document = only_document(read("-", stdin=io.BytesIO(MINIMAL_PAGE.encode())))
    assert (document.origin, document.format) == ("-", "html")
    compressed = gzip.compress(NEWS_PAGE.encode())
    assert only_document(read("-", stdin=io.BytesIO(compressed))).title == (
        "Floods in the valley leave dozens dead"
    )


# --- URLs, from a local server -------------------------------------------------------------------


@functools.cache
def bomb_body() -> bytes:
    """64 MiB of zeros, gzipped: about 64 KB on the wire."""
    return gzip.compress(bytes(64 << 20), compresslevel=9)


SMALL_LIMIT = 256 * 1024
SLOW_SECONDS = 1.5


class Handler(BaseHTTPRequestHandler):
    """The routes the URL tests fetch."""

    agents: ClassVar[list[str]] = []

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def send(self, status: int, content_type: str, body: bytes, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        Handler.agents.append(self.headers.get("User-Agent", ""))
        route = self.path
        try:
            if route == "/page":
                self.send(200, "text/html; charset=utf-8", NEWS_PAGE.encode())
            elif route == "/moved":
                self.send(302, "text/plain", b"", Location="/page")
            elif route == "/loop":
                self.send(302, "text/plain", b"", Location="/loop")
            elif route == "/missing":
                self.send(404, "text/html", b"<p>Not here.</p>")
            elif route == "/slow":
                time.sleep(SLOW_SECONDS)
                self.send(200, "text/html", MINIMAL_PAGE.encode())
            elif route == "/huge":
                self.send(200, "text/html", b"<p>" + b"word " * (SMALL_LIMIT // 4) + b"</p>")
            elif route == "/bomb":
                self.send(200, "text/html", bomb_body(), Content_Encoding="gzip")
            elif route == "/zipped":
                body = gzip.compress(BLOG_PAGE.encode())
                self.send(200, "text/html", body, Content_Encoding="gzip")
            elif route == "/feed":
                self.send(200, "application/rss+xml", RSS)
            elif route == "/notes":
                text = "Le maire a déclaré que 12 écoles étaient fermées.\n"
                self.send(200, "text/plain; charset=iso-8859-1", text.encode("latin-1"))
            elif route == "/logo":
                self.send(200, "image/png", b"\x89PNG\r\n\x1a\n\x00\x00")
            else:
                self.send(404, "text/plain", b"no route")
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeouts)
            pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with make_client(timeout=httpx.Timeout(0.5)) as made:
        yield made


def test_urls_file_counts_documents_and_errors(
    tmp_path: Path, server: str, client: httpx.Client
) -> None:
    routes = ["page", "moved", "missing", "slow", "huge", "bomb", "zipped", "feed", "notes", "logo"]
    urls = tmp_path / "urls.txt"
    urls.write_text(
        "# to read today\n\n"
        + "\n".join(f"{server}/{route}" for route in routes)
        + "\nftp://files.example.org/report.txt\n"
        + f"{server}/loop\n"
    )
    started = time.monotonic()
    results = list(read_documents([], urls_file=urls, client=client, max_bytes=SMALL_LIMIT))
    assert time.monotonic() - started < 10

    by_origin = {
        result.where if isinstance(result, InputError) else result.origin: result
        for result in results
    }
    assert Counter(codes(results)) == Counter(
        {"doc": 6, "E103": 1, "E112": 1, "E113": 2, "E114": 2, "E118": 1, "E119": 1}
    )
    page, moved = by_origin[f"{server}/page"], by_origin[f"{server}/moved"]
    assert isinstance(page, Document) and isinstance(moved, Document)
    assert (page.format, page.url, page.published) == (
        "url",
        "https://courier.example.net/world/2025/03/valley-floods",
        "2025-03-04",
    )
    assert moved.text == page.text
    errors = {key: value for key, value in by_origin.items() if isinstance(value, InputError)}
    missing, slow = errors[f"{server}/missing"], errors[f"{server}/slow"]
    assert missing.line() == f"E112 {server}/missing: HTTP error (404 Not Found)"
    assert slow.code == "E113" and slow.detail == "timed out (ReadTimeout)"
    assert errors[f"{server}/loop"].detail == "more than 5 redirects"
    assert errors[f"{server}/huge"].code == "E114"
    assert errors[f"{server}/bomb"].line() == (
        f"E114 {server}/bomb: response too large (more than {SMALL_LIMIT} bytes)"
    )
    assert errors[f"{server}/logo"].line() == (
        f"E118 {server}/logo: unsupported content type (image/png)"
    )
    assert errors[f"{urls}:13"].code == "E119"  # line 13 of the list: not an http(s) URL
    zipped = by_origin[f"{server}/zipped"]
    assert isinstance(zipped, Document) and STRIKE in " ".join(zipped.text.split())
    feed_entries = [by_origin[f"{server}/feed#{number}"] for number in (1, 2)]
    assert [entry.format for entry in feed_entries] == ["feed", "feed"]  # type: ignore[union-attr]
    assert errors[f"{server}/feed#3"].code == "E103"  # the entry without text
    notes = by_origin[f"{server}/notes"]
    assert isinstance(notes, Document)
    assert (notes.text, notes.format, notes.url) == (
        "Le maire a déclaré que 12 écoles étaient fermées.",
        "url",
        f"{server}/notes",
    )


def test_url_arguments_with_the_default_client(server: str, tmp_path: Path) -> None:
    Handler.agents.clear()
    (tmp_path / "local.html").write_text(MINIMAL_PAGE)
    results = read(f"{server}/page", tmp_path / "local.html", f"{server}/missing")
    assert codes(results) == ["doc", "doc", "E112"]
    assert results[0].origin == f"{server}/page"
    assert Handler.agents and all(agent == USER_AGENT for agent in Handler.agents)
    assert USER_AGENT.startswith("reportedly/0.") and "(+https://github.com/" in USER_AGENT


def test_unreachable_url_e113(client: httpx.Client) -> None:
    with Fetcher(client) as fetcher:
        error = fetcher.fetch("http://127.0.0.1:9/nothing-listens-here")
    assert isinstance(error, InputError) and error.code == "E113"
    assert error.origin == "http://127.0.0.1:9/nothing-listens-here"


def test_content_encodings_with_an_injected_transport() -> None:
    page = MINIMAL_PAGE.encode()
    bodies = {
        "/identity": ({"Content-Encoding": "identity"}, page),
        "/deflate": ({"Content-Encoding": "deflate"}, zlib.compress(page)),
        "/brotli": ({"Content-Encoding": "br"}, b"\x0b\x02\x80"),
    }

    def respond(request: httpx.Request) -> httpx.Response:
        headers, body = bodies[request.url.path]
        assert request.headers["Accept-Encoding"] == "gzip, deflate"
        headers = {"Content-Type": "text/html", **headers}
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(body))

    with make_client(transport=httpx.MockTransport(respond)) as client:
        urls = [f"https://mock.example{path}" for path in bodies]
        results = list(read_documents(urls, client=client))
    assert codes(results) == ["doc", "doc", "E113"]
    assert results[0].text == results[1].text  # type: ignore[union-attr]
    assert results[2].detail == "unsupported content encoding 'br'"  # type: ignore[union-attr]
