"""Alembic environment for the ledger.

:func:`reportedly.store.migrate` passes an open connection in ``config.attributes["connection"]``.
Run by hand (``alembic -x db=URL ...`` with ``script_location`` pointing here) it opens its own.
"""

from __future__ import annotations

import os

import sqlalchemy as sa
from alembic import context

from reportedly.store import database_url, metadata, outside_metadata

config = context.config


def run(connection: sa.Connection) -> None:
    context.configure(connection=connection, target_metadata=metadata,
                      render_as_batch=connection.dialect.name == "sqlite",
                      include_name=lambda name, type_, parent: not outside_metadata(
                          name, type_, parent))
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    url = (context.get_x_argument(as_dictionary=True).get("db")
           or config.get_main_option("sqlalchemy.url")
           or os.environ.get("REPORTEDLY_DB", "sqlite:///reportedly.db"))
    engine = sa.create_engine(database_url(url))
    with engine.begin() as conn:
        run(conn)
    engine.dispose()
