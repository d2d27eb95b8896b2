"""The reportedly command, through click's runner, on real files and real ledgers (SQLite files,
or PostgreSQL: see conftest)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

from conftest import break_extraction
from reportedly import render
from reportedly.cli import DEMO_DB, main
from reportedly.ledger import CLAIM_KEYS, Ledger
from reportedly.model import Claim, Document, Figure

#: The keys every extracted figure has (the extract contract of issue 2).
CONTRACT_KEYS = {"document", "published", "sentence", "text", "start", "end", "low", "high",
                 "qualifier", "vague", "kind", "object", "unit", "change", "subject", "source",
                 "via", "as_of"}

COMMANDS = ["extract", "ingest", "claims", "series", "demo"]

ARTICLE = ("Seoul, 10 January 2025. South Korea's National Intelligence Service said more than "
           "11,000 North Korean troops had been sent to Russia. Ukraine's military intelligence "
           "put the number at around 12,000 soldiers.\n")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(db_url) -> str:
    return db_url


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "news" / "article.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]])
def test_every_command_has_help(runner, command):
    result = runner.invoke(main, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.stdout
    if command and command[0] != "extract":
        assert "--db" in result.stdout


def test_extract_prints_jsonl_with_the_contract_keys(runner, article):
    result = runner.invoke(main, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    for line in lines(result.stdout):
        record = json.loads(line)
        assert CONTRACT_KEYS <= set(record)
        assert record["document"] == str(article)
        offset = record["start"] - record["sentence_start"]
        assert record["sentence"][offset:offset + len(record["text"])] == record["text"]


def test_extract_reads_stdin_and_jsonl_records(runner):
    record = json.dumps({"id": "r1", "published": "2025-01-10", "text": ARTICLE})
    result = runner.invoke(main, ["extract", "-", "--all-kinds"], input=record + "\n")
    assert result.exit_code == 0, result.output
    for line in lines(result.stdout):
        assert json.loads(line)["document"] == "r1"


def test_extract_table(runner, article):
    result = runner.invoke(main, ["extract", str(article), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "document" in result.stdout


def test_extract_missing_path_is_one_line(runner, tmp_path):
    missing = tmp_path / "nope.txt"
    result = runner.invoke(main, ["extract", str(missing)])
    assert result.exit_code == 1
    assert lines(result.stderr) == [f"E100 {missing}: no such file or directory"]


def test_ingest_twice_stores_once(runner, article, db):
    first = runner.invoke(main, ["ingest", str(article), "--db", db])
    assert first.exit_code == 0, first.output
    assert "1 stored" in first.stdout
    again = runner.invoke(main, ["ingest", str(article), "--db", db])
    assert again.exit_code == 0, again.output
    assert "1 read, 0 stored, 1 unchanged, 0 duplicates" in again.stdout
    with Ledger(db) as ledger:
        assert len(ledger.documents()) == 1


def test_ingest_a_directory_with_a_binary_file(runner, article, db):
    binary = article.parent / "photo.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)))
    result = runner.invoke(main, ["ingest", str(article.parent), "--db", db])
    assert result.exit_code == 1
    [error] = lines(result.stderr)
    assert error.startswith(f"E102 {binary}:")
    assert ("2 read, 1 stored, 0 unchanged, 0 duplicates (0 exact, 0 near), "
            "0 skipped (language), 1 failed") in result.stdout
    assert f"  E102 {binary}:" in result.stdout  # listed in the summary too
    with Ledger(db) as ledger:
        assert [d["origin"] for d in ledger.documents()] == [str(article)]
        assert [(e["code"], e["origin"]) for e in ledger.errors()] == [("E102", str(binary))]


def test_ingest_missing_path(runner, tmp_path, db):
    result = runner.invoke(main, ["ingest", str(tmp_path / "gone.txt"), "--db", db])
    assert result.exit_code == 1
    [error] = lines(result.stderr)
    assert error.startswith("E100 ") and "gone.txt" in error


def test_a_ledger_that_cannot_be_opened_is_a_usage_error(runner, article):
    result = runner.invoke(main, ["ingest", str(article), "--db", "nosuchdialect://x"])
    assert result.exit_code == 2
    [error] = lines(result.stderr)
    assert error.startswith("E302 nosuchdialect://x: cannot open ledger")
    assert "Traceback" not in result.output


def test_unknown_option_is_a_usage_error(runner):
    result = runner.invoke(main, ["claims", "--format", "xml"])
    assert result.exit_code == 2


@pytest.fixture
def filled(db) -> str:
    """A ledger with two claimants disagreeing about North Korean troops."""
    text = "NIS said more than 11,000 troops. The Pentagon said up to 10,000 soldiers."
    figures = [
        Figure(text="more than 11,000 troops", start=9, end=32, low=11000, high=None,
               qualifier="more_than", object="troops", subject="North Korea",
               claim=Claim(source="NIS", source_text="the NIS"),
               sentence="NIS said more than 11,000 troops."),
        Figure(text="up to 10,000 soldiers", start=53, end=74, low=None, high=10000,
               qualifier="at_most", object="soldiers", subject="North Korea",
               claim=Claim(source="Pentagon"),
               sentence="The Pentagon said up to 10,000 soldiers."),
    ]
    with Ledger(db) as ledger:
        ledger.add(Document(text=text, origin="a.txt", published="2025-01-10"), figures)
    return db


def test_claims_json(runner, filled):
    result = runner.invoke(main, ["claims", "--db", filled, "--format", "json"])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)
    assert [tuple(c) for c in claims] == [CLAIM_KEYS, CLAIM_KEYS]
    assert [c["source"] for c in claims] == ["NIS", "Pentagon"]


def test_claims_filters_and_table(runner, filled):
    result = runner.invoke(main, ["claims", "--db", filled, "--source", "THE NIS",
                                  "--format", "json"])
    assert [c["text"] for c in json.loads(result.stdout)] == ["more than 11,000 troops"]
    result = runner.invoke(main, ["claims", "--db", filled, "--search", "soldiers"])
    assert result.exit_code == 0, result.output
    assert "Pentagon" in result.stdout and "NIS" not in result.stdout


def test_series_json_and_table(runner, filled):
    result = runner.invoke(main, ["series", "--db", filled, "--format", "json"])
    assert result.exit_code == 0, result.output
    [series] = json.loads(result.stdout)
    assert {"id", "name", "claimants", "independent_claimants", "conflicts",
            "figures"} <= set(series)
    assert series["claimants"] == ["NIS", "Pentagon"] and series["conflicts"] == 1
    assert all(CONTRACT_KEYS <= set(f) for f in series["figures"])
    table = runner.invoke(main, ["series", "--db", filled], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "North Korea personnel" in table.stdout


def test_db_from_the_environment(runner, filled):
    result = runner.invoke(main, ["claims", "--format", "json"], env={"REPORTEDLY_DB": filled})
    assert len(json.loads(result.stdout)) == 2


@pytest.mark.sqlite_only  # the demo's own ledger: an SQLite file in the current directory
def test_demo_recreates_its_ledger(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for _ in range(2):
        result = runner.invoke(main, ["demo"])
        assert result.exit_code == 0, result.output
        # demo-16 is a syndicated near copy of demo-15
        assert "1 duplicates (0 exact, 1 near)" in result.stdout
        assert "0 failed" in result.stdout
        assert "Series" in result.stdout and "Disagreements" in result.stdout
    with Ledger(f"sqlite:///{tmp_path / DEMO_DB}") as ledger:
        assert len(ledger.documents()) >= 10


def test_default_ledger_is_the_library_default():
    from reportedly import cli, ledger

    assert cli.DEFAULT_URL == ledger.DEFAULT_URL


@pytest.mark.parametrize(("low", "high", "qualifier", "unit", "expected"), [
    (11000, None, "more_than", None, ">11,000"),
    (12000, 12000, "approximately", None, "~12,000"),
    (1000, 3000, "range", None, "1,000–3,000"),
    (None, 4000, "at_most", None, "≤4,000"),
    (400, 400, "exact", "km2", "400 km²"),
    (2.5, 2.5, "exact", "percent", "2.5%"),
    (None, None, "exact", "km2", "?"),
])
def test_band(low, high, qualifier, unit, expected):
    assert render.band(low, high, qualifier, unit) == expected


def test_disagreements_name_the_conflicting_claims(filled):
    with Ledger(filled) as ledger:
        lines = render.disagreements(ledger.series())
    assert lines == [
        "North Korea personnel: 1 conflicting pair",
        "  NIS → >11,000 (2025-01-10)  vs  Pentagon → ≤10,000 (2025-01-10)",
    ]


def test_a_bad_user_alias_file_stops_the_run_with_one_line(runner, article, tmp_path,
                                                          monkeypatch):
    from reportedly.names import aliases

    bad = tmp_path / "aliases.yml"
    bad.write_text("sources: nope\n", encoding="utf-8")
    monkeypatch.setenv("REPORTEDLY_ALIASES", str(bad))
    aliases.cache_clear()
    try:
        result = runner.invoke(main, ["extract", str(article)])
    finally:
        monkeypatch.delenv("REPORTEDLY_ALIASES")
        aliases.cache_clear()
    assert result.exit_code == 2
    assert lines(result.stderr) == [lines(result.stderr)[0]]
    assert "E110" in result.stderr and str(bad) in result.stderr


def test_a_user_alias_file_renames_a_claimant(runner, tmp_path, monkeypatch):
    from reportedly.names import aliases

    page = tmp_path / "page.txt"
    page.write_text("The Kharkiv council said 12 people were hurt.\n", encoding="utf-8")
    extra = tmp_path / "aliases.yml"
    extra.write_text("sources:\n  - name: Kharkiv Regional Council\n"
                     "    aliases: [Kharkiv council]\n", encoding="utf-8")
    monkeypatch.setenv("REPORTEDLY_ALIASES", str(extra))
    aliases.cache_clear()
    try:
        result = runner.invoke(main, ["extract", str(page), "--format", "jsonl"])
    finally:
        monkeypatch.delenv("REPORTEDLY_ALIASES")
        aliases.cache_clear()
    assert json.loads(result.stdout.splitlines()[0])["source"] == "Kharkiv Regional Council"


def test_reextract_goes_on_past_a_missing_id_and_a_failing_document(runner, db, monkeypatch):
    """One document that cannot be re-extracted (no such id: E307; the extractor raising: E201)
    is one line on stderr and exit 1; the others are re-extracted all the same."""
    from reportedly import pipeline

    old = "reportedly.rules/0"
    with Ledger(db) as ledger:
        ids = []
        for key in ("good", "bad"):
            doc = Document(text=ARTICLE, origin=f"{key}.txt", url=f"https://example.org/{key}",
                           id=key, published="2025-01-10")
            figures = [replace(f, extractor=old) for f in pipeline.extract_document(doc)]
            ids.append(ledger.add(doc, figures).document_id)
    good, bad = ids
    break_extraction(monkeypatch, lambda doc: doc.origin == "bad.txt",
                     RuntimeError("the extractor broke\nsecond line"))
    result = runner.invoke(main, ["reextract", str(good), "999999", str(bad), "--db", db])
    assert result.exit_code == 1, result.output
    errors = lines(result.stderr)
    assert len(errors) == 2
    assert errors[0].startswith("E307 ") and "999999" in errors[0]
    assert errors[1].startswith("E201 bad.txt") and "RuntimeError: the extractor broke" in errors[1]
    assert "3 documents, 1 re-extracted" in result.stdout and "2 failed" in result.stdout
    with Ledger(db) as ledger:
        versions = {doc_id: {f["extractor_version"] for f in ledger.figures(document_id=doc_id)}
                    for doc_id in ids}
    assert versions == {good: {pipeline.EXTRACTOR_VERSION}, bad: {old}}
