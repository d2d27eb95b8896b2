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
from dataclasses import replace
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from reportedly import render
from reportedly.errors import InputError, ReportedlyError
from reportedly.model import Document, Figure

if TYPE_CHECKING:
    from reportedly.ledger import IngestSummary, Ledger

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
@_db_option()
@_format_option(("text", "json"), "text", help="Format of the summary.")
def ingest(paths: tuple[str, ...], urls: str | None, db: str, fmt: str) -> None:
    """Extract the figures in PATHS and store them in the ledger.

    A document already in the ledger (same URL, else same id or origin, and same text) is not
    stored or extracted again: an interrupted ingest, run again, resumes where it stopped. A
    copy of a stored document under another URL, word for word or nearly, is stored linked to
    it, its figures counted once. A document in a language other than English or Spanish is
    stored without extraction. Failed inputs are reported on stderr, recorded in the ledger,
    listed in the summary, and make the exit code 1.
    """
    from reportedly.ledger import IngestSummary

    _need_input(paths, urls)
    summary = IngestSummary()
    with _ledger(db) as ledger:
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
@_format_option(("table", "json"), "table")
@_db_option()
def series(fmt: str, db: str) -> None:
    """List the series: latest band, claimants, independent claimants, conflicts."""
    with _ledger(db) as ledger:
        rows = ledger.series()
    if fmt == "json":
        click.echo(render.dumps(rows))
    else:
        render.console().print(render.series_table(rows))


@main.command()
@_db_option(default=None, envvar=None,
            help=f"Ledger database URL [default: {DEMO_DB} here, recreated each run].")
def demo(db: str | None) -> None:
    """Build a ledger from the bundled demo corpus and show its series and disagreements."""
    if db is None:
        Path(DEMO_DB).unlink(missing_ok=True)
        db = f"sqlite:///{DEMO_DB}"
    from reportedly.ledger import IngestSummary

    summary = IngestSummary()
    with as_file(files("reportedly") / "data" / "demo.jsonl") as corpus, _ledger(db) as ledger:
        _ingest(ledger, [os.fspath(corpus)], summary)
        rows = ledger.series()
    console = render.console()
    console.print(render.ingest_summary(summary), markup=False)
    console.print(render.series_table(rows))
    lines = render.disagreements(rows)
    console.print("\n[bold]Disagreements[/bold]")
    console.print("\n".join(lines) if lines else "none", markup=False, highlight=False,
                  soft_wrap=True)
    _exit(summary.failed)


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
    from reportedly.claimants import aliases

    aliases()  # a bad REPORTEDLY_ALIASES file is one error for the run, not one per document
    with render.LazyProgress("ingesting") as progress:
        for outcome in ledger.ingest(_documents(paths, urls)):
            summary.add(outcome)
            progress.advance()
            if outcome.error is not None:
                click.echo(outcome.error.line(), err=True)


def _ledger(url: str) -> Ledger:
    """Open the ledger (imported here: SQLAlchemy and Alembic would slow down --help)."""
    from reportedly.ledger import Ledger

    return Ledger(url)


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
    from reportedly import language
    from reportedly.claimants import aliases
    from reportedly.ledger import document_error
    from reportedly.pipeline import extract_document

    aliases()  # a bad REPORTEDLY_ALIASES file is one error for the run, not one per document
    for item in _documents(paths, urls):
        if isinstance(item, InputError):
            yield item
            continue
        code = "E202"
        try:  # one bad document must not stop the batch
            item = replace(item, language=language.language_of(item))
            skipped = language.skip_reason(item.language)
            code = "E201"
            figures = [] if skipped else extract_document(item)
        except Exception as exc:
            reason = (str(exc).strip().splitlines() or [""])[0]
            yield document_error(item, code, f"{type(exc).__name__}: {reason}")
            continue
        yield item, figures, skipped


def _report(error: InputError) -> int:
    """Print an input error as one line on stderr; 1, to count it."""
    click.echo(error.line(), err=True)
    return 1


def _exit(failed: int) -> None:
    """End the command: exit code 1 when any input failed, else 0."""
    click.get_current_context().exit(1 if failed else 0)
