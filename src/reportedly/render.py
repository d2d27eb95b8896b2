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

from reportedly import analysis

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


def band_text(consensus: analysis.Band | None, unit: str | None = None) -> str:
    """A consensus band: ``12,000 (2 agree)``, ``28,000–35,000 (spread)``, ``≤4,000``."""
    if consensus is None:
        return "—"
    text = band(consensus.low, consensus.high, consensus.qualifier, unit)
    if consensus.kind == "overlap":
        return f"{text} ({len(consensus.points)} agree)"
    if consensus.kind == "spread":
        return f"{text} (spread)"
    return text


def series_table(reports: Iterable[analysis.SeriesReport]) -> Table:
    """The series list: name, consensus band and its time, claimants, independent claimants,
    reports, conflicts."""
    table = Table(title="Series")
    table.add_column("id", justify="right")
    table.add_column("series", overflow="fold")
    table.add_column("band", overflow="fold")
    table.add_column("as of", overflow="fold")
    table.add_column("claimants", overflow="fold")
    table.add_column("independent", justify="right")
    table.add_column("reports", justify="right")
    table.add_column("conflicts", justify="right")
    for report in reports:
        consensus, ind = report.band, report.independence
        table.add_row(str(report.id), report.name,
                      band_text(consensus, report.series.get("unit")),
                      consensus.as_of if consensus else "", ", ".join(ind.claimants) or "—",
                      str(len(ind.independent)), str(ind.reports), str(len(report.conflicts)))
    if not table.rows:
        table.caption = "none"
    return table


#: Colours given to claimants in a chart, in order of first appearance.
PALETTE: tuple[str, ...] = ("cyan", "magenta", "green", "yellow", "blue", "red",
                            "bright_cyan", "bright_magenta", "bright_green", "bright_yellow")
#: The colour of figures no claimant stands behind.
UNATTRIBUTED = "white"
#: Width of the chart column, in characters.
CHART_WIDTH = 36


def colours(points: Iterable[analysis.Point]) -> dict[str | None, str]:
    """A colour per claimant, in order of first appearance (``None``: unattributed)."""
    found: dict[str | None, str] = {None: UNATTRIBUTED}
    for point in points:
        if point.claimant not in found:
            found[point.claimant] = PALETTE[(len(found) - 1) % len(PALETTE)]
    return found


class Scale:
    """Numbers placed on ``width`` columns, from the lowest bound shown to the highest."""

    def __init__(self, values: Iterable[float | None], width: int = CHART_WIDTH) -> None:
        known = [v for v in values if v is not None]
        low, high = (min(known), max(known)) if known else (0.0, 1.0)
        #: The lowest and highest numbers shown.
        self.shown = (low, high)
        # a margin, so that an arrow for an open end has room beside the lowest or highest
        pad = (high - low) * 0.08 or abs(low) * 0.1 or 1.0
        self.low, self.high, self.width = low - pad, high + pad, width

    def at(self, value: float) -> int:
        return round((value - self.low) / (self.high - self.low) * (self.width - 1))

    def bar(self, low: float | None, high: float | None) -> str:
        """``●`` for one value, ``├───┤`` for a range, ``├───▶`` / ``◀───┤`` for open ends."""
        cells = [" "] * self.width
        left = 0 if low is None else self.at(low)
        right = self.width - 1 if high is None else self.at(high)
        if low is not None and high is not None and left == right:
            cells[left] = "●"
            return "".join(cells)
        for k in range(left, right + 1):
            cells[k] = "─"
        cells[left] = "◀" if low is None else "├"
        cells[right] = "▶" if high is None else "┤"
        return "".join(cells)

    def axis(self) -> str:
        """The lowest and highest numbers shown, under the chart where they are:
        ``  5,000                   35,000  ``."""
        low, high = self.shown
        left, right = number(round(low, 2)), number(round(high, 2))
        start, end = self.at(low), self.at(high) + 1
        if low == high:
            return " " * min(start, self.width - len(left)) + left
        if start + len(left) + 1 > end - len(right):  # too close: at the two ends instead
            start, end = 0, self.width
        gap = max(1, end - len(right) - start - len(left))
        return " " * start + left + " " * gap + right


