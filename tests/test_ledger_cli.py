"""Series analytics, corrections, watchlists and exports through the `reportedly` command, on real
ledgers (SQLite files, or PostgreSQL: see conftest) filled by `reportedly ingest`: the seed
article, and a corpus written for these tests (tests/ledger_corpus/: eight dispatches on
displacement in an invented valley)."""

from __future__ import annotations

import csv
import getpass
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from conftest import copy_ledger
from reportedly import export, store
from reportedly.cli import main
from reportedly.ledger import Ledger

CORPUS = Path(__file__).parent / "ledger_corpus" / "orlan_valley.jsonl"
NIS = "South Korea's National Intelligence Service (NIS)"
HUR = "Ukraine's military intelligence (HUR)"
RC = "Tessalian Red Crescent"
MINISTRY = "Interior Ministry"


def run(*args: str, ok: bool = True):
    result = CliRunner().invoke(main, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    return result


def as_json(*args: str):
    return json.loads(run(*args, "--format", "json").stdout)


def ingested(path: Path, db: str, *extra: str) -> str:
    run("ingest", str(path), "--db", db, *extra)
    return db


@pytest.fixture(scope="module")
def seed_db(fresh_db, seed_path) -> str:
    """The seed ingested once; tests that change the ledger work on a copy."""
    return ingested(seed_path, fresh_db("seed"))


@pytest.fixture(scope="module")
def corpus_db(fresh_db) -> str:
    return ingested(CORPUS, fresh_db("corpus"))


@pytest.fixture
def copy_of(db_url):
    """A copy of a module's ledger in this test's own."""
    return lambda db: copy_ledger(db, db_url)


def by_name(series: list[dict]) -> dict[str, dict]:
    return {s["name"]: s for s in series}


def counts(db: str) -> dict[str, int]:
    with Ledger(db) as ledger, ledger.engine.connect() as conn:
        return {table.name: conn.execute(sa.select(sa.func.count()).select_from(table))
                .scalar_one() for table in (store.documents, store.figures, store.series,
                                            store.corrections)}


# -- the seed ----------------------------------------------------------------------------------


def test_seed_series(seed_db):
    series = by_name(as_json("series", "--db", seed_db))
    assert set(series) == {"North Korea personnel deployed",
                           "North Korea personnel deployed (new)",
                           "North Korea casualties", "Ukraine territory held"}

    stock = series["North Korea personnel deployed"]
    assert stock["flow"] is False
    assert sorted((f["source"], f["text"]) for f in stock["figures"]) == [
        (NIS, "more than 11,000 troops"), (HUR, "around 12,000 troops")]
    assert stock["claimants"] == [NIS, HUR] and stock["independent_claimants"] == 2
    # "more than 11,000" and "around 12,000" overlap at 12,000
    assert stock["band"]["kind"] == "overlap"
    assert (stock["band"]["low"], stock["band"]["high"]) == (12000, 12000)
    assert stock["conflicts"] == 0

    new = series["North Korea personnel deployed (new)"]
    assert new["flow"] is True
    assert sorted((f["source"], f["via"], f["low"], f["high"]) for f in new["figures"]) == [
        ("Korea JoongAng Daily", ["NK News"], 1000, 3000),
        ("South Korean media", [], 1000, 3000),
        ("South Korean media", [], 1000, 3000),
        ("Yonhap", [], 1000, None),
    ]
    # South Korean media twice, the JoongAng relayed by NK News: three claimants, not four
    assert new["independent_claimants"] == 3 and new["relayed"] == 1
    assert new["summary"] == "1 report, 3 independent claimants"
    assert (new["band"]["low"], new["band"]["high"], new["band"]["kind"]) == (1000, 3000,
                                                                            "overlap")

    casualties = series["North Korea casualties"]
    assert [(f["source"], f["low"], f["high"]) for f in casualties["figures"]] == [
        ("Ukrainian reports", None, 4000)]
    assert (casualties["band"]["kind"], casualties["band"]["high"]) == ("single", 4000)

    territory = series["Ukraine territory held"]
    assert [(f["text"], f["as_of"]) for f in territory["figures"]] == [
        ("over 1,000 square kilometers", "2024-08"), ("400 square kilometers", None)]
    assert territory["unit"] == "km2" and territory["claimants"] == []
    # six months apart: change over time, not a conflict
    assert territory["conflicts"] == 0
    assert [(c["direction"], c["before"]["low"], c["after"]["low"])
            for c in territory["changes"]] == [("down", 1000, 400)]
    assert [f["new_low"] for f in territory["figures"]] == [False, True]
    assert (territory["band"]["low"], territory["band"]["kind"]) == (400, "single")


def test_series_json_structure(seed_db, seed_path):
    contract = set(json.loads(run("extract", str(seed_path), "--format", "jsonl")
                              .stdout.splitlines()[0]))
    for series in as_json("series", "--db", seed_db):
        assert {"id", "key", "name", "claimants", "independent_claimants", "conflicts",
                "figures", "reports", "latest", "latest_by_claimant", "band", "unattributed",
                "conflict_pairs", "changes", "flow", "pinned"} <= set(series)
        assert isinstance(series["conflicts"], int)
        for figure in series["figures"]:
            assert contract <= set(figure), contract - set(figure)
            assert {"id", "status", "series", "copy", "url", "new_high", "new_low"} <= set(
                figure)
            offset = figure["start"] - figure["sentence_start"]
            assert figure["sentence"][offset:offset + len(figure["text"])] == figure["text"]


def test_series_table_and_search(seed_db):
    result = run("series", "--db", seed_db, "--search", "CASUALTIES")
    assert "North Korea casualties" in result.stdout and "≤4,000" in result.stdout
    assert "territory" not in result.stdout
    assert as_json("series", "--db", seed_db, "--search", "nothing like it") == []


def test_show_by_name_fragment_and_id(seed_db):
    result = run("show", "(NEW)", "--db", seed_db)
    out = result.stdout
    assert "North Korea personnel deployed (new)" in out
    assert "↪ via NK News" in out          # relayed figure marked
    assert "├" in out and "┤" in out       # bars for ranges
    assert "▶" in out                      # an arrow for "over 1,000"
    assert "1 report, 3 independent claimants (1 relayed)" in out
    data = json.loads(run("show", "territory", "--db", seed_db, "--format", "json").stdout)
    same = json.loads(run("show", str(data["id"]), "--db", seed_db, "--format",
                          "json").stdout)
    assert same == data and data["name"] == "Ukraine territory held"


def test_show_unknown_or_ambiguous_series(seed_db):
    result = run("show", "personnel", "--db", seed_db, ok=False)
    assert result.exit_code == 2
    assert result.stderr.startswith("E306 ") and "North Korea personnel deployed" in result.stderr
    # a name matched whole wins over the names it is a piece of
    assert "(new)" not in run("show", "north korea personnel deployed", "--db",
                              seed_db).stdout.splitlines()[0]
    result = run("show", "hovercraft", "--db", seed_db, ok=False)
    assert result.exit_code == 2 and result.stderr.startswith("E301 ")
    assert run("show", "999", "--db", seed_db, ok=False).exit_code == 2


# -- the corpus --------------------------------------------------------------------------------


def test_corpus_independence_band_conflicts_and_change(corpus_db):
    [series] = as_json("series", "--db", corpus_db)
    assert series["name"] == "displaced"
    # eight reports: one relayed by the Meridian Post, one a syndicated copy
    assert series["summary"] == "8 reports, 2 independent claimants"
    assert series["claimants"] == [MINISTRY, RC]
    assert (series["relayed"], series["copies"]) == (1, 1)
    figures = series["figures"]
    assert [f["published"] for f in figures] == sorted(f["published"] for f in figures)
    relayed = [f for f in figures if f["via"]]
    assert [(f["source"], f["via"]) for f in relayed] == [(RC, ["Meridian Post"])]
    assert [(f["source"], f["document"]) for f in figures if f["copy"]] == [
        (RC, "https://wire-syndicate.example/2025/04/19/valley-exodus")]

    # the Ministry's "fewer than 5,000" against the Red Crescent that week, twice (its own
    # report and the relayed one); and their latest figures, 28,000 against 30,000–35,000
    pairs = [(c["a"]["source"], c["a"]["as_of"], c["b"]["source"], c["b"]["as_of"])
             for c in series["conflict_pairs"]]
    assert pairs == [(RC, "2025-03-10", MINISTRY, "2025-03-12"),
                     (MINISTRY, "2025-03-12", RC, "2025-03-14"),
                     (RC, "2025-04-18", MINISTRY, "2025-04-22")]
    assert series["conflicts"] == 3

    # the Ministry's estimate rising is change over time, not a conflict
    ministry = [(c["before"]["as_of"], c["after"]["as_of"], c["direction"])
                for c in series["changes"] if c["claimant"] == MINISTRY]
    assert ministry == [("2025-03-12", "2025-03-31", "up"), ("2025-03-31", "2025-04-22", "up")]

    highs = [(f["text"], f["published"]) for f in figures if f["new_high"]]
    assert highs == [("between 18,000 and 22,000 people", "2025-03-10"),
                     ("30,000 to 35,000 people", "2025-04-18")]
    assert [f["text"] for f in figures if f["new_low"]] == ["fewer than 5,000 people"]

    band = series["band"]
    assert (band["low"], band["high"], band["kind"], band["as_of"]) == (28000, 35000, "spread",
                                                                        "2025-04-22")


def test_conflicts_command(corpus_db):
    rows = as_json("conflicts", "--db", corpus_db)
    assert len(rows) == 3
    assert {(r["a"]["source"], r["b"]["source"]) for r in rows} == {(RC, MINISTRY),
                                                                    (MINISTRY, RC)}
    assert all(r["series_name"] == "displaced" for r in rows)
    assert {"id", "source", "via", "low", "high", "as_of", "text", "document"} <= set(rows[0]["a"])
    table = run("conflicts", "--db", corpus_db).stdout
    assert "Interior Ministry" in table and "<5,000" in table and "2025-03-12" in table


# -- corrections -------------------------------------------------------------------------------


def figure_id(db: str, text: str, published: str | None = None) -> int:
    [claim] = [c for c in as_json("claims", "--db", db)
               if c["text"] == text and published in (None, c["published"])]
    return claim["id"]


def test_a_wrong_figure_leaves_the_band_and_the_conflicts(corpus_db, copy_of):
    db = copy_of(corpus_db)
    before = counts(db)
    latest = figure_id(db, "about 28,000 people")
    result = run("correct", str(latest), "--status", "wrong", "--reason", "misread",
                 "--author", "editor", "--db", db)
    assert result.stdout.strip() == f"figure {latest}: wrong (misread) by editor"
    [series] = as_json("series", "--db", db)
    assert latest not in [f["id"] for f in series["figures"]]
    assert series["left_out"] == [{"id": latest, "status": "wrong"}]
    assert series["conflicts"] == 2
    # the Ministry's last estimate left is a month older: the band is the Red Crescent's
    assert (series["band"]["low"], series["band"]["high"], series["band"]["kind"]) == (
        30000, 35000, "single")
    assert counts(db) == {**before, "corrections": 1}


def test_a_moved_figure_counts_in_its_new_series(seed_db, copy_of):
    db = copy_of(seed_db)
    before = counts(db)
    series = by_name(as_json("series", "--db", db))
    stock = series["North Korea personnel deployed"]["id"]
    yonhap = figure_id(db, "over 1,000 Pyongyang troops")
    run("correct", str(yonhap), "--status", "moved", "--series", str(stock),
        "--reason", "a total, not the new batch", "--db", db)
    other = figure_id(db, "up to 4,000 casualties")
    run("correct", str(other), "--status", "retracted", "--reason", "withdrawn", "--db", db)

    series = by_name(as_json("series", "--db", db))
    assert "Yonhap" in series["North Korea personnel deployed"]["claimants"]
    assert series["North Korea personnel deployed"]["independent_claimants"] == 3
    assert "Yonhap" not in series["North Korea personnel deployed (new)"]["claimants"]
    assert series["North Korea personnel deployed (new)"]["independent_claimants"] == 2
    assert "North Korea casualties" not in series  # no figure in force left

    log = as_json("corrections", "--db", db)
    assert [(c["figure_id"], c["status"], c["series_id"], c["author"]) for c in log] == [
        (yonhap, "moved", stock, getpass.getuser()), (other, "retracted", None,
                                                      getpass.getuser())]
    assert [c["figure_id"] for c in as_json("corrections", str(yonhap), "--db", db)] == [yonhap]
    assert "a total, not the new batch" in run("corrections", "--db", db).stdout
    # nothing deleted: the figures, documents and series are all still there
    assert counts(db) == {**before, "corrections": 2}
    claims = {c["id"]: c for c in as_json("claims", "--db", db)}
    assert (claims[yonhap]["status"], claims[other]["status"]) == ("moved", "retracted")


def test_correct_refuses_bad_requests(seed_db, copy_of):
    db = copy_of(seed_db)
    result = run("correct", "9999", "--status", "wrong", "--reason", "r", "--db", db, ok=False)
    assert result.exit_code == 2 and result.stderr.startswith("E300 ")
    result = run("correct", "1", "--status", "moved", "--reason", "r", "--db", db, ok=False)
    assert result.exit_code == 2 and "--series" in result.output
    result = run("correct", "1", "--status", "moved", "--series", "9999", "--reason", "r",
                 "--db", db, ok=False)
    assert result.exit_code == 2 and result.stderr.startswith("E301 ")
    assert run("correct", "1", "--status", "deleted", "--reason", "r", "--db", db,
               ok=False).exit_code == 2
    assert counts(db)["corrections"] == 0


# -- watchlists --------------------------------------------------------------------------------


def test_watch_moves_stored_figures_by_corrections(corpus_db, copy_of, tmp_path):
    db = copy_of(corpus_db)
    before = counts(db)
    rules = tmp_path / "watch.yml"
    rules.write_text("- name: Interior Ministry count\n"
                     "  match: {claimant: interior ministry, measure: displaced}\n",
                     encoding="utf-8")
    moves = as_json("watch", str(rules), "--db", db)
    assert len(moves) == 3 and {m["rule"] for m in moves} == {"Interior Ministry count"}

    series = by_name(as_json("series", "--db", db))
    pinned = series["Interior Ministry count"]
    assert pinned["key"] == "watch:interior-ministry-count" and pinned["pinned"] is True
    assert pinned["claimants"] == [MINISTRY] and len(pinned["figures"]) == 3
    assert series["displaced"]["claimants"] == [RC] and series["displaced"]["conflicts"] == 0

    log = as_json("corrections", "--db", db)
    assert [(c["status"], c["author"], c["series_id"]) for c in log] == [
        ("moved", "watchlist", pinned["id"])] * 3
    assert all("Interior Ministry count" in c["reason"] for c in log)
    assert counts(db) == {**before, "series": before["series"] + 1, "corrections": 3}
    # applied again, it moves nothing
    assert run("watch", str(rules), "--db", db).stdout.strip() == "0 figures moved"


def test_ingest_with_a_watchlist_pins_figures_while_storing(seed_path, tmp_path, db_url):
    rules = tmp_path / "watch.yml"
    rules.write_text(
        "# the new deployment first: the first matching rule wins\n"
        "- name: North Korean reinforcements\n"
        "  match: {subject: North Korea, measure: soldiers, flow: true}\n"
        "- name: North Korean troops in Russia\n"
        "  match:\n"
        "    subject: [North Korea, DPRK]\n"
        "    measure: troops\n", encoding="utf-8")
    db = ingested(seed_path, db_url, "--watchlist", str(rules))
    series = by_name(as_json("series", "--db", db))
    assert set(series) == {"North Korean reinforcements", "North Korean troops in Russia",
                           "North Korea casualties", "Ukraine territory held"}
    new, total = series["North Korean reinforcements"], series["North Korean troops in Russia"]
    assert (len(new["figures"]), new["independent_claimants"], new["pinned"]) == (4, 3, True)
    assert sorted(total["claimants"]) == sorted([NIS, HUR]) and total["pinned"] is True


@pytest.mark.parametrize(("text", "code", "detail"), [
    (None, "E303", "no such file"),
    ("- name: [unclosed\n", "E303", "not YAML"),
    ("name: one rule, not a list\n", "E303", "expected a list"),
    ("- name: a\n  match: {plase: Kursk}\n", "E304", "unknown match key 'plase'"),
    ("- name: a\n  match: {subject: X}\n- name: b\n  match: {flow: maybe}\n", "E304",
     "'flow' must be true or false"),
    ("- name: a\n  match: {}\n", "E304", "'match' must map"),
    ("- match: {subject: X}\n", "E304", "'name'"),
    ("- name: Kursk troops\n  match: {place: Kursk}\n- name: kursk TROOPS\n"
     "  match: {place: Russia}\n", "E305", "rules 1 and 2"),
])
def test_a_bad_watchlist_is_one_clear_error(tmp_path, db_url, text, code, detail):
    path = tmp_path / "watch.yml"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    db = db_url
    for args in (["watch", str(path)], ["ingest", str(CORPUS), "--watchlist", str(path)]):
        result = run(*args, "--db", db, ok=False)
        assert result.exit_code == 2
        [line] = result.stderr.splitlines()
        assert line.startswith(f"{code} {path}") and detail in line, line
        assert "Traceback" not in result.output
    if db.startswith("sqlite:///"):  # the file is not even created
        assert not Path(db.removeprefix("sqlite:///")).exists()
    else:
        assert counts(db)["documents"] == 0


# -- exports -----------------------------------------------------------------------------------


def test_export_figures_round_trips(seed_db, tmp_path):
    db = seed_db
    paths = {fmt: tmp_path / f"figures.{fmt}" for fmt in ("csv", "jsonl", "parquet")}
    for fmt, path in paths.items():
        result = run("export", "--what", "figures", "--format", fmt, "--output", str(path),
                     "--db", db)
        assert result.stderr.strip() == f"10 figures written to {path}"

    with paths["csv"].open(encoding="utf-8", newline="") as handle:
        from_csv = list(csv.DictReader(handle))
    from_jsonl = [json.loads(line) for line in paths["jsonl"].read_text("utf-8").splitlines()]
    from_parquet = pq.read_table(paths["parquet"]).to_pylist()
    columns = list(export.FIGURE_COLUMNS)
    assert list(from_csv[0]) == list(from_jsonl[0]) == list(from_parquet[0]) == columns
    assert len(from_csv) == len(from_jsonl) == len(from_parquet) == 10

    claims = {c["id"]: c for c in as_json("claims", "--db", db)}
    for row in from_jsonl:
        claim = claims[row["id"]]
        for key in ("document", "url", "sentence", "start", "end", "status", "series", "text",
                    "low", "high", "source", "via", "as_of"):
            assert row[key] == claim[key], key
        assert row["extractor"] == claim["extractor_version"] and row["extractor"]
        offset = row["start"] - row["sentence_start"]
        assert row["sentence"][offset:offset + len(row["text"])] == row["text"]
    names = {s["id"]: s["name"] for s in as_json("series", "--db", db)}
    assert {r["series_name"] for r in from_jsonl} == {*names.values(), None}  # a duration

    for row, parquet_row, csv_row in zip(from_jsonl, from_parquet, from_csv, strict=True):
        assert parquet_row == {k: float(v) if k in ("low", "high") and v is not None else v
                               for k, v in row.items()}
        assert csv_row == {k: cell(v) for k, v in row.items()}


def cell(value) -> str:
    """How the CSV export writes a value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)


def test_export_series_round_trips(corpus_db, tmp_path):
    db = corpus_db
    rows = {}
    for fmt in ("csv", "jsonl", "parquet"):
        path = tmp_path / f"series.{fmt}"
        run("export", "--what", "series", "--format", fmt, "--output", str(path), "--db", db)
        if fmt == "csv":
            with path.open(encoding="utf-8", newline="") as handle:
                rows[fmt] = list(csv.DictReader(handle))
        elif fmt == "jsonl":
            rows[fmt] = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
        else:
            rows[fmt] = pq.read_table(path).to_pylist()
    [row] = rows["jsonl"]
    assert list(row) == list(export.SERIES_COLUMNS)
    assert (row["name"], row["reports"], row["independent_claimants"], row["conflicts"]) == (
        "displaced", 8, 2, 3)
    assert row["claimants"] == [MINISTRY, RC] and row["summary"] == (
        "8 reports, 2 independent claimants")
    assert (row["band_low"], row["band_high"], row["band_kind"]) == (28000, 35000, "spread")
    assert (row["new_highs"], row["new_lows"], row["copies"], row["relayed"]) == (2, 1, 1, 1)
    assert rows["parquet"] == [{k: float(v) if export.SERIES_COLUMNS[k] == "float"
                                and v is not None else v for k, v in row.items()}]
    assert rows["csv"] == [{k: cell(v) for k, v in row.items()}]


def test_export_to_stdout_and_bad_outputs(seed_db, tmp_path):
    db = seed_db
    out = run("export", "--format", "jsonl", "--output", "-", "--db", db).stdout
    assert len(out.splitlines()) == 10
    result = run("export", "--format", "parquet", "--output", "-", "--db", db, ok=False)
    assert result.exit_code == 2
    missing = tmp_path / "no" / "such" / "dir.csv"
    result = run("export", "--output", str(missing), "--db", db, ok=False)
    assert result.exit_code == 2 and result.stderr.startswith(f"E308 {missing}")



def test_every_error_code_is_defined_once():
    """Two definitions of one code in errors.Errors would silently keep the last message."""
    import re

    from reportedly import errors

    source = Path(errors.__file__).read_text(encoding="utf-8")
    codes = re.findall(r"^\s+(E\d{3}) = ", source, flags=re.M)
    assert len(codes) == len(set(codes)), sorted(c for c in codes if codes.count(c) > 1)
