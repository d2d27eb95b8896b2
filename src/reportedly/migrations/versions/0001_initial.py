"""The initial ledger: documents, sources and aliases, series, figures, corrections, ingest errors.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer, nullable=False)


def _created(name: str = "created_at") -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False)


def upgrade() -> None:
    op.create_table(
        "documents",
        _id(),
        sa.Column("content_hash", sa.Text, nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("doc_key", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Text),
        sa.Column("language", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("duplicate_of", sa.Integer),
        _created("ingested_at"),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.UniqueConstraint("content_hash", name="uq_documents_content_hash"),
        sa.ForeignKeyConstraint(["duplicate_of"], ["documents.id"],
                                name="fk_documents_duplicate_of_documents"),
    )
    op.create_index("ix_documents_published", "documents", ["published"])

    op.create_table(
        "sources",
        _id(),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.Text),
        sa.PrimaryKeyConstraint("id", name="pk_sources"),
        sa.UniqueConstraint("name", name="uq_sources_name"),
    )
    op.create_table(
        "source_aliases",
        _id(),
        sa.Column("alias", sa.Text, nullable=False),
        sa.Column("source_id", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_source_aliases"),
        sa.UniqueConstraint("alias", name="uq_source_aliases_alias"),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"],
                                name="fk_source_aliases_source_id_sources"),
    )

    op.create_table(
        "series",
        _id(),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("subject", sa.Text),
        sa.Column("measure", sa.Text),
        sa.Column("event", sa.Text),
        sa.Column("place", sa.Text),
        sa.Column("unit", sa.Text),
        sa.Column("flow", sa.Boolean, nullable=False),
        sa.Column("pinned", sa.Boolean, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_series"),
        sa.UniqueConstraint("key", name="uq_series_key"),
    )

    op.create_table(
        "figures",
        _id(),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("sentence_start", sa.Integer, nullable=False),
        sa.Column("low", sa.Float),
        sa.Column("high", sa.Float),
        sa.Column("qualifier", sa.Text, nullable=False),
        sa.Column("vague", sa.Boolean, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("object", sa.Text),
        sa.Column("unit", sa.Text),
        sa.Column("change", sa.Text),
        sa.Column("subject", sa.Text),
        sa.Column("source_id", sa.Integer),
        sa.Column("source_text", sa.Text),
        sa.Column("role", sa.Text),
        sa.Column("via", sa.JSON, nullable=False),
        sa.Column("basis", sa.Text),
        sa.Column("hedge", sa.Text),
        sa.Column("as_of", sa.Text),
        sa.Column("stated_before", sa.Boolean, nullable=False),
        sa.Column("measure", sa.Text),
        sa.Column("event", sa.Text),
        sa.Column("flow", sa.Boolean, nullable=False),
        sa.Column("place", sa.Text),
        sa.Column("series_id", sa.Integer),
        sa.Column("extractor_version", sa.Text),
        _created(),
        sa.PrimaryKeyConstraint("id", name="pk_figures"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name="fk_figures_document_id_documents"),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"],
                                name="fk_figures_source_id_sources"),
        sa.ForeignKeyConstraint(["series_id"], ["series.id"],
                                name="fk_figures_series_id_series"),
    )
    op.create_index("ix_figures_document_id", "figures", ["document_id"])
    op.create_index("ix_figures_series_id", "figures", ["series_id"])
    op.create_index("ix_figures_source_id", "figures", ["source_id"])

    op.create_table(
        "corrections",
        _id(),
        sa.Column("figure_id", sa.Integer, nullable=False),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("series_id", sa.Integer),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        _created(),
        sa.PrimaryKeyConstraint("id", name="pk_corrections"),
        sa.ForeignKeyConstraint(["figure_id"], ["figures.id"],
                                name="fk_corrections_figure_id_figures"),
        sa.ForeignKeyConstraint(["series_id"], ["series.id"],
                                name="fk_corrections_series_id_series"),
    )
    op.create_index("ix_corrections_figure_id", "corrections", ["figure_id"])

    op.create_table(
        "ingest_errors",
        _id(),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("record", sa.Text),
        sa.Column("code", sa.Text, nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        _created(),
        sa.PrimaryKeyConstraint("id", name="pk_ingest_errors"),
    )


def downgrade() -> None:
    op.drop_table("ingest_errors")
    op.drop_table("corrections")
    op.drop_table("figures")
    op.drop_table("series")
    op.drop_table("source_aliases")
    op.drop_table("sources")
    op.drop_table("documents")
