"""The ``reportedly`` command: a thin loop over the library.

Each command parses its input, calls one public function and renders the result. Problems with
one input print one line (``CODE origin: message``) on stderr and the batch goes on; a command
exits 1 when any input failed, and 2 on a usage error (a bad option, a ledger that cannot be
opened).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from reportedly import render
from reportedly.errors import InputError, ReportedlyError
from reportedly.model import Document, Figure

if TYPE_CHECKING:
    from reportedly.ledger import IngestSummary, Ledger
    from reportedly.watchlist import Watchlist

#: The ledger used when neither --db nor REPORTEDLY_DB names one (as ``reportedly.ledger``).
DEFAULT_URL = "sqlite:///reportedly.db"
DEMO_DB = "reportedly-demo.db"


class _Group(click.Group):
    """A command group that turns reportedly's own errors into one line and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ReportedlyError as exc:
            click.echo(str(exc), err=True)
            ctx.exit(2)


def _db_option(default: str | None = DEFAULT_URL, envvar: str | None = "REPORTEDLY_DB",
               help: str = "Ledger database URL (env REPORTEDLY_DB).") -> Any:
    return click.option("--db", "db", default=default, envvar=envvar, show_default=True,
                        metavar="URL", help=help)


def _urls_option() -> Any:
    return click.option("--urls", "urls", metavar="FILE",
                        help="Also fetch the pages at the URLs listed in FILE, one a line.")


def _format_option(choices: tuple[str, ...], default: str | None,
                   help: str = "Output format.") -> Any:
    return click.option("--format", "fmt", type=click.Choice(choices), default=default,
                        show_default=default is not None, help=help)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="reportedly")
def main() -> None:
    """reportedly: a ledger of the figures in the news.

    Who claimed how many of what, where, as of when, citing whom.
    """


@main.command()
@click.argument("paths", nargs=-1)
@_urls_option()
@_format_option(("jsonl", "table"), None)
@click.option("--all-kinds", is_flag=True,
              help="Also print figures the ledger does not track (durations, ages).")
def extract(paths: tuple[str, ...], urls: str | None, fmt: str | None, all_kinds: bool) -> None:
    """Print the figures in PATHS (files, directories, - for stdin); store nothing.

    The format is jsonl when stdout is not a terminal, else a table. A document in a language
    other than English or Spanish is skipped, with a note on stderr.
    """
    _need_input(paths, urls)
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    rows: list[dict[str, Any]] = []
    failed = 0
    for item in _extracted(paths, urls):
        if isinstance(item, InputError):
            failed += _report(item)
            continue
        doc, figures, skipped = item
        if skipped:
            click.echo(f"skipped {doc.name}: {skipped}", err=True)
        for figure in figures:
            if all_kinds or figure.tracked:
                row = {"document": doc.name, "published": doc.published, **figure.to_dict()}
                if fmt == "jsonl":
                    click.echo(render.jsonl(row))
                else:
                    rows.append(row)
    if fmt == "table":
        render.console().print(render.figures_table(rows))
    _exit(failed)


@main.command()
@click.argument("paths", nargs=-1)
@_urls_option()
@click.option("--watchlist", "watchlist_file", metavar="FILE",
              help="Pin the figures its rules match to the rules' series (see README).")
