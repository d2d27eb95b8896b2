"""``reportedly spark extract`` on a real local Spark (``local[2]``): the same documents, figures
and errors as a single process, and ``reportedly load`` of its output gives the ledger
``reportedly ingest`` gives.

One Spark session serves the module (starting the JVM takes seconds), and the inputs are small:
a WARC.gz, a damaged WARC, JSON Lines with bad records, gzipped JSON Lines, text and HTML pages
(``tests/test_bulk.py`` builds them).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import POSTGRES
from reportedly import bulk, spark
from reportedly.cli import main
from reportedly.errors import InputError
from reportedly.ledger import Ledger
from test_bulk import (
    BRIDGE_NOTE,
    assert_same_items,
    build_inputs,
    dump,
    ingest,
    loaded_items,
    single_process,
    write_warc,
)

# What Spark writes does not depend on the ledger: the Spark tests run in the SQLite pass of the
# suite (loading on PostgreSQL is tested in tests/test_bulk.py, on run_local's identical tables).
pytestmark = pytest.mark.skipif(
    bool(POSTGRES), reason="Spark's output is the same whatever the ledger: in the SQLite pass")

#: JVM options for a quicker start (the tests' jobs are small: the JIT's top tier is not needed).
JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"


@pytest.fixture(scope="module")
def session():
    """One local Spark session on two cores for the module; a clear failure without PySpark or
    Java (CI installs PySpark with the test extra; Java 17 is on the machine)."""
    try:
        spark.require_spark()
    except spark.SparkUnavailable as exc:
        pytest.fail(f"{exc} — the Spark tests need both (pip install -e '.[test]')")
    previous = os.environ.get("PYSPARK_SUBMIT_ARGS")
    os.environ["PYSPARK_SUBMIT_ARGS"] = f'--driver-java-options "{JAVA_OPTIONS}" pyspark-shell'
    try:
        started = spark.session("local[2]", "reportedly-tests", conf={
            "spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
            "spark.sql.shuffle.partitions": "4",
            "spark.driver.host": "127.0.0.1", "spark.driver.bindAddress": "127.0.0.1"})
    finally:
        if previous is None:
            os.environ.pop("PYSPARK_SUBMIT_ARGS", None)
        else:
            os.environ["PYSPARK_SUBMIT_ARGS"] = previous
    started.sparkContext.setLogLevel("ERROR")
    yield started
    started.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_inputs(tmp_path_factory.mktemp("spark") / "inputs")


@pytest.fixture(scope="module")
def job(session, inputs: Path, tmp_path_factory: pytest.TempPathFactory
        ) -> tuple[Path, spark.JobSummary]:
    """The Spark job over the inputs folder, in three extraction tasks."""
    out = tmp_path_factory.mktemp("spark") / "out"
    return out, spark.run(session, [str(inputs)], str(out), partitions=3)


def test_spark_output_is_what_a_single_process_reads_and_extracts(job, inputs: Path,
                                                                   tmp_path: Path) -> None:
    out, summary = job
    expected = single_process([str(inputs)])
    assert_same_items(loaded_items(out), expected)
    # table for table, row for row, the tables the same job writes in one process
    spark.run_local([str(inputs)], str(tmp_path / "local"))
    for table in bulk.TABLES:
        assert _table(out, table) == _table(tmp_path / "local", table), table
    kinds = [kind for kind, _ in expected]
    assert (summary.files, summary.documents, summary.failed) == (
        9, kinds.count("doc"), kinds.count("error"))
    assert summary.skipped == 1 and summary.figures == len(_table(out, "figures")) > 20
    assert [e.line() for e in summary.errors] == [
        v[0].line() for k, v in expected if k == "error"]


def _table(directory: Path, table: str) -> list[dict[str, Any]]:
    """A table's rows in input order, whatever files hold them."""
    return list(bulk.table_rows(directory, table))


def test_load_of_spark_output_gives_the_ledger_of_ingest(job, inputs: Path,
                                                         tmp_path: Path) -> None:
    out, _ = job
    ingested, loaded = f"sqlite:///{tmp_path / 'ingested.db'}", f"sqlite:///{tmp_path / 'l.db'}"
    by_ingest = ingest([str(inputs)], ingested)
    with Ledger(loaded) as ledger:
        by_load = bulk.load(ledger, out)
    assert by_load.as_dict() == by_ingest.as_dict()
    tables = dump(loaded)
    assert tables == dump(ingested)  # documents, figures, series, claimants, aliases, errors
    assert tables["figures"] and tables["series"] and tables["sources"]
    with Ledger(loaded) as ledger:
        again = bulk.load(ledger, out)
    assert again.stored == 0 and dump(loaded) == tables


