"""Copies and what readers know: documents keyed by (key, text), duplicates, language skips.

documents: the content hash is no longer unique on its own (an exact copy under another URL is
stored, linked to the first): unique on (doc_key, content_hash), with an index on content_hash;
new columns author, site, record_offset, format (what the readers fill), skipped (why a
document was not extracted), duplicate_kind (exact or near) and minhash (the MinHash signature,
as bytes). figures: copy, true for a figure of a copied document. ingest_errors: record_offset.

Existing rows: documents already marked as copies (duplicate_of) become near copies and their
figures copies; signatures are computed from the stored text when the ledger first looks for a
near copy (this migration does not import the application).

On SQLite the documents table is rebuilt (batch mode); :func:`reportedly.store.migrate` turns
foreign keys off around the migrations so that the referencing figures do not block it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_documents = sa.table("documents", sa.column("id", sa.Integer),
                      sa.column("duplicate_of", sa.Integer),
                      sa.column("duplicate_kind", sa.Text))
_figures = sa.table("figures", sa.column("document_id", sa.Integer),
                    sa.column("copy", sa.Boolean))


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_constraint("uq_documents_content_hash", type_="unique")
        batch.add_column(sa.Column("author", sa.Text))
        batch.add_column(sa.Column("site", sa.Text))
        batch.add_column(sa.Column("record_offset", sa.BigInteger))
        batch.add_column(sa.Column("format", sa.Text))
        batch.add_column(sa.Column("skipped", sa.Text))
        batch.add_column(sa.Column("duplicate_kind", sa.Text))
        batch.add_column(sa.Column("minhash", sa.LargeBinary))
        batch.create_unique_constraint("uq_documents_doc_key_content_hash",
                                       ["doc_key", "content_hash"])
        batch.create_index("ix_documents_content_hash", ["content_hash"])

    with op.batch_alter_table("figures") as batch:
        batch.add_column(sa.Column("copy", sa.Boolean, nullable=False,
                                   server_default=sa.false()))

    with op.batch_alter_table("ingest_errors") as batch:
        batch.add_column(sa.Column("record_offset", sa.BigInteger))

    copied = sa.select(_documents.c.id).where(_documents.c.duplicate_of.is_not(None))
    op.execute(sa.update(_documents).where(_documents.c.duplicate_of.is_not(None))
               .values(duplicate_kind="near"))
    op.execute(sa.update(_figures).where(_figures.c.document_id.in_(copied))
               .values(copy=sa.true()))


def downgrade() -> None:
    """Back to 0001. Fails when two documents share a text (0001 stored each text once)."""
    with op.batch_alter_table("ingest_errors") as batch:
        batch.drop_column("record_offset")

    with op.batch_alter_table("figures") as batch:
        batch.drop_column("copy")

    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_content_hash")
        batch.drop_constraint("uq_documents_doc_key_content_hash", type_="unique")
        for column in ("minhash", "duplicate_kind", "skipped", "format", "record_offset", "site",
                       "author"):
            batch.drop_column(column)
        batch.create_unique_constraint("uq_documents_content_hash", ["content_hash"])
