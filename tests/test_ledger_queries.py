"""The ledger's queries at scale (series list, one series' figures, filtered figures, the
corrections log), the summaries kept on write, and corrections that survive re-extraction; on a
real SQLite file (or the PostgreSQL in REPORTEDLY_TEST_DB)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from conftest import schema_drift
from reportedly import series as series_mod
from reportedly import store
from reportedly.errors import InputError
from reportedly.ledger import (
    CLAIM_KEYS,
    CORRECTION_KEYS,
    LEDGER_AUTHOR,
    SERIES_KEYS,
    Ledger,
    _sqlite_pragmas,
)
from reportedly.model import Claim, Document, Figure

V1, V2, V3 = "reportedly.rules/1", "reportedly.rules/2", "reportedly.rules/3"
NIS = "South Korea's National Intelligence Service (NIS)"  # canonical in the alias table


def fig(text: str, low: float, source: str | None = None, *, obj: str = "troops",
        subject: str = "North Korea", as_of: str | None = None, start: int = 0,
        sentence: str | None = None, extractor: str = V1) -> Figure:
    return Figure(text=text, start=start, end=start + len(text), low=low, high=low,
                  object=obj, subject=subject, claim=Claim(source=source, source_text=source),
                  as_of=as_of, sentence=sentence or f"They said {text}.", extractor=extractor)


def doc(key: str, published: str | None = "2025-01-10", text: str | None = None) -> Document:
    return Document(text=text or f"the report {key}", origin=f"{key}.txt",
                    url=f"https://example.org/{key}", published=published)


def by_name(ledger: Ledger) -> dict[str, dict]:
    return {s["name"]: s for s in ledger.series_list(limit=1000)}


@pytest.fixture
def filled(ledger):
    """Three series: North Korea personnel (NIS, HUR, an unattributed figure), North Korea
    killed (HUR), Russia personnel (ISW); dated by publication or by as-of time."""
    ledger.add(doc("a", "2025-01-10"), [
        fig("11,000 troops", 11000, NIS),
        fig("12,000 soldiers", 12000, "HUR", obj="soldiers", start=40, as_of="2024-12"),
    ])
    ledger.add(doc("b", "2025-02-01"), [
        fig("3,000 killed", 3000, "HUR", obj="killed", sentence="HUR said 3,000 were killed."),
        fig("11,500 troops", 11500, start=30),
    ])
    ledger.add(doc("c", "2025-03-05"), [fig("600,000 troops", 600000, "ISW", subject="Russia")])
    ledger.add(doc("d", None), [fig("10,000 troops", 10000, "Pentagon")])  # undated
    return ledger


# -- series_list -------------------------------------------------------------------------------


def test_series_list_summaries_and_order(filled):
    rows = filled.series_list()
    assert all(tuple(r) == SERIES_KEYS for r in rows)
    assert [(r["name"], r["figure_count"], r["claimant_count"], r["latest_as_of"])
            for r in rows] == [
        ("Russia personnel", 1, 1, "2025-03-05"),
        ("North Korea killed", 1, 1, "2025-02-01"),  # the same day: the newer series first
        # NIS, HUR, the Pentagon and one unattributed: the newest is b's, published 2025-02-01
        ("North Korea personnel", 4, 3, "2025-02-01"),
    ]
    assert rows[0]["flow"] is False and rows[0]["pinned"] is False
    assert rows[0]["key"] == "russia|personnel||||stock"


def test_series_list_pages_and_search(filled):
    everything = [r["id"] for r in filled.series_list()]
    assert [r["id"] for r in filled.series_list(limit=2)] == everything[:2]
    assert [r["id"] for r in filled.series_list(limit=2, offset=2)] == everything[2:]
    assert filled.series_list(offset=10) == []
    assert [r["name"] for r in filled.series_list(search="KOREA")] == [
        "North Korea killed", "North Korea personnel"]
    assert filled.series_list(search="%") == []  # a literal percent sign, not a wildcard


def test_series_without_figures_in_force_are_left_out_unless_pinned(filled):
    killed = by_name(filled)["North Korea killed"]
    [figure] = filled.series_figures(killed["id"])
    filled.correct(figure["id"], "retracted", "withdrawn", "editor")
    assert "North Korea killed" not in by_name(filled)
    with filled.engine.begin() as conn:
        conn.execute(sa.update(store.series).where(store.series.c.id == killed["id"])
                     .values(pinned=True))
    pinned = by_name(filled)["North Korea killed"]
    assert (pinned["pinned"], pinned["figure_count"], pinned["latest_as_of"]) == (True, 0, None)
    assert filled.series_list()[-1]["name"] == "North Korea killed"  # undated: last


# -- series_figures ----------------------------------------------------------------------------


def test_series_figures_oldest_first_in_corrected_state(filled):
    personnel = by_name(filled)["North Korea personnel"]
    figures = filled.series_figures(personnel["id"])
    assert all(tuple(f) == CLAIM_KEYS for f in figures)
    # undated first, then by the day each refers to: HUR's as of December 2024 before NIS's
    # publication day in January
    assert [f["text"] for f in figures] == [
        "10,000 troops", "12,000 soldiers", "11,000 troops", "11,500 troops"]
    assert {f["status"] for f in figures} == {"active"}
    assert filled.series_figures(999) == []


def test_a_moved_figure_counts_in_its_new_series_only(filled):
    names = by_name(filled)
    personnel, killed = names["North Korea personnel"], names["North Korea killed"]
    hur = next(f for f in filled.series_figures(personnel["id"]) if f["source"] == "HUR")
    filled.correct(hur["id"], "moved", "about the dead", "editor", series_id=killed["id"])
    assert hur["id"] not in [f["id"] for f in filled.series_figures(personnel["id"])]
    moved = [f for f in filled.series_figures(killed["id"]) if f["id"] == hur["id"]]
    assert [(f["status"], f["series"]) for f in moved] == [("moved", killed["id"])]
    # a later status keeps the move
    filled.correct(hur["id"], "superseded", "HUR revised it", "editor")
    assert hur["id"] not in [f["id"] for f in filled.series_figures(killed["id"])]
    [again] = [f for f in filled.series_figures(killed["id"], include_excluded=True)
               if f["id"] == hur["id"]]
    assert (again["status"], again["series"]) == ("superseded", killed["id"])


def test_series_figures_leave_out_wrong_figures_unless_asked(filled):
    personnel = by_name(filled)["North Korea personnel"]
    nis = next(f for f in filled.series_figures(personnel["id"]) if f["source"] == NIS)
    filled.correct(nis["id"], "wrong", "misread", "editor")
    assert nis["id"] not in [f["id"] for f in filled.series_figures(personnel["id"])]
    everything = filled.series_figures(personnel["id"], include_excluded=True)
    assert [f["status"] for f in everything if f["id"] == nis["id"]] == ["wrong"]


# -- figures -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, ["10,000 troops", "12,000 soldiers", "11,000 troops", "3,000 killed", "11,500 troops",
          "600,000 troops"]),
    ({"source": "hur"}, ["12,000 soldiers", "3,000 killed"]),
    # the bundled alias table: the NIS by another of its names
    ({"source": "South Korea's spy agency"}, ["11,000 troops"]),
    ({"source": "Nobody"}, []),
    ({"since": "2025-01-10"}, ["11,000 troops", "3,000 killed", "11,500 troops",
                               "600,000 troops"]),
    # an as-of month counts by its last day; undated figures are left out of date filters
    ({"until": "2024-12-31"}, ["12,000 soldiers"]),
    ({"until": "2024-12-30"}, []),
    ({"since": "2025-01-11", "until": "2025-02-01"}, ["3,000 killed", "11,500 troops"]),
    ({"search": "KILLED"}, ["3,000 killed"]),
    ({"source": "HUR", "since": "2025-01-01"}, ["3,000 killed"]),
])
def test_figures_filters(filled, filters, expected):
    assert [f["text"] for f in filled.figures(**filters)] == expected


def test_figures_by_series_and_pages(filled):
    personnel = by_name(filled)["North Korea personnel"]
    texts = [f["text"] for f in filled.figures(series_id=personnel["id"])]
    assert texts == ["10,000 troops", "12,000 soldiers", "11,000 troops", "11,500 troops"]
    pages = [filled.figures(limit=4, offset=offset) for offset in (0, 4, 8)]
    assert [len(p) for p in pages] == [4, 2, 0]
    assert [f["id"] for p in pages for f in p] == [f["id"] for f in filled.figures()]
    assert all(tuple(f) == CLAIM_KEYS for f in pages[0])


def test_figures_list_every_status_but_not_replaced_figures(filled):
    nis = filled.figures(source="NIS")[0]
    filled.correct(nis["id"], "wrong", "misread", "editor")
    assert [f["status"] for f in filled.figures(source="NIS")] == ["wrong"]


# -- corrections -------------------------------------------------------------------------------


def test_corrections_log(filled):
    first, second = filled.figures(limit=2)
    filled.correct(second["id"], "wrong", "misread", "editor")
    filled.correct(first["id"], "retracted", "withdrawn", "desk")
    filled.correct(second["id"], "active", "right after all", "editor")
    log = filled.corrections()
    assert all(tuple(c) == CORRECTION_KEYS for c in log)
    assert [(c["figure_id"], c["status"], c["author"]) for c in log] == [
        (second["id"], "wrong", "editor"), (first["id"], "retracted", "desk"),
        (second["id"], "active", "editor")]
    assert [c["id"] for c in log] == sorted(c["id"] for c in log)
    assert isinstance(log[0]["created_at"], str) and log[0]["carried_from"] is None
    assert [c["status"] for c in filled.corrections(second["id"])] == ["wrong", "active"]
    assert filled.corrections(999) == []


# -- summaries kept on write -------------------------------------------------------------------


def summaries(ledger: Ledger) -> dict[int, tuple[int, int, str | None]]:
    """Every series' stored summary."""
    with ledger.engine.connect() as conn:
        return {row.id: (row.figure_count, row.claimant_count, row.latest_as_of)
                for row in conn.execute(sa.select(store.series))}


