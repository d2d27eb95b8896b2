"""What leaves the ledger: figures with their provenance, series with their analytics.

The commands ``series``, ``show``, ``conflicts``, ``watch`` and ``export`` read the ledger through
the functions here, and :func:`write` writes rows to CSV, JSON Lines or Parquet (pyarrow) files:

>>> with Ledger("sqlite:///ledger.db") as ledger:
...     reports = series_reports(ledger)              # [analysis.SeriesReport, ...]
...     write(figure_rows(ledger), FIGURE_COLUMNS, "figures.parquet", "parquet")

Series and figures come from the ledger's query methods (:meth:`Ledger.series_list`,
:meth:`Ledger.series_figures`, :meth:`Ledger.figures`), figures completed with the keys of the
extract contract the ledger leaves out (``sentence_start``, ``measure``, ``extractor``, ...).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Literal

import sqlalchemy as sa

from reportedly import analysis, store
from reportedly.errors import input_error
from reportedly.model import Claim, Figure

if TYPE_CHECKING:
    from reportedly.ledger import Ledger

Format = Literal["csv", "jsonl", "parquet"]
#: How many rows one call to a paged ledger method asks for.
PAGE = 1000
#: The keys of a figure in ``reportedly extract --format jsonl`` (the extract contract).
CONTRACT_KEYS: tuple[str, ...] = (
    "document", "published",
    *(f for f in Figure.__dataclass_fields__ if f != "claim"), *Claim.__dataclass_fields__)
#: Contract keys read from the figures table when the ledger leaves them out.
_COLUMNS_FOR = {"extractor": "extractor_version"}
#: The series' own fields.
SERIES_FIELDS: tuple[str, ...] = ("id", "key", "name", "subject", "measure", "event", "place",
                                  "unit", "flow", "pinned")

#: Columns of a figures export and their types: provenance (document, URL, sentence, span,
#: extractor, status, series) beside the figure.
FIGURE_COLUMNS: dict[str, str] = {
    "id": "int", "series": "int", "series_name": "str", "status": "str",
    "document": "str", "url": "str", "published": "str", "sentence": "str",
    "sentence_start": "int", "start": "int", "end": "int", "text": "str",
    "low": "float", "high": "float", "qualifier": "str", "vague": "bool", "kind": "str",
    "object": "str", "unit": "str", "change": "str", "subject": "str",
    "source": "str", "source_text": "str", "role": "str", "via": "list", "basis": "str",
    "hedge": "str", "as_of": "str", "stated_before": "bool", "measure": "str", "event": "str",
    "flow": "bool", "place": "str", "extractor": "str", "copy": "bool",
}
#: Columns of a series export: the series and its analytics.
SERIES_COLUMNS: dict[str, str] = {
    "id": "int", "key": "str", "name": "str", "subject": "str", "measure": "str",
    "event": "str", "place": "str", "unit": "str", "flow": "bool", "pinned": "bool",
    "figures": "int", "reports": "int", "claimants": "list", "independent_claimants": "int",
    "relayed": "int", "copies": "int", "unattributed": "int", "summary": "str",
    "band_low": "float", "band_high": "float", "band_kind": "str", "band_as_of": "str",
    "latest_low": "float", "latest_high": "float", "latest_source": "str",
    "latest_as_of": "str", "conflicts": "int", "changes": "int", "new_highs": "int",
    "new_lows": "int",
}


# -- reading the ledger --------------------------------------------------------------------------


def series_with_figures(ledger: Ledger, search: str | None = None
                        ) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Each series (its own fields; ``search``: a piece of its name, any case), by name, with
    its figures in their corrected state (status, and figures moved to it)."""
    for row in series_list(ledger, search):
        yield row, series_figures(ledger, row["id"])


def series_list(ledger: Ledger, search: str | None = None) -> list[dict[str, Any]]:
    """The series' own fields (:data:`SERIES_FIELDS`), by name; ``search``: a piece of the
    name, any case."""
    rows = _paged(lambda limit, offset: ledger.series_list(limit=limit, offset=offset,
                                                           search=search))
    found = [{k: row[k] for k in SERIES_FIELDS} for row in rows]
    return sorted(found, key=lambda r: (r["name"].casefold(), r["id"]))


def series_figures(ledger: Ledger, series_id: int) -> list[dict[str, Any]]:
    """The figures of one series in their corrected state (those marked wrong or retracted
    too: the analytics leave them out and list them), with the extract contract's keys."""
    return complete(ledger, ledger.series_figures(series_id, include_excluded=True))


def figures(ledger: Ledger) -> list[dict[str, Any]]:
    """Every figure of the ledger, whatever its status, with the keys of :meth:`Ledger.claims`
    and of the extract contract."""
    return complete(ledger, _paged(lambda limit, offset: ledger.figures(limit=limit,
                                                                        offset=offset)))


