"""How the CLI shows things: bands of numbers, rich tables, the progress bar."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import (
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from reportedly.ledger import IngestSummary


def console(stderr: bool = False) -> Console:
    """A console; when output is not a terminal, wide enough that tables don't wrap names."""
    out = Console(stderr=stderr)
    if not out.is_terminal:
        out = Console(stderr=stderr, width=max(out.width, 160))
    return out

#: Signs before a number for qualifiers of an exact or one-sided figure.
SIGNS: dict[str, str] = {
    "approximately": "~", "more_than": ">", "at_least": "≥", "at_most": "≤", "less_than": "<",
}
#: How normalized units are written after a number.
UNITS: dict[str, str] = {"km2": " km²", "percent": "%", "km": " km"}


def number(value: float | int) -> str:
    """``12000`` → ``12,000``; ``2.5`` → ``2.5``."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}"


def band(low: float | None, high: float | None, qualifier: str | None = None,
         unit: str | None = None) -> str:
    """A figure's interval as people write it: ``>11,000``, ``~12,000``, ``1,000–3,000 km²``."""
    if low is None and high is None:
        text = "?"
    elif low is not None and high is not None and low != high:
        text = f"{number(low)}–{number(high)}"
    elif high is None:
        sign = SIGNS[qualifier] if qualifier in ("more_than", "at_least") else "≥"
        text = f"{sign}{number(low)}"
    elif low is None:
        sign = SIGNS[qualifier] if qualifier in ("at_most", "less_than") else "≤"
        text = f"{sign}{number(high)}"
    else:
        text = f"{SIGNS.get(qualifier or '', '')}{number(low)}"
    if unit and text != "?":
        text += UNITS.get(unit, f" {unit}")
    return text


def jsonl(record: Mapping[str, Any]) -> str:
    """One JSON object on one line, non-ASCII kept as it is."""
    return json.dumps(record, ensure_ascii=False)


def dumps(value: Any) -> str:
    """Indented JSON for ``--format json``."""
    return json.dumps(value, ensure_ascii=False, indent=2)


def figures_table(rows: Iterable[Mapping[str, Any]], title: str | None = None) -> Table:
    """Figures (extract output or stored claims) as a table."""
    table = Table(title=title)
    for name in ("document", "figure", "band", "object", "source", "via", "as of"):
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(str(row["document"]), row["text"],
                      band(row["low"], row["high"], row["qualifier"], row["unit"]),
                      row["object"] or "", row["source"] or "—", ", ".join(row["via"]),
                      row["as_of"] or "")
    if not table.rows:
        table.caption = "none"
    return table


def claims_table(rows: Iterable[Mapping[str, Any]]) -> Table:
    """Stored claims as a table, with their ids and statuses."""
    table = Table()
    for name in ("id", "published", "source", "band", "object", "figure", "status"):
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(str(row["id"]), row["published"] or "", row["source"] or "—",
                      band(row["low"], row["high"], row["qualifier"], row["unit"]),
                      row["object"] or "", row["text"], row["status"])
    if not table.rows:
        table.caption = "none"
    return table


def series_table(rows: Iterable[Mapping[str, Any]]) -> Table:
    """The series list: name, latest band, claimants, independent count, conflicts."""
    table = Table(title="Series")
    table.add_column("id", justify="right")
    table.add_column("series", overflow="fold")
    table.add_column("latest", overflow="fold")
    table.add_column("claimants", overflow="fold")
    table.add_column("independent", justify="right")
    table.add_column("conflicts", justify="right")
    for row in rows:
        latest = row["latest"]
        when = f" ({latest['as_of']})" if latest["as_of"] else ""
        table.add_row(str(row["id"]), row["name"],
                      band(latest["low"], latest["high"], latest["qualifier"], latest["unit"])
                      + when,
                      ", ".join(row["claimants"]) or "—", str(row["independent_claimants"]),
                      str(row["conflicts"]))
    if not table.rows:
        table.caption = "none"
    return table