def recomputed(ledger: Ledger) -> dict[int, tuple[int, int, str | None]]:
    """The summaries as the figures in force give them, read the slow way."""
    result = {}
    for series_id in summaries(ledger):
        figures = ledger.series_figures(series_id)
        days = [store.dated(f["as_of"], f["published"]) for f in figures]
        result[series_id] = (len(figures), len({f["source"] for f in figures if f["source"]}),
                             max((d for d in days if d), default=None))
    return result


def test_summaries_follow_adds_and_corrections(filled):
    names = by_name(filled)
    personnel, killed = names["North Korea personnel"], names["North Korea killed"]
    assert summaries(filled) == recomputed(filled)
    assert summaries(filled)[personnel["id"]] == (4, 3, "2025-02-01")

    # a second NIS figure: one more figure, no new claimant; a later day
    filled.add(doc("e", "2025-04-01"), [fig("13,000 troops", 13000, NIS)])
    assert summaries(filled)[personnel["id"]] == (5, 3, "2025-04-01")

    # wrong: out of the counts (NIS still has its other figure); active again: back
    late = filled.figures(source="NIS", since="2025-04-01")[0]
    filled.correct(late["id"], "wrong", "misread", "editor")
    assert summaries(filled)[personnel["id"]] == (4, 3, "2025-02-01")
    filled.correct(late["id"], "active", "right after all", "editor")
    assert summaries(filled)[personnel["id"]] == (5, 3, "2025-04-01")

    # moved: the counts leave one series and join the other, both in the same transaction
    filled.correct(late["id"], "moved", "about the dead", "editor", series_id=killed["id"])
    assert summaries(filled)[personnel["id"]] == (4, 3, "2025-02-01")
    assert summaries(filled)[killed["id"]] == (2, 2, "2025-04-01")
    # superseded (its claimant revised it): out of the counts, like wrong and retracted
    filled.correct(late["id"], "superseded", "NIS revised it", "editor")
    assert summaries(filled)[killed["id"]] == (1, 1, "2025-02-01")
    assert summaries(filled) == recomputed(filled)