def _paged(fetch: Callable[[int, int], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Every row of a paged query (``fetch(limit, offset)``)."""
    rows: list[dict[str, Any]] = []
    while True:
        page = fetch(PAGE, len(rows))
        rows += page
        if len(page) < PAGE:
            return rows


def complete(ledger: Ledger, claims: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Figures with every key of the extract contract: those the ledger left out are read from
    the figures table (``extractor`` from ``extractor_version``)."""
    rows = [dict(c) for c in claims]
    missing = [k for k in CONTRACT_KEYS if rows and k not in rows[0]]
    if not missing:
        return rows
    table = store.figures
    columns = [table.c[_COLUMNS_FOR.get(k, k)].label(k) for k in missing]
    extra: dict[int, dict[str, Any]] = {}
    ids = [row["id"] for row in rows]
    with ledger.engine.connect() as conn:
        for start in range(0, len(ids), 500):
            query = sa.select(table.c.id, *columns).where(table.c.id.in_(ids[start:start + 500]))
            for found in conn.execute(query):
                extra[found.id] = dict(found._mapping)
    for row in rows:
        found = extra.get(row["id"], {})
        for key in missing:
            value = found.get(key)
            row[key] = bool(value) if key in ("stated_before", "flow") else value
    return rows


# -- series analytics ----------------------------------------------------------------------------


def series_reports(ledger: Ledger, search: str | None = None) -> list[analysis.SeriesReport]:
    """The analytics of every series with a figure in force (``search``: a piece of the name),
    by name."""
    reports = (analysis.report(row, claims) for row, claims in series_with_figures(ledger, search))
    return [report for report in reports if report.timeline]


def find_series(ledger: Ledger, query: str) -> analysis.SeriesReport:
    """One series' analytics, by id or by a piece of its name (any case; a name matched whole
    wins). None found raises ``InputError`` E301; several, E306 naming them."""
    query = query.strip()
    if query.isdigit():
        return series_report(ledger, int(query))
    found = series_list(ledger, query)
    found = [row for row in found if row["name"].casefold() == query.casefold()] or found
    if not found:
        raise input_error(_where(ledger), "E301", query)
    if len(found) > 1:
        names = "; ".join(f"{row['id']} {row['name']}" for row in found[:5])
        more = f"; … {len(found) - 5} more" if len(found) > 5 else ""
        raise input_error(_where(ledger), "E306", f"{query!r}: {names}{more}")
    return analysis.report(found[0], series_figures(ledger, found[0]["id"]))


def series_report(ledger: Ledger, series_id: int) -> analysis.SeriesReport:
    """One series' analytics by its id: ``InputError`` E301 when there is no such series, or
    when it has no figure in force and is not pinned (as :func:`series_list` leaves it out)."""
    row = series_row(ledger, series_id)
    return analysis.report({k: row[k] for k in SERIES_FIELDS}, series_figures(ledger, series_id))


def series_row(ledger: Ledger, series_id: int) -> dict[str, Any]:
    """A series' row and summary (:meth:`Ledger.series_row`) if it is listed (a figure in
    force, or pinned); else ``InputError`` E301."""
    row = ledger.series_row(series_id)
    if row is None or not (row["figure_count"] or row["pinned"]):
        raise input_error(_where(ledger), "E301", str(series_id))
    return row


@dataclass(frozen=True, slots=True)
class Window:
    """What a page shows of a series: the analytics of its newest figures up to a day (all of
    them when ``whole``), and, when older figures exist, the day to show next (``earlier``:
    the earliest day shown, again, since more figures of that day may wait; the day before
    when the window already ends on it, so that a day of more figures than a window holds
    cannot trap the reader)."""

    report: analysis.SeriesReport
    whole: bool
    earlier: str | None


def series_window(ledger: Ledger, row: dict[str, Any], size: int,
                  until: str | None = None) -> Window:
    """The analytics of a series' newest ``size`` figures (dated ``until`` that day or before);
    every figure of a series of ``size`` or fewer."""
    fields = {k: row[k] for k in SERIES_FIELDS}
    if until is None and row["figure_count"] <= size:
        figures = ledger.series_figures(row["id"], include_excluded=True)
        if len(figures) <= size:
            return Window(analysis.report(fields, figures), True, None)
    figures = ledger.figures(series_id=row["id"], until=until, limit=size + 1, newest_first=True)
    shown = figures[:size][::-1]
    earlier = None
    first = analysis.period(shown[0]) if len(figures) > size else None
    if first is not None:
        earlier = first[1].isoformat()
        if earlier == until:
            earlier = (first[1] - timedelta(days=1)).isoformat()
    return Window(analysis.report(fields, shown), until is None and len(figures) <= size,
                  earlier)


def conflict_page(ledger: Ledger, series_id: int | None = None, *, limit: int = 50,
                  offset: int = 0) -> list[dict[str, Any]]:
    """A page of :func:`conflict_rows`: one series' conflicts, or every series' in the order of
    :meth:`Ledger.series_list` (most recently dated first). Only series with two claimants or
    more are analysed, page by page, until the page is full."""
    if series_id is not None:
        return conflict_rows([series_report(ledger, series_id)])[offset:offset + limit]
    rows: list[dict[str, Any]] = []
    start = 0
    while len(rows) < offset + limit:
        page = ledger.series_list(limit=PAGE, offset=start)
        for row in page:
            if row["claimant_count"] >= 2:
                figs = series_figures(ledger, row["id"])
                rows += conflict_rows([analysis.report({k: row[k] for k in SERIES_FIELDS},
                                                       figs)])
        if len(page) < PAGE:
            break
        start += PAGE
    return rows[offset:offset + limit]


def conflict_rows(reports: Iterable[analysis.SeriesReport]) -> list[dict[str, Any]]:
    """Every conflict of every series: the series, then the two figures (id, claimant,
    relays, interval, time, text, document)."""
    return [{"series": report.id, "series_name": report.name,
             "a": analysis.point_dict(c.a), "b": analysis.point_dict(c.b)}
            for report in reports for c in report.conflicts]


# -- rows for files ------------------------------------------------------------------------------


def figure_rows(ledger: Ledger) -> list[dict[str, Any]]:
    """Every stored figure (any status) as a row of :data:`FIGURE_COLUMNS`."""
    with ledger.engine.connect() as conn:
        names = dict(conn.execute(sa.select(store.series.c.id, store.series.c.name)).all())
    rows = []
    for claim in figures(ledger):
        row = {key: claim.get(key) for key in FIGURE_COLUMNS}
        row["series_name"] = names.get(claim.get("series"))
        rows.append(row)
    return rows


def series_rows(reports: Iterable[analysis.SeriesReport]) -> list[dict[str, Any]]:
    """Series with their analytics as rows of :data:`SERIES_COLUMNS`."""
    rows = []
    for report in reports:
        ind, band = report.independence, report.band
        newest = report.timeline[-1] if report.timeline else None
        rows.append({
            **{key: report.series.get(key) for key in SERIES_FIELDS},
            "flow": bool(report.series.get("flow")),
            "pinned": bool(report.series.get("pinned")),
            "figures": ind.figures, "reports": ind.reports, "claimants": ind.claimants,
            "independent_claimants": len(ind.independent), "relayed": ind.relayed,
            "copies": ind.copies, "unattributed": ind.unattributed, "summary": ind.summary,
            "band_low": band.low if band else None, "band_high": band.high if band else None,
            "band_kind": band.kind if band else None, "band_as_of": band.as_of if band else None,
            "latest_low": newest.low if newest else None,
            "latest_high": newest.high if newest else None,
            "latest_source": newest.claimant if newest else None,
            "latest_as_of": newest.time if newest else None,
            "conflicts": len(report.conflicts), "changes": len(report.changes),
            "new_highs": sum(p.new_high for p in report.timeline),
            "new_lows": sum(p.new_low for p in report.timeline),
        })
    return rows


def write(rows: Sequence[Mapping[str, Any]], columns: Mapping[str, str], path: str,
          fmt: Format) -> int:
    """Write rows (the keys of ``columns``, typed ``int``, ``float``, ``str``, ``bool`` or
    ``list`` of texts) to ``path`` (``-``: stdout, for CSV and JSON Lines) as CSV (lists joined
    by ``"; "``, nulls empty), JSON Lines or Parquet; the number of rows. A file that cannot
    be written raises ``InputError`` E308."""
    try:
        if fmt == "parquet":
            _parquet(rows, columns, path)
        elif path == "-":
            _text(rows, columns, sys.stdout, fmt)
        else:
            with open(path, "w", encoding="utf-8", newline="") as out:
                _text(rows, columns, out, fmt)
    except OSError as exc:
        raise input_error(path, "E308", exc.strerror or type(exc).__name__) from exc
    return len(rows)


def _text(rows: Sequence[Mapping[str, Any]], columns: Mapping[str, str], out: Any,
          fmt: Format) -> None:
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps({k: _plain(row.get(k)) for k in columns}, ensure_ascii=False))
            out.write("\n")
        return
    writer = csv.writer(out)
    writer.writerow(list(columns))
    for row in rows:
        writer.writerow([_cell(row.get(k)) for k in columns])


def _parquet(rows: Sequence[Mapping[str, Any]], columns: Mapping[str, str], path: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"int": pa.int64(), "float": pa.float64(), "str": pa.string(), "bool": pa.bool_(),
             "list": pa.list_(pa.string())}
    schema = pa.schema([(name, types[kind]) for name, kind in columns.items()])
    data = {name: [_typed(row.get(name), kind) for row in rows] for name, kind in columns.items()}
    pq.write_table(pa.Table.from_pydict(data, schema=schema), path)


def _typed(value: Any, kind: str) -> Any:
    if value is None:
        return None
    return {"int": int, "float": float, "str": str, "bool": bool,
            "list": lambda v: [str(x) for x in v]}[kind](value)


def _plain(value: Any) -> Any:
    return analysis.as_number(value) if isinstance(value, float) else value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return str(_plain(value))


def _where(ledger: Ledger) -> str:
    """The ledger's URL as errors name it (without a password)."""
    try:
        return sa.make_url(ledger.url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return ledger.url
