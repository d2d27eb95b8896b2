"""Ingest throughput for HTML pages and WARC archives, beside trafilatura alone, and the memory
of streaming a WARC of a gigabyte or more.

What it measures
----------------
* **Pages.** News pages generated here, deterministically: the article texts of
  ``benchmarks/throughput.py``'s corpus (English news-style sentences written for the
  benchmarks), each wrapped in one of three page layouts with navigation, sidebars, cookie
  banners and footers around the article, a canonical link, a byline and a publication date.
  ``--pages`` sets how many (default 1,000).
* **trafilatura alone.** ``trafilatura.extract(html)`` on every page: the cost of turning HTML
  into text, which every HTML ingest pays.
* **reportedly, HTML.** ``read_documents([folder])`` (content sniffing, decoding, trafilatura
  with metadata, language identification where the reader does it) and ``extract_document``
  (figures, claimants, dates) on every page of a folder of ``.html`` files.
* **reportedly, WARC.** The same pages as ``response`` records of a ``.warc.gz`` (with
  ``request`` records beside them, as crawlers write them), read and extracted the same way.
* **reportedly ingest.** ``reportedly ingest FOLDER --db sqlite:///…`` in-process: the whole
  command, storing every document and figure in a fresh SQLite ledger (duplicate detection and
  all).
* **Memory.** A WARC of at least ``--warc-gb`` gigabytes (default 1.0), generated on disk:
  HTML responses between large non-HTML responses (images and archives a crawl also holds),
  streamed through ``read_documents`` and ``extract_document`` in a fresh process that samples
  its resident memory (``VmRSS``) as it goes. Memory is flat when the peak is within a few tens
  of megabytes of the level reached after the first tenth of the file.

Each timing is the best of ``--rounds`` (default 2) after a warm-up on a few pages, wall time
with ``time.perf_counter``, one process, one core.

Usage::

    python benchmarks/ingest.py [--pages N] [--warc-gb G] [--rounds R] [--keep DIR] [--json]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

PUBLISHED = "2025-03-01"
WARMUP = 5

LAYOUTS = [
    # a news site: header navigation, <article>, related links, footer
    """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Daily Ledger
</title><link rel="canonical" href="{url}"><meta name="author" content="{author}">
<meta property="article:published_time" content="{date}T08:00:00Z">
<meta property="og:site_name" content="Daily Ledger"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a>
<a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">By {author}</p>{paragraphs}</article>
<aside><h2>Related</h2><ul><li><a href="/a">Markets close higher</a></li>
<li><a href="/b">Weather: storms expected</a></li></ul></aside></main>
<footer><p>© 2025 Daily Ledger. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>""",
    # a blog-style page: sidebars, widgets, a comment form
    """<html><head><title>{title}</title><link rel="canonical" href="{url}">
<meta name="date" content="{date}"></head><body><div id="wrap"><div class="sidebar">
<h3>Categories</h3><ul><li>Conflict</li><li>Economy</li><li>Climate</li></ul>
<h3>Newsletter</h3><form><input name="email"><button>Subscribe</button></form></div>
<div class="post"><h1 class="post-title">{title}</h1><div class="post-meta">{date} by {author}
</div><div class="post-content">{paragraphs}</div></div>
<div class="comments"><h3>Leave a comment</h3><textarea></textarea></div></div></body></html>""",
    # a minimal page with a cookie banner
    """<html><head><title>{title}</title></head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button>