def test_a_failed_correction_changes_no_summary(filled):
    before = summaries(filled)
    with pytest.raises(InputError):
        filled.correct(1, "moved", "r", "a", series_id=999)
    assert summaries(filled) == before and filled.corrections() == []


# -- re-extraction -----------------------------------------------------------------------------

TEXT = ("Seoul said 11,000 troops were sent. Kyiv counted 3,000 killed. "
        "Officials put the total at about 12,000 soldiers. A blogger wrote 40 tanks.")


def first_extraction() -> list[Figure]:
    """v1: four figures of TEXT (the last one an error v2 no longer makes)."""
    s1, s2, s3, s4 = ("Seoul said 11,000 troops were sent.", "Kyiv counted 3,000 killed.",
                      "Officials put the total at about 12,000 soldiers.",
                      "A blogger wrote 40 tanks.")
    return [
        fig("11,000 troops", 11000, "Seoul", start=11, sentence=s1),
        fig("3,000", 3000, "Kyiv", obj="killed", start=49, sentence=s2),
        fig("12,000 soldiers", 12000, obj="soldiers", start=TEXT.index("12,000"), sentence=s3),
        fig("40 tanks", 40, obj="tanks", start=TEXT.index("40 tanks"), sentence=s4),
    ]


def second_extraction(version: str = V2) -> list[Figure]:
    """v2: the same span; a wider span over the same figure; the same text and sentence at
    another offset (as a new sentence splitter would place it); and a new figure."""
    old = first_extraction()
    killed = TEXT.index("3,000 killed")
    return [
        fig("11,000 troops", 11000, "Seoul", start=11, sentence=old[0].sentence,
            extractor=version),
        fig("3,000 killed", 3000, "Kyiv", obj="killed", start=killed, sentence=old[1].sentence,
            extractor=version),
        fig("12,000 soldiers", 12000, obj="soldiers", start=old[2].start + 2,
            sentence=old[2].sentence, extractor=version),
        fig("about 12,000 soldiers", 12000, obj="soldiers", subject="Russia",
            start=TEXT.index("about"), sentence="the total at about 12,000 soldiers",
            extractor=version),
    ]