def disagreements(rows: Iterable[Mapping[str, Any]], most: int = 5) -> list[str]:
    """Lines naming each series with conflicts and its conflicting figures, pair by pair."""
    from reportedly.ledger import conflicting_pairs, when

    def said(claim: Mapping[str, Any]) -> str:
        figure = band(claim["low"], claim["high"], claim["qualifier"], claim["unit"])
        return f"{claim['source']} → {figure} ({when(claim) or 'undated'})"

    lines: list[str] = []
    for row in rows:
        pairs = conflicting_pairs(row["figures"])
        if not pairs:
            continue
        lines.append(f"{row['name']}: {len(pairs)} conflicting pair{'s' * (len(pairs) > 1)}")
        shown = Counter(f"{said(a)}  vs  {said(b)}" for a, b in pairs)  # repeats folded
        for text, times in list(shown.items())[:most]:
            lines.append(f"  {text}" + (f"  (×{times})" if times > 1 else ""))
        if len(shown) > most:
            lines.append(f"  … and {len(shown) - most} more")
    return lines


class RateColumn(ProgressColumn):
    """Documents per second, over the last half minute."""

    def render(self, task: Task) -> Text:
        speed = task.speed
        return Text(f"{speed:,.1f} docs/s" if speed is not None else "– docs/s",
                    style="progress.data.speed")


class LazyProgress:
    """A transient progress bar on stderr that shows up from the second document on.

    A single document gets no bar, nor does a stderr that is not a terminal (where the bar would
    leave blank lines); a batch gets a spinner, the count of the documents done so far,
    documents per second and the time elapsed.
    """

    def __init__(self, label: str = "reading") -> None:
        self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                 TextColumn("{task.completed} documents"), RateColumn(),
                                 TimeElapsedColumn(), console=Console(stderr=True),
                                 transient=True)
        self.task = self.progress.add_task(label, total=None)
        self.count = 0
        self.started = False

    def __enter__(self) -> LazyProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.started:
            self.progress.stop()

    def advance(self) -> None:
        """Count one more document, starting the bar on the second."""
        self.count += 1
        if self.count == 2 and self.progress.console.is_terminal:
            self.progress.start()
            self.started = True
        self.progress.update(self.task, completed=self.count)


def ingest_summary(summary: IngestSummary, most: int = 20) -> str:
    """The counts of an ingest on one line, then its failures, one a line (the first ``most``).

    ``6 read, 5 stored, 0 unchanged, 2 duplicates (1 exact, 1 near), 1 skipped (language),
    1 failed, 9 figures found``
    """
    lines = [summary.line()]
    for error in summary.errors[:most]:
        lines.append(f"  {error.line()}")
    if len(summary.errors) > most:
        lines.append(f"  … and {len(summary.errors) - most} more (in the ledger's ingest_errors)")
    return "\n".join(lines)


def evaluation_table(results: dict[str, Any]) -> Table:
    """Scores per language: value and value+qualifier P/R/F1, must-not-find, field accuracy."""
    fields = sorted({name for scores in results.values() for name in scores.fields})
    table = Table(title="Evaluation")
    for column in ("lang", "span F1", "value P", "value R", "value F1", "value+qual F1",
                   "must-not", *fields):
        table.add_column(column, justify="left" if column == "lang" else "right")
    for lang, scores in results.items():
        must_not = scores.must_not
        valued = scores.value.tp + scores.value.fp + scores.value.fn > 0
        table.add_row(
            lang, f"{100 * scores.span.f1:.1f}",
            *(f"{100 * v:.1f}" if valued else "–" for v in (
                scores.value.precision, scores.value.recall, scores.value.f1,
                scores.value_qualifier.f1)),
            f"{100 * must_not.value:.1f}" if must_not.total else "–",
            *(f"{100 * scores.fields[f].value:.1f}" if scores.fields[f].total else "–"
              for f in fields))
    return table
