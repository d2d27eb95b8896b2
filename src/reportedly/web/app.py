"""The ASGI app: one ledger, the JSON API under ``/api``, the HTML pages, static files.

Everything the pages need (style sheet, charts) is served by the app itself: the charts are SVG
drawn on the server, and no page loads a script, so the pages work offline and a strict
Content-Security-Policy holds.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles

from reportedly import __version__
from reportedly.errors import ReportedlyError, input_error
from reportedly.ledger import DEFAULT_URL, Ledger

HERE = Path(__file__).parent

#: The shortest token accepted for corrections: long enough not to be guessed.
MIN_TOKEN = 16

#: Sent with every response: no script runs, nothing is framed, forms post only here.
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; style-src 'self'; img-src 'self' data:; "
                                "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


@dataclass(frozen=True, slots=True)
class Settings:
    """What a running app is configured with: the ledger's URL, the corrections token
    (``None``: read-only) and how many rows a page of the HTML lists shows."""

    db: str = DEFAULT_URL
    token: str | None = None
    page_size: int = 50

    @classmethod
    def from_env(cls, db: str | None = None, token_file: str | None = None) -> Settings:
        """Settings from arguments, else the environment: ``REPORTEDLY_DB``, and the token from
        ``token_file`` or ``REPORTEDLY_TOKEN`` (no token: read-only). A token shorter than
        :data:`MIN_TOKEN` characters raises ``InputError`` E120."""
        token = os.environ.get("REPORTEDLY_TOKEN") or None
        where = "REPORTEDLY_TOKEN"
        if token_file is not None:
            where = token_file
            try:
                token = Path(token_file).read_text(encoding="utf-8").strip() or None
            except OSError as exc:
                raise input_error(token_file, "E107", exc.strerror or str(exc)) from exc
        if token is not None and len(token) < MIN_TOKEN:
            raise input_error(where, "E120", f"{len(token)} characters")
        return cls(db=db or os.environ.get("REPORTEDLY_DB") or DEFAULT_URL, token=token)


def create_app(db: str | Settings = DEFAULT_URL, *, token: str | None = None,
               page_size: int = 50) -> FastAPI:
    """The web app over the ledger at ``db`` (a URL, or :class:`Settings`). Corrections need
    ``token``; without one the app is read-only."""
    settings = db if isinstance(db, Settings) else Settings(db=db, token=token,
                                                            page_size=page_size)
    ledger = Ledger(settings.db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        ledger.close()

    app = FastAPI(
        lifespan=lifespan,
        title="reportedly",
        version=__version__,
        summary="A ledger of the figures in the news: who claimed how many of what, "
                "as of when, citing whom.",
        docs_url=None,  # FastAPI's Swagger and ReDoc pages load their scripts from a CDN
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.ledger = ledger
    app.state.settings = settings

    from reportedly.web import api, views

    app.include_router(api.router)
    app.include_router(views.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def security_headers(request: Request,
                               call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(ReportedlyError)
    async def not_found(request: Request, exc: ReportedlyError) -> Response:
        return views.error_response(request, exc)

    return app