</div><h1>{title}</h1>{paragraphs}<p class="footer">Contact: desk@example.org</p>
</body></html>""",
]


def pages(count: int, seed: int = 20250301) -> list[tuple[str, str]]:
    """``count`` (url, html) pairs: benchmark articles in the three layouts."""
    from throughput import build_corpus

    corpus = build_corpus(max(20_000, count * 320), seed)
    rng = random.Random(seed)
    out = []
    authors = ["Ana Ruiz", "John Park", "Maria Silva", "Tom Evans"]
    for k, text in enumerate(corpus.docs[:count]):
        paras = [p for p in text.split("\n\n") if p.strip()] or [text]
        title = " ".join(paras[0].split()[:9]).rstrip(",.;:")
        url = f"https://news.example.org/world/{k:06d}-story"
        html = LAYOUTS[k % len(LAYOUTS)].format(
            title=title, url=url, author=rng.choice(authors),
            date=f"2025-02-{1 + k % 28:02d}",
            paragraphs="".join(f"<p>{p}</p>" for p in paras))
        out.append((url, html))
    return out


def http_response(html: str) -> bytes:
    body = html.encode("utf-8")
    head = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode("ascii")
    return head + body


def write_warc(path: Path, items: Iterator[tuple[str, bytes, str]], gz: bool) -> int:
    """Write (uri, http payload, kind) items as WARC records; returns the file size."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for uri, payload, kind in items:
            if kind == "request":
                headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example.org")],
                                           is_http_request=True)
                record = writer.create_warc_record(uri, "request", payload=io.BytesIO(b""),
                                                   http_headers=headers)
            else:
                head, _, body = payload.partition(b"\r\n\r\n")
                lines = head.decode("ascii").split("\r\n")
                headers = StatusAndHeaders(lines[0].split(" ", 1)[1],
                                           [tuple(x.split(": ", 1)) for x in lines[1:]],
                                           protocol="HTTP/1.1")
                record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                   http_headers=headers)
            writer.write_record(record)
    return path.stat().st_size


def timed(fn: Callable[[], int], rounds: int) -> tuple[float, int]:
    """Best wall time of ``rounds`` runs of ``fn`` (which returns a count)."""
    best, count = float("inf"), 0
    for _ in range(rounds):
        t0 = time.perf_counter()
        count = fn()
        best = min(best, time.perf_counter() - t0)
    return best, count


def read_and_extract(path: str) -> int:
    from reportedly.errors import InputError
    from reportedly.ingest import read_documents
    from reportedly.pipeline import extract_document

    docs = 0
    for item in read_documents([path]):
        if not isinstance(item, InputError):
            extract_document(item)
            docs += 1
    return docs


def run_ingest(folder: str, db_dir: Path) -> int:
    from click.testing import CliRunner

    from reportedly.cli import main

    db = db_dir / f"ledger-{time.monotonic_ns()}.db"
    result = CliRunner().invoke(main, ["ingest", folder, "--db", f"sqlite:///{db}"])
    if result.exit_code not in (0, 1):
        raise RuntimeError(result.output)
    return int(result.output.split()[0])  # "N read, ..."