def test_hadoop_uris_are_listed_and_read_like_local_files(session, tmp_path: Path) -> None:
    """Inputs named by URI (file:// here, s3a:// on a cluster) go through Hadoop's listing and
    Spark's binaryFile source, and an output named by URI is written by Spark; a file Spark
    skips (a leading _) is an error, not lost."""
    folder = tmp_path / "remote"
    (folder / "day").mkdir(parents=True)
    write_warc(folder / "day" / "crawl.warc.gz")
    (folder / "day" / "wire.jsonl").write_text(
        json.dumps({"id": "w1", "text": BRIDGE_NOTE}) + "\n{broken\n", encoding="utf-8")
    (folder / "_draft.txt").write_text(BRIDGE_NOTE, encoding="utf-8")
    uri = f"file://{folder}"
    out = tmp_path / "out"  # named by URI too: Spark writes the tables
    summary = spark.run(session, [uri, f"file://{tmp_path}/missing"], f"file://{out}")
    expected = [item for item in single_process([str(folder), str(tmp_path / "missing")])
                if not _origin(item).endswith("_draft.txt")]
    got = loaded_items(out)
    lost = [item for item in got if _origin(item).endswith("_draft.txt")]
    assert [item[1][0].line() for item in lost] == [f"E107 {uri}/_draft.txt: cannot read "
                                                    f"({spark.LOST})"]
    got = [item for item in got if item not in lost]
    assert_same_items(got, [_renamed(item, str(folder), uri) for item in expected
                            if "missing" not in _origin(item)]
                      + [_renamed(item, str(tmp_path), f"file://{tmp_path}")
                         for item in expected if "missing" in _origin(item)])
    assert summary.files == 4 and summary.failed == 3  # broken line, _draft.txt, missing


def _origin(item: tuple[str, Any]) -> str:
    return item[1][0].origin


def _renamed(item: tuple[str, Any], old: str, new: str) -> tuple[str, Any]:
    """A single-process result with its path ``old`` named as the URI ``new``."""
    kind, value = item
    if kind == "error":
        error: InputError = value[0]
        return kind, (InputError(error.origin.replace(old, new, 1), error.code, error.detail,
                                 error.record), None)
    doc, skipped, figures = value
    named = {"origin": doc.origin.replace(old, new, 1)}
    if doc.id == doc.origin:
        named["id"] = named["origin"]
    from dataclasses import replace

    return kind, (replace(doc, **named), skipped, figures)


class _Shared:
    """The module's session, as the commands get it: stopping it is left to the fixture."""

    def __init__(self, session) -> None:
        self._session = session

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)

    def stop(self) -> None:
        pass


def test_spark_extract_command_and_spark_submit_entry(session, inputs: Path, tmp_path: Path,
                                                      monkeypatch) -> None:
    monkeypatch.setattr(spark, "session", lambda master=None, *a, **k: _Shared(session))
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(main, ["spark", "extract", str(inputs / "notes"), "--output",
                                  str(out), "--format", "json"])
    assert result.exit_code == 1, result.output  # an empty file, a binary file
    summary = json.loads(result.stdout)
    assert (summary["files"], summary["documents"], summary["failed"]) == (4, 2, 2)
    assert [row["origin"] for row in _table(out, "documents")] == [
        str(inputs / "notes" / name) for name in ("bridge [1].txt", "harbour.txt")]
    again = runner.invoke(main, ["spark", "extract", str(inputs / "notes"), "--output",
                                 str(out)])
    assert again.exit_code == 2 and "E308" in again.output and "--overwrite" in again.output
    # spark-submit runs the module with the same arguments (here refused before any job)
    assert spark.main(["extract", str(inputs), "--output", str(out)]) == 2
    assert spark.arguments(["extract", "a", "b", "--output", "o", "--master", "yarn"]) == (
        spark.arguments(["a", "b", "--output", "o", "--master", "yarn"]))
    usage = runner.invoke(main, ["spark", "extract", "-", "--output", str(out)])
    assert usage.exit_code == 2 and "reportedly ingest" in usage.output


def test_without_java_the_command_says_so(monkeypatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.delenv("JAVA_HOME", raising=False)
    result = CliRunner().invoke(main, ["spark", "extract", "x", "--output", "y"])
    assert result.exit_code == 2 and "Java not found" in result.output
