"""The JSON API: series, figures, documents, conflicts and corrections, paginated, documented
by the app's OpenAPI schema (``/api/openapi.json``).

Reads are open; appending a correction needs the configured token as ``Authorization: Bearer
TOKEN`` (no cookie is read, so a cross-site page cannot post one on a user's behalf).
"""

from __future__ import annotations

from typing import Annotated, Any, Generic, Literal, TypeVar

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request, status
from pydantic import BaseModel, ConfigDict, Field

from reportedly import export
from reportedly.ledger import Ledger
from reportedly.web import security

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=500, description="How many items a page holds.")]
Offset = Annotated[int, Query(ge=0, description="How many items to skip.")]
Day = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]


def get_ledger(request: Request) -> Ledger:
    return request.app.state.ledger


LedgerDep = Annotated[Ledger, Depends(get_ledger)]


class FigureOut(BaseModel):
    """A figure in its corrected state, with where it came from."""

    model_config = ConfigDict(extra="allow")

    id: int
    document: str = Field(description="The document's key: its URL, JSONL id or origin.")
    published: str | None
    sentence: str
    text: str = Field(description="The figure as written.")
    start: int = Field(description="Where the figure starts in the document's clean text.")
    end: int
    low: float | None = Field(description="The interval's low end; null is open.")
    high: float | None = Field(description="The interval's high end; null is open.")
    qualifier: str
    vague: bool
    kind: str
    object: str | None
    unit: str | None
    change: str | None
    subject: str | None
    source: str | None = Field(description="The claimant; null is the article's own voice.")
    via: list[str] = Field(description="Relays, nearest to the claimant first.")
    as_of: str | None
    basis: str | None
    hedge: str | None
    role: str | None
    series: int | None
    extractor_version: str | None
    url: str | None
    status: str = Field(description="active, wrong, superseded, retracted or moved.")
    copy_: bool = Field(alias="copy",
                        description="Whether the figure is in a copy of another document.")


class SeriesOut(BaseModel):
    """A series and the summary of its figures in force."""

    id: int
    key: str
    name: str
    subject: str | None
    measure: str | None
    event: str | None
    place: str | None
    unit: str | None
    flow: bool
    pinned: bool
    figure_count: int
    claimant_count: int
    latest_as_of: str | None


class CorrectionOut(BaseModel):
    """One row of the append-only corrections log."""

    id: int
    figure_id: int
    status: str
    series_id: int | None
    reason: str
    author: str
    created_at: str
    carried_from: int | None


class CorrectionIn(BaseModel):
    """A correction to append: the figure's new status (``moved`` takes ``series``)."""

    status: Literal["wrong", "superseded", "retracted", "active", "moved"]
    reason: str = Field(min_length=1, max_length=2000)
    author: str = Field(min_length=1, max_length=200)
    series: int | None = Field(default=None, description="The series a moved figure goes to.")


class DocumentOut(BaseModel):
    """A stored document's metadata (its text is in :class:`DocumentText`)."""

    model_config = ConfigDict(extra="allow")

    id: int
    doc_key: str
    origin: str
    url: str | None
    title: str | None
    published: str | None
    language: str | None
    duplicate_of: int | None
    skipped: str | None


