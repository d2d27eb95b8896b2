"""The HTML pages: the series index, a series with its chart, a figure in its document, a
document with its figures, search, and the correction form.

Templates are rendered with autoescaping on: every text from the ledger (titles, sentences,
names) is escaped; only the server's own SVG charts are inserted as markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Form, HTTPException, Query, Request, Response, status
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from reportedly import __version__, export, render
from reportedly.errors import InputError, ReportedlyError
from reportedly.ledger import Ledger
from reportedly.store import STATUSES
from reportedly.web import charts, security

#: Codes of a missing figure, series or document: a 404, not a server error.
NOT_FOUND = frozenset({"E300", "E301", "E307"})

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
templates = Jinja2Templates(env=_env)
_env.globals.update(version=__version__, statuses=STATUSES)
_env.filters.update(number=render.number)


def _band(fig: dict[str, Any]) -> str:
    return render.band(fig.get("low"), fig.get("high"), fig.get("qualifier"), fig.get("unit"))


_env.filters["band"] = _band
_env.filters["band_text"] = render.band_text


def _ledger(request: Request) -> Ledger:
    return request.app.state.ledger


def _page(request: Request, name: str, context: dict[str, Any],
          status_code: int = 200) -> HTMLResponse:
    settings = request.app.state.settings
    return templates.TemplateResponse(
        request, name, {"read_only": settings.token is None, **context},
        status_code=status_code)


def error_response(request: Request, exc: ReportedlyError) -> Response:
    """A ledger error as a response: 404 for a missing figure, series or document, else 400;
    JSON under ``/api``, an HTML page elsewhere."""
    code = status.HTTP_404_NOT_FOUND if (
        isinstance(exc, InputError) and exc.code in NOT_FOUND) else status.HTTP_400_BAD_REQUEST
    message = exc.line() if isinstance(exc, InputError) else str(exc)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=code)
    return _page(request, "error.html", {"title": "Not found" if code == 404 else "Error",
                                         "message": message}, code)


def _link(request: Request, **params: Any) -> str:
    query = {**request.query_params, **params}
    kept = {k: v for k, v in query.items() if v not in ("", None)}
    return f"{request.url.path}?{urlencode(kept)}" if kept else request.url.path


def _size(request: Request) -> int:
    return request.app.state.settings.page_size


def _pager(request: Request, rows: list[Any], offset: int) -> tuple[list[Any], dict[str, str]]:
    """The page's rows (one more was read, to know whether there is a next page) and the
    links to the previous and next pages."""
    size = _size(request)
    links = {}
    if offset > 0:
        links["previous"] = _link(request, offset=max(0, offset - size) or None)
    if len(rows) > size:
        links["next"] = _link(request, offset=offset + size)
    return rows[:size], links


#: The most figures a series page charts and analyses at once (its newest, before ``until``);
#: the series index reads fewer. Bigger series are shown window by window.
WINDOW = 500
INDEX_WINDOW = 30
#: The most conflicts listed on a series page (the API lists them all, paged).
CONFLICTS_SHOWN = 50


@router.get("/")
def index(request: Request, q: str | None = None,
          offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    """The series, most recently dated first, each with a sparkline, its latest band, its
    independent claimants and a conflict badge (over its newest figures)."""
    ledger = _ledger(request)
    rows, links = _pager(request, ledger.series_list(limit=_size(request) + 1, offset=offset,
                                                     search=q), offset)
    items = []
    for row in rows:
        shown = export.series_window(ledger, row, INDEX_WINDOW)
        items.append({"row": row, "report": shown.report, "whole": shown.whole,
                      "sparkline": Markup(charts.sparkline(shown.report.timeline))})
    return _page(request, "index.html", {"title": "Series", "items": items, "q": q or "",
                                         "links": links})


@router.get("/series/{series_id}")
def series_page(request: Request, series_id: int,
                until: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None
                ) -> HTMLResponse:
    """One series: its chart, legend, band, conflicts and changes, and its figures — all of
    them, or for a long series its newest :data:`WINDOW` (up to ``until``), with a link to
    the ones before."""
    ledger = _ledger(request)
    row = export.series_row(ledger, series_id)
    shown = export.series_window(ledger, row, WINDOW, until)
    report = shown.report
    return _page(request, "series.html", {
        "title": report.name, "report": report, "row": row, "whole": shown.whole,
        "until": until, "earlier": shown.earlier, "window": WINDOW,
        "colours": charts.claimant_colours(report.timeline),
        "conflicts_shown": report.conflicts[:CONFLICTS_SHOWN],
        "chart": Markup(charts.series_chart(report)), "legend": charts.legend(report)})


@router.get("/figures/{figure_id}")
def figure_page(request: Request, figure_id: int, done: str | None = None) -> HTMLResponse:
    """A figure: its sentence highlighted in its document, its claimant chain, its history,
    and (with a token configured) the correction form."""
    ledger = _ledger(request)
    figure = ledger.figure(figure_id)
    document = ledger.document_row(figure["document_id"])
    sentence_end = figure["sentence_start"] + len(figure["sentence"])
    pieces = segments(document["text"], [
        (figure["sentence_start"], figure["start"], "sentence"),
        (figure["start"], figure["end"], "figure"),
        (figure["end"], sentence_end, "sentence")])
    series = ledger.series_row(figure["series"]) if figure["series"] is not None else None
    settings = request.app.state.settings
    csrf = security.csrf_value(request) if settings.token else ""
    response = _page(request, "figure.html", {
        "title": f"{figure['text']} — {figure['source'] or 'own voice'}", "figure": figure,
        "document": document, "pieces": pieces, "series": series,
        "history": ledger.corrections(figure_id), "done": done == "1", "csrf": csrf})
    if csrf:
        security.set_csrf_cookie(request, response, csrf)
    return response


@router.post("/figures/{figure_id}/corrections")
def correct(request: Request, figure_id: int,
            status_: Annotated[str, Form(alias="status")],
            reason: Annotated[str, Form()], author: Annotated[str, Form()],
            token: Annotated[str, Form()] = "", csrf: Annotated[str, Form()] = "",
            series: Annotated[str, Form()] = "") -> Response:
    """Append a correction from the form, then show the figure again (post, redirect, get)."""
    settings = request.app.state.settings
    try:
        security.check_form(settings, request, token, csrf)
        if status_ not in STATUSES:
            raise HTTPException(status.HTTP_400_BAD_REQUEST, f"unknown status {status_!r}")
        series_id = int(series) if series.strip().isdigit() else None
        if (status_ == "moved") != (series_id is not None):
            raise HTTPException(status.HTTP_400_BAD_REQUEST,
                                "a series id goes with 'moved', and only with it")
        if not reason.strip() or not author.strip():
            raise HTTPException(status.HTTP_400_BAD_REQUEST, "a reason and an author are needed")
    except HTTPException as exc:
        return _page(request, "error.html", {"title": "Correction refused",
                                             "message": exc.detail}, exc.status_code)
    _ledger(request).correct(figure_id, status_, reason.strip(), author.strip(),
                             series_id=series_id)
    return RedirectResponse(f"/figures/{figure_id}?done=1#history",
                            status_code=status.HTTP_303_SEE_OTHER)


@router.get("/documents")
def documents_page(request: Request,
                   offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    rows, links = _pager(request, _ledger(request).documents(limit=_size(request) + 1,
                                                             offset=offset), offset)
    return _page(request, "documents.html", {"title": "Documents", "rows": rows,
                                             "links": links})


@router.get("/documents/{document_id}")
def document_page(request: Request, document_id: int) -> HTMLResponse:
    """A document's clean text with every figure highlighted and linked."""
    from reportedly.web.api import document_with_figures

    document = document_with_figures(_ledger(request), document_id)
    pieces = segments(document["text"], [(f["start"], f["end"], f)
                                         for f in document["figures"]])
    return _page(request, "document.html", {"title": document["title"] or document["doc_key"],
                                            "document": document, "pieces": pieces})


