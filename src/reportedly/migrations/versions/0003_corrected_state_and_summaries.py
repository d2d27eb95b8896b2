"""Queries at scale: the corrected state on the figure, series summaries, re-extraction.

figures: current_status and current_series_id (the state the corrections give a figure, kept in
step by ``Ledger.correct``; the corrections stay the append-only source of truth), replaced (a
newer extraction of the document replaced the figure; the row is kept), dated (the day the
figure refers to: the last day of its as-of time, else its document's publication day); the
source index becomes (source_id, dated, id), with new indexes (current_series_id, dated, id)
and (dated, id), the first also covering what the summaries read (current_status, replaced,
source_id). series: figure_count, claimant_count and latest_as_of, a summary of the figures in
force (status neither wrong, retracted nor superseded; not replaced), with an index on
(latest_as_of, id, figure_count, pinned) that the series list reads alone. corrections:
carried_from (the correction of a replaced figure that this one repeats for its successor); the
figure_id index becomes (figure_id, id).

Existing rows are backfilled: statuses and series from the corrections, days from the as-of
times and publication dates (computed here in Python; this migration does not import the
application, so the date rule is written out below as it stands at this revision), then the
summaries of every series.

On SQLite the figures and corrections tables are rebuilt (batch mode) for their new foreign
keys; :func:`reportedly.store.migrate` turns foreign keys off around the migrations.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: Statuses that take a figure out of the series (as in reportedly.store at this revision).
_EXCLUDED = ("retracted", "superseded", "wrong")

_documents = sa.table("documents", sa.column("id", sa.Integer),
                      sa.column("published", sa.Text))
_series = sa.table("series", sa.column("id", sa.Integer),
                   sa.column("figure_count", sa.Integer),
                   sa.column("claimant_count", sa.Integer),
                   sa.column("latest_as_of", sa.Text))
_figures = sa.table("figures", sa.column("id", sa.Integer),
                    sa.column("document_id", sa.Integer),
                    sa.column("source_id", sa.Integer),
                    sa.column("series_id", sa.Integer),
                    sa.column("as_of", sa.Text),
                    sa.column("current_status", sa.Text),
                    sa.column("current_series_id", sa.Integer),
                    sa.column("replaced", sa.Boolean),
                    sa.column("dated", sa.Text))
_corrections = sa.table("corrections", sa.column("id", sa.Integer),
                        sa.column("figure_id", sa.Integer),
                        sa.column("status", sa.Text),
                        sa.column("series_id", sa.Integer))

BATCH = 5000


def upgrade() -> None:
    with op.batch_alter_table("figures") as batch:
        batch.add_column(sa.Column("current_status", sa.Text, nullable=False,
                                   server_default="active"))
        batch.add_column(sa.Column("current_series_id", sa.Integer))
        batch.add_column(sa.Column("replaced", sa.Boolean, nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("dated", sa.Text))
        batch.create_foreign_key("fk_figures_current_series_id_series", "series",
                                 ["current_series_id"], ["id"])
        batch.drop_index("ix_figures_source_id")

    with op.batch_alter_table("corrections") as batch:
        batch.add_column(sa.Column("carried_from", sa.Integer))
        batch.create_foreign_key("fk_corrections_carried_from_corrections", "corrections",
                                 ["carried_from"], ["id"])
        batch.drop_index("ix_corrections_figure_id")

    with op.batch_alter_table("series") as batch:
        batch.add_column(sa.Column("figure_count", sa.Integer, nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("claimant_count", sa.Integer, nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("latest_as_of", sa.Text))

    op.create_index("ix_corrections_figure_id", "corrections", ["figure_id", "id"])
    _backfill()
    # the figures' indexes after the backfill: cheaper than keeping them up to date through it
    op.create_index("ix_figures_source_id", "figures", ["source_id", "dated", "id"])
    op.create_index("ix_figures_current_series_id", "figures",
                    ["current_series_id", "dated", "id", "current_status", "replaced",
                     "source_id"])
    op.create_index("ix_figures_dated", "figures", ["dated", "id"])
    _summarize()
    op.create_index("ix_series_latest_as_of", "series",
                    ["latest_as_of", "id", "figure_count", "pinned"])


def _backfill() -> None:
    conn = op.get_bind()
    f, c = _figures, _corrections
    op.execute(sa.update(f).values(current_series_id=f.c.series_id))
    # figures with corrections: the last one's status, the last move's series
    corrected = sa.select(c.c.figure_id).distinct()
    last = (sa.select(c.c.status).where(c.c.figure_id == f.c.id)
            .order_by(c.c.id.desc()).limit(1).scalar_subquery())
    op.execute(sa.update(f).where(f.c.id.in_(corrected)).values(current_status=last))
    moved = sa.select(c.c.figure_id).where(c.c.status == "moved")
    moved_to = (sa.select(c.c.series_id).where(c.c.figure_id == f.c.id, c.c.status == "moved")
                .order_by(c.c.id.desc()).limit(1).scalar_subquery())
    op.execute(sa.update(f).where(f.c.id.in_(moved)).values(current_series_id=moved_to))
    # the day each figure refers to, in batches of ids
    update = (sa.update(f).where(f.c.id == sa.bindparam("figure_id"))
              .values(dated=sa.bindparam("day")))
    after = 0
    while True:
        rows = conn.execute(
            sa.select(f.c.id, f.c.as_of, _documents.c.published)
            .select_from(f.join(_documents, _documents.c.id == f.c.document_id))
            .where(f.c.id > after).order_by(f.c.id).limit(BATCH)).all()
        if not rows:
            break
        params = [{"figure_id": i, "day": _dated(as_of, published)}
                  for i, as_of, published in rows]
        params = [p for p in params if p["day"] is not None]
        if params:
            conn.execute(update, params)
        after = rows[-1][0]


def _summarize() -> None:
    f, s = _figures, _series
    members = sa.and_(f.c.current_series_id == s.c.id, f.c.current_status.not_in(_EXCLUDED),
                      f.c.replaced == sa.false())
    op.execute(sa.update(s).values(
        figure_count=sa.select(sa.func.count()).where(members).scalar_subquery(),
        claimant_count=sa.select(sa.func.count(sa.distinct(f.c.source_id)))
        .where(members).scalar_subquery(),
        latest_as_of=sa.select(sa.func.max(f.c.dated)).where(members).scalar_subquery()))


def _dated(as_of: str | None, published: str | None) -> str | None:
    """The last day of the as-of time (day, month, year, ``start/end``), else the publication
    day; None when neither reads as a date."""
    for text in (as_of, published):
        if not text:
            continue
        parts = text.rpartition("/")[2][:10].split("-")
        try:
            numbers = [int(p) for p in parts]
            if len(numbers) == 3:
                return date(*numbers).isoformat()
            if len(numbers) == 2:
                first = date(numbers[0], numbers[1], 1)
                end = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
                return (end - timedelta(days=1)).isoformat()
            if len(numbers) == 1:
                return date(numbers[0], 12, 31).isoformat()
        except ValueError:
            continue
    return None


def downgrade() -> None:
    """Back to 0002: the corrections keep every status and move, so nothing is lost but the
    links of carried corrections (their rows stay, as plain corrections) and the mark of
    figures a re-extraction replaced (their last correction, ``superseded`` by
    ``reportedly``, still says so)."""
    op.drop_index("ix_series_latest_as_of", "series")
    with op.batch_alter_table("series") as batch:
        for column in ("latest_as_of", "claimant_count", "figure_count"):
            batch.drop_column(column)

    op.drop_index("ix_corrections_figure_id", "corrections")
    with op.batch_alter_table("corrections") as batch:
        batch.drop_constraint("fk_corrections_carried_from_corrections", type_="foreignkey")
        batch.drop_column("carried_from")
    op.create_index("ix_corrections_figure_id", "corrections", ["figure_id"])

    for name in ("ix_figures_dated", "ix_figures_current_series_id", "ix_figures_source_id"):
        op.drop_index(name, "figures")
    with op.batch_alter_table("figures") as batch:
        batch.drop_constraint("fk_figures_current_series_id_series", type_="foreignkey")
        for column in ("dated", "replaced", "current_series_id", "current_status"):
            batch.drop_column(column)
    op.create_index("ix_figures_source_id", "figures", ["source_id"])
