"""Text search at scale on PostgreSQL: trigram indexes of the figures' sentences and objects.

PostgreSQL answers the ledger's case-insensitive substring searches with ``ILIKE '%text%'``;
GIN indexes with the ``pg_trgm`` operator class (``ix_figures_sentence_trgm``,
``ix_figures_object_trgm``) let it read the matches from an index instead of every sentence.
``pg_trgm`` ships with PostgreSQL (Debian's ``postgresql`` package, ``postgresql-contrib``
elsewhere) and is a trusted extension: the database's owner, or a role that may create in it,
can create it. This revision creates it if it is not there yet; a server without it, or a role
that may not create it, migrates all the same, without the indexes (searches read the column,
as before). The indexes are outside the SQLAlchemy metadata (see
``reportedly.store.TRIGRAM_INDEXES``). SQLite is left as it is: 0004 gave it an FTS5 index.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: Index name → indexed column (as reportedly.store.TRIGRAM_INDEXES at this revision).
_INDEXES = {"ix_figures_sentence_trgm": "sentence", "ix_figures_object_trgm": "object"}


def _trigram_schema(conn: sa.Connection) -> str | None:
    """The schema of the ``pg_trgm`` extension, created if the server has it; None if it has
    not."""
    available = conn.execute(sa.text(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).first()
    if available is None:
        return None
    conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    return conn.execute(sa.text(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pg_trgm'")).scalar()


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    # in a savepoint: a role that may not create the extension (or use it) leaves the
    # migration's transaction usable, and the ledger without the indexes
    try:
        with conn.begin_nested():
            schema = _trigram_schema(conn)
            if schema is None:
                return
            # the operator class named with its schema: it may be outside the search path
            opclass = f"{conn.dialect.identifier_preparer.quote_schema(schema)}.gin_trgm_ops"
            for name, column in _INDEXES.items():
                conn.execute(sa.text(f"CREATE INDEX IF NOT EXISTS {name} ON figures "
                                     f'USING gin ("{column}" {opclass})'))
    except sa.exc.DBAPIError:
        return


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in _INDEXES:  # the extension stays: other objects may use it
        op.execute(f"DROP INDEX IF EXISTS {name}")
