"""Text search at scale: a full-text index of the figures' sentences and counted objects.

On SQLite, an FTS5 table with the trigram tokenizer (``figures_text``, external content: the
figures table itself) that answers case-insensitive substring searches of three characters or
more from its index instead of reading every sentence; triggers keep it in step with the
figures table, and existing rows are indexed here. The table and its shadow tables are not part
of the SQLAlchemy metadata (see ``reportedly.store.TEXT_INDEX``). Other databases are left as
they are (PostgreSQL searches with ILIKE; a trigram index there is a later revision's).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_CREATE = [
    """CREATE VIRTUAL TABLE figures_text USING fts5(
         sentence, object, content='figures', content_rowid='id', tokenize='trigram')""",
    """CREATE TRIGGER figures_text_insert AFTER INSERT ON figures BEGIN
         INSERT INTO figures_text(rowid, sentence, object)
         VALUES (new.id, new.sentence, new.object);
       END""",
    """CREATE TRIGGER figures_text_delete AFTER DELETE ON figures BEGIN
         INSERT INTO figures_text(figures_text, rowid, sentence, object)
         VALUES ('delete', old.id, old.sentence, old.object);
       END""",
    """CREATE TRIGGER figures_text_update AFTER UPDATE OF sentence, object ON figures BEGIN
         INSERT INTO figures_text(figures_text, rowid, sentence, object)
         VALUES ('delete', old.id, old.sentence, old.object);
         INSERT INTO figures_text(rowid, sentence, object)
         VALUES (new.id, new.sentence, new.object);
       END""",
    "INSERT INTO figures_text(figures_text) VALUES ('rebuild')",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in _CREATE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in ("figures_text_insert", "figures_text_delete", "figures_text_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS figures_text")