@_db_option()
@_format_option(("text", "json"), "text", help="Format of the summary.")
def ingest(paths: tuple[str, ...], urls: str | None, watchlist_file: str | None, db: str,
           fmt: str) -> None:
    """Extract the figures in PATHS and store them in the ledger.

    A document already in the ledger (same URL, else same id or origin, and same text) is not
    stored or extracted again: an interrupted ingest, run again, resumes where it stopped. A
    copy of a stored document under another URL, word for word or nearly, is stored linked to
    it, its figures counted once. A document in a language other than English or Spanish is
    stored without extraction. Failed inputs are reported on stderr, recorded in the ledger,
    listed in the summary, and make the exit code 1. With --watchlist, a figure a rule matches
    goes to the rule's pinned series instead of the one grouping gives it.
    """
    from reportedly.ledger import IngestSummary

    _need_input(paths, urls)
    rules = _watchlist(watchlist_file) if watchlist_file else None
    summary = IngestSummary()
    with _ledger(db, rules) as ledger:
        try:
            _ingest(ledger, paths, summary, urls)
        except KeyboardInterrupt:
            click.echo(f"interrupted after {summary.line()}; run again to resume", err=True)
            click.get_current_context().exit(130)
    if fmt == "json":
        click.echo(render.dumps(summary.as_dict()))
    else:
        click.echo(render.ingest_summary(summary))
    _exit(summary.failed)


@main.group(name="spark")
def spark_group() -> None:
    """Extract on Spark, locally or on a cluster (needs pip install 'reportedly[spark]').

    `reportedly spark extract INPUT... --output DIR [--master URL]` reads WARC, JSON Lines,
    HTML and text files (local paths or Hadoop URIs such as s3a://) and writes the documents,
    figures and errors as Parquet under DIR; `reportedly load DIR` stores them in a ledger.
    """


@spark_group.command(name="extract")
@click.argument("paths", metavar="INPUT...", nargs=-1, required=True)
@click.option("--output", required=True, metavar="DIR",
              help="Where to write the tables (a local directory or a Hadoop URI).")
@click.option("--master", metavar="URL",
              help="Spark master URL [default: spark-submit's, else local[*]].")
@click.option("--partitions", type=click.IntRange(min=1), metavar="N",
              help="Extraction tasks [default: 2 per core].")
@click.option("--overwrite", is_flag=True, help="Replace the tables of an earlier run.")
@_format_option(("text", "json"), "text", help="Format of the summary.")
def spark_extract(paths: tuple[str, ...], output: str, master: str | None,
                  partitions: int | None, overwrite: bool, fmt: str) -> None:
    """Read INPUT files and directories with Spark, extract their figures, and write Parquet
    tables under DIR: documents, figures (the extract contract's keys) and errors.

    Each file is told by its content and read by the readers `reportedly ingest` uses, and each
    document is extracted as `ingest` extracts it (language first), spread over --partitions
    tasks. A failed file, record or document is a row of DIR/errors, with its code; the job
    goes on, and the exit code is 1. Store the tables with `reportedly load DIR`. The same job
    runs on a cluster with spark-submit (see docs/scale.md).
    """
    from reportedly import spark

    for path in paths:
        if path == "-" or path.startswith(("http://", "https://")):
            raise click.UsageError(f"{path}: spark extract reads files and directories; "
                                   "for standard input and URLs use reportedly ingest")
    session = spark.session(master)
    try:
        summary = spark.run(session, list(paths), output, partitions=partitions,
                            overwrite=overwrite)
    finally:
        session.stop()
    if fmt == "json":
        click.echo(render.dumps(summary.as_dict()))
    else:
        for error in summary.errors[:20]:
            click.echo(error.line(), err=True)
        if summary.failed > 20:
            click.echo(f"… {summary.failed - 20} more failures in {output}/errors", err=True)
        click.echo(summary.line())
    _exit(summary.failed)


@main.command()
@click.argument("directory", metavar="DIR")
@click.option("--watchlist", "watchlist_file", metavar="FILE",
              help="Pin the figures its rules match to the rules' series (see README).")