@pytest.fixture
def extracted(ledger):
    """TEXT stored with v1's figures, three of them corrected."""
    stored = ledger.add(doc("r", "2025-02-01", TEXT), first_extraction())
    seoul, kyiv, total, tanks = ledger.figures()[:4]
    other = ledger.add(doc("o", "2025-01-01"), [fig("1 ship", 1, obj="ships")])
    ships = ledger.figures(search="ship")[0]["series"]
    assert other.stored
    ledger.correct(seoul["id"], "wrong", "Seoul said 1,100", "editor")
    ledger.correct(kyiv["id"], "moved", "these are casualties", "editor", series_id=ships)
    ledger.correct(kyiv["id"], "superseded", "Kyiv revised it", "desk")
    ledger.correct(tanks["id"], "retracted", "not a figure", "editor")
    return ledger, stored.document_id, {"seoul": seoul, "kyiv": kyiv, "total": total,
                                        "tanks": tanks, "ships": ships}


def test_reextraction_carries_corrections_and_keeps_the_old_rows(extracted):
    ledger, document_id, old = extracted
    log_before = ledger.corrections()
    result = ledger.reextract(document_id, second_extraction(), V2)
    assert (result.stored, result.figures, result.replaced, result.matched, result.carried) == (
        True, 4, 4, 3, 3)

    # the old rows are all there, superseded by the ledger itself, none deleted or rewritten
    claims = {c["id"]: c for c in ledger.claims()}
    assert len(claims) == 9  # 4 old + 4 new + the ship
    for name in ("seoul", "kyiv", "total", "tanks"):
        assert claims[old[name]["id"]]["status"] == "superseded"
        assert claims[old[name]["id"]]["extractor_version"] == V1
    assert ledger.corrections()[:len(log_before)] == log_before
    marks = {c["figure_id"]: c for c in ledger.corrections() if c["author"] == LEDGER_AUTHOR}
    assert set(marks) == {old[name]["id"] for name in ("seoul", "kyiv", "total", "tanks")}
    assert all(c["status"] == "superseded" for c in marks.values())
    assert marks[old["tanks"]["id"]]["reason"] == f"re-extracted with {V2}, not found again"

    current = {f["text"]: f for f in ledger.figures() if f["document"].endswith("/r")}
    assert set(current) == {"11,000 troops", "3,000 killed", "12,000 soldiers",
                            "about 12,000 soldiers"}
    assert all(f["extractor_version"] == V2 for f in current.values())
    seoul, kyiv = current["11,000 troops"], current["3,000 killed"]
    assert marks[old["seoul"]["id"]]["reason"] == f"re-extracted with {V2} as figure {seoul['id']}"
    # same span: wrong again; a wider span over the same figure: moved, then superseded
    assert seoul["status"] == "wrong"
    assert (kyiv["status"], kyiv["series"]) == ("superseded", old["ships"])
    # same text in the same sentence at another offset: no corrections to carry, but matched
    assert current["12,000 soldiers"]["status"] == "active"
    assert current["about 12,000 soldiers"]["status"] == "active"  # new

    carried = ledger.corrections(kyiv["id"])
    originals = ledger.corrections(old["kyiv"]["id"])
    assert [(c["status"], c["series_id"], c["reason"], c["author"], c["carried_from"])
            for c in carried] == [(c["status"], c["series_id"], c["reason"], c["author"], c["id"])
                                  for c in originals[:2]]