def rss_mb() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def memory_worker(path: str, total_docs: int) -> None:
    """Stream a big WARC, printing JSON with RSS samples (runs in its own process)."""
    from reportedly.errors import InputError
    from reportedly.ingest import read_documents
    from reportedly.pipeline import extract_document

    samples: list[tuple[int, float]] = []
    docs = 0
    t0 = time.perf_counter()
    step = max(1, total_docs // 20)
    for item in read_documents([path]):
        if isinstance(item, InputError):
            continue
        extract_document(item)
        docs += 1
        if docs % step == 0:
            samples.append((docs, rss_mb()))
    samples.append((docs, rss_mb()))
    print(json.dumps({"docs": docs, "seconds": time.perf_counter() - t0, "samples": samples}))


def big_warc(path: Path, html_pages: list[tuple[str, str]], gigabytes: float) -> tuple[int, int]:
    """A WARC (uncompressed) of at least ``gigabytes``: HTML responses between 1 MiB non-HTML
    responses. Returns (size in bytes, number of HTML records)."""
    target = int(gigabytes * 1024**3)
    blob = os.urandom(1 << 20)  # incompressible, like the images and archives of a crawl
    binary = (b"HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Length: "
              + str(len(blob)).encode() + b"\r\n\r\n" + blob)
    html_count = 0

    def items() -> Iterator[tuple[str, bytes, str]]:
        nonlocal html_count
        written, k = 0, 0
        while written < target:
            url, html = html_pages[k % len(html_pages)]
            payload = http_response(html.replace("</title>", f" #{k}</title>", 1))
            html_count += 1
            yield f"{url}?copy={k}", payload, "response"
            yield f"https://files.example.org/archive-{k}.zip", binary, "response"
            written += len(payload) + len(binary) + 1200
            k += 1

    return write_warc(path, items(), gz=False), html_count


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--warc-gb", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--keep", help="write the generated inputs here and keep them")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--memory-worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_worker:
        memory_worker(args.memory_worker[0], int(args.memory_worker[1]))
        return 0

    import trafilatura

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="reportedly-ingest-"))
    work.mkdir(parents=True, exist_ok=True)
    html_pages = pages(args.pages)
    folder = work / "pages"
    folder.mkdir(exist_ok=True)
    for k, (_, html) in enumerate(html_pages):
        (folder / f"page-{k:06d}.html").write_text(html, encoding="utf-8")
    warc_gz = work / "pages.warc.gz"
    write_warc(warc_gz, ((u, http_response(h), kind) for u, h in html_pages
                         for kind in ("request", "response")), gz=True)

    # warm-up: imports, the spaCy pipeline, trafilatura's first call
    for _, html in html_pages[:WARMUP]:
        trafilatura.extract(html)
    warm = work / "warm"
    warm.mkdir(exist_ok=True)
    for k, (_, html) in enumerate(html_pages[:WARMUP]):
        (warm / f"w{k}.html").write_text(html, encoding="utf-8")
    read_and_extract(str(warm))

    results: dict[str, dict[str, float]] = {}
    seconds, n = timed(lambda: sum(trafilatura.extract(h) is not None for _, h in html_pages),
                       args.rounds)
    results["trafilatura.extract alone"] = {"docs": n, "seconds": seconds}
    seconds, n = timed(lambda: read_and_extract(str(folder)), args.rounds)
    results["reportedly: HTML read + extract"] = {"docs": n, "seconds": seconds}
    seconds, n = timed(lambda: read_and_extract(str(warc_gz)), args.rounds)
    results["reportedly: WARC.gz read + extract"] = {"docs": n, "seconds": seconds}
    seconds, n = timed(lambda: run_ingest(str(folder), work), 1)
    results["reportedly ingest (HTML, SQLite)"] = {"docs": n, "seconds": seconds}
    for row in results.values():
        row["docs_per_second"] = row["docs"] / row["seconds"] if row["seconds"] else 0.0

    big = work / "big.warc"
    t0 = time.perf_counter()
    size, html_count = big_warc(big, html_pages, args.warc_gb)
    generated = time.perf_counter() - t0
    out = subprocess.run([sys.executable, __file__, "--memory-worker", str(big),
                          str(html_count)], capture_output=True, text=True, check=True)
    memory = json.loads(out.stdout.strip().splitlines()[-1])
    samples = memory["samples"]
    tenth = samples[min(1, len(samples) - 1)][1] if len(samples) > 2 else samples[0][1]
    peak = max(mb for _, mb in samples)
    memory.update({"warc_bytes": size, "html_records": html_count, "generated_seconds":
                   generated, "rss_after_first_tenth_mb": tenth, "rss_peak_mb": peak,
                   "flat": peak - tenth < 64})
    if not args.keep:
        big.unlink()

    summary = {"pages": args.pages, "results": results, "memory": memory, "workdir": str(work)}
    if args.json:
        print(json.dumps(summary, indent=2))
        return 0
    print(f"{args.pages} generated pages in 3 layouts; best of {args.rounds} (ingest: 1 run)\n")
    print(f"{'':38} {'docs':>6} {'seconds':>8} {'docs/s':>8}")
    for name, row in results.items():
        print(f"{name:38} {row['docs']:>6} {row['seconds']:>8.2f} {row['docs_per_second']:>8.1f}")
    alone = results["trafilatura.extract alone"]["docs_per_second"]
    ours = results["reportedly: HTML read + extract"]["docs_per_second"]
    print(f"\nreportedly HTML read + extract runs at {ours / alone:.2f}x the speed of "
          "trafilatura's extraction alone (which it includes).")
    print(f"\nWARC of {size / 1024**3:.2f} GiB ({html_count} HTML responses between 1 MiB "
          f"binary ones), streamed in {memory['seconds']:.0f} s:")
    print("  RSS (MiB) by documents read: " + ", ".join(
        f"{d}: {mb:.0f}" for d, mb in samples))
    print(f"  after the first tenth {tenth:.0f} MiB, peak {peak:.0f} MiB -> "
          f"{'flat' if memory['flat'] else 'GROWING'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