@_db_option()
@_format_option(("text", "json"), "text", help="Format of the summary.")
def load(directory: str, watchlist_file: str | None, db: str, fmt: str) -> None:
    """Store the tables `reportedly spark extract` wrote under DIR in the ledger.

    Documents are stored with their figures in the order `reportedly ingest` would read the
    same inputs, so that copies, claimants and series come out as `ingest` makes them, 100 to
    a transaction (a batch in which a document fails to store is stored again one document at
    a time: only that one fails). A document already stored is left as it is and an error
    already recorded is not recorded again, so loading twice stores nothing new. The summary
    is ingest's; the exit code is 1 when the tables hold failures.
    """
    from reportedly import bulk

    rules = _watchlist(watchlist_file) if watchlist_file else None
    with _ledger(db, rules) as ledger, render.LazyProgress("loading") as progress:
        summary = bulk.load(ledger, directory, progress=lambda _: progress.advance())
    if fmt == "json":
        click.echo(render.dumps(summary.as_dict()))
    else:
        click.echo(render.ingest_summary(summary))
    _exit(summary.failed)


@main.command()
@click.option("--source", help="Only this claimant (canonical name or alias, any case).")
@click.option("--search", help="Only figures whose sentence or object contains this text.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many figures.")
@_format_option(("table", "json"), "table")
@_db_option()
def claims(source: str | None, search: str | None, limit: int | None, fmt: str,
           db: str) -> None:
    """List the stored figures: who claimed what, where, when."""
    with _ledger(db) as ledger:
        rows = ledger.claims(source=source, search=search, limit=limit)
    if fmt == "json":
        click.echo(render.dumps(rows))
    else:
        render.console().print(render.claims_table(rows))


@main.command()
@click.option("--search", help="Only series whose name contains this text (any case).")
@_format_option(("table", "json"), "table")
@_db_option()
def series(search: str | None, fmt: str, db: str) -> None:
    """List the series: consensus band, claimants, independent claimants, conflicts.

    The band comes from each claimant's latest estimate about the time of the series' newest
    figure: where they overlap, their intersection, else their spread. A relayed or copied
    report counts once for its claimant. A conflict is two claimants' figures about the same
    time (within two weeks) that do not overlap; figures marked wrong, retracted or superseded
    are left out. --format json prints every series with its figures.
    """
    from reportedly import export

    with _ledger(db) as ledger:
        reports = export.series_reports(ledger, search)
    if fmt == "json":
        click.echo(render.dumps([report.as_dict() for report in reports]))
    else:
        render.console().print(render.series_table(reports))


@main.command()
@click.argument("series_ref", metavar="SERIES")
@_format_option(("table", "json"), "table")
@_db_option()
def show(series_ref: str, fmt: str, db: str) -> None:
    """Show one series: its figures in time order, charted, with its band, changes and
    conflicts.

    SERIES is a series id or a piece of its name (any case). The chart puts every figure on
    one scale: a dot for one value, a bar for a range, an arrow for an open end ("more than",
    "up to"), a colour per claimant; relayed figures are marked ↪, new highs ▲, new lows ▼.
    """
    from reportedly import export

    with _ledger(db) as ledger:
        report = export.find_series(ledger, series_ref)
    if fmt == "json":
        click.echo(render.dumps(report.as_dict()))
        return
    console = render.console()
    console.print(render.timeline_table(report))
    console.print("\n".join(render.report_lines(report)), markup=False, highlight=False,
                  soft_wrap=True)


@main.command()
@_format_option(("table", "json"), "table")
@_db_option()
def conflicts(fmt: str, db: str) -> None:
    """List every conflict: two claimants' figures about the same time (within two weeks)
    whose intervals do not overlap, with their series, claimants and times."""
    from reportedly import export

    with _ledger(db) as ledger:
        rows = export.conflict_rows(export.series_reports(ledger))
    if fmt == "json":
        click.echo(render.dumps(rows))
    else:
        render.console().print(render.conflicts_table(rows))


@main.command()
@click.argument("figure", type=int)
@click.option("--status", required=True,
              type=click.Choice(("wrong", "superseded", "retracted", "active", "moved")),
              help="The figure's new status.")
@click.option("--series", "series_id", type=int, metavar="ID",
              help="The series a moved figure goes to (with --status moved only).")
