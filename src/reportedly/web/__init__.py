"""The web front: an HTTP API and HTML pages over a :class:`~reportedly.ledger.Ledger`.

``create_app(db, token=...)`` gives an ASGI app; ``reportedly serve`` runs it with uvicorn.
"""

from reportedly.web.app import Settings, create_app

__all__ = ["Settings", "create_app"]