@router.get("/search")
def search(request: Request, q: str = "",
           offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    """Series by name and figures by sentence or counted object (the newest first)."""
    ledger = _ledger(request)
    q = q.strip()
    series_rows: list[dict[str, Any]] = []
    figures: list[dict[str, Any]] = []
    links: dict[str, str] = {}
    if q:
        series_rows = ledger.series_list(limit=20, search=q) if offset == 0 else []
        figures, links = _pager(request, ledger.search(q, limit=_size(request) + 1,
                                                       offset=offset), offset)
    return _page(request, "search.html", {"title": f"Search: {q}" if q else "Search", "q": q,
                                          "series": series_rows, "figures": figures,
                                          "links": links})


def segments(text: str, marks: Iterable[tuple[int, int, Any]]
             ) -> list[tuple[str, Any]]:
    """``text`` cut at the marks' spans: (piece, mark) pairs in order, ``None`` between marks.
    Empty spans, spans outside the text and spans overlapping an earlier one are left out."""
    pieces: list[tuple[str, Any]] = []
    at = 0
    for start, end, mark in sorted(marks, key=lambda m: (m[0], m[1])):
        if start < at or end <= start or end > len(text):
            continue
        if start > at:
            pieces.append((text[at:start], None))
        pieces.append((text[start:end], mark))
        at = end
    if at < len(text):
        pieces.append((text[at:], None))
    return pieces


def chain(figure: dict[str, Any]) -> Sequence[str]:
    """Who the figure reached the article through: the claimant, then the relays."""
    return [figure.get("source") or "the article's own voice", *(figure.get("via") or [])]


_env.globals["chain"] = chain