@click.option("--reason", required=True, help="Why, for the audit log.")
@click.option("--author", default=None, show_default="the OS user",
              help="Who corrects it.")
@_format_option(("table", "json"), "table")
@_db_option()
def correct(figure: int, status: str, series_id: int | None, reason: str,
            author: str | None, fmt: str, db: str) -> None:
    """Correct FIGURE (its id, as `claims` lists it): mark it wrong, superseded or retracted,
    active again, or moved to another series.

    The correction is appended to the audit log (`corrections`); nothing is rewritten or
    deleted. Figures marked wrong, retracted or superseded leave the series' analytics; a moved
    figure counts in its new series.
    """
    if (status == "moved") != (series_id is not None):
        raise click.UsageError("--series ID goes with --status moved, and only with it")
    with _ledger(db) as ledger:
        ledger.correct(figure, status, reason, author or _os_user(), series_id=series_id)
        record = ledger.corrections(figure)[-1]
    if fmt == "json":
        click.echo(render.dumps(record))
    else:
        moved = f" to series {record['series_id']}" if record["series_id"] is not None else ""
        click.echo(f"figure {figure}: {record['status']}{moved} ({record['reason']}) "
                   f"by {record['author']}")


@main.command()
@click.argument("figure", type=int, required=False)
@_format_option(("table", "json"), "table")
@_db_option()
def corrections(figure: int | None, fmt: str, db: str) -> None:
    """List the audit log of corrections, oldest first (FIGURE: only that figure's)."""
    with _ledger(db) as ledger:
        rows = ledger.corrections(figure)
    if fmt == "json":
        click.echo(render.dumps(rows))
    else:
        render.console().print(render.corrections_table(rows))


@main.command()
@click.argument("watchlist_file", metavar="FILE")
@_format_option(("table", "json"), "table")
@_db_option()
def watch(watchlist_file: str, fmt: str, db: str) -> None:
    """Apply the watchlist FILE to the figures already stored.

    Each figure a rule matches is moved to the rule's pinned series by a correction (author
    "watchlist", the reason naming the rule); nothing is rewritten. Figures already there, and
    figures marked wrong, retracted or superseded, are left alone, so running it again moves
    nothing new.
    """
    from reportedly import watchlist

    rules = _watchlist(watchlist_file)
    with _ledger(db) as ledger:
        moves = watchlist.apply(ledger, rules)
    rows = watchlist.as_rows(moves)
    if fmt == "json":
        click.echo(render.dumps(rows))
        return
    for row in rows:
        click.echo(f"figure {row['figure']}: series {row['from_series']} → "
                   f"{row['to_series']} ({row['rule']})")
    click.echo(f"{len(rows)} figure{'s' * (len(rows) != 1)} moved")


@main.command()
@click.option("--what", type=click.Choice(("figures", "series")), default="figures",
              show_default=True, help="Figures with their provenance, or series with their "
                                      "analytics.")
@_format_option(("csv", "jsonl", "parquet"), "csv", help="File format.")
@click.option("--output", required=True, metavar="PATH",
              help="The file to write (- for stdout, CSV and JSON Lines only).")
@_db_option()
def export(what: str, fmt: str, output: str, db: str) -> None:
    """Export the ledger's figures or series to a CSV, JSON Lines or Parquet file.

    Figures (every one, whatever its status) come with their provenance: document key and URL,
    sentence, span (start, end), extractor version, status and series. Series come with their
    analytics: band, claimants, independent claimants, reports, conflicts, changes. In CSV,
    lists are joined by "; ".
    """
    from reportedly import export as exporting

    if fmt == "parquet" and output == "-":
        raise click.UsageError("Parquet is written to a file: give --output PATH")
    with _ledger(db) as ledger:
        if what == "figures":
            rows, columns = exporting.figure_rows(ledger), exporting.FIGURE_COLUMNS
        else:
            rows = exporting.series_rows(exporting.series_reports(ledger))
            columns = exporting.SERIES_COLUMNS
    count = exporting.write(rows, columns, output, fmt)
    if output != "-":
        click.echo(f"{count} {what if count != 1 else what[:-1]} written to {output}", err=True)


