"""Who may correct: the configured token, and forms that another site cannot submit.

The API takes the token as ``Authorization: Bearer TOKEN`` and reads no cookie. A correction
form carries the token the user types, and a per-browser CSRF value that must equal the
``reportedly_csrf`` cookie (SameSite=Strict, HttpOnly); a request whose ``Origin`` is another
site is refused before either is looked at.
"""

from __future__ import annotations

import hmac
import secrets
from typing import TYPE_CHECKING

from fastapi import HTTPException, Request, Response, status

if TYPE_CHECKING:
    from reportedly.web.app import Settings

CSRF_COOKIE = "reportedly_csrf"
READ_ONLY = "corrections are off: the server has no token (serve --token-file, REPORTEDLY_TOKEN)"


def same(a: str | None, b: str | None) -> bool:
    """Constant-time equality of two non-empty strings."""
    return bool(a) and bool(b) and hmac.compare_digest(str(a).encode(), str(b).encode())


def check_bearer(settings: Settings, authorization: str | None) -> None:
    """Raise 403 on a read-only server, 401 unless ``authorization`` is ``Bearer TOKEN``."""
    if settings.token is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, READ_ONLY)
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not same(given.strip(), settings.token):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a valid bearer token is needed",
                            headers={"WWW-Authenticate": "Bearer"})


def csrf_value(request: Request) -> str:
    """The browser's CSRF value: its cookie's, or a new one (see :func:`set_csrf_cookie`)."""
    value = request.cookies.get(CSRF_COOKIE)
    return value if value and len(value) >= 32 else secrets.token_urlsafe(32)


def set_csrf_cookie(request: Request, response: Response, value: str) -> None:
    """Keep ``value`` in the browser's CSRF cookie (unless it is already there)."""
    if request.cookies.get(CSRF_COOKIE) != value:
        response.set_cookie(CSRF_COOKIE, value, httponly=True, samesite="strict",
                            secure=request.url.scheme == "https", path="/")


def check_form(settings: Settings, request: Request, token: str | None,
               csrf: str | None) -> None:
    """Raise 403 unless a correction form comes from this site, carries this browser's CSRF
    value, and the right token."""
    if settings.token is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, READ_ONLY)
    origin = request.headers.get("origin")
    if origin is not None and origin != _own_origin(request):
        raise HTTPException(status.HTTP_403_FORBIDDEN, f"form posted from another site ({origin})")
    if not same(csrf, request.cookies.get(CSRF_COOKIE)):
        raise HTTPException(status.HTTP_403_FORBIDDEN,
                            "the form is stale or came from another site: reload the page")
    if not same(token, settings.token):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "wrong token")


def _own_origin(request: Request) -> str:
    host = request.headers.get("host") or request.url.netloc
    return f"{request.url.scheme}://{host}"
