"""The store and the Ledger API on a real SQLite file (or the PostgreSQL in REPORTEDLY_TEST_DB)."""

from __future__ import annotations

import subprocess
import sys
from importlib.resources import files

import pytest
import sqlalchemy as sa

from conftest import schema_drift
from reportedly import series as series_mod
from reportedly import store
from reportedly.errors import InputError
from reportedly.ledger import CLAIM_KEYS, Ledger, _sqlite_pragmas
from reportedly.model import Claim, Document, Figure, content_hash

TABLES = {"documents", "sources", "source_aliases", "series", "figures", "corrections",
          "ingest_errors"}


def figure(text: str, low: float | None, high: float | None, source: str | None = None, *,
           qualifier: str = "exact", obj: str = "troops", written: str | None = None,
           via: list | None = None, as_of: str | None = None, sentence: str = "",
           start: int = 0) -> Figure:
    """A figure about North Korean troops, as the extractor would give it."""
    return Figure(text=text, start=start, end=start + len(text), low=low, high=high,
                  qualifier=qualifier, object=obj, subject="North Korea",
                  claim=Claim(source=source, source_text=written or source, via=via or []),
                  as_of=as_of, sentence=sentence or f"They said {text}.",
                  extractor="reportedly.figures.rules.v1")


def url(key: str) -> str:
    return f"https://example.org/{key}"


def document(text: str, published: str = "2025-01-10", key: str = "doc-1") -> Document:
    return Document(text=text, origin=f"corpus.jsonl:{key}", id=key, published=published,
                    url=url(key), title=key)


NIS = figure("more than 11,000 troops", 11000, None, "NIS", qualifier="more_than",
             written="South Korea's National Intelligence Service (NIS)",
             sentence="South Korea's National Intelligence Service said more than 11,000 "
                      "troops were in Kursk.")
HUR = figure("around 12,000 soldiers", 12000, 12000, "HUR", qualifier="approximately",
             obj="soldiers", via=["Yonhap"], start=40)


def count(ledger: Ledger, table: sa.Table) -> int:
    with ledger.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


# -- schema ------------------------------------------------------------------------------------