def test_reextraction_keeps_the_summaries(extracted):
    ledger, document_id, _ = extracted
    ledger.reextract(document_id, second_extraction(), V2)
    assert summaries(ledger) == recomputed(ledger)
    names = by_name(ledger)
    # personnel: v2's 12,000 soldiers only (11,000 is wrong, the old rows replaced)
    assert names["North Korea personnel"]["figure_count"] == 1
    assert names["Russia personnel"]["figure_count"] == 1
    # ships: the ship; Kyiv's figure is there too (moved, carried over) but superseded
    assert names["North Korea ships"]["figure_count"] == 1
    kyiv = ledger.series_figures(names["North Korea ships"]["id"], include_excluded=True)
    assert [f["status"] for f in kyiv] == ["active", "superseded"]
    assert "North Korea tanks" not in names and "North Korea killed" not in names
    assert [s["name"] for s in ledger.series()] == [
        "North Korea personnel", "North Korea ships", "Russia personnel"]
    assert sum(len(s["figures"]) for s in ledger.series()) == 3


def test_reextraction_twice_with_one_version_is_done_once(extracted):
    ledger, document_id, _ = extracted
    ledger.reextract(document_id, second_extraction(), V2)
    log, claims = ledger.corrections(), ledger.claims()
    again = ledger.reextract(document_id, second_extraction(), V2)
    assert (again.stored, again.figures) == (False, 0)
    assert ledger.corrections() == log and ledger.claims() == claims


def test_corrections_carry_over_every_later_extraction(extracted):
    ledger, document_id, old = extracted
    ledger.reextract(document_id, second_extraction(), V2)
    v2 = next(f for f in ledger.figures() if f["text"] == "3,000 killed")
    ledger.correct(v2["id"], "active", "Kyiv's figure stands", "desk")  # after v2
    ledger.reextract(document_id, second_extraction(V3), V3)
    v3 = next(f for f in ledger.figures() if f["text"] == "3,000 killed")
    assert v3["extractor_version"] == V3
    assert (v3["status"], v3["series"]) == ("active", old["ships"])
    chain = ledger.corrections(v3["id"])
    assert [c["carried_from"] for c in chain] == [c["id"] for c in ledger.corrections(v2["id"])
                                                  if c["author"] != LEDGER_AUTHOR]
    # v1's and v2's rows: both kept, both replaced
    assert [c["extractor_version"] for c in ledger.claims() if c["text"] == "3,000 killed"] == [
        V2, V3]
    assert len(ledger.claims()) == 4 + 4 + 4 + 1


def test_reextracting_with_nothing_found_replaces_every_figure(extracted):
    ledger, document_id, _ = extracted
    result = ledger.reextract(document_id, [], V2)
    assert (result.figures, result.replaced, result.matched) == (0, 4, 0)
    assert [f["text"] for f in ledger.figures()] == ["1 ship"]
    assert summaries(ledger) == recomputed(ledger)


def test_reextracting_a_copy_keeps_its_figures_copies(ledger):
    original = ledger.add(doc("r", "2025-02-01", TEXT), first_extraction())
    copy = ledger.add(doc("copy", "2025-02-02", TEXT), first_extraction())
    assert copy.duplicate_of == original.document_id
    ledger.reextract(copy.document_id, second_extraction(), V2)
    copies = [f["copy"] for f in ledger.figures() if f["document"].endswith("/copy")]
    assert copies == [True] * 4