@main.command()
@_db_option(default=None, envvar=None,
            help=f"Ledger database URL [default: {DEMO_DB} here, recreated each run].")
def demo(db: str | None) -> None:
    """Build a ledger from the bundled demo corpus and show its series and disagreements."""
    if db is None:
        Path(DEMO_DB).unlink(missing_ok=True)
        db = f"sqlite:///{DEMO_DB}"
    from reportedly import export
    from reportedly.ledger import IngestSummary

    summary = IngestSummary()
    with as_file(files("reportedly") / "data" / "demo.jsonl") as corpus, _ledger(db) as ledger:
        _ingest(ledger, [os.fspath(corpus)], summary)
        reports = export.series_reports(ledger)
    console = render.console()
    console.print(render.ingest_summary(summary), markup=False)
    console.print(render.series_table(reports))
    lines = render.disagreements([report.as_dict() for report in reports])
    console.print("\n[bold]Disagreements[/bold]")
    console.print("\n".join(lines) if lines else "none", markup=False, highlight=False,
                  soft_wrap=True)
    _exit(summary.failed)


@main.command()
@_db_option()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--token-file", metavar="FILE",
              help="Allow corrections by whoever gives the token in FILE (env REPORTEDLY_TOKEN); "
                   "without one the server is read-only.")
