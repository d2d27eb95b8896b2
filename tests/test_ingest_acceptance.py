"""Issue #5's acceptance, end to end through ``reportedly ingest``: a corpus of every input
format (HTML pages in three layouts, a WARC.gz, JSON Lines with a malformed line, a feed, a
syndicated copy under another URL, a page in French, a gzip bomb), counts asserted."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import sqlalchemy as sa
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from articles import FRENCH, NEAR, ORIGINAL
from reportedly import store
from reportedly.cli import main


def page(title: str, body: str, url: str, layout: int) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    head = (f'<head><meta charset="utf-8"><title>{title}</title>'
            f'<link rel="canonical" href="{url}">'
            '<meta property="article:published_time" content="2025-03-04T09:00:00Z"></head>')
    if layout == 0:
        return (f"<!DOCTYPE html><html lang='en'>{head}<body><nav><a href='/'>Home</a> "
                f"<a href='/world'>World</a></nav><article><h1>{title}</h1>{paragraphs}"
                "</article><footer>© Valley Post</footer></body></html>")
    if layout == 1:
        return (f"<html>{head}<body><div class='sidebar'><h3>Topics</h3><ul><li>Weather</li>"
                f"</ul></div><div class='post-content'><h1>{title}</h1>{paragraphs}</div>"
                "<div class='comments'>Leave a comment</div></body></html>")
    return (f"<html>{head}<body><div class='cookie-banner'>We use cookies. <button>OK</button>"
            f"</div><h1>{title}</h1>{paragraphs}</body></html>")


def article(title: str, lines: list[str]) -> str:
    return "\n\n".join([title, *lines])


def write_warc(path: Path, pages: list[tuple[str, str]]) -> None:
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, html in pages:
            writer.write_record(writer.create_warc_record(
                url, "request", payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")],
                                              is_http_request=True)))
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode()),
                http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                              protocol="HTTP/1.1")))
        writer.write_record(writer.create_revisit_record(
            pages[0][0], digest="sha1:AAAA", refers_to_uri=pages[0][0],
            refers_to_date="2025-03-04T09:00:00Z"))
        writer.write_record(writer.create_warc_record(
            "https://valley.example/logo.png", "response", payload=io.BytesIO(b"\x89PNG\r\n"),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "image/png")],
                                          protocol="HTTP/1.1")))


def build_corpus(root: Path) -> None:
    root.mkdir()
    first, *rest = ORIGINAL.split("\n\n", 1)
    (root / "a_original.html").write_text(
        page(first, rest[0], "https://valley.example/floods", 0), encoding="utf-8")
    near_title, near_body = NEAR.split("\n\n", 1)
    (root / "b_syndicated.html").write_text(  # the same story under another outlet's URL
        page(near_title, near_body, "https://wire.example/varden-floods", 1), encoding="utf-8")
    (root / "c_bridge.html").write_text(page(
        "Bridge reopens after repairs", article("Bridge reopens", [
            "The transport agency said on Monday that 12 lanes reopened after repairs costing "
            "about 3 million euros. Engineers inspected 48 supports before traffic resumed."]),
        "https://valley.example/bridge", 2), encoding="utf-8")
    (root / "d_french.html").write_text(
        page("Crue dans la vallée", FRENCH, "https://fr.example/crue", 0), encoding="utf-8")
    write_warc(root / "e_crawl.warc.gz", [
        ("https://valley.example/schools", page("Schools stay shut", article("Schools", [
            "The education office said 14 schools in the valley would stay closed until "
            "Friday, and about 3,100 pupils would study at home."]),
            "https://valley.example/schools", 0)),
        ("https://valley.example/aid", page("Aid arrives", article("Aid arrives", [
            "The Red Cross said on Wednesday that it had delivered 900 food parcels and 2,000 "
            "litres of drinking water to families in the valley."]),
            "https://valley.example/aid", 1)),
    ])
    (root / "f_wire.jsonl").write_text("\n".join([
        json.dumps({"id": "wire-1", "url": "https://wire.example/1", "published": "2025-03-05",
                    "text": "Police said 6 people were still missing after the floods."}),
        '{"id": "wire-2", "text": "unterminated',
        json.dumps({"id": "wire-3", "url": "https://wire.example/3", "published": "2025-03-05",
                    "text": "The weather service said rain would ease after 40 hours."}),
    ]) + "\n", encoding="utf-8")
    (root / "g_feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Post</title>'
        "<item><title>Roads</title><link>https://valley.example/roads</link>"
        "<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate><description>&lt;p&gt;The roads "
        "agency said 23 roads remained closed on Tuesday.&lt;/p&gt;</description></item>"
        "<item><title>Power</title><link>https://valley.example/power</link>"
        "<pubDate>Tue, 04 Mar 2025 12:00:00 GMT</pubDate><description>&lt;p&gt;The grid "
        "operator said about 1,800 homes were without power.&lt;/p&gt;</description></item>"
        "</channel></rss>", encoding="utf-8")
    with gzip.open(root / "h_bomb.txt.gz", "wb") as bomb:  # 64 MiB of zeros in ~64 KiB
        for _ in range(64):
            bomb.write(b"\0" * (1 << 20))


def test_every_format_ingested_with_copies_languages_and_faults_counted(tmp_path, db_url):
    corpus = tmp_path / "corpus"
    build_corpus(corpus)
    db = db_url
    run = CliRunner().invoke(main, ["ingest", str(corpus), "--db", db, "--format", "json"])
    assert run.exit_code == 1, run.output  # two inputs failed
    summary = json.loads(run.stdout)
    # 4 pages + 2 WARC responses + 3 JSONL lines + 2 feed entries + the bomb = 12 read
    assert {key: summary[key] for key in ("read", "stored", "unchanged", "duplicates", "near",
                                          "skipped_language", "failed")} == {
        "read": 12, "stored": 10, "unchanged": 0, "duplicates": 1, "near": 1,
        "skipped_language": 1, "failed": 2}
    assert sorted(e["code"] for e in summary["errors"]) == ["E104", "E111"]
    engine = sa.create_engine(store.database_url(db))
    with engine.connect() as conn:
        docs = {row.doc_key: row for row in conn.execute(sa.text(
            "SELECT id, doc_key, duplicate_of, duplicate_kind, skipped, format, record_offset "
            "FROM documents"))}
        copy = docs["https://wire.example/varden-floods"]
        assert (copy.duplicate_of, copy.duplicate_kind) == (
            docs["https://valley.example/floods"].id, "near")
        flags = conn.execute(sa.text("SELECT text, copy FROM figures WHERE document_id = :d"),
                             {"d": copy.id}).all()
        assert flags and all(flag for text, flag in flags if "4,200" in text)
        assert docs["https://fr.example/crue"].skipped.startswith("language fr")
        assert {docs[k].format for k in ("https://valley.example/schools",
                                         "https://valley.example/aid")} == {"warc"}
        assert all(docs[k].record_offset is not None for k in ("https://valley.example/aid",))
        errors = conn.execute(sa.text("SELECT origin, record, code FROM ingest_errors")).all()
        assert {(Path(o).name, r, c) for o, r, c in errors} == {
            ("f_wire.jsonl", "2", "E104"), ("h_bomb.txt.gz", None, "E111")}
    engine.dispose()
    again = CliRunner().invoke(main, ["ingest", str(corpus), "--db", db, "--format", "json"])
    assert json.loads(again.stdout)["unchanged"] == 10  # resumed: nothing stored twice