def test_reextracting_an_unknown_document(ledger):
    with pytest.raises(InputError) as caught:
        ledger.reextract(42, [], V2)
    assert caught.value.code == "E307"


def test_a_failing_reextraction_leaves_everything_as_it_was(extracted, monkeypatch):
    ledger, document_id, _ = extracted
    log, claims = ledger.corrections(), ledger.claims()
    unstorable = fig("1,000", 1000, "HUR", extractor=V2)
    unstorable.claim.via = [object()]  # not JSON
    with pytest.raises(InputError) as caught:
        ledger.reextract(document_id, [*second_extraction(), unstorable], V2)
    assert caught.value.code == "E200"
    assert ledger.corrections() == log and ledger.claims() == claims


# -- the watchlist -----------------------------------------------------------------------------


def test_the_watchlist_is_handed_to_the_resolver(db_url, monkeypatch):
    seen = []
    resolve = series_mod.resolve

    def with_watchlist(figure, watchlist=None):
        seen.append(watchlist)
        return resolve(figure)

    monkeypatch.setattr(series_mod, "resolve", with_watchlist)
    rules = object()
    with Ledger(db_url, watchlist=rules) as ledger:
        assert ledger.watchlist is rules
        ledger.add(doc("a"), [fig("11,000 troops", 11000, "NIS")])
    assert seen == [rules]


# -- the migration -----------------------------------------------------------------------------


def test_a_ledger_at_revision_0002_with_data_is_migrated(empty_db_url):
    """0002's rows get their corrected state, days and summaries from the corrections."""
    engine = sa.create_engine(store.database_url(empty_db_url))
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    store.migrate(engine, "0002")

    def table(name: str, *columns: str) -> sa.TableClause:
        """The table with the columns 0002 made (store's definitions are the current ones)."""
        return sa.table(name, sa.column("id", sa.Integer),
                        *(store.metadata.tables[name].c[c]._copy() for c in columns))

    docs = table("documents", "content_hash", "origin", "doc_key", "text", "published",
                 "ingested_at")
    series = table("series", "key", "name", "measure", "flow", "pinned")
    sources = table("sources", "name")
    figs = table("figures", "document_id", "start", "end", "text", "sentence",
                 "sentence_start", "qualifier", "vague", "kind", "via", "stated_before", "flow",
                 "created_at", "copy", "series_id", "source_id", "as_of")
    fixes = table("corrections", "figure_id", "status", "series_id", "reason", "author",
                  "created_at")
    when = store.now()
    base = {"end": 5, "text": "1,000", "sentence": "s", "sentence_start": 0,
            "qualifier": "exact", "vague": False, "kind": "count", "via": [],
            "stated_before": False, "flow": False, "created_at": when, "copy": False}
    with engine.begin() as conn:
        d1, d2 = (conn.execute(sa.insert(docs).returning(docs.c.id), {
            "content_hash": key, "origin": key, "doc_key": key, "text": key,
            "published": published, "ingested_at": when}).scalar_one()
            for key, published in (("a", "2025-01-10"), ("b", None)))
        s1, s2 = (conn.execute(sa.insert(series).returning(series.c.id), {
            "key": key, "name": key, "measure": key, "flow": False, "pinned": False})
            .scalar_one() for key in ("personnel", "killed"))
        nis, hur = (conn.execute(sa.insert(sources).returning(sources.c.id), {"name": name})
                    .scalar_one() for name in ("NIS", "HUR"))
        ids = [conn.execute(sa.insert(figs).returning(figs.c.id), {
            **base, "document_id": document, "start": start, "series_id": series_id,
            "source_id": source, "as_of": as_of}).scalar_one()
            for document, start, series_id, source, as_of in (
                (d1, 0, s1, nis, None),             # active
                (d1, 10, s1, hur, "2024-02"),       # wrong
                (d1, 20, s1, hur, "2024-11/2024-12"),  # moved to killed, then superseded
                (d2, 0, s1, None, "2025"),          # undated document, as of a year
                (d2, 10, s2, None, None))]          # no date at all
        conn.execute(sa.insert(fixes), [
            {"figure_id": figure, "status": status, "series_id": moved, "reason": "r",
             "author": "editor", "created_at": when}
            for figure, status, moved in ((ids[1], "wrong", None), (ids[2], "moved", s2),
                                          (ids[2], "superseded", None), (ids[0], "wrong", None),
                                          (ids[0], "active", None))])
    engine.dispose()

    with Ledger(empty_db_url) as ledger:  # opening it migrates to head
        with ledger.engine.connect() as conn:
            assert schema_drift(conn) == []
            f = store.figures
            state = conn.execute(sa.select(f.c.current_status, f.c.current_series_id,
                                           f.c.dated, f.c.replaced).order_by(f.c.id)).all()
        assert [tuple(row) for row in state] == [
            ("active", s1, "2025-01-10", False),
            ("wrong", s1, "2024-02-29", False),
            ("superseded", s2, "2024-12-31", False),
            ("active", s1, "2025-12-31", False),
            ("active", s2, None, False),
        ]
        # the superseded figure (moved to killed) is out of the counts
        assert summaries(ledger) == {s1: (2, 1, "2025-12-31"), s2: (1, 0, None)}
        assert summaries(ledger) == recomputed(ledger)
        # the migrated ledger goes on: a move updates both summaries
        ledger.correct(ids[0], "moved", "r", "editor", series_id=s2)
        assert summaries(ledger) == {s1: (1, 0, "2025-12-31"), s2: (2, 1, "2025-01-10")}
        assert [c["status"] for c in ledger.corrections(ids[2])] == ["moved", "superseded"]