class DocumentText(DocumentOut):
    """A stored document with its clean text and its figures."""

    text: str
    figures: list[FigureOut]


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list; ``next`` is the offset of the next page, null on the last."""

    items: list[T]
    limit: int
    offset: int
    next: int | None


def _page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    more = len(items) > limit
    return {"items": items[:limit], "limit": limit, "offset": offset,
            "next": offset + limit if more else None}


@router.get("/series", response_model=Page[SeriesOut], summary="List series")
def list_series(ledger: LedgerDep, q: str | None = None, limit: Limit = 50,
                offset: Offset = 0) -> dict[str, Any]:
    """Series with a figure in force, the most recently dated first; ``q`` filters by name."""
    return _page(ledger.series_list(limit=limit + 1, offset=offset, search=q), limit, offset)


@router.get("/series/{series_id}", summary="One series with its analytics")
def one_series(ledger: LedgerDep, series_id: int,
               newest: Annotated[int | None, Query(ge=1, le=5000, description=(
                   "Analyse only the newest N figures (up to `until`)."))] = None,
               until: Day = None) -> dict[str, Any]:
    """The series, its figures in force in time order, each claimant's latest estimate,
    independence, the consensus band, conflicts and changes (as ``reportedly show --format
    json``). With ``newest`` or ``until``, those of a window of it: its newest figures (500
    unless ``newest`` says) dated up to ``until``, and ``window``: ``whole`` (nothing left
    out) and ``earlier`` (the ``until`` of the window before, null if none)."""
    if newest is None and until is None:
        return export.series_report(ledger, series_id).as_dict()
    shown = export.series_window(ledger, export.series_row(ledger, series_id), newest or 500,
                                 until)
    return {**shown.report.as_dict(),
            "window": {"whole": shown.whole, "earlier": shown.earlier, "until": until}}


@router.get("/figures", response_model=Page[FigureOut], summary="List figures")
def list_figures(ledger: LedgerDep, series: int | None = None,
                 claimant: str | None = None, since: Day = None, until: Day = None,
                 q: str | None = None, document: int | None = None, limit: Limit = 50,
                 offset: Offset = 0) -> dict[str, Any]:
    """Figures of the current extraction, any status, oldest first. ``claimant``: a canonical
    name or alias; ``since``/``until``: the day a figure refers to; ``q``: text in the sentence
    or the counted object; ``document``: a document id."""
    rows = ledger.figures(series_id=series, source=claimant, since=since, until=until,
                          search=q, limit=limit + 1, offset=offset, document_id=document)
    return _page(rows, limit, offset)


@router.get("/figures/{figure_id}", summary="One figure with its provenance and corrections")
def one_figure(ledger: LedgerDep, figure_id: int) -> dict[str, Any]:
    """The figure, where it is in its document (``document_id``, ``sentence_start``,
    ``start``, ``end``), the claimant as written, and its corrections, oldest first."""
    return {**ledger.figure(figure_id), "corrections": ledger.corrections(figure_id)}


@router.get("/documents", response_model=Page[DocumentOut], summary="List documents")
def list_documents(ledger: LedgerDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Stored documents in the order they came, without their text."""
    return _page(ledger.documents(limit=limit + 1, offset=offset), limit, offset)


@router.get("/documents/{document_id}", response_model=DocumentText,
            summary="One document with its text and figures")
def one_document(ledger: LedgerDep, document_id: int) -> dict[str, Any]:
    """The document's metadata, its clean text (the figures' ``start`` and ``end`` are offsets
    in it) and every figure of its current extraction, in text order."""
    return document_with_figures(ledger, document_id)


@router.get("/conflicts", summary="List conflicts")
def list_conflicts(ledger: LedgerDep, series: int | None = None, limit: Limit = 50,
                   offset: Offset = 0) -> dict[str, Any]:
    """Pairs of figures by different claimants about the same time (within two weeks) whose
    intervals do not overlap: the series, then the two figures."""
    rows = export.conflict_page(ledger, series, limit=limit + 1, offset=offset)
    return _page(rows, limit, offset)


@router.get("/corrections", response_model=Page[CorrectionOut], summary="The corrections log")
def list_corrections(ledger: LedgerDep, figure: int | None = None, limit: Limit = 50,
                     offset: Offset = 0) -> dict[str, Any]:
    """Corrections, oldest first (``figure``: one figure's). Rows are only ever appended."""
    return _page(ledger.corrections(figure, limit=limit + 1, offset=offset), limit, offset)


@router.post("/figures/{figure_id}/corrections", response_model=CorrectionOut,
             status_code=status.HTTP_201_CREATED, summary="Append a correction",
             responses={401: {"description": "No token, or a wrong one."},
                        403: {"description": "The server is read-only: no token configured."},
                        404: {"description": "No such figure or series."}})
def add_correction(request: Request, ledger: LedgerDep, figure_id: int, body: CorrectionIn,
                   authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
    """Append a correction to a figure's history (needs ``Authorization: Bearer TOKEN``).
    Nothing is overwritten: the log keeps every correction and the figure shows the last."""
    security.check_bearer(request.app.state.settings, authorization)
    if (body.status == "moved") != (body.series is not None):
        raise HTTPException(422,
                            "'series' goes with status 'moved', and only with it")
    ledger.correct(figure_id, body.status, body.reason, body.author, series_id=body.series)
    return ledger.corrections(figure_id)[-1]



def document_with_figures(ledger: Ledger, document_id: int) -> dict[str, Any]:
    """A stored document's row with its ``text`` and ``figures`` (in text order); ``InputError``
    E307 when there is none."""
    row = ledger.document_row(document_id)
    figures = sorted(ledger.figures(document_id=document_id, limit=100_000),
                     key=lambda f: (f["start"], f["id"]))
    return {**row, "figures": figures}