def timeline_table(report: analysis.SeriesReport) -> Table:
    """A series' figures in time order, one row per point: when, whose (a colour per
    claimant), the interval, a bar on one scale (a dot for one value, a bar for a range, an
    arrow for an open end), and notes: relays (↪), copies, new highs (▲) and lows (▼)."""
    points = report.timeline
    palette = colours(points)
    consensus = report.band
    scale = Scale([v for p in points for v in (p.low, p.high)]
                  + ([consensus.low, consensus.high] if consensus else []))
    unit = report.series.get("unit")
    table = Table(title=report.name, show_footer=True, title_justify="left")
    table.add_column("figure", justify="right")
    table.add_column("as of", overflow="fold")
    table.add_column("claimant", overflow="fold")
    table.add_column("band", overflow="fold")
    table.add_column("chart", no_wrap=True, footer=Text(scale.axis(), style="dim"))
    table.add_column("notes", overflow="fold")
    for point in points:
        colour = palette[point.claimant]
        style = f"dim {colour}" if point.copy else colour
        notes = []
        if point.relays:
            notes.append("↪ via " + ", ".join(point.relays))
        if point.copy:
            notes.append("copy")
        if point.new_high:
            notes.append("▲ new high")
        if point.new_low:
            notes.append("▼ new low")
        fig = point.figure
        table.add_row(str(point.id), point.time or "undated",
                      Text(point.claimant or "—", style=style),
                      band(point.low, point.high, fig.get("qualifier"), fig.get("unit")),
                      Text(scale.bar(point.low, point.high), style=style), "; ".join(notes))
    if consensus is not None:
        table.add_row("", consensus.as_of, Text("consensus", style="bold"),
                      Text(band_text(consensus, unit), style="bold"),
                      Text(scale.bar(consensus.low, consensus.high), style="bold"))
    return table


def said(point: analysis.Point) -> str:
    """``NIS → >11,000 (2025-01-10)``."""
    fig = point.figure
    figure = band(point.low, point.high, fig.get("qualifier"), fig.get("unit"))
    return f"{point.claimant or 'unattributed'} → {figure} ({point.time or 'undated'})"


def report_lines(report: analysis.SeriesReport) -> list[str]:
    """What a series' timeline does not show at a glance: its independence, band, changes over
    time and conflicts."""
    ind = report.independence
    extra = []
    if ind.relayed:
        extra.append(f"{ind.relayed} relayed")
    if ind.copies:
        extra.append(f"{ind.copies} cop{'ies' if ind.copies > 1 else 'y'}")
    lines = [f"{report.name} (series {report.id}): {ind.summary}"
             + (f" ({', '.join(extra)})" if extra else "")]
    if report.band is not None:
        kind = {"overlap": "where the latest estimates overlap",
                "spread": "the spread of latest estimates that do not overlap",
                "single": "one estimate"}[report.band.kind]
        lines.append(f"band: {band_text(report.band, report.series.get('unit'))}, {kind}, "
                     f"as of {report.band.as_of}")
    for change in report.changes:
        lines.append(f"change ({change.direction}): {said(change.before)}  then  "
                     f"{said(change.after)}")
    for conflict in report.conflicts:
        lines.append(f"conflict: {said(conflict.a)}  vs  {said(conflict.b)}")
    return lines


def conflicts_table(rows: Iterable[Mapping[str, Any]]) -> Table:
    """Every conflict (:func:`reportedly.export.conflict_rows`): the series and both figures."""
    table = Table(title="Conflicts")
    for name in ("series", "figure", "claimant", "band", "as of", "figure ", "claimant ",
                 "band ", "as of "):
        table.add_column(name, overflow="fold")
    for row in rows:
        cells = [f"{row['series']} {row['series_name']}"]
        for side in (row["a"], row["b"]):
            cells += [str(side["id"]), side["source"] or "—",
                      band(side["low"], side["high"], side["qualifier"], side["unit"]),
                      side["as_of"] or ""]
        table.add_row(*cells)
    if not table.rows:
        table.caption = "none"
    return table


def corrections_table(rows: Iterable[Mapping[str, Any]]) -> Table:
    """The audit log: each correction, oldest first."""
    table = Table(title="Corrections")
    for name in ("id", "figure", "status", "series", "reason", "author", "at"):
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(str(row["id"]), str(row["figure_id"]), row["status"],
                      "" if row["series_id"] is None else str(row["series_id"]), row["reason"],
                      row["author"], str(row["created_at"] or ""))
    if not table.rows:
        table.caption = "none"
    return table


def disagreements(rows: Iterable[Mapping[str, Any]], most: int = 5) -> list[str]:
    """Lines naming each series with conflicts and its conflicting figures, pair by pair
    (``rows``: series with their ``name`` and ``figures``)."""
    lines: list[str] = []
    for row in rows:
        pairs = analysis.conflicts(analysis.timeline(row["figures"]))
        if not pairs:
            continue
        lines.append(f"{row['name']}: {len(pairs)} conflicting pair{'s' * (len(pairs) > 1)}")
        shown = Counter(f"{said(c.a)}  vs  {said(c.b)}" for c in pairs)  # repeats folded
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