def test_reextract_command_carries_a_correction_to_the_new_extraction(tmp_path, db_url,
                                                                        monkeypatch):
    from click.testing import CliRunner

    from reportedly import pipeline
    from reportedly.cli import main

    page = tmp_path / "report.txt"
    page.write_text("The health ministry said on Monday that 46 people were killed.",
                    encoding="utf-8")
    db = db_url
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(page), "--db", db]).exit_code == 0
    with Ledger(db) as ledger:
        (old,) = ledger.figures()
        ledger.correct(old["id"], "wrong", "the ministry later said 45", "desk")
    # same version: nothing to do
    same = runner.invoke(main, ["reextract", "--db", db])
    assert "0 re-extracted" in same.output
    monkeypatch.setattr(pipeline, "EXTRACTOR_VERSION", "reportedly.rules/9.9.9")
    newer = runner.invoke(main, ["reextract", "--db", db])
    assert newer.exit_code == 0, newer.output
    assert "1 re-extracted with reportedly.rules/9.9.9" in newer.output
    with Ledger(db) as ledger:
        (new,) = ledger.figures()
        assert new["id"] != old["id"] and new["status"] == "wrong"  # the correction stands
        log = ledger.corrections()
        assert [c["author"] for c in log].count("desk") == 2  # made once, carried once


@pytest.mark.parametrize("search", ["troops", "TROOPS", "roo", "Kursk Oblast", "so", "%",
                                    'say "', "soldiers were", "kilómetros", "zzz"])
def test_text_search_finds_what_a_substring_test_finds(demo_db, search):
    """The index (SQLite's trigram table) gives what reading every sentence would."""
    with Ledger(demo_db) as ledger:
        every = ledger.figures(limit=100_000)
        found = ledger.figures(search=search, limit=100_000)
        newest = [ledger.search(search, limit=4, offset=offset) for offset in range(0, 40, 4)]
    needle = search.lower()
    expected = [f["id"] for f in every
                if needle in f["sentence"].lower() or needle in (f["object"] or "").lower()]
    assert [f["id"] for f in found] == expected
    assert [f["id"] for page in newest for f in page] == sorted(expected, reverse=True)


def test_the_text_index_follows_rewritten_rows(ledger):
    ledger.add(doc("a", text="Officials said 500 troops crossed."),
               [fig("500 troops", 500, sentence="Officials said 500 troops crossed.")])
    assert [f["text"] for f in ledger.figures(search="crossed")] == ["500 troops"]
    with ledger.engine.begin() as conn:  # a figure rewritten in place is indexed again
        conn.execute(sa.update(store.figures).values(sentence="Officials said 500 left."))
    assert ledger.figures(search="crossed") == []
    assert [f["text"] for f in ledger.figures(search="LEFT")] == ["500 troops"]