def serve(db: str, host: str, port: int, token_file: str | None) -> None:
    """Serve the ledger: HTML pages (series charts, figures in their documents, search,
    corrections) and a JSON API under /api (schema at /api/openapi.json).

    Everything is served by the app itself; nothing is loaded from the internet. Corrections
    from the pages or the API need the token (at least 16 characters); the API takes it as
    `Authorization: Bearer TOKEN`.
    """
    import uvicorn
    from sqlalchemy.engine import make_url

    from reportedly.web import Settings, create_app

    settings = Settings.from_env(db=db, token_file=token_file)
    with _ledger(settings.db):
        pass  # open it once here: a bad URL is a clear error before the server starts
    mode = "corrections with the token" if settings.token else "read-only"
    shown = make_url(settings.db).render_as_string(hide_password=True)
    click.echo(f"serving {shown} on http://{host}:{port}/ ({mode})", err=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


@main.command()
@click.argument("document_ids", metavar="[DOCUMENT]...", nargs=-1, type=int)
@_db_option()
def reextract(document_ids: tuple[int, ...], db: str) -> None:
    """Extract stored documents again with this version of the extractor (all of them, or the
    DOCUMENT ids given).

    Documents already extracted by this version are left alone. The figures of the previous
    extraction are kept, marked replaced; the corrections made to them are carried over to the
    new figures that are the same figure.
    """
    from reportedly.ledger import extract_figures
    from reportedly.pipeline import EXTRACTOR_VERSION

    failed = done = figures = carried = 0
    with _ledger(db) as ledger:
        ids = document_ids or tuple(d["id"] for d in ledger.documents() if not d["skipped"])
        for doc_id in ids:
            try:
                doc = ledger.document(doc_id)  # one bad document must not stop the others
                result = ledger.reextract(doc_id, extract_figures(doc), EXTRACTOR_VERSION)
            except InputError as error:
                failed += _report(error)
                continue
            done += result.stored
            figures += result.figures
            carried += result.carried
    click.echo(f"{len(ids)} documents, {done} re-extracted with {EXTRACTOR_VERSION}, "
               f"{figures} figures stored, {carried} corrections carried over, {failed} failed")
    _exit(failed)


@main.command()
@click.argument("gold", nargs=-1, required=True)
@click.option("--floors", type=click.Path(exists=True, dir_okay=False),
              help="JSON of minimum scores per language; exit 1 when any falls below.")
@click.option("--errors", "show_errors", type=click.IntRange(min=0), default=0,
              show_default=True, help="Also print up to N mismatches.")
@_format_option(("table", "json"), "table")
def evaluate(gold: tuple[str, ...], floors: str | None, show_errors: int, fmt: str) -> None:
    """Score the extractor on GOLD files or folders of hand-labelled JSONL.

    Prints precision, recall and F1 for value and value+qualifier, and accuracy per field
    (claimant, relays, basis, as-of, ...) on matched figures, per language.
    """
    import json

    from reportedly import evaluate as ev

    results = ev.evaluate(ev.gold_files(gold))
    if fmt == "json":
        click.echo(render.dumps({lang: s.as_dict() for lang, s in results.items()}))
    else:
        render.console().print(render.evaluation_table(results))
    for error in results["all"].errors[:show_errors]:
        click.echo(render.jsonl(error), err=True)
    if floors:
        failures = ev.check_floors(results, json.loads(Path(floors).read_text("utf-8")))
        for line in failures:
            click.echo(f"below floor: {line}", err=True)
        _exit(len(failures))


def _ingest(ledger: Ledger, paths: Iterable[str], summary: IngestSummary,
            urls: str | None = None) -> None:
    """Store every document in ``paths`` (and ``urls``), counting outcomes into ``summary`` and
    printing failures as they come, under a progress bar."""
    from reportedly.names import aliases

    aliases()  # a bad REPORTEDLY_ALIASES file is one error for the run, not one per document
    with render.LazyProgress("ingesting") as progress:
        for outcome in ledger.ingest(_documents(paths, urls)):
            summary.add(outcome)
            progress.advance()
            if outcome.error is not None:
                click.echo(outcome.error.line(), err=True)


def _ledger(url: str, watchlist: Watchlist | None = None) -> Ledger:
    """Open the ledger (imported here: SQLAlchemy and Alembic would slow down --help), storing
    figures the ``watchlist`` matches in its rules' series."""
    from reportedly.ledger import Ledger

    return Ledger(url, watchlist=watchlist)


def _watchlist(path: str) -> Watchlist:
    from reportedly import watchlist

    return watchlist.load(path)


def _os_user() -> str:
    """Who is running the command, for the audit log."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _need_input(paths: tuple[str, ...], urls: str | None) -> None:
    if not paths and not urls:
        raise click.UsageError("Give PATHS, or --urls FILE, or both.")


def _documents(paths: Iterable[str], urls: str | None) -> Iterator[Document | InputError]:
    """The documents in ``paths`` and at the URLs listed in the file ``urls``."""
    from reportedly.ingest import read_documents

    options = {"urls_file": urls} if urls else {}
    return read_documents(list(paths), **options)


def _extracted(paths: Iterable[str], urls: str | None = None
               ) -> Iterator[tuple[Document, list[Figure], str | None] | InputError]:
    """Each document in ``paths`` with its figures and why it was skipped (its language), or
    the error that stopped it."""
    # Imported here so that --help does not wait for the language models to load.
    from reportedly.ledger import identify_and_extract
    from reportedly.names import aliases
    from reportedly.pipeline import extract_document

    aliases()  # a bad REPORTEDLY_ALIASES file is one error for the run, not one per document
    for item in _documents(paths, urls):
        if isinstance(item, InputError):
            yield item
            continue
        try:  # one bad document must not stop the batch
            doc, figures, skipped = identify_and_extract(item, extract_document)
        except InputError as error:
            yield error
            continue
        yield doc, list(figures), skipped


def _report(error: InputError) -> int:
    """Print an input error as one line on stderr; 1, to count it."""
    click.echo(error.line(), err=True)
    return 1


def _exit(failed: int) -> None:
    """End the command: exit code 1 when any input failed, else 0."""
    click.get_current_context().exit(1 if failed else 0)