def trigram_available(engine: sa.Engine) -> bool:
    """Whether the PostgreSQL server has the pg_trgm extension (migration 0005's indexes)."""
    with engine.connect() as conn:
        return conn.execute(sa.text(
            "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).first() is not None


def test_migrations_create_every_table(ledger):
    names = set(sa.inspect(ledger.engine).get_table_names())
    assert {n for n in names if not store.outside_metadata(n, "table")} == TABLES | {
        "alembic_version"}
    if ledger.engine.dialect.name == "sqlite":
        assert store.TEXT_INDEX in names
    indexes = {ix["name"] for ix in sa.inspect(ledger.engine).get_indexes("figures")}
    assert {"ix_figures_document_id", "ix_figures_series_id", "ix_figures_source_id"} <= indexes
    if ledger.engine.dialect.name == "postgresql" and trigram_available(ledger.engine):
        assert set(store.TRIGRAM_INDEXES) <= indexes


def test_postgresql_urls_use_psycopg_3():
    """``postgresql://`` (SQLAlchemy's default driver for it is psycopg2) means psycopg 3."""
    for given in ("postgresql://u:p@db.example:5433/ledger?sslmode=require",
                  "postgres://u:p@db.example:5433/ledger?sslmode=require"):
        assert store.database_url(given) == (
            "postgresql+psycopg://u:p@db.example:5433/ledger?sslmode=require")
    for kept in ("postgresql+psycopg://u@h/db", "postgresql+psycopg2://u@h/db",
                 "sqlite:///x.db"):
        assert store.database_url(kept) == kept
    assert store.database_url("ledgers/x.db") == "sqlite:///ledgers/x.db"
    # nothing listens on port 1: the driver loaded (psycopg, not a missing psycopg2), then
    # the connection was refused
    with pytest.raises(InputError) as caught:
        Ledger("postgresql://nobody:secret@127.0.0.1:1/ledger")
    assert caught.value.code == "E302" and "secret" not in caught.value.line()
    assert "psycopg2" not in caught.value.line() and "127.0.0.1" in caught.value.line()


def test_the_ledger_on_postgresql_uses_psycopg_3(ledger):
    if ledger.engine.dialect.name == "postgresql":
        assert ledger.engine.dialect.driver == "psycopg"


def test_migrations_match_the_table_definitions(ledger):
    with ledger.engine.connect() as conn:
        assert schema_drift(conn) == []


def test_alembic_upgrade_head_by_hand_on_an_empty_database(tmp_path, empty_db_url):
    """The migrations as someone runs them with Alembic's own command, up, down and up."""
    ini = tmp_path / "alembic.ini"
    ini.write_text(f"[alembic]\nscript_location = {files('reportedly') / 'migrations'}\n",
                   encoding="utf-8")
    url = empty_db_url
    for step in (["upgrade", "head"], ["downgrade", "0001"], ["upgrade", "head"]):
        done = subprocess.run([sys.executable, "-m", "alembic", "-c", str(ini), "-x", f"db={url}",
                               *step], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    engine = sa.create_engine(store.database_url(url))
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == "0005"
        assert schema_drift(conn) == []
    if engine.dialect.name == "postgresql" and trigram_available(engine):
        indexes = {ix["name"] for ix in sa.inspect(engine).get_indexes("figures")}
        assert set(store.TRIGRAM_INDEXES) <= indexes
    engine.dispose()


def test_a_ledger_at_revision_0001_with_data_is_migrated(empty_db_url):
    """Data written by 0001's schema survives 0002; the new columns take their defaults."""
    engine = sa.create_engine(store.database_url(empty_db_url))
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    store.migrate(engine, "0001")
    def table(name: str, *columns: str) -> sa.TableClause:
        """The table with the columns 0001 made (store's definitions are the current ones)."""
        return sa.table(name, sa.column("id", sa.Integer),
                        *(store.metadata.tables[name].c[c]._copy() for c in columns))

    docs = table("documents", "content_hash", "origin", "doc_key", "url", "text",
                 "duplicate_of", "ingested_at")
    figs = table("figures", "document_id", "start", "end", "text", "sentence",
                 "sentence_start", "qualifier", "vague", "kind", "via", "stated_before", "flow",
                 "created_at")
    errors = table("ingest_errors", "origin", "record", "code", "message", "created_at")
    when = store.now()
    first, second = ("NIS said more than 11,000 troops were sent.",
                     "NIS said more than 11,000 troops were sent, Yonhap said.")
    figure = {"start": 9, "end": 32, "text": "more than 11,000 troops", "sentence": "s",
              "sentence_start": 0, "qualifier": "more_than", "vague": False, "kind": "count",
              "via": [], "stated_before": False, "flow": False, "created_at": when}
    with engine.begin() as conn:
        def insert_document(text: str, key: str, duplicate_of: int | None = None) -> int:
            return conn.execute(sa.insert(docs).returning(docs.c.id), {
                "content_hash": content_hash(text), "origin": f"{key}.txt", "doc_key": key,
                "url": None, "text": text, "duplicate_of": duplicate_of, "ingested_at": when,
            }).scalar_one()

        original = insert_document(first, "a")
        copied = insert_document(second, "b", duplicate_of=original)
        conn.execute(sa.insert(figs), [{"document_id": original, **figure},
                                       {"document_id": copied, **figure}])
        conn.execute(sa.insert(errors).values(origin="feed.jsonl", record="3", code="E104",
                                              message="malformed JSON record (x)",
                                              created_at=when))
    engine.dispose()

    with Ledger(empty_db_url) as ledger:  # opening it migrates to head
        with ledger.engine.connect() as conn:
            assert schema_drift(conn) == []
            copies = dict(conn.execute(sa.select(store.figures.c.document_id,
                                                 store.figures.c.copy)).all())
        docs = {d["doc_key"]: d for d in ledger.documents()}
        assert docs["a"]["id"] == original and docs["b"]["duplicate_of"] == original
        assert (docs["a"]["duplicate_kind"], docs["b"]["duplicate_kind"]) == (None, "near")
        assert all(d[c] is None for d in docs.values()
                   for c in ("author", "site", "record_offset", "format", "skipped"))
        assert copies == {original: False, copied: True}  # the old copy's figure counts once
        [error] = ledger.errors()
        assert (error["origin"], error["record"], error["record_offset"]) == (
            "feed.jsonl", "3", None)
        # the same text under another key is now storable, and the old rows take part
        copy = ledger.add(Document(text=first, origin="c.txt"), [])
        assert (copy.stored, copy.duplicate_of, copy.duplicate_kind) == (True, original, "exact")
        if ledger.engine.dialect.name == "sqlite":  # foreign keys enforced again
            with pytest.raises(sa.exc.IntegrityError), ledger.engine.begin() as conn:
                conn.execute(sa.insert(store.figures).values(
                    document_id=999, **{**figure, "copy": False}))


def test_reopening_keeps_the_data(db_url):
    with Ledger(db_url) as ledger:
        ledger.add(document("NIS said more than 11,000 troops."), [NIS])
    with Ledger(db_url) as ledger:
        assert len(ledger.documents()) == 1
        assert [c["text"] for c in ledger.claims()] == ["more than 11,000 troops"]


@pytest.mark.sqlite_only
def test_in_memory_ledger():
    with Ledger("sqlite:///:memory:") as ledger:
        assert ledger.add(document("text"), [NIS]).stored
        assert len(ledger.claims()) == 1


@pytest.mark.parametrize("url", ["nosuchdialect://host/db", "sqlite:////no/such/dir/x.db"])
def test_a_ledger_that_cannot_be_opened_is_one_clear_error(url):
    with pytest.raises(InputError) as caught:
        Ledger(url)
    assert caught.value.code == "E302"
    assert "\n" not in caught.value.line()


@pytest.mark.sqlite_only
def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database, just notes " * 100)
    with pytest.raises(InputError, match="E302"):
        Ledger(f"sqlite:///{path}")


def test_password_is_not_shown():
    with pytest.raises(InputError) as caught:
        Ledger("nosuchdialect://user:secret@localhost/db")
    assert "secret" not in caught.value.line()


# -- adding ------------------------------------------------------------------------------------


def test_add_stores_document_sources_series_and_figures(ledger):
    doc = document("NIS said more than 11,000 troops; HUR said around 12,000.")
    result = ledger.add(doc, [NIS, HUR])
    assert result.stored and result.figures == 2

    [stored] = ledger.documents()
    # the document key is its URL when it has one
    assert stored["content_hash"] == doc.hash and stored["doc_key"] == url("doc-1")
    assert "text" not in stored and "minhash" not in stored
    assert stored["duplicate_of"] is None and stored["skipped"] is None

    claims = ledger.claims()
    assert [tuple(c) for c in claims] == [CLAIM_KEYS, CLAIM_KEYS]
    first, second = claims
    assert first["low"] == 11000 and isinstance(first["low"], int) and first["high"] is None
    assert (first["source"], first["qualifier"], first["status"]) == ("NIS", "more_than", "active")
    assert first["extractor_version"] == "reportedly.figures.rules.v1"
    assert first["url"] == "https://example.org/doc-1"
    assert first["document"] == url("doc-1") and first["published"] == "2025-01-10"
    assert first["copy"] is False
    assert second["via"] == ["Yonhap"]
    # troops and soldiers are one measure: one series
    assert first["series"] == second["series"] is not None
    assert count(ledger, store.series) == 1


def test_the_same_document_twice_is_stored_once(ledger):
    doc = document("NIS said more than 11,000 troops.")
    first = ledger.add(doc, [NIS])
    again = ledger.add(document("NIS  said MORE than 11,000 troops."), [NIS, HUR])
    assert first.stored and not again.stored
    assert again.document_id == first.document_id and again.figures == 1
    assert ledger.has(url("doc-1"), doc.hash) and not ledger.has(url("other"), doc.hash)
    assert len(ledger.documents()) == 1 and len(ledger.claims()) == 1


def test_the_same_text_under_another_key_is_an_exact_copy(ledger):
    first = ledger.add(document("NIS said more than 11,000 troops."), [NIS])
    copy = ledger.add(document("NIS  said MORE than 11,000 troops.", key="other"), [NIS])
    assert copy.stored and copy.document_id != first.document_id
    assert (copy.duplicate_of, copy.duplicate_kind) == (first.document_id, "exact")
    assert [c["copy"] for c in ledger.claims()] == [False, True]
    [personnel] = ledger.series()
    assert personnel["reports"] == 2 and personnel["independent_claimants"] == 1


def test_a_document_failing_halfway_leaves_nothing(ledger, monkeypatch):
    resolve = series_mod.resolve
    calls = []

    def failing(fig):
        calls.append(fig)
        if len(calls) == 2:
            raise RuntimeError("series resolution broke")
        return resolve(fig)

    monkeypatch.setattr(series_mod, "resolve", failing)
    doc = document("NIS said more than 11,000 troops; HUR said around 12,000.")
    with pytest.raises(RuntimeError):
        ledger.add(doc, [NIS, HUR])
    assert len(calls) == 2
    for table in (store.documents, store.figures, store.sources, store.source_aliases,
                  store.series):
        assert count(ledger, table) == 0, table.name

    monkeypatch.setattr(series_mod, "resolve", resolve)
    assert ledger.add(doc, [NIS, HUR]).stored  # nothing blocks a retry


def test_a_figure_the_database_refuses_leaves_nothing(ledger):
    unstorable = figure("1,000", 1000, 1000, "HUR", via=[object()])  # not JSON
    with pytest.raises(InputError) as caught:
        ledger.add(document("text"), [NIS, unstorable])
    assert caught.value.code == "E200"
    assert ledger.documents() == [] and ledger.claims() == []
    assert count(ledger, store.sources) == 0


def test_sources_are_shared_and_aliases_kept(ledger):
    ledger.add(document("one", key="a"), [NIS])
    ledger.add(document("two", key="b"),
               [figure("11,000", 11000, 11000, "NIS", written="the NIS spy agency")])
    assert count(ledger, store.sources) == 1
    with ledger.engine.connect() as conn:
        aliases = set(conn.execute(sa.select(store.source_aliases.c.alias)).scalars())
    assert aliases == {"South Korea's National Intelligence Service (NIS)", "the NIS spy agency"}


def test_record_error(ledger):
    ledger.record_error(InputError(origin="feed.jsonl", code="E104", detail="bad", record="3"))
    [error] = ledger.errors()
    assert (error["origin"], error["record"], error["code"]) == ("feed.jsonl", "3", "E104")
    assert error["message"] == "malformed JSON record (bad)"
    assert isinstance(error["created_at"], str)


# -- querying ----------------------------------------------------------------------------------


@pytest.fixture
def filled(ledger):
    ledger.add(document("first", "2025-01-10", "a"), [NIS, HUR])
    ledger.add(document("second", "2025-02-01", "b"),
               [figure("3,000 killed", 3000, 3000, "HUR", obj="killed",
                       sentence="HUR said 3,000 were killed; 100% sure.")])
    return ledger


@pytest.mark.parametrize(("source", "expected"), [
    ("NIS", ["more than 11,000 troops"]),
    ("nis", ["more than 11,000 troops"]),
    ("south korea's national intelligence service (nis)", ["more than 11,000 troops"]),
    ("HUR", ["around 12,000 soldiers", "3,000 killed"]),
    ("Nobody", []),
])
def test_claims_by_source_name_or_alias(filled, source, expected):
    assert [c["text"] for c in filled.claims(source=source)] == expected


@pytest.mark.parametrize(("search", "expected"), [
    ("KILLED", ["3,000 killed"]),            # object and sentence
    ("kursk", ["more than 11,000 troops"]),  # sentence only
    ("soldiers", ["around 12,000 soldiers"]),
    ("%", ["3,000 killed"]),                 # a literal percent sign, not a wildcard
    ("_", []),
])
def test_claims_search(filled, search, expected):
    assert [c["text"] for c in filled.claims(search=search)] == expected


def test_claims_limit_and_order(filled):
    assert [c["document"] for c in filled.claims()] == [url("a"), url("a"), url("b")]
    assert len(filled.claims(limit=2)) == 2


def test_corrections_append_and_change_status(filled):
    nis = filled.claims(source="NIS")[0]["id"]
    filled.correct(nis, "wrong", "misread the figure", "editor")
    assert filled.claims(source="NIS")[0]["status"] == "wrong"
    personnel = next(s for s in filled.series() if s["measure"] == "personnel")
    assert personnel["claimants"] == ["HUR"]
    assert nis not in [f["id"] for f in personnel["figures"]]

    filled.correct(nis, "active", "it was right after all", "editor")
    assert filled.claims(source="NIS")[0]["status"] == "active"
    assert count(filled, store.corrections) == 2
    assert count(filled, store.figures) == 3
    with filled.engine.connect() as conn:
        statuses = conn.execute(sa.select(store.corrections.c.status)
                                .order_by(store.corrections.c.id)).scalars().all()
    assert statuses == ["wrong", "active"]


def test_moving_a_figure_to_another_series(filled):
    killed = next(s for s in filled.series() if s["measure"] == "killed")
    hur = filled.claims(search="soldiers")[0]
    filled.correct(hur["id"], "moved", "about the dead", "editor", series_id=killed["id"])
    assert filled.claims(search="soldiers")[0]["series"] == killed["id"]
    killed = next(s for s in filled.series() if s["measure"] == "killed")
    assert hur["id"] in [f["id"] for f in killed["figures"]]


def test_correcting_unknown_figures_and_series(filled):
    with pytest.raises(InputError) as caught:
        filled.correct(999, "wrong", "r", "a")
    assert caught.value.code == "E300"
    with pytest.raises(InputError) as caught:
        filled.correct(1, "moved", "r", "a", series_id=999)
    assert caught.value.code == "E301"
    with pytest.raises(ValueError):
        filled.correct(1, "deleted", "r", "a")
    assert count(filled, store.corrections) == 0


def test_series_analytics(ledger):
    # NIS in Seoul; HUR relayed by Yonhap; a copy of the HUR report; an unattributed figure
    ledger.add(document("r1", "2025-01-10", "r1"), [NIS])
    original = ledger.add(document("r2", "2025-01-20", "r2"), [HUR])
    ledger.add(document("r2 copied", "2025-01-21", "r3"),
               [figure("12,000", 12000, 12000, "HUR", via=["Some Blog"])],
               duplicate_of=original.document_id)
    ledger.add(document("r4", "2025-01-05", "r4"),
               [figure("up to 10,000", None, 10000, "Pentagon", qualifier="at_most",
                       as_of="2025-01")])
    ledger.add(document("r5", "2025-01-30", "r5"), [figure("11,500", 11500, 11500)])

    [personnel] = ledger.series()
    assert personnel["name"] == "North Korea personnel"
    assert personnel["claimants"] == ["HUR", "NIS", "Pentagon"]
    assert personnel["independent_claimants"] == 3
    assert personnel["unattributed"] == 1 and personnel["reports"] == 5
    # Pentagon's ≤10,000 overlaps neither NIS's >11,000 nor HUR's ~12,000 (the copy of HUR's
    # report does not add a conflict of its own)
    assert personnel["conflicts"] == 2
    assert personnel["latest"]["low"] == 11500 and personnel["latest"]["as_of"] == "2025-01-30"
    assert personnel["latest_by_claimant"]["HUR"]["low"] == 12000
    assert [f["document"] for f in personnel["figures"]] == [
        url("r4"), url("r1"), url("r2"), url("r3"), url("r5")]
    assert [f["copy"] for f in personnel["figures"]] == [False, False, False, True, False]
    assert all(tuple(f) == CLAIM_KEYS for f in personnel["figures"])


def test_change_over_time_is_not_a_conflict(ledger):
    ledger.add(document("r1", "2024-08-12", "r1"), [figure("1,000", 1000, 1000, "Syrskyi")])
    ledger.add(document("r2", "2025-02-14", "r2"), [figure("500", 500, 500, "Rudskoi")])
    ledger.add(document("r3", "2025-02-20", "r3"), [figure("400", 400, 400, "Moscow Times")])
    [series] = ledger.series()
    # Syrskyi in August is six months from the others: change, not disagreement
    assert series["conflicts"] == 1


def test_untracked_figures_are_stored_but_in_no_series(ledger):
    age = Figure(text="aged 25", start=0, end=7, low=25, high=25, kind="age", object="soldier")
    ledger.add(document("aged 25"), [age])
    assert ledger.claims()[0]["series"] is None
    assert ledger.series() == []


def test_claims_source_filter_knows_the_alias_table(ledger):
    nis = "South Korea's National Intelligence Service (NIS)"
    fig = figure("more than 11,000", 11000, None, nis, qualifier="more_than")
    ledger.add(document("NIS report", "2025-01-10", "n1"), [fig])
    for name in ("NIS", "nis", "South Korea's spy agency", "National Intelligence Service"):
        assert [c["text"] for c in ledger.claims(source=name)] == ["more than 11,000"], name
    assert ledger.claims(source="Pentagon") == []
